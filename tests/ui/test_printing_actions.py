"""The windows' printing actions over stand-in generators (the modules of coop_desktop.printing with the
agreed functions): one document in the preview named as the register names it, batches in the
background with progress, cancel and a final message, refusals in Italian, and the buttons wiring them.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot
from reportlab.platypus import Flowable, Paragraph
from shiboken6 import isValid

from coop_desktop.db.engine import Database
from coop_desktop.domain.enums import DocumentKind
from coop_desktop.exchange.progress import CancelFn, ProgressFn
from coop_desktop.printing.batch import BatchItem, BatchResult, safe_file_name, write_batch
from coop_desktop.printing.layout import Letterhead, build_pdf, styles
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.documents import DocumentRegister, NewDocument, sha256_of
from coop_desktop.services.errors import LockedError
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui import printing_actions
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from coop_desktop.ui.printing_actions import (
    BatchPrint,
    preview_annex,
    preview_letter,
    preview_sheet,
    preview_verbale,
    print_call_letters,
    print_call_sheets,
    save_annex_xlsx,
)
from tests.ui.boxes import MessageBoxes

LETTERHEAD = Letterhead(office_name="Settore Attività Internazionali")
TERANGA = "2026/0099037"


def story(payload: str) -> list[Flowable]:
    """The stand-in letter: one paragraph (module level, as batches require)."""
    return [Paragraph(payload, styles()["body"])]


@dataclass
class Generators:
    """Stand-ins of evaluation_sheets, letters and annexes, recording like the real ones. `error` is
    raised by every call; `gate` holds a batch after its first document until it is set."""

    calls: list[tuple[Any, ...]] = field(default_factory=list)
    error: BaseException | None = None
    gate: threading.Event | None = None
    recipients: int = 3
    threads: list[int] = field(default_factory=list)

    def _check(self, *call: Any) -> None:
        self.calls.append(call)
        if self.error is not None:
            raise self.error

    def one(
        self,
        db: Database,
        user: CurrentUser,
        kind: DocumentKind,
        name: str,
        *,
        record: bool = True,
        **owner: int,
    ) -> bytes:
        """One PDF, recorded in the register unless told not to; `owner`: call_id and/or application_id."""
        data = build_pdf(story(f"{kind.label} {name}"), letterhead=LETTERHEAD, title=kind.label)
        if record:
            DocumentRegister(db, user).record([NewDocument(kind, f"{name}.pdf", data, **owner)])
        return data

    def batch(self, kind: DocumentKind, folder: Path, progress: Any, is_cancelled: Any) -> BatchResult:
        self.threads.append(threading.get_ident())
        gate = self.gate

        def report(done: int, total: int, text: str) -> None:
            if progress is not None:
                progress(done, total, text)
            if gate is not None and done == 1:
                gate.wait(5)

        count = self.recipients
        items = [BatchItem(f"{kind.value}_{n}", f"{kind.label} n. {n}") for n in range(1, count + 1)]
        return write_batch(
            items,
            story,
            folder,
            letterhead=LETTERHEAD,
            title=kind.label,
            merged_name=f"{kind.value}_tutte",
            progress=report,
            is_cancelled=is_cancelled,
        )

    def modules(self) -> dict[str, types.ModuleType]:
        """The three modules with the agreed signatures."""
        sheets = types.ModuleType("coop_desktop.printing.evaluation_sheets")
        letters = types.ModuleType("coop_desktop.printing.letters")
        annexes = types.ModuleType("coop_desktop.printing.annexes")

        def sheet_pdf(db: Database, user: CurrentUser, application_id: int) -> bytes:
            self._check("sheet", application_id)
            name = f"Scheda_{application_id}"
            return self.one(db, user, DocumentKind.SCHEDA_VALUTAZIONE, name, application_id=application_id)

        def verbale_pdf(db: Database, user: CurrentUser, call_id: int) -> bytes:
            self._check("verbale", call_id)
            return self.one(db, user, DocumentKind.VERBALE, f"Verbale_{call_id}", call_id=call_id)

        def write_call_sheets(
            db: Database,
            user: CurrentUser,
            call_id: int,
            folder: Path,
            *,
            progress: ProgressFn | None = None,
            is_cancelled: CancelFn | None = None,
        ) -> BatchResult:
            self._check("sheets", call_id, folder)
            return self.batch(DocumentKind.SCHEDA_VALUTAZIONE, folder, progress, is_cancelled)

        def letter_pdf(db: Database, user: CurrentUser, application_id: int, kind: str) -> bytes:
            """As the real one: a preview, nothing recorded."""
            self._check("letter", application_id, kind)
            return self.one(db, user, DocumentKind(kind), f"{kind}_{application_id}", record=False)

        def write_call_letters(
            db: Database,
            user: CurrentUser,
            call_id: int,
            kind: str,
            folder: Path,
            *,
            progress: ProgressFn | None = None,
            is_cancelled: CancelFn | None = None,
        ) -> BatchResult:
            self._check("letters", call_id, kind, folder)
            return self.batch(DocumentKind(kind), folder, progress, is_cancelled)

        def annex_pdf(db: Database, user: CurrentUser, call_id: int) -> bytes:
            self._check("annex", call_id)
            return self.one(db, user, DocumentKind.ALLEGATO, f"Allegati_{call_id}", call_id=call_id)

        def write_annex_xlsx(db: Database, user: CurrentUser, call_id: int, path: Path) -> Path:
            self._check("annex_xlsx", call_id, path)
            path.write_bytes(b"PK fake workbook")
            return path

        for module, functions in (
            (sheets, (sheet_pdf, verbale_pdf, write_call_sheets)),
            (letters, (letter_pdf, write_call_letters)),
            (annexes, (annex_pdf, write_annex_xlsx)),
        ):
            for function in functions:
                setattr(module, function.__name__, function)
        return {m.__name__: m for m in (sheets, letters, annexes)}


@pytest.fixture
def generators(monkeypatch: pytest.MonkeyPatch) -> Generators:
    found = Generators()
    for name, module in found.modules().items():
        monkeypatch.setitem(sys.modules, name, module)
    return found


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where the batches write (tmp_path holds the test's database)."""
    folder = tmp_path / "stampe"
    folder.mkdir()
    return folder


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def parent(qtbot: QtBot) -> Iterator[QWidget]:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    for preview in widget.findChildren(PdfPreviewDialog):
        preview.done(0)


