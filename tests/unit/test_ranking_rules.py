"""The graduatoria rules (domain/ranking), each pinned on the case that would break it: admissibility,
half-up means and their sum, divergence and consensus, eligibility, order and tie-break notes, funding,
provisional rankings and the scorrimento."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

import pytest

from coop_desktop.domain.enums import RankingOutcome as O
from coop_desktop.domain.ranking import (
    Candidate,
    Placement,
    RankingResult,
    RankingRules,
    allocate,
    compute_ranking,
    criterion_scores,
    divergence_threshold,
    divergences,
    is_eligible,
    mean,
    protocol_key,
    scorrimento,
)
from coop_desktop.domain.scoring import CriterionRule

D = Decimal
DAY = date(2026, 3, 2)

A = CriterionRule("A", D("10"))
B = CriterionRule("B", D("10"))
CRITERIA = (A, B)


def rules(
    budget: str = "1000000",
    criteria: tuple[CriterionRule, ...] = CRITERIA,
    min_total: str | None = None,
    partial: bool = False,
    pct: str = "30",
) -> RankingRules:
    return RankingRules(
        budget=D(budget),
        criteria=criteria,
        min_total_score=None if min_total is None else D(min_total),
        allow_partial_last=partial,
        divergence_threshold_pct=D(pct),
    )


def cand(
    app_id: int,
    scores: Mapping[str, Sequence[str | int]] | None = None,
    *,
    requested: str = "10000",
    protocol: str | None = None,
    day: date = DAY,
    admissible: bool = True,
    complete: bool = True,
    consensus: Mapping[str, str] | None = None,
) -> Candidate:
    return Candidate(
        application_id=app_id,
        protocol_number=protocol or f"2026/{app_id}",
        protocol_date=day,
        requested_grant=D(requested),
        admissible=admissible,
        scores={code: [D(str(v)) for v in values] for code, values in (scores or {}).items()},
        complete=complete,
        consensus={code: D(v) for code, v in (consensus or {}).items()},
    )


def flat(app_id: int, a: str | int, b: str | int, **kwargs: object) -> Candidate:
    """A candidate with a single evaluator's scores on A and B."""
    return cand(app_id, {"A": [a], "B": [b]}, **kwargs)  # type: ignore[arg-type]


def order(result: RankingResult) -> list[int]:
    return [p.application_id for p in result.placements]


def outcomes(result: RankingResult) -> dict[int, O]:
    return {p.application_id: p.outcome for p in result.placements}


def grants(result: RankingResult) -> dict[int, Decimal]:
    return {p.application_id: p.grant for p in result.placements}


# --- 1. only admissible applications are scored and ranked ----------------------------------------------


def test_non_admissible_comes_last_unscored_even_with_the_best_scores() -> None:
    result = compute_ranking(
        rules(min_total="10"),
        [
            flat(1, 10, 10, admissible=False),
            flat(2, 6, 6),
            flat(3, 2, 2),  # non idonea
            cand(4),  # no scores
        ],
    )
    assert order(result) == [2, 3, 4, 1]
    last = result.placements[-1]
    assert last.outcome is O.NON_AMMISSIBILE
    assert last.rank is None
    assert last.total is None
    assert last.grant == 0
    assert last.criterion_scores == {}
    assert last.position == 4
    assert result.by_application()[2].rank == 1


def test_non_admissible_are_never_funded_and_never_make_the_ranking_provisional() -> None:
    result = compute_ranking(rules(budget="50000"), [flat(1, 10, 10, admissible=False, complete=False)])
    assert result.provisional is False
    assert result.placements[0].grant == 0
    assert result.committed == 0
    assert result.remaining == D("50000")


def test_non_admissible_are_listed_by_protocol_date_then_number() -> None:
    result = compute_ranking(
        rules(),
        [
            cand(1, protocol="2026/10", admissible=False),
            cand(2, protocol="2026/9", admissible=False),
            cand(3, protocol="2026/1", day=date(2026, 3, 5), admissible=False),
        ],
    )
    assert order(result) == [2, 1, 3]
    assert [p.position for p in result.placements] == [1, 2, 3]


