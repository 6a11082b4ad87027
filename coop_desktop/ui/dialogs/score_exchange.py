"""Evaluator workbooks out, scores in: the Valutazioni tab's «Esporta cartelle…» and «Importa punteggi…».

`export_workbooks(parent, services, call_id)` asks a folder and writes the offline workbooks there in
the background: the office one per committee evaluator with applications to score, an evaluator only
their own. `import_scores(parent, services, call_id)` asks an .xlsx (an evaluator's workbook or the
office's long sheet Protocollo, Valutatore, Criterio, Punteggio, Note), previews it in the background
and shows what would change before anything is written: the scores old → new, the forms that become
submitted, the assignments created, or the row errors, which leave Import disabled. Import writes the
previewed plan; the service checks it again inside its transaction and refuses it if the data changed.

The steps never block (`WorkbookExport`, `ScoreImport`, which the tests drive one by one); the entry
points wait in a local event loop, behind window-modal dialogs, until the last message was shown, so
the tab reloads its grid once everything is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QEventLoop,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from coop_desktop.domain.formatting import format_number
from coop_desktop.domain.permissions import Permission
from coop_desktop.exchange.errors import OperationCancelled
from coop_desktop.exchange.scores_sheet import comment_of
from coop_desktop.services.errors import ConcurrentEditError, ServiceError
from coop_desktop.services.score_import import (
    ScoreChange,
    ScoreImportPlan,
    ScoreImportRefused,
    ScoreImportResult,
)
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.actor_import_wizard import _error_text
from coop_desktop.ui.forms.ui_score_import_dialog import Ui_ScoreImportDialog
from coop_desktop.ui.models.paged_table_model import LEFT, RIGHT
from coop_desktop.ui.workers import Job, run_with_progress

_RED = "#b3261e"
_MUTED = "#6b6b6b"
# Names listed in a sentence before "and N more".
_LISTED = 8
# Error rows grow to show their whole message up to this many rows (then the tooltip does).
_WRAPPED_ROWS = 300

# The folder last chosen, for the next file dialog of this session.
_last_folder: Path = Path.home()


def _remember(folder: Path) -> None:
    global _last_folder
    _last_folder = folder


def _points(value: Decimal | None) -> str:
    return "—" if value is None else format_number(value)


def _report_failure(parent: QWidget, title: str, error: BaseException) -> None:
    """A cancel as news, the service's Italian message as a warning, anything else as an error."""
    if isinstance(error, OperationCancelled):
        QMessageBox.information(parent, title, str(error))
    elif isinstance(error, ServiceError):
        QMessageBox.warning(parent, title, str(error))
    else:
        QMessageBox.critical(parent, title, _error_text(error))


# -- the tables of the preview ---------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    text: str
    tip: str | None = None
    muted: bool = False  # unchanged: shown in grey
    alert: bool = False  # an error: shown in red


class CellTableModel(QAbstractTableModel):
    """Read-only rows of prepared cells under fixed headers."""

    def __init__(
        self,
        headers: Sequence[str],
        rows: Sequence[Sequence[Cell]],
        right: Sequence[int] = (),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]
        self._right = set(right)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        cell = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return cell.tip or cell.text or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if index.column() in self._right else LEFT
        if role == Qt.ItemDataRole.ForegroundRole and (cell.muted or cell.alert):
            return QBrush(QColor(_RED if cell.alert else _MUTED))
        return None

    def texts(self) -> list[tuple[str, ...]]:
        return [tuple(cell.text for cell in row) for row in self._rows]


def _set_up_table(table: QTableView, model: CellTableModel, widths: Sequence[int | None]) -> None:
    """`widths` in average characters per column; None: the column shares the spare width."""
    table.setModel(model)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    header = table.horizontalHeader()
    char = table.fontMetrics().averageCharWidth()
    for column, width in enumerate(widths):
        if width is None:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        else:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width * char + 16)


# -- the preview -----------------------------------------------------------------------------------


