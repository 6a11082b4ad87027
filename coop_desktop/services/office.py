"""The office data printed on letters and acts."""

from __future__ import annotations

from dataclasses import dataclass, fields

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from coop_desktop.db.engine import Database
from coop_desktop.db.models import OfficeProfile
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.validation import ValidationError, check_email, check_postal_code, check_province
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import ConcurrentEditError, ValidationErrors


@dataclass(frozen=True)
class OfficeData:
    office_name: str = ""
    department: str = ""
    address: str = ""
    postal_code: str = ""
    city: str = ""
    province: str = ""
    pec: str = ""
    email: str = ""
    phone: str = ""
    head_of_office: str = ""
    procedure_manager: str = ""
    # Version read: saving with an old version is refused instead of overwriting.
    version: int = 0


FIELD_LABELS = {
    "office_name": "Ufficio",
    "department": "Direzione / Settore",
    "address": "Indirizzo",
    "postal_code": "CAP",
    "city": "Città",
    "province": "Provincia",
    "pec": "PEC",
    "email": "E-mail",
    "phone": "Telefono",
    "head_of_office": "Dirigente",
    "procedure_manager": "Responsabile del procedimento",
}

_PROFILE_FIELDS = [f.name for f in fields(OfficeData) if f.name != "version"]


def validate_office(data: OfficeData) -> list[ValidationError]:
    """Errors by field; empty fields are allowed except the office name."""
    errors: list[ValidationError] = []
    if not data.office_name.strip():
        errors.append(ValidationError("office_name", "Il nome dell'ufficio è obbligatorio."))
    for field, check in (
        ("postal_code", check_postal_code),
        ("province", check_province),
        ("pec", check_email),
        ("email", check_email),
    ):
        value = getattr(data, field).strip()
        if value:
            message = check(value)
            if message:
                errors.append(ValidationError(field, message))
    return errors


class OfficeService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def get(self) -> OfficeData:
        with self._db.reading() as session:
            profile = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first()
            if profile is None:
                return OfficeData()
            return OfficeData(**{f: getattr(profile, f) for f in _PROFILE_FIELDS}, version=profile.version)

    def save(self, data: OfficeData) -> OfficeData:
        """Validate and store; raises ValidationErrors or ConcurrentEditError, writing nothing."""
        self._user.require(Permission.EDIT_OFFICE)
        errors = validate_office(data)
        if errors:
            raise ValidationErrors(errors, FIELD_LABELS)
        values = {f: getattr(data, f).strip() for f in _PROFILE_FIELDS}
        values["province"] = values["province"].upper()
        try:
            with self._db.transaction(self._user) as session:
                profile = session.scalars(select(OfficeProfile).order_by(OfficeProfile.id)).first()
                if profile is None:
                    if data.version:
                        raise ConcurrentEditError(_STALE)
                    profile = OfficeProfile(**values)
                    session.add(profile)
                else:
                    if profile.version != data.version:
                        raise ConcurrentEditError(_STALE)
                    for key, value in values.items():
                        setattr(profile, key, value)
                session.flush()
                saved = OfficeData(**values, version=profile.version)
        except StaleDataError as exc:
            raise ConcurrentEditError(_STALE) from exc
        return saved


_STALE = (
    "I dati dell'ufficio sono stati modificati da un altro utente dopo l'apertura della finestra. "
    "Ricarica per vedere la versione attuale."
)
