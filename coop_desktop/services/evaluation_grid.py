"""The Valutazioni tab's picture of a call: applications × evaluators with each form's progress.

The office sees every form and score. An evaluator sees only the applications assigned to them and
only their own scores until the office has computed the ranking; after that the means as well.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Application,
    Assignment,
    Call,
    CommitteeMember,
    ConflictDeclaration,
    Score,
    User,
)
from coop_desktop.domain.enums import ApplicationStatus, AssignmentStatus, CallStatus
from coop_desktop.domain.permissions import Permission, refusal
from coop_desktop.domain.ranking import compute_ranking, divergences
from coop_desktop.domain.scoring import CriterionRule
from coop_desktop.domain.text import fold
from coop_desktop.services.batch import paused_gc
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import NotFoundError, PermissionDenied
from coop_desktop.services.evaluation_common import (
    ACTIVE_FORMS,
    CALL_GONE,
    EVALUATED_STATUSES,
    RANKED_STATUSES,
    committee_ids,
    ranking_computed,
)
from coop_desktop.services.ranking_data import load_call_scores

EVALUATION_STAGES = (CallStatus.IN_VALUTAZIONE, CallStatus.GRADUATORIA_APPROVATA)


@dataclass(frozen=True, slots=True)
class EvaluationCall:
    id: int
    code: str
    title: str
    year: int
    status: CallStatus


@dataclass(frozen=True, slots=True)
class EvaluatorColumn:
    id: int
    full_name: str
    username: str
    # Active forms (not refused for a conflict) on this call.
    load: int


@dataclass(frozen=True, slots=True)
class GridCell:
    assignment_id: int
    version: int
    status: AssignmentStatus
    # Sum of the points written so far (None: none yet, or not visible to the current user).
    total: Decimal | None
    declared_at: datetime | None
    submitted_at: datetime | None


@dataclass(frozen=True, slots=True)
class GridRow:
    application_id: int
    protocol_number: str
    protocol_date: date
    lead: str
    title: str
    status: ApplicationStatus
    cells: Mapping[int, GridCell]
    # The application's score by the ranking rules (None: not scored yet, or not visible).
    score: Decimal | None
    divergent: tuple[str, ...]
    consensus: tuple[str, ...]
    # Every evaluator holding an active form has submitted it.
    complete: bool

    @property
    def active_forms(self) -> int:
        return sum(1 for c in self.cells.values() if c.status in ACTIVE_FORMS)


@dataclass(frozen=True, slots=True)
class EvaluationGrid:
    call: EvaluationCall
    per_application: int
    criteria: tuple[CriterionRule, ...]
    evaluators: tuple[EvaluatorColumn, ...]
    rows: tuple[GridRow, ...]
    ranking_computed: bool
    # The current user sees the other evaluators' scores and the means.
    all_scores_visible: bool
    can_manage: bool
    progress: Mapping[AssignmentStatus, int]

    @property
    def forms(self) -> int:
        return sum(self.progress.values())


def _view_of(user: CurrentUser) -> str:
    """Which picture the role gets ("office", "evaluator" or "reader"): by the role, so read-only
    mode never narrows nor widens it; PermissionDenied for a role that sees no evaluation at all."""
    if user.sees_as(Permission.VIEW_ALL_SCORES):
        return "office"
    if user.sees_as(Permission.SCORE):
        return "evaluator"
    if user.sees_as(Permission.VIEW_CALLS):
        return "reader"
    raise PermissionDenied(refusal(user.role, Permission.VIEW_CALLS))


class EvaluationGridService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def calls(self) -> list[EvaluationCall]:
        """Calls in evaluation or ranked; an evaluator sees those whose committee they sit on."""
        user = self._user
        stmt = select(Call.id, Call.code, Call.title, Call.year, Call.status).where(
            Call.status.in_(EVALUATION_STAGES)
        )
        if _view_of(user) == "evaluator":
            stmt = stmt.where(
                Call.id.in_(select(CommitteeMember.call_id).where(CommitteeMember.user_id == user.id))
            )
        with self._db.reading() as session:
            return [
                EvaluationCall(*row) for row in session.execute(stmt.order_by(Call.year.desc(), Call.code))
            ]

    def grid(self, call_id: int, text: str = "") -> EvaluationGrid:
        user = self._user
        view = _view_of(user)
        # The office and readers see every form; readers see scores only once the ranking is approved.
        sees_all = view != "evaluator"
        with self._db.reading() as session, paused_gc():
            call = session.get(Call, call_id)
            if call is None:
                raise NotFoundError(CALL_GONE)
            evaluators = committee_ids(session, call_id)
            approved = call.status is CallStatus.GRADUATORIA_APPROVATA
            scores_hidden = view == "reader" and not approved
            if not sees_all and user.id not in evaluators:
                raise PermissionDenied("Non fai parte della commissione di questo bando.")
            computed = ranking_computed(session, call_id)
            data = load_call_scores(session, call)
            points = (
                select(Score.assignment_id, func.sum(Score.points).label("total"))
                .join(Assignment, Assignment.id == Score.assignment_id)
                .join(Application, Application.id == Assignment.application_id)
                .where(Application.call_id == call_id)
                .group_by(Score.assignment_id)
                .subquery()
            )
            forms = (
                select(
                    Assignment.id,
                    Assignment.application_id,
                    Assignment.evaluator_id,
                    Assignment.version,
                    Assignment.status,
                    Assignment.submitted_at,
                    ConflictDeclaration.declared_at,
                    points.c.total,
                )
                .join(Application, Application.id == Assignment.application_id)
                .outerjoin(ConflictDeclaration, ConflictDeclaration.assignment_id == Assignment.id)
                .outerjoin(points, points.c.assignment_id == Assignment.id)
                .where(Application.call_id == call_id)
            )
            if not sees_all:
                forms = forms.where(Assignment.evaluator_id == user.id)
            cells: dict[int, dict[int, GridCell]] = defaultdict(dict)
            load: Counter[int] = Counter()
            progress: Counter[AssignmentStatus] = Counter()
            for form_id, app_id, evaluator_id, version, status, submitted, declared, total in (
                session.connection().execute(forms).all()
            ):
                cells[app_id][evaluator_id] = GridCell(
                    form_id,
                    version,
                    status,
                    None if total is None or scores_hidden else Decimal(total).quantize(Decimal("0.01")),
                    declared,
                    submitted,
                )
                progress[status] += 1
                if status in ACTIVE_FORMS:
                    load[evaluator_id] += 1
            shown_evaluators = evaluators if sees_all else [user.id]
            people = {
                u.id: u
                for u in session.scalars(select(User).where(User.id.in_([e for e in shown_evaluators if e])))
            }
            columns = tuple(
                EvaluatorColumn(e, people[e].full_name, people[e].username, load[e])
                for e in shown_evaluators
                if e in people
            )
            means_visible = (view == "office" or computed) and not scores_hidden
            scores = (
                {p.application_id: p.total for p in compute_ranking(data.rules, data.candidates).placements}
                if means_visible
                else {}
            )
            words = fold(text).split()
            rows = []
            for candidate in data.candidates:
                a = data.info[candidate.application_id]
                if a.status not in EVALUATED_STATUSES and a.status not in RANKED_STATUSES:
                    continue
                if not sees_all and candidate.application_id not in cells:
                    continue
                haystack = fold(f"{a.protocol_number} {a.lead} {a.title}")
                if any(w not in haystack for w in words):
                    continue
                rows.append(
                    GridRow(
                        candidate.application_id,
                        a.protocol_number,
                        a.protocol_date,
                        a.lead,
                        a.title,
                        a.status,
                        cells.get(candidate.application_id, {}),
                        scores.get(candidate.application_id),
                        tuple(d.code for d in divergences(candidate, data.rules)) if view == "office" else (),
                        tuple(sorted(candidate.consensus)) if means_visible else (),
                        candidate.complete,
                    )
                )
            rows.sort(key=lambda r: (r.protocol_date, r.protocol_number, r.application_id))
            return EvaluationGrid(
                call=EvaluationCall(call.id, call.code, call.title, call.year, call.status),
                per_application=call.evaluators_per_application,
                criteria=data.rules.criteria,
                evaluators=columns,
                rows=tuple(rows),
                ranking_computed=computed,
                all_scores_visible=means_visible and sees_all,
                can_manage=user.can(Permission.MANAGE_EVALUATION)
                and call.status is CallStatus.IN_VALUTAZIONE,
                progress=dict(progress),
            )