class ScoreImportDialog(QDialog):
    """What importing the file would change; Import only when it changes something and has no error."""

    def __init__(
        self, plan: ScoreImportPlan, path: Path, parent: QWidget | None = None, *, notice: str = ""
    ) -> None:
        """`notice`: a sentence above the summary (why the preview is shown again)."""
        super().__init__(parent)
        self.plan = plan
        self.path = path
        self.ui = Ui_ScoreImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("Import scores from Excel"))
        if plan.kind == "workbook":
            source = self.tr("{name}: workbook of the evaluator {evaluator}, call {code}").format(
                name=path.name, evaluator=plan.evaluator or "", code=plan.call_code
            )
        else:
            source = self.tr("{name}: scores sheet, call {code}").format(name=path.name, code=plan.call_code)
        ui.fileLabel.setText(source)
        ui.summaryLabel.setText(f"{notice}\n{self._summary()}" if notice else self._summary())
        self.changes_model = CellTableModel(
            [
                self.tr("Protocol"),
                self.tr("Evaluator"),
                self.tr("Criterion"),
                self.tr("Points"),
                self.tr("Comment now"),
                self.tr("Comment after the import"),
            ],
            [self._change_row(change) for change in plan.changes],
            right=(3,),
            parent=self,
        )
        _set_up_table(ui.changesTable, self.changes_model, (18, 14, 8, 17, None, None))
        self.errors_model = CellTableModel(
            [self.tr("Sheet"), self.tr("Row"), self.tr("Column"), self.tr("Problem")],
            [
                [
                    Cell(e.sheet),
                    Cell("" if e.row is None else str(e.row)),
                    Cell(e.column),
                    Cell(e.message, alert=True),
                ]
                for e in plan.errors
            ],
            right=(1,),
            parent=self,
        )
        _set_up_table(ui.errorsTable, self.errors_model, (18, 6, 14, None))
        ui.changesTable.setVisible(bool(plan.changes))
        ui.errorsTable.setVisible(plan.refused)
        if plan.refused:
            ui.tableLabel.setText(self.tr("%n error(s) to correct in the file:", "", len(plan.errors)))
            ui.tableLabel.setStyleSheet(f"color: {_RED}; font-weight: bold;")
            if len(plan.errors) <= _WRAPPED_ROWS:  # whole messages, at the width the dialog gives them
                table = ui.errorsTable
                table.horizontalHeader().sectionResized.connect(lambda *_: table.resizeRowsToContents())
            ui.noteLabel.setText(
                self.tr(
                    "Nothing will be written until every error is corrected: correct the file and import "
                    "it again."
                )
            )
        elif plan.changes:
            ui.tableLabel.setText(self.tr("Scores that will be written (%n):", "", len(plan.changes)))
        ui.tableLabel.setVisible(plan.refused or bool(plan.changes))
        if not plan.refused and not plan.has_changes:
            ui.noteLabel.setText(self.tr("No changes: the file's scores are already recorded."))
        elif not plan.refused:
            ui.noteLabel.setText(
                self.tr(
                    "Nothing is saved yet: Import writes every change at once. Imported scores count as "
                    "submitted forms."
                )
            )
        self._set_up_buttons()
        if not (plan.changes or plan.refused):  # a few lines: no room left empty between them
            ui.mainLayout.insertStretch(ui.mainLayout.indexOf(ui.buttonBox), 1)
            # Wrapped labels: their height at the dialog's width, not at their narrowest.
            width = min(self.width(), 720)
            self.resize(width, max(self.heightForWidth(width), self.minimumSizeHint().height()))

    def _set_up_buttons(self) -> None:
        buttons = self.ui.buttonBox
        plan = self.plan
        self.import_button: QPushButton | None = None
        if plan.refused or plan.has_changes:
            self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.setEnabled(self.can_import)
            self.import_button.setDefault(self.can_import)
        if not self.can_import:
            buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        # The first thing Enter or Esc acts on is a button, not the table's first cell.
        focus = (
            self.import_button if self.can_import else buttons.button(QDialogButtonBox.StandardButton.Close)
        )
        if focus is not None:
            focus.setFocus()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

    @property
    def can_import(self) -> bool:
        return not self.plan.refused and self.plan.has_changes

    def accept(self) -> None:
        if self.can_import:
            super().accept()

    def _summary(self) -> str:
        plan = self.plan
        if plan.refused:
            rows = len({(e.sheet, e.row) for e in plan.errors})
            return (
                self.tr("%n row(s) read", "", plan.rows_read)
                + " · "
                + self.tr("%n row(s) with errors", "", rows)
                + "\n"
                + self.tr("The file cannot be imported as it is.")
            )
        counts = [
            self.tr("%n row(s) read", "", plan.rows_read),
            self.tr("%n score(s) changed", "", len(plan.changes)),
            self.tr("%n form(s) become submitted", "", len(plan.submitted_forms)),
        ]
        # The rarer ones only when they happen.
        if plan.created_assignments:
            counts.append(self.tr("%n assignment(s) created", "", len(plan.created_assignments)))
        if plan.fully_scored:
            counts.append(self.tr("%n application(s) fully scored", "", len(plan.fully_scored)))
        if plan.skipped_sheets:
            counts.append(self.tr("%n sheet(s) left blank, skipped", "", len(plan.skipped_sheets)))
        lines = [" · ".join(counts)]
        if plan.submitted_forms:
            # A workbook has one evaluator, named above.
            names = [
                f.protocol_number if plan.kind == "workbook" else f"{f.protocol_number} ({f.evaluator})"
                for f in plan.submitted_forms
            ]
            lines.append(self.tr("Forms that become submitted: {forms}").format(forms=self._some(names)))
        if plan.created_assignments:
            names = [f"{f.protocol_number} ({f.evaluator})" for f in plan.created_assignments]
            lines.append(self.tr("New assignments: {forms}").format(forms=self._some(names)))
        if plan.declarations:
            lines.append(
                self.tr(
                    "%n declaration(s) of no conflict of interest will be recorded.", "", plan.declarations
                )
            )
        if plan.fully_scored:
            lines.append(
                self.tr("Applications scored by every evaluator after the import: {protocols}").format(
                    protocols=self._some(plan.fully_scored)
                )
            )
        if plan.skipped_sheets:
            lines.append(
                self.tr("Sheets left blank, not imported: {sheets}").format(
                    sheets=self._some(plan.skipped_sheets)
                )
            )
        if plan.ignored_columns:
            lines.append(
                self.tr("Columns ignored: {columns}").format(
                    columns=", ".join(f"«{c}»" for c in plan.ignored_columns)
                )
            )
        return "\n".join(lines)

    def _some(self, names: Sequence[str]) -> str:
        shown = ", ".join(names[:_LISTED])
        if len(names) > _LISTED:
            shown += " " + self.tr("and %n more", "", len(names) - _LISTED)
        return shown

    def _change_row(self, change: ScoreChange) -> list[Cell]:
        old_comment = comment_of(change.old_comment)
        same_points = change.old_points is not None and change.old_points == change.new_points
        same_comment = old_comment == change.new_comment
        if same_points:
            points = Cell(_points(change.new_points), self.tr("Points unchanged"), muted=True)
        else:
            points = Cell(f"{_points(change.old_points)} → {_points(change.new_points)}")
        return [
            Cell(change.protocol_number),
            Cell(change.evaluator),
            Cell(change.criterion),
            points,
            Cell(old_comment or "—", old_comment, muted=same_comment or not old_comment),
            Cell(change.new_comment or "—", change.new_comment, muted=same_comment or not change.new_comment),
        ]

    def changes(self) -> list[tuple[str, ...]]:
        """The rows of the changes table, as shown."""
        return self.changes_model.texts()

    def errors(self) -> list[tuple[str, ...]]:
        """The rows of the errors table, as shown."""
        return self.errors_model.texts()


