"""Importa da Excel: preview of every row error, all-or-nothing or valid rows only, refusal, cancel."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QFileDialog, QWizard
from pytestqt.qtbot import QtBot
from stdnum import luhn

from coop_desktop.exchange.errors import OperationCancelled
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import ActorExcel, AppServices
from coop_desktop.ui.dialogs.actor_import_wizard import ActorImportWizard
from coop_desktop.ui.main_window import MainWindow
from coop_desktop.ui.workers import CancelFn, ProgressFn
from tests.ui.boxes import MessageBoxes

EVERYONE = ListQuery(filters={"archived": None})


def tax_code(n: int) -> str:
    body = f"{9_200_000 + n:07d}048"
    return body + luhn.calc_check_digit(body)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def workbook(tmp_path: Path) -> Path:
    """Three actors, the second with a codice fiscale that cannot be one (row 3 of the sheet)."""
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Soggetti"
    sheet.append(["Denominazione", "Tipologia", "Codice fiscale", "Comune", "Provincia", "Email"])
    sheet.append(
        ["Associazione Nuova Luna APS", "Associazione", tax_code(1), "Firenze", "FI", "luna@esempio.it"]
    )
    sheet.append(["Cooperativa Terra Viva", "Impresa o cooperativa", "123", "Prato", "PO", ""])
    sheet.append(["Circolo Le Piagge", "associazione", tax_code(2), "Firenze", "fi", ""])
    path = tmp_path / "soggetti.xlsx"
    book.save(path)
    return path


@pytest.fixture
def wizard(qtbot: QtBot, services: AppServices) -> Iterator[ActorImportWizard]:
    dialog = ActorImportWizard(services.actor_excel)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    if dialog.running_job() is None:
        dialog.done(0)


def _to_preview(qtbot: QtBot, wizard: ActorImportWizard, path: Path) -> None:
    wizard.file_page.path_edit.setText(str(path))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()  # runs the dry run in the background, then moves on by itself
    assert wizard.currentPage() is wizard.file_page
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview_page, timeout=10_000)


def _import(qtbot: QtBot, wizard: ActorImportWizard, skip_invalid: bool) -> None:
    wizard.next()
    assert wizard.currentPage() is wizard.options_page
    assert wizard.options_page.all_or_nothing.isChecked()  # the default
    if skip_invalid:
        wizard.options_page.skip_invalid.setChecked(True)
    assert wizard.button(QWizard.WizardButton.CommitButton).text() == "&Importa"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)


def test_preview_lists_every_row_error(qtbot: QtBot, wizard: ActorImportWizard, workbook: Path) -> None:
    assert wizard.windowTitle() == "Importa soggetti da Excel"
    _to_preview(qtbot, wizard, workbook)
    page = wizard.preview_page
    assert page.problems() == [
        "riga 3: Codice fiscale: «123» non è un codice fiscale: servono 11 cifre (enti e società) "
        "o 16 caratteri (persone fisiche)."
    ]
    summary = page.summary_label.text()
    assert "Foglio «Soggetti», intestazioni alla riga 1." in summary
    assert "3 righe lette · 2 da importare · 1 con errori · 0 già registrate o ripetute (saltate)" in summary
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_all_or_nothing_imports_nothing(
    qtbot: QtBot, wizard: ActorImportWizard, workbook: Path, services: AppServices
) -> None:
    before = services.actors.count(EVERYONE)
    _to_preview(qtbot, wizard, workbook)
    wizard.next()
    assert wizard.options_page.outcome_label.text().startswith(
        "1 riga contiene errori: con questa scelta non sarà importato nulla."
    )
    wizard.back()
    _import(qtbot, wizard, skip_invalid=False)
    assert wizard.result_page.summary_label.text() == (
        "Nessun soggetto importato: 1 riga contiene errori. Correggila nel file e importalo di nuovo."
    )
    assert wizard.imported == 0
    assert services.actors.count(EVERYONE) == before


def test_skip_invalid_imports_the_valid_rows(
    qtbot: QtBot, window: MainWindow, workbook: Path, services: AppServices
) -> None:
    tab = window.actors_tab
    qtbot.waitUntil(lambda: tab.model.total > 0)
    before = tab.model.total
    wizard = tab.import_from_excel()
    assert isinstance(wizard, ActorImportWizard)
    _to_preview(qtbot, wizard, workbook)
    _import(qtbot, wizard, skip_invalid=True)
    assert wizard.result_page.summary_label.text() == ("2 soggetti importati.\n1 riga con errori esclusa.")
    assert wizard.imported == 2
    wizard.accept()  # Fine
    # The list reloads with the new actors.
    assert tab.model.total == before + 2
    names = {r.name for r in services.actors.fetch(ListQuery(text="firenze"), 0, 500)}
    assert {"Associazione Nuova Luna APS", "Circolo Le Piagge"} <= names


def test_duplicates_are_listed_and_skipped(
    qtbot: QtBot, wizard: ActorImportWizard, services: AppServices, tmp_path: Path
) -> None:
    firenze = services.actors.fetch(ListQuery(text="comune di firenze"), 0, 1)[0]
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Denominazione", "Tipologia", "Codice fiscale"])
    sheet.append(["Comune di Firenze (copia)", "Ente locale", firenze.tax_code])
    sheet.append(["Associazione Nuova", "Associazione", tax_code(3)])
    path = tmp_path / "doppio.xlsx"
    book.save(path)
    _to_preview(qtbot, wizard, path)
    [duplicate] = wizard.preview_page.problems()
    assert duplicate == (
        f"riga 2: «Comune di Firenze (copia)»: codice fiscale {firenze.tax_code} già registrato "
        "per «Comune di Firenze», non importato."
    )
    _import(qtbot, wizard, skip_invalid=False)
    assert wizard.result_page.summary_label.text() == "1 soggetto importato.\n1 duplicato saltato."


def test_refused_file_shows_its_message_on_the_first_page(
    qtbot: QtBot, wizard: ActorImportWizard, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = tmp_path / "elenco.xlsx"
    fake.write_text("Denominazione;Codice fiscale\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(fake), ""))
    wizard.file_page.browse_button.click()
    assert wizard.file_page.path_edit.text() == str(fake)
    wizard.next()
    error = wizard.file_page.error_label
    qtbot.waitUntil(lambda: error.isVisible(), timeout=10_000)
    assert error.text().startswith("Il file «elenco.xlsx» non è una cartella di lavoro Excel (.xlsx)")
    assert "Traceback" not in error.text()
    assert wizard.currentPage() is wizard.file_page
    assert wizard.file_page.path_edit.isEnabled()


class SlowExcel(ActorExcel):
    """An import that waits until released, checking for a cancel like the real one."""

    release = threading.Event()
    started = threading.Event()

    def import_file(
        self,
        path: Path,
        *,
        dry_run: bool,
        skip_invalid: bool,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ):  # type: ignore[no-untyped-def]
        if dry_run:
            return super().import_file(path, dry_run=True, skip_invalid=skip_invalid)
        assert progress is not None and is_cancelled is not None
        progress(0, 3, "Salvataggio dei soggetti…")
        self.started.set()
        self.release.wait(5)
        if is_cancelled():
            raise OperationCancelled("Importazione annullata: nessun dato è stato salvato.")
        return super().import_file(path, dry_run=False, skip_invalid=skip_invalid)


def test_cancel_during_the_import_saves_nothing(qtbot: QtBot, services: AppServices, workbook: Path) -> None:
    before = services.actors.count(EVERYONE)
    SlowExcel.release.clear()
    SlowExcel.started.clear()
    wizard = ActorImportWizard(SlowExcel(services.actor_excel.db, services.user))
    qtbot.addWidget(wizard)
    wizard.show()
    _to_preview(qtbot, wizard, workbook)
    wizard.next()
    wizard.options_page.skip_invalid.setChecked(True)
    wizard.next()
    page = wizard.import_page
    assert wizard.currentPage() is page
    qtbot.waitUntil(lambda: page.status_label.text() == "Salvataggio dei soggetti…", timeout=10_000)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.cancel_button.click()
    assert page.status_label.text() == "Annullamento in corso…"
    SlowExcel.release.set()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.result_page, timeout=10_000)
    assert wizard.result_page.summary_label.text() == "Importazione annullata: nessun dato è stato salvato."
    assert wizard.imported == 0
    assert services.actors.count(EVERYONE) == before


def test_closing_while_the_file_is_checked_closes_once_the_check_stops(
    qtbot: QtBot, wizard: ActorImportWizard, workbook: Path
) -> None:
    wizard.file_page.path_edit.setText(str(workbook))
    wizard.next()
    assert wizard.running_job() is not None
    wizard.reject()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=10_000)
    assert wizard.preview is None  # closed rather than moved on to the preview
    assert wizard.imported == 0
