"""One call (bando): read it whole, create, edit, move along its lifecycle, duplicate.

The rules are in domain/call_rules.py (fields) and domain/call_lifecycle.py (states and locks);
this service gathers the facts from the database, applies the changes in one transaction and keeps
the admissibility of the call's applications in step with its rules.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Application,
    Assignment,
    Call,
    CallCountry,
    CallDocument,
    CallEligibleType,
    CallStatusChange,
    CallTheme,
    CommitteeMember,
    Criterion,
    Decree,
    Ranking,
    User,
)
from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.call_lifecycle import (
    TRANSITIONS,
    CallFacts,
    admissibility_rules_locked,
    financial_rules_locked,
    grid_locked,
    outcome_locked,
    transition_problems,
)
from coop_desktop.domain.call_rules import (
    CALL_FIELD_LABELS,
    CallData,
    CommitteeData,
    CriterionData,
    DocumentData,
    admissibility_changed,
    duplicate_title,
    field_labels,
    locked_changes,
    shift_year,
    validate_call,
)
from coop_desktop.domain.enums import (
    ApplicationStatus,
    AssignmentStatus,
    CallStatus,
    CommitteeRole,
    DecreeKind,
)
from coop_desktop.domain.formatting import format_date
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.validation import ValidationError
from coop_desktop.services.admissibility import (
    delete_document_checks,
    move_statuses,
    refresh_admissibility,
)
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import (
    ConcurrentEditError,
    InUseError,
    LockedError,
    NotFoundError,
    ServiceError,
    ValidationErrors,
)
from coop_desktop.services.rankings import approve_ranking, provisional_now

_STALE = (
    "Il bando è stato modificato da un altro utente dopo l'apertura della scheda: "
    "ricarica per vedere la versione attuale prima di salvare."
)
_GONE = "Il bando non esiste più."
# Applications still waiting for the formal check.
_UNCHECKED = (ApplicationStatus.RICEVUTA, ApplicationStatus.INTEGRAZIONI_RICHIESTE)


class TransitionRefused(ServiceError):
    """The call cannot move to the requested state now; `problems` lists why, one line each."""

    def __init__(self, target: CallStatus, problems: Sequence[str]) -> None:
        super().__init__(
            f"Il bando non può passare a «{target.label}»:\n" + "\n".join(f"- {p}" for p in problems)
        )
        self.target = target
        self.problems = list(problems)


@dataclass(frozen=True)
class CommitteeMemberView:
    user_id: int
    username: str
    full_name: str
    email: str | None
    role: CommitteeRole
    appointed_on: date | None
    has_password: bool


@dataclass(frozen=True)
class CallStatusView:
    from_status: CallStatus | None
    to_status: CallStatus
    changed_at: datetime
    user_name: str | None
    note: str | None


@dataclass(frozen=True)
class CallDetail:
    """A call as the editor shows it; `data` is what `update` takes back (with `version`)."""

    id: int
    version: int
    status: CallStatus
    data: CallData
    committee: list[CommitteeMemberView]
    history: list[CallStatusView]
    # Applications per status (statuses without applications left out) and their total.
    application_counts: dict[ApplicationStatus, int]
    applications: int
    # "DD n. 1234 del 15/02/2026" of the approved ranking, when there is one.
    ranking_decree: str | None
    created_at: datetime
    updated_at: datetime

    @property
    def next_statuses(self) -> tuple[CallStatus, ...]:
        return TRANSITIONS[self.status]

    @property
    def grid_locked(self) -> bool:
        return grid_locked(self.status)

    @property
    def financial_rules_locked(self) -> bool:
        return financial_rules_locked(self.status)

    @property
    def admissibility_rules_locked(self) -> bool:
        return admissibility_rules_locked(self.status)

    @property
    def outcome_locked(self) -> bool:
        return outcome_locked(self.status)


def call_data(call: Call) -> CallData:
    """The stored call as the editor's data (what `validate_call` would return for it)."""
    return CallData(
        code=call.code,
        title=call.title,
        year=call.year,
        budget=call.budget,
        description=call.description,
        act_number=call.act_number,
        act_date=call.act_date,
        burt_number=call.burt_number,
        burt_date=call.burt_date,
        opens_on=call.opens_on,
        deadline=call.deadline,
        max_grant=call.max_grant,
        min_cofunding_pct=call.min_cofunding_pct,
        min_total_score=call.min_total_score,
        allow_partial_last=call.allow_partial_last,
        divergence_threshold_pct=call.divergence_threshold_pct,
        comments_required=call.comments_required,
        evaluators_per_application=call.evaluators_per_application,
        max_duration_months=call.max_duration_months,
        min_partners=call.min_partners,
        criteria=tuple(
            CriterionData(c.code, c.description, c.max_points, c.min_points, c.tie_break_order)
            for c in sorted(call.criteria, key=lambda c: (c.position, c.id))
        ),
        documents=tuple(
            DocumentData(d.description, d.id)
            for d in sorted(call.documents, key=lambda d: (d.position, d.id))
        ),
        eligible_types=frozenset(t.actor_type for t in call.eligible_types),
        themes=frozenset(t.theme for t in call.themes),
        countries=tuple(sorted(c.country_code for c in call.countries)),
        committee=tuple(
            CommitteeData(m.user_id, m.role, m.appointed_on)
            for m in sorted(call.committee, key=lambda m: m.id)
        ),
    )


