"""Start the window: Qt application, translations, database, services and main window, in that order.

Everything is built here once and passed in explicitly; nothing below reaches for globals.

`--smoke` shows the window, waits for its first paints and prints one JSON line:
- `first_paint_s`: seconds from the start of the *process* to the first paint of the window. On Linux
  the start comes from the kernel (/proc/self/stat `starttime`, 10 ms resolution, compared with
  CLOCK_BOOTTIME), so interpreter start-up and every import are included. Where that is not
  available `clock` is "import" and the value equals `since_import_s`.
- `first_rows_s`: the same clock when the first page of actors has been painted in its table.
  The frame paints before SQLAlchemy and the models are imported; the rows follow.
- `since_import_s`: seconds from this module's import to the rows' paint (a lower bound).
- `cpu_s`: CPU seconds this process used until then; unlike wall time, other load barely moves it.
- `peak_rss_mb`: peak resident memory; `rows`: the totals the four tabs show.
"""

from __future__ import annotations

import time

# Taken before the heavy imports below, so that they count in since_import_s.
IMPORTED_AT = time.perf_counter()

import functools  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import TYPE_CHECKING  # noqa: E402

from PySide6.QtCore import (  # noqa: E402
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QTimer,
    QTranslator,
)
from PySide6.QtGui import QIcon  # noqa: E402
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget  # noqa: E402

from coop_desktop import APP_NAME, ORG_NAME, __version__  # noqa: E402
from coop_desktop.paths import resource, settings_file  # noqa: E402
from coop_desktop.ui import crash  # noqa: E402
from coop_desktop.ui.main_window import MainWindow  # noqa: E402

# SQLAlchemy and the models (about half of the start-up time) are imported only after the main
# window has painted its frame: see run().
if TYPE_CHECKING:
    from coop_desktop.db.engine import Database
    from coop_desktop.db.instance_lock import InstanceLock
    from coop_desktop.services.backups import BackupCheck
    from coop_desktop.services.context import CurrentUser
    from coop_desktop.ui.recovery import IntegrityWatch

ENV_LANG = "COOP_DESKTOP_LANG"
ICON = ("icons", "coop-desktop.svg")
EXIT_OK = 0
EXIT_FAILED = 1
# A smoke run that never paints is broken: give up rather than hang a build check.
SMOKE_TIMEOUT_MS = 30_000
# The background integrity check starts once the first rows have had time to paint.
INTEGRITY_CHECK_DELAY_MS = 2_000


