"""Restoring a backup: the file is judged first, the current database is kept, no stale log survives."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from coop_desktop.cli import main
from coop_desktop.db.engine import Database
from coop_desktop.db.instance_lock import InstanceLock
from coop_desktop.db.schema import SchemaState, ensure_current, upgrade
from coop_desktop.db.sqlite_file import side_files
from coop_desktop.services.backups import RestoreError, automatic_backup, restore
from coop_desktop.services.maintenance import MaintenanceService
from tests.helpers.users import ADMIN
from tests.reliability.conftest import snapshot, sqlite_integrity, sqlite_only

pytestmark = sqlite_only


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backup_of(database: Path, folder: Path) -> Path:
    db = Database.open(database)
    try:
        return automatic_backup(db, folder, user=ADMIN).path
    finally:
        db.close()


def add_actor(database: Path, name: str) -> None:
    conn = sqlite3.connect(database)
    try:
        conn.execute(
            "UPDATE actors SET name = ? WHERE id = (SELECT min(id) FROM actors)", (name,)
        )  # one visible change, made after the backup
        conn.commit()
    finally:
        conn.close()


def first_actor(database: Path) -> str:
    conn = sqlite3.connect(database)
    try:
        return str(conn.execute("SELECT name FROM actors ORDER BY id LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def previous_copies(database: Path) -> list[Path]:
    return sorted(database.parent.glob(f"{database.stem}.prima-del-ripristino-*{database.suffix}"))


def test_a_good_backup_is_restored_and_the_previous_database_kept(demo_file: Path, tmp_path: Path) -> None:
    backup = backup_of(demo_file, tmp_path / "copie")
    original = first_actor(demo_file)
    add_actor(demo_file, "Modificato dopo il backup")
    current = snapshot(demo_file)

    result = restore(demo_file, backup, user=ADMIN)

    assert first_actor(demo_file) == original
    assert snapshot(demo_file) == snapshot(backup)
    [kept] = previous_copies(demo_file)
    assert result.previous_copy == kept
    assert snapshot(kept) == current
    assert sqlite_integrity(demo_file) == ["ok"]
    db = Database.open(demo_file)
    try:
        assert ensure_current(db) is SchemaState.CURRENT
        assert MaintenanceService(db, ADMIN).check().ok
    finally:
        db.close()
    assert not InstanceLock(demo_file).path.exists(), "the restore's lock is released"


def test_a_stale_wal_never_reaches_the_restored_file(demo_file: Path, tmp_path: Path) -> None:
    """A crash left the current database with a -wal full of committed changes: they go with the kept
    copy; applied to the restored file they would corrupt it."""
    backup = backup_of(demo_file, tmp_path / "copie")
    crashed = tmp_path / "crash"
    crashed.mkdir()
    writer = sqlite3.connect(demo_file)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("UPDATE actors SET name = 'Solo nel WAL' WHERE id = (SELECT min(id) FROM actors)")
    writer.commit()
    for path in (demo_file, *side_files(demo_file)):  # the files as a crash would leave them
        shutil.copy2(path, crashed / path.name)
    writer.close()
    for path in crashed.iterdir():
        shutil.copy2(path, demo_file.parent / path.name)
    assert Path(f"{demo_file}-wal").stat().st_size > 0

    result = restore(demo_file, backup, user=ADMIN)

    assert snapshot(demo_file) == snapshot(backup)
    assert sqlite_integrity(demo_file) == ["ok"]
    assert result.previous_copy is not None and first_actor(result.previous_copy) == "Solo nel WAL"


def test_a_damaged_backup_is_refused_and_the_database_untouched(demo_file: Path, tmp_path: Path) -> None:
    backup = backup_of(demo_file, tmp_path / "copie")
    data = bytearray(backup.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[5 * page_size : 7 * page_size] = b"\xa5" * (2 * page_size)  # header fine, pages garbage
    backup.write_bytes(bytes(data))
    before = digest(demo_file)

    with pytest.raises(RestoreError, match=r"danneggiato|non è un database"):
        restore(demo_file, backup, user=ADMIN)

    assert digest(demo_file) == before
    assert previous_copies(demo_file) == []
    assert [p.name for p in demo_file.parent.iterdir() if "ripristino" in p.name] == []


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "vuoto"),
        (b"SQLite format 3\x00" + b"\x00" * 50, "non è un database SQLite"),
        (b"x" * 5000, "SQLite"),
    ],
    ids=["empty", "short-header", "text"],
)
def test_what_is_not_a_database_is_refused(
    demo_file: Path, tmp_path: Path, content: bytes, reason: str
) -> None:
    fake = tmp_path / "finto.sqlite3"
    fake.write_bytes(content)
    before = digest(demo_file)
    with pytest.raises(RestoreError, match=reason):
        restore(demo_file, fake, user=ADMIN)
    assert digest(demo_file) == before


def test_a_backup_from_a_newer_version_is_refused(demo_file: Path, tmp_path: Path) -> None:
    backup = backup_of(demo_file, tmp_path / "copie")
    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = digest(demo_file)
    with pytest.raises(RestoreError, match="versione più recente"):
        restore(demo_file, backup, user=ADMIN)
    assert digest(demo_file) == before


def test_an_older_backup_is_restored_and_migrated_at_next_open(demo_file: Path, tmp_path: Path) -> None:
    old = tmp_path / "versione-precedente.sqlite3"
    db = Database.open(old)
    try:
        upgrade(db, "0001_initial")  # as the first release left it
    finally:
        db.close()
    shutil.copyfile(backup_of(old, tmp_path / "copie-vecchie"), tmp_path / "vecchio.sqlite3")

    result = restore(demo_file, tmp_path / "vecchio.sqlite3", user=ADMIN)

    assert result.revision == "0001_initial"
    db = Database.open(demo_file)
    try:
        assert ensure_current(db) is SchemaState.OUTDATED  # upgraded now
        assert MaintenanceService(db, ADMIN).check().ok
    finally:
        db.close()


def test_a_database_open_in_the_app_is_not_replaced(demo_file: Path, tmp_path: Path) -> None:
    backup = backup_of(demo_file, tmp_path / "copie")
    before = digest(demo_file)
    with InstanceLock(demo_file), pytest.raises(RestoreError, match="già aperto"):
        restore(demo_file, backup, user=ADMIN)
    assert digest(demo_file) == before


def test_restore_command(demo_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    backup = backup_of(demo_file, tmp_path / "copie")
    add_actor(demo_file, "Modificato dopo il backup")

    # Not from a terminal and without --yes: refused, nothing touched.
    assert main(["--db", str(demo_file), "restore", str(backup), "--json"]) == 1
    assert "--yes" in json.loads(capsys.readouterr().out)["error"]
    assert first_actor(demo_file) == "Modificato dopo il backup"

    assert main(["--db", str(demo_file), "restore", str(backup), "--yes", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["ok"] is True and out["restored_from"] == str(backup)
    assert Path(out["previous_copy"]).exists()
    assert first_actor(demo_file) != "Modificato dopo il backup"

    junk = tmp_path / "rotto.sqlite3"
    junk.write_bytes(b"rotto" * 1000)
    assert main(["--db", str(demo_file), "restore", str(junk), "--yes"]) == 1
    assert capsys.readouterr().err.startswith("Errore: Il file")


def test_backup_command_without_a_file_goes_to_the_backup_folder(
    demo_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    home = tmp_path / "home"
    home.mkdir()
    folder = tmp_path / "cartella scelta"
    (home / "settings.ini").write_text(f"[backup]\nfolder={folder}\n", encoding="utf-8")
    monkeypatch.setenv("COOP_DESKTOP_HOME", str(home))
    for _ in range(2):
        assert main(["--db", str(demo_file), "backup", "--json"]) == 0
        out = json.loads(capsys.readouterr().out)
        assert Path(out["backup"]).parent == folder and out["removed"] == []
    assert len(list(folder.glob(f"{demo_file.stem}-*.sqlite3"))) == 2
