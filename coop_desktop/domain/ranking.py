"""The graduatoria: consensus of the evaluators, eligibility, order, tie-breaks and funding.

The rules, as the calls publish them:
1. Only admissible applications are scored and ranked; the others close the list as "non ammissibile".
2. Per criterion, the score is the mean of the submitted scores, rounded to the cent half-up; the
   total adds the rounded means. Evaluators diverging on a criterion by more than the call's threshold
   (a share of the criterion's maximum) flag it for the committee, whose consensus score, recorded
   with a reason, replaces the mean.
3. Eligible (idonea): total ≥ the call's minimum and each criterion ≥ its own minimum, when set.
4. Order: total, then the tie-break criteria in the call's order, highest first; then the earlier
   protocol date, then the protocol number.
5. Funding walks the order with the budget: the requested amount when it fits; the first one that
   does not fit gets what is left when the call allows partial funding; from then on nobody is funded
   (strict rank order: a later, smaller project is not moved up).
6. Missing submitted scores make the ranking provisional.
A scorrimento after an approved ranking keeps the order and walks the budget again without the
projects that gave up or lost their grant.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import NamedTuple

from coop_desktop.domain.enums import RankingOutcome
from coop_desktop.domain.formatting import format_date, format_number
from coop_desktop.domain.scoring import CENT, CriterionRule

ZERO = Decimal("0.00")
DROPPED = (RankingOutcome.RITIRATA, RankingOutcome.REVOCATA)


@dataclass(frozen=True, slots=True)
class RankingRules:
    """What the call fixes for its ranking."""

    budget: Decimal
    criteria: tuple[CriterionRule, ...]
    min_total_score: Decimal | None = None
    allow_partial_last: bool = False
    # Divergence threshold as a percentage of each criterion's maximum.
    divergence_threshold_pct: Decimal = Decimal("30")

    @property
    def tie_breakers(self) -> tuple[str, ...]:
        ordered = sorted(
            (c for c in self.criteria if c.tie_break_order is not None), key=lambda c: c.tie_break_order or 0
        )
        return tuple(c.code for c in ordered)


class ScoreStats(NamedTuple):
    """What the rules need of a criterion's submitted scores: how many, their sum, lowest and highest,
    in whole cents (points have two decimals at most). A large call's loader has the database add
    them up instead of handing over every score; a tuple of ints keeps 30,000 of them cheap."""

    count: int
    total_cents: int
    low_cents: int
    high_cents: int

    @classmethod
    def of(cls, values: Sequence[Decimal]) -> ScoreStats:
        cents = []
        for value in values:
            scaled = value * 100
            if scaled != scaled.to_integral_value():
                raise ValueError(f"Un punteggio ha al più due decimali: {value}.")
            cents.append(int(scaled))
        return cls(len(cents), sum(cents), min(cents), max(cents))

    @property
    def mean(self) -> Decimal:
        """Arithmetic mean rounded to the cent, half-up (7.125 → 7.13)."""
        # Half-up in whole cents with integers (points are never negative): floor(total/count + 1/2).
        return Decimal((2 * self.total_cents + self.count) // (2 * self.count)).scaleb(-2)

    @property
    def low(self) -> Decimal:
        return Decimal(self.low_cents).scaleb(-2)

    @property
    def high(self) -> Decimal:
        return Decimal(self.high_cents).scaleb(-2)


@dataclass(frozen=True, slots=True)
class Candidate:
    """An application as the ranking sees it."""

    application_id: int
    protocol_number: str
    protocol_date: date
    requested_grant: Decimal
    admissible: bool = True
    # Submitted points per criterion code: one value per evaluator who submitted the form.
    scores: Mapping[str, Sequence[Decimal]] = field(default_factory=dict)
    # Every evaluator assigned to it (and at least one) has submitted.
    complete: bool = True
    # The committee's consensus scores, replacing the mean of their criterion.
    consensus: Mapping[str, Decimal] = field(default_factory=dict)
    # The same submitted scores summed up per criterion (instead of `scores`, when given).
    stats: Mapping[str, ScoreStats] | None = None

    def score_stats(self, code: str) -> ScoreStats | None:
        if self.stats is not None:
            return self.stats.get(code)
        values = self.scores.get(code)
        return ScoreStats.of(values) if values else None


@dataclass(frozen=True, slots=True)
class Divergence:
    """A criterion on which the evaluators' scores are further apart than the threshold."""

    code: str
    low: Decimal
    high: Decimal
    threshold: Decimal

    @property
    def spread(self) -> Decimal:
        return self.high - self.low


