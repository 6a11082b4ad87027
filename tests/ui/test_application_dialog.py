"""The application record: live co-funding, errors under the fields, partners, the formal check
(overrides with a reason, documents, integration requests), status changes, locks and roles."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from coop_desktop.db.engine import Database
from coop_desktop.domain.application_rules import ApplicationData
from coop_desktop.domain.enums import ApplicationStatus
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.application_dialog import ApplicationDialog
from coop_desktop.ui.dialogs.note_dialog import NoteDialog
from tests.helpers.users import READER
from tests.ui.boxes import MessageBoxes, StandardButton

RED = "color: #b3261e;"
TERANGA = "2026/0099037"  # demo application of COOP-2026: every automatic check passes


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def officer(services: AppServices, demo_db: Database) -> AppServices:
    """The demo's istruttore, a stored account: overrides and history carry his name."""
    row = services.users.find_user("lgalli")
    return AppServices.for_database(demo_db, CurrentUser(row.id, row.username, row.full_name, row.role))


@pytest.fixture
def dialogs(qtbot: QtBot) -> Iterator[list[ApplicationDialog]]:
    opened: list[ApplicationDialog] = []
    yield opened
    for dialog in opened:
        for note in dialog.findChildren(NoteDialog):
            if note.isVisible():
                note.done(0)
        if dialog.isVisible():
            dialog.load()  # drop edits: closing a modified record would ask first
            dialog.done(0)


def call_id(services: AppServices, code: str) -> int:
    return next(row.id for row in services.calls.fetch(ListQuery(), 0, 50) if row.code == code)


def application_id(services: AppServices, code: str, protocol: str) -> int:
    query = ListQuery(text=protocol, filters={"call_id": call_id(services, code)})
    return services.applications.fetch(query, 0, 1)[0].id


def open_record(
    qtbot: QtBot, services: AppServices, dialogs: list[ApplicationDialog], code: str, protocol: str | None
) -> ApplicationDialog:
    app_id = application_id(services, code, protocol) if protocol else None
    dialog = ApplicationDialog(services, call_id(services, code), app_id)
    dialogs.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def note(qtbot: QtBot, dialog: NoteDialog | None, text: str, day: date | None = None) -> None:
    """Write the note (and the date) and press OK; the window closes when the service agrees."""
    assert dialog is not None and dialog.isVisible()
    dialog.note_edit.setPlainText(text)
    if day is not None:
        assert dialog.date_edit is not None
        dialog.date_edit.setDate(QDate(day))
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def outcome_cell(dialog: ApplicationDialog, code: str) -> str:
    table = dialog.ui.checksTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == code)
    return table.item(row, 1).text()


def test_the_co_funding_is_computed_while_typing(
    qtbot: QtBot, services: AppServices, dialogs: list[ApplicationDialog]
) -> None:
    dialog = open_record(qtbot, services, dialogs, "COOP-2026", None)
    ui = dialog.ui
    assert ui.cofundingEdit.isReadOnly() and ui.cofundingPctEdit.isReadOnly()
    assert "almeno il 20,00%" in ui.cofundingRule.text() and "€ 40.000,00" in ui.cofundingRule.text()
    qtbot.keyClicks(ui.totalCostEdit, "50.000")
    assert ui.cofundingEdit.text() == ""  # nothing requested yet
    qtbot.keyClicks(ui.requestedGrantEdit, "40000")
    assert (ui.cofundingEdit.text(), ui.cofundingPctEdit.text()) == ("€ 10.000,00", "20,00%")
    ui.requestedGrantEdit.setText("45.000,50")
    assert (ui.cofundingEdit.text(), ui.cofundingPctEdit.text()) == ("€ 4.999,50", "9,99%")
    # A share is cut, never rounded up to the minimum: 19,996% reads 19,99%.
    ui.totalCostEdit.setText("25.000")
    ui.requestedGrantEdit.setText("20.001")
    assert ui.cofundingPctEdit.text() == "19,99%"
    qtbot.keyClicks(ui.totalCostEdit, "x")
    assert ui.totalCostEdit.styleSheet() == RED
    assert ui.cofundingEdit.text() == "" and ui.cofundingPctEdit.text() == ""


