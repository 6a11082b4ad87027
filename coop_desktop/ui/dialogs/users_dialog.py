"""Utenti: the administrator's list of accounts, with add, edit, reset password and disable/enable."""

from __future__ import annotations

from datetime import UTC

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.formatting import format_datetime
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import ServiceError
from coop_desktop.services.users import UserRow, UserService
from coop_desktop.ui.dialogs.change_password_dialog import ResetPasswordDialog
from coop_desktop.ui.dialogs.user_edit_dialog import UserEditDialog
from coop_desktop.ui.forms.ui_users_dialog import Ui_UsersDialog

_DISABLED = QColor("#6b6b6b")


class UsersDialog(QDialog):
    def __init__(self, users: UserService, current: CurrentUser, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._users = users
        self._current = current
        self.rows: list[UserRow] = []
        self.ui = Ui_UsersDialog()
        self.ui.setupUi(self)
        ui = self.ui
        header = ui.usersTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        ui.usersTable.itemSelectionChanged.connect(self._update_buttons)
        ui.usersTable.itemDoubleClicked.connect(lambda _item: self.edit())
        ui.addButton.clicked.connect(self.add)
        ui.editButton.clicked.connect(self.edit)
        ui.resetPasswordButton.clicked.connect(self.reset_password)
        ui.activeButton.clicked.connect(self.toggle_active)
        ui.buttonBox.rejected.connect(self.reject)
        self.resize(1000, 440)
        self.reload()

    # -- the list --------------------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Read the accounts again, keeping (or moving to) the selected one."""
        if select_id is None and (current := self.selected()) is not None:
            select_id = current.id
        self.rows = self._users.list_users()
        table = self.ui.usersTable
        table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            cells = (
                row.username,
                row.full_name,
                row.role_label,
                row.email,
                self._status(row),
                self._last(row),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not row.is_active:
                    item.setForeground(_DISABLED)
                table.setItem(index, column, item)
        selected = next((i for i, r in enumerate(self.rows) if r.id == select_id), 0 if self.rows else -1)
        if selected >= 0:
            table.selectRow(selected)
        self._update_buttons()

    def _status(self, row: UserRow) -> str:
        if not row.is_active:
            return self.tr("Disabled")
        if not row.has_password:
            return self.tr("Active, no password yet")
        if row.locked_until is not None and row.locked_until > utcnow():
            return self.tr("Active, locked after failed sign-ins")
        return self.tr("Active")

    @staticmethod
    def _last(row: UserRow) -> str:
        if row.last_login_at is None:
            return ""
        # Stored in UTC: shown in the computer's time zone.
        return format_datetime(row.last_login_at.replace(tzinfo=UTC).astimezone())

    def selected(self) -> UserRow | None:
        rows = self.ui.usersTable.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _update_buttons(self) -> None:
        ui = self.ui
        row = self.selected()
        for button in (ui.editButton, ui.resetPasswordButton, ui.activeButton):
            button.setEnabled(row is not None)
        if row is None:
            return
        ui.activeButton.setText(self.tr("&Enable") if not row.is_active else self.tr("&Disable"))
        yourself = row.id == self._current.id
        # Disabling yourself would lock you out in the middle of the session: the service refuses it too.
        ui.activeButton.setEnabled(not (yourself and row.is_active))
        ui.activeButton.setToolTip(self.tr("You cannot disable your own account.") if yourself else "")

    # -- actions ---------------------------------------------------------------------------------

    def add(self) -> None:
        dialog = UserEditDialog(self._users, None, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None:
            self.reload(dialog.saved.id)

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            return
        dialog = UserEditDialog(self._users, row, self)
        dialog.exec()
        # Also after Cancel: the dialog may have reloaded a version someone else saved.
        self.reload(row.id)

    def reset_password(self) -> None:
        row = self.selected()
        if row is None:
            return
        if ResetPasswordDialog(self._users, row, self).exec() == QDialog.DialogCode.Accepted:
            self.reload(row.id)
            QMessageBox.information(
                self,
                self.tr("Password reset"),
                self.tr("{username} can now sign in with the new password.").format(username=row.username),
            )

    def toggle_active(self) -> None:
        row = self.selected()
        if row is None:
            return
        if row.is_active:
            answer = QMessageBox.question(
                self,
                self.tr("Disable user"),
                self.tr("Disable {name} ({username})? The account will no longer be able to sign in.").format(
                    name=row.full_name, username=row.username
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            self._users.set_active(row.id, not row.is_active)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
        self.reload(row.id)