# --- 2. mean of the submitted scores, half-up, and the sum of the rounded means -------------------------


def test_mean_rounds_half_up_not_to_even() -> None:
    assert mean([D("7.125")]) == D("7.13")
    assert mean([D("0.005")]) == D("0.01")
    assert mean([D("0.025")]) == D("0.03")  # half-even would give 0.02
    assert mean([D("7.124")]) == D("7.12")
    assert str(mean([D("8")])) == "8.00"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["7", "7", "7.5"], "7.17"),  # 7.1666…
        (["8", "8.5", "8.5", "9"], "8.50"),
        (["7.5", "7", "7", "7", "7", "7", "7", "7"], "7.06"),  # 7.0625
        (["7", "7", "7", "7.5"], "7.13"),  # 7.125: a true half, rounded up
        (["7", "7", "7.5", "7.5", "7.5", "7.5", "7.5", "7.5"], "7.38"),  # 7.375
        (["1", "1", "1.5"], "1.17"),
        (["0", "0", "0.5"], "0.17"),
        (["9.5", "10", "10"], "9.83"),
    ],
)
def test_mean_of_half_points(values: list[str], expected: str) -> None:
    assert mean([D(v) for v in values]) == D(expected)


def test_criterion_score_is_the_rounded_mean_of_the_submitted_scores() -> None:
    candidate = cand(1, {"A": [7, 7, 7, "7.5"], "B": [7, 7, "7.5"]})
    assert criterion_scores(candidate, rules()) == {"A": D("7.13"), "B": D("7.17")}
    placement = compute_ranking(rules(), [candidate]).placements[0]
    assert placement.criterion_scores == {"A": D("7.13"), "B": D("7.17")}


def test_total_is_the_sum_of_the_rounded_means() -> None:
    # Unrounded: 7.125 + 7.125 = 14.25; rounded means: 7.13 + 7.13 = 14.26.
    candidate = cand(1, {"A": [7, 7, 7, "7.5"], "B": [7, 7, 7, "7.5"]})
    assert compute_ranking(rules(), [candidate]).placements[0].total == D("14.26")
    # Unrounded: 7.1666… + 8.1666… = 15.333…; rounded means: 7.17 + 8.17 = 15.34.
    other = cand(2, {"A": [7, 7, "7.5"], "B": [8, 8, "8.5"]})
    assert compute_ranking(rules(), [other]).placements[0].total == D("15.34")


def test_eligibility_and_order_use_the_sum_of_the_rounded_means() -> None:
    rounded_up = cand(1, {"A": [7, 7, 7, "7.5"], "B": [7, 7, 7, "7.5"]})  # 14.26 (unrounded 14.25)
    flat_1425 = cand(2, {"A": [7], "B": [7]}, consensus={"A": "7.25"})  # 14.25
    result = compute_ranking(rules(min_total="14.26"), [flat_1425, rounded_up])
    assert outcomes(result) == {1: O.FINANZIATA, 2: O.NON_IDONEA}
    assert order(result) == [1, 2]


def test_criteria_outside_the_grid_are_ignored() -> None:
    candidate = cand(1, {"A": [5], "B": [5], "Z": [10]})
    placement = compute_ranking(rules(), [candidate]).placements[0]
    assert placement.total == D("10")
    assert set(placement.criterion_scores) == {"A", "B"}


# --- 3. divergence and consensus --------------------------------------------------------------------------


def test_divergence_threshold_is_a_share_of_the_maximum() -> None:
    assert divergence_threshold(A, rules()) == D("3.00")
    assert divergence_threshold(CriterionRule("X", D("15")), rules()) == D("4.50")
    assert divergence_threshold(A, rules(pct="20")) == D("2.00")


def test_divergence_exactly_at_the_threshold_is_not_flagged() -> None:
    assert divergences(cand(1, {"A": [7, 10], "B": [4, 7]}), rules()) == []


def test_divergence_above_the_threshold_is_flagged() -> None:
    found = divergences(cand(1, {"A": ["6.5", 10], "B": [5, 5]}), rules())
    assert len(found) == 1
    div = found[0]
    assert (div.code, div.low, div.high, div.threshold, div.spread) == (
        "A",
        D("6.5"),
        D("10"),
        D("3"),
        D("3.5"),
    )


