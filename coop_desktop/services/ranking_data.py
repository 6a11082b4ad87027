"""Reading a call's applications and submitted scores as the ranking rules take them.

Plain Core queries returning tuples: a call of 5,000 applications × 3 evaluators × 6 criteria is
90,000 scores, and the ORM would spend most of the ranking's time building objects.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import Integer, case, cast, func, select
from sqlalchemy.orm import Session

from coop_desktop.db.models import Actor, Application, Assignment, Call, ConsensusScore, Score
from coop_desktop.domain.enums import ApplicationStatus, AssignmentStatus
from coop_desktop.domain.ranking import Candidate, RankingRules, ScoreStats
from coop_desktop.services.evaluation_common import (
    ACTIVE_FORMS,
    EVALUATED_STATUSES,
    RANKED_STATUSES,
    criterion_ids,
    criterion_rules,
)

_UNCHECKED = (ApplicationStatus.RICEVUTA, ApplicationStatus.INTEGRAZIONI_RICHIESTE)


@dataclass(frozen=True, slots=True)
class ApplicationInfo:
    protocol_number: str
    protocol_date: date
    lead: str
    title: str
    requested_grant: Decimal
    status: ApplicationStatus


@dataclass(frozen=True, slots=True)
class CallScores:
    rules: RankingRules
    candidates: list[Candidate]
    info: dict[int, ApplicationInfo]
    # Applications still waiting for the formal check: the ranking cannot be final.
    unchecked: int
    # With per_evaluator, each submitted score: {app: {evaluator: {code: points}}}.
    by_evaluator: dict[int, dict[int, dict[str, Decimal]]]
    consensus: dict[int, dict[str, tuple[Decimal, str]]]


def ranking_rules(session: Session, call: Call) -> RankingRules:
    return RankingRules(
        budget=call.budget,
        criteria=criterion_rules(session, call.id),
        min_total_score=call.min_total_score,
        allow_partial_last=call.allow_partial_last,
        divergence_threshold_pct=call.divergence_threshold_pct,
    )


def load_call_scores(session: Session, call: Call, *, per_evaluator: bool = False) -> CallScores:
    """The call's applications and submitted scores; `per_evaluator` adds each evaluator's points."""
    rules = ranking_rules(session, call)
    # Core rows straight from the connection: the ORM's row handling would double the time.
    conn = session.connection()
    code_of = {v: k for k, v in criterion_ids(session, call.id).items()}
    info: dict[int, ApplicationInfo] = {}
    for app_id, number, day, lead, title, requested, status in conn.execute(
        select(
            Application.id,
            Application.protocol_number,
            Application.protocol_date,
            Actor.name,
            Application.title,
            Application.requested_grant,
            Application.status,
        )
        .join(Actor, Actor.id == Application.lead_actor_id)
        .where(Application.call_id == call.id)
    ).all():
        info[app_id] = ApplicationInfo(number, day, lead, title, requested, status)
    in_call = Assignment.application_id.in_(select(Application.id).where(Application.call_id == call.id))
    submitted = (in_call, Assignment.status == AssignmentStatus.INVIATA, Score.points.is_not(None))
    # Points as whole cents: the database adds up integers, exactly, on SQLite as on PostgreSQL.
    cents = cast(func.round(Score.points * 100), Integer)
    stats: dict[int, dict[str, ScoreStats]] = defaultdict(dict)
    for app_id, criterion_id, count, total, low, high in conn.execute(
        select(
            Assignment.application_id,
            Score.criterion_id,
            func.count(),
            func.sum(cents),
            func.min(cents),
            func.max(cents),
        )
        .join(Score, Score.assignment_id == Assignment.id)
        .where(*submitted)
        .group_by(Assignment.application_id, Score.criterion_id)
    ).all():
        code = code_of.get(criterion_id)
        if code is not None:
            stats[app_id][code] = ScoreStats(count, total, low, high)
    by_evaluator: dict[int, dict[int, dict[str, Decimal]]] = defaultdict(lambda: defaultdict(dict))
    if per_evaluator:
        for app_id, evaluator_id, criterion_id, points in conn.execute(
            select(Assignment.application_id, Assignment.evaluator_id, Score.criterion_id, Score.points)
            .join(Score, Score.assignment_id == Assignment.id)
            .where(*submitted)
        ):
            code = code_of.get(criterion_id)
            if code is not None:
                by_evaluator[app_id][evaluator_id][code] = points
    # Per application: active forms, and how many of them are submitted.
    forms: dict[int, tuple[int, int]] = {
        app_id: (active, sent)
        for app_id, active, sent in conn.execute(
            select(
                Assignment.application_id,
                func.count(),
                func.sum(case((Assignment.status == AssignmentStatus.INVIATA, 1), else_=0)),
            )
            .where(in_call, Assignment.status.in_(ACTIVE_FORMS))
            .group_by(Assignment.application_id)
        ).all()
    }
    consensus: dict[int, dict[str, tuple[Decimal, str]]] = defaultdict(dict)
    for app_id, criterion_id, points, reason in conn.execute(
        select(
            ConsensusScore.application_id,
            ConsensusScore.criterion_id,
            ConsensusScore.points,
            ConsensusScore.reason,
        )
        .join(Application, Application.id == ConsensusScore.application_id)
        .where(Application.call_id == call.id)
    ):
        code = code_of.get(criterion_id)
        if code is not None:
            consensus[app_id][code] = (points, reason)
    candidates = []
    unchecked = 0
    for app_id, a in info.items():
        if a.status in _UNCHECKED:
            unchecked += 1
            continue
        if a.status is ApplicationStatus.NON_AMMISSIBILE:
            candidates.append(Candidate(app_id, a.protocol_number, a.protocol_date, a.requested_grant, False))
            continue
        if a.status not in EVALUATED_STATUSES and a.status not in RANKED_STATUSES:
            continue  # withdrawn or revoked before the ranking
        active, sent = forms.get(app_id, (0, 0))
        complete = active > 0 and sent == active
        candidates.append(
            Candidate(
                app_id,
                a.protocol_number,
                a.protocol_date,
                a.requested_grant,
                True,
                {},
                complete,
                {code: value for code, (value, _) in consensus.get(app_id, {}).items()},
                stats.get(app_id, {}),
            )
        )
    return CallScores(rules, candidates, info, unchecked, by_evaluator, consensus)
