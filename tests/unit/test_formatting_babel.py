"""format_number's fast path for Decimal and int gives exactly what Babel gives for it_IT."""

from __future__ import annotations

from decimal import Decimal

from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st

from coop_desktop.domain.formatting import format_number


def _babel(value: Decimal | int, decimals: int) -> str:
    return format_decimal(value, format="#,##0" + ("." + "0" * decimals if decimals else ""), locale="it_IT")


@given(
    st.decimals(min_value=Decimal("-1e15"), max_value=Decimal("1e15"), allow_nan=False, places=6)
    | st.integers(min_value=-(10**18), max_value=10**18),
    st.integers(min_value=0, max_value=3),
)
def test_fast_path_matches_babel(value: Decimal | int, decimals: int) -> None:
    assert format_number(value, decimals) == _babel(value, decimals)


def test_edge_values() -> None:
    for value in (Decimal("0.125"), Decimal("2.675"), Decimal("-0.001"), Decimal("1E+3"), Decimal("-1234.5")):
        assert format_number(value) == _babel(value, 2)
    assert format_number(Decimal("1234567.891")) == "1.234.567,89"
    assert format_number(1.5) == "1,50"  # floats still go through Babel