def test_divergence_uses_highest_minus_lowest_among_many() -> None:
    found = divergences(cand(1, {"A": [5, 6, 7, 8, 9]}), rules())
    assert [(d.code, d.low, d.high) for d in found] == [("A", D("5"), D("9"))]
    assert divergences(cand(1, {"A": [5, 6, 7, 8]}), rules()) == []


def test_divergence_on_a_fifteen_point_criterion_and_a_custom_threshold() -> None:
    big = CriterionRule("X", D("15"))
    grid = (big,)
    assert divergences(cand(1, {"X": [5, "9.5"]}), rules(criteria=grid)) == []
    assert [d.code for d in divergences(cand(1, {"X": [5, 10]}), rules(criteria=grid))] == ["X"]
    # 20 % of 10 = 2 points.
    assert divergences(cand(1, {"A": [7, 9]}), rules(pct="20")) == []
    assert [d.code for d in divergences(cand(1, {"A": [7, "9.5"]}), rules(pct="20"))] == ["A"]


def test_a_single_score_never_diverges() -> None:
    assert divergences(cand(1, {"A": [0], "B": [10]}), rules(pct="0")) == []
    assert divergences(cand(1, {}), rules()) == []


def test_divergence_lists_every_flagged_criterion_in_grid_order() -> None:
    found = divergences(cand(1, {"B": [0, 10], "A": [0, 10]}), rules())
    assert [d.code for d in found] == ["A", "B"]


def test_consensus_replaces_the_mean_and_changes_total_and_order() -> None:
    # 1: A diverges (2 vs 10, mean 6); the committee agrees on 9. Without it 2 (total 13) beats 1 (12).
    one = cand(1, {"A": [2, 10], "B": [6]})
    two = cand(2, {"A": [7], "B": [6]})
    assert order(compute_ranking(rules(), [one, two])) == [2, 1]
    agreed = cand(1, {"A": [2, 10], "B": [6]}, consensus={"A": "9"})
    result = compute_ranking(rules(), [agreed, two])
    assert order(result) == [1, 2]
    first = result.placements[0]
    assert first.criterion_scores == {"A": D("9.00"), "B": D("6.00")}
    assert first.total == D("15")


def test_consensus_changes_eligibility() -> None:
    grid = (CriterionRule("A", D("10"), D("6")), B)
    low = cand(1, {"A": [3, 8], "B": [10]})  # mean 5.50 < 6
    assert outcomes(compute_ranking(rules(criteria=grid), [low])) == {1: O.NON_IDONEA}
    agreed = cand(1, {"A": [3, 8], "B": [10]}, consensus={"A": "6"})
    assert outcomes(compute_ranking(rules(criteria=grid), [agreed])) == {1: O.FINANZIATA}


def test_consensus_counts_even_without_submitted_scores_on_that_criterion() -> None:
    candidate = cand(1, {"B": [4]}, consensus={"A": "5"})
    assert compute_ranking(rules(), [candidate]).placements[0].total == D("9")


# --- 4. eligibility ---------------------------------------------------------------------------------------


def test_total_equal_to_the_minimum_is_eligible() -> None:
    result = compute_ranking(rules(min_total="12"), [flat(1, 6, 6), flat(2, 6, "5.5")])
    assert outcomes(result) == {1: O.FINANZIATA, 2: O.NON_IDONEA}
    assert is_eligible({"A": D("6"), "B": D("6")}, D("12"), rules(min_total="12"))
    assert not is_eligible({"A": D("6"), "B": D("5.99")}, D("11.99"), rules(min_total="12"))


def test_criterion_minimum_applies_even_with_a_high_total() -> None:
    grid = (CriterionRule("A", D("10"), D("6")), CriterionRule("B", D("30")))
    result = compute_ranking(
        rules(criteria=grid, min_total="10"),
        [cand(1, {"A": ["5.5"], "B": [30]}), cand(2, {"A": [6], "B": [4]})],
    )
    assert outcomes(result) == {2: O.FINANZIATA, 1: O.NON_IDONEA}
    assert order(result) == [2, 1]


