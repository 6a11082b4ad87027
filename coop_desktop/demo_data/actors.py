"""Tuscan actors (soggetti) of the demo: real public bodies and invented private organisations.

Codes, e-mails and phone numbers are derived in coop_desktop.demo; only what a person would type
by hand lives here. Every address uses a real comune with its CAP.
"""

from __future__ import annotations

from typing import NamedTuple

from coop_desktop.domain.enums import ActorType


class ActorSpec(NamedTuple):
    key: str
    name: str
    actor_type: ActorType
    legal_form: str
    address: str
    postal_code: str
    municipality: str
    province: str
    domain: str
    legal_representative: str


# Hand-aligned tables: kept out of the formatter so that each record stays readable.
# fmt: off
EL = ActorType.ENTE_LOCALE
IS = ActorType.ISTITUZIONE
UN = ActorType.UNIVERSITA
ONG = ActorType.ONG
AS = ActorType.ASSOCIAZIONE
AM = ActorType.ASSOCIAZIONE_MIGRANTI
IM = ActorType.IMPRESA
AL = ActorType.ALTRO

_COMUNE = "Ente pubblico territoriale"

ACTORS: tuple[ActorSpec, ...] = (
    # Enti locali
    ActorSpec("firenze", "Comune di Firenze", EL, _COMUNE,
              "Piazza della Signoria 1", "50122", "Firenze", "FI", "comune.fi.it", "Tommaso Landi"),
    ActorSpec("prato", "Comune di Prato", EL, _COMUNE,
              "Piazza del Comune 2", "59100", "Prato", "PO", "comune.prato.it", "Giulia Mazzoni"),
    ActorSpec("pistoia", "Comune di Pistoia", EL, _COMUNE,
              "Piazza del Duomo 1", "51100", "Pistoia", "PT", "comune.pistoia.it", "Andrea Bardelli"),
    ActorSpec("arezzo", "Comune di Arezzo", EL, _COMUNE,
              "Piazza della Libertà 1", "52100", "Arezzo", "AR", "comune.arezzo.it", "Paolo Magi"),
    ActorSpec("siena", "Comune di Siena", EL, _COMUNE,
              "Piazza il Campo 1", "53100", "Siena", "SI", "comune.siena.it", "Lucia Bracci"),
    ActorSpec("grosseto", "Comune di Grosseto", EL, _COMUNE,
              "Piazza Duomo 1", "58100", "Grosseto", "GR", "comune.grosseto.it", "Marco Tognazzi"),
    ActorSpec("livorno", "Comune di Livorno", EL, _COMUNE,
              "Piazza del Municipio 1", "57123", "Livorno", "LI", "comune.livorno.it", "Stefano Nardini"),
    ActorSpec("pisa", "Comune di Pisa", EL, _COMUNE,
              "Piazza XX Settembre 1", "56125", "Pisa", "PI", "comune.pisa.it", "Elisa Vannucci"),
    ActorSpec("lucca", "Comune di Lucca", EL, _COMUNE,
              "Via Santa Giustina 6", "55100", "Lucca", "LU", "comune.lucca.it", "Roberto Giusfredi"),
    ActorSpec("massa", "Comune di Massa", EL, _COMUNE,
              "Via Porta Fabbrica 1", "54100", "Massa", "MS", "comune.massa.ms.it", "Francesco Bertoneri"),
    ActorSpec("carrara", "Comune di Carrara", EL, _COMUNE,
              "Piazza 2 Giugno 1", "54033", "Carrara", "MS", "comune.carrara.ms.it", "Serena Lazzerini"),
    ActorSpec("empoli", "Comune di Empoli", EL, _COMUNE,
              "Via Giuseppe del Papa 41", "50053", "Empoli", "FI", "comune.empoli.fi.it", "Chiara Barsotti"),
    ActorSpec("sesto", "Comune di Sesto Fiorentino", EL, _COMUNE,
              "Piazza Vittorio Veneto 1", "50019", "Sesto Fiorentino", "FI",
              "comune.sesto-fiorentino.fi.it", "Davide Cappellini"),
    ActorSpec("poggibonsi", "Comune di Poggibonsi", EL, _COMUNE,
              "Piazza Cavour 2", "53036", "Poggibonsi", "SI", "comune.poggibonsi.si.it", "Irene Cresti"),
    ActorSpec("piombino", "Comune di Piombino", EL, _COMUNE,
              "Via Ferruccio 4", "57025", "Piombino", "LI", "comune.piombino.li.it", "Luca Ferrini"),
    ActorSpec("montevarchi", "Comune di Montevarchi", EL, _COMUNE,
              "Piazza Varchi 5", "52025", "Montevarchi", "AR", "comune.montevarchi.ar.it", "Sara Fabbrini"),
    ActorSpec("casentino", "Unione dei Comuni del Casentino", EL, "Unione di comuni",
              "Via Roma 203", "52014", "Poppi", "AR", "casentino.toscana.it", "Giovanni Bernardini"),
    ActorSpec("garfagnana", "Unione dei Comuni della Garfagnana", EL, "Unione di comuni",
              "Via Vittorio Emanuele 9", "55032", "Castelnuovo di Garfagnana", "LU",
              "ucgarfagnana.lu.it", "Michele Giannotti"),
    ActorSpec("prov_grosseto", "Provincia di Grosseto", EL, _COMUNE,
              "Piazza Dante Alighieri 35", "58100", "Grosseto", "GR",
              "provincia.grosseto.it", "Federica Santini"),
    # Istituzioni pubbliche
    ActorSpec("usl_centro", "Azienda USL Toscana Centro", IS, "Azienda sanitaria",
              "Piazza Santa Maria Nuova 1", "50122", "Firenze", "FI",
              "uslcentro.toscana.it", "Valerio Bonechi"),
    ActorSpec("usl_nordovest", "Azienda USL Toscana Nord Ovest", IS, "Azienda sanitaria",
              "Via Cocchi 7/9", "56121", "Pisa", "PI", "uslnordovest.toscana.it", "Maria Letizia Cantini"),
    ActorSpec("usl_sudest", "Azienda USL Toscana Sud Est", IS, "Azienda sanitaria",
              "Via Curtatone 54", "52100", "Arezzo", "AR", "uslsudest.toscana.it", "Antonio Petrini"),
    ActorSpec("meyer", "Azienda Ospedaliero-Universitaria Meyer", IS, "Azienda ospedaliera",
              "Viale Gaetano Pieraccini 24", "50139", "Firenze", "FI", "meyer.it", "Paolo Morandi"),
    ActorSpec("cciaa_ptpo", "Camera di Commercio di Pistoia-Prato", IS, "Camera di commercio",
              "Via del Romito 71", "59100", "Prato", "PO", "ptpo.camcom.it", "Dalila Nesti"),
    ActorSpec("cciaa_mt", "Camera di Commercio della Maremma e del Tirreno", IS, "Camera di commercio",
              "Piazza del Municipio 48", "57123", "Livorno", "LI", "lg.camcom.it", "Riccardo Bellucci"),
    # Università
    ActorSpec("unifi", "Università degli Studi di Firenze", UN, "Università statale",
              "Piazza San Marco 4", "50121", "Firenze", "FI", "unifi.it", "Alessandra Corsini"),
    ActorSpec("unipi", "Università di Pisa", UN, "Università statale",
              "Lungarno Pacinotti 43", "56126", "Pisa", "PI", "unipi.it", "Riccardo Zanobini"),
    ActorSpec("unisi", "Università di Siena", UN, "Università statale",
              "Banchi di Sotto 55", "53100", "Siena", "SI", "unisi.it", "Roberto Fanetti"),
    ActorSpec("santanna", "Scuola Superiore Sant'Anna", UN, "Istituto universitario a ordinamento speciale",
              "Piazza Martiri della Libertà 33", "56127", "Pisa", "PI", "santannapisa.it", "Sabina Martelli"),
    ActorSpec("unistrasi", "Università per Stranieri di Siena", UN, "Università statale",
              "Piazza Carlo Rosselli 27/28", "53100", "Siena", "SI", "unistrasi.it", "Tomaso Vestrini"),
    # ONG / OSC (invented)
    ActorSpec("terre_solidali", "Terre Solidali ONG ETS", ONG, "Associazione riconosciuta",
              "Via dei Pilastri 41", "50121", "Firenze", "FI", "terresolidali.org", "Caterina Bonciani"),
    ActorSpec("ponti_med", "Ponti sul Mediterraneo ONG ETS", ONG, "Associazione riconosciuta",
              "Via Grande 112", "57123", "Livorno", "LI", "pontisulmediterraneo.org", "Filippo Bandini"),
    ActorSpec("sahel_futuro", "Sahel Futuro ETS", ONG, "Associazione riconosciuta",
              "Via Cavour 28", "51100", "Pistoia", "PT", "sahelfuturo.org", "Marta Niccolai"),
    ActorSpec("medici_toscani", "Medici Toscani nel Mondo ETS", ONG, "Associazione riconosciuta",
              "Viale Morgagni 40", "50134", "Firenze", "FI", "medicitoscaninelmondo.org", "Enrico Paoletti"),
    ActorSpec("acqua_comune", "Acqua Bene Comune Internazionale ETS", ONG, "Fondazione",
              "Via di Città 74", "53100", "Siena", "SI", "acquabenecomune.org", "Beatrice Lorenzetti"),
    ActorSpec("colline_mondo", "Colline del Mondo ONG ETS", ONG, "Associazione riconosciuta",
              "Via Guido Monaco 15", "52100", "Arezzo", "AR", "collinedelmondo.org", "Niccolò Sereni"),
    ActorSpec("mare_aperto", "Mare Aperto Cooperazione ETS", ONG, "Associazione riconosciuta",
              "Corso Carducci 33", "58100", "Grosseto", "GR", "mareapertocooperazione.org", "Giada Pollini"),
    ActorSpec("orizzonti", "Orizzonti Comuni ONG ETS", ONG, "Associazione riconosciuta",
              "Via Fillungo 88", "55100", "Lucca", "LU", "orizzonticomuni.org", "Matteo Puccinelli"),
    ActorSpec("apuania", "Apuania Solidale ONG ETS", ONG, "Associazione riconosciuta",
              "Via Dante 12", "54100", "Massa", "MS", "apuaniasolidale.org", "Valentina Ricci"),
    ActorSpec("seme_pace", "Seme di Pace ETS", ONG, "Associazione riconosciuta",
              "Via Santo Stefano 20", "59100", "Prato", "PO", "semedipace.org", "Lorenzo Becheri"),
    # Associazioni (invented)
    ActorSpec("amici_bf", "Associazione Amici del Burkina Faso APS", AS, "APS",
              "Via Ridolfi 31", "50053", "Empoli", "FI", "amicidelburkina.it", "Gabriele Cioni"),
    ActorSpec("ponte_pietra", "Associazione Ponte di Pietra APS", AS, "APS",
              "Borgo Stretto 19", "56127", "Pisa", "PI", "pontedipietra.it", "Anna Maria Tellini"),
    ActorSpec("valdarno_sud", "Associazione Valdarno per il Sud ODV", AS, "ODV",
              "Via Roma 60", "52025", "Montevarchi", "AR", "valdarnoperilsud.it", "Piero Mugnai"),
    ActorSpec("volontari_maremma", "Volontari Maremma per l'Africa ODV", AS, "ODV",
              "Via Roma 45", "58022", "Follonica", "GR", "maremmaperlafrica.it", "Elena Papini"),
    ActorSpec("baobab", "Associazione Culturale Il Baobab APS", AS, "APS",
              "Via Fratti 150", "55049", "Viareggio", "LU", "ilbaobabviareggio.it", "Sandro Lencioni"),
    ActorSpec("donne_rete", "Associazione Donne in Rete Prato APS", AS, "APS",
              "Via Pistoiese 98", "59100", "Prato", "PO", "donneinreteprato.it", "Rossella Bini"),
    ActorSpec("croce_valdelsa", "Pubblica Assistenza Croce Azzurra Valdelsa ODV", AS, "ODV",
              "Via Oberdan 21", "53034", "Colle di Val d'Elsa", "SI",
              "croceazzurravaldelsa.it", "Massimo Carli"),
    ActorSpec("lunigiana_mondo", "Associazione Lunigiana Mondo APS", AS, "APS",
              "Piazza Gramsci 5", "54011", "Aulla", "MS", "lunigianamondo.it", "Cristina Baldassini"),
    ActorSpec("labronica_pace", "Associazione Labronica per la Pace APS", AS, "APS",
              "Via Ricasoli 77", "57126", "Livorno", "LI", "labronicaperlapace.it", "Giorgio Falleni"),
    # Associazioni di migranti (invented)
    ActorSpec("senegalesi_pisa", "Associazione Senegalesi di Pisa", AM, "APS",
              "Via Garibaldi 96", "56124", "Pisa", "PI", "senegalesipisa.org", "Mamadou Diop"),
    ActorSpec("burkinabe", "Associazione dei Burkinabè in Toscana APS", AM, "APS",
              "Via Pisana 132", "50143", "Firenze", "FI", "burkinabetoscana.org", "Issa Ouédraogo"),
    ActorSpec("marocchini_empoli", "Comunità Marocchina di Empoli APS", AM, "APS",
              "Via Carrucci 14", "50053", "Empoli", "FI",
              "comunitamarocchinaempoli.org", "Youssef El Amrani"),
    ActorSpec("tunisini_livorno", "Associazione Tunisini di Livorno APS", AM, "APS",
              "Via della Madonna 23", "57123", "Livorno", "LI", "tunisinilivorno.org", "Amel Ben Salah"),
    ActorSpec("mozambicani", "Associazione Mozambicani in Toscana APS", AM, "APS",
              "Via Pantaneto 101", "53100", "Siena", "SI", "mozambicanitoscana.org", "Celeste Machava"),
    ActorSpec("etiopi_firenze", "Comunità Etiope di Firenze APS", AM, "APS",
              "Via Faenza 70", "50123", "Firenze", "FI", "comunitaetiopefirenze.org", "Selam Tesfaye"),
    ActorSpec("teranga_prato", "Associazione Teranga Prato APS", AM, "APS",
              "Via Filzi 22", "59100", "Prato", "PO", "terangaprato.org", "Aminata Ndiaye"),
    ActorSpec("palestinesi", "Associazione Giovani Palestinesi di Toscana APS", AM, "APS",
              "Via del Fosso 5", "55100", "Lucca", "LU", "giovanipalestinesitoscana.org", "Rami Khalil"),
    ActorSpec("libanesi", "Associazione Libanesi di Toscana APS", AM, "APS",
              "Via Vittorio Veneto 9", "52100", "Arezzo", "AR", "libanesitoscana.org", "Nadine Haddad"),
    ActorSpec("ivoriani", "Associazione Ivoriani di Pistoia APS", AM, "APS",
              "Via Pacinotti 34", "51100", "Pistoia", "PT", "ivorianipistoia.org", "Koffi Kouassi"),
    # Imprese e cooperative (invented)
    ActorSpec("tessile_pratese", "Tessile Circolare Pratese S.r.l.", IM, "Società a responsabilità limitata",
              "Via Galcianese 112", "59100", "Prato", "PO", "tessilecircolare.it", "Simone Bettazzi"),
    ActorSpec("terra_lavoro", "Cooperativa Sociale Terra e Lavoro", IM, "Cooperativa sociale di tipo B",
              "Via Fiorentina 220", "51100", "Pistoia", "PT", "terraelavoro.coop", "Laura Gori"),
    ActorSpec("solare_maremma", "Solare Maremma S.r.l.", IM, "Società a responsabilità limitata",
              "Via Aurelia Nord 190", "58100", "Grosseto", "GR", "solaremaremma.it", "Daniele Rosi"),
    ActorSpec("chianti_solidale", "Cooperativa Agricola Chianti Solidale", IM, "Cooperativa agricola",
              "Via Ricasoli 50", "53013", "Gaiole in Chianti", "SI", "chiantisolidale.coop", "Marco Vignali"),
    ActorSpec("marmo_apuano", "Laboratorio Marmo Apuano S.r.l.", IM, "Società a responsabilità limitata",
              "Viale XX Settembre 300", "54033", "Carrara", "MS", "marmoapuano.it", "Ilaria Dell'Amico"),
    ActorSpec("arcobaleno", "Cooperativa Sociale Arcobaleno Lucchese", IM, "Cooperativa sociale di tipo A",
              "Viale San Concordio 160", "55100", "Lucca", "LU",
              "arcobalenolucchese.coop", "Federico Bonini"),
    ActorSpec("mare_nostro", "Cooperativa Sociale Mare Nostro", IM, "Cooperativa sociale di tipo B",
              "Via delle Cateratte 40", "57122", "Livorno", "LI", "marenostro.coop", "Monica Vestri"),
    # Altro
    ActorSpec("anci", "ANCI Toscana", AL, "Associazione di enti locali",
              "Viale Giovine Italia 17", "50122", "Firenze", "FI", "ancitoscana.it", "Matteo Paolieri"),
    ActorSpec("fondazione_coop", "Fondazione Toscana per la Cooperazione", AL, "Fondazione",
              "Via Cavour 82", "50129", "Firenze", "FI",
              "fondazionetoscanacooperazione.org", "Bruno Tacconi"),
    ActorSpec("rete_equo", "Consorzio Toscano del Commercio Equo", AL, "Consorzio",
              "Via Bonaini 40", "56125", "Pisa", "PI", "commercioequotoscana.it", "Paola Giusti"),
)

