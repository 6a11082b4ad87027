"""A small window asking for a written note (and maybe a date) before an action is carried out.

Used for what an officer must justify or describe: an override of a check, a missing document, a
request for documents and its deadline, a withdrawal or a revocation. OK runs the action; when the
service refuses, its Italian message appears in red and the window stays open with the text kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coop_desktop.services.errors import ServiceError

Apply = Callable[[str, date | None], None]
_RED = "color: #b3261e;"


class NoteDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        apply: Apply,
        *,
        required: bool,
        note_label: str,
        placeholder: str = "",
        date_label: str | None = None,
        initial_date: date | None = None,
        ok_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._apply = apply
        self._required = required
        self.setWindowTitle(title)
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setWordWrap(True)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(placeholder)
        self.note_edit.setMinimumHeight(90)
        self.date_edit: QDateEdit | None = None
        form = QFormLayout()
        if date_label is not None:
            self.date_edit = QDateEdit()
            self.date_edit.setCalendarPopup(True)
            self.date_edit.setDisplayFormat("dd/MM/yyyy")
            self.date_edit.setDate(QDate(initial_date or date.today()))
            form.addRow(date_label, self.date_edit)
        form.addRow(note_label, self.note_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(_RED)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        if ok_text:
            self.ok_button.setText(ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(520, self.sizeHint().height())

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def note(self) -> str:
        return " ".join(self.note_edit.toPlainText().split())

    def day(self) -> date | None:
        return self.date_edit.date().toPython() if self.date_edit is not None else None  # type: ignore[return-value]

    def _update_ok(self) -> None:
        # A required note must say something: OK waits for it (the service refuses an empty one too).
        self.ok_button.setEnabled(bool(self.note()) or not self._required)
        self.error_label.hide()

    def accept(self) -> None:
        if self._required and not self.note():
            return
        try:
            self._apply(self.note(), self.day())
        except ServiceError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()