def test_without_a_call_minimum_only_the_criterion_minima_count() -> None:
    grid = (CriterionRule("A", D("10"), D("6")), B)
    result = compute_ranking(rules(criteria=grid), [cand(1, {"A": [6], "B": [0]})])
    assert outcomes(result) == {1: O.FINANZIATA}
    assert is_eligible({"A": D("0"), "B": D("0")}, D("0"), rules())


def test_not_eligible_lines_come_after_eligible_and_before_non_admissible() -> None:
    result = compute_ranking(
        rules(min_total="12"),
        [
            flat(1, 10, 10, admissible=False),
            flat(2, 5, 5),
            flat(3, 6, 6),
            flat(4, 10, 1),
            flat(5, 9, 9),
        ],
    )
    assert order(result) == [5, 3, 4, 2, 1]
    by_id = result.by_application()
    for app in (4, 2):
        assert by_id[app].outcome is O.NON_IDONEA
        assert by_id[app].rank is None
        assert by_id[app].grant == 0
    # Not eligible still show their total, ordered by it.
    assert (by_id[4].total, by_id[2].total) == (D("11"), D("10"))
    assert [p.rank for p in result.placements] == [1, 2, None, None, None]
    assert [p.position for p in result.placements] == [1, 2, 3, 4, 5]


# --- 5. order and tie-breaks ------------------------------------------------------------------------------


def test_order_is_total_descending() -> None:
    result = compute_ranking(rules(), [flat(1, 5, 5), flat(2, 9, 9), flat(3, 7, "7.5")])
    assert order(result) == [2, 3, 1]
    assert [p.rank for p in result.placements] == [1, 2, 3]
    assert all(p.tie_break_note is None for p in result.placements)


def test_tie_breakers_follow_the_calls_order_not_the_grids() -> None:
    grid = (
        CriterionRule("A", D("10"), tie_break_order=2),
        CriterionRule("B", D("10"), tie_break_order=1),
        CriterionRule("C", D("10")),
    )
    assert rules(criteria=grid).tie_breakers == ("B", "A")
    # Same total 15: 1 has more A, 2 has more B → B decides.
    one = cand(1, {"A": [9], "B": [5], "C": [1]}, protocol="2026/1")
    two = cand(2, {"A": [4], "B": [6], "C": [5]}, protocol="2026/2")
    result = compute_ranking(rules(criteria=grid), [one, two])
    assert order(result) == [2, 1]
    first, second = result.placements
    assert first.tie_break_note is not None and second.tie_break_note is not None
    assert "per il punteggio del criterio B" in first.tie_break_note
    assert "precede la domanda prot. 2026/1" in first.tie_break_note
    assert "(6,00 contro 5,00)" in first.tie_break_note
    assert "A parità di punteggio (15,00)" in first.tie_break_note
    assert "per il punteggio del criterio B" in second.tie_break_note
    assert "segue la domanda prot. 2026/2" in second.tie_break_note


def test_second_tie_breaker_when_the_first_is_equal() -> None:
    grid = (
        CriterionRule("A", D("10"), tie_break_order=2),
        CriterionRule("B", D("10"), tie_break_order=1),
        CriterionRule("C", D("10")),
    )
    one = cand(1, {"A": [4], "B": [6], "C": [5]})
    two = cand(2, {"A": [5], "B": [6], "C": [4]})
    result = compute_ranking(rules(criteria=grid), [one, two])
    assert order(result) == [2, 1]
    assert "per il punteggio del criterio A" in (result.placements[0].tie_break_note or "")
    assert "per il punteggio del criterio A" in (result.placements[1].tie_break_note or "")


def test_criteria_without_tie_break_order_do_not_break_ties() -> None:
    # 1 and 2 tie on A (the only tie-breaker); 2 has more B, 1 more C, neither counts: the date decides.
    grid = (CriterionRule("A", D("10"), tie_break_order=1), B, CriterionRule("C", D("10")))
    one = cand(1, {"A": [5], "B": [1], "C": [4]}, day=date(2026, 3, 1))
    two = cand(2, {"A": [5], "B": [4], "C": [1]}, day=date(2026, 3, 2))
    three = cand(3, {"A": [4], "B": [3], "C": [3]}, day=date(2026, 2, 1))
    result = compute_ranking(rules(criteria=grid), [three, two, one])
    assert order(result) == [1, 2, 3]
    assert "per la data di protocollo" in (result.placements[0].tie_break_note or "")
    assert "per il punteggio del criterio A" in (result.placements[2].tie_break_note or "")


