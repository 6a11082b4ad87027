"""The decree annexes (allegati A, B, C) as an .xlsx workbook, one sheet each, as the PDF prints them.

Each sheet: title rows (the annex and its decree, the call, the subject, the amounts; a red «BOZZA –
GRADUATORIA NON APPROVATA» band on a draft), the header (frozen, repeated on printed pages, with a
filter), one row per application, then the totals: granted, budget and what is left under Allegato A,
requested under Allegato B. Numbers are numbers with euro and two-decimal formats, codici fiscali and
protocol numbers stay text, dates are dates. Printed: A4 landscape, one page wide, «Pagina X di Y».
The data are read once by `coop_desktop.printing.annexes.load_annex_data` (the PDF uses the same).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from coop_desktop.domain.formatting import format_money
from coop_desktop.exchange.xlsx_safety import atomic_output
from coop_desktop.exchange.xlsx_styles import (
    BOLD,
    DATE_FORMAT,
    EURO_FORMAT,
    HEADER_FILL,
    PROVISIONAL_FILL,
    RED,
    SCORE_FORMAT,
    THIN,
    TOP,
    TOP_RIGHT,
    WRAP,
    put,
)
from coop_desktop.printing.annexes import (
    ANNEXES,
    DRAFT_MARK,
    DRAFT_TEXT,
    DROPPED_SUBJECT,
    EMPTY,
    SUBJECTS,
    AnnexData,
    AnnexRow,
    count_text,
    partial_note,
)

SHEET_NAMES = {letter: f"Allegato {letter}" for letter in ANNEXES}
_ZERO = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class _Column:
    header: str
    width: int
    value: Callable[[AnnexRow], Any]
    number_format: str | None = None
    wrap: bool = False


_RANK = _Column("N.", 6, lambda r: r.rank)
_PROTOCOL = _Column("Protocollo", 15, lambda r: r.protocol_number)
_DATE = _Column("Data protocollo", 12, lambda r: r.protocol_date, DATE_FORMAT)
_LEAD = _Column("Capofila", 34, lambda r: r.lead, wrap=True)
_TAX_CODE = _Column("Codice fiscale", 17, lambda r: r.tax_code)
_TITLE = _Column("Titolo del progetto", 50, lambda r: r.title, wrap=True)
_COUNTRIES = _Column("Paesi", 20, lambda r: r.countries_text, wrap=True)
_SCORE = _Column("Punteggio", 11, lambda r: r.score, SCORE_FORMAT)
_COST = _Column("Costo totale", 15, lambda r: r.total_cost, EURO_FORMAT)
_REQUESTED = _Column("Contributo richiesto", 15, lambda r: r.requested, EURO_FORMAT)
_GRANT = _Column("Contributo concesso", 15, lambda r: r.grant, EURO_FORMAT)
_OUTCOME = _Column("Esito", 22, lambda r: r.outcome.label, wrap=True)
_REASONS = _Column("Motivi", 70, lambda r: "\n".join(r.reasons), wrap=True)

COLUMNS: dict[str, tuple[_Column, ...]] = {
    "A": (_RANK, _PROTOCOL, _DATE, _LEAD, _TAX_CODE, _TITLE, _COUNTRIES, _SCORE, _COST, _REQUESTED,
          _GRANT, _OUTCOME),
    "B": (_RANK, _PROTOCOL, _DATE, _LEAD, _TAX_CODE, _TITLE, _COUNTRIES, _SCORE, _COST, _REQUESTED),
    "C": (_PROTOCOL, _DATE, _LEAD, _TAX_CODE, _TITLE, _COUNTRIES, _OUTCOME, _SCORE, _REASONS),
}  # fmt: skip
# Scrolling keeps the header and these first columns in view.
_FROZEN_COLUMNS = {"A": 2, "B": 2, "C": 1}


def headers(which: str) -> list[str]:
    return [c.header for c in COLUMNS[which]]


def _title_rows(sheet: Worksheet, data: AnnexData, which: str, last: int) -> int:
    """The lines above the table; returns the header's row."""
    rows = data.rows_of(which)
    lines: list[tuple[str, Font | None]] = [(data.heading(which), Font(bold=True, size=14))]
    lines.append((f"Bando {data.call_code} – {data.call_title}", Font(bold=True, size=12)))
    if data.version is not None and data.version > 1:
        lines.append((f"Graduatoria versione {data.version}, dopo lo scorrimento", None))
    lines.append((SUBJECTS[which], Font(bold=True)))
    if which == "A":
        summary = (
            f"Dotazione {format_money(data.budget)} · concessi {format_money(data.granted)} "
            f"({count_text(len(rows))}) · residuo {format_money(data.remaining)}"
        )
    elif which == "B":
        requested = sum((r.requested for r in rows), _ZERO)
        summary = f"{count_text(len(rows))} · contributi richiesti {format_money(requested)}"
    else:
        summary = count_text(len(rows))
    lines.append((summary if rows else EMPTY[which], None))
    row = 1
    if data.draft:
        for text, size in ((DRAFT_MARK, 18), (DRAFT_TEXT, 10)):
            cell = put(sheet, row, 1, text)
            cell.font = Font(bold=True, size=size, color=RED)
            cell.fill = PROVISIONAL_FILL
            cell.alignment = Alignment(horizontal="center", vertical="center")
            sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
            row += 1
        sheet.row_dimensions[1].height = 28
    for text, font in lines:
        cell = put(sheet, row, 1, text)
        if font is not None:
            cell.font = font
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        row += 1
    return row + 1


