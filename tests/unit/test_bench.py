"""The benchmark harness: the synthetic data set at a tiny scale, the result table, the smoke runner."""

from __future__ import annotations

import json
import sqlite3
import stat
import sys
import zipfile
from collections.abc import Iterator
from contextlib import closing
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select
from stdnum.it import iva

from coop_desktop.bench import runner
from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.excel import (
    EXPORT_TARGET_S,
    IMPORT_TARGET_S,
    measure_excel,
    synthetic_actors,
    write_import_workbook,
)
from coop_desktop.bench.imports import bucket, parse_importtime
from coop_desktop.bench.registry import BENCHMARKS, database_size
from coop_desktop.bench.results import ResultRow, all_passed, format_table, format_value
from coop_desktop.bench.startup import SmokeError, measure_startup, run_smoke
from coop_desktop.bench.synthetic import (
    SyntheticDataError,
    SyntheticSizes,
    create_synthetic_database,
    organisation_tax_code,
    populate,
)
from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    Application,
    Assignment,
    Call,
    CommitteeMember,
    Criterion,
    Partnership,
    PartnershipDeadline,
    PartnershipPartner,
    Score,
    User,
)
from coop_desktop.db.models.actors import actor_search_text
from coop_desktop.domain.enums import ActorType, ApplicationStatus, AssignmentStatus, CallStatus, UserRole
from coop_desktop.exchange.actors_columns import ACTOR_COLUMNS
from coop_desktop.exchange.actors_import import import_actors
from tests.helpers.databases import TemplateDatabase

TINY = SyntheticSizes(
    actors=300,
    first_year=2020,
    years=3,
    calls_per_year=2,
    criteria_per_call=4,
    applications=40,
    evaluators=6,
    evaluators_per_application=3,
    partnerships=12,
)