def test_earlier_protocol_date_breaks_a_full_tie() -> None:
    grid = (CriterionRule("A", D("10"), tie_break_order=1), B)
    late = flat(1, 6, 6, protocol="2026/1", day=date(2026, 3, 2))
    early = flat(2, 6, 6, protocol="2026/2", day=date(2026, 3, 1))
    result = compute_ranking(rules(criteria=grid), [late, early])
    assert order(result) == [2, 1]
    first, second = (p.tie_break_note or "" for p in result.placements)
    assert "per la data di protocollo (01/03/2026 contro 02/03/2026)" in first
    assert "precede la domanda prot. 2026/1" in first
    assert "per la data di protocollo" in second
    assert "segue la domanda prot. 2026/2" in second


def test_protocol_number_in_natural_order_breaks_the_last_tie() -> None:
    ten = flat(1, 6, 6, protocol="2025/10")
    nine = flat(2, 6, 6, protocol="2025/9")
    result = compute_ranking(rules(), [ten, nine])
    assert order(result) == [2, 1]
    first, second = (p.tie_break_note or "" for p in result.placements)
    assert "per il numero di protocollo" in first
    assert "precede la domanda prot. 2025/10" in first
    assert "per il numero di protocollo" in second
    assert "segue la domanda prot. 2025/9" in second


def test_protocol_key_natural_order() -> None:
    numbers = ["2025/10", "2025/9", "2024/100", "2025/1", "a/2", "A/10", " 2025/2 "]
    assert sorted(numbers, key=protocol_key) == [
        "2024/100",
        "2025/1",
        " 2025/2 ",
        "2025/9",
        "2025/10",
        "a/2",
        "A/10",
    ]
    assert protocol_key("ab/1") == protocol_key(" AB/1")


def test_a_three_way_tie_notes_both_neighbours_of_the_middle_one() -> None:
    result = compute_ranking(
        rules(),
        [flat(3, 6, 6, protocol="P/3"), flat(1, 6, 6, protocol="P/1"), flat(2, 6, 6, protocol="P/2")],
    )
    assert order(result) == [1, 2, 3]
    middle = result.placements[1].tie_break_note or ""
    assert "segue la domanda prot. P/1" in middle
    assert "precede la domanda prot. P/3" in middle
    assert "P/3" not in (result.placements[0].tie_break_note or "")


def test_tie_breaks_do_not_depend_on_the_input_order() -> None:
    grid = (CriterionRule("A", D("10"), tie_break_order=1), B)
    items = [
        flat(1, 5, 7, protocol="2026/3"),
        flat(2, 7, 5, protocol="2026/4"),
        flat(3, 6, 6, protocol="2026/10", day=date(2026, 3, 1)),
        flat(4, 6, 6, protocol="2026/9", day=date(2026, 3, 1)),
        flat(5, 6, 6, protocol="2026/2", day=date(2026, 3, 3)),
    ]
    expected = [2, 4, 3, 5, 1]
    assert order(compute_ranking(rules(criteria=grid), items)) == expected
    assert order(compute_ranking(rules(criteria=grid), list(reversed(items)))) == expected


# --- 6. funding -------------------------------------------------------------------------------------------


def test_allocate_strict_order_without_partial() -> None:
    result = allocate([D("40000"), D("50000"), D("30000"), D("5000")], D("100000"), False)
    assert result == [
        (O.FINANZIATA, D("40000")),
        (O.FINANZIATA, D("50000")),
        (O.AMMESSA_NON_FINANZIATA, D("0")),
        (O.AMMESSA_NON_FINANZIATA, D("0")),  # would fit the 10,000 left: strict order
    ]