# Private bodies that also run a commercial activity and so have a partita IVA of their own.
OWN_VAT = frozenset({"terre_solidali", "medici_toscani", "acqua_comune", "donne_rete", "fondazione_coop"})

# Kept for history but no longer active (dissolved or merged).
ARCHIVED = {
    "labronica_pace": "Associazione sciolta con delibera dell'assemblea del 14/06/2025.",
    "marmo_apuano": "Attività cessata il 31/12/2025: non partecipa più alle iniziative regionali.",
}

# ISTAT code of each Tuscan province: digits 8-10 of a codice fiscale / partita IVA (ufficio).
PROVINCE_OFFICE = {
    "MS": "045", "LU": "046", "PT": "047", "FI": "048", "LI": "049",
    "PI": "050", "AR": "051", "SI": "052", "GR": "053", "PO": "100",
}

PHONE_PREFIX = {
    "MS": "0585", "LU": "0583", "PT": "0573", "FI": "055", "LI": "0586",
    "PI": "050", "AR": "0575", "SI": "0577", "GR": "0564", "PO": "0574",
}

# Names for the reference contacts (referenti) of the private bodies.
CONTACT_FIRST_NAMES = ("Giulia", "Luca", "Sara", "Francesco", "Chiara", "Matteo", "Elena", "Pietro", "Marta")
CONTACT_SURNAMES = ("Baldi", "Nencini", "Guidi", "Cecchi", "Pieri", "Franchi", "Lenzi", "Cappelli", "Bigazzi",
                    "Fontani", "Meucci")
# fmt: on
