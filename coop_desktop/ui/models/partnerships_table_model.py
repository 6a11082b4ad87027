"""The Partenariati table: columns of `PartnershipRow` over `PartnershipService`."""

from __future__ import annotations

from PySide6.QtCore import QObject

from coop_desktop.domain.formatting import format_money
from coop_desktop.services.listing import ListSource
from coop_desktop.services.partnerships import PartnershipRow
from coop_desktop.ui.models.paged_table_model import RIGHT, Column, PagedTableModel


class PartnershipsTableModel(PagedTableModel[PartnershipRow]):
    def __init__(self, source: ListSource[PartnershipRow], parent: QObject | None = None) -> None:
        columns = [
            Column("title", self.tr("Title"), width=30, stretch=True),
            Column("funder", self.tr("Funder"), width=16),
            Column("programme", self.tr("Programme"), width=18),
            Column("call_reference", self.tr("Call reference"), width=14),
            Column("region_role", self.tr("Region's role"), width=10),
            Column("status", self.tr("Status"), width=13),
            Column("next_deadline", self.tr("Deadline"), width=10),
            Column("total_budget", self.tr("Total budget"), width=14, format=format_money, align=RIGHT),
            Column("region_share", self.tr("Region's share"), width=13, format=format_money, align=RIGHT),
        ]
        super().__init__(source, columns, parent=parent)