def test_allocate_partial_last_gets_the_rest() -> None:
    result = allocate([D("40000"), D("50000"), D("30000"), D("5000")], D("100000"), True)
    assert result == [
        (O.FINANZIATA, D("40000")),
        (O.FINANZIATA, D("50000")),
        (O.FINANZIATA_PARZIALMENTE, D("10000")),
        (O.AMMESSA_NON_FINANZIATA, D("0")),
    ]


def test_allocate_exact_fit_leaves_nothing_for_a_partial() -> None:
    result = allocate([D("40000"), D("60000"), D("1")], D("100000"), True)
    assert result == [
        (O.FINANZIATA, D("40000")),
        (O.FINANZIATA, D("60000")),
        (O.AMMESSA_NON_FINANZIATA, D("0")),
    ]


def test_allocate_to_the_cent() -> None:
    assert allocate([D("500.00"), D("500.01")], D("1000.01"), False) == [
        (O.FINANZIATA, D("500.00")),
        (O.FINANZIATA, D("500.01")),
    ]
    assert allocate([D("500.00"), D("500.02")], D("1000.01"), True) == [
        (O.FINANZIATA, D("500.00")),
        (O.FINANZIATA_PARZIALMENTE, D("500.01")),
    ]
    assert allocate([D("500.00"), D("500.02")], D("1000.01"), False)[1] == (O.AMMESSA_NON_FINANZIATA, D("0"))


def test_allocate_first_one_too_big() -> None:
    assert allocate([D("200"), D("50")], D("100"), True) == [
        (O.FINANZIATA_PARZIALMENTE, D("100")),
        (O.AMMESSA_NON_FINANZIATA, D("0")),
    ]
    assert allocate([D("200"), D("50")], D("100"), False) == [
        (O.AMMESSA_NON_FINANZIATA, D("0")),
        (O.AMMESSA_NON_FINANZIATA, D("0")),
    ]
    assert allocate([D("1")], D("0"), True) == [(O.AMMESSA_NON_FINANZIATA, D("0"))]
    assert allocate([], D("100"), True) == []


def test_funding_walks_the_rank_order_not_the_input_order() -> None:
    items = [
        flat(1, 5, 5, requested="5000"),  # last: would fit, but strict order
        flat(2, 9, 9, requested="40000"),
        flat(3, 7, 7, requested="30000"),
        flat(4, 8, 8, requested="50000"),
        flat(5, 1, 1, requested="1000"),  # non idonea: never funded
        flat(6, 10, 10, requested="1000", admissible=False),
    ]
    strict = compute_ranking(rules(budget="100000", min_total="4"), items)
    assert order(strict) == [2, 4, 3, 1, 5, 6]
    assert outcomes(strict) == {
        2: O.FINANZIATA,
        4: O.FINANZIATA,
        3: O.AMMESSA_NON_FINANZIATA,
        1: O.AMMESSA_NON_FINANZIATA,
        5: O.NON_IDONEA,
        6: O.NON_AMMISSIBILE,
    }
    assert grants(strict) == {2: D("40000"), 4: D("50000"), 3: 0, 1: 0, 5: 0, 6: 0}
    assert strict.committed == D("90000")
    assert strict.remaining == D("10000")
    partial = compute_ranking(rules(budget="100000", min_total="4", partial=True), items)
    assert outcomes(partial)[3] is O.FINANZIATA_PARZIALMENTE
    assert grants(partial)[3] == D("10000")
    assert outcomes(partial)[1] is O.AMMESSA_NON_FINANZIATA
    assert partial.remaining == 0


def test_funding_exact_fit_and_cents_through_the_ranking() -> None:
    items = [
        flat(1, 9, 9, requested="600.01"),
        flat(2, 8, 8, requested="399.99"),
        flat(3, 7, 7, requested="0.01"),
    ]
    result = compute_ranking(rules(budget="1000.00", partial=True), items)
    assert grants(result) == {1: D("600.01"), 2: D("399.99"), 3: 0}
    assert outcomes(result) == {1: O.FINANZIATA, 2: O.FINANZIATA, 3: O.AMMESSA_NON_FINANZIATA}
    assert result.remaining == 0
    assert result.budget == D("1000.00")


# --- 7. provisional rankings ------------------------------------------------------------------------------


