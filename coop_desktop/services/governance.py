"""Governance bodies (forum, thematic tables, working groups) and which actors sit in them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, GovernanceBody, Membership
from coop_desktop.domain.enums import GovernanceBodyKind
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.validation import ValidationError
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import NotFoundError, ValidationErrors

_ROLE_MAX = 120  # memberships.role
_KIND_ORDER = {kind: index for index, kind in enumerate(GovernanceBodyKind)}


@dataclass(frozen=True)
class BodyRow:
    id: int
    name: str
    kind: str  # the Italian label of the body's kind
    is_active: bool = True


class GovernanceService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def bodies(self) -> list[BodyRow]:
        """Every body, the forum first, then the thematic tables and the working groups, by name."""
        with self._db.reading() as session:
            rows = session.execute(
                select(GovernanceBody.id, GovernanceBody.name, GovernanceBody.kind, GovernanceBody.is_active)
            ).all()
        rows.sort(key=lambda r: (_KIND_ORDER[r.kind], r.name.casefold()))
        return [BodyRow(r.id, r.name, r.kind.label, r.is_active) for r in rows]

    def memberships(self, actor_id: int) -> list[tuple[int, str]]:
        """(body id, role) of the bodies the actor sits in; role "" when none is recorded."""
        with self._db.reading() as session:
            rows = session.execute(
                select(Membership.body_id, Membership.role)
                .where(Membership.actor_id == actor_id)
                .order_by(Membership.body_id)
            )
            return [(body_id, role or "") for body_id, role in rows]

    def set_memberships(self, actor_id: int, memberships: Sequence[tuple[int, str]]) -> None:
        """Make the actor's memberships exactly these, in one transaction.

        Kept memberships keep their dates; a body named twice counts once, with the last role.
        """
        self._user.require(Permission.EDIT_ACTORS)
        wanted: dict[int, str | None] = {}
        errors: list[ValidationError] = []
        for body_id, role in memberships:
            clean = " ".join(role.split()) or None
            if clean is not None and len(clean) > _ROLE_MAX:
                errors.append(
                    ValidationError(
                        "role", f"Il ruolo è troppo lungo ({len(clean)} caratteri, massimo {_ROLE_MAX})."
                    )
                )
            wanted[body_id] = clean
        if errors:
            raise ValidationErrors(errors, {"role": "Ruolo"})
        with self._db.transaction(self._user) as session:
            if session.get(Actor, actor_id) is None:
                raise NotFoundError("Il soggetto non esiste più: potrebbe essere stato unito a un altro.")
            known = set(session.scalars(select(GovernanceBody.id).where(GovernanceBody.id.in_(wanted))))
            if known != set(wanted):
                raise NotFoundError("Uno degli organismi scelti non esiste più.")
            current = {
                m.body_id: m
                for m in session.scalars(select(Membership).where(Membership.actor_id == actor_id))
            }
            for body_id, membership in current.items():
                if body_id not in wanted:
                    session.delete(membership)
            for body_id, role in wanted.items():
                if body_id in current:
                    current[body_id].role = role
                else:
                    session.add(Membership(body_id=body_id, actor_id=actor_id, role=role))