def _checked(data: CallData) -> CallData:
    result = validate_call(data)
    if result.value is None:
        raise ValidationErrors(result.errors, field_labels(data))
    return result.value


def _require_free_code(session: Session, code: str, exclude_id: int | None) -> None:
    stmt = select(Call.title).where(func.lower(Call.code) == code.lower())
    if exclude_id is not None:
        stmt = stmt.where(Call.id != exclude_id)
    existing = session.scalar(stmt)
    if existing is not None:
        raise ValidationErrors(
            [ValidationError("code", f"Il codice {code} è già usato dal bando «{existing}».")],
            CALL_FIELD_LABELS,
        )


def _require_users(session: Session, committee: Sequence[CommitteeData]) -> None:
    wanted = {m.user_id for m in committee}
    if not wanted:
        return
    found = set(session.scalars(select(User.id).where(User.id.in_(wanted))))
    missing = sorted(wanted - found)
    if missing:
        raise ValidationErrors(
            [ValidationError("committee", f"L'utente n. {n} non esiste più.") for n in missing],
            CALL_FIELD_LABELS,
        )


def _apply_fields(call: Call, data: CallData) -> None:
    for name in (
        "code", "title", "year", "description", "act_number", "act_date", "burt_number", "burt_date",
        "opens_on", "deadline", "budget", "max_grant", "min_cofunding_pct", "min_total_score",
        "allow_partial_last", "divergence_threshold_pct", "comments_required", "evaluators_per_application",
        "max_duration_months", "min_partners",
    ):  # fmt: skip
        setattr(call, name, getattr(data, name))


def _apply_children(session: Session, call: Call, data: CallData, user: CurrentUser) -> bool:
    """Bring criteria, documents, lists and committee to `data`, keeping the ids of what stays.

    Returns whether anything changed. Criteria are matched by code (scores refer to their id),
    documents by id (checklist items refer to it), committee members by user."""
    changed = False
    by_code = {c.code.casefold(): c for c in call.criteria}
    criteria = []
    for position, wanted in enumerate(data.criteria):
        criterion = by_code.pop(wanted.code.casefold(), None) or Criterion(code=wanted.code)
        values = {
            "code": wanted.code, "description": wanted.description, "max_points": wanted.max_points,
            "min_points": wanted.min_points, "tie_break_order": wanted.tie_break_order, "position": position,
        }  # fmt: skip
        for name, value in values.items():
            if getattr(criterion, name) != value:
                setattr(criterion, name, value)
                changed = True
        criteria.append(criterion)
    if by_code or len(criteria) != len(call.criteria):
        changed = True
    call.criteria = criteria

    by_id = {d.id: d for d in call.documents}
    unknown = [d.id for d in data.documents if d.id is not None and d.id not in by_id]
    if unknown:
        raise ValidationErrors(
            [
                ValidationError(
                    "documents", "Un documento richiesto non appartiene più al bando: ricarica la scheda."
                )
            ],
            CALL_FIELD_LABELS,
        )
    documents = []
    for position, wanted_doc in enumerate(data.documents):
        document = by_id.pop(wanted_doc.id, None) if wanted_doc.id is not None else None
        if document is None:
            document = CallDocument(description=wanted_doc.description, position=position)
            changed = True
        elif (document.description, document.position) != (wanted_doc.description, position):
            document.description, document.position = wanted_doc.description, position
            changed = True
        documents.append(document)
    if by_id:
        # Their checklist items go first: they refer to the documents.
        delete_document_checks(session, user, list(by_id))
        changed = True
    call.documents = documents

    types = {t.actor_type for t in call.eligible_types}
    if types != set(data.eligible_types):
        keep = [t for t in call.eligible_types if t.actor_type in data.eligible_types]
        call.eligible_types = keep + [
            CallEligibleType(actor_type=t) for t in sorted(data.eligible_types - types, key=str)
        ]
        changed = True
    themes = {t.theme for t in call.themes}
    if themes != set(data.themes):
        keep_themes = [t for t in call.themes if t.theme in data.themes]
        call.themes = keep_themes + [CallTheme(theme=t) for t in sorted(data.themes - themes, key=str)]
        changed = True
    countries = {c.country_code for c in call.countries}
    if countries != set(data.countries):
        keep_countries = [c for c in call.countries if c.country_code in data.countries]
        call.countries = keep_countries + [
            CallCountry(country_code=c) for c in sorted(set(data.countries) - countries)
        ]
        changed = True

    members = {m.user_id: m for m in call.committee}
    committee = []
    for wanted_member in data.committee:
        member = members.pop(wanted_member.user_id, None)
        if member is None:
            member = CommitteeMember(user_id=wanted_member.user_id)
            changed = True
        if (member.role, member.appointed_on) != (wanted_member.role, wanted_member.appointed_on):
            member.role, member.appointed_on = wanted_member.role, wanted_member.appointed_on
            changed = True
        committee.append(member)
    if members:
        changed = True
    call.committee = committee
    return changed


