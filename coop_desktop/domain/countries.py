"""Countries with Italian names (pycountry's ISO 3166 translations), grouped as the office plans them."""

from __future__ import annotations

import gettext
from functools import cache

import pycountry

# Geographic priorities of the regional guidance document.
MEDITERRANEAN = ("MA", "DZ", "TN", "LY", "EG", "PS", "IL", "LB", "SY", "JO", "TR", "AL", "BA", "ME")
SUB_SAHARAN_AFRICA = (
    "SN", "BF", "NE", "ML", "ET", "MZ", "GM", "GN", "GW", "CI", "GH", "TG", "BJ", "NG", "CM", "TD",
    "SD", "SS", "ER", "SO", "KE", "UG", "TZ", "RW", "BI", "CD", "CG", "AO", "ZM", "ZW", "MW", "MG",
    "CV", "MR", "SL", "LR",
)  # fmt: skip
GROUPS: dict[str, tuple[str, ...]] = {
    "Mediterraneo": MEDITERRANEAN,
    "Africa sub-sahariana": SUB_SAHARAN_AFRICA,
}


@cache
def _italian() -> gettext.NullTranslations:
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["it"], fallback=True)


def country_name(code: str) -> str:
    """Italian name of an ISO 3166-1 alpha-2 code ("SN" → "Senegal"); the code itself if unknown."""
    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return code
    return _italian().gettext(getattr(country, "common_name", None) or country.name)


def check_country(code: str) -> str | None:
    if pycountry.countries.get(alpha_2=code.upper()) is None:
        return f"«{code}» non è un codice paese ISO a due lettere valido."
    return None


def group_of(code: str) -> str:
    for group, codes in GROUPS.items():
        if code.upper() in codes:
            return group
    return "Altri paesi"
