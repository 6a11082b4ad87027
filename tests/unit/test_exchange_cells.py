"""Typed values from hand-kept cells: amounts, percentages, dates, yes/no, lists, countries."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from coop_desktop.exchange.cells import (
    CellProblem,
    parse_bool,
    parse_country,
    parse_date,
    parse_decimal,
    parse_int,
    parse_percent,
    split_list,
)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (40000, Decimal(40000)),
        (40000.5, Decimal("40000.5")),
        ("40.000,50", Decimal("40000.50")),
        ("€ 1.200", Decimal(1200)),
        ("1,234.56", Decimal("1234.56")),
        ("12,5", Decimal("12.5")),
        ("  ", None),
        (None, None),
    ],
)
def test_amounts(cell: object, expected: Decimal | None) -> None:
    assert parse_decimal(cell) == expected


@pytest.mark.parametrize("cell", ["quaranta", True, datetime(2026, 1, 1), float("nan")])
def test_not_amounts(cell: object) -> None:
    with pytest.raises(CellProblem):
        parse_decimal(cell)


def test_percentages_and_integers() -> None:
    assert parse_percent("20%") == Decimal(20)
    assert parse_percent(0.25) == Decimal(25)  # a cell formatted as a percentage
    assert parse_percent(20) == Decimal(20)
    assert parse_int(2027.0) == 2027
    with pytest.raises(CellProblem, match="non è un numero intero"):
        parse_int("2027,5")


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        (datetime(2026, 3, 31, 0, 0), date(2026, 3, 31)),
        (date(2026, 3, 31), date(2026, 3, 31)),
        ("2026-03-31", date(2026, 3, 31)),
        ("31/03/2026", date(2026, 3, 31)),
        ("1/3/2026", date(2026, 3, 1)),
        (46112, date(2026, 3, 31)),  # Excel serial number
        ("", None),
    ],
)
def test_dates(cell: object, expected: date | None) -> None:
    assert parse_date(cell) == expected


def test_not_dates() -> None:
    with pytest.raises(CellProblem, match="non è una data esistente"):
        parse_date("31/02/2026")
    with pytest.raises(CellProblem, match="scrivi 31/03/2026 o 2026-03-31"):
        parse_date("marzo")
    with pytest.raises(CellProblem):
        parse_date(2026)


def test_yes_no_lists_and_countries() -> None:
    assert [parse_bool(v) for v in ("sì", "SI", "no", True, "x", None)] == [
        True,
        True,
        False,
        True,
        True,
        None,
    ]
    with pytest.raises(CellProblem, match="scrivi «sì» o «no»"):
        parse_bool("forse")
    assert split_list("Formulario;  Piano finanziario ;\nLettere") == [
        "Formulario",
        "Piano finanziario",
        "Lettere",
    ]
    assert [parse_country(t) for t in ("Senegal", "marocco", "SN", "sen", "Côte d'Ivoire")] == [
        "SN", "MA", "SN", "SN", "CI",
    ]  # fmt: skip
    with pytest.raises(CellProblem, match="non è un paese riconosciuto"):
        parse_country("Atlantide")
