"""Search as you type answers the same rows whichever plan SQLite uses.

Common words are answered by reading the register in list order and testing each row
(LIKE / GLOB), rare ones from the search indexes' rowids. Both must mean the same: substrings for
words of 3+ characters, word starts for shorter ones, archived and other filters applied alike.
"""

from __future__ import annotations

import itertools

import pytest
from sqlalchemy import select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor
from coop_desktop.domain.enums import ActorType
from coop_desktop.domain.text import fold
from coop_desktop.services import actors as actors_module
from coop_desktop.services.actors import ActorService
from coop_desktop.services.listing import ListQuery
from tests.helpers.factories import make_actor
from tests.helpers.users import ADMIN

NAMES = [
    "Associazione L'Arco di Prato",
    "Comune di Pisa",
    "Cooperativa sociale Il Ponte",
    "Università degli Studi di Firenze",
    "Associazione dei senegalesi di Pistoia",
    "ONG Terra [nuova] *Onlus*",
    "Fondazione Pro-Africa",
    "Comunità di Sant'Egidio",
    "Ass. migranti 'Ponti' – Empoli",
    "Ufficio pace (Firenze)",
    "Studio 84006 associati",
    "Pane & rose coop",
    "Søren cooperazione nord",
    "Coop. Città Futura",
]
QUERIES = [
    "a", "as", "ass", "asso", "asso p", "asso pr", "p", "pi", "pis", "co", "coop", "l", "ar", "arco",
    "d", "di", "s", "se", "sene", "on", "*", "[n", "nu", "pro", "af", "'", "pon", "e", "em", "84", "840",
    "8400", "città", "citta", "ci", "fi", "(f", "&", "ro", "so", "sø", "no", "comune pisa", "via",
]  # fmt: skip


@pytest.fixture
def seeded(db: Database) -> Database:
    kinds = itertools.cycle([ActorType.ASSOCIAZIONE, ActorType.ENTE_LOCALE, ActorType.ONG])
    with db.transaction() as s:
        for n, name in enumerate(NAMES * 3):
            make_actor(
                s,
                name=f"{name} {n // len(NAMES) or ''}".strip(),
                actor_type=next(kinds),
                province="FI" if n % 3 else "PI",
                is_archived=n % 5 == 0,
            )
    return db


def _rows(db: Database, query: ListQuery) -> tuple[int, list[int]]:
    service = ActorService(db, ADMIN)
    return service.count(query), [r.id for r in service.fetch(query, 0, 1_000)]


def _expected(db: Database, query: ListQuery) -> set[int]:
    """Python's reading of the rules, on each record's searchable text."""
    archived = query.filters.get("archived", False)
    with db.reading() as session:
        records = session.execute(select(Actor.id, Actor.search_text, Actor.is_archived)).all()
    found = set()
    for actor_id, text, is_archived in records:
        ok = True
        for word in fold(query.text).split():
            if len(word) >= 3 or not any(ch.isalnum() for ch in word):
                ok &= word in text
            else:
                token = "".join(ch for ch in word if ch.isalnum())
                starts = [m for m in range(len(text)) if text.startswith(token, m)]
                ok &= any(m == 0 or not text[m - 1].isalnum() for m in starts)
        if ok and (archived is None or is_archived == archived):
            found.add(actor_id)
    return found


@pytest.mark.parametrize("archived", [False, True, None])
def test_dense_and_sparse_plans_agree_with_the_rules(
    seeded: Database, monkeypatch: pytest.MonkeyPatch, archived: bool | None, is_postgres: bool
) -> None:
    if is_postgres:
        pytest.skip("the two plans are SQLite's; PostgreSQL has one (pg_trgm)")
    for text in QUERIES:
        query = ListQuery(text=text, filters={"archived": archived})
        monkeypatch.setattr(actors_module, "_DENSE_MATCHES", -1)  # always read in list order
        dense = _rows(seeded, query)
        monkeypatch.setattr(actors_module, "_DENSE_MATCHES", 10**9)  # always from the index
        sparse = _rows(seeded, query)
        expected = _expected(seeded, query)
        assert dense[0] == sparse[0] == len(expected), text
        assert dense[1] == sparse[1], text  # same rows, same order
        assert set(dense[1]) == expected, text


def test_filters_and_sorts_apply_in_both_plans(seeded: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    query = ListQuery(text="as", sort_key="province", descending=True, filters={"province": "FI"})
    results = []
    for threshold in (-1, 10**9):
        monkeypatch.setattr(actors_module, "_DENSE_MATCHES", threshold)
        results.append(_rows(seeded, query))
    assert results[0] == results[1] and results[0][0] > 0


def test_postgres_follows_the_same_rules(seeded: Database) -> None:
    for text in QUERIES:
        query = ListQuery(text=text)
        count, ids = _rows(seeded, query)
        assert count == len(ids) and set(ids) == _expected(seeded, query), text
