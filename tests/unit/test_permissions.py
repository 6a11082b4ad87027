"""Permissions are enforced by the services, role by role: hiding a button is not enough."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Assignment, Call, User
from coop_desktop.domain.actor_rules import ActorInput
from coop_desktop.domain.enums import CallStatus, UserRole
from coop_desktop.domain.permissions import ROLE_PERMISSIONS, Permission
from coop_desktop.services.actors import ActorRecords, ActorService
from coop_desktop.services.calls import CallService
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import PermissionDenied
from coop_desktop.services.evaluations import EvaluationService
from coop_desktop.services.governance import GovernanceService
from coop_desktop.services.listing import ListQuery
from coop_desktop.services.maintenance import MaintenanceService
from coop_desktop.services.office import OfficeService
from coop_desktop.services.partnerships import PartnershipService
from tests.helpers.users import ADMIN, EVALUATOR, OFFICER, READER

PRATO = ActorInput(name="Comune di Prato", actor_type="Ente locale", tax_code="84006890481", province="PO")
ALL = (ADMIN, OFFICER, EVALUATOR, READER)


def test_administrator_has_every_permission_and_reader_only_views() -> None:
    assert ROLE_PERMISSIONS[UserRole.AMMINISTRATORE] == frozenset(Permission)
    assert all(p.value.startswith("view_") for p in ROLE_PERMISSIONS[UserRole.CONSULTAZIONE])
    assert Permission.MANAGE_USERS not in ROLE_PERMISSIONS[UserRole.ISTRUTTORE]


@pytest.mark.parametrize("user", ALL, ids=lambda u: u.role.value)
def test_everyone_reads_the_actors_register(db: Database, user: CurrentUser) -> None:
    ActorRecords(db, ADMIN).create(PRATO)
    assert ActorService(db, user).count(ListQuery()) == 1
    assert CallService(db, user).count(ListQuery()) == 0


@pytest.mark.parametrize(
    ("user", "allowed"), [(ADMIN, True), (OFFICER, True), (EVALUATOR, False), (READER, False)],
    ids=lambda v: v.role.value if isinstance(v, CurrentUser) else str(v),
)  # fmt: skip
def test_only_office_staff_edit_actors(db: Database, user: CurrentUser, allowed: bool) -> None:
    records = ActorRecords(db, user)
    if allowed:
        actor_id = records.create(PRATO)
        records.set_archived(actor_id, True)
        return
    actor_id = ActorRecords(db, ADMIN).create(PRATO)
    seen = ActorRecords(db, ADMIN).get(actor_id)
    attempts = [
        lambda: records.create(dataclasses.replace(PRATO, tax_code="01234560017")),
        lambda: records.update(actor_id, seen.version, dataclasses.replace(seen.data, name="Altro nome")),
        lambda: records.set_archived(actor_id, True),
        lambda: records.delete(actor_id),
        lambda: GovernanceService(db, user).set_memberships(actor_id, []),
    ]
    for attempt in attempts:
        with pytest.raises(PermissionDenied, match=f"Il tuo ruolo \\({user.role.label}\\) non consente"):
            attempt()
    after = ActorRecords(db, ADMIN).get(actor_id)
    assert (after.data.name, after.version) == ("Comune di Prato", seen.version)


def test_office_settings_and_backups_are_not_for_everyone(db: Database, tmp_path: Path) -> None:
    for user in (OFFICER, EVALUATOR, READER):
        office = OfficeService(db, user)
        with pytest.raises(PermissionDenied):
            office.save(office.get())
    for user in (EVALUATOR, READER):
        with pytest.raises(PermissionDenied, match="backup"):
            MaintenanceService(db, user).backup(tmp_path / "copia.sqlite3")
    assert not (tmp_path / "copia.sqlite3").exists()


def test_evaluators_do_not_see_partnerships(demo_db: Database) -> None:
    with pytest.raises(PermissionDenied):
        PartnershipService(demo_db, EVALUATOR).count(ListQuery())
    assert PartnershipService(demo_db, READER).count(ListQuery()) > 0


def _evaluator(db: Database) -> CurrentUser:
    with db.reading() as session:
        user_id, count = session.execute(
            select(Assignment.evaluator_id, func.count())
            .group_by(Assignment.evaluator_id)
            .order_by(func.count().desc())
        ).first()
        user = session.get(User, user_id)
        assert user is not None and count > 0
        return CurrentUser(user.id, user.username, user.full_name, UserRole.VALUTATORE)


def test_an_evaluator_reads_only_their_own_forms_and_scores(demo_db: Database) -> None:
    me = _evaluator(demo_db)
    everyone = EvaluationService(demo_db, OFFICER)
    mine = EvaluationService(demo_db, me)
    all_rows = everyone.fetch(ListQuery(), 0, 10_000)
    my_rows = mine.fetch(ListQuery(), 0, 10_000)
    assert 0 < len(my_rows) == mine.count(ListQuery()) < len(all_rows)
    assert {r.evaluator for r in my_rows} == {me.full_name}
    # Another evaluator's forms stay out of reach even when asked for by call or text.
    others = {r.id for r in all_rows if r.evaluator != me.full_name and r.total is not None}
    assert others
    for row in all_rows:
        found = mine.fetch(ListQuery(text=row.title), 0, 10_000)
        assert not {r.id for r in found} & others


def test_read_only_users_see_totals_only_once_the_ranking_is_approved(demo_db: Database) -> None:
    rows = EvaluationService(demo_db, READER).fetch(ListQuery(), 0, 10_000)
    officer_rows = {r.id: r for r in EvaluationService(demo_db, OFFICER).fetch(ListQuery(), 0, 10_000)}
    with demo_db.reading() as session:
        approved = set(
            session.scalars(select(Call.code).where(Call.status == CallStatus.GRADUATORIA_APPROVATA))
        )
    assert len(rows) == len(officer_rows)
    hidden = [r for r in rows if r.call_code not in approved and officer_rows[r.id].total is not None]
    assert hidden and all(r.total is None for r in hidden)
    shown = [r for r in rows if r.call_code in approved]
    assert all(r.total == officer_rows[r.id].total for r in shown)


def test_read_only_mode_keeps_reading_rights_and_refuses_every_change(demo_db: Database) -> None:
    admin = dataclasses.replace(ADMIN, read_only=True)
    assert ActorService(demo_db, admin).count(ListQuery()) > 0
    with pytest.raises(PermissionDenied, match="sola lettura"):
        ActorRecords(demo_db, admin).create(PRATO)
    with pytest.raises(PermissionDenied, match="sola lettura"):
        OfficeService(demo_db, admin).save(OfficeService(demo_db, ADMIN).get())
    # Read-only never widens what a role sees: an evaluator still reads only their own forms.
    me = _evaluator(demo_db)
    frozen = dataclasses.replace(me, read_only=True)
    mine = {r.id for r in EvaluationService(demo_db, me).fetch(ListQuery(), 0, 10_000)}
    assert {r.id for r in EvaluationService(demo_db, frozen).fetch(ListQuery(), 0, 10_000)} == mine