def insert_call(session: Session, user: CurrentUser, clean: CallData, note: str) -> int:
    """Add a validated call as a draft in the caller's transaction (create, duplicate, import)."""
    _require_free_code(session, clean.code, None)
    _require_users(session, clean.committee)
    call = Call(status=CallStatus.BOZZA)
    _apply_fields(call, clean)
    session.add(call)
    new_documents = tuple(replace(d, id=None) for d in clean.documents)
    _apply_children(session, call, replace(clean, documents=new_documents), user)
    session.flush()
    session.add(
        CallStatusChange(
            call_id=call.id, from_status=None, to_status=CallStatus.BOZZA, user_id=user.id, note=note
        )
    )
    session.flush()
    return call.id


class CallRecords:
    """Create, edit, move along the lifecycle and duplicate calls: each call one transaction."""

    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    @property
    def user(self) -> CurrentUser:
        return self._user

    def get(self, call_id: int) -> CallDetail:
        self._user.require(Permission.VIEW_CALLS)
        with self._db.reading() as session:
            call = session.get(Call, call_id)
            if call is None:
                raise NotFoundError(_GONE)
            users = {
                u.id: u
                for u in session.scalars(
                    select(User).where(
                        User.id.in_(
                            select(CommitteeMember.user_id)
                            .where(CommitteeMember.call_id == call_id)
                            .union(
                                select(CallStatusChange.user_id).where(CallStatusChange.call_id == call_id)
                            )
                        )
                    )
                )
            }
            committee = [
                CommitteeMemberView(
                    m.user_id,
                    users[m.user_id].username,
                    users[m.user_id].full_name,
                    users[m.user_id].email,
                    m.role,
                    m.appointed_on,
                    users[m.user_id].password_hash is not None,
                )
                for m in sorted(call.committee, key=lambda m: (_ROLE_ORDER[m.role], m.id))
            ]
            history = [
                CallStatusView(
                    h.from_status,
                    h.to_status,
                    h.changed_at,
                    users[h.user_id].full_name if h.user_id in users else None,
                    h.note,
                )
                for h in session.scalars(
                    select(CallStatusChange)
                    .where(CallStatusChange.call_id == call_id)
                    .order_by(CallStatusChange.changed_at, CallStatusChange.id)
                )
            ]
            counts = dict(
                session.execute(
                    select(Application.status, func.count(Application.id))
                    .where(Application.call_id == call_id)
                    .group_by(Application.status)
                ).all()
            )
            decree = session.execute(
                select(Decree.number, Decree.issued_on)
                .join(Ranking, Ranking.decree_id == Decree.id)
                .where(Ranking.call_id == call_id, Ranking.is_approved.is_(True))
                .order_by(Ranking.version.desc())
                .limit(1)
            ).first()
            return CallDetail(
                id=call.id,
                version=call.version,
                status=call.status,
                data=call_data(call),
                committee=committee,
                history=history,
                application_counts=counts,
                applications=sum(counts.values()),
                ranking_decree=None if decree is None else f"DD n. {decree[0]} del {format_date(decree[1])}",
                created_at=call.created_at,
                updated_at=call.updated_at,
            )

    def create(self, data: CallData, note: str = "Bando creato.") -> int:
        """A new call in Bozza. Returns its id."""
        self._user.require(Permission.EDIT_CALLS)
        clean = _checked(data)
        with self._db.transaction(self._user) as session:
            return insert_call(session, self._user, clean, note)

    def update(self, call_id: int, version: int, data: CallData) -> int:
        """Save the editor read at `version`. Refuses what the call's state locks (LockedError, with the
        reason) and stale edits (ConcurrentEditError). Returns the new version."""
        self._user.require(Permission.EDIT_CALLS)
        clean = _checked(data)
        try:
            with self._db.transaction(self._user) as session:
                call = session.get(Call, call_id)
                if call is None:
                    raise NotFoundError(_GONE)
                if call.version != version:
                    raise ConcurrentEditError(_STALE)
                before = call_data(call)
                locked = locked_changes(call.status, before, clean)
                if locked:
                    raise LockedError(" ".join(e.message for e in locked))
                if clean.code != call.code:
                    _require_free_code(session, clean.code, call_id)
                _require_users(session, clean.committee)
                _apply_fields(call, clean)
                if _apply_children(session, call, clean, self._user):
                    call.updated_at = utcnow()  # a change of the grid or lists alone still bumps the version
                session.flush()
                if admissibility_changed(before, clean):
                    refresh_admissibility(session, self._user, call_id)
                return session.scalar(select(Call.version).where(Call.id == call_id)) or 0
        except StaleDataError as exc:
            raise ConcurrentEditError(_STALE) from exc
        except IntegrityError as exc:
            raise ServiceError(
                "Il bando non può essere salvato: un criterio eliminato ha già punteggi assegnati."
            ) from exc

    def delete(self, call_id: int) -> None:
        """Delete a draft that has no applications (anything further is history to keep)."""
        self._user.require(Permission.EDIT_CALLS)
        with self._db.transaction(self._user) as session:
            call = session.get(Call, call_id)
            if call is None:
                raise NotFoundError(_GONE)
            if call.status is not CallStatus.BOZZA:
                raise InUseError(f"Si eliminano solo i bandi in bozza; questo è «{call.status.label}».")
            if session.scalar(select(Application.id).where(Application.call_id == call_id).limit(1)):
                raise InUseError("Il bando ha domande registrate: non può essere eliminato.")
            for change in session.scalars(
                select(CallStatusChange).where(CallStatusChange.call_id == call_id)
            ):
                session.delete(change)
            session.delete(call)

    # -- lifecycle ---------------------------------------------------------------------------------

    def facts(self, call_id: int) -> CallFacts:
        """What the lifecycle guards read, from the database (also for the editor to show blockers)."""
        self._user.require(Permission.VIEW_CALLS)
        with self._db.reading() as session:
            call = session.get(Call, call_id)
            if call is None:
                raise NotFoundError(_GONE)
            return _facts(session, call, None, None)

    def transition(
        self,
        call_id: int,
        version: int,
        target: CallStatus,
        note: str = "",
        decree_number: str | None = None,
        decree_date: date | None = None,
    ) -> int:
        """Move the call to `target` if its guards allow it (TransitionRefused lists why not), and
        record the change with user and time. Approving the ranking records its decree. Returns the
        new version."""
        self._user.require(Permission.EDIT_CALLS)
        target = CallStatus(target)
        decree_number = (decree_number or "").strip() or None
        try:
            with self._db.transaction(self._user) as session:
                call = session.get(Call, call_id)
                if call is None:
                    raise NotFoundError(_GONE)
                if call.version != version:
                    raise ConcurrentEditError(_STALE)
                # The approval itself refuses a provisional ranking (computing it once, below).
                facts = _facts(session, call, decree_number, decree_date, check_ranking=False)
                problems = transition_problems(facts, target)
                if target is CallStatus.GRADUATORIA_APPROVATA and decree_number and decree_date:
                    taken = session.scalar(
                        select(Decree.id).where(
                            Decree.number == decree_number, Decree.issued_on == decree_date
                        )
                    )
                    if taken is not None:
                        problems.append(
                            f"Il decreto n. {decree_number} del {format_date(decree_date)} è già registrato."
                        )
                if problems:
                    raise TransitionRefused(target, problems)
                before = call.status
                text = note.strip()
                if target is CallStatus.GRADUATORIA_APPROVATA:
                    assert decree_number is not None and decree_date is not None
                    act = f"DD n. {decree_number} del {format_date(decree_date)}"
                    text = f"{act}. {text}".strip()
                    self._approve_ranking(session, call, decree_number, decree_date)
                call.status = target
                session.add(
                    CallStatusChange(
                        call_id=call.id,
                        from_status=before,
                        to_status=target,
                        user_id=self._user.id,
                        note=text or None,
                    )
                )
                session.flush()
                if target is CallStatus.IN_VALUTAZIONE:
                    self._start_evaluation(session, call_id)
                return session.scalar(select(Call.version).where(Call.id == call_id)) or 0
        except StaleDataError as exc:
            raise ConcurrentEditError(_STALE) from exc

    def _approve_ranking(self, session: Session, call: Call, number: str, issued_on: date) -> None:
        decree = Decree(
            kind=DecreeKind.GRADUATORIA,
            call_id=call.id,
            number=number,
            issued_on=issued_on,
            subject=f"Bando {call.code}: approvazione della graduatoria",
        )
        session.add(decree)
        session.flush()
        try:
            approve_ranking(session, self._user, call, decree)
        except ServiceError as exc:  # provisional: said as the other guards say it
            raise TransitionRefused(CallStatus.GRADUATORIA_APPROVATA, [str(exc)]) from exc

    def _start_evaluation(self, session: Session, call_id: int) -> None:
        """Admissible applications go into evaluation with the call."""
        admissible = session.scalars(
            select(Application.id).where(
                Application.call_id == call_id, Application.status == ApplicationStatus.AMMISSIBILE
            )
        ).all()
        move_statuses(
            session,
            self._user,
            [
                (
                    app_id,
                    ApplicationStatus.AMMISSIBILE,
                    ApplicationStatus.IN_VALUTAZIONE,
                    "Avvio della valutazione.",
                )
                for app_id in admissible
            ],
        )

    # -- next year's call --------------------------------------------------------------------------

    def duplicate(self, call_id: int, new_code: str, new_year: int) -> int:
        """A new draft copying rules, grid, documents, lists and committee; dates move by the years
        between the two calls, decree and BURT are left empty. Returns the new call's id."""
        self._user.require(Permission.EDIT_CALLS)
        with self._db.transaction(self._user) as session:
            source = session.get(Call, call_id)
            if source is None:
                raise NotFoundError(_GONE)
            data = call_data(source)
            years = new_year - data.year
            copy = replace(
                data,
                code=new_code,
                year=new_year,
                title=duplicate_title(data.title, data.year, new_year),
                act_number=None,
                act_date=None,
                burt_number=None,
                burt_date=None,
                opens_on=shift_year(data.opens_on, years),
                deadline=shift_year(data.deadline, years),
                documents=tuple(DocumentData(d.description) for d in data.documents),
                committee=tuple(CommitteeData(m.user_id, m.role, None) for m in data.committee),
            )
            result = validate_call(copy)
            if result.value is None:
                raise ValidationErrors(result.errors, field_labels(copy))
            return insert_call(session, self._user, result.value, f"Bando creato duplicando {data.code}.")


