"""Fixtures of the UI tests: Italian translations, services over the demo database, the main window."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from coop_desktop.app import ENV_LANG, install_translators
from coop_desktop.db.engine import Database
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.main_window import MainWindow
from tests.helpers.users import ADMIN


@pytest.fixture(scope="session", autouse=True)
def italian(qapp: QApplication) -> Iterator[None]:
    """The UI as users see it: our Italian .qm and Qt's own, installed as app.py does."""
    os.environ.pop(ENV_LANG, None)
    translators = install_translators(qapp)
    assert len(translators) == 2, "coop_desktop_it.qm or qtbase_it.qm did not load"
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def services(demo_db: Database) -> AppServices:
    return AppServices.for_database(demo_db, ADMIN)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot: QtBot, services: AppServices, settings: QSettings, demo_db: Database) -> MainWindow:
    main = MainWindow(services, settings, demo_db.name)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    return main