def install_translators(app: QApplication) -> list[QTranslator]:
    """Italian unless COOP_DESKTOP_LANG=en: Qt's own strings (buttons, dialogs) and ours."""
    if os.environ.get(ENV_LANG, "it").lower().startswith("en"):
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Italian, QLocale.Country.Italy))
    installed = []
    for name, folder in (
        ("qtbase_it", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("coop_desktop_it", str(resource("i18n"))),
    ):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def open_database(
    value: str | None,
    report: Callable[[str], None],
    *,
    read_only: bool = False,
    damaged: Callable[[Path, str], None] | None = None,
) -> Database | None:
    """Open and migrate the database; on failure tell the user (in Italian) and return None.

    `damaged(path, message)`, when given, hears instead of `report` about an SQLite file that is
    damaged or unreadable, so that the caller can offer a backup. `read_only` opens the file
    without writing anything (another instance holds it); it must then be current already.
    """
    from sqlalchemy.exc import ArgumentError, DatabaseError

    from coop_desktop.db import sqlite_file
    from coop_desktop.db.engine import Database
    from coop_desktop.db.schema import SchemaError, SchemaState, ensure_current, refuse_without_writing, state

    try:
        db = Database.open(value, read_only=read_only)
    except (ArgumentError, ImportError, OSError) as exc:
        report(
            QCoreApplication.translate("App", "The database address is not valid: {error}").format(error=exc)
        )
        return None
    path = Path(db.url.database) if db.is_sqlite and db.url.database not in (None, "", ":memory:") else None
    tell_damaged = report
    if damaged is not None and path is not None:
        tell_damaged = functools.partial(damaged, path)
    not_opened = QCoreApplication.translate("App", "The database {name} could not be opened: {error}")
    # A few microseconds: the header and the size tell a file that is no database, or truncated.
    problem = sqlite_file.header_problem(path) if path is not None else None
    if problem is not None:
        db.close()
        tell_damaged(not_opened.format(name=db.name, error=problem))
        return None
    try:
        if read_only:
            found = state(db)
            if found in (SchemaState.NEWER, SchemaState.FOREIGN):
                ensure_current(db)  # raises SchemaError with its message; nothing written
            if found is not SchemaState.CURRENT:
                raise SchemaError(
                    QCoreApplication.translate(
                        "App",
                        "The database {name} must be upgraded for this version of Coop Desktop, which "
                        "cannot be done while another instance has it open.",
                    ).format(name=db.name)
                )
        else:
            refuse_without_writing(db)  # a newer file stays byte for byte as it was
            ensure_current(db)
    except SchemaError as exc:
        message = str(exc)
    except DatabaseError as exc:
        error = getattr(exc, "orig", None) or exc
        db.close()
        # A file another program keeps locked is busy, not damaged: no backup to offer.
        busy = "locked" in str(error).lower()
        (report if busy else tell_damaged)(not_opened.format(name=db.name, error=error))
        return None
    else:
        return db
    db.close()
    report(message)
    return None


def _message_box(parent: QWidget | None) -> Callable[[str], None]:
    return lambda message: QMessageBox.critical(parent, APP_NAME, message)


def _stderr(message: str) -> None:
    print(f"Errore: {message}", file=sys.stderr)


def _database_file(db: Database) -> Path | None:
    """The SQLite file of `db`; None for PostgreSQL or an in-memory database."""
    if not db.is_sqlite or db.url.database in (None, "", ":memory:"):
        return None
    return Path(db.url.database or "")


class Workspace:
    """The open database with its services and window; replaced whole when the user opens another file.

    On SQLite it also holds the file's instance lock, watches the file's integrity in the background,
    backs it up when it closes, and restores a backup over it (see ui/recovery.py).
    """

    def __init__(self, settings: QSettings, *, interactive: bool = True) -> None:
        self._settings = settings
        self.db: Database | None = None
        self.window: MainWindow | None = None
        self.user: CurrentUser | None = None
        # This instance's hold on the SQLite file (None: read-only, PostgreSQL, or no lock possible).
        self.lock: InstanceLock | None = None
        # Someone is at the keyboard (not --smoke): dialogs, integrity check, automatic backup.
        self._interactive = interactive
        self._watch: IntegrityWatch | None = None
        # The integrity check found damage: no automatic backup may push a good one out.
        self.damaged = False

    def open(
        self, value: str | None, parent: QWidget | None, report: Callable[[str], None]
    ) -> Database | None:
        """Open the database at start: lock, damaged-file recovery, read-only offer (ui/recovery.py)."""
        from coop_desktop.ui.recovery import open_guarded

        opened = open_guarded(
            value, parent, self._settings, report, interactive=self._interactive, at_start=True
        )
        if opened is None:
            return None
        self.lock = opened.lock
        return opened.db

    def show(self, db: Database, window: MainWindow | None = None, *, user: CurrentUser) -> MainWindow:
        """Show `db` to `user` in a new window, or in `window` when it is the empty frame shown at start."""
        import dataclasses

        from coop_desktop.ui.app_services import AppServices

        if db.read_only:
            # The services refuse every change with a clear message, whatever the role.
            user = dataclasses.replace(user, read_only=True)
        services = AppServices.for_database(db, user)
        if window is None:
            window = MainWindow(services, self._settings, db.name)
        else:
            window.attach(services, db.name)
        window.openDatabaseRequested.connect(self.reopen)
        window.restoreRequested.connect(self.restore)
        window.set_database_access(read_only=db.read_only, file_based=_database_file(db) is not None)
        window.show()
        self.db, self.window, self.user = db, window, user
        self._watch_integrity()
        return window

    def reopen(self, value: str, *, backup_old: bool = True) -> bool:
        """Open `value` in a new window in place of the current one; False when it stays as it was."""
        from coop_desktop.ui.recovery import open_guarded

        opened = open_guarded(
            value,
            self.window,
            self._settings,
            _message_box(self.window),
            interactive=self._interactive,
            at_start=False,
            held=self.lock,  # the same file again keeps its lock
        )
        if opened is None:
            return False  # the current database stays open
        db = opened.db
        # Accounts belong to a database: opening another one means logging in to it.
        from coop_desktop.ui.login import ask_user

        user = ask_user(db, self.window)
        if user is None:
            db.close()
            if opened.lock is not None and opened.lock is not self.lock:
                opened.lock.release()
            return False  # Esci: the current database stays open
        old_window, old_db, old_lock = self.window, self.db, self.lock
        old_backup = backup_old and not self.damaged
        if old_window is not None:
            # Saved before the new window reads them, so it opens where the old one was.
            old_window.save_settings()
        self.show(db, user=user)
        self.lock = opened.lock
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_db is not None:
            self._close_database(old_db, backup=old_backup)
        if old_lock is not None and old_lock is not self.lock:
            old_lock.release()
        return True

    def restore(self, backup: str) -> None:
        """Replace the open SQLite file with `backup` (the user confirmed), then reopen it."""
        from coop_desktop.exchange.errors import OperationCancelled
        from coop_desktop.services.backups import prepare_restore
        from coop_desktop.services.errors import ServiceError
        from coop_desktop.services.maintenance import MaintenanceError
        from coop_desktop.ui.recovery import run_blocking

        db, window, user = self.db, self.window, self.user
        path = _database_file(db) if db is not None else None
        if db is None or path is None or user is None or db.read_only:
            return
        title = QCoreApplication.translate("App", "Restore from backup")
        try:
            # The slow part (copy, integrity_check) runs while the database is still open.
            prepared = run_blocking(
                window,
                title,
                QCoreApplication.translate("App", "Checking the backup…"),
                lambda progress, cancelled: prepare_restore(
                    path, Path(backup), progress, cancelled, user=user
                ),
            )
        except OperationCancelled:
            return
        except (MaintenanceError, ServiceError) as exc:
            QMessageBox.warning(window, title, str(exc))
            return
        if window is not None:
            window.save_settings()
        self._stop_watch()
        db.close()  # every connection closed before the file is replaced
        try:
            result = prepared.install()
        except MaintenanceError as exc:
            QMessageBox.warning(window, title, str(exc))
            self._watch_integrity()  # the database was not touched: the window goes on with it
            return
        self.damaged = False
        # No backup of the replaced database: the restore kept a copy of it already.
        self.reopen(str(path), backup_old=False)
        QMessageBox.information(
            self.window,
            title,
            QCoreApplication.translate(
                "App", "The backup {backup} was restored. The database as it was before is kept in {copy}."
            ).format(backup=result.source, copy=result.previous_copy),
        )

    def _watch_integrity(self) -> None:
        """SQLite's quick_check in the background, after the rows have painted (too slow for the start)."""
        self._stop_watch()
        self.damaged = False
        path = _database_file(self.db) if self.db is not None else None
        if not self._interactive or path is None:
            return
        from coop_desktop.ui.recovery import IntegrityWatch, backup_folder

        watch = IntegrityWatch(path, backup_folder(self._settings))
        watch.damaged.connect(self._integrity_damaged)
        self._watch = watch
        QTimer.singleShot(INTEGRITY_CHECK_DELAY_MS, watch, watch.start)

    def _stop_watch(self) -> None:
        if self._watch is not None:
            self._watch.cancel()
            self._watch = None

    def _integrity_damaged(self, problems: list[str], backup: BackupCheck | None) -> None:
        from coop_desktop.ui.recovery import ask_restore_after_check

        self.damaged = True
        path = _database_file(self.db) if self.db is not None else None
        if path is None:
            return
        if ask_restore_after_check(self.window, path, problems, backup) and backup is not None:
            self.restore(str(backup.path))

    def _close_database(self, db: Database, *, backup: bool = True) -> None:
        """Close `db`, backing it up first (SQLite, writable, someone at the keyboard)."""
        if backup and self._interactive and not db.read_only and _database_file(db) is not None:
            from coop_desktop.ui.recovery import backup_at_close

            failure = backup_at_close(db, self._settings)
            if failure is not None:
                QMessageBox.warning(
                    self.window if self.window is not None and self.window.isVisible() else None,
                    APP_NAME,
                    QCoreApplication.translate("App", "The automatic backup was not saved: {error}").format(
                        error=failure
                    ),
                )
        db.close()

    def close(self) -> None:
        self._stop_watch()
        if self.db is not None:
            self._close_database(self.db, backup=not self.damaged)
            self.db = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def run(db_value: str | None, smoke: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource(*ICON))))
    install_translators(app)  # the translators are children of app: they live as long as it does
    # An unexpected exception: full trace in the log file, an Italian box, the window stays open.
    crash.install(interactive=not smoke)

    settings = QSettings(str(settings_file()), QSettings.Format.IniFormat)
    # The frame paints first, while the database layer is still to be imported and opened.
    frame = MainWindow(None, settings, "")
    frame.show()
    painted = FirstPaint(frame)
    app.processEvents()
    workspace = Workspace(settings, interactive=not smoke)
    db = workspace.open(db_value, frame, _stderr if smoke else _message_box(frame))
    if db is None:
        frame.close()
        return EXIT_FAILED
    if smoke:
        # A start-up measurement, with nobody at the keyboard: the application acts by itself.
        from coop_desktop.services.context import SYSTEM

        user: CurrentUser | None = SYSTEM
    else:
        from coop_desktop.ui.login import ask_user

        user = ask_user(db, frame)
    if user is None:  # Esci on the login
        db.close()
        workspace.close()  # releases the file's lock
        frame.close()
        return EXIT_OK
    window = workspace.show(db, frame, user=user)
    try:
        if smoke:
            return _smoke(app, window, painted)
        return app.exec()
    finally:
        workspace.close()


