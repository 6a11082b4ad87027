"""The graduatoria of a call as an .xlsx sheet, for the decree's annex, the committee and the applicants.

One sheet, «Graduatoria» («Graduatoria provvisoria» while scores are missing): a title block (call,
version, when it was computed, the approving decree, and a large red «GRADUATORIA PROVVISORIA» mark
when it cannot be approved yet, repeated in the printed page header), then one row per application
in the ranking's order with each criterion's score, the total, the outcome, the amounts and the
tie-break actually applied, then the totals (requested, committed, budget, remaining). Numbers are
numbers (euro and two-decimal formats), so the office can add and filter them in Excel.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from coop_desktop.domain.enums import RankingOutcome
from coop_desktop.domain.formatting import format_date, format_datetime, format_money
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
from coop_desktop.services.rankings import RankingLine, RankingView

SHEET_TITLE = "Graduatoria"
PROVISIONAL_SHEET_TITLE = "Graduatoria provvisoria"
PROVISIONAL_MARK = "GRADUATORIA PROVVISORIA"
PROVISIONAL_TEXT = (
    "Mancano schede di valutazione inviate (o domande da istruire): la graduatoria può cambiare e "
    "non può essere approvata."
)

# Fixed columns before and after the criteria: (header, width).
_BEFORE = (
    ("Posizione", 10),
    ("Rango", 8),
    ("Protocollo", 16),
    ("Data protocollo", 12),
    ("Capofila", 34),
    ("Titolo", 44),
)
_AFTER = (
    ("Punteggio totale", 11),
    ("Esito", 24),
    ("Contributo richiesto", 16),
    ("Contributo concesso", 16),
    ("Note di parità", 60),
)
INCOMPLETE_HEADER = "Valutazione"
INCOMPLETE_TEXT = "incompleta: mancano schede inviate"
_CRITERION_WIDTH = 11

_OUTCOME_FILLS = {
    RankingOutcome.FINANZIATA: PatternFill("solid", fgColor="D8EED9"),
    RankingOutcome.FINANZIATA_PARZIALMENTE: PatternFill("solid", fgColor="EEF5D6"),
    RankingOutcome.NON_IDONEA: PatternFill("solid", fgColor="EEEEEE"),
    RankingOutcome.NON_AMMISSIBILE: PatternFill("solid", fgColor="EEEEEE"),
    RankingOutcome.RITIRATA: PatternFill("solid", fgColor="FBE3D6"),
    RankingOutcome.REVOCATA: PatternFill("solid", fgColor="FBE3D6"),
}


def _local(moment: datetime) -> datetime:
    """A stored UTC time as the PC's local time, as the window shows it."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def criterion_header(code: str) -> str:
    return f"Criterio {code}"


def headers(view: RankingView) -> list[str]:
    names = [h for h, _ in _BEFORE] + [criterion_header(c) for c in view.criteria] + [h for h, _ in _AFTER]
    if view.provisional:
        names.append(INCOMPLETE_HEADER)
    return names


def _widths(view: RankingView) -> list[int]:
    widths = [w for _, w in _BEFORE] + [_CRITERION_WIDTH] * len(view.criteria) + [w for _, w in _AFTER]
    if view.provisional:
        widths.append(24)
    return widths


def title_lines(view: RankingView) -> list[str]:
    """What the block above the table says, one line each (also used by the command line)."""
    lines = [f"Graduatoria del bando {view.call_code}", view.call_title]
    when = format_datetime(_local(view.computed_at))
    if view.version is None:
        lines.append(f"Calcolata il {when} dai punteggi inviati (non ancora salvata)")
    else:
        lines.append(f"Versione {view.version}, calcolata il {when}")
    if view.approved and view.decree_number:
        lines.append(f"Approvata con DD n. {view.decree_number} del {format_date(view.decree_date)}")
    elif not view.provisional:
        lines.append("Non ancora approvata")
    if view.note and not (view.approved and view.note.startswith("Graduatoria approvata")):
        lines.append(view.note)
    return lines


def _line_values(view: RankingView, line: RankingLine) -> list[Any]:
    values: list[Any] = [
        line.position,
        line.rank,
        line.protocol_number,
        line.protocol_date,
        line.lead,
        line.title,
        *(line.criterion_scores.get(code) for code in view.criteria),
        line.total,
        line.outcome.label,
        line.requested_grant,
        line.grant,
        line.tie_break_note,
    ]
    if view.provisional:
        values.append("" if line.complete else INCOMPLETE_TEXT)
    return values


