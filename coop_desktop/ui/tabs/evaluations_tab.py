"""The Valutazioni tab: for one call, applications × evaluators with each scoring form's progress.

The office assigns the applications (by hand or balanced automatically), follows the forms, reopens
a submitted one with a reason and opens the ranking and the consensus; an evaluator sees only their
own column and opens their forms. The buttons mirror the services' checks (role, call stage, the
selected form's status); the services refuse anyway, and their Italian messages are shown as they are.
Dialogs open window-modal without blocking (`open()`) and each action returns what it opened, so the
grid reloads when they end and tests can drive them.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import QDialog, QHeaderView, QInputDialog, QMessageBox, QStyle, QWidget

from coop_desktop.domain.enums import AssignmentStatus, CallStatus
from coop_desktop.domain.permissions import Permission
from coop_desktop.services.errors import PermissionDenied, ServiceError
from coop_desktop.services.evaluation_common import EVALUATED_STATUSES
from coop_desktop.services.evaluation_grid import EvaluationCall, EvaluationGrid, GridCell, GridRow
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.note_dialog import NoteDialog
from coop_desktop.ui.forms.ui_evaluations_tab import Ui_EvaluationsTab
from coop_desktop.ui.models.evaluation_grid_model import (
    LEAD,
    PROTOCOL,
    SORT_ROLE,
    TITLE,
    EvaluationGridModel,
)

# Long enough to skip the reloads of a word typed quickly, short enough to feel immediate.
SEARCH_DELAY_MS = 200
# Column widths in average characters (the title takes what is left).
_WIDTHS = {PROTOCOL: 13, LEAD: 22, TITLE: 24}
_EVALUATOR_WIDTH = 13
_SCORE_WIDTH = 9
_FLAGS_WIDTH = 16
# Forms that can be taken back: nobody has scored on them yet.
_REVOCABLE = (AssignmentStatus.ASSEGNATA, AssignmentStatus.DICHIARATA)

# The dialogs of the ranking, the consensus and the evaluator workbooks: module, function.
RANKING = ("coop_desktop.ui.dialogs.ranking_dialog", "open_ranking")
CONSENSUS = ("coop_desktop.ui.dialogs.consensus_dialog", "open_consensus")
EXPORT_WORKBOOKS = ("coop_desktop.ui.dialogs.score_exchange", "export_workbooks")
IMPORT_SCORES = ("coop_desktop.ui.dialogs.score_exchange", "import_scores")


class EvaluationsTab(QWidget):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._calls: list[EvaluationCall] = []
        self._loaded = False
        self._refusal: str | None = None
        user = services.user
        self.manager = user.can(Permission.MANAGE_EVALUATION)
        self.scorer = user.can(Permission.SCORE)
        self.overseer = user.can(Permission.VIEW_ALL_SCORES)
        self.ui = Ui_EvaluationsTab()
        self.ui.setupUi(self)
        self.model = EvaluationGridModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._set_up_table()
        self._set_up_actions()
        self._show_empty(self.tr("Loading…"))

    # -- building ---------------------------------------------------------------------------------

    def _set_up_table(self) -> None:
        table = self.ui.tableView
        table.setModel(self.proxy)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.viewport().installEventFilter(self)
        # Double-click or Enter on a cell opens its form.
        table.activated.connect(lambda _index: self.open_selected())
        table.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())

    def _set_up_actions(self) -> None:
        ui = self.ui
        # What the role can never do is not shown at all; the rest follows the call and the selection.
        for button in (ui.assignButton, ui.autoAssignButton, ui.unassignButton, ui.reopenButton):
            button.setVisible(self.manager)
        ui.consensusButton.setVisible(self.overseer)
        ui.exportButton.setVisible(self.manager or self.scorer)
        ui.importButton.setVisible(self.manager or self.scorer)
        self.printer = self._services.user.can(Permission.PRINT_DOCUMENTS)
        ui.sheetButton.setVisible(self.printer)
        ui.sheetsButton.setVisible(self.printer)
        ui.callCombo.currentIndexChanged.connect(lambda _i: self.reload())
        ui.searchEdit.textChanged.connect(self._search_timer.start)
        ui.searchEdit.returnPressed.connect(self.apply_search)
        self._search_timer.timeout.connect(self.apply_search)
        ui.openButton.clicked.connect(self.open_selected)
        ui.assignButton.clicked.connect(self.assign_selected)
        ui.autoAssignButton.clicked.connect(self.auto_assign)
        ui.unassignButton.clicked.connect(self.unassign_selected)
        ui.reopenButton.clicked.connect(self.reopen_selected)
        ui.rankingButton.clicked.connect(lambda: self._run_elsewhere(RANKING, ui.rankingButton.text()))
        ui.consensusButton.clicked.connect(lambda: self._run_elsewhere(CONSENSUS, ui.consensusButton.text()))
        ui.exportButton.clicked.connect(lambda: self._run_elsewhere(EXPORT_WORKBOOKS, ui.exportButton.text()))
        ui.importButton.clicked.connect(lambda: self._run_elsewhere(IMPORT_SCORES, ui.importButton.text()))
        ui.sheetButton.clicked.connect(self.print_sheet)
        ui.sheetsButton.clicked.connect(self.print_sheets)
        self._update_actions()

    def showEvent(self, event: QShowEvent) -> None:
        """The first query waits until the tab is first shown (hidden tabs cost nothing at start-up);
        coming back to the tab reads the calls and the grid again, as other tabs may have changed them."""
        super().showEvent(event)
        if event.spontaneous():  # the window restored, not the tab chosen
            return
        if self._loaded:
            self.load_calls()
        else:
            self.ensure_loaded()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ui.tableView.viewport():
            self._fit_title()
        return False

    # -- loading ----------------------------------------------------------------------------------

    @property
    def loaded(self) -> bool:
        return self._loaded

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.load_calls()

    def load_calls(self) -> None:
        """Fill the call selector (keeping the chosen call when it is still there) and load its grid."""
        self._loaded = True
        combo = self.ui.callCombo
        chosen = self.call_id
        try:
            self._calls = self._services.evaluation_grid.calls()
            self._refusal = None
        except PermissionDenied as exc:
            self._calls = []
            self._refusal = str(exc)
        combo.blockSignals(True)
        combo.clear()
        for call in self._calls:
            text = f"{call.code} — {call.title} ({call.status.label})"
            combo.addItem(text, call.id)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        if chosen is not None and combo.findData(chosen) >= 0:
            combo.setCurrentIndex(combo.findData(chosen))
        combo.blockSignals(False)
        combo.setEnabled(bool(self._calls))
        self.ui.searchEdit.setEnabled(bool(self._calls))
        self.reload()

    @property
    def call_id(self) -> int | None:
        value = self.ui.callCombo.currentData()
        return int(value) if value is not None else None

    def select_call(self, call_id: int) -> None:
        self.ensure_loaded()
        index = self.ui.callCombo.findData(call_id)
        if index >= 0:
            self.ui.callCombo.setCurrentIndex(index)

    @property
    def grid(self) -> EvaluationGrid | None:
        return self.model.grid

    def apply_search(self) -> None:
        """Filter the rows now (the timer calls this once typing pauses)."""
        self._search_timer.stop()
        self.reload()

    def reload(self) -> None:
        """Read the grid of the chosen call again, keeping the selected cell when it is still there."""
        call_id = self.call_id
        if call_id is None:
            self.model.set_grid(None)
            if self._refusal:
                self._show_empty(self._refusal)
            elif self.manager or not self.scorer:
                self._show_empty(
                    self.tr(
                        "No call in evaluation.\n\nA call appears here when the office moves it to «In "
                        "valutazione» (tab Calls), after the formal check of its applications."
                    )
                )
            else:
                self._show_empty(
                    self.tr("No call in evaluation has you on its committee: there is nothing to score yet.")
                )
            self._update_actions()
            return
        keep = self._selected_key()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            grid = self._services.evaluation_grid.grid(call_id, self.ui.searchEdit.text())
        except ServiceError as exc:  # the call was deleted, or the committee changed meanwhile
            QGuiApplication.restoreOverrideCursor()
            self.model.set_grid(None)
            self._show_empty(str(exc))
            self._update_actions()
            return
        QGuiApplication.restoreOverrideCursor()
        columns_changed = self.model.grid is None or self.model.grid.evaluators != grid.evaluators
        self.model.set_grid(grid)
        self.ui.stack.setCurrentWidget(self.ui.gridPage)
        if columns_changed:
            self._size_columns()
        self._show_progress(grid)
        if keep is not None:
            self._select(*keep)
        self._update_actions()

    def _show_empty(self, text: str) -> None:
        self.ui.emptyLabel.setText(text)
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)
        self.ui.progressLabel.clear()

    def _show_progress(self, grid: EvaluationGrid) -> None:
        count = grid.progress.get
        applications = self.tr("%n application(s)", "", len(grid.rows))
        if grid.forms == 0:
            text = self.tr("{applications} · no scoring form assigned yet").format(applications=applications)
        else:
            parts = [
                self.tr("%n assigned", "", count(AssignmentStatus.ASSEGNATA, 0)),
                self.tr("%n declared", "", count(AssignmentStatus.DICHIARATA, 0)),
                self.tr("%n in draft", "", count(AssignmentStatus.BOZZA, 0)),
                self.tr("%n submitted", "", count(AssignmentStatus.INVIATA, 0)),
            ]
            text = self.tr("{applications} · {forms}: {parts}").format(
                applications=applications,
                forms=self.tr("%n form(s)", "", grid.forms),
                parts=", ".join(parts),
            )
            conflicts = count(AssignmentStatus.CONFLITTO, 0)
            if conflicts:
                text += "; " + self.tr("%n conflict(s) of interest", "", conflicts)
        if not grid.all_scores_visible and not grid.ranking_computed:
            text += " — " + self.tr("you see your own scores only, until the ranking is computed")
        elif grid.ranking_computed:
            text += " — " + self.tr("ranking computed")
        self.ui.progressLabel.setText(text)

    def _size_columns(self) -> None:
        table = self.ui.tableView
        header = table.horizontalHeader()
        char = table.fontMetrics().horizontalAdvance("n")
        padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 16
        for column in range(self.model.columnCount()):
            if column in _WIDTHS:
                chars = _WIDTHS[column]
            elif column == self.model.score_column:
                chars = _SCORE_WIDTH
            elif column == self.model.flags_column:
                chars = _FLAGS_WIDTH
            else:
                chars = _EVALUATOR_WIDTH
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            header.resizeSection(
                column, max(chars * char, header.fontMetrics().horizontalAdvance(title) + padding)
            )
        self._fit_title()

    def _fit_title(self) -> None:
        """Give the spare width to the title, never less than its own width (a scroll bar instead)."""
        if self.model.columnCount() == 0:
            return
        table = self.ui.tableView
        header = table.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(header.count()) if i != TITLE)
        minimum = _WIDTHS[TITLE] * table.fontMetrics().horizontalAdvance("n")
        header.resizeSection(TITLE, max(minimum, table.viewport().width() - others))

    # -- selection --------------------------------------------------------------------------------

    def _current_source(self) -> QModelIndex:
        index = self.ui.tableView.selectionModel().currentIndex()
        selected = self.ui.tableView.selectionModel().selectedIndexes()
        if not selected:
            return QModelIndex()
        return self.proxy.mapToSource(index if index.isValid() else selected[0])

    def selected_row(self) -> GridRow | None:
        index = self._current_source()
        return self.model.row_at(index.row()) if index.isValid() else None

    def selected_cell(self) -> tuple[GridRow, int, GridCell] | None:
        """The selected form: its row, its evaluator and its cell. On a fixed column of a grid with
        one evaluator (an evaluator's own), the row's form."""
        index = self._current_source()
        if not index.isValid():
            return None
        row = self.model.row_at(index.row())
        evaluator = self.model.evaluator_at(index.column())
        if evaluator is None and self.grid is not None and len(self.grid.evaluators) == 1:
            evaluator = self.grid.evaluators[0]
        if evaluator is None or evaluator.id not in row.cells:
            return None
        return row, evaluator.id, row.cells[evaluator.id]

    def _selected_key(self) -> tuple[int, int] | None:
        index = self._current_source()
        if not index.isValid():
            return None
        evaluator = self.model.evaluator_at(index.column())
        return self.model.row_at(index.row()).application_id, evaluator.id if evaluator else -index.column()

    def select(self, application_id: int, evaluator_id: int | None = None) -> None:
        """Select an application's cell: its evaluator's form, or the protocol."""
        self._select(application_id, evaluator_id if evaluator_id is not None else -PROTOCOL)

    def _select(self, application_id: int, key: int) -> None:
        row = self.model.row_of(application_id)
        if row is None:
            return
        column = -key if key <= 0 else self.model.column_of(key)
        if column is None or column >= self.model.columnCount():
            column = PROTOCOL
        index = self.proxy.mapFromSource(self.model.index(row, column))
        self.ui.tableView.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.ui.tableView.scrollTo(index)

    def _update_actions(self) -> None:
        ui = self.ui
        grid = self.grid
        managing = self.manager and grid is not None and grid.can_manage
        evaluating = grid is not None and grid.call.status is CallStatus.IN_VALUTAZIONE
        row = self.selected_row()
        picked = self.selected_cell()
        status = picked[2].status if picked else None
        ui.openButton.setEnabled(picked is not None)
        ui.autoAssignButton.setEnabled(managing)
        ui.assignButton.setEnabled(managing and row is not None and row.status in EVALUATED_STATUSES)
        ui.unassignButton.setEnabled(managing and status in _REVOCABLE)
        ui.reopenButton.setEnabled(managing and status is AssignmentStatus.INVIATA)
        # Evaluators read the ranking once the office has computed it.
        ui.rankingButton.setVisible(self.overseer or (grid is not None and grid.ranking_computed))
        ui.rankingButton.setEnabled(grid is not None)
        ui.consensusButton.setEnabled(grid is not None)
        ui.exportButton.setEnabled(evaluating)
        ui.importButton.setEnabled(managing or (self.scorer and evaluating))
        ui.sheetButton.setEnabled(self.printer and row is not None)
        ui.sheetsButton.setEnabled(self.printer and grid is not None)

    # -- actions ----------------------------------------------------------------------------------

    def open_selected(self) -> QDialog | None:
        picked = self.selected_cell()
        if picked is None:
            return None
        row, evaluator_id, cell = picked
        return self.open_form(cell.assignment_id, row.application_id, evaluator_id)

    def open_form(self, assignment_id: int, application_id: int, evaluator_id: int) -> QDialog | None:
        # Imported when first opened: its Qt classes would only slow down the first paint.
        from coop_desktop.ui.dialogs.scoring_form_dialog import ScoringFormDialog

        try:
            dialog = ScoringFormDialog(self._services, assignment_id, self)
        except ServiceError as exc:  # revoked meanwhile, or not the user's own form
            QMessageBox.warning(self, self.tr("Scoring form"), str(exc))
            self.reload()
            return None

        def finished(_result: int) -> None:
            dialog.deleteLater()
            self.reload()
            self._select(application_id, evaluator_id)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def auto_assign(self) -> bool:
        call_id = self.call_id
        if call_id is None:
            return False
        title = self.tr("Assign automatically")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = self._services.assignments.auto_assign(call_id)
        except ServiceError as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.warning(self, title, str(exc))
            return False
        QGuiApplication.restoreOverrideCursor()
        self.reload()
        if result.created:
            lines = [self.tr("%n scoring form(s) assigned.", "", result.created)]
        else:
            lines = [self.tr("No new form: every application already has its evaluators.")]
        if result.load:
            loads = "\n".join(
                "  " + self.tr("{name}: %n form(s)", "", count).format(name=name)
                for name, count in sorted(result.load.items())
            )
            lines.append(self.tr("Forms per evaluator:") + "\n" + loads)
        if result.short:
            short = "\n".join(
                "  " + self.tr("{protocol}: %n evaluator(s) missing", "", missing).format(protocol=protocol)
                for protocol, missing in result.short.items()
            )
            lines.append(
                self.tr("Applications short of evaluators (conflicts of interest, or a committee too small):")
                + "\n"
                + short
            )
            QMessageBox.warning(self, title, "\n\n".join(lines))
        else:
            QMessageBox.information(self, title, "\n\n".join(lines))
        return True

    def assign_selected(self) -> bool:
        """Give the selected application to a committee member chosen from a list with their loads."""
        row = self.selected_row()
        grid = self.grid
        if row is None or grid is None or self.call_id is None:
            return False
        title = self.tr("Assign")
        free = [e for e in grid.evaluators if e.id not in row.cells]
        if not free:
            QMessageBox.information(
                self,
                title,
                self.tr(
                    "Every member of the committee already has a form on the application {protocol}."
                ).format(protocol=row.protocol_number),
            )
            return False
        # The least busy first: the usual choice is the first one.
        ordered = sorted(free, key=lambda e: (e.load, e.full_name))
        choices = [self.tr("{name} — %n form(s)", "", e.load).format(name=e.full_name) for e in ordered]
        text, ok = QInputDialog.getItem(
            self,
            title,
            self.tr("Application {protocol} — {lead}\nGive it to:").format(
                protocol=row.protocol_number, lead=row.lead
            ),
            choices,
            0,
            False,
        )
        if not ok or text not in choices:
            return False
        evaluator = ordered[choices.index(text)]
        try:
            self._services.assignments.assign(self.call_id, row.application_id, evaluator.id)
        except ServiceError as exc:
            QMessageBox.warning(self, title, str(exc))
            self.reload()
            return False
        self.reload()
        self._select(row.application_id, evaluator.id)
        return True

    def unassign_selected(self) -> bool:
        picked = self.selected_cell()
        grid = self.grid
        if picked is None or grid is None:
            return False
        row, evaluator_id, cell = picked
        name = next((e.full_name for e in grid.evaluators if e.id == evaluator_id), "")
        title = self.tr("Revoke assignment")
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Take back the application {protocol} from {name}? Their form (not yet scored) is deleted."
            ).format(protocol=row.protocol_number, name=name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._services.assignments.unassign(cell.assignment_id, cell.version)
        except ServiceError as exc:
            QMessageBox.warning(self, title, str(exc))
            self.reload()
            return False
        self.reload()
        self.select(row.application_id)
        return True

    def reopen_selected(self) -> NoteDialog | None:
        picked = self.selected_cell()
        grid = self.grid
        if picked is None or grid is None:
            return None
        row, evaluator_id, cell = picked
        name = next((e.full_name for e in grid.evaluators if e.id == evaluator_id), "")
        forms = self._services.scoring_forms
        dialog = NoteDialog(
            self,
            self.tr("Reopen form"),
            self.tr(
                "The form of {name} on the application {protocol} goes back to draft, so that it can be "
                "corrected and submitted again. Write why: the reason is logged with your name."
            ).format(name=name, protocol=row.protocol_number),
            lambda reason, _day: forms.reopen(cell.assignment_id, cell.version, reason),
            required=True,
            note_label=self.tr("Reason"),
            ok_text=self.tr("&Reopen"),
        )

        def finished(_result: int) -> None:
            dialog.deleteLater()
            self.reload()
            self._select(row.application_id, evaluator_id)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def print_sheet(self) -> bool:
        """The evaluation sheet of the selected application, in the preview."""
        from coop_desktop.ui.printing_actions import preview_sheet

        row = self.selected_row()
        return row is not None and preview_sheet(self, self._services, row.application_id)

    def print_sheets(self) -> Any:
        """Every sheet of the call and the verbale, written to a folder in the background; the batch."""
        from coop_desktop.ui.printing_actions import print_call_sheets

        call_id = self.call_id
        return None if call_id is None else print_call_sheets(self, self._services, call_id)

    def _run_elsewhere(self, target: tuple[str, str], title: str) -> bool:
        """Open the ranking, consensus or workbook window of the chosen call; reload when it returns."""
        call_id = self.call_id
        if call_id is None:
            return False
        module_name, function_name = target
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            QMessageBox.information(
                self, title.replace("&", ""), self.tr("This function is not available in this version.")
            )
            return False
        action: Callable[[QWidget, AppServices, int], None] = getattr(module, function_name)
        try:
            action(self, self._services, call_id)
        finally:
            self.reload()
        return True
