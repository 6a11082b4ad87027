"""Merit evaluation: assignments, conflict declarations, scores, consensus and rankings."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coop_desktop.db.models.base import (
    Base,
    Points,
    TimestampMixin,
    VersionedMixin,
    enum_column,
    utcnow,
)
from coop_desktop.domain.enums import AssignmentStatus, DecreeKind, PaymentKind, RankingOutcome


class Assignment(VersionedMixin, Base):
    """One application given to one evaluator: the scoring form's header."""

    __tablename__ = "assignments"
    __table_args__ = (UniqueConstraint("application_id", "evaluator_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    evaluator_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    status: Mapped[AssignmentStatus] = mapped_column(
        enum_column(AssignmentStatus), default=AssignmentStatus.ASSEGNATA
    )
    assigned_at: Mapped[datetime] = mapped_column(default=utcnow)
    submitted_at: Mapped[datetime | None]
    # The officer reopened a submitted form: when and why (the audit trail keeps who).
    reopened_at: Mapped[datetime | None]
    reopen_reason: Mapped[str | None] = mapped_column(Text)

    declaration: Mapped[ConflictDeclaration | None] = relationship(
        back_populates="assignment", cascade="all, delete-orphan", uselist=False
    )
    scores: Mapped[list[Score]] = relationship(back_populates="assignment", cascade="all, delete-orphan")


class ConflictDeclaration(Base):
    """Dichiarazione di assenza (o presenza) di conflitto di interessi, dated and kept."""

    __tablename__ = "conflict_declarations"

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"), unique=True)
    has_conflict: Mapped[bool]
    declared_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)

    assignment: Mapped[Assignment] = relationship(back_populates="declaration")


class EvaluatorConflict(Base):
    """A conflict of interest an evaluator declared with an actor: automatic assignment never gives
    them that actor's applications (in this call, or in every call when call_id is empty)."""

    __tablename__ = "evaluator_conflicts"
    __table_args__ = (UniqueConstraint("user_id", "actor_id", "call_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), index=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    declared_at: Mapped[datetime] = mapped_column(default=utcnow)
    note: Mapped[str | None] = mapped_column(Text)


class Score(VersionedMixin, Base):
    __tablename__ = "scores"
    __table_args__ = (UniqueConstraint("assignment_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    assignment_id: Mapped[int] = mapped_column(ForeignKey("assignments.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id"), index=True)
    points: Mapped[Decimal | None] = mapped_column(Points)
    comment: Mapped[str | None] = mapped_column(Text)

    assignment: Mapped[Assignment] = relationship(back_populates="scores")


class ConsensusScore(TimestampMixin, Base):
    """A committee's agreed score for a criterion on which evaluators diverged."""

    __tablename__ = "consensus_scores"
    __table_args__ = (UniqueConstraint("application_id", "criterion_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criteria.id"))
    points: Mapped[Decimal] = mapped_column(Points)
    reason: Mapped[str] = mapped_column(Text)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Decree(TimestampMixin, Base):
    """A decreto dirigenziale: approval of a call, of a ranking, a scorrimento, a revocation."""

    __tablename__ = "decrees"
    __table_args__ = (UniqueConstraint("number", "issued_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int | None] = mapped_column(ForeignKey("calls.id"), index=True)
    kind: Mapped[DecreeKind] = mapped_column(enum_column(DecreeKind))
    number: Mapped[str] = mapped_column(String(40))
    issued_on: Mapped[date]
    subject: Mapped[str | None] = mapped_column(Text)
    # Impegno di spesa committed by the decree.
    commitment_amount: Mapped[Decimal | None]
    burt_number: Mapped[str | None] = mapped_column(String(40))
    burt_date: Mapped[date | None]


class Ranking(TimestampMixin, Base):
    """A computed graduatoria; approved versions are frozen snapshots, later ones are scorrimenti."""

    __tablename__ = "rankings"
    __table_args__ = (UniqueConstraint("call_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id", ondelete="CASCADE"))
    version: Mapped[int] = mapped_column(default=1)
    computed_at: Mapped[datetime] = mapped_column(default=utcnow)
    is_provisional: Mapped[bool] = mapped_column(default=True)
    is_approved: Mapped[bool] = mapped_column(default=False)
    decree_id: Mapped[int | None] = mapped_column(ForeignKey("decrees.id"))
    note: Mapped[str | None] = mapped_column(Text)

    entries: Mapped[list[RankingEntry]] = relationship(
        back_populates="ranking", cascade="all, delete-orphan", order_by="RankingEntry.position"
    )


class RankingEntry(Base):
    __tablename__ = "ranking_entries"
    __table_args__ = (UniqueConstraint("ranking_id", "application_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    ranking_id: Mapped[int] = mapped_column(ForeignKey("rankings.id", ondelete="CASCADE"))
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    # Order in the printed list (eligible first, then the others); rank is None when not eligible.
    position: Mapped[int]
    rank: Mapped[int | None]
    total_score: Mapped[Decimal | None] = mapped_column(Points)
    outcome: Mapped[RankingOutcome] = mapped_column(enum_column(RankingOutcome))
    grant: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    tie_break_note: Mapped[str | None] = mapped_column(Text)
    # Snapshot of the per-criterion scores used: {"A": "35.50", ...}.
    criterion_scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)

    ranking: Mapped[Ranking] = relationship(back_populates="entries")


class Payment(TimestampMixin, Base):
    """Acconto, saldo or a repayment after revocation."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id"), index=True)
    kind: Mapped[PaymentKind] = mapped_column(enum_column(PaymentKind))
    amount: Mapped[Decimal]
    paid_on: Mapped[date]
    decree_id: Mapped[int | None] = mapped_column(ForeignKey("decrees.id"))
    note: Mapped[str | None] = mapped_column(Text)
