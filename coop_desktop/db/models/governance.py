"""The office's governance: forum, thematic tables, working groups, memberships and events."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coop_desktop.db.models.base import Base, TimestampMixin, enum_column
from coop_desktop.domain.enums import GovernanceBodyKind, GovernanceEventKind, Theme


class GovernanceBody(TimestampMixin, Base):
    __tablename__ = "governance_bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[GovernanceBodyKind] = mapped_column(enum_column(GovernanceBodyKind))
    name: Mapped[str] = mapped_column(String(200), unique=True)
    theme: Mapped[Theme | None] = mapped_column(enum_column(Theme))
    description: Mapped[str | None] = mapped_column(Text)
    # Working groups hang under a thematic table.
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("governance_bodies.id"))
    is_active: Mapped[bool] = mapped_column(default=True)

    memberships: Mapped[list[Membership]] = relationship(back_populates="body", cascade="all, delete-orphan")


class Membership(TimestampMixin, Base):
    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("body_id", "actor_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(ForeignKey("governance_bodies.id", ondelete="CASCADE"))
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    role: Mapped[str | None] = mapped_column(String(120))
    since: Mapped[date | None]
    until: Mapped[date | None]

    body: Mapped[GovernanceBody] = relationship(back_populates="memberships")


class GovernanceEvent(TimestampMixin, Base):
    """Seminars of the yearly programme, meetings of a body, the regional conference."""

    __tablename__ = "governance_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[GovernanceEventKind] = mapped_column(enum_column(GovernanceEventKind))
    title: Mapped[str] = mapped_column(String(300))
    body_id: Mapped[int | None] = mapped_column(ForeignKey("governance_bodies.id"), index=True)
    held_on: Mapped[date] = mapped_column(index=True)
    place: Mapped[str | None] = mapped_column(String(200))
    # Phase of the seminar programme, e.g. "Fase 1 - Formazione".
    phase: Mapped[str | None] = mapped_column(String(120))
    notes: Mapped[str | None] = mapped_column(Text)
