"""Word lists for the synthetic data set: real Tuscan places, plausible names, grid criteria.

Accented words (Università, Solidarietà, Niccolò) are there on purpose: search must fold them.
"""

from __future__ import annotations

from coop_desktop.domain.enums import ActorType, Funder, Theme

# Province -> (ISTAT code used as the tax office digits of a codice fiscale, phone prefix, weight).
PROVINCE_INFO: dict[str, tuple[str, str, int]] = {
    "FI": ("048", "055", 27),
    "PI": ("050", "050", 11),
    "LU": ("046", "0583", 10),
    "AR": ("051", "0575", 9),
    "LI": ("049", "0586", 9),
    "PT": ("047", "0573", 8),
    "SI": ("052", "0577", 7),
    "PO": ("100", "0574", 7),
    "GR": ("053", "0564", 6),
    "MS": ("045", "0585", 5),
}

# Province -> [(comune, CAP)].
COMUNI: dict[str, list[tuple[str, str]]] = {
    "FI": [("Firenze", "50122"), ("Empoli", "50053"), ("Scandicci", "50018"), ("Sesto Fiorentino", "50019"),
           ("Bagno a Ripoli", "50012"), ("Figline e Incisa Valdarno", "50063"),
           ("Borgo San Lorenzo", "50032"), ("Fiesole", "50014")],
    "PI": [("Pisa", "56125"), ("Cascina", "56021"), ("Pontedera", "56025"), ("San Miniato", "56028"),
           ("Volterra", "56048"), ("Santa Croce sull'Arno", "56029")],
    "LU": [("Lucca", "55100"), ("Viareggio", "55049"), ("Capannori", "55012"), ("Pietrasanta", "55045"),
           ("Castelnuovo di Garfagnana", "55032"), ("Camaiore", "55041")],
    "AR": [("Arezzo", "52100"), ("Cortona", "52044"), ("Montevarchi", "52025"),
           ("San Giovanni Valdarno", "52027"), ("Sansepolcro", "52037"), ("Bibbiena", "52011")],
    "LI": [("Livorno", "57123"), ("Piombino", "57025"), ("Cecina", "57023"),
           ("Rosignano Marittimo", "57016"), ("Portoferraio", "57037"), ("Collesalvetti", "57014")],
    "PT": [("Pistoia", "51100"), ("Quarrata", "51039"), ("Monsummano Terme", "51015"),
           ("Montecatini Terme", "51016"), ("Pescia", "51017"), ("Agliana", "51031")],
    "SI": [("Siena", "53100"), ("Poggibonsi", "53036"), ("Colle di Val d'Elsa", "53034"),
           ("Montepulciano", "53045"), ("Sinalunga", "53048"), ("Chianciano Terme", "53042")],
    "PO": [("Prato", "59100"), ("Montemurlo", "59013"), ("Carmignano", "59015"),
           ("Poggio a Caiano", "59016"), ("Vaiano", "59021")],
    "GR": [("Grosseto", "58100"), ("Follonica", "58022"), ("Orbetello", "58015"),
           ("Massa Marittima", "58024"), ("Pitigliano", "58017")],
    "MS": [("Massa", "54100"), ("Carrara", "54033"), ("Aulla", "54011"), ("Pontremoli", "54027"),
           ("Fivizzano", "54013")],
}  # fmt: skip

# Share of each type in a register of about 100,000 actors.
ACTOR_TYPE_WEIGHTS: dict[ActorType, int] = {
    ActorType.ASSOCIAZIONE: 38,
    ActorType.IMPRESA: 15,
    ActorType.ONG: 12,
    ActorType.ALTRO: 9,
    ActorType.ASSOCIAZIONE_MIGRANTI: 8,
    ActorType.ENTE_LOCALE: 8,
    ActorType.ISTITUZIONE: 7,
    ActorType.UNIVERSITA: 3,
}

