"""The Partenariati tab: the Region's bids and projects in national, EU and international calls."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coop_desktop.services.listing import ListSource
from coop_desktop.services.partnerships import PartnershipRow
from coop_desktop.ui.forms.ui_partnerships_tab import Ui_PartnershipsTab
from coop_desktop.ui.models.partnerships_table_model import PartnershipsTableModel
from coop_desktop.ui.tabs.list_binding import ListBinding


class PartnershipsTab(QWidget):
    def __init__(self, partnerships: ListSource[PartnershipRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PartnershipsTab()
        self.ui.setupUi(self)
        self.model = PartnershipsTableModel(partnerships, self)
        self.binding = ListBinding(
            self.model, self.ui.searchEdit, self.ui.countLabel, self.ui.tableView, self._count_text
        )

    def _count_text(self, total: int) -> str:
        return self.tr("%n partnership(s)", "", total)
