"""The Bandi tab: its actions by role and selection, new call, open, duplicate, applications, Excel import."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from coop_desktop.db.engine import Database
from coop_desktop.domain.enums import CallStatus, CommitteeRole
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.call_dialog import CallDialog
from coop_desktop.ui.dialogs.call_duplicate_dialog import CallDuplicateDialog
from coop_desktop.ui.dialogs.call_import_dialog import CallImportDialog
from coop_desktop.ui.main_window import MainWindow
from coop_desktop.ui.tabs.calls_tab import APPLICATIONS_DIALOG, CallsTab
from tests.helpers.users import EVALUATOR, OFFICER, READER
from tests.ui.boxes import MessageBoxes

CALL_SHEET = [
    ["Campo", "Valore"],
    ["Codice", "CT-2027-IMP"],
    ["Titolo", "Bando 2027 importato"],
    ["Anno", 2027],
    ["Dotazione", 500000],
    ["Contributo massimo", "40.000,00"],
    ["Cofinanziamento minimo %", "20%"],
    ["Soglia minima", 60],
    ["Finanziamento parziale ultimo (sì/no)", "sì"],
    ["Apertura", datetime(2027, 2, 1)],
    ["Scadenza", "31/03/2027"],
    ["Documenti richiesti", "Formulario; Piano finanziario"],
]
CRITERIA_SHEET = [
    ["Codice", "Descrizione", "Punteggio massimo", "Soglia minima", "Ordine spareggio"],
    ["A", "Qualità e coerenza", 40, 20, 1],
    ["B", "Partenariato", 30, None, 2],
    ["C", "Sostenibilità e impatto", 30, None, None],
]
COMMITTEE_SHEET = [
    ["Username", "Nome", "Email"],
    ["cbenvenuti", "Chiara Benvenuti", "chiara.benvenuti@regione.toscana.it"],
    ["g.verdi", "Giulia Verdi", "g.verdi@esempio.it"],
]


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def tab(qtbot: QtBot, window: MainWindow) -> Iterator[CallsTab]:
    calls = window.calls_tab
    window.ui.tabWidget.setCurrentWidget(calls)
    qtbot.waitUntil(lambda: calls.model.rowCount() > 0)
    yield calls
    # Close what the test left open, without questions about unsaved edits.
    for dialog in calls.findChildren(QDialog):
        if dialog.isVisible():
            dialog.done(0)


def _workbook(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return path


def _codes(tab: CallsTab) -> list[str]:
    return [tab.model.row_at(row).code for row in range(tab.model.rowCount())]


def _select(tab: CallsTab, code: str) -> None:
    tab.ui.tableView.selectRow(_codes(tab).index(code))


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))


def _open_call_dialog(tab: CallsTab) -> CallDialog:
    dialogs = [d for d in tab.findChildren(CallDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_buttons_are_italian_and_follow_the_selection(tab: CallsTab) -> None:
    ui = tab.ui
    buttons = [ui.newButton, ui.openButton, ui.duplicateButton, ui.applicationsButton, ui.importButton]
    assert [b.text() for b in buttons] == [
        "&Nuovo bando…", "&Apri…", "D&uplica…", "&Domande…", "&Importa da Excel…",
    ]  # fmt: skip
    assert ui.countLabel.text() == "3 bandi"
    assert ui.newButton.isEnabled() and ui.importButton.isEnabled()
    assert not ui.openButton.isEnabled() and not ui.duplicateButton.isEnabled()
    assert not ui.applicationsButton.isEnabled()
    _select(tab, "COOP-2026")
    assert ui.openButton.isEnabled() and ui.duplicateButton.isEnabled() and ui.applicationsButton.isEnabled()


@pytest.mark.parametrize("user", [READER, EVALUATOR], ids=["consultazione", "valutatore"])
def test_read_only_roles_may_open_calls_but_not_change_them(
    qtbot: QtBot, demo_db: Database, user: CurrentUser
) -> None:
    tab = CallsTab(AppServices.for_database(demo_db, user))
    qtbot.addWidget(tab)
    tab.model.ensure_loaded()
    tab.ui.tableView.selectRow(0)
    ui = tab.ui
    assert not ui.newButton.isEnabled() and not ui.importButton.isEnabled()
    assert not ui.duplicateButton.isEnabled()
    assert ui.openButton.isEnabled()
    # Evaluators reach the applications assigned to them, readers all of them.
    assert ui.applicationsButton.isEnabled()


def test_an_officer_has_every_action(qtbot: QtBot, demo_db: Database) -> None:
    tab = CallsTab(AppServices.for_database(demo_db, OFFICER))
    qtbot.addWidget(tab)
    tab.model.ensure_loaded()
    tab.ui.tableView.selectRow(0)
    ui = tab.ui
    assert all(b.isEnabled() for b in (ui.newButton, ui.importButton, ui.duplicateButton, ui.openButton))


def test_a_call_created_in_the_dialog_appears_in_the_list(
    qtbot: QtBot, tab: CallsTab, services: AppServices
) -> None:
    qtbot.mouseClick(tab.ui.newButton, Qt.MouseButton.LeftButton)
    dialog = _open_call_dialog(tab)
    assert dialog.windowTitle() == "Nuovo bando"
    ui = dialog.ui
    ui.codeEdit.setText("CT-2027-NEW")
    ui.titleEdit.setText("Bando 2027 per i giovani")
    ui.yearSpin.setValue(2027)
    ui.budgetSpin.setValue(120000)
    qtbot.mouseClick(ui.buttonBox.button(ui.buttonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert "CT-2027-NEW" in _codes(tab)
    selected = tab.selected_row()
    assert selected is not None and selected.code == "CT-2027-NEW"
    assert selected.status is CallStatus.BOZZA
    assert tab.ui.countLabel.text() == "4 bandi"


def test_double_click_opens_the_call(qtbot: QtBot, tab: CallsTab) -> None:
    view = tab.ui.tableView
    rect = view.visualRect(tab.model.index(_codes(tab).index("COOP-2025"), 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = _open_call_dialog(tab)
    assert dialog.ui.codeEdit.text() == "COOP-2025"
    assert dialog.ui.statusBadge.text() == "Graduatoria approvata"


def test_duplicate_starts_next_years_call_and_opens_it(
    qtbot: QtBot, tab: CallsTab, services: AppServices
) -> None:
    _select(tab, "COOP-2026")
    dialog = tab.duplicate_selected()
    assert isinstance(dialog, CallDuplicateDialog)
    ui = dialog.ui
    assert (ui.codeEdit.text(), ui.yearSpin.value()) == ("COOP-2027", 2027)
    assert "«COOP-2026»" in ui.introLabel.text()
    ui.yearSpin.setValue(2028)
    assert ui.codeEdit.text() == "COOP-2028"  # the suggested code follows the year
    ui.yearSpin.setValue(2027)
    assert dialog.duplicate()
    assert "COOP-2027" in _codes(tab)
    editor = _open_call_dialog(tab)
    assert editor.ui.codeEdit.text() == "COOP-2027"
    assert editor.ui.statusBadge.text() == "Bozza"
    copy = services.call_records.get(editor.call_id or 0)
    source = services.call_records.get(tab.model.row_at(_codes(tab).index("COOP-2026")).id)
    assert [c.code for c in copy.data.criteria] == [c.code for c in source.data.criteria]
    assert copy.data.act_number is None and copy.data.year == 2027
    assert len(copy.committee) == len(source.committee)
    assert copy.history[-1].note == "Bando creato duplicando COOP-2026."


def test_duplicate_with_a_taken_code_shows_the_error_under_it(tab: CallsTab) -> None:
    _select(tab, "COOP-2025")
    dialog = tab.duplicate_selected()
    assert isinstance(dialog, CallDuplicateDialog)
    dialog.ui.codeEdit.setText("COOP-2026")
    assert not dialog.duplicate()
    assert dialog.isVisible()
    assert dialog.ui.codeError.isVisible()
    assert dialog.ui.codeError.text().startswith("Il codice COOP-2026 è già usato dal bando")
    dialog.done(0)
    assert _codes(tab).count("COOP-2026") == 1


def test_applications_opens_the_register_of_the_selected_call(
    monkeypatch: pytest.MonkeyPatch, tab: CallsTab
) -> None:
    opened: list[tuple[AppServices, int]] = []

    class FakeApplicationsDialog(QDialog):
        def __init__(self, services: AppServices, call_id: int, parent: QWidget | None = None) -> None:
            super().__init__(parent)
            opened.append((services, call_id))

    module = types.ModuleType(APPLICATIONS_DIALOG)
    module.ApplicationsDialog = FakeApplicationsDialog  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, APPLICATIONS_DIALOG, module)
    _select(tab, "COOP-2026")
    dialog = tab.open_applications()
    assert isinstance(dialog, FakeApplicationsDialog) and dialog.isVisible()
    assert opened[0][1] == tab.model.row_at(_codes(tab).index("COOP-2026")).id
    dialog.done(0)


def test_import_checks_the_workbook_then_creates_the_draft(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tab: CallsTab, services: AppServices, tmp_path: Path,
    boxes: MessageBoxes,
) -> None:  # fmt: skip
    path = _workbook(
        tmp_path / "bando.xlsx",
        {"Bando": CALL_SHEET, "Criteri": CRITERIA_SHEET, "Commissione": COMMITTEE_SHEET},
    )
    _choose_file(monkeypatch, path)
    assert tab.import_from_excel() is not None
    qtbot.waitUntil(lambda: tab.import_preview is not None, timeout=10_000)
    preview = tab.import_preview
    assert isinstance(preview, CallImportDialog)
    assert preview.errors() == [] and preview.ui.errorsList.isHidden()
    summary = preview.ui.summaryLabel.text().splitlines()
    assert summary[0] == "Sarà creato in bozza il bando CT-2027-IMP – Bando 2027 importato."
    assert summary[1] == (
        "3 criteri nella griglia di valutazione · 2 documenti richiesti · 2 componenti della commissione"
    )
    assert "g.verdi" in summary[2]
    assert "CT-2027-IMP" not in _codes(tab)  # nothing written by the check
    assert preview.import_button is not None and preview.import_button.text() == "&Importa"
    preview.import_button.click()
    qtbot.waitUntil(lambda: bool(boxes.texts("information")), timeout=10_000)
    assert boxes.texts("information")[0].startswith("Il bando CT-2027-IMP è stato importato in bozza.")
    assert "CT-2027-IMP" in _codes(tab)
    selected = tab.selected_row()
    assert selected is not None and selected.code == "CT-2027-IMP"
    detail = services.call_records.get(selected.id)
    assert [c.code for c in detail.data.criteria] == ["A", "B", "C"]
    assert {m.username: m.role for m in detail.committee}["cbenvenuti"] is CommitteeRole.COMPONENTE
    assert services.calls.count(ListQuery()) == 4


def test_import_lists_every_error_and_offers_no_import(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tab: CallsTab, tmp_path: Path
) -> None:
    bando = [row if row[0] != "Scadenza" else ["Scadenza", "31/02/2027"] for row in CALL_SHEET]
    criteria = [*CRITERIA_SHEET[:2], ["B", "Partenariato", 0, None, 2]]
    path = _workbook(tmp_path / "errato.xlsx", {"Bando": bando, "Criteri": criteria})
    _choose_file(monkeypatch, path)
    tab.import_from_excel()
    qtbot.waitUntil(lambda: tab.import_preview is not None, timeout=10_000)
    preview = tab.import_preview
    assert isinstance(preview, CallImportDialog)
    assert preview.import_button is None
    assert preview.ui.errorsLabel.text() == "3 problemi da correggere nel file prima di importarlo:"
    assert preview.errors() == [
        "Bando: riga 8: Soglia minima: La soglia minima (60) supera il punteggio massimo della griglia (40).",
        "Bando: riga 11: Scadenza: «31/02/2027» non è una data esistente.",
        "Criteri: riga 3: Punteggio massimo: Il punteggio massimo deve essere maggiore di zero.",
    ]
    preview.reject()
    qtbot.waitUntil(lambda: tab.import_preview is None)
    assert "CT-2027-IMP" not in _codes(tab)


def test_a_file_that_is_no_workbook_is_refused_with_its_message(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tab: CallsTab, tmp_path: Path, boxes: MessageBoxes
) -> None:
    fake = tmp_path / "non-excel.xlsx"
    fake.write_text("non è un foglio di calcolo", encoding="utf-8")
    _choose_file(monkeypatch, fake)
    tab.import_from_excel()
    qtbot.waitUntil(lambda: bool(boxes.texts("warning")), timeout=10_000)
    assert tab.import_preview is None and tab.import_job is None
