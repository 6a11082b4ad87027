"""The list-like sections of the call editor: priority countries, required documents, the evaluation
grid and the committee. Each one fills its widgets of `Ui_CallDialog` from a call's data, reads them
back as the data `CallRecords` takes, and can be made read-only (a role or a lock of the lifecycle).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QModelIndex, QObject, QRegularExpression, Qt
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidgetItem,
    QTreeWidgetItem,
    QWidget,
)

from coop_desktop.domain.call_rules import CommitteeData, CriterionData, DocumentData
from coop_desktop.domain.countries import GROUPS, country_name
from coop_desktop.domain.enums import CommitteeRole
from coop_desktop.domain.formatting import format_date
from coop_desktop.domain.text import fold
from coop_desktop.services.call_records import CommitteeMemberView
from coop_desktop.services.users import UserRow
from coop_desktop.ui.forms.ui_call_dialog import Ui_CallDialog

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Background of a grid cell named by an error (a light tint of the error labels' red).
_WRONG_CELL = QColor("#f9dedc")
OTHER_COUNTRIES = "Altri paesi"
# Criteria table columns.
CODE, DESCRIPTION, MAX_POINTS, MIN_POINTS, TIE_BREAK = range(5)
CRITERION_COLUMNS = {
    "code": CODE,
    "description": DESCRIPTION,
    "max_points": MAX_POINTS,
    "min_points": MIN_POINTS,
    "tie_break_order": TIE_BREAK,
}
# Committee table columns.
M_NAME, M_USERNAME, M_EMAIL, M_ROLE, M_APPOINTED, M_NOTES = range(6)
_POINTS = r"^(\d{1,4}([.,]\d{0,2})?)?$"
_ORDER = r"^\d{0,2}$"


def points_text(value: Decimal | None) -> str:
    """Points as the grid shows them: 40, 12,5."""
    if value is None:
        return ""
    if value == value.to_integral_value():
        return str(int(value))
    return format(value.normalize(), "f").replace(".", ",")


def parse_points(text: str) -> Decimal | None:
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def table_item(
    text: str, *, editable: bool = False, align: Qt.AlignmentFlag | None = None
) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if not editable:
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    if align is not None:
        item.setTextAlignment(align)
    return item


def set_checkable(item: QListWidgetItem | QTreeWidgetItem, checkable: bool) -> None:
    flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
    item.setFlags(flags if checkable else flags & ~Qt.ItemFlag.ItemIsUserCheckable)


class _NumberDelegate(QStyledItemDelegate):
    """Grid cells that accept only numbers of the given shape (points with two decimals, orders)."""

    def __init__(self, pattern: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pattern = QRegularExpression(pattern)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(self._pattern, editor))
        editor.setAlignment(RIGHT)
        return editor


class CountryChooser(QObject):
    """Priority countries: the office's two areas open, every other country folded, a search box."""

    def __init__(self, ui: Ui_CallDialog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        import pycountry

        self._ui = ui
        tree = ui.countriesTree
        header = tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        grouped = {code for codes in GROUPS.values() for code in codes}
        others = tuple(c.alpha_2 for c in pycountry.countries if c.alpha_2 not in grouped)
        self.items: dict[str, QTreeWidgetItem] = {}
        self._groups: list[QTreeWidgetItem] = []
        for group, codes in (*GROUPS.items(), (OTHER_COUNTRIES, others)):
            parent_item = QTreeWidgetItem([group])
            parent_item.setFlags(
                parent_item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            parent_item.setCheckState(0, Qt.CheckState.Unchecked)
            tree.addTopLevelItem(parent_item)
            self._groups.append(parent_item)
            for name, code in sorted(((country_name(c), c) for c in codes), key=lambda p: fold(p[0])):
                child = QTreeWidgetItem([name, code])
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Unchecked)
                parent_item.addChild(child)
                self.items[code] = child
        self._expand_priority_areas()
        tree.itemChanged.connect(self._show_count)
        ui.countryFilterEdit.textChanged.connect(self.filter)

    def _expand_priority_areas(self) -> None:
        for index, group in enumerate(self._groups):
            group.setExpanded(index < len(GROUPS))

    def fill(self, codes: Sequence[str]) -> None:
        wanted = set(codes)
        tree = self._ui.countriesTree
        tree.blockSignals(True)
        for code, item in self.items.items():
            item.setCheckState(0, Qt.CheckState.Checked if code in wanted else Qt.CheckState.Unchecked)
        tree.blockSignals(False)
        tree.viewport().update()
        self._show_count()

    def value(self) -> tuple[str, ...]:
        checked = Qt.CheckState.Checked
        return tuple(sorted(code for code, item in self.items.items() if item.checkState(0) == checked))

    def set_editable(self, editable: bool) -> None:
        tree = self._ui.countriesTree
        tree.blockSignals(True)
        for group in self._groups:
            set_checkable(group, editable)
            for index in range(group.childCount()):
                set_checkable(group.child(index), editable)
        tree.blockSignals(False)

    def _show_count(self) -> None:
        count = len(self.value())
        self._ui.countriesCountLabel.setText(
            self.tr("%n country(ies) chosen", "", count) if count else self.tr("No priority country.")
        )
        self._ui.countriesError.hide()

    def filter(self, text: str) -> None:
        needle = fold(text.strip())
        for group in self._groups:
            visible = 0
            for index in range(group.childCount()):
                child = group.child(index)
                match = not needle or needle in fold(child.text(0)) or needle == fold(child.text(1))
                child.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)
        if needle:
            for group in self._groups:
                group.setExpanded(True)
        else:
            self._expand_priority_areas()


