"""Where resources and user data live, from a checkout, an installed wheel or a PyInstaller bundle."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from coop_desktop import APP_ID


def _project_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:  # PyInstaller one-folder build: data files sit beside the package
        return Path(bundle)
    return Path(__file__).resolve().parent.parent


ROOT = _project_root()
RESOURCES = ROOT / "resources"
FORMS = ROOT / "forms"


def resource(*parts: str) -> Path:
    """Path of a file under resources/ (icons, fonts, i18n, templates, data)."""
    return RESOURCES.joinpath(*parts)


def migrations_dir() -> Path:
    return Path(__file__).resolve().parent / "db" / "migrations"


def user_data_dir() -> Path:
    """The user's data folder (database, backups). COOP_DESKTOP_HOME overrides it (tests, portable use)."""
    override = os.environ.get("COOP_DESKTOP_HOME")
    if override:
        path = Path(override)
    else:
        from platformdirs import user_data_path

        path = user_data_path(APP_ID, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def user_log_dir() -> Path:
    override = os.environ.get("COOP_DESKTOP_HOME")
    if override:
        path = Path(override) / "logs"
    else:
        from platformdirs import user_log_path

        path = user_log_path(APP_ID, appauthor=False)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return user_data_dir() / "coop-desktop.sqlite3"


def settings_file() -> Path:
    """The window's settings (QSettings, INI format); the command line reads the backup folder there."""
    return user_data_dir() / "settings.ini"


def default_backup_dir() -> Path:
    """Where automatic backups go unless the user chose another folder (setting backup/folder)."""
    return user_data_dir() / "backups"
