"""Importa da Excel: choose a file, see what a dry run finds, choose how strict to be, import.

The checks and the import are `import_actors` (the same as `coop-desktop import actors`), run in the
background; a file it refuses shows its Italian message on the first page.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from coop_desktop.exchange.actors_import import ActorImportResult
from coop_desktop.exchange.errors import OperationCancelled
from coop_desktop.services.errors import ServiceError
from coop_desktop.ui.app_services import ActorExcel
from coop_desktop.ui.workers import Job

log = logging.getLogger(__name__)
_RED = "color: #b3261e;"


def _error_text(error: BaseException) -> str:
    """The service's Italian message; anything else is a bug, told without a traceback."""
    if isinstance(error, ServiceError):
        return str(error)
    log.error("import failed", exc_info=error)
    return QCoreApplication.translate("ActorImportWizard", "Unexpected error: {error}").format(error=error)


def _label(text: str = "", *, wrap: bool = True) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(wrap)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.hide()
    return bar


class ActorFilePage(QWizardPage):
    """Choose the .xlsx; Next runs the dry run in the background and goes on once it is done."""

    def __init__(self, wizard: ActorImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.job: Job | None = None
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(
            self.tr(
                "An .xlsx sheet with one actor per row, such as the template. "
                "Nothing is saved before the last step."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Path of the .xlsx file"))
        self.browse_button = QPushButton(self.tr("&Browse…"))
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.browse_button)
        self.status_label = _label()
        self.busy_bar = _busy_bar()
        self.error_label = _label()
        self.error_label.setStyleSheet(_RED)
        self.error_label.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.busy_bar)
        layout.addWidget(self.error_label)
        layout.addStretch(1)
        self.path_edit.textChanged.connect(self._path_changed)
        self.browse_button.clicked.connect(self.browse)

    def path(self) -> Path:
        return Path(self.path_edit.text().strip())

    def browse(self) -> None:
        start = self.path_edit.text().strip() or str(Path.home())
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import actors from Excel"), start, self.tr("Excel workbooks (*.xlsx)")
        )
        if path:
            self.path_edit.setText(path)

    def _path_changed(self) -> None:
        self.error_label.hide()
        self._wizard.preview = None
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return bool(self.path_edit.text().strip()) and self.job is None

    def validatePage(self) -> bool:
        if self._wizard.preview is not None:
            return True  # checked: the finished dry run called next()
        self.start_check()
        return False

    def start_check(self) -> None:
        path = self.path()
        self.error_label.hide()
        self.status_label.setText(self.tr("Checking {name}…").format(name=path.name))
        self.busy_bar.show()
        self.path_edit.setEnabled(False)
        self.browse_button.setEnabled(False)
        excel = self._wizard.excel
        self.job = Job(
            lambda progress, is_cancelled: excel.import_file(
                path, dry_run=True, skip_invalid=True, progress=progress, is_cancelled=is_cancelled
            ),
            self,
        )
        self.job.progressed.connect(lambda _done, _total, text: self.status_label.setText(text))
        self.job.finished.connect(self._checked)
        self.job.failed.connect(self._refused)
        self.completeChanged.emit()
        self.job.start()

    def _end_check(self) -> None:
        self.job = None
        self.busy_bar.hide()
        self.status_label.clear()
        self.path_edit.setEnabled(True)
        self.browse_button.setEnabled(True)
        self.completeChanged.emit()

    def _checked(self, result: ActorImportResult) -> None:
        self._end_check()
        if self._wizard.closing:
            return
        self._wizard.preview = result
        self._wizard.next()

    def _refused(self, error: BaseException) -> None:
        self._end_check()
        if isinstance(error, OperationCancelled):
            return  # the wizard is closing
        self.error_label.setText(_error_text(error))
        self.error_label.show()


