"""Login at start: first administrator on a database without one, login with lock-out, Esci."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from coop_desktop import app
from coop_desktop.db.engine import Database
from coop_desktop.demo_data.users import DEMO_PASSWORD
from coop_desktop.domain.enums import UserRole
from coop_desktop.services.context import SYSTEM, CurrentUser
from coop_desktop.services.users import UserService
from coop_desktop.ui import login
from coop_desktop.ui.dialogs.first_admin_dialog import FirstAdminDialog
from coop_desktop.ui.dialogs.login_dialog import LoginDialog
from tests.helpers.users import ADMIN

STRONG = "Xk7-pL9q-Wz"


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def login_dialog(qtbot: QtBot, demo_db: Database, clock: FakeClock) -> Iterator[LoginDialog]:
    dialog = LoginDialog(UserService(demo_db, SYSTEM, clock=clock), demo_db.name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog


@pytest.fixture
def first_admin(qtbot: QtBot, db: Database) -> Iterator[FirstAdminDialog]:
    dialog = FirstAdminDialog(UserService(db, SYSTEM), db.name)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _sign_in(qtbot: QtBot, dialog: LoginDialog, username: str, password: str) -> None:
    dialog.ui.usernameEdit.setText(username)
    dialog.ui.passwordEdit.setText(password)
    _click(qtbot, dialog.ui.loginButton)


# -- login -----------------------------------------------------------------------------------------


def test_login_dialog_in_italian_with_the_database_name(login_dialog: LoginDialog, demo_db: Database) -> None:
    ui = login_dialog.ui
    assert login_dialog.windowTitle() == "Accesso"
    assert ui.databaseLabel.text() == f"Database: {demo_db.name}"
    assert (ui.usernameLabel.text(), ui.passwordLabel.text()) == ("&Nome utente", "&Password")
    assert (ui.loginButton.text(), ui.quitButton.text()) == ("&Accedi", "&Esci")
    assert ui.errorLabel.isHidden()
    assert not ui.loginButton.isEnabled(), "nothing typed yet"
    ui.usernameEdit.setText("emarchetti")
    assert not ui.loginButton.isEnabled()
    ui.passwordEdit.setText("x")
    assert ui.loginButton.isEnabled()


def test_right_password_logs_in(qtbot: QtBot, login_dialog: LoginDialog) -> None:
    _sign_in(qtbot, login_dialog, "LGalli", DEMO_PASSWORD)
    assert login_dialog.result() == QDialog.DialogCode.Accepted
    assert login_dialog.user is not None
    assert (login_dialog.user.username, login_dialog.user.role) == ("lgalli", UserRole.ISTRUTTORE)


def test_wrong_password_shows_the_generic_message_and_stays_open(
    qtbot: QtBot, login_dialog: LoginDialog
) -> None:
    ui = login_dialog.ui
    _sign_in(qtbot, login_dialog, "emarchetti", "Sbagliata-123")
    assert login_dialog.isVisible() and login_dialog.user is None
    assert ui.errorLabel.isVisible()
    assert ui.errorLabel.text() == "Nome utente o password non validi."
    assert ui.passwordEdit.text() == "" and ui.usernameEdit.text() == "emarchetti"
    assert ui.passwordEdit.hasFocus()
    assert not ui.loginButton.isEnabled(), "the password field was emptied"

    _sign_in(qtbot, login_dialog, "nessuno", DEMO_PASSWORD)
    assert ui.errorLabel.text() == "Nome utente o password non validi."


def test_lock_out_message_and_button_state(qtbot: QtBot, login_dialog: LoginDialog, clock: FakeClock) -> None:
    ui = login_dialog.ui
    for _ in range(4):
        _sign_in(qtbot, login_dialog, "emarchetti", "Sbagliata-123")
        assert ui.errorLabel.text() == "Nome utente o password non validi."
    _sign_in(qtbot, login_dialog, "emarchetti", "Sbagliata-123")
    assert ui.errorLabel.text() == (
        "Nome utente o password non validi. "
        "Troppi tentativi non riusciti: l'accesso è bloccato. Riprova tra 30 secondi."
    )
    ui.passwordEdit.setText(DEMO_PASSWORD)
    assert login_dialog.locked
    assert not ui.loginButton.isEnabled(), "greyed while the account is locked"

    # Another account is not locked: the button comes back for it.
    ui.usernameEdit.setText("lgalli")
    assert ui.loginButton.isEnabled()
    ui.usernameEdit.setText("emarchetti")
    assert not ui.loginButton.isEnabled()

    # Asked anyway (Enter, or the timer of an earlier refusal): the service still refuses, with the wait.
    clock.now += timedelta(seconds=20)
    login_dialog.log_in()
    assert ui.errorLabel.text().endswith("Riprova tra 10 secondi.")
    assert login_dialog.user is None

    # When the wait is over the button comes back and the right password works.
    login_dialog._unlock.stop()
    login_dialog._unlock.timeout.emit()
    clock.now += timedelta(seconds=11)
    ui.passwordEdit.setText(DEMO_PASSWORD)
    assert ui.loginButton.isEnabled()
    _click(qtbot, ui.loginButton)
    assert login_dialog.result() == QDialog.DialogCode.Accepted


def test_exit_rejects(qtbot: QtBot, login_dialog: LoginDialog) -> None:
    _click(qtbot, login_dialog.ui.quitButton)
    assert login_dialog.result() == QDialog.DialogCode.Rejected
    assert login_dialog.user is None


# -- first administrator ---------------------------------------------------------------------------


def test_first_admin_form_checks_the_password_as_typed(qtbot: QtBot, first_admin: FirstAdminDialog) -> None:
    ui = first_admin.ui
    assert first_admin.windowTitle() == "Crea l'amministratore"
    assert ui.createButton.text() == "&Crea e accedi"
    for label in (ui.usernameError, ui.fullNameError, ui.passwordError, ui.confirmError, ui.generalError):
        assert label.isHidden()
    assert not ui.createButton.isEnabled()

    ui.usernameEdit.setText("elena")
    ui.fullNameEdit.setText("Elena Marchetti")
    qtbot.keyClicks(ui.passwordEdit, "corta")
    assert ui.passwordError.isVisible()
    assert ui.passwordError.text().splitlines() == [
        "La password deve avere almeno 10 caratteri.",
        "La password deve contenere almeno tre tipi di caratteri tra lettere minuscole, "
        "lettere maiuscole, cifre e simboli.",
    ]
    assert "b3261e" in ui.passwordError.styleSheet()  # red
    assert not ui.createButton.isEnabled()

    ui.passwordEdit.setText("Elena-Marchetti-1")
    ui.usernameEdit.setText("marchetti")  # the username inside the password, typed afterwards
    assert ui.passwordError.text() == "La password non deve contenere il nome utente."
    ui.usernameEdit.setText("elena.m")
    assert ui.passwordError.isHidden()

    ui.confirmEdit.setText("Elena-Marchetti-2")
    assert ui.confirmError.isVisible()
    assert ui.confirmError.text() == "Le due password non coincidono."
    assert not ui.createButton.isEnabled()
    ui.confirmEdit.setText("Elena-Marchetti-1")
    assert ui.confirmError.isHidden()
    assert ui.createButton.isEnabled()


def test_first_admin_is_created_and_logged_in(
    qtbot: QtBot, first_admin: FirstAdminDialog, db: Database
) -> None:
    ui = first_admin.ui
    ui.usernameEdit.setText(" Elena.M ")
    ui.fullNameEdit.setText("Elena Marchetti")
    ui.passwordEdit.setText(STRONG)
    ui.confirmEdit.setText(STRONG)
    _click(qtbot, ui.createButton)
    assert first_admin.result() == QDialog.DialogCode.Accepted
    assert first_admin.user is not None
    assert (first_admin.user.username, first_admin.user.role) == ("elena.m", UserRole.AMMINISTRATORE)
    assert not UserService(db, SYSTEM).needs_first_admin()


def test_first_admin_shows_service_errors_under_their_field(
    qtbot: QtBot, first_admin: FirstAdminDialog, db: Database
) -> None:
    ui = first_admin.ui
    ui.usernameEdit.setText("e m")
    ui.fullNameEdit.setText("Elena Marchetti")
    ui.passwordEdit.setText(STRONG)
    ui.confirmEdit.setText(STRONG)
    _click(qtbot, ui.createButton)
    assert first_admin.isVisible() and first_admin.user is None
    assert ui.usernameError.isVisible()
    assert ui.usernameError.text().startswith("Il nome utente può contenere solo")
    assert ui.usernameEdit.hasFocus()
    qtbot.keyClicks(ui.usernameEdit, "x")
    assert ui.usernameError.isHidden(), "a corrected field loses its message"

    # Someone else created an administrator meanwhile (another PC on the same database).
    UserService(db, SYSTEM).create_first_admin("altro", "Altro Admin", "tramonto sul Po 7")
    ui.usernameEdit.setText("elena")
    _click(qtbot, ui.createButton)
    assert ui.generalError.isVisible()
    assert ui.generalError.text().startswith("Esiste già un amministratore")


# -- ask_user and the application start --------------------------------------------------------------


def test_ask_user_creates_the_first_admin_on_an_empty_database(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def fill_in(dialog: FirstAdminDialog) -> int:
        shown.append(type(dialog).__name__)
        dialog.ui.usernameEdit.setText("elena")
        dialog.ui.fullNameEdit.setText("Elena Marchetti")
        dialog.ui.passwordEdit.setText(STRONG)
        dialog.ui.confirmEdit.setText(STRONG)
        dialog.ui.createButton.click()
        return dialog.result()

    monkeypatch.setattr(FirstAdminDialog, "exec", fill_in)
    user = login.ask_user(db, None)
    assert shown == ["FirstAdminDialog"]
    assert user is not None and user.username == "elena" and user.is_admin


def test_ask_user_logs_in_or_returns_none_on_exit(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def sign_in(dialog: LoginDialog) -> int:
        dialog.ui.usernameEdit.setText("pconti")
        dialog.ui.passwordEdit.setText(DEMO_PASSWORD)
        dialog.ui.loginButton.click()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", sign_in)
    user = login.ask_user(demo_db, None)
    assert user is not None and user.role is UserRole.CONSULTAZIONE

    def leave(dialog: LoginDialog) -> int:
        dialog.ui.quitButton.click()
        return dialog.result()

    monkeypatch.setattr(LoginDialog, "exec", leave)
    assert login.ask_user(demo_db, None) is None


def test_exit_at_start_closes_the_application_cleanly(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(login, "ask_user", lambda db, parent: asked.append(db.name) or None)
    assert app.run(demo_db.url.render_as_string(hide_password=False)) == app.EXIT_OK
    assert asked == [demo_db.name]


def test_reopen_without_logging_in_keeps_the_current_database(
    qtbot: QtBot, demo_db: Database, db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[CurrentUser | None] = [None]
    monkeypatch.setattr(login, "ask_user", lambda db, parent: answers.pop(0))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    workspace = app.Workspace(settings)
    first = workspace.show(Database.open(demo_db.url), user=ADMIN)
    try:
        qtbot.waitExposed(first)
        first.openDatabaseRequested.emit(db.url.render_as_string(hide_password=False))
        assert answers == []
        assert workspace.window is first and first.isVisible()
        assert workspace.db is not None and workspace.db.url == demo_db.url
    finally:
        first.close()
        workspace.close()
