"""The SQLite file around the window: a second instance, a damaged file at start, restores, backups."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from coop_desktop import app
from coop_desktop.db.engine import Database
from coop_desktop.db.instance_lock import InstanceLock, lock_path, read_owner
from coop_desktop.services.backups import automatic_backup, configured_backup_folder
from coop_desktop.ui import login
from coop_desktop.ui.recovery import BACKUP_FOLDER_KEY, IntegrityWatch, Opened, open_guarded
from tests.helpers.databases import TemplateDatabase, postgres_url
from tests.helpers.users import ADMIN
from tests.ui.boxes import MessageBoxes, StandardButton

pytestmark = pytest.mark.skipif(postgres_url() is not None, reason="about the SQLite file")

TAKEN_AT = datetime(2026, 3, 2, 17, 45)


@pytest.fixture
def demo_file(demo_template: TemplateDatabase, tmp_path: Path) -> Iterator[Path]:
    with demo_template.clone(tmp_path) as url:
        yield Path(url.database or "")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "copie"


@pytest.fixture
def settings(tmp_path: Path, folder: Path) -> QSettings:
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    store.setValue(BACKUP_FOLDER_KEY, str(folder))
    return store


@pytest.fixture
def told() -> list[str]:
    return []


def backup_of(database: Path, folder: Path, when: datetime = TAKEN_AT) -> Path:
    db = Database.open(database)
    try:
        return automatic_backup(db, folder, user=ADMIN, now=when).path
    finally:
        db.close()


def first_actor(database: Path) -> str:
    conn = sqlite3.connect(database)
    try:
        return str(conn.execute("SELECT name FROM actors ORDER BY id LIMIT 1").fetchone()[0])
    finally:
        conn.close()


def rename_first_actor(database: Path, name: str) -> None:
    conn = sqlite3.connect(database)
    try:
        conn.execute("UPDATE actors SET name = ? WHERE id = (SELECT min(id) FROM actors)", (name,))
        conn.commit()
    finally:
        conn.close()


def truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def close(opened: Opened | None) -> None:
    if opened is not None:
        opened.db.close()
        if opened.lock is not None:
            opened.lock.release()


def _open_at_start(value: Path, settings: QSettings, told: list[str]) -> Opened | None:
    return open_guarded(str(value), None, settings, told.append, interactive=True, at_start=True)


# -- a damaged file at start ------------------------------------------------------------------------


def test_a_damaged_file_offers_the_latest_good_backup(
    qtbot: QtBot,
    demo_file: Path,
    folder: Path,
    settings: QSettings,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup_of(demo_file, folder)
    good = first_actor(demo_file)
    truncate(demo_file)
    boxes = MessageBoxes(monkeypatch, clicks=["Ripristina il backup"])

    opened = _open_at_start(demo_file, settings, told)
    try:
        assert opened is not None and told == []
        [message] = boxes.texts()
        assert message.startswith(f"Impossibile aprire il database {demo_file}: il file è troncato")
        assert "L'ultimo backup integro è del 02/03/2026 17:45" in message
        with opened.db.reading() as session:
            assert session.execute(text("SELECT name FROM actors ORDER BY id LIMIT 1")).scalar() == good
        assert opened.lock is not None and opened.lock.held
        kept = list(demo_file.parent.glob(f"{demo_file.stem}.prima-del-ripristino-*"))
        assert len(kept) == 1, "the damaged file is kept beside the restored one"
    finally:
        close(opened)


def test_a_damaged_file_without_backups_lets_the_user_choose_another(
    demo_file: Path, tmp_path: Path, settings: QSettings, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "altro.sqlite3"
    other.write_bytes(demo_file.read_bytes())
    truncate(demo_file)
    boxes = MessageBoxes(monkeypatch, clicks=["Scegli un altro file…"])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(other), ""))

    opened = _open_at_start(demo_file, settings, told)
    try:
        assert opened is not None and Path(opened.db.url.database or "") == other
        assert "Non è stato trovato nessun backup integro" in boxes.texts()[0]
        assert not lock_path(demo_file).exists()
    finally:
        close(opened)


def test_exit_from_the_damaged_file_dialog(
    demo_file: Path, settings: QSettings, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    demo_file.write_bytes(b"non un database " * 500)
    before = demo_file.read_bytes()
    MessageBoxes(monkeypatch, clicks=["Esci"])
    assert _open_at_start(demo_file, settings, told) is None
    assert demo_file.read_bytes() == before and not lock_path(demo_file).exists()


# -- a second instance ------------------------------------------------------------------------------


def test_a_second_instance_is_offered_read_only(
    qtbot: QtBot, demo_file: Path, settings: QSettings, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    other_instance = InstanceLock(demo_file).acquire()
    boxes = MessageBoxes(monkeypatch, clicks=["Apri in sola lettura"])
    workspace = app.Workspace(settings)
    try:
        db = workspace.open(str(demo_file), None, told.append)
        assert db is not None and db.read_only and workspace.lock is None
        owner = read_owner(other_instance.path)
        assert owner is not None
        assert f"è già aperto da {owner.user} sul computer {owner.host}" in boxes.texts()[0]
        window = workspace.show(db, user=ADMIN)
        qtbot.waitExposed(window)
        assert window.windowTitle() == "Coop Desktop — sola lettura"
        assert window.read_only_label.isVisible() and window.read_only_label.text() == "Sola lettura"
        assert not window.ui.actionRestore.isEnabled()
        with pytest.raises(OperationalError, match="readonly"), db.transaction() as session:
            session.execute(text("UPDATE actors SET name = 'x'"))
        before = set(settings_folder(settings).glob("*")) if settings_folder(settings).exists() else set()
        window.close()
        workspace.close()
        after = set(settings_folder(settings).glob("*")) if settings_folder(settings).exists() else set()
        assert after == before, "a read-only window makes no automatic backup"
    finally:
        other_instance.release()


def settings_folder(settings: QSettings) -> Path:
    return Path(str(settings.value(BACKUP_FOLDER_KEY)))


def test_a_second_instance_can_exit_instead(
    demo_file: Path, settings: QSettings, told: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with InstanceLock(demo_file):
        MessageBoxes(monkeypatch, clicks=["Esci"])
        assert _open_at_start(demo_file, settings, told) is None


# -- closing, restoring, the backup folder ----------------------------------------------------------


def test_closing_backs_up_rotates_and_releases_the_lock(
    qtbot: QtBot, demo_file: Path, folder: Path, settings: QSettings, told: list[str]
) -> None:
    workspace = app.Workspace(settings)
    db = workspace.open(str(demo_file), None, told.append)
    assert db is not None and lock_path(demo_file).exists()
    window = workspace.show(db, user=ADMIN)
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Coop Desktop" and not window.read_only_label.isVisible()
    window.close()
    workspace.close()
    [made] = list(folder.glob(f"{demo_file.stem}-*.sqlite3"))
    assert first_actor(made) == first_actor(demo_file)
    assert not lock_path(demo_file).exists()


def test_restore_from_the_menu_replaces_the_database_and_reopens_it(
    qtbot: QtBot,
    demo_file: Path,
    folder: Path,
    settings: QSettings,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup = backup_of(demo_file, folder)
    good = first_actor(demo_file)
    rename_first_actor(demo_file, "Modificato dopo il backup")
    monkeypatch.setattr(login, "ask_user", lambda db, parent: ADMIN)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(backup), ""))
    boxes = MessageBoxes(monkeypatch, answers=[StandardButton.Yes])
    workspace = app.Workspace(settings)
    db = workspace.open(str(demo_file), None, told.append)
    assert db is not None
    first = workspace.show(db, user=ADMIN)
    try:
        qtbot.waitExposed(first)
        first.ui.actionRestore.trigger()

        assert workspace.window is not first and workspace.window is not None
        assert not first.isVisible() and workspace.window.isVisible()
        assert first_actor(demo_file) == good
        question, info = boxes.shown
        assert "sarà sostituito dal backup" in question.text
        assert info.text.startswith(f"Il backup {backup} è stato ripristinato.")
        [kept] = list(demo_file.parent.glob(f"{demo_file.stem}.prima-del-ripristino-*"))
        assert first_actor(kept) == "Modificato dopo il backup"
        assert workspace.lock is not None and workspace.lock.held
        owner = read_owner(lock_path(demo_file))
        assert owner is not None and owner.pid is not None
    finally:
        if workspace.window is not None:
            workspace.window.close()
        workspace.close()
    assert len(list(folder.glob(f"{demo_file.stem}-*.sqlite3"))) == 2, (
        "the restored database was backed up at close"
    )


def test_a_damaged_backup_chosen_in_the_menu_changes_nothing(
    qtbot: QtBot,
    demo_file: Path,
    tmp_path: Path,
    settings: QSettings,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    junk = tmp_path / "rotto.sqlite3"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\xa5" * 9000)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(junk), ""))
    boxes = MessageBoxes(monkeypatch, answers=[StandardButton.Yes])
    workspace = app.Workspace(settings)
    db = workspace.open(str(demo_file), None, told.append)
    assert db is not None
    window = workspace.show(db, user=ADMIN)
    before = first_actor(demo_file)
    try:
        window.ui.actionRestore.trigger()
        assert workspace.window is window and workspace.db is db
        [_question, warning] = boxes.shown
        assert warning.kind == "warning" and str(junk) in warning.text
        assert first_actor(demo_file) == before
        with db.reading() as session:  # the window goes on with its database
            assert session.execute(text("SELECT count(*) FROM actors")).scalar()
    finally:
        window.close()
        workspace.close()


def test_the_backup_folder_is_chosen_in_the_window_and_the_command_line_agrees(
    window: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = tmp_path / "chiavetta, ufficio"
    chosen.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *args, **kwargs: str(chosen))
    window.ui.actionBackupFolder.trigger()  # type: ignore[attr-defined]
    assert configured_backup_folder(tmp_path / "settings.ini") == chosen


# -- the background integrity check -----------------------------------------------------------------


def spoil_table(path: Path, table: str = "governance_events") -> None:
    """Overwrite the root page of a table nothing reads at start: only a full check can tell."""
    with sqlite3.connect(path) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    with open(path, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)


def test_damage_found_after_start_suspends_backups_and_offers_a_restore(
    qtbot: QtBot,
    demo_file: Path,
    folder: Path,
    settings: QSettings,
    told: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    backup_of(demo_file, folder)
    spoil_table(demo_file)
    boxes = MessageBoxes(monkeypatch, clicks=["Non ora"])
    workspace = app.Workspace(settings)
    db = workspace.open(str(demo_file), None, told.append)
    assert db is not None, "the start only reads the header and the schema version"
    window = workspace.show(db, user=ADMIN)
    try:
        qtbot.waitUntil(lambda: workspace.damaged, timeout=15_000)
        [message] = boxes.texts()
        assert message.startswith(f"Il controllo di integrità ha trovato danni nel database {demo_file}")
        assert "L'ultimo backup integro è del 02/03/2026 17:45" in message
    finally:
        window.close()
        workspace.close()
    assert len(list(folder.glob("*.sqlite3"))) == 1, "no backup of a damaged database at close"


def test_integrity_watch_reports_a_sound_file_as_sound(qtbot: QtBot, demo_file: Path, folder: Path) -> None:
    watch = IntegrityWatch(demo_file, folder)
    watch.start()
    qtbot.waitUntil(lambda: not watch.running)
    assert watch.result == []
