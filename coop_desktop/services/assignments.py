"""Giving applications to the committee's evaluators: by hand, or balanced automatically."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Application, Assignment, Score, User
from coop_desktop.domain.assignment_plan import plan_assignments
from coop_desktop.domain.enums import AssignmentStatus
from coop_desktop.domain.permissions import Permission
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import ConcurrentEditError, LockedError, NotFoundError, ServiceError
from coop_desktop.services.evaluation_common import (
    ACTIVE_FORMS,
    EVALUATED_STATUSES,
    FORM_GONE,
    STALE_FORM,
    committee_ids,
    conflict_pairs,
    evaluating_call,
    refresh_evaluated,
)


@dataclass(frozen=True, slots=True)
class AutoAssignResult:
    created: int
    # Applications that could not get enough evaluators: protocol number → how many are missing.
    short: dict[str, int]
    # Forms per evaluator after the assignment: full name → count.
    load: dict[str, int]


class AssignmentService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def assign(self, call_id: int, application_id: int, evaluator_id: int) -> int:
        """Give one application to one committee member; returns the new form's id."""
        self._user.require(Permission.MANAGE_EVALUATION)
        with self._db.transaction(self._user) as session:
            evaluating_call(session, call_id)
            app = session.get(Application, application_id)
            if app is None or app.call_id != call_id:
                raise NotFoundError("La domanda non esiste più o non appartiene a questo bando.")
            if app.status not in EVALUATED_STATUSES:
                raise ServiceError(
                    f"La domanda prot. {app.protocol_number} è «{app.status.label}»: si valutano solo le "
                    "domande ammissibili."
                )
            evaluator = session.get(User, evaluator_id)
            if evaluator is None or evaluator_id not in committee_ids(session, call_id):
                raise ServiceError("Il valutatore scelto non è un componente della commissione del bando.")
            held = session.scalar(
                select(Assignment.status).where(
                    Assignment.application_id == application_id, Assignment.evaluator_id == evaluator_id
                )
            )
            if held is AssignmentStatus.CONFLITTO:
                raise ServiceError(
                    f"{evaluator.full_name} ha dichiarato un conflitto di interessi sulla domanda "
                    f"prot. {app.protocol_number}."
                )
            if held is not None:
                raise ServiceError(
                    f"La domanda prot. {app.protocol_number} è già assegnata a {evaluator.full_name}."
                )
            if (application_id, evaluator_id) in conflict_pairs(
                session, call_id, [application_id], [evaluator_id]
            ):
                raise ServiceError(
                    f"{evaluator.full_name} ha dichiarato un conflitto di interessi con il capofila o un "
                    f"partner della domanda prot. {app.protocol_number}."
                )
            form = Assignment(application_id=application_id, evaluator_id=evaluator_id)
            session.add(form)
            session.flush()
            refresh_evaluated(session, self._user, [application_id])
            return form.id

    def auto_assign(self, call_id: int) -> AutoAssignResult:
        """Complete every admissible application to the call's number of evaluators, balancing the
        loads and never crossing a declared conflict."""
        self._user.require(Permission.MANAGE_EVALUATION)
        with self._db.transaction(self._user) as session:
            call = evaluating_call(session, call_id)
            evaluators = committee_ids(session, call_id)
            if not evaluators:
                raise ServiceError(
                    "Il bando non ha una commissione: nomina i valutatori nella scheda del bando."
                )
            apps = dict(
                session.execute(
                    select(Application.id, Application.protocol_number)
                    .where(Application.call_id == call_id, Application.status.in_(EVALUATED_STATUSES))
                    .order_by(Application.protocol_date, Application.protocol_number, Application.id)
                ).all()
            )
            existing: dict[int, list[int]] = {}
            for app_id, evaluator_id in session.execute(
                select(Assignment.application_id, Assignment.evaluator_id)
                .join(Application, Application.id == Assignment.application_id)
                .where(Application.call_id == call_id, Assignment.status.in_(ACTIVE_FORMS))
            ):
                existing.setdefault(app_id, []).append(evaluator_id)
            blocked = conflict_pairs(session, call_id, list(apps), evaluators)
            plan = plan_assignments(
                list(apps), evaluators, call.evaluators_per_application, existing, blocked
            )
            session.add_all(Assignment(application_id=a, evaluator_id=e) for a, e in plan.pairs)
            session.flush()
            refresh_evaluated(session, self._user, {a for a, _ in plan.pairs})
            names = dict(
                session.execute(select(User.id, User.full_name).where(User.id.in_(evaluators))).all()
            )
            return AutoAssignResult(
                created=len(plan.pairs),
                short={apps[a]: missing for a, missing in plan.short.items()},
                load={names[e]: n for e, n in plan.load.items()},
            )

    def unassign(self, assignment_id: int, version: int) -> None:
        """Take back a form nobody has started scoring (a draft or a submitted form stays)."""
        self._user.require(Permission.MANAGE_EVALUATION)
        try:
            with self._db.transaction(self._user) as session:
                form = session.get(Assignment, assignment_id)
                if form is None:
                    raise NotFoundError(FORM_GONE)
                app = session.get(Application, form.application_id)
                assert app is not None
                evaluating_call(session, app.call_id)
                if form.version != version:
                    raise ConcurrentEditError(STALE_FORM)
                if form.status not in (AssignmentStatus.ASSEGNATA, AssignmentStatus.DICHIARATA):
                    raise LockedError(
                        f"La scheda è «{form.status.label}»: si può revocare solo un'assegnazione non "
                        "ancora compilata."
                    )
                if session.scalar(select(Score.id).where(Score.assignment_id == assignment_id).limit(1)):
                    raise LockedError("La scheda contiene già dei punteggi: non può essere revocata.")
                session.delete(form)
                session.flush()
                refresh_evaluated(session, self._user, [app.id])
        except StaleDataError as exc:
            raise ConcurrentEditError(STALE_FORM) from exc
