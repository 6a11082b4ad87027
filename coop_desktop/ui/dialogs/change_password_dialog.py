"""Cambia password (one's own, after the current one) and Reimposta password (the administrator's)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from coop_desktop.services.errors import ServiceError, ValidationErrors
from coop_desktop.services.users import FIELD_LABELS, UserRow, UserService
from coop_desktop.ui.dialogs.password_fields import PasswordFields, show_field_errors, show_message
from coop_desktop.ui.forms.ui_change_password_dialog import Ui_ChangePasswordDialog


class ChangePasswordDialog(QDialog):
    """The logged-in user changes their own password: current one, then the new one twice."""

    def __init__(self, users: UserService, username: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self._username = username
        self.ui = Ui_ChangePasswordDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.error_labels = {"old_password": ui.oldPasswordError, "new_password": ui.newPasswordError}
        self.edits = {"old_password": ui.oldPasswordEdit, "new_password": ui.newPasswordEdit}
        for label in (ui.oldPasswordError, ui.newPasswordError, ui.confirmError, ui.generalError):
            show_message(label, "")
        self.passwords = PasswordFields(
            ui.newPasswordEdit, ui.confirmEdit, ui.newPasswordError, ui.confirmError, self.username, self
        )
        self.save_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        self.passwords.changed.connect(self._update_button)
        ui.oldPasswordEdit.textChanged.connect(self._update_button)
        ui.oldPasswordEdit.textEdited.connect(lambda: show_message(ui.oldPasswordError, ""))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)
        self._setup()
        self._update_button()

    def username(self) -> str:
        return self._username

    def _setup(self) -> None:
        self.ui.introLabel.setText(
            self.tr(
                "Change the password of {username}. You will use the new one from the next sign-in."
            ).format(username=self._username)
        )
        self.ui.oldPasswordEdit.setFocus()

    def _needs_old_password(self) -> bool:
        return True

    def _store(self) -> None:
        self._users.change_password(self.ui.oldPasswordEdit.text(), self.ui.newPasswordEdit.text())

    def save(self) -> None:
        show_message(self.ui.generalError, "")
        try:
            self._store()
        except ValidationErrors as exc:
            show_field_errors(exc, self.error_labels, self.ui.generalError, self.edits, FIELD_LABELS)
            return
        except ServiceError as exc:
            show_message(self.ui.generalError, str(exc))
            return
        self.accept()

    def _update_button(self) -> None:
        old_given = bool(self.ui.oldPasswordEdit.text()) or not self._needs_old_password()
        self.save_button.setEnabled(old_given and self.passwords.acceptable())


class ResetPasswordDialog(ChangePasswordDialog):
    """The administrator sets a new password for `account` (which also lifts a lock-out)."""

    def __init__(self, users: UserService, account: UserRow, parent: QWidget | None = None) -> None:
        self.account = account
        super().__init__(users, account.username, parent)

    def _setup(self) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Reset password"))
        ui.introLabel.setText(
            self.tr(
                "New password for {name} ({username}). Tell it to them in person: they can change it "
                "with Tools > Change password. A locked account is unlocked."
            ).format(name=self.account.full_name, username=self.account.username)
        )
        ui.formLayout.setRowVisible(ui.oldPasswordEdit, False)
        ui.formLayout.setRowVisible(ui.oldPasswordError, False)
        ui.newPasswordEdit.setFocus()

    def _needs_old_password(self) -> bool:
        return False

    def _store(self) -> None:
        self._users.reset_password(self.account.id, self.ui.newPasswordEdit.text())
