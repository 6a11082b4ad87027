"""One instance per SQLite file: a second one is told who holds it; a crashed holder's lock is stale."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from coop_desktop.db.instance_lock import DatabaseInUse, InstanceLock, LockOwner, lock_path, read_owner
from tests.reliability.conftest import sqlite_only

pytestmark = sqlite_only

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys, time
from pathlib import Path
from coop_desktop.db.instance_lock import InstanceLock
lock = InstanceLock(Path(sys.argv[1])).acquire()
print("held", flush=True)
time.sleep(600)
"""


def _holder(database: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_lock_is_refused_naming_the_holder(tmp_path: Path) -> None:
    database = tmp_path / "ufficio.sqlite3"
    first = InstanceLock(database).acquire()
    try:
        with pytest.raises(DatabaseInUse) as refused:
            InstanceLock(database).acquire()
        owner = refused.value.owner
        assert owner is not None
        assert owner.pid == os.getpid() and owner.host == socket.gethostname()
        assert owner.user == LockOwner.current().user
        assert str(refused.value).startswith(
            f"Il database {database} è già aperto da {owner.user} sul computer"
        )
    finally:
        first.release()
    assert not lock_path(database).exists(), "a clean exit leaves no lock file"
    InstanceLock(database).acquire().release()


def test_a_lock_held_by_another_process_is_detected(tmp_path: Path) -> None:
    database = tmp_path / "ufficio.sqlite3"
    proc = _holder(database)
    try:
        with pytest.raises(DatabaseInUse) as refused:
            InstanceLock(database).acquire()
        assert refused.value.owner is not None and refused.value.owner.pid == proc.pid
    finally:
        proc.kill()
        proc.wait(timeout=30)


def test_the_lock_of_a_killed_process_is_stale_and_taken_over(tmp_path: Path) -> None:
    database = tmp_path / "ufficio.sqlite3"
    proc = _holder(database)
    proc.kill()  # kill -9: no chance to remove its lock file
    proc.wait(timeout=30)
    left = read_owner(lock_path(database))
    assert left is not None and left.pid == proc.pid, "the crashed holder's lock file is still there"

    with InstanceLock(database) as lock:
        assert lock.held
        owner = read_owner(lock.path)
        assert owner is not None and owner.pid == os.getpid()


def test_a_leftover_lock_file_with_no_holder_is_ignored(tmp_path: Path) -> None:
    database = tmp_path / "ufficio.sqlite3"
    stale = LockOwner(999_999, "altro-pc", "mrossi", "2025-01-01T08:00:00")
    lock_path(database).write_text(stale.as_json(), encoding="utf-8")
    with InstanceLock(database):
        pass


def test_an_unreadable_lock_file_still_refuses_cleanly(tmp_path: Path) -> None:
    database = tmp_path / "ufficio.sqlite3"
    with InstanceLock(database) as lock:
        lock.path.write_bytes(b"\x00\xff non json")
        with pytest.raises(DatabaseInUse, match="da un'altra istanza di Coop Desktop") as refused:
            InstanceLock(database).acquire()
        assert refused.value.owner is None
