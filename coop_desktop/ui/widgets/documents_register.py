"""The «Documenti» page of an application's or an actor's record: the register of generated documents.

One row per PDF printed for the record (kind, when, recipient, file name, SHA-256 — shortened, the
whole fingerprint in the tooltip and one click from the clipboard —, protocol number and date). The
office writes the protocol it sent a document with through «Protocollo…» (or a double-click), which
calls `DocumentRegister.set_protocol`; the service judges the input and its Italian message is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import PurePath
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from coop_desktop.domain.formatting import format_date, format_datetime
from coop_desktop.services.documents import DocumentRecord, DocumentRegister
from coop_desktop.services.errors import ServiceError

# Characters of the fingerprint shown in the table: enough to tell two files apart at a glance.
SHORT_SHA = 12
_RED = "color: #b3261e;"
_MUTED = "color: #5f6368;"

Listed = Callable[[], Sequence[DocumentRecord]]


def _local(moment: datetime) -> datetime:
    """Stored in UTC; shown in the PC's local time, as every other time in the app."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


@dataclass(frozen=True)
class _Column:
    key: str
    header: str
    # In average characters, the user may change it; FIT: as wide as its content; STRETCH: what is left.
    width: int


FIT, STRETCH = 0, -1


class DocumentsTableModel(QAbstractTableModel):
    """The documents as listed by the register, newest first; `record(row)` gives one back."""

    def __init__(self, show_source: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._records: list[DocumentRecord] = []
        source = [_Column("source", self.tr("Call / application"), FIT)] if show_source else []
        self.columns = [
            _Column("kind", self.tr("Document"), 36),
            *source,
            _Column("created_at", self.tr("Generated"), FIT),
            _Column("recipient", self.tr("Recipient"), 28),
            _Column("file_name", self.tr("File"), STRETCH),
            _Column("sha256", self.tr("SHA-256"), FIT),
            _Column("protocol", self.tr("Protocol"), FIT),
        ]

    def set_records(self, records: Sequence[DocumentRecord]) -> None:
        self.beginResetModel()
        self._records = list(records)
        self.endResetModel()

    def record(self, row: int) -> DocumentRecord:
        return self._records[row]

    def row_of(self, document_id: int) -> int | None:
        return next((n for n, r in enumerate(self._records) if r.id == document_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._records)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def text(self, record: DocumentRecord, key: str) -> str:
        if key == "kind":
            return record.kind.label
        if key == "source":
            return " · ".join(p for p in (record.call_code, record.protocol_of_application) if p)
        if key == "created_at":
            return format_datetime(_local(record.created_at))
        if key == "sha256":
            return record.sha256[:SHORT_SHA] + "…"
        if key == "file_name":
            return PurePath(record.file_name).name  # a batch records where it wrote: the tooltip says
        if key == "protocol":
            if not record.protocol_number:
                return ""
            return self.tr("{number} of {date}").format(
                number=record.protocol_number, date=format_date(record.protocol_date)
            )
        return getattr(record, key) or ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        record = self._records[index.row()]
        key = self.columns[index.column()].key
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "sha256":
                return self.tr("SHA-256 of the file as generated:\n{sha}").format(sha=record.sha256)
            if key == "created_at" and record.created_by:
                return self.tr("Generated by {name}").format(name=record.created_by)
            if key == "file_name":
                return record.file_name
            return self.text(record, key) or None
        if role == Qt.ItemDataRole.FontRole and key == "sha256":
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        return None


class ProtocolDialog(QDialog):
    """The protocol number and date a document was sent with; OK stores them, a refusal stays shown."""

    def __init__(
        self, register: DocumentRegister, record: DocumentRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._register = register
        self.record = record
        self.setWindowTitle(self.tr("Protocol of the document"))
        prompt = QLabel(
            self.tr(
                "{kind}, file {file}.\nWrite the protocol number and date it was sent with; an empty number "
                "clears them."
            ).format(kind=record.kind.label, file=record.file_name)
        )
        prompt.setWordWrap(True)
        self.number_edit = QLineEdit(record.protocol_number or "")
        self.number_edit.setMaxLength(40)
        self.number_edit.setPlaceholderText(self.tr("e.g. 0123456"))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDate(QDate(record.protocol_date or date.today()))
        form = QFormLayout()
        form.addRow(self.tr("Protocol &number"), self.number_edit)
        form.addRow(self.tr("Protocol &date"), self.date_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(_RED)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number_edit.textChanged.connect(self.error_label.hide)
        self.resize(480, self.sizeHint().height())

    def fill(self, number: str, day: date) -> ProtocolDialog:
        """Set the fields as a user would type them (for tests and scripted use)."""
        self.number_edit.setText(number)
        self.date_edit.setDate(QDate(day))
        return self

    def accept(self) -> None:
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        try:
            self._register.set_protocol(self.record.id, self.number_edit.text(), day)
        except ServiceError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()


class DocumentsRegisterView(QWidget):
    """The register's rows for one record; `reload()` reads them again (after printing, say)."""

    # The number of documents listed, after each reload (the record's tab shows it).
    counted = Signal(int)

    def __init__(
        self,
        register: DocumentRegister,
        listed: Listed,
        *,
        can_edit: bool,
        show_source: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("documentsRegister")
        self._register = register
        self._listed = listed
        self.can_edit = can_edit
        self.model = DocumentsTableModel(show_source, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setHighlightSections(False)
        self._size_columns()
        self.empty_label = QLabel(
            self.tr(
                "No document generated yet. Letters, evaluation sheets and annexes printed from Coop Desktop "
                "are listed here with their SHA-256, to prove later which file was sent."
            )
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet(_MUTED)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(_RED)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.protocol_button = QPushButton(self.tr("Protoco&l number…"))
        self.protocol_button.setToolTip(
            self.tr("Write the protocol number and date the selected document was sent with")
        )
        self.protocol_button.setVisible(can_edit)
        self.copy_button = QPushButton(self.tr("Copy SHA-256"))
        self.copy_button.setToolTip(self.tr("Copy the whole fingerprint of the selected file"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.protocol_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
        self.protocol_button.clicked.connect(self.edit_protocol)
        self.copy_button.clicked.connect(self.copy_sha)
        self.table.activated.connect(lambda _index: self.edit_protocol())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._update_actions()

    def _size_columns(self) -> None:
        """Dates, fingerprints and protocols as wide as they are; the recipient takes what is left."""
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(self.fontMetrics().horizontalAdvance("0000") + 16)
        char = self.fontMetrics().averageCharWidth()
        for section, column in enumerate(self.model.columns):
            if column.width == FIT:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.ResizeToContents)
            elif column.width == STRETCH:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Stretch)
            else:
                header.setSectionResizeMode(section, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(section, column.width * char + 16)

    def reload(self) -> int:
        """Read the record's documents again, keeping the selected one; returns how many there are."""
        kept = self.selected()
        try:
            records = self._listed()
        except ServiceError as exc:
            records = []
            self.error_label.setText(str(exc))
            self.error_label.show()
        else:
            self.error_label.hide()
        self.model.set_records(records)
        self.empty_label.setVisible(not records and self.error_label.isHidden())
        if kept is not None:
            self.select(kept.id)
        self._update_actions()
        self.counted.emit(len(records))
        return len(records)

    def rows(self) -> list[tuple[str, ...]]:
        """The table as shown."""
        model = self.model
        return [
            tuple(model.index(row, column).data() for column in range(model.columnCount()))
            for row in range(model.rowCount())
        ]

    def selected(self) -> DocumentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select(self, document_id: int) -> None:
        row = self.model.row_of(document_id)
        if row is not None:
            self.table.selectRow(row)

    def _update_actions(self) -> None:
        chosen = self.selected() is not None
        self.protocol_button.setEnabled(self.can_edit and chosen)
        self.copy_button.setEnabled(chosen)

    def edit_protocol(self) -> ProtocolDialog | None:
        record = self.selected()
        if record is None or not self.can_edit:
            return None
        dialog = ProtocolDialog(self._register, record, self)

        def finished(result: int) -> None:
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                self.reload()

        dialog.finished.connect(finished)
        dialog.open()
        return dialog

    def copy_sha(self) -> None:
        record = self.selected()
        if record is not None:
            QGuiApplication.clipboard().setText(record.sha256)


__all__ = ["DocumentsRegisterView", "DocumentsTableModel", "ProtocolDialog"]