def test_errors_appear_under_each_field_and_keep_the_edits(
    qtbot: QtBot, services: AppServices, dialogs: list[ApplicationDialog]
) -> None:
    dialog = open_record(qtbot, services, dialogs, "COOP-2026", None)
    ui = dialog.ui
    ui.totalCostEdit.setText("trentamila")
    assert not dialog.save()
    assert ui.totalCostError.isVisible()
    assert ui.totalCostError.text() == "«trentamila» non è un importo: scrivi ad esempio 40.000,00."
    ui.totalCostEdit.setText("30.000")
    ui.requestedGrantEdit.setText("31.000")
    ui.cupEdit.setText("J39")
    assert not dialog.save()
    assert ui.protocolNumberError.text() == "Il numero di protocollo è obbligatorio."
    assert ui.leadError.text() == "Il capofila è obbligatorio."
    assert ui.titleError.text() == "Il titolo è obbligatorio."
    assert ui.requestedGrantError.text() == "Il contributo richiesto non può superare il costo totale."
    assert ui.cupError.text().startswith("«J39» non è un CUP")
    assert ui.protocolNumberError.styleSheet() == RED
    assert dialog.focusWidget() is ui.protocolNumberEdit
    assert ui.requestedGrantEdit.text() == "31.000" and dialog.isVisible()


def test_partners_countries_and_goals_are_saved_with_the_record(
    qtbot: QtBot, services: AppServices, dialogs: list[ApplicationDialog]
) -> None:
    dialog = open_record(qtbot, services, dialogs, "COOP-2026", TERANGA)
    ui = dialog.ui
    assert ui.partnersTable.rowCount() == 3
    assert ui.partnersTable.item(2, 0).text() == "Groupement des femmes transformatrices de Mbour"
    assert ui.partnersTable.item(2, 1).text() == "Senegal"
    # A Tuscan partner from the register, by typing part of its name.
    qtbot.keyClicks(ui.partnerActorEdit, "Universita di Siena")
    assert dialog.partner_picker.search() >= 1
    dialog.partner_picker.choose(0)
    assert ui.addTuscanButton.isEnabled()
    ui.addTuscanButton.click()
    # A foreign local partner: name, country from the list, role.
    ui.foreignNameEdit.setText("Commune de Joal-Fadiouth")
    ui.foreignCountryCombo.setCurrentIndex(ui.foreignCountryCombo.findText("Senegal"))
    ui.foreignRoleEdit.setText("partner locale")
    ui.addForeignButton.click()
    assert ui.partnersTable.rowCount() == 5
    countries = ui.countriesList
    mali = next(countries.item(r) for r in range(countries.count()) if countries.item(r).text() == "Mali")
    mali.setCheckState(Qt.CheckState.Checked)
    assert ui.countriesSummary.text() == "Scelti: Mali, Senegal"
    ui.sdgList.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.is_modified()
    assert dialog.save()

    detail = services.application_records.get(dialog.application_id or 0)
    assert [p.name for p in detail.partners][-2:] == ["Università di Siena", "Commune de Joal-Fadiouth"]
    assert detail.partners[-1].country == "Senegal" and detail.partners[-1].role == "partner locale"
    assert detail.data.countries == ("ML", "SN")
    assert detail.data.sdgs == (1, 5, 8, 10)


def test_override_requires_a_written_reason(
    qtbot: QtBot, officer: AppServices, dialogs: list[ApplicationDialog]
) -> None:
    lead = officer.actors.fetch(ListQuery(text="Teranga"), 0, 1)[0].id
    late = officer.application_records.register(
        call_id(officer, "COOP-2026"),
        ApplicationData(
            protocol_number="AOOGRT/2026/0300002",
            protocol_date=date(2026, 6, 1),
            lead_actor_id=lead,
            title="Domanda arrivata tardi",
            total_cost=Decimal("50000.00"),
            requested_grant=Decimal("40000.00"),
        ),
    )
    dialog = open_record(qtbot, officer, dialogs, "COOP-2026", "AOOGRT/2026/0300002")
    ui = dialog.ui
    ui.tabWidget.setCurrentWidget(ui.admissibilityPage)
    assert ui.verdictLabel.text() == "Non ammissibile: 1 controllo non superato."
    assert (
        ui.reasonsEdit.toPlainText()
        == "La domanda è pervenuta il 01/06/2026, dopo la scadenza del 29/05/2026."
    )
    assert not ui.overrideButton.isEnabled()  # nothing selected
    dialog.select_check("max_grant")
    assert not ui.overrideButton.isEnabled()  # passed: nothing to override
    dialog.select_check("deadline")
    assert outcome_cell(dialog, "deadline") == "Non superato"
    assert ui.overrideButton.isEnabled()

    override = dialog.override_check()
    assert override is not None and override.isVisible()
    assert not override.ok_button.isEnabled()  # the reason is required
    override.note_edit.setPlainText("   \n ")
    assert not override.ok_button.isEnabled()  # spaces are not a reason
    override.accept()  # Enter with an empty reason does nothing
    assert override.isVisible()
    note(qtbot, override, "PEC inviata il 29/05/2026 alle 23:58, ricevuta di consegna agli atti.")

    check = next(c for c in officer.application_records.get(late).checks if c.code == "deadline")
    assert check.override_reason == "PEC inviata il 29/05/2026 alle 23:58, ricevuta di consegna agli atti."
    assert check.overridden_by == "Lorenzo Galli"
    assert outcome_cell(dialog, "deadline") == "Non superato (in deroga)"
    table = ui.checksTable
    row = next(
        r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "deadline"
    )
    assert table.item(row, 3).text().endswith("(Lorenzo Galli)")
    assert not ui.reasonsEdit.isVisible()
    assert ui.verdictLabel.text() == "Istruttoria formale da completare: 5 voci da verificare."
    # The override can be taken back: the check counts again.
    dialog.select_check("deadline")
    assert dialog.clear_override()
    assert ui.verdictLabel.text() == "Non ammissibile: 1 controllo non superato."


