"""A damaged or unreadable database file: clear Italian messages at start and in `check`, never a traceback.

The start reads only the file's header and schema version (milliseconds); damage deeper in the file
is found by the quick_check that runs in the background once the window is up (IntegrityProbe).
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from coop_desktop import app
from coop_desktop.cli import main
from coop_desktop.db.sqlite_file import IntegrityProbe, header_problem
from tests.reliability.conftest import sqlite_only

pytestmark = sqlite_only

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def italian(qapp: QApplication) -> Iterator[None]:
    """The translations app.py installs, for the messages open_database builds."""
    os.environ.pop(app.ENV_LANG, None)
    translators = app.install_translators(qapp)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def garbage(path: Path) -> Path:
    path.write_bytes(os.urandom(64 * 1024))
    return path


def truncated(source: Path) -> Path:
    data = source.read_bytes()
    source.write_bytes(data[: len(data) // 2])
    return source


def damaged_table(source: Path, table: str = "actors") -> Path:
    """The file with the root page of `table` overwritten: header and schema still read fine."""
    with sqlite3.connect(source) as conn:
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    conn.close()
    with open(source, "r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(b"\xa5" * page_size)
    return source


def _open(path: Path) -> tuple[object, list[str]]:
    told: list[str] = []
    db = app.open_database(str(path), told.append)
    return db, told


@pytest.mark.parametrize(
    ("spoil", "reason"),
    [(garbage, "il file non è un database SQLite"), (truncated, "il file è troncato")],
    ids=["garbage", "truncated"],
)
def test_start_on_a_damaged_file_reports_in_italian(
    italian: None, demo_file: Path, spoil: object, reason: str
) -> None:
    spoil(demo_file)  # type: ignore[operator]
    db, told = _open(demo_file)
    assert db is None
    [message] = told
    assert message.startswith(f"Impossibile aprire il database {demo_file}: {reason}")


def test_damage_goes_to_the_recovery_callback_when_there_is_one(italian: None, demo_file: Path) -> None:
    truncated(demo_file)
    damaged: list[tuple[Path, str]] = []
    told: list[str] = []
    assert app.open_database(str(demo_file), told.append, damaged=lambda p, m: damaged.append((p, m))) is None
    assert told == []
    [(path, message)] = damaged
    assert path == demo_file and "troncato" in message


def test_an_empty_file_is_a_new_database_not_a_damaged_one(tmp_path: Path) -> None:
    empty = tmp_path / "nuovo.sqlite3"
    empty.write_bytes(b"")
    assert header_problem(empty) is None
    assert header_problem(tmp_path / "manca.sqlite3") is None


def test_deeper_damage_is_found_by_the_background_check(demo_file: Path) -> None:
    assert IntegrityProbe(demo_file).run() == []
    damaged_table(demo_file)
    assert header_problem(demo_file) is None  # the quick start cannot see it…
    problems = IntegrityProbe(demo_file).run()
    assert problems, "…the background quick_check does"


def test_check_command_exits_1_on_damage(demo_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    damaged_table(demo_file)
    assert main(["check", "--db", str(demo_file)]) == 1
    out = capsys.readouterr()
    assert "Integrità SQLite" in out.out or "Errore:" in out.err
    assert "Traceback" not in out.out + out.err


@pytest.mark.parametrize("spoil", [garbage, truncated], ids=["garbage", "truncated"])
def test_check_command_on_an_unreadable_file_fails_in_italian(
    demo_file: Path, spoil: object, capsys: pytest.CaptureFixture[str]
) -> None:
    spoil(demo_file)  # type: ignore[operator]
    assert main(["check", "--db", str(demo_file)]) == 1
    out = capsys.readouterr()
    assert "Traceback" not in out.out + out.err
    assert "- Il file del database è danneggiato: il file " in out.out


def test_the_app_started_on_a_truncated_file_says_so_and_exits(demo_file: Path, tmp_path: Path) -> None:
    truncated(demo_file)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COOP_DESKTOP_HOME": str(tmp_path)}
    env.pop("COOP_DESKTOP_LANG", None)
    result = subprocess.run(
        [sys.executable, "-m", "coop_desktop", "--db", str(demo_file), "--smoke"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.splitlines()[-1].startswith(f"Errore: Impossibile aprire il database {demo_file}:")
    assert "troncato" in result.stderr
    assert "Traceback" not in result.stderr
