"""The totals the actor list sorts by, and the archived search index, stay exact under every write."""

from __future__ import annotations

from decimal import Decimal
from typing import cast

import pytest
from sqlalchemy import Table, delete, func, insert, select, update
from stdnum import luhn

from coop_desktop.db.bulk import fts_indexed_once
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, Application
from coop_desktop.db.models.actors import actor_search_text
from coop_desktop.domain.enums import ActorType
from coop_desktop.services.actors import ActorRecords, ActorService
from coop_desktop.services.listing import ListQuery
from tests.helpers.factories import make_actor, make_application, make_call, valid_tax_code
from tests.helpers.users import ADMIN


def _office_code(n: int) -> str:
    """A codice fiscale the form's rules accept (a real office code, 048), distinct for each n."""
    body = f"{9_200_000 + n:07d}048"
    return body + luhn.calc_check_digit(body)


def _totals(db: Database) -> dict[int, tuple[int, int]]:
    with db.reading() as s:
        return {a.id: (a.applications_count, a.funds_received_cents) for a in s.scalars(select(Actor))}


def _recomputed(db: Database) -> dict[int, tuple[int, int]]:
    with db.reading() as s:
        result = {a_id: (0, 0) for a_id in s.scalars(select(Actor.id))}
        for lead, n, funds in s.execute(
            select(
                Application.lead_actor_id,
                func.count(),
                func.sum(func.coalesce(Application.granted_amount, 0)),
            ).group_by(Application.lead_actor_id)
        ):
            result[lead] = (n, int((Decimal(str(funds)) * 100).to_integral_value()))
        return result


def test_totals_follow_inserts_updates_deletes_and_merges(db: Database) -> None:
    with db.transaction() as s:
        call = make_call(s)
        first, second = make_actor(s), make_actor(s)
        make_application(s, call, first, granted_amount=Decimal("0.10"))
        make_application(s, call, first, granted_amount=Decimal("0.20"))
        moving = make_application(s, call, first, granted_amount=None)
        gone = make_application(s, call, second, granted_amount=Decimal("12500.55"))
        ids = (first.id, second.id, moving.id, gone.id)
    first_id, second_id, moving_id, gone_id = ids
    assert _totals(db)[first_id] == (3, 30)  # exactly 30 cents, not 0.30000000000000004
    with db.transaction() as s:
        s.execute(
            update(Application).where(Application.id == moving_id).values(granted_amount=Decimal("99.99"))
        )
        s.execute(update(Application).where(Application.id == moving_id).values(lead_actor_id=second_id))
        s.execute(delete(Application).where(Application.id == gone_id))
    assert _totals(db) == _recomputed(db)
    assert _totals(db)[second_id] == (1, 9999)
    ActorRecords(db, ADMIN).merge(first_id, second_id)
    assert _totals(db) == _recomputed(db)
    assert _totals(db)[first_id] == (3, 10029)


def test_list_shows_and_sorts_by_the_totals(db: Database) -> None:
    with db.transaction() as s:
        call = make_call(s)
        rich, poor = make_actor(s, name="Ricca"), make_actor(s, name="Povera")
        make_application(s, call, rich, granted_amount=Decimal("40000.00"))
        make_application(s, call, poor)
        make_application(s, call, poor)
    rows = ActorService(db, ADMIN).fetch(ListQuery(sort_key="funds_received", descending=True), 0, 10)
    assert [(r.name, r.applications, r.funds_received) for r in rows] == [
        ("Ricca", 1, Decimal("40000.00")),
        ("Povera", 2, Decimal("0.00")),
    ]
    by_count = ActorService(db, ADMIN).fetch(ListQuery(sort_key="applications", descending=True), 0, 10)
    assert [r.name for r in by_count] == ["Povera", "Ricca"]


@pytest.mark.parametrize("text", ["asso", "as", "prato"])
def test_archiving_moves_an_actor_between_the_counts(db: Database, text: str) -> None:
    with db.transaction() as s:
        actors = [
            make_actor(s, name=f"Associazione {n} di Prato", tax_code=_office_code(n)) for n in range(4)
        ]
    records = ActorRecords(db, ADMIN)
    service = ActorService(db, ADMIN)

    def counts() -> tuple[int, int, int]:
        return tuple(  # type: ignore[return-value]
            service.count(ListQuery(text=text, filters={"archived": flag})) for flag in (False, True, None)
        )

    assert counts() == (4, 0, 4)
    records.set_archived(actors[0].id, True)
    records.set_archived(actors[1].id, True)
    assert counts() == (2, 2, 4)
    records.set_archived(actors[1].id, False)
    assert counts() == (3, 1, 4)
    seen = records.get(actors[0].id)
    records.update(
        actors[0].id, seen.version, seen.data.__class__(**{**vars(seen.data), "name": "Ente Lucca"})
    )
    assert service.count(ListQuery(text="lucca", filters={"archived": True})) == 1
    records.delete(actors[0].id)
    assert counts() == (3, 0, 3)


def test_bulk_load_feeds_the_archived_index_only_with_archived_rows(db: Database, is_postgres: bool) -> None:
    if is_postgres:
        pytest.skip("SQLite's FTS5 tables; PostgreSQL's trigram index needs no feeding")
    table = cast(Table, Actor.__table__)
    rows = []
    for n in range(10):
        row = {
            "name": f"Cooperativa caricata {n}",
            "actor_type": ActorType.ASSOCIAZIONE,
            "tax_code": valid_tax_code(500 + n),
            "country_code": "IT",
            "is_archived": n < 3,
            "version": 1,
        }
        row["search_text"] = actor_search_text(row)
        rows.append(row)
    count_triggers = "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'actors'"
    with db.engine.connect() as conn:
        before = conn.exec_driver_sql(count_triggers).scalar_one()
    with db.engine.connect() as conn, conn.begin(), fts_indexed_once(conn, "actors"):
        conn.execute(insert(table), rows)
    service = ActorService(db, ADMIN)
    assert [
        service.count(ListQuery(text="caricata", filters={"archived": f})) for f in (False, True, None)
    ] == [
        7,
        3,
        10,
    ]
    with db.engine.connect() as conn:  # the lifted triggers are back
        assert conn.exec_driver_sql(count_triggers).scalar_one() == before == 7