@dataclass(frozen=True, slots=True)
class Placement:
    """One line of the graduatoria."""

    application_id: int
    position: int
    rank: int | None
    total: Decimal | None
    criterion_scores: Mapping[str, Decimal]
    outcome: RankingOutcome
    grant: Decimal
    tie_break_note: str | None = None
    complete: bool = True


@dataclass(frozen=True, slots=True)
class RankingResult:
    placements: tuple[Placement, ...]
    provisional: bool
    budget: Decimal

    @property
    def committed(self) -> Decimal:
        return sum((p.grant for p in self.placements), ZERO)

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.committed

    def by_application(self) -> dict[int, Placement]:
        return {p.application_id: p for p in self.placements}


def mean(values: Sequence[Decimal]) -> Decimal:
    """Arithmetic mean rounded to the cent, half-up (7.125 → 7.13)."""
    return (sum(values, Decimal(0)) / len(values)).quantize(CENT, rounding=ROUND_HALF_UP)


def criterion_scores(candidate: Candidate, rules: RankingRules) -> dict[str, Decimal]:
    """The application's score on each criterion that has one: consensus, or the rounded mean."""
    result: dict[str, Decimal] = {}
    for criterion in rules.criteria:
        if criterion.code in candidate.consensus:
            result[criterion.code] = candidate.consensus[criterion.code].quantize(
                CENT, rounding=ROUND_HALF_UP
            )
        else:
            stats = candidate.score_stats(criterion.code)
            if stats is not None:
                result[criterion.code] = stats.mean
    return result


def divergence_threshold(criterion: CriterionRule, rules: RankingRules) -> Decimal:
    return (criterion.max_points * rules.divergence_threshold_pct / 100).quantize(
        CENT, rounding=ROUND_HALF_UP
    )


@functools.lru_cache(maxsize=16)
def _threshold_cents(rules: RankingRules) -> tuple[tuple[str, Decimal, Decimal], ...]:
    """(code, threshold, threshold in cents) per criterion, worked out once per call's rules."""
    return tuple(
        (c.code, threshold, threshold * 100)
        for c in rules.criteria
        for threshold in (divergence_threshold(c, rules),)
    )


def divergences(candidate: Candidate, rules: RankingRules) -> list[Divergence]:
    """Criteria whose submitted scores differ by more than the threshold (highest minus lowest)."""
    found = []
    for code, threshold, limit in _threshold_cents(rules):
        stats = candidate.score_stats(code)
        if stats is None or stats.count < 2:
            continue
        if stats.high_cents - stats.low_cents > limit:
            found.append(Divergence(code, stats.low, stats.high, threshold))
    return found


def is_eligible(scores: Mapping[str, Decimal], total: Decimal, rules: RankingRules) -> bool:
    if rules.min_total_score is not None and total < rules.min_total_score:
        return False
    return all(scores[c.code] >= c.min_points for c in rules.criteria if c.min_points is not None)


_DIGIT_RUNS = re.compile(r"(\d+)")


def protocol_key(number: str) -> tuple[str | int, ...]:
    """Protocol numbers in natural order: "2025/9" before "2025/10". Splitting on digit runs puts
    text at even places and numbers at odd ones, so any two keys compare without mixing types."""
    parts: list[str | int] = _DIGIT_RUNS.split(number.strip().upper())
    parts[1::2] = [int(p) for p in parts[1::2]]  # type: ignore[arg-type]
    return tuple(parts)


