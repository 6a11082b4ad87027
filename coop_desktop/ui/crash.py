"""Unexpected exceptions: logged in full, told to the user in a box, and the window stays open.

`install()` sets `sys.excepthook` and `threading.excepthook`. PySide6 hands an exception raised in
a slot or an overridden Qt method to `sys.excepthook` and carries on with the event loop, so the
window, its open dialogs and whatever the user typed in them are still there after the box.

The full trace goes to `coop-desktop.log` in the user's log folder (rotating, 1 MB × 5 files);
the box says what happened in one line and where the details are.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from coop_desktop import APP_NAME, __version__
from coop_desktop.paths import user_log_dir

LOG_FILE = "coop-desktop.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s"

log = logging.getLogger("coop_desktop.crash")

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def log_path() -> Path:
    return user_log_dir() / LOG_FILE


def file_handler(path: Path) -> RotatingFileHandler:
    handler = RotatingFileHandler(
        path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    handler.setLevel(logging.INFO)
    return handler


class CrashHandler(QObject):
    """Logs every uncaught exception and, when `interactive`, shows an Italian box over the window."""

    # Exceptions of other threads reach the main thread through this queued signal.
    _from_thread = Signal(str)

    def __init__(self, path: Path, *, interactive: bool = True, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.interactive = interactive
        self.handler = file_handler(path)
        self._showing = False
        self._previous_hook: ExceptHook | None = None
        self._previous_thread_hook: Callable[[threading.ExceptHookArgs], object] | None = None
        self._from_thread.connect(self._show, Qt.ConnectionType.QueuedConnection)

    # -- installing ---------------------------------------------------------------------------

    def install(self) -> CrashHandler:
        package = logging.getLogger("coop_desktop")
        if self.handler not in package.handlers:
            package.addHandler(self.handler)
        if package.level == logging.NOTSET or package.level > logging.INFO:
            package.setLevel(logging.INFO)
        if sys.excepthook != self.excepthook:
            self._previous_hook = sys.excepthook
            sys.excepthook = self.excepthook
        if threading.excepthook != self.thread_excepthook:
            self._previous_thread_hook = threading.excepthook
            threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook and self._previous_hook is not None:
            sys.excepthook = self._previous_hook
        if threading.excepthook == self.thread_excepthook and self._previous_thread_hook is not None:
            threading.excepthook = self._previous_thread_hook
        logging.getLogger("coop_desktop").removeHandler(self.handler)
        self.handler.close()

    # -- hooks --------------------------------------------------------------------------------

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._record(exc_type, exc, tb, threading.current_thread().name)
        summary = _summary(exc_type, exc)
        if threading.current_thread() is threading.main_thread():
            self._show(summary)
        else:
            self._from_thread.emit(summary)

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        exc = args.exc_value if args.exc_value is not None else args.exc_type()
        self._record(args.exc_type, exc, args.exc_traceback, args.thread.name if args.thread else "?")
        self._from_thread.emit(_summary(args.exc_type, exc))

    def _record(
        self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None, thread: str
    ) -> None:
        log.critical(
            "Errore imprevisto (%s %s, thread %s)",
            APP_NAME,
            __version__,
            thread,
            exc_info=(exc_type, exc, tb),
        )
        self.handler.flush()
        # Developers running from a terminal still see the trace there.
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)

    # -- the box ------------------------------------------------------------------------------

    @Slot(str)
    def _show(self, summary: str) -> None:
        if not self.interactive or self._showing or QApplication.instance() is None:
            return  # an error raised while the box is up is only logged: one box at a time
        self._showing = True
        try:
            QMessageBox.critical(
                _parent(),
                QCoreApplication.translate("Crash", "Unexpected error"),
                QCoreApplication.translate(
                    "Crash",
                    "An unexpected error occurred: {error}\n\n"
                    "The data already saved is safe, and the window stays open: you can go on "
                    "working. The details are in the log file {path}.",
                ).format(error=summary, path=self.path),
            )
        finally:
            self._showing = False


def _summary(exc_type: type[BaseException], exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{exc_type.__name__}: {text}" if text else exc_type.__name__


def _parent() -> QWidget | None:
    """Over the dialog the user is in, if any, so that it stays open underneath."""
    return QApplication.activeModalWidget() or QApplication.activeWindow()


_installed: CrashHandler | None = None


def install(*, interactive: bool = True) -> CrashHandler:
    """Install the hooks for the whole application (app.py). Once per process: a second call only
    sets them again (a test harness may have replaced them) and updates `interactive`."""
    global _installed
    if _installed is None:
        _installed = CrashHandler(log_path(), interactive=interactive)
    _installed.interactive = interactive
    return _installed.install()
