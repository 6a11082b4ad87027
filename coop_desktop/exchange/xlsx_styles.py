"""Cell styles and formats shared by the office's formatted workbooks (ranking, decree annexes)."""

from __future__ import annotations

from typing import Any

from openpyxl.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill, Side
from openpyxl.worksheet.worksheet import Worksheet

EURO_FORMAT = '"€" #,##0.00'
SCORE_FORMAT = "0.00"
DATE_FORMAT = "DD/MM/YYYY"

RED = "B3261E"
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
PROVISIONAL_FILL = PatternFill("solid", fgColor="FDE7E4")
WRAP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
TOP_RIGHT = Alignment(vertical="top", horizontal="right")
THIN = Side(style="thin", color="808080")


def put(sheet: Worksheet, row: int, column: int, value: Any) -> Cell:
    """A cell; text is always text (a title starting with «=» is not a formula)."""
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
    return cell