def test_an_incomplete_admissible_candidate_makes_the_ranking_provisional() -> None:
    assert compute_ranking(rules(), [flat(1, 5, 5), flat(2, 6, 6)]).provisional is False
    result = compute_ranking(rules(), [flat(1, 5, 5), flat(2, 6, 6, complete=False)])
    assert result.provisional is True
    assert result.by_application()[2].complete is False
    assert result.by_application()[1].complete is True


def test_an_incomplete_non_eligible_candidate_also_makes_it_provisional() -> None:
    result = compute_ranking(rules(min_total="15"), [flat(1, 5, 5, complete=False)])
    assert result.provisional is True
    assert outcomes(result) == {1: O.NON_IDONEA}


def test_no_scores_at_all_means_no_total_not_eligible_with_a_note() -> None:
    result = compute_ranking(rules(), [cand(1, complete=False), flat(2, 1, 1)])
    assert result.provisional is True
    assert order(result) == [2, 1]
    empty = result.by_application()[1]
    assert empty.total is None
    assert empty.rank is None
    assert empty.outcome is O.NON_IDONEA
    assert empty.grant == 0
    assert empty.tie_break_note == "Nessuna scheda di valutazione inviata."


def test_scores_on_only_some_criteria_give_no_total() -> None:
    result = compute_ranking(rules(), [cand(1, {"A": [10]}, complete=False), flat(2, 0, 0)])
    partial = result.by_application()[1]
    assert partial.total is None
    assert partial.outcome is O.NON_IDONEA
    assert partial.criterion_scores == {"A": D("10.00")}
    assert order(result) == [2, 1]


def test_candidates_without_total_come_after_scored_non_eligible_ones() -> None:
    result = compute_ranking(rules(min_total="15"), [cand(1), flat(2, 1, 1), cand(3, {"B": [9]})])
    assert order(result) == [2, 1, 3]


def test_empty_ranking() -> None:
    result = compute_ranking(rules(budget="100"), [])
    assert result.placements == ()
    assert result.provisional is False
    assert result.remaining == D("100")


# --- 8. scorrimento ---------------------------------------------------------------------------------------

REQUESTED = {1: D("40000"), 2: D("50000"), 3: D("30000"), 4: D("40000"), 5: D("10000"), 6: D("10000")}


def _approved(partial: bool = True) -> RankingResult:
    items = [
        flat(1, 10, 10, requested="40000"),
        flat(2, 9, 9, requested="50000"),
        flat(3, 8, 8, requested="30000"),
        flat(4, 7, 7, requested="40000"),
        flat(5, 1, 1, requested="10000"),  # non idonea
        flat(6, 10, 10, requested="10000", admissible=False),
    ]
    return compute_ranking(rules(budget="100000", min_total="4", partial=partial), items)


def test_the_approved_ranking_used_by_the_scorrimento_tests() -> None:
    approved = _approved()
    assert outcomes(approved) == {
        1: O.FINANZIATA,
        2: O.FINANZIATA,
        3: O.FINANZIATA_PARZIALMENTE,
        4: O.AMMESSA_NON_FINANZIATA,
        5: O.NON_IDONEA,
        6: O.NON_AMMISSIBILE,
    }
    assert grants(approved)[3] == D("10000")


def test_scorrimento_tops_up_the_partial_and_funds_the_next() -> None:
    approved = _approved()
    after = scorrimento(approved.placements, REQUESTED, {2: O.RITIRATA}, D("100000"), True)
    assert order(after) == order(approved)
    assert [(p.position, p.rank, p.total) for p in after.placements] == [
        (p.position, p.rank, p.total) for p in approved.placements
    ]
    assert outcomes(after) == {
        1: O.FINANZIATA,
        2: O.RITIRATA,
        3: O.FINANZIATA,  # topped up to the full 30,000
        4: O.FINANZIATA_PARZIALMENTE,  # what is left: 100,000 - 40,000 - 30,000
        5: O.NON_IDONEA,
        6: O.NON_AMMISSIBILE,
    }
    assert grants(after) == {1: D("40000"), 2: 0, 3: D("30000"), 4: D("30000"), 5: 0, 6: 0}
    assert after.provisional is False
    assert after.remaining == 0