def test_confirming_the_documents_makes_the_application_admissible(
    qtbot: QtBot, officer: AppServices, dialogs: list[ApplicationDialog]
) -> None:
    dialog = open_record(qtbot, officer, dialogs, "COOP-2026", TERANGA)
    ui = dialog.ui
    ui.tabWidget.setCurrentWidget(ui.admissibilityPage)
    assert ui.checksTable.rowCount() == 0  # the demo never ran them
    assert ui.verdictLabel.text().startswith("I controlli non sono ancora stati eseguiti")
    assert ui.rerunButton.text() == "&Esegui i controlli"
    ui.rerunButton.click()
    assert ui.checksTable.rowCount() == 9
    assert ui.verdictLabel.text() == "Istruttoria formale da completare: 5 voci da verificare."
    documents = [c for c in dialog.detail.checks if not c.automatic] if dialog.detail else []
    # One document refused with a note, then all confirmed.
    dialog.select_check(documents[0].code)
    note(qtbot, dialog.confirm_document(False), "manca la firma del legale rappresentante")
    assert ui.verdictLabel.text() == "Non ammissibile: 1 controllo non superato."
    assert ui.reasonsEdit.toPlainText() == (
        "Documento mancante o irregolare: Formulario di progetto (Allegato A). "
        "manca la firma del legale rappresentante"
    )
    for document in documents:
        dialog.select_check(document.code)
        assert ui.documentOkButton.isEnabled()
        confirm = dialog.confirm_document(True)
        assert confirm is not None and confirm.ok_button.isEnabled()  # the note is optional
        confirm.ok_button.click()
        qtbot.waitUntil(lambda c=confirm: not c.isVisible())
    assert ui.verdictLabel.text() == "Ammissibile: tutti i controlli sono superati."
    assert outcome_cell(dialog, documents[0].code) == "Superato"
    assert ui.statusValue.text() == "Ammissibile"
    assert "Domanda: Ammissibile" in ui.headerLabel.text()
    assert officer.application_records.get(dialog.application_id or 0).status is ApplicationStatus.AMMISSIBILE
    # The form was not touched: closing asks nothing.
    assert not dialog.is_modified()


def test_an_integration_request_puts_the_application_on_hold(
    qtbot: QtBot, officer: AppServices, dialogs: list[ApplicationDialog]
) -> None:
    dialog = open_record(qtbot, officer, dialogs, "COOP-2026", TERANGA)
    ui = dialog.ui
    assert ui.requestIntegrationButton.isEnabled()
    request = dialog.request_integration()
    assert request is not None and request.date_edit is not None
    assert request.date_edit.date().toPython() == date.today() + timedelta(days=10)
    assert not request.ok_button.isEnabled()
    deadline = date.today() + timedelta(days=15)
    note(qtbot, request, "Piano finanziario firmato dal legale rappresentante", deadline)

    assert ui.statusValue.text() == "Integrazioni richieste"
    assert ui.verdictLabel.text().startswith("In attesa delle integrazioni richieste")
    assert ui.integrationsTable.rowCount() == 1
    assert ui.integrationsTable.item(0, 1).text() == deadline.strftime("%d/%m/%Y")
    assert ui.integrationsTable.item(0, 3).text() == "in attesa"
    assert ui.historyTable.item(ui.historyTable.rowCount() - 1, 2).text() == "Integrazioni richieste"
    assert ui.historyTable.item(ui.historyTable.rowCount() - 1, 3).text() == "Lorenzo Galli"

    ui.integrationsTable.selectRow(0)
    assert ui.answerIntegrationButton.isEnabled()
    note(qtbot, dialog.answer_integration(), "Inviato via PEC")
    assert ui.integrationsTable.item(0, 3).text() == date.today().strftime("%d/%m/%Y")
    assert ui.statusValue.text() == "Ricevuta"
    assert not ui.answerIntegrationButton.isEnabled()


