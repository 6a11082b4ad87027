"""The yearly demo calls (bandi): acts, dates, money, grid, required documents and history.

The third call, in evaluation, is in coop_desktop.demo_data.codev.
"""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from coop_desktop.demo_data.applications import CLOSED_CALL, OPEN_CALL, AppSpec
from coop_desktop.domain.enums import ActorType, CallStatus, Theme

# Hand-aligned tables: kept out of the formatter so that each record stays readable.
# fmt: off
# (code, description, max points, min points, tie-break order): fixed before applications arrive.
Grid = tuple[tuple[str, str, str, str | None, int | None], ...]
GRID: Grid = (
    ("A", "Qualità e coerenza del progetto", "40", "20", 1),
    ("B", "Partenariato", "30", None, 2),
    ("C", "Sostenibilità e impatto", "30", None, None),
)

DOCUMENTS = (
    "Formulario di progetto (Allegato A)",
    "Piano finanziario con il dettaglio del cofinanziamento (Allegato B)",
    "Lettere di adesione dei partner toscani e del partner locale (Allegato C)",
    "Dichiarazione sostitutiva del legale rappresentante (DPR 445/2000)",
    "Statuto e atto costitutivo (soggetti privati)",
)

_MAIN_THEMES = (Theme.DECENTRAMENTO, Theme.SISTEMI_ECONOMICI, Theme.ECONOMIA_CIRCOLARE, Theme.CO_SVILUPPO,
                Theme.CRISI_UMANITARIE)
_COUNTRIES = ("SN", "BF", "TN", "MA", "MZ", "ET", "LB", "PS")


class CallSpec(NamedTuple):
    code: str
    year: int
    status: CallStatus
    act: tuple[str, date]
    burt: tuple[str, date]
    opens_on: date
    deadline: date
    budget: str
    themes: tuple[Theme, ...]
    countries: tuple[str, ...]
    committee_on: date
    # When the funded projects start.
    projects_start: date
    history: tuple[tuple[CallStatus, date, str | None], ...]
    applications: tuple[AppSpec, ...]
    # The yearly general call's, unless a call says otherwise. Title and description: None for the
    # general call's wording; eligible: None for every type but companies and "altro".
    title: str | None = None
    description: str | None = None
    max_grant: str = "40000.00"
    grid: Grid = GRID
    documents: tuple[str, ...] = DOCUMENTS
    eligible: tuple[ActorType, ...] | None = None
    per_application: int = 3


CLOSED = CallSpec(
    "COOP-2025", 2025, CallStatus.GRADUATORIA_APPROVATA, ("4321", date(2025, 3, 12)),
    ("12 - Parte III", date(2025, 3, 19)), date(2025, 3, 20), date(2025, 5, 30), "300000.00",
    _MAIN_THEMES, _COUNTRIES, date(2025, 6, 16), date(2025, 11, 1),
    ((CallStatus.BOZZA, date(2025, 3, 5), None),
     (CallStatus.APERTO, date(2025, 3, 20), "Bando pubblicato sul BURT n. 12, Parte III."),
     (CallStatus.CHIUSO, date(2025, 5, 31), "Scaduto il termine per la presentazione delle domande."),
     (CallStatus.IN_VALUTAZIONE, date(2025, 6, 16), "Nominato il nucleo di valutazione."),
     (CallStatus.GRADUATORIA_APPROVATA, date(2025, 9, 15), "Graduatoria approvata con DD n. 17890.")),
    CLOSED_CALL,
)

OPEN = CallSpec(
    "COOP-2026", 2026, CallStatus.APERTO, ("2954", date(2026, 2, 10)),
    ("7 - Parte III", date(2026, 2, 18)), date(2026, 2, 19), date(2026, 5, 29), "350000.00",
    (*_MAIN_THEMES, Theme.AGENDA_2030), (*_COUNTRIES, "ML", "NE"), date(2026, 3, 16), date(2026, 9, 1),
    ((CallStatus.BOZZA, date(2026, 2, 2), None),
     (CallStatus.APERTO, date(2026, 2, 19), "Bando pubblicato sul BURT n. 7, Parte III.")),
    OPEN_CALL,
)

# Closed call: the steps after the deadline.
CHECKED_ON = date(2025, 6, 12)
EVALUATION_FROM = date(2025, 6, 20)
EVALUATED_ON = date(2025, 7, 25)
# Decree approving the ranking (number, date, BURT number, BURT date) and the one paying advances.
RANKING_DECREE = ("17890", date(2025, 9, 15), "38 - Parte III", date(2025, 9, 24))
ADVANCE_DECREE = ("21544", date(2025, 11, 28))
ADVANCE_PAID_ON = date(2025, 12, 5)
# fmt: on
