"""The actor record: create and edit, Italian field errors, stale edits, unsaved changes, tab pages."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from pytestqt.qtbot import QtBot
from stdnum import luhn

from coop_desktop.domain.actor_rules import ACTOR_FIELD_LABELS, ActorInput
from coop_desktop.domain.enums import ActorType
from coop_desktop.services.actors import ContactData
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.actor_dialog import ActorDialog
from coop_desktop.ui.main_window import MainWindow
from tests.ui.boxes import MessageBoxes, StandardButton

RED = "color: #b3261e;"


def tax_code(n: int) -> str:
    """A valid 11-digit codice fiscale (office code 048), distinct for each n."""
    body = f"{9_100_000 + n:07d}048"
    return body + luhn.calc_check_digit(body)


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def open_dialogs(qtbot: QtBot) -> Iterator[list[ActorDialog]]:
    """Dialogs a test opened; closed at the end without asking about unsaved changes."""
    dialogs: list[ActorDialog] = []
    yield dialogs
    for dialog in dialogs:
        if dialog.isVisible():
            dialog.load()  # drop edits: closing a modified record would ask first
            dialog.done(0)


def _dialog(
    qtbot: QtBot, services: AppServices, dialogs: list[ActorDialog], actor_id: int | None
) -> ActorDialog:
    dialog = ActorDialog(services.actor_records, services.governance, actor_id)
    dialogs.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _save(qtbot: QtBot, dialog: ActorDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert button.text() == "Salva"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _fill(dialog: ActorDialog, **values: str) -> None:
    for field, value in values.items():
        widget = dialog.edits[field]
        if field == "actor_type":
            dialog.ui.typeCombo.setCurrentIndex(dialog.ui.typeCombo.findData(value))
        elif isinstance(widget, QLineEdit):
            widget.setText(value)
        else:
            widget.setPlainText(value)


def test_every_field_has_a_widget_an_error_label_and_its_italian_label(
    qtbot: QtBot, services: AppServices, open_dialogs: list[ActorDialog]
) -> None:
    dialog = _dialog(qtbot, services, open_dialogs, None)
    names = {f.name for f in dataclasses.fields(ActorInput)}
    assert set(dialog.edits) == set(dialog.error_labels) == names
    labels = {
        field: getattr(dialog.ui, widget.objectName().removesuffix("Edit").removesuffix("Combo") + "Label")
        for field, widget in dialog.edits.items()
        if field != "notes"
    }
    assert {field: label.text() for field, label in labels.items()} == {
        f: ACTOR_FIELD_LABELS[f] for f in labels
    }
    assert dialog.windowTitle() == "Nuovo soggetto"
    ui = dialog.ui
    assert [ui.tabWidget.tabText(i) for i in range(4)] == ["&Dati", "&Contatti", "&Organismi", "&Storico"]
    assert not ui.tabWidget.isTabEnabled(3)  # a new record has no history
    assert [ui.typeCombo.itemText(i) for i in range(ui.typeCombo.count())] == [t.label for t in ActorType]
    assert ui.typeCombo.currentIndex() == -1 and ui.typeCombo.placeholderText() == "Scegli una tipologia"
    assert ui.countryEdit.text() == "IT"
    assert ui.contactsTable.horizontalHeaderItem(0).text() == "Nome"
    assert not dialog.is_modified()


def test_new_actor_from_the_tab_appears_in_the_list(
    qtbot: QtBot, window: MainWindow, services: AppServices
) -> None:
    tab = window.actors_tab
    before = tab.model.total
    dialog = tab.new_actor()
    assert isinstance(dialog, ActorDialog)
    qtbot.waitExposed(dialog)
    code = tax_code(1)
    _fill(
        dialog,
        name="Associazione Niccolò Stenone APS",
        actor_type="associazione",
        tax_code=code,
        municipality="Firenze",
        province="fi",
        email="info@stenone.it",
    )
    dialog.add_contact()
    for column, text in enumerate(["Anna Neri", "Presidente", "anna@stenone.it", "055 1234567"]):
        dialog.ui.contactsTable.item(0, column).setText(text)
    forum = services.governance.bodies()[0]
    dialog.ui.bodiesTable.item(0, 0).setCheckState(Qt.CheckState.Checked)
    dialog.ui.bodiesTable.item(0, 2).setText("Membro")
    _save(qtbot, dialog)

    assert not dialog.isVisible()
    assert tab.model.total == before + 1
    assert tab.ui.countLabel.text() == f"{before + 1} soggetti"
    [selected] = tab.selected_rows()  # the new row is selected
    assert selected.name == "Associazione Niccolò Stenone APS"
    assert selected.tax_code == code and selected.province == "FI"
    detail = services.actor_records.get(selected.id)
    assert detail.contacts == [ContactData("Anna Neri", "Presidente", "anna@stenone.it", "055 1234567")]
    assert services.governance.memberships(selected.id) == [(forum.id, "Membro")]


def test_invalid_tax_code_is_shown_under_the_field_and_nothing_is_written(
    qtbot: QtBot, services: AppServices, open_dialogs: list[ActorDialog], boxes: MessageBoxes
) -> None:
    everyone = ListQuery(filters={"archived": None})
    before = services.actors.count(everyone)
    dialog = _dialog(qtbot, services, open_dialogs, None)
    good = tax_code(2)
    wrong = good[:-1] + str((int(good[-1]) + 1) % 10)  # the check digit off by one
    _fill(dialog, name="Cooperativa Sant'Egidio", actor_type="impresa", tax_code=wrong, phone="0571 1")
    dialog.ui.tabWidget.setCurrentIndex(1)
    _save(qtbot, dialog)

    assert dialog.isVisible()
    error = dialog.error_labels["tax_code"]
    assert error.isVisible()
    assert error.text() == f"«{wrong}»: la cifra di controllo del codice fiscale non è corretta."
    assert dialog.error_labels["name"].isHidden()
    assert dialog.ui.tabWidget.currentWidget() is dialog.ui.dataPage  # brought to the field
    assert dialog.focusWidget() is dialog.ui.taxCodeEdit
    # Nothing lost, nothing written, no message box.
    assert dialog.ui.phoneEdit.text() == "0571 1"
    assert dialog.actor_id is None
    assert services.actors.count(everyone) == before
    assert boxes.shown == []

    # Correcting the field clears its message at once; saving again succeeds.
    dialog.ui.taxCodeEdit.selectAll()
    qtbot.keyClicks(dialog.ui.taxCodeEdit, good)
    assert error.isHidden()
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.actors.count(everyone) == before + 1


def test_required_fields_and_a_missing_contact_name(
    qtbot: QtBot, services: AppServices, open_dialogs: list[ActorDialog]
) -> None:
    dialog = _dialog(qtbot, services, open_dialogs, None)
    dialog.add_contact()
    dialog.ui.contactsTable.item(0, 2).setText("senza-nome@esempio.it")
    _save(qtbot, dialog)
    assert dialog.ui.tabWidget.currentWidget() is dialog.ui.contactsPage
    assert dialog.ui.contactsError.text() == "Contatto 1: il nome è obbligatorio."

    dialog.ui.contactsTable.selectRow(0)
    assert dialog.ui.removeContactButton.isEnabled()
    dialog.remove_contacts()
    assert dialog.ui.contactsTable.rowCount() == 0
    _save(qtbot, dialog)
    assert dialog.error_labels["name"].text() == "La denominazione è obbligatoria."
    assert dialog.error_labels["actor_type"].text() == "La tipologia è obbligatoria."
    assert (
        dialog.error_labels["tax_code"].text() == "Il codice fiscale è obbligatorio per i soggetti italiani."
    )
    assert dialog.focusWidget() is dialog.ui.nameEdit


def test_codes_turn_red_while_typing(
    qtbot: QtBot, services: AppServices, open_dialogs: list[ActorDialog]
) -> None:
    dialog = _dialog(qtbot, services, open_dialogs, None)
    ui = dialog.ui
    qtbot.keyClicks(ui.taxCodeEdit, "9403512")
    assert ui.taxCodeEdit.styleSheet() == RED  # neither 11 nor 16 characters
    qtbot.keyClicks(ui.taxCodeEdit, "0486")
    assert ui.taxCodeEdit.styleSheet() == ""
    qtbot.keyClicks(ui.provinceEdit, "fx")
    assert ui.provinceEdit.text() == "FX"  # upper-cased as typed
    assert ui.provinceEdit.styleSheet() == RED
    ui.provinceEdit.setText("PO")
    assert ui.provinceEdit.styleSheet() == "" and ui.provinceName.text() == "Prato"
    qtbot.keyClicks(ui.emailEdit, "info@")
    assert ui.emailEdit.styleSheet() == RED
    qtbot.keyClicks(ui.emailEdit, "esempio.it")
    assert ui.emailEdit.styleSheet() == ""
    ui.countryEdit.setText("SN")
    assert ui.countryName.text() == "Senegal"
    assert ui.provinceName.text() == ""


def test_stale_edit_offers_to_reload(
    qtbot: QtBot, services: AppServices, open_dialogs: list[ActorDialog], boxes: MessageBoxes
) -> None:
    records = services.actor_records
    actor = services.actors.fetch(ListQuery(text="meyer"), 0, 1)[0]
    dialog = _dialog(qtbot, services, open_dialogs, actor.id)
    assert dialog.windowTitle() == f"Soggetto: {actor.name}"

    # Another user saves the same record meanwhile.
    theirs = records.get(actor.id)
    records.update(actor.id, theirs.version, dataclasses.replace(theirs.data, phone="055 000111"))
    dialog.ui.phoneEdit.setText("055 999999")
    boxes.clicks.append("Ricarica")
    _save(qtbot, dialog)

    [shown] = boxes.shown
    assert shown.title == "Modificato da un altro utente"
    assert "modificato da un altro utente" in shown.text
    assert dialog.isVisible()
    assert dialog.ui.phoneEdit.text() == "055 000111"  # reloaded: theirs
    assert not dialog.is_modified()

    # Now the edit goes through.
    dialog.ui.phoneEdit.setText("055 999999")
    _save(qtbot, dialog)
    assert not dialog.isVisible()
    assert records.get(actor.id).data.phone == "055 999999"


def test_stale_edit_kept_when_the_user_does_not_reload(
    qtbot: QtBot, services: AppServices, open_dialogs: list[ActorDialog], boxes: MessageBoxes
) -> None:
    records = services.actor_records
    actor = services.actors.fetch(ListQuery(text="meyer"), 0, 1)[0]
    dialog = _dialog(qtbot, services, open_dialogs, actor.id)
    theirs = records.get(actor.id)
    records.update(actor.id, theirs.version, dataclasses.replace(theirs.data, phone="055 000111"))
    dialog.ui.phoneEdit.setText("055 999999")
    boxes.clicks.append("Annulla")
    _save(qtbot, dialog)
    assert dialog.isVisible() and dialog.ui.phoneEdit.text() == "055 999999"
    assert records.get(actor.id).data.phone == "055 000111"


def test_closing_with_unsaved_changes_asks_first(
    qtbot: QtBot, services: AppServices, open_dialogs: list[ActorDialog], boxes: MessageBoxes
) -> None:
    actor = services.actors.fetch(ListQuery(text="meyer"), 0, 1)[0]
    dialog = _dialog(qtbot, services, open_dialogs, actor.id)
    dialog.reject()  # unchanged: closes without a question
    assert not dialog.isVisible() and boxes.shown == []

    dialog = _dialog(qtbot, services, open_dialogs, actor.id)
    dialog.ui.bodiesTable.item(1, 0).setCheckState(Qt.CheckState.Checked)  # a membership is a change too
    boxes.answers += [StandardButton.Cancel, StandardButton.Discard]
    dialog.reject()
    assert dialog.isVisible()
    dialog.close()
    assert not dialog.isVisible()
    assert boxes.texts("question") == ["La scheda è stata modificata. Salvare le modifiche?"] * 2
    assert len(services.governance.memberships(actor.id)) == 2  # unchanged


def test_history_lists_applications_and_partnerships(
    qtbot: QtBot, services: AppServices, open_dialogs: list[ActorDialog]
) -> None:
    actor = services.actors.fetch(ListQuery(text="senegalesi"), 0, 1)[0]
    detail = services.actor_records.get(actor.id)
    dialog = _dialog(qtbot, services, open_dialogs, actor.id)
    ui = dialog.ui
    total = len(detail.applications) + len(detail.partnerships) + len(detail.letters)
    assert ui.tabWidget.tabText(3) == f"&Storico ({total})"
    assert ui.applicationsTable.rowCount() == len(detail.applications) == 3
    assert ui.partnershipsTable.rowCount() == len(detail.partnerships) == 2
    first = detail.applications[0]
    assert ui.applicationsTable.item(0, 0).text() == first.reference
    assert ui.applicationsTable.item(0, 1).text() == first.title
    assert ui.applicationsTable.item(0, 2).text() == first.status
    headers = [ui.applicationsTable.horizontalHeaderItem(i).text() for i in range(5)]
    assert headers == ["Bando / protocollo", "Titolo", "Stato", "Contributo", "Data"]
    # Memberships are ticked with their roles.
    ticked = {
        int(ui.bodiesTable.item(r, 0).data(Qt.ItemDataRole.UserRole)): ui.bodiesTable.item(r, 2).text()
        for r in range(ui.bodiesTable.rowCount())
        if ui.bodiesTable.item(r, 0).checkState() == Qt.CheckState.Checked
    }
    assert ticked == dict(services.governance.memberships(actor.id))


def test_archived_actor_shows_a_banner(
    qtbot: QtBot, services: AppServices, open_dialogs: list[ActorDialog]
) -> None:
    archived = services.actors.fetch(ListQuery(filters={"archived": True}), 0, 1)[0]
    dialog = _dialog(qtbot, services, open_dialogs, archived.id)
    assert dialog.ui.archivedBanner.isVisible()
    assert "archiviato" in dialog.ui.archivedBanner.text()