def write_ranking_xlsx(view: RankingView, path: Path | str) -> Path:
    """Write the ranking `view` to `path` (.xlsx); the file appears only when complete."""
    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = PROVISIONAL_SHEET_TITLE if view.provisional else SHEET_TITLE
    names = headers(view)
    last = len(names)
    criteria = len(view.criteria)
    first_criterion = len(_BEFORE) + 1
    total_col = first_criterion + criteria
    outcome_col, requested_col, grant_col, note_col = (
        total_col + 1,
        total_col + 2,
        total_col + 3,
        total_col + 4,
    )

    row = _title_block(sheet, view, last)
    header_row = row
    for column, text in enumerate(names, 1):
        cell = put(sheet, header_row, column, text)
        cell.font = BOLD
        cell.fill = HEADER_FILL
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        cell.border = Border(bottom=THIN)
    sheet.row_dimensions[header_row].height = 32

    for line in view.lines:
        row += 1
        for column, value in enumerate(_line_values(view, line), 1):
            cell = put(sheet, row, column, value)
            cell.alignment = WRAP if column in (6, note_col) else TOP
        sheet.cell(row=row, column=4).number_format = DATE_FORMAT
        for column in range(first_criterion, total_col + 1):
            sheet.cell(row=row, column=column).number_format = SCORE_FORMAT
        sheet.cell(row=row, column=total_col).font = BOLD
        for column in (requested_col, grant_col):
            sheet.cell(row=row, column=column).number_format = EURO_FORMAT
        fill = _OUTCOME_FILLS.get(line.outcome)
        if fill is not None:
            sheet.cell(row=row, column=outcome_col).fill = fill
        if view.provisional and not line.complete:
            sheet.cell(row=row, column=last).font = Font(color=RED)
    last_data_row = row
    if view.lines:
        sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(last)}{last_data_row}"

    row = _totals(sheet, view, last_data_row + 2, outcome_col, requested_col, grant_col)

    for column, width in enumerate(_widths(view), 1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    # Scrolling keeps the header and the first columns (position, rank, protocol) in view.
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=4)
    _page_setup(sheet, view, header_row)
    with atomic_output(path) as partial:
        workbook.save(partial)
    return path


def _title_block(sheet: Worksheet, view: RankingView, last: int) -> int:
    """Write the lines above the table; return the header's row."""
    lines = title_lines(view)
    row = 1
    for number, text in enumerate(lines):
        cell = put(sheet, row, 1, text)
        if number == 0:
            cell.font = Font(bold=True, size=14)
        elif number == 1:
            cell.font = Font(bold=True, size=12)
        elif text.startswith("Approvata"):
            cell.font = Font(bold=True, color="1E6B30")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        row += 1
    if view.provisional:
        mark = put(sheet, row, 1, PROVISIONAL_MARK)
        mark.font = Font(bold=True, size=20, color=RED)
        mark.fill = PROVISIONAL_FILL
        mark.alignment = Alignment(horizontal="center", vertical="center")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        sheet.row_dimensions[row].height = 32
        row += 1
        note = put(sheet, row, 1, PROVISIONAL_TEXT)
        note.font = Font(bold=True, color=RED)
        note.fill = PROVISIONAL_FILL
        note.alignment = Alignment(horizontal="center")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        row += 1
    budget = (
        f"Dotazione {format_money(view.budget)} · impegnato {format_money(view.committed)} · "
        f"residuo {format_money(view.remaining)}"
    )
    put(sheet, row, 1, budget)
    sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
    return row + 2


def _totals(
    sheet: Worksheet, view: RankingView, row: int, outcome_col: int, requested_col: int, grant_col: int
) -> int:
    """Requested and committed sums under the amount columns, then budget and remaining."""
    requested = sum((line.requested_grant for line in view.lines), Decimal("0.00"))
    rows: Sequence[tuple[str, Decimal | None, Decimal]] = (
        ("Totale", requested, view.committed),
        ("Dotazione del bando", None, view.budget),
        ("Residuo", None, view.remaining),
    )
    for label, asked, amount in rows:
        label_cell = put(sheet, row, outcome_col, label)
        label_cell.font = BOLD
        label_cell.alignment = TOP_RIGHT
        if asked is not None:
            cell = put(sheet, row, requested_col, asked)
            cell.number_format = EURO_FORMAT
            cell.font = BOLD
        cell = put(sheet, row, grant_col, amount)
        cell.number_format = EURO_FORMAT
        cell.font = BOLD
        if label == "Totale":
            for column in (outcome_col, requested_col, grant_col):
                sheet.cell(row=row, column=column).border = Border(top=THIN)
        row += 1
    return row


def _page_setup(sheet: Worksheet, view: RankingView, header_row: int) -> None:
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = f"{header_row}:{header_row}"
    what = f"Bando {view.call_code} – graduatoria"
    if view.version is not None:
        what += f" versione {view.version}"
    if view.provisional:
        sheet.oddHeader.center.text = f"&B{PROVISIONAL_MARK}"
        sheet.oddHeader.center.size = 14
        sheet.oddHeader.center.color = RED
        sheet.oddFooter.left.text = f"{what} – {PROVISIONAL_MARK}"
    else:
        sheet.oddFooter.left.text = what
    sheet.oddFooter.right.text = "Pagina &P di &N"


__all__ = [
    "PROVISIONAL_MARK",
    "PROVISIONAL_SHEET_TITLE",
    "SHEET_TITLE",
    "headers",
    "title_lines",
    "write_ranking_xlsx",
]
