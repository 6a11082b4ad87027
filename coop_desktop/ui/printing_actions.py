"""What the windows' «Stampa» buttons do: one document previewed, or a call's batch written to a folder.

One document (an evaluation sheet, the verbale, a letter, the decree annexes) is generated at once,
with a wait cursor, and opens in the preview (`show_pdf`), from which it is printed or saved under the
name the register gave it. A batch (the sheets and verbale of a call, a kind of letter to every
recipient) asks a folder and runs in the background behind a progress dialog whose Annulla stops it
between documents; at the end a message says how many files were written and where the merged PDF is,
with a button opening it in the preview. `print_call_*` return the `BatchPrint` running (or None when
the user closed the folder dialog): its `ended` signal fires once the last message was shown.

The generators write the register of documents; refusals (a `ServiceError`, e.g. no approved ranking
for the outcome letters) are shown as their Italian message, anything else as an error without a
traceback.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from coop_desktop.domain.enums import DocumentKind
from coop_desktop.exchange.errors import OperationCancelled
from coop_desktop.services.applications import ApplicationDetail
from coop_desktop.services.documents import DocumentRecord, NewDocument, sha256_of
from coop_desktop.services.errors import ServiceError
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.workers import Job, run_with_progress

log = logging.getLogger(__name__)

# The letters of L. 241/1990, in the order of the procedure.
LETTER_KINDS = ("avvio", "integrazioni", "preavviso", "esito")
_GENERATORS = "coop_desktop.printing"

# The folder last chosen, for the next dialog of this session.
_last_folder: Path = Path.home()


def _remember(folder: Path) -> None:
    global _last_folder
    _last_folder = folder


def letter_label(kind: str) -> str:
    """«Comunicazione esito» for "esito": the register's name of the letter."""
    return DocumentKind(kind).label


def _file_name(text: str, limit: int = 80) -> str:
    from coop_desktop.printing.batch import safe_file_name

    return safe_file_name(text, limit)


@contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


def refuse(parent: QWidget | None, title: str, error: BaseException) -> None:
    """A cancel as news, the service's Italian message as a warning, anything else as an error."""
    if isinstance(error, OperationCancelled):
        QMessageBox.information(parent, title, str(error))
    elif isinstance(error, ServiceError):
        QMessageBox.warning(parent, title, str(error))
    elif isinstance(error, ModuleNotFoundError) and (error.name or "").startswith(_GENERATORS):
        QMessageBox.information(
            parent,
            title,
            QCoreApplication.translate("PrintingActions", "This function is not available in this version."),
        )
    elif isinstance(error, OSError):
        text = QCoreApplication.translate("PrintingActions", "The file {path} could not be written: {error}")
        QMessageBox.warning(
            parent, title, text.format(path=error.filename or "", error=error.strerror or error)
        )
    else:
        log.error("printing failed", exc_info=error)
        QMessageBox.critical(
            parent,
            title,
            QCoreApplication.translate("PrintingActions", "Unexpected error: {error}").format(error=error),
        )


