"""Applications (domande) of the two demo calls.

The closed 2025 call's points are chosen so that the ranking shows every outcome: a tie broken by
criterion A, a tie broken by the protocol date, a partly funded project, projects admitted but not
funded, one below the threshold and one under the minimum of criterion A.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from coop_desktop.domain.enums import AssignmentStatus, Theme

Points3 = tuple[float, float, float]


class AppSpec(NamedTuple):
    lead: str
    partners: tuple[str, ...]
    local_partner: str
    # The first country is the local partner's.
    countries: tuple[str, ...]
    theme: Theme
    dac: str
    sdgs: tuple[int, ...]
    title: str
    total_cost: str
    requested: str
    received: date
    months: int
    # Points of evaluators 1, 2, 3 on criteria A, B, C (evaluated applications of the closed call).
    scores: tuple[Points3, Points3, Points3] | None = None
    # The failed admissibility check: (code, reason).
    excluded: tuple[str, str] | None = None


# Hand-aligned tables: kept out of the formatter so that each record stays readable.
# fmt: off
CLOSED_CALL: tuple[AppSpec, ...] = (
    AppSpec("prato", ("teranga_prato", "tessile_pratese"), "Ville de Thiès", ("SN",),
            Theme.ECONOMIA_CIRCOLARE, "14050", (8, 12),
            "Da scarto a risorsa: filiera del tessile riciclato tra Prato e Thiès",
            "52500.00", "40000.00", date(2025, 5, 20), 18,
            scores=((35, 36, 36.5), (26, 27, 26), (25, 25.5, 24))),
    AppSpec("terre_solidali", ("chianti_solidale", "senegalesi_pisa"),
            "Groupement de promotion féminine de Bignona",
            ("SN",), Theme.SISTEMI_ECONOMICI, "31194", (1, 2, 5),
            "Cooperative orticole femminili nella regione di Ziguinchor",
            "48000.00", "36500.00", date(2025, 5, 12), 18,
            scores=((34, 33, 34.5), (25, 26, 24), (23, 22.5, 23))),
    AppSpec("unifi", ("anci", "empoli"), "Municipalité de Kasserine", ("TN",),
            Theme.DECENTRAMENTO, "15112", (11, 16),
            "Governance locale e bilancio partecipato nei comuni del governatorato di Kasserine",
            "50000.00", "38000.00", date(2025, 4, 28), 18,
            scores=((35, 34, 35), (25, 26, 25), (24, 24, 23))),
    AppSpec("senegalesi_pisa", ("pisa", "ponte_pietra"), "Association Jappo Louga", ("SN",),
            Theme.CO_SVILUPPO, "15190", (8, 10, 17),
            "Diaspora e sviluppo: servizi per il rientro produttivo a Louga",
            "37800.00", "30000.00", date(2025, 5, 26), 12,
            scores=((33, 34, 33.5), (24, 23, 23.5), (21, 22, 21.5))),
    AppSpec("ponti_med", ("libanesi", "usl_nordovest"), "Centre communautaire Al-Amal de Saïda", ("LB",),
            Theme.CRISI_UMANITARIE, "72010", (3, 4, 16),
            "Sostegno psicosociale e scuola per i minori rifugiati a Saida",
            "55000.00", "40000.00", date(2025, 5, 29), 12,
            scores=((28, 28.5, 27), (20, 19, 20.5), (18, 19, 18.5))),
    AppSpec("pistoia", ("ivoriani", "anci"), "Commune de Koudougou", ("BF",),
            Theme.DECENTRAMENTO, "15112", (16, 17),
            "Stato civile digitale nel comune di Koudougou",
            "45000.00", "35000.00", date(2025, 5, 8), 18,
            scores=((32, 33, 32.5), (24, 25, 24.5), (21, 22, 21.5))),
    AppSpec("sahel_futuro", ("terra_lavoro", "amici_bf", "solare_maremma"),
            "Association Zood Nooma de Ziniaré", ("BF",), Theme.SISTEMI_ECONOMICI, "43040", (2, 6, 7),
            "Pozzi e orti solari per l'agricoltura familiare nel Plateau Central",
            "36000.00", "28000.00", date(2025, 4, 15), 15,
            scores=((31, 30, 31.5), (23, 22, 23), (21, 20, 20.5))),
    AppSpec("unipi", ("acqua_comune",), "Association Oasis Ferkla pour l'environnement", ("MA",),
            Theme.ECONOMIA_CIRCOLARE, "41010", (6, 13, 15),
            "Gestione sostenibile dell'acqua nelle oasi del Drâa-Tafilalet",
            "51200.00", "40000.00", date(2025, 5, 27), 18,
            scores=((33, 34, 34), (24, 24, 25), (22, 21, 22.5))),
    AppSpec("marocchini_empoli", ("empoli", "rete_equo"),
            "Coopérative féminine Tamount de Beni Mellal", ("MA",), Theme.CO_SVILUPPO, "24050", (5, 8),
            "Rimesse produttive: microimprese femminili a Beni Mellal",
            "31500.00", "25000.00", date(2025, 5, 22), 12,
            scores=((29, 28, 29.5), (21, 20, 21), (19, 19.5, 19))),
    AppSpec("colline_mondo", ("montevarchi", "valdarno_sud"), "Bahir Dar Women Weavers Association", ("ET",),
            Theme.SISTEMI_ECONOMICI, "32130", (5, 8, 9),
            "Artigianato tessile e piccole imprese femminili a Bahir Dar",
            "48500.00", "38000.00", date(2025, 5, 15), 18,
            scores=((30, 29, 30), (22, 21, 21.5), (20, 19, 20))),
    AppSpec("livorno", ("cciaa_mt", "mare_nostro", "tunisini_livorno"), "Municipalité de Sfax", ("TN",),
            Theme.ECONOMIA_CIRCOLARE, "14050", (11, 12, 14),
            "Porti puliti: raccolta differenziata e riciclo nel porto di Sfax",
            "41000.00", "32000.00", date(2025, 5, 6), 15,
            scores=((31, 32, 33), (23, 24, 23), (21, 21.5, 20))),
    AppSpec("mozambicani", ("siena", "unisi"), "Associação Juvenil Esperança da Beira", ("MZ",),
            Theme.CO_SVILUPPO, "15190", (2, 8),
            "Giovani della diaspora per l'agricoltura nella provincia di Sofala",
            "34000.00", "27000.00", date(2025, 5, 28), 12,
            scores=((25, 26, 25.5), (18, 18, 17), (18, 17.5, 18))),
    AppSpec("medici_toscani", ("usl_centro", "meyer", "palestinesi"),
            "Jordan Valley Community Health Committee", ("PS",), Theme.CRISI_UMANITARIE, "72010", (3, 16),
            "Presidi sanitari mobili nei villaggi della Valle del Giordano",
            "47500.00", "37000.00", date(2025, 5, 9), 12,
            scores=((27, 28, 27.5), (19, 18, 18.5), (18, 18, 18))),
    AppSpec("arezzo", ("casentino", "mozambicani"), "Conselho Municipal de Chimoio", ("MZ",),
            Theme.DECENTRAMENTO, "15112", (11, 16),
            "Catasto partecipato e servizi ai cittadini nel municipio di Chimoio",
            "42000.00", "33000.00", date(2025, 5, 21), 18,
            scores=((28, 27, 27.5), (18, 19, 18.5), (17.5, 18.5, 18))),
    AppSpec("burkinabe", ("sesto", "amici_bf"), "Commune de Ouahigouya", ("BF",),
            Theme.CO_SVILUPPO, "15190", (4, 8, 10),
            "Ponti tra Firenze e Ouahigouya: formazione professionale per i giovani",
            "38000.00", "30000.00", date(2025, 4, 30), 12,
            scores=((19, 18, 19.5), (22, 23, 22), (20, 21, 20.5))),
    AppSpec("casentino", ("montevarchi", "chianti_solidale"), "Groupement de développement agricole de Béja",
            ("TN",), Theme.SISTEMI_ECONOMICI, "43040", (2, 8, 15),
            "Filiera del latte e turismo rurale nel Nord-Ovest tunisino",
            "43000.00", "34000.00", date(2025, 5, 16), 15,
            scores=((23, 22, 23.5), (17, 18, 17), (17, 16.5, 17))),
    AppSpec("acqua_comune", ("unisi", "solare_maremma"), "Amhara Rural Water and Health Association",
            ("ET",), Theme.ECONOMIA_CIRCOLARE, "23210", (3, 7, 13),
            "Energia solare e acqua per i centri di salute rurali dell'Amhara",
            "37000.00", "29000.00", date(2025, 5, 23), 15,
            scores=((24, 25, 24.5), (18, 17, 18), (18, 18, 17.5))),
    AppSpec("baobab", ("lucca", "garfagnana"), "Association des jeunes de Kolda", ("SN",),
            Theme.CO_SVILUPPO, "15190", (4, 10),
            "Scuola e sport per i giovani di Kolda",
            "42000.00", "36000.00", date(2025, 5, 19), 12,
            excluded=("cofunding", "Cofinanziamento pari al 14,29% del costo totale, inferiore al minimo "
                      "del 20,00% previsto dall'art. 6 del bando.")),
    AppSpec("ponte_pietra", ("pisa", "unipi"), "Commune rurale d'Aït Ourir", ("MA",),
            Theme.DECENTRAMENTO, "15112", (11, 16),
            "Servizi comunali partecipati ad Aït Ourir",
            "39000.00", "30000.00", date(2025, 6, 3), 12,
            excluded=("deadline", "Domanda pervenuta via PEC il 03/06/2025, oltre il termine di scadenza "
                      "del 30/05/2025 (art. 9 del bando).")),
    AppSpec("orizzonti", ("lucca", "croce_valdelsa"), "Lebanese Relief Committee of Zahle", ("LB",),
            Theme.CRISI_UMANITARIE, "72040", (2, 3),
            "Assistenza alimentare alle famiglie sfollate della Bekaa",
            "60000.00", "45000.00", date(2025, 5, 14), 12,
            excluded=("max_grant", "Contributo richiesto di € 45.000,00 superiore al contributo massimo "
                      "di € 40.000,00 (art. 5 del bando).")),
)

OPEN_CALL: tuple[AppSpec, ...] = (
    AppSpec("firenze", ("anci", "unifi"), "Conseil départemental de Ziguinchor", ("SN",),
            Theme.DECENTRAMENTO, "15112", (11, 16, 17),
            "Servizi digitali e archivi dello stato civile nel dipartimento di Ziguinchor",
            "50000.00", "40000.00", date(2026, 2, 24), 18),
    AppSpec("teranga_prato", ("prato", "donne_rete"),
            "Groupement des femmes transformatrices de Mbour", ("SN",),
            Theme.CO_SVILUPPO, "15190", (5, 8, 10),
            "Donne della diaspora e imprese di trasformazione alimentare a Mbour",
            "36000.00", "28000.00", date(2026, 2, 27), 12),
    AppSpec("tunisini_livorno", ("livorno", "cciaa_mt"), "Association Jeunesse et Développement de Mahdia",
            ("TN",), Theme.CO_SVILUPPO, "24050", (8, 10, 17),
            "Rimesse e microcredito per i giovani di Mahdia",
            "32000.00", "25000.00", date(2026, 3, 3), 12),
    AppSpec("seme_pace", ("libanesi", "meyer"), "Municipalité de Tyr", ("LB",),
            Theme.CRISI_UMANITARIE, "73010", (3, 4, 16),
            "Ricostruzione e riapertura dei centri comunitari nel sud del Libano",
            "50000.00", "40000.00", date(2026, 3, 5), 18),
    AppSpec("santanna", ("cciaa_ptpo", "marocchini_empoli"), "Université Sidi Mohamed Ben Abdellah de Fès",
            ("MA",), Theme.SISTEMI_ECONOMICI, "32130", (8, 9),
            "Incubatore di start-up agroalimentari a Fès-Meknès",
            "48000.00", "38000.00", date(2026, 3, 10), 18),
    AppSpec("mare_aperto", ("grosseto", "solare_maremma"), "GIE des femmes transformatrices de Joal", ("SN",),
            Theme.ECONOMIA_CIRCOLARE, "14050", (12, 14),
            "Plastica zero nelle comunità di pescatori di Joal-Fadiouth",
            "42000.00", "33000.00", date(2026, 3, 12), 15),
    AppSpec("siena", ("unisi", "mozambicani"), "Conselho Municipal da Cidade de Inhambane", ("MZ",),
            Theme.DECENTRAMENTO, "15112", (11, 16),
            "Bilancio partecipativo e servizi municipali a Inhambane",
            "45000.00", "36000.00", date(2026, 3, 16), 18),
    AppSpec("volontari_maremma", ("prov_grosseto", "chianti_solidale"),
            "Union des groupements Naam du Yatenga", ("BF",), Theme.SISTEMI_ECONOMICI, "31194", (1, 2, 5),
            "Cooperative cerealicole e banche dei cereali nello Yatenga",
            "30000.00", "24000.00", date(2026, 3, 19), 12),
    AppSpec("etiopi_firenze", ("sesto", "terre_solidali"), "Hawassa Youth Enterprise Association", ("ET",),
            Theme.CO_SVILUPPO, "24050", (8, 10),
            "Giovani della diaspora e piccole imprese a Hawassa",
            "28000.00", "22000.00", date(2026, 3, 23), 12),
    AppSpec("apuania", ("massa", "lunigiana_mondo"), "Association Delta Solidarité de Mopti", ("ML", "BF"),
            Theme.CRISI_UMANITARIE, "72040", (1, 2),
            "Assistenza alimentare alle famiglie sfollate nella regione di Mopti",
            "40000.00", "32000.00", date(2026, 3, 26), 12),
)

# Open call: applications awaiting documents (soccorso istruttorio), by lead.
INTEGRATIONS = {
    "siena": "Lettera di adesione del partner locale priva di firma; piano finanziario senza il dettaglio "
             "del cofinanziamento valorizzato.",
    "etiopi_firenze": "Manca la copia dello statuto e dell'atto costitutivo dell'associazione capofila.",
}

# Italian names of the countries the demo uses (letters and summaries want them in Italian).
COUNTRY_NAMES = {
    "SN": "Senegal", "BF": "Burkina Faso", "TN": "Tunisia", "MA": "Marocco", "MZ": "Mozambico",
    "ET": "Etiopia", "LB": "Libano", "PS": "Palestina", "ML": "Mali", "NE": "Niger",
}

# Open call, by application index: (status, draft points on A, B, C) of evaluators 1, 2, 3, so that
# the evaluation tab has progress to show while the call is still open.
OPEN_PROGRESS: dict[int, tuple[tuple[AssignmentStatus, tuple[float, ...]], ...]] = {
    0: ((AssignmentStatus.BOZZA, (32, 24, 22.5)), (AssignmentStatus.BOZZA, (30,)),
        (AssignmentStatus.DICHIARATA, ())),
    1: ((AssignmentStatus.DICHIARATA, ()), (AssignmentStatus.ASSEGNATA, ()),
        (AssignmentStatus.CONFLITTO, ())),
    2: ((AssignmentStatus.ASSEGNATA, ()), (AssignmentStatus.ASSEGNATA, ()), (AssignmentStatus.ASSEGNATA, ())),
    3: ((AssignmentStatus.BOZZA, (27.5, 21, 20)), (AssignmentStatus.ASSEGNATA, ()),
        (AssignmentStatus.DICHIARATA, ())),
}
CONFLICT_NOTE = "Socio dell'associazione capofila fino al 2024."
# fmt: on
