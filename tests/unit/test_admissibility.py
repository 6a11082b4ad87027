"""Formal admissibility rules, pinned on the edge values the issue names."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coop_desktop.domain.admissibility import (
    ACTOR_TYPE,
    COFUNDING,
    DEADLINE,
    MAX_GRANT,
    ApplicationFacts,
    CallRules,
    RecordedCheck,
    automatic_checks,
    cofunding,
    cofunding_pct,
    verdict,
)
from coop_desktop.domain.enums import ActorType, CheckOutcome

RULES = CallRules(
    deadline=date(2026, 3, 31),
    max_grant=Decimal("40000.00"),
    min_cofunding_pct=Decimal("20.00"),
    eligible_types=(ActorType.ENTE_LOCALE, ActorType.ASSOCIAZIONE),
)
GOOD = ApplicationFacts(ActorType.ASSOCIAZIONE, date(2026, 3, 1), Decimal("50000.00"), Decimal("40000.00"))


def _outcomes(rules: CallRules, facts: ApplicationFacts) -> dict[str, CheckOutcome]:
    return {c.code: c.outcome for c in automatic_checks(rules, facts)}


def test_exactly_the_limits_pass() -> None:
    # Deadline day, requested == maximum, co-funding exactly 20 %.
    facts = ApplicationFacts(
        ActorType.ENTE_LOCALE, date(2026, 3, 31), Decimal("50000.00"), Decimal("40000.00")
    )
    assert set(_outcomes(RULES, facts).values()) == {CheckOutcome.SUPERATO}


def test_one_day_one_cent_one_hundredth_of_a_percent_too_far_fail() -> None:
    late = ApplicationFacts(ActorType.ENTE_LOCALE, date(2026, 4, 1), Decimal("50000.00"), Decimal("40000.00"))
    assert _outcomes(RULES, late)[DEADLINE] is CheckOutcome.NON_SUPERATO
    greedy = ApplicationFacts(
        ActorType.ENTE_LOCALE, date(2026, 3, 1), Decimal("60000.00"), Decimal("40000.01")
    )
    assert _outcomes(RULES, greedy)[MAX_GRANT] is CheckOutcome.NON_SUPERATO
    # 10,000.00 of 50,000.01 is 19.9999… %: below 20 %, even though it reads 20,00 % rounded.
    thin = ApplicationFacts(ActorType.ENTE_LOCALE, date(2026, 3, 1), Decimal("50000.01"), Decimal("40000.01"))
    result = {c.code: c for c in automatic_checks(RULES, thin)}[COFUNDING]
    assert result.outcome is CheckOutcome.NON_SUPERATO
    assert "19,99%" in result.reason and "inferiore al minimo del 20,00%" in result.reason


def test_reasons_are_the_italian_sentences_for_letters() -> None:
    facts = ApplicationFacts(ActorType.UNIVERSITA, date(2026, 4, 2), Decimal("45000.00"), Decimal("41000.00"))
    reasons = {c.code: c.reason for c in automatic_checks(RULES, facts)}
    assert reasons[ACTOR_TYPE] == (
        "La tipologia del capofila (Università) non è tra quelle ammesse dal bando "
        "(Associazione, Ente locale)."
    )
    assert reasons[DEADLINE] == "La domanda è pervenuta il 02/04/2026, dopo la scadenza del 31/03/2026."
    assert reasons[MAX_GRANT] == (
        "Il contributo richiesto (€ 41.000,00) supera il contributo massimo del bando (€ 40.000,00)."
    )
    assert reasons[COFUNDING] == (
        "Il cofinanziamento (€ 4.000,00, 8,88% del costo totale) è inferiore al minimo del 20,00% "
        "richiesto dal bando."
    )


def test_a_call_listing_no_types_admits_every_type_and_no_maximum_means_none() -> None:
    open_rules = CallRules(date(2026, 3, 31), None, Decimal("0"), ())
    facts = ApplicationFacts(ActorType.IMPRESA, date(2026, 3, 31), Decimal("10.00"), Decimal("10.00"))
    assert set(_outcomes(open_rules, facts).values()) == {CheckOutcome.SUPERATO}


def test_zero_total_cost_fails_cofunding_without_dividing_by_zero() -> None:
    facts = ApplicationFacts(ActorType.ENTE_LOCALE, date(2026, 3, 1), Decimal("0"), Decimal("0"))
    assert _outcomes(RULES, facts)[COFUNDING] is CheckOutcome.NON_SUPERATO
    assert cofunding_pct(Decimal("0"), Decimal("0")) == 0


def test_cofunding_amount_and_share() -> None:
    assert cofunding(Decimal("50000.00"), Decimal("40000.00")) == Decimal("10000.00")
    assert cofunding_pct(Decimal("50000.00"), Decimal("40000.00")) == Decimal("20")


def _passed(code: str) -> RecordedCheck:
    return RecordedCheck(code, CheckOutcome.SUPERATO, "ok")


AUTOMATIC_OK = [_passed(c) for c in (ACTOR_TYPE, DEADLINE, MAX_GRANT, COFUNDING)]


def test_verdict_needs_every_document_confirmed() -> None:
    docs = ["doc:1", "doc:2"]
    assert verdict(AUTOMATIC_OK, docs).admissible is None
    confirmed = [*AUTOMATIC_OK, _passed("doc:1"), _passed("doc:2")]
    assert verdict(confirmed, docs).admissible is True
    assert verdict(AUTOMATIC_OK, []).admissible is True


def test_failed_check_gives_its_reason_unless_overridden_with_a_written_reason() -> None:
    late = RecordedCheck(DEADLINE, CheckOutcome.NON_SUPERATO, "La domanda è pervenuta dopo la scadenza.")
    checks = [c for c in AUTOMATIC_OK if c.code != DEADLINE] + [late]
    result = verdict(checks, [])
    assert result.admissible is False and result.reasons == ("La domanda è pervenuta dopo la scadenza.",)
    overridden = RecordedCheck(
        DEADLINE, CheckOutcome.NON_SUPERATO, late.reason, "Ritardo del servizio postale"
    )
    assert verdict([c for c in AUTOMATIC_OK if c.code != DEADLINE] + [overridden], []).admissible is True


@pytest.mark.parametrize("missing", [ACTOR_TYPE, COFUNDING])
def test_missing_automatic_check_is_pending_not_admissible(missing: str) -> None:
    assert verdict([c for c in AUTOMATIC_OK if c.code != missing], []).admissible is None
