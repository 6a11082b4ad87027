"""PagedTableModel without any widget: lazy pages, SQL sorting, filters and Italian formatting."""

from __future__ import annotations

import types
from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from coop_desktop.domain.enums import ActorType, LabeledEnum
from coop_desktop.domain.formatting import format_money
from coop_desktop.services.actors import ActorService
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.models.actors_table_model import ActorsTableModel
from coop_desktop.ui.models.paged_table_model import RAW_ROLE, RIGHT, Column, PagedTableModel
from coop_desktop.ui.models.partnerships_table_model import PartnershipsTableModel

PAGE = 20
DISPLAY = Qt.ItemDataRole.DisplayRole


def _paged(actors: ActorService) -> PagedTableModel:  # type: ignore[type-arg]
    columns = [
        Column("name", "Name", stretch=True),
        Column("actor_type", "Type"),
        Column("funds_received", "Funds", format=format_money, align=RIGHT),
    ]
    return PagedTableModel(actors, columns, page_size=PAGE)


def _column(model: PagedTableModel, key: str) -> int:  # type: ignore[type-arg]
    return [c.key for c in model.columns].index(key)


def _raw(model: PagedTableModel, row: int, column: int) -> object:  # type: ignore[type-arg]
    # Straight from the model: through QModelIndex.data() Qt turns a StrEnum into its plain value.
    return model.data(model.index(row, column), RAW_ROLE)


def _ids(model: PagedTableModel) -> list[int]:  # type: ignore[type-arg]
    return [model.row_at(r).id for r in range(model.rowCount())]


def test_a_new_model_runs_no_query_until_loaded(services: AppServices) -> None:
    model = _paged(services.actors)
    assert not model.loaded
    assert model.rowCount() == 0
    assert not model.canFetchMore(QModelIndex())
    model.set_query_text("comune")  # kept for the first load, still no query
    assert not model.loaded

    model.ensure_loaded()
    assert model.loaded
    assert model.total == services.actors.count(ListQuery(text="comune"))


def test_first_page_then_fetch_more_until_the_end(services: AppServices) -> None:
    total = services.actors.count(ListQuery())
    assert total > 2 * PAGE, "the demo register should span several pages"
    model = _paged(services.actors)
    model.reload()

    assert model.total == total
    assert model.rowCount() == PAGE
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == total
    # Pages join without gaps or overlaps: the same rows, in the same order, as one big fetch.
    assert _ids(model) == [row.id for row in services.actors.fetch(ListQuery(), 0, total)]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, services: AppServices) -> None:
    model = ActorsTableModel(services.actors)
    model.reload()
    qtmodeltester.check(model)


def test_sort_asks_sql_for_the_column_and_direction(services: AppServices) -> None:
    model = _paged(services.actors)
    model.reload()
    name = _column(model, "name")

    model.sort(name, Qt.SortOrder.DescendingOrder)
    assert (model.query.sort_key, model.query.descending) == ("name", True)
    expected = services.actors.fetch(ListQuery(sort_key="name", descending=True), 0, PAGE)
    assert _ids(model) == [row.id for row in expected]
    assert model.index(0, name).data() > model.index(1, name).data()

    funds = _column(model, "funds_received")
    model.sort(funds, Qt.SortOrder.DescendingOrder)
    top = _raw(model, 0, funds)
    assert top == max(r.funds_received for r in services.actors.fetch(ListQuery(), 0, 1000))
    assert top > 0

    model.sort(-1)  # no sort indicator: the service's own order
    assert model.query.sort_key is None
    assert _ids(model) == [row.id for row in services.actors.fetch(ListQuery(), 0, PAGE)]