def call_id(services: AppServices, code: str) -> int:
    return next(row.id for row in services.calls.fetch(ListQuery(), 0, 50) if row.code == code)


def application_id(services: AppServices, code: str, protocol: str) -> int:
    query = ListQuery(text=protocol, filters={"call_id": call_id(services, code)})
    return services.applications.fetch(query, 0, 1)[0].id


def previews(parent: QWidget) -> list[PdfPreviewDialog]:
    return [p for p in parent.findChildren(PdfPreviewDialog) if isValid(p) and p.isVisible()]


def choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path | None) -> None:
    answer = "" if folder is None else str(folder)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: answer))


def wait_for(qtbot: QtBot, flow: BatchPrint | None) -> None:
    assert flow is not None
    if not flow.over:
        with qtbot.waitSignal(flow.ended, timeout=10000):
            pass


# -- one document --------------------------------------------------------------------------------------


def test_a_letter_is_previewed_then_recorded_when_saved_or_printed(
    qtbot: QtBot,
    parent: QWidget,
    services: AppServices,
    generators: Generators,
    boxes: MessageBoxes,
    out: Path,
) -> None:
    app_id = application_id(services, "COOP-2026", TERANGA)
    detail = services.application_records.get(app_id)
    assert detail.data.lead_actor_id is not None
    pec = services.actor_records.get(detail.data.lead_actor_id).data.pec
    recorded: list[str] = []

    assert preview_letter(parent, services, app_id, "preavviso", lambda: recorded.append("reload"))

    assert generators.calls == [("letter", app_id, "preavviso")]
    [preview] = previews(parent)
    assert preview.windowTitle() == (
        f"Preavviso di rigetto (art. 10-bis L. 241/1990) – {TERANGA} – {detail.lead_name}"
    )
    assert preview.suggested_name == safe_file_name(f"preavviso_{TERANGA}_{detail.lead_name}", 90) + ".pdf"
    assert preview.page_count == 1
    assert services.documents.for_application(app_id) == []  # a preview is not a document sent

    saved = preview.save(out / "preavviso.pdf")
    assert saved is not None
    [document] = services.documents.for_application(app_id)
    assert (document.kind, document.file_name) == (DocumentKind.PREAVVISO, str(saved))
    assert document.sha256 == sha256_of(saved.read_bytes()) == sha256_of(preview.data)
    assert document.recipient == (f"{detail.lead_name} ({pec})" if pec else detail.lead_name)
    assert document.call_code == "COOP-2026"
    assert preview.ui.messageLabel.text() == f"Salvato in {saved} Registrato nel registro dei documenti."
    assert recorded == ["reload"]

    # Printed: recorded once under the name offered, however many copies follow.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out / "stampa.pdf"))
    printer.setResolution(72)
    assert preview.print_to(printer) and preview.print_to(printer)
    names = [d.file_name for d in services.documents.for_application(app_id)]
    assert sorted(names) == sorted([str(saved), preview.suggested_name])
    assert boxes.shown == []


