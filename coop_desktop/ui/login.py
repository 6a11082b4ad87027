"""Who uses the database: first-administrator creation on a database without one, else the login."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from coop_desktop.db.engine import Database
from coop_desktop.services.context import SYSTEM, CurrentUser
from coop_desktop.services.users import UserService
from coop_desktop.ui.dialogs.first_admin_dialog import FirstAdminDialog
from coop_desktop.ui.dialogs.login_dialog import LoginDialog


def ask_user(db: Database, parent: QWidget | None) -> CurrentUser | None:
    """The user who logged in to `db` (or the administrator just created); None if they chose Esci."""
    # Nobody is logged in yet: the login's own bookkeeping is the application's work.
    users = UserService(db, SYSTEM)
    dialog: FirstAdminDialog | LoginDialog
    if users.needs_first_admin():
        dialog = FirstAdminDialog(users, db.name, parent)
    else:
        dialog = LoginDialog(users, db.name, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.user
    finally:
        dialog.deleteLater()
