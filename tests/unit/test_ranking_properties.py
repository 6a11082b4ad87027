"""Properties (hypothesis) of the graduatoria and of the automatic assignment, on random calls: bounded
totals, budget never exceeded, order independent of the input order, consecutive ranks, strict funding
order, a scorrimento that never takes money away; assignments that respect conflicts and quotas."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from coop_desktop.domain.assignment_plan import plan_assignments
from coop_desktop.domain.enums import RankingOutcome as O
from coop_desktop.domain.ranking import Candidate, RankingResult, RankingRules, compute_ranking, scorrimento
from coop_desktop.domain.scoring import CriterionRule, grid_maximum

FAST = settings(max_examples=100, deadline=None)
HALF = Decimal("0.5")
CENT = Decimal("0.01")
FUNDED = (O.FINANZIATA, O.FINANZIATA_PARZIALMENTE, O.AMMESSA_NON_FINANZIATA)


def half_points(top: Decimal) -> st.SearchStrategy[Decimal]:
    return st.integers(0, int(top * 2)).map(lambda n: Decimal(n) * HALF)


def cents(low: int, high: int) -> st.SearchStrategy[Decimal]:
    return st.integers(low, high).map(lambda n: (Decimal(n) * CENT).quantize(CENT))


@st.composite
def grids(draw: st.DrawFn) -> tuple[CriterionRule, ...]:
    size = draw(st.integers(1, 6))
    tie_orders = draw(st.permutations(range(1, size + 1)))
    criteria = []
    for i in range(size):
        top = draw(st.integers(1, 100).map(lambda n: Decimal(n) * HALF))
        floor = draw(st.none() | half_points(top / 2))
        tie = tie_orders[i] if draw(st.booleans()) else None
        criteria.append(CriterionRule(f"C{i}", top, floor, tie))
    return tuple(criteria)


@st.composite
def rankings(draw: st.DrawFn) -> tuple[RankingRules, list[Candidate]]:
    """A random call and its candidates. The structure comes from hypothesis; the many scores and amounts
    from a seeded generator, which keeps an example cheap (a few ms) even with 40 candidates."""
    grid = draw(grids())
    top = grid_maximum(grid)
    rules = RankingRules(
        # Round budgets (multiples of the round requests below) make exact fits common.
        budget=draw(cents(0, 50_000_000) | st.integers(0, 60).map(lambda n: Decimal(n * 5000))),
        criteria=grid,
        min_total_score=draw(st.none() | half_points(top * 3 / 4)),
        allow_partial_last=draw(st.booleans()),
    )
    count = draw(st.integers(1, 40))
    rng = random.Random(draw(st.integers(0, 2**32)))
    # A narrow range of points makes equal totals (and tie-breaks) common.
    narrow = draw(st.booleans())
    ids = rng.sample(range(1, 10_000), count)
    candidates = []
    for app_id in ids:
        evaluators = rng.randint(1, 5) if rng.random() > 0.05 else 0
        scores = {}
        for c in grid:
            steps = int(c.max_points * 2)
            low = rng.randint(0, steps) if not narrow else max(0, steps - 2)
            # Now and then an evaluator's form lacks a criterion: the candidate then has no total.
            if evaluators and rng.random() > 0.02:
                scores[c.code] = [Decimal(rng.randint(low, steps)) * HALF for _ in range(evaluators)]
        consensus = {
            c.code: Decimal(rng.randint(0, int(c.max_points * 100))) * CENT
            for c in grid
            if rng.random() < 0.15
        }
        candidates.append(
            Candidate(
                application_id=app_id,
                # Few numbers and days, so that protocol ties happen.
                protocol_number=f"2025/{rng.randint(1, 12)}",
                protocol_date=date(2025, 5, 1) + timedelta(days=rng.randint(0, 3)),
                requested_grant=Decimal(rng.choice([rng.randint(0, 10_000_000), rng.randint(0, 6) * 500_000]))
                * CENT,
                admissible=rng.random() > 0.15,
                scores=scores,
                complete=rng.random() > 0.2,
                consensus=consensus,
            )
        )
    return rules, candidates


def _summary(result: RankingResult) -> list[tuple[object, ...]]:
    return [
        (p.application_id, p.position, p.rank, p.total, p.outcome, p.grant, p.tie_break_note)
        for p in result.placements
    ]


@FAST
@given(rankings())
def test_totals_never_exceed_the_grid_maximum(case: tuple[RankingRules, list[Candidate]]) -> None:
    rules, candidates = case
    top = grid_maximum(rules.criteria)
    result = compute_ranking(rules, candidates)
    for p in result.placements:
        if p.total is not None:
            assert Decimal(0) <= p.total <= top
            assert p.total == sum(p.criterion_scores.values())
        for criterion in rules.criteria:
            if criterion.code in p.criterion_scores:
                assert 0 <= p.criterion_scores[criterion.code] <= criterion.max_points


@FAST
@given(rankings())
def test_grants_stay_within_budget_and_request(case: tuple[RankingRules, list[Candidate]]) -> None:
    rules, candidates = case
    requested = {c.application_id: c.requested_grant for c in candidates}
    result = compute_ranking(rules, candidates)
    assert result.committed <= rules.budget
    assert result.remaining >= 0
    for p in result.placements:
        assert 0 <= p.grant <= requested[p.application_id]
        if p.outcome is O.FINANZIATA:
            assert p.grant == requested[p.application_id]
        elif p.outcome is O.FINANZIATA_PARZIALMENTE:
            assert rules.allow_partial_last
            assert 0 < p.grant < requested[p.application_id]
        else:
            assert p.grant == 0


@FAST
@given(rankings(), st.randoms(use_true_random=False))
def test_the_input_order_does_not_matter(
    case: tuple[RankingRules, list[Candidate]], rnd: random.Random
) -> None:
    rules, candidates = case
    shuffled = list(candidates)
    rnd.shuffle(shuffled)
    first = compute_ranking(rules, candidates)
    second = compute_ranking(rules, shuffled)
    assert _summary(first) == _summary(second)
    assert first.provisional == second.provisional


@FAST
@given(rankings())
def test_ranks_and_positions_are_consecutive(case: tuple[RankingRules, list[Candidate]]) -> None:
    rules, candidates = case
    result = compute_ranking(rules, candidates)
    placements = result.placements
    assert sorted(p.application_id for p in placements) == sorted(c.application_id for c in candidates)
    assert [p.position for p in placements] == list(range(1, len(placements) + 1))
    ranked = [p for p in placements if p.rank is not None]
    assert [p.rank for p in ranked] == list(range(1, len(ranked) + 1))
    # Ranked first, then not eligible, then not admissible.
    kinds = [0 if p.rank is not None else 1 if p.outcome is O.NON_IDONEA else 2 for p in placements]
    assert kinds == sorted(kinds)
    assert all(p.outcome in FUNDED for p in ranked)
    by_id = {c.application_id: c for c in candidates}
    for p in placements:
        candidate = by_id[p.application_id]
        if not candidate.admissible:
            assert (p.outcome, p.rank, p.total) == (O.NON_AMMISSIBILE, None, None)
    # Ranked lines in total order, highest first.
    totals = [p.total for p in ranked]
    assert totals == sorted(totals, reverse=True)  # type: ignore[type-var]
    assert result.provisional == any(c.admissible and not c.complete for c in candidates)


@FAST
@given(rankings())
def test_eligibility_follows_the_minima(case: tuple[RankingRules, list[Candidate]]) -> None:
    rules, candidates = case
    for p in compute_ranking(rules, candidates).placements:
        if p.outcome is O.NON_AMMISSIBILE:
            continue
        eligible = (
            p.total is not None
            and (rules.min_total_score is None or p.total >= rules.min_total_score)
            and all(
                p.criterion_scores[c.code] >= c.min_points for c in rules.criteria if c.min_points is not None
            )
        )
        assert (p.rank is not None) == eligible


@FAST
@given(rankings())
def test_funding_follows_the_strict_rank_order(case: tuple[RankingRules, list[Candidate]]) -> None:
    rules, candidates = case
    requested = {c.application_id: c.requested_grant for c in candidates}
    ranked = [p for p in compute_ranking(rules, candidates).placements if p.rank is not None]
    assert sum(1 for p in ranked if p.outcome is O.FINANZIATA_PARZIALMENTE) <= 1
    left = rules.budget
    stopped = False
    for p in ranked:
        if stopped:
            assert p.outcome is O.AMMESSA_NON_FINANZIATA
            continue
        if p.outcome is O.FINANZIATA:
            left -= p.grant
            continue
        # The first one not fully funded really did not fit.
        assert requested[p.application_id] > left
        if p.outcome is O.FINANZIATA_PARZIALMENTE:
            assert p.grant == left
        else:
            assert not (rules.allow_partial_last and left > 0)
        stopped = True


@FAST
@given(rankings(), st.data())
def test_scorrimento_never_takes_money_away(
    case: tuple[RankingRules, list[Candidate]], data: st.DataObject
) -> None:
    rules, candidates = case
    requested = {c.application_id: c.requested_grant for c in candidates}
    approved = compute_ranking(rules, candidates)
    ids = [p.application_id for p in approved.placements]
    gone = data.draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids)))
    dropped = {app: data.draw(st.sampled_from([O.RITIRATA, O.REVOCATA])) for app in gone}
    after = scorrimento(approved.placements, requested, dropped, rules.budget, rules.allow_partial_last)
    assert after.provisional is False
    assert after.committed <= rules.budget
    assert [p.application_id for p in after.placements] == ids
    before = approved.by_application()
    for p in after.placements:
        old = before[p.application_id]
        assert (p.position, p.rank, p.total) == (old.position, old.rank, old.total)
        assert 0 <= p.grant <= requested[p.application_id]
        if p.application_id in dropped:
            assert (p.outcome, p.grant) == (dropped[p.application_id], 0)
        else:
            assert p.grant >= old.grant
            if old.rank is None:
                assert p == old
    # A further scorrimento keeps the earlier drops and still never lowers a grant.
    rest = [p.application_id for p in after.placements if p.application_id not in dropped]
    more = data.draw(st.lists(st.sampled_from(rest), unique=True, max_size=3)) if rest else []
    again = scorrimento(
        after.placements, requested, dict.fromkeys(more, O.REVOCATA), rules.budget, rules.allow_partial_last
    )
    assert again.committed <= rules.budget
    for p, old in zip(again.placements, after.placements, strict=True):
        if old.outcome in (O.RITIRATA, O.REVOCATA):
            assert p.outcome is old.outcome and p.grant == 0
        elif p.application_id not in more:
            assert p.grant >= old.grant


AssignmentCase = tuple[list[int], list[int], int, dict[int, list[int]], set[tuple[int, int]]]

# --- automatic assignment ---------------------------------------------------------------------------------


@st.composite
def assignment_cases(draw: st.DrawFn) -> AssignmentCase:
    applications = draw(st.lists(st.integers(1, 60), unique=True, max_size=25))
    evaluators = draw(st.lists(st.integers(100, 111), unique=True, max_size=9))
    per_application = draw(st.integers(1, 4))
    # Holders may include a former committee member (ids up to 113).
    existing = {
        app: draw(st.lists(st.integers(100, 113), unique=True, max_size=3))
        for app in applications
        if draw(st.booleans())
    }
    pairs = [(a, e) for a in applications for e in evaluators]
    blocked = set(draw(st.lists(st.sampled_from(pairs), max_size=30))) if pairs else set()
    return applications, evaluators, per_application, existing, blocked


@settings(max_examples=200, deadline=None)
@given(assignment_cases())
def test_assignment_respects_conflicts_and_quotas(case: AssignmentCase) -> None:
    applications, evaluators, per_application, existing, blocked = case
    plan = plan_assignments(applications, evaluators, per_application, existing, blocked)
    assert plan == plan_assignments(applications, evaluators, per_application, existing, blocked)
    assert len(set(plan.pairs)) == len(plan.pairs)
    assert not set(plan.pairs) & blocked
    new = Counter(app for app, _ in plan.pairs)
    for app, evaluator in plan.pairs:
        assert app in applications and evaluator in evaluators
        assert evaluator not in existing.get(app, ())
    for app in applications:
        held = [e for e in existing.get(app, ()) if e in evaluators]
        free = [e for e in evaluators if e not in held and (app, e) not in blocked]
        want = max(0, per_application - len(held))
        assert new[app] == min(want, len(free))
        assert len(held) + new[app] == max(len(held), min(per_application, len(held) + len(free)))
        assert plan.short.get(app, 0) == want - new[app]
    expected_load = Counter({e: 0 for e in evaluators})
    for holders in existing.values():
        expected_load.update(e for e in holders if e in evaluators)
    expected_load.update(e for _, e in plan.pairs)
    assert plan.load == dict(expected_load)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.integers(1, 200), unique=True, max_size=40),
    st.lists(st.integers(1000, 1020), unique=True, min_size=1, max_size=10),
    st.integers(1, 5),
)
def test_without_conflicts_loads_differ_by_at_most_one(
    applications: list[int], evaluators: list[int], per_application: int
) -> None:
    plan = plan_assignments(applications, evaluators, per_application)
    loads = list(plan.load.values())
    assert max(loads) - min(loads) <= 1
    assert sum(loads) == len(plan.pairs) == len(applications) * min(per_application, len(evaluators))
