"""Reading typed values from cells of sheets kept by hand: amounts, percentages, dates, yes/no, lists.

Each parser takes what openpyxl gives (str, int, float, bool, datetime, None) and returns the value,
None for an empty cell, or raises CellProblem with an Italian message naming what is wrong.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timedelta
from decimal import Decimal
from functools import cache
from typing import Any

import pycountry

from coop_desktop.domain.countries import country_name
from coop_desktop.domain.text import fold
from coop_desktop.domain.typed_input import decimal_from_text, parse_day
from coop_desktop.exchange.xlsx_safety import cell_text


class CellProblem(ValueError):
    """The cell's content cannot be read as the value the column needs (message in Italian)."""


_EXCEL_EPOCH = date(1899, 12, 30)
# Excel serial numbers from 1927 to 9999: smaller numbers are far more likely a typo than a date.
_SERIALS = range(10_000, 2_958_466)
_LIST_SEPARATORS = re.compile(r"[;\n\r]+")
_TRUE = frozenset({"si", "sì", "s", "yes", "y", "vero", "true", "x", "1"})
_FALSE = frozenset({"no", "n", "falso", "false", "0"})


def text_of(value: Any) -> str | None:
    """The cell as trimmed text (inner spaces collapsed); None when empty."""
    if value is None:
        return None
    text = " ".join(cell_text(value).split())
    return text or None


def parse_decimal(value: Any) -> Decimal | None:
    """A number written as Excel stores it, or as text in Italian ("40.000,50", "€ 1.200") or plain form."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise CellProblem(f"«{cell_text(value)}» non è un numero.")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellProblem("Il valore non è un numero.")
        return Decimal(repr(value))
    if isinstance(value, datetime | date):
        raise CellProblem(f"«{cell_text(value)}» è una data, non un numero.")
    raw = str(value).strip()
    number = decimal_from_text(raw)
    if number is None:
        raise CellProblem(f"«{raw}» non è un numero.")
    return number


def parse_percent(value: Any) -> Decimal | None:
    """A percentage: 20, "20", "20%", "20,5 %"; a number below 1 written by a cell formatted as a
    percentage (0,2 for 20%) is read as that percentage."""
    if isinstance(value, str):
        value = value.replace("%", "")
    number = parse_decimal(value)
    if number is None:
        return None
    if isinstance(value, float) and 0 < number < 1:
        number = (number * 100).normalize()
    return number


def parse_int(value: Any) -> int | None:
    number = parse_decimal(value)
    if number is None:
        return None
    if number != number.to_integral_value():
        raise CellProblem(f"«{cell_text(value)}» non è un numero intero.")
    return int(number)


def parse_date(value: Any) -> date | None:
    """A date cell, an Excel serial number, or text as 2026-03-31 or 31/03/2026."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if math.isfinite(value) and int(value) in _SERIALS:
            return _EXCEL_EPOCH + timedelta(days=int(value))
        raise CellProblem(f"«{cell_text(value)}» non è una data (scrivi ad esempio 31/03/2026).")
    try:
        return parse_day(str(value), hint="scrivi 31/03/2026 o 2026-03-31.")
    except ValueError as exc:
        raise CellProblem(str(exc)) from None


def parse_bool(value: Any) -> bool | None:
    """sì/no (also si, vero/falso, x, 1/0, a checkbox's TRUE/FALSE)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        return value
    key = fold(cell_text(value).strip())
    if key in _TRUE or cell_text(value).strip().lower() in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellProblem(f"«{cell_text(value)}»: scrivi «sì» o «no».")


def split_list(value: Any) -> list[str]:
    """The items of a cell listing several values separated by ';' (or one per line)."""
    text = cell_text(value) if value is not None else ""
    return [" ".join(part.split()) for part in _LIST_SEPARATORS.split(text) if part.strip()]


@cache
def _countries() -> dict[str, str]:
    """Folded names and codes → ISO alpha-2: Italian and English names, alpha-2 and alpha-3 codes."""
    found: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = {country.alpha_2, country.alpha_3, country.name, country_name(code)}
        names.update(
            n for n in (getattr(country, "common_name", None), getattr(country, "official_name", None)) if n
        )
        for name in names:
            found.setdefault(fold(name), code)
    return found


def parse_country(text: str) -> str:
    """ISO alpha-2 code of a country given by code ("SN", "SEN") or name ("Senegal", "Marocco")."""
    code = _countries().get(fold(" ".join(text.split())))
    if code is None:
        raise CellProblem(
            f"«{text}» non è un paese riconosciuto: scrivi il nome in italiano o il codice ISO (es. SN)."
        )
    return code
