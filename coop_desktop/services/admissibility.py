"""Formal admissibility of a call's applications, stored as AdmissibilityCheck rows (istruttoria formale).

`refresh_admissibility` runs inside the caller's transaction, from every path that changes what the
checks read: registering or importing an application, editing it, editing the call's rules,
confirming a document, overriding a check, answering a request for documents. It works with Core
statements (1,000 applications in one call are a few thousand rows) and writes the audit trail
itself: one entry per application whose checks or status changed, with every check's outcome and
reason before and after.

Status rules, for applications still in the formal stage (ricevuta, integrazioni richieste,
ammissibile, non ammissibile):
- an unanswered request for documents keeps the application in "integrazioni richieste";
- otherwise the verdict decides: every check passed (or overridden with a reason) and every
  required document confirmed → "ammissibile"; any failure → "non ammissibile" with the reasons;
  something still to verify → "ricevuta" (a previous verdict that no longer holds is withdrawn).
Applications already in evaluation or beyond keep their status (their checks are still refreshed);
withdrawn and revoked ones, and every application of a call whose ranking is approved, are left alone.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Connection, Table, bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from coop_desktop.db.audit import AuditUser, PendingEntry, append_entries, value_text
from coop_desktop.db.models import (
    Actor,
    AdmissibilityCheck,
    Application,
    ApplicationStatusChange,
    Call,
    CallDocument,
    CallEligibleType,
    IntegrationRequest,
)
from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.admissibility import (
    CHECK_LABELS,
    DOCUMENT_PREFIX,
    ApplicationFacts,
    CallRules,
    RecordedCheck,
    automatic_checks,
    verdict,
)
from coop_desktop.domain.call_lifecycle import outcome_locked
from coop_desktop.domain.enums import ApplicationStatus, AuditAction, CheckOutcome

FORMAL_STATUSES = (
    ApplicationStatus.RICEVUTA,
    ApplicationStatus.INTEGRAZIONI_RICHIESTE,
    ApplicationStatus.AMMISSIBILE,
    ApplicationStatus.NON_AMMISSIBILE,
)
# Never checked again: the application left the procedure.
CLOSED_STATUSES = (ApplicationStatus.RITIRATA, ApplicationStatus.REVOCATA)

CHECKS = cast(Table, AdmissibilityCheck.__table__)
APPLICATIONS = cast(Table, Application.__table__)
STATUS_CHANGES = cast(Table, ApplicationStatusChange.__table__)

_CHUNK = 500  # ids per IN (...): well under every backend's parameter limit
_IGNORED = frozenset({"id", "version", "created_at", "updated_at"})

STATUS_NOTES = {
    ApplicationStatus.AMMISSIBILE: "Istruttoria formale: tutti i controlli sono superati.",
    ApplicationStatus.RICEVUTA: "Istruttoria formale da completare.",
    ApplicationStatus.INTEGRAZIONI_RICHIESTE: "In attesa delle integrazioni richieste.",
}


def document_code(document_id: int) -> str:
    return f"{DOCUMENT_PREFIX}{document_id}"


def pending_document_reason(description: str) -> str:
    return f"Documento da verificare: {description}."


@dataclass
class AdmissibilitySummary:
    """What a run found, counted over the applications it looked at."""

    checked: int = 0
    admissible: int = 0
    not_admissible: int = 0
    pending: int = 0
    waiting: int = 0  # integrazioni richieste
    status_changes: int = 0
    # Applications past the formal stage: checks refreshed, status kept.
    later_stage: int = 0

    def as_dict(self) -> dict[str, int]:
        return dict(vars(self))


@dataclass
class _Writes:
    inserts: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    deletes: list[dict[str, Any]] = field(default_factory=list)
    statuses: list[tuple[int, ApplicationStatus, ApplicationStatus, str]] = field(default_factory=list)


def created_entry(
    table: str, row_id: Any, row: dict[str, Any], parent: tuple[str, Any] | None
) -> PendingEntry:
    """The audit entry of a row inserted with Core, shaped as the ORM listener writes it."""
    changes = {k: [None, value_text(v)] for k, v in row.items() if k not in _IGNORED and v is not None}
    return _entry(table, row_id, AuditAction.CREATE, changes, parent)


def deleted_entry(
    table: str, row_id: Any, row: dict[str, Any], parent: tuple[str, Any] | None
) -> PendingEntry:
    changes = {k: [value_text(v), None] for k, v in row.items() if k not in _IGNORED and v is not None}
    return _entry(table, row_id, AuditAction.DELETE, changes, parent)


def _entry(
    table: str, row_id: Any, action: AuditAction, changes: dict[str, Any], parent: tuple[str, Any] | None
) -> PendingEntry:
    if parent is None:
        return PendingEntry(table, str(row_id), action, changes)
    return PendingEntry(table, str(row_id), action, changes, parent[0], str(parent[1]))


def _chunks(items: Sequence[int], size: int = _CHUNK) -> Iterator[Sequence[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _rules(conn: Connection, call_id: int) -> tuple[Any, CallRules, list[tuple[int, str]]]:
    call = conn.execute(
        select(Call.status, Call.deadline, Call.max_grant, Call.min_cofunding_pct).where(Call.id == call_id)
    ).one()
    eligible = frozenset(
        conn.execute(select(CallEligibleType.actor_type).where(CallEligibleType.call_id == call_id)).scalars()
    )
    documents = [
        (row.id, row.description)
        for row in conn.execute(
            select(CallDocument.id, CallDocument.description)
            .where(CallDocument.call_id == call_id)
            .order_by(CallDocument.position, CallDocument.id)
        )
    ]
    rules = CallRules(call.deadline, call.max_grant, call.min_cofunding_pct, eligible)
    return call.status, rules, documents


def _applications(conn: Connection, call_id: int, ids: Collection[int] | None) -> list[Any]:
    stmt = (
        select(
            Application.id,
            Application.status,
            Application.protocol_date,
            Application.total_cost,
            Application.requested_grant,
            Actor.actor_type,
        )
        .join(Actor, Actor.id == Application.lead_actor_id)
        .where(Application.call_id == call_id, Application.status.not_in(CLOSED_STATUSES))
        .order_by(Application.id)
    )
    if ids is None:
        return list(conn.execute(stmt))
    rows: list[Any] = []
    for chunk in _chunks(sorted(set(ids))):
        rows += conn.execute(stmt.where(Application.id.in_(chunk)))
    return rows


def _stored_checks(conn: Connection, app_ids: Sequence[int]) -> dict[int, dict[str, dict[str, Any]]]:
    stored: dict[int, dict[str, dict[str, Any]]] = {}
    columns = [c for c in CHECKS.c if c.name not in ("created_at", "updated_at")]
    for chunk in _chunks(app_ids):
        for row in conn.execute(select(*columns).where(CHECKS.c.application_id.in_(chunk))):
            values = dict(row._mapping)
            values["outcome"] = CheckOutcome(values["outcome"])
            stored.setdefault(values["application_id"], {})[values["code"]] = values
    return stored


def _waiting(conn: Connection, app_ids: Sequence[int]) -> set[int]:
    waiting: set[int] = set()
    for chunk in _chunks(app_ids):
        waiting.update(
            conn.execute(
                select(IntegrationRequest.application_id).where(
                    IntegrationRequest.answered_on.is_(None), IntegrationRequest.application_id.in_(chunk)
                )
            ).scalars()
        )
    return waiting


def _plan_application(
    app: Any,
    rules: CallRules,
    documents: list[tuple[int, str]],
    stored: dict[str, dict[str, Any]],
    now: datetime,
    writes: _Writes,
) -> list[RecordedCheck]:
    """Bring one application's stored checks up to date (as planned writes); return them as recorded."""
    stored = dict(stored)
    recorded: list[RecordedCheck] = []
    facts = ApplicationFacts(app.actor_type, app.protocol_date, app.total_cost, app.requested_grant)
    wanted = [(r.code, None, r.outcome, r.reason) for r in automatic_checks(rules, facts)]
    for document_id, description in documents:
        old = stored.get(document_code(document_id))
        if old is not None and old["outcome"] is not CheckOutcome.DA_VERIFICARE:
            # Confirmed or refused by the officer: the note stays as written.
            wanted.append((old["code"], document_id, old["outcome"], old["reason"]))
        else:
            wanted.append(
                (document_code(document_id), document_id, CheckOutcome.DA_VERIFICARE,
                 pending_document_reason(description))
            )  # fmt: skip
    for code, document_id, outcome, reason in wanted:
        old = stored.pop(code, None)
        if old is None:
            writes.inserts.append({
                "application_id": app.id, "code": code, "document_id": document_id, "outcome": outcome,
                "reason": reason, "override_reason": None, "overridden_by_id": None, "checked_at": now,
                "created_at": now, "updated_at": now,
            })  # fmt: skip
            recorded.append(RecordedCheck(code, outcome, reason))
        elif (old["outcome"], old["reason"]) != (outcome, reason):
            # The facts changed: a previous override was about other facts, so it lapses.
            new = {"outcome": outcome, "reason": reason, "override_reason": None, "overridden_by_id": None,
                   "checked_at": now}  # fmt: skip
            writes.updates.append({"old": old, "new": new})
            recorded.append(RecordedCheck(code, outcome, reason))
        else:
            recorded.append(RecordedCheck(code, outcome, reason or "", old["override_reason"]))
    for old in stored.values():
        if old["code"].startswith(DOCUMENT_PREFIX):  # the call no longer asks for that document
            writes.deletes.append(old)
    return recorded


