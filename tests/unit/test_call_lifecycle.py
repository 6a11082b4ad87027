"""The call lifecycle: allowed transitions, their guards, and what each state locks."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest

from coop_desktop.domain.call_lifecycle import (
    CallFacts,
    CriterionFacts,
    financial_rules_locked,
    grid_locked,
    outcome_locked,
    transition_problems,
)
from coop_desktop.domain.enums import CallStatus

READY = CallFacts(
    status=CallStatus.BOZZA,
    code="CD-2027",
    title="Cooperazione decentrata 2027",
    budget=Decimal("500000.00"),
    max_grant=Decimal("40000.00"),
    opens_on=date(2027, 1, 15),
    deadline=date(2027, 3, 31),
    min_total_score=Decimal("60"),
    criteria=(CriterionFacts("A", Decimal("40"), Decimal("20")), CriterionFacts("B", Decimal("60"))),
    committee_size=3,
)


def test_a_complete_draft_opens() -> None:
    assert transition_problems(READY, CallStatus.APERTO) == []


def test_an_incomplete_draft_lists_every_problem() -> None:
    draft = dataclasses.replace(
        READY, budget=Decimal("0"), deadline=date(2027, 1, 1), criteria=(), min_total_score=Decimal("60")
    )
    problems = transition_problems(draft, CallStatus.APERTO)
    assert "Indica la dotazione del bando." in problems
    assert "La scadenza precede la data di apertura." in problems
    assert "Manca la griglia di valutazione: inserisci almeno un criterio." in problems


def test_threshold_above_the_grid_maximum_is_refused() -> None:
    facts = dataclasses.replace(READY, min_total_score=Decimal("100.5"))
    assert transition_problems(facts, CallStatus.APERTO) == [
        "La soglia minima (100.5) supera il punteggio massimo della griglia (100)."
    ]


def test_no_skipping_states() -> None:
    assert transition_problems(READY, CallStatus.IN_VALUTAZIONE) == [
        "Un bando «Bozza» non può passare a «In valutazione»."
    ]


def test_evaluation_starts_only_with_a_committee_and_every_application_checked() -> None:
    closed = dataclasses.replace(READY, status=CallStatus.CHIUSO, committee_size=0, unchecked_applications=2)
    assert transition_problems(closed, CallStatus.IN_VALUTAZIONE) == [
        "Nomina la commissione di valutazione prima di avviare la valutazione.",
        "2 domande attendono ancora l'istruttoria formale.",
    ]


def test_back_to_draft_only_without_applications() -> None:
    opened = dataclasses.replace(READY, status=CallStatus.APERTO, applications=4)
    assert transition_problems(opened, CallStatus.BOZZA) == [
        "Il bando ha già 4 domande registrate: non può tornare in bozza."
    ]


def test_approval_needs_ranking_and_decree() -> None:
    evaluating = dataclasses.replace(READY, status=CallStatus.IN_VALUTAZIONE)
    assert len(transition_problems(evaluating, CallStatus.GRADUATORIA_APPROVATA)) == 2
    ready = dataclasses.replace(
        evaluating, ranking_computed=True, decree_number="12345", decree_date=date(2027, 6, 30)
    )
    assert transition_problems(ready, CallStatus.GRADUATORIA_APPROVATA) == []
    approved = dataclasses.replace(ready, status=CallStatus.GRADUATORIA_APPROVATA)
    assert transition_problems(approved, CallStatus.IN_VALUTAZIONE) != []


@pytest.mark.parametrize(
    ("status", "grid", "finances", "outcome"),
    [
        (CallStatus.BOZZA, False, False, False),
        (CallStatus.APERTO, False, False, False),
        (CallStatus.CHIUSO, False, False, False),
        (CallStatus.IN_VALUTAZIONE, True, True, False),
        (CallStatus.GRADUATORIA_APPROVATA, True, True, True),
    ],
)
def test_locks_by_state(status: CallStatus, grid: bool, finances: bool, outcome: bool) -> None:
    assert (grid_locked(status), financial_rules_locked(status), outcome_locked(status)) == (
        grid,
        finances,
        outcome,
    )