# -- the two flows ---------------------------------------------------------------------------------


class _Flow(QObject):
    """One export or import, step by step without blocking; `ended` once its last message was shown."""

    ended = Signal()

    def __init__(self, parent: QWidget, services: AppServices, call_id: int) -> None:
        super().__init__(parent)
        self.owner = parent  # the dialogs' parent
        self.services = services
        self.call_id = call_id
        self.title = ""
        self.job: Job | None = None
        self.over = False

    def _end(self) -> None:
        self.job = None
        self.over = True
        self.ended.emit()

    def _failed(self, error: BaseException) -> None:
        self.job = None
        _report_failure(self.owner, self.title, error)
        self._end()

    def wait(self) -> None:
        """Return once the flow has ended, the events of the application going on meanwhile."""
        if self.over:
            return
        loop = QEventLoop()
        self.ended.connect(loop.quit)
        loop.exec()


class WorkbookExport(_Flow):
    """Folder, then the workbooks written in the background, then where they are."""

    def __init__(self, parent: QWidget, services: AppServices, call_id: int) -> None:
        super().__init__(parent, services, call_id)
        self.title = self.tr("Export evaluator workbooks")
        self.office = services.user.sees_as(Permission.MANAGE_EVALUATION)
        self.written: list[Path] = []

    def choose(self) -> bool:
        """Ask the folder and start; False when the user closed the dialog."""
        chosen = QFileDialog.getExistingDirectory(
            self.owner, self.tr("Folder for the evaluator workbooks"), str(_last_folder)
        )
        if not chosen:
            return False
        self.start(Path(chosen))
        return True

    def start(self, folder: Path) -> Job:
        _remember(folder)
        excel = self.services.score_excel
        call_id = self.call_id
        if self.office:
            label = self.tr("Writing the evaluators' workbooks…")

            def work(progress: Any, is_cancelled: Any) -> list[Path]:
                return excel.export_workbooks(call_id, folder, progress=progress, is_cancelled=is_cancelled)

        else:
            label = self.tr("Writing your workbook…")

            def work(progress: Any, is_cancelled: Any) -> list[Path]:
                return [excel.export_own(call_id, folder)]

        self.job, _dialog = run_with_progress(
            self.owner, self.title, label, work, lambda paths: self._exported(folder, paths), self._failed
        )
        return self.job

    def _exported(self, folder: Path, paths: list[Path]) -> None:
        self.job = None
        self.written = paths
        if not paths:
            QMessageBox.information(
                self.owner,
                self.title,
                self.tr("No evaluator has applications to score in this call: no file was written."),
            )
        else:
            names = "\n".join(f"• {p.name}" for p in paths)
            after = (
                self.tr(
                    "Send each evaluator their workbook; once filled in, read it back with «Import scores…»."
                )
                if self.office
                else self.tr(
                    "Answer the declaration, fill in points and comments, then read it back with "
                    "«Import scores…»."
                )
            )
            QMessageBox.information(
                self.owner,
                self.title,
                self.tr("%n workbook(s) saved in {folder}:", "", len(paths)).format(folder=folder)
                + f"\n{names}\n\n{after}",
            )
        self._end()


