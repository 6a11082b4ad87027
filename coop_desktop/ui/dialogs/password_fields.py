"""A new password typed twice: the password rule's messages in red under it while it is typed.

Used by the first-administrator, change-password, reset-password and new-user dialogs; the rule
itself (and its Italian messages) is coop_desktop.domain.passwords, the same one the services apply.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from coop_desktop.domain.passwords import check_password
from coop_desktop.services.errors import ValidationErrors


def show_message(label: QLabel, text: str) -> None:
    """An error label shows `text`, or hides when there is none."""
    label.setText(text)
    label.setVisible(bool(text))


class PasswordFields(QObject):
    """Watches a password and its confirmation; `changed` fires after each check."""

    changed = Signal()

    def __init__(
        self,
        password: QLineEdit,
        confirm: QLineEdit,
        password_error: QLabel,
        confirm_error: QLabel,
        username: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or password)
        self.password, self.confirm = password, confirm
        self._password_error, self._confirm_error = password_error, confirm_error
        self._username = username
        password.textChanged.connect(self.check)
        confirm.textChanged.connect(self.check)
        self.check()

    def problems(self) -> list[str]:
        text = self.password.text()
        return check_password(text, self._username()) if text else []

    def matches(self) -> bool:
        return self.password.text() == self.confirm.text()

    def acceptable(self) -> bool:
        """A password is typed, follows the rule and is repeated exactly."""
        return bool(self.password.text()) and not self.problems() and self.matches()

    def check(self) -> None:
        """Refresh both messages; the mismatch shows only once something is typed in the second field."""
        show_message(self._password_error, "\n".join(self.problems()))
        mismatch = bool(self.confirm.text()) and not self.matches()
        show_message(
            self._confirm_error,
            QCoreApplication.translate("PasswordFields", "The two passwords do not match.")
            if mismatch
            else "",
        )
        self.changed.emit()

    def clear(self) -> None:
        self.password.clear()
        self.confirm.clear()


def show_field_errors(
    errors: ValidationErrors,
    labels: Mapping[str, QLabel],
    general: QLabel,
    edits: Mapping[str, QWidget] | None = None,
    field_names: Mapping[str, str] | None = None,
) -> None:
    """Each message under its field (several messages of one field on separate lines); the rest in
    `general`. The first field in error takes the focus."""
    by_field: dict[str, list[str]] = {}
    for error in errors.errors:
        by_field.setdefault(error.field, []).append(error.message)
    leftovers = []
    for field, messages in by_field.items():
        label = labels.get(field)
        if label is None:
            name = (field_names or {}).get(field, field)
            leftovers.append(f"{name}: {' '.join(messages)}")
        else:
            show_message(label, "\n".join(messages))
    show_message(general, "\n".join(leftovers))
    first = next((edits[f] for f in by_field if edits and f in edits), None)
    if first is not None:
        first.setFocus()
        if isinstance(first, QLineEdit):
            first.selectAll()
