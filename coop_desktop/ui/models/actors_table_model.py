"""The Soggetti table: columns of `ActorRow` over `ActorService`."""

from __future__ import annotations

from PySide6.QtCore import QObject

from coop_desktop.domain.formatting import format_money
from coop_desktop.services.actors import ActorRow
from coop_desktop.services.listing import ListSource
from coop_desktop.ui.models.paged_table_model import RIGHT, Column, PagedTableModel


class ActorsTableModel(PagedTableModel[ActorRow]):
    def __init__(self, source: ListSource[ActorRow], parent: QObject | None = None) -> None:
        columns = [
            Column("name", self.tr("Name"), width=34, stretch=True),
            Column("actor_type", self.tr("Type"), width=21),
            Column("tax_code", self.tr("Tax code"), width=12),
            Column("municipality", self.tr("Municipality"), width=13),
            Column("province", self.tr("Province"), width=4),
            Column("pec", self.tr("PEC"), width=21),
            Column("applications", self.tr("Applications"), width=6, align=RIGHT),
            Column("funds_received", self.tr("Funds received"), width=13, format=format_money, align=RIGHT),
        ]
        super().__init__(source, columns, parent=parent)
