"""The record of one call (bando): its rules, requirements, documents, grid, committee and lifecycle.

The services judge what is valid and what the call's status still allows; this dialog shows their
Italian messages (under the fields, or as the list of what blocks a change of status), and makes
read-only what the status has locked, saying why. The list-like sections live in call_sections.py.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import UTC, date, datetime
from decimal import Decimal

from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from coop_desktop.domain.call_lifecycle import (
    ADMISSIBILITY_LOCKED,
    FINANCES_LOCKED,
    GRID_LOCKED,
    OUTCOME_LOCKED,
    transition_problems,
)
from coop_desktop.domain.call_rules import CALL_FIELD_LABELS, CallData, field_labels
from coop_desktop.domain.enums import ActorType, CallStatus, Theme
from coop_desktop.domain.formatting import format_date, format_datetime
from coop_desktop.domain.permissions import Permission
from coop_desktop.services.call_records import CallDetail, TransitionRefused
from coop_desktop.services.errors import (
    ConcurrentEditError,
    ServiceError,
    ValidationErrors,
)
from coop_desktop.services.users import UserRow
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.call_sections import (
    CommitteeEditor,
    CountryChooser,
    CriteriaEditor,
    DocumentsEditor,
    check_list_add,
    check_list_editable,
    check_list_fill,
    check_list_value,
    table_item,
)
from coop_desktop.ui.dialogs.record_dialog import RecordDialog
from coop_desktop.ui.forms.ui_call_dialog import Ui_CallDialog
from coop_desktop.ui.widgets.audit_history import AuditHistoryView
from coop_desktop.ui.widgets.optional_date_edit import OptionalDateEdit

# The fields of the first page: the widget holding each and the label under it for its errors.
FIELD_WIDGETS: dict[str, tuple[str, str]] = {
    "code": ("codeEdit", "codeError"),
    "title": ("titleEdit", "titleError"),
    "year": ("yearSpin", "yearError"),
    "description": ("descriptionEdit", "descriptionError"),
    "act_number": ("actNumberEdit", "actNumberError"),
    "act_date": ("actDateEdit", "actDateError"),
    "burt_number": ("burtNumberEdit", "burtNumberError"),
    "burt_date": ("burtDateEdit", "burtDateError"),
    "opens_on": ("opensOnEdit", "opensOnError"),
    "deadline": ("deadlineEdit", "deadlineError"),
    "budget": ("budgetSpin", "budgetError"),
    "max_grant": ("maxGrantSpin", "maxGrantError"),
    "min_cofunding_pct": ("minCofundingSpin", "minCofundingError"),
    "min_total_score": ("minTotalScoreSpin", "minTotalScoreError"),
    "evaluators_per_application": ("evaluatorsSpin", "evaluatorsError"),
    "divergence_threshold_pct": ("divergenceSpin", "divergenceError"),
    "max_duration_months": ("maxDurationSpin", "maxDurationError"),
    "min_partners": ("minPartnersSpin", "minPartnersError"),
}
# Errors about a whole list: the label under it, and its page.
LIST_ERRORS: dict[str, tuple[str, str]] = {
    "eligible_types": ("eligibleTypesError", "requirementsPage"),
    "themes": ("themesError", "requirementsPage"),
    "countries": ("countriesError", "requirementsPage"),
    "documents": ("documentsError", "documentsPage"),
    "criteria": ("criteriaError", "gridPage"),
    "committee": ("committeeError", "committeePage"),
}


def _money(value: float) -> Decimal:
    return Decimal(f"{value:.2f}")


def _optional_money(value: float) -> Decimal | None:
    """Spin boxes whose zero reads «no limit» / «none»."""
    return _money(value) if value > 0 else None


def _local(moment: datetime) -> str:
    """A stored UTC time as the PC's local time, as elsewhere in the app."""
    return format_datetime(moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


class CallDialog(RecordDialog):
    def __init__(
        self, services: AppServices, call_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._records = services.call_records
        self.call_id = call_id
        self._version = 0
        self._detail: CallDetail | None = None
        # Something was saved or the status changed: the list behind the dialog needs a reload.
        self.changed = False
        self._can_edit = services.user.can(Permission.EDIT_CALLS)
        self.ui = Ui_CallDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.transition_buttons: dict[CallStatus, QPushButton] = {}
        for actor_type in ActorType:
            check_list_add(ui.typesList, actor_type.label, actor_type)
        for theme in Theme:
            check_list_add(ui.themesList, theme.label, theme)
        self.countries = CountryChooser(ui, self)
        self.documents = DocumentsEditor(ui, self)
        self.criteria = CriteriaEditor(ui, self)
        self.committee = CommitteeEditor(ui, self)
        history = ui.historyTable.horizontalHeader()
        history.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        history.setStretchLastSection(True)
        # One text line per row, all rows alike (the committee's role boxes need a little more).
        line = self.fontMetrics().height() + 8
        for table, height in (
            (ui.historyTable, line),
            (ui.criteriaTable, line),
            (ui.committeeTable, line + 6),
        ):
            table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            table.verticalHeader().setDefaultSectionSize(height)
        ui.transitionButtonsLayout.setStretchFactor(ui.noTransitionLabel, 1)
        self.changes_view: AuditHistoryView | None = None
        if call_id is not None and services.user.can(Permission.VIEW_AUDIT):
            self.changes_view = AuditHistoryView(self)
            ui.tabWidget.addTab(self.changes_view, self.tr("C&hanges"))
        self._connect()
        self._loaded: CallData | None = None
        self.load()

    def _connect(self) -> None:
        ui = self.ui
        for widget_name, error_name in FIELD_WIDGETS.values():
            widget = getattr(ui, widget_name)
            label = getattr(ui, error_name)
            # A corrected field loses its message at once; the others keep theirs until the next save.
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(label.hide)
            elif isinstance(widget, QPlainTextEdit):
                widget.textChanged.connect(label.hide)
            elif isinstance(widget, OptionalDateEdit):
                widget.dateChanged.connect(label.hide)
            else:
                widget.valueChanged.connect(label.hide)
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    # -- loading ----------------------------------------------------------------------------------

    def load(self) -> None:
        """Show what is stored now (or an empty call), dropping any edits."""
        detail = self._records.get(self.call_id) if self.call_id is not None else None
        self._detail = detail
        self._version = detail.version if detail else 0
        data = detail.data if detail else CallData("", "", date.today().year, Decimal(0))
        ui = self.ui
        self._fill_general(data)
        check_list_fill(ui.typesList, frozenset(data.eligible_types))
        check_list_fill(ui.themesList, frozenset(data.themes))
        self.countries.fill(data.countries)
        self.documents.fill(data.documents)
        self.criteria.fill(data.criteria)
        self.committee.fill(detail.committee if detail else [], self._committee_candidates())
        self._fill_status(detail)
        if self.changes_view is not None and self.call_id is not None:
            self.changes_view.show_items(self._services.audit.history("calls", self.call_id))
        self._apply_locks(detail)
        self._show_header(detail, data)
        self._clear_errors()
        self._loaded = self.state()

    def _committee_candidates(self) -> list[UserRow]:
        if not self._can_edit:
            return []
        try:
            return self._services.users.committee_candidates()
        except ServiceError:
            return []

    def _show_header(self, detail: CallDetail | None, data: CallData) -> None:
        ui = self.ui
        if detail is None:
            self.setWindowTitle(self.tr("New call"))
            ui.headerLabel.setText(self.tr("New call"))
            ui.statusBadge.setText(
                self.tr("It will be saved as a draft («{status}»)").format(status=CallStatus.BOZZA.label)
            )
        else:
            self.setWindowTitle(self.tr("Call {code}").format(code=data.code))
            ui.headerLabel.setText(f"{data.code} – {data.title}")
            ui.headerLabel.setToolTip(data.title)
            ui.statusBadge.setText(detail.status.label)

    def _fill_general(self, data: CallData) -> None:
        ui = self.ui
        ui.codeEdit.setText(data.code)
        ui.titleEdit.setText(data.title)
        ui.titleEdit.setCursorPosition(0)  # a long title shows its beginning
        ui.yearSpin.setValue(data.year)
        ui.descriptionEdit.setPlainText(data.description or "")
        ui.actNumberEdit.setText(data.act_number or "")
        ui.actDateEdit.set_value(data.act_date)
        ui.burtNumberEdit.setText(data.burt_number or "")
        ui.burtDateEdit.set_value(data.burt_date)
        ui.opensOnEdit.set_value(data.opens_on)
        ui.deadlineEdit.set_value(data.deadline)
        ui.budgetSpin.setValue(float(data.budget))
        ui.maxGrantSpin.setValue(float(data.max_grant or 0))
        ui.minCofundingSpin.setValue(float(data.min_cofunding_pct))
        ui.partialLastCheck.setChecked(data.allow_partial_last)
        ui.minTotalScoreSpin.setValue(float(data.min_total_score or 0))
        ui.evaluatorsSpin.setValue(data.evaluators_per_application)
        ui.divergenceSpin.setValue(float(data.divergence_threshold_pct))
        ui.commentsRequiredCheck.setChecked(data.comments_required)
        ui.maxDurationSpin.setValue(data.max_duration_months or 0)
        ui.minPartnersSpin.setValue(data.min_partners or 0)

    def _fill_status(self, detail: CallDetail | None) -> None:
        ui = self.ui
        tabs = ui.tabWidget
        tabs.setTabEnabled(tabs.indexOf(ui.statusPage), detail is not None)
        for button in self.transition_buttons.values():
            ui.transitionButtonsLayout.removeWidget(button)
            button.deleteLater()
        self.transition_buttons = {}
        ui.transitionNoteEdit.clear()
        ui.rankingDecreeNumberEdit.clear()
        ui.rankingDecreeDateEdit.clear()
        self._hide_problems()
        if detail is None:
            ui.historyTable.setRowCount(0)
            return
        ui.currentStatusLabel.setText(detail.status.label)
        if detail.applications:
            order = list(type(next(iter(detail.application_counts))))
            parts = " · ".join(
                f"{status.label} {count}"
                for status, count in sorted(
                    detail.application_counts.items(), key=lambda p: order.index(p[0])
                )
            )
            ui.applicationsLabel.setText(
                self.tr("%n application(s) registered", "", detail.applications) + f"\n{parts}"
            )
        else:
            ui.applicationsLabel.setText(self.tr("No application registered yet."))
        ui.rankingLabel.setText(
            self.tr("Ranking approved with {decree}.").format(decree=detail.ranking_decree)
            if detail.ranking_decree
            else ""
        )
        ui.rankingLabel.setVisible(bool(detail.ranking_decree))
        statuses = list(CallStatus)
        for position, target in enumerate(detail.next_statuses):
            back = statuses.index(target) < statuses.index(detail.status)
            text = self.tr("Back to «{status}»") if back else self.tr("Move to «{status}»")
            button = QPushButton(text.format(status=target.label))
            button.setEnabled(self._can_edit)
            button.clicked.connect(lambda _checked=False, t=target: self.change_status(t))
            ui.transitionButtonsLayout.insertWidget(position, button)
            self.transition_buttons[target] = button
        approving = CallStatus.GRADUATORIA_APPROVATA in detail.next_statuses
        for widget in (ui.rankingDecreeLabel, ui.rankingDecreeNumberEdit, ui.rankingDecreeOfLabel,
                       ui.rankingDecreeDateEdit):  # fmt: skip
            widget.setVisible(approving)
        movable = bool(detail.next_statuses)
        for widget in (ui.transitionNoteLabel, ui.transitionNoteEdit):
            widget.setVisible(movable)
        ui.transitionNoteEdit.setEnabled(self._can_edit)
        if not movable:
            ui.noTransitionLabel.setText(
                self.tr("The ranking is approved: the call has reached its last status.")
            )
        elif not self._can_edit:
            ui.noTransitionLabel.setText(self.tr("Your role can read the call but not change its status."))
        else:
            ui.noTransitionLabel.clear()
        ui.noTransitionLabel.setVisible(bool(ui.noTransitionLabel.text()))
        self._fill_history(detail)

    def _fill_history(self, detail: CallDetail) -> None:
        table = self.ui.historyTable
        table.setRowCount(0)
        for change in reversed(detail.history):  # newest first
            row = table.rowCount()
            table.insertRow(row)
            values = (
                _local(change.changed_at),
                change.from_status.label if change.from_status else "",
                change.to_status.label,
                change.user_name or "",
                change.note or "",
            )
            for column, text in enumerate(values):
                item = table_item(text)
                item.setToolTip(text)
                table.setItem(row, column, item)

    # -- locks and roles --------------------------------------------------------------------------

    def _apply_locks(self, detail: CallDetail | None) -> None:
        """Read-only what the role or the call's status does not allow to change, with the reason."""
        ui = self.ui
        edit = self._can_edit
        grid = edit and not (detail and detail.grid_locked)
        money = edit and not (detail and detail.financial_rules_locked)
        admissibility = edit and not (detail and detail.admissibility_rules_locked)
        evaluation = edit and not (detail and detail.outcome_locked)
        free = (
            ui.codeEdit, ui.titleEdit, ui.yearSpin, ui.descriptionEdit, ui.actNumberEdit, ui.actDateEdit,
            ui.burtNumberEdit, ui.burtDateEdit, ui.opensOnEdit, ui.maxDurationSpin, ui.minPartnersSpin,
        )  # fmt: skip
        for widget in free:
            self._set_editable(widget, edit)
        for widget in (ui.budgetSpin, ui.maxGrantSpin, ui.minCofundingSpin, ui.partialLastCheck):
            self._set_editable(widget, money)
        self._set_editable(ui.deadlineEdit, admissibility)
        self._set_editable(ui.minTotalScoreSpin, grid)
        for widget in (ui.evaluatorsSpin, ui.divergenceSpin, ui.commentsRequiredCheck):
            self._set_editable(widget, evaluation)
        check_list_editable(ui.typesList, admissibility)
        check_list_editable(ui.themesList, edit)
        self.countries.set_editable(edit)
        self.documents.set_editable(admissibility, visible=edit)
        self.criteria.set_editable(grid, visible=edit)
        self.committee.set_editable(edit)

        general: list[str] = []
        if detail is not None:
            reasons = [
                (detail.financial_rules_locked, FINANCES_LOCKED),
                (detail.admissibility_rules_locked, ADMISSIBILITY_LOCKED),
                (detail.grid_locked, GRID_LOCKED),
                (detail.outcome_locked, OUTCOME_LOCKED),
            ]
            general = [f"• {reason}" for locked, reason in reasons if locked]
            if general:
                heading = self.tr("In the status «{status}» some fields are read-only:")
                general.insert(0, heading.format(status=detail.status.label))
        self._show_banner(ui.generalBanner, general)
        admissibility_reason = [ADMISSIBILITY_LOCKED] if detail and detail.admissibility_rules_locked else []
        self._show_banner(ui.requirementsBanner, admissibility_reason)
        self._show_banner(ui.documentsBanner, admissibility_reason)
        self._show_banner(ui.gridBanner, [GRID_LOCKED] if detail and detail.grid_locked else [])
        ui.buttonBox.setStandardButtons(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
            if edit
            else QDialogButtonBox.StandardButton.Close
        )

    @staticmethod
    def _show_banner(label: QLabel, lines: list[str]) -> None:
        label.setText("\n".join(lines))
        label.setVisible(bool(lines))

    @staticmethod
    def _set_editable(widget: QWidget, editable: bool) -> None:
        if isinstance(widget, QAbstractSpinBox):
            widget.setReadOnly(not editable)
            # No arrows on a value that cannot change, nor a calendar or a clear button on a date.
            symbols = QAbstractSpinBox.ButtonSymbols
            widget.setButtonSymbols(symbols.UpDownArrows if editable else symbols.NoButtons)
            if isinstance(widget, OptionalDateEdit):
                widget.setCalendarPopup(editable)
                widget.set_clearable(editable)
        elif isinstance(widget, (QLineEdit, QPlainTextEdit)):
            widget.setReadOnly(not editable)
        elif isinstance(widget, (QCheckBox, QComboBox)):
            widget.setEnabled(editable)

    # -- reading the form -------------------------------------------------------------------------

    def data(self) -> CallData:
        ui = self.ui
        return CallData(
            code=ui.codeEdit.text(),
            title=ui.titleEdit.text(),
            year=ui.yearSpin.value(),
            budget=_money(ui.budgetSpin.value()),
            description=ui.descriptionEdit.toPlainText().strip() or None,
            act_number=ui.actNumberEdit.text().strip() or None,
            act_date=ui.actDateEdit.value(),
            burt_number=ui.burtNumberEdit.text().strip() or None,
            burt_date=ui.burtDateEdit.value(),
            opens_on=ui.opensOnEdit.value(),
            deadline=ui.deadlineEdit.value(),
            max_grant=_optional_money(ui.maxGrantSpin.value()),
            min_cofunding_pct=_money(ui.minCofundingSpin.value()),
            min_total_score=_optional_money(ui.minTotalScoreSpin.value()),
            allow_partial_last=ui.partialLastCheck.isChecked(),
            divergence_threshold_pct=_money(ui.divergenceSpin.value()),
            comments_required=ui.commentsRequiredCheck.isChecked(),
            evaluators_per_application=ui.evaluatorsSpin.value(),
            max_duration_months=ui.maxDurationSpin.value() or None,
            min_partners=ui.minPartnersSpin.value() or None,
            criteria=self.criteria.value(),
            documents=self.documents.value(),
            eligible_types=frozenset(ActorType(v) for v in check_list_value(ui.typesList)),
            themes=frozenset(Theme(v) for v in check_list_value(ui.themesList)),
            countries=self.countries.value(),
            committee=self.committee.value(),
        )

    def state(self) -> CallData:
        return self.data()

    def is_modified(self) -> bool:
        return self._can_edit and self.state() != self._loaded

    def discard_question(self) -> str:
        return self.tr("The call was changed. Save the changes?")

    # -- saving -----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store and close; on errors stay open with every edit kept."""
        if not self.apply_changes(reload=False):
            return False
        self.accept()
        return True

    def apply_changes(self, *, reload: bool = True) -> bool:
        """Store the form; with `reload`, show it again as stored (new documents get their ids)."""
        self._clear_errors()
        data = self.state()
        try:
            if self.call_id is None:
                self.call_id = self._records.create(data)
            else:
                self._version = self._records.update(self.call_id, self._version, data)
        except ValidationErrors as exc:
            self._show_errors(exc, data)
            return False
        except ServiceError as exc:
            if self.answer_refusal(exc, self.tr("Call not found")):
                return False
            self._show_general_error(str(exc))
            return False
        self.changed = True
        self._loaded = data
        if reload:
            self.load()
        return True

    def _clear_errors(self) -> None:
        ui = self.ui
        labels = [getattr(ui, error) for _widget, error in FIELD_WIDGETS.values()]
        labels += [getattr(ui, error) for error, _page in LIST_ERRORS.values()]
        for label in (*labels, ui.generalError):
            label.clear()
            label.hide()
        self.criteria.clear_marks()

    def _show_general_error(self, text: str) -> None:
        self.ui.generalError.setText(text)
        self.ui.generalError.show()

    @staticmethod
    def _add_line(label: QLabel, text: str) -> None:
        label.setText(f"{label.text()}\n{text}" if label.text() else text)
        label.show()

    def _show_errors(self, errors: ValidationErrors, data: CallData) -> None:
        ui = self.ui
        labels = field_labels(data)
        general: list[str] = []
        first_page: QWidget | None = None
        first_widget: QWidget | None = None
        for error in errors.errors:
            name = error.field
            if name in FIELD_WIDGETS:
                widget_name, error_name = FIELD_WIDGETS[name]
                self._add_line(getattr(ui, error_name), error.message)
                page, widget = ui.generalPage, getattr(ui, widget_name)
            elif name.startswith("criteria."):
                self._add_line(ui.criteriaError, f"{labels.get(name, name)}: {error.message}")
                page, widget = ui.gridPage, ui.criteriaTable
                _criteria, index, field = name.split(".", 2)
                if index.isdigit():
                    self.criteria.mark(int(index), field, error.message)
            elif name in LIST_ERRORS:
                error_name, page_name = LIST_ERRORS[name]
                self._add_line(getattr(ui, error_name), error.message)
                page, widget = getattr(ui, page_name), None
            else:
                general.append(f"{CALL_FIELD_LABELS.get(name, name)}: {error.message}")
                continue
            if first_page is None:
                first_page, first_widget = page, widget
        if general:
            self._show_general_error("\n".join(general))
        if first_page is not None:
            ui.tabWidget.setCurrentWidget(first_page)
            if first_widget is not None:
                first_widget.setFocus()
                if isinstance(first_widget, QLineEdit):
                    first_widget.selectAll()

    # -- lifecycle --------------------------------------------------------------------------------

    def change_status(self, target: CallStatus) -> bool:
        """Move the call to `target`: what blocks it is listed on the page; True once it moved."""
        if self.call_id is None or self._detail is None:
            return False
        ui = self.ui
        self._hide_problems()
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                self.tr("Change status"),
                self.tr("The call has unsaved changes. Save them before changing its status?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer != QMessageBox.StandardButton.Save or not self.apply_changes():
                return False
        number = ui.rankingDecreeNumberEdit.text().strip() or None
        issued_on = ui.rankingDecreeDateEdit.value()
        approving = target is CallStatus.GRADUATORIA_APPROVATA
        # The same guards the service applies, read first: no question for a move that cannot happen.
        try:
            facts = self._records.facts(self.call_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Change status"), str(exc))
            return False
        if approving:
            facts = dataclasses.replace(facts, decree_number=number, decree_date=issued_on)
        problems = transition_problems(facts, target)
        if problems:
            self._show_problems(target, problems)
            return False
        if not self._confirm(target, number, issued_on):
            return False
        try:
            self._version = self._records.transition(
                self.call_id,
                self._version,
                target,
                ui.transitionNoteEdit.text(),
                number if approving else None,
                issued_on if approving else None,
            )
        except TransitionRefused as exc:
            self._show_problems(target, exc.problems)
            return False
        except ConcurrentEditError as exc:
            if self.ask_reload(str(exc)):
                self.load()
            return False
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Change status"), str(exc))
            return False
        self.changed = True
        self.load()
        ui.tabWidget.setCurrentWidget(ui.statusPage)
        return True

    def _confirm(self, target: CallStatus, number: str | None, issued_on: date | None) -> bool:
        if target is CallStatus.IN_VALUTAZIONE:
            text = self.tr(
                "Start the evaluation of the call? From then on the evaluation grid, the financial rules, "
                "the eligible types, the deadline and the required documents can no longer change."
            )
        elif target is CallStatus.GRADUATORIA_APPROVATA:
            text = self.tr(
                "Approve the ranking with decree n. {number} of {date}? Scores and grants can no longer "
                "change afterwards."
            ).format(number=number or "", date=format_date(issued_on))
        else:
            text = self.tr("Move the call to «{status}»?").format(status=target.label)
        answer = QMessageBox.question(
            self,
            self.tr("Change status"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _show_problems(self, target: CallStatus, problems: Sequence[str]) -> None:
        ui = self.ui
        ui.problemsLabel.setText(
            self.tr("The call cannot move to «{status}» yet:").format(status=target.label)
        )
        ui.problemsList.clear()
        ui.problemsList.addItems(list(problems))
        ui.problemsLabel.show()
        ui.problemsList.show()
        ui.tabWidget.setCurrentWidget(ui.statusPage)

    def _hide_problems(self) -> None:
        self.ui.problemsLabel.hide()
        self.ui.problemsList.clear()
        self.ui.problemsList.hide()

    def problems(self) -> list[str]:
        """The lines of the refusal shown on the Status page (empty when none is shown)."""
        widget = self.ui.problemsList
        if widget.isHidden():
            return []
        return [widget.item(row).text() for row in range(widget.count())]


__all__ = ["CallDialog"]
