"""Field validators shared by forms, importers and the CLI. Each returns an Italian message or None."""

from __future__ import annotations

import re
from dataclasses import dataclass

from coop_desktop.domain.italy import PROVINCES


@dataclass(frozen=True)
class ValidationError:
    field: str
    message: str


_EMAIL = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$"
)


def check_email(value: str) -> str | None:
    if len(value) > 254 or not _EMAIL.match(value):
        return f"«{value}» non è un indirizzo e-mail valido."
    return None


def check_postal_code(value: str) -> str | None:
    if not re.fullmatch(r"\d{5}", value):
        return "Il CAP deve essere di 5 cifre."
    return None


def check_province(value: str) -> str | None:
    if value.upper() not in PROVINCES:
        return f"«{value}» non è una sigla di provincia italiana."
    return None
