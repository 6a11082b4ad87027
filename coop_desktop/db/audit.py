"""Audit trail: every write of a business record appends an entry to audit_log in the same transaction.

ORM writes are caught by an `after_flush` listener installed on each Database's session factory, so
no service can forget them; Core bulk writes (imports, merges) call `append_entries` themselves.
Entries are chained: each stores the SHA-256 of the previous entry's hash plus its own content, so
an edited or deleted entry breaks the chain and `verify_chain` names the first broken link.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, Protocol, cast

from sqlalchemy import Connection, Table, event, insert, inspect, select, text
from sqlalchemy.orm import Session, sessionmaker

from coop_desktop.db.engine import USER_KEY
from coop_desktop.db.models import AuditEntry
from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.enums import AuditAction

AUDIT_TABLE = cast(Table, AuditEntry.__table__)
GENESIS = "0" * 64

# Bookkeeping columns: their changes say nothing to a reader.
_IGNORED_COLUMNS = frozenset(
    {"version", "created_at", "updated_at", "search_text", "applications_count", "funds_received_cents"}
)
# Never copied into the trail: only the fact that they changed.
_SECRET_COLUMNS = frozenset({("users", "password_hash")})
# Login bookkeeping: a login is not an edit of the user record.
_QUIET_COLUMNS = frozenset(
    {("users", "failed_logins"), ("users", "locked_until"), ("users", "last_login_at")}
)
_NOT_AUDITED = frozenset({"audit_log"})

# Child table → (parent table, foreign-key column): a contact's changes show in its actor's history.
PARENTS: dict[str, tuple[str, str]] = {
    "actor_contacts": ("actors", "actor_id"),
    "actor_registrations": ("actors", "actor_id"),
    "memberships": ("actors", "actor_id"),
    "application_partners": ("applications", "application_id"),
    "application_countries": ("applications", "application_id"),
    "application_sdgs": ("applications", "application_id"),
    "admissibility_checks": ("applications", "application_id"),
    "integration_requests": ("applications", "application_id"),
    "application_status_changes": ("applications", "application_id"),
    "criteria": ("calls", "call_id"),
    "call_documents": ("calls", "call_id"),
    "call_eligible_types": ("calls", "call_id"),
    "call_themes": ("calls", "call_id"),
    "call_countries": ("calls", "call_id"),
    "committee_members": ("calls", "call_id"),
    "call_status_changes": ("calls", "call_id"),
    "partnership_partners": ("partnerships", "partnership_id"),
    "partnership_countries": ("partnerships", "partnership_id"),
    "partnership_sdgs": ("partnerships", "partnership_id"),
    "partnership_networks": ("partnerships", "partnership_id"),
    "partnership_deadlines": ("partnerships", "partnership_id"),
    "partnership_status_changes": ("partnerships", "partnership_id"),
    "scores": ("assignments", "assignment_id"),
    "conflict_declarations": ("assignments", "assignment_id"),
    "consensus_scores": ("applications", "application_id"),
    "rankings": ("calls", "call_id"),
}

# PostgreSQL: one writer at a time appends to the chain (two transactions reading the same last
# hash would fork it). SQLite already has a single writer.
_CHAIN_LOCK = 0x436F6F70  # "Coop"


class AuditUser(Protocol):
    @property
    def id(self) -> int | None: ...

    @property
    def username(self) -> str: ...


@dataclass(frozen=True, slots=True)
class PendingEntry:
    entity: str
    entity_id: str
    action: AuditAction
    changes: dict[str, Any]
    parent_entity: str | None = None
    parent_id: str | None = None


def value_text(value: Any) -> str | None:
    """How a value is kept in the trail: text, stable across databases."""
    if value is None:
        return None
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, bytes):
        return f"<{len(value)} byte>"
    return str(value)


def _content(row: dict[str, Any]) -> str:
    fields = [
        row["prev_hash"],
        row["at"].isoformat(timespec="microseconds"),
        row["user_id"],
        row["username"],
        row["entity"],
        row["entity_id"],
        row["parent_entity"],
        row["parent_id"],
        value_text(row["action"]),
        row["changes"],
    ]
    return json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def entry_hash(row: dict[str, Any]) -> str:
    return hashlib.sha256(_content(row).encode("utf-8")).hexdigest()


def append_entries(connection: Connection, user: AuditUser | None, entries: Sequence[PendingEntry]) -> None:
    """Append `entries` to the chain inside the caller's transaction."""
    if not entries:
        return
    if connection.dialect.name == "postgresql":
        connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _CHAIN_LOCK})
    last = connection.execute(select(AUDIT_TABLE.c.hash).order_by(AUDIT_TABLE.c.id.desc()).limit(1))
    prev = last.scalar() or GENESIS
    at = utcnow()
    rows = []
    for entry in entries:
        row = {
            "at": at,
            "user_id": user.id if user else None,
            "username": user.username if user else "sistema",
            "entity": entry.entity,
            "entity_id": entry.entity_id,
            "parent_entity": entry.parent_entity,
            "parent_id": entry.parent_id,
            "action": entry.action,
            "changes": entry.changes,
            "prev_hash": prev,
        }
        row["hash"] = prev = entry_hash(row)
        rows.append(row)
    connection.execute(insert(AUDIT_TABLE), rows)


