"""Two users saving the same record: the second is refused with a clear message, never overwrites.

Each user has their own Database (engine and connections), as two PCs on the office's shared
PostgreSQL server would; the same tests run on SQLite.
"""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Iterator

import pytest

from coop_desktop.db.engine import Database
from coop_desktop.domain.actor_rules import ActorInput
from coop_desktop.services.actors import ActorRecords
from coop_desktop.services.errors import ConcurrentEditError
from coop_desktop.services.office import OfficeData, OfficeService
from tests.helpers.users import ADMIN, OFFICER

PRATO = ActorInput(name="Comune di Prato", actor_type="Ente locale", tax_code="84006890481", province="PO")


@pytest.fixture
def second(db: Database) -> Iterator[Database]:
    other = Database.open(db.url)
    yield other
    other.close()


def test_second_save_of_a_stale_record_is_refused(db: Database, second: Database) -> None:
    anna, marco = ActorRecords(db, ADMIN), ActorRecords(second, OFFICER)
    actor_id = anna.create(PRATO)
    seen_by_anna, seen_by_marco = anna.get(actor_id), marco.get(actor_id)
    anna.update(actor_id, seen_by_anna.version, dataclasses.replace(seen_by_anna.data, phone="055 111111"))
    with pytest.raises(ConcurrentEditError, match="modificato da un altro utente"):
        marco.update(
            actor_id, seen_by_marco.version, dataclasses.replace(seen_by_marco.data, phone="055 999")
        )
    reloaded = marco.get(actor_id)  # «Ricarica»: Marco sees Anna's save and can redo his change
    assert reloaded.data.phone == "055 111111"
    marco.update(actor_id, reloaded.version, dataclasses.replace(reloaded.data, phone="055 999"))
    assert anna.get(actor_id).data.phone == "055 999"


def test_simultaneous_saves_let_exactly_one_through(db: Database, second: Database) -> None:
    first_user, second_user = ActorRecords(db, ADMIN), ActorRecords(second, OFFICER)
    actor_id = first_user.create(PRATO)
    version = first_user.get(actor_id).version
    barrier = threading.Barrier(2)
    outcomes: dict[str, str] = {}

    def save(records: ActorRecords, phone: str) -> None:
        data = dataclasses.replace(records.get(actor_id).data, phone=phone)
        barrier.wait()
        try:
            records.update(actor_id, version, data)
            outcomes[phone] = "saved"
        except ConcurrentEditError:
            outcomes[phone] = "refused"

    threads = [
        threading.Thread(target=save, args=(first_user, "055 1")),
        threading.Thread(target=save, args=(second_user, "055 2")),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert sorted(outcomes.values()) == ["refused", "saved"]
    winner = next(phone for phone, outcome in outcomes.items() if outcome == "saved")
    final = first_user.get(actor_id)
    assert final.data.phone == winner and final.version == version + 1


def test_office_settings_conflict_is_detected_across_sessions(db: Database, second: Database) -> None:
    mine, theirs = OfficeService(db, ADMIN), OfficeService(second, ADMIN)
    saved = mine.save(
        OfficeData(
            office_name="Settore Attività Internazionali",
            address="Via Pico della Mirandola 22-24",
            postal_code="50132",
            city="Firenze",
            province="FI",
            pec="regionetoscana@postacert.toscana.it",
            head_of_office="Mario Rossi",
            procedure_manager="Anna Bianchi",
        )
    )
    stale = theirs.get()
    mine.save(dataclasses.replace(saved, city="Prato", postal_code="59100", province="PO"))
    with pytest.raises(ConcurrentEditError):
        theirs.save(dataclasses.replace(stale, city="Pistoia", postal_code="51100", province="PT"))
    assert mine.get().city == "Prato"
