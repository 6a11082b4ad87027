"""The audit trail: one entry per write in the same transaction, readable history, tamper-evident chain."""

from __future__ import annotations

import dataclasses
import itertools

import pytest
from sqlalchemy import delete, func, select, update

from coop_desktop.db.audit import GENESIS, entry_hash
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, AuditEntry
from coop_desktop.domain.actor_rules import ActorInput
from coop_desktop.domain.enums import AuditAction
from coop_desktop.services.actors import ActorRecords, ContactData
from coop_desktop.services.audit import AuditService
from coop_desktop.services.errors import PermissionDenied, ValidationErrors
from tests.helpers.factories import make_application, make_call
from tests.helpers.users import ADMIN, EVALUATOR, OFFICER, READER

PRATO = ActorInput(name="Comune di Prato", actor_type="Ente locale", tax_code="84006890481", province="PO")


def _entries(db: Database) -> list[AuditEntry]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def test_create_writes_one_entry_with_user_and_values(db: Database) -> None:
    actor_id = ActorRecords(db, OFFICER).create(PRATO, [ContactData("Anna Neri", "Referente")])
    entries = _entries(db)
    actor_entry = next(e for e in entries if e.entity == "actors")
    assert actor_entry.action is AuditAction.CREATE
    assert actor_entry.entity_id == str(actor_id)
    assert actor_entry.username == "test.istruttore"
    assert actor_entry.changes["name"] == [None, "Comune di Prato"]
    assert actor_entry.changes["tax_code"] == [None, "84006890481"]
    assert "version" not in actor_entry.changes and "search_text" not in actor_entry.changes
    contact = next(e for e in entries if e.entity == "actor_contacts")
    assert (contact.parent_entity, contact.parent_id) == ("actors", str(actor_id))


def test_update_records_only_changed_fields_old_and_new(db: Database) -> None:
    records = ActorRecords(db, ADMIN)
    actor_id = records.create(PRATO)
    seen = records.get(actor_id)
    records.update(actor_id, seen.version, dataclasses.replace(seen.data, municipality="Prato", pec=""))
    last = _entries(db)[-1]
    assert last.action is AuditAction.UPDATE
    assert last.changes == {"municipality": [None, "Prato"]}


def test_refused_write_leaves_no_entry(db: Database) -> None:
    with pytest.raises(ValidationErrors):
        ActorRecords(db, ADMIN).create(dataclasses.replace(PRATO, email="posta@"))
    records = ActorRecords(db, ADMIN)
    records.create(PRATO)
    before = len(_entries(db))
    with pytest.raises(ValidationErrors):  # the duplicate is found inside the transaction
        records.create(dataclasses.replace(PRATO, name="Doppione"))
    assert len(_entries(db)) == before


def test_delete_and_merge_are_logged(db: Database) -> None:
    records = ActorRecords(db, ADMIN)
    keep = records.create(PRATO)
    dup = records.create(dataclasses.replace(PRATO, name="Comune Prato (doppio)", tax_code="01234560017"))
    with db.transaction() as session:
        call = make_call(session)
        make_application(session, call, session.get(Actor, dup))
    records.merge(keep, dup)
    gone = records.create(dataclasses.replace(PRATO, name="Da eliminare", tax_code="80001230483"))
    records.delete(gone)
    entries = _entries(db)
    merge = [e for e in entries if e.entity == "actors" and e.entity_id == str(keep)][-1]
    assert merge.changes["unito_da"] == [None, str(dup)]
    assert merge.changes["domande"] == [None, "1"]
    merged = [e for e in entries if e.entity == "actors" and e.entity_id == str(dup)][-1]
    assert merged.changes["merged_into_id"] == [None, str(keep)]
    deleted = entries[-1]
    assert (deleted.action, deleted.entity_id) == (AuditAction.DELETE, str(gone))
    assert deleted.changes["name"] == ["Da eliminare", None]


