"""Validation and normalisation of an actor's fields: the same rules for the form and the importer."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from stdnum import exceptions as stdnum_errors
from stdnum.it import codicefiscale, iva

from coop_desktop.domain.enums import ActorType
from coop_desktop.domain.italy import PROVINCES
from coop_desktop.domain.validation import ValidationError, check_email

# Field names as the user reads them, for messages that name the field.
ACTOR_FIELD_LABELS: dict[str, str] = {
    "name": "Denominazione",
    "actor_type": "Tipologia",
    "legal_form": "Forma giuridica",
    "tax_code": "Codice fiscale",
    "vat_number": "Partita IVA",
    "address": "Indirizzo",
    "postal_code": "CAP",
    "municipality": "Comune",
    "province": "Provincia",
    "country_code": "Paese",
    "email": "Email",
    "pec": "PEC",
    "phone": "Telefono",
    "website": "Sito web",
    "legal_representative": "Rappresentante legale",
    "notes": "Note",
}

_MAX_LENGTHS = {
    "name": 300, "legal_form": 120, "address": 300, "municipality": 120, "email": 254, "pec": 254,
    "phone": 50, "website": 300, "legal_representative": 200, "notes": 10_000,
    # Foreign addresses are not checked as Italian ones, but must still fit their columns.
    "postal_code": 5, "province": 2,
}  # fmt: skip


@dataclass(frozen=True)
class ActorInput:
    """An actor's editable fields as text, the way a form or a spreadsheet row gives them."""

    name: str = ""
    actor_type: str = ""
    legal_form: str = ""
    tax_code: str = ""
    vat_number: str = ""
    address: str = ""
    postal_code: str = ""
    municipality: str = ""
    province: str = ""
    country_code: str = "IT"
    email: str = ""
    pec: str = ""
    phone: str = ""
    website: str = ""
    legal_representative: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CleanActor:
    """Validated, normalised values ready to store (None for empty optional fields)."""

    name: str
    actor_type: ActorType
    tax_code: str | None
    country_code: str = "IT"
    legal_form: str | None = None
    vat_number: str | None = None
    address: str | None = None
    postal_code: str | None = None
    municipality: str | None = None
    province: str | None = None
    email: str | None = None
    pec: str | None = None
    phone: str | None = None
    website: str | None = None
    legal_representative: str | None = None
    notes: str | None = None


@dataclass
class ActorCheck:
    value: CleanActor | None
    errors: list[ValidationError] = field(default_factory=list)


_NUMERIC_EXCEL = re.compile(r"^\d+(\.0+)?$")
_COUNTRY = re.compile(r"[A-Z]{2}")
_POSTAL_CODE = re.compile(r"\d{5}")
_OPTIONAL_TEXT = ("legal_form", "address", "municipality", "phone", "website", "legal_representative")

# The checks below are pure functions of one string, so their results are cached: an import checks
# each code of the file again in the real run after its preview, and a company's partita IVA is
# usually its codice fiscale. Sized for a large file (about 2 MB when full); the answer for a given
# code is the same whether it comes from the cache or not.
_CODE_CACHE_SIZE = 32_768


def _digits_restored(value: str, width: int) -> str:
    """Undo what a spreadsheet does to a code stored as a number: '1234567890.0' → '01234567890'.

    Only a few lost leading zeros are restored; a much shorter number is a typo, reported as such.
    """
    if _NUMERIC_EXCEL.match(value):
        value = value.split(".")[0]
        if width - 4 <= len(value) < width:
            value = value.zfill(width)
    return value


def normalize_tax_code(raw: str) -> str:
    """Trim, upper-case, drop inner spaces, restore leading zeros lost by Excel."""
    compact = "".join(raw.split()).upper()
    return _digits_restored(compact, 11)


_CHECKSUM = "checksum"
_INVALID = "invalid"


@lru_cache(maxsize=_CODE_CACHE_SIZE)
def _iva_fault(code: str) -> str | None:
    """What python-stdnum finds wrong with an 11-digit number (codice fiscale or partita IVA)."""
    try:
        iva.validate(code)
    except stdnum_errors.InvalidChecksum:
        return _CHECKSUM
    except stdnum_errors.ValidationError:
        return _INVALID
    return None


@lru_cache(maxsize=_CODE_CACHE_SIZE)
def _personal_code_fault(code: str) -> str | None:
    """What python-stdnum finds wrong with a 16-character codice fiscale."""
    try:
        codicefiscale.validate(code)
    except stdnum_errors.InvalidChecksum:
        return _CHECKSUM
    except stdnum_errors.ValidationError:
        return _INVALID
    return None


@lru_cache(maxsize=64)
def _actor_type(text: str) -> ActorType | None:
    # A file repeats a handful of spellings ("Associazione", "ente locale") on every row.
    return ActorType.from_text(text)


