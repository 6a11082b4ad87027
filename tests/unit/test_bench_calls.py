"""The benchmark of a call with many applications, at a tiny scale, on a copy of the database."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from coop_desktop.bench.calls import ADMISSIBILITY_TARGET_S, OPEN_TARGET_MS, measure_calls
from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.registry import BENCHMARKS
from coop_desktop.bench.synthetic import SyntheticSizes, populate
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Call
from coop_desktop.db.schema import upgrade

TINY = SyntheticSizes(
    actors=200, first_year=2020, years=1, calls_per_year=2, criteria_per_call=6, applications=10,
    evaluators=5, evaluators_per_application=3, partnerships=2,
)  # fmt: skip


def test_calls_benchmark_measures_a_copy_and_leaves_the_database_alone(tmp_path: Path) -> None:
    path = tmp_path / "bench.sqlite3"
    db = Database.open(path)
    try:
        upgrade(db)
        populate(db, TINY)
    finally:
        db.close()
    ctx = BenchContext(db=str(path), sqlite_path=path, runs=2, home=tmp_path)
    opened, checked = measure_calls(ctx, applications=60)
    assert (opened.unit, opened.target, checked.unit, checked.target) == (
        "ms", OPEN_TARGET_MS, "s", ADMISSIBILITY_TARGET_S,
    )  # fmt: skip
    assert opened.name == "apertura di un bando con 60 domande" and opened.value and opened.value > 0
    assert checked.name == "istruttoria formale di 60 domande" and "non ammissibili" in checked.note
    details = ctx.details["calls"]
    assert details["outcomes"]["checked"] == 60 and len(details["admissibility_s"]) == 2
    assert details["outcomes"]["not_admissible"] + details["outcomes"]["pending"] == 60
    db = Database.open(path)
    try:
        with db.reading() as session:
            assert session.scalar(select(func.count(Call.id))) == TINY.calls
    finally:
        db.close()
    assert "measure_calls" in [b.__name__ for b in BENCHMARKS]
