"""The demo's call in evaluation: co-development with the associations of the diaspora (2026).

Its eight applications passed the formal check and are half-way through the merit evaluation, so that
the Valutazioni tab shows forms in every state: submitted, drafts, declared only, just assigned, and a
conflict of interest with the replacement given to the third evaluator. One application's evaluators
diverge on criterion B beyond 30% of its maximum (the Consenso window); one falls under the minimum
of criterion A. No ranking is stored: the one computed live is provisional.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from coop_desktop.demo_data.applications import AppSpec
from coop_desktop.demo_data.calls import DOCUMENTS, CallSpec, Grid
from coop_desktop.domain.enums import ActorType, AssignmentStatus, CallStatus, Theme

CODE = "COOP-2026-CODEV"


class FormSpec(NamedTuple):
    """One scoring form: the evaluator (0 cbenvenuti, 1 mfalorni, 2 slotti), its state, the points on
    criteria A, B, C, D (fewer in a draft) and, once sent, when."""

    evaluator: int
    status: AssignmentStatus
    points: tuple[float, ...] = ()
    submitted: datetime | None = None
    # A replacement is assigned when the conflict is declared, not with the others.
    assigned: datetime | None = None


# Hand-aligned tables: kept out of the formatter so that each record stays readable.
# fmt: off
# (code, description, max points, min points, tie-break order).
GRID: Grid = (
    ("A", "Qualità e coerenza della proposta di co-sviluppo", "35", "18", 1),
    ("B", "Ruolo dell'associazione della diaspora e qualità del partenariato", "30", None, 2),
    ("C", "Ricadute nei territori di origine e nella comunità in Toscana", "20", None, None),
    ("D", "Sostenibilità e valorizzazione del cofinanziamento", "15", None, None),
)

APPLICATIONS: tuple[AppSpec, ...] = (
    AppSpec("senegalesi_pisa", ("pisa", "unipi"), "Union des groupements de producteurs de Louga", ("SN",),
            Theme.CO_SVILUPPO, "31194", (1, 2, 8),
            "Rientro produttivo e filiere orticole tra Pisa e Louga",
            "30000.00", "24000.00", date(2026, 5, 18), 18),
    AppSpec("marocchini_empoli", ("empoli", "rete_equo"),
            "Association Tighmert pour le développement du Todgha", ("MA",),
            Theme.CO_SVILUPPO, "24050", (1, 8, 10),
            "Rimesse collettive e turismo solidale nella valle del Todgha",
            "31000.00", "24500.00", date(2026, 5, 25), 15),
    AppSpec("tunisini_livorno", ("livorno", "cciaa_mt"), "Association Jeunes Entrepreneurs de Monastir",
            ("TN",), Theme.CO_SVILUPPO, "32130", (8, 9),
            "Diaspora tunisina e start-up giovanili a Monastir",
            "30000.00", "24000.00", date(2026, 6, 3), 12),
    AppSpec("burkinabe", ("sesto", "amici_bf"), "Association Song Taaba des femmes de Kaya", ("BF",),
            Theme.CO_SVILUPPO, "31194", (1, 5, 8),
            "Burro di karité: cooperative femminili a Kaya con la diaspora burkinabè",
            "28000.00", "22000.00", date(2026, 6, 10), 15),
    AppSpec("teranga_prato", ("prato", "donne_rete"), "GIE Ndeyi Jambur de Thiès", ("SN",),
            Theme.CO_SVILUPPO, "25030", (5, 8),
            "Sartorie di quartiere tra Prato e Thiès: microimprese per le donne rientrate",
            "27000.00", "21500.00", date(2026, 6, 17), 12),
    AppSpec("sahel_futuro", ("burkinabe", "terra_lavoro"), "Coopérative des maraîchers de Réo", ("BF",),
            Theme.CO_SVILUPPO, "43040", (2, 6, 13),
            "Orti comunitari e irrigazione a goccia a Réo con i burkinabè di Toscana",
            "31500.00", "25000.00", date(2026, 6, 24), 18),
    AppSpec("terre_solidali", ("marocchini_empoli", "chianti_solidale"),
            "Coopérative féminine Azaghar de Taliouine", ("MA",), Theme.CO_SVILUPPO, "31194", (5, 8, 12),
            "Zafferano di Taliouine: cooperative femminili e commercio equo in Toscana",
            "30000.00", "24000.00", date(2026, 7, 1), 18),
    AppSpec("ponti_med", ("tunisini_livorno", "piombino"), "Association Médenine Développement Durable",
            ("TN",), Theme.CO_SVILUPPO, "15190", (8, 10, 17),
            "Migrazione e sviluppo locale a Médenine: servizi per i giovani che restano e per chi rientra",
            "32000.00", "25000.00", date(2026, 7, 13), 15),
)

CALL = CallSpec(
    CODE, 2026, CallStatus.IN_VALUTAZIONE, ("5127", date(2026, 4, 14)),
    ("16 - Parte III", date(2026, 4, 22)), date(2026, 4, 23), date(2026, 7, 15), "150000.00",
    (Theme.CO_SVILUPPO,), ("SN", "MA", "TN", "BF"), date(2026, 9, 15), date(2027, 2, 1),
    ((CallStatus.BOZZA, date(2026, 4, 7), None),
     (CallStatus.APERTO, date(2026, 4, 23), "Bando pubblicato sul BURT n. 16, Parte III."),
     (CallStatus.CHIUSO, date(2026, 7, 16), "Scaduto il termine per la presentazione delle domande."),
     (CallStatus.IN_VALUTAZIONE, date(2026, 9, 15), "Nominato il nucleo di valutazione.")),
    APPLICATIONS,
    title="Bando 2026 per progetti di co-sviluppo con le associazioni della diaspora",
    description=("Contributi a progetti di co-sviluppo promossi dalle associazioni della diaspora residenti "
                 "in Toscana, o realizzati in partenariato con esse, nei Paesi di origine delle comunità "
                 "migranti (l.r. 26/2009)."),
    max_grant="25000.00",
    grid=GRID,
    documents=(*DOCUMENTS, "Atto costitutivo dell'associazione della diaspora capofila o partner"),
    eligible=(ActorType.ASSOCIAZIONE_MIGRANTI, ActorType.ONG, ActorType.ASSOCIAZIONE),
    per_application=2,
)

# The steps after the deadline: formal check, then the forms given to the committee.
CHECKED_ON = date(2026, 9, 4)
ASSIGNED_AT = datetime(2026, 9, 21, 9)
# mfalorni refuses the fourth application: the form is given at once to slotti.
CONFLICT_AT = datetime(2026, 9, 24, 11, 30)
CONFLICT_NOTE = "Dal marzo 2026 svolge un incarico retribuito di formazione per l'associazione capofila."

_SENT, _DRAFT = AssignmentStatus.INVIATA, AssignmentStatus.BOZZA


def _on(month: int, day: int) -> datetime:
    return datetime(2026, month, day, 16)


# By application, in the order above. On the second, the evaluators diverge on B (26 against 15, the
# threshold is 9); the third stays under the minimum of A (mean 17,75 against 18).
FORMS: tuple[tuple[FormSpec, ...], ...] = (
    (FormSpec(0, _SENT, (30, 25, 16, 12), _on(10, 8)),
     FormSpec(1, _SENT, (31, 26, 17, 12.5), _on(10, 14))),
    (FormSpec(1, _SENT, (29, 26, 15, 11), _on(10, 20)),
     FormSpec(2, _SENT, (27, 15, 14.5, 10.5), _on(10, 27))),
    (FormSpec(0, _SENT, (17, 20, 13, 9), _on(10, 22)),
     FormSpec(2, _SENT, (18.5, 21, 12, 10), _on(11, 3))),
    (FormSpec(0, _SENT, (29, 24, 16, 12), _on(10, 29)),
     FormSpec(1, AssignmentStatus.CONFLITTO),
     FormSpec(2, _SENT, (28.5, 25, 15.5, 11.5), _on(11, 10), assigned=CONFLICT_AT)),
    (FormSpec(1, _SENT, (26, 22, 14, 11), _on(11, 5)),
     FormSpec(2, _DRAFT, (27, 21))),
    (FormSpec(0, _DRAFT, (31, 24, 16)),
     FormSpec(2, _SENT, (30, 25, 17, 12), _on(11, 17))),
    (FormSpec(0, AssignmentStatus.DICHIARATA),
     FormSpec(1, _SENT, (22, 19, 12, 9), _on(11, 12))),
    (FormSpec(1, AssignmentStatus.ASSEGNATA),
     FormSpec(2, _SENT, (28, 23, 15, 11.5), _on(11, 19))),
)
# fmt: on
