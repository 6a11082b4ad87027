"""The Soggetti tab: the actors register, searchable and filtered by type, province and archive."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from coop_desktop.domain.enums import ActorType
from coop_desktop.domain.italy import PROVINCES, TUSCAN_PROVINCES
from coop_desktop.services.actors import ActorRow
from coop_desktop.services.listing import ListSource
from coop_desktop.ui.forms.ui_actors_tab import Ui_ActorsTab
from coop_desktop.ui.models.actors_table_model import ActorsTableModel
from coop_desktop.ui.tabs.list_binding import ListBinding


class ActorsTab(QWidget):
    def __init__(self, actors: ListSource[ActorRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ActorsTab()
        self.ui.setupUi(self)
        self.model = ActorsTableModel(actors, self)
        self.binding = ListBinding(
            self.model, self.ui.searchEdit, self.ui.countLabel, self.ui.tableView, self._count_text
        )
        self._fill_filters()

    def _count_text(self, total: int) -> str:
        return self.tr("%n actor(s)", "", total)

    def _fill_filters(self) -> None:
        types = self.ui.typeCombo
        types.addItem(self.tr("All types"), "")
        for actor_type in ActorType:
            types.addItem(actor_type.label, actor_type.value)

        provinces = self.ui.provinceCombo
        provinces.addItem(self.tr("All provinces"), "")
        # Tuscan provinces first: nearly every actor of the register is in one of them.
        for code in TUSCAN_PROVINCES:
            provinces.addItem(f"{code} – {PROVINCES[code]}", code)
        provinces.insertSeparator(provinces.count())
        for code in sorted(set(PROVINCES) - set(TUSCAN_PROVINCES)):
            provinces.addItem(f"{code} – {PROVINCES[code]}", code)

        self._filter_on_change(types, "actor_type")
        self._filter_on_change(provinces, "province")
        self.ui.archivedCheck.toggled.connect(lambda checked: self.model.set_filter("archived", checked))

    def _filter_on_change(self, combo: QComboBox, key: str) -> None:
        combo.currentIndexChanged.connect(lambda _index: self.model.set_filter(key, combo.currentData()))
