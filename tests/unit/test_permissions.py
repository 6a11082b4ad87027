"""Permissions are enforced by the services, role by role: hiding a button is not enough."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Application, Assignment, Call, User
from coop_desktop.domain.actor_rules import ActorInput
from coop_desktop.domain.enums import AssignmentStatus, CallStatus, UserRole
from coop_desktop.domain.permissions import ROLE_PERMISSIONS, Permission
from coop_desktop.domain.scoring import FormEntry
from coop_desktop.services.actors import ActorRecords, ActorService
from coop_desktop.services.assignments import AssignmentService
from coop_desktop.services.calls import CallService
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import PermissionDenied
from coop_desktop.services.evaluation_grid import EVALUATION_STAGES, EvaluationGridService
from coop_desktop.services.governance import GovernanceService
from coop_desktop.services.listing import ListQuery
from coop_desktop.services.maintenance import MaintenanceService
from coop_desktop.services.office import OfficeService
from coop_desktop.services.partnerships import PartnershipService
from coop_desktop.services.scoring_forms import ScoringFormService
from tests.helpers.evaluation import evaluation_scenario
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
    """The evaluator with the most forms on a call the Valutazioni grid shows."""
    with db.reading() as session:
        user_id, count = session.execute(
            select(Assignment.evaluator_id, func.count())
            .join(Application, Application.id == Assignment.application_id)
            .join(Call, Call.id == Application.call_id)
            .where(Call.status.in_(EVALUATION_STAGES))
            .group_by(Assignment.evaluator_id)
            .order_by(func.count().desc())
        ).first()
        user = session.get(User, user_id)
        assert user is not None and count > 0
        return CurrentUser(user.id, user.username, user.full_name, UserRole.VALUTATORE)


def _my_forms(db: Database, user: CurrentUser, text: str = "") -> dict[int, set[int]]:
    """Evaluator ids of the forms the grid shows to `user`, call by call."""
    grids = EvaluationGridService(db, user)
    return {
        call.id: {e for row in grids.grid(call.id, text).rows for e in row.cells} for call in grids.calls()
    }


def test_an_evaluator_reads_only_their_own_forms_and_scores(demo_db: Database) -> None:
    me = _evaluator(demo_db)
    everyone = EvaluationGridService(demo_db, OFFICER)
    mine = EvaluationGridService(demo_db, me)
    calls = mine.calls()
    assert calls
    for call in calls:
        all_rows = everyone.grid(call.id).rows
        grid = mine.grid(call.id)
        assert [e.id for e in grid.evaluators] == [me.id]
        assert grid.rows and all(set(r.cells) == {me.id} for r in grid.rows)
        assert {e for r in all_rows for e in r.cells} > {me.id}
        # Another evaluator's forms stay out of reach even when searched for.
        for row in all_rows:
            assert all(set(r.cells) <= {me.id} for r in mine.grid(call.id, row.title).rows)
    with pytest.raises(PermissionDenied):
        EvaluationGridService(demo_db, EVALUATOR).grid(calls[0].id)  # not on the committee


def test_readers_follow_the_progress_and_read_scores_only_once_approved(demo_db: Database) -> None:
    grids = EvaluationGridService(demo_db, READER)
    calls = grids.calls()
    assert [c.code for c in calls] == ["COOP-2026-CODEV", "COOP-2025"]
    approved = next(c for c in calls if c.status is CallStatus.GRADUATORIA_APPROVATA)
    grid = grids.grid(approved.id)
    assert grid.rows and all(r.score is not None for r in grid.rows if r.complete)
    # A call still in evaluation: every form's progress, no points and no means.
    s = evaluation_scenario(demo_db)
    AssignmentService(demo_db, OFFICER).assign(s.call_id, s.applications[0], s.evaluators[0].id or 0)
    forms = ScoringFormService(demo_db, s.evaluators[0])
    form_id = (
        EvaluationGridService(demo_db, s.evaluators[0])
        .grid(s.call_id)
        .rows[0]
        .cells[s.evaluators[0].id or 0]
        .assignment_id
    )
    version = forms.declare(form_id, 1, has_conflict=False).version
    forms.save(form_id, version, [FormEntry("A", Decimal("30"))], submit=False)
    live = grids.grid(s.call_id)
    cell = live.rows[0].cells[s.evaluators[0].id or 0]
    assert cell.status is AssignmentStatus.BOZZA and cell.total is None
    assert all(r.score is None and not r.divergent for r in live.rows)
    assert len(live.evaluators) == len(s.evaluators)


def test_read_only_mode_keeps_reading_rights_and_refuses_every_change(demo_db: Database) -> None:
    admin = dataclasses.replace(ADMIN, read_only=True)
    assert ActorService(demo_db, admin).count(ListQuery()) > 0
    with pytest.raises(PermissionDenied, match="sola lettura"):
        ActorRecords(demo_db, admin).create(PRATO)
    with pytest.raises(PermissionDenied, match="sola lettura"):
        OfficeService(demo_db, admin).save(OfficeService(demo_db, ADMIN).get())
    # Read-only never widens what an administrator sees of the evaluation either.
    assert _my_forms(demo_db, admin) == _my_forms(demo_db, ADMIN) != {}


def test_read_only_mode_keeps_an_evaluators_own_forms_readable(demo_db: Database) -> None:
    # Read-only never widens what a role sees: an evaluator still reads only their own forms.
    me = _evaluator(demo_db)
    frozen = dataclasses.replace(me, read_only=True)
    assert _my_forms(demo_db, frozen) == _my_forms(demo_db, me) != {}
