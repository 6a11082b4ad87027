"""The Valutazioni grid: one row per application, one column per evaluator, over an `EvaluationGrid`.

The grid comes whole from `EvaluationGridService.grid()` (a call has at most a few thousand
applications): the model only holds it and formats it. Sorting goes through a proxy comparing the
values of `SORT_ROLE` (numbers as numbers, the protocol in protocol order).
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from coop_desktop.domain.enums import AssignmentStatus, CallStatus
from coop_desktop.domain.formatting import format_datetime, format_number
from coop_desktop.services.evaluation_grid import EvaluationGrid, EvaluatorColumn, GridCell, GridRow

AnyIndex = QModelIndex | QPersistentModelIndex

# What the sort proxy compares: floats and casefolded texts, never None.
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
# The GridRow (fixed columns) or the GridCell or None (evaluator columns), for tests and the tab.
RAW_ROLE = Qt.ItemDataRole.UserRole + 2

PROTOCOL, LEAD, TITLE = 0, 1, 2
FIXED = 3  # columns before the evaluators'

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

# (background, text) of a cell by the form's status: grey to do, blue declared, amber draft,
# green submitted, red conflict.
STATUS_COLOURS: dict[AssignmentStatus, tuple[str, str]] = {
    AssignmentStatus.ASSEGNATA: ("#eef0f2", "#3c4043"),
    AssignmentStatus.DICHIARATA: ("#e8f0fe", "#1f4e99"),
    AssignmentStatus.BOZZA: ("#fff4ce", "#5c4400"),
    AssignmentStatus.INVIATA: ("#e6f4ea", "#1e6b2f"),
    AssignmentStatus.CONFLITTO: ("#fce8e6", "#8c1d18"),
}
_FLAG_COLOUR = "#8a5a00"
# Where a cell without points sorts: below every total, by status; no form at all below those.
_STATUS_ORDER = (
    AssignmentStatus.CONFLITTO,
    AssignmentStatus.ASSEGNATA,
    AssignmentStatus.DICHIARATA,
    AssignmentStatus.BOZZA,
    AssignmentStatus.INVIATA,
)


def local_time(moment: datetime | None) -> str:
    """Stored in UTC; shown in the PC's local time, as every other time in the app."""
    if moment is None:
        return ""
    return format_datetime(moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


def points_text(value: Decimal) -> str:
    """Points as the office writes them: 30, 7,5."""
    return format_number(value, 0 if value == value.to_integral_value() else 1)


class EvaluationGridModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid: EvaluationGrid | None = None
        self._rows: tuple[GridRow, ...] = ()
        self._evaluators: tuple[EvaluatorColumn, ...] = ()
        self._status_texts = {
            AssignmentStatus.ASSEGNATA: self.tr("Assigned"),
            AssignmentStatus.DICHIARATA: self.tr("Declared"),
            AssignmentStatus.BOZZA: self.tr("Draft"),
            AssignmentStatus.INVIATA: self.tr("Submitted"),
            AssignmentStatus.CONFLITTO: self.tr("Conflict"),
        }
        self._brushes = {
            status: (QBrush(QColor(back)), QBrush(QColor(text)))
            for status, (back, text) in STATUS_COLOURS.items()
        }
        self._flag_brush = QBrush(QColor(_FLAG_COLOUR))

    # -- what the tab and the tests read -------------------------------------------------------------

    @property
    def grid(self) -> EvaluationGrid | None:
        return self._grid

    def set_grid(self, grid: EvaluationGrid | None) -> None:
        self.beginResetModel()
        self._grid = grid
        self._rows = grid.rows if grid else ()
        self._evaluators = grid.evaluators if grid else ()
        self.endResetModel()

    @property
    def score_column(self) -> int:
        return FIXED + len(self._evaluators)

    @property
    def flags_column(self) -> int:
        return self.score_column + 1

    def status_text(self, status: AssignmentStatus) -> str:
        return self._status_texts[status]

    def row_at(self, row: int) -> GridRow:
        return self._rows[row]

    def evaluator_at(self, column: int) -> EvaluatorColumn | None:
        """The evaluator of an evaluator column; None for the other columns."""
        if FIXED <= column < self.score_column:
            return self._evaluators[column - FIXED]
        return None

    def cell_at(self, index: AnyIndex) -> GridCell | None:
        """The form shown in that cell (None: not an evaluator column, or no form)."""
        if not index.isValid():
            return None
        evaluator = self.evaluator_at(index.column())
        if evaluator is None:
            return None
        return self._rows[index.row()].cells.get(evaluator.id)

    def row_of(self, application_id: int) -> int | None:
        return next((n for n, r in enumerate(self._rows) if r.application_id == application_id), None)

    def column_of(self, evaluator_id: int) -> int | None:
        return next((FIXED + n for n, e in enumerate(self._evaluators) if e.id == evaluator_id), None)

    # -- texts --------------------------------------------------------------------------------------

    def cell_text(self, cell: GridCell | None) -> str:
        if cell is None:
            return ""
        label = self._status_texts[cell.status]
        if cell.total is None or cell.status is AssignmentStatus.CONFLITTO:
            return label
        return f"{label} · {format_number(cell.total)}"

    def cell_tooltip(self, cell: GridCell | None, evaluator: EvaluatorColumn) -> str:
        if cell is None:
            return self.tr("Not assigned to {name}").format(name=evaluator.full_name)
        lines = [f"{evaluator.full_name}: {self._status_texts[cell.status].lower()}"]
        if cell.declared_at is not None:
            if cell.status is AssignmentStatus.CONFLITTO:
                text = self.tr("Conflict of interest declared on {when}")
            else:
                text = self.tr("No conflict of interest declared on {when}")
            lines.append(text.format(when=local_time(cell.declared_at)))
        if cell.submitted_at is not None and cell.status is AssignmentStatus.INVIATA:
            lines.append(self.tr("Submitted on {when}").format(when=local_time(cell.submitted_at)))
        if cell.total is not None and cell.status is not AssignmentStatus.CONFLITTO:
            lines.append(self.tr("Total: {points}").format(points=format_number(cell.total)))
        return "\n".join(lines)

    def flags_text(self, row: GridRow) -> str:
        parts = []
        if row.divergent:
            parts.append(self.tr("Divergent: {codes}").format(codes=", ".join(row.divergent)))
        if row.consensus:
            parts.append(self.tr("Consensus: {codes}").format(codes=", ".join(row.consensus)))
        missing = self._missing(row)
        if missing:
            parts.append(self.tr("%n evaluator(s) missing", "", missing))
        return "; ".join(parts)

    def _missing(self, row: GridRow) -> int:
        """Evaluators still to give the application, for whoever sees every form of an open call."""
        grid = self._grid
        if grid is None or not grid.all_scores_visible or grid.call.status is not CallStatus.IN_VALUTAZIONE:
            return 0
        return max(0, grid.per_application - row.active_forms)

    def _score_tooltip(self, row: GridRow) -> str:
        grid = self._grid
        if row.score is not None:
            return self.tr(
                "Score by the ranking rules: the mean of the evaluators' points on each criterion "
                "(or the committee's consensus), summed"
            )
        if grid is not None and not grid.all_scores_visible and not grid.ranking_computed:
            return self.tr("The scores appear once the office has computed the ranking.")
        return self.tr("No score yet: the submitted forms are still too few.")

    # -- QAbstractTableModel ------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self._grid is None else FIXED + len(self._evaluators) + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        evaluator = self.evaluator_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if evaluator is not None:
                return evaluator.full_name
            return {
                PROTOCOL: self.tr("Protocol"),
                LEAD: self.tr("Lead applicant"),
                TITLE: self.tr("Title"),
                self.score_column: self.tr("Score"),
                self.flags_column: self.tr("Flags"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if evaluator is not None:
                return self.tr(
                    "{name} ({username}): %n active form(s) on this call", "", evaluator.load
                ).format(name=evaluator.full_name, username=evaluator.username)
            if section == self.flags_column:
                return self.tr(
                    "Divergent: criteria whose scores differ beyond the call's threshold (consensus "
                    "needed). Consensus: criteria scored by the committee's consensus."
                )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if section == self.score_column else LEFT)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        evaluator = self.evaluator_at(column)
        if evaluator is not None:
            return self._cell_data(row, row.cells.get(evaluator.id), evaluator, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.score_column:
                return self._score_tooltip(row)
            if column == PROTOCOL:
                return f"{row.protocol_number} · {row.status.label}"
            return self._text(row, column) or None
        if role == SORT_ROLE:
            if column == PROTOCOL:
                return float(index.row())  # the grid comes in protocol order
            if column == self.score_column:
                return float(row.score) if row.score is not None else -1.0
            return self._text(row, column).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if column == self.score_column else LEFT)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.flags_column and row.divergent:
            return self._flag_brush
        if role == RAW_ROLE:
            return row
        return None

    def _text(self, row: GridRow, column: int) -> str:
        if column == PROTOCOL:
            return row.protocol_number
        if column == LEAD:
            return row.lead
        if column == TITLE:
            return row.title
        if column == self.score_column:
            return format_number(row.score) if row.score is not None else ""
        if column == self.flags_column:
            return self.flags_text(row)
        return ""

    def _cell_data(self, row: GridRow, cell: GridCell | None, evaluator: EvaluatorColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell_tooltip(cell, evaluator)
        if role == SORT_ROLE:
            if cell is None:
                return -20.0
            if cell.total is not None and cell.status is not AssignmentStatus.CONFLITTO:
                return float(cell.total)
            return -10.0 + _STATUS_ORDER.index(cell.status)
        if role == RAW_ROLE:
            return cell
        if cell is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brushes[cell.status][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._brushes[cell.status][1]
        return None
