"""Reading the audit trail: a record's history in Italian, and the verification of the hash chain."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import or_, select

from coop_desktop.db.audit import ChainReport, verify_chain
from coop_desktop.db.engine import Database
from coop_desktop.db.models import AuditEntry
from coop_desktop.domain.actor_rules import ACTOR_FIELD_LABELS
from coop_desktop.domain.call_rules import CALL_FIELD_LABELS, CRITERION_FIELD_LABELS
from coop_desktop.domain.enums import AuditAction
from coop_desktop.domain.permissions import Permission
from coop_desktop.services.context import CurrentUser

# What a reader calls each table's records.
ENTITY_LABELS: dict[str, str] = {
    "actors": "Soggetto",
    "actor_contacts": "Contatto",
    "actor_registrations": "Iscrizione",
    "memberships": "Partecipazione",
    "calls": "Bando",
    "criteria": "Criterio",
    "call_documents": "Documento richiesto",
    "call_eligible_types": "Tipologia ammessa",
    "call_themes": "Ambito",
    "call_countries": "Paese prioritario",
    "committee_members": "Commissario",
    "applications": "Domanda",
    "application_partners": "Partner",
    "assignments": "Assegnazione",
    "scores": "Punteggio",
    "partnerships": "Partenariato",
    "partnership_partners": "Partner",
    "users": "Utente",
    "office_profile": "Impostazioni ufficio",
}

# Column names whose label is not obvious; the rest fall back to the actor form's labels, then the name.
_FIELD_LABELS: dict[str, str] = {
    **CALL_FIELD_LABELS,
    **CRITERION_FIELD_LABELS,
    **ACTOR_FIELD_LABELS,
    "call_id": "Bando",
    "user_id": "Utente",
    "appointed_on": "Nominato il",
    "country_code": "Paese",
    "theme": "Ambito",
    "position": "Posizione",
    "is_archived": "Archiviato",
    "merged_into_id": "Unito al soggetto",
    "unito_da": "Unito il soggetto",
    "role": "Ruolo",
    "body_id": "Organismo",
    "actor_id": "Soggetto",
    "full_name": "Nome e cognome",
    "username": "Nome utente",
    "is_active": "Attivo",
    "password_hash": "Password",
    "title": "Titolo",
    "code": "Codice",
    "status": "Stato",
    "budget": "Dotazione",
    "points": "Punti",
    "comment": "Commento",
    "granted_amount": "Contributo concesso",
    "requested_grant": "Contributo richiesto",
    "total_cost": "Costo totale",
}

_BOOLEANS = {"True": "sì", "False": "no"}


@dataclass(frozen=True, slots=True)
class Change:
    field: str
    old: str
    new: str


@dataclass(frozen=True, slots=True)
class HistoryItem:
    at: datetime  # UTC
    username: str
    action: str
    what: str  # "Soggetto" or "Contatto 12"
    changes: tuple[Change, ...]


def field_label(column: str) -> str:
    return _FIELD_LABELS.get(column, column.replace("_", " ").capitalize())


def _shown(value: str | None) -> str:
    if value is None:
        return "—"
    return _BOOLEANS.get(value, value)


class AuditService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self.user = user

    def history(self, entity: str, entity_id: int | str, limit: int = 500) -> list[HistoryItem]:
        """Entries of one record and of its child rows (contacts, criteria…), newest first."""
        self.user.require(Permission.VIEW_AUDIT)
        key = str(entity_id)
        stmt = (
            select(AuditEntry)
            .where(
                or_(
                    (AuditEntry.entity == entity) & (AuditEntry.entity_id == key),
                    (AuditEntry.parent_entity == entity) & (AuditEntry.parent_id == key),
                )
            )
            .order_by(AuditEntry.id.desc())
            .limit(limit)
        )
        with self._db.reading() as session:
            entries = session.scalars(stmt).all()
        items = []
        for e in entries:
            what = ENTITY_LABELS.get(e.entity, e.entity)
            if e.entity != entity:
                what = f"{what} {e.entity_id}"
            changes = tuple(
                Change(field_label(name), _shown(old), _shown(new))
                for name, (old, new) in sorted(e.changes.items())
            )
            items.append(
                HistoryItem(e.at, e.username or "sistema", AuditAction(e.action).label, what, changes)
            )
        return items

    def verify(self) -> ChainReport:
        """Walk the whole chain; `broken_at` names the first entry edited or following a deleted one."""
        self.user.require(Permission.VIEW_AUDIT)
        with self._db.engine.connect() as connection:
            return verify_chain(connection)
