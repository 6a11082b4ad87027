"""The main window: one tab per area, the File / Tools / Help menus and the open database's name."""

from __future__ import annotations

import html
import sqlite3
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSettings, Qt, Signal, qVersion
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QWidget

from coop_desktop import APP_NAME, __version__
from coop_desktop.ui.forms.ui_main_window import Ui_MainWindow
from coop_desktop.ui.recovery import BACKUP_FOLDER_KEY, backup_folder

# The window paints before the database layer is imported (see attach()): nothing that pulls in
# SQLAlchemy may be imported at module level here.
if TYPE_CHECKING:
    from coop_desktop.ui.app_services import AppServices
    from coop_desktop.ui.tabs.actors_tab import ActorsTab
    from coop_desktop.ui.tabs.calls_tab import CallsTab
    from coop_desktop.ui.tabs.evaluations_tab import EvaluationsTab
    from coop_desktop.ui.tabs.partnerships_tab import PartnershipsTab

DEFAULT_SIZE = (1200, 760)
LICENCE = "EUPL-1.2"

_GEOMETRY = "main_window/geometry"
_STATE = "main_window/state"
_TAB = "main_window/tab"
# Where the last backup made by hand went; the automatic ones go to recovery.backup_folder().
_MANUAL_BACKUP_FOLDER = "backup/manual_folder"


