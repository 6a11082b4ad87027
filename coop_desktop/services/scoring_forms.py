"""The scoring form of one evaluator on one application: declaration, draft, submission, reopening.

An evaluator works only on their own forms, and sees the application's content only after
declaring the absence of conflicts of interest. A declared conflict blocks the form (kept, dated,
with the evaluator's note), records the conflict with the application's actors and gives the
application to another committee member. A submitted form is read-only until an officer reopens it
with a written reason.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    Application,
    ApplicationPartner,
    Assignment,
    Call,
    ConflictDeclaration,
    EvaluatorConflict,
    Score,
    User,
)
from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.assignment_plan import plan_assignments
from coop_desktop.domain.enums import AssignmentStatus, CallStatus
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.scoring import CriterionRule, FormEntry, form_problems, form_total
from coop_desktop.domain.validation import ValidationError
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import (
    ConcurrentEditError,
    LockedError,
    NotFoundError,
    PermissionDenied,
    ServiceError,
    ValidationErrors,
)
from coop_desktop.services.evaluation_common import (
    ACTIVE_FORMS,
    FORM_GONE,
    STALE_FORM,
    application_actors,
    committee_ids,
    conflict_pairs,
    criterion_ids,
    criterion_rules,
    evaluating_call,
    refresh_evaluated,
)

# The text the evaluator subscribes (art. 6-bis L. 241/1990, art. 7 DPR 62/2013).
DECLARATION_TEXT = (
    "Dichiaro, ai sensi dell'art. 6-bis della L. 241/1990 e dell'art. 7 del DPR 62/2013, di non "
    "trovarmi in situazioni di conflitto di interessi, anche potenziale, con il soggetto capofila e "
    "con i partner della domanda, e di impegnarmi a comunicare tempestivamente ogni situazione che "
    "dovesse sopravvenire."
)
_EDITABLE = (AssignmentStatus.DICHIARATA, AssignmentStatus.BOZZA)


@dataclass(frozen=True, slots=True)
class DeclarationView:
    has_conflict: bool
    declared_at: datetime
    note: str | None


@dataclass(frozen=True, slots=True)
class ScoringForm:
    assignment_id: int
    version: int
    status: AssignmentStatus
    evaluator_id: int
    evaluator_name: str
    call_id: int
    call_code: str
    call_title: str
    call_status: CallStatus
    comments_required: bool
    application_id: int
    protocol_number: str
    protocol_date: date
    lead: str
    partners: tuple[str, ...]
    title: str
    # Hidden (None) until the evaluator has declared the absence of conflicts.
    summary: str | None
    requested_grant: Decimal | None
    total_cost: Decimal | None
    criteria: tuple[CriterionRule, ...]
    entries: Mapping[str, FormEntry]
    declaration: DeclarationView | None
    submitted_at: datetime | None
    reopened_at: datetime | None
    reopen_reason: str | None
    # What the current user may do with it now.
    is_own: bool
    can_declare: bool
    can_edit: bool
    can_reopen: bool

    @property
    def total(self) -> Decimal:
        return form_total(self.entries.values())


@dataclass(frozen=True, slots=True)
class DeclarationResult:
    version: int
    # Who got the application instead, when a conflict was declared (None: nobody free).
    replacement: str | None = None


class ScoringFormService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    # -- reading -----------------------------------------------------------------------------------

    def form(self, assignment_id: int) -> ScoringForm:
        user = self._user
        with self._db.reading() as session:
            form = session.get(Assignment, assignment_id)
            if form is None:
                raise NotFoundError(FORM_GONE)
            is_own = user.id is not None and form.evaluator_id == user.id
            if not is_own and not user.sees_as(Permission.VIEW_ALL_SCORES):
                raise PermissionDenied("Puoi aprire solo le tue schede di valutazione.")
            app = session.get(Application, form.application_id)
            assert app is not None
            call = session.get(Call, app.call_id)
            assert call is not None
            evaluator = session.get(User, form.evaluator_id)
            lead = session.get(Actor, app.lead_actor_id)
            partners = tuple(
                name
                for name in session.scalars(
                    select(Actor.name)
                    .join(ApplicationPartner, ApplicationPartner.actor_id == Actor.id)
                    .where(ApplicationPartner.application_id == app.id)
                    .order_by(Actor.name)
                )
            ) + tuple(
                f"{name} (partner estero)"
                for name in session.scalars(
                    select(ApplicationPartner.foreign_name).where(
                        ApplicationPartner.application_id == app.id, ApplicationPartner.actor_id.is_(None)
                    )
                )
            )
            criteria = criterion_rules(session, call.id)
            ids = criterion_ids(session, call.id)
            code_of = {v: k for k, v in ids.items()}
            entries = {
                code_of[s.criterion_id]: FormEntry(code_of[s.criterion_id], s.points, s.comment)
                for s in form.scores
                if s.criterion_id in code_of
            }
            declaration = form.declaration
            declared = declaration is not None and not declaration.has_conflict
            evaluating = call.status is CallStatus.IN_VALUTAZIONE
            shown = declared or not is_own
            return ScoringForm(
                assignment_id=form.id,
                version=form.version,
                status=form.status,
                evaluator_id=form.evaluator_id,
                evaluator_name=evaluator.full_name if evaluator else "",
                call_id=call.id,
                call_code=call.code,
                call_title=call.title,
                call_status=call.status,
                comments_required=call.comments_required,
                application_id=app.id,
                protocol_number=app.protocol_number,
                protocol_date=app.protocol_date,
                lead=lead.name if lead else "",
                partners=partners,
                title=app.title,
                summary=(app.summary or "") if shown else None,
                requested_grant=app.requested_grant if shown else None,
                total_cost=app.total_cost if shown else None,
                criteria=criteria,
                entries=entries,
                declaration=None
                if declaration is None
                else DeclarationView(declaration.has_conflict, declaration.declared_at, declaration.note),
                submitted_at=form.submitted_at,
                reopened_at=form.reopened_at,
                reopen_reason=form.reopen_reason,
                is_own=is_own,
                can_declare=evaluating
                and form.status is AssignmentStatus.ASSEGNATA
                and (is_own or user.can(Permission.MANAGE_EVALUATION)),
                can_edit=evaluating
                and form.status in _EDITABLE
                and ((is_own and user.can(Permission.SCORE)) or user.can(Permission.MANAGE_EVALUATION)),
                can_reopen=evaluating
                and form.status is AssignmentStatus.INVIATA
                and user.can(Permission.MANAGE_EVALUATION),
            )

    # -- writing -----------------------------------------------------------------------------------

    def _editable(self, session: Session, assignment_id: int, version: int) -> tuple[Assignment, Application]:
        form = session.get(Assignment, assignment_id)
        if form is None:
            raise NotFoundError(FORM_GONE)
        app = session.get(Application, form.application_id)
        assert app is not None
        evaluating_call(session, app.call_id)
        if form.version != version:
            raise ConcurrentEditError(STALE_FORM)
        return form, app

    def _require_own_or_manager(self, form: Assignment) -> None:
        user = self._user
        if user.id is not None and form.evaluator_id == user.id:
            user.require(Permission.SCORE)
        else:
            user.require(Permission.MANAGE_EVALUATION)

    def declare(
        self, assignment_id: int, version: int, has_conflict: bool, note: str = ""
    ) -> DeclarationResult:
        """Record the evaluator's declaration. A conflict needs a note saying with whom and why."""
        note = note.strip()
        if has_conflict and not note:
            raise ValidationErrors(
                [ValidationError("note", "Descrivi il conflitto di interessi (con chi e perché).")],
                {"note": "Nota"},
            )
        try:
            with self._db.transaction(self._user) as session:
                form, app = self._editable(session, assignment_id, version)
                self._require_own_or_manager(form)
                if form.status is not AssignmentStatus.ASSEGNATA:
                    raise LockedError("La dichiarazione su questa scheda è già stata resa.")
                form.declaration = ConflictDeclaration(has_conflict=has_conflict, note=note or None)
                replacement = None
                if has_conflict:
                    form.status = AssignmentStatus.CONFLITTO
                    for actor_id in application_actors(session, [app.id]).get(app.id, set()):
                        if not session.scalar(
                            select(EvaluatorConflict.id).where(
                                EvaluatorConflict.user_id == form.evaluator_id,
                                EvaluatorConflict.actor_id == actor_id,
                                EvaluatorConflict.call_id == app.call_id,
                            )
                        ):
                            session.add(
                                EvaluatorConflict(
                                    user_id=form.evaluator_id,
                                    actor_id=actor_id,
                                    call_id=app.call_id,
                                    note=note,
                                )
                            )
                    session.flush()
                    replacement = self._replace(session, app)
                else:
                    form.status = AssignmentStatus.DICHIARATA
                session.flush()
                return DeclarationResult(form.version, replacement)
        except StaleDataError as exc:
            raise ConcurrentEditError(STALE_FORM) from exc

    def _replace(self, session: Session, app: Application) -> str | None:
        """Give the application to the least busy committee member free of conflicts."""
        evaluators = committee_ids(session, app.call_id)
        holders = list(
            session.scalars(
                select(Assignment.evaluator_id).where(
                    Assignment.application_id == app.id, Assignment.status.in_(ACTIVE_FORMS)
                )
            )
        )
        blocked = conflict_pairs(session, app.call_id, [app.id], evaluators)
        # Every evaluator's current load decides who takes it: the plan sees them as existing forms.
        existing: dict[int, list[int]] = {app.id: holders}
        for other_app, evaluator_id in session.execute(
            select(Assignment.application_id, Assignment.evaluator_id)
            .join(Application, Application.id == Assignment.application_id)
            .where(
                Application.call_id == app.call_id,
                Assignment.status.in_(ACTIVE_FORMS),
                Assignment.application_id != app.id,
            )
        ):
            existing.setdefault(other_app, []).append(evaluator_id)
        # One replacement for the evaluator who stepped aside.
        plan = plan_assignments([app.id], evaluators, len(holders) + 1, existing, blocked)
        if not plan.pairs:
            return None
        names = []
        for _, evaluator_id in plan.pairs:
            session.add(Assignment(application_id=app.id, evaluator_id=evaluator_id))
            user = session.get(User, evaluator_id)
            names.append(user.full_name if user else str(evaluator_id))
        return ", ".join(names)

    def save(self, assignment_id: int, version: int, entries: Sequence[FormEntry], *, submit: bool) -> int:
        """Save the points and comments as a draft, or submit the form (complete and valid).
        Returns the form's new version."""
        try:
            with self._db.transaction(self._user) as session:
                form, app = self._editable(session, assignment_id, version)
                self._require_own_or_manager(form)
                if form.status not in _EDITABLE:
                    if form.status is AssignmentStatus.ASSEGNATA:
                        raise LockedError(
                            "Prima di valutare la domanda rendi la dichiarazione sull'assenza di "
                            "conflitti di interessi."
                        )
                    raise LockedError(
                        f"La scheda è «{form.status.label}»: non può essere modificata"
                        + (" (può riaprirla l'ufficio)." if form.status is AssignmentStatus.INVIATA else ".")
                    )
                call = session.get(Call, app.call_id)
                assert call is not None
                criteria = criterion_rules(session, app.call_id)
                problems = form_problems(
                    criteria, entries, comments_required=call.comments_required, submitting=submit
                )
                if problems:
                    raise ValidationErrors(
                        [ValidationError(f"{p.code}.{p.field}", p.message) for p in problems],
                        {
                            f"{c.code}.{f}": f"Criterio {c.code}"
                            for c in criteria
                            for f in ("points", "comment")
                        },
                    )
                ids = criterion_ids(session, app.call_id)
                current = {s.criterion_id: s for s in form.scores}
                for entry in entries:
                    criterion_id = ids[entry.code]
                    comment = (entry.comment or "").strip() or None
                    score = current.get(criterion_id)
                    if score is None:
                        if entry.points is None and comment is None:
                            continue
                        form.scores.append(
                            Score(criterion_id=criterion_id, points=entry.points, comment=comment)
                        )
                    elif score.points != entry.points or score.comment != comment:
                        score.points, score.comment = entry.points, comment
                if submit:
                    form.status = AssignmentStatus.INVIATA
                    form.submitted_at = utcnow()
                elif form.status is AssignmentStatus.DICHIARATA:
                    form.status = AssignmentStatus.BOZZA
                session.flush()
                if submit:
                    refresh_evaluated(session, self._user, [app.id])
                return session.scalar(select(Assignment.version).where(Assignment.id == assignment_id)) or 0
        except StaleDataError as exc:
            raise ConcurrentEditError(STALE_FORM) from exc

    def reopen(self, assignment_id: int, version: int, reason: str) -> int:
        """The office reopens a submitted form (logged with who, when and why)."""
        self._user.require(Permission.MANAGE_EVALUATION)
        reason = reason.strip()
        if not reason:
            raise ValidationErrors(
                [ValidationError("reason", "Scrivi perché la scheda viene riaperta.")], {"reason": "Motivo"}
            )
        try:
            with self._db.transaction(self._user) as session:
                form, app = self._editable(session, assignment_id, version)
                if form.status is not AssignmentStatus.INVIATA:
                    raise ServiceError("Solo una scheda inviata può essere riaperta.")
                form.status = AssignmentStatus.BOZZA
                form.reopened_at = utcnow()
                form.reopen_reason = reason
                session.flush()
                refresh_evaluated(session, self._user, [app.id])
                return session.scalar(select(Assignment.version).where(Assignment.id == assignment_id)) or 0
        except StaleDataError as exc:
            raise ConcurrentEditError(STALE_FORM) from exc
