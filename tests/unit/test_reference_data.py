from __future__ import annotations

from coop_desktop.domain.countries import check_country, country_name, group_of
from coop_desktop.domain.dac import THEME_PURPOSE_CODES, check_purpose_code, purpose_codes
from coop_desktop.domain.enums import ActorType, CallStatus
from coop_desktop.domain.italy import PROVINCES, TUSCAN_PROVINCES
from coop_desktop.domain.sdg import SDG_NAMES
from coop_desktop.domain.text import fold, search_text
from coop_desktop.domain.validation import check_email, check_postal_code, check_province


def test_dac_codes_of_the_themes_are_active_iati_codes() -> None:
    codes = purpose_codes()
    assert len(codes) > 250
    assert set(THEME_PURPOSE_CODES) <= set(codes)
    assert codes["15112"].startswith("Decentralisation")
    assert check_purpose_code("15112") is None
    assert "non è un codice OCSE-DAC" in (check_purpose_code("99999") or "")


def test_countries_have_italian_names_and_groups() -> None:
    assert country_name("sn") == "Senegal"
    assert country_name("LB") == "Libano"
    assert country_name("ET") == "Etiopia"
    assert group_of("TN") == "Mediterraneo"
    assert group_of("BF") == "Africa sub-sahariana"
    assert group_of("BR") == "Altri paesi"
    assert check_country("XX") is not None and check_country("MZ") is None


def test_provinces_sdgs_and_vocabularies() -> None:
    assert set(TUSCAN_PROVINCES) <= set(PROVINCES) and len(TUSCAN_PROVINCES) == 10
    assert len(SDG_NAMES) == 17 and SDG_NAMES[17] == "Partnership per gli obiettivi"
    assert ActorType.from_text("  università ") is ActorType.UNIVERSITA
    assert ActorType.from_text("ONG/OSC") is ActorType.ONG
    assert ActorType.from_text("ente_locale") is ActorType.ENTE_LOCALE
    assert ActorType.from_text("banca") is None
    assert CallStatus.GRADUATORIA_APPROVATA.label == "Graduatoria approvata"


def test_field_validators_speak_italian() -> None:
    assert check_email("ufficio@regione.toscana.it") is None
    assert check_email("ufficio@") == "«ufficio@» non è un indirizzo e-mail valido."
    assert check_postal_code("50132") is None and check_postal_code("5013") is not None
    assert check_province("fi") is None and check_province("ZZ") is not None


def test_folding_for_search() -> None:
    assert fold("Città di CASTELLO") == "citta di castello"
    assert search_text("Niccolò", None, "PEC@X.IT") == "niccolo | pec@x.it"