@pytest.fixture(scope="module")
def tiny_db(empty_template: TemplateDatabase, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """One tiny synthetic data set, shared by the read-only checks below."""
    with empty_template.clone(tmp_path_factory.mktemp("bench")) as url:
        db = Database.open(url)
        populate(db, TINY)
        yield db
        db.close()


def count(db: Database, model: type) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_sizes_scale_the_volumes_and_keep_the_shape() -> None:
    full = SyntheticSizes.scaled(1.0)
    assert full == SyntheticSizes()
    assert (full.actors, full.calls, full.applications, full.scores, full.partnerships) == (
        100_000, 60, 5_000, 150_000, 2_000,
    )  # fmt: skip
    small = SyntheticSizes.scaled(0.01)
    assert (small.actors, small.applications, small.partnerships, small.calls) == (1_000, 50, 20, 60)
    with pytest.raises(ValueError):
        SyntheticSizes(evaluators=3, evaluators_per_application=5)


def test_tiny_data_set_has_exactly_the_requested_counts(tiny_db: Database) -> None:
    assert count(tiny_db, Actor) == TINY.actors
    assert count(tiny_db, Call) == TINY.calls == 6
    assert count(tiny_db, Criterion) == TINY.calls * TINY.criteria_per_call
    assert count(tiny_db, CommitteeMember) == TINY.calls * TINY.evaluators_per_application
    assert count(tiny_db, Application) == TINY.applications
    assert count(tiny_db, Assignment) == TINY.applications * TINY.evaluators_per_application
    assert count(tiny_db, Score) == TINY.scores == 40 * 3 * 4
    assert count(tiny_db, Partnership) == TINY.partnerships
    assert count(tiny_db, User) == TINY.evaluators
    with tiny_db.reading() as session:
        assert set(session.scalars(select(User.role))) == {UserRole.VALUTATORE}
        assert set(session.scalars(select(Assignment.status))) == {AssignmentStatus.INVIATA}
        years = session.scalars(select(Call.year).distinct()).all()
        assert sorted(years) == [2020, 2021, 2022]
        # Every partnership has partners and at least its submission deadline.
        for model in (PartnershipPartner, PartnershipDeadline):
            with_children = select(func.count(func.distinct(model.partnership_id)))
            assert session.scalar(with_children) == TINY.partnerships


def test_every_application_is_scored_by_its_committee(tiny_db: Database) -> None:
    with tiny_db.reading() as session:
        per_application = session.execute(
            select(Assignment.application_id, func.count(Score.id))
            .join(Score, Score.assignment_id == Assignment.id)
            .group_by(Assignment.application_id)
        ).all()
        outsiders = session.scalar(
            select(func.count())
            .select_from(Assignment)
            .join(Application, Application.id == Assignment.application_id)
            .outerjoin(
                CommitteeMember,
                (CommitteeMember.call_id == Application.call_id)
                & (CommitteeMember.user_id == Assignment.evaluator_id),
            )
            .where(CommitteeMember.id.is_(None))
        )
    assert len(per_application) == TINY.applications
    assert {n for _, n in per_application} == {TINY.evaluators_per_application * TINY.criteria_per_call}
    assert outsiders == 0


def test_outcomes_follow_the_ranking_rule(tiny_db: Database) -> None:
    funded = {ApplicationStatus.FINANZIATA, ApplicationStatus.FINANZIATA_PARZIALMENTE}
    admitted = funded | {ApplicationStatus.AMMESSA_NON_FINANZIATA}
    with tiny_db.reading() as session:
        means = session.execute(
            select(Application.id, Criterion.min_points, func.avg(Score.points))
            .join(Assignment, Assignment.application_id == Application.id)
            .join(Score, Score.assignment_id == Assignment.id)
            .join(Criterion, Criterion.id == Score.criterion_id)
            .group_by(Application.id, Criterion.id, Criterion.min_points)
        ).all()
        applications = session.scalars(select(Application)).all()
        calls = {c.id: c for c in session.scalars(select(Call))}
    totals: dict[int, float] = {}
    below_minimum: set[int] = set()
    for app_id, minimum, mean in means:
        totals[app_id] = totals.get(app_id, 0.0) + float(mean)
        if minimum is not None and float(mean) < float(minimum):
            below_minimum.add(app_id)
    granted: dict[int, Decimal] = {}
    for app in applications:
        eligible = totals[app.id] >= 60 - 0.005 and app.id not in below_minimum
        if calls[app.call_id].status is CallStatus.IN_VALUTAZIONE:
            assert app.status is ApplicationStatus.VALUTATA
        elif app.status in admitted:
            assert eligible
        else:
            assert app.status is ApplicationStatus.NON_IDONEA and not eligible
        assert (app.granted_amount is not None) == (app.status in funded)
        granted[app.call_id] = granted.get(app.call_id, Decimal(0)) + (app.granted_amount or 0)
    assert all(granted[cid] <= calls[cid].budget for cid in granted)


def test_tax_codes_are_valid_unique_eleven_digit_codes(tiny_db: Database) -> None:
    with tiny_db.reading() as session:
        codes = session.scalars(select(Actor.tax_code)).all()
    assert len(codes) == TINY.actors == len(set(codes))
    assert all(code is not None and len(code) == 11 and code.isdigit() for code in codes)
    assert all(iva.is_valid(code) for code in codes)


def test_organisation_tax_code_appends_the_luhn_digit() -> None:
    code = organisation_tax_code(9_412_345, "048")
    assert code[:10] == "9412345048"
    assert iva.is_valid(code)


def test_every_score_is_within_its_criterion(tiny_db: Database) -> None:
    with tiny_db.reading() as session:
        rows = session.execute(
            select(Score.points, Criterion.max_points).join(Criterion, Criterion.id == Score.criterion_id)
        ).all()
    assert len(rows) == TINY.scores
    for points, max_points in rows:
        assert points is not None and Decimal(0) <= points <= max_points
        assert (points * 2) % 1 == 0  # whole or half points


def test_search_text_is_filled_as_the_orm_would(tiny_db: Database) -> None:
    with tiny_db.reading() as session:
        actors = session.scalars(select(Actor)).all()
        types = {a.actor_type for a in actors}
        for actor in actors:
            assert actor.search_text
            assert actor.search_text == actor_search_text(actor)
    assert types == set(ActorType)


def test_sqlite_search_index_and_indexes_survive_the_bulk_load(
    tiny_db: Database, empty_template: TemplateDatabase
) -> None:
    if not tiny_db.is_sqlite:
        pytest.skip("FTS5 and sqlite_master are SQLite's")
    schema = "SELECT type, name, sql FROM sqlite_master WHERE type IN ('index', 'trigger') ORDER BY name"
    template = Database.open(empty_template.url)
    try:
        with template.engine.connect() as conn:
            expected = conn.exec_driver_sql(schema).all()
    finally:
        template.close()
    with tiny_db.engine.connect() as conn:
        assert conn.exec_driver_sql(schema).all() == expected
        fts = "SELECT count(*) FROM actors_fts WHERE actors_fts MATCH 'zion'"
        by_fts = conn.exec_driver_sql(fts).scalar()
        by_like = conn.exec_driver_sql("SELECT count(*) FROM actors WHERE search_text LIKE '%zion%'").scalar()
    assert by_fts == by_like > 0


def test_generator_is_deterministic_and_refuses_a_filled_database(tmp_path: Path) -> None:
    sizes = SyntheticSizes(actors=50, years=1, calls_per_year=1, applications=5, evaluators=3,
                           evaluators_per_application=2, partnerships=3)  # fmt: skip
    fingerprints = []
    for name in ("a.sqlite3", "b.sqlite3"):
        report = create_synthetic_database(tmp_path / name, sizes, seed=7)
        assert report.counts["scores"] == sizes.scores
        db = Database.open(tmp_path / name)
        with db.reading() as session:
            fingerprints.append(
                (
                    session.scalars(select(Actor.tax_code).order_by(Actor.id)).all(),
                    session.scalars(select(Score.points).order_by(Score.id)).all(),
                )
            )
        db.close()
    assert fingerprints[0] == fingerprints[1]
    with pytest.raises(SyntheticDataError):
        create_synthetic_database(tmp_path / "a.sqlite3", sizes)


def test_generator_never_touches_a_foreign_database(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE registro (id INTEGER PRIMARY KEY)")
    with pytest.raises(SyntheticDataError, match="non è vuoto"):
        create_synthetic_database(path, TINY)
    with closing(sqlite3.connect(path)) as conn:
        tables = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    assert tables == [("registro",)]


def test_the_app_can_insert_after_the_bulk_load(tiny_db: Database) -> None:
    # Explicit ids must not leave PostgreSQL's sequences behind.
    with tiny_db.transaction() as session:
        actor = Actor(name="Nuovo soggetto", actor_type=ActorType.ALTRO, country_code="IT")
        session.add(actor)
        session.flush()
        assert actor.id > TINY.actors
        session.rollback()


# -- the result table ------------------------------------------------------------------------------


def test_rows_pass_below_their_target() -> None:
    assert ResultRow("a", 0.41, "s", 0.8).passed is True
    assert ResultRow("a", 0.8, "s", 0.8).passed is False
    assert ResultRow("a", 12.0, "s").passed is None
    assert ResultRow("a", None, "s", 0.8).passed is None
    assert all_passed([ResultRow("a", 1, "s"), ResultRow("b", 0.1, "s", 0.8)])
    assert not all_passed([ResultRow("b", 0.9, "s", 0.8)])


def test_values_are_formatted_the_italian_way() -> None:
    assert format_value(0.414, "s") == "0,41 s"
    assert format_value(1234.56, "MB") == "1.234,6 MB"
    assert format_value(150000, "righe") == "150.000 righe"
    assert format_value(None, "s") == "—"


def test_format_table_aligns_every_row() -> None:
    rows = [
        ResultRow("creazione dati sintetici", 21.5, "s", note="358.417 righe"),
        ResultRow("avvio → primo disegno, mediana", 0.41, "s", 0.8),
        ResultRow("memoria di picco", 312.0, "MB", 250.0),
    ]
    lines = format_table(rows).splitlines()
    assert lines[0].split() == ["Misura", "Valore", "Obiettivo", "Esito", "Note"]
    assert len(lines) == 2 + len(rows)
    assert "21,50 s" in lines[2] and "358.417 righe" in lines[2]
    assert "< 0,80 s" in lines[3] and "OK" in lines[3]
    assert "< 250,0 MB" in lines[4] and "NON RAGGIUNTO" in lines[4]
    # Values are right-aligned in one column.
    values = ("21,50 s", "0,41 s", "312,0 MB")
    ends = [line.index(value) + len(value) for line, value in zip(lines[2:], values, strict=True)]
    assert len(set(ends)) == 1


def test_database_size_reports_the_sqlite_file(tmp_path: Path) -> None:
    path = tmp_path / "x.sqlite3"
    path.write_bytes(b"\0" * 2 * 1_048_576)
    ctx = BenchContext(db=str(path), sqlite_path=path, runs=1, home=tmp_path)
    (row,) = database_size(ctx)
    assert (row.value, row.unit, row.target) == (2.0, "MB", None)
    assert database_size(BenchContext(db="postgresql://x/y", sqlite_path=None, runs=1, home=tmp_path)) == []
    assert all(callable(b) for b in BENCHMARKS)


# -- the Excel import and export --------------------------------------------------------------------


def test_import_workbook_is_saved_as_excel_saves_it(db: Database, tmp_path: Path) -> None:
    actors = synthetic_actors(30)
    path = write_import_workbook(tmp_path / "soggetti.xlsx", actors)
    with zipfile.ZipFile(path) as archive:
        assert "inlineStr" not in archive.read("xl/worksheets/sheet1.xml").decode()
        assert b"<dimension ref=" in archive.read("xl/worksheets/sheet1.xml")
        assert "xl/sharedStrings.xml" in archive.namelist()
    sheet = openpyxl.load_workbook(path, read_only=True)["Soggetti"]
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [c.label for c in ACTOR_COLUMNS.columns]
    names = [c.field for c in ACTOR_COLUMNS.columns]
    first = dict(zip(names, rows[1], strict=True))
    assert first["name"] == actors[0]["name"] and first["actor_type"] == actors[0]["actor_type"].label
    assert first["tax_code"] == actors[0]["tax_code"]
    result = import_actors(db, path)
    assert (result.imported, result.invalid, result.duplicates) == (30, 0, [])


def test_excel_benchmark_imports_a_workbook_and_exports_the_register(
    tiny_db: Database, tmp_path: Path
) -> None:
    ctx = BenchContext(
        db=tiny_db.url.render_as_string(hide_password=False), sqlite_path=None, runs=1, home=tmp_path
    )
    imported, exported = measure_excel(ctx, import_rows=40)
    assert (imported.target, exported.target) == (IMPORT_TARGET_S, EXPORT_TARGET_S)
    assert imported.unit == exported.unit == "s"
    assert imported.value and imported.value > 0 and exported.value and exported.value > 0
    assert imported.name == "import Excel di 40 soggetti" and "lettura openpyxl" in imported.note
    details = ctx.details["excel"]
    assert details["import_rows"] == 40 and details["export_rows"] == TINY.actors
    assert len(details["import_s"]) == len(details["export_s"]) == 1
    assert "measure_excel" in [b.__name__ for b in BENCHMARKS]


# -- the smoke runner, against a stand-in for the app ---------------------------------------------


def fake_python(tmp_path: Path, body: str) -> str:
    """An executable that stands in for `python -m coop_desktop … --smoke`."""
    script = tmp_path / "fake-python"
    script.write_text(f"#!{sys.executable}\nimport json, sys\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return str(script)


def test_run_smoke_reads_the_json_line_among_other_output(tmp_path: Path) -> None:
    payload = {"first_paint_s": 0.41, "peak_rss_mb": 120.5, "rows": {"actors": 3}}
    python = fake_python(
        tmp_path,
        "assert sys.argv[1:] == ['-m', 'coop_desktop', '--db', 'x.sqlite3', '--smoke'], sys.argv\n"
        f"print('Qt says hello'); print('{{not json'); print({json.dumps(json.dumps(payload))})",
    )
    run = run_smoke("x.sqlite3", tmp_path, python)
    assert (run.first_paint_s, run.peak_rss_mb, run.exit_code) == (0.41, 120.5, 0)
    assert run.wall_s > 0

    ctx = BenchContext(db="x.sqlite3", sqlite_path=None, runs=3, home=tmp_path, python=python)
    rows = {row.name: row for row in measure_startup(ctx)}
    assert rows["avvio → primo disegno, mediana"].value == 0.41
    assert rows["avvio → primo disegno, mediana"].target == 0.8
    assert rows["memoria di picco al primo disegno"].value == 120.5
    assert rows["memoria di picco al primo disegno"].passed is True
    assert len(ctx.details["smoke_runs"]) == 3


def test_run_smoke_fails_clearly_when_the_app_does_not_report(tmp_path: Path) -> None:
    python = fake_python(tmp_path, "print('Errore: database illeggibile', file=sys.stderr); sys.exit(1)")
    with pytest.raises(SmokeError, match="database illeggibile"):
        run_smoke("x.sqlite3", tmp_path, python)


# -- the import profile ----------------------------------------------------------------------------

IMPORTTIME = """\
import time: self [us] | cumulative | imported package
import time:       100 |        100 |       _weakrefset
import time:       300 |        400 |     asyncio
import time:      2000 |       2400 |   sqlalchemy
import time:        50 |         50 |     shiboken6
import time:      1000 |       1050 |   PySide6.QtCore
import time:       700 |        700 |     coop_desktop.db.models.actors
import time:       200 |        900 |   coop_desktop.db.models
import time:        80 |         80 |   json
import time:        20 |       4450 | coop_desktop.app
"""


def test_import_profile_charges_stdlib_modules_to_their_importer() -> None:
    groups = parse_importtime(IMPORTTIME)
    assert groups == {
        "sqlalchemy": 2400,
        "PySide6": 1050,
        "coop_desktop.db.models": 900,
        "coop_desktop.app": 100,  # its own 20 and the json it imports
    }
    assert sum(groups.values()) == 4450
    assert bucket("coop_desktop.ui.tabs.actors_tab") == "coop_desktop.ui.tabs"
    assert bucket("coop_desktop.services.actors") == "coop_desktop.services"
    assert bucket("shibokensupport.signature") == "PySide6"


# -- the command line -------------------------------------------------------------------------------


def test_command_line_refuses_bad_options_before_doing_anything(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as usage:
        runner.main(["--reuse"])
    assert usage.value.code == 2
    missing = tmp_path / "assente.sqlite3"
    assert runner.main(["--db", str(missing), "--reuse", "--runs", "1"]) == 1
    assert "non esiste" in capsys.readouterr().err
    assert not missing.exists()


def test_machine_info_names_the_machine() -> None:
    info = runner.machine_info()
    assert info["cpus"] >= 1
    assert info["cpu_model"]
    assert info["python"].startswith("3.")
