"""Automatic backups: the rotation policy, naming, the configured folder, judging a backup file."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from coop_desktop.db.engine import Database
from coop_desktop.paths import default_backup_dir
from coop_desktop.services import backups
from coop_desktop.services.backups import (
    RestoreError,
    automatic_backup,
    backup_name,
    check_backup,
    configured_backup_folder,
    latest_good_backup,
    list_backups,
    plan_rotation,
)
from coop_desktop.services.errors import PermissionDenied
from tests.helpers.users import READER

NOW = datetime(2026, 3, 15, 18, 0, 0)


def _kept(stamps: list[datetime], now: datetime = NOW, keep_last: int = 10) -> list[datetime]:
    doomed = set(plan_rotation([(s, s) for s in stamps], now, keep_last))
    return sorted(set(stamps) - doomed)


# -- plan_rotation ----------------------------------------------------------------------------------


def test_nothing_to_delete_below_ten() -> None:
    stamps = [NOW - timedelta(days=d) for d in range(10)]
    assert plan_rotation([(s, s) for s in stamps], NOW) == []
    assert plan_rotation([], NOW) == []


def test_keeps_the_newest_ten_and_the_newest_of_each_month() -> None:
    # One backup a day for 100 days, back from 15 March 2026 to 6 December 2025.
    stamps = [NOW - timedelta(days=d) for d in range(100)]
    kept = _kept(stamps)
    newest_ten = sorted(stamps)[-10:]
    months = {
        (2025, 12): datetime(2025, 12, 31, 18),
        (2026, 1): datetime(2026, 1, 31, 18),
        (2026, 2): datetime(2026, 2, 28, 18),
    }
    assert kept == sorted({*newest_ten, *months.values()})
    assert len(kept) == 13


def test_several_a_day_keep_the_newest_of_the_month_not_the_first() -> None:
    stamps = [datetime(2026, 1, day, hour) for day in (3, 20) for hour in (9, 17)] + [
        NOW - timedelta(minutes=m) for m in range(12)
    ]
    kept = _kept(stamps)
    assert datetime(2026, 1, 20, 17) in kept
    assert not {datetime(2026, 1, 3, 9), datetime(2026, 1, 3, 17), datetime(2026, 1, 20, 9)} & set(kept)
    assert len(kept) == 11


def test_a_backup_from_a_wrong_future_clock_neither_goes_nor_crowds_out_the_rest() -> None:
    future = [datetime(2099, 1, day) for day in range(1, 16)]
    recent = [NOW - timedelta(hours=h) for h in range(12)]
    kept = _kept(future + recent)
    assert set(future) <= set(kept)
    assert sorted(set(kept) - set(future)) == sorted(recent)[-10:]


def test_the_result_keeps_the_callers_items_and_order() -> None:
    files = [(f"f{d}", NOW - timedelta(days=d)) for d in range(12)]
    # All in March: the newest three stay, and March's newest is one of them.
    assert plan_rotation(files, NOW, keep_last=3) == [f"f{d}" for d in range(3, 12)]


# -- naming, listing, folder ------------------------------------------------------------------------


def test_names_sort_by_time_and_only_own_files_are_listed(tmp_path: Path) -> None:
    name = backup_name("coop-desktop", datetime(2026, 1, 2, 3, 4, 5))
    assert name == "coop-desktop-20260102-030405.sqlite3"
    for file in (
        name,
        backup_name("coop-desktop", datetime(2026, 1, 2, 3, 4, 5), 1),
        "coop-desktop-20260101-000000.sqlite3",
        "coop-desktop-ufficio-20260101-000000.sqlite3",  # another database's
        "coop-desktop-20260101-000000.sqlite3.part",
        "appunti.txt",
        "coop-desktop-2026-01-01.sqlite3",
    ):
        (tmp_path / file).write_bytes(b"")
    listed = list_backups(tmp_path, "coop-desktop")
    assert [b.path.name for b in listed] == [
        "coop-desktop-20260102-030405-1.sqlite3",  # made second in the same second
        "coop-desktop-20260102-030405.sqlite3",
        "coop-desktop-20260101-000000.sqlite3",
    ]
    assert listed[-1].taken_at == datetime(2026, 1, 1)
    assert list_backups(tmp_path / "manca", "coop-desktop") == []


def test_backup_folder_is_read_from_the_windows_settings(tmp_path: Path) -> None:
    ini = tmp_path / "settings.ini"
    assert configured_backup_folder(ini) == default_backup_dir()
    # As QSettings writes it: quoted when it holds a comma, backslashes doubled.
    ini.write_text(
        '[main_window]\ngeometry=@ByteArray(\\x1\\0)\n\n[backup]\nfolder="/srv/copie, ufficio/\\\\rete"\n',
        encoding="utf-8",
    )
    assert configured_backup_folder(ini) == Path("/srv/copie, ufficio/\\rete")
    ini.write_text("[backup]\nmanual_folder=/tmp/altro\nfolder=/media/chiavetta/backup\n", encoding="utf-8")
    assert configured_backup_folder(ini) == Path("/media/chiavetta/backup")


# -- automatic backups on a real database -----------------------------------------------------------


def test_automatic_backups_rotate(db: Database, tmp_path: Path) -> None:
    if not db.is_sqlite:
        with pytest.raises(backups.MaintenanceError, match="SQLite"):
            automatic_backup(db, tmp_path)
        return
    folder = tmp_path / "copie"
    made = []
    for day in range(14):
        done = automatic_backup(db, folder, now=datetime(2026, 2, 20) + timedelta(days=day), keep_last=5)
        made.append(done.path)
    left = {p.name for p in folder.iterdir()}
    stem = Path(db.url.database or "").stem
    # One a day from 20 February to 5 March: the newest five (1-5 March) and February's newest (28th).
    assert left == {p.name for p in made[-5:]} | {f"{stem}-20260228-000000.sqlite3"}
    with sqlite3.connect(made[-1]) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)


def test_two_backups_in_the_same_second_both_kept(db: Database, tmp_path: Path) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite only")
    first = automatic_backup(db, tmp_path, now=NOW)
    second = automatic_backup(db, tmp_path, now=NOW)
    assert first.path != second.path and first.path.exists() and second.path.exists()


def test_only_maintenance_roles_back_up_or_restore(db: Database, tmp_path: Path) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite only")
    with pytest.raises(PermissionDenied):
        automatic_backup(db, tmp_path, user=READER)
    with pytest.raises(PermissionDenied):
        backups.restore(tmp_path / "x.sqlite3", tmp_path / "y.sqlite3", user=READER)


# -- judging a file ---------------------------------------------------------------------------------


def _backup_of(db: Database, folder: Path, when: datetime = NOW) -> Path:
    return automatic_backup(db, folder, now=when).path


def test_check_backup_accepts_a_backup_and_refuses_what_is_not_one(db: Database, tmp_path: Path) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite only")
    good = check_backup(_backup_of(db, tmp_path))
    assert good.taken_at == NOW

    empty = tmp_path / "vuoto.sqlite3"
    empty.write_bytes(b"")
    junk = tmp_path / "appunti.sqlite3"
    junk.write_bytes(b"non sono un database " * 200)
    blank = tmp_path / "nuovo.sqlite3"
    sqlite3.connect(blank).execute("CREATE TABLE t(x)").connection.close()
    for path, reason in (
        (tmp_path / "manca.sqlite3", "non esiste"),
        (empty, "è vuoto"),
        (junk, "non è un database SQLite"),
        (blank, "non è un database di Coop Desktop"),
    ):
        with pytest.raises(RestoreError, match=reason):
            check_backup(path)


def test_check_backup_refuses_a_newer_schema_and_accepts_an_older_one(db: Database, tmp_path: Path) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite only")
    path = _backup_of(db, tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    with pytest.raises(RestoreError, match="versione più recente"):
        check_backup(path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001_initial'")
    conn.close()
    assert check_backup(path).revision == "0001_initial"


def test_latest_good_backup_skips_damaged_ones(db: Database, tmp_path: Path) -> None:
    if not db.is_sqlite:
        pytest.skip("SQLite only")
    stem = Path(db.url.database or "").stem
    assert latest_good_backup(tmp_path, stem) is None
    older = _backup_of(db, tmp_path, NOW - timedelta(days=2))
    newest = _backup_of(db, tmp_path, NOW)
    newest.write_bytes(newest.read_bytes()[:8192])  # truncated
    found = latest_good_backup(tmp_path, stem)
    assert found is not None and found.path == older and found.taken_at == NOW - timedelta(days=2)