def check_tax_code(code: str) -> str | None:
    if len(code) == 11 and code.isdigit():
        fault = _iva_fault(code)
        if fault == _CHECKSUM:
            return f"«{code}»: la cifra di controllo del codice fiscale non è corretta."
        if fault is not None:
            return f"«{code}» non è un codice fiscale numerico valido (codice ufficio non valido)."
        return None
    if len(code) == 16:
        fault = _personal_code_fault(code)
        if fault == _CHECKSUM:
            return f"«{code}»: il carattere di controllo del codice fiscale non è corretto."
        if fault is not None:
            return f"«{code}» non è un codice fiscale personale valido."
        return None
    return (
        f"«{code}» non è un codice fiscale: servono 11 cifre (enti e società) "
        "o 16 caratteri (persone fisiche)."
    )


def check_vat_number(code: str) -> str | None:
    if not (len(code) == 11 and code.isdigit()):
        return f"«{code}» non è una partita IVA: servono 11 cifre."
    if _iva_fault(code) is not None:
        return f"«{code}»: la cifra di controllo della partita IVA non è corretta."
    return None


# C0 control characters but tab and line breaks: pasted or imported text may carry them, and
# PostgreSQL refuses NUL outright.
_CONTROLS = dict.fromkeys([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _clean_text(value: str) -> str:
    return " ".join(value.translate(_CONTROLS).split())


def validate_actor(data: ActorInput) -> ActorCheck:
    """Normalise every field and collect one Italian error per wrong field.

    Called once per row by the importer (10,000 rows in a large file), so it avoids repeated work;
    the rules and messages are those of the form.
    """
    errors: list[ValidationError] = []

    name = _clean_text(data.name)
    if not name:
        errors.append(ValidationError("name", "La denominazione è obbligatoria."))

    type_text = data.actor_type.strip()
    actor_type = _actor_type(data.actor_type) if type_text else None
    if not type_text:
        errors.append(ValidationError("actor_type", "La tipologia è obbligatoria."))
    elif actor_type is None:
        choices = ", ".join(t.label for t in ActorType)
        errors.append(ValidationError("actor_type", f"«{type_text}» non è una tipologia nota ({choices})."))

    country = (data.country_code.strip() or "IT").upper()
    if not _COUNTRY.fullmatch(country):
        errors.append(
            ValidationError("country_code", f"«{data.country_code}» non è un codice paese di due lettere.")
        )
    italian = country == "IT"

    tax_code = normalize_tax_code(data.tax_code) if data.tax_code.strip() else None
    if tax_code is None:
        if italian:
            errors.append(
                ValidationError("tax_code", "Il codice fiscale è obbligatorio per i soggetti italiani.")
            )
    else:
        message = check_tax_code(tax_code)
        if message:
            errors.append(ValidationError("tax_code", message))

    vat = _digits_restored("".join(data.vat_number.split()), 11) if data.vat_number.strip() else None
    if vat is not None:
        vat = vat.upper().removeprefix("IT")
        message = check_vat_number(vat)
        if message:
            errors.append(ValidationError("vat_number", message))

    postal_text = data.postal_code.strip()
    postal = _digits_restored(postal_text, 5) if postal_text else None
    if postal is not None and italian and not _POSTAL_CODE.fullmatch(postal):
        errors.append(ValidationError("postal_code", f"«{postal}» non è un CAP: servono 5 cifre."))

    province = data.province.strip().upper() or None
    if province is not None and italian and province not in PROVINCES:
        errors.append(
            ValidationError("province", f"«{data.province.strip()}» non è una sigla di provincia italiana.")
        )

    email = data.email.strip() or None
    pec = data.pec.strip() or None
    if email is not None and (message := check_email(email)):
        errors.append(ValidationError("email", message))
    if pec is not None and (message := check_email(pec)):
        errors.append(ValidationError("pec", message))

    optional = {key: (_clean_text(getattr(data, key)) or None) for key in _OPTIONAL_TEXT}
    notes = data.notes.translate(_CONTROLS).strip() or None
    lengths = {
        **optional, "name": name, "notes": notes, "email": email, "pec": pec,
        "postal_code": postal, "province": province,
    }  # fmt: skip
    already_wrong = {e.field for e in errors}
    for key, limit in _MAX_LENGTHS.items():
        value = lengths[key]
        if value is not None and len(value) > limit and key not in already_wrong:
            errors.append(
                ValidationError(key, f"Il testo è troppo lungo ({len(value)} caratteri, massimo {limit}).")
            )

    if errors or actor_type is None:
        return ActorCheck(None, errors)
    return ActorCheck(
        CleanActor(
            name=name,
            actor_type=actor_type,
            tax_code=tax_code,
            country_code=country,
            vat_number=vat,
            postal_code=postal,
            province=province,
            email=email,
            pec=pec,
            notes=notes,
            **optional,
        ),
        [],
    )


def describe_errors(errors: list[ValidationError]) -> str:
    return "; ".join(f"{ACTOR_FIELD_LABELS.get(e.field, e.field)}: {e.message}" for e in errors)


__all__ = [
    "ACTOR_FIELD_LABELS",
    "ActorCheck",
    "ActorInput",
    "CleanActor",
    "check_tax_code",
    "check_vat_number",
    "describe_errors",
    "normalize_tax_code",
    "validate_actor",
]