def _target_status(app: Any, waiting: bool, admissible: bool | None) -> ApplicationStatus:
    if waiting:
        return ApplicationStatus.INTEGRAZIONI_RICHIESTE
    if admissible is True:
        return ApplicationStatus.AMMISSIBILE
    if admissible is False:
        return ApplicationStatus.NON_AMMISSIBILE
    return ApplicationStatus.RICEVUTA


def not_admissible_note(reasons: Sequence[str]) -> str:
    return "Non ammissibile: " + " ".join(reasons)


def refresh_admissibility(
    session: Session, user: AuditUser | None, call_id: int, application_ids: Collection[int] | None = None
) -> AdmissibilitySummary:
    """Re-run the checks of the call's applications (all, or `application_ids`) and set their status."""
    session.flush()
    conn = session.connection()
    summary = AdmissibilitySummary()
    status, rules, documents = _rules(conn, call_id)
    if outcome_locked(status):
        return summary
    apps = _applications(conn, call_id, application_ids)
    if not apps:
        return summary
    app_ids = [a.id for a in apps]
    stored = _stored_checks(conn, app_ids)
    waiting = _waiting(conn, app_ids)
    document_codes = [document_code(d) for d, _ in documents]
    now = utcnow()
    writes = _Writes()
    for app in apps:
        recorded = _plan_application(app, rules, documents, stored.get(app.id, {}), now, writes)
        outcome = verdict(recorded, document_codes)
        summary.checked += 1
        if app.status not in FORMAL_STATUSES:
            summary.later_stage += 1
            continue
        target = _target_status(app, app.id in waiting, outcome.admissible)
        counter = {
            ApplicationStatus.AMMISSIBILE: "admissible",
            ApplicationStatus.NON_AMMISSIBILE: "not_admissible",
            ApplicationStatus.RICEVUTA: "pending",
            ApplicationStatus.INTEGRAZIONI_RICHIESTE: "waiting",
        }[target]
        setattr(summary, counter, getattr(summary, counter) + 1)
        if target is not app.status:
            note = (
                not_admissible_note(outcome.reasons) if outcome.admissible is False else STATUS_NOTES[target]
            )
            writes.statuses.append((app.id, app.status, target, note))
    summary.status_changes = len(writes.statuses)
    _write(conn, user, writes, now)
    # The ORM's copies of what Core just changed are stale.
    session.expire_all()
    return summary


