"""Creating, editing, archiving, deleting and merging actors."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, Application, GovernanceBody, Membership
from coop_desktop.domain.actor_rules import ActorInput
from coop_desktop.domain.enums import GovernanceBodyKind
from coop_desktop.services.actors import ActorRecords, ActorService, ContactData
from coop_desktop.services.errors import ConcurrentEditError, InUseError, ValidationErrors
from coop_desktop.services.listing import ListQuery
from tests.helpers.factories import make_application, make_call
from tests.helpers.users import ADMIN

PRATO = ActorInput(name="Comune di Prato", actor_type="Ente locale", tax_code="84006890481", province="PO")
OTHER = ActorInput(name="Associazione Ponti", actor_type="associazione", tax_code="01234560017")


def test_create_and_read_back_with_contacts(db: Database) -> None:
    records = ActorRecords(db, ADMIN)
    actor_id = records.create(PRATO, [ContactData("Anna Neri", "Referente", "anna@comune.prato.it")])
    detail = records.get(actor_id)
    assert detail.data.name == "Comune di Prato" and detail.data.actor_type == "ente_locale"
    assert detail.contacts == [ContactData("Anna Neri", "Referente", "anna@comune.prato.it", None)]
    assert ActorService(db, ADMIN).count(ListQuery(text="prato")) == 1


def test_invalid_input_writes_nothing(db: Database) -> None:
    with pytest.raises(ValidationErrors) as excinfo:
        ActorRecords(db, ADMIN).create(dataclasses.replace(PRATO, email="posta@", province="QQ"))
    assert "Email: «posta@» non è un indirizzo e-mail valido." in str(excinfo.value)
    assert "Provincia:" in str(excinfo.value)
    with db.reading() as s:
        assert s.scalar(select(func.count(Actor.id))) == 0


def test_second_actor_with_same_code_is_refused_naming_the_first(db: Database) -> None:
    records = ActorRecords(db, ADMIN)
    records.create(PRATO)
    with pytest.raises(ValidationErrors, match="già registrato per «Comune di Prato»"):
        records.create(dataclasses.replace(OTHER, tax_code="840 068 90481"))


def test_stale_edit_is_refused_not_overwritten(db: Database) -> None:
    records = ActorRecords(db, ADMIN)
    actor_id = records.create(PRATO)
    seen = records.get(actor_id)
    records.update(actor_id, seen.version, dataclasses.replace(seen.data, municipality="Prato"))
    with pytest.raises(ConcurrentEditError, match="modificato da un altro utente"):
        records.update(actor_id, seen.version, dataclasses.replace(seen.data, municipality="Vaiano"))
    assert records.get(actor_id).data.municipality == "Prato"


def test_actor_with_applications_can_only_be_archived(db: Database) -> None:
    records = ActorRecords(db, ADMIN)
    actor_id = records.create(PRATO)
    with db.transaction() as s:
        make_application(s, make_call(s), s.get(Actor, actor_id))
    with pytest.raises(InUseError, match="solo archiviato"):
        records.delete(actor_id)
    records.set_archived(actor_id, True)
    assert ActorService(db, ADMIN).count(ListQuery()) == 0
    assert ActorService(db, ADMIN).count(ListQuery(filters={"archived": True})) == 1
    unused = records.create(OTHER)
    records.delete(unused)
    with db.reading() as s:
        assert s.get(Actor, unused) is None


def test_merge_moves_everything_to_the_survivor(db: Database) -> None:
    records = ActorRecords(db, ADMIN)
    survivor = records.create(PRATO)
    duplicate = records.create(
        dataclasses.replace(OTHER, name="Comune Prato (doppione)"), [ContactData("Luca Bini")]
    )
    with db.transaction() as s:
        forum = GovernanceBody(kind=GovernanceBodyKind.FORUM, name="Forum")
        table = GovernanceBody(kind=GovernanceBodyKind.TAVOLO, name="Tavolo")
        s.add_all([forum, table])
        s.flush()
        s.add_all(
            [
                Membership(body_id=forum.id, actor_id=survivor),
                Membership(body_id=forum.id, actor_id=duplicate),
                Membership(body_id=table.id, actor_id=duplicate),
            ]
        )
        call = make_call(s)
        make_application(s, call, s.get(Actor, duplicate))
    moved = records.merge(survivor, duplicate)
    assert moved["domande"] == 1 and moved["contatti"] == 1 and moved["appartenenze"] == 1
    with db.reading() as s:
        assert s.scalar(select(func.count(Application.id)).where(Application.lead_actor_id == survivor)) == 1
        assert s.scalar(select(func.count(Membership.id)).where(Membership.actor_id == survivor)) == 2
        gone = s.get(Actor, duplicate)
        assert gone is not None and gone.is_archived and gone.merged_into_id == survivor
    detail = records.get(survivor)
    assert [c.name for c in detail.contacts] == ["Luca Bini"]
    assert len(detail.applications) == 1 and detail.memberships == ["Forum", "Tavolo"]