def test_scorrimento_without_partial_funding() -> None:
    approved = _approved(partial=False)
    assert outcomes(approved)[3] is O.AMMESSA_NON_FINANZIATA
    after = scorrimento(approved.placements, REQUESTED, {1: O.REVOCATA}, D("100000"), False)
    assert outcomes(after) == {
        1: O.REVOCATA,
        2: O.FINANZIATA,
        3: O.FINANZIATA,
        4: O.AMMESSA_NON_FINANZIATA,  # 20,000 left, strict order: no partial
        5: O.NON_IDONEA,
        6: O.NON_AMMISSIBILE,
    }
    assert grants(after)[1] == 0
    assert after.remaining == D("20000")


def test_scorrimento_keeps_notes_scores_and_untouched_lines() -> None:
    approved = _approved()
    after = scorrimento(approved.placements, REQUESTED, {4: O.RITIRATA}, D("100000"), True)
    for before, now in zip(approved.placements, after.placements, strict=True):
        assert now.criterion_scores == before.criterion_scores
        assert now.tie_break_note == before.tie_break_note
        assert now.complete == before.complete
    by_id = after.by_application()
    assert by_id[4].outcome is O.RITIRATA and by_id[4].rank == 4 and by_id[4].grant == 0
    assert by_id[3].outcome is O.FINANZIATA_PARZIALMENTE and by_id[3].grant == D("10000")
    assert by_id[5] == approved.by_application()[5]
    assert by_id[6] == approved.by_application()[6]


def test_a_second_scorrimento_keeps_the_first_ones_dropped() -> None:
    approved = _approved()
    first = scorrimento(approved.placements, REQUESTED, {2: O.RITIRATA}, D("100000"), True)
    second = scorrimento(first.placements, REQUESTED, {1: O.REVOCATA}, D("100000"), True)
    assert outcomes(second) == {
        1: O.REVOCATA,
        2: O.RITIRATA,
        3: O.FINANZIATA,
        4: O.FINANZIATA,
        5: O.NON_IDONEA,
        6: O.NON_AMMISSIBILE,
    }
    assert grants(second)[2] == 0
    assert second.remaining == D("30000")


def test_scorrimento_of_a_provisional_ranking_is_not_provisional() -> None:
    approved = compute_ranking(
        rules(budget="10"), [flat(1, 5, 5, requested="10", complete=False), flat(2, 4, 4)]
    )
    assert approved.provisional is True
    after = scorrimento(approved.placements, {1: D("10"), 2: D("10")}, {1: O.RITIRATA}, D("10"), False)
    assert after.provisional is False
    assert grants(after) == {1: 0, 2: D("10")}


def test_scorrimento_may_mark_a_non_ranked_application() -> None:
    approved = _approved()
    after = scorrimento(approved.placements, REQUESTED, {5: O.RITIRATA}, D("100000"), True)
    assert outcomes(after)[5] is O.RITIRATA
    assert grants(after) == grants(approved)


@pytest.mark.parametrize(
    "outcome",
    [O.FINANZIATA, O.FINANZIATA_PARZIALMENTE, O.AMMESSA_NON_FINANZIATA, O.NON_IDONEA, O.NON_AMMISSIBILE],
)
def test_scorrimento_refuses_an_outcome_that_is_not_a_drop(outcome: O) -> None:
    with pytest.raises(ValueError, match="Esito non valido per lo scorrimento"):
        scorrimento(_approved().placements, REQUESTED, {2: outcome}, D("100000"), True)


def test_scorrimento_refuses_an_unknown_application() -> None:
    with pytest.raises(ValueError, match="non è nella graduatoria"):
        scorrimento(_approved().placements, REQUESTED, {99: O.RITIRATA}, D("100000"), True)


def test_scorrimento_with_nothing_dropped_gives_the_same_funding() -> None:
    approved = _approved()
    after = scorrimento(approved.placements, REQUESTED, {}, D("100000"), True)
    assert after.placements == approved.placements


def test_placement_is_immutable() -> None:
    placement = _approved().placements[0]
    assert isinstance(placement, Placement)
    with pytest.raises(AttributeError):
        placement.grant = D("1")  # type: ignore[misc]
