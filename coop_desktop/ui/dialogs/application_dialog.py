"""The record of one application (domanda): its data, partners, formal check, status and changes.

The page «Domanda» and its neighbours are a form saved with Salva (`register` / `update`); the pages
«Ammissibilità» and «Stato» act at once, each action one service call (confirm a document, override a
check with a written reason, request documents, withdraw…), and then show the record as stored.
The services judge what is valid and what is admissible: this dialog shows their Italian messages,
their verdict and their reasons verbatim.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

import pycountry
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from coop_desktop.domain.admissibility import cofunding, cofunding_pct, share_text
from coop_desktop.domain.application_rules import APPLICATION_FIELD_LABELS, ApplicationData, PartnerData
from coop_desktop.domain.countries import country_name
from coop_desktop.domain.dac import THEME_PURPOSE_CODES, purpose_codes
from coop_desktop.domain.enums import ApplicationStatus, CheckOutcome, DocumentKind, Theme
from coop_desktop.domain.formatting import format_date, format_datetime, format_money, format_percent
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.sdg import SDG_NAMES
from coop_desktop.domain.text import fold
from coop_desktop.domain.typed_input import amount_text, day_text, parse_amount, parse_day
from coop_desktop.services.admissibility import CLOSED_STATUSES, FORMAL_STATUSES
from coop_desktop.services.applications import ApplicationDetail, CheckView, IntegrationView
from coop_desktop.services.call_records import CallDetail
from coop_desktop.services.errors import NotFoundError, ServiceError, ValidationErrors
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.note_dialog import NoteDialog
from coop_desktop.ui.dialogs.record_dialog import SUSPECT_STYLE, RecordDialog, keep_upper_case, mark_suspect
from coop_desktop.ui.forms.ui_application_dialog import Ui_ApplicationDialog
from coop_desktop.ui.widgets.actor_picker import ActorPicker, PickedActor
from coop_desktop.ui.widgets.audit_history import AuditHistoryView
from coop_desktop.ui.widgets.documents_register import DocumentsRegisterView

# Text colour of a field that cannot be read while typing (the same red as the error labels).
# Computed, read-only fields: a background that says they are not typed in.
_COMPUTED = "background: #eef0f2;"
_OUTCOME_COLOURS = {
    CheckOutcome.SUPERATO: QColor("#1e6b2f"),
    CheckOutcome.NON_SUPERATO: QColor("#b3261e"),
    CheckOutcome.DA_VERIFICARE: QColor("#8a5a00"),
}
_OVERRIDDEN_COLOUR = QColor("#1f4e99")
_BANNERS = {
    "ok": "background: #e6f4ea; color: #1e6b2f; padding: 8px; border-radius: 3px; font-weight: bold;",
    "no": "background: #fce8e6; color: #8c1d18; padding: 8px; border-radius: 3px; font-weight: bold;",
    "open": "background: #fff4ce; color: #5c4400; padding: 8px; border-radius: 3px; font-weight: bold;",
}
_DAC_CODE = re.compile(r"\s*(\d{5})\b")
# Days an applicant usually gets to send missing documents (soccorso istruttorio).
_INTEGRATION_DAYS = 10
_ID_ROLE = Qt.ItemDataRole.UserRole
_FUNDED = (ApplicationStatus.FINANZIATA, ApplicationStatus.FINANZIATA_PARZIALMENTE)


class InputErrors(Exception):
    """Fields whose text cannot be read (an amount, a date): (field, Italian message) pairs."""

    def __init__(self, errors: list[tuple[str, str]]) -> None:
        super().__init__("; ".join(message for _field, message in errors))
        self.errors = errors


class FormState(NamedTuple):
    """The raw content of the form; compared with what was loaded to tell whether it was changed."""

    texts: tuple[str, ...]
    protocol_date: QDate
    lead_id: int | None
    theme: str | None
    duration: int
    partners: tuple[tuple[int | None, str | None, str | None, str], ...]
    countries: frozenset[str]
    sdgs: frozenset[int]


@dataclass(frozen=True)
class _Partner:
    """What a row of the partners table stands for (the role is in its own cell)."""

    actor_id: int | None
    name: str
    country_code: str | None
    tax_code: str | None


def _cell(text: str, editable: bool = False, tooltip: bool = True) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if tooltip and text:
        item.setToolTip(text)
    return item


def _local(moment: datetime) -> datetime:
    """Stored in UTC; shown in the PC's local time, as every other time in the app."""
    return moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _all_countries() -> list[tuple[str, str]]:
    """(code, Italian name) of every ISO country, in Italian alphabetical order."""
    names = [(c.alpha_2, country_name(c.alpha_2)) for c in pycountry.countries]
    return sorted(names, key=lambda pair: fold(pair[1]))


