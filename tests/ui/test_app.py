"""app.py: --smoke, Italian errors instead of tracebacks, reopening on another database, languages."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from coop_desktop import app
from coop_desktop.db.engine import Database
from coop_desktop.paths import resource
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import AppServices
from tests.helpers.users import ADMIN
from tests.ui.boxes import MessageBoxes

ROOT = Path(__file__).resolve().parents[2]


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _run_module(args: list[str], home: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COOP_DESKTOP_HOME": str(home)}
    env.pop("COOP_DESKTOP_LANG", None)
    return subprocess.run(
        [sys.executable, "-m", "coop_desktop", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def critical(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, message: shown.append(message))
    return shown


def test_smoke_prints_one_json_line(demo_db: Database, tmp_path: Path) -> None:
    result = _run_module(["--db", _url(demo_db), "--smoke"], tmp_path)

    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    report = json.loads(lines[0])
    services = AppServices.for_database(demo_db, ADMIN)
    assert report["rows"] == {
        "actors": services.actors.count(ListQuery()),
        "calls": services.calls.count(ListQuery()),
        "evaluations": len(services.evaluation_grid.grid(services.evaluation_grid.calls()[0].id).rows),
        "partnerships": services.partnerships.count(ListQuery()),
    }
    # The frame paints before the rows, which arrive after the database layer is loaded.
    assert 0 < report["first_paint_s"] <= report["first_rows_s"] < 60
    assert 0 < report["since_import_s"] <= report["first_rows_s"] + 0.02
    if sys.platform.startswith("linux"):
        assert report["clock"] == "process"
        assert report["peak_rss_mb"] > 10
    assert "Traceback" not in result.stderr


def test_window_modules_do_not_import_the_database_layer() -> None:
    """The frame can paint before SQLAlchemy and the models load (half of the start-up time)."""
    code = (
        "import sys, coop_desktop.app, coop_desktop.ui.main_window\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic', 'openpyxl'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_start_up_leaves_heavy_libraries_unimported(tmp_path: Path) -> None:
    """Documents, spreadsheets and migrations load when used, not before the first paint."""
    probe = (
        "import sys, coop_desktop.app\n"
        "heavy = [m for m in ('reportlab', 'openpyxl', 'alembic') if m in sys.modules]\n"
        "print(','.join(heavy))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COOP_DESKTOP_HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_smoke_on_a_foreign_file_fails_in_italian(tmp_path: Path) -> None:
    foreign = tmp_path / "altro.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE clienti (id INTEGER PRIMARY KEY)")
    result = _run_module(["--db", str(foreign), "--smoke"], tmp_path)

    assert result.returncode == 1
    assert result.stdout == ""
    # The offscreen platform may print its own notice first: the window frame was already shown.
    assert result.stderr.splitlines()[-1].startswith(
        "Errore: Il file indicato contiene tabelle che non appartengono"
    )
    assert "Traceback" not in result.stderr


def test_newer_schema_is_refused_with_a_message(db: Database, critical: list[str]) -> None:
    with db.transaction() as session:
        session.execute(text("UPDATE alembic_version SET version_num = '9999_futura'"))

    assert app.run(_url(db)) == 1
    [message] = critical
    assert "versione più recente" in message


def test_a_file_that_is_not_a_database_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    junk = tmp_path / "appunti.sqlite3"
    junk.write_text("non sono un database\n" * 100, encoding="utf-8")
    boxes = MessageBoxes(monkeypatch, clicks=["Esci"])  # the damaged-file dialog: no backup to offer

    assert app.run(str(junk)) == 1
    [message] = boxes.texts()
    assert message.startswith(f"Impossibile aprire il database {junk}:")
    assert "Non è stato trovato nessun backup integro" in message


def test_reopen_replaces_window_and_database(
    qtbot: QtBot,
    demo_db: Database,
    db: Database,
    tmp_path: Path,
    critical: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Opening another database asks to log in to it (tests/ui/test_login_dialog.py): answered here.
    logins: list[str] = []
    monkeypatch.setattr("coop_desktop.ui.login.ask_user", lambda db, parent: logins.append(db.name) or ADMIN)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    workspace = app.Workspace(settings)
    first = workspace.show(Database.open(demo_db.url), user=ADMIN)
    try:
        qtbot.waitExposed(first)
        first.ui.tabWidget.setCurrentIndex(1)

        first.openDatabaseRequested.emit(_url(db))
        assert logins == [db.name]
        second = workspace.window
        assert second is not None and second is not first
        assert second.isVisible()
        assert workspace.db is not None and workspace.db.url == db.url
        assert second.database_label.text() == f"Database: {db.name}"
        # Opens where the old window was: same tab, read back from the settings it saved.
        assert second.ui.tabWidget.currentIndex() == 1
        assert not first.isVisible()
        assert second.calls_tab.model.loaded and second.calls_tab.model.total == 0  # the empty database

        junk = tmp_path / "rotto.sqlite3"
        junk.write_text("x" * 4096, encoding="utf-8")
        second.openDatabaseRequested.emit(str(junk))
        assert len(critical) == 1
        assert workspace.window is second, "a failed open keeps the current database"
    finally:
        if workspace.window is not None:
            workspace.window.close()
        workspace.close()


def test_window_icon_renders(qapp: object) -> None:
    icon = QIcon(str(resource(*app.ICON)))
    assert not icon.pixmap(32, 32).isNull()


def test_english_on_request(qapp: object, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(app.ENV_LANG, "en")
    assert app.install_translators(qapp) == []  # type: ignore[arg-type]


def test_process_age_is_measured_from_the_kernel() -> None:
    age = app.process_age()
    if not sys.platform.startswith("linux"):
        assert age is None
        return
    assert age is not None
    assert 0 < age < 24 * 3600
