"""Calls for proposals: paged list for the Bandi tab."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Application, Call
from coop_desktop.domain.enums import ApplicationStatus, CallStatus
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.text import fold
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.listing import ListQuery, apply_sort, count_rows, like_pattern

# Statuses reached only by applications that passed the formal check.
ADMITTED_STATUSES = (
    ApplicationStatus.AMMISSIBILE,
    ApplicationStatus.IN_VALUTAZIONE,
    ApplicationStatus.VALUTATA,
    ApplicationStatus.FINANZIATA,
    ApplicationStatus.FINANZIATA_PARZIALMENTE,
    ApplicationStatus.AMMESSA_NON_FINANZIATA,
    ApplicationStatus.NON_IDONEA,
)
FUNDED_STATUSES = (ApplicationStatus.FINANZIATA, ApplicationStatus.FINANZIATA_PARZIALMENTE)


@dataclass(frozen=True, slots=True)
class CallRow:
    id: int
    code: str
    title: str
    year: int
    status: CallStatus
    budget: Decimal
    received: int
    admitted: int
    funded: int
    committed: Decimal


def _per_call(expr: ColumnElement[Any], *conditions: ColumnElement[bool]) -> ColumnElement[Any]:
    return select(expr).where(Application.call_id == Call.id, *conditions).correlate(Call).scalar_subquery()


_received = _per_call(func.count(Application.id))
_admitted = _per_call(func.count(Application.id), Application.status.in_(ADMITTED_STATUSES))
_funded = _per_call(func.count(Application.id), Application.status.in_(FUNDED_STATUSES))
_committed = _per_call(
    func.coalesce(func.sum(Application.granted_amount), 0), Application.status.in_(FUNDED_STATUSES)
)

_SORTABLE: dict[str, ColumnElement[Any]] = {
    "code": Call.code,
    "title": Call.title,
    "year": Call.year,
    "status": Call.status,
    "budget": Call.budget,
    "received": _received,
    "admitted": _admitted,
    "funded": _funded,
    "committed": _committed,
}


class CallService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def _filtered(self, query: ListQuery) -> Select[Any]:
        stmt = select(Call.id)
        for word in fold(query.text).split():
            pattern = like_pattern(word)
            stmt = stmt.where(
                func.lower(Call.code).like(pattern, escape="\\")
                | func.lower(Call.title).like(pattern, escape="\\")
            )
        if query.filters.get("status"):
            stmt = stmt.where(Call.status == CallStatus(query.filters["status"]))
        if query.filters.get("year"):
            stmt = stmt.where(Call.year == int(query.filters["year"]))
        return stmt

    def count(self, query: ListQuery) -> int:
        self._user.require(Permission.VIEW_CALLS)
        with self._db.reading() as session:
            return count_rows(session, self._filtered(query))

    def fetch(self, query: ListQuery, offset: int, limit: int) -> Sequence[CallRow]:
        self._user.require(Permission.VIEW_CALLS)
        stmt = self._filtered(query).with_only_columns(
            Call.id,
            Call.code,
            Call.title,
            Call.year,
            Call.status,
            Call.budget,
            _received,
            _admitted,
            _funded,
            _committed,
        )
        stmt = apply_sort(stmt, query, _SORTABLE, (Call.year.desc(), Call.code), Call.id)
        with self._db.reading() as session:
            rows = session.execute(stmt.offset(offset).limit(limit))
            return [CallRow(*r[:9], Decimal(r[9]).quantize(Decimal("0.01"))) for r in rows]