class DocumentActions(QObject):
    """The single documents: generated now, then shown in the preview."""

    def __init__(self, parent: QWidget | None, services: AppServices) -> None:
        super().__init__()
        self.owner = parent
        self.services = services

    def _generate(self, title: str, make: Callable[[], bytes]) -> bytes | None:
        try:
            with _busy():
                return make()
        except Exception as exc:  # every refusal becomes a message
            refuse(self.owner, title, exc)
            return None

    def _registered_name(self, listed: Callable[[], Sequence[DocumentRecord]], data: bytes) -> str | None:
        """The file name the register gave these very bytes (what the generator recorded)."""
        digest = sha256_of(data)
        try:
            return next((Path(r.file_name).name for r in listed() if r.sha256 == digest), None)
        except ServiceError:
            return None

    def _application(self, application_id: int) -> ApplicationDetail | None:
        try:
            return self.services.application_records.get(application_id)
        except ServiceError:
            return None

    def _call(self, call_id: int) -> str:
        try:
            return self.services.call_records.get(call_id).data.code
        except ServiceError:
            return ""

    def _show(self, data: bytes, title: str, name: str, record: Callable[[str], None] | None = None) -> None:
        from coop_desktop.ui.dialogs.pdf_preview import show_pdf

        if not name.lower().endswith(".pdf"):
            name += ".pdf"
        show_pdf(self.owner, data, title, name, record=record)

    def _show_for_application(
        self,
        application_id: int,
        label: str,
        data: bytes,
        name: Callable[[ApplicationDetail | None], str],
        record: Callable[[str], None] | None = None,
    ) -> None:
        """In the preview titled «label – protocol – lead», offered under the register's name or `name`."""
        detail = self._application(application_id)
        registered = self._registered_name(
            lambda: self.services.documents.for_application(application_id), data
        )
        title = f"{label} – {detail.data.protocol_number} – {detail.lead_name}" if detail else label
        self._show(data, title, registered or name(detail), record)

    def _show_for_call(self, call_id: int, label: str, data: bytes) -> None:
        code = self._call(call_id)
        name = self._registered_name(lambda: self.services.documents.for_call(call_id), data) or _file_name(
            f"{label} {code}"
        )
        self._show(data, f"{label} – {code}" if code else label, name)

    def preview_sheet(self, application_id: int) -> bool:
        label = DocumentKind.SCHEDA_VALUTAZIONE.label
        data = self._generate(label, lambda: self.services.printing.sheet_pdf(application_id))
        if data is None:
            return False
        self._show_for_application(
            application_id,
            label,
            data,
            lambda detail: _file_name(f"scheda_{detail.data.protocol_number if detail else application_id}"),
        )
        return True

    def preview_letter(
        self, application_id: int, kind: str, on_recorded: Callable[[], None] | None = None
    ) -> bool:
        """The letter, generated without being recorded (a preview may never be sent): it is recorded
        when saved or printed from the preview, then `on_recorded` runs (the record window reloads)."""
        label = letter_label(kind)
        data = self._generate(label, lambda: self.services.printing.letter_pdf(application_id, kind))
        if data is None:
            return False

        def name(detail: ApplicationDetail | None) -> str:
            if detail is None:
                return _file_name(f"{kind}_{application_id}")
            return _file_name(f"{kind}_{detail.data.protocol_number}_{detail.lead_name}", 90)

        def record(file_name: str) -> None:
            self._record_letter(application_id, kind, file_name, data)
            if on_recorded is not None:
                on_recorded()

        self._show_for_application(application_id, label, data, name, record)
        return True

    def _record_letter(self, application_id: int, kind: str, file_name: str, data: bytes) -> None:
        """In the register as the letters' own batches record them: the lead applicant, with its PEC."""
        services = self.services
        detail = services.application_records.get(application_id)
        lead_id = detail.data.lead_actor_id
        pec = services.actor_records.get(lead_id).data.pec if lead_id is not None else ""
        services.documents.record(
            [
                NewDocument(
                    DocumentKind(kind),
                    file_name,
                    data,
                    call_id=detail.call_id,
                    application_id=application_id,
                    actor_id=lead_id,
                    recipient=f"{detail.lead_name} ({pec})" if pec else detail.lead_name,
                )
            ]
        )

    def preview_verbale(self, call_id: int) -> bool:
        label = DocumentKind.VERBALE.label
        data = self._generate(label, lambda: self.services.printing.verbale_pdf(call_id))
        if data is None:
            return False
        self._show_for_call(call_id, label, data)
        return True

    def preview_annex(self, call_id: int) -> bool:
        label = self.tr("Decree annexes")
        data = self._generate(label, lambda: self.services.printing.annex_pdf(call_id))
        if data is None:
            return False
        self._show_for_call(call_id, label, data)
        return True

    def save_annex_xlsx(self, call_id: int, path: Path | None = None) -> Path | None:
        """The annexes as an Excel workbook, to `path` (asked with a file dialog when None)."""
        title = self.tr("Decree annexes in Excel")
        if path is None:
            name = _file_name(self.tr("Annexes {code}").format(code=self._call(call_id))) + ".xlsx"
            chosen, _filter = QFileDialog.getSaveFileName(
                self.owner, title, str(_last_folder / name), self.tr("Excel workbooks (*.xlsx)")
            )
            if not chosen:
                return None
            path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        target = path
        try:
            with _busy():
                written = self.services.printing.annex_xlsx(call_id, target)
        except Exception as exc:  # every refusal becomes a message
            refuse(self.owner, title, exc)
            return None
        _remember(written.parent)
        QMessageBox.information(
            self.owner, title, self.tr("The annexes were saved to {path}").format(path=written)
        )
        return written


