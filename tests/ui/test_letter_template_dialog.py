"""Modelli di lettere: choose a letter, edit it with a live preview, Italian errors, save, restore, close."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Application
from coop_desktop.printing.letter_templates import default_template
from coop_desktop.services.letter_templates import LetterTemplateService
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs import letter_template_dialog
from coop_desktop.ui.dialogs.letter_template_dialog import LetterTemplateDialog, open_letter_templates
from tests.helpers.users import OFFICER, READER
from tests.ui.boxes import MessageBoxes, StandardButton


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def service(demo_db: Database) -> LetterTemplateService:
    return LetterTemplateService(demo_db, OFFICER)


@pytest.fixture
def dialog(qtbot: QtBot, service: LetterTemplateService) -> Iterator[LetterTemplateDialog]:
    shown = LetterTemplateDialog(service)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    # Dropped edits first: closing an edited dialog asks what to do with them.
    shown.load()
    shown.close()
    shown.deleteLater()


def service_db(dialog: LetterTemplateDialog) -> Database:
    return dialog._service._db


def _choose(dialog: LetterTemplateDialog, kind: str) -> None:
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData(kind))


def _type(qtbot: QtBot, dialog: LetterTemplateDialog, text: str) -> None:
    editor = dialog.ui.bodyEdit
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    editor.setTextCursor(cursor)
    for n, line in enumerate(text.split("\n")):
        if n:
            qtbot.keyClick(editor, Qt.Key.Key_Return)  # keyClicks cannot type a line break
        qtbot.keyClicks(editor, line)


def test_opens_on_the_first_letter_in_italian(dialog: LetterTemplateDialog) -> None:
    ui = dialog.ui
    assert dialog.windowTitle() == "Modelli di lettere"
    assert (
        ui.kindCombo.count() == 8 and ui.kindCombo.currentText() == "Comunicazione di avvio del procedimento"
    )
    assert ui.titleLabel.text() == "&Oggetto" and ui.bodyLabel.text() == "&Testo della lettera"
    assert dialog.save_button.text() == "Salva" and dialog.close_button.text() == "Chiudi"
    assert ui.statusLabel.text() == "Testo predefinito dell'applicazione"
    assert not dialog.reset_button.isEnabled()  # nothing to restore yet
    assert (ui.titleEdit.text(), ui.bodyEdit.toPlainText()) == default_template("avvio")
    names = [ui.fieldsList.item(n).data(Qt.ItemDataRole.UserRole) for n in range(ui.fieldsList.count())]
    assert names[0] == "oggetto" and "destinatario" in names and "responsabile_procedimento" in names
    with service_db(dialog).reading() as session:
        applications = session.scalar(select(func.count()).select_from(Application))
    assert ui.previewCombo.itemText(0) == "Dati di esempio" and ui.previewCombo.count() == 1 + applications
    preview = dialog.preview_text()
    assert "Associazione Esempio per la Cooperazione APS" in preview and "artt. 7 e 8" in preview
    assert ui.errorLabel.isHidden()


def test_an_unknown_field_shows_in_red_while_typing(qtbot: QtBot, dialog: LetterTemplateDialog) -> None:
    _type(qtbot, dialog, "\n{{ destinatari }}")
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=3000)
    lines = dialog.ui.bodyEdit.toPlainText().count("\n") + 1
    assert dialog.ui.errorLabel.text() == (
        f"Testo, riga {lines}: campo sconosciuto «destinatari»: scegli un campo dall'elenco"
    )
    assert "b3261e" in dialog.ui.errorLabel.styleSheet()
    dialog.ui.bodyEdit.setPlainText(dialog.ui.bodyEdit.toPlainText().replace("{{ destinatari }}", ""))
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isHidden(), timeout=3000)


def test_a_syntax_error_in_the_subject_is_explained(qtbot: QtBot, dialog: LetterTemplateDialog) -> None:
    dialog.ui.titleEdit.setText("Avvio {{ bando_codice ")
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=3000)
    assert dialog.ui.errorLabel.text() == "Oggetto, riga 1: errore di sintassi: manca la chiusura «}}»"


def test_double_click_inserts_the_field(qtbot: QtBot, dialog: LetterTemplateDialog) -> None:
    ui = dialog.ui
    ui.bodyEdit.setFocus()
    ui.bodyEdit.moveCursor(ui.bodyEdit.textCursor().MoveOperation.Start)
    item = next(
        ui.fieldsList.item(n)
        for n in range(ui.fieldsList.count())
        if "pec_destinatario —" in ui.fieldsList.item(n).text()
    )
    dialog.insert_field(item)
    assert ui.bodyEdit.toPlainText().startswith("{{ pec_destinatario }}{{ luogo }}")
    ui.titleEdit.setFocus()
    ui.titleEdit.setCursorPosition(0)
    dialog.insert_field(item)
    assert ui.titleEdit.text().startswith("{{ pec_destinatario }}Bando")
    oggetto = ui.fieldsList.item(0)
    ui.titleEdit.setFocus()
    dialog.insert_field(oggetto)  # the subject cannot print itself: it goes to the text
    assert "{{ oggetto }}" not in ui.titleEdit.text() and "{{ oggetto }}" in ui.bodyEdit.toPlainText()


def test_preview_with_a_real_application(qtbot: QtBot, dialog: LetterTemplateDialog) -> None:
    _choose(dialog, "esito_finanziata")
    ui = dialog.ui
    funded = dialog._service.preview_applications("esito_finanziata")
    assert ui.previewCombo.count() == 1 + len(funded)  # the sample, then the funded projects
    assert sum(label.startswith("COOP-2025 – ") for _, label in funded) == 8
    index = next(
        n for n in range(ui.previewCombo.count()) if "Comune di Prato" in ui.previewCombo.itemText(n)
    )
    ui.previewCombo.setCurrentIndex(index)
    preview = dialog.preview_text()
    assert "Comune di Prato" in preview and "D19I25012070002" in preview and "40.000,00" in preview


def test_save_and_restore_the_default(
    qtbot: QtBot, dialog: LetterTemplateDialog, service: LetterTemplateService, boxes: MessageBoxes
) -> None:
    _choose(dialog, "preavviso")
    dialog.ui.bodyEdit.setPlainText(
        dialog.ui.bodyEdit.toPlainText().replace("Distinti saluti.", "Cordiali saluti.")
    )
    assert dialog.is_modified()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stored = service.get("preavviso")
    assert stored.customised and "Cordiali saluti." in stored.body
    assert (
        dialog.ui.statusLabel.text().startswith("Modificato dall'ufficio (")
        and "salvato" in dialog.ui.statusLabel.text()
    )
    assert not dialog.is_modified() and dialog.reset_button.isEnabled()
    boxes.answers.append(StandardButton.Yes)
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert boxes.shown[-1].text.startswith("Ripristinare il testo predefinito di «Preavviso di rigetto")
    assert not service.get("preavviso").customised
    assert dialog.ui.bodyEdit.toPlainText() == default_template("preavviso")[1]
    assert dialog.ui.statusLabel.text() == "Testo predefinito dell'applicazione"


def test_a_template_that_does_not_render_is_not_saved(
    qtbot: QtBot, dialog: LetterTemplateDialog, service: LetterTemplateService
) -> None:
    dialog.ui.bodyEdit.setPlainText("Spett.le {{ destinatario }}\n{% if pec_destinatario %}")
    assert not dialog.save()
    assert "Testo: Riga 2: " in dialog.ui.errorLabel.text() and dialog.ui.errorLabel.isVisible()
    assert not service.get("avvio").customised


def test_switching_letter_with_edits_asks_first(
    qtbot: QtBot, dialog: LetterTemplateDialog, service: LetterTemplateService, boxes: MessageBoxes
) -> None:
    dialog.ui.titleEdit.setText("Avvio del procedimento {{ protocollo }}")
    boxes.answers.append(StandardButton.Cancel)
    _choose(dialog, "integrazioni")
    assert (
        dialog.kind() == "avvio" and dialog.ui.titleEdit.text() == "Avvio del procedimento {{ protocollo }}"
    )
    assert (
        boxes.shown[-1].text
        == "Il modello «Comunicazione di avvio del procedimento» è stato modificato. Salvare le modifiche?"
    )
    boxes.answers.append(StandardButton.Save)
    _choose(dialog, "integrazioni")
    assert (
        dialog.kind() == "integrazioni"
        and service.get("avvio").title == "Avvio del procedimento {{ protocollo }}"
    )
    dialog.ui.titleEdit.setText("Altro")
    boxes.answers.append(StandardButton.Discard)
    _choose(dialog, "preavviso")
    assert dialog.kind() == "preavviso" and not service.get("integrazioni").customised


def test_closing_with_edits_asks_first(
    qtbot: QtBot, service: LetterTemplateService, boxes: MessageBoxes
) -> None:
    dialog = LetterTemplateDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.bodyEdit.setPlainText("Testo nuovo per {{ destinatario }}.")
    boxes.answers.append(StandardButton.Cancel)
    dialog.reject()
    assert dialog.isVisible()
    boxes.answers.append(StandardButton.Discard)
    dialog.reject()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert not service.get("avvio").customised


def test_readers_see_the_templates_without_editing(qtbot: QtBot, demo_db: Database) -> None:
    dialog = LetterTemplateDialog(LetterTemplateService(demo_db, READER))
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Modelli di lettere (sola lettura)"
    assert dialog.ui.bodyEdit.isReadOnly() and dialog.ui.titleEdit.isReadOnly()
    assert not dialog.save_button.isEnabled() and not dialog.reset_button.isEnabled()
    assert not dialog.is_modified()


def test_open_from_the_app_services(
    qtbot: QtBot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[LetterTemplateDialog] = []
    monkeypatch.setattr(
        letter_template_dialog.LetterTemplateDialog, "exec", lambda self: opened.append(self) or 0
    )
    open_letter_templates(None, services)
    assert len(opened) == 1 and opened[0].kind() == "avvio"