def test_history_in_italian_includes_child_rows(db: Database) -> None:
    records = ActorRecords(db, ADMIN)
    actor_id = records.create(PRATO, [ContactData("Anna Neri")])
    seen = records.get(actor_id)
    records.update(actor_id, seen.version, dataclasses.replace(seen.data, municipality="Prato"))
    records.set_archived(actor_id, True)
    history = AuditService(db, OFFICER).history("actors", actor_id)
    assert [h.action for h in history][:2] == ["Modifica", "Modifica"]
    assert history[0].changes[0].field == "Archiviato"
    assert (history[0].changes[0].old, history[0].changes[0].new) == ("no", "sì")
    assert any(c.field == "Comune" and c.new == "Prato" for c in history[1].changes)
    assert any(h.what.startswith("Contatto") and h.action == "Creazione" for h in history)
    assert {h.username for h in history} == {"test.admin"}


def test_history_and_verify_need_the_audit_permission(db: Database) -> None:
    for user in (EVALUATOR, READER):
        with pytest.raises(PermissionDenied, match="registro delle modifiche"):
            AuditService(db, user).history("actors", 1)
        with pytest.raises(PermissionDenied):
            AuditService(db, user).verify()


def test_chain_links_every_entry_and_verifies(db: Database) -> None:
    records = ActorRecords(db, ADMIN)
    for n, code in enumerate(("84006890481", "01234560017", "80001230483")):
        records.create(dataclasses.replace(PRATO, name=f"Soggetto {n}", tax_code=code))
    entries = _entries(db)
    assert entries[0].prev_hash == GENESIS
    for before, after in itertools.pairwise(entries):
        assert after.prev_hash == before.hash
    report = AuditService(db, ADMIN).verify()
    assert report.ok and report.entries == 3


def _three_entries(db: Database) -> list[AuditEntry]:
    records = ActorRecords(db, ADMIN)
    for n, code in enumerate(("84006890481", "01234560017", "80001230483")):
        records.create(dataclasses.replace(PRATO, name=f"Soggetto {n}", tax_code=code))
    return _entries(db)


def test_edited_entry_breaks_the_chain_at_that_entry(db: Database) -> None:
    entries = _three_entries(db)
    with db.engine.begin() as conn:
        conn.execute(
            update(AuditEntry)
            .where(AuditEntry.id == entries[1].id)
            .values(changes={"name": [None, "Nome falsificato"]})
        )
    report = AuditService(db, ADMIN).verify()
    assert not report.ok and report.broken_at == entries[1].id
    assert "è stato modificato" in (report.problem or "")


def test_deleted_entry_breaks_the_chain_at_the_next(db: Database) -> None:
    entries = _three_entries(db)
    with db.engine.begin() as conn:
        conn.execute(delete(AuditEntry).where(AuditEntry.id == entries[1].id))
    report = AuditService(db, ADMIN).verify()
    assert report.broken_at == entries[2].id and report.entries == 2
    assert "eliminata" in (report.problem or "")


def test_rewriting_an_entry_with_its_own_hash_still_breaks_the_next_link(db: Database) -> None:
    entries = _three_entries(db)
    forged = {c.key: getattr(entries[1], c.key) for c in AuditEntry.__mapper__.column_attrs}
    forged["changes"] = {"name": [None, "Nome falsificato"]}
    forged["hash"] = entry_hash(forged)
    with db.engine.begin() as conn:
        conn.execute(
            update(AuditEntry)
            .where(AuditEntry.id == entries[1].id)
            .values(changes=forged["changes"], hash=forged["hash"])
        )
    report = AuditService(db, ADMIN).verify()
    assert report.broken_at == entries[2].id


def test_demo_load_leaves_a_valid_chain(demo_db: Database) -> None:
    report = AuditService(demo_db, ADMIN).verify()
    with demo_db.reading() as session:
        assert report.entries == session.scalar(select(func.count(AuditEntry.id)))
    assert report.ok