LEGAL_FORMS: dict[ActorType, tuple[str, ...]] = {
    ActorType.ASSOCIAZIONE: ("APS", "ODV", "Associazione non riconosciuta", "Associazione riconosciuta"),
    ActorType.IMPRESA: ("S.r.l.", "Cooperativa sociale", "S.p.A.", "Impresa sociale"),
    ActorType.ONG: ("ETS", "Fondazione", "Onlus"),
    ActorType.ALTRO: ("Comitato", "Ente ecclesiastico", "Fondazione"),
    ActorType.ASSOCIAZIONE_MIGRANTI: ("APS", "Associazione non riconosciuta"),
    ActorType.ENTE_LOCALE: ("Comune", "Unione di comuni", "Provincia"),
    ActorType.ISTITUZIONE: ("Azienda sanitaria", "Camera di commercio", "Istituto scolastico"),
    ActorType.UNIVERSITA: ("Università statale", "Scuola superiore"),
}

# fmt: off
WORDS_A = ("Solidarietà", "Fraternità", "Ponti", "Orizzonti", "Semi", "Radici", "Passi", "Mani", "Voci",
           "Strade", "Sponde", "Terre", "Acque", "Colori", "Incontri", "Sguardi", "Cammini", "Reti")
WORDS_B = ("di Pace", "Solidali", "del Sud", "Comuni", "Lontani", "Vicini", "Aperti", "Nuovi", "Insieme",
           "senza Frontiere", "del Mondo", "d'Africa", "del Mediterraneo", "per lo Sviluppo", "in Cammino")
SURNAMES = ("Rossi", "Bianchi", "Bertelli", "Conti", "Fabbri", "Innocenti", "Lombardi", "Mancini",
            "Niccolai", "Pacini", "Ricci", "Salvadori", "Tognetti", "Vannucci", "Baldini", "Bruni", "Cecchi",
            "Fantoni", "Gori", "Lenzi", "Martelli", "Orlandi", "Parenti", "Sarti", "Bellucci", "Guidi")
FIRST_NAMES = ("Niccolò", "Lucia", "Marco", "Giulia", "Andrea", "Chiara", "Francesco", "Sara", "Lorenzo",
               "Elena", "Matteo", "Anna", "Tommaso", "Ilaria", "Jacopo", "Martina", "Duccio", "Benedetta",
               "Mamadou", "Fatou", "Youssef", "Aïcha")
DIASPORAS = ("senegalesi", "burkinabé", "marocchini", "tunisini", "albanesi", "peruviani", "nigeriani",
             "ivoriani", "etiopi", "palestinesi", "libanesi", "maliani")
SUBJECTS = ("Scienze Politiche", "Agraria", "Ingegneria Civile", "Medicina Sperimentale", "Economia",
            "Scienze della Formazione", "Architettura", "Biologia")
UNIVERSITIES = ("Università degli Studi di Firenze", "Università di Pisa", "Università di Siena",
                "Università per Stranieri di Siena", "Scuola Superiore Sant'Anna", "Scuola Normale Superiore")
STREETS = ("Via Roma", "Via Garibaldi", "Via dei Mille", "Piazza della Repubblica", "Viale Matteotti",
           "Via Mazzini", "Borgo San Frediano", "Via del Corso", "Via Cavour", "Lungarno Pacinotti",
           "Via Fra' Bartolomeo", "Via San Niccolò")

# (ISO code, country name, local partner names)
COUNTRIES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("SN", "Senegal", ("Commune de Kaolack", "Association des femmes de Thiès", "GIE Saint-Louis")),
    ("BF", "Burkina Faso", ("Commune de Koudougou", "Association Songtaaba")),
    ("NE", "Niger", ("Commune de Zinder", "ONG Karkara")),
    ("ML", "Mali", ("Commune de Ségou", "Association Jeunesse Active")),
    ("ET", "Etiopia", ("Adwa Woreda Administration", "Tigray Women's Association")),
    ("MZ", "Mozambico", ("Município de Pemba", "Associação Kulima")),
    ("TN", "Tunisia", ("Municipalité de Sfax", "Association Tunisienne de l'Environnement")),
    ("MA", "Marocco", ("Commune de Tiznit", "Association Tamount")),
    ("PS", "Palestina", ("Bethlehem Municipality", "Palestinian Medical Relief Society")),
    ("LB", "Libano", ("Municipalité de Tyr", "Amel Association")),
    ("AL", "Albania", ("Bashkia Shkodër", "Qendra Vatra")),
    ("BA", "Bosnia ed Erzegovina", ("Grad Tuzla", "Udruženje Žene Ženama")),
)

