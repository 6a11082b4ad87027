"""Rules of one evaluator's scoring form (domain/scoring): valid points, Italian input, comments,
problems on draft and submit, totals and the grid fingerprint."""

from __future__ import annotations

from decimal import Decimal

import pytest

from coop_desktop.domain.scoring import (
    CriterionRule,
    FormEntry,
    comment_required,
    entries_from,
    form_problems,
    form_total,
    grid_fingerprint,
    grid_maximum,
    parse_points,
    points_problem,
)

D = Decimal

A = CriterionRule("A", D("10"), D("6"), tie_break_order=1, description="Qualità")
B = CriterionRule("B", D("15"))
C = CriterionRule("C", D("7.5"), D("3"))
GRID = (A, B, C)


# --- points_problem -----------------------------------------------------------------------------------


@pytest.mark.parametrize("points", ["0", "0.5", "6", "7.5", "9.5", "10", "10.00", "7.50"])
def test_valid_points_have_no_problem(points: str) -> None:
    assert points_problem(D(points), A) is None


def test_max_points_are_valid_also_on_a_half_point_maximum() -> None:
    assert points_problem(D("7.5"), C) is None
    assert points_problem(D("8"), C) is not None


@pytest.mark.parametrize("points", ["-0.5", "-1", "-10"])
def test_negative_points_are_refused(points: str) -> None:
    assert points_problem(D(points), A) == "Il punteggio non può essere negativo."


@pytest.mark.parametrize("points", ["10.5", "11", "100"])
def test_points_above_the_maximum_are_refused(points: str) -> None:
    problem = points_problem(D(points), A)
    assert problem is not None
    assert "supera il massimo del criterio A" in problem
    assert "(10,00)" in problem


@pytest.mark.parametrize("points", ["7.3", "7.25", "0.1", "9.99", "7.51"])
def test_points_not_on_a_half_step_are_refused(points: str) -> None:
    problem = points_problem(D(points), A)
    assert problem is not None
    assert "mezzi punti" in problem


def test_not_finite_points_are_refused() -> None:
    assert points_problem(D("NaN"), A) == "Il punteggio non è un numero."
    assert points_problem(D("Infinity"), A) == "Il punteggio non è un numero."


# --- parse_points -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("7,5", "7.50"), ("7.5", "7.50"), ("8", "8.00"), (" 10 ", "10.00"), ("0", "0.00"), ("0,5", "0.50")],
)
def test_parse_points_reads_italian_and_plain_numbers(text: str, expected: str) -> None:
    value = parse_points(text, A)
    assert value == D(expected)
    # Two decimals like the stored column.
    assert str(value) == expected


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_parse_points_empty_is_none(text: str) -> None:
    assert parse_points(text, A) is None


@pytest.mark.parametrize("text", ["abc", "7,5 punti", "sette"])
def test_parse_points_not_a_number_raises_in_italian(text: str) -> None:
    with pytest.raises(ValueError, match="non è un punteggio: scrivi ad esempio 7,5") as info:
        parse_points(text, A)
    assert f"«{text.strip()}»" in str(info.value)


def test_parse_points_above_the_maximum_raises() -> None:
    with pytest.raises(ValueError, match="supera il massimo del criterio A"):
        parse_points("10,5", A)


def test_parse_points_negative_and_non_half_step_raise() -> None:
    with pytest.raises(ValueError, match="negativo"):
        parse_points("-1", A)
    with pytest.raises(ValueError, match="mezzi punti"):
        parse_points("7,3", A)


# --- comment_required ---------------------------------------------------------------------------------


def test_comment_required_below_the_criterion_minimum() -> None:
    assert comment_required(D("5.5"), A, comments_required=False) is True
    assert comment_required(D("0"), A, comments_required=False) is True


def test_comment_not_required_at_or_above_the_minimum() -> None:
    assert comment_required(D("6"), A, comments_required=False) is False
    assert comment_required(D("10"), A, comments_required=False) is False


def test_comment_not_required_without_minimum_or_without_points() -> None:
    assert comment_required(D("0"), B, comments_required=False) is False
    assert comment_required(None, A, comments_required=False) is False


def test_call_asking_for_comments_requires_them_always() -> None:
    for points in (None, D("0"), D("6"), D("10")):
        assert comment_required(points, A, comments_required=True) is True
        assert comment_required(points, B, comments_required=True) is True


# --- form_problems ------------------------------------------------------------------------------------


def _fields(problems: list) -> set[tuple[str, str]]:
    return {(p.code, p.field) for p in problems}


def test_a_draft_with_missing_points_is_fine() -> None:
    entries = [FormEntry("A", D("8"))]
    assert form_problems(GRID, entries, comments_required=False, submitting=False) == []
    assert form_problems(GRID, [], comments_required=True, submitting=False) == []


def test_a_draft_with_a_low_score_and_no_comment_is_fine() -> None:
    entries = [FormEntry("A", D("2"))]
    assert form_problems(GRID, entries, comments_required=False, submitting=False) == []


def test_a_draft_still_needs_valid_points() -> None:
    entries = [FormEntry("A", D("7.3")), FormEntry("B", D("16"))]
    problems = form_problems(GRID, entries, comments_required=False, submitting=False)
    assert _fields(problems) == {("A", "points"), ("B", "points")}


def test_submitting_lists_each_missing_criterion() -> None:
    entries = [FormEntry("B", D("12"))]
    problems = form_problems(GRID, entries, comments_required=False, submitting=True)
    assert _fields(problems) == {("A", "points"), ("C", "points")}
    messages = {p.code: p.message for p in problems}
    assert messages["A"] == "Manca il punteggio del criterio A."
    assert messages["C"] == "Manca il punteggio del criterio C."


