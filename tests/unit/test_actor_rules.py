"""Actor validation: the rules shared by the record form and the Excel importer."""

from __future__ import annotations

import pytest

from coop_desktop.domain.actor_rules import (
    ActorInput,
    check_tax_code,
    check_vat_number,
    normalize_tax_code,
    validate_actor,
)
from coop_desktop.domain.enums import ActorType

GOOD = ActorInput(name="Comune di Prato", actor_type="Ente locale", tax_code="84006890481")


def _fields(data: ActorInput) -> dict[str, str]:
    return {e.field: e.message for e in validate_actor(data).errors}


def test_a_valid_actor_is_normalised() -> None:
    result = validate_actor(
        ActorInput(
            name="  Associazione   Niccolò ",
            actor_type="associazione",
            tax_code=" 840 068 90481 ",
            vat_number="IT 01234560017",
            province="po",
            postal_code="59100",
            email="info@niccolo.it",
        )
    )
    assert result.errors == []
    clean = result.value
    assert clean is not None
    assert clean.name == "Associazione Niccolò"
    assert clean.actor_type is ActorType.ASSOCIAZIONE
    assert clean.tax_code == "84006890481"
    assert clean.vat_number == "01234560017"
    assert clean.province == "PO"
    assert clean.pec is None


@pytest.mark.parametrize(
    ("raw", "restored"),
    [
        ("1234560017", "01234560017"),
        ("1234560017.0", "01234560017"),
        ("rssmra85t10a562s", "RSSMRA85T10A562S"),
    ],
)
def test_codes_excel_stored_as_numbers_get_their_zeros_back(raw: str, restored: str) -> None:
    assert normalize_tax_code(raw) == restored
    assert check_tax_code(restored) is None


def test_tax_code_errors_name_the_problem() -> None:
    assert "cifra di controllo" in (check_tax_code("01234560010") or "")
    assert "carattere di controllo" in (check_tax_code("RSSMRA85T10A562X") or "")
    assert "11 cifre" in (check_tax_code("ABC") or "")
    assert _fields(ActorInput(name="X", actor_type="ong", tax_code="1234"))["tax_code"].startswith("«1234»")


def test_required_fields_and_unknown_type() -> None:
    errors = _fields(ActorInput())
    assert errors == {
        "name": "La denominazione è obbligatoria.",
        "actor_type": "La tipologia è obbligatoria.",
        "tax_code": "Il codice fiscale è obbligatorio per i soggetti italiani.",
    }
    assert (
        "non è una tipologia nota"
        in _fields(ActorInput(name="X", actor_type="banca", tax_code="84006890481"))["actor_type"]
    )


def test_foreign_actor_needs_no_italian_codes() -> None:
    result = validate_actor(ActorInput(name="Association Jokkere", actor_type="ong", country_code="sn"))
    assert result.errors == [] and result.value is not None
    assert result.value.tax_code is None and result.value.country_code == "SN"


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("vat_number", "01234560010", "cifra di controllo della partita IVA"),
        ("vat_number", "123", "servono 11 cifre"),
        ("postal_code", "5913a", "non è un CAP"),
        ("province", "XX", "non è una sigla di provincia"),
        ("email", "info@", "non è un indirizzo e-mail"),
        ("pec", "pec.esempio.it", "non è un indirizzo e-mail"),
        ("name", "N" * 301, "troppo lungo"),
    ],
)
def test_each_wrong_field_is_named(field: str, value: str, fragment: str) -> None:
    data = ActorInput(**{**vars(GOOD), field: value})
    errors = _fields(data)
    assert list(errors) == [field]
    assert fragment in errors[field]


def test_foreign_address_fields_must_fit_their_columns() -> None:
    errors = _fields(
        ActorInput(
            name="Jokkere", actor_type="ong", country_code="SN", postal_code="BP 1234", province="Dakar"
        )
    )
    assert set(errors) == {"postal_code", "province"}
    assert "massimo 5" in errors["postal_code"]


def test_one_message_per_wrong_field() -> None:
    errors = validate_actor(ActorInput(**{**vars(GOOD), "province": "PIS"})).errors
    assert [(e.field, e.message) for e in errors] == [
        ("province", "«PIS» non è una sigla di provincia italiana.")
    ]


def test_cached_code_checks_answer_the_same_every_time() -> None:
    # The stdnum checks behind these are cached; a code seen as one kind keeps its own message as the other.
    for _ in range(3):
        assert check_tax_code("01234560017") is None
        assert check_vat_number("01234560017") is None
        assert "cifra di controllo del codice fiscale" in (check_tax_code("01234560010") or "")
        assert "cifra di controllo della partita IVA" in (check_vat_number("01234560010") or "")
        assert "codice ufficio non valido" in (check_tax_code("01234562000") or "")
        assert "cifra di controllo della partita IVA" in (check_vat_number("01234562000") or "")
        assert "carattere di controllo" in (check_tax_code("RSSMRA85T10A562X") or "")
        assert "non è un codice fiscale personale valido" in (check_tax_code("RSSMRA85T10A56XS") or "")


def test_the_same_wrong_input_gives_the_same_errors_on_every_call() -> None:
    wrong = ActorInput(
        name="X", actor_type="associazione", tax_code="01234560010", vat_number="01234560010", province="ZZ"
    )
    first = validate_actor(wrong)
    assert first.value is None and [e.field for e in first.errors] == ["tax_code", "vat_number", "province"]
    for _ in range(3):
        assert validate_actor(wrong) == first
    other_type = ActorInput(**{**vars(wrong), "actor_type": "Circolo"})
    assert validate_actor(other_type).errors[0].field == "actor_type"


def test_control_characters_are_dropped_from_text_fields() -> None:
    result = validate_actor(
        ActorInput(
            name="Ente\x00 di\x07 prova",
            actor_type="associazione",
            tax_code="84006890481",
            notes="prima\x00 riga\nseconda\triga",
        )
    )
    assert result.value is not None
    assert result.value.name == "Ente di prova"
    assert result.value.notes == "prima riga\nseconda\triga"
