"""The long sheet of scores: one row per application, evaluator and criterion.

Headers (matched as for the other imports: case, accents and punctuation aside, extra columns ignored):
Protocollo, Valutatore (the username), Criterio (the criterion's code), Punteggio, Note (the comment,
optional unless the call asks for it). The office types paper scoring forms into it, or exports them
from another tool. This module only reads the cells; what they mean for the call (known protocol,
committee member, points within the criterion's maximum…) is for services/score_import.py.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from coop_desktop.exchange.cells import CellProblem, parse_decimal, text_of
from coop_desktop.exchange.errors import ImportRefused
from coop_desktop.exchange.headers import Column, HeaderMatch, HeaderSpec, find_header
from coop_desktop.exchange.progress import Steps
from coop_desktop.exchange.xlsx_safety import cell_text, is_blank, sheet_rows

SCORE_COLUMNS = HeaderSpec(
    [
        Column(
            "protocol_number", "Protocollo",
            ("Numero protocollo", "N. protocollo", "Numero di protocollo", "Prot.", "Domanda"),
            required=True, width=18,
        ),
        Column(
            "evaluator", "Valutatore",
            ("Username", "Nome utente", "Utente", "Username valutatore", "Componente"),
            required=True, width=16, hint="Il nome utente del componente della commissione.",
        ),
        Column(
            "criterion", "Criterio",
            ("Codice criterio", "Cod. criterio", "Codice"), required=True, width=10,
        ),
        Column("points", "Punteggio", ("Punti", "Voto"), required=True, width=12),
        Column("comment", "Note", ("Nota", "Commento", "Commenti", "Motivazione", "Giudizio"), width=50),
    ]
)  # fmt: skip


@dataclass(frozen=True)
class SheetScore:
    """One row of the long sheet, its cells read; `problems` holds the cells that could not be read."""

    row: int
    protocol_number: str | None
    evaluator: str | None
    criterion: str | None
    points: Decimal | None
    comment: str | None
    # (column label, Italian message) of cells whose content is not a value of the right kind.
    problems: tuple[tuple[str, str], ...] = ()


@dataclass
class ScoresSheet:
    file_name: str
    sheet: str
    header_row: int
    rows: list[SheetScore] = field(default_factory=list)
    ignored_columns: list[str] = field(default_factory=list)


def comment_of(value: Any) -> str | None:
    """A comment as written: line breaks kept (normalised to \\n), outer spaces dropped; None when empty."""
    if value is None:
        return None
    text = cell_text(value).replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    text = "\n".join(lines).strip()
    return text or None


def label(name: str) -> str:
    return SCORE_COLUMNS.label(name)


def _cell(values: Sequence[Any], header: HeaderMatch, name: str) -> Any:
    index = header.positions.get(name)
    return values[index] if index is not None and index < len(values) else None


def _read_row(number: int, values: Sequence[Any], header: HeaderMatch) -> SheetScore:
    problems: list[tuple[str, str]] = []
    try:
        points = parse_decimal(_cell(values, header, "points"))
    except CellProblem as problem:
        points = None
        problems.append((label("points"), str(problem)))
    evaluator = text_of(_cell(values, header, "evaluator"))
    return SheetScore(
        row=number,
        protocol_number=text_of(_cell(values, header, "protocol_number")),
        evaluator=evaluator.lower() if evaluator else None,
        criterion=text_of(_cell(values, header, "criterion")),
        points=points,
        comment=comment_of(_cell(values, header, "comment")),
        problems=tuple(problems),
    )


def read_scores_sheet(workbook: Any, file_name: str, steps: Steps | None = None) -> ScoresSheet:
    """The first sheet of `workbook` (opened with open_untrusted_workbook) whose headers are the long
    sheet's. Raises ImportRefused naming the missing columns when no sheet has them."""
    first_refusal: ImportRefused | None = None
    for sheet in workbook.worksheets:
        rows: Iterator[tuple[int, tuple[Any, ...]]] = sheet_rows(sheet, file_name)
        try:
            header, read_ahead = find_header(SCORE_COLUMNS, rows, f"foglio «{sheet.title}»")
        except ImportRefused as refusal:
            first_refusal = first_refusal or refusal
            continue
        found = ScoresSheet(file_name, sheet.title, header.row, ignored_columns=list(header.ignored))
        for number, values in itertools.chain(read_ahead, rows):
            if is_blank(values):
                continue
            found.rows.append(_read_row(number, values, header))
            if steps is not None:
                steps.tick(len(found.rows), 0, "Lettura delle righe…")
        return found
    if first_refusal is None:
        raise ImportRefused(f"Il file «{file_name}» non contiene fogli di lavoro.")
    raise first_refusal


__all__ = ["SCORE_COLUMNS", "ScoresSheet", "SheetScore", "comment_of", "read_scores_sheet"]
