"""An import killed halfway (kill -9) leaves the database exactly as before, and the next start is clean.

The import runs in its own process, `coop-desktop import actors` on a 20,000-row workbook. Two
runs stop the process at a chosen moment so that the kill lands where it hurts most: in the middle
of the inserts, once uncommitted pages have reached the WAL file (with a page cache made small for
the purpose: the app's own holds a 20,000-row transaction in memory), and on the COMMIT statement
itself, with every row written but not committed. A third kills the plain command as soon as it
starts writing, whatever it is doing then: the database must hold all the rows or none.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import openpyxl
import pytest
from stdnum import luhn

from coop_desktop.db.engine import Database
from coop_desktop.db.schema import SchemaState, ensure_current
from coop_desktop.exchange.actors_import import import_actors
from coop_desktop.services.maintenance import MaintenanceService
from tests.helpers.users import ADMIN
from tests.reliability.conftest import snapshot, sqlite_integrity, sqlite_only

pytestmark = sqlite_only

ROOT = Path(__file__).resolve().parents[2]
ROWS = 20_000
HEADERS = ["Denominazione", "Tipologia", "Codice fiscale", "Provincia", "Email"]
TIMEOUT_S = 180

# Runs the real command line in a process that stops itself (sleeps) at the moment named by argv[2],
# after writing what it had done to the marker file argv[1]; the test then kills it with SIGKILL.
# The statements are watched with sqlite3's trace callback, so the stop does not depend on how
# the importer batches its inserts.
STOPPING_IMPORT = r"""
import os, re, sys, time
from sqlalchemy import event
from sqlalchemy.engine import Engine

marker, moment = sys.argv[1], sys.argv[2]
args = sys.argv[3:]
database = args[args.index("--db") + 1]
wal = database + "-wal"
INSERT = re.compile(r'^\s*INSERT\s+INTO\s+"?actors"?\s*\(', re.IGNORECASE)
seen = {"inserts": 0}

def wal_size():
    try:
        return os.path.getsize(wal)
    except OSError:
        return 0

def stop(where):
    with open(marker + ".tmp", "w") as f:
        f.write(f"{where} {seen['inserts']} {wal_size()}")
    os.replace(marker + ".tmp", marker)
    time.sleep(600)

def trace(sql):
    if INSERT.match(sql):
        seen["inserts"] += 1
        # In the middle of the inserts, once uncommitted pages have been written to the WAL file.
        if moment == "spilled" and wal_size() > 256 * 1024:
            stop("spilled")
    elif seen["inserts"] and sql.strip().upper().startswith("COMMIT"):
        stop("commit")

@event.listens_for(Engine, "connect")
def watch(dbapi_connection, _record):
    dbapi_connection.set_trace_callback(trace)

@event.listens_for(Engine, "checkout")
def small_cache(dbapi_connection, _record, _proxy):
    # After the app's own pragmas: a page cache this small spills the transaction to the WAL early.
    if moment == "spilled":
        dbapi_connection.execute("PRAGMA cache_size=-256")

from coop_desktop.__main__ import main
sys.exit(main(args))
"""


def _code(n: int) -> str:
    body = f"{2_000_000 + n:07d}001"  # a valid 11-digit codice fiscale (office 001), distinct per n
    return body + luhn.calc_check_digit(body)


def write_actors(path: Path, rows: int, start: int = 0) -> Path:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Soggetti")
    sheet.append(HEADERS)
    for n in range(start, start + rows):
        sheet.append(
            [f"Associazione affidabilità {n}", "associazione", _code(n), "FI", f"info{n}@esempio.it"]
        )
    workbook.save(path)
    return path


@pytest.fixture(scope="module")
def big_workbook(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_actors(tmp_path_factory.mktemp("workbooks") / "soggetti-20000.xlsx", ROWS)


def _env(home: Path) -> dict[str, str]:
    env = {**os.environ, "COOP_DESKTOP_HOME": str(home)}
    env.pop("COOP_DESKTOP_DB", None)
    return env


def _wait_for(proc: subprocess.Popen[str], ready, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + TIMEOUT_S
    while not ready():
        if proc.poll() is not None:
            out, err = proc.communicate()
            pytest.fail(f"the import ended (exit {proc.returncode}) before {what}:\n{out}\n{err}")
        if time.monotonic() > deadline:
            proc.kill()
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.005)


def _kill(proc: subprocess.Popen[str]) -> None:
    proc.kill()  # SIGKILL on POSIX: no handler, no atexit, no rollback by the process itself
    proc.wait(timeout=30)


def assert_clean_next_start(database: Path, before: list[str]) -> None:
    """What the next start sees: the data as before, a sound file, a current schema, a clean check."""
    assert snapshot(database) == before
    assert sqlite_integrity(database) == ["ok"]
    db = Database.open(database)
    try:
        assert ensure_current(db) is SchemaState.CURRENT
        report = MaintenanceService(db, ADMIN).check()
        assert report.ok, report.problems
    finally:
        db.close()


@pytest.mark.parametrize("moment", ["spilled", "commit"])
def test_import_killed_mid_write_leaves_the_database_as_before(
    moment: str, demo_file: Path, big_workbook: Path, tmp_path: Path
) -> None:
    before = snapshot(demo_file)
    marker = tmp_path / "stopped"
    proc = subprocess.Popen(
        [sys.executable, "-c", STOPPING_IMPORT, str(marker), moment,
         "--db", str(demo_file), "import", "actors", str(big_workbook)],
        cwd=ROOT, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        _wait_for(proc, marker.exists, f"the {moment} of the inserts")
    finally:
        _kill(proc)
    where, inserts, wal_bytes = marker.read_text().split()
    assert int(inserts) > 0, "killed before writing anything: the test proves nothing"
    assert where == moment
    if moment == "spilled":
        assert int(wal_bytes) > 256 * 1024, "uncommitted pages were on disk when the process died"

    assert_clean_next_start(demo_file, before)
    # And the database takes writes again: the same import, run to the end, imports every row.
    db = Database.open(demo_file)
    try:
        small = write_actors(tmp_path / "pochi.xlsx", 25)
        result = import_actors(db, small)
        assert result.imported == 25 and result.written
    finally:
        db.close()


def _actors(database: Path) -> int:
    conn = sqlite3.connect(database)
    try:
        return int(conn.execute("SELECT count(*) FROM actors").fetchone()[0])
    finally:
        conn.close()


def test_plain_import_killed_once_it_writes_keeps_all_or_nothing(
    demo_file: Path, big_workbook: Path, tmp_path: Path
) -> None:
    """`python -m coop_desktop import actors`, untouched, killed as soon as its WAL file grows."""
    before = snapshot(demo_file)
    actors_before = _actors(demo_file)
    wal = Path(f"{demo_file}-wal")
    proc = subprocess.Popen(
        [sys.executable, "-m", "coop_desktop", "--db", str(demo_file), "import", "actors", str(big_workbook)],
        cwd=ROOT, env=_env(tmp_path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        _wait_for(proc, lambda: wal.exists() and wal.stat().st_size > 0, "the first write")
    finally:
        _kill(proc)

    # Killed before its commit (the likely case): exactly as before. After it: every row, not some.
    if snapshot(demo_file) == before:
        assert_clean_next_start(demo_file, before)
    else:
        assert _actors(demo_file) == actors_before + ROWS
        assert sqlite_integrity(demo_file) == ["ok"]
