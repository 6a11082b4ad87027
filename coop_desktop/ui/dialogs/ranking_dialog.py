"""The graduatoria of one call (Graduatoria): computed, approved by decree, scorrimento, Excel.

`open_ranking(parent, services, call_id)` shows it modally. The table holds the ranking the service
returns (the approved one, or the one computed now from the submitted scores) or an older stored
version picked in the version box. The buttons follow the role and the call's stage: compute while
the call is in evaluation, approve with the decree (refused while the ranking is provisional), record
a withdrawal or revocation on an approved ranking, and export what is shown to Excel.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from coop_desktop.domain.enums import AssignmentStatus, CallStatus, RankingOutcome
from coop_desktop.domain.formatting import format_date, format_datetime, format_money, format_number
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.ranking import DROPPED
from coop_desktop.services.call_records import CallDetail
from coop_desktop.services.errors import ServiceError
from coop_desktop.services.rankings import RankingLine, RankingVersion, RankingView
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.forms.ui_ranking_dialog import Ui_RankingDialog
from coop_desktop.ui.models.paged_table_model import LEFT, RAW_ROLE, RIGHT

_RED = "#b3261e"
BANNER_STYLES = {
    "provisional": "background: #fde7e4; color: #8c1d18; padding: 8px; border-radius: 3px;",
    "approved": "background: #e3f1e5; color: #1e5b2c; padding: 8px; border-radius: 3px;",
    "pending": "background: #fff4d6; color: #5c4400; padding: 8px; border-radius: 3px;",
    "error": f"background: #fde7e4; color: {_RED}; padding: 8px; border-radius: 3px;",
}
# The outcome cell's colours: (background, text).
OUTCOME_COLOURS: dict[RankingOutcome, tuple[str, str]] = {
    RankingOutcome.FINANZIATA: ("#d8eed9", "#1e5b2c"),
    RankingOutcome.FINANZIATA_PARZIALMENTE: ("#eaf3d2", "#44561a"),
    RankingOutcome.AMMESSA_NON_FINANZIATA: ("#fff4d6", "#5c4400"),
    RankingOutcome.NON_IDONEA: ("#eeeeee", "#5f6368"),
    RankingOutcome.NON_AMMISSIBILE: ("#eeeeee", "#5f6368"),
    RankingOutcome.RITIRATA: ("#fbe3d6", "#8c3a10"),
    RankingOutcome.REVOCATA: ("#fbe3d6", "#8c3a10"),
}
# Columns of long text, given a width; the others fit their content.
_FIXED_WIDTH = ("lead", "title", "tie_break_note")
_MISSING_FORMS = (AssignmentStatus.ASSEGNATA, AssignmentStatus.DICHIARATA, AssignmentStatus.BOZZA)


def _local(moment: datetime) -> str:
    """A stored UTC time as the PC's local time, as elsewhere in the app."""
    return format_datetime(moment.replace(tzinfo=UTC).astimezone().replace(tzinfo=None))


@contextmanager
def _busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


# -- the table -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Column:
    key: str
    header: str
    width: int
    align: Qt.AlignmentFlag = LEFT
    tooltip: str = ""


