"""Utenti (administrators) and Cambia password: the menu actions, the list, add/edit, reset, disable."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from coop_desktop.db.engine import Database
from coop_desktop.demo_data.users import DEMO_PASSWORD
from coop_desktop.domain.enums import UserRole
from coop_desktop.services.context import SYSTEM, CurrentUser, command_line_user
from coop_desktop.services.users import UserService
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.change_password_dialog import ChangePasswordDialog, ResetPasswordDialog
from coop_desktop.ui.dialogs.user_edit_dialog import UserEditDialog
from coop_desktop.ui.dialogs.users_dialog import UsersDialog
from coop_desktop.ui.main_window import MainWindow
from tests.helpers.users import OFFICER
from tests.ui.boxes import MessageBoxes, StandardButton

STRONG = "Xk7-pL9q-Wz"


@pytest.fixture
def admin(demo_db: Database) -> CurrentUser:
    return UserService(demo_db, SYSTEM).authenticate("emarchetti", DEMO_PASSWORD)


@pytest.fixture
def accounts(demo_db: Database, admin: CurrentUser) -> UserService:
    return UserService(demo_db, admin)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def users_dialog(qtbot: QtBot, accounts: UserService, admin: CurrentUser) -> Iterator[UsersDialog]:
    dialog = UsersDialog(accounts, admin)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog


def _click(qtbot: QtBot, widget: QWidget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _select(dialog: UsersDialog, username: str) -> None:
    index = next(i for i, r in enumerate(dialog.rows) if r.username == username)
    dialog.ui.usersTable.selectRow(index)


def _cells(dialog: UsersDialog, username: str) -> list[str]:
    table = dialog.ui.usersTable
    index = next(i for i, r in enumerate(dialog.rows) if r.username == username)
    return [table.item(index, c).text() for c in range(table.columnCount())]


def _window(qtbot: QtBot, demo_db: Database, user: CurrentUser, tmp_path_settings: QSettings) -> MainWindow:
    window = MainWindow(AppServices.for_database(demo_db, user), tmp_path_settings, demo_db.name)
    qtbot.addWidget(window)
    return window


# -- the main window's actions ---------------------------------------------------------------------


def test_tools_menu_has_users_only_for_administrators(
    qtbot: QtBot, demo_db: Database, admin: CurrentUser, settings: QSettings
) -> None:
    window = _window(qtbot, demo_db, admin, settings)
    ui = window.ui
    texts = [a.text() for a in ui.menuTools.actions() if not a.isSeparator()]
    assert "&Utenti…" in texts and "&Cambia password…" in texts
    assert ui.actionUsers.isEnabled() and ui.actionChangePassword.isEnabled()

    clerk = UserService(demo_db, SYSTEM).authenticate("lgalli", DEMO_PASSWORD)
    other = _window(qtbot, demo_db, clerk, settings)
    assert not other.ui.actionUsers.isEnabled()
    assert other.ui.actionChangePassword.isEnabled()

    # Not an account (command line, tests' users): nothing to change.
    third = _window(qtbot, demo_db, OFFICER, settings)
    assert not third.ui.actionChangePassword.isEnabled()


def test_change_password_from_the_menu(
    qtbot: QtBot,
    demo_db: Database,
    admin: CurrentUser,
    settings: QSettings,
    boxes: MessageBoxes,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = _window(qtbot, demo_db, admin, settings)
    seen: list[str] = []

    def fill_in(dialog: ChangePasswordDialog) -> int:
        ui = dialog.ui
        seen.append(dialog.windowTitle())
        assert not dialog.save_button.isEnabled()
        ui.oldPasswordEdit.setText("Sbagliata-123")
        ui.newPasswordEdit.setText(STRONG)
        ui.confirmEdit.setText(STRONG)
        assert dialog.save_button.isEnabled()
        dialog.save_button.click()
        assert dialog.isVisible() or dialog.result() != QDialog.DialogCode.Accepted
        assert ui.oldPasswordError.text() == "La password attuale non è corretta."
        ui.oldPasswordEdit.setText(DEMO_PASSWORD)
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(ChangePasswordDialog, "exec", fill_in)
    window.ui.actionChangePassword.trigger()
    assert seen == ["Cambia password"]
    assert boxes.texts("information") == ["La nuova password vale dal prossimo accesso."]
    assert UserService(demo_db, SYSTEM).authenticate("emarchetti", STRONG) == admin


# -- Utenti ----------------------------------------------------------------------------------------


def test_lists_every_account_with_role_and_status(users_dialog: UsersDialog) -> None:
    table = users_dialog.ui.usersTable
    assert users_dialog.windowTitle() == "Utenti"
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Nome utente", "Nome e cognome", "Ruolo", "E-mail", "Stato", "Ultimo accesso"]
    assert [r.username for r in users_dialog.rows] == [
        "cbenvenuti", "emarchetti", "lgalli", "mfalorni", "pconti", "slotti",
    ]  # fmt: skip
    assert _cells(users_dialog, "pconti")[:3] == ["pconti", "Paolo Conti", "Consultazione"]
    assert _cells(users_dialog, "pconti")[4] == "Attivo"
    assert _cells(users_dialog, "emarchetti")[5] != "", "logged in by the fixture"


def test_own_account_cannot_be_disabled(users_dialog: UsersDialog) -> None:
    ui = users_dialog.ui
    _select(users_dialog, "emarchetti")
    assert ui.editButton.isEnabled() and ui.resetPasswordButton.isEnabled()
    assert not ui.activeButton.isEnabled()
    assert ui.activeButton.toolTip() == "Non puoi disattivare il tuo stesso account."


def test_disable_asks_first_then_enable(
    qtbot: QtBot, users_dialog: UsersDialog, boxes: MessageBoxes, demo_db: Database
) -> None:
    ui = users_dialog.ui
    _select(users_dialog, "slotti")
    assert ui.activeButton.isEnabled() and ui.activeButton.text() == "&Disattiva"

    boxes.answers.append(StandardButton.No)
    _click(qtbot, ui.activeButton)
    assert boxes.texts("question") == ["Disattivare Silvia Lotti (slotti)? L'account non potrà più accedere."]
    assert _cells(users_dialog, "slotti")[4] == "Attivo"

    boxes.answers.append(StandardButton.Yes)
    _click(qtbot, ui.activeButton)
    assert _cells(users_dialog, "slotti")[4] == "Disattivato"
    assert users_dialog.selected() is not None and users_dialog.selected().username == "slotti"
    assert ui.activeButton.text() == "Ria&ttiva"
    with pytest.raises(Exception, match="non validi"):
        UserService(demo_db, SYSTEM).authenticate("slotti", DEMO_PASSWORD)

    _click(qtbot, ui.activeButton)  # enabling asks nothing
    assert _cells(users_dialog, "slotti")[4] == "Attivo"
    assert len(boxes.texts("question")) == 2


def test_refused_disable_is_explained(qtbot: QtBot, demo_db: Database, boxes: MessageBoxes) -> None:
    # Acting as no account (the command line's administrator): emarchetti is the only administrator.
    acting = command_line_user()
    dialog = UsersDialog(UserService(demo_db, acting), acting)
    qtbot.addWidget(dialog)
    _select(dialog, "emarchetti")
    assert dialog.ui.activeButton.isEnabled()
    boxes.answers.append(StandardButton.Yes)
    _click(qtbot, dialog.ui.activeButton)
    [warning] = boxes.texts("warning")
    assert "è l'unico amministratore attivo" in warning
    assert _cells(dialog, "emarchetti")[4] == "Attivo"


def test_add_a_user(qtbot: QtBot, users_dialog: UsersDialog, monkeypatch: pytest.MonkeyPatch) -> None:
    def fill_in(dialog: UserEditDialog) -> int:
        ui = dialog.ui
        assert dialog.windowTitle() == "Nuovo utente"
        assert ui.roleCombo.currentText() == "Istruttore"
        ui.usernameEdit.setText("RNeri")
        ui.fullNameEdit.setText("Rosa Neri")
        ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(UserRole.VALUTATORE.value))
        ui.passwordEdit.setText("neri")
        assert ui.passwordError.text().startswith("La password deve avere almeno 10 caratteri.")
        ui.passwordEdit.setText(STRONG)
        ui.confirmEdit.setText(STRONG + "x")
        assert ui.confirmError.text() == "Le due password non coincidono."
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        assert dialog.saved is None, "not saved while the two passwords differ"
        ui.confirmEdit.setText(STRONG)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).click()
        return dialog.result()

    monkeypatch.setattr(UserEditDialog, "exec", fill_in)
    _click(qtbot, users_dialog.ui.addButton)
    assert users_dialog.selected() is not None and users_dialog.selected().username == "rneri"
    assert _cells(users_dialog, "rneri")[:3] == ["rneri", "Rosa Neri", "Valutatore"]


def test_new_user_errors_show_under_their_fields(qtbot: QtBot, accounts: UserService) -> None:
    dialog = UserEditDialog(accounts)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.usernameEdit.setText("lgalli")
    ui.fullNameEdit.setText("Omonimo")
    ui.emailEdit.setText("posta@")
    ui.passwordEdit.setText(STRONG)
    ui.confirmEdit.setText(STRONG)
    assert dialog.save() is False
    assert ui.emailError.text() == "«posta@» non è un indirizzo e-mail valido."
    ui.emailEdit.setText("")
    assert dialog.save() is False
    assert ui.usernameError.text() == "Il nome utente «lgalli» è già usato da un altro account."
    ui.usernameEdit.setText("")  # leaves nothing to discard
    ui.fullNameEdit.setText("")
    ui.passwordEdit.setText("")
    ui.confirmEdit.setText("")


def test_edit_a_user_and_a_concurrent_edit(
    qtbot: QtBot, accounts: UserService, boxes: MessageBoxes, demo_db: Database
) -> None:
    row = accounts.find_user("mfalorni")
    dialog = UserEditDialog(accounts, row)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert dialog.windowTitle() == "Modifica utente mfalorni"
    assert ui.usernameEdit.isReadOnly()
    assert not ui.passwordEdit.isVisibleTo(dialog) and not ui.passwordHint.isVisibleTo(dialog)
    assert ui.roleCombo.currentText() == "Valutatore"

    # Another administrator saves first.
    accounts.update_user(row.id, row.version, "Marco Falorni", "marco@esempio.it", UserRole.VALUTATORE)
    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(UserRole.ISTRUTTORE.value))
    boxes.clicks.append("Ricarica")
    assert dialog.save() is False
    assert boxes.shown[-1].title == "Modificato da un altro utente"
    assert ui.emailEdit.text() == "marco@esempio.it" and ui.roleCombo.currentText() == "Valutatore"

    ui.roleCombo.setCurrentIndex(ui.roleCombo.findData(UserRole.ISTRUTTORE.value))
    assert dialog.save() is True
    assert accounts.find_user("mfalorni").role is UserRole.ISTRUTTORE


def test_reset_password_dialog(
    qtbot: QtBot,
    users_dialog: UsersDialog,
    boxes: MessageBoxes,
    demo_db: Database,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill_in(dialog: ResetPasswordDialog) -> int:
        ui = dialog.ui
        assert dialog.windowTitle() == "Reimposta password"
        assert "Nuova password per Lorenzo Galli (lgalli)." in ui.introLabel.text()
        assert not ui.oldPasswordEdit.isVisibleTo(dialog)
        assert not dialog.save_button.isEnabled()
        ui.newPasswordEdit.setText("Lgalli-2025-ok")
        assert ui.newPasswordError.text() == "La password non deve contenere il nome utente."
        ui.newPasswordEdit.setText(STRONG)
        ui.confirmEdit.setText(STRONG)
        assert dialog.save_button.isEnabled()
        dialog.save_button.click()
        return dialog.result()

    monkeypatch.setattr(ResetPasswordDialog, "exec", fill_in)
    _select(users_dialog, "lgalli")
    _click(qtbot, users_dialog.ui.resetPasswordButton)
    assert boxes.texts("information") == ["lgalli ora può accedere con la nuova password."]
    assert UserService(demo_db, SYSTEM).authenticate("lgalli", STRONG).username == "lgalli"