THEME_DAC: dict[Theme, tuple[str, ...]] = {
    Theme.DECENTRAMENTO: ("15112", "15150"),
    Theme.SISTEMI_ECONOMICI: ("25030", "32130", "31194", "43040"),
    Theme.ECONOMIA_CIRCOLARE: ("14050", "41010", "23210"),
    Theme.CO_SVILUPPO: ("15190", "24050"),
    Theme.CRISI_UMANITARIE: ("72010", "72040", "73010"),
    Theme.AGENDA_2030: ("99820", "15150"),
    Theme.BUSINESS_INCLUSIVO: ("25030", "32130"),
    Theme.COOPERAZIONE_SANITARIA: ("12220", "12230"),
}

PROJECT_ACTIONS = ("Rafforzamento", "Sostegno", "Promozione", "Sviluppo", "Valorizzazione", "Qualificazione",
                   "Riqualificazione")
PROJECT_OBJECTS = ("delle filiere agricole locali", "dei servizi sanitari di base",
                   "dell'imprenditoria femminile",
                   "della gestione dei rifiuti urbani", "delle cooperative di pescatori",
                   "dei servizi comunali decentrati", "delle energie rinnovabili nei villaggi",
                   "dell'accesso all'acqua potabile", "delle rimesse per lo sviluppo",
                   "dell'accoglienza dei rifugiati", "della formazione professionale dei giovani")

# (code, description, max points): the grid of a call; the first six sum to 100.
CRITERIA: tuple[tuple[str, str, int], ...] = (
    ("A", "Qualità e coerenza della proposta progettuale", 25),
    ("B", "Composizione e solidità del partenariato", 20),
    ("C", "Sostenibilità economica, sociale e ambientale", 15),
    ("D", "Impatto sul territorio e sui beneficiari", 15),
    ("E", "Coerenza con le priorità del Documento di orientamento", 15),
    ("F", "Congruità del piano finanziario", 10),
    ("G", "Coinvolgimento delle associazioni di migranti", 10),
    ("H", "Innovatività delle soluzioni proposte", 10),
)

SCORE_COMMENTS = ("Proposta chiara e ben strutturata.", "Partenariato solido ma poco diversificato.",
                  "Sostenibilità non del tutto dimostrata.", "Buona coerenza con le priorità regionali.",
                  "Piano finanziario congruo.", "Impatto atteso limitato a pochi beneficiari.",
                  "Indicatori di risultato poco misurabili.", "Ottimo radicamento territoriale.")

FUNDER_PROGRAMMES: dict[Funder, tuple[str, ...]] = {
    Funder.AICS: ("Bando Enti territoriali", "Bando OSC", "Iniziative di emergenza"),
    Funder.MINISTERO_INTERNO: ("FAMI - Fondo Asilo Migrazione e Integrazione",),
    Funder.UNIONE_EUROPEA: ("Interreg NEXT MED", "NDICI - Global Europe", "Erasmus+", "LIFE", "DEAR"),
    Funder.ALTRO: ("UNDP ART", "Fondazione privata", "Banca Mondiale"),
}

CALL_DOCUMENTS = ("Formulario di progetto", "Piano finanziario", "Lettere di adesione dei partner")

DEADLINE_KINDS = ("Rapporto intermedio", "Rapporto finale", "Rendicontazione finanziaria",
                  "Comitato di pilotaggio", "Richiesta di proroga")
# fmt: on