def test_a_letter_the_register_refuses_is_saved_anyway_and_says_so(
    parent: QWidget, services: AppServices, generators: Generators, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app_id = application_id(services, "COOP-2026", TERANGA)

    def read_only(*_args: Any) -> list[int]:
        raise LockedError("Il database è aperto in sola lettura.")

    monkeypatch.setattr(DocumentRegister, "record", read_only)
    assert preview_letter(parent, services, app_id, "avvio")
    [preview] = previews(parent)
    saved = preview.save(out / "avvio.pdf")

    assert saved is not None and saved.read_bytes() == preview.data
    assert preview.ui.messageLabel.text() == (
        f"Salvato in {saved} Impossibile registrarlo nel registro dei documenti: "
        "Il database è aperto in sola lettura."
    )
    assert preview.ui.messageLabel.styleSheet() == "color: #b3261e;"


def test_sheet_verbale_and_annex_previews(
    parent: QWidget, services: AppServices, generators: Generators, boxes: MessageBoxes
) -> None:
    app_id = application_id(services, "COOP-2026", TERANGA)
    call = call_id(services, "COOP-2025")

    assert preview_sheet(parent, services, app_id)
    assert preview_verbale(parent, services, call)
    assert preview_annex(parent, services, call)

    titles = [p.windowTitle() for p in previews(parent)]
    assert titles[0].startswith(f"Scheda di valutazione – {TERANGA}")
    assert titles[1:] == ["Verbale sintetico – COOP-2025", "Allegati al decreto – COOP-2025"]
    assert [p.suggested_name for p in previews(parent)] == [
        f"Scheda_{app_id}.pdf", f"Verbale_{call}.pdf", f"Allegati_{call}.pdf",
    ]  # fmt: skip


def test_a_document_not_in_the_register_gets_a_name_of_its_own(
    parent: QWidget, services: AppServices, generators: Generators, monkeypatch: pytest.MonkeyPatch
) -> None:
    modules = sys.modules
    monkeypatch.setattr(
        modules["coop_desktop.printing.annexes"],
        "annex_pdf",
        lambda db, user, call_id: build_pdf(story("Allegato"), letterhead=LETTERHEAD, title="Allegati"),
    )
    assert preview_annex(parent, services, call_id(services, "COOP-2025"))
    [preview] = previews(parent)
    assert preview.suggested_name == safe_file_name("Allegati al decreto COOP-2025") + ".pdf"


def test_refusals_are_told_in_italian_and_open_nothing(
    parent: QWidget, services: AppServices, generators: Generators, boxes: MessageBoxes
) -> None:
    app_id = application_id(services, "COOP-2026", TERANGA)
    refusal = "La graduatoria del bando non è ancora approvata: nessuna lettera di esito."
    generators.error = LockedError(refusal)
    assert not preview_letter(parent, services, app_id, "esito")
    assert boxes.shown[-1].kind == "warning"
    assert boxes.shown[-1].title == "Comunicazione esito"
    assert boxes.shown[-1].text == refusal

    generators.error = KeyError("lead_actor")
    assert not preview_sheet(parent, services, app_id)
    assert boxes.shown[-1].kind == "critical"
    assert boxes.shown[-1].text == "Errore imprevisto: 'lead_actor'"
    assert "Traceback" not in boxes.shown[-1].text
    assert previews(parent) == []


def test_a_generator_not_installed_is_not_available(
    parent: QWidget, services: AppServices, boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "coop_desktop.printing.annexes", None)
    assert not preview_annex(parent, services, call_id(services, "COOP-2025"))
    assert boxes.texts("information") == ["Questa funzione non è disponibile in questa versione."]


def test_the_annexes_in_excel_go_where_the_user_chooses(
    parent: QWidget,
    services: AppServices,
    generators: Generators,
    boxes: MessageBoxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(tmp_path / "allegati"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    call = call_id(services, "COOP-2025")

    written = save_annex_xlsx(parent, services, call)

    assert written == tmp_path / "allegati.xlsx" and written.read_bytes() == b"PK fake workbook"
    assert Path(asked[0]).name == "Allegati_COOP-2025.xlsx"
    assert boxes.texts("information") == [f"Allegati salvati in {written}"]


# -- batches -------------------------------------------------------------------------------------------


def test_a_batch_runs_in_the_background_and_ends_with_the_merged_pdf(
    qtbot: QtBot,
    parent: QWidget,
    services: AppServices,
    generators: Generators,
    boxes: MessageBoxes,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_folder(monkeypatch, out)
    boxes.clicks = ["Apri il PDF unico"]
    call = call_id(services, "COOP-2025")
    seen: list[tuple[int, int, str]] = []

    flow = print_call_letters(parent, services, call, "esito")
    assert flow is not None and flow.job is not None
    flow.job.progressed.connect(lambda done, total, text: seen.append((done, total, text)))
    wait_for(qtbot, flow)

    assert generators.calls == [("letters", call, "esito", out)]
    assert generators.threads and generators.threads[0] != threading.get_ident()
    assert seen and seen[-1] == (6, 6, "Scritto esito_tutte.pdf")  # 3 letters + the merged layout
    assert sorted(p.name for p in out.iterdir()) == [
        "esito_1.pdf", "esito_2.pdf", "esito_3.pdf", "esito_tutte.pdf",
    ]  # fmt: skip
    [message] = boxes.shown
    assert message.title == "Lettere: Comunicazione esito"
    assert message.text == (
        f"3 documenti scritti in {out}.\n\n"
        f"Tutti insieme in un unico PDF, da stampare in una volta: {out / 'esito_tutte.pdf'}"
    )
    [preview] = previews(parent)
    assert preview.page_count == 3
    assert preview.data == (out / "esito_tutte.pdf").read_bytes()


def test_cancel_stops_the_batch_between_documents(
    qtbot: QtBot,
    parent: QWidget,
    services: AppServices,
    generators: Generators,
    boxes: MessageBoxes,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose_folder(monkeypatch, out)
    generators.gate = threading.Event()
    generators.recipients = 5

    flow = print_call_sheets(parent, services, call_id(services, "COOP-2025"))
    assert flow is not None
    dialog = parent.findChild(QProgressDialog)
    assert dialog is not None and dialog.windowTitle() == "Schede di valutazione e verbale"
    qtbot.waitUntil(lambda: dialog.labelText() == "Scritto scheda_valutazione_1.pdf")
    assert (dialog.value(), dialog.maximum()) == (1, 10)
    cancel = dialog.findChild(QPushButton)
    assert cancel is not None and cancel.text() == "Annulla"
    cancel.click()
    generators.gate.set()
    wait_for(qtbot, flow)

    assert boxes.texts() == [
        f"Annullato: era già stato scritto 1 documento in {out}; il PDF unico non è stato creato."
    ]
    assert [p.name for p in out.iterdir()] == ["scheda_valutazione_1.pdf"]
    assert previews(parent) == []


def test_a_refused_batch_and_a_closed_folder_dialog(
    qtbot: QtBot,
    parent: QWidget,
    services: AppServices,
    generators: Generators,
    boxes: MessageBoxes,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    call = call_id(services, "COOP-2025")
    choose_folder(monkeypatch, None)
    assert print_call_letters(parent, services, call, "avvio") is None
    assert generators.calls == []

    choose_folder(monkeypatch, out)
    generators.error = LockedError("Nessuna domanda del bando attende la comunicazione di avvio.")
    wait_for(qtbot, print_call_letters(parent, services, call, "avvio"))
    assert boxes.shown[-1].kind == "warning"
    assert boxes.shown[-1].text == "Nessuna domanda del bando attende la comunicazione di avvio."


def test_a_folder_with_pdfs_asks_before_replacing(
    qtbot: QtBot,
    parent: QWidget,
    services: AppServices,
    generators: Generators,
    boxes: MessageBoxes,
    out: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from tests.ui.boxes import StandardButton

    (out / "vecchia.pdf").write_bytes(b"%PDF-")
    choose_folder(monkeypatch, out)
    call = call_id(services, "COOP-2025")
    boxes.answers = [StandardButton.No]
    assert print_call_letters(parent, services, call, "integrazioni") is None
    assert boxes.texts("question")[0].startswith(f"La cartella {out} contiene già file PDF")
    assert generators.calls == []

    boxes.answers = [StandardButton.Yes]
    boxes.clicks = ["Chiudi"]
    wait_for(qtbot, print_call_letters(parent, services, call, "integrazioni"))
    assert len(generators.calls) == 1


# -- the buttons -------------------------------------------------------------------------------------


def _spy(monkeypatch: pytest.MonkeyPatch, name: str) -> list[tuple[Any, ...]]:
    seen: list[tuple[Any, ...]] = []

    def record(_parent: QWidget, _services: AppServices, *args: Any) -> None:
        seen.append(args)

    monkeypatch.setattr(printing_actions, name, record)
    return seen


def test_the_ranking_window_prints_annexes_and_outcome_letters(
    qtbot: QtBot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coop_desktop.ui.dialogs.ranking_dialog import RankingDialog

    spies: dict[str, list[tuple[Any, ...]]] = {
        name: _spy(monkeypatch, name) for name in ("preview_annex", "save_annex_xlsx", "print_call_letters")
    }
    call = call_id(services, "COOP-2025")  # approved in the demo
    dialog = RankingDialog(services, call)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    buttons = [ui.annexButton, ui.annexExcelButton, ui.lettersButton]
    assert [b.text() for b in buttons] == [
        "A&llegati al decreto…",
        "Allegati in E&xcel…",
        "Le&ttere di esito…",
    ]
    assert all(b.isEnabled() for b in buttons)

    for button in buttons:
        button.click()
    assert spies == {
        "preview_annex": [(call,)],
        "save_annex_xlsx": [(call, None)],
        "print_call_letters": [(call, "esito")],
    }

    open_call = call_id(services, "COOP-2026")  # not approved: no outcome letters yet
    other = RankingDialog(services, open_call)
    qtbot.addWidget(other)
    assert not other.ui.lettersButton.isEnabled()
    assert other.ui.lettersButton.toolTip() == (
        "Le lettere di esito si stampano dopo l'approvazione della graduatoria."
    )


def test_a_reader_cannot_print_from_the_ranking(qtbot: QtBot, demo_db: Database) -> None:
    from coop_desktop.ui.dialogs.ranking_dialog import RankingDialog
    from tests.helpers.users import READER

    reader = AppServices.for_database(demo_db, READER)
    dialog = RankingDialog(reader, call_id(reader, "COOP-2025"))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert not any(b.isEnabled() for b in (ui.annexButton, ui.annexExcelButton, ui.lettersButton))
    assert ui.lettersButton.toolTip() == "Il tuo ruolo non consente di stampare documenti."


def test_the_calls_tab_offers_the_four_letters(
    qtbot: QtBot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coop_desktop.ui.tabs.calls_tab import CallsTab

    seen = _spy(monkeypatch, "print_call_letters")
    tab = CallsTab(services)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    button = tab.ui.lettersButton
    assert button.text() == "&Lettere…" and not button.isEnabled()
    call = call_id(services, "COOP-2025")
    tab.reload_keeping([call])
    assert button.isEnabled()
    actions = button.menu().actions()
    assert [a.text() for a in actions] == [
        "Comunicazione di avvio del procedimento…", "Richiesta integrazioni…",
        "Preavviso di rigetto (art. 10-bis L. 241/1990)…", "Comunicazione esito…",
    ]  # fmt: skip
    actions[1].trigger()
    assert seen == [(call, "integrazioni")]


def test_the_evaluations_tab_prints_a_sheet_and_the_batch(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from coop_desktop.ui.tabs.evaluations_tab import EvaluationsTab
    from tests.helpers.evaluation import evaluation_scenario

    scenario = evaluation_scenario(db, applications=2)
    services = AppServices.for_database(db, scenario.officer)
    sheet = _spy(monkeypatch, "preview_sheet")
    batch = _spy(monkeypatch, "print_call_sheets")
    tab = EvaluationsTab(services)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.waitExposed(tab)
    ui = tab.ui
    assert (ui.sheetButton.text(), ui.sheetsButton.text()) == (
        "Sc&heda di valutazione…",
        "Sche&de e verbale…",
    )
    assert tab.call_id is not None and tab.grid is not None
    assert not ui.sheetButton.isEnabled() and ui.sheetsButton.isEnabled()
    first = tab.grid.rows[0].application_id
    tab.select(first)
    assert ui.sheetButton.isEnabled()

    ui.sheetButton.click()
    ui.sheetsButton.click()
    assert sheet == [(first,)] and batch == [(scenario.call_id,)]
