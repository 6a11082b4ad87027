"""What a paged, SQL-filtered list needs: the query a view asks and the source that answers it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

Row = TypeVar("Row", covariant=True)


@dataclass(frozen=True)
class ListQuery:
    """Search text, sort column (a key the source knows) and extra filters."""

    text: str = ""
    sort_key: str | None = None
    descending: bool = False
    filters: Mapping[str, Any] = field(default_factory=dict)


class ListSource(Protocol[Row]):
    """Answers a paged list: how many rows match, and one slice of them."""

    def count(self, query: ListQuery) -> int: ...

    def fetch(self, query: ListQuery, offset: int, limit: int) -> Sequence[Row]: ...


def like_pattern(text: str) -> str:
    """A LIKE pattern for a substring search, with the user's % and _ taken literally."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def count_rows(session: Session, stmt: Select[Any]) -> int:
    return session.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar_one()


def apply_sort(
    stmt: Select[Any],
    query: ListQuery,
    sortable: Mapping[str, ColumnElement[Any]],
    default: Sequence[ColumnElement[Any]],
    tiebreak: ColumnElement[Any],
) -> Select[Any]:
    """ORDER BY a whitelisted column, always ending with a unique key so pages never overlap."""
    column = sortable.get(query.sort_key or "")
    if column is None:
        return stmt.order_by(*default, tiebreak)
    return stmt.order_by(column.desc() if query.descending else column.asc(), tiebreak)
