"""The Bandi table: columns of `CallRow` over `CallService`."""

from __future__ import annotations

from PySide6.QtCore import QObject

from coop_desktop.domain.formatting import format_money
from coop_desktop.services.calls import CallRow
from coop_desktop.services.listing import ListSource
from coop_desktop.ui.models.paged_table_model import RIGHT, Column, PagedTableModel


class CallsTableModel(PagedTableModel[CallRow]):
    def __init__(self, source: ListSource[CallRow], parent: QObject | None = None) -> None:
        columns = [
            Column("code", self.tr("Code"), width=12),
            Column("title", self.tr("Title"), width=40, stretch=True),
            Column("year", self.tr("Year"), width=6, align=RIGHT),
            Column("status", self.tr("Status"), width=18),
            Column("budget", self.tr("Budget"), width=13, format=format_money, align=RIGHT),
            Column("received", self.tr("Received"), width=5, align=RIGHT),
            Column("admitted", self.tr("Admitted"), width=5, align=RIGHT),
            Column("funded", self.tr("Funded"), width=5, align=RIGHT),
            Column("committed", self.tr("Committed"), width=13, format=format_money, align=RIGHT),
        ]
        super().__init__(source, columns, parent=parent)
