"""Result rows of the benchmark and the table that prints them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from coop_desktop.domain.formatting import format_number

# Decimals shown per unit; anything else is shown as a whole number.
_DECIMALS = {"s": 2, "MB": 1}
HEADERS = ("Misura", "Valore", "Obiettivo", "Esito", "Note")


@dataclass(frozen=True)
class ResultRow:
    """One measured figure. `target` is an upper bound (value must stay below it); None = report only."""

    name: str
    value: float | None
    unit: str
    target: float | None = None
    note: str = ""

    @property
    def passed(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value < self.target

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "passed": self.passed}


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    return f"{format_number(value, _DECIMALS.get(unit, 0))} {unit}".strip()


def verdict(row: ResultRow) -> str:
    return {True: "OK", False: "NON RAGGIUNTO", None: "—"}[row.passed]


def format_table(rows: Sequence[ResultRow]) -> str:
    """A plain-text table with aligned columns, readable in a terminal and pasteable in Markdown notes."""
    cells = [
        (
            row.name,
            format_value(row.value, row.unit),
            "" if row.target is None else f"< {format_value(row.target, row.unit)}",
            verdict(row),
            row.note,
        )
        for row in rows
    ]
    widths = [max(len(line[i]) for line in [HEADERS, *cells]) for i in range(len(HEADERS))]
    # Values and targets read best right-aligned; the note column is not padded.
    aligns = ("<", ">", ">", "<", "")

    def line(values: Sequence[str]) -> str:
        parts = [f"{v:{a}{w}}" if a else v for v, a, w in zip(values, aligns, widths, strict=True)]
        return "  ".join(parts).rstrip()

    rule = "  ".join("-" * w for w in widths[:-1]) + "  " + "-" * min(widths[-1], 40)
    return "\n".join([line(HEADERS), rule, *(line(c) for c in cells)])


def all_passed(rows: Sequence[ResultRow]) -> bool:
    return all(row.passed is not False for row in rows)
