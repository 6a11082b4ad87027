"""Evaluation progress: paged list of scoring forms for the Valutazioni tab."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, Application, Assignment, Call, Score, User
from coop_desktop.domain.enums import AssignmentStatus, CallStatus
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.text import fold
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.listing import ListQuery, apply_sort, count_rows, like_pattern


@dataclass(frozen=True, slots=True)
class AssignmentRow:
    id: int
    call_code: str
    protocol_number: str
    title: str
    lead: str
    evaluator: str
    status: AssignmentStatus
    total: Decimal | None
    submitted_at: datetime | None


_total = (
    select(func.sum(Score.points)).where(Score.assignment_id == Assignment.id).correlate(Assignment)
).scalar_subquery()

_SORTABLE: dict[str, ColumnElement[Any]] = {
    "call_code": Call.code,
    "protocol_number": Application.protocol_number,
    "title": Application.title,
    "lead": Actor.name,
    "evaluator": User.full_name,
    "status": Assignment.status,
    "total": _total,
    "submitted_at": Assignment.submitted_at,
}


class EvaluationService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def _filtered(self, query: ListQuery) -> Select[Any]:
        stmt = (
            select(Assignment.id)
            .join(Application, Application.id == Assignment.application_id)
            .join(Call, Call.id == Application.call_id)
            .join(Actor, Actor.id == Application.lead_actor_id)
            .join(User, User.id == Assignment.evaluator_id)
        )
        for word in fold(query.text).split():
            pattern = like_pattern(word)
            stmt = stmt.where(
                func.lower(Application.title).like(pattern, escape="\\")
                | func.lower(Application.protocol_number).like(pattern, escape="\\")
                | Actor.search_text.like(pattern, escape="\\")
                | func.lower(User.full_name).like(pattern, escape="\\")
            )
        user = self._user
        if not user.sees_as(Permission.VIEW_ALL_SCORES) and user.sees_as(Permission.SCORE):
            # An evaluator sees only the forms assigned to them.
            stmt = stmt.where(Assignment.evaluator_id == self._user.id)
        if query.filters.get("call_id"):
            stmt = stmt.where(Call.id == int(query.filters["call_id"]))
        if query.filters.get("status"):
            stmt = stmt.where(Assignment.status == AssignmentStatus(query.filters["status"]))
        return stmt

    def _readable(self) -> None:
        user = self._user
        if not (user.sees_as(Permission.VIEW_ALL_APPLICATIONS) or user.sees_as(Permission.SCORE)):
            user.require(Permission.SCORE)

    def _total_column(self) -> ColumnElement[Any]:
        if self._user.sees_as(Permission.VIEW_ALL_SCORES) or self._user.sees_as(Permission.SCORE):
            return _total  # everyone's, or (filtered above) the evaluator's own
        # Read-only users see the totals once the ranking is approved, not while scoring goes on.
        return case((Call.status == CallStatus.GRADUATORIA_APPROVATA, _total), else_=None)

    def count(self, query: ListQuery) -> int:
        self._readable()
        with self._db.reading() as session:
            return count_rows(session, self._filtered(query))

    def fetch(self, query: ListQuery, offset: int, limit: int) -> Sequence[AssignmentRow]:
        self._readable()
        stmt = self._filtered(query).with_only_columns(
            Assignment.id,
            Call.code,
            Application.protocol_number,
            Application.title,
            Actor.name,
            User.full_name,
            Assignment.status,
            self._total_column(),
            Assignment.submitted_at,
        )
        stmt = apply_sort(
            stmt, query, _SORTABLE, (Call.code, Application.protocol_number, User.full_name), Assignment.id
        )
        with self._db.reading() as session:
            return [
                AssignmentRow(*r[:7], None if r[7] is None else Decimal(r[7]).quantize(Decimal("0.01")), r[8])
                for r in session.execute(stmt.offset(offset).limit(limit))
            ]
