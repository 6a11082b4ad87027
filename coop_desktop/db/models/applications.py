"""Applications (domande) to a call, their partners and admissibility."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coop_desktop.db.models.base import (
    Base,
    TimestampMixin,
    VersionedMixin,
    enum_column,
    utcnow,
)
from coop_desktop.domain.enums import ApplicationStatus, CheckOutcome, Theme


class Application(VersionedMixin, Base):
    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("call_id", "protocol_number"),
        Index("ix_applications_call_status", "call_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    call_id: Mapped[int] = mapped_column(ForeignKey("calls.id"))
    protocol_number: Mapped[str] = mapped_column(String(40))
    protocol_date: Mapped[date]
    lead_actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    summary: Mapped[str | None] = mapped_column(Text)
    theme: Mapped[Theme | None] = mapped_column(enum_column(Theme))
    # OECD DAC 5-digit purpose code.
    dac_code: Mapped[str | None] = mapped_column(String(5))
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    duration_months: Mapped[int | None]
    total_cost: Mapped[Decimal]
    requested_grant: Mapped[Decimal]
    # Set by the approved ranking (or a later scorrimento).
    granted_amount: Mapped[Decimal | None]
    cup: Mapped[str | None] = mapped_column(String(15))
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_column(ApplicationStatus), default=ApplicationStatus.RICEVUTA
    )

    partners: Mapped[list[ApplicationPartner]] = relationship(
        back_populates="application", cascade="all, delete-orphan"
    )
    countries: Mapped[list[ApplicationCountry]] = relationship(cascade="all, delete-orphan")
    sdgs: Mapped[list[ApplicationSdg]] = relationship(cascade="all, delete-orphan")
    checks: Mapped[list[AdmissibilityCheck]] = relationship(
        back_populates="application", cascade="all, delete-orphan"
    )

    @property
    def cofunding(self) -> Decimal:
        return self.total_cost - self.requested_grant


class ApplicationPartner(TimestampMixin, Base):
    """A Tuscan partner (an actor of the register) or a foreign local partner (name and country)."""

    __tablename__ = "application_partners"
    __table_args__ = (
        CheckConstraint("actor_id IS NOT NULL OR foreign_name IS NOT NULL", name="actor_or_foreign"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    foreign_name: Mapped[str | None] = mapped_column(String(300))
    country_code: Mapped[str | None] = mapped_column(String(2))
    role: Mapped[str | None] = mapped_column(String(120))

    application: Mapped[Application] = relationship(back_populates="partners")


class ApplicationCountry(Base):
    __tablename__ = "application_countries"

    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    country_code: Mapped[str] = mapped_column(String(2), primary_key=True)


class ApplicationSdg(Base):
    __tablename__ = "application_sdgs"
    __table_args__ = (CheckConstraint("goal BETWEEN 1 AND 17", name="goal_range"),)

    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True
    )
    goal: Mapped[int] = mapped_column(primary_key=True)


class AdmissibilityCheck(TimestampMixin, Base):
    """One automatic or manual admissibility check with its outcome and reason."""

    __tablename__ = "admissibility_checks"
    __table_args__ = (UniqueConstraint("application_id", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"))
    # "actor_type", "deadline", "max_grant", "cofunding" or "doc:<call_document id>".
    code: Mapped[str] = mapped_column(String(40))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("call_documents.id"))
    outcome: Mapped[CheckOutcome] = mapped_column(enum_column(CheckOutcome))
    reason: Mapped[str | None] = mapped_column(Text)
    override_reason: Mapped[str | None] = mapped_column(Text)
    overridden_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    checked_at: Mapped[datetime] = mapped_column(default=utcnow)

    application: Mapped[Application] = relationship(back_populates="checks")


class IntegrationRequest(TimestampMixin, Base):
    """Richiesta integrazioni (soccorso istruttorio)."""

    __tablename__ = "integration_requests"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    requested_on: Mapped[date]
    deadline: Mapped[date]
    description: Mapped[str] = mapped_column(Text)
    answered_on: Mapped[date | None]
    answer_note: Mapped[str | None] = mapped_column(Text)


class ApplicationStatusChange(Base):
    __tablename__ = "application_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[ApplicationStatus | None] = mapped_column(enum_column(ApplicationStatus))
    to_status: Mapped[ApplicationStatus] = mapped_column(enum_column(ApplicationStatus))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    note: Mapped[str | None] = mapped_column(Text)
