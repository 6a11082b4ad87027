"""Accesso: username and password before the main window opens on a database."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialog, QWidget

from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import ServiceError
from coop_desktop.services.users import LoginRefused, UserService, normalize_username
from coop_desktop.ui.dialogs.password_fields import show_message
from coop_desktop.ui.forms.ui_login_dialog import Ui_LoginDialog


class LoginDialog(QDialog):
    """Accepted once `authenticate` succeeds; `user` is then who logged in. Esci rejects."""

    def __init__(
        self, users: UserService, database_name: str, parent: QWidget | None = None, username: str = ""
    ) -> None:
        super().__init__(parent)
        self._users = users
        self.user: CurrentUser | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        ui = self.ui
        ui.databaseLabel.setText(self.tr("Database: {name}").format(name=database_name))
        show_message(ui.errorLabel, "")
        # A locked account: the button stays greyed for it until the wait the message announces is over.
        self._locked_for = ""
        self._unlock = QTimer(self)
        self._unlock.setSingleShot(True)
        self._unlock.timeout.connect(self._update_button)
        ui.usernameEdit.textChanged.connect(self._update_button)
        ui.passwordEdit.textChanged.connect(self._update_button)
        ui.loginButton.clicked.connect(self.log_in)
        ui.quitButton.clicked.connect(self.reject)
        ui.usernameEdit.setText(username)
        (ui.passwordEdit if username else ui.usernameEdit).setFocus()
        self._update_button()

    def log_in(self) -> None:
        ui = self.ui
        try:
            self.user = self._users.authenticate(ui.usernameEdit.text(), ui.passwordEdit.text())
        except LoginRefused as exc:
            self._refused(str(exc), exc.wait_seconds)
            return
        except ServiceError as exc:
            self._refused(str(exc), None)
            return
        self.accept()

    def _refused(self, message: str, wait_seconds: int | None) -> None:
        show_message(self.ui.errorLabel, message)
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()
        if wait_seconds:
            self._locked_for = normalize_username(self.ui.usernameEdit.text())
            self._unlock.start(wait_seconds * 1000)
        self._update_button()

    @property
    def locked(self) -> bool:
        """The account named in the username field is locked (as far as this dialog knows)."""
        return self._unlock.isActive() and normalize_username(self.ui.usernameEdit.text()) == self._locked_for

    def _update_button(self) -> None:
        ui = self.ui
        filled = bool(ui.usernameEdit.text().strip() and ui.passwordEdit.text())
        ui.loginButton.setEnabled(filled and not self.locked)
