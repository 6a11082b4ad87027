"""A call's lifecycle: which transitions exist, what each needs, and what each state locks.

Bozza → Aperto → Chiuso → In valutazione → Graduatoria approvata. The grid and the financial rules
are fixed once evaluation starts (the applicants were judged against them); nothing about scores
or grants changes once the ranking is approved by decree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from coop_desktop.domain.enums import CallStatus

# Forward moves, and the two ways back that undo nothing anyone relied on.
TRANSITIONS: dict[CallStatus, tuple[CallStatus, ...]] = {
    CallStatus.BOZZA: (CallStatus.APERTO,),
    CallStatus.APERTO: (CallStatus.CHIUSO, CallStatus.BOZZA),
    CallStatus.CHIUSO: (CallStatus.IN_VALUTAZIONE, CallStatus.APERTO),
    CallStatus.IN_VALUTAZIONE: (CallStatus.GRADUATORIA_APPROVATA,),
    CallStatus.GRADUATORIA_APPROVATA: (),
}


@dataclass(frozen=True, slots=True)
class CriterionFacts:
    code: str
    max_points: Decimal
    min_points: Decimal | None = None


@dataclass(frozen=True, slots=True)
class CallFacts:
    """What the guards read of a call and its applications."""

    status: CallStatus
    code: str
    title: str
    budget: Decimal
    max_grant: Decimal | None
    opens_on: date | None
    deadline: date | None
    min_total_score: Decimal | None
    criteria: Sequence[CriterionFacts] = ()
    committee_size: int = 0
    applications: int = 0
    # Applications still waiting for the formal check (ricevuta, integrazioni richieste).
    unchecked_applications: int = 0
    submitted_scores: int = 0
    ranking_computed: bool = False
    # Computed now from the scores: some submitted forms are missing.
    ranking_provisional: bool = False
    decree_number: str | None = None
    decree_date: date | None = None


def grid_locked(status: CallStatus) -> bool:
    """Criteria, maximum points and thresholds: fixed from the start of the evaluation."""
    return status in (CallStatus.IN_VALUTAZIONE, CallStatus.GRADUATORIA_APPROVATA)


def financial_rules_locked(status: CallStatus) -> bool:
    """Budget, maximum grant, minimum co-funding, partial funding of the last project."""
    return status in (CallStatus.IN_VALUTAZIONE, CallStatus.GRADUATORIA_APPROVATA)


def outcome_locked(status: CallStatus) -> bool:
    """Scores, ranking and grants: fixed by the approving decree."""
    return status is CallStatus.GRADUATORIA_APPROVATA


def admissibility_rules_locked(status: CallStatus) -> bool:
    """Eligible types, deadline and required documents: the formal check ended before evaluation."""
    return status in (CallStatus.IN_VALUTAZIONE, CallStatus.GRADUATORIA_APPROVATA)


GRID_LOCKED = (
    "La griglia di valutazione non può più cambiare: la valutazione del bando è iniziata e le "
    "domande vanno giudicate con i criteri pubblicati."
)
FINANCES_LOCKED = (
    "Dotazione, contributo massimo e cofinanziamento minimo non possono più cambiare: la "
    "valutazione del bando è iniziata."
)
OUTCOME_LOCKED = (
    "La graduatoria è stata approvata con decreto: punteggi e contributi non possono più cambiare."
)
ADMISSIBILITY_LOCKED = (
    "Tipologie ammesse, scadenza e documenti richiesti non possono più cambiare: l'istruttoria "
    "formale è conclusa e la valutazione del bando è iniziata."
)


def _grid_problems(facts: CallFacts) -> list[str]:
    problems = []
    if not facts.criteria:
        problems.append("Manca la griglia di valutazione: inserisci almeno un criterio.")
    total = sum((c.max_points for c in facts.criteria), Decimal(0))
    for criterion in facts.criteria:
        if criterion.max_points <= 0:
            problems.append(f"Il criterio {criterion.code} ha un punteggio massimo non positivo.")
        if criterion.min_points is not None and not 0 <= criterion.min_points <= criterion.max_points:
            problems.append(f"La soglia del criterio {criterion.code} deve essere tra 0 e il suo massimo.")
    if facts.min_total_score is not None and facts.criteria and facts.min_total_score > total:
        problems.append(
            f"La soglia minima ({facts.min_total_score}) supera il punteggio massimo della griglia ({total})."
        )
    return problems


def transition_problems(facts: CallFacts, target: CallStatus) -> list[str]:
    """Why `facts.status` → `target` cannot happen now (Italian, one line each); [] when it can."""
    if target not in TRANSITIONS[facts.status]:
        return [f"Un bando «{facts.status.label}» non può passare a «{target.label}»."]
    problems: list[str] = []
    if target is CallStatus.APERTO and facts.status is CallStatus.BOZZA:
        if not facts.code.strip() or not facts.title.strip():
            problems.append("Il bando deve avere codice e titolo.")
        if facts.budget <= 0:
            problems.append("Indica la dotazione del bando.")
        if facts.opens_on is None or facts.deadline is None:
            problems.append("Indica le date di apertura e di scadenza.")
        elif facts.deadline < facts.opens_on:
            problems.append("La scadenza precede la data di apertura.")
        if facts.max_grant is not None and facts.max_grant > facts.budget:
            problems.append("Il contributo massimo supera la dotazione del bando.")
        problems += _grid_problems(facts)
    elif target is CallStatus.BOZZA and facts.applications:
        problems.append(f"Il bando ha già {facts.applications} domande registrate: non può tornare in bozza.")
    elif target is CallStatus.IN_VALUTAZIONE:
        if facts.committee_size == 0:
            problems.append("Nomina la commissione di valutazione prima di avviare la valutazione.")
        if facts.unchecked_applications:
            problems.append(f"{facts.unchecked_applications} domande attendono ancora l'istruttoria formale.")
        problems += _grid_problems(facts)
    elif target is CallStatus.APERTO and facts.status is CallStatus.CHIUSO and facts.submitted_scores:
        problems.append("Sono già state inviate schede di valutazione: il bando non può essere riaperto.")
    elif target is CallStatus.GRADUATORIA_APPROVATA:
        if not facts.ranking_computed:
            problems.append("Calcola la graduatoria prima di approvarla.")
        elif facts.ranking_provisional:
            problems.append(
                "La graduatoria è provvisoria: mancano schede di valutazione inviate, quindi non può "
                "essere approvata."
            )
        if not (facts.decree_number or "").strip() or facts.decree_date is None:
            problems.append("Indica numero e data del decreto di approvazione della graduatoria.")
    return problems
