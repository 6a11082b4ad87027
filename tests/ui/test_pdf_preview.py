"""The PDF preview: pages and zoom shown, Save writes the very bytes, Print renders every chosen page."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from reportlab.platypus import PageBreak, Paragraph
from shiboken6 import isValid

from coop_desktop.printing.layout import Letterhead, build_pdf, styles
from coop_desktop.ui.dialogs import pdf_preview
from coop_desktop.ui.dialogs.pdf_preview import PdfPreviewDialog, show_pdf
from tests.ui.boxes import MessageBoxes

LETTERHEAD = Letterhead(office_name="Settore Attività Internazionali", city="Firenze")


def _pdf(pages: int, *, wide: bool = False) -> bytes:
    story = []
    for n in range(pages):
        if n:
            story.append(PageBreak())
        story.append(Paragraph(f"Pagina di prova numero {n + 1}", styles()["title"]))
    return build_pdf(story, letterhead=LETTERHEAD, title="Prova", wide=wide)


@pytest.fixture(scope="module")
def three_pages() -> bytes:
    return _pdf(3)


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


def _preview(qtbot: QtBot, data: bytes) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(data, "Anteprima – prova", "Lettera 2026-0001.pdf")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(96)  # quick to render; the real printers get up to MAX_PRINT_DPI
    return printer


def test_pages_are_counted_and_followed(qtbot: QtBot, three_pages: bytes) -> None:
    dialog = _preview(qtbot, three_pages)
    ui = dialog.ui

    assert dialog.page_count == 3
    assert dialog.page_text() == "Pagina 1 di 3"
    assert ui.pdfView.pageMode() == QPdfView.PageMode.MultiPage
    assert not ui.previousButton.isEnabled() and ui.nextButton.isEnabled()

    ui.nextButton.click()
    qtbot.waitUntil(lambda: dialog.page_text() == "Pagina 2 di 3")
    dialog.go_to(2)
    qtbot.waitUntil(lambda: dialog.page_text() == "Pagina 3 di 3")
    assert not ui.nextButton.isEnabled() and ui.previousButton.isEnabled()
    # Out of the document: nothing moves.
    dialog.go_to(7)
    assert dialog.page_text() == "Pagina 3 di 3"


def test_zoom_fits_the_width_then_steps(qtbot: QtBot, three_pages: bytes) -> None:
    dialog = _preview(qtbot, three_pages)
    ui = dialog.ui
    assert ui.pdfView.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert ui.fitWidthButton.isChecked()
    fitted = dialog.effective_zoom()
    assert ui.zoomLabel.text() == f"{round(fitted * 100)}%"

    ui.zoomInButton.click()
    assert ui.pdfView.zoomMode() == QPdfView.ZoomMode.Custom
    assert not ui.fitWidthButton.isChecked()
    assert ui.pdfView.zoomFactor() == pytest.approx(fitted * pdf_preview.ZOOM_STEP)
    ui.zoomOutButton.click()
    ui.zoomOutButton.click()
    assert ui.pdfView.zoomFactor() == pytest.approx(fitted / pdf_preview.ZOOM_STEP)
    for _ in range(20):
        dialog.zoom_out()
    assert ui.pdfView.zoomFactor() == pytest.approx(pdf_preview.ZOOM_MIN)
    assert not ui.zoomOutButton.isEnabled()

    ui.fitWidthButton.click()
    assert ui.pdfView.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert ui.zoomLabel.text() == f"{round(fitted * 100)}%"


def test_save_writes_the_same_bytes(
    qtbot: QtBot, three_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _preview(qtbot, three_pages)
    asked: list[str] = []

    def choose(_parent: QWidget, _title: str, proposed: str, _filter: str) -> tuple[str, str]:
        asked.append(proposed)
        return str(tmp_path / "copia"), ""  # no extension typed: .pdf is added

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    dialog.ui.saveButton.click()

    saved = tmp_path / "copia.pdf"
    assert saved.read_bytes() == three_pages
    assert Path(asked[0]).name == "Lettera 2026-0001.pdf"
    assert dialog.ui.messageLabel.text() == f"Salvato in {saved}"
    # The next save starts in the folder just used.
    dialog.save()
    assert Path(asked[1]).parent == tmp_path


def test_save_refused_by_the_disk_is_told_in_italian(
    qtbot: QtBot, three_pages: bytes, tmp_path: Path, boxes: MessageBoxes
) -> None:
    dialog = _preview(qtbot, three_pages)
    target = tmp_path / "manca" / "lettera.pdf"

    assert dialog.save(target) is None
    assert boxes.texts("warning")[0].startswith(f"Impossibile scrivere il file {target}: ")


def test_print_renders_every_page_on_the_printer(qtbot: QtBot, three_pages: bytes, tmp_path: Path) -> None:
    dialog = _preview(qtbot, three_pages)
    out = tmp_path / "stampa.pdf"

    assert dialog.print_to(_printer(out))

    printed = pypdf.PdfReader(out)
    assert len(printed.pages) == 3
    box = printed.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4, as generated
    assert dialog.ui.messageLabel.text() == "Inviate alla stampante: 3 pagine."


def test_print_dialog_range_is_honoured(
    qtbot: QtBot, three_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _preview(qtbot, three_pages)
    out = tmp_path / "pagine.pdf"
    seen: list[tuple[int, int]] = []

    def chosen(print_dialog: QPrintDialog) -> int:
        seen.append((print_dialog.minPage(), print_dialog.maxPage()))
        printer = print_dialog.printer()
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", chosen)
    printer = _printer(out)
    assert dialog.print_document(printer)

    assert seen == [(1, 3)]
    assert dialog.pages_to_print(printer) == [1, 2]
    assert len(pypdf.PdfReader(out).pages) == 2
    # «Pagina corrente» prints the page shown at the top.
    dialog.go_to(2)
    qtbot.waitUntil(lambda: dialog.current_page == 2)
    printer.setPrintRange(QPrinter.PrintRange.CurrentPage)
    assert dialog.pages_to_print(printer) == [2]


def test_print_cancelled_in_the_dialog_prints_nothing(
    qtbot: QtBot, three_pages: bytes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = _preview(qtbot, three_pages)
    out = tmp_path / "niente.pdf"
    monkeypatch.setattr(QPrintDialog, "exec", lambda _d: QDialog.DialogCode.Rejected)

    assert not dialog.print_document(_printer(out))
    assert not out.exists()


def test_landscape_pages_turn_the_sheet(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _preview(qtbot, _pdf(2, wide=True))
    out = tmp_path / "allegati.pdf"

    assert dialog.print_to(_printer(out))

    pages = pypdf.PdfReader(out).pages
    assert len(pages) == 2
    assert all(float(p.mediabox.width) > float(p.mediabox.height) for p in pages)


def test_show_pdf_opens_without_blocking_and_cleans_up(qtbot: QtBot, three_pages: bytes) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    show_pdf(parent, three_pages, "Comunicazione esito – 2026/0001", "esito.pdf")

    [dialog] = parent.findChildren(PdfPreviewDialog)
    assert dialog.isVisible() and not dialog.isModal()
    assert dialog.windowTitle() == "Comunicazione esito – 2026/0001"
    assert dialog.page_count == 3
    dialog.ui.buttonBox.rejected.emit()  # Chiudi
    qtbot.waitUntil(lambda: not isValid(dialog))
