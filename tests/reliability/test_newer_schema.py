"""A database from a newer version of the app is refused with a clear message, left byte for byte."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coop_desktop import app
from coop_desktop.cli import main
from coop_desktop.db.sqlite_file import journal_mode_byte, side_files
from tests.reliability.conftest import sqlite_only

pytestmark = sqlite_only

FUTURE = "9999_future"


@pytest.fixture
def italian(qapp: QApplication) -> Iterator[None]:
    os.environ.pop(app.ENV_LANG, None)
    translators = app.install_translators(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def from_the_future(path: Path, journal_mode: str) -> Path:
    """`path` stamped with a revision this app does not know, in the given journal mode, fully written."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE alembic_version SET version_num = ?", (FUTURE,))
        conn.commit()
        conn.execute(f"PRAGMA journal_mode={journal_mode}")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    assert side_files(path) == []
    return path


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_the_app_refuses_it_untouched(italian: None, demo_file: Path, journal_mode: str) -> None:
    """ "delete": a backup or a copy made by another tool; opening it for writing would turn it to WAL."""
    from_the_future(demo_file, journal_mode)
    before = digest(demo_file)
    told: list[str] = []

    assert app.open_database(str(demo_file), told.append) is None

    [message] = told
    assert "versione più recente di Coop Desktop" in message and FUTURE in message
    assert "non è stato modificato" in message
    assert digest(demo_file) == before
    assert journal_mode_byte(demo_file) == (2 if journal_mode == "wal" else 1)
    assert side_files(demo_file) == []


@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_every_command_refuses_it_untouched(
    demo_file: Path, journal_mode: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from_the_future(demo_file, journal_mode)
    before = digest(demo_file)
    for command in (
        ["init"],
        ["backup", str(tmp_path / "copia.sqlite3")],
        ["export", "actors", str(tmp_path / "s.xlsx")],
    ):
        assert main(["--db", str(demo_file), *command]) == 1, command
        assert "versione più recente" in capsys.readouterr().err
    assert digest(demo_file) == before
    assert not (tmp_path / "copia.sqlite3").exists()


def test_read_only_mode_refuses_it_too(italian: None, demo_file: Path) -> None:
    from_the_future(demo_file, "wal")
    before = digest(demo_file)
    told: list[str] = []
    assert app.open_database(str(demo_file), told.append, read_only=True) is None
    assert "versione più recente" in told[0]
    assert digest(demo_file) == before
