"""The main window on the demo database: tabs, search as you type, header sorting, filters, menus."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QHeaderView, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from coop_desktop import __version__
from coop_desktop.db.engine import Database
from coop_desktop.domain.enums import ActorType
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.main_window import MainWindow
from coop_desktop.ui.tabs.actors_tab import ActorsTab

TAB_TITLES = ["Soggetti", "Bandi", "Valutazioni", "Partenariati"]


def _open_tab(qtbot: QtBot, window: MainWindow, index: int) -> Any:
    window.ui.tabWidget.setCurrentIndex(index)
    tab = window.ui.tabWidget.currentWidget()
    qtbot.waitUntil(lambda: tab.model.rowCount() > 0)
    return tab


def _first_name(tab: ActorsTab) -> str:
    return tab.model.index(0, 0).data()


def _click_header(qtbot: QtBot, tab: ActorsTab, section: int) -> None:
    header: QHeaderView = tab.ui.tableView.horizontalHeader()
    x = header.sectionViewportPosition(section) + header.sectionSize(section) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _type(widget: QWidget, text: str) -> None:
    """Type any text, accents included (qtbot.keyClicks aborts on non-ASCII, see NOTES.md)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch)
            )


def test_four_italian_tabs_each_listing_its_rows(
    qtbot: QtBot, window: MainWindow, services: AppServices
) -> None:
    tabs = window.ui.tabWidget
    assert [tabs.tabText(i) for i in range(tabs.count())] == TAB_TITLES
    nouns = {0: "soggetti", 1: "bandi", 3: "partenariati"}
    sources = {0: services.actors, 1: services.calls, 3: services.partnerships}
    for index, noun in nouns.items():
        tab = _open_tab(qtbot, window, index)
        total = sources[index].count(ListQuery())
        assert total > 1
        assert tab.model.total == total
        assert tab.model.rowCount() == min(total, 200)
        assert tab.ui.countLabel.text() == f"{total} {noun}"
        assert tab.ui.searchEdit.placeholderText() == "Cerca…"
    # Valutazioni: the grid of the call in evaluation (or ranked), one row per application.
    grids = services.evaluation_grid
    grid = grids.grid(grids.calls()[0].id)
    tab = _open_tab(qtbot, window, 2)
    assert tab.model.rowCount() == len(grid.rows) > 1
    assert tab.ui.progressLabel.text().startswith(f"{len(grid.rows)} domande · {grid.forms} schede")
    assert tab.ui.searchEdit.placeholderText() == "Cerca…"


def test_hidden_tabs_load_when_first_opened(qtbot: QtBot, window: MainWindow) -> None:
    assert window.actors_tab.model.loaded
    assert not window.partnerships_tab.model.loaded
    _open_tab(qtbot, window, 3)
    assert window.partnerships_tab.model.loaded


def test_status_bar_names_the_database(window: MainWindow, demo_db: Database) -> None:
    assert window.database_label.text() == f"Database: {demo_db.name}"


def test_search_as_you_type_narrows_the_list(qtbot: QtBot, window: MainWindow, services: AppServices) -> None:
    tab = window.actors_tab
    everyone = services.actors.count(ListQuery())
    expected = services.actors.count(ListQuery(text="comune"))
    assert 0 < expected < everyone

    qtbot.keyClicks(tab.ui.searchEdit, "comune")
    qtbot.waitUntil(lambda: tab.ui.countLabel.text() == f"{expected} soggetti")
    assert tab.model.rowCount() == expected
    assert all("comune" in tab.model.index(r, 0).data().lower() for r in range(expected))

    tab.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: tab.model.total == everyone)


