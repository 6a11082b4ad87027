"""Background jobs: a plain callable runs on a QThreadPool thread, its news arrive on the main thread.

The callable takes the same two callbacks as the exchange and service functions,
`progress(done, total, text)` and `is_cancelled()`, and never sees Qt. A `Job` relays what the
worker thread reports through queued signals, so whatever is connected to `progressed`, `finished`
and `failed` runs on the main thread and may touch widgets.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

ProgressFn = Callable[[int, int, str], None]
CancelFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelFn], Any]

log = logging.getLogger(__name__)

# A new text always goes through; repeated counts at most this often (a 100k-row import reports
# hundreds of steps, the eye needs a few per second).
PROGRESS_INTERVAL_S = 0.05

# Jobs still running, kept alive here: a Job whose caller dropped it must still deliver its result.
_running: set[Job] = set()


class Job(QObject):
    """One run of a callable on the thread pool; connect to its signals, then `start()` it."""

    # Public signals, always emitted on the main thread (the thread the Job was made in).
    progressed = Signal(int, int, str)
    finished = Signal(object)  # the callable's return value
    failed = Signal(object)  # the exception it raised (OperationCancelled after a cancel)

    # Emitted by the worker thread; queued to this object's thread, which re-emits the public ones.
    _worker_progress = Signal(int, int, str)
    _worker_result = Signal(object)
    _worker_error = Signal(object)

    def __init__(self, work: Work, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._cancel = threading.Event()
        self._running = False
        self._worker_progress.connect(self._relay_progress, Qt.ConnectionType.QueuedConnection)
        self._worker_result.connect(self._relay_result, Qt.ConnectionType.QueuedConnection)
        self._worker_error.connect(self._relay_error, Qt.ConnectionType.QueuedConnection)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, pool: QThreadPool | None = None) -> Job:
        self._running = True
        _running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self

    def cancel(self) -> None:
        """Ask the callable to stop; it notices at its next `is_cancelled()` and raises."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    # -- worker thread ------------------------------------------------------------------------

    def _run(self) -> None:
        last = (0.0, "")

        def progress(done: int, total: int, text: str) -> None:
            nonlocal last
            now = time.monotonic()
            if text != last[1] or now - last[0] >= PROGRESS_INTERVAL_S or (total and done >= total):
                last = (now, text)
                self._worker_progress.emit(done, total, text)

        try:
            result = self._work(progress, self._cancel.is_set)
        except BaseException as exc:  # every failure, whatever its kind, goes back to the main thread
            self._worker_error.emit(exc)
        else:
            self._worker_result.emit(result)

    # -- main thread --------------------------------------------------------------------------

    @Slot(int, int, str)
    def _relay_progress(self, done: int, total: int, text: str) -> None:
        if self._running:
            self.progressed.emit(done, total, text)

    @Slot(object)
    def _relay_result(self, value: object) -> None:
        self._end()
        self.finished.emit(value)

    @Slot(object)
    def _relay_error(self, error: BaseException) -> None:
        self._end()
        if not isinstance(error, Exception):
            log.error("background job ended by %r", error)
        self.failed.emit(error)

    def _end(self) -> None:
        self._running = False
        _running.discard(self)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        self._job._run()


def run_in_background(work: Work, parent: QObject | None = None) -> Job:
    """Start `work` on the global thread pool and return its Job (already started)."""
    return Job(work, parent).start()


def run_with_progress(
    parent: QWidget,
    title: str,
    label: str,
    work: Work,
    on_finished: Callable[[Any], None],
    on_failed: Callable[[BaseException], None],
) -> tuple[Job, QProgressDialog]:
    """Run `work` in the background behind a window-modal progress dialog whose Annulla cancels it.

    The dialog closes itself when the job ends, before `on_finished` or `on_failed` is called.
    """
    dialog = QProgressDialog(label, QCoreApplication.translate("Workers", "Cancel"), 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    # Closed by the job's end, not by reaching the maximum (an import reports 0/0 between phases).
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setMinimumDuration(400)  # a quick export never flashes a window
    dialog.setMinimumWidth(420)
    job = Job(work, dialog)

    def show_progress(done: int, total: int, text: str) -> None:
        if total > 0:
            dialog.setMaximum(total)
            dialog.setValue(min(done, total))
        else:
            dialog.setMaximum(0)  # busy indicator: the total is not known yet
        if text:
            dialog.setLabelText(text)

    def close_then(callback: Callable[[Any], None]) -> Callable[[Any], None]:
        def ended(value: Any) -> None:
            dialog.hide()
            dialog.deleteLater()
            callback(value)

        return ended

    def cancel() -> None:
        job.cancel()
        # Stays open, with a note, until the job notices the flag and ends.
        dialog.setLabelText(QCoreApplication.translate("Workers", "Cancelling…"))
        if cancel_button := dialog.findChild(QPushButton):
            cancel_button.setEnabled(False)

    job.progressed.connect(show_progress)
    job.finished.connect(close_then(on_finished))
    job.failed.connect(close_then(on_failed))
    # QProgressDialog hides itself on cancel; here it waits for the job to acknowledge instead.
    dialog.canceled.disconnect(dialog.cancel)
    dialog.canceled.connect(cancel)
    dialog.setValue(0)
    job.start()
    return job, dialog