def _identity(state: Any) -> str:
    # Not state.identity: a new object gets its identity key only after the flush has completed.
    key = state.mapper.primary_key_from_instance(state.obj())
    return ",".join(str(part) for part in key)


def _column_changes(state: Any, action: AuditAction) -> dict[str, Any]:
    table = state.mapper.local_table.name
    changes: dict[str, Any] = {}
    for attr in state.mapper.column_attrs:
        name = attr.key
        column = attr.columns[0].name
        if column in _IGNORED_COLUMNS or (table, column) in _QUIET_COLUMNS:
            continue
        secret = (table, column) in _SECRET_COLUMNS
        if action is AuditAction.UPDATE:
            history = state.attrs[name].history
            if not history.has_changes():
                continue
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if value_text(old) == value_text(new):
                continue
        else:
            value = state.attrs[name].value
            old, new = (None, value) if action is AuditAction.CREATE else (value, None)
            if value is None:
                continue
        if secret:
            changes[column] = ["***" if old else None, "***" if new else None]
        else:
            changes[column] = [value_text(old), value_text(new)]
    return changes


def entry_for(state: Any, action: AuditAction) -> PendingEntry | None:
    table = state.mapper.local_table.name
    if table in _NOT_AUDITED:
        return None
    changes = _column_changes(state, action)
    if action is AuditAction.UPDATE and not changes:
        return None  # only bookkeeping changed
    parent_entity = parent_id = None
    if table in PARENTS:
        parent_entity, fk = PARENTS[table]
        fk_attr = state.mapper.get_property_by_column(state.mapper.local_table.c[fk]).key
        history = state.attrs[fk_attr].history
        fk_value = (history.deleted or history.unchanged or history.added or [None])[0]
        parent_id = None if fk_value is None else str(fk_value)
    return PendingEntry(table, _identity(state), action, changes, parent_entity, parent_id)


def _pending(session: Session) -> Iterator[PendingEntry]:
    for objects, action in (
        (session.new, AuditAction.CREATE),
        (session.dirty, AuditAction.UPDATE),
        (session.deleted, AuditAction.DELETE),
    ):
        for obj in objects:
            if action is AuditAction.UPDATE and not session.is_modified(obj, include_collections=False):
                continue
            entry = entry_for(inspect(obj), action)
            if entry is not None:
                yield entry


def _after_flush(session: Session, _context: Any) -> None:
    entries = list(_pending(session))
    if entries:
        append_entries(session.connection(), session.info.get(USER_KEY), entries)


def install(session_factory: sessionmaker[Session]) -> None:
    """Audit every flush of sessions made by `session_factory`."""
    if not event.contains(session_factory, "after_flush", _after_flush):
        event.listen(session_factory, "after_flush", _after_flush)


@dataclass
class ChainReport:
    entries: int = 0
    # The first entry whose hash or link does not match, and why (Italian).
    broken_at: int | None = None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.broken_at is None

    def as_dict(self) -> dict[str, object]:
        return {"ok": self.ok, "entries": self.entries, "broken_at": self.broken_at, "problem": self.problem}


def verify_rows(rows: Iterable[dict[str, Any]]) -> ChainReport:
    report = ChainReport()
    prev = GENESIS
    for row in rows:
        report.entries += 1
        if report.broken_at is not None:
            continue
        if row["prev_hash"] != prev:
            report.broken_at = row["id"]
            report.problem = (
                f"Voce {row['id']}: il collegamento alla voce precedente non corrisponde "
                "(una voce è stata eliminata o modificata)."
            )
        elif entry_hash(row) != row["hash"]:
            report.broken_at = row["id"]
            report.problem = (
                f"Voce {row['id']}: il contenuto non corrisponde alla sua impronta (è stato modificato)."
            )
        prev = row["hash"]
    return report


def verify_chain(connection: Connection) -> ChainReport:
    """Walk the whole trail in order and report the first broken link."""
    result = connection.execution_options(yield_per=2_000).execute(
        select(AUDIT_TABLE).order_by(AUDIT_TABLE.c.id)
    )
    return verify_rows(dict(row._mapping) for row in result)
