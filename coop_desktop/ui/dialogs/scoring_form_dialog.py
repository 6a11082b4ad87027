"""One evaluator's scoring form on one application: the declaration on conflicts of interest first,
then the points and comments on each criterion of the call's grid, saved as a draft or submitted.

Points are checked as they are typed with the domain's own rules (`parse_points`, `comment_required`,
`form_problems`), so the red marks say what the service would refuse; the service still judges, and
its Italian messages are shown as they are. A submitted form is read-only until the office reopens
it with a written reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from coop_desktop.domain.enums import AssignmentStatus, CallStatus
from coop_desktop.domain.formatting import format_date, format_money, format_number
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.scoring import (
    CriterionRule,
    FormEntry,
    comment_required,
    form_problems,
    form_total,
    grid_maximum,
    parse_points,
)
from coop_desktop.services.errors import NotFoundError, ServiceError, ValidationErrors
from coop_desktop.services.scoring_forms import DECLARATION_TEXT, ScoringForm
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.note_dialog import NoteDialog
from coop_desktop.ui.dialogs.record_dialog import RecordDialog
from coop_desktop.ui.forms.ui_scoring_form_dialog import Ui_ScoringFormDialog
from coop_desktop.ui.models.evaluation_grid_model import local_time, points_text

INVALID_STYLE = "border: 1px solid #b3261e; color: #b3261e;"
REQUIRED_STYLE = "QPlainTextEdit { border: 1px solid #8a5a00; }"
MISSING_STYLE = "QPlainTextEdit { border: 1px solid #b3261e; }"
_RED = "color: #b3261e;"
_AMBER = "color: #8a5a00;"
_BANNERS = {
    "done": "background: #e6f4ea; color: #1e6b2f; padding: 8px; border-radius: 3px;",
    "blocked": "background: #fce8e6; color: #8c1d18; padding: 8px; border-radius: 3px;",
    "note": "background: #fff4ce; color: #5c4400; padding: 8px; border-radius: 3px;",
    "info": "background: #e8f0fe; color: #1f4e99; padding: 8px; border-radius: 3px;",
}
_EDITABLE = (AssignmentStatus.DICHIARATA, AssignmentStatus.BOZZA)
_SCORED = (AssignmentStatus.DICHIARATA, AssignmentStatus.BOZZA, AssignmentStatus.INVIATA)


@dataclass
class CriterionRow:
    """The widgets of one criterion and what its points field holds now."""

    rule: CriterionRule
    points_edit: QLineEdit
    comment_edit: QPlainTextEdit
    note_label: QLabel
    points: Decimal | None = None
    # Why the typed points are not valid (Italian), or None.
    problem: str | None = None

    @property
    def invalid(self) -> bool:
        return self.problem is not None

    def entry(self) -> FormEntry:
        return FormEntry(self.rule.code, self.points, self.comment_edit.toPlainText().strip() or None)


class ScoringFormDialog(RecordDialog):
    def __init__(self, services: AppServices, assignment_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._forms = services.scoring_forms
        self.assignment_id = assignment_id
        self.form: ScoringForm | None = None
        self.rows: dict[str, CriterionRow] = {}
        self._loaded_state: tuple[tuple[str, str], ...] = ()
        # A line about what just happened (draft saved, replacement found), shown until the next edit.
        self._notice = ""
        self._filling = False
        self.ui = Ui_ScoringFormDialog()
        self.ui.setupUi(self)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        ui = self.ui
        ui.declarationText.setText(DECLARATION_TEXT)
        ui.saveButton.clicked.connect(self.save_draft)
        ui.submitButton.clicked.connect(self.submit)
        ui.reopenButton.clicked.connect(self.reopen)
        ui.closeButton.clicked.connect(self.reject)
        ui.noConflictButton.clicked.connect(self.declare_no_conflict)
        ui.conflictButton.clicked.connect(self.declare_conflict)
        ui.conflictNoteEdit.textChanged.connect(ui.declarationError.hide)
        ui.reopenButton.setVisible(services.user.can(Permission.MANAGE_EVALUATION))
        ui.declarationError.hide()
        self.load(raise_errors=True)

    # -- showing the form -------------------------------------------------------------------------

    def load(self, raise_errors: bool = False) -> None:
        """Show the form as stored now, dropping unsaved edits. A form gone meanwhile closes the window
        (in the constructor the error goes to the caller, who shows it)."""
        try:
            form = self._forms.form(self.assignment_id)
        except ServiceError as exc:
            if raise_errors:
                raise
            QMessageBox.warning(self, self.tr("Scoring form"), str(exc))
            self.done(0)
            return
        self.form = form
        self._show_header(form)
        self._show_body(form)
        self._loaded_state = self._state()
        self._show_banner(form)
        self._update_buttons()

    def _show_header(self, form: ScoringForm) -> None:
        ui = self.ui
        self.setWindowTitle(
            self.tr("Scoring form — {protocol} — {evaluator}").format(
                protocol=form.protocol_number, evaluator=form.evaluator_name
            )
        )
        ui.callValue.setText(f"{form.call_code} — {form.call_title}")
        ui.applicationValue.setText(
            self.tr("prot. {protocol} of {date}").format(
                protocol=form.protocol_number, date=format_date(form.protocol_date)
            )
        )
        ui.titleValue.setText(form.title)
        ui.leadValue.setText(form.lead)
        ui.partnersValue.setText(", ".join(form.partners) if form.partners else "—")
        you = self.tr(" (you)") if form.is_own else ""
        ui.evaluatorValue.setText(form.evaluator_name + you)
        ui.statusValue.setText(self._status_text(form))

    def _status_text(self, form: ScoringForm) -> str:
        lines = [form.status.label]
        declaration = form.declaration
        if declaration is not None:
            when = local_time(declaration.declared_at)
            if declaration.has_conflict:
                lines = [self.tr("Conflict of interest declared on {when}").format(when=when)]
            else:
                lines.append(self.tr("no conflict of interest declared on {when}").format(when=when))
        if form.submitted_at is not None and form.status is AssignmentStatus.INVIATA:
            lines.append(self.tr("submitted on {when}").format(when=local_time(form.submitted_at)))
        if form.reopened_at is not None:
            lines.append(
                self.tr("reopened by the office on {when}: «{reason}»").format(
                    when=local_time(form.reopened_at), reason=form.reopen_reason or ""
                )
            )
        return " · ".join(lines)

    def _show_body(self, form: ScoringForm) -> None:
        ui = self.ui
        if form.status not in _SCORED:
            self._show_declaration(form)
            ui.bodyStack.setCurrentWidget(ui.declarationPage)
            return
        ui.bodyStack.setCurrentWidget(ui.scoringPage)
        ui.summaryBox.setVisible(form.summary is not None)
        ui.summaryEdit.setPlainText(form.summary or self.tr("(no summary)"))
        ui.amountsLabel.setText(
            self.tr("Requested grant: {grant} · Total cost: {cost}").format(
                grant=format_money(form.requested_grant) or "—", cost=format_money(form.total_cost) or "—"
            )
        )
        hint = self.tr(
            "Points from 0 to the criterion's maximum, in half points (e.g. 7,5). A score below the "
            "criterion's minimum needs a comment saying why."
        )
        if form.comments_required:
            hint += " " + self.tr("This call asks for a comment on every criterion.")
        ui.criteriaHint.setText(hint)
        ui.criteriaHint.setVisible(form.can_edit)
        self._show_rows(form)
        self._update_total()

    def _show_declaration(self, form: ScoringForm) -> None:
        ui = self.ui
        conflict = form.status is AssignmentStatus.CONFLITTO
        declaring = form.can_declare
        ui.declarationText.setVisible(not conflict)
        for widget in (ui.noConflictButton, ui.conflictButton):
            widget.setVisible(not conflict)
            widget.setEnabled(declaring)
        ui.conflictNoteEdit.setReadOnly(conflict or not declaring)
        ui.declarationError.hide()
        if conflict:
            declaration = form.declaration
            ui.declarationIntro.setText(
                self.tr(
                    "A conflict of interest was declared on this application: the form is blocked and the "
                    "application is not shown. The declaration is kept."
                )
            )
            ui.conflictNoteLabel.setText(self.tr("The conflict, as described:"))
            ui.conflictNoteEdit.setPlainText((declaration.note or "") if declaration else "")
        elif form.is_own:
            ui.declarationIntro.setText(
                self.tr(
                    "Before reading the application, declare whether you are in a conflict of interest with "
                    "its lead applicant or its partners. The declaration is dated and kept."
                )
            )
        elif declaring:
            ui.declarationIntro.setText(
                self.tr(
                    "{name} has not made the declaration yet. You may record it on their behalf (e.g. "
                    "received signed on paper): it is dated and logged with your name."
                ).format(name=form.evaluator_name)
            )
        else:
            ui.declarationIntro.setText(
                self.tr("{name} has not made the declaration on conflicts of interest yet.").format(
                    name=form.evaluator_name
                )
            )
        ui.conflictNoteLabel.setVisible(conflict or declaring)
        ui.conflictNoteEdit.setVisible(conflict or declaring)

    def _show_rows(self, form: ScoringForm) -> None:
        """The points and comments as stored. The rows are built once (the grid cannot change during
        the evaluation), so that saving a draft leaves the cursor where it was."""
        if [row.rule for row in self.rows.values()] != list(form.criteria):
            self._build_rows(form)
        self._filling = True
        try:
            for row in self.rows.values():
                entry = form.entries.get(row.rule.code)
                points = entry.points if entry is not None else None
                row.points_edit.setText(points_text(points) if points is not None else "")
                row.comment_edit.setPlainText((entry.comment or "") if entry is not None else "")
                row.points_edit.setReadOnly(not form.can_edit)
                row.comment_edit.setReadOnly(not form.can_edit)
                self._check_points(row)
        finally:
            self._filling = False

    def _build_rows(self, form: ScoringForm) -> None:
        layout = self.ui.criteriaLayout
        while layout.count():
            item = layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = {}
        bold = QFont(self.font())
        bold.setBold(True)
        for column, text in enumerate(
            (self.tr("Criterion"), self.tr("Description"), self.tr("Points"), self.tr("Comment"))
        ):
            header = QLabel(text)
            header.setFont(bold)
            layout.addWidget(header, 0, column)
        top = Qt.AlignmentFlag.AlignTop
        for n, rule in enumerate(form.criteria):
            line = 1 + 2 * n
            code = QLabel(rule.code)
            code.setFont(bold)
            limits = self.tr("maximum {max}").format(max=points_text(rule.max_points))
            if rule.min_points is not None:
                limits += " · " + self.tr("minimum {min}").format(min=points_text(rule.min_points))
            description = QLabel(f"{rule.description}\n{limits}" if rule.description else limits)
            description.setWordWrap(True)
            description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            points = QLineEdit()
            points.setAlignment(Qt.AlignmentFlag.AlignRight)
            points.setMaxLength(8)
            points.setFixedWidth(points.fontMetrics().horizontalAdvance("0000,00") + 24)
            points.setPlaceholderText(f"0–{points_text(rule.max_points)}")
            points.setAccessibleName(self.tr("Points on criterion {code}").format(code=rule.code))
            comment = QPlainTextEdit()
            comment.setTabChangesFocus(True)
            comment.setFixedHeight(comment.fontMetrics().lineSpacing() * 3 + 14)
            comment.setAccessibleName(self.tr("Comment on criterion {code}").format(code=rule.code))
            note = QLabel()
            note.setWordWrap(True)
            note.hide()
            layout.addWidget(code, line, 0, top)
            layout.addWidget(description, line, 1, top)
            layout.addWidget(points, line, 2, top)
            layout.addWidget(comment, line, 3)
            layout.addWidget(note, line + 1, 1, 1, 3)
            row = CriterionRow(rule, points, comment, note)
            self.rows[rule.code] = row
            points.textChanged.connect(lambda _text, r=row: self._edited(r))
            comment.textChanged.connect(lambda r=row: self._edited(r))
        layout.setColumnStretch(1, 2)
        layout.setColumnStretch(3, 3)
        layout.setRowStretch(1 + 2 * len(form.criteria), 1)
        if form.criteria:
            self.setTabOrder(self.ui.summaryEdit, self.rows[form.criteria[0].code].points_edit)
            previous: QWidget = self.rows[form.criteria[0].code].points_edit
            for rule in form.criteria:
                row = self.rows[rule.code]
                for widget in (row.points_edit, row.comment_edit):
                    if widget is not previous:
                        self.setTabOrder(previous, widget)
                    previous = widget
            self.setTabOrder(previous, self.ui.saveButton)

    def _show_banner(self, form: ScoringForm) -> None:
        banner = self.ui.bannerLabel
        kind, text = "info", ""
        if form.status is AssignmentStatus.CONFLITTO:
            kind = "blocked"
            declared = form.declaration.declared_at if form.declaration else None
            text = self.tr("Conflict of interest declared on {when}: this form is blocked.").format(
                when=local_time(declared)
            )
        elif form.status is AssignmentStatus.INVIATA:
            kind = "done"
            text = self.tr("Submitted on {when}: the form can no longer be changed").format(
                when=local_time(form.submitted_at)
            )
            # The office may reopen it while the evaluation goes on, not after the ranking's approval.
            reopenable = form.call_status is CallStatus.IN_VALUTAZIONE and not form.can_reopen
            text += " " + self.tr("(the evaluation office can reopen it).") if reopenable else "."
        elif form.status in _EDITABLE and not form.can_edit:
            kind = "note"
            if form.call_status is not CallStatus.IN_VALUTAZIONE:
                text = self.tr("The call is «{status}»: the form can no longer be changed.").format(
                    status=form.call_status.label
                )
            else:
                text = self.tr("Read only: only the evaluator and the evaluation office change this form.")
        elif form.status in _EDITABLE and form.reopened_at is not None:
            kind = "note"
            text = self.tr(
                "Reopened by the office on {when}: «{reason}». Correct the form and submit it again."
            ).format(when=local_time(form.reopened_at), reason=form.reopen_reason or "")
        if self._notice:
            text = f"{text}\n{self._notice}".strip()
        banner.setStyleSheet(_BANNERS[kind])
        banner.setText(text)
        banner.setVisible(bool(text))

    # -- typing -----------------------------------------------------------------------------------

    def _edited(self, row: CriterionRow) -> None:
        if self._filling:  # the stored form being shown, not the user typing
            return
        self._check_points(row)
        self._update_total()
        if self._notice:
            self._notice = ""
            if self.form is not None:
                self._show_banner(self.form)

    def _check_points(self, row: CriterionRow) -> None:
        """Read the typed points: a red mark and the reason when they are not a valid score."""
        text = row.points_edit.text()
        try:
            row.points, row.problem = parse_points(text, row.rule), None
        except ValueError as exc:
            row.points, row.problem = None, str(exc)
        row.points_edit.setStyleSheet(INVALID_STYLE if row.invalid else "")
        row.points_edit.setToolTip(row.problem or "")
        self._show_comment_need(row)

    def _show_comment_need(self, row: CriterionRow, missing: str | None = None) -> None:
        """The line under the criterion: what is wrong with the points, or why a comment is needed."""
        form = self.form
        note = row.note_label
        required = form is not None and comment_required(row.points, row.rule, form.comments_required)
        empty = not row.comment_edit.toPlainText().strip()
        editable = form is not None and form.can_edit
        if row.problem:
            note.setText(row.problem)
            note.setStyleSheet(_RED)
        elif missing:
            note.setText(missing)
            note.setStyleSheet(_RED)
        elif editable and required and empty and not form.comments_required:
            note.setText(
                self.tr("Comment required: the score is below the criterion's minimum ({min}).").format(
                    min=points_text(row.rule.min_points or Decimal(0))
                )
            )
            note.setStyleSheet(_AMBER)
        else:
            note.setText("")
        note.setVisible(bool(note.text()) and editable)
        if missing:
            row.comment_edit.setStyleSheet(MISSING_STYLE)
        else:
            row.comment_edit.setStyleSheet(REQUIRED_STYLE if editable and required and empty else "")
        if editable:
            row.comment_edit.setPlaceholderText(
                self.tr("Required comment") if required else self.tr("Comment (optional)")
            )
        else:
            row.comment_edit.setPlaceholderText("")

    def _update_total(self) -> None:
        form = self.form
        if form is None:
            return
        total = form_total(row.entry() for row in self.rows.values())
        self.ui.totalLabel.setText(
            self.tr("Total: {total} / {maximum}").format(
                total=format_number(total), maximum=points_text(grid_maximum(form.criteria))
            )
        )
        wrong = sum(1 for row in self.rows.values() if row.invalid)
        self.ui.problemsLabel.setText(
            self.tr("%n score(s) to correct (marked in red)", "", wrong) if wrong else ""
        )

    def entries(self) -> list[FormEntry]:
        return [row.entry() for row in self.rows.values()]

    def _state(self) -> tuple[tuple[str, str], ...]:
        return tuple(
            (row.points_edit.text().strip(), row.comment_edit.toPlainText().strip())
            for row in self.rows.values()
        )

    def is_modified(self) -> bool:
        return self.form is not None and self.form.can_edit and self._state() != self._loaded_state

    def discard_question(self) -> str:
        return self.tr("The scoring form was changed. Save it as a draft?")

    def _update_buttons(self) -> None:
        form = self.form
        ui = self.ui
        editing = form is not None and form.can_edit
        ui.saveButton.setVisible(editing)
        ui.submitButton.setVisible(editing)
        ui.reopenButton.setEnabled(form is not None and form.can_reopen)

    # -- saving -----------------------------------------------------------------------------------

    def _typing_errors(self, title: str) -> bool:
        """Refuse to go on while a points field holds something that is not a valid score."""
        wrong = [row for row in self.rows.values() if row.invalid]
        if not wrong:
            return False
        criterion = self.tr("Criterion {code}: {problem}")
        lines = "\n".join("• " + criterion.format(code=r.rule.code, problem=r.problem) for r in wrong)
        QMessageBox.warning(self, title, self.tr("Correct the scores marked in red:") + "\n\n" + lines)
        wrong[0].points_edit.setFocus()
        return True

    def _show_problems(self, title: str, intro: str, problems: list[tuple[str, str, str]]) -> None:
        """(code, field, message) of what is wrong: marked on the criteria and listed in a box."""
        for row in self.rows.values():
            row.points_edit.setStyleSheet(INVALID_STYLE if row.invalid else "")
            self._show_comment_need(row)
        for code, field, message in problems:
            row = self.rows.get(code)
            if row is None:
                continue
            if field == "comment":
                self._show_comment_need(row, missing=message)
            else:
                row.points_edit.setStyleSheet(INVALID_STYLE)
                row.points_edit.setToolTip(message)
                row.note_label.setText(message)
                row.note_label.setStyleSheet(_RED)
                row.note_label.show()
        QMessageBox.warning(self, title, intro + "\n\n" + "\n".join(f"• {m}" for _c, _f, m in problems))
        first = self.rows.get(problems[0][0]) if problems else None
        if first is not None:
            (first.comment_edit if problems[0][1] == "comment" else first.points_edit).setFocus()

    def _refused(self, exc: ServiceError, title: str, intro: str) -> None:
        if isinstance(exc, ValidationErrors):
            problems = []
            for error in exc.errors:
                code, _dot, field = error.field.partition(".")
                problems.append((code, field or "points", error.message))
            self._show_problems(title, intro, problems)
            return
        if self.answer_refusal(exc, self.tr("Form not found")):
            if isinstance(exc, NotFoundError):
                self.done(0)
            return
        QMessageBox.warning(self, title, str(exc))

    def save_draft(self) -> bool:
        """Keep the points and comments written so far; the window stays open."""
        form = self.form
        title = self.tr("Save draft")
        if form is None or not form.can_edit or self._typing_errors(title):
            return False
        try:
            self._forms.save(form.assignment_id, form.version, self.entries(), submit=False)
        except ServiceError as exc:
            self._refused(exc, title, self.tr("The draft was not saved:"))
            return False
        self._notice = self.tr("Draft saved.")
        self.load()
        return True

    def save(self) -> bool:
        """Save on closing (the unsaved-changes question): a draft, then the window closes."""
        if self.save_draft():
            self.done(0)
            return True
        return False

    def submit(self) -> bool:
        form = self.form
        title = self.tr("Submit the form")
        if form is None or not form.can_edit or self._typing_errors(title):
            return False
        entries = self.entries()
        intro = self.tr("The form was not submitted:")
        problems = form_problems(
            form.criteria, entries, comments_required=form.comments_required, submitting=True
        )
        if problems:
            self._show_problems(title, intro, [(p.code, p.field, p.message) for p in problems])
            return False
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Submit the form with a total of {total}? After submission the form cannot be changed: "
                "only the evaluation office can reopen it."
            ).format(total=format_number(form_total(entries))),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._forms.save(form.assignment_id, form.version, entries, submit=True)
        except ServiceError as exc:
            self._refused(exc, title, intro)
            return False
        self.load()
        return True

    # -- declaration and reopening ----------------------------------------------------------------

    def declare_no_conflict(self) -> bool:
        form = self.form
        if form is None or not form.can_declare:
            return False
        try:
            self._forms.declare(form.assignment_id, form.version, has_conflict=False)
        except ServiceError as exc:
            self._declaration_refused(exc)
            return False
        self.load()
        return True

    def declare_conflict(self) -> bool:
        form = self.form
        ui = self.ui
        if form is None or not form.can_declare:
            return False
        note = " ".join(ui.conflictNoteEdit.toPlainText().split())
        if not note:
            ui.declarationError.setText(
                self.tr("Describe the conflict of interest (with whom and why): the note is required.")
            )
            ui.declarationError.show()
            ui.conflictNoteEdit.setFocus()
            return False
        title = self.tr("Declare a conflict of interest")
        answer = QMessageBox.question(
            self,
            title,
            self.tr(
                "Declare a conflict of interest on the application {protocol}? The form is blocked, the "
                "conflict is recorded with the lead applicant and the partners, and the application is "
                "given to another member of the committee."
            ).format(protocol=form.protocol_number),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            result = self._forms.declare(form.assignment_id, form.version, has_conflict=True, note=note)
        except ServiceError as exc:
            self._declaration_refused(exc)
            return False
        if result.replacement:
            self._notice = self.tr("The application was given to {names} instead.").format(
                names=result.replacement
            )
        else:
            self._notice = self.tr(
                "No other member of the committee is free of conflicts with this application: the office "
                "has to find a replacement."
            )
        self.load()
        QMessageBox.information(self, title, self._notice)
        return True

    def _declaration_refused(self, exc: ServiceError) -> None:
        if isinstance(exc, ValidationErrors):
            self.ui.declarationError.setText("\n".join(e.message for e in exc.errors))
            self.ui.declarationError.show()
            return
        if self.answer_refusal(exc, self.tr("Form not found")):
            if isinstance(exc, NotFoundError):
                self.done(0)
            return
        QMessageBox.warning(self, self.tr("Declaration on conflicts of interest"), str(exc))

    def reopen(self) -> NoteDialog | None:
        form = self.form
        if form is None or not form.can_reopen:
            return None
        forms = self._forms
        dialog = NoteDialog(
            self,
            self.tr("Reopen form"),
            self.tr(
                "The form of {name} goes back to draft, so that it can be corrected and submitted again. "
                "Write why: the reason is logged with your name."
            ).format(name=form.evaluator_name),
            lambda reason, _day: forms.reopen(form.assignment_id, form.version, reason),
            required=True,
            note_label=self.tr("Reason"),
            ok_text=self.tr("&Reopen"),
        )
        dialog.accepted.connect(self.load)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog
