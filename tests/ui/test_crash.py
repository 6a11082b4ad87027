"""An unexpected exception: an Italian box, the full trace in the log, the window and the form stay open."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coop_desktop.ui import crash
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.crash import CrashHandler
from coop_desktop.ui.dialogs.actor_dialog import ActorDialog
from coop_desktop.ui.main_window import MainWindow
from tests.ui.boxes import MessageBoxes

# pytest-qt would catch the exceptions itself and fail the test: here the application's hook must.
pytestmark = pytest.mark.qt_no_exception_capture


@pytest.fixture
def log_file(tmp_path: Path) -> Path:
    folder = tmp_path / "logs"
    folder.mkdir()
    return folder / crash.LOG_FILE


@pytest.fixture
def handler(log_file: Path) -> Iterator[CrashHandler]:
    installed = CrashHandler(log_file).install()
    yield installed
    installed.uninstall()


def test_a_failing_save_keeps_the_form_open_with_what_was_typed(
    qtbot: QtBot,
    window: MainWindow,
    services: AppServices,
    handler: CrashHandler,
    log_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    boxes = MessageBoxes(monkeypatch)

    def broken(*_args: object) -> int:
        raise RuntimeError("guasto imprevisto nel salvataggio")

    monkeypatch.setattr(services.actor_records, "create", broken)
    dialog = ActorDialog(services.actor_records, services.governance, None, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.edits["name"].setText("Associazione non ancora salvata")

    save = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)

    [text] = boxes.texts("critical")
    assert text.startswith(
        "Si è verificato un errore imprevisto: RuntimeError: guasto imprevisto nel salvataggio"
    )
    assert "I dati già salvati sono al sicuro" in text and str(log_file) in text
    assert boxes.shown[0].title == "Errore imprevisto"
    # Nothing was closed: the window, the dialog and the user's typing are all still there.
    assert window.isVisible() and dialog.isVisible()
    assert dialog.edits["name"].text() == "Associazione non ancora salvata"
    logged = log_file.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "RuntimeError: guasto imprevisto nel salvataggio" in logged
    assert "in broken" in logged  # the whole trace, down to the failing function
    dialog.load()
    dialog.done(0)


def test_an_exception_in_another_thread_is_shown_on_the_main_thread(
    qtbot: QtBot, handler: CrashHandler, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch)

    def work() -> None:
        raise KeyError("chiave mancante")

    thread = threading.Thread(target=work, name="lavoro")
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: bool(boxes.texts("critical")))
    assert boxes.texts("critical")[0].startswith("Si è verificato un errore imprevisto: KeyError")
    assert "thread lavoro" in log_file.read_text(encoding="utf-8")


def test_errors_raised_while_the_box_is_up_are_only_logged(
    handler: CrashHandler, log_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    boxes = MessageBoxes(monkeypatch)
    nested: list[str] = []
    real = crash.QMessageBox.critical

    def box_that_fails_again(*args: object) -> object:
        try:
            raise ValueError("secondo errore")
        except ValueError as exc:
            handler.excepthook(ValueError, exc, exc.__traceback__)
        nested.append("shown")
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(crash.QMessageBox, "critical", staticmethod(box_that_fails_again))
    try:
        raise OSError("primo errore")
    except OSError as exc:
        handler.excepthook(OSError, exc, exc.__traceback__)
    assert nested == ["shown"] and len(boxes.texts("critical")) == 1
    logged = log_file.read_text(encoding="utf-8")
    assert "primo errore" in logged and "secondo errore" in logged


def test_the_log_rotates_at_one_megabyte_keeping_five(handler: CrashHandler) -> None:
    assert isinstance(handler.handler, RotatingFileHandler)
    assert handler.handler.maxBytes == 1_000_000 and handler.handler.backupCount == 5


def test_install_sets_both_hooks_once(log_file: Path) -> None:
    import sys

    before = (sys.excepthook, threading.excepthook)
    installed = CrashHandler(log_file).install()
    try:
        assert sys.excepthook == installed.excepthook
        assert threading.excepthook == installed.thread_excepthook
        installed.install()  # again: still one handler on the logger
        import logging

        assert logging.getLogger("coop_desktop").handlers.count(installed.handler) == 1
    finally:
        installed.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
