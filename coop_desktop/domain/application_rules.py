"""An application's editable data and its validation: the same rules for the form and the importer.

What needs the database (the lead applicant exists, the protocol number is free in the call) is
checked by the service; everything else is here.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from coop_desktop.domain.countries import check_country
from coop_desktop.domain.dac import check_purpose_code
from coop_desktop.domain.enums import Theme
from coop_desktop.domain.validation import ValidationError

APPLICATION_FIELD_LABELS: dict[str, str] = {
    "protocol_number": "Protocollo",
    "protocol_date": "Data protocollo",
    "lead_actor_id": "Capofila",
    "title": "Titolo",
    "summary": "Sintesi",
    "theme": "Ambito",
    "dac_code": "Codice OCSE-DAC",
    "start_date": "Data di inizio",
    "end_date": "Data di fine",
    "duration_months": "Durata (mesi)",
    "total_cost": "Costo totale",
    "requested_grant": "Contributo richiesto",
    "cup": "CUP",
    "partners": "Partner",
    "countries": "Paesi",
    "sdgs": "Obiettivi di sviluppo sostenibile",
}

_LENGTHS = {"protocol_number": 40, "title": 500}
_PARTNER_NAME_MAX = 300
_ROLE_MAX = 120
MONEY_MAX = Decimal("999999999999.99")
_CENT = Decimal("0.01")
_DAC = re.compile(r"\d{5}")
# Codice Unico di Progetto as the DIPE system issues it: J39J21005440001.
_CUP = re.compile(r"[A-Z]\d{2}[A-Z]\d{11}")


@dataclass(frozen=True)
class PartnerData:
    """A Tuscan partner (`actor_id`, an actor of the register) or a foreign local partner (name, country)."""

    actor_id: int | None = None
    foreign_name: str | None = None
    country_code: str | None = None
    role: str | None = None


@dataclass(frozen=True)
class ApplicationData:
    protocol_number: str
    protocol_date: date | None
    lead_actor_id: int | None
    title: str
    total_cost: Decimal | None
    requested_grant: Decimal | None
    summary: str | None = None
    theme: Theme | None = None
    dac_code: str | None = None
    start_date: date | None = None
    end_date: date | None = None
    duration_months: int | None = None
    cup: str | None = None
    partners: tuple[PartnerData, ...] = ()
    countries: tuple[str, ...] = ()
    sdgs: tuple[int, ...] = ()


@dataclass
class ApplicationCheck:
    value: ApplicationData | None
    errors: list[ValidationError] = field(default_factory=list)


def _text(value: str | None) -> str | None:
    cleaned = " ".join((value or "").split())
    return cleaned or None


def money_problem(value: Decimal | None, what: str) -> str | None:
    """Why an amount cannot be stored: missing, not positive, fractions of a cent, too large."""
    if value is None:
        return f"{what} è obbligatorio."
    if not value.is_finite():
        return "Il valore non è un numero."
    if value <= 0:
        return f"{what} deve essere maggiore di zero."
    if value != value.quantize(_CENT):
        return "Sono ammessi al massimo due decimali."
    if value > MONEY_MAX:
        return "L'importo è troppo grande."
    return None


def check_cup(value: str) -> str | None:
    if not _CUP.fullmatch(value):
        return (
            f"«{value}» non è un CUP: servono 15 caratteri, una lettera, due cifre, una lettera e "
            "undici cifre (es. J39J21005440001)."
        )
    return None


def check_dac(value: str) -> str | None:
    if not _DAC.fullmatch(value):
        return f"«{value}» non è un codice OCSE-DAC: servono 5 cifre (es. 15112)."
    return check_purpose_code(value)


def _amount_errors(errors: list[ValidationError], data: ApplicationData) -> None:
    total_problem = money_problem(data.total_cost, "Il costo totale")
    requested_problem = money_problem(data.requested_grant, "Il contributo richiesto")
    if total_problem:
        errors.append(ValidationError("total_cost", total_problem))
    if requested_problem:
        errors.append(ValidationError("requested_grant", requested_problem))
    if (
        not (total_problem or requested_problem)
        and data.total_cost is not None
        and data.requested_grant is not None
        and data.requested_grant > data.total_cost
    ):
        errors.append(
            ValidationError("requested_grant", "Il contributo richiesto non può superare il costo totale.")
        )


def _partner_errors(errors: list[ValidationError], data: ApplicationData) -> None:
    actors: set[int] = set()
    for number, partner in enumerate(data.partners, start=1):
        name = _text(partner.foreign_name)
        where = f"partner {number}"
        if partner.actor_id is not None:
            if partner.actor_id == data.lead_actor_id:
                errors.append(ValidationError("partners", f"Il {where} è già il capofila della domanda."))
            elif partner.actor_id in actors:
                errors.append(ValidationError("partners", f"Il {where} è indicato due volte."))
            actors.add(partner.actor_id)
        elif name is None:
            errors.append(
                ValidationError(
                    "partners",
                    f"Il {where} deve essere un soggetto toscano registrato "
                    "o un partner estero con nome e paese.",
                )
            )
        else:
            country = (partner.country_code or "").strip()
            if not country:
                errors.append(ValidationError("partners", f"Indica il paese del partner estero «{name}»."))
            elif message := check_country(country):
                errors.append(ValidationError("partners", f"Partner «{name}»: {message}"))
            if len(name) > _PARTNER_NAME_MAX:
                errors.append(ValidationError("partners", f"Il nome del {where} è troppo lungo."))
        if len(_text(partner.role) or "") > _ROLE_MAX:
            errors.append(ValidationError("partners", f"Il ruolo del {where} è troppo lungo."))


def _other_errors(errors: list[ValidationError], data: ApplicationData) -> None:
    if data.protocol_date is None:
        errors.append(ValidationError("protocol_date", "La data di protocollo è obbligatoria."))
    if data.lead_actor_id is None:
        errors.append(ValidationError("lead_actor_id", "Il capofila è obbligatorio."))
    dac = (data.dac_code or "").strip()
    if dac and (message := check_dac(dac)):
        errors.append(ValidationError("dac_code", message))
    cup = "".join((data.cup or "").split()).upper()
    if cup and (message := check_cup(cup)):
        errors.append(ValidationError("cup", message))
    if data.start_date and data.end_date and data.end_date < data.start_date:
        errors.append(ValidationError("end_date", "La data di fine precede la data di inizio."))
    if data.duration_months is not None and not 1 <= data.duration_months <= 120:
        errors.append(ValidationError("duration_months", "La durata deve essere da 1 a 120 mesi."))
    for code in data.countries:
        if message := check_country(code.strip()):
            errors.append(ValidationError("countries", message))
    wrong = sorted({g for g in data.sdgs if not 1 <= g <= 17})
    if wrong:
        listed = ", ".join(str(g) for g in wrong)
        errors.append(ValidationError("sdgs", f"Gli obiettivi vanno da 1 a 17 (indicato: {listed})."))


def validate_application(data: ApplicationData) -> ApplicationCheck:
    """Normalise the fields and collect one Italian error per problem."""
    errors: list[ValidationError] = []
    number, title = _text(data.protocol_number), _text(data.title)
    if number is None:
        errors.append(ValidationError("protocol_number", "Il numero di protocollo è obbligatorio."))
    if title is None:
        errors.append(ValidationError("title", "Il titolo è obbligatorio."))
    for name, value in (("protocol_number", number), ("title", title)):
        limit = _LENGTHS[name]
        if value is not None and len(value) > limit:
            errors.append(
                ValidationError(name, f"Il testo è troppo lungo ({len(value)} caratteri, massimo {limit}).")
            )
    _other_errors(errors, data)
    _amount_errors(errors, data)
    _partner_errors(errors, data)
    if errors:
        return ApplicationCheck(None, errors)
    partners = tuple(
        PartnerData(p.actor_id, None, "IT", _text(p.role))
        if p.actor_id is not None
        else PartnerData(None, _text(p.foreign_name), (p.country_code or "").strip().upper(), _text(p.role))
        for p in data.partners
    )
    clean = dataclasses.replace(
        data,
        protocol_number=number or "",
        title=title or "",
        summary=(data.summary or "").strip() or None,
        dac_code=(data.dac_code or "").strip() or None,
        cup="".join((data.cup or "").split()).upper() or None,
        partners=partners,
        countries=tuple(dict.fromkeys(c.strip().upper() for c in data.countries)),
        sdgs=tuple(sorted(set(data.sdgs))),
    )
    return ApplicationCheck(clean, [])
