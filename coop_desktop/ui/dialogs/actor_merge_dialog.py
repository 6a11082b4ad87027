"""Unisci duplicati: two records of one actor side by side; the user picks the one that stays."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidgetItem,
    QWidget,
)

from coop_desktop.domain.actor_rules import ACTOR_FIELD_LABELS
from coop_desktop.domain.enums import ActorType
from coop_desktop.services.actors import ActorDetail, ActorRecords, ActorService
from coop_desktop.services.errors import ServiceError
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.forms.ui_actor_merge_dialog import Ui_ActorMergeDialog

SEARCH_DELAY_MS = 150
SEARCH_LIMIT = 30
_FIELDS = (
    "name", "actor_type", "tax_code", "vat_number", "legal_form", "address", "postal_code", "municipality",
    "province", "country_code", "email", "pec", "phone", "website", "legal_representative",
)  # fmt: skip
_DIFFERENT = QColor("#fff4ce")


def _history_weight(detail: ActorDetail) -> int:
    return len(detail.applications) + len(detail.partnerships) + len(detail.letters) + len(detail.contacts)


class ActorMergeDialog(QDialog):
    """Merge `first_id` with `second_id`, or with an actor the user searches for when it is None."""

    def __init__(
        self,
        actors: ActorService,
        records: ActorRecords,
        first_id: int,
        second_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._actors = actors
        self._records = records
        self.ui = Ui_ActorMergeDialog()
        self.ui.setupUi(self)
        self.first = records.get(first_id)
        self.second: ActorDetail | None = None
        self.survivor_id: int | None = None
        self.moved: dict[str, int] = {}

        self.merge_button = QPushButton(self.tr("&Merge"))
        self.ui.buttonBox.addButton(self.merge_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.ui.buttonBox.accepted.connect(self.merge)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.keepFirstRadio.toggled.connect(self._show_roles)
        self.ui.errorLabel.hide()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.search)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.resultsList.currentItemChanged.connect(self._choose_result)

        table = self.ui.compareTable
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # One text line per row, as in the lists: the whole comparison fits without scrolling.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        self.ui.searchGroup.setVisible(second_id is None)
        self.set_second(records.get(second_id) if second_id is not None else None)
        if second_id is None:
            self.ui.searchEdit.setFocus()

    # -- choosing the pair ------------------------------------------------------------------------

    def search(self) -> None:
        """List the actors matching the search box, archived ones too, except the first record."""
        self._search_timer.stop()
        results = self.ui.resultsList
        results.clear()
        text = self.ui.searchEdit.text().strip()
        if not text:
            return
        query = ListQuery(text=text, filters={"archived": None})
        for row in self._actors.fetch(query, 0, SEARCH_LIMIT + 1):
            if row.id == self.first.id:
                continue
            parts = [row.name, row.tax_code or "", row.municipality or ""]
            label = " · ".join(p for p in parts if p)
            if row.is_archived:
                label = self.tr("{actor} (archived)").format(actor=label)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            results.addItem(item)

    def _choose_result(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self.set_second(self._records.get(int(item.data(Qt.ItemDataRole.UserRole))))

    def set_second(self, detail: ActorDetail | None) -> None:
        self.second = detail
        ui = self.ui
        ui.keepGroup.setEnabled(detail is not None)
        self.merge_button.setEnabled(detail is not None)
        ui.keepFirstRadio.setText(self._describe(self.first))
        ui.keepSecondRadio.setText(self._describe(detail) if detail else self.tr("(choose the duplicate)"))
        if detail is not None:
            # The record with more history usually stays; the user can still swap.
            keep_first = _history_weight(self.first) >= _history_weight(detail)
            (ui.keepFirstRadio if keep_first else ui.keepSecondRadio).setChecked(True)
        self._fill_comparison()
        self._show_roles()

    def _describe(self, detail: ActorDetail) -> str:
        return self.tr("«{name}» (no. {id})").format(name=detail.data.name, id=detail.id)

    # -- the comparison ---------------------------------------------------------------------------

    def _rows(self, detail: ActorDetail | None) -> list[str]:
        if detail is None:
            return [""] * (len(_FIELDS) + 6)
        values = []
        for field in _FIELDS:
            value = getattr(detail.data, field)
            if field == "actor_type" and value:
                value = ActorType(value).label
            values.append(value)
        yes, no = self.tr("Yes"), self.tr("No")
        values.append(yes if detail.is_archived else no)
        values += [
            str(len(items))
            for items in (
                detail.applications,
                detail.partnerships,
                detail.letters,
                detail.contacts,
                detail.memberships,
            )
        ]
        return values

    def _fill_comparison(self) -> None:
        table = self.ui.compareTable
        labels = [ACTOR_FIELD_LABELS[f] for f in _FIELDS] + [
            self.tr("Archived"),
            self.tr("Applications"),
            self.tr("Partnerships"),
            self.tr("Letters"),
            self.tr("Contact persons"),
            self.tr("Governance bodies"),
        ]
        columns = (self._rows(self.first), self._rows(self.second))
        table.setRowCount(len(labels))
        table.setVerticalHeaderLabels(labels)
        for row in range(len(labels)):
            differ = self.second is not None and columns[0][row] != columns[1][row]
            for column, values in enumerate(columns):
                item = QTableWidgetItem(values[row])
                item.setToolTip(values[row])
                if differ:
                    item.setBackground(QBrush(_DIFFERENT))
                table.setItem(row, column, item)

    def _show_roles(self) -> None:
        keep_first = self.ui.keepFirstRadio.isChecked()
        table = self.ui.compareTable
        for column, stays in enumerate((keep_first, not keep_first)):
            header = QTableWidgetItem(self.tr("Stays") if stays else self.tr("Merged into the other"))
            font = QFont(table.font())
            font.setBold(stays)
            header.setFont(font)
            table.setHorizontalHeaderItem(column, header)

    # -- merging ----------------------------------------------------------------------------------

    def pair(self) -> tuple[ActorDetail, ActorDetail] | None:
        """(survivor, duplicate) as chosen now; None until the duplicate is chosen."""
        if self.second is None:
            return None
        if self.ui.keepFirstRadio.isChecked():
            return self.first, self.second
        return self.second, self.first

    def merge(self) -> bool:
        pair = self.pair()
        if pair is None:
            return False
        survivor, duplicate = pair
        answer = QMessageBox.question(
            self,
            self.tr("Merge duplicates"),
            self.tr(
                "«{duplicate}» will be merged into «{survivor}»: its applications, partnerships, "
                "contact persons, letters and memberships move to «{survivor}», and «{duplicate}» "
                "is archived. This cannot be undone. Merge?"
            ).format(duplicate=duplicate.data.name, survivor=survivor.data.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self.moved = self._records.merge(survivor.id, duplicate.id)
        except ServiceError as exc:
            self.ui.errorLabel.setText(str(exc))
            self.ui.errorLabel.show()
            return False
        self.survivor_id = survivor.id
        moved = ", ".join(f"{what} {count}" for what, count in self.moved.items() if count)
        QMessageBox.information(
            self,
            self.tr("Records merged"),
            self.tr("«{duplicate}» was merged into «{survivor}». Moved: {moved}.").format(
                duplicate=duplicate.data.name, survivor=survivor.data.name, moved=moved or self.tr("nothing")
            ),
        )
        self.accept()
        return True
