"""A table model over a paged list service: SQL filters, sorts and pages; the model holds loaded rows.

The model never sees SQLAlchemy: it asks its `ListSource` for `count(query)` and
`fetch(query, offset, limit)` and keeps the plain dataclass rows it gets back.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from coop_desktop.domain.enums import LabeledEnum
from coop_desktop.domain.formatting import format_date, format_datetime, format_number
from coop_desktop.services.listing import ListQuery, ListSource

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

# The unformatted value of a cell (Decimal, date, enum member…), for tests and for code acting on rows.
RAW_ROLE = Qt.ItemDataRole.UserRole + 1
# data() runs for every role of every visible cell at each repaint: plain ints compare fastest.
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_RAW = int(RAW_ROLE)

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
# Numbers and money, so that units line up.
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


@dataclass(frozen=True)
class Column:
    """One column: `key` is both the row attribute and the service's sort key."""

    key: str
    header: str
    # Width in average characters; the view turns it into pixels for its font.
    width: int = 12
    # The column that takes the spare width (names, titles).
    stretch: bool = False
    format: Callable[[Any], str] | None = None
    align: Qt.AlignmentFlag = LEFT


def display_text(value: Any) -> str:
    """The Italian text of a value when the column names no formatter."""
    if value is None:
        return ""
    if isinstance(value, LabeledEnum):
        return value.label
    if isinstance(value, Decimal):
        return format_number(value)
    if isinstance(value, datetime):
        return format_datetime(value)
    if isinstance(value, date):
        return format_date(value)
    return str(value)


class PagedTableModel(QAbstractTableModel, Generic[Row]):
    """Rows of one `ListSource`, loaded a page at a time as the view scrolls.

    A new model is empty: `reload()` (or `ensure_loaded()`) runs the first query, so that tabs
    nobody has opened yet cost nothing at start-up.
    """

    # Number of rows matching the current query (not only the loaded ones).
    totalChanged = Signal(int)

    def __init__(
        self,
        source: ListSource[Row],
        columns: Sequence[Column],
        page_size: int = 100,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._columns = tuple(columns)
        self._page_size = page_size
        self._query = ListQuery()
        self._rows: list[Row] = []
        # Each row's cell texts, formatted once when first painted.
        self._texts: list[tuple[str, ...] | None] = []
        self._total = 0
        self._loaded = False

    # -- what the tabs and tests read ---------------------------------------------------------

    @property
    def columns(self) -> tuple[Column, ...]:
        return self._columns

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int:
        return self._total

    @property
    def loaded(self) -> bool:
        return self._loaded

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    # -- changing the query: each change resets a loaded model and reloads its first page -------------

    def set_query_text(self, text: str) -> None:
        self._set_query(replace(self._query, text=text.strip()))

    def set_filter(self, key: str, value: Any, *, none_is_value: bool = False) -> None:
        """Filter on a key the service knows; "" removes the filter, and so does None unless
        `none_is_value` (for a key whose None means something, e.g. archived=None: both)."""
        filters = dict(self._query.filters)
        if value == "" or (value is None and not none_is_value):
            filters.pop(key, None)
        else:
            filters[key] = value
        self._set_query(replace(self._query, filters=filters))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # Column -1 (no sort indicator) means the service's default order.
        key = self._columns[column].key if 0 <= column < len(self._columns) else None
        descending = key is not None and order == Qt.SortOrder.DescendingOrder
        self._set_query(replace(self._query, sort_key=key, descending=descending))

    def _set_query(self, query: ListQuery) -> None:
        # A model not loaded yet keeps the query for its first load.
        if query != self._query:
            self._query = query
            if self._loaded:
                self.reload()

    def reload(self) -> None:
        """Count the matches and load the first page again (after a query change or an edit)."""
        self.beginResetModel()
        self._total = self._source.count(self._query)
        self._rows = list(self._source.fetch(self._query, 0, self._page_size))
        self._texts = [None] * len(self._rows)
        self._loaded = True
        self.endResetModel()
        self.totalChanged.emit(self._total)

    def ensure_loaded(self) -> None:
        if not self._loaded:
            self.reload()

    # -- lazy paging: the view asks for more rows as it scrolls ---------------------------------

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid():
            return
        page = list(self._source.fetch(self._query, len(self._rows), self._page_size))
        if not page:
            # Rows were deleted since the count: stop asking instead of looping.
            self._total = len(self._rows)
            self.totalChanged.emit(self._total)
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self._texts.extend([None] * len(page))
        self.endInsertRows()

    # -- QAbstractTableModel ------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def _row_texts(self, row: int) -> tuple[str, ...]:
        texts = self._texts[row]
        if texts is None:
            record = self._rows[row]
            texts = self._texts[row] = tuple(
                c.format(v) if c.format else display_text(v)
                for c in self._columns
                for v in (getattr(record, c.key),)
            )
        return texts

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role in (_DISPLAY, _TOOLTIP):
            # The tooltip shows what an elided cell hides.
            return self._row_texts(index.row())[index.column()] if index.isValid() else None
        if role == _ALIGNMENT:
            return self._columns[index.column()].align if index.isValid() else None
        if role == _RAW and index.isValid():
            return getattr(self._rows[index.row()], self._columns[index.column()].key)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.header
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # A first click always sorts A→Z / smallest first, whatever the previous column did.
            return Qt.SortOrder.AscendingOrder
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return column.align
        return None
