"""The applications of a call: columns of `ApplicationRow` over `ApplicationService`."""

from __future__ import annotations

from PySide6.QtCore import QObject

from coop_desktop.domain.formatting import format_money, format_percent
from coop_desktop.services.applications import ApplicationRow
from coop_desktop.services.listing import ListSource
from coop_desktop.ui.models.paged_table_model import RIGHT, Column, PagedTableModel


class ApplicationsTableModel(PagedTableModel[ApplicationRow]):
    def __init__(self, source: ListSource[ApplicationRow], parent: QObject | None = None) -> None:
        columns = [
            Column("protocol_number", self.tr("Protocol"), width=16),
            Column("protocol_date", self.tr("Date"), width=10),
            Column("lead", self.tr("Lead applicant"), width=28),
            Column("title", self.tr("Title"), width=36, stretch=True),
            Column("total_cost", self.tr("Total cost"), width=13, format=format_money, align=RIGHT),
            Column("requested_grant", self.tr("Requested"), width=13, format=format_money, align=RIGHT),
            Column("cofunding_pct", self.tr("Co-funding"), width=9, format=format_percent, align=RIGHT),
            Column("status", self.tr("Status"), width=18),
        ]
        super().__init__(source, columns, parent=parent)
