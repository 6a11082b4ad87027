"""Amounts and dates as people type them in a form: `40.000,00`, `€ 40000`, `1/9/2026`, `2026-09-01`.

Each parser returns the value, None for an empty field, or raises ValueError with an Italian message
for the field's error label. Whether the value is acceptable (positive, within the call's limits…)
is for the rules of the record, not for these.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from coop_desktop.domain.formatting import format_date, format_number

_ITALIAN_THOUSANDS = re.compile(r"-?\d{1,3}(\.\d{3})+(,\d*)?")
_DAY_FIRST = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
# ISO, also with the time part a spreadsheet may add (2026-03-31 00:00:00).
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")


def decimal_from_text(raw: str) -> Decimal | None:
    """A number as Italians write it ("40.000,50", "€ 1.200", "0,5") or in plain form ("40000.5",
    "1,234.56"); None when empty or not a finite number. Shared by forms and spreadsheet cells."""
    cleaned = re.sub(r"[\s\u00a0'’€]|EUR|eur", "", raw.strip())
    if not cleaned:
        return None
    if _ITALIAN_THOUSANDS.fullmatch(cleaned):
        cleaned = cleaned.replace(".", "").replace(",", ".")
    elif "," in cleaned and "." in cleaned:
        if cleaned.rfind(",") > cleaned.rfind("."):  # 1.234,56
            cleaned = cleaned.replace(".", "").replace(",", ".")
        else:  # 1,234.56
            cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def parse_amount(text: str) -> Decimal | None:
    """An amount in euro: Italian (40.000,50), plain (40000.5) or with the € sign."""
    if not re.sub(r"[\s\u00a0'’€]|EUR|eur", "", text.strip()):
        return None
    value = decimal_from_text(text)
    if value is None:
        raise ValueError(f"«{text.strip()}» non è un importo: scrivi ad esempio 40.000,00.")
    return value


def amount_text(value: Decimal | None) -> str:
    """How a form shows a stored amount: 40.000,00 (the € sign is in the field's label)."""
    return "" if value is None else format_number(value)


def parse_day(text: str, hint: str = "scrivi ad esempio 31/03/2026.") -> date | None:
    """A date written 31/03/2026 (also 31.03.2026, 31-3-2026) or 2026-03-31; shared by forms and
    spreadsheet cells."""
    raw = text.strip()
    if not raw:
        return None
    try:
        if match := _DAY_FIRST.fullmatch(raw):
            return date(int(match[3]), int(match[2]), int(match[1]))
        if match := _ISO.fullmatch(raw):
            return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValueError(f"«{raw}» non è una data esistente.") from None
    raise ValueError(f"«{raw}» non è una data: {hint}")


def day_text(value: date | None) -> str:
    return format_date(value)
