"""The Bandi tab: calls for proposals with their applications and committed funds, and their actions.

Dialogs open window-modal without blocking (`open()`) and each action returns what it opened, so the
tab reloads when they end and tests can drive them. The call workbook is checked and imported in the
background (`run_with_progress`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QWidget

from coop_desktop.domain.permissions import Permission
from coop_desktop.services.calls import CallRow
from coop_desktop.services.errors import ServiceError
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.forms.ui_calls_tab import Ui_CallsTab
from coop_desktop.ui.models.calls_table_model import CallsTableModel
from coop_desktop.ui.tabs.list_binding import ListBinding
from coop_desktop.ui.workers import Job, run_with_progress

if TYPE_CHECKING:
    from coop_desktop.ui.dialogs.call_import_dialog import CallImportDialog

log = logging.getLogger(__name__)
APPLICATIONS_DIALOG = "coop_desktop.ui.dialogs.applications_dialog"


class CallsTab(QWidget):
    def __init__(self, services: AppServices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._folder = Path.home()  # where the last workbook was chosen
        self.import_job: Job | None = None
        self.import_preview: CallImportDialog | None = None
        self.ui = Ui_CallsTab()
        self.ui.setupUi(self)
        self.model = CallsTableModel(services.calls, self)
        self.binding = ListBinding(
            self.model, self.ui.searchEdit, self.ui.countLabel, self.ui.tableView, self._count_text
        )
        self._connect_actions()

    def _count_text(self, total: int) -> str:
        return self.tr("%n call(s)", "", total)

    # -- actions ----------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        ui = self.ui
        ui.newButton.clicked.connect(self.new_call)
        ui.openButton.clicked.connect(self.open_selected)
        ui.duplicateButton.clicked.connect(self.duplicate_selected)
        ui.applicationsButton.clicked.connect(self.open_applications)
        ui.importButton.clicked.connect(self.import_from_excel)
        self._set_up_letters()
        # Double-click or Enter on a row opens the call.
        ui.tableView.activated.connect(lambda index: self.open_record(self.model.row_at(index.row()).id))
        ui.tableView.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self._update_actions()

    def _set_up_letters(self) -> None:
        """«Lettere…»: a menu of the four letters; each writes the call's batch to a folder."""
        from coop_desktop.ui.printing_actions import LETTER_KINDS, letter_label

        button = self.ui.lettersButton
        button.setVisible(self._services.user.can(Permission.PRINT_DOCUMENTS))
        menu = QMenu(button)
        for kind in LETTER_KINDS:
            action = QAction(letter_label(kind) + "…", menu)
            action.setObjectName(f"letters_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.print_letters(k))
            menu.addAction(action)
        button.setMenu(menu)

    def print_letters(self, kind: str) -> Any:
        """The letters of `kind` to the applicants of the selected call, in the background; the batch."""
        from coop_desktop.ui.printing_actions import print_call_letters

        row = self.selected_row()
        return None if row is None else print_call_letters(self, self._services, row.id, kind)

    def selected_row(self) -> CallRow | None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if len(rows) == 1 else None

    def _update_actions(self) -> None:
        ui = self.ui
        selected = self.selected_row() is not None
        user = self._services.user
        # The services refuse what the role may not do; the buttons say so first.
        editor = user.can(Permission.EDIT_CALLS)
        ui.newButton.setEnabled(editor)
        ui.importButton.setEnabled(editor)
        ui.duplicateButton.setEnabled(editor and selected)
        ui.openButton.setEnabled(selected)
        # Evaluators see the applications assigned to them, the office all of them.
        readers = user.sees_as(Permission.VIEW_ALL_APPLICATIONS) or user.sees_as(Permission.SCORE)
        ui.applicationsButton.setEnabled(readers and selected)
        ui.lettersButton.setEnabled(user.can(Permission.PRINT_DOCUMENTS) and selected)

    def reload_keeping(self, ids: Iterable[int]) -> None:
        """Reload the list and select again the first of these calls that it still shows."""
        wanted = set(ids)
        self.model.reload()
        table = self.ui.tableView
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id in wanted:
                index = self.model.index(row, 0)
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
                )
                table.selectionModel().setCurrentIndex(index, flags)
                table.scrollTo(index)
                break

    # -- records ----------------------------------------------------------------------------------

    def new_call(self) -> QDialog | None:
        return self.open_record(None)

    def open_selected(self) -> QDialog | None:
        row = self.selected_row()
        return self.open_record(row.id) if row is not None else None

    def open_record(self, call_id: int | None) -> QDialog | None:
        # Imported when first opened: its Qt classes would only slow down the first paint.
        from coop_desktop.ui.dialogs.call_dialog import CallDialog

        try:
            dialog = CallDialog(self._services, call_id, self)
        except ServiceError as exc:  # deleted meanwhile, or the role may not read it
            QMessageBox.warning(self, self.tr("Calls"), str(exc))
            self.reload_keeping([])
            return None

        def finished(_result: int) -> None:
            if dialog.changed:
                self.reload_keeping([dialog.call_id] if dialog.call_id else [])
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def duplicate_selected(self) -> QDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        from coop_desktop.ui.dialogs.call_duplicate_dialog import CallDuplicateDialog

        dialog = CallDuplicateDialog(self._services.call_records, row, self)

        def finished(_result: int) -> None:
            new_id = dialog.new_call_id
            dialog.deleteLater()
            if new_id is not None:
                self.reload_keeping([new_id])
                # The copy is a draft to adjust: open it straight away.
                self.open_record(new_id)

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def open_applications(self) -> QDialog | None:
        """The applications register of the selected call."""
        row = self.selected_row()
        if row is None:
            return None
        try:
            from coop_desktop.ui.dialogs.applications_dialog import ApplicationsDialog
        except ModuleNotFoundError as exc:
            if exc.name != APPLICATIONS_DIALOG:
                raise
            QMessageBox.information(
                self,
                self.tr("Applications"),
                self.tr("The applications register is not available in this version."),
            )
            return None
        dialog = ApplicationsDialog(self._services, row.id, self)

        def finished(_result: int) -> None:
            # Registering or checking applications changes the counts of the list.
            self.reload_keeping([row.id])
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    # -- Excel ------------------------------------------------------------------------------------

    def import_from_excel(self) -> Job | None:
        """Choose a workbook, check it in the background, show what it would create, then import."""
        title = self.tr("Import a call from Excel")
        path, _filter = QFileDialog.getOpenFileName(
            self, title, str(self._folder), self.tr("Excel workbooks (*.xlsx)")
        )
        if not path:
            return None
        chosen = Path(path)
        self._folder = chosen.parent
        excel = self._services.call_excel

        def checked(result: Any) -> None:
            self.import_job = None
            self._show_preview(chosen, result)

        self.import_job, _dialog = run_with_progress(
            self,
            title,
            self.tr("Checking {name}…").format(name=chosen.name),
            lambda progress, is_cancelled: excel.import_file(
                chosen, dry_run=True, progress=progress, is_cancelled=is_cancelled
            ),
            checked,
            self._import_failed,
        )
        return self.import_job

    def _show_preview(self, path: Path, result: Any) -> None:
        from coop_desktop.ui.dialogs.call_import_dialog import CallImportDialog

        dialog = CallImportDialog(result, path, self)
        self.import_preview = dialog

        def finished(code: int) -> None:
            self.import_preview = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                self._run_import(path)

        dialog.finished.connect(finished)
        dialog.open()

    def _run_import(self, path: Path) -> None:
        title = self.tr("Import a call from Excel")
        excel = self._services.call_excel

        def imported(result: Any) -> None:
            self.import_job = None
            if not result.written:
                # The database changed since the check (e.g. the code was taken meanwhile).
                self._show_preview(path, result)
                return
            self.reload_keeping([result.call_id])
            text = self.tr("The call {code} was imported as a draft.").format(code=result.code)
            if result.created_users:
                text += "\n" + self.tr(
                    "New evaluator accounts without a password: {names}. The administrator sets their "
                    "passwords in Tools → Users…."
                ).format(names=", ".join(result.created_users))
            QMessageBox.information(self, title, text)

        self.import_job, _dialog = run_with_progress(
            self,
            title,
            self.tr("Importing {name}…").format(name=path.name),
            lambda progress, is_cancelled: excel.import_file(
                path, dry_run=False, progress=progress, is_cancelled=is_cancelled
            ),
            imported,
            self._import_failed,
        )

    def _import_failed(self, error: BaseException) -> None:
        from coop_desktop.exchange.errors import OperationCancelled

        self.import_job = None
        title = self.tr("Import a call from Excel")
        if isinstance(error, OperationCancelled):
            QMessageBox.information(self, title, str(error))
        elif isinstance(error, ServiceError):
            QMessageBox.warning(self, title, str(error))
        else:
            log.error("call import failed", exc_info=error)
            QMessageBox.critical(self, title, self.tr("Unexpected error: {error}").format(error=error))
