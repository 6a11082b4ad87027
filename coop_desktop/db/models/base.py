"""Declarative base, shared column types and mixins."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from enum import Enum as PyEnum
from typing import Any

from sqlalchemy import DateTime, Enum, Integer, MetaData, Numeric
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Stable constraint names: Alembic needs them to alter constraints on SQLite and PostgreSQL alike.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# Money: euro to the cent, never float.
Money = Numeric(14, 2, asdecimal=True)
# Points on an evaluation grid: half points are allowed, two decimals for means.
Points = Numeric(6, 2, asdecimal=True)
# Percentages such as the minimum co-funding share.
Percent = Numeric(5, 2, asdecimal=True)


def utcnow() -> datetime:
    """Naive UTC timestamp: SQLite keeps no time zone, so every stored time is UTC by convention."""
    return datetime.now(UTC).replace(tzinfo=None)


def enum_column(enum_cls: type[PyEnum], length: int = 40) -> Enum:
    """Store an enum by its value as VARCHAR, the same on SQLite and PostgreSQL."""
    return Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: dict[Any, Any] = {Decimal: Money, datetime: DateTime()}


class TimestampMixin:
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class VersionedMixin(TimestampMixin):
    """Optimistic locking: an UPDATE that finds another version raises StaleDataError."""

    version: Mapped[int] = mapped_column(Integer, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}