class DocumentsEditor(QObject):
    """Required documents: an editable list that keeps each document's id (checklist items refer to it)."""

    def __init__(self, ui: Ui_CallDialog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._editable = False
        ui.addDocumentButton.clicked.connect(self.add)
        ui.removeDocumentButton.clicked.connect(self.remove)
        ui.upDocumentButton.clicked.connect(lambda: self.move(-1))
        ui.downDocumentButton.clicked.connect(lambda: self.move(1))
        ui.documentsList.currentRowChanged.connect(self._update_buttons)

    def fill(self, documents: Sequence[DocumentData]) -> None:
        self._ui.documentsList.clear()
        for document in documents:
            self._append(document.description, document.id)
        self._update_buttons()

    def _append(self, text: str, document_id: int | None) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, document_id)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        self._ui.documentsList.addItem(item)
        return item

    def value(self) -> tuple[DocumentData, ...]:
        widget = self._ui.documentsList
        result = []
        for row in range(widget.count()):
            item = widget.item(row)
            text = " ".join(item.text().split())
            if text:  # a line added and left empty is no document
                result.append(DocumentData(text, item.data(Qt.ItemDataRole.UserRole)))
        return tuple(result)

    def set_editable(self, editable: bool, visible: bool) -> None:
        ui = self._ui
        self._editable = editable
        ui.documentsList.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        for button in (
            ui.addDocumentButton,
            ui.removeDocumentButton,
            ui.upDocumentButton,
            ui.downDocumentButton,
        ):
            button.setVisible(visible)
        self._update_buttons()

    def add(self) -> None:
        widget = self._ui.documentsList
        item = self._append("", None)
        widget.setCurrentItem(item)
        widget.editItem(item)

    def remove(self) -> None:
        widget = self._ui.documentsList
        row = widget.currentRow()
        if row >= 0:
            widget.takeItem(row)
        self._update_buttons()

    def move(self, step: int) -> None:
        widget = self._ui.documentsList
        row = widget.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < widget.count():
            return
        widget.insertItem(target, widget.takeItem(row))
        widget.setCurrentRow(target)

    def _update_buttons(self) -> None:
        ui = self._ui
        row = ui.documentsList.currentRow()
        editable = self._editable
        ui.addDocumentButton.setEnabled(editable)
        ui.removeDocumentButton.setEnabled(editable and row >= 0)
        ui.upDocumentButton.setEnabled(editable and row > 0)
        ui.downDocumentButton.setEnabled(editable and 0 <= row < ui.documentsList.count() - 1)


