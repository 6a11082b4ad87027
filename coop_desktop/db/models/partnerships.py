"""Partnerships: the Region's own bids and projects in national, EU and international calls."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coop_desktop.db.models.base import (
    Base,
    TimestampMixin,
    VersionedMixin,
    enum_column,
    utcnow,
)
from coop_desktop.domain.enums import Funder, Network, PartnershipStatus, RegionRole, Theme


class Partnership(VersionedMixin, Base):
    __tablename__ = "partnerships"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(500))
    funder: Mapped[Funder] = mapped_column(enum_column(Funder))
    programme: Mapped[str | None] = mapped_column(String(300))
    call_reference: Mapped[str | None] = mapped_column(String(200))
    call_url: Mapped[str | None] = mapped_column(String(500))
    region_role: Mapped[RegionRole] = mapped_column(enum_column(RegionRole))
    status: Mapped[PartnershipStatus] = mapped_column(
        enum_column(PartnershipStatus), default=PartnershipStatus.IDEA, index=True
    )
    theme: Mapped[Theme | None] = mapped_column(enum_column(Theme))
    dac_code: Mapped[str | None] = mapped_column(String(5))
    submission_deadline: Mapped[date | None] = mapped_column(index=True)
    start_date: Mapped[date | None]
    end_date: Mapped[date | None]
    total_budget: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    requested_amount: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    region_share: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    cofinancing_cash: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    cofinancing_in_kind: Mapped[Decimal] = mapped_column(default=Decimal("0.00"))
    notes: Mapped[str | None] = mapped_column(Text)

    partners: Mapped[list[PartnershipPartner]] = relationship(
        back_populates="partnership", cascade="all, delete-orphan"
    )
    countries: Mapped[list[PartnershipCountry]] = relationship(cascade="all, delete-orphan")
    sdgs: Mapped[list[PartnershipSdg]] = relationship(cascade="all, delete-orphan")
    networks: Mapped[list[PartnershipNetwork]] = relationship(cascade="all, delete-orphan")
    deadlines: Mapped[list[PartnershipDeadline]] = relationship(
        cascade="all, delete-orphan", order_by="PartnershipDeadline.due_on"
    )


class PartnershipPartner(TimestampMixin, Base):
    __tablename__ = "partnership_partners"
    __table_args__ = (
        CheckConstraint("actor_id IS NOT NULL OR foreign_name IS NOT NULL", name="actor_or_foreign"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"), index=True)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"), index=True)
    foreign_name: Mapped[str | None] = mapped_column(String(300))
    country_code: Mapped[str | None] = mapped_column(String(2))
    role: Mapped[str | None] = mapped_column(String(120))

    partnership: Mapped[Partnership] = relationship(back_populates="partners")


class PartnershipCountry(Base):
    __tablename__ = "partnership_countries"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True
    )
    country_code: Mapped[str] = mapped_column(String(2), primary_key=True)


class PartnershipSdg(Base):
    __tablename__ = "partnership_sdgs"
    __table_args__ = (CheckConstraint("goal BETWEEN 1 AND 17", name="goal_range"),)

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True
    )
    goal: Mapped[int] = mapped_column(primary_key=True)


class PartnershipNetwork(Base):
    __tablename__ = "partnership_networks"

    partnership_id: Mapped[int] = mapped_column(
        ForeignKey("partnerships.id", ondelete="CASCADE"), primary_key=True
    )
    network: Mapped[Network] = mapped_column(enum_column(Network), primary_key=True)


class PartnershipDeadline(TimestampMixin, Base):
    """Reporting and other dated obligations of a partnership."""

    __tablename__ = "partnership_deadlines"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"), index=True)
    description: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date] = mapped_column(index=True)
    done: Mapped[bool] = mapped_column(default=False)


class PartnershipStatusChange(Base):
    __tablename__ = "partnership_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    partnership_id: Mapped[int] = mapped_column(ForeignKey("partnerships.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[PartnershipStatus | None] = mapped_column(enum_column(PartnershipStatus))
    to_status: Mapped[PartnershipStatus] = mapped_column(enum_column(PartnershipStatus))
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Text)
