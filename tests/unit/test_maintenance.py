from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import func, select, text, update

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor
from coop_desktop.services.maintenance import MaintenanceError, MaintenanceService
from tests.helpers.factories import make_actor, make_application, make_call
from tests.helpers.users import ADMIN

pytestmark = []


def test_backup_is_a_complete_standalone_copy(db: Database, tmp_path: Path) -> None:
    if not db.is_sqlite:
        with pytest.raises(MaintenanceError, match="pg_dump"):
            MaintenanceService(db, ADMIN).backup(tmp_path / "b.sqlite3")
        return
    with db.transaction() as s:
        make_actor(s, name="Soggetto salvato")
    target = MaintenanceService(db, ADMIN).backup(tmp_path / "copie" / "backup.sqlite3")
    assert target.exists() and not Path(str(target) + "-wal").exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT name FROM actors").fetchall() == [("Soggetto salvato",)]
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    restored = Database.open(target)
    assert MaintenanceService(restored, ADMIN).check().ok
    restored.close()


def test_backup_refuses_to_overwrite_the_open_database(db: Database) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite only")
    with pytest.raises(MaintenanceError, match="coincidere"):
        MaintenanceService(db, ADMIN).backup(Path(db.url.database or ""))


def test_check_passes_on_a_sound_database(db: Database) -> None:
    report = MaintenanceService(db, ADMIN).check()
    assert report.ok, report.problems
    assert report.as_dict()["ok"] is True


def test_check_reports_inconsistent_amounts(db: Database) -> None:
    with db.transaction() as s:
        app = make_application(s, make_call(s), make_actor(s))
        s.execute(text("UPDATE applications SET requested_grant = 90000 WHERE id = :id"), {"id": app.id})
    report = MaintenanceService(db, ADMIN).check()
    assert not report.ok
    assert report.problems == ["1 domande hanno un contributo richiesto superiore al costo totale."]


def test_check_reports_an_outdated_schema(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
    report = MaintenanceService(db, ADMIN).check()
    assert not report.ok and "Versione dello schema" in report.problems[0]


def test_check_reports_actor_totals_out_of_step(demo_db: Database) -> None:
    assert MaintenanceService(demo_db, ADMIN).check().ok
    with demo_db.engine.begin() as conn:
        conn.execute(
            update(Actor)
            .where(Actor.id == select(func.min(Actor.id)).scalar_subquery())
            .values(applications_count=Actor.applications_count + 5)
        )
    report = MaintenanceService(demo_db, ADMIN).check()
    assert report.problems == ["1 soggetti hanno un numero di domande diverso da quello registrato."]
