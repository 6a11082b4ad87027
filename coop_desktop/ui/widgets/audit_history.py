"""A record's audit trail: one line per change (when, who, what), its fields old → new beneath."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC

from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from coop_desktop.domain.formatting import format_datetime
from coop_desktop.services.audit import HistoryItem


class AuditHistoryView(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditHistory")
        self.setColumnCount(3)
        self.setHeaderLabels([self.tr("Date / field"), self.tr("User / before"), self.tr("Change / after")])
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

    def show_items(self, items: Sequence[HistoryItem]) -> None:
        self.clear()
        for item in items:
            # Stored in UTC; shown in the PC's local time, as every other time in the app.
            local = item.at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
            top = QTreeWidgetItem([format_datetime(local), item.username, f"{item.action}: {item.what}"])
            for change in item.changes:
                top.addChild(QTreeWidgetItem([change.field, change.old, change.new]))
            self.addTopLevelItem(top)
        if items:
            self.topLevelItem(0).setExpanded(True)
