"""The record of one actor: its fields, contact persons, governance bodies and history.

The services judge what is valid; this dialog only shows their Italian messages under the fields,
marks obviously wrong codes while typing and keeps every edit when a save is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from coop_desktop.domain.actor_rules import ACTOR_FIELD_LABELS, ActorInput
from coop_desktop.domain.countries import country_name
from coop_desktop.domain.enums import ActorType
from coop_desktop.domain.formatting import format_date, format_money
from coop_desktop.domain.italy import PROVINCES
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.validation import check_email
from coop_desktop.services.actors import ActorDetail, ActorHistoryItem, ActorRecords, ContactData
from coop_desktop.services.audit import AuditService
from coop_desktop.services.documents import DocumentRegister
from coop_desktop.services.errors import (
    ServiceError,
    ValidationErrors,
)
from coop_desktop.services.governance import BodyRow, GovernanceService
from coop_desktop.ui.dialogs.record_dialog import RecordDialog, keep_upper_case, mark_suspect
from coop_desktop.ui.forms.ui_actor_dialog import Ui_ActorDialog
from coop_desktop.ui.widgets.audit_history import AuditHistoryView
from coop_desktop.ui.widgets.documents_register import DocumentsRegisterView

FieldWidget = QLineEdit | QComboBox | QPlainTextEdit
# Text colour of a field that is plainly wrong while typing (the same red as the error labels).
_CONTACT_COLUMNS = ("name", "role", "email", "phone")


class FormState(NamedTuple):
    """Everything the dialog saves; compared with what was loaded to tell whether it was changed."""

    data: ActorInput
    contacts: tuple[ContactData, ...]
    memberships: tuple[tuple[int, str], ...]


def _cell(text: str, editable: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _optional(text: str) -> str | None:
    return " ".join(text.split()) or None


class ActorDialog(RecordDialog):
    def __init__(
        self,
        records: ActorRecords,
        governance: GovernanceService,
        actor_id: int | None = None,
        parent: QWidget | None = None,
        *,
        audit: AuditService | None = None,
        documents: DocumentRegister | None = None,
    ) -> None:
        super().__init__(parent)
        self._records = records
        self._governance = governance
        self._audit = audit
        self.actor_id = actor_id
        self._version = 0
        self.ui = Ui_ActorDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.edits: dict[str, FieldWidget] = {
            "name": ui.nameEdit,
            "actor_type": ui.typeCombo,
            "legal_form": ui.legalFormEdit,
            "tax_code": ui.taxCodeEdit,
            "vat_number": ui.vatNumberEdit,
            "address": ui.addressEdit,
            "postal_code": ui.postalCodeEdit,
            "municipality": ui.municipalityEdit,
            "province": ui.provinceEdit,
            "country_code": ui.countryEdit,
            "email": ui.emailEdit,
            "pec": ui.pecEdit,
            "phone": ui.phoneEdit,
            "website": ui.websiteEdit,
            "legal_representative": ui.legalRepresentativeEdit,
            "notes": ui.notesEdit,
        }
        self.error_labels: dict[str, QLabel] = {
            name: getattr(ui, widget.objectName().removesuffix("Edit").removesuffix("Combo") + "Error")
            for name, widget in self.edits.items()
        }
        for actor_type in ActorType:
            ui.typeCombo.addItem(actor_type.label, actor_type.value)
        completer = QCompleter(sorted(PROVINCES), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        ui.provinceEdit.setCompleter(completer)
        self._set_up_tables()
        # The documents printed for the actor and its applications (the register, with protocols).
        self.documents_view: DocumentsRegisterView | None = None
        if documents is not None and actor_id is not None and records.user.can(Permission.VIEW_CALLS):
            self.documents_view = DocumentsRegisterView(
                documents,
                lambda: documents.for_actor(actor_id),
                can_edit=records.user.can(Permission.PRINT_DOCUMENTS),
                show_source=True,
                parent=self,
            )
            index = ui.tabWidget.addTab(self.documents_view, self.tr("Doc&uments"))
            self.documents_view.counted.connect(
                lambda count: ui.tabWidget.setTabText(
                    index,
                    self.tr("Doc&uments ({count})").format(count=count) if count else self.tr("Doc&uments"),
                )
            )
        # The audit trail of the record, for those whose role may read it.
        self.changes_view: AuditHistoryView | None = None
        if audit is not None and audit.user.can(Permission.VIEW_AUDIT) and actor_id is not None:
            self.changes_view = AuditHistoryView(self)
            ui.tabWidget.addTab(self.changes_view, self.tr("C&hanges"))
        self._bodies: list[BodyRow] = []
        self._connect()
        self._loaded = FormState(ActorInput(), (), ())
        self.load()
        if not records.user.can(Permission.EDIT_ACTORS):
            self._make_read_only()

    # -- building ---------------------------------------------------------------------------------

    def _make_read_only(self) -> None:
        """For roles that may read the register but not change it: the record, no Save."""
        for widget in self.edits.values():
            if isinstance(widget, QComboBox):
                widget.setEnabled(False)
            else:
                widget.setReadOnly(True)
        for table in (self.ui.contactsTable, self.ui.bodiesTable):
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setEnabled(table is self.ui.contactsTable)
        for button in (self.ui.addContactButton, self.ui.removeContactButton):
            button.setVisible(False)
        self.ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _set_up_tables(self) -> None:
        ui = self.ui
        for table in (ui.applicationsTable, ui.partnershipsTable, ui.lettersTable):
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            table.horizontalHeader().setStretchLastSection(False)
            table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for table in (ui.contactsTable, ui.bodiesTable):
            table.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        contacts = ui.contactsTable.horizontalHeader()
        contacts.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        bodies = ui.bodiesTable.horizontalHeader()
        bodies.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        bodies.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        bodies.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        bodies.setStretchLastSection(False)
        ui.bodiesTable.setColumnWidth(2, 200)

    def _connect(self) -> None:
        ui = self.ui
        for field, widget in self.edits.items():
            # A corrected field loses its message at once; the others keep theirs until the next save.
            label = self.error_labels[field]
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(label.hide)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(label.hide)
            else:
                widget.textChanged.connect(label.hide)
        checks: dict[str, Callable[[str], bool]] = {
            "tax_code": self._tax_code_looks_wrong,
            "vat_number": self._vat_number_looks_wrong,
            "postal_code": self._postal_code_looks_wrong,
            "province": self._province_looks_wrong,
            "email": self._address_looks_wrong,
            "pec": self._address_looks_wrong,
        }
        for field, looks_wrong in checks.items():
            edit = self.edits[field]
            assert isinstance(edit, QLineEdit)
            edit.textChanged.connect(lambda text, e=edit, check=looks_wrong: mark_suspect(e, check(text)))
        ui.provinceEdit.textEdited.connect(lambda _text: keep_upper_case(ui.provinceEdit))
        ui.countryEdit.textEdited.connect(lambda _text: keep_upper_case(ui.countryEdit))
        ui.provinceEdit.textChanged.connect(self._show_place_names)
        ui.countryEdit.textChanged.connect(self._show_place_names)
        ui.addContactButton.clicked.connect(self.add_contact)
        ui.removeContactButton.clicked.connect(self.remove_contacts)
        ui.contactsTable.itemSelectionChanged.connect(self._update_contact_buttons)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    # -- light checks while typing: the service still decides on save -----------------------------

    def _italian(self) -> bool:
        return self.ui.countryEdit.text().strip().upper() in ("", "IT")

    @staticmethod
    def _tax_code_looks_wrong(text: str) -> bool:
        code = "".join(text.split())
        return bool(code) and len(code) not in (11, 16)

    @staticmethod
    def _vat_number_looks_wrong(text: str) -> bool:
        digits = "".join(text.split()).upper().removeprefix("IT")
        return bool(digits) and not (len(digits) == 11 and digits.isdigit())

    def _postal_code_looks_wrong(self, text: str) -> bool:
        code = text.strip()
        return bool(code) and self._italian() and not (len(code) == 5 and code.isdigit())

    def _province_looks_wrong(self, text: str) -> bool:
        code = text.strip().upper()
        return len(code) == 2 and self._italian() and code not in PROVINCES

    @staticmethod
    def _address_looks_wrong(text: str) -> bool:
        # Only once it has an @: an address half typed is not wrong yet.
        return "@" in text and check_email(text.strip()) is not None

    def _show_place_names(self) -> None:
        ui = self.ui
        province = ui.provinceEdit.text().strip().upper()
        ui.provinceName.setText(PROVINCES.get(province, "") if self._italian() else "")
        country = ui.countryEdit.text().strip().upper()
        ui.countryName.setText(country_name(country) if len(country) == 2 and country != "IT" else "")
        # The Italian-only checks depend on the country.
        mark_suspect(ui.provinceEdit, self._province_looks_wrong(ui.provinceEdit.text()))
        mark_suspect(ui.postalCodeEdit, self._postal_code_looks_wrong(ui.postalCodeEdit.text()))

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        """Show what is stored now (or an empty record), dropping any edits."""
        self._bodies = self._governance.bodies()
        detail: ActorDetail | None = None
        memberships: list[tuple[int, str]] = []
        if self.actor_id is not None:
            detail = self._records.get(self.actor_id)
            memberships = self._governance.memberships(self.actor_id)
        data = detail.data if detail else ActorInput()
        self._version = detail.version if detail else 0
        for field, widget in self.edits.items():
            value = getattr(data, field)
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(widget.findData(value) if value else -1)
            elif isinstance(widget, QLineEdit):
                widget.setText(value)
            else:
                widget.setPlainText(value)
        self._fill_contacts(detail.contacts if detail else [])
        self._fill_bodies(dict(memberships))
        self._fill_history(detail)
        if self.changes_view is not None and self._audit is not None and self.actor_id is not None:
            self.changes_view.show_items(self._audit.history("actors", self.actor_id))
        if self.documents_view is not None:
            self.documents_view.reload()
        self.ui.archivedBanner.setVisible(bool(detail and detail.is_archived))
        self.setWindowTitle(
            self.tr("Actor: {name}").format(name=data.name) if detail else self.tr("New actor")
        )
        self._clear_errors()
        self._loaded = self.state()

    def _fill_contacts(self, contacts: Sequence[ContactData]) -> None:
        table = self.ui.contactsTable
        table.setRowCount(0)
        for contact in contacts:
            row = table.rowCount()
            table.insertRow(row)
            for column, key in enumerate(_CONTACT_COLUMNS):
                table.setItem(row, column, _cell(getattr(contact, key) or ""))
        self._update_contact_buttons()

    def _fill_bodies(self, roles: dict[int, str]) -> None:
        table = self.ui.bodiesTable
        table.setRowCount(len(self._bodies))
        for row, body in enumerate(self._bodies):
            name = _cell(body.name, editable=False)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if body.id in roles else Qt.CheckState.Unchecked)
            name.setData(Qt.ItemDataRole.UserRole, body.id)
            kind = body.kind if body.is_active else self.tr("{kind} (closed)").format(kind=body.kind)
            table.setItem(row, 0, name)
            table.setItem(row, 1, _cell(kind, editable=False))
            table.setItem(row, 2, _cell(roles.get(body.id, "")))
        self.ui.tabWidget.setTabEnabled(self.ui.tabWidget.indexOf(self.ui.bodiesPage), bool(self._bodies))

    def _fill_history(self, detail: ActorDetail | None) -> None:
        ui = self.ui
        groups: list[tuple[QTableWidget, list[ActorHistoryItem]]] = [
            (ui.applicationsTable, detail.applications if detail else []),
            (ui.partnershipsTable, detail.partnerships if detail else []),
        ]
        for table, items in groups:
            self._fill_table(
                table,
                [
                    (item.reference, item.title, item.status, format_money(item.amount), format_date(item.on))
                    for item in items
                ],
                money_column=3,
            )
        letters = detail.letters if detail else []
        self._fill_table(
            ui.lettersTable, [(i.reference, i.title, i.status, format_date(i.on)) for i in letters]
        )
        total = sum(len(items) for _table, items in groups) + len(letters)
        page = ui.tabWidget.indexOf(ui.historyPage)
        ui.tabWidget.setTabEnabled(page, detail is not None)
        ui.tabWidget.setTabText(
            page, self.tr("&History ({count})").format(count=total) if total else self.tr("&History")
        )

    @staticmethod
    def _fill_table(table: QTableWidget, rows: list[tuple[str, ...]], money_column: int = -1) -> None:
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                item = _cell(text, editable=False)
                item.setToolTip(text)
                if column == money_column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    # -- reading the form -------------------------------------------------------------------------

    def data(self) -> ActorInput:
        values: dict[str, str] = {}
        for field, widget in self.edits.items():
            if isinstance(widget, QComboBox):
                values[field] = (widget.currentData() or "") if widget.currentIndex() >= 0 else ""
            elif isinstance(widget, QLineEdit):
                values[field] = widget.text()
            else:
                values[field] = widget.toPlainText()
        return ActorInput(**values)

    def contact_rows(self) -> list[tuple[str, ...]]:
        """The contacts table as text, without the rows left entirely empty."""
        table = self.ui.contactsTable
        rows = []
        for row in range(table.rowCount()):
            values = tuple(
                (item.text().strip() if (item := table.item(row, column)) else "")
                for column in range(len(_CONTACT_COLUMNS))
            )
            if any(values):
                rows.append(values)
        return rows

    def contacts(self) -> tuple[ContactData, ...]:
        return tuple(
            ContactData(name, _optional(role), _optional(email), _optional(phone))
            for name, role, email, phone in self.contact_rows()
        )

    def memberships(self) -> tuple[tuple[int, str], ...]:
        table = self.ui.bodiesTable
        chosen = []
        for row in range(table.rowCount()):
            name = table.item(row, 0)
            if name is not None and name.checkState() == Qt.CheckState.Checked:
                role = table.item(row, 2)
                chosen.append((int(name.data(Qt.ItemDataRole.UserRole)), role.text().strip() if role else ""))
        return tuple(sorted(chosen))

    def state(self) -> FormState:
        return FormState(self.data(), self.contacts(), self.memberships())

    def is_modified(self) -> bool:
        return self.state() != self._loaded

    # -- contacts ---------------------------------------------------------------------------------

    def add_contact(self) -> None:
        table = self.ui.contactsTable
        row = table.rowCount()
        table.insertRow(row)
        for column in range(len(_CONTACT_COLUMNS)):
            table.setItem(row, column, _cell(""))
        table.setCurrentCell(row, 0)
        table.editItem(table.item(row, 0))

    def remove_contacts(self) -> None:
        table = self.ui.contactsTable
        for row in sorted({index.row() for index in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)
        self._update_contact_buttons()

    def _update_contact_buttons(self) -> None:
        self.ui.removeContactButton.setEnabled(bool(self.ui.contactsTable.selectedIndexes()))

    def _contact_errors(self) -> list[str]:
        """What the table itself can tell: each contact needs a name, e-mails must be addresses."""
        errors = []
        for number, (name, _role, email, _phone) in enumerate(self.contact_rows(), 1):
            if not name:
                errors.append(self.tr("Contact {number}: the name is required.").format(number=number))
            if email and (message := check_email(email)):
                errors.append(self.tr("Contact {number}: {message}").format(number=number, message=message))
        return errors

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store and close; on errors stay open with every edit kept."""
        self._clear_errors()
        contact_errors = self._contact_errors()
        if contact_errors:
            self.ui.contactsError.setText("\n".join(contact_errors))
            self.ui.contactsError.show()
            self.ui.tabWidget.setCurrentWidget(self.ui.contactsPage)
            return False
        state = self.state()
        try:
            if self.actor_id is None:
                # From here on the record exists: a failure below makes the next save an update.
                self.actor_id = self._records.create(state.data, state.contacts)
            else:
                self._version = self._records.update(self.actor_id, self._version, state.data, state.contacts)
            self._governance.set_memberships(self.actor_id, state.memberships)
        except ValidationErrors as exc:
            self._show_errors(exc)
            return False
        except ServiceError as exc:
            if self.answer_refusal(exc, self.tr("Actor not found")):
                return False
            self.ui.generalError.setText(str(exc))
            self.ui.generalError.show()
            return False
        self._loaded = state
        self.accept()
        return True

    def _clear_errors(self) -> None:
        for label in (*self.error_labels.values(), self.ui.contactsError, self.ui.bodiesError):
            label.clear()
            label.hide()
        self.ui.generalError.clear()
        self.ui.generalError.hide()

    def _show_errors(self, errors: ValidationErrors) -> None:
        general: list[str] = []
        for error in errors.errors:
            label = self.error_labels.get(error.field)
            if label is None:
                general.append(f"{ACTOR_FIELD_LABELS.get(error.field, error.field)}: {error.message}")
                continue
            label.setText(error.message)
            label.show()
        if general:
            self.ui.generalError.setText("\n".join(general))
            self.ui.generalError.show()
        first = next((self.edits[e.field] for e in errors.errors if e.field in self.edits), None)
        if first is not None:
            self.ui.tabWidget.setCurrentWidget(self.ui.dataPage)
            first.setFocus()
            if isinstance(first, QLineEdit):
                first.selectAll()