class ActorPreviewPage(QWizardPage):
    """What the dry run found: counts, every row error and every duplicate."""

    def __init__(self, wizard: ActorImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Check the rows"))
        self.setSubTitle(
            self.tr("Every row was checked with the rules of the actor's record. Nothing is saved yet.")
        )
        self.summary_label = _label()
        self.problems_label = _label()
        self.problems_list = QListWidget()
        self.problems_list.setWordWrap(True)
        self.problems_list.setAlternatingRowColors(True)
        self.problems_list.setSpacing(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_list, 1)

    def initializePage(self) -> None:
        result = self._wizard.preview
        assert result is not None
        lines = [
            self.tr("Sheet «{sheet}», headers on row {row}.").format(
                sheet=result.sheet, row=result.header_row
            ),
            self.tr("%n row(s) read", "", result.rows_read)
            + " · "
            + self.tr("%n ready to import", "", result.imported)
            + " · "
            + self.tr("%n with errors", "", result.invalid)
            + " · "
            + self.tr("%n already registered or repeated (skipped)", "", len(result.duplicates)),
        ]
        if result.ignored_columns:
            lines.append(
                self.tr("Columns ignored: {columns}").format(
                    columns=", ".join(f"«{c}»" for c in result.ignored_columns)
                )
            )
        if not result.imported:
            lines.append(self.tr("There is no new valid row to import."))
        self.summary_label.setText("\n".join(lines))
        self.problems_list.clear()
        for error in result.errors:
            self._add(str(error), error=True)
        for duplicate in result.duplicates:
            self._add(str(duplicate), error=False)
        has_problems = bool(result.errors or result.duplicates)
        self.problems_label.setText(
            self.tr("Rows with errors and duplicates:") if has_problems else self.tr("No row has errors.")
        )
        self.problems_list.setVisible(has_problems)

    def _add(self, text: str, *, error: bool) -> None:
        item = QListWidgetItem(text)
        item.setToolTip(text)
        if error:
            item.setForeground(Qt.GlobalColor.darkRed)
        self.problems_list.addItem(item)

    def problems(self) -> list[str]:
        return [self.problems_list.item(i).text() for i in range(self.problems_list.count())]

    def isComplete(self) -> bool:
        preview = self._wizard.preview
        return preview is not None and preview.imported > 0


class ActorOptionsPage(QWizardPage):
    """All or nothing (the default) or only the valid rows; Next starts the import."""

    def __init__(self, wizard: ActorImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose how to import"))
        self.setSubTitle(self.tr("Nothing is saved until you click Import."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Import"))
        self.all_or_nothing = QRadioButton(self.tr("&All or nothing: import only if every row is valid"))
        self.skip_invalid = QRadioButton(
            self.tr("Import &only the valid rows and leave out those with errors")
        )
        self.all_or_nothing.setChecked(True)
        self.outcome_label = _label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.skip_invalid)
        layout.addSpacing(12)
        layout.addWidget(self.outcome_label)
        layout.addStretch(1)
        self.all_or_nothing.toggled.connect(self._show_outcome)

    def initializePage(self) -> None:
        preview = self._wizard.preview
        assert preview is not None
        self.skip_invalid.setEnabled(preview.invalid > 0)
        self._show_outcome()

    def _show_outcome(self) -> None:
        preview = self._wizard.preview
        if preview is None:
            return
        if preview.invalid and self.all_or_nothing.isChecked():
            text = self.tr(
                "%n row(s) have errors: with this choice nothing will be imported. Correct the file and "
                "import it again, or choose to import only the valid rows.",
                "",
                preview.invalid,
            )
        else:
            text = self.tr("%n actor(s) will be imported.", "", preview.imported)
            if preview.duplicates:
                text += " " + self.tr("%n duplicate(s) will be skipped.", "", len(preview.duplicates))
        self.outcome_label.setText(text)


class ActorImportPage(QWizardPage):
    """The import itself, with a progress bar and a Cancel button; goes on to the result when done."""

    def __init__(self, wizard: ActorImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.job: Job | None = None
        self.setTitle(self.tr("Importing"))
        self.setSubTitle(self.tr("The rows are saved in one go: if you cancel, nothing is saved."))
        self.status_label = _label()
        self.progress_bar = QProgressBar()
        self.cancel_button = QPushButton(self.tr("&Cancel import"))
        row = QHBoxLayout()
        row.addWidget(self.progress_bar, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status_label)
        layout.addLayout(row)
        layout.addStretch(1)
        self.cancel_button.clicked.connect(self.cancel)

    def initializePage(self) -> None:
        path = self._wizard.path()
        skip_invalid = self._wizard.options_page.skip_invalid.isChecked()
        excel = self._wizard.excel
        self.progress_bar.setRange(0, 0)
        self.status_label.setText(self.tr("Importing {name}…").format(name=path.name))
        self.cancel_button.setEnabled(True)
        self.job = Job(
            lambda progress, is_cancelled: excel.import_file(
                path, dry_run=False, skip_invalid=skip_invalid, progress=progress, is_cancelled=is_cancelled
            ),
            self,
        )
        self.job.progressed.connect(self._show_progress)
        self.job.finished.connect(self._imported)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _show_progress(self, done: int, total: int, text: str) -> None:
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(min(done, total))
        else:
            self.progress_bar.setRange(0, 0)
        if text:
            self.status_label.setText(text)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            self.cancel_button.setEnabled(False)
            self.status_label.setText(self.tr("Cancelling…"))

    def _imported(self, result: ActorImportResult) -> None:
        self.job = None
        self._wizard.result = result
        self._wizard.next()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        self._wizard.failure = _error_text(error)
        self._wizard.next()

    def isComplete(self) -> bool:
        return self.job is None


class ActorImportResultPage(QWizardPage):
    def __init__(self, wizard: ActorImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Result"))
        self.setSubTitle(self.tr("What the import did."))
        self.summary_label = _label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        self.summary_label.setText(self._wizard.summary())


class ActorImportWizard(QWizard):
    def __init__(self, excel: ActorExcel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.excel = excel
        self.preview: ActorImportResult | None = None
        self.result: ActorImportResult | None = None
        self.failure: str | None = None
        self.closing = False  # the user closed the wizard while the file was being checked
        self.setWindowTitle(self.tr("Import actors from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        self.file_page = ActorFilePage(self)
        self.preview_page = ActorPreviewPage(self)
        self.options_page = ActorOptionsPage(self)
        self.import_page = ActorImportPage(self)
        self.result_page = ActorImportResultPage(self)
        pages = (self.file_page, self.preview_page, self.options_page, self.import_page, self.result_page)
        for page in pages:
            self.addPage(page)
        self.resize(760, 540)

    def path(self) -> Path:
        return self.file_page.path()

    @property
    def imported(self) -> int:
        """Actors written by this wizard (0 until the import succeeded)."""
        return self.result.imported if self.result is not None and self.result.written else 0

    def summary(self) -> str:
        if self.failure is not None:
            return self.failure
        result = self.result
        assert result is not None
        if result.refused:
            return self.tr(
                "Nothing was imported: %n row(s) have errors. Correct them in the file and import it again.",
                "",
                result.invalid,
            )
        lines = [self.tr("%n actor(s) imported.", "", result.imported)]
        if result.duplicates:
            lines.append(self.tr("%n duplicate(s) skipped.", "", len(result.duplicates)))
        if result.invalid:
            lines.append(self.tr("%n row(s) with errors left out.", "", result.invalid))
        return "\n".join(lines)

    def running_job(self) -> Job | None:
        return self.file_page.job or self.import_page.job

    def reject(self) -> None:
        job = self.running_job()
        if job is not None:
            # Closing waits for the job to notice: a half-closed wizard must not lose the result.
            if job is self.import_page.job:
                self.import_page.cancel()  # the result page then says that nothing was saved
            else:
                self.closing = True
                job.cancel()
                job.finished.connect(lambda _result: QWizard.reject(self))
                job.failed.connect(lambda _error: QWizard.reject(self))
            return
        super().reject()