_ROLE_ORDER = {CommitteeRole.PRESIDENTE: 0, CommitteeRole.COMPONENTE: 1, CommitteeRole.SEGRETARIO: 2}


def _facts(
    session: Session,
    call: Call,
    decree_number: str | None,
    decree_date: date | None,
    *,
    check_ranking: bool = True,
) -> CallFacts:
    call_id = call.id
    applications = dict(
        session.execute(
            select(Application.status, func.count(Application.id))
            .where(Application.call_id == call_id)
            .group_by(Application.status)
        ).all()
    )
    submitted = session.scalar(
        select(func.count(Assignment.id))
        .join(Application, Application.id == Assignment.application_id)
        .where(Application.call_id == call_id, Assignment.status == AssignmentStatus.INVIATA)
    )
    data = call_data(call)
    computed = session.scalar(select(Ranking.id).where(Ranking.call_id == call_id).limit(1)) is not None
    return CallFacts(
        status=call.status,
        code=call.code,
        title=call.title,
        budget=call.budget,
        max_grant=call.max_grant,
        opens_on=call.opens_on,
        deadline=call.deadline,
        min_total_score=call.min_total_score,
        criteria=data.criterion_facts(),
        committee_size=len(call.committee),
        applications=sum(applications.values()),
        unchecked_applications=sum(n for s, n in applications.items() if s in _UNCHECKED),
        submitted_scores=submitted or 0,
        ranking_computed=computed,
        ranking_provisional=computed
        and check_ranking
        and call.status is CallStatus.IN_VALUTAZIONE
        and provisional_now(session, call),
        decree_number=decree_number,
        decree_date=decree_date,
    )


__all__ = [
    "CallDetail",
    "CallRecords",
    "CallStatusView",
    "CommitteeMemberView",
    "TransitionRefused",
    "call_data",
    "insert_call",
]