def test_search_ignores_accents(qtbot: QtBot, window: MainWindow, services: AppServices) -> None:
    tab = window.actors_tab
    plain = services.actors.count(ListQuery(text="burkinabe"))
    assert plain > 0
    assert services.actors.count(ListQuery(text="burkinabè")) == plain

    _type(tab.ui.searchEdit, "Burkinabè")
    assert tab.ui.searchEdit.text() == "Burkinabè"
    qtbot.waitUntil(lambda: tab.model.total == plain)
    assert tab.ui.countLabel.text() == (f"{plain} soggetto" if plain == 1 else f"{plain} soggetti")


def test_clicking_a_header_sorts_in_sql(qtbot: QtBot, window: MainWindow, services: AppServices) -> None:
    tab = window.actors_tab
    name_asc = services.actors.fetch(ListQuery(sort_key="name"), 0, 1)[0].name
    name_desc = services.actors.fetch(ListQuery(sort_key="name", descending=True), 0, 1)[0].name
    assert name_asc != name_desc

    _click_header(qtbot, tab, 0)
    qtbot.waitUntil(lambda: tab.model.query.sort_key == "name")
    assert not tab.model.query.descending
    assert _first_name(tab) == name_asc
    _click_header(qtbot, tab, 0)
    qtbot.waitUntil(lambda: tab.model.query.descending)
    assert _first_name(tab) == name_desc

    funds = [c.key for c in tab.model.columns].index("funds_received")
    richest = services.actors.fetch(ListQuery(sort_key="funds_received", descending=True), 0, 1)[0]
    _click_header(qtbot, tab, funds)  # a new column starts ascending…
    qtbot.waitUntil(lambda: tab.model.query.sort_key == "funds_received")
    assert tab.model.index(0, funds).data() == "€ 0,00"
    _click_header(qtbot, tab, funds)  # …and the second click turns it
    qtbot.waitUntil(lambda: tab.model.query.descending)
    assert _first_name(tab) == richest.name
    assert tab.ui.tableView.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_type_province_and_archive_filters(qtbot: QtBot, window: MainWindow, services: AppServices) -> None:
    tab = window.actors_tab
    ui = tab.ui
    assert ui.typeCombo.currentText() == "Tutti i tipi"
    assert ui.provinceCombo.currentText() == "Tutte le province"

    ui.typeCombo.setCurrentIndex(ui.typeCombo.findData(ActorType.ENTE_LOCALE.value))
    assert ui.typeCombo.currentText() == "Ente locale"
    local = services.actors.count(ListQuery(filters={"actor_type": "ente_locale"}))
    assert tab.model.total == local > 0
    assert ui.countLabel.text() == f"{local} soggetti"

    ui.provinceCombo.setCurrentIndex(ui.provinceCombo.findData("FI"))
    assert ui.provinceCombo.currentText() == "FI – Firenze"
    both = services.actors.count(ListQuery(filters={"actor_type": "ente_locale", "province": "FI"}))
    assert tab.model.total == both < local

    ui.typeCombo.setCurrentIndex(0)
    ui.provinceCombo.setCurrentIndex(0)
    assert [ui.archivedCombo.itemText(i) for i in range(3)] == ["Attivi", "Archiviati", "Attivi e archiviati"]
    ui.archivedCombo.setCurrentIndex(1)
    archived = services.actors.count(ListQuery(filters={"archived": True}))
    assert tab.model.total == archived > 0
    assert ui.countLabel.text() == (f"{archived} soggetto" if archived == 1 else f"{archived} soggetti")
    ui.archivedCombo.setCurrentIndex(2)
    assert tab.model.total == services.actors.count(ListQuery()) + archived


def test_governance_body_filter(window: MainWindow, services: AppServices) -> None:
    tab = window.actors_tab
    combo = tab.ui.bodyCombo
    assert combo.itemText(0) == "Tutti gli organismi"
    bodies = services.governance.bodies()
    assert [combo.itemText(i) for i in range(1, combo.count())] == [b.name for b in bodies]
    table = next(b for b in bodies if b.name.startswith("Tavolo tematico Co-sviluppo"))
    combo.setCurrentIndex(combo.findData(table.id))
    members = services.actors.count(ListQuery(filters={"body_id": table.id}))
    assert tab.model.total == members > 0
    combo.setCurrentIndex(0)
    assert tab.model.total == services.actors.count(ListQuery())


