"""Background jobs: results and progress arrive on the main thread, cancel stops the work."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from coop_desktop.exchange.errors import OperationCancelled
from coop_desktop.ui.workers import CancelFn, Job, ProgressFn, run_in_background, run_with_progress

MAIN = threading.get_ident()


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget


def _counting(steps: int, release: threading.Event | None = None):  # type: ignore[no-untyped-def]
    """Work that reports each step, waits at step 1 until released, and stops when cancelled."""

    def work(progress: ProgressFn, is_cancelled: CancelFn) -> int:
        for step in range(1, steps + 1):
            if is_cancelled():
                raise OperationCancelled("Operazione annullata.")
            progress(step, steps, f"Passo {step}")
            if step == 1 and release is not None:
                release.wait(5)
        return threading.get_ident()

    return work


def test_result_and_progress_arrive_on_the_main_thread(qtbot: QtBot) -> None:
    seen: list[tuple[int, int, str, bool]] = []
    job = Job(_counting(3))
    job.progressed.connect(
        lambda done, total, text: seen.append((done, total, text, threading.get_ident() == MAIN))
    )
    with qtbot.waitSignal(job.finished, timeout=5000) as finished:
        job.start()
    worker_thread = finished.args[0]
    assert worker_thread != MAIN  # the work itself ran elsewhere
    assert not job.running
    # A new text always goes through, so every step is reported, in order, on the main thread.
    assert seen == [(1, 3, "Passo 1", True), (2, 3, "Passo 2", True), (3, 3, "Passo 3", True)]


def test_an_exception_is_delivered_as_failed(qtbot: QtBot) -> None:
    def broken(progress: ProgressFn, is_cancelled: CancelFn) -> None:
        raise ValueError("rotto")

    job = run_in_background(broken)
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        pass
    assert isinstance(failed.args[0], ValueError) and str(failed.args[0]) == "rotto"


def test_cancel_stops_the_job(qtbot: QtBot) -> None:
    release = threading.Event()
    job = Job(_counting(1000, release))
    finished: list[object] = []
    job.finished.connect(finished.append)
    with qtbot.waitSignal(job.progressed, timeout=5000):
        job.start()
    job.cancel()
    assert job.is_cancelled()
    with qtbot.waitSignal(job.failed, timeout=5000) as failed:
        release.set()
    assert isinstance(failed.args[0], OperationCancelled)
    assert finished == []


def test_progress_dialog_shows_progress_and_its_cancel_button_cancels(qtbot: QtBot, parent: QWidget) -> None:
    release = threading.Event()
    outcome: list[object] = []
    job, dialog = run_with_progress(
        parent, "Esportazione", "Preparazione…", _counting(1000, release), outcome.append, outcome.append
    )
    assert dialog.windowTitle() == "Esportazione"
    qtbot.waitUntil(lambda: dialog.labelText() == "Passo 1")
    assert (dialog.value(), dialog.maximum()) == (1, 1000)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annulla"

    cancel.click()
    assert job.is_cancelled()
    assert dialog.labelText() == "Annullamento in corso…"  # waits for the job to notice
    release.set()
    qtbot.waitUntil(lambda: not isValid(dialog))  # closed and disposed of once the job ends
    assert isinstance(outcome[0], OperationCancelled)


def test_progress_dialog_closes_when_the_job_finishes(qtbot: QtBot, parent: QWidget) -> None:
    outcome: list[object] = []
    visible_at_end: list[bool] = []

    def finished(value: object) -> None:
        visible_at_end.append(dialog.isVisible())
        outcome.append(value)

    _job, dialog = run_with_progress(parent, "Prova", "…", _counting(2), finished, outcome.append)
    assert isinstance(dialog, QProgressDialog)
    qtbot.waitUntil(lambda: not isValid(dialog))
    assert isinstance(outcome[0], int)
    assert visible_at_end == [False]  # hidden before the caller's message shows
