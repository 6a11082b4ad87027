"""The headless command line: exit codes, Italian messages, --json output."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from coop_desktop.cli import main
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, Call
from coop_desktop.db.schema import SCHEMA_HEAD, current_revision
from tests.helpers.databases import empty_database
from tests.helpers.factories import make_actor


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def test_init_creates_the_schema(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with empty_database(tmp_path) as url:
        assert main(["--db", url.render_as_string(hide_password=False), "init"]) == 0
        assert "Database pronto" in capsys.readouterr().out
        db = Database.open(url)
        assert current_revision(db) == SCHEMA_HEAD
        db.close()


def test_init_demo_loads_once_and_is_idempotent(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with empty_database(tmp_path) as url:
        raw = url.render_as_string(hide_password=False)
        assert main(["init", "--demo", "--db", raw, "--json"]) == 0
        first = json.loads(capsys.readouterr().out)
        assert first["ok"] is True and first["demo_loaded"]["soggetti"] >= 60
        assert main(["init", "--demo", "--db", raw]) == 0
        assert "già presenti" in capsys.readouterr().out
        db = Database.open(url)
        with db.reading() as s:
            assert s.scalar(select(func.count(Call.id))) == 3
        db.close()


def test_init_demo_refuses_a_database_with_other_data(
    db: Database, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as s:
        make_actor(s, name="Dati veri")
    assert main(["init", "--demo", "--db", _url(db)]) == 1
    assert "contiene già dati" in capsys.readouterr().err
    with db.reading() as s:
        assert s.scalar(select(func.count(Actor.id))) == 1


def test_check_json_reports_ok(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--json", "--db", _url(db)]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report == {"database": db.name, "schema_revision": SCHEMA_HEAD, "ok": True, "problems": []}


def test_check_exits_1_on_problems(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    assert main(["check", "--db", _url(db)]) == 1
    assert "Versione dello schema 9999_future" in capsys.readouterr().out


def test_newer_database_is_refused_by_every_command(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    assert main(["--db", _url(db), "init", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is False and "versione più recente" in out["error"]
    assert current_revision(db) == "9999_future"


def test_backup_writes_a_file(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "backup.sqlite3"
    code = main(["backup", str(target), "--db", _url(db), "--json"])
    if db.is_sqlite:
        assert code == 0 and target.exists()
        assert json.loads(capsys.readouterr().out) == {"ok": True, "backup": str(target.resolve())}
    else:
        assert code == 1 and not target.exists()


def test_usage_errors_exit_2_in_italian(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["restore"])  # FILE is required (backup without FILE goes to the backup folder)
    assert excinfo.value.code == 2
    assert "argomenti obbligatori mancanti" in capsys.readouterr().err
    with pytest.raises(SystemExit) as excinfo:
        main(["esporta-tutto"])
    assert excinfo.value.code == 2


def test_unreadable_database_is_a_clear_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bogus = tmp_path / "rotto.sqlite3"
    bogus.write_bytes(b"questo non e' un database SQLite" * 100)
    assert main(["--db", str(bogus), "init"]) == 1
    assert "Impossibile aprire il database" in capsys.readouterr().err


def test_installed_entry_point_runs(tmp_path: Path) -> None:
    exe = shutil.which("coop-desktop", path=str(Path(sys.executable).parent)) or shutil.which("coop-desktop")
    assert exe, "coop-desktop is not installed in this environment"
    env = {**os.environ, "COOP_DESKTOP_DB": str(tmp_path / "env.sqlite3")}
    version = subprocess.run([exe, "--version"], capture_output=True, text=True, check=True)
    assert version.stdout.startswith("Coop Desktop ")
    done = subprocess.run([exe, "init", "--json"], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["database"] == str(tmp_path / "env.sqlite3")