def _check_text(outcome: CheckOutcome, reason: str | None) -> str:
    return f"{outcome.label}: {reason}" if reason else outcome.label


def _check_key(code: str) -> str:
    return f"verifica {CHECK_LABELS.get(code, code)}"


def _write(conn: Connection, user: AuditUser | None, writes: _Writes, now: datetime) -> None:
    """Apply the planned writes. The audit trail gets one entry per application whose checks or
    status changed, listing each check's outcome before and after (a run over 1,000 applications
    writes 7,000 check rows: one entry each would be most of the run's time, and unreadable)."""
    changes: dict[int, dict[str, list[str | None]]] = {}

    def note(app_id: int, key: str, old: str | None, new: str | None) -> None:
        changes.setdefault(app_id, {})[key] = [old, new]

    if writes.deletes:
        for chunk in _chunks([row["id"] for row in writes.deletes]):
            conn.execute(delete(CHECKS).where(CHECKS.c.id.in_(chunk)))
        for row in writes.deletes:
            note(
                row["application_id"],
                _check_key(row["code"]),
                _check_text(row["outcome"], row["reason"]),
                None,
            )
    if writes.updates:
        conn.execute(
            update(CHECKS)
            .where(CHECKS.c.id == bindparam("b_id"))
            .values(
                outcome=bindparam("b_outcome"),
                reason=bindparam("b_reason"),
                override_reason=None,
                overridden_by_id=None,
                checked_at=bindparam("b_checked_at"),
                updated_at=bindparam("b_checked_at"),
            ),
            [
                {
                    "b_id": u["old"]["id"],
                    "b_outcome": u["new"]["outcome"],
                    "b_reason": u["new"]["reason"],
                    "b_checked_at": now,
                }
                for u in writes.updates
            ],
        )
        for u in writes.updates:
            old, new = u["old"], u["new"]
            app_id, key = old["application_id"], _check_key(old["code"])
            note(
                app_id,
                key,
                _check_text(old["outcome"], old["reason"]),
                _check_text(new["outcome"], new["reason"]),
            )
            if old["override_reason"]:
                note(app_id, f"deroga {key.removeprefix('verifica ')}", old["override_reason"], None)
    if writes.inserts:
        conn.execute(insert(CHECKS), writes.inserts)
        for row in writes.inserts:
            note(
                row["application_id"],
                _check_key(row["code"]),
                None,
                _check_text(row["outcome"], row["reason"]),
            )
    if writes.statuses:
        set_statuses(conn, writes.statuses, user, now)
        for app_id, before, target, _ in writes.statuses:
            note(app_id, "status", value_text(before), value_text(target))
    append_entries(
        conn,
        user,
        [_entry("applications", app_id, AuditAction.UPDATE, dict(c), None) for app_id, c in changes.items()],
    )