class ApplicationDialog(RecordDialog):
    def __init__(
        self,
        services: AppServices,
        call_id: int,
        application_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._records = services.application_records
        self.call_id = call_id
        self.application_id = application_id
        self._version = 0
        self._call: CallDetail | None = None
        self.detail: ApplicationDetail | None = None
        self.ui = Ui_ApplicationDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        ui = self.ui
        self.can_edit = services.user.can(Permission.EDIT_APPLICATIONS)
        self.lead_picker = ActorPicker(services.actors, ui.leadEdit, ui.leadInfo, self)
        self.partner_picker = ActorPicker(services.actors, ui.partnerActorEdit, ui.partnerActorInfo, self)
        self.text_edits: dict[str, QLineEdit] = {
            "protocol_number": ui.protocolNumberEdit,
            "title": ui.titleEdit,
            "dac_code": ui.dacEdit,
            "cup": ui.cupEdit,
            "start_date": ui.startDateEdit,
            "end_date": ui.endDateEdit,
            "total_cost": ui.totalCostEdit,
            "requested_grant": ui.requestedGrantEdit,
        }
        # Each field's error label and the widget to focus when it is wrong.
        self.fields: dict[str, tuple[QWidget, QLabel]] = {
            "protocol_number": (ui.protocolNumberEdit, ui.protocolNumberError),
            "protocol_date": (ui.protocolDateEdit, ui.protocolDateError),
            "lead_actor_id": (ui.leadEdit, ui.leadError),
            "title": (ui.titleEdit, ui.titleError),
            "summary": (ui.summaryEdit, ui.summaryError),
            "theme": (ui.themeCombo, ui.themeError),
            "dac_code": (ui.dacEdit, ui.dacError),
            "cup": (ui.cupEdit, ui.cupError),
            "start_date": (ui.startDateEdit, ui.startDateError),
            "end_date": (ui.endDateEdit, ui.endDateError),
            "duration_months": (ui.durationSpin, ui.durationError),
            "total_cost": (ui.totalCostEdit, ui.totalCostError),
            "requested_grant": (ui.requestedGrantEdit, ui.requestedGrantError),
            "partners": (ui.partnersTable, ui.partnersError),
            "countries": (ui.countriesList, ui.countriesError),
            "sdgs": (ui.sdgList, ui.sdgsError),
        }
        self._fill_choices()
        self._set_up_tables()
        ui.cofundingEdit.setStyleSheet(_COMPUTED)
        ui.cofundingPctEdit.setStyleSheet(_COMPUTED)
        # The documents printed for the application (register with protocol numbers), and its «Print».
        self.documents_view: DocumentsRegisterView | None = None
        self.print_button: QPushButton | None = None
        ui.printButton.hide()
        if application_id is not None:
            self._set_up_documents(application_id)
        # The audit trail of the record, for those whose role may read it.
        self.changes_view: AuditHistoryView | None = None
        if application_id is not None and services.user.can(Permission.VIEW_AUDIT):
            self.changes_view = AuditHistoryView(self)
            ui.tabWidget.addTab(self.changes_view, self.tr("C&hanges"))
        self._connect()
        self._loaded: FormState | None = None
        self.load()
        if not self.can_edit:
            self._make_read_only()

    # -- building ---------------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        ui = self.ui
        ui.themeCombo.addItem("—", None)
        for theme in Theme:
            ui.themeCombo.addItem(theme.label, theme.value)
        ui.protocolDateEdit.setDate(QDate.currentDate())
        ui.protocolDateEdit.setMaximumDate(QDate(2100, 12, 31))
        # DAC purpose codes: the office's own (with Italian names) first, then the whole OECD list.
        names = dict(THEME_PURPOSE_CODES)
        for code, name in purpose_codes().items():
            names.setdefault(code, name)
        self._dac_names = names
        dac = QCompleter([f"{code} — {name}" for code, name in names.items()], self)
        dac.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        dac.setFilterMode(Qt.MatchFlag.MatchContains)
        dac.setMaxVisibleItems(12)
        ui.dacEdit.setCompleter(dac)
        for goal, name in SDG_NAMES.items():
            item = QListWidgetItem(f"{goal}. {name}")
            item.setData(_ID_ROLE, goal)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            ui.sdgList.addItem(item)
        self._countries = _all_countries()
        combo = ui.foreignCountryCombo
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.addItem("", None)
        combo.lineEdit().setPlaceholderText(self.tr("Country"))
        for code, name in self._countries:
            combo.addItem(name, code)
        completer = combo.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def _fill_countries(self, priority: Sequence[str]) -> None:
        """The checklist of countries: the call's priority countries first, then all the others."""
        countries = self.ui.countriesList
        countries.clear()
        first = [(code, country_name(code)) for code in priority]
        first.sort(key=lambda pair: fold(pair[1]))
        rest = [pair for pair in self._countries if pair[0] not in set(priority)]
        groups = [(self.tr("Priority countries of the call"), first), (self.tr("Other countries"), rest)]
        for heading, pairs in groups:
            if not pairs:
                continue
            head = QListWidgetItem(heading)
            head.setFlags(Qt.ItemFlag.NoItemFlags)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            countries.addItem(head)
            for code, name in pairs:
                item = QListWidgetItem(name)
                item.setData(_ID_ROLE, code)
                item.setToolTip(code)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                countries.addItem(item)

    def _set_up_tables(self) -> None:
        ui = self.ui
        # One text line per row, as in the lists; the checks' reasons wrap on more lines.
        line = self.fontMetrics().height() + 8
        for table in (ui.partnersTable, ui.integrationsTable, ui.historyTable):
            table.verticalHeader().setDefaultSectionSize(line)
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        partners = ui.partnersTable.horizontalHeader()
        partners.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            partners.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        partners.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        partners.setStretchLastSection(False)
        ui.partnersTable.setColumnWidth(3, 200)
        checks = ui.checksTable.horizontalHeader()
        checks.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        checks.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        checks.setStretchLastSection(False)
        ui.checksTable.setColumnWidth(0, 300)
        ui.checksTable.setColumnWidth(1, 150)
        ui.checksTable.setColumnWidth(3, 220)
        ui.checksTable.setWordWrap(True)
        ui.checksTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        integrations = ui.integrationsTable.horizontalHeader()
        integrations.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        integrations.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        integrations.setStretchLastSection(False)
        history = ui.historyTable.horizontalHeader()
        history.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history.setStretchLastSection(True)

    def _set_up_documents(self, application_id: int) -> None:
        user = self._services.user
        documents = self._services.documents
        can_print = user.can(Permission.PRINT_DOCUMENTS)
        if user.can(Permission.VIEW_CALLS):
            view = DocumentsRegisterView(
                documents, lambda: documents.for_application(application_id), can_edit=can_print, parent=self
            )
            self.documents_view = view
            index = self.ui.tabWidget.addTab(view, self.tr("Doc&uments"))
            view.counted.connect(
                lambda count: self.ui.tabWidget.setTabText(
                    index,
                    self.tr("Doc&uments ({count})").format(count=count) if count else self.tr("Doc&uments"),
                )
            )
        if not can_print:
            return
        from coop_desktop.ui.printing_actions import LETTER_KINDS, letter_label

        button = self.ui.printButton

        menu = QMenu(self)
        for kind in LETTER_KINDS:
            action = QAction(letter_label(kind) + "…", menu)
            action.setObjectName(f"print_{kind}")
            action.triggered.connect(lambda _checked=False, k=kind: self.print_letter(k))
            menu.addAction(action)
        menu.addSeparator()
        sheet = QAction(DocumentKind.SCHEDA_VALUTAZIONE.label + "…", menu)
        sheet.setObjectName("print_sheet")
        sheet.triggered.connect(lambda _checked=False: self.print_sheet())
        menu.addAction(sheet)
        button.setMenu(menu)
        button.show()
        self.print_button = button

    def print_letter(self, kind: str) -> bool:
        """Generate the letter of `kind` (avvio, integrazioni, preavviso, esito) and preview it."""
        from coop_desktop.ui.printing_actions import preview_letter

        if self.application_id is None:
            return False
        # Recorded in the register once saved or printed from the preview: the page follows.
        return preview_letter(self, self._services, self.application_id, kind, self._reload_documents)

    def _reload_documents(self) -> None:
        if self.documents_view is not None:
            self.documents_view.reload()

    def print_sheet(self) -> bool:
        from coop_desktop.ui.printing_actions import preview_sheet

        if self.application_id is None:
            return False
        shown = preview_sheet(self, self._services, self.application_id)  # recorded as it is made
        self._reload_documents()
        return shown

    def _connect(self) -> None:
        ui = self.ui
        for field, (widget, label) in self.fields.items():
            # A corrected field loses its message at once; the others keep theirs until the next save.
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(label.hide)
            elif isinstance(widget, QComboBox):
                widget.activated.connect(label.hide)
            elif isinstance(widget, QListWidget):
                widget.itemChanged.connect(label.hide)
            elif field == "summary":
                ui.summaryEdit.textChanged.connect(label.hide)
        ui.protocolDateEdit.dateChanged.connect(ui.protocolDateError.hide)
        ui.durationSpin.valueChanged.connect(ui.durationError.hide)
        self.lead_picker.chosen.connect(lambda _actor: ui.leadError.hide())
        for field in ("total_cost", "requested_grant"):
            edit = self.text_edits[field]
            edit.textChanged.connect(lambda _text, e=edit: mark_suspect(e, self._amount_unreadable(e.text())))
            edit.textChanged.connect(self._update_cofunding)
        for field in ("start_date", "end_date"):
            edit = self.text_edits[field]
            edit.textChanged.connect(lambda _text, e=edit: mark_suspect(e, self._day_unreadable(e.text())))
        ui.cupEdit.textEdited.connect(lambda _text: keep_upper_case(ui.cupEdit))
        ui.countriesList.itemChanged.connect(self._show_countries)
        ui.countryFilterEdit.textChanged.connect(self._filter_countries)
        ui.partnersTable.itemSelectionChanged.connect(self._update_partner_buttons)
        ui.removePartnerButton.clicked.connect(self.remove_partners)
        ui.addTuscanButton.clicked.connect(self.add_tuscan_partner)
        ui.addForeignButton.clicked.connect(self.add_foreign_partner)
        self.partner_picker.chosen.connect(lambda _actor: self._update_partner_buttons())
        ui.foreignNameEdit.textChanged.connect(self._update_partner_buttons)
        ui.checksTable.itemSelectionChanged.connect(self._update_actions)
        ui.integrationsTable.itemSelectionChanged.connect(self._update_actions)
        ui.documentOkButton.clicked.connect(lambda: self.confirm_document(True))
        ui.documentMissingButton.clicked.connect(lambda: self.confirm_document(False))
        ui.overrideButton.clicked.connect(self.override_check)
        ui.clearOverrideButton.clicked.connect(self.clear_override)
        ui.rerunButton.clicked.connect(self.run_checks)
        ui.requestIntegrationButton.clicked.connect(self.request_integration)
        ui.answerIntegrationButton.clicked.connect(self.answer_integration)
        ui.withdrawButton.clicked.connect(lambda: self.change_status(ApplicationStatus.RITIRATA))
        ui.restoreButton.clicked.connect(lambda: self.change_status(ApplicationStatus.RICEVUTA))
        ui.revokeButton.clicked.connect(lambda: self.change_status(ApplicationStatus.REVOCATA))
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def _make_read_only(self) -> None:
        """For roles that may read applications but not change them: the record, no Save."""
        ui = self.ui
        for edit in (*self.text_edits.values(), ui.leadEdit, ui.partnerActorEdit):
            edit.setReadOnly(True)
        ui.summaryEdit.setReadOnly(True)
        ui.protocolDateEdit.setReadOnly(True)
        ui.durationSpin.setReadOnly(True)
        ui.themeCombo.setEnabled(False)
        self.lead_picker.set_editable(False)
        for checklist in (ui.countriesList, ui.sdgList):
            for row in range(checklist.count()):
                item = checklist.item(row)
                if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        ui.partnersTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        ui.tuscanGroup.setEnabled(False)
        ui.foreignGroup.setEnabled(False)
        ui.partnersHint.hide()
        ui.removePartnerButton.setEnabled(False)
        ui.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self._update_actions()

    def _lock_decisive_fields(self, locked: bool) -> None:
        """Protocol date, lead applicant and amounts: fixed once the call's ranking is approved."""
        ui = self.ui
        ui.lockedBanner.setVisible(locked)
        if not self.can_edit:
            return
        for edit in (ui.totalCostEdit, ui.requestedGrantEdit):
            edit.setReadOnly(locked)
        ui.protocolDateEdit.setReadOnly(locked)
        self.lead_picker.set_editable(not locked)
        if locked:
            # Locked fields look like the computed ones, and say why on hover.
            for widget in (ui.totalCostEdit, ui.requestedGrantEdit, ui.protocolDateEdit, ui.leadEdit):
                widget.setStyleSheet(_COMPUTED)
                widget.setToolTip(self.tr("Fixed by the decree approving the ranking."))

    # -- light checks while typing: the service still decides on save -----------------------------

    @staticmethod
    def _amount_unreadable(text: str) -> bool:
        try:
            parse_amount(text)
        except ValueError:
            return True
        return False

    @staticmethod
    def _day_unreadable(text: str) -> bool:
        # Only once it looks complete: a date half typed is not wrong yet.
        if len(text.strip()) < 8:
            return False
        try:
            parse_day(text)
        except ValueError:
            return True
        return False

    def _update_cofunding(self) -> None:
        """Co-funding (total − requested) and its share, as the admissibility check computes them."""
        ui = self.ui
        try:
            total = parse_amount(ui.totalCostEdit.text())
            requested = parse_amount(ui.requestedGrantEdit.text())
        except ValueError:
            total = requested = None
        if total is None or requested is None or total <= 0:
            ui.cofundingEdit.clear()
            ui.cofundingPctEdit.clear()
            return
        own = cofunding(total, requested)
        ui.cofundingEdit.setText(format_money(own))
        ui.cofundingPctEdit.setText(share_text(cofunding_pct(total, requested)))
        for edit in (ui.cofundingEdit, ui.cofundingPctEdit):
            edit.setStyleSheet(_COMPUTED + (SUSPECT_STYLE if own < 0 else ""))

    # -- countries and SDGs -----------------------------------------------------------------------

    def _country_items(self) -> list[QListWidgetItem]:
        countries = self.ui.countriesList
        return [
            item
            for item in (countries.item(row) for row in range(countries.count()))
            if item.data(_ID_ROLE) is not None
        ]

    def checked_countries(self) -> tuple[str, ...]:
        return tuple(
            item.data(_ID_ROLE)
            for item in self._country_items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_countries(self, codes: Sequence[str]) -> None:
        wanted = set(codes)
        countries = self.ui.countriesList
        countries.blockSignals(True)
        for item in self._country_items():
            checked = item.data(_ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        countries.blockSignals(False)
        self._show_countries()

    def _show_countries(self) -> None:
        names = [country_name(code) for code in self.checked_countries()]
        self.ui.countriesSummary.setText(
            self.tr("Chosen: {countries}").format(countries=", ".join(names))
            if names
            else self.tr("No country chosen yet: tick the countries where the project takes place.")
        )

    def _filter_countries(self, text: str) -> None:
        needle = fold(text.strip())
        countries = self.ui.countriesList
        for row in range(countries.count()):
            item = countries.item(row)
            if item.data(_ID_ROLE) is None:
                item.setHidden(bool(needle))  # the group headings, while filtering
            else:
                code = str(item.data(_ID_ROLE)).lower()
                item.setHidden(bool(needle) and needle not in fold(item.text()) and needle != code)

    def checked_sdgs(self) -> tuple[int, ...]:
        sdgs = self.ui.sdgList
        return tuple(
            int(sdgs.item(row).data(_ID_ROLE))
            for row in range(sdgs.count())
            if sdgs.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_sdgs(self, goals: Sequence[int]) -> None:
        sdgs = self.ui.sdgList
        for row in range(sdgs.count()):
            item = sdgs.item(row)
            checked = item.data(_ID_ROLE) in set(goals)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    # -- partners ---------------------------------------------------------------------------------

    def _append_partner(self, partner: _Partner, role: str) -> None:
        table = self.ui.partnersTable
        row = table.rowCount()
        table.insertRow(row)
        name = _cell(partner.name)
        name.setData(_ID_ROLE, partner)
        country = country_name(partner.country_code) if partner.country_code else ""
        if partner.actor_id is not None:
            country = country or country_name("IT")
        table.setItem(row, 0, name)
        table.setItem(row, 1, _cell(country))
        table.setItem(row, 2, _cell(partner.tax_code or ""))
        table.setItem(row, 3, _cell(role, editable=self.can_edit))

    def _fill_partners(self, detail: ApplicationDetail | None) -> None:
        self.ui.partnersTable.setRowCount(0)
        if detail is not None:
            for stored, shown in zip(detail.data.partners, detail.partners, strict=True):
                partner = _Partner(stored.actor_id, shown.name, stored.country_code, shown.tax_code)
                self._append_partner(partner, shown.role or "")
        self._update_partner_buttons()

    def partner_rows(self) -> tuple[tuple[int | None, str | None, str | None, str], ...]:
        table = self.ui.partnersTable
        rows = []
        for row in range(table.rowCount()):
            partner: _Partner = table.item(row, 0).data(_ID_ROLE)
            role = table.item(row, 3)
            name = None if partner.actor_id is not None else partner.name
            rows.append((partner.actor_id, name, partner.country_code, role.text().strip() if role else ""))
        return tuple(rows)

    def add_tuscan_partner(self) -> None:
        actor = self.partner_picker.actor
        if actor is None:
            return
        partner = _Partner(actor.id, actor.name, None, actor.tax_code)
        self._append_partner(partner, self.ui.partnerRoleEdit.text().strip() or "partner")
        self.partner_picker.set_actor(None)
        self.ui.partnerRoleEdit.clear()
        self.ui.partnersError.hide()
        self._update_partner_buttons()

    def add_foreign_partner(self) -> None:
        ui = self.ui
        name = " ".join(ui.foreignNameEdit.text().split())
        if not name:
            return
        combo = ui.foreignCountryCombo
        index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        code = combo.itemData(index) if index > 0 else None
        if code is None:
            ui.partnersError.setText(
                self.tr("Choose the country of «{name}» from the list.").format(name=name)
            )
            ui.partnersError.show()
            combo.setFocus()
            return
        self._append_partner(_Partner(None, name, code, None), ui.foreignRoleEdit.text().strip())
        ui.foreignNameEdit.clear()
        ui.foreignRoleEdit.clear()
        combo.setCurrentIndex(0)
        ui.partnersError.hide()

    def remove_partners(self) -> None:
        table = self.ui.partnersTable
        for row in sorted({index.row() for index in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)
        self._update_partner_buttons()

    def _update_partner_buttons(self) -> None:
        ui = self.ui
        ui.removePartnerButton.setEnabled(self.can_edit and bool(ui.partnersTable.selectedIndexes()))
        ui.addTuscanButton.setEnabled(self.can_edit and self.partner_picker.actor is not None)
        ui.addForeignButton.setEnabled(self.can_edit and bool(ui.foreignNameEdit.text().strip()))

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        """Show what is stored now (or an empty application), dropping any edits."""
        ui = self.ui
        self._call = self._services.call_records.get(self.call_id)
        detail = self._records.get(self.application_id) if self.application_id is not None else None
        self._fill_countries(self._call.data.countries)
        ui.countryFilterEdit.clear()
        data = detail.data if detail else None
        self._version = detail.version if detail else 0
        ui.protocolNumberEdit.setText(data.protocol_number if data else "")
        ui.protocolDateEdit.setDate(
            QDate(data.protocol_date) if data and data.protocol_date else QDate.currentDate()
        )
        self.lead_picker.set_actor(
            PickedActor(
                detail.data.lead_actor_id or 0, detail.lead_name, detail.lead_type, detail.lead_tax_code
            )
            if detail
            else None
        )
        ui.titleEdit.setText(data.title if data else "")
        ui.summaryEdit.setPlainText((data.summary if data else None) or "")
        theme = data.theme if data else None
        ui.themeCombo.setCurrentIndex(max(0, ui.themeCombo.findData(theme.value)) if theme else 0)
        dac = data.dac_code if data else None
        ui.dacEdit.setText(f"{dac} — {self._dac_names[dac]}" if dac in self._dac_names else (dac or ""))
        ui.cupEdit.setText((data.cup if data else None) or "")
        ui.startDateEdit.setText(day_text(data.start_date if data else None))
        ui.endDateEdit.setText(day_text(data.end_date if data else None))
        ui.durationSpin.setValue((data.duration_months if data else None) or 0)
        ui.totalCostEdit.setText(amount_text(data.total_cost if data else None))
        ui.requestedGrantEdit.setText(amount_text(data.requested_grant if data else None))
        self.set_countries(data.countries if data else ())
        self.set_sdgs(data.sdgs if data else ())
        self._fill_partners(detail)
        call = self._call.data
        ui.cofundingRule.setText(
            self.tr("The call asks for at least {share} of co-funding and grants at most {grant}.").format(
                share=format_percent(call.min_cofunding_pct), grant=format_money(call.max_grant)
            )
            if call.max_grant is not None
            else self.tr("The call asks for at least {share} of co-funding.").format(
                share=format_percent(call.min_cofunding_pct)
            )
        )
        self._update_cofunding()
        self._show_procedure(detail)
        self._clear_errors()
        self._loaded = self.state()

    def _show_procedure(self, detail: ApplicationDetail | None) -> None:
        """Everything that is not the form: header, locks, formal check, status, history, changes."""
        ui = self.ui
        self.detail = detail
        call = self._call
        assert call is not None
        if detail is None:
            self.setWindowTitle(self.tr("New application — {call}").format(call=call.data.code))
            status = self.tr("new application, not registered yet")
        else:
            self.setWindowTitle(
                self.tr("Application {protocol} — {lead}").format(
                    protocol=detail.data.protocol_number, lead=detail.lead_name
                )
            )
            status = detail.status.label
        ui.headerLabel.setText(
            self.tr("Call {code} «{title}» ({call_status}) · Application: {status}").format(
                code=call.data.code, title=call.data.title, call_status=call.status.label, status=status
            )
        )
        ui.lockedBanner.setText(
            self.tr(
                "The ranking of the call was approved by decree: protocol date, lead applicant and amounts "
                "can no longer change, nor can the formal check."
            )
        )
        self._lock_decisive_fields(bool(detail and detail.decisive_fields_locked))
        for page in (ui.admissibilityPage, ui.statusPage):
            index = ui.tabWidget.indexOf(page)
            ui.tabWidget.setTabEnabled(index, detail is not None)
            ui.tabWidget.setTabToolTip(
                index,
                ""
                if detail
                else self.tr("Save the application first: the checks run when it is registered."),
            )
        self._fill_checks(detail)
        self._fill_integrations(detail.integrations if detail else [])
        self._fill_status(detail)
        if self.changes_view is not None and self.application_id is not None:
            self.changes_view.show_items(self._services.audit.history("applications", self.application_id))
        if self.documents_view is not None:
            self.documents_view.reload()
        ui.actionError.hide()
        ui.statusError.hide()
        self._update_actions()

    def _fill_checks(self, detail: ApplicationDetail | None) -> None:
        ui = self.ui
        checks = detail.checks if detail else []
        table = ui.checksTable
        table.setRowCount(len(checks))
        for row, check in enumerate(checks):
            name = check.label if check.automatic else self.tr("Document: {name}").format(name=check.label)
            label = _cell(name)
            label.setData(_ID_ROLE, check.code)
            outcome_text = (
                self.tr("{outcome} (overridden)").format(outcome=check.outcome.label)
                if check.overridden
                else check.outcome.label
            )
            outcome = _cell(outcome_text)
            outcome.setForeground(_OVERRIDDEN_COLOUR if check.overridden else _OUTCOME_COLOURS[check.outcome])
            font = outcome.font()
            font.setBold(True)
            outcome.setFont(font)
            override = ""
            if check.overridden:
                override = self.tr("{reason} ({user})").format(
                    reason=check.override_reason, user=check.overridden_by or self.tr("unknown user")
                )
            table.setItem(row, 0, label)
            table.setItem(row, 1, outcome)
            table.setItem(row, 2, _cell(check.reason or ""))
            table.setItem(row, 3, _cell(override))
        table.resizeRowsToContents()
        # The verdict, and the reasons exactly as the letters will quote them.
        reasons = detail.exclusion_reasons if detail else ()
        open_items = sum(1 for c in checks if c.outcome is CheckOutcome.DA_VERIFICARE and not c.overridden)
        if detail is None:
            kind, text = "open", ""
        elif not checks:
            kind, text = "open", self.tr("The checks have not been run yet: click «Run the checks».")
        elif detail.admissible is True:
            kind, text = "ok", self.tr("Admissible: every check is passed.")
        elif detail.admissible is False:
            kind, text = "no", self.tr("Not admissible: %n check(s) not passed.", "", len(reasons))
        elif detail.status is ApplicationStatus.INTEGRAZIONI_RICHIESTE:
            kind = "open"
            text = self.tr(
                "Waiting for the documents requested: the check goes on when the applicant answers."
            )
        else:
            kind, text = "open", self.tr("Formal check to complete: %n item(s) to verify.", "", open_items)
        ui.verdictLabel.setText(text)
        ui.verdictLabel.setStyleSheet(_BANNERS[kind])
        ui.reasonsEdit.setPlainText("\n".join(reasons))
        ui.reasonsLabel.setVisible(bool(reasons))
        ui.reasonsEdit.setVisible(bool(reasons))

    def _fill_integrations(self, requests: Sequence[IntegrationView]) -> None:
        table = self.ui.integrationsTable
        table.setRowCount(len(requests))
        for row, request in enumerate(requests):
            first = _cell(format_date(request.requested_on))
            first.setData(_ID_ROLE, request.id)
            answered = format_date(request.answered_on) if request.answered_on else self.tr("waiting")
            table.setItem(row, 0, first)
            table.setItem(row, 1, _cell(format_date(request.deadline)))
            table.setItem(row, 2, _cell(request.description))
            table.setItem(row, 3, _cell(answered))
            table.setItem(row, 4, _cell(request.answer_note or ""))

    def _fill_status(self, detail: ApplicationDetail | None) -> None:
        ui = self.ui
        ui.statusValue.setText(detail.status.label if detail else "")
        granted = detail.granted_amount if detail else None
        ui.grantedValue.setText(
            self.tr("Grant: {amount}").format(amount=format_money(granted)) if granted is not None else ""
        )
        history = detail.history if detail else []
        table = ui.historyTable
        table.setRowCount(len(history))
        for row, change in enumerate(history):
            table.setItem(row, 0, _cell(format_datetime(_local(change.changed_at))))
            table.setItem(row, 1, _cell(change.from_status.label if change.from_status else "—"))
            table.setItem(row, 2, _cell(change.to_status.label))
            table.setItem(row, 3, _cell(change.user_name or ""))
            table.setItem(row, 4, _cell(change.note or ""))

    # -- reading the form -------------------------------------------------------------------------

    def state(self) -> FormState:
        ui = self.ui
        texts = tuple(edit.text().strip() for edit in self.text_edits.values())
        return FormState(
            texts=(*texts, ui.leadEdit.text().strip(), ui.summaryEdit.toPlainText().strip()),
            protocol_date=ui.protocolDateEdit.date(),
            lead_id=self.lead_picker.actor_id,
            theme=ui.themeCombo.currentData(),
            duration=ui.durationSpin.value(),
            partners=self.partner_rows(),
            countries=frozenset(self.checked_countries()),
            sdgs=frozenset(self.checked_sdgs()),
        )

    def is_modified(self) -> bool:
        return self._loaded is not None and self.state() != self._loaded

    def data(self) -> ApplicationData:
        """The form as the service takes it; InputErrors for amounts or dates that cannot be read."""
        ui = self.ui
        problems: list[tuple[str, str]] = []

        def read(field: str, parse: Callable[[str], Any]) -> Any:
            try:
                return parse(self.text_edits[field].text())
            except ValueError as exc:
                problems.append((field, str(exc)))
                return None

        total = read("total_cost", parse_amount)
        requested = read("requested_grant", parse_amount)
        start = read("start_date", parse_day)
        end = read("end_date", parse_day)
        if problems:
            raise InputErrors(problems)
        dac_text = ui.dacEdit.text().strip()
        match = _DAC_CODE.match(dac_text)
        theme = ui.themeCombo.currentData()
        return ApplicationData(
            protocol_number=ui.protocolNumberEdit.text(),
            protocol_date=ui.protocolDateEdit.date().toPython(),  # type: ignore[arg-type]
            lead_actor_id=self.lead_picker.actor_id,
            title=ui.titleEdit.text(),
            total_cost=total,
            requested_grant=requested,
            summary=ui.summaryEdit.toPlainText().strip() or None,
            theme=Theme(theme) if theme else None,
            dac_code=(match.group(1) if match else dac_text) or None,
            start_date=start,
            end_date=end,
            duration_months=ui.durationSpin.value() or None,
            cup=ui.cupEdit.text().strip() or None,
            partners=tuple(
                PartnerData(actor_id, name, country, role or None)
                for actor_id, name, country, role in self.partner_rows()
            ),
            countries=self.checked_countries(),
            sdgs=self.checked_sdgs(),
        )

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Register or update, then close; on errors stay open with every edit kept."""
        if not self.can_edit:
            self.done(0)
            return False
        self._clear_errors()
        try:
            data = self.data()
        except InputErrors as exc:
            self._show_field_errors(exc.errors)
            return False
        try:
            if self.application_id is None:
                self.application_id = self._records.register(self.call_id, data)
            else:
                self._version = self._records.update(self.application_id, self._version, data)
        except ValidationErrors as exc:
            self._show_field_errors([(e.field, e.message) for e in exc.errors])
            return False
        except ServiceError as exc:
            if self.answer_refusal(exc, self.tr("Application not found")):
                return False
            self.ui.generalError.setText(str(exc))
            self.ui.generalError.show()
            self.ui.tabWidget.setCurrentWidget(self.ui.dataPage)
            return False
        self._loaded = self.state()
        self.accept()
        return True

    def _clear_errors(self) -> None:
        for _widget, label in self.fields.values():
            label.clear()
            label.hide()
        self.ui.generalError.clear()
        self.ui.generalError.hide()

    def _show_field_errors(self, errors: Sequence[tuple[str, str]]) -> None:
        general: list[str] = []
        shown: dict[str, list[str]] = {}
        for field, message in errors:
            if field in self.fields:
                shown.setdefault(field, []).append(message)
            else:
                general.append(f"{APPLICATION_FIELD_LABELS.get(field, field)}: {message}")
        for field, messages in shown.items():
            label = self.fields[field][1]
            label.setText("\n".join(messages))
            label.show()
        if general:
            self.ui.generalError.setText("\n".join(general))
            self.ui.generalError.show()
        first = next((field for field, _message in errors if field in self.fields), None)
        if first is None:
            self.ui.tabWidget.setCurrentWidget(self.ui.dataPage)
            return
        widget = self.fields[first][0]
        page = {
            "partners": self.ui.partnersPage,
            "countries": self.ui.placesPage,
            "sdgs": self.ui.placesPage,
        }.get(first, self.ui.dataPage)
        self.ui.tabWidget.setCurrentWidget(page)
        widget.setFocus()
        if isinstance(widget, QLineEdit):
            widget.selectAll()

    # -- the formal check and the status: each action is saved at once ---------------------------

    def selected_check(self) -> CheckView | None:
        if self.detail is None:
            return None
        rows = {index.row() for index in self.ui.checksTable.selectedIndexes()}
        if len(rows) != 1:
            return None
        code = self.ui.checksTable.item(rows.pop(), 0).data(_ID_ROLE)
        return next((c for c in self.detail.checks if c.code == code), None)

    def select_check(self, code: str) -> None:
        table = self.ui.checksTable
        for row in range(table.rowCount()):
            if table.item(row, 0).data(_ID_ROLE) == code:
                table.selectRow(row)
                return

    def selected_integration(self) -> IntegrationView | None:
        if self.detail is None:
            return None
        rows = {index.row() for index in self.ui.integrationsTable.selectedIndexes()}
        if len(rows) != 1:
            return None
        request_id = self.ui.integrationsTable.item(rows.pop(), 0).data(_ID_ROLE)
        return next((r for r in self.detail.integrations if r.id == request_id), None)

    def _update_actions(self) -> None:
        """Grey out what the role, the stage of the call or the status does not allow now."""
        ui = self.ui
        detail = self.detail
        editable = self.can_edit and detail is not None and not detail.decisive_fields_locked
        checking = editable and detail is not None and detail.status not in CLOSED_STATUSES
        check = self.selected_check()
        document = checking and check is not None and not check.automatic
        ui.documentOkButton.setEnabled(document)
        ui.documentMissingButton.setEnabled(document)
        ui.overrideButton.setEnabled(
            checking
            and check is not None
            and check.outcome is not CheckOutcome.SUPERATO
            and not check.overridden
        )
        ui.clearOverrideButton.setEnabled(checking and check is not None and check.overridden)
        ui.rerunButton.setEnabled(checking)
        ui.requestIntegrationButton.setEnabled(
            checking and detail is not None and detail.status in FORMAL_STATUSES
        )
        request = self.selected_integration()
        ui.answerIntegrationButton.setEnabled(editable and request is not None and request.open)
        status = detail.status if detail else None
        ui.withdrawButton.setEnabled(editable and status is not None and status not in CLOSED_STATUSES)
        ui.restoreButton.setEnabled(editable and status is ApplicationStatus.RITIRATA)
        ui.revokeButton.setEnabled(self.can_edit and status in _FUNDED)

    def _after_action(self) -> None:
        """Show the record as the action left it, keeping the form's unsaved edits."""
        assert self.application_id is not None and self.detail is not None
        try:
            detail = self._records.get(self.application_id)
        except NotFoundError as exc:
            QMessageBox.warning(self, self.tr("Application not found"), str(exc))
            return
        if detail.data != self.detail.data:
            # Someone else changed the data meanwhile: reload if nothing was typed here; otherwise
            # keep the old version, so that Save reports the conflict instead of overwriting.
            if not self.is_modified():
                self.load()
                return
        else:
            self._version = detail.version
        self._show_procedure(detail)

    def _act(self, action: Callable[[], object], error_label: QLabel) -> bool:
        """Run a one-click action; a refusal is shown under the page's table."""
        try:
            action()
        except ServiceError as exc:
            error_label.setText(str(exc))
            error_label.show()
            return False
        self._after_action()
        return True

    def _note_dialog(
        self, title: str, prompt: str, apply: Callable[[str, date | None], None], **options: Any
    ) -> NoteDialog:
        dialog = NoteDialog(self, title, prompt, apply, **options)
        dialog.accepted.connect(self._after_action)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def confirm_document(self, ok: bool) -> NoteDialog | None:
        check = self.selected_check()
        if check is None or check.document_id is None or self.application_id is None:
            return None
        app_id, document_id = self.application_id, check.document_id
        if ok:
            title = self.tr("Document in order")
            prompt = self.tr("«{document}» is present and in order.").format(document=check.label)
            placeholder = self.tr("Optional note, e.g. signed digitally on 02/03/2026")
        else:
            title = self.tr("Document missing or irregular")
            prompt = self.tr(
                "«{document}» is missing or irregular. The note goes into the reason that letters quote: "
                "say what is wrong."
            ).format(document=check.label)
            placeholder = self.tr("e.g. manca la firma del legale rappresentante")
        return self._note_dialog(
            title,
            prompt,
            lambda note, _day: self._records.confirm_document(app_id, document_id, ok, note),
            required=False,
            note_label=self.tr("Note"),
            placeholder=placeholder,
        )

    def override_check(self) -> NoteDialog | None:
        check = self.selected_check()
        if check is None or self.application_id is None:
            return None
        app_id, code = self.application_id, check.code
        return self._note_dialog(
            self.tr("Override a check"),
            self.tr(
                "«{check}»: {reason}\n\nThe check will count as passed. Write why: the reason is required "
                "and is logged with your name."
            ).format(check=check.label, reason=check.reason or check.outcome.label),
            lambda reason, _day: self._records.override_check(app_id, code, reason),
            required=True,
            note_label=self.tr("Reason"),
            ok_text=self.tr("&Override"),
        )

    def clear_override(self) -> bool:
        check = self.selected_check()
        if check is None or self.application_id is None:
            return False
        app_id, code = self.application_id, check.code
        return self._act(lambda: self._records.clear_override(app_id, code), self.ui.actionError)

    def run_checks(self) -> bool:
        if self.application_id is None:
            return False
        app_id = self.application_id
        return self._act(lambda: self._records.run_admissibility(app_id), self.ui.actionError)

    def request_integration(self) -> NoteDialog | None:
        if self.application_id is None:
            return None
        app_id = self.application_id

        def apply(description: str, deadline: date | None) -> None:
            self._records.request_integration(app_id, description, deadline or date.today())

        return self._note_dialog(
            self.tr("Request missing documents"),
            self.tr("The application waits in «Integrazioni richieste» until the answer is recorded."),
            apply,
            required=True,
            note_label=self.tr("Documents requested"),
            placeholder=self.tr("e.g. Piano finanziario firmato dal legale rappresentante"),
            date_label=self.tr("Deadline"),
            initial_date=date.today() + timedelta(days=_INTEGRATION_DAYS),
            ok_text=self.tr("&Record request"),
        )

    def answer_integration(self) -> NoteDialog | None:
        request = self.selected_integration()
        if request is None:
            return None
        request_id = request.id
        return self._note_dialog(
            self.tr("Answer to the request"),
            self.tr("Requested on {day}: {description}").format(
                day=format_date(request.requested_on), description=request.description
            ),
            lambda note, day: self._records.answer_integration(request_id, day or date.today(), note),
            required=False,
            note_label=self.tr("Note"),
            date_label=self.tr("Answered on"),
        )

    def change_status(self, target: ApplicationStatus) -> NoteDialog | None:
        if self.application_id is None:
            return None
        app_id = self.application_id
        texts = {
            ApplicationStatus.RITIRATA: (
                self.tr("Withdraw the application"),
                self.tr("The application leaves the procedure: it is no longer checked or evaluated."),
                False,
            ),
            ApplicationStatus.RICEVUTA: (
                self.tr("Back to received"),
                self.tr("The withdrawn application comes back into the procedure and is checked again."),
                False,
            ),
            ApplicationStatus.REVOCATA: (
                self.tr("Revoke the grant"),
                self.tr("The grant is revoked. Write the reason: it is required."),
                True,
            ),
        }
        title, prompt, required = texts[target]
        return self._note_dialog(
            title,
            prompt,
            lambda note, _day: self._set_status(app_id, target, note),
            required=required,
            note_label=self.tr("Reason") if required else self.tr("Note"),
        )

    def _set_status(self, app_id: int, target: ApplicationStatus, note: str) -> None:
        # The version this window knows: a status changed by someone else meanwhile is refused
        # (ConcurrentEditError, shown in the note's window), never overwritten.
        self._records.set_status(app_id, self._version, target, note)