def test_withdraw_and_bring_back(
    qtbot: QtBot, officer: AppServices, dialogs: list[ApplicationDialog]
) -> None:
    dialog = open_record(qtbot, officer, dialogs, "COOP-2026", TERANGA)
    ui = dialog.ui
    assert ui.withdrawButton.isEnabled() and not ui.restoreButton.isEnabled()
    assert not ui.revokeButton.isEnabled()  # only a funded application is revoked
    note(qtbot, dialog.change_status(ApplicationStatus.RITIRATA), "Rinuncia comunicata via PEC")
    assert ui.statusValue.text() == "Ritirata"
    assert ui.historyTable.item(ui.historyTable.rowCount() - 1, 4).text() == "Rinuncia comunicata via PEC"
    assert not ui.withdrawButton.isEnabled() and not ui.rerunButton.isEnabled()
    assert ui.restoreButton.isEnabled()
    note(qtbot, dialog.change_status(ApplicationStatus.RICEVUTA), "Rinuncia revocata")
    assert ui.statusValue.text() != "Ritirata"
    # Saving the untouched form after the actions is not a conflict.
    ui.titleEdit.setText("Donne della diaspora e trasformazione alimentare a Mbour")
    assert dialog.save()


def test_unsaved_changes_are_asked_about(
    qtbot: QtBot, services: AppServices, dialogs: list[ApplicationDialog], boxes: MessageBoxes
) -> None:
    dialog = open_record(qtbot, services, dialogs, "COOP-2026", TERANGA)
    dialog.ui.titleEdit.setText("Titolo cambiato")
    boxes.answers.append(StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible()
    boxes.answers.append(StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible()
    assert boxes.texts("question")[0] == "La scheda è stata modificata. Salvare le modifiche?"


def test_decisive_fields_are_read_only_once_the_ranking_is_approved(
    qtbot: QtBot, services: AppServices, dialogs: list[ApplicationDialog]
) -> None:
    funded = next(
        row
        for row in services.applications.fetch(
            ListQuery(filters={"call_id": call_id(services, "COOP-2025")}), 0, 50
        )
        if row.status is ApplicationStatus.FINANZIATA
    )
    dialog = open_record(qtbot, services, dialogs, "COOP-2025", funded.protocol_number)
    ui = dialog.ui
    assert ui.lockedBanner.isVisible()
    assert "approvata con decreto" in ui.lockedBanner.text()
    for edit in (ui.totalCostEdit, ui.requestedGrantEdit, ui.leadEdit):
        assert edit.isReadOnly()
    assert ui.protocolDateEdit.isReadOnly()
    assert not ui.titleEdit.isReadOnly()  # the title may still be corrected
    for button in (ui.rerunButton, ui.requestIntegrationButton, ui.withdrawButton):
        assert not button.isEnabled(), button.text()
    assert ui.revokeButton.isEnabled()
    assert ui.grantedValue.text().startswith("Contributo: € ")


def test_read_only_role_sees_the_record_without_actions(
    qtbot: QtBot, demo_db: Database, dialogs: list[ApplicationDialog]
) -> None:
    reader = AppServices.for_database(demo_db, READER)
    dialog = open_record(qtbot, reader, dialogs, "COOP-2026", TERANGA)
    ui = dialog.ui
    assert ui.buttonBox.standardButtons() == QDialogButtonBox.StandardButton.Close
    assert ui.protocolNumberEdit.isReadOnly() and ui.totalCostEdit.isReadOnly()
    assert not ui.sdgList.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    for button in (
        ui.rerunButton, ui.overrideButton, ui.documentOkButton, ui.requestIntegrationButton,
        ui.withdrawButton, ui.revokeButton, ui.removePartnerButton,
    ):  # fmt: skip
        assert not button.isEnabled(), button.text()
    # Consultazione has no access to the audit trail: no «Modifiche» page; it reads the documents
    # printed, without printing nor writing their protocol.
    assert dialog.changes_view is None
    assert [ui.tabWidget.tabText(i) for i in range(ui.tabWidget.count())] == [
        "&Domanda", "Paesi e &SDG", "&Partner", "&Ammissibilità", "&Stato", "Doc&umenti",
    ]  # fmt: skip
    assert dialog.print_button is None
    assert dialog.documents_view is not None and dialog.documents_view.protocol_button.isHidden()


def test_the_changes_page_shows_the_audit_trail(
    qtbot: QtBot, officer: AppServices, dialogs: list[ApplicationDialog]
) -> None:
    dialog = open_record(qtbot, officer, dialogs, "COOP-2026", TERANGA)
    dialog.ui.titleEdit.setText("Trasformazione alimentare a Mbour")
    assert dialog.save()
    again = open_record(qtbot, officer, dialogs, "COOP-2026", TERANGA)
    assert again.changes_view is not None
    assert again.ui.tabWidget.tabText(again.ui.tabWidget.count() - 1) == "&Modifiche"
    top = again.changes_view.topLevelItem(0)
    assert top is not None and top.text(1) == "lgalli"
