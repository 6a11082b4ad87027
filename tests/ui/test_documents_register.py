"""The «Documenti» page of the application's and the actor's record: the register's rows, the protocol
number and date written back, the roles, and the application's «Stampa» menu refreshing the page."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from coop_desktop.db.engine import Database
from coop_desktop.db.models import GeneratedDocument
from coop_desktop.domain.enums import DocumentKind
from coop_desktop.services.documents import NewDocument, sha256_of
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.actor_dialog import ActorDialog
from coop_desktop.ui.dialogs.application_dialog import ApplicationDialog
from coop_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from coop_desktop.ui.widgets.documents_register import DocumentsRegisterView, ProtocolDialog
from tests.helpers.users import ADMIN, READER
from tests.ui.boxes import MessageBoxes
from tests.ui.test_printing_actions import Generators

TERANGA = "2026/0099037"
LETTER = b"%PDF-1.4 lettera di esito di prova"


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def windows(qtbot: QtBot) -> Iterator[list[QDialog]]:
    opened: list[QDialog] = []
    yield opened
    for window in opened:
        for child in window.findChildren(QDialog):
            if child.isVisible():
                child.done(0)
        if window.isVisible():
            window.done(0)


def _call_id(services: AppServices, code: str) -> int:
    return next(row.id for row in services.calls.fetch(ListQuery(), 0, 50) if row.code == code)


def _application(services: AppServices) -> tuple[int, int]:
    """TERANGA's id and its lead actor's id."""
    query = ListQuery(text=TERANGA, filters={"call_id": _call_id(services, "COOP-2026")})
    app_id = services.applications.fetch(query, 0, 1)[0].id
    lead = services.application_records.get(app_id).data.lead_actor_id
    assert lead is not None
    return app_id, lead


def _record(services: AppServices, app_id: int, lead: int, kind: DocumentKind = DocumentKind.ESITO) -> int:
    [document_id] = services.documents.record(
        [
            NewDocument(
                kind,
                "Esito_2026-0099037.pdf",
                LETTER,
                call_id=_call_id(services, "COOP-2026"),
                application_id=app_id,
                actor_id=lead,
                recipient="Associazione Teranga (teranga@pec.it)",
            )
        ]
    )
    return document_id


def _open_application(
    qtbot: QtBot, services: AppServices, windows: list[QDialog], app_id: int
) -> ApplicationDialog:
    dialog = ApplicationDialog(services, _call_id(services, "COOP-2026"), app_id)
    windows.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if dialog.documents_view is not None:
        dialog.ui.tabWidget.setCurrentWidget(dialog.documents_view)
    return dialog


def _tab_text(dialog: ApplicationDialog | ActorDialog, view: QWidget) -> str:
    tabs = dialog.ui.tabWidget
    return tabs.tabText(tabs.indexOf(view))


def _protocol(qtbot: QtBot, view: DocumentsRegisterView) -> ProtocolDialog:
    view.table.selectRow(0)
    dialog = view.edit_protocol()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def test_a_recorded_document_appears_in_the_application_record(
    qtbot: QtBot, services: AppServices, windows: list[QDialog]
) -> None:
    app_id, lead = _application(services)
    dialog = _open_application(qtbot, services, windows, app_id)
    view = dialog.documents_view
    assert view is not None
    assert _tab_text(dialog, view) == "Doc&umenti"
    assert view.rows() == [] and view.empty_label.isVisible()

    _record(services, app_id, lead)
    dialog.load()

    assert _tab_text(dialog, view) == "Doc&umenti (1)"
    [row] = view.rows()
    digest = sha256_of(LETTER)
    kind, generated, recipient, file_name, short, protocol = row
    assert (kind, recipient, file_name) == (
        "Comunicazione esito", "Associazione Teranga (teranga@pec.it)", "Esito_2026-0099037.pdf",
    )  # fmt: skip
    assert generated.startswith(date.today().strftime("%d/%m/%Y"))
    assert short == digest[:12] + "…"
    assert protocol == ""
    sha_column = [c.key for c in view.model.columns].index("sha256")
    assert digest in view.model.index(0, sha_column).data(Qt.ItemDataRole.ToolTipRole)
    assert not view.empty_label.isVisible()
    headers = [view.model.headerData(c, Qt.Orientation.Horizontal) for c in range(view.model.columnCount())]
    assert headers == [
        "Documento", "Generato il", "Destinatario", "File", "SHA-256", "Protocollo",
    ]  # fmt: skip


def test_the_protocol_number_and_date_are_stored(
    qtbot: QtBot, services: AppServices, windows: list[QDialog]
) -> None:
    app_id, lead = _application(services)
    document_id = _record(services, app_id, lead)
    dialog = _open_application(qtbot, services, windows, app_id)
    view = dialog.documents_view
    assert view is not None and view.protocol_button.isVisible()
    assert not view.protocol_button.isEnabled()  # nothing selected yet
    view.table.selectRow(0)
    assert view.protocol_button.isEnabled()
    assert view.protocol_button.text() == "Protoco&llo…"

    protocol = _protocol(qtbot, view)
    assert protocol.windowTitle() == "Protocollo del documento"
    protocol.fill("0123456", date(2026, 3, 2)).buttons.accepted.emit()
    qtbot.waitUntil(lambda: not protocol.isVisible())

    [stored] = services.documents.for_application(app_id)
    assert (stored.id, stored.protocol_number, stored.protocol_date) == (
        document_id,
        "0123456",
        date(2026, 3, 2),
    )
    assert view.rows()[0][-1] == "0123456 del 02/03/2026"
    # Opened again, the window starts from what is stored; an empty number clears both.
    again = _protocol(qtbot, view)
    assert again.number_edit.text() == "0123456"
    assert again.date_edit.date().toPython() == date(2026, 3, 2)
    again.number_edit.clear()
    again.buttons.accepted.emit()
    qtbot.waitUntil(lambda: not again.isVisible())
    [cleared] = services.documents.for_application(app_id)
    assert (cleared.protocol_number, cleared.protocol_date) == (None, None)


def test_a_document_gone_meanwhile_is_told_and_the_window_stays(
    qtbot: QtBot, services: AppServices, demo_db: Database, windows: list[QDialog]
) -> None:
    app_id, lead = _application(services)
    document_id = _record(services, app_id, lead)
    dialog = _open_application(qtbot, services, windows, app_id)
    assert dialog.documents_view is not None
    protocol = _protocol(qtbot, dialog.documents_view)
    with demo_db.transaction(ADMIN) as session:
        session.delete(session.get(GeneratedDocument, document_id))

    protocol.fill("0999", date(2026, 3, 3)).buttons.accepted.emit()

    assert protocol.isVisible()
    assert protocol.error_label.text() == "Il documento non è più nel registro."
    assert protocol.number_edit.text() == "0999"


def test_the_actor_lists_the_documents_of_its_applications(
    qtbot: QtBot, services: AppServices, windows: list[QDialog]
) -> None:
    app_id, lead = _application(services)
    _record(services, app_id, lead)
    _record(services, app_id, lead, DocumentKind.AVVIO)
    dialog = ActorDialog(
        services.actor_records, services.governance, lead, audit=services.audit, documents=services.documents
    )
    windows.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    view = dialog.documents_view
    assert view is not None
    assert _tab_text(dialog, view) == "Doc&umenti (2)"
    assert view.model.headerData(1, Qt.Orientation.Horizontal) == "Bando / domanda"
    assert {row[0] for row in view.rows()} == {
        "Comunicazione esito",
        "Comunicazione di avvio del procedimento",
    }
    assert {row[1] for row in view.rows()} == {f"COOP-2026 · {TERANGA}"}


def test_a_reader_sees_the_documents_but_writes_no_protocol(
    qtbot: QtBot, services: AppServices, demo_db: Database, windows: list[QDialog]
) -> None:
    app_id, lead = _application(services)
    _record(services, app_id, lead)
    reader = AppServices.for_database(demo_db, READER)
    dialog = _open_application(qtbot, reader, windows, app_id)
    view = dialog.documents_view
    assert view is not None and len(view.rows()) == 1
    assert view.protocol_button.isHidden()
    view.table.selectRow(0)
    assert view.edit_protocol() is None
    assert view.copy_button.isEnabled()
    assert dialog.print_button is None


def test_printing_from_the_record_adds_to_its_documents(
    qtbot: QtBot,
    services: AppServices,
    windows: list[QDialog],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    generators = Generators()
    for name, module in generators.modules().items():
        monkeypatch.setitem(sys.modules, name, module)
    app_id, _lead = _application(services)
    dialog = _open_application(qtbot, services, windows, app_id)
    assert dialog.print_button is not None and dialog.print_button.text() == "Stampa"
    menu = dialog.print_button.menu()
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Comunicazione di avvio del procedimento…", "Richiesta integrazioni…",
        "Preavviso di rigetto (art. 10-bis L. 241/1990)…", "Comunicazione esito…", "Scheda di valutazione…",
    ]  # fmt: skip
    view = dialog.documents_view
    assert view is not None

    next(a for a in menu.actions() if a.objectName() == "print_sheet").trigger()
    next(a for a in menu.actions() if a.objectName() == "print_avvio").trigger()

    assert generators.calls == [("sheet", app_id), ("letter", app_id, "avvio")]
    sheet, letter = dialog.findChildren(PdfPreviewDialog)
    assert sheet.suggested_name == f"Scheda_{app_id}.pdf"  # recorded as it was made
    assert _tab_text(dialog, view) == "Doc&umenti (1)"
    # The letter joins the register when it leaves the application, and the page follows at once.
    saved = letter.save(tmp_path / "avvio.pdf")
    assert saved is not None
    assert _tab_text(dialog, view) == "Doc&umenti (2)"
    assert {row[0] for row in view.rows()} == {
        "Scheda di valutazione", "Comunicazione di avvio del procedimento",
    }  # fmt: skip
    file_column = [c.key for c in view.model.columns].index("file_name")
    letter_row = next(r for r in range(view.model.rowCount()) if view.model.record(r).kind.value == "avvio")
    assert view.model.index(letter_row, file_column).data() == "avvio.pdf"
    assert view.model.index(letter_row, file_column).data(Qt.ItemDataRole.ToolTipRole) == str(saved)
