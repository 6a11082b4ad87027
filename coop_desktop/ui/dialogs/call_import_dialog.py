"""What the check of a call workbook found: the draft it would create, or every error to correct.

Shown after the dry run of `import_call` (the same as `coop-desktop import call --dry-run`); Import
is offered only when the workbook has no error, and nothing is written until it is clicked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QSizePolicy, QWidget

from coop_desktop.exchange.call_import import CallImportResult
from coop_desktop.ui.forms.ui_call_import_dialog import Ui_CallImportDialog


class CallImportDialog(QDialog):
    def __init__(self, result: CallImportResult, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result = result
        self.path = path
        self.ui = Ui_CallImportDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.fileLabel.setText(self.tr("File: {path}").format(path=path))
        ui.summaryLabel.setText(self._summary())
        ui.errorsList.clear()
        for error in result.errors:
            item = QListWidgetItem(str(error))
            item.setToolTip(str(error))
            item.setForeground(Qt.GlobalColor.darkRed)
            ui.errorsList.addItem(item)
        ui.errorsLabel.setText(
            self.tr("%n problem(s) to correct in the file before importing it:", "", len(result.errors))
        )
        ui.errorsLabel.setVisible(result.refused)
        ui.errorsList.setVisible(result.refused)
        if result.refused:  # the list takes the room
            ui.verticalSpacer.changeSize(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        if result.refused:
            ui.noteLabel.setText(self.tr("Nothing was saved. Correct the workbook and import it again."))
        else:
            ui.noteLabel.setText(
                self.tr("Nothing is saved yet: Import creates the call as a draft, which you can then open.")
            )
        buttons = ui.buttonBox
        if not result.refused:
            self.import_button = buttons.addButton(self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole)
            self.import_button.setDefault(True)
        else:
            self.import_button = None
            buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Import a call from Excel"))
        if not result.refused:  # a few lines: no room left empty
            self.resize(self.width(), self.sizeHint().height())

    def _summary(self) -> str:
        result = self.result
        if result.refused:
            head = self.tr("The workbook cannot be imported as it is.")
            if result.code:
                head += " " + self.tr("Call read: {code} – {title}.").format(
                    code=result.code, title=result.title or ""
                )
            return head
        lines = [
            self.tr("The call {code} – {title} will be created as a draft.").format(
                code=result.code, title=result.title
            ),
            self.tr("%n criterion(a) in the evaluation grid", "", result.criteria)
            + " · "
            + self.tr("%n required document(s)", "", result.documents)
            + " · "
            + self.tr("%n committee member(s)", "", result.committee),
        ]
        if result.created_users:
            lines.append(
                self.tr(
                    "New evaluator accounts, without a password until the administrator sets one: {names}"
                ).format(names=", ".join(result.created_users))
            )
        if result.ignored:
            lines.append(self.tr("Left out:"))
            lines += [f"• {text}" for text in result.ignored]
        return "\n".join(lines)

    def errors(self) -> list[str]:
        widget = self.ui.errorsList
        return [widget.item(row).text() for row in range(widget.count())]
