"""Governance bodies and an actor's memberships: listing, replacing in one transaction, errors."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import GovernanceBody, Membership
from coop_desktop.domain.enums import GovernanceBodyKind
from coop_desktop.services.actors import ActorService
from coop_desktop.services.errors import NotFoundError, ValidationErrors
from coop_desktop.services.governance import BodyRow, GovernanceService
from coop_desktop.services.listing import ListQuery
from tests.helpers.factories import make_actor
from tests.helpers.users import ADMIN


def _bodies(db: Database) -> tuple[int, int, int, int]:
    """An actor and three bodies: a working group, a table and the forum (added in that order)."""
    with db.transaction() as s:
        actor = make_actor(s)
        group = GovernanceBody(kind=GovernanceBodyKind.GRUPPO, name="Gruppo Sahel")
        table = GovernanceBody(kind=GovernanceBodyKind.TAVOLO, name="Tavolo Crisi umanitarie")
        forum = GovernanceBody(kind=GovernanceBodyKind.FORUM, name="Forum regionale", is_active=False)
        s.add_all([group, table, forum])
        s.flush()
        return actor.id, group.id, table.id, forum.id


def test_bodies_list_the_forum_then_tables_then_groups(db: Database) -> None:
    _actor, group, table, forum = _bodies(db)
    assert GovernanceService(db, ADMIN).bodies() == [
        BodyRow(forum, "Forum regionale", "Forum di coordinamento regionale", False),
        BodyRow(table, "Tavolo Crisi umanitarie", "Tavolo tematico", True),
        BodyRow(group, "Gruppo Sahel", "Gruppo di lavoro", True),
    ]


def test_set_memberships_adds_updates_and_removes(db: Database) -> None:
    actor, group, table, forum = _bodies(db)
    service = GovernanceService(db, ADMIN)
    assert service.memberships(actor) == []

    service.set_memberships(actor, [(forum, "  Membro  "), (table, "Coordinatore")])
    assert service.memberships(actor) == sorted([(forum, "Membro"), (table, "Coordinatore")])
    with db.transaction() as s:
        kept = s.scalars(select(Membership).where(Membership.body_id == table)).one()
        kept.since = date(2025, 1, 1)

    service.set_memberships(actor, [(table, ""), (group, "Membro")])
    assert service.memberships(actor) == sorted([(table, ""), (group, "Membro")])
    with db.reading() as s:
        # The kept membership is updated, not recreated: its start date survives.
        kept = s.scalars(select(Membership).where(Membership.body_id == table)).one()
        assert kept.since == date(2025, 1, 1)

    service.set_memberships(actor, [])
    assert service.memberships(actor) == []


def test_the_list_filters_by_membership(db: Database) -> None:
    actor, group, _table, _forum = _bodies(db)
    with db.transaction() as s:
        make_actor(s)
    GovernanceService(db, ADMIN).set_memberships(actor, [(group, "")])
    assert ActorService(db, ADMIN).count(ListQuery()) == 2
    assert [r.id for r in ActorService(db, ADMIN).fetch(ListQuery(filters={"body_id": group}), 0, 10)] == [
        actor
    ]


def test_unknown_body_or_actor_changes_nothing(db: Database) -> None:
    actor, group, _table, _forum = _bodies(db)
    service = GovernanceService(db, ADMIN)
    service.set_memberships(actor, [(group, "Membro")])
    with pytest.raises(NotFoundError, match="organismi"):
        service.set_memberships(actor, [(9_999, "")])
    with pytest.raises(NotFoundError, match="non esiste più"):
        service.set_memberships(9_999, [(group, "")])
    with pytest.raises(ValidationErrors, match="Ruolo: Il ruolo è troppo lungo"):
        service.set_memberships(actor, [(group, "x" * 121)])
    assert service.memberships(actor) == [(group, "Membro")]