class ScoreImport(_Flow):
    """File, then the preview computed in the background, then the preview, then the import."""

    def __init__(self, parent: QWidget, services: AppServices, call_id: int) -> None:
        super().__init__(parent, services, call_id)
        self.title = self.tr("Import scores from Excel")
        user = services.user
        # An evaluator's import takes only their own workbook.
        self.evaluator = None if user.can(Permission.MANAGE_EVALUATION) else user.username
        self.path: Path | None = None
        self.plan: ScoreImportPlan | None = None
        self.preview: ScoreImportDialog | None = None
        self.result: ScoreImportResult | None = None

    def choose(self) -> bool:
        """Ask the file and start; False when the user closed the dialog."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self.owner, self.title, str(_last_folder), self.tr("Excel workbooks (*.xlsx)")
        )
        if not chosen:
            return False
        self.start(Path(chosen))
        return True

    def start(self, path: Path) -> Job:
        """Read the file and compare it with the recorded scores, in the background."""
        self.path = path
        _remember(path.parent)
        excel = self.services.score_excel
        call_id, evaluator = self.call_id, self.evaluator

        def work(progress: Any, is_cancelled: Any) -> ScoreImportPlan:
            source = excel.read(path, progress=progress)
            return excel.preview(
                call_id, source, evaluator=evaluator, progress=progress, is_cancelled=is_cancelled
            )

        self.job, _dialog = run_with_progress(
            self.owner,
            self.title,
            self.tr("Reading {name}…").format(name=path.name),
            work,
            self._show_preview,
            self._failed,
        )
        return self.job

    def _show_preview(self, plan: ScoreImportPlan, notice: str = "") -> None:
        self.job = None
        self.plan = plan
        assert self.path is not None
        dialog = self.preview = ScoreImportDialog(plan, self.path, self.owner, notice=notice)

        def closed(code: int) -> None:
            self.preview = None
            dialog.deleteLater()
            if code == QDialog.DialogCode.Accepted and dialog.can_import:
                self._apply(plan)
            else:
                self._end()

        dialog.finished.connect(closed)
        dialog.open()

    def _apply(self, plan: ScoreImportPlan) -> Job:
        excel = self.services.score_excel
        call_id, evaluator = self.call_id, self.evaluator
        assert self.path is not None
        self.job, _dialog = run_with_progress(
            self.owner,
            self.title,
            self.tr("Importing {name}…").format(name=self.path.name),
            lambda progress, is_cancelled: excel.apply(
                call_id, plan, evaluator=evaluator, progress=progress, is_cancelled=is_cancelled
            ),
            self._applied,
            self._apply_failed,
        )
        return self.job

    def _applied(self, result: ScoreImportResult) -> None:
        self.job = None
        self.result = result
        plan = result.plan
        if not result.written:
            text = self.tr("No changes: the file's scores are already recorded.")
        else:
            assert self.path is not None
            text = (
                self.tr("Scores imported from {name}:").format(name=self.path.name)
                + "\n"
                + self.tr("%n score(s) written", "", len(plan.changes))
                + " · "
                + self.tr("%n form(s) submitted", "", len(plan.submitted_forms))
                + " · "
                + self.tr("%n assignment(s) created", "", len(plan.created_assignments))
            )
            if plan.fully_scored:
                text += "\n" + self.tr("Applications scored by every evaluator: {protocols}").format(
                    protocols=", ".join(plan.fully_scored)
                )
        QMessageBox.information(self.owner, self.title, text)
        self._end()

    def _apply_failed(self, error: BaseException) -> None:
        if isinstance(error, ScoreImportRefused) and self.plan is not None:
            # The data changed since the preview and rows now have errors: show them as a preview does.
            refused = replace(
                self.plan, errors=list(error.errors), changes=[], submitted_forms=[],
                created_assignments=[], declarations=0, fully_scored=[],
            )  # fmt: skip
            notice = self.tr(
                "The data changed after the preview and the file now has errors: nothing was saved."
            )
            self._show_preview(refused, notice)
        elif isinstance(error, ConcurrentEditError):
            self.job = None
            QMessageBox.warning(
                self.owner,
                self.title,
                self.tr(
                    "The scores were changed by someone else after the preview: nothing was saved. "
                    "Repeat the import to see what the file changes now."
                ),
            )
            self._end()
        else:
            self._failed(error)


def _run(flow: WorkbookExport | ScoreImport) -> None:
    try:
        if flow.choose():
            flow.wait()
    finally:
        flow.deleteLater()


def export_workbooks(parent: QWidget, services: AppServices, call_id: int) -> None:
    """Write the evaluator workbooks of the call to a folder the user chooses; returns when done."""
    _run(WorkbookExport(parent, services, call_id))


def import_scores(parent: QWidget, services: AppServices, call_id: int) -> None:
    """Preview the scores of an .xlsx the user chooses, then import them once confirmed; returns when
    done."""
    _run(ScoreImport(parent, services, call_id))


__all__ = [
    "CellTableModel",
    "ScoreImport",
    "ScoreImportDialog",
    "WorkbookExport",
    "export_workbooks",
    "import_scores",
]