def test_text_and_filters_reset_and_reload(qtbot: QtBot, services: AppServices) -> None:
    model = _paged(services.actors)
    model.reload()
    model.fetchMore(QModelIndex())

    with qtbot.waitSignal(model.totalChanged) as signal:
        model.set_query_text("  comune ")
    expected = services.actors.count(ListQuery(text="comune"))
    assert signal.args == [expected]
    assert 0 < model.total == expected < services.actors.count(ListQuery())
    assert model.rowCount() == min(expected, PAGE)

    model.set_filter("province", "FI")
    assert model.total == services.actors.count(ListQuery(text="comune", filters={"province": "FI"}))
    model.set_filter("province", "")
    assert "province" not in model.query.filters
    assert model.total == expected

    model.set_query_text("")
    model.set_filter("archived", True)
    archived = services.actors.count(ListQuery(filters={"archived": True}))
    assert model.total == archived > 0
    assert all(model.row_at(r).is_archived for r in range(model.rowCount()))


def test_money_enum_and_alignment(services: AppServices) -> None:
    model = ActorsTableModel(services.actors)
    model.reload()
    funds = _column(model, "funds_received")
    model.sort(funds, Qt.SortOrder.DescendingOrder)

    cell = model.index(0, funds)
    raw = _raw(model, 0, funds)
    assert isinstance(raw, Decimal) and raw > 0
    assert cell.data(DISPLAY) == format_money(raw)
    assert cell.data(DISPLAY).startswith("€ ") and cell.data(DISPLAY).endswith(",00")
    assert cell.data(Qt.ItemDataRole.TextAlignmentRole) == RIGHT
    assert model.headerData(funds, Qt.Orientation.Horizontal, Qt.ItemDataRole.TextAlignmentRole) == RIGHT

    kind = model.index(0, _column(model, "actor_type"))
    member = _raw(model, 0, kind.column())
    assert isinstance(member, ActorType)
    assert kind.data(DISPLAY) == member.label
    assert kind.data(RAW_ROLE) == member.value
    assert kind.data(Qt.ItemDataRole.ToolTipRole) == kind.data(DISPLAY)


def test_italian_headers(services: AppServices) -> None:
    model = ActorsTableModel(services.actors)
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:3] == ["Denominazione", "Tipo", "Codice fiscale"]
    assert "Contributi ricevuti" in headers


def test_dates_scores_and_empty_values(services: AppServices) -> None:
    partnerships = PartnershipsTableModel(services.partnerships)
    partnerships.reload()
    deadline = _column(partnerships, "next_deadline")
    rows = range(partnerships.rowCount())
    days = [_raw(partnerships, r, deadline) for r in rows]
    assert any(isinstance(day, date) for day in days)
    assert None in days, "the demo data should have a partnership without open deadlines"
    for r, day in zip(rows, days, strict=True):
        text = partnerships.index(r, deadline).data(DISPLAY)
        assert text == (day.strftime("%d/%m/%Y") if isinstance(day, date) else "")
    assert isinstance(_raw(partnerships, 0, _column(partnerships, "status")), LabeledEnum)

    # Columns without a formatter: times to the minute, plain numbers with the Italian decimal comma.
    class Moments:
        def count(self, query: ListQuery) -> int:
            return 1

        def fetch(self, query: ListQuery, offset: int, limit: int) -> list[object]:
            row = types.SimpleNamespace(at=datetime(2025, 7, 13, 16, 5), points=Decimal("75"))
            return [row][offset : offset + limit]

    moments = PagedTableModel(Moments(), [Column("at", "At"), Column("points", "Points", align=RIGHT)])
    moments.reload()
    assert moments.index(0, 0).data(DISPLAY) == "13/07/2025 16:05"
    assert isinstance(_raw(moments, 0, 1), Decimal)
    assert moments.index(0, 1).data(DISPLAY) == "75,00"


def test_fetch_more_stops_when_rows_vanished(services: AppServices) -> None:
    """If rows disappear between the count and a later page, paging ends instead of looping."""

    class Shrinking:
        def count(self, query: ListQuery) -> int:
            return 50

        def fetch(self, query: ListQuery, offset: int, limit: int) -> list[object]:
            rows = services.actors.fetch(query, offset, limit)
            return list(rows) if offset == 0 else []

    model = PagedTableModel(Shrinking(), [Column("name", "Name")], page_size=PAGE)
    model.reload()
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())
    assert model.total == PAGE == model.rowCount()
