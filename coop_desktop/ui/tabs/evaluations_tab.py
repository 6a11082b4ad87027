"""The Valutazioni tab: every evaluator's scoring form, with its status and total."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from coop_desktop.services.evaluations import AssignmentRow
from coop_desktop.services.listing import ListSource
from coop_desktop.ui.forms.ui_evaluations_tab import Ui_EvaluationsTab
from coop_desktop.ui.models.evaluations_table_model import EvaluationsTableModel
from coop_desktop.ui.tabs.list_binding import ListBinding


class EvaluationsTab(QWidget):
    def __init__(self, evaluations: ListSource[AssignmentRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_EvaluationsTab()
        self.ui.setupUi(self)
        self.model = EvaluationsTableModel(evaluations, self)
        self.binding = ListBinding(
            self.model, self.ui.searchEdit, self.ui.countLabel, self.ui.tableView, self._count_text
        )

    def _count_text(self, total: int) -> str:
        return self.tr("%n scoring form(s)", "", total)
