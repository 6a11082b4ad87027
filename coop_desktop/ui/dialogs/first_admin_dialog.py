"""Primo avvio: a database with no administrator asks for one before anything else."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import ServiceError, ValidationErrors
from coop_desktop.services.users import FIELD_LABELS, UserService
from coop_desktop.ui.dialogs.password_fields import PasswordFields, show_field_errors, show_message
from coop_desktop.ui.forms.ui_first_admin_dialog import Ui_FirstAdminDialog


class FirstAdminDialog(QDialog):
    """Creates the administrator and logs them in: `user` once accepted. Esci rejects."""

    def __init__(self, users: UserService, database_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self.user: CurrentUser | None = None
        self.ui = Ui_FirstAdminDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.databaseLabel.setText(self.tr("Database: {name}").format(name=database_name))
        self.error_labels = {
            "username": ui.usernameError,
            "full_name": ui.fullNameError,
            "password": ui.passwordError,
        }
        self.edits = {"username": ui.usernameEdit, "full_name": ui.fullNameEdit, "password": ui.passwordEdit}
        for label in (*self.error_labels.values(), ui.confirmError, ui.generalError):
            show_message(label, "")
        self.passwords = PasswordFields(
            ui.passwordEdit, ui.confirmEdit, ui.passwordError, ui.confirmError, ui.usernameEdit.text, self
        )
        # The rule forbids the username inside the password: re-check when either changes.
        ui.usernameEdit.textChanged.connect(self.passwords.check)
        ui.usernameEdit.textEdited.connect(lambda: show_message(ui.usernameError, ""))
        ui.fullNameEdit.textEdited.connect(lambda: show_message(ui.fullNameError, ""))
        self.passwords.changed.connect(self._update_button)
        ui.fullNameEdit.textChanged.connect(self._update_button)
        ui.createButton.clicked.connect(self.create)
        ui.quitButton.clicked.connect(self.reject)
        ui.usernameEdit.setFocus()
        self._update_button()

    def create(self) -> None:
        ui = self.ui
        show_message(ui.generalError, "")
        try:
            self.user = self._users.create_first_admin(
                ui.usernameEdit.text(), ui.fullNameEdit.text(), ui.passwordEdit.text()
            )
        except ValidationErrors as exc:
            show_field_errors(exc, self.error_labels, ui.generalError, self.edits, FIELD_LABELS)
            return
        except ServiceError as exc:
            show_message(ui.generalError, str(exc))
            return
        self.accept()

    def _update_button(self) -> None:
        ui = self.ui
        filled = bool(ui.usernameEdit.text().strip() and ui.fullNameEdit.text().strip())
        ui.createButton.setEnabled(filled and self.passwords.acceptable())
