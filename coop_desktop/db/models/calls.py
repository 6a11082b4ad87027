"""Calls for proposals (bandi): rules, grid, committee and lifecycle."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coop_desktop.db.models.base import (
    Base,
    Percent,
    Points,
    TimestampMixin,
    VersionedMixin,
    enum_column,
    utcnow,
)
from coop_desktop.domain.enums import ActorType, CallStatus, CommitteeRole, Theme


class Call(VersionedMixin, Base):
    __tablename__ = "calls"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(500))
    year: Mapped[int] = mapped_column(Integer, index=True)
    description: Mapped[str | None] = mapped_column(Text)
    status: Mapped[CallStatus] = mapped_column(enum_column(CallStatus), default=CallStatus.BOZZA)
    # Approving act (decreto dirigenziale) and publication in the BURT.
    act_number: Mapped[str | None] = mapped_column(String(40))
    act_date: Mapped[date | None]
    burt_number: Mapped[str | None] = mapped_column(String(40))
    burt_date: Mapped[date | None]
    opens_on: Mapped[date | None]
    deadline: Mapped[date | None]
    budget: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    max_grant: Mapped[Decimal | None]
    min_cofunding_pct: Mapped[Decimal] = mapped_column(Percent, default=Decimal("0.00"))
    min_total_score: Mapped[Decimal | None] = mapped_column(Points)
    allow_partial_last: Mapped[bool] = mapped_column(default=False)
    # Evaluators diverging on a criterion by more than this share of its maximum are flagged.
    divergence_threshold_pct: Mapped[Decimal] = mapped_column(Percent, default=Decimal("30.00"))
    comments_required: Mapped[bool] = mapped_column(default=False)
    evaluators_per_application: Mapped[int] = mapped_column(default=3)
    max_duration_months: Mapped[int | None]
    min_partners: Mapped[int | None]

    criteria: Mapped[list[Criterion]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="Criterion.position"
    )
    documents: Mapped[list[CallDocument]] = relationship(
        back_populates="call", cascade="all, delete-orphan", order_by="CallDocument.position"
    )
    eligible_types: Mapped[list[CallEligibleType]] = relationship(cascade="all, delete-orphan")
    themes: Mapped[list[CallTheme]] = relationship(cascade="all, delete-orphan")
    countries: Mapped[list[CallCountry]] = relationship(cascade="all, delete-orphan")
    committee: Mapped[list[CommitteeMember]] = relationship(
        back_populates="call", cascade="all, delete-orphan"
    )


class Criterion(TimestampMixin, Base):
    """One line of the evaluation grid, fixed before applications arrive (L. 241/1990 art. 12)."""

    __tablename__ = "criteria"
    __table_args__ = (UniqueConstraint("call_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(20))
    description: Mapped[str] = mapped_column(Text)
    max_points: Mapped[Decimal] = mapped_column(Points)
    min_points: Mapped[Decimal | None] = mapped_column(Points)
    # 1 = first criterion used to break ties; None = not used.
    tie_break_order: Mapped[int | None]
    position: Mapped[int] = mapped_column(default=0)

    call: Mapped[Call] = relationship(back_populates="criteria")


class CallDocument(TimestampMixin, Base):
    """A required document: a manual item of the admissibility checklist."""

    __tablename__ = "call_documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(String(500))
    position: Mapped[int] = mapped_column(default=0)

    call: Mapped[Call] = relationship(back_populates="documents")


class CallEligibleType(Base):
    __tablename__ = "call_eligible_types"

    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True)
    actor_type: Mapped[ActorType] = mapped_column(enum_column(ActorType), primary_key=True)


class CallTheme(Base):
    __tablename__ = "call_themes"

    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True)
    theme: Mapped[Theme] = mapped_column(enum_column(Theme), primary_key=True)


class CallCountry(Base):
    """A priority country of the call (ISO 3166-1 alpha-2)."""

    __tablename__ = "call_countries"

    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), primary_key=True)
    country_code: Mapped[str] = mapped_column(String(2), primary_key=True)


class CommitteeMember(TimestampMixin, Base):
    __tablename__ = "committee_members"
    __table_args__ = (UniqueConstraint("call_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    role: Mapped[CommitteeRole] = mapped_column(enum_column(CommitteeRole), default=CommitteeRole.COMPONENTE)
    appointed_on: Mapped[date | None]

    call: Mapped[Call] = relationship(back_populates="committee")


class CallStatusChange(Base):
    __tablename__ = "call_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[CallStatus | None] = mapped_column(enum_column(CallStatus))
    to_status: Mapped[CallStatus] = mapped_column(enum_column(CallStatus))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)