class BatchPrint(QObject):
    """One batch: a folder, the documents written in the background, then what was written."""

    ended = Signal()

    def __init__(self, parent: QWidget, services: AppServices, call_id: int, kind: str | None) -> None:
        """`kind`: a letter kind, or None for the evaluation sheets and the verbale."""
        super().__init__(parent)
        self.owner = parent
        self.services = services
        self.call_id = call_id
        self.kind = kind
        self.title = (
            self.tr("Evaluation sheets and minutes")
            if kind is None
            else self.tr("Letters: {kind}").format(kind=letter_label(kind))
        )
        self.job: Job | None = None
        self.result: Any = None  # the BatchResult, once written
        self.over = False

    def choose(self) -> bool:
        """Ask the folder and start; False when the user closed the dialog or kept the folder's files."""
        caption = (
            self.tr("Folder for the evaluation sheets")
            if self.kind is None
            else self.tr("Folder for the letters")
        )
        chosen = QFileDialog.getExistingDirectory(self.owner, caption, str(_last_folder))
        if not chosen:
            return False
        folder = Path(chosen)
        if any(folder.glob("*.pdf")):
            answer = QMessageBox.question(
                self.owner,
                self.title,
                self.tr(
                    "The folder {folder} already holds PDF files: those with the same names will be "
                    "replaced. Write the documents there?"
                ).format(folder=folder),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.start(folder)
        return True

    def start(self, folder: Path) -> Job:
        _remember(folder)
        printing = self.services.printing
        call_id, kind = self.call_id, self.kind

        def work(progress: Any, is_cancelled: Any) -> Any:
            if kind is None:
                return printing.call_sheets(call_id, folder, progress=progress, is_cancelled=is_cancelled)
            return printing.call_letters(call_id, kind, folder, progress=progress, is_cancelled=is_cancelled)

        self.job, _dialog = run_with_progress(
            self.owner,
            self.title,
            self.tr("Writing the documents in {folder}…").format(folder=folder),
            work,
            self._written,
            self._failed,
        )
        return self.job

    def _written(self, result: Any) -> None:
        self.job = None
        self.result = result
        files: Sequence[Path] = result.files
        merged: Path | None = result.merged
        folder: Path = result.folder
        if result.cancelled:
            text = self.tr(
                "Cancelled: %n document(s) had been written in {folder}; the merged PDF was not made.",
                "",
                len(files),
            ).format(folder=folder)
            QMessageBox.information(self.owner, self.title, text)
        elif not files and merged is None:
            QMessageBox.information(self.owner, self.title, self.tr("There was no document to write."))
        else:
            self._tell(result)
        self._end()

    def _tell(self, result: Any) -> None:
        folder: Path = result.folder
        files: Sequence[Path] = result.files
        merged: Path | None = result.merged
        text = self.tr("%n document(s) written in {folder}.", "", len(files)).format(folder=folder)
        verbale: Path | None = getattr(result, "verbale", None)
        if verbale is not None:
            text += "\n\n" + self.tr("The committee's minutes: {path}").format(path=verbale)
        if merged is not None:
            text += "\n\n" + self.tr("All of them in one PDF, to print at once: {path}").format(path=merged)
        box = QMessageBox(QMessageBox.Icon.Information, self.title, text, parent=self.owner)
        open_merged = None
        if merged is not None:
            open_merged = box.addButton(self.tr("Open the merged PDF"), QMessageBox.ButtonRole.ActionRole)
        open_folder = box.addButton(self.tr("Open the folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        clicked = box.clickedButton()
        box.deleteLater()
        if open_merged is not None and clicked is open_merged and merged is not None:
            try:
                data = merged.read_bytes()
            except OSError as exc:
                refuse(self.owner, self.title, exc)
                return
            from coop_desktop.ui.dialogs.pdf_preview import show_pdf

            show_pdf(self.owner, data, f"{self.title} – {merged.name}", merged.name)
        elif clicked is open_folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _failed(self, error: BaseException) -> None:
        self.job = None
        refuse(self.owner, self.title, error)
        self._end()

    def _end(self) -> None:
        self.over = True
        self.ended.emit()
        self.deleteLater()


def _batch(parent: QWidget, services: AppServices, call_id: int, kind: str | None) -> BatchPrint | None:
    flow = BatchPrint(parent, services, call_id, kind)
    if not flow.choose():
        flow.deleteLater()
        return None
    return flow


# -- what the windows call ---------------------------------------------------------------------------


def preview_sheet(parent: QWidget | None, services: AppServices, application_id: int) -> bool:
    """The evaluation sheet of one application, in the preview."""
    return DocumentActions(parent, services).preview_sheet(application_id)


def preview_verbale(parent: QWidget | None, services: AppServices, call_id: int) -> bool:
    """The committee's summary minutes (verbale sintetico) of the call, in the preview."""
    return DocumentActions(parent, services).preview_verbale(call_id)


def preview_letter(
    parent: QWidget | None,
    services: AppServices,
    application_id: int,
    kind: str,
    on_recorded: Callable[[], None] | None = None,
) -> bool:
    """One letter (avvio, integrazioni, preavviso, esito) to the application's lead, in the preview;
    recorded in the register when saved or printed from there (then `on_recorded` runs)."""
    return DocumentActions(parent, services).preview_letter(application_id, kind, on_recorded)


def preview_annex(parent: QWidget | None, services: AppServices, call_id: int) -> bool:
    """The decree annexes A, B, C of the call, in the preview."""
    return DocumentActions(parent, services).preview_annex(call_id)


def save_annex_xlsx(
    parent: QWidget | None, services: AppServices, call_id: int, path: Path | None = None
) -> Path | None:
    """The decree annexes as an Excel workbook, where the user chooses."""
    return DocumentActions(parent, services).save_annex_xlsx(call_id, path)


def print_call_sheets(parent: QWidget, services: AppServices, call_id: int) -> BatchPrint | None:
    """Every evaluation sheet of the call and the verbale, one PDF each plus the merged one."""
    return _batch(parent, services, call_id, None)


def print_call_letters(parent: QWidget, services: AppServices, call_id: int, kind: str) -> BatchPrint | None:
    """One letter of `kind` per recipient of the call, one PDF each plus the merged one."""
    return _batch(parent, services, call_id, kind)


__all__ = [
    "LETTER_KINDS",
    "BatchPrint",
    "DocumentActions",
    "letter_label",
    "preview_annex",
    "preview_letter",
    "preview_sheet",
    "preview_verbale",
    "print_call_letters",
    "print_call_sheets",
    "save_annex_xlsx",
]
