"""Domande of a call: the list with its counts and filters, registering through the record, the formal
check of the whole call in the background, the Excel import with its preview, read-only roles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from coop_desktop.db.engine import Database
from coop_desktop.domain.application_rules import ApplicationData
from coop_desktop.domain.enums import ApplicationStatus
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.application_dialog import ApplicationDialog
from coop_desktop.ui.dialogs.applications_dialog import ApplicationsDialog
from tests.helpers.users import READER
from tests.ui.boxes import MessageBoxes

DEADLINE = date(2026, 5, 29)  # of the demo's open call COOP-2026


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


def call_id(services: AppServices, code: str) -> int:
    return next(row.id for row in services.calls.fetch(ListQuery(), 0, 50) if row.code == code)


def actor(services: AppServices, text: str) -> tuple[int, str]:
    row = services.actors.fetch(ListQuery(text=text), 0, 1)[0]
    assert row.tax_code is not None
    return row.id, row.tax_code


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[QDialog]]:
    """Windows a test opened; closed at the end (records without asking about unsaved edits)."""
    opened: list[QDialog] = []
    yield opened
    for window in reversed(opened):
        if isinstance(window, ApplicationDialog) and window.isVisible():
            window.load()
        if isinstance(window, ApplicationsDialog) and window.job is not None:
            qtbot.waitUntil(lambda w=window: w.job is None, timeout=10_000)
        if window.isVisible():
            window.done(0)


def open_list(qtbot: QtBot, services: AppServices, windows: list[QDialog], code: str) -> ApplicationsDialog:
    dialog = ApplicationsDialog(services, call_id(services, code))
    windows.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.model.loaded
    return dialog


def row_of(dialog: ApplicationsDialog, protocol: str) -> int:
    return next(
        row for row in range(dialog.model.rowCount()) if dialog.model.row_at(row).protocol_number == protocol
    )


def cell(dialog: ApplicationsDialog, row: int, key: str) -> str:
    column = next(i for i, c in enumerate(dialog.model.columns) if c.key == key)
    return dialog.model.index(row, column).data()


def test_the_list_shows_the_call_its_counts_and_filters(
    qtbot: QtBot, services: AppServices, windows: list[QDialog]
) -> None:
    dialog = open_list(qtbot, services, windows, "COOP-2026")
    assert not dialog.isModal()
    assert dialog.windowTitle() == "Domande — COOP-2026"
    assert "COOP-2026" in dialog.ui.callTitleLabel.text()
    info = dialog.ui.callInfoLabel.text()
    assert "Stato: Aperto" in info and "scadenza 29/05/2026" in info and "€ 40.000,00" in info
    assert "5 documenti richiesti" in info
    counts = dialog.ui.countsLabel.text()
    assert "Domande ricevute: <b>10</b>" in counts
    assert "Ricevuta: <b>8</b>" in counts and "Integrazioni richieste: <b>2</b>" in counts
    assert dialog.ui.countLabel.text() == "10 domande"
    horizontal = Qt.Orientation.Horizontal
    headers = [dialog.model.headerData(i, horizontal) for i in range(dialog.model.columnCount())]
    assert headers == [
        "Protocollo", "Data", "Capofila", "Titolo", "Costo totale", "Richiesto", "Cofinanz.", "Stato",
    ]  # fmt: skip
    # Money and shares in Italian, the co-funding share as the checks cut it.
    row = row_of(dialog, "2026/0099037")
    assert cell(dialog, row, "total_cost") == "€ 36.000,00"
    assert cell(dialog, row, "cofunding_pct") == "22,22%"
    assert cell(dialog, row, "protocol_date") == "27/02/2026"

    combo = dialog.ui.statusCombo
    combo.setCurrentIndex(combo.findData(ApplicationStatus.INTEGRAZIONI_RICHIESTE.value))
    assert dialog.ui.countLabel.text() == "2 domande"
    combo.setCurrentIndex(0)
    dialog.ui.searchEdit.setText("Teranga")
    dialog.binding.apply_search()
    assert dialog.model.rowCount() == 1
    assert dialog.model.row_at(0).lead == "Associazione Teranga Prato APS"


def test_register_an_application_through_the_record_and_see_it_in_the_list(
    qtbot: QtBot, services: AppServices, windows: list[QDialog]
) -> None:
    dialog = open_list(qtbot, services, windows, "COOP-2026")
    assert dialog.ui.newButton.text() == "&Nuova domanda…"
    dialog.ui.newButton.click()
    record = dialog.findChild(ApplicationDialog)
    assert isinstance(record, ApplicationDialog)
    windows.append(record)
    qtbot.waitExposed(record)
    ui = record.ui
    assert record.windowTitle() == "Nuova domanda — COOP-2026"
    # Pages that need a registered application wait for it.
    assert not ui.tabWidget.isTabEnabled(ui.tabWidget.indexOf(ui.admissibilityPage))
    qtbot.keyClicks(ui.protocolNumberEdit, "AOOGRT/2026/0200001")
    ui.protocolDateEdit.setDate(QDate(2026, 4, 2))
    qtbot.keyClicks(ui.leadEdit, "Teranga")
    assert record.lead_picker.search() == 1
    record.lead_picker.choose(0)
    assert ui.leadEdit.text() == "Associazione Teranga Prato APS"
    assert "Associazione di migranti" in ui.leadInfo.text() and "CF 95931771000" in ui.leadInfo.text()
    qtbot.keyClicks(ui.titleEdit, "Orti comunitari a Thies")
    qtbot.keyClicks(ui.totalCostEdit, "50.000,00")
    qtbot.keyClicks(ui.requestedGrantEdit, "37500")
    assert ui.cofundingPctEdit.text() == "25,00%"
    assert record.save()
    qtbot.waitUntil(lambda: not record.isVisible())

    # The list is reloaded with the new application selected, its share computed by the service.
    row = row_of(dialog, "AOOGRT/2026/0200001")
    assert (
        dialog.selected_row() is not None and dialog.selected_row().protocol_number == "AOOGRT/2026/0200001"
    )
    assert cell(dialog, row, "cofunding_pct") == "25,00%"
    assert cell(dialog, row, "requested_grant") == "€ 37.500,00"
    assert cell(dialog, row, "lead") == "Associazione Teranga Prato APS"
    assert dialog.ui.countLabel.text() == "11 domande"
    assert "Domande ricevute: <b>11</b>" in dialog.ui.countsLabel.text()


def test_check_admissibility_marks_a_late_application_not_admissible_with_its_reason(
    qtbot: QtBot, services: AppServices, windows: list[QDialog], boxes: MessageBoxes
) -> None:
    call = call_id(services, "COOP-2026")
    lead, _code = actor(services, "Teranga")
    late = services.application_records.register(
        call,
        ApplicationData(
            protocol_number="AOOGRT/2026/0300001",
            protocol_date=date(2026, 6, 3),
            lead_actor_id=lead,
            title="Domanda arrivata tardi",
            total_cost=Decimal("50000.00"),
            requested_grant=Decimal("40000.00"),
        ),
    )
    dialog = open_list(qtbot, services, windows, "COOP-2026")
    assert dialog.ui.checkButton.text() == "&Verifica ammissibilità"
    dialog.ui.checkButton.click()
    assert dialog.job is not None and dialog.ui.progressBar.isVisible()
    assert not dialog.ui.checkButton.isEnabled()  # one run at a time
    qtbot.waitUntil(lambda: dialog.job is None, timeout=10_000)
    assert not dialog.ui.progressBar.isVisible()

    summary = boxes.texts("information")[-1]
    assert summary.startswith("11 domande controllate.")
    assert "• non ammissibili: 1" in summary
    assert "• in attesa di integrazioni: 2" in summary
    row = row_of(dialog, "AOOGRT/2026/0300001")
    assert dialog.model.row_at(row).status is ApplicationStatus.NON_AMMISSIBILE
    assert cell(dialog, row, "status") == "Non ammissibile"
    assert "Non ammissibile: <b>1</b>" in dialog.ui.countsLabel.text()

    dialog.select_application(late)
    record = dialog.open_selected()
    assert isinstance(record, ApplicationDialog)
    windows.append(record)
    expected = "La domanda è pervenuta il 03/06/2026, dopo la scadenza del 29/05/2026."
    assert services.application_records.get(late).exclusion_reasons == (expected,)
    assert record.ui.reasonsEdit.toPlainText() == expected
    assert record.ui.verdictLabel.text() == "Non ammissibile: 1 controllo non superato."


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Domande"
    sheet.append(
        ["Protocollo", "Data protocollo", "Codice fiscale capofila", "Titolo", "Paese", "Ambito",
         "Costo totale", "Contributo richiesto", "Partner"]
    )  # fmt: skip
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_an_applications_workbook_after_its_preview(
    qtbot: QtBot, services: AppServices, windows: list[QDialog], boxes: MessageBoxes, tmp_path: Path
) -> None:
    _lead, teranga = actor(services, "Teranga")
    _partner, prato = actor(services, "Comune di Prato")
    path = _workbook(
        tmp_path / "domande.xlsx",
        [
            ["AOOGRT/2026/0400001", date(2026, 4, 10), teranga, "Filiere del pesce a Joal", "Senegal",
             "Economia circolare", 45000, 36000, prato],
            ["AOOGRT/2026/0400002", "15/04/2026", teranga, "Scuole e orti a Kolda", "SN", None,
             "30.000,00", "24.000,00", None],
        ],
    )  # fmt: skip
    dialog = open_list(qtbot, services, windows, "COOP-2026")
    assert dialog.import_from_excel(path) is not None
    qtbot.waitUntil(lambda: dialog.import_preview is not None, timeout=10_000)
    preview = dialog.import_preview
    assert preview is not None
    assert preview.errors() == []
    assert preview.can_import
    assert "2 righe lette · 2 pronte da importare · 0 con errori" in preview.summary_label.text()
    accept = preview.buttons.buttons()[0]
    assert accept.text() == "&Importa 2 domande"
    accept.click()
    qtbot.waitUntil(lambda: dialog.job is None and bool(boxes.texts("information")), timeout=10_000)

    text = boxes.texts("information")[-1]
    assert text.startswith("2 domande importate.")
    assert "2 domande controllate." in text
    assert dialog.ui.countLabel.text() == "12 domande"
    row = row_of(dialog, "AOOGRT/2026/0400002")
    assert cell(dialog, row, "cofunding_pct") == "20,00%"
    assert cell(dialog, row, "protocol_date") == "15/04/2026"


def test_an_invalid_workbook_shows_every_row_error_and_imports_nothing(
    qtbot: QtBot, services: AppServices, windows: list[QDialog], tmp_path: Path
) -> None:
    _lead, teranga = actor(services, "Teranga")
    path = _workbook(
        tmp_path / "domande.xlsx",
        [
            ["AOOGRT/2026/0500001", date(2026, 4, 10), teranga, "Valida", "Senegal", None,
             45000, 36000, None],
            ["AOOGRT/2026/0500002", date(2026, 4, 11), "00000000000", "Capofila ignoto", "Mali", None,
             30000, 24000, None],
            ["AOOGRT/2026/0500003", date(2026, 4, 12), teranga, "Richiesta oltre il costo", "Niger", None,
             30000, 34000, None],
        ],
    )  # fmt: skip
    dialog = open_list(qtbot, services, windows, "COOP-2026")
    dialog.import_from_excel(path)
    qtbot.waitUntil(lambda: dialog.import_preview is not None, timeout=10_000)
    preview = dialog.import_preview
    assert preview is not None and not preview.can_import
    errors = preview.errors()
    assert errors[0].startswith("riga 3: Codice fiscale capofila: Nessun soggetto registrato")
    assert errors[1] == (
        "riga 4: Contributo richiesto: Il contributo richiesto non può superare il costo totale."
    )
    assert "tutto o niente" in preview.summary_label.text()
    assert [b.text() for b in preview.buttons.buttons()] == ["Chiudi"]
    preview.buttons.button(QDialogButtonBox.StandardButton.Close).click()
    assert dialog.import_preview is None and dialog.job is None
    assert dialog.model.total == 10


def test_read_only_roles_get_disabled_buttons(
    qtbot: QtBot, demo_db: Database, windows: list[QDialog]
) -> None:
    reader = AppServices.for_database(demo_db, READER)
    dialog = open_list(qtbot, reader, windows, "COOP-2026")
    ui = dialog.ui
    for button in (ui.newButton, ui.checkButton, ui.importButton):
        assert not button.isEnabled(), button.text()
    assert not ui.openButton.isEnabled()  # nothing selected yet
    dialog.select_application(dialog.model.row_at(0).id)
    assert ui.openButton.isEnabled()  # reading is allowed
    record = dialog.open_selected()
    assert isinstance(record, ApplicationDialog)
    windows.append(record)
    assert record.ui.buttonBox.standardButtons() == QDialogButtonBox.StandardButton.Close
    assert record.ui.titleEdit.isReadOnly() and record.ui.leadEdit.isReadOnly()
    assert not record.ui.themeCombo.isEnabled()
    for button in (record.ui.rerunButton, record.ui.requestIntegrationButton, record.ui.withdrawButton):
        assert not button.isEnabled(), button.text()
    assert not record.ui.tuscanGroup.isEnabled() and not record.ui.foreignGroup.isEnabled()


def test_a_call_with_an_approved_ranking_takes_no_new_applications(
    qtbot: QtBot, services: AppServices, windows: list[QDialog]
) -> None:
    dialog = open_list(qtbot, services, windows, "COOP-2025")
    assert dialog.model.total == 20
    for button in (dialog.ui.newButton, dialog.ui.importButton, dialog.ui.checkButton):
        assert not button.isEnabled(), button.text()
    assert "Graduatoria approvata" in dialog.ui.newButton.toolTip()
