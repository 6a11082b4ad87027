"""Actors register: paged list for the Soggetti tab."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, Application, Membership
from coop_desktop.domain.enums import ActorType
from coop_desktop.domain.text import fold
from coop_desktop.services.listing import ListQuery, apply_sort, count_rows, like_pattern


@dataclass(frozen=True, slots=True)
class ActorRow:
    id: int
    name: str
    actor_type: ActorType
    tax_code: str | None
    municipality: str | None
    province: str | None
    email: str | None
    pec: str | None
    applications: int
    funds_received: Decimal
    is_archived: bool


_applications = (
    select(func.count(Application.id))
    .where(Application.lead_actor_id == Actor.id)
    .correlate(Actor)
    .scalar_subquery()
)
_funds = (
    select(func.coalesce(func.sum(Application.granted_amount), 0))
    .where(Application.lead_actor_id == Actor.id)
    .correlate(Actor)
    .scalar_subquery()
)

_SORTABLE: dict[str, ColumnElement[Any]] = {
    "name": Actor.name,
    "actor_type": Actor.actor_type,
    "tax_code": Actor.tax_code,
    "municipality": Actor.municipality,
    "province": Actor.province,
    "email": Actor.email,
    "pec": Actor.pec,
    "applications": _applications,
    "funds_received": _funds,
}


class ActorService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def _filtered(self, query: ListQuery) -> Select[Any]:
        stmt = select(Actor.id)
        words = fold(query.text).split()
        for word in words:
            stmt = stmt.where(Actor.search_text.like(like_pattern(word), escape="\\"))
        filters = query.filters
        stmt = stmt.where(Actor.is_archived.is_(bool(filters.get("archived", False))))
        if filters.get("actor_type"):
            stmt = stmt.where(Actor.actor_type == ActorType(filters["actor_type"]))
        if filters.get("province"):
            stmt = stmt.where(Actor.province == str(filters["province"]).upper())
        if filters.get("body_id"):
            stmt = stmt.where(
                Actor.id.in_(select(Membership.actor_id).where(Membership.body_id == filters["body_id"]))
            )
        return stmt

    def count(self, query: ListQuery) -> int:
        with self._db.reading() as session:
            return count_rows(session, self._filtered(query))

    def fetch(self, query: ListQuery, offset: int, limit: int) -> Sequence[ActorRow]:
        stmt = self._filtered(query).with_only_columns(
            Actor.id,
            Actor.name,
            Actor.actor_type,
            Actor.tax_code,
            Actor.municipality,
            Actor.province,
            Actor.email,
            Actor.pec,
            _applications,
            _funds,
            Actor.is_archived,
        )
        stmt = apply_sort(stmt, query, _SORTABLE, (Actor.name,), Actor.id).offset(offset).limit(limit)
        with self._db.reading() as session:
            return [
                ActorRow(*row[:9], Decimal(row[9]).quantize(Decimal("0.01")), row[10])
                for row in session.execute(stmt)
            ]
