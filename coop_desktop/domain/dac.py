"""OECD DAC 5-digit purpose codes, read from the IATI Sector code list shipped in resources/data/iati."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from coop_desktop.paths import resource

# The codes that fit the office's themes (DOMAIN.md), with Italian names for pick lists.
THEME_PURPOSE_CODES: dict[str, str] = {
    "15112": "Decentramento e sostegno ai governi subnazionali",
    "15150": "Partecipazione democratica e società civile",
    "15220": "Costruzione della pace civile",
    "25030": "Servizi di sviluppo d'impresa",
    "32130": "Sviluppo delle piccole e medie imprese",
    "31194": "Cooperative agricole",
    "43040": "Sviluppo rurale",
    "14050": "Gestione dei rifiuti",
    "41010": "Politiche ambientali",
    "23210": "Energia rinnovabile",
    "15190": "Migrazione sicura e regolare (diaspora, co-sviluppo)",
    "24050": "Rimesse",
    "72010": "Aiuti materiali di emergenza",
    "72040": "Assistenza alimentare di emergenza",
    "73010": "Ricostruzione post-emergenza",
    "99820": "Sensibilizzazione sullo sviluppo",
}


@cache
def purpose_codes() -> dict[str, str]:
    """All active DAC 5-digit codes with their (English) IATI names."""
    # Our own shipped file, not user input: the standard library parser is safe here.
    tree = ET.parse(resource("data", "iati", "Sector.xml"))
    codes: dict[str, str] = {}
    for item in tree.iter("codelist-item"):
        if item.get("status", "active") != "active":
            continue
        code = item.findtext("code", "").strip()
        name = item.findtext("name/narrative", "").strip()
        if code:
            codes[code] = name
    return codes


def check_purpose_code(value: str) -> str | None:
    """Italian message when `value` is not an active DAC 5-digit purpose code."""
    if value not in purpose_codes():
        return f"«{value}» non è un codice OCSE-DAC a 5 cifre valido."
    return None
