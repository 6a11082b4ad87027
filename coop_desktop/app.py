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

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from collections.abc import Callable  # noqa: E402
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
from coop_desktop.paths import resource, user_data_dir  # noqa: E402
from coop_desktop.ui.main_window import MainWindow  # noqa: E402

# SQLAlchemy and the models (about half of the start-up time) are imported only after the main
# window has painted its frame: see run().
if TYPE_CHECKING:
    from coop_desktop.db.engine import Database

ENV_LANG = "COOP_DESKTOP_LANG"
ICON = ("icons", "coop-desktop.svg")
EXIT_OK = 0
EXIT_FAILED = 1
# A smoke run that never paints is broken: give up rather than hang a build check.
SMOKE_TIMEOUT_MS = 30_000


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


def open_database(value: str | None, report: Callable[[str], None]) -> Database | None:
    """Open and migrate the database; on failure tell the user (in Italian) and return None."""
    from sqlalchemy.exc import ArgumentError, DatabaseError

    from coop_desktop.db.engine import Database
    from coop_desktop.db.schema import SchemaError, ensure_current

    try:
        db = Database.open(value)
    except (ArgumentError, ImportError, OSError) as exc:
        report(
            QCoreApplication.translate("App", "The database address is not valid: {error}").format(error=exc)
        )
        return None
    try:
        ensure_current(db)
    except SchemaError as exc:
        message = str(exc)
    except DatabaseError as exc:
        message = QCoreApplication.translate(
            "App", "The database {name} could not be opened: {error}"
        ).format(name=db.name, error=getattr(exc, "orig", None) or exc)
    else:
        return db
    db.close()
    report(message)
    return None


def _message_box(parent: QWidget | None) -> Callable[[str], None]:
    return lambda message: QMessageBox.critical(parent, APP_NAME, message)


def _stderr(message: str) -> None:
    print(f"Errore: {message}", file=sys.stderr)


class Workspace:
    """The open database with its services and window; replaced whole when the user opens another file."""

    def __init__(self, settings: QSettings) -> None:
        self._settings = settings
        self.db: Database | None = None
        self.window: MainWindow | None = None

    def show(self, db: Database, window: MainWindow | None = None) -> MainWindow:
        """Show `db` in a new window, or in `window` when it is the empty frame shown at start."""
        from coop_desktop.ui.app_services import AppServices

        services = AppServices.for_database(db)
        if window is None:
            window = MainWindow(services, self._settings, db.name)
        else:
            window.attach(services, db.name)
        window.openDatabaseRequested.connect(self.reopen)
        window.show()
        self.db, self.window = db, window
        return window

    def reopen(self, value: str) -> None:
        db = open_database(value, _message_box(self.window))
        if db is None:
            return  # the current database stays open
        old_window, old_db = self.window, self.db
        if old_window is not None:
            # Saved before the new window reads them, so it opens where the old one was.
            old_window.save_settings()
        self.show(db)
        if old_window is not None:
            old_window.close()
            old_window.deleteLater()
        if old_db is not None:
            old_db.close()

    def close(self) -> None:
        if self.db is not None:
            self.db.close()
            self.db = None


def run(db_value: str | None, smoke: bool = False) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon(str(resource(*ICON))))
    install_translators(app)  # the translators are children of app: they live as long as it does

    settings = QSettings(str(user_data_dir() / "settings.ini"), QSettings.Format.IniFormat)
    # The frame paints first, while the database layer is still to be imported and opened.
    frame = MainWindow(None, settings, "")
    frame.show()
    painted = FirstPaint(frame)
    app.processEvents()
    db = open_database(db_value, _stderr if smoke else _message_box(frame))
    if db is None:
        frame.close()
        return EXIT_FAILED
    workspace = Workspace(settings)
    window = workspace.show(db, frame)
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
            ("evaluations", window.evaluations_tab),
            ("partnerships", window.partnerships_tab),
        ):
            tab.model.ensure_loaded()
            payload["rows"][name] = tab.model.total
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
