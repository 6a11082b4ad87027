"""The applications of one call (Domande): the register, its counts by status, the formal check of the
whole call and the import of an Excel sheet.

A large window that does not block the main one: `ApplicationsDialog(services, call_id, parent).show()`.
The list pages through `ApplicationService` like the tabs do; the work that may take a while (the
checks of a call, an import) runs in the background (ui/workers.py).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from coop_desktop.domain.enums import ApplicationStatus
from coop_desktop.domain.formatting import format_date, format_money, format_percent
from coop_desktop.domain.permissions import Permission
from coop_desktop.services.admissibility import AdmissibilitySummary
from coop_desktop.services.applications import REGISTERING_STATUSES, ApplicationRow
from coop_desktop.services.call_records import CallDetail
from coop_desktop.services.errors import ServiceError
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.forms.ui_applications_dialog import Ui_ApplicationsDialog
from coop_desktop.ui.models.applications_table_model import ApplicationsTableModel
from coop_desktop.ui.tabs.list_binding import ListBinding
from coop_desktop.ui.workers import Job, run_with_progress

log = logging.getLogger(__name__)


def _failure_text(error: BaseException) -> str:
    """The service's Italian message; anything else is a bug, told without a traceback."""
    if isinstance(error, ServiceError):
        return str(error)
    log.error("applications job failed", exc_info=error)
    return QCoreApplication.translate("ApplicationsDialog", "Unexpected error: {error}").format(error=error)


class ApplicationImportPreview(QDialog):
    """What the dry run of an import found: the counts and every row error; Import when all is valid."""

    def __init__(self, result: Any, file_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.setWindowTitle(self.tr("Import applications from Excel"))
        summary = [
            self.tr("File {name}, sheet «{sheet}», headers on row {row}.").format(
                name=file_name, sheet=result.sheet, row=result.header_row
            ),
            self.tr("%n row(s) read", "", result.rows_read)
            + " · "
            + self.tr("%n ready to import", "", result.imported)
            + " · "
            + self.tr("%n with errors", "", result.invalid),
        ]
        if result.ignored_columns:
            summary.append(
                self.tr("Columns ignored: {columns}").format(
                    columns=", ".join(f"«{c}»" for c in result.ignored_columns)
                )
            )
        if result.invalid:
            summary.append(
                self.tr(
                    "The import is all or nothing: correct the rows below in the file and import it again."
                )
            )
        elif result.imported:
            summary.append(
                self.tr(
                    "Every row is valid. Importing registers the applications and runs their formal checks."
                )
            )
        else:
            summary.append(self.tr("The sheet has no application to import."))
        self.summary_label = QLabel("\n".join(summary))
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.errors_list = QListWidget()
        self.errors_list.setWordWrap(True)
        self.errors_list.setAlternatingRowColors(True)
        for error in result.errors:
            item = QListWidgetItem(str(error))
            item.setForeground(Qt.GlobalColor.darkRed)
            item.setToolTip(str(error))
            self.errors_list.addItem(item)
        self.errors_list.setVisible(bool(result.errors))
        self.buttons = QDialogButtonBox()
        if self.can_import:
            button = self.buttons.addButton(
                self.tr("&Import %n application(s)", "", result.imported),
                QDialogButtonBox.ButtonRole.AcceptRole,
            )
            button.setDefault(True)
            self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.errors_list, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480 if result.errors else 200)

    @property
    def can_import(self) -> bool:
        return not self.result.invalid and self.result.imported > 0

    def errors(self) -> list[str]:
        return [self.errors_list.item(i).text() for i in range(self.errors_list.count())]