# -- --smoke -------------------------------------------------------------------------------------


def process_age() -> float | None:
    """Seconds since the kernel started this process (Linux); None where that cannot be read."""
    try:
        with open("/proc/self/stat", "rb") as stat:
            raw = stat.read()
        # Fields after the command name, which may itself hold spaces: field 22, starttime, is 19th.
        start_ticks = int(raw[raw.rindex(b")") + 2 :].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return None


def peak_rss_mb() -> float | None:
    try:
        import resource as rusage  # Unix only
    except ImportError:
        return None
    # Linux reports KiB.
    return round(rusage.getrusage(rusage.RUSAGE_SELF).ru_maxrss / 1024, 1)


class FirstPaint(QObject):
    """Notes when the window's first paint happens (process age and time since import)."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.at: tuple[float | None, float] | None = None
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.at is None:
            self.at = (process_age(), time.perf_counter() - IMPORTED_AT)
        return False


def _smoke(app: QApplication, window: MainWindow, frame_paint: FirstPaint) -> int:
    rows_paint = FirstPaint(window.actors_tab.ui.tableView.viewport())

    def seconds(at: tuple[float | None, float]) -> float:
        age, since_import = at
        return round(age if age is not None else since_import, 3)

    def report() -> None:
        if frame_paint.at is None or rows_paint.at is None:
            QTimer.singleShot(5, report)
            return
        age = process_age()
        payload = {
            # The frame (menus, tabs, status bar) on screen: what "the window appeared" means.
            "first_paint_s": seconds(frame_paint.at),
            # The first page of actors painted in the table: what the user waits for to work.
            "first_rows_s": seconds(rows_paint.at),
            "since_import_s": round(rows_paint.at[1], 3),
            "clock": "process" if age is not None else "import",
            # CPU time of this process only: steadier than wall time on a busy machine.
            "cpu_s": round(time.process_time(), 3),
            "peak_rss_mb": peak_rss_mb(),
            "rows": {},
        }
        # After the clock stops: the hidden tabs load here, as they would when first opened.
        for name, tab in (
            ("actors", window.actors_tab),
            ("calls", window.calls_tab),
            ("partnerships", window.partnerships_tab),
        ):
            tab.model.ensure_loaded()
            payload["rows"][name] = tab.model.total
        # The Valutazioni grid: the applications of the call it shows first.
        window.evaluations_tab.ensure_loaded()
        payload["rows"]["evaluations"] = window.evaluations_tab.model.rowCount()
        print(json.dumps(payload), flush=True)
        app.exit(EXIT_OK)

    def give_up() -> None:
        _stderr("la finestra non è stata disegnata entro il tempo previsto.")
        app.exit(EXIT_FAILED)

    QTimer.singleShot(0, report)
    QTimer.singleShot(SMOKE_TIMEOUT_MS, give_up)
    code = app.exec()
    window.close()
    return code