def allocate(
    requests: Sequence[Decimal], budget: Decimal, allow_partial_last: bool
) -> list[tuple[RankingOutcome, Decimal]]:
    """Walk the eligible projects in rank order with the budget (rule 5)."""
    left = budget
    stopped = False
    result = []
    for requested in requests:
        if not stopped and requested <= left:
            result.append((RankingOutcome.FINANZIATA, requested))
            left -= requested
            continue
        if not stopped and allow_partial_last and left > 0:
            result.append((RankingOutcome.FINANZIATA_PARZIALMENTE, left))
            left = ZERO
        else:
            result.append((RankingOutcome.AMMESSA_NON_FINANZIATA, ZERO))
        stopped = True
    return result


@dataclass(slots=True)
class _Line:
    """An application while the ranking is worked out, its scores in whole cents (integers are
    several times faster than Decimal, and a large call has 5,000 lines)."""

    candidate: Candidate
    cents: dict[str, int]
    total: int | None
    eligible: bool
    notes: list[str] = field(default_factory=list)


def _cents(value: Decimal) -> int:
    return int(value.quantize(CENT, rounding=ROUND_HALF_UP).scaleb(2))


def _points(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)


def _line(candidate: Candidate, rules: RankingRules, codes: Sequence[str]) -> _Line:
    cents: dict[str, int] = {}
    for code in codes:
        agreed = candidate.consensus.get(code)
        if agreed is not None:
            cents[code] = _cents(agreed)
            continue
        stats = candidate.score_stats(code)
        if stats is not None:
            # The mean rounded half-up to the cent (ScoreStats.mean), kept in cents.
            cents[code] = (2 * stats.total_cents + stats.count) // (2 * stats.count)
    if not codes or len(cents) < len(codes):
        note = (
            "Punteggi incompleti: non tutti i criteri hanno un punteggio inviato."
            if cents
            else "Nessuna scheda di valutazione inviata."
        )
        return _Line(candidate, cents, None, False, [note])
    total = sum(cents.values())
    eligible = (rules.min_total_score is None or total >= rules.min_total_score * 100) and all(
        cents[c.code] >= c.min_points * 100 for c in rules.criteria if c.min_points is not None
    )
    return _Line(candidate, cents, total, eligible)


def _order_key(line: _Line, tie_breakers: Sequence[str]) -> tuple[object, ...]:
    c = line.candidate
    return (
        line.total is None,
        -(line.total or 0),
        *(-line.cents.get(code, 0) for code in tie_breakers),
        c.protocol_date,
        protocol_key(c.protocol_number),
        c.application_id,
    )


def tie_reason(first: _Line, second: _Line, tie_breakers: Sequence[str]) -> str:
    """The rule that put `first` before `second` when their totals are equal."""
    for code in tie_breakers:
        a, b = first.cents.get(code, 0), second.cents.get(code, 0)
        if a != b:
            return (
                f"per il punteggio del criterio {code} ({format_number(_points(a))} contro "
                f"{format_number(_points(b))})"
            )
    one, two = first.candidate, second.candidate
    if one.protocol_date != two.protocol_date:
        return (
            f"per la data di protocollo ({format_date(one.protocol_date)} contro "
            f"{format_date(two.protocol_date)})"
        )
    return "per il numero di protocollo"


