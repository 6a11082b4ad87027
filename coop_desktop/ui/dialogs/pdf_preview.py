"""The preview of a generated PDF: pages one under the other, zoom, «Pagina X di Y», print and save.

`show_pdf(parent, data, title, suggested_name)` opens it without blocking (several previews can stay
open side by side). The bytes are kept in a QBuffer the QPdfDocument reads from, so what is saved is
exactly what was generated (the register's SHA-256 stays true). Printing renders each page with
QPdfDocument.render at the printer's resolution (at most `MAX_PRINT_DPI`) and paints it on the whole
sheet, turning the sheet for landscape pages (the decree annexes).

A document the generator did not record when it made it (a letter: its preview may never be sent)
comes with `record(file_name)`: called when it leaves the application, on each save (the path) and
on the first print (the suggested name), so the register lists what was actually sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QEvent,
    QIODevice,
    QMargins,
    QObject,
    QPointF,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QKeySequence, QPageLayout, QPainter, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QProgressDialog, QWidget

from coop_desktop.services.errors import ServiceError
from coop_desktop.ui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog

log = logging.getLogger(__name__)

# Pages are rasterised for the printer: 600 dpi is what office laser printers print; a 1200 dpi
# driver would need 550 MB per A4 page for no visible gain.
MAX_PRINT_DPI = 600
ZOOM_STEP = 1.25
ZOOM_MIN, ZOOM_MAX = 0.25, 5.0
_RED = "color: #b3261e;"
_GREEN = "color: #1e5b2c;"

# The folder of the last save, for the next file dialog of this session.
_last_folder: Path = Path.home()
# Previews opened without a parent window: kept here until they close.
_open: set[PdfPreviewDialog] = set()

Record = Callable[[str], None]


class PdfPreviewDialog(QDialog):
    def __init__(
        self,
        data: bytes,
        title: str,
        suggested_name: str,
        parent: QWidget | None = None,
        *,
        record: Record | None = None,
    ) -> None:
        super().__init__(parent)
        self.data = bytes(data)
        self.suggested_name = suggested_name
        self._record = record
        self._printed = False  # a document printed again is not recorded again
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(title)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        # The document reads from the buffer for as long as it lives: the buffer is its child, so it
        # goes only after the document has closed (and the view, made first, goes before both).
        self.document = QPdfDocument(self)
        self._buffer = QBuffer(self.document)
        self._buffer.setData(QByteArray(self.data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        view: QPdfView = ui.pdfView
        view.setDocument(self.document)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setPageSpacing(12)
        view.setDocumentMargins(QMargins(12, 12, 12, 12))
        view.setStyleSheet("QPdfView { background: #8a8f96; }")
        self.navigator = view.pageNavigator()
        view.viewport().installEventFilter(self)
        self.fit_width()
        ui.fitWidthButton.clicked.connect(self.fit_width)
        ui.zoomInButton.clicked.connect(self.zoom_in)
        ui.zoomOutButton.clicked.connect(self.zoom_out)
        ui.previousButton.clicked.connect(lambda: self.go_to(self.current_page - 1))
        ui.nextButton.clicked.connect(lambda: self.go_to(self.current_page + 1))
        ui.printButton.clicked.connect(lambda: self.print_document())
        ui.saveButton.clicked.connect(lambda: self.save())
        ui.buttonBox.rejected.connect(self.reject)
        self.navigator.currentPageChanged.connect(lambda _page: self._show_page())
        view.zoomFactorChanged.connect(lambda _factor: self._show_zoom())
        view.zoomModeChanged.connect(lambda _mode: self._show_zoom())
        for keys, slot in (
            (QKeySequence.StandardKey.ZoomIn, self.zoom_in),
            (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
            (QKeySequence.StandardKey.Print, self.print_document),
            (QKeySequence.StandardKey.Save, self.save),
        ):
            QShortcut(QKeySequence(keys), self, lambda s=slot: s())  # type: ignore[misc]
        self._say("")
        if self.document.status() != QPdfDocument.Status.Ready:
            log.error("PDF preview: the document did not load (%s)", self.document.error())
            self._say(self.tr("The document cannot be shown; it can still be saved."), error=True)
            ui.printButton.setEnabled(False)
        self._show_page()
        self._size_to_screen()

    # -- looking --------------------------------------------------------------------------------------

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    @property
    def current_page(self) -> int:
        """The page shown at the top of the view, counted from 0."""
        return self.navigator.currentPage()

    def page_text(self) -> str:
        return self.ui.pageLabel.text()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count:
            self.navigator.jump(page, QPointF(), self.navigator.currentZoom())

    def _show_page(self) -> None:
        ui = self.ui
        count = self.page_count
        page = min(self.current_page, count - 1) + 1 if count else 0
        ui.pageLabel.setText(self.tr("Page {page} of {pages}").format(page=page, pages=count))
        ui.previousButton.setEnabled(page > 1)
        ui.nextButton.setEnabled(page < count)

    def effective_zoom(self) -> float:
        """The zoom shown (1.0: the page at its real size on this screen), also when fitting the width."""
        view = self.ui.pdfView
        if view.zoomMode() == QPdfView.ZoomMode.Custom or self.page_count == 0:
            return view.zoomFactor()
        margins = view.documentMargins()
        width = view.viewport().width() - margins.left() - margins.right()
        page_width = self.document.pagePointSize(0).width() * view.logicalDpiX() / 72
        return max(width, 1) / page_width if page_width else 1.0

    def fit_width(self) -> None:
        with self._keeping_place():
            self.ui.pdfView.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._show_zoom()

    def zoom_in(self) -> None:
        self._zoom_to(self.effective_zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._zoom_to(self.effective_zoom() / ZOOM_STEP)

    def _zoom_to(self, factor: float) -> None:
        view = self.ui.pdfView
        with self._keeping_place():
            view.setZoomFactor(min(ZOOM_MAX, max(ZOOM_MIN, factor)))
            view.setZoomMode(QPdfView.ZoomMode.Custom)
        self._show_zoom()

    @contextmanager
    def _keeping_place(self) -> Iterator[None]:
        """Zooming keeps the same part of the document in view (and «Pagina X di Y» true): the view
        itself keeps the scroll bar's value, which after a zoom points elsewhere."""
        bar = self.ui.pdfView.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        yield
        bar.setValue(round(where * bar.maximum()))

    def _show_zoom(self) -> None:
        ui = self.ui
        fitting = ui.pdfView.zoomMode() == QPdfView.ZoomMode.FitToWidth
        ui.fitWidthButton.setChecked(fitting)
        zoom = self.effective_zoom()
        ui.zoomLabel.setText(f"{round(zoom * 100)}%")
        ui.zoomInButton.setEnabled(zoom < ZOOM_MAX - 1e-6)
        ui.zoomOutButton.setEnabled(zoom > ZOOM_MIN + 1e-6)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.ui.pdfView.viewport():
            self._show_zoom()  # fitting the width: the zoom follows the window
        return False

    def _size_to_screen(self) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
        self.resize(min(self.width(), int(available.width() * 0.9)), int(available.height() * 0.9))

    def _say(self, text: str, error: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setStyleSheet(_RED if error else _GREEN)
        label.setVisible(bool(text))

    # -- saving ---------------------------------------------------------------------------------------

    def save(self, path: Path | None = None) -> Path | None:
        """Write the PDF's bytes to `path` (asked with a file dialog when None)."""
        global _last_folder
        title = self.tr("Save the PDF")
        if path is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, title, str(_last_folder / self.suggested_name), self.tr("PDF documents (*.pdf)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.data)
        except OSError as exc:
            QMessageBox.warning(
                self,
                title,
                self.tr("The file {path} could not be written: {error}").format(
                    path=path, error=exc.strerror or exc
                ),
            )
            return None
        _last_folder = path.parent
        note, recorded = self._recorded(str(path))
        self._say(self.tr("Saved to {path}").format(path=path) + note, error=not recorded)
        return path

    def _recorded(self, file_name: str) -> tuple[str, bool]:
        """Record the document as it left the application: what to add to the message, and whether
        it went well (nothing to record is fine)."""
        if self._record is None:
            return "", True
        try:
            self._record(file_name)
        except ServiceError as exc:
            text = self.tr("It could not be recorded in the register of documents: {error}")
            return " " + text.format(error=exc), False
        return " " + self.tr("Recorded in the register of documents."), True

    # -- printing -------------------------------------------------------------------------------------

    def print_document(self, printer: QPrinter | None = None) -> bool:
        """Ask the printer and the pages with the system's print dialog, then print; True when printed."""
        if self.page_count == 0:
            return False
        printer = printer or QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, self.page_count)
        dialog.setFromTo(1, self.page_count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return False
        return self.print_to(printer, self.pages_to_print(printer))

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        """The pages chosen in the print dialog, counted from 0, in order and within the document."""
        count = self.page_count
        chosen: Sequence[int]
        mode = printer.printRange()
        if mode == QPrinter.PrintRange.CurrentPage:
            chosen = [self.current_page]
        elif mode == QPrinter.PrintRange.PageRange:
            ranges = printer.pageRanges()
            if not ranges.isEmpty():
                chosen = [p - 1 for r in ranges.toRangeList() for p in range(r.from_, r.to + 1)]
            else:
                chosen = range(printer.fromPage() - 1, printer.toPage())
        else:
            chosen = range(count)
        return [p for p in dict.fromkeys(chosen) if 0 <= p < count]

    def print_to(self, printer: QPrinter, pages: Sequence[int] | None = None) -> bool:
        """Paint `pages` (all when None) on `printer`, one sheet each; False when it could not start."""
        pages = list(range(self.page_count)) if pages is None else list(pages)
        if not pages:
            return False
        title = self.tr("Print")
        printer.setFullPage(True)  # the PDF has its own margins: the page goes on the sheet 1:1
        printer.setPageOrientation(self._orientation(pages[0]))
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(self, title, self.tr("The printer could not be started."))
            return False
        progress = QProgressDialog(self.tr("Printing…"), self.tr("Cancel"), 0, len(pages), self)
        progress.setWindowTitle(title)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(500)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            for n, page in enumerate(pages):
                if progress.wasCanceled():
                    break
                if n:
                    printer.setPageOrientation(self._orientation(page))
                    printer.newPage()
                self._paint_page(painter, printer, page)
                progress.setValue(n + 1)
        finally:
            painter.end()
            QGuiApplication.restoreOverrideCursor()
            progress.deleteLater()
        if progress.wasCanceled():
            self._say(self.tr("Printing cancelled."), error=True)
        else:
            text = self.tr("Sent to the printer: %n page(s).", "", len(pages))
            note, recorded = "", True
            if not self._printed:
                self._printed = True
                note, recorded = self._recorded(self.suggested_name)
            self._say(text + note, error=not recorded)
        return True

    def _orientation(self, page: int) -> QPageLayout.Orientation:
        size = self.document.pagePointSize(page)
        wide = size.width() > size.height()
        return QPageLayout.Orientation.Landscape if wide else QPageLayout.Orientation.Portrait

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        sheet = printer.paperRect(QPrinter.Unit.DevicePixel).toRect()
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        points = self.document.pagePointSize(page)
        size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
        image = self.document.render(page, size)
        # The whole page on the sheet, centred when their shapes differ (A4 on Letter).
        fitted = image.size().scaled(sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
        left = (sheet.width() - fitted.width()) // 2
        top = (sheet.height() - fitted.height()) // 2
        painter.drawImage(QRect(left, top, fitted.width(), fitted.height()), image)


def show_pdf(
    parent: QWidget | None, data: bytes, title: str, suggested_name: str, *, record: Record | None = None
) -> None:
    """Open the preview of `data` (a PDF) and return at once; the window deletes itself when closed.
    `record(file_name)`: for a document not yet in the register, called when it is saved or printed."""
    dialog = PdfPreviewDialog(data, title, suggested_name, parent, record=record)
    if parent is None:
        _open.add(dialog)

    def closed(_result: int) -> None:
        _open.discard(dialog)
        dialog.deleteLater()

    dialog.finished.connect(closed)
    dialog.show()


__all__ = ["MAX_PRINT_DPI", "PdfPreviewDialog", "show_pdf"]
