"""What every list tab shares: a search box, a result count and a table over one PagedTableModel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QHeaderView, QLabel, QLineEdit, QStyle, QTableView

from coop_desktop.ui.models.paged_table_model import PagedTableModel

# Long enough to skip the queries of a word typed quickly, short enough to feel immediate.
SEARCH_DELAY_MS = 150


class ListBinding(QObject):
    """Wires the widgets of a list tab to its model; the tab only chooses them and the count text."""

    def __init__(
        self,
        model: PagedTableModel[Any],
        search_edit: QLineEdit,
        count_label: QLabel,
        table: QTableView,
        count_text: Callable[[int], str],
    ) -> None:
        super().__init__(table)
        self._model = model
        self._search_edit = search_edit
        self._count_label = count_label
        self._count_text = count_text
        self._table = table
        self._widths: list[int] = []
        self._stretch = next((i for i, c in enumerate(model.columns) if c.stretch), None)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        search_edit.textChanged.connect(self._search_timer.start)
        search_edit.returnPressed.connect(self.apply_search)

        model.totalChanged.connect(self._show_total)
        self._set_up_table()
        # The first query waits until the table is first shown: hidden tabs cost nothing at start-up.
        table.installEventFilter(self)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched is self._table:
            self._model.ensure_loaded()
        elif event.type() == QEvent.Type.Resize and watched is self._table.viewport():
            self._fit_stretch_column()
        return False

    def apply_search(self) -> None:
        """Run the search now (the timer calls this once typing pauses)."""
        self._search_timer.stop()
        self._model.set_query_text(self._search_edit.text())

    def _show_total(self, total: int) -> None:
        self._count_label.setText(self._count_text(total))

    def _set_up_table(self) -> None:
        table = self._table
        table.setModel(self._model)
        header = table.horizontalHeader()
        char = table.fontMetrics().horizontalAdvance("n")
        # Room for the sort arrow and the margins around a header's text.
        padding = 2 * table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin) + 16
        for section, column in enumerate(self._model.columns):
            title = header.fontMetrics().horizontalAdvance(column.header) + padding
            self._widths.append(max(column.width * char, title))
            header.resizeSection(section, self._widths[-1])
        header.setStretchLastSection(False)
        header.sectionResized.connect(self._on_section_resized)
        # One text line per row, all rows the same height: no per-row measuring on 100,000 rows.
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(table.fontMetrics().height() + 8)
        # No indicator yet: the service's default order (sort(-1)) until the user clicks a header.
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)

    def _on_section_resized(self, section: int, _old: int, _new: int) -> None:
        if section != self._stretch:
            self._fit_stretch_column()

    def _fit_stretch_column(self) -> None:
        """Give the spare width to the name/title column, never less than its own width.

        Unlike QHeaderView's Stretch mode, which squeezes it to nothing when space is short:
        then a horizontal scroll bar appears instead.
        """
        if self._stretch is None:
            return
        header = self._table.horizontalHeader()
        others = sum(header.sectionSize(i) for i in range(header.count()) if i != self._stretch)
        spare = self._table.viewport().width() - others
        header.resizeSection(self._stretch, max(self._widths[self._stretch], spare))
