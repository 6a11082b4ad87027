"""What the evaluation services share: the call's stage guards, its grid and committee, conflicts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desktop.db.models import (
    Application,
    ApplicationPartner,
    Assignment,
    Call,
    CommitteeMember,
    Criterion,
    EvaluatorConflict,
    Ranking,
)
from coop_desktop.domain.call_lifecycle import OUTCOME_LOCKED
from coop_desktop.domain.enums import ApplicationStatus, AssignmentStatus, CallStatus, CommitteeRole
from coop_desktop.domain.scoring import CriterionRule
from coop_desktop.services.admissibility import move_statuses
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import LockedError, NotFoundError

# Applications that passed the formal check and take part in the evaluation.
EVALUATED_STATUSES = (
    ApplicationStatus.AMMISSIBILE,
    ApplicationStatus.IN_VALUTAZIONE,
    ApplicationStatus.VALUTATA,
)
# The same, after the ranking placed them.
RANKED_STATUSES = (
    ApplicationStatus.FINANZIATA,
    ApplicationStatus.FINANZIATA_PARZIALMENTE,
    ApplicationStatus.AMMESSA_NON_FINANZIATA,
    ApplicationStatus.NON_IDONEA,
)
# Forms that count toward an application's evaluators (a declared conflict does not).
ACTIVE_FORMS = (
    AssignmentStatus.ASSEGNATA,
    AssignmentStatus.DICHIARATA,
    AssignmentStatus.BOZZA,
    AssignmentStatus.INVIATA,
)
CALL_GONE = "Il bando non esiste più: forse è stato eliminato da un altro utente."
FORM_GONE = "La scheda di valutazione non esiste più: forse l'assegnazione è stata revocata."
STALE_FORM = (
    "La scheda è stata modificata da un altro utente (o in un'altra finestra) dopo che l'hai aperta. "
    "Riaprila per vedere la versione attuale."
)


def evaluating_call(session: Session, call_id: int) -> Call:
    """The call, if its evaluation is going on; LockedError (Italian) otherwise."""
    call = session.get(Call, call_id)
    if call is None:
        raise NotFoundError(CALL_GONE)
    if call.status is CallStatus.GRADUATORIA_APPROVATA:
        raise LockedError(OUTCOME_LOCKED)
    if call.status is not CallStatus.IN_VALUTAZIONE:
        raise LockedError(
            f"Il bando {call.code} è «{call.status.label}»: assegnazioni e schede di valutazione si "
            "gestiscono quando il bando è «In valutazione»."
        )
    return call


def criterion_rules(session: Session, call_id: int) -> tuple[CriterionRule, ...]:
    rows = session.execute(
        select(
            Criterion.code,
            Criterion.max_points,
            Criterion.min_points,
            Criterion.tie_break_order,
            Criterion.description,
        )
        .where(Criterion.call_id == call_id)
        .order_by(Criterion.position, Criterion.id)
    )
    return tuple(CriterionRule(*row) for row in rows)


def criterion_ids(session: Session, call_id: int) -> dict[str, int]:
    return dict(
        session.execute(select(Criterion.code, Criterion.id).where(Criterion.call_id == call_id)).all()
    )


def committee_ids(session: Session, call_id: int) -> list[int]:
    """The call's evaluators: committee members, presidente first (the secretary does not score)."""
    rows = session.execute(
        select(CommitteeMember.user_id, CommitteeMember.role)
        .where(CommitteeMember.call_id == call_id)
        .order_by(CommitteeMember.id)
    ).all()
    return [user_id for user_id, role in rows if role is not CommitteeRole.SEGRETARIO]


def ranking_computed(session: Session, call_id: int) -> bool:
    return session.scalar(select(Ranking.id).where(Ranking.call_id == call_id).limit(1)) is not None


def application_actors(session: Session, application_ids: Collection[int]) -> dict[int, set[int]]:
    """Each application's Tuscan actors: its lead and its partners from the register."""
    actors: dict[int, set[int]] = defaultdict(set)
    ids = sorted(application_ids)
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        for app_id, lead in session.execute(
            select(Application.id, Application.lead_actor_id).where(Application.id.in_(chunk))
        ):
            actors[app_id].add(lead)
        for app_id, actor_id in session.execute(
            select(ApplicationPartner.application_id, ApplicationPartner.actor_id).where(
                ApplicationPartner.application_id.in_(chunk), ApplicationPartner.actor_id.is_not(None)
            )
        ):
            actors[app_id].add(actor_id)
    return actors


def conflict_pairs(
    session: Session, call_id: int, application_ids: Sequence[int], evaluators: Sequence[int]
) -> set[tuple[int, int]]:
    """(application, evaluator) pairs that must never be made: a conflict declared with one of the
    application's actors (for this call or for every call), or a form refused for a conflict."""
    declared: dict[int, set[int]] = defaultdict(set)
    for user_id, actor_id in session.execute(
        select(EvaluatorConflict.user_id, EvaluatorConflict.actor_id).where(
            EvaluatorConflict.user_id.in_(list(evaluators)),
            (EvaluatorConflict.call_id == call_id) | EvaluatorConflict.call_id.is_(None),
        )
    ):
        declared[user_id].add(actor_id)
    pairs: set[tuple[int, int]] = set()
    if declared:
        for app_id, actors in application_actors(session, application_ids).items():
            for user_id, conflicted in declared.items():
                if actors & conflicted:
                    pairs.add((app_id, user_id))
    pairs.update(
        session.execute(
            select(Assignment.application_id, Assignment.evaluator_id)
            .join(Application, Application.id == Assignment.application_id)
            .where(Application.call_id == call_id, Assignment.status == AssignmentStatus.CONFLITTO)
        ).all()
    )
    return pairs


def refresh_evaluated(session: Session, user: CurrentUser, application_ids: Collection[int]) -> None:
    """An application is "valutata" when every evaluator holding an active form on it has submitted
    (and at least one has); reopening a form takes it back to "in valutazione"."""
    if not application_ids:
        return
    session.flush()
    ids = sorted(set(application_ids))
    changes = []
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        forms: dict[int, list[AssignmentStatus]] = defaultdict(list)
        for app_id, status in session.execute(
            select(Assignment.application_id, Assignment.status).where(
                Assignment.application_id.in_(chunk), Assignment.status.in_(ACTIVE_FORMS)
            )
        ):
            forms[app_id].append(status)
        for app_id, status in session.execute(
            select(Application.id, Application.status).where(Application.id.in_(chunk))
        ):
            statuses = forms.get(app_id, [])
            done = bool(statuses) and all(s is AssignmentStatus.INVIATA for s in statuses)
            if done and status in (ApplicationStatus.AMMISSIBILE, ApplicationStatus.IN_VALUTAZIONE):
                changes.append(
                    (app_id, status, ApplicationStatus.VALUTATA, "Tutte le schede sono state inviate.")
                )
            elif not done and status is ApplicationStatus.VALUTATA:
                changes.append(
                    (
                        app_id,
                        status,
                        ApplicationStatus.IN_VALUTAZIONE,
                        "Una scheda di valutazione è stata riaperta.",
                    )
                )
    move_statuses(session, user, changes)