class CriteriaEditor(QObject):
    """The evaluation grid: one row per criterion, numbers checked while typing, the running total."""

    def __init__(self, ui: Ui_CallDialog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._editable = False
        # Data index of each criterion → its table row (rows left empty are not criteria).
        self._rows: list[int] = []
        table = ui.criteriaTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        table.setItemDelegateForColumn(MAX_POINTS, _NumberDelegate(_POINTS, table))
        table.setItemDelegateForColumn(MIN_POINTS, _NumberDelegate(_POINTS, table))
        table.setItemDelegateForColumn(TIE_BREAK, _NumberDelegate(_ORDER, table))
        ui.addCriterionButton.clicked.connect(self.add)
        ui.removeCriterionButton.clicked.connect(self.remove)
        ui.upCriterionButton.clicked.connect(lambda: self.move(-1))
        ui.downCriterionButton.clicked.connect(lambda: self.move(1))
        table.itemSelectionChanged.connect(self._update_buttons)
        table.itemChanged.connect(self.show_total)
        ui.minTotalScoreSpin.valueChanged.connect(self.show_total)

    def fill(self, criteria: Sequence[CriterionData]) -> None:
        table = self._ui.criteriaTable
        table.blockSignals(True)
        table.setRowCount(0)
        for criterion in criteria:
            self._append(criterion)
        table.blockSignals(False)
        self.show_total()
        self._update_buttons()

    def _append(self, criterion: CriterionData | None) -> int:
        table = self._ui.criteriaTable
        row = table.rowCount()
        table.insertRow(row)
        values = ("", "", "", "", "")
        if criterion is not None:
            values = (
                criterion.code,
                criterion.description,
                points_text(criterion.max_points),
                points_text(criterion.min_points),
                str(criterion.tie_break_order or ""),
            )
        for column, text in enumerate(values):
            table.setItem(
                row, column, table_item(text, editable=True, align=RIGHT if column >= MAX_POINTS else None)
            )
        return row

    def _cell(self, row: int, column: int) -> str:
        item = self._ui.criteriaTable.item(row, column)
        return item.text().strip() if item is not None else ""

    def value(self) -> tuple[CriterionData, ...]:
        table = self._ui.criteriaTable
        result = []
        self._rows = []
        for row in range(table.rowCount()):
            texts = [self._cell(row, column) for column in range(table.columnCount())]
            if not any(texts):
                continue
            order = texts[TIE_BREAK]
            result.append(
                CriterionData(
                    code=texts[CODE],
                    description=texts[DESCRIPTION],
                    max_points=parse_points(texts[MAX_POINTS]) or Decimal(0),
                    min_points=parse_points(texts[MIN_POINTS]),
                    tie_break_order=int(order) if order.isdigit() else None,
                )
            )
            self._rows.append(row)
        return tuple(result)

    def set_editable(self, editable: bool, visible: bool) -> None:
        ui = self._ui
        self._editable = editable
        ui.criteriaTable.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            if editable
            else QAbstractItemView.EditTrigger.NoEditTriggers
        )
        for button in (
            ui.addCriterionButton,
            ui.removeCriterionButton,
            ui.upCriterionButton,
            ui.downCriterionButton,
        ):
            button.setVisible(visible)
        self._update_buttons()

    def add(self) -> None:
        table = self._ui.criteriaTable
        table.blockSignals(True)
        row = self._append(None)
        table.blockSignals(False)
        table.setCurrentCell(row, CODE)
        table.editItem(table.item(row, CODE))

    def remove(self) -> None:
        table = self._ui.criteriaTable
        for row in sorted({index.row() for index in table.selectedIndexes()}, reverse=True):
            table.removeRow(row)
        self.show_total()
        self._update_buttons()

    def move(self, step: int) -> None:
        table = self._ui.criteriaTable
        row = table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < table.rowCount():
            return
        table.blockSignals(True)
        for column in range(table.columnCount()):
            moving, other = table.takeItem(row, column), table.takeItem(target, column)
            table.setItem(target, column, moving)
            table.setItem(row, column, other)
        table.blockSignals(False)
        table.setCurrentCell(target, max(table.currentColumn(), 0))

    def show_total(self) -> None:
        total = sum((c.max_points for c in self.value()), Decimal(0))
        text = self.tr("Total of the maximum points: {total}").format(total=points_text(total))
        threshold = self._ui.minTotalScoreSpin.value()
        if threshold > 0:
            text += " · " + self.tr("minimum total score: {score}").format(
                score=points_text(Decimal(f"{threshold:.2f}"))
            )
        self._ui.gridTotalLabel.setText(text)

    def _update_buttons(self) -> None:
        ui = self._ui
        table = ui.criteriaTable
        editable = self._editable
        selected = table.selectionModel().hasSelection()
        current = table.currentRow()
        ui.addCriterionButton.setEnabled(editable)
        ui.removeCriterionButton.setEnabled(editable and selected)
        ui.upCriterionButton.setEnabled(editable and selected and current > 0)
        ui.downCriterionButton.setEnabled(editable and selected and 0 <= current < table.rowCount() - 1)

    def mark(self, index: int, field: str, message: str) -> None:
        """Tint the cell an error names ("criteria.<index>.<field>") and put the message on it."""
        column = CRITERION_COLUMNS.get(field)
        if column is None or not 0 <= index < len(self._rows):
            return
        table = self._ui.criteriaTable
        item = table.item(self._rows[index], column)
        if item is not None:
            table.blockSignals(True)
            item.setBackground(QBrush(_WRONG_CELL))
            item.setToolTip(message)
            table.blockSignals(False)

    def clear_marks(self) -> None:
        table = self._ui.criteriaTable
        table.blockSignals(True)
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                item = table.item(row, column)
                if item is not None:
                    item.setBackground(QBrush())
                    item.setToolTip("")
        table.blockSignals(False)