def test_last_tab_size_and_state_are_remembered(
    qtbot: QtBot, services: AppServices, settings: QSettings, demo_db: Database
) -> None:
    first = MainWindow(services, settings, demo_db.name)
    qtbot.addWidget(first)
    assert first.ui.tabWidget.currentIndex() == 0
    assert (first.width(), first.height()) == (1200, 760)
    first.show()
    first.ui.tabWidget.setCurrentIndex(2)
    first.resize(700, 500)  # inside the offscreen screen (800×600); the minimum width may widen it
    size = first.size()
    assert size.height() == 500
    first.close()

    second = MainWindow(services, settings, demo_db.name)
    qtbot.addWidget(second)
    assert second.ui.tabWidget.currentWidget() is second.evaluations_tab
    assert second.size() == size


def test_backup_writes_a_copy(
    window: MainWindow,
    services: AppServices,
    demo_db: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not demo_db.is_sqlite:
        pytest.skip("the app backs up SQLite files; PostgreSQL has pg_dump")
    target = tmp_path / "copia" / "backup.sqlite3"
    shown: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: pytest.fail(text))

    window.ui.actionBackup.trigger()

    assert shown == [f"Il backup è stato salvato in {target}."]
    with sqlite3.connect(target) as copy:
        (actors,) = copy.execute("SELECT count(*) FROM actors").fetchone()
    assert actors == services.actors.count(ListQuery()) + services.actors.count(
        ListQuery(filters={"archived": True})
    )


def test_backup_failure_is_reported_in_italian(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (demo_db.name, ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: pytest.fail(text))

    window.ui.actionBackup.trigger()

    # The service refuses to overwrite the open database (or, on PostgreSQL, explains pg_dump).
    assert len(warned) == 1
    assert "database" in warned[0]


def test_backup_cancelled_does_nothing(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *args: pytest.fail("no message expected"))
    window.ui.actionBackup.trigger()


def test_open_database_asks_app_to_reopen(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    chosen = "/srv/coop/ufficio.sqlite3"
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (chosen, ""))
    with qtbot.waitSignal(window.openDatabaseRequested) as signal:
        window.ui.actionOpenDatabase.trigger()
    assert signal.args == [chosen]


def test_menus_are_italian(window: MainWindow) -> None:
    ui = window.ui
    assert [a.text() for a in ui.menuBar.actions()] == ["&File", "S&trumenti", "&Aiuto"]
    assert [a.text() for a in ui.menuFile.actions() if not a.isSeparator()] == [
        "&Apri database…",
        "&Backup…",
        "&Ripristina da backup…",
        "&Cartella dei backup…",
        "&Esci",
    ]
    assert ui.actionOfficeSettings.text() == "&Impostazioni ufficio…"
    assert ui.actionLetterTemplates.text() == "&Modelli di lettere…"
    assert ui.actionAbout.text() == "&Informazioni su Coop Desktop"


def test_about_names_version_database_and_licence(
    window: MainWindow, demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append((title, text)))
    window.ui.actionAbout.trigger()
    [(title, text)] = shown
    assert title == "Informazioni su Coop Desktop"
    assert __version__ in text and "EUPL-1.2" in text and "Licenza" in text
    assert Path(demo_db.name).name in text or demo_db.name in text


def test_quit_closes_the_window(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.actionQuit.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())


def test_tools_menu_opens_the_letter_templates(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coop_desktop.ui.dialogs.letter_template_dialog as module

    opened: list[object] = []
    monkeypatch.setattr(module, "open_letter_templates", lambda parent, services: opened.append(services))
    assert window.ui.actionLetterTemplates.isEnabled()
    window.ui.actionLetterTemplates.trigger()
    assert opened and opened[0] is window._services
