"""Partnerships: paged list for the Partenariati tab."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Partnership, PartnershipDeadline
from coop_desktop.domain.enums import Funder, PartnershipStatus, RegionRole
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.text import fold
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.listing import ListQuery, apply_sort, count_rows, like_pattern


@dataclass(frozen=True, slots=True)
class PartnershipRow:
    id: int
    title: str
    funder: Funder
    programme: str | None
    call_reference: str | None
    region_role: RegionRole
    status: PartnershipStatus
    next_deadline: date | None
    total_budget: Decimal
    region_share: Decimal


_next_deadline = (
    select(func.min(PartnershipDeadline.due_on))
    .where(PartnershipDeadline.partnership_id == Partnership.id, PartnershipDeadline.done.is_(False))
    .correlate(Partnership)
    .scalar_subquery()
)

_SORTABLE: dict[str, ColumnElement[Any]] = {
    "title": Partnership.title,
    "funder": Partnership.funder,
    "programme": Partnership.programme,
    "call_reference": Partnership.call_reference,
    "region_role": Partnership.region_role,
    "status": Partnership.status,
    "next_deadline": _next_deadline,
    "total_budget": Partnership.total_budget,
    "region_share": Partnership.region_share,
}


class PartnershipService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def _filtered(self, query: ListQuery) -> Select[Any]:
        stmt = select(Partnership.id)
        for word in fold(query.text).split():
            pattern = like_pattern(word)
            stmt = stmt.where(
                func.lower(Partnership.title).like(pattern, escape="\\")
                | func.lower(Partnership.programme).like(pattern, escape="\\")
                | func.lower(Partnership.call_reference).like(pattern, escape="\\")
            )
        if query.filters.get("status"):
            stmt = stmt.where(Partnership.status == PartnershipStatus(query.filters["status"]))
        if query.filters.get("funder"):
            stmt = stmt.where(Partnership.funder == Funder(query.filters["funder"]))
        return stmt

    def count(self, query: ListQuery) -> int:
        self._user.require(Permission.VIEW_PARTNERSHIPS)
        with self._db.reading() as session:
            return count_rows(session, self._filtered(query))

    def fetch(self, query: ListQuery, offset: int, limit: int) -> Sequence[PartnershipRow]:
        self._user.require(Permission.VIEW_PARTNERSHIPS)
        stmt = self._filtered(query).with_only_columns(
            Partnership.id,
            Partnership.title,
            Partnership.funder,
            Partnership.programme,
            Partnership.call_reference,
            Partnership.region_role,
            Partnership.status,
            _next_deadline,
            Partnership.total_budget,
            Partnership.region_share,
        )
        stmt = apply_sort(stmt, query, _SORTABLE, (_next_deadline, Partnership.title), Partnership.id)
        with self._db.reading() as session:
            return [PartnershipRow(*r) for r in session.execute(stmt.offset(offset).limit(limit))]
