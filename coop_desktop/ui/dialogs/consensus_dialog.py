"""The committee's consensus (Consenso): criteria on which the evaluators diverge beyond the call's threshold.

`open_consensus(parent, services, call_id)` shows them modally: each flagged criterion of each
application with every evaluator's score, the spread against the threshold, the mean and any
consensus score with its reason. Selecting one lets the committee record a consensus score (it
replaces the mean in the ranking) with a required reason, or remove it. Read-only for roles without
MANAGE_EVALUATION and once the call has left the evaluation.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QDialog, QHeaderView, QWidget

from coop_desktop.domain.enums import CallStatus
from coop_desktop.domain.formatting import format_number
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.typed_input import decimal_from_text
from coop_desktop.services.consensus import DivergenceView
from coop_desktop.services.errors import ServiceError
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.forms.ui_consensus_dialog import Ui_ConsensusDialog
from coop_desktop.ui.models.paged_table_model import LEFT, RAW_ROLE, RIGHT

_AGREED = "#1e5b2c"


@dataclass(frozen=True)
class _Column:
    key: str
    header: str
    width: int
    align: Qt.AlignmentFlag = LEFT


class DivergencesTableModel(QAbstractTableModel):
    """One row per flagged criterion of an application; RAW_ROLE gives the DivergenceView's value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[DivergenceView] = []
        self.columns = [
            _Column("protocol_number", self.tr("Protocol"), 13),
            _Column("lead", self.tr("Lead applicant"), 26),
            _Column("code", self.tr("Criterion"), 8),
            _Column("scores", self.tr("Evaluators' scores"), 34),
            _Column("range", self.tr("Low–high"), 12, RIGHT),
            _Column("threshold", self.tr("Threshold"), 9, RIGHT),
            _Column("mean", self.tr("Mean"), 7, RIGHT),
            _Column("consensus", self.tr("Consensus"), 9, RIGHT),
            _Column("reason", self.tr("Reason"), 30),
        ]

    def set_rows(self, rows: list[DivergenceView]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row(self, row: int) -> DivergenceView:
        return self._rows[row]

    def find(self, application_id: int, code: str) -> int | None:
        return next(
            (n for n, d in enumerate(self._rows) if d.application_id == application_id and d.code == code),
            None,
        )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(self.columns[section].align)
        return None

    def text(self, d: DivergenceView, key: str) -> str:
        if key == "scores":
            return " · ".join(f"{name}: {format_number(points)}" for name, points in d.scores)
        if key == "range":
            return f"{format_number(d.low)} – {format_number(d.high)}"
        if key in ("threshold", "mean", "consensus"):
            value = getattr(d, key)
            return "" if value is None else format_number(value)
        return str(getattr(d, key) or "")

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        d = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(d, column.key)
        if role == RAW_ROLE:
            return None if column.key in ("scores", "range") else getattr(d, column.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole:
            if column.key == "range":
                return self.tr(
                    "The scores are {spread} apart, more than the threshold of {threshold} (maximum {max})."
                ).format(
                    spread=format_number(d.high - d.low),
                    threshold=format_number(d.threshold),
                    max=format_number(d.max_points),
                )
            text = self.text(d, column.key)
            return text if column.key in ("lead", "scores", "reason") and text else None
        if column.key == "consensus" and d.consensus is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(_AGREED))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if column.key == "mean" and d.consensus is not None and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setStrikeOut(True)  # replaced by the consensus
            return font
        return None


class ConsensusDialog(QDialog):
    def __init__(self, services: AppServices, call_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.call_id = call_id
        # A consensus score was recorded or removed: the ranking behind the dialog needs a reload.
        self.changed = False
        self._editable = False
        self.ui = Ui_ConsensusDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = DivergencesTableModel(self)
        ui.divergencesTable.setModel(self.model)
        header = ui.divergencesTable.horizontalHeader()
        header.setStretchLastSection(True)
        self._size_columns()
        ui.divergencesTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        ui.divergencesTable.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        ui.divergencesTable.selectionModel().selectionChanged.connect(self._chosen)
        ui.recordButton.clicked.connect(self.record)
        ui.removeButton.clicked.connect(self.remove)
        ui.pointsEdit.textEdited.connect(ui.errorLabel.hide)
        ui.reasonEdit.textChanged.connect(self._update_buttons)
        ui.pointsEdit.textChanged.connect(self._update_buttons)
        ui.buttonBox.rejected.connect(self.reject)
        self.reload()

    def _size_columns(self) -> None:
        """Names and reasons get a fixed share; codes, scores and numbers as wide as their text."""
        table = self.ui.divergencesTable
        char = self.fontMetrics().averageCharWidth()
        for section, column in enumerate(self.model.columns):
            if column.key in ("lead", "reason") or not self.model.rowCount():
                title = self.fontMetrics().horizontalAdvance(column.header) + 24
                table.horizontalHeader().resizeSection(section, max(column.width * char + 12, title))
            else:
                table.resizeColumnToContents(section)

    # -- loading ----------------------------------------------------------------------------------

    def reload(self, keep: tuple[int, str] | None = None) -> None:
        ui = self.ui
        ui.errorLabel.hide()
        try:
            detail = self._services.call_records.get(self.call_id)
            rows = self._services.consensus.divergences(self.call_id)
        except ServiceError as exc:
            self.model.set_rows([])
            ui.countLabel.setText(str(exc))
            self._editable = False
            ui.editBox.hide()
            ui.readOnlyLabel.hide()
            return
        self.setWindowTitle(self.tr("Consensus – {code}").format(code=detail.data.code))
        ui.headerLabel.setText(f"{detail.data.code} – {detail.data.title}")
        can = self._services.user.can(Permission.MANAGE_EVALUATION)
        evaluating = detail.status is CallStatus.IN_VALUTAZIONE
        self._editable = can and evaluating
        if not can:
            ui.readOnlyLabel.setText(
                self.tr("Your role can read the divergences but not record a consensus.")
            )
        elif not evaluating:
            ui.readOnlyLabel.setText(
                self.tr("The call is «{status}»: consensus scores can no longer change.").format(
                    status=detail.status.label
                )
            )
        else:
            ui.readOnlyLabel.clear()
        ui.readOnlyLabel.setVisible(bool(ui.readOnlyLabel.text()))
        self.model.set_rows(rows)
        self._size_columns()
        agreed = sum(1 for d in rows if d.consensus is not None)
        if rows:
            ui.countLabel.setText(
                self.tr("%n flagged criterion(s)", "", len(rows))
                + " · "
                + self.tr("%n with a consensus score", "", agreed)
            )
        else:
            ui.countLabel.setText(
                self.tr("No divergence: on every criterion the evaluators are within the call's threshold.")
            )
        ui.editBox.setVisible(bool(rows))
        row = self.model.find(*keep) if keep else None
        if row is None and rows:
            row = 0
        if row is not None:
            ui.divergencesTable.selectRow(row)
        self._chosen()

    def selected(self) -> DivergenceView | None:
        rows = self.ui.divergencesTable.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def select(self, protocol: str, code: str) -> None:
        for row in range(self.model.rowCount()):
            d = self.model.row(row)
            if d.protocol_number == protocol and d.code == code:
                self.ui.divergencesTable.selectRow(row)
                return

    def _chosen(self) -> None:
        ui = self.ui
        d = self.selected()
        ui.errorLabel.hide()
        if d is None:
            ui.selectedLabel.setText(self.tr("Select a flagged criterion."))
            ui.pointsEdit.clear()
            ui.reasonEdit.clear()
            ui.maxLabel.clear()
        else:
            ui.selectedLabel.setText(
                self.tr(
                    "Application prot. {protocol} ({lead}), criterion {code}: scores from {low} to {high}, "
                    "threshold {threshold}, mean {mean}."
                ).format(
                    protocol=d.protocol_number,
                    lead=d.lead,
                    code=d.code,
                    low=format_number(d.low),
                    high=format_number(d.high),
                    threshold=format_number(d.threshold),
                    mean=format_number(d.mean),
                )
            )
            ui.maxLabel.setText(self.tr("from 0 to {max}").format(max=format_number(d.max_points)))
            ui.pointsEdit.setText("" if d.consensus is None else format_number(d.consensus))
            ui.reasonEdit.setPlainText(d.reason or "")
        for widget in (ui.pointsEdit, ui.reasonEdit):
            widget.setReadOnly(not self._editable or d is None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ui = self.ui
        d = self.selected()
        ready = bool(ui.pointsEdit.text().strip()) and bool(ui.reasonEdit.toPlainText().strip())
        ui.recordButton.setEnabled(self._editable and d is not None and ready)
        ui.removeButton.setEnabled(self._editable and d is not None and d.consensus is not None)

    # -- actions ----------------------------------------------------------------------------------

    def _error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.show()

    def record(self) -> bool:
        d = self.selected()
        if d is None or not self._editable:
            return False
        text = self.ui.pointsEdit.text().strip()
        points = decimal_from_text(text)
        if points is None:
            self._error(self.tr("«{text}» is not a score: write for example 31,5.").format(text=text))
            return False
        try:
            self._services.consensus.record(
                d.application_id, d.code, points, self.ui.reasonEdit.toPlainText()
            )
        except ServiceError as exc:
            self._error(str(exc))
            return False
        self.changed = True
        self.reload(keep=(d.application_id, d.code))
        return True

    def remove(self) -> bool:
        d = self.selected()
        if d is None or not self._editable or d.consensus is None:
            return False
        try:
            self._services.consensus.remove(d.application_id, d.code)
        except ServiceError as exc:
            self._error(str(exc))
            return False
        self.changed = True
        self.reload(keep=(d.application_id, d.code))
        return True


def open_consensus(parent: QWidget, services: AppServices, call_id: int) -> None:
    """Show the divergences of the call and the committee's consensus scores, modally."""
    dialog = ConsensusDialog(services, call_id, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


__all__ = ["ConsensusDialog", "DivergencesTableModel", "open_consensus"]