class RankingTableModel(QAbstractTableModel):
    """The lines of one RankingView; RAW_ROLE gives the unformatted value of a cell."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._view: RankingView | None = None
        self._lines: tuple[RankingLine, ...] = ()
        self.columns: list[_Column] = []

    def set_view(self, view: RankingView | None) -> None:
        self.beginResetModel()
        self._view = view
        self._lines = view.lines if view else ()
        criteria = view.criteria if view else ()
        self.columns = [
            _Column("position", self.tr("Pos."), 5, RIGHT, self.tr("Position in the list")),
            _Column("rank", self.tr("Rank"), 5, RIGHT, self.tr("Rank among the eligible applications")),
            _Column("protocol_number", self.tr("Protocol"), 13),
            _Column("protocol_date", self.tr("Protocol date"), 10),
            _Column("lead", self.tr("Lead applicant"), 26),
            _Column("title", self.tr("Title"), 28),
            *(
                _Column(
                    f"criterion:{code}",
                    code,
                    6,
                    RIGHT,
                    self.tr("Score on criterion {code}: the mean of the evaluators, or the consensus").format(
                        code=code
                    ),
                )
                for code in criteria
            ),
            _Column("total", self.tr("Total"), 7, RIGHT),
            _Column("outcome", self.tr("Outcome"), 20),
            _Column("requested_grant", self.tr("Requested"), 12, RIGHT),
            _Column("grant", self.tr("Granted"), 12, RIGHT),
            _Column("tie_break_note", self.tr("Tie-break"), 40, LEFT, self.tr("The tie-break applied")),
        ]
        self.endResetModel()

    def line(self, row: int) -> RankingLine:
        return self._lines[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        return None

    def raw(self, line: RankingLine, key: str) -> Any:
        if key.startswith("criterion:"):
            return line.criterion_scores.get(key.split(":", 1)[1])
        return getattr(line, key)

    def text(self, line: RankingLine, key: str) -> str:
        value = self.raw(line, key)
        if value is None:
            return ""
        if key == "outcome":
            return value.label
        if key in ("requested_grant", "grant"):
            return format_money(value)
        if key == "protocol_date":
            return format_date(value)
        if key == "total" or key.startswith("criterion:"):
            return format_number(value)
        return str(value)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = self.columns[index.column()]
        key = column.key
        incomplete = bool(self._view and self._view.provisional and not line.complete)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(line, key)
        if role == RAW_ROLE:
            return self.raw(line, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, key, incomplete)
        if key == "outcome" and role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background, foreground = OUTCOME_COLOURS[line.outcome]
            return QBrush(QColor(background if role == Qt.ItemDataRole.BackgroundRole else foreground))
        if role == Qt.ItemDataRole.FontRole and (key == "total" or incomplete):
            font = QFont()
            font.setBold(key == "total")
            font.setItalic(incomplete)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and incomplete and key == "total":
            return QBrush(QColor(_RED))
        return None

    def _tooltip(self, line: RankingLine, key: str, incomplete: bool) -> str | None:
        parts = []
        if key in ("lead", "title"):
            parts.append(self.text(line, key))
        if line.tie_break_note:
            parts.append(line.tie_break_note)
        if incomplete:
            parts.append(self.tr("Scoring forms still to be submitted: the score may change."))
        return "\n".join(parts) or None


# -- decree input ------------------------------------------------------------------------------------

# What the decree window hands to its action: number, date, note and (for a scorrimento) the outcome.
ApplyDecree = Callable[[str, date, str, RankingOutcome | None], None]


class DecreeDialog(QDialog):
    """A decree's number and date (and a note, and for a scorrimento withdrawn or revoked).

    OK runs `apply`; when the service refuses, its Italian message appears in red and the window
    stays open with what was typed.
    """

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        apply: ApplyDecree,
        *,
        ok_text: str,
        outcomes: Sequence[tuple[RankingOutcome, str]] = (),
        note_label: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._apply = apply
        self.setWindowTitle(title)
        self.prompt_label = QLabel(prompt)
        self.prompt_label.setWordWrap(True)
        form = QFormLayout()
        self.outcome_combo: QComboBox | None = None
        if outcomes:
            self.outcome_combo = QComboBox()
            for outcome, text in outcomes:
                self.outcome_combo.addItem(text, outcome)
            form.addRow(self.tr("&Outcome"), self.outcome_combo)
        self.number_edit = QLineEdit()
        self.number_edit.setMaxLength(40)
        self.number_edit.setPlaceholderText(self.tr("e.g. 12345"))
        form.addRow(self.tr("Decree &number"), self.number_edit)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setDate(QDate(date.today()))
        form.addRow(self.tr("Decree &date"), self.date_edit)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(80)
        form.addRow(note_label or self.tr("N&ote"), self.note_edit)
        self.error_label = QLabel()
        self.error_label.setStyleSheet(f"color: {_RED};")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button.setText(ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt_label)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.number_edit.textChanged.connect(self._update_ok)
        self._update_ok()
        self.resize(560, self.sizeHint().height())

    @property
    def ok_button(self) -> QPushButton:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def fill(
        self, number: str, day: date, note: str = "", outcome: RankingOutcome | None = None
    ) -> DecreeDialog:
        """Set the fields as a user would type them (for tests and scripted use)."""
        self.number_edit.setText(number)
        self.date_edit.setDate(QDate(day))
        self.note_edit.setPlainText(note)
        if outcome is not None and self.outcome_combo is not None:
            self.outcome_combo.setCurrentIndex(self.outcome_combo.findData(outcome))
        return self

    def outcome(self) -> RankingOutcome | None:
        if self.outcome_combo is None or self.outcome_combo.currentData() is None:
            return None
        # Qt hands the enum back as its plain string value.
        return RankingOutcome(self.outcome_combo.currentData())

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(bool(self.number_edit.text().strip()))
        self.error_label.hide()

    def accept(self) -> None:
        number = self.number_edit.text().strip()
        if not number:
            return
        note = " ".join(self.note_edit.toPlainText().split())
        day: date = self.date_edit.date().toPython()  # type: ignore[assignment]
        try:
            with _busy():
                self._apply(number, day, note, self.outcome())
        except ServiceError as exc:
            self.error_label.setText(str(exc))
            self.error_label.show()
            return
        super().accept()


# -- the dialog -------------------------------------------------------------------------------------


class RankingDialog(QDialog):
    def __init__(self, services: AppServices, call_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.call_id = call_id
        # Something was stored (computed, approved, scorrimento): lists behind the dialog may reload.
        self.changed = False
        self.view: RankingView | None = None
        self._detail: CallDetail | None = None
        self._versions: list[RankingVersion] = []
        self._live: RankingView | None = None
        self._folder = Path.home()
        self.ui = Ui_RankingDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.model = RankingTableModel(self)
        ui.rankingTable.setModel(self.model)
        header = ui.rankingTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        ui.rankingTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        ui.rankingTable.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        user = services.user
        ui.consensusButton.setVisible(user.can(Permission.VIEW_ALL_SCORES))
        ui.versionCombo.currentIndexChanged.connect(self._version_chosen)
        ui.rankingTable.selectionModel().selectionChanged.connect(self._line_chosen)
        ui.computeButton.clicked.connect(self.compute)
        ui.consensusButton.clicked.connect(self.open_consensus)
        ui.approveButton.clicked.connect(self.approve)
        ui.scorrimentoButton.clicked.connect(self.scorrimento)
        ui.exportButton.clicked.connect(lambda: self.export())
        ui.annexButton.clicked.connect(self.preview_annex)
        ui.annexExcelButton.clicked.connect(lambda: self.save_annex_xlsx())
        ui.lettersButton.clicked.connect(self.print_outcome_letters)
        ui.buttonBox.rejected.connect(self.reject)
        self.reload()

    # -- loading ----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the call, its stored versions and the ranking again; show the newest."""
        ui = self.ui
        self._say("")
        try:
            self._detail = self._services.call_records.get(self.call_id)
            self._versions = self._services.rankings.versions(self.call_id)
            approved = any(v.approved for v in self._versions)
            self._live = None if approved else self._services.rankings.current(self.call_id)
        except ServiceError as exc:
            self._versions, self._live = [], None
            self._show(None)
            self._banner(str(exc), "error")
            return
        ui.versionCombo.blockSignals(True)
        ui.versionCombo.clear()
        if self._live is not None:
            ui.versionCombo.addItem(self.tr("Now: computed from the submitted scores"), None)
        for version in reversed(self._versions):
            ui.versionCombo.addItem(self._version_text(version), version.ranking_id)
        ui.versionCombo.setCurrentIndex(0)
        ui.versionCombo.blockSignals(False)
        self._version_chosen()

    def _version_text(self, version: RankingVersion) -> str:
        text = self.tr("Version {version} of {when}").format(
            version=version.version, when=_local(version.computed_at)
        )
        if version.approved:
            return text + " – " + self.tr("approved with {decree}").format(decree=version.decree or "")
        if version.provisional:
            return text + " – " + self.tr("provisional")
        return text + " – " + self.tr("not approved")

    def _version_chosen(self) -> None:
        ranking_id = self.ui.versionCombo.currentData()
        try:
            if ranking_id is None:
                view = self._live or self._services.rankings.current(self.call_id)
            else:
                with _busy():
                    view = self._services.rankings.stored(ranking_id)
        except ServiceError as exc:
            self._show(None)
            self._banner(str(exc), "error")
            return
        self._show(view)

    def _show(self, view: RankingView | None) -> None:
        ui = self.ui
        self.view = view
        self.model.set_view(view)
        self._size_columns()
        detail = self._detail
        if detail is not None:
            self.setWindowTitle(self.tr("Ranking – {code}").format(code=detail.data.code))
            ui.headerLabel.setText(f"{detail.data.code} – {detail.data.title}")
        if view is None:
            ui.budgetLabel.hide()
            ui.versionInfoLabel.clear()
            ui.lineNoteLabel.clear()
            self._update_actions()
            return
        ui.budgetLabel.show()
        ui.budgetLabel.setText(
            self.tr("Budget {budget} · committed {committed} · remaining {remaining}").format(
                budget=format_money(view.budget),
                committed=format_money(view.committed),
                remaining=format_money(view.remaining),
            )
        )
        self._show_banner(view)
        ui.versionInfoLabel.setText(self._version_info(view))
        ui.versionInfoLabel.setVisible(bool(ui.versionInfoLabel.text()))
        ui.lineNoteLabel.setText(
            self.tr("Select a line to read how its place was decided.") if view.lines else ""
        )
        self._update_actions()

    def _size_columns(self) -> None:
        """Names and titles get a fixed share; numbers, codes and outcomes as wide as their text."""
        table = self.ui.rankingTable
        header = table.horizontalHeader()
        char = self.fontMetrics().averageCharWidth()
        for section, column in enumerate(self.model.columns):
            if column.key in _FIXED_WIDTH:
                header.resizeSection(section, column.width * char + 12)
            else:
                table.resizeColumnToContents(section)

    def _show_banner(self, view: RankingView) -> None:
        if view.approved:
            text = self.tr("Approved with DD n. {number} of {date}.").format(
                number=view.decree_number or "", date=format_date(view.decree_date)
            )
            latest = self._versions[-1].ranking_id if self._versions else None
            if view.ranking_id != latest:
                text += " " + self.tr("An earlier version, replaced by a later scorrimento.")
            self._banner(text, "approved")
        elif view.provisional:
            missing = self._missing_forms()
            if missing:
                text = self.tr("Provisional ranking: %n submitted scoring form(s) missing.", "", missing)
            else:
                text = self.tr("Provisional ranking: some applications still await their formal check.")
            self._banner(text + " " + self.tr("It cannot be approved yet."), "provisional")
        elif view.ranking_id is None:
            text = self.tr("Complete ranking, computed now from the submitted scores: not approved yet.")
            self._banner(text, "pending")
        else:
            self._banner(self.tr("Stored ranking, not approved."), "pending")

    def _missing_forms(self) -> int:
        """Scoring forms assigned but not submitted yet (0 when the user may not see them)."""
        try:
            progress = self._services.evaluation_grid.grid(self.call_id).progress
        except ServiceError:
            return 0
        return sum(progress.get(status, 0) for status in _MISSING_FORMS)

    def _version_info(self, view: RankingView) -> str:
        if view.ranking_id is None:
            stored = [v for v in self._versions if not v.approved]
            if not stored:
                return self.tr(
                    "The office has not computed the ranking yet: the evaluators cannot see each other's "
                    "scores until it does."
                )
            last = stored[-1]
            return self.tr("Last computed: version {version} of {when}.").format(
                version=last.version, when=_local(last.computed_at)
            )
        text = self.tr("Version {version}, computed on {when}.").format(
            version=view.version, when=_local(view.computed_at)
        )
        note = view.note or ""
        if view.approved and note.startswith("Graduatoria approvata"):
            note = ""  # the banner says it
        return f"{text} {note}" if note else text

    def _banner(self, text: str, kind: str) -> None:
        self.ui.bannerLabel.setText(text)
        self.ui.bannerLabel.setStyleSheet(BANNER_STYLES[kind])

    def _say(self, text: str, error: bool = False) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setStyleSheet(f"color: {_RED};" if error else "color: #1e5b2c;")
        label.setVisible(bool(text))

    # -- state of the buttons -----------------------------------------------------------------------

    def selected_line(self) -> RankingLine | None:
        rows = self.ui.rankingTable.selectionModel().selectedRows()
        return self.model.line(rows[0].row()) if rows else None

    def select_protocol(self, protocol: str) -> None:
        for row in range(self.model.rowCount()):
            if self.model.line(row).protocol_number == protocol:
                self.ui.rankingTable.selectRow(row)
                return

    def _line_chosen(self) -> None:
        line = self.selected_line()
        if line is not None:
            parts = [f"{line.protocol_number} – {line.lead}: {line.outcome.label}."]
            if line.tie_break_note:
                parts.append(line.tie_break_note)
            if self.view is not None and self.view.provisional and not line.complete:
                parts.append(self.tr("Scoring forms still to be submitted: the score may change."))
            self.ui.lineNoteLabel.setText(" ".join(parts))
        self._update_actions()

    def _update_actions(self) -> None:
        ui = self.ui
        user = self._services.user
        detail = self._detail
        status = detail.status if detail else None
        evaluating = status is CallStatus.IN_VALUTAZIONE
        approved_call = status is CallStatus.GRADUATORIA_APPROVATA
        manage = user.can(Permission.MANAGE_EVALUATION)

        ui.computeButton.setEnabled(manage and evaluating)
        if not manage:
            ui.computeButton.setToolTip(self.tr("Your role cannot compute the ranking."))
        elif not evaluating:
            ui.computeButton.setToolTip(self.tr("The ranking is computed while the call is in evaluation."))
        else:
            ui.computeButton.setToolTip(
                self.tr(
                    "Compute the ranking from the submitted scores and store it: from then on the "
                    "evaluators see each other's scores"
                )
            )

        can_approve = user.can(Permission.EDIT_CALLS)
        live_provisional = self._live is not None and self._live.provisional
        computed = bool(self._versions)
        ui.approveButton.setEnabled(can_approve and evaluating and computed and not live_provisional)
        if not can_approve:
            why = self.tr("Your role cannot approve the ranking.")
        elif approved_call:
            why = self.tr("The ranking is already approved.")
        elif not evaluating:
            why = self.tr("The ranking is approved while the call is in evaluation.")
        elif live_provisional:
            why = self.tr("A provisional ranking cannot be approved: every scoring form must be submitted.")
        elif not computed:
            why = self.tr("Compute the ranking before approving it.")
        else:
            why = self.tr(
                "Approve the ranking with the decree's number and date: scores, ranks and grants are frozen"
            )
        ui.approveButton.setToolTip(why)

        line = self.selected_line()
        latest = (
            bool(self._versions)
            and self.view is not None
            and (self.view.ranking_id == self._versions[-1].ranking_id)
        )
        movable = line is not None and line.rank is not None and line.outcome not in DROPPED
        ui.scorrimentoButton.setEnabled(manage and approved_call and latest and movable)
        if not manage:
            why = self.tr("Your role cannot record withdrawals or revocations.")
        elif not approved_call:
            why = self.tr("Withdrawals and revocations are recorded on an approved ranking.")
        elif not latest:
            why = self.tr("Show the latest version to record a withdrawal or revocation.")
        elif not movable:
            why = self.tr("Select an eligible application of the ranking.")
        else:
            why = self.tr(
                "Record the withdrawal or revocation of the selected application and move its funds down "
                "the list: a new version is stored, the approved one is kept"
            )
        ui.scorrimentoButton.setToolTip(why)
        ui.exportButton.setEnabled(self.view is not None)

        printer = user.can(Permission.PRINT_DOCUMENTS)
        for button in (ui.annexButton, ui.annexExcelButton):
            button.setEnabled(printer and self.view is not None)
        ui.lettersButton.setEnabled(printer and approved_call)
        if not printer:
            why = self.tr("Your role cannot print documents.")
        elif not approved_call:
            why = self.tr("The outcome letters are printed once the ranking is approved.")
        else:
            why = self.tr(
                "One outcome letter per application of the call, each in its own PDF and all of them in one "
                "PDF to print at once"
            )
        ui.lettersButton.setToolTip(why)

    # -- actions ------------------------------------------------------------------------------------

    def compute(self) -> None:
        if not self._versions:
            answer = QMessageBox.question(
                self,
                self.tr("Compute ranking"),
                self.tr(
                    "Once the ranking is computed, the evaluators can see each other's scores and the "
                    "means. Compute it now?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            with _busy():
                view = self._services.rankings.compute(self.call_id)
        except ServiceError as exc:
            QMessageBox.warning(self, self.tr("Compute ranking"), str(exc))
            return
        self.changed = True
        self.reload()
        self._say(self.tr("Ranking computed and stored as version {version}.").format(version=view.version))

    def open_consensus(self) -> None:
        from coop_desktop.ui.dialogs.consensus_dialog import ConsensusDialog

        dialog = ConsensusDialog(self._services, self.call_id, self)
        dialog.exec()
        if dialog.changed:
            self.changed = True
            self.reload()

    def decree_dialog(
        self,
        title: str,
        prompt: str,
        apply: ApplyDecree,
        *,
        ok_text: str,
        outcomes: Sequence[tuple[RankingOutcome, str]] = (),
    ) -> DecreeDialog:
        return DecreeDialog(self, title, prompt, apply, ok_text=ok_text, outcomes=outcomes)

    def approve(self) -> None:
        detail = self._detail
        view = self._live
        if detail is None or view is None:
            return
        version = detail.version
        records = self._services.call_records

        def apply(number: str, day: date, note: str, _outcome: RankingOutcome | None) -> None:
            records.transition(self.call_id, version, CallStatus.GRADUATORIA_APPROVATA, note, number, day)

        prompt = self.tr(
            "Approving the ranking freezes it: a snapshot of scores, ranks and grants is stored, every "
            "application moves to its outcome and later changes are refused. {committed} committed out of "
            "a budget of {budget}."
        ).format(committed=format_money(view.committed), budget=format_money(view.budget))
        dialog = self.decree_dialog(self.tr("Approve the ranking"), prompt, apply, ok_text=self.tr("Approve"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.changed = True
        self.reload()
        self._say(self.tr("The ranking is approved."))

    def scorrimento(self) -> None:
        line = self.selected_line()
        if line is None or line.rank is None:
            return
        rankings = self._services.rankings
        target = line.application_id

        def apply(number: str, day: date, note: str, outcome: RankingOutcome | None) -> None:
            rankings.scorrimento(self.call_id, target, outcome or RankingOutcome.RITIRATA, number, day, note)

        prompt = self.tr(
            "Application prot. {protocol} ({lead}), rank {rank}, {outcome}: it leaves the ranking and its "
            "funds move down the list. A new version is stored with the decree; the approved one is kept."
        ).format(
            protocol=line.protocol_number, lead=line.lead, rank=line.rank, outcome=line.outcome.label.lower()
        )
        dialog = self.decree_dialog(
            self.tr("Withdrawal or revocation"),
            prompt,
            apply,
            ok_text=self.tr("Record"),
            outcomes=(
                (RankingOutcome.RITIRATA, self.tr("Withdrawn: the applicant gave up the grant")),
                (RankingOutcome.REVOCATA, self.tr("Revoked")),
            ),
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.changed = True
        self.reload()
        if self.view is not None:
            self._say(self.tr("Version {version} stored.").format(version=self.view.version))
        self.select_protocol(line.protocol_number)

    def preview_annex(self) -> bool:
        from coop_desktop.ui.printing_actions import preview_annex

        return preview_annex(self, self._services, self.call_id)

    def save_annex_xlsx(self, path: Path | None = None) -> Path | None:
        from coop_desktop.ui.printing_actions import save_annex_xlsx

        return save_annex_xlsx(self, self._services, self.call_id, path)

    def print_outcome_letters(self) -> Any:
        """Write the outcome letters of the call to a folder, in the background; returns the batch."""
        from coop_desktop.ui.printing_actions import print_call_letters

        return print_call_letters(self, self._services, self.call_id, "esito")

    def export(self, path: Path | None = None) -> Path | None:
        """Save the ranking shown to `path` (asked with a file dialog when None)."""
        view = self.view
        if view is None:
            return None
        if path is None:
            name = f"Graduatoria {view.call_code}"
            if view.version is not None:
                name += f" v{view.version}"
            if view.provisional:
                name += " provvisoria"
            name = "".join("-" if c in '/\\:*?"<>|' else c for c in name) + ".xlsx"
            chosen, _filter = QFileDialog.getSaveFileName(
                self,
                self.tr("Export the ranking"),
                str(self._folder / name),
                self.tr("Excel workbooks (*.xlsx)"),
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_name(path.name + ".xlsx")
            self._folder = path.parent
        from coop_desktop.exchange.ranking_export import write_ranking_xlsx

        try:
            with _busy():
                written = write_ranking_xlsx(view, path)
        except ServiceError as exc:
            self._say(str(exc), error=True)
            return None
        self._say(self.tr("Ranking saved to {path}").format(path=written))
        return written


def open_ranking(parent: QWidget, services: AppServices, call_id: int) -> None:
    """Show the ranking of the call modally (the Valutazioni tab's «Graduatoria…»)."""
    dialog = RankingDialog(services, call_id, parent)
    try:
        dialog.exec()
    finally:
        dialog.deleteLater()


__all__ = ["DecreeDialog", "RankingDialog", "RankingTableModel", "open_ranking"]
