"""A date field that may be left empty: dd/mm/yyyy with a calendar, Canc or the clear button empties it.

QDateEdit always holds a date. This one keeps a sentinel below every real date and shows it as an
empty field; `value()` reads None for it. Typing into an empty field starts from today's date.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

# Below any date the office writes; shown as an empty field.
EMPTY = QDate(1900, 1, 1)
# What the field shows when empty (an empty special text would mean «none»).
_EMPTY_TEXT = " "


class OptionalDateEdit(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setMinimumDate(EMPTY)
        self.setSpecialValueText(_EMPTY_TEXT)
        self.setDate(EMPTY)
        self._clearable = True
        self.lineEdit().textEdited.connect(self._text_edited)
        self.dateChanged.connect(self._show_clear_button)
        self._show_clear_button()
        # An empty field opens its calendar on the current month, not on January 1900.
        self.calendarWidget().installEventFilter(self)

    # -- value ------------------------------------------------------------------------------------

    def value(self) -> date | None:
        current = self.date()
        if current <= EMPTY:
            return None
        return date(current.year(), current.month(), current.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(EMPTY if value is None else QDate(value.year, value.month, value.day))

    def is_empty(self) -> bool:
        return self.date() <= EMPTY

    def clear(self) -> None:
        self.setDate(EMPTY)

    def set_clearable(self, clearable: bool) -> None:
        """Whether the clear button appears on a filled field (not on a read-only one)."""
        self._clearable = clearable
        self._show_clear_button()

    # -- editing ----------------------------------------------------------------------------------

    def _show_clear_button(self) -> None:
        # Only on a date there is to clear: an empty field shows no button.
        self.lineEdit().setClearButtonEnabled(self._clearable and not self.is_empty())

    def _text_edited(self, text: str) -> None:
        # The line edit's clear button (or deleting every character) empties the date.
        if not text.strip():
            self.clear()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.isReadOnly():
            super().keyPressEvent(event)
            return
        line = self.lineEdit()
        everything = self.is_empty() or line.selectedText() == line.text()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and everything:
            self.clear()
            return
        if self.is_empty() and event.text().isdigit():
            self.setDate(QDate.currentDate())
            self.setSelectedSection(QDateEdit.Section.DaySection)
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self.calendarWidget() and self.is_empty():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False
