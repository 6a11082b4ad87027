"""Reading a call's applications and submitted scores as the ranking rules take them.

Plain Core queries returning tuples: a call of 5,000 applications × 3 evaluators × 6 criteria is
90,000 scores, and the ORM would spend most of the ranking's time building objects.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desktop.db.models import Actor, Application, Assignment, Call, ConsensusScore, Score
from coop_desktop.domain.enums import ApplicationStatus, AssignmentStatus
from coop_desktop.domain.ranking import Candidate, RankingRules
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
    # Per application: every submitted score, per evaluator: {app: {evaluator: {code: points}}}.
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


def load_call_scores(session: Session, call: Call) -> CallScores:
    rules = ranking_rules(session, call)
    code_of = {v: k for k, v in criterion_ids(session, call.id).items()}
    info: dict[int, ApplicationInfo] = {}
    for app_id, number, day, lead, title, requested, status in session.execute(
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
    ):
        info[app_id] = ApplicationInfo(number, day, lead, title, requested, status)
    by_evaluator: dict[int, dict[int, dict[str, Decimal]]] = defaultdict(lambda: defaultdict(dict))
    for app_id, evaluator_id, criterion_id, points in session.execute(
        select(Assignment.application_id, Assignment.evaluator_id, Score.criterion_id, Score.points)
        .join(Score, Score.assignment_id == Assignment.id)
        .join(Application, Application.id == Assignment.application_id)
        .where(
            Application.call_id == call.id,
            Assignment.status == AssignmentStatus.INVIATA,
            Score.points.is_not(None),
        )
    ):
        code = code_of.get(criterion_id)
        if code is not None:
            by_evaluator[app_id][evaluator_id][code] = points
    forms: dict[int, list[AssignmentStatus]] = defaultdict(list)
    for app_id, status in session.execute(
        select(Assignment.application_id, Assignment.status)
        .join(Application, Application.id == Assignment.application_id)
        .where(Application.call_id == call.id, Assignment.status.in_(ACTIVE_FORMS))
    ):
        forms[app_id].append(status)
    consensus: dict[int, dict[str, tuple[Decimal, str]]] = defaultdict(dict)
    for app_id, criterion_id, points, reason in session.execute(
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
        scores: dict[str, list[Decimal]] = defaultdict(list)
        for points in by_evaluator.get(app_id, {}).values():
            for code, value in points.items():
                scores[code].append(value)
        statuses = forms.get(app_id, [])
        complete = bool(statuses) and all(s is AssignmentStatus.INVIATA for s in statuses)
        candidates.append(
            Candidate(
                app_id,
                a.protocol_number,
                a.protocol_date,
                a.requested_grant,
                True,
                dict(scores),
                complete,
                {code: value for code, (value, _) in consensus.get(app_id, {}).items()},
            )
        )
    return CallScores(rules, candidates, info, unchecked, by_evaluator, consensus)