def compute_ranking(rules: RankingRules, candidates: Iterable[Candidate]) -> RankingResult:
    """The graduatoria in printing order: eligible by rank, then not eligible, then not admissible."""
    lines: list[_Line] = []
    rejected: list[Candidate] = []
    provisional = False
    codes = [c.code for c in rules.criteria]
    for candidate in candidates:
        if not candidate.admissible:
            rejected.append(candidate)
            continue
        provisional = provisional or not candidate.complete
        lines.append(_line(candidate, rules, codes))
    tie_breakers = rules.tie_breakers
    eligible = sorted((x for x in lines if x.eligible), key=lambda x: _order_key(x, tie_breakers))
    others = sorted((x for x in lines if not x.eligible), key=lambda x: _order_key(x, tie_breakers))
    for first, second in itertools.pairwise(eligible):
        if first.total == second.total:
            reason = tie_reason(first, second, tie_breakers)
            total = format_number(_points(first.total or 0))
            first.notes.append(
                f"A parità di punteggio ({total}) precede la domanda prot. "
                f"{second.candidate.protocol_number} {reason}."
            )
            second.notes.append(
                f"A parità di punteggio ({total}) segue la domanda prot. "
                f"{first.candidate.protocol_number} {reason}."
            )
    funding = allocate(
        [x.candidate.requested_grant for x in eligible], rules.budget, rules.allow_partial_last
    )
    placements: list[Placement] = []
    position = itertools.count(1)
    for rank, (line, (outcome, grant)) in enumerate(zip(eligible, funding, strict=True), start=1):
        placements.append(_placement(line, next(position), rank, outcome, grant))
    for line in others:
        placements.append(_placement(line, next(position), None, RankingOutcome.NON_IDONEA, ZERO))
    for candidate in sorted(
        rejected, key=lambda c: (c.protocol_date, protocol_key(c.protocol_number), c.application_id)
    ):
        placements.append(
            Placement(
                candidate.application_id,
                next(position),
                None,
                None,
                {},
                RankingOutcome.NON_AMMISSIBILE,
                ZERO,
            )
        )
    return RankingResult(tuple(placements), provisional, rules.budget)


def _placement(
    line: _Line, position: int, rank: int | None, outcome: RankingOutcome, grant: Decimal
) -> Placement:
    return Placement(
        application_id=line.candidate.application_id,
        position=position,
        rank=rank,
        total=None if line.total is None else _points(line.total),
        criterion_scores={code: _points(value) for code, value in line.cents.items()},
        outcome=outcome,
        grant=grant,
        tie_break_note=" ".join(line.notes) or None,
        complete=line.candidate.complete,
    )


def scorrimento(
    previous: Sequence[Placement],
    requested: Mapping[int, Decimal],
    dropped: Mapping[int, RankingOutcome],
    budget: Decimal,
    allow_partial_last: bool,
) -> RankingResult:
    """A new version of an approved ranking after withdrawals or revocations: same order and ranks,
    the dropped projects marked and unfunded, the budget walked again down the list."""
    for application_id, outcome in dropped.items():
        if outcome not in DROPPED:
            raise ValueError(f"Esito non valido per lo scorrimento: {outcome.label}.")
        if application_id not in {p.application_id for p in previous}:
            raise ValueError("La domanda non è nella graduatoria.")
    ranked = [
        p
        for p in previous
        if p.rank is not None and p.application_id not in dropped and p.outcome not in DROPPED
    ]
    funding = dict(
        zip(
            (p.application_id for p in ranked),
            allocate([requested[p.application_id] for p in ranked], budget, allow_partial_last),
            strict=True,
        )
    )
    placements = []
    for p in previous:
        if p.application_id in dropped:
            placements.append(_replace(p, dropped[p.application_id], ZERO))
        elif p.application_id in funding:
            outcome, grant = funding[p.application_id]
            placements.append(_replace(p, outcome, grant))
        else:
            placements.append(p)
    return RankingResult(tuple(placements), False, budget)


def _replace(p: Placement, outcome: RankingOutcome, grant: Decimal) -> Placement:
    return Placement(
        p.application_id,
        p.position,
        p.rank,
        p.total,
        p.criterion_scores,
        outcome,
        grant,
        p.tie_break_note,
        p.complete,
    )
