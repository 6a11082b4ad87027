"""Whom a call's committee is chosen from: active evaluator accounts, listed for those who edit calls."""

from __future__ import annotations

import pytest

from coop_desktop.db.engine import Database
from coop_desktop.db.models import User
from coop_desktop.domain.enums import UserRole
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import PermissionDenied
from coop_desktop.services.users import UserService
from tests.helpers.users import EVALUATOR, OFFICER, READER


def test_active_evaluators_by_name_for_call_editors(db: Database) -> None:
    with db.transaction() as session:
        session.add_all(
            [
                User(username="z.rossi", full_name="Anna Rossi", role=UserRole.VALUTATORE),
                User(username="b.verdi", full_name="Bruno Verdi", role=UserRole.VALUTATORE),
                User(username="c.neri", full_name="Carla Neri", role=UserRole.VALUTATORE, is_active=False),
                User(username="d.bianchi", full_name="Dario Bianchi", role=UserRole.ISTRUTTORE),
            ]
        )
    candidates = UserService(db, OFFICER).committee_candidates()
    assert [u.username for u in candidates] == ["z.rossi", "b.verdi"]
    assert not candidates[0].has_password


@pytest.mark.parametrize("user", [READER, EVALUATOR], ids=["consultazione", "valutatore"])
def test_roles_that_cannot_edit_calls_are_refused(db: Database, user: CurrentUser) -> None:
    with pytest.raises(PermissionDenied):
        UserService(db, user).committee_candidates()