def _totals(
    sheet: Worksheet,
    row: int,
    columns: Sequence[_Column],
    lines: Sequence[tuple[str, dict[_Column, Decimal]]],
) -> int:
    """Label right-aligned left of the first amount column, amounts under their columns."""
    index = {c: n for n, c in enumerate(columns, 1)}
    first = min(index[c] for _, amounts in lines for c in amounts)
    for number, (label, amounts) in enumerate(lines):
        cell = put(sheet, row, first - 1, label)
        cell.font = BOLD
        cell.alignment = TOP_RIGHT
        for column, amount in amounts.items():
            cell = put(sheet, row, index[column], amount)
            cell.number_format = EURO_FORMAT
            cell.font = BOLD
        if number == 0:
            for column in range(first - 1, len(columns) + 1):
                sheet.cell(row=row, column=column).border = Border(top=THIN)
        row += 1
    return row


def _table(sheet: Worksheet, row: int, columns: Sequence[_Column], rows: Sequence[AnnexRow]) -> int:
    """Header at `row` and one line per application; returns the last row written."""
    for number, column in enumerate(columns, 1):
        cell = put(sheet, row, number, column.header)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = Border(bottom=THIN)
    sheet.row_dimensions[row].height = 30
    for annex_row in rows:
        row += 1
        for number, column in enumerate(columns, 1):
            cell = put(sheet, row, number, column.value(annex_row))
            cell.alignment = WRAP if column.wrap else TOP
            if column.number_format:
                cell.number_format = column.number_format
    return row


def _sheet(workbook: Workbook, data: AnnexData, which: str) -> None:
    sheet = workbook.create_sheet(SHEET_NAMES[which])
    columns = COLUMNS[which]
    last = len(columns)
    rows = data.rows_of(which)
    header_row = _title_rows(sheet, data, which, last)
    last_row = _table(sheet, header_row, columns, rows)
    if rows:
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(last)}{last_row}"
    row = last_row + 1
    if which == "A" and rows:
        cost = sum((r.total_cost for r in rows), _ZERO)
        requested = sum((r.requested for r in rows), _ZERO)
        row = _totals(
            sheet,
            row,
            columns,
            [
                (
                    f"Totale contributi concessi ({count_text(len(rows))})",
                    {_COST: cost, _REQUESTED: requested, _GRANT: data.granted},
                ),
                ("Dotazione del bando", {_GRANT: data.budget}),
                ("Residuo della dotazione", {_GRANT: data.remaining}),
            ],
        )
        for r in rows:
            if r.partial:
                row += 1
                put(sheet, row, 1, partial_note(r))
        if data.dropped:
            row += 2
            put(sheet, row, 1, DROPPED_SUBJECT).font = BOLD
            _table(sheet, row + 1, columns, data.dropped)
    elif which == "B" and rows:
        cost = sum((r.total_cost for r in rows), _ZERO)
        requested = sum((r.requested for r in rows), _ZERO)
        _totals(
            sheet,
            row,
            columns,
            [
                (
                    f"Totale contributi richiesti ({count_text(len(rows))})",
                    {_COST: cost, _REQUESTED: requested},
                )
            ],
        )
    for number, column in enumerate(columns, 1):
        sheet.column_dimensions[get_column_letter(number)].width = column.width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=_FROZEN_COLUMNS[which] + 1)
    _page_setup(sheet, data, which, header_row)


def _page_setup(sheet: Worksheet, data: AnnexData, which: str, header_row: int) -> None:
    setup = sheet.page_setup
    setup.orientation, setup.paperSize = "landscape", sheet.PAPERSIZE_A4
    setup.fitToWidth, setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.print_options.horizontalCentered = True
    sheet.page_margins.left = sheet.page_margins.right = 0.5
    if data.draft:
        sheet.oddHeader.center.text = f"&B{DRAFT_MARK}"
        sheet.oddHeader.center.size = 14
        sheet.oddHeader.center.color = RED
    sheet.oddFooter.left.text = f"Allegato {which} – bando {data.call_code} – {data.decree_short}"
    sheet.oddFooter.right.text = "Pagina &P di &N"


def write_annex_workbook(data: AnnexData, path: Path | str, which: str = ANNEXES) -> Path:
    """Write the annexes `which` of `data` to `path` (.xlsx), one sheet each; the file appears only
    once complete."""
    path = Path(path)
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for letter in ANNEXES:
        if letter in which.upper():
            _sheet(workbook, data, letter)
    workbook.properties.title = data.document_title
    workbook.properties.creator = "Coop Desktop"
    with atomic_output(path) as partial:
        workbook.save(partial)
    return path


__all__ = ["COLUMNS", "SHEET_NAMES", "headers", "write_annex_workbook"]