class CommitteeEditor(QObject):
    """The committee: members with their role, chosen among the active evaluator accounts."""

    def __init__(self, ui: Ui_CallDialog, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ui = ui
        self._editable = False
        # Members shown, by user id: name, username, e-mail, whether they have a password.
        self._people: dict[int, tuple[str, str, str, bool]] = {}
        self._appointed: dict[int, date | None] = {}
        self._candidates: list[UserRow] = []
        header = ui.committeeTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(M_NOTES, QHeaderView.ResizeMode.Stretch)
        ui.addMemberButton.clicked.connect(self.add)
        ui.removeMemberButton.clicked.connect(self.remove)
        ui.committeeTable.itemSelectionChanged.connect(self._update_buttons)

    def fill(self, members: Sequence[CommitteeMemberView], candidates: Sequence[UserRow]) -> None:
        self._people = {}
        self._appointed = {}
        self._ui.committeeTable.setRowCount(0)
        for member in members:
            self._people[member.user_id] = (
                member.full_name,
                member.username,
                member.email or "",
                member.has_password,
            )
            self._appointed[member.user_id] = member.appointed_on
            self._append(member.user_id, member.role)
        self._candidates = list(candidates)
        self._fill_candidates()

    def _append(self, user_id: int, role: CommitteeRole) -> None:
        table = self._ui.committeeTable
        name, username, email, has_password = self._people[user_id]
        row = table.rowCount()
        table.insertRow(row)
        name_item = table_item(name)
        name_item.setData(Qt.ItemDataRole.UserRole, user_id)
        table.setItem(row, M_NAME, name_item)
        table.setItem(row, M_USERNAME, table_item(username))
        table.setItem(row, M_EMAIL, table_item(email))
        table.setItem(row, M_APPOINTED, table_item(format_date(self._appointed.get(user_id))))
        note = "" if has_password else self.tr("No password yet: the administrator sets one")
        table.setItem(row, M_NOTES, table_item(note))
        roles = QComboBox()
        for committee_role in CommitteeRole:
            roles.addItem(committee_role.label, committee_role)
        roles.setCurrentIndex(roles.findData(role))
        roles.setEnabled(self._editable)
        table.setCellWidget(row, M_ROLE, roles)

    def _fill_candidates(self) -> None:
        combo = self._ui.candidateCombo
        combo.clear()
        members = set(self.member_ids())
        for user in self._candidates:
            if user.id not in members:
                combo.addItem(f"{user.full_name} ({user.username})", user.id)
        combo.setPlaceholderText(self.tr("No other evaluator available"))
        combo.setEnabled(self._editable and combo.count() > 0)
        self._update_buttons()

    def member_ids(self) -> list[int]:
        table = self._ui.committeeTable
        return [
            int(table.item(row, M_NAME).data(Qt.ItemDataRole.UserRole)) for row in range(table.rowCount())
        ]

    def value(self) -> tuple[CommitteeData, ...]:
        table = self._ui.committeeTable
        result = []
        for row, user_id in enumerate(self.member_ids()):
            combo = table.cellWidget(row, M_ROLE)
            assert isinstance(combo, QComboBox)
            result.append(
                CommitteeData(user_id, CommitteeRole(combo.currentData()), self._appointed.get(user_id))
            )
        return tuple(result)

    def set_editable(self, editable: bool) -> None:
        ui = self._ui
        self._editable = editable
        for row in range(ui.committeeTable.rowCount()):
            combo = ui.committeeTable.cellWidget(row, M_ROLE)
            if combo is not None:
                combo.setEnabled(editable)
        for widget in (ui.candidateLabel, ui.candidateCombo, ui.addMemberButton, ui.removeMemberButton):
            widget.setVisible(editable)
        self._fill_candidates()

    def add(self) -> None:
        user_id = self._ui.candidateCombo.currentData()
        user = next((u for u in self._candidates if u.id == user_id), None)
        if user is None:
            return
        self._people[user.id] = (user.full_name, user.username, user.email, user.has_password)
        self._appointed.setdefault(user.id, None)
        # The first member chairs the committee unless someone already does.
        roles = [m.role for m in self.value()]
        role = CommitteeRole.COMPONENTE if CommitteeRole.PRESIDENTE in roles else CommitteeRole.PRESIDENTE
        self._append(user.id, role)
        self._ui.committeeError.hide()
        self._fill_candidates()

    def remove(self) -> None:
        table = self._ui.committeeTable
        row = table.currentRow()
        if row >= 0:
            table.removeRow(row)
        self._fill_candidates()

    def _update_buttons(self) -> None:
        ui = self._ui
        ui.addMemberButton.setEnabled(self._editable and ui.candidateCombo.count() > 0)
        ui.removeMemberButton.setEnabled(self._editable and ui.committeeTable.currentRow() >= 0)


def check_list_fill(widget: QListWidget, chosen: frozenset[object]) -> None:
    for row in range(widget.count()):
        item = widget.item(row)
        checked = item.data(Qt.ItemDataRole.UserRole) in chosen
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)


def check_list_add(widget: QListWidget, text: str, value: object) -> None:
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, value)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Unchecked)
    widget.addItem(item)


def check_list_value(widget: QListWidget) -> list[object]:
    return [
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def check_list_editable(widget: QListWidget, editable: bool) -> None:
    for row in range(widget.count()):
        set_checkable(widget.item(row), editable)