class ApplicationsDialog(QDialog):
    def __init__(self, services: AppServices, call_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.call_id = call_id
        self.call: CallDetail | None = None
        self.job: Job | None = None
        self.import_preview: ApplicationImportPreview | None = None
        self._folder = Path.home()
        self.ui = Ui_ApplicationsDialog()
        self.ui.setupUi(self)
        # A window of its own beside the main one: not modal, resizable, with minimise and maximise.
        self.setModal(False)
        self.setWindowFlags(
            Qt.WindowType.Window | Qt.WindowType.WindowMinMaxButtonsHint | Qt.WindowType.WindowCloseButtonHint
        )
        self.model = ApplicationsTableModel(services.applications, self)
        self.model.set_filter("call_id", call_id)
        self.binding = ListBinding(
            self.model, self.ui.searchEdit, self.ui.countLabel, self.ui.tableView, self._count_text
        )
        self._fill_statuses()
        self._connect()
        self.ui.progressBar.hide()
        self.ui.progressLabel.hide()
        self.show_call()

    def _count_text(self, total: int) -> str:
        return self.tr("%n application(s)", "", total)

    def _fill_statuses(self) -> None:
        combo = self.ui.statusCombo
        combo.addItem(self.tr("All statuses"), "")
        for status in ApplicationStatus:
            combo.addItem(status.label, status.value)

    def _connect(self) -> None:
        ui = self.ui
        ui.statusCombo.currentIndexChanged.connect(
            lambda _index: self.model.set_filter("status", ui.statusCombo.currentData() or "")
        )
        ui.tableView.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        ui.tableView.doubleClicked.connect(self._open_row)
        ui.newButton.clicked.connect(self.new_application)
        ui.openButton.clicked.connect(self.open_selected)
        ui.checkButton.clicked.connect(self.check_admissibility)
        ui.importButton.clicked.connect(lambda: self.import_from_excel())
        ui.buttonBox.rejected.connect(self.reject)

    # -- the call and its counts ------------------------------------------------------------------

    def show_call(self) -> None:
        """The header (call, status, rules the checks apply) and the counts by status, read again."""
        ui = self.ui
        call = self.call = self._services.call_records.get(self.call_id)
        data = call.data
        self.setWindowTitle(self.tr("Applications — {code}").format(code=data.code))
        ui.callTitleLabel.setText(f"{data.code} · {data.title}")
        facts = [self.tr("Status: {status}").format(status=call.status.label)]
        if data.deadline is not None:
            facts.append(self.tr("deadline {day}").format(day=format_date(data.deadline)))
        if data.max_grant is not None:
            facts.append(self.tr("maximum grant {amount}").format(amount=format_money(data.max_grant)))
        facts.append(
            self.tr("minimum co-funding {share}").format(share=format_percent(data.min_cofunding_pct))
        )
        facts.append(self.tr("%n required document(s)", "", len(data.documents)))
        ui.callInfoLabel.setText(" · ".join(facts))
        self.show_counts()
        self._update_actions()

    def show_counts(self) -> None:
        counts = self._services.applications.status_counts(self.call_id)
        total = sum(counts.values())
        parts = [
            f"{status.label}: <b>{counts[status]}</b>" for status in ApplicationStatus if counts.get(status)
        ]
        self.ui.countsLabel.setText(
            self.tr("Applications received: <b>{total}</b>").format(total=total)
            + ("&nbsp;&nbsp;—&nbsp;&nbsp;" + " · ".join(parts) if parts else "")
        )

    def refresh(self) -> None:
        """The list, the counts and the header as stored now (after an edit, a check, an import)."""
        selected = self.selected_row()
        self.model.reload()
        self.show_call()
        if selected is not None:
            self.select_application(selected.id)

    # -- the list ---------------------------------------------------------------------------------

    def selected_row(self) -> ApplicationRow | None:
        rows = self.ui.tableView.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if len(rows) == 1 else None

    def select_application(self, application_id: int) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.row_at(row).id == application_id:
                self.ui.tableView.selectRow(row)
                self.ui.tableView.scrollTo(self.model.index(row, 0))
                return True
        return False

    def _busy(self) -> bool:
        return self.job is not None

    def _update_actions(self) -> None:
        ui = self.ui
        call = self.call
        editor = self._services.user.can(Permission.EDIT_APPLICATIONS)
        registering = call is not None and call.status in REGISTERING_STATUSES
        idle = not self._busy()
        ui.newButton.setEnabled(editor and registering and idle)
        ui.importButton.setEnabled(editor and registering and idle)
        ui.checkButton.setEnabled(editor and call is not None and not call.outcome_locked and idle)
        ui.openButton.setEnabled(self.selected_row() is not None)
        if call is not None and not registering:
            tip = self.tr("The call is «{status}»: applications are registered while it is open or closed.")
            ui.newButton.setToolTip(tip.format(status=call.status.label))
            ui.importButton.setToolTip(tip.format(status=call.status.label))

    # -- records ----------------------------------------------------------------------------------

    def new_application(self) -> QDialog:
        return self.open_application(None)

    def open_selected(self) -> QDialog | None:
        row = self.selected_row()
        return self.open_application(row.id) if row is not None else None

    def _open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_application(self.model.row_at(index.row()).id)

    def open_application(self, application_id: int | None) -> QDialog:
        # Imported when first opened: the record is a large form.
        from coop_desktop.ui.dialogs.application_dialog import ApplicationDialog

        dialog = ApplicationDialog(self._services, self.call_id, application_id, self)

        def finished(_result: int) -> None:
            # Actions on the checks and the status are saved even when the record is then cancelled.
            self.refresh()
            if dialog.application_id is not None:
                self.select_application(dialog.application_id)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    # -- the formal check of the whole call ------------------------------------------------------

    def _start(self, text: str) -> None:
        self.ui.progressBar.show()
        self.ui.progressLabel.setText(text)
        self.ui.progressLabel.show()
        self._update_actions()

    def _stop(self) -> None:
        self.job = None
        self.ui.progressBar.hide()
        self.ui.progressLabel.hide()
        self._update_actions()

    def check_admissibility(self) -> Job | None:
        """Run the checks of every application still in the procedure, in the background."""
        if self._busy():
            return None
        records = self._services.application_records
        call_id = self.call_id
        self.job = Job(lambda _progress, _is_cancelled: records.run_admissibility_for_call(call_id), self)
        self.job.finished.connect(self._checked)
        self.job.failed.connect(self._check_failed)
        self._start(self.tr("Checking the applications…"))
        return self.job.start()

    def _checked(self, summary: AdmissibilitySummary) -> None:
        self._stop()
        self.refresh()
        QMessageBox.information(self, self.tr("Formal check"), self.summary_text(summary))

    def _check_failed(self, error: BaseException) -> None:
        self._stop()
        QMessageBox.warning(self, self.tr("Formal check"), _failure_text(error))

    def summary_text(self, summary: AdmissibilitySummary) -> str:
        lines = [self.tr("%n application(s) checked.", "", summary.checked)]
        counts = [
            (self.tr("admissible"), summary.admissible),
            (self.tr("not admissible"), summary.not_admissible),
            (self.tr("formal check to complete"), summary.pending),
            (self.tr("waiting for documents requested"), summary.waiting),
            (self.tr("already in evaluation or later (status kept)"), summary.later_stage),
        ]
        lines.extend(f"• {label}: {count}" for label, count in counts if count)
        lines.append(self.tr("%n status change(s).", "", summary.status_changes))
        return "\n".join(lines)

    # -- importing from Excel ---------------------------------------------------------------------

    def import_from_excel(self, path: Path | None = None) -> Job | None:
        """Choose a workbook, check it (dry run) and show every row error; import once confirmed."""
        if self._busy() or self.call is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Import applications from Excel"),
                str(self._folder),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
        self._folder = path.parent
        return self._run_import(path, dry_run=True)

    def _run_import(self, path: Path, *, dry_run: bool) -> Job:
        assert self.call is not None
        excel = self._services.application_excel
        code = self.call.data.code
        title = self.tr("Import applications from Excel")
        label = (self.tr("Checking {name}…") if dry_run else self.tr("Importing {name}…")).format(
            name=path.name
        )

        def finished(result: Any) -> None:
            self._stop()
            if dry_run:
                self._show_preview(path, result)
            else:
                self._imported(result)

        def failed(error: BaseException) -> None:
            self._stop()
            from coop_desktop.exchange.errors import OperationCancelled

            if isinstance(error, OperationCancelled):
                QMessageBox.information(self, title, str(error))
            else:
                QMessageBox.warning(self, title, _failure_text(error))

        self.job, _progress = run_with_progress(
            self,
            title,
            label,
            lambda progress, is_cancelled: excel.import_file(
                code, path, dry_run=dry_run, progress=progress, is_cancelled=is_cancelled
            ),
            finished,
            failed,
        )
        self._update_actions()
        return self.job

    def _show_preview(self, path: Path, result: Any) -> None:
        preview = self.import_preview = ApplicationImportPreview(result, path.name, self)

        def closed(answer: int) -> None:
            self.import_preview = None
            preview.deleteLater()
            if answer == QDialog.DialogCode.Accepted and preview.can_import:
                self._run_import(path, dry_run=False)

        preview.finished.connect(closed)
        preview.open()

    def _imported(self, result: Any) -> None:
        self.refresh()
        title = self.tr("Import applications from Excel")
        if result.refused:
            QMessageBox.warning(
                self,
                title,
                self.tr("Nothing was imported: %n row(s) have errors.", "", result.invalid)
                + "\n"
                + "\n".join(str(e) for e in result.errors),
            )
            return
        text = self.tr("%n application(s) imported.", "", result.imported)
        if result.admissibility is not None:
            text += "\n\n" + self.summary_text(result.admissibility)
        QMessageBox.information(self, title, text)

    # -- closing ----------------------------------------------------------------------------------

    def reject(self) -> None:
        # A running job reports to this window: it closes once the job is done.
        if self._busy():
            self.ui.progressLabel.setText(self.tr("Wait for the end of the work in progress."))
            return
        super().reject()
