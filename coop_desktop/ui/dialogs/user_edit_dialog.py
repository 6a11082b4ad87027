"""Nuovo utente / Modifica utente: one account's name, e-mail and role (and, when new, its password)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from coop_desktop.domain.enums import UserRole
from coop_desktop.services.errors import ConcurrentEditError, ServiceError, ValidationErrors
from coop_desktop.services.users import FIELD_LABELS, UserRow, UserService
from coop_desktop.ui.dialogs.password_fields import PasswordFields, show_field_errors, show_message
from coop_desktop.ui.dialogs.record_dialog import RecordDialog
from coop_desktop.ui.forms.ui_user_edit_dialog import Ui_UserEditDialog


@dataclass(frozen=True)
class _Values:
    username: str
    full_name: str
    email: str
    role: UserRole
    password: str


class UserEditDialog(RecordDialog):
    """With account=None creates a user (with a password); otherwise edits `account` as read."""

    def __init__(
        self, users: UserService, account: UserRow | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._users = users
        self.account = account
        # The account as stored once the dialog is accepted.
        self.saved: UserRow | None = None
        self.ui = Ui_UserEditDialog()
        self.ui.setupUi(self)
        ui = self.ui
        for role in UserRole:
            ui.roleCombo.addItem(role.label, role.value)
        self.error_labels = {
            "username": ui.usernameError,
            "full_name": ui.fullNameError,
            "email": ui.emailError,
            "role": ui.roleError,
            "password": ui.passwordError,
        }
        self.edits: dict[str, QWidget] = {
            "username": ui.usernameEdit,
            "full_name": ui.fullNameEdit,
            "email": ui.emailEdit,
            "role": ui.roleCombo,
            "password": ui.passwordEdit,
        }
        self.passwords = PasswordFields(
            ui.passwordEdit, ui.confirmEdit, ui.passwordError, ui.confirmError, ui.usernameEdit.text, self
        )
        ui.usernameEdit.textChanged.connect(self.passwords.check)
        # A corrected field loses its message at once; the others keep theirs until the next save.
        for field, edit in (
            ("username", ui.usernameEdit),
            ("full_name", ui.fullNameEdit),
            ("email", ui.emailEdit),
        ):
            edit.textEdited.connect(lambda _text, label=self.error_labels[field]: show_message(label, ""))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        if account is None:
            self.setWindowTitle(self.tr("New user"))
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(UserRole.ISTRUTTORE.value))
            ui.usernameEdit.setFocus()
        else:
            self.setWindowTitle(self.tr("Edit user {username}").format(username=account.username))
            ui.usernameEdit.setReadOnly(True)
            for widget in (
                ui.passwordEdit,
                ui.passwordError,
                ui.confirmEdit,
                ui.confirmError,
                ui.passwordHint,
            ):
                ui.formLayout.setRowVisible(widget, False)
            ui.fullNameEdit.setFocus()
        self.load(account)

    def load(self, account: UserRow | None) -> None:
        """Show `account` as stored now (None: the empty new-user form), dropping any edits."""
        ui = self.ui
        self.account = account
        if account is not None:
            ui.usernameEdit.setText(account.username)
            ui.fullNameEdit.setText(account.full_name)
            ui.emailEdit.setText(account.email)
            ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(account.role.value))
        for label in (*self.error_labels.values(), ui.confirmError, ui.generalError):
            show_message(label, "")
        self.passwords.check()
        self._loaded = self._values()

    def _values(self) -> _Values:
        ui = self.ui
        return _Values(
            ui.usernameEdit.text(),
            ui.fullNameEdit.text(),
            ui.emailEdit.text(),
            UserRole(ui.roleCombo.currentData()),
            ui.passwordEdit.text(),
        )

    def is_modified(self) -> bool:
        return self._values() != self._loaded

    def discard_question(self) -> str:
        return self.tr("The user was changed. Save the changes?")

    def save(self) -> bool:
        ui = self.ui
        values = self._values()
        show_message(ui.generalError, "")
        if self.account is None and not self.passwords.matches():
            self.passwords.check()
            ui.confirmEdit.setFocus()
            return False
        try:
            if self.account is None:
                saved = self._users.create_user(
                    values.username, values.full_name, values.role, values.email, values.password
                )
            else:
                saved = self._users.update_user(
                    self.account.id, self.account.version, values.full_name, values.email, values.role
                )
        except ValidationErrors as exc:
            show_field_errors(exc, self.error_labels, ui.generalError, self.edits, FIELD_LABELS)
            return False
        except ConcurrentEditError as exc:
            if self.account is not None and self.ask_reload(str(exc)):
                self.load(self._users.get_user(self.account.id))
            return False
        except ServiceError as exc:
            show_message(ui.generalError, str(exc))
            return False
        self.saved = saved
        self._loaded = values
        self.accept()
        return True
