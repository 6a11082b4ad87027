"""The Valutazioni table: columns of `AssignmentRow` (one scoring form each) over `EvaluationService`."""

from __future__ import annotations

from PySide6.QtCore import QObject

from coop_desktop.services.evaluations import AssignmentRow
from coop_desktop.services.listing import ListSource
from coop_desktop.ui.models.paged_table_model import RIGHT, Column, PagedTableModel


class EvaluationsTableModel(PagedTableModel[AssignmentRow]):
    def __init__(self, source: ListSource[AssignmentRow], parent: QObject | None = None) -> None:
        columns = [
            Column("call_code", self.tr("Call"), width=11),
            Column("protocol_number", self.tr("Protocol"), width=12),
            Column("title", self.tr("Project"), width=34, stretch=True),
            Column("lead", self.tr("Lead applicant"), width=22),
            Column("evaluator", self.tr("Evaluator"), width=15),
            Column("status", self.tr("Status"), width=14),
            Column("total", self.tr("Score"), width=7, align=RIGHT),
            Column("submitted_at", self.tr("Submitted"), width=15),
        ]
        super().__init__(source, columns, parent=parent)
