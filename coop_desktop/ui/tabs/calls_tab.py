"""The Bandi tab: calls for proposals with their applications and committed funds."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coop_desktop.services.calls import CallRow
from coop_desktop.services.listing import ListSource
from coop_desktop.ui.forms.ui_calls_tab import Ui_CallsTab
from coop_desktop.ui.models.calls_table_model import CallsTableModel
from coop_desktop.ui.tabs.list_binding import ListBinding


class CallsTab(QWidget):
    def __init__(self, calls: ListSource[CallRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CallsTab()
        self.ui.setupUi(self)
        self.model = CallsTableModel(calls, self)
        self.binding = ListBinding(
            self.model, self.ui.searchEdit, self.ui.countLabel, self.ui.tableView, self._count_text
        )

    def _count_text(self, total: int) -> str:
        return self.tr("%n call(s)", "", total)
