"""One evaluator's scoring form: points on each criterion of the call's grid, with comments.

Points go from 0 to the criterion's maximum in steps of half a point. A comment is required for a
score below the criterion's minimum (the evaluator must say why the project fails it) and, when the
call asks for it, for every criterion. A draft may be incomplete; a submitted form may not.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from coop_desktop.domain.formatting import format_number
from coop_desktop.domain.typed_input import decimal_from_text

HALF = Decimal("0.5")
CENT = Decimal("0.01")


@dataclass(frozen=True, slots=True)
class CriterionRule:
    """A line of the call's grid, as the scoring rules read it."""

    code: str
    max_points: Decimal
    min_points: Decimal | None = None
    # 1 = first criterion used to break ties; None = not used.
    tie_break_order: int | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class FormEntry:
    """What the evaluator wrote for one criterion."""

    code: str
    points: Decimal | None
    comment: str | None = None


@dataclass(frozen=True, slots=True)
class FormProblem:
    """A problem of the form, naming the criterion and the field ("points" or "comment")."""

    code: str
    field: str
    message: str


def points_problem(points: Decimal, criterion: CriterionRule) -> str | None:
    """Why `points` is not a valid score on `criterion` (Italian), or None."""
    if not points.is_finite():
        return "Il punteggio non è un numero."
    if points < 0:
        return "Il punteggio non può essere negativo."
    if points > criterion.max_points:
        return (
            f"Il punteggio {format_number(points)} supera il massimo del criterio "
            f"{criterion.code} ({format_number(criterion.max_points)})."
        )
    if points % HALF != 0:
        return f"Il punteggio {format_number(points)} non è valido: sono ammessi solo mezzi punti (es. 7,5)."
    return None


def parse_points(text: str, criterion: CriterionRule) -> Decimal | None:
    """Points as typed ("7,5", "7.5", "8"); None when empty. ValueError with an Italian message when
    the text is not a number or not a valid score on the criterion."""
    if not text.strip():
        return None
    value = decimal_from_text(text)
    if value is None:
        raise ValueError(f"«{text.strip()}» non è un punteggio: scrivi ad esempio 7,5.")
    problem = points_problem(value, criterion)
    if problem:
        raise ValueError(problem)
    return value.quantize(CENT)  # 7.5 → 7.50, two decimals like the stored column


def comment_required(points: Decimal | None, criterion: CriterionRule, comments_required: bool) -> bool:
    """Whether the comment must be written for these points."""
    if comments_required:
        return True
    return points is not None and criterion.min_points is not None and points < criterion.min_points


def form_problems(
    criteria: Sequence[CriterionRule],
    entries: Iterable[FormEntry],
    *,
    comments_required: bool,
    submitting: bool,
) -> list[FormProblem]:
    """Everything wrong with the form. A draft only needs valid points; submitting needs all of it."""
    by_code = {e.code: e for e in entries}
    problems: list[FormProblem] = []
    known = {c.code for c in criteria}
    for code in [code for code in by_code if code not in known]:  # in the form's order, not a set's
        problems.append(FormProblem(code, "points", f"Il criterio {code} non è nella griglia del bando."))
    for criterion in criteria:
        entry = by_code.get(criterion.code)
        points = entry.points if entry else None
        comment = (entry.comment or "").strip() if entry else ""
        if points is not None:
            problem = points_problem(points, criterion)
            if problem:
                problems.append(FormProblem(criterion.code, "points", problem))
                continue
        if not submitting:
            continue
        if points is None:
            problems.append(
                FormProblem(criterion.code, "points", f"Manca il punteggio del criterio {criterion.code}.")
            )
        elif comment_required(points, criterion, comments_required) and not comment:
            if comments_required:
                why = "il bando chiede un commento per ogni criterio"
            else:
                floor = format_number(criterion.min_points or 0)
                why = f"il punteggio è sotto la soglia del criterio ({floor})"
            problems.append(
                FormProblem(
                    criterion.code, "comment", f"Scrivi il commento al criterio {criterion.code}: {why}."
                )
            )
    return problems


def form_total(entries: Iterable[FormEntry]) -> Decimal:
    """The running total of the points written so far."""
    return sum((e.points for e in entries if e.points is not None), Decimal("0.00"))


def grid_maximum(criteria: Iterable[CriterionRule]) -> Decimal:
    return sum((c.max_points for c in criteria), Decimal("0.00"))


def grid_fingerprint(criteria: Iterable[CriterionRule]) -> str:
    """A short digest of the grid (codes, maxima, minima): an evaluator workbook exported against one
    grid must not be read back against another."""
    text = "|".join(
        f"{c.code}:{c.max_points.quantize(CENT)}:{c.min_points.quantize(CENT) if c.min_points else '-'}"
        for c in criteria
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def entries_from(points: Mapping[str, Decimal | None], comments: Mapping[str, str | None]) -> list[FormEntry]:
    return [FormEntry(code, value, comments.get(code)) for code, value in points.items()]