class MainWindow(QMainWindow):
    # The user chose another database file; app.py opens it and replaces this window.
    openDatabaseRequested = Signal(str)
    # The user chose a backup file and confirmed: app.py closes the database, restores and reopens it.
    restoreRequested = Signal(str)

    def __init__(
        self,
        services: AppServices | None,
        settings: QSettings,
        database_name: str,
        parent: QWidget | None = None,
    ) -> None:
        """With services=None the window is an empty frame until attach() gives it the database."""
        super().__init__(parent)
        self._settings = settings
        self._database_name = database_name
        self._attached = False
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.database_label = QLabel(self.tr("Opening the database…"))
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ui.statusBar.addPermanentWidget(self.database_label, 1)
        self.ui.actionOpenDatabase.triggered.connect(self.choose_database)
        self.ui.actionBackup.triggered.connect(self.backup)
        self.ui.actionRestore.triggered.connect(self.choose_backup_to_restore)
        self.ui.actionBackupFolder.triggered.connect(self.choose_backup_folder)
        self.read_only_label = QLabel(self.tr("Read only"))
        self.read_only_label.setStyleSheet("font-weight: bold")
        self.read_only_label.setVisible(False)
        self.ui.statusBar.addPermanentWidget(self.read_only_label)
        self.ui.actionOfficeSettings.triggered.connect(self.edit_office_settings)
        self.ui.actionLetterTemplates.triggered.connect(self.edit_letter_templates)
        self.ui.actionUsers.triggered.connect(self.manage_users)
        self.ui.actionVerifyAudit.triggered.connect(self.verify_audit)
        self.ui.actionVerifyAudit.setEnabled(False)
        self.ui.actionChangePassword.triggered.connect(self.change_password)
        self.ui.actionUsers.setEnabled(False)
        self.ui.actionChangePassword.setEnabled(False)
        self.ui.actionAbout.triggered.connect(self.show_about)
        for action in (
            self.ui.actionBackup,
            self.ui.actionRestore,
            self.ui.actionOfficeSettings,
            self.ui.actionLetterTemplates,
        ):
            action.setEnabled(False)
        if not self._restore_geometry():
            self.resize(*DEFAULT_SIZE)
        if services is not None:
            self.attach(services, database_name)

    def attach(self, services: AppServices, database_name: str) -> None:
        """Build the tabs on the open database's services (imports the data layer on first use)."""
        from coop_desktop.ui.tabs.actors_tab import ActorsTab
        from coop_desktop.ui.tabs.calls_tab import CallsTab
        from coop_desktop.ui.tabs.evaluations_tab import EvaluationsTab
        from coop_desktop.ui.tabs.partnerships_tab import PartnershipsTab

        self._services = services
        self._database_name = database_name
        self.actors_tab: ActorsTab = ActorsTab(services)
        self.calls_tab: CallsTab = CallsTab(services)
        self.evaluations_tab: EvaluationsTab = EvaluationsTab(services)
        self.partnerships_tab: PartnershipsTab = PartnershipsTab(services.partnerships)
        tabs = self.ui.tabWidget
        tabs.addTab(self.actors_tab, self.tr("Actors"))
        tabs.addTab(self.calls_tab, self.tr("Calls"))
        tabs.addTab(self.evaluations_tab, self.tr("Evaluations"))
        tabs.addTab(self.partnerships_tab, self.tr("Partnerships"))
        self.database_label.setText(self.tr("Database: {name}").format(name=database_name))
        from coop_desktop.domain.permissions import Permission

        # Mirrors of the services' own checks: a user is not offered what would be refused.
        user = services.user
        self.ui.actionBackup.setEnabled(user.can(Permission.MAINTENANCE))
        self.ui.actionRestore.setEnabled(user.can(Permission.MAINTENANCE))
        self.ui.actionOfficeSettings.setEnabled(user.can(Permission.EDIT_OFFICE))
        # Everyone may read the templates; the dialog is read-only without the print permission.
        self.ui.actionLetterTemplates.setEnabled(user.can(Permission.VIEW_CALLS))
        self.ui.actionVerifyAudit.setEnabled(user.can(Permission.VIEW_AUDIT))
        self.ui.actionUsers.setEnabled(user.can(Permission.MANAGE_USERS))
        # Only an account stored in the database has a password (not the command line or the system).
        self.ui.actionChangePassword.setEnabled(services.user.id is not None)
        self._attached = True
        self._restore_settings()

    # -- remembered between sessions -----------------------------------------------------------

    def _restore_geometry(self) -> bool:
        geometry = self._settings.value(_GEOMETRY)
        return geometry is not None and self.restoreGeometry(geometry)

    def _restore_settings(self) -> None:
        state = self._settings.value(_STATE)
        if state is not None:
            self.restoreState(state)
        # By name rather than index, so a tab added later does not shift what the user sees.
        tab_name = self._settings.value(_TAB)
        tab = self.ui.tabWidget.findChild(QWidget, str(tab_name)) if tab_name else None
        if tab is not None:
            self.ui.tabWidget.setCurrentWidget(tab)

    def save_settings(self) -> None:
        if not self._attached:  # a frame whose database never opened has nothing worth keeping
            return
        self._settings.setValue(_GEOMETRY, self.saveGeometry())
        self._settings.setValue(_STATE, self.saveState())
        self._settings.setValue(_TAB, self.ui.tabWidget.currentWidget().objectName())
        self._settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    # -- menu actions ----------------------------------------------------------------------

    def choose_database(self) -> None:
        folder = Path(self._database_name).parent  # a URL (PostgreSQL) has no folder to start from
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(folder if folder.is_dir() else Path.home()),
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.openDatabaseRequested.emit(path)

    def backup(self) -> None:
        from coop_desktop.services.maintenance import MaintenanceError

        folder = Path(str(self._settings.value(_MANUAL_BACKUP_FOLDER) or backup_folder(self._settings)))
        suggested = folder / f"coop-desktop-backup-{date.today().isoformat()}.sqlite3"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Back up the database"),
            str(suggested),
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db)"),
        )
        if not path:
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            target = self._services.maintenance.backup(Path(path))
        except MaintenanceError as exc:
            failure: str | None = str(exc)
        except (OSError, sqlite3.Error) as exc:
            failure = self.tr("The backup could not be written: {error}").format(error=exc)
        else:
            failure = None
        finally:
            QGuiApplication.restoreOverrideCursor()
        if failure is not None:
            QMessageBox.warning(self, self.tr("Backup not saved"), failure)
            return
        self._settings.setValue(_MANUAL_BACKUP_FOLDER, str(target.parent))
        QMessageBox.information(
            self, self.tr("Backup saved"), self.tr("The backup was saved to {path}.").format(path=target)
        )

    def choose_backup_to_restore(self) -> None:
        folder = backup_folder(self._settings)
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Restore from backup"),
            str(folder if folder.is_dir() else Path.home()),
            self.tr("SQLite databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "The open database {database} will be replaced by the backup {backup}; changes made "
                "after the backup are lost. A copy of the current database is kept beside it.\n\n"
                "Restore the backup?"
            ).format(database=self._database_name, backup=path),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.restoreRequested.emit(path)

    def verify_audit(self) -> None:
        """Walk the hash chain of the change log in the background and say what it found."""
        from coop_desktop.ui.workers import run_with_progress

        def done(report: Any) -> None:
            if report.ok:
                text = self.tr("The change log is intact: {count} entries verified.")
                QMessageBox.information(self, self.tr("Change log"), text.format(count=report.entries))
            else:
                QMessageBox.critical(
                    self,
                    self.tr("Change log"),
                    self.tr("The change log was altered. {problem}").format(problem=report.problem),
                )

        def failed(error: BaseException) -> None:
            QMessageBox.warning(self, self.tr("Change log"), str(error))

        self._audit_job = run_with_progress(
            self,
            self.tr("Change log"),
            self.tr("Verifying the change log…"),
            lambda _progress, _cancelled: self._services.audit.verify(),
            done,
            failed,
        )

    def choose_backup_folder(self) -> None:
        current = backup_folder(self._settings)
        start = current if current.is_dir() else Path.home()
        chosen = QFileDialog.getExistingDirectory(
            self, self.tr("Folder of the automatic backups"), str(start)
        )
        if not chosen:
            return
        self._settings.setValue(BACKUP_FOLDER_KEY, chosen)
        self._settings.sync()
        self.statusBar().showMessage(
            self.tr("Automatic backups will be saved in {folder}.").format(folder=chosen), 8000
        )

    def set_database_access(self, *, read_only: bool, file_based: bool) -> None:
        """Read-only mode (another instance holds the file) shows in the title and the status bar."""
        self.read_only_label.setVisible(read_only)
        title = APP_NAME
        if read_only:
            title = self.tr("{app} — read only").format(app=APP_NAME)
        self.setWindowTitle(title)
        # Restoring replaces an SQLite file: not for a read-only window, nor for PostgreSQL.
        self.ui.actionRestore.setEnabled(self._attached and file_based and not read_only)
        self.ui.actionBackupFolder.setEnabled(file_based)

    def edit_office_settings(self) -> None:
        # Imported when first opened: its Qt classes would only slow down the first paint.
        from coop_desktop.ui.dialogs.office_settings_dialog import OfficeSettingsDialog

        OfficeSettingsDialog(self._services.office, self).exec()

    def edit_letter_templates(self) -> None:
        from coop_desktop.ui.dialogs.letter_template_dialog import open_letter_templates

        open_letter_templates(self, self._services)

    def manage_users(self) -> None:
        from coop_desktop.ui.dialogs.users_dialog import UsersDialog

        UsersDialog(self._services.users, self._services.user, self).exec()

    def change_password(self) -> None:
        from coop_desktop.ui.dialogs.change_password_dialog import ChangePasswordDialog

        dialog = ChangePasswordDialog(self._services.users, self._services.user.username, self)
        if dialog.exec() == ChangePasswordDialog.DialogCode.Accepted:
            QMessageBox.information(
                self,
                self.tr("Password changed"),
                self.tr("Your new password is valid from the next sign-in."),
            )

    def show_about(self) -> None:
        text = self.tr(
            "<h3>{app} {version}</h3>"
            "<p>Calls for proposals, evaluations and partnerships of the international-cooperation "
            "office of Regione Toscana.</p>"
            "<p><b>Database:</b> {database}</p>"
            "<p><b>Licence:</b> {licence} (European Union Public Licence)</p>"
            "<p>Qt {qt} · PySide6 {pyside}</p>"
        ).format(
            app=APP_NAME,
            version=__version__,
            database=html.escape(self._database_name),
            licence=LICENCE,
            qt=qVersion(),
            pyside=pyside_version,
        )
        QMessageBox.about(self, self.tr("About {app}").format(app=APP_NAME), text)
