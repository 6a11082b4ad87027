"""What every record-editing dialog does on close and on a concurrent edit, written once."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from coop_desktop.services.errors import ConcurrentEditError, NotFoundError, ServiceError

# Text of a field whose value looks wrong while it is typed (before any save).
SUSPECT_STYLE = "color: #b3261e;"


def mark_suspect(edit: QLineEdit, suspect: bool) -> None:
    edit.setStyleSheet(SUSPECT_STYLE if suspect else "")


def keep_upper_case(edit: QLineEdit) -> None:
    """For codes (province, country, CUP): upper case as typed, the cursor where it was."""
    text = edit.text()
    if text != text.upper():
        position = edit.cursorPosition()
        edit.setText(text.upper())
        edit.setCursorPosition(position)


class RecordDialog(QDialog):
    """A dialog that edits one record: asks before discarding edits, offers to reload a stale one.

    Subclasses implement is_modified() and save(), and may override discard_question(). Strings use
    an explicit "RecordDialog" context: self.tr() here would look them up in the subclass's context.
    """

    def is_modified(self) -> bool:
        raise NotImplementedError

    def save(self) -> bool:
        raise NotImplementedError

    def load(self) -> None:
        """Show the record as stored now, dropping edits (what «Ricarica» does)."""
        raise NotImplementedError

    def answer_refusal(self, exc: ServiceError, not_found_title: str) -> bool:
        """A save refused because the record changed or vanished meanwhile: offer to reload, or say
        it is gone. False for any other refusal, which the dialog shows in its own place."""
        if isinstance(exc, ConcurrentEditError):
            if self.ask_reload(str(exc)):
                self.load()
            return True
        if isinstance(exc, NotFoundError):
            QMessageBox.warning(self, not_found_title, str(exc))
            return True
        return False

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
