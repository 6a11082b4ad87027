"""Impostazioni ufficio: load, save, Italian field errors, concurrent edits, unsaved changes."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import fields, replace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from coop_desktop.db.engine import Database
from coop_desktop.services.office import OfficeData, OfficeService
from coop_desktop.ui.dialogs.office_settings_dialog import OfficeSettingsDialog
from coop_desktop.ui.main_window import MainWindow
from tests.helpers.users import ADMIN


@pytest.fixture
def office(demo_db: Database) -> OfficeService:
    return OfficeService(demo_db, ADMIN)


@pytest.fixture
def dialog(qtbot: QtBot, office: OfficeService) -> Iterator[OfficeSettingsDialog]:
    settings = OfficeSettingsDialog(office)
    settings.show()
    qtbot.waitExposed(settings)
    yield settings
    # Closed here rather than by qtbot.addWidget, after dropping leftover edits: closing a modified
    # dialog opens the modal "save the changes?" question, which would wait forever.
    settings.load()
    settings.close()
    settings.deleteLater()


def _click_save(qtbot: QtBot, dialog: OfficeSettingsDialog) -> None:
    button = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert button.text() == "Salva"  # Qt's own strings come from qtbase_it.qm
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_every_office_field_has_a_widget_and_an_error_label(dialog: OfficeSettingsDialog) -> None:
    names = {f.name for f in fields(OfficeData)} - {"version"}
    assert set(dialog.edits) == names == set(dialog.error_labels)
    assert dialog.windowTitle() == "Impostazioni ufficio"
    assert dialog.ui.postalCodeLabel.text() == "CAP"
    assert dialog.ui.headOfOfficeLabel.text() == "Dirigente"
    assert dialog.ui.procedureManagerLabel.text() == "Responsabile del procedimento"


def test_loads_the_stored_office(dialog: OfficeSettingsDialog, office: OfficeService) -> None:
    stored = office.get()
    assert stored.office_name, "the demo database has office data"
    for field, edit in dialog.edits.items():
        assert edit.text() == getattr(stored, field)
    assert not dialog.is_modified()
    assert all(label.isHidden() for label in dialog.error_labels.values())


def test_edit_and_save_persists(qtbot: QtBot, dialog: OfficeSettingsDialog, office: OfficeService) -> None:
    dialog.edits["phone"].setText("055 123456")
    dialog.edits["procedure_manager"].setText("Dott. Niccolò Bellucci")
    dialog.edits["province"].setText("fi")
    _click_save(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    saved = office.get()
    assert saved.phone == "055 123456"
    assert saved.procedure_manager == "Dott. Niccolò Bellucci"
    assert saved.province == "FI"


def test_invalid_fields_show_italian_messages_and_keep_the_dialog_open(
    qtbot: QtBot, dialog: OfficeSettingsDialog, office: OfficeService
) -> None:
    before = office.get()
    dialog.edits["postal_code"].setText("5012")
    dialog.edits["email"].setText("non-valida")
    dialog.edits["phone"].setText("055 999999")
    _click_save(qtbot, dialog)

    assert dialog.isVisible()
    cap = dialog.error_labels["postal_code"]
    assert cap.isVisible() and cap.text() == "Il CAP deve essere di 5 cifre."
    assert dialog.error_labels["email"].text() == "«non-valida» non è un indirizzo e-mail valido."
    assert dialog.error_labels["phone"].isHidden()
    assert dialog.focusWidget() is dialog.edits["postal_code"]
    # Nothing lost, nothing written.
    assert dialog.edits["phone"].text() == "055 999999"
    assert office.get() == before

    # Correcting a field clears its message at once; saving again succeeds.
    dialog.edits["postal_code"].selectAll()
    qtbot.keyClicks(dialog.edits["postal_code"], "50132")
    assert cap.isHidden()
    dialog.edits["email"].setText("cooperazione@regione.toscana.it")
    _click_save(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert office.get().postal_code == "50132"


def test_required_office_name(qtbot: QtBot, dialog: OfficeSettingsDialog) -> None:
    dialog.edits["office_name"].clear()
    _click_save(qtbot, dialog)
    assert dialog.isVisible()
    assert dialog.error_labels["office_name"].text() == "Il nome dell'ufficio è obbligatorio."


def test_someone_else_saved_first_offers_reload(
    qtbot: QtBot, dialog: OfficeSettingsDialog, office: OfficeService
) -> None:
    theirs = office.save(replace(office.get(), phone="055 000000"))
    dialog.edits["email"].setText("mia@regione.toscana.it")
    seen: list[str] = []

    def choose_reload() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if not boxes:  # the box is not open yet: look again on the next turn of its event loop
            QTimer.singleShot(10, choose_reload)
            return
        [box] = boxes
        seen.append(box.text())
        [reload_button] = [b for b in box.buttons() if b.text() == "Ricarica"]
        reload_button.click()

    QTimer.singleShot(0, choose_reload)
    _click_save(qtbot, dialog)

    assert seen and "modificati da un altro utente" in seen[0]
    assert dialog.isVisible()
    assert dialog.edits["phone"].text() == theirs.phone
    assert dialog.edits["email"].text() == theirs.email
    assert not dialog.is_modified()


def test_closing_with_unsaved_changes_asks_first(
    dialog: OfficeSettingsDialog, office: OfficeService, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = office.get()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    asked: list[str] = []

    def question(parent: object, title: str, text: str, *args: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog.edits["city"].setText("Prato")

    dialog.reject()  # Annulla: the user changes their mind
    assert dialog.isVisible()
    assert dialog.edits["city"].text() == "Prato"
    dialog.close()  # the title bar's button goes through reject() too: now discard
    assert not dialog.isVisible()
    assert asked == ["I dati dell'ufficio sono stati modificati. Salvare le modifiche?"] * 2
    assert office.get() == before


def test_closing_unchanged_asks_nothing(
    dialog: OfficeSettingsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *args: pytest.fail("nothing to save"))
    dialog.reject()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_opened_from_the_tools_menu(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[OfficeSettingsDialog] = []

    def fake_exec(self: OfficeSettingsDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(OfficeSettingsDialog, "exec", fake_exec)
    window.ui.actionOfficeSettings.trigger()
    [shown] = opened
    assert shown.parent() is window
    assert shown.edits["office_name"].text()
