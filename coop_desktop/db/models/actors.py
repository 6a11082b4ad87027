"""Tuscan actors (soggetti) with their contacts and registrations."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from sqlalchemy import BigInteger, ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from coop_desktop.db.models.base import Base, TimestampMixin, VersionedMixin, enum_column
from coop_desktop.domain.enums import ActorType, RegistryKind
from coop_desktop.domain.text import search_text


class Actor(VersionedMixin, Base):
    __tablename__ = "actors"
    # The list always filters on is_archived, so each sortable column is indexed behind it:
    # SQLite then walks an index in order instead of sorting 100,000 rows per page.
    __table_args__ = (
        Index("ix_actors_archived_name", "is_archived", "name", "id"),
        Index("ix_actors_archived_type", "is_archived", "actor_type", "name"),
        Index("ix_actors_archived_province", "is_archived", "province", "name"),
        Index("ix_actors_archived_municipality", "is_archived", "municipality"),
        Index("ix_actors_archived_tax_code", "is_archived", "tax_code"),
        Index("ix_actors_archived_email", "is_archived", "email"),
        Index("ix_actors_archived_pec", "is_archived", "pec"),
        Index("ix_actors_archived_applications", "is_archived", "applications_count", "id"),
        Index("ix_actors_archived_funds", "is_archived", "funds_received_cents", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    actor_type: Mapped[ActorType] = mapped_column(enum_column(ActorType))
    legal_form: Mapped[str | None] = mapped_column(String(120))
    # Codice fiscale: 11 digits (organisations) or 16 characters (persons); foreign actors have none.
    tax_code: Mapped[str | None] = mapped_column(String(16), unique=True)
    vat_number: Mapped[str | None] = mapped_column(String(11))
    address: Mapped[str | None] = mapped_column(String(300))
    postal_code: Mapped[str | None] = mapped_column(String(5))
    municipality: Mapped[str | None] = mapped_column(String(120))
    province: Mapped[str | None] = mapped_column(String(2))
    country_code: Mapped[str] = mapped_column(String(2), default="IT")
    email: Mapped[str | None] = mapped_column(String(254))
    pec: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(50))
    website: Mapped[str | None] = mapped_column(String(300))
    legal_representative: Mapped[str | None] = mapped_column(String(200))
    notes: Mapped[str | None] = mapped_column(Text)
    is_archived: Mapped[bool] = mapped_column(default=False)
    # Lower-case, accent-free copy of name, codes, comune and e-mails for search as you type; indexed
    # by trigrams outside the ORM metadata (FTS5 on SQLite, pg_trgm on PostgreSQL; see migration 0002).
    search_text: Mapped[str] = mapped_column(Text, default="")
    # Totals of the applications the actor led, kept by database triggers on applications
    # (migration 0004) so that the list sorts by them through an index. Never written by the app.
    applications_count: Mapped[int] = mapped_column(default=0, server_default="0")
    # Sum of granted_amount in euro cents: an integer, so that adding and removing stays exact.
    funds_received_cents: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")
    # Set when this record was merged into another (the survivor).
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("actors.id"))

    contacts: Mapped[list[ActorContact]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", order_by="ActorContact.id"
    )
    registrations: Mapped[list[ActorRegistration]] = relationship(
        back_populates="actor", cascade="all, delete-orphan", order_by="ActorRegistration.id"
    )


class ActorContact(TimestampMixin, Base):
    __tablename__ = "actor_contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str | None] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(50))

    actor: Mapped[Actor] = relationship(back_populates="contacts")


class ActorRegistration(TimestampMixin, Base):
    __tablename__ = "actor_registrations"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor_id: Mapped[int] = mapped_column(ForeignKey("actors.id", ondelete="CASCADE"), index=True)
    register: Mapped[RegistryKind] = mapped_column(enum_column(RegistryKind))
    number: Mapped[str | None] = mapped_column(String(60))
    registered_on: Mapped[date | None]
    section: Mapped[str | None] = mapped_column(String(120))

    actor: Mapped[Actor] = relationship(back_populates="registrations")


ACTOR_SEARCH_FIELDS = ("name", "tax_code", "municipality", "email", "pec", "vat_number")


def actor_search_text(record: Actor | Mapping[str, Any]) -> str:
    """The search column's value, from an Actor or from a row dict of a bulk insert."""
    if isinstance(record, Mapping):
        return search_text(*(record.get(f) for f in ACTOR_SEARCH_FIELDS))
    return search_text(*(getattr(record, f) for f in ACTOR_SEARCH_FIELDS))


@event.listens_for(Actor, "before_insert")
@event.listens_for(Actor, "before_update")
def _refresh_search_text(_mapper: object, _conn: object, actor: Actor) -> None:
    # Kept here so every ORM write keeps the search column true; bulk loaders call actor_search_text.
    actor.search_text = actor_search_text(actor)
