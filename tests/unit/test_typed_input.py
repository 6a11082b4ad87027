"""Amounts and dates as typed in a form."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from coop_desktop.domain.typed_input import amount_text, day_text, parse_amount, parse_day


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("40.000,00", Decimal("40000.00")),
        ("€ 40.000", Decimal("40000")),
        ("40000", Decimal("40000")),
        ("40000,5", Decimal("40000.5")),
        ("40000.50", Decimal("40000.50")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("1,234.56", Decimal("1234.56")),
        (" 12 500 ", Decimal("12500")),
        ("", None),
        ("  ", None),
    ],
)
def test_amounts(text: str, value: Decimal | None) -> None:
    assert parse_amount(text) == value


@pytest.mark.parametrize("text", ["trentamila", "12,5,3", "NaN", "Infinity", "--3"])
def test_what_is_not_an_amount(text: str) -> None:
    with pytest.raises(ValueError, match="non è un importo"):
        parse_amount(text)


def test_amounts_are_shown_in_italian() -> None:
    assert amount_text(Decimal("40000")) == "40.000,00"
    assert amount_text(None) == ""
    assert parse_amount(amount_text(Decimal("1234.5"))) == Decimal("1234.50")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("01/09/2026", date(2026, 9, 1)),
        ("1/9/2026", date(2026, 9, 1)),
        ("01.09.2026", date(2026, 9, 1)),
        ("2026-09-01", date(2026, 9, 1)),
        ("", None),
    ],
)
def test_days(text: str, value: date | None) -> None:
    assert parse_day(text) == value


def test_what_is_not_a_day() -> None:
    with pytest.raises(ValueError, match="non è una data esistente"):
        parse_day("31/02/2026")
    with pytest.raises(ValueError, match="scrivi ad esempio 31/03/2026"):
        parse_day("settembre")
    assert day_text(date(2026, 3, 31)) == "31/03/2026"
