"""Exporting the actors a list shows to an .xlsx file that re-imports as it is.

Rows are streamed from one SELECT of plain columns (no ORM objects) into an openpyxl write-only
sheet, so memory stays flat for 100k actors. The file appears only when complete.
"""

from __future__ import annotations

import contextlib
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from sqlalchemy import ColumnElement, Select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor
from coop_desktop.exchange.actors_columns import ACTOR_COLUMNS, SHEET_TITLE
from coop_desktop.exchange.progress import CancelFn, ProgressFn, Steps
from coop_desktop.exchange.xlsx_safety import atomic_output, text_value
from coop_desktop.services.actors import _SORTABLE, ActorService
from coop_desktop.services.listing import ListQuery, apply_sort, count_rows

_FETCH_ROWS = 2_000
_CANCELLED = "Esportazione annullata: il file non è stato creato."
ARCHIVED_HEADER = "Archiviato"


@dataclass(frozen=True)
class ActorExportResult:
    path: Path
    rows: int


def _statements(db: Database, query: ListQuery, include_archived: bool) -> list[Select[Any]]:
    """The list's own filter and sort, selecting the exported columns.

    ActorService keeps both private today; they are reused rather than copied so the file always
    holds what the user sees in the list.
    """
    service = ActorService(db)
    columns: list[ColumnElement[Any]] = [getattr(Actor, c.field) for c in ACTOR_COLUMNS.columns]
    if include_archived:
        columns.append(Actor.is_archived)
        queries = [
            dataclasses.replace(query, filters={**query.filters, "archived": archived})
            for archived in (False, True)
        ]
    else:
        queries = [query]
    return [
        apply_sort(service._filtered(q).with_only_columns(*columns), q, _SORTABLE, (Actor.name,), Actor.id)
        for q in queries
    ]


def _row_values(sheet: Any, row: Sequence[Any], type_index: int) -> list[Any]:
    values = list(row)
    for index, value in enumerate(values):
        if value.__class__ is str:  # not the ActorType (a str subclass), labelled below
            values[index] = text_value(sheet, value)
    values[type_index] = row[type_index].label
    if len(values) > len(ACTOR_COLUMNS.columns):  # the "Archiviato" column
        values[-1] = "Sì" if values[-1] else "No"
    return values


def _write_sheet(
    db: Database, sheet: Any, statements: list[Select[Any]], headers: list[str], steps: Steps
) -> int:
    last_column = get_column_letter(len(headers))
    with db.reading() as session:
        total = sum(count_rows(session, stmt) for stmt in statements)
        steps.report(0, total, "Esportazione dei soggetti…")
        # Sheet-level settings go before the first row: write-only mode streams them out with it.
        # The size (openpyxl's hook for it) saves readers a full pre-scan, our importer included.
        sheet.calculate_dimension = lambda: f"A1:{last_column}{total + 1}"
        sheet.freeze_panes = "A2"
        sheet.print_title_rows = "1:1"
        widths = [c.width for c in ACTOR_COLUMNS.columns] + [11]
        for number, width in enumerate(widths[: len(headers)], 1):
            sheet.column_dimensions[get_column_letter(number)].width = width
        bold = Font(bold=True)
        header_cells = []
        for text in headers:
            cell = WriteOnlyCell(sheet, value=text)
            cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        type_index = [c.field for c in ACTOR_COLUMNS.columns].index("actor_type")
        done = 0
        for stmt in statements:
            result = session.execute(stmt, execution_options={"yield_per": _FETCH_ROWS})
            for partition in result.partitions():
                for row in partition:
                    sheet.append(_row_values(sheet, row, type_index))
                done += len(partition)
                steps.report(done, total, "Esportazione dei soggetti…")
    sheet.auto_filter.ref = f"A1:{last_column}{done + 1}"
    return done


def _discard(sheet: Any) -> None:
    """Abandon a write-only sheet that will not be saved.

    openpyxl has no public way to do it: closing ends the sheet's XML stream (left open, its
    generators raise when garbage-collected) and cleanup() deletes its temporary file at once
    instead of at interpreter exit.
    """
    with contextlib.suppress(Exception):
        sheet.close()
        sheet._writer.cleanup()


def export_actors(
    db: Database,
    path: Path | str,
    query: ListQuery | None = None,
    *,
    include_archived: bool = False,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> ActorExportResult:
    """Write the actors matching `query` (the list's search, filters and sort) to `path`.

    With `include_archived` the archived actors follow the others and a column says which they are.
    Raises ExportFailed if the file cannot be written, OperationCancelled on cancel (no file left).
    """
    path = Path(path)
    query = query or ListQuery()
    steps = Steps(progress, is_cancelled, _CANCELLED, every=_FETCH_ROWS)
    statements = _statements(db, query, include_archived)
    headers = [c.label for c in ACTOR_COLUMNS.columns] + ([ARCHIVED_HEADER] if include_archived else [])
    with atomic_output(path) as partial:
        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet(SHEET_TITLE)
        try:
            done = _write_sheet(db, sheet, statements, headers, steps)
            steps.report(done, done, "Salvataggio del file…")
            workbook.save(partial)
        except BaseException:
            _discard(sheet)
            raise
    return ActorExportResult(path, done)