def set_statuses(
    conn: Connection,
    changes: Sequence[tuple[int, ApplicationStatus, ApplicationStatus, str | None]],
    user: AuditUser | None,
    now: datetime | None = None,
) -> list[PendingEntry]:
    """Move applications to new statuses with Core: the row (its version bumped), the history line,
    and the audit entries for both, which the caller appends."""
    now = now or utcnow()
    conn.execute(
        update(APPLICATIONS)
        .where(APPLICATIONS.c.id == bindparam("b_id"))
        .values(status=bindparam("b_status"), version=APPLICATIONS.c.version + 1, updated_at=now),
        [{"b_id": app_id, "b_status": target} for app_id, _, target, _ in changes],
    )
    rows = [
        {"application_id": app_id, "from_status": before, "to_status": target, "changed_at": now,
         "user_id": getattr(user, "id", None), "note": note}
        for app_id, before, target, note in changes
    ]  # fmt: skip
    ids = conn.execute(
        insert(STATUS_CHANGES).returning(STATUS_CHANGES.c.id, sort_by_parameter_order=True), rows
    )
    entries: list[PendingEntry] = []
    for (app_id, before, target, _), change_id, row in zip(changes, ids.scalars(), rows, strict=True):
        entries.append(_entry("applications", app_id, AuditAction.UPDATE,
                              {"status": [value_text(before), value_text(target)]}, None))  # fmt: skip
        entries.append(created_entry("application_status_changes", change_id, row, ("applications", app_id)))
    return entries


def move_statuses(
    session: Session,
    user: AuditUser | None,
    changes: Sequence[tuple[int, ApplicationStatus, ApplicationStatus, str | None]],
) -> None:
    """`set_statuses` with its audit entries, in the session's transaction."""
    if not changes:
        return
    session.flush()
    conn = session.connection()
    append_entries(conn, user, set_statuses(conn, changes, user))
    session.expire_all()


def delete_document_checks(session: Session, user: AuditUser | None, document_ids: Collection[int]) -> None:
    """Remove the checklist items of required documents about to be deleted (they reference them)."""
    if not document_ids:
        return
    session.flush()
    conn = session.connection()
    columns = [c for c in CHECKS.c if c.name not in ("created_at", "updated_at")]
    rows = [
        dict(r._mapping)
        for r in conn.execute(select(*columns).where(CHECKS.c.document_id.in_(sorted(document_ids))))
    ]
    if not rows:
        return
    for chunk in _chunks([r["id"] for r in rows]):
        conn.execute(delete(CHECKS).where(CHECKS.c.id.in_(chunk)))
    append_entries(
        conn,
        user,
        [
            deleted_entry("admissibility_checks", r["id"], r, ("applications", r["application_id"]))
            for r in rows
        ],
    )
    session.expire_all()