def test_submitting_an_entry_with_none_points_counts_as_missing() -> None:
    entries = [FormEntry("A", None, "testo"), FormEntry("B", D("12")), FormEntry("C", D("5"))]
    problems = form_problems(GRID, entries, comments_required=False, submitting=True)
    assert _fields(problems) == {("A", "points")}


def test_submitting_a_complete_form_has_no_problems() -> None:
    entries = [FormEntry("A", D("6")), FormEntry("B", D("0")), FormEntry("C", D("7.5"))]
    assert form_problems(GRID, entries, comments_required=False, submitting=True) == []


def test_submitting_a_score_below_the_minimum_needs_a_comment() -> None:
    entries = [FormEntry("A", D("5.5")), FormEntry("B", D("0")), FormEntry("C", D("2.5"), "  ")]
    problems = form_problems(GRID, entries, comments_required=False, submitting=True)
    assert _fields(problems) == {("A", "comment"), ("C", "comment")}
    by_code = {p.code: p.message for p in problems}
    assert "sotto la soglia del criterio (6,00)" in by_code["A"]
    assert "sotto la soglia del criterio (3,00)" in by_code["C"]
    assert by_code["A"].startswith("Scrivi il commento al criterio A")


def test_submitting_a_low_score_with_a_comment_is_fine() -> None:
    entries = [FormEntry("A", D("5.5"), "Obiettivi vaghi"), FormEntry("B", D("0")), FormEntry("C", D("3"))]
    assert form_problems(GRID, entries, comments_required=False, submitting=True) == []


def test_call_asking_for_comments_needs_one_on_every_criterion() -> None:
    entries = [FormEntry("A", D("10"), "Ottimo"), FormEntry("B", D("15")), FormEntry("C", D("7.5"), "")]
    problems = form_problems(GRID, entries, comments_required=True, submitting=True)
    assert _fields(problems) == {("B", "comment"), ("C", "comment")}
    assert all("il bando chiede un commento per ogni criterio" in p.message for p in problems)


def test_invalid_points_are_reported_once_without_a_comment_problem() -> None:
    entries = [FormEntry("A", D("-1")), FormEntry("B", D("1")), FormEntry("C", D("1"), "basso")]
    problems = form_problems(GRID, entries, comments_required=False, submitting=True)
    assert _fields(problems) == {("A", "points")}
    assert len(problems) == 1


def test_unknown_criterion_code_is_a_problem() -> None:
    entries = [FormEntry("A", D("8")), FormEntry("Z", D("3"))]
    problems = form_problems(GRID, entries, comments_required=False, submitting=False)
    assert _fields(problems) == {("Z", "points")}
    assert problems[0].message == "Il criterio Z non è nella griglia del bando."
    submitted = form_problems(GRID, entries, comments_required=False, submitting=True)
    assert _fields(submitted) == {("Z", "points"), ("B", "points"), ("C", "points")}


def test_unknown_criteria_are_reported_in_the_forms_order() -> None:
    # Not in a set's order, which changes from run to run with the hash seed.
    entries = [FormEntry(code, D("1")) for code in ("X", "W", "Z", "Y", "A")]
    problems = form_problems(GRID, entries, comments_required=False, submitting=False)
    assert [p.code for p in problems] == ["X", "W", "Z", "Y"]


def test_entries_from_pairs_points_and_comments() -> None:
    entries = entries_from({"A": D("5"), "B": None}, {"A": "debole"})
    assert entries == [FormEntry("A", D("5"), "debole"), FormEntry("B", None, None)]
    problems = form_problems(GRID, entries, comments_required=False, submitting=True)
    assert _fields(problems) == {("B", "points"), ("C", "points")}


# --- totals and fingerprint ---------------------------------------------------------------------------


def test_form_total_adds_the_points_written_so_far() -> None:
    assert form_total([]) == D("0")
    assert form_total([FormEntry("A", D("7.5")), FormEntry("B", None), FormEntry("C", D("3"))]) == D("10.5")
    assert str(form_total([FormEntry("A", None)])) == "0.00"


def test_grid_maximum() -> None:
    assert grid_maximum(GRID) == D("32.5")
    assert grid_maximum([]) == D("0")


def test_grid_fingerprint_is_stable() -> None:
    first = grid_fingerprint(GRID)
    assert first == grid_fingerprint(GRID)
    assert len(first) == 16
    # Same values written differently; description and tie-break do not matter.
    same = (
        CriterionRule("A", D("10.00"), D("6.0")),
        CriterionRule("B", D("15.0"), description="altro testo"),
        CriterionRule("C", D("7.50"), D("3"), tie_break_order=2),
    )
    assert grid_fingerprint(same) == first


@pytest.mark.parametrize(
    "changed",
    [
        (CriterionRule("A", D("12"), D("6")), B, C),  # a maximum
        (CriterionRule("A", D("10"), D("5")), B, C),  # a minimum
        (CriterionRule("A", D("10")), B, C),  # a minimum removed
        (A, CriterionRule("B", D("15"), D("1")), C),  # a minimum added
        (CriterionRule("A1", D("10"), D("6")), B, C),  # a code
        (A, B),  # a criterion removed
        (A, C, B),  # the order
    ],
)
def test_grid_fingerprint_changes_with_the_grid(changed: tuple[CriterionRule, ...]) -> None:
    assert grid_fingerprint(changed) != grid_fingerprint(GRID)
