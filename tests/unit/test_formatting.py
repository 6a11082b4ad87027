from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from coop_desktop.domain.formatting import (
    format_date,
    format_datetime,
    format_money,
    format_percent,
    to_cents,
)


def test_money_uses_italian_separators_and_euro_prefix() -> None:
    assert format_money(Decimal("40000")) == "€ 40.000,00"
    assert format_money(Decimal("1234567.891")) == "€ 1.234.567,89"
    assert format_money(Decimal("0.005")) == "€ 0,01"  # half-up, not banker's rounding
    assert format_money(None) == ""


def test_percent_and_dates() -> None:
    assert format_percent(Decimal("20")) == "20,00%"
    assert format_date(date(2026, 2, 15)) == "15/02/2026"
    assert format_datetime(datetime(2026, 2, 15, 9, 5)) == "15/02/2026 09:05"


def test_to_cents_rounds_half_up() -> None:
    assert to_cents(Decimal("2.675")) == Decimal("2.68")
    assert to_cents("10") == Decimal("10.00")
