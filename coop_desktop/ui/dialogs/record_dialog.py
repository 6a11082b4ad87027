"""What every record-editing dialog does on close and on a concurrent edit, written once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QMessageBox


class RecordDialog(QDialog):
    """A dialog that edits one record: asks before discarding edits, offers to reload a stale one.

    Subclasses implement is_modified() and save(), and may override discard_question(). Strings use
    an explicit "RecordDialog" context: self.tr() here would look them up in the subclass's context.
    """

    def is_modified(self) -> bool:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def discard_question(self) -> str:
        return QCoreApplication.translate("RecordDialog", "The record was changed. Save the changes?")

    def reject(self) -> None:
        # Esc, Cancel and the title bar's close button all end here.
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                QCoreApplication.translate("RecordDialog", "Unsaved changes"),
                self.discard_question(),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def ask_reload(self, message: str) -> bool:
        """Someone else saved the record: True when the user chooses to reload it."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("RecordDialog", "Changed by another user"),
            message,
            parent=self,
        )
        reload_button = box.addButton(
            QCoreApplication.translate("RecordDialog", "Reload"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setInformativeText(
            QCoreApplication.translate("RecordDialog", "Reloading discards the changes made in this window.")
        )
        box.exec()
        return box.clickedButton() is reload_button
