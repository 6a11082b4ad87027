"""Formal admissibility (istruttoria formale) of an application against its call's rules.

Plain data in, plain results out: the service reads the call and the application, these functions
decide. The reasons are written for the letters and the decree annex and go there verbatim.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_DOWN, Decimal

from coop_desktop.domain.enums import ActorType, CheckOutcome
from coop_desktop.domain.formatting import format_date, format_money, format_percent

ACTOR_TYPE = "actor_type"
DEADLINE = "deadline"
MAX_GRANT = "max_grant"
COFUNDING = "cofunding"
AUTOMATIC_CHECKS = (ACTOR_TYPE, DEADLINE, MAX_GRANT, COFUNDING)
DOCUMENT_PREFIX = "doc:"

CHECK_LABELS = {
    ACTOR_TYPE: "Tipologia del capofila ammessa",
    DEADLINE: "Domanda pervenuta entro la scadenza",
    MAX_GRANT: "Contributo richiesto entro il massimo",
    COFUNDING: "Cofinanziamento minimo",
}

_CENT = Decimal("0.01")
_HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class CallRules:
    """What of a call the automatic checks read."""

    deadline: date | None
    max_grant: Decimal | None
    min_cofunding_pct: Decimal
    # Empty: every type of actor may lead an application.
    eligible_types: Collection[ActorType] = ()


@dataclass(frozen=True, slots=True)
class ApplicationFacts:
    lead_type: ActorType
    received_on: date
    total_cost: Decimal
    requested_grant: Decimal


@dataclass(frozen=True, slots=True)
class CheckResult:
    code: str
    outcome: CheckOutcome
    reason: str

    @property
    def passed(self) -> bool:
        return self.outcome is CheckOutcome.SUPERATO


def cofunding(total_cost: Decimal, requested_grant: Decimal) -> Decimal:
    """The applicant's own share in euro: total cost minus the grant requested."""
    return total_cost - requested_grant


def cofunding_pct(total_cost: Decimal, requested_grant: Decimal) -> Decimal:
    """Co-funding as a percentage of the total cost, exact (not rounded); 0 for a zero cost."""
    if total_cost <= 0:
        return Decimal(0)
    return cofunding(total_cost, requested_grant) * _HUNDRED / total_cost


def share_text(value: Decimal) -> str:
    """A computed share with two decimals, cut (not rounded) so that 19,996 % never reads as a
    20,00 % that fails a 20 % minimum."""
    return format_percent(value.quantize(_CENT, rounding=ROUND_DOWN))


def _check(code: str, ok: bool, passed: str, failed: str) -> CheckResult:
    return CheckResult(
        code, CheckOutcome.SUPERATO if ok else CheckOutcome.NON_SUPERATO, passed if ok else failed
    )


def automatic_checks(rules: CallRules, facts: ApplicationFacts) -> list[CheckResult]:
    """The four automatic checks, in a fixed order, each with its reason in Italian."""
    results = []
    lead = facts.lead_type.label
    if not rules.eligible_types:
        results.append(
            CheckResult(ACTOR_TYPE, CheckOutcome.SUPERATO, "Il bando ammette ogni tipologia di soggetto.")
        )
    else:
        allowed = ", ".join(sorted(t.label for t in rules.eligible_types))
        results.append(
            _check(
                ACTOR_TYPE,
                facts.lead_type in rules.eligible_types,
                f"La tipologia del capofila ({lead}) è tra quelle ammesse dal bando.",
                f"La tipologia del capofila ({lead}) non è tra quelle ammesse dal bando ({allowed}).",
            )
        )
    if rules.deadline is None:
        results.append(
            CheckResult(DEADLINE, CheckOutcome.DA_VERIFICARE, "Il bando non indica una data di scadenza.")
        )
    else:
        received, deadline = format_date(facts.received_on), format_date(rules.deadline)
        results.append(
            _check(
                DEADLINE,
                facts.received_on <= rules.deadline,
                f"La domanda è pervenuta il {received}, entro la scadenza del {deadline}.",
                f"La domanda è pervenuta il {received}, dopo la scadenza del {deadline}.",
            )
        )
    requested = format_money(facts.requested_grant)
    if rules.max_grant is None:
        results.append(
            CheckResult(MAX_GRANT, CheckOutcome.SUPERATO, "Il bando non fissa un contributo massimo.")
        )
    else:
        maximum = format_money(rules.max_grant)
        results.append(
            _check(
                MAX_GRANT,
                facts.requested_grant <= rules.max_grant,
                f"Il contributo richiesto ({requested}) non supera il massimo del bando ({maximum}).",
                f"Il contributo richiesto ({requested}) supera il contributo massimo del bando ({maximum}).",
            )
        )
    share = cofunding_pct(facts.total_cost, facts.requested_grant)
    minimum = format_percent(rules.min_cofunding_pct)
    if facts.total_cost <= 0:
        results.append(
            CheckResult(COFUNDING, CheckOutcome.NON_SUPERATO, "Il costo totale del progetto non è indicato.")
        )
    else:
        own = format_money(cofunding(facts.total_cost, facts.requested_grant))
        results.append(
            _check(
                COFUNDING,
                share >= rules.min_cofunding_pct,
                f"Il cofinanziamento ({own}, {share_text(share)} del costo totale) raggiunge il minimo "
                f"del {minimum}.",
                f"Il cofinanziamento ({own}, {share_text(share)} del costo totale) è inferiore al minimo "
                f"del {minimum} richiesto dal bando.",
            )
        )
    return results


@dataclass(frozen=True, slots=True)
class RecordedCheck:
    """A check as stored: its outcome, and an officer's override with the written reason."""

    code: str
    outcome: CheckOutcome
    reason: str
    override_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Verdict:
    admissible: bool | None  # None: manual items still to confirm
    # Verbatim reasons of the failed checks, for the letter and the decree annex.
    reasons: tuple[str, ...]


def verdict(checks: Sequence[RecordedCheck], document_codes: Collection[str]) -> Verdict:
    """Admissible when every automatic check passes (or was overridden with a reason) and every
    required document is confirmed; not admissible as soon as one fails."""
    by_code = {c.code: c for c in checks}
    failed: list[str] = []
    pending = False
    for code in (*AUTOMATIC_CHECKS, *document_codes):
        check = by_code.get(code)
        if check is None or check.outcome is CheckOutcome.DA_VERIFICARE:
            if check is not None and check.override_reason:
                continue
            pending = True
        elif check.outcome is CheckOutcome.NON_SUPERATO and not check.override_reason:
            failed.append(check.reason)
    if failed:
        return Verdict(False, tuple(failed))
    return Verdict(None if pending else True, ())
