"""What each role sees of the Soggetti tab and of a record, and the record's change history."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialogButtonBox, QTreeWidget
from pytestqt.qtbot import QtBot

from coop_desktop.db.engine import Database
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.actor_dialog import ActorDialog
from coop_desktop.ui.main_window import MainWindow
from coop_desktop.ui.tabs.actors_tab import ActorsTab
from tests.helpers.users import ADMIN, EVALUATOR, READER
from tests.ui.boxes import MessageBoxes


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def dialogs() -> Iterator[list[ActorDialog]]:
    opened: list[ActorDialog] = []
    yield opened
    for dialog in opened:
        dialog.load()
        dialog.done(0)


def _dialog(qtbot: QtBot, services: AppServices, actor_id: int, opened: list[ActorDialog]) -> ActorDialog:
    dialog = ActorDialog(services.actor_records, services.governance, actor_id, audit=services.audit)
    opened.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _first_actor(services: AppServices) -> int:
    return services.actors.fetch(ListQuery(), 0, 1)[0].id


@pytest.mark.parametrize("user", [EVALUATOR, READER], ids=["valutatore", "consultazione"])
def test_read_only_roles_get_a_read_only_tab_and_record(
    qtbot: QtBot, demo_db: Database, user: CurrentUser, dialogs: list[ActorDialog]
) -> None:
    services = AppServices.for_database(demo_db, user)
    tab = ActorsTab(services)
    qtbot.addWidget(tab)
    tab.model.ensure_loaded()
    tab.ui.tableView.selectRow(0)
    ui = tab.ui
    assert not ui.newButton.isEnabled() and not ui.importButton.isEnabled()
    assert not ui.archiveButton.isEnabled() and not ui.deleteButton.isEnabled()
    assert not ui.mergeButton.isEnabled()
    assert ui.editButton.isEnabled() and ui.editButton.text() == "&Apri…"
    assert ui.exportButton.isEnabled()
    dialog = _dialog(qtbot, services, _first_actor(services), dialogs)
    assert dialog.ui.nameEdit.isReadOnly() and not dialog.ui.typeCombo.isEnabled()
    buttons = dialog.ui.buttonBox
    assert buttons.button(QDialogButtonBox.StandardButton.Save) is None
    assert buttons.button(QDialogButtonBox.StandardButton.Close) is not None
    # No change history for roles that may not read the audit trail.
    assert dialog.changes_view is None


def test_history_tab_lists_each_change_with_old_and_new_values(
    qtbot: QtBot, services: AppServices, dialogs: list[ActorDialog]
) -> None:
    actor_id = _first_actor(services)
    records = services.actor_records
    seen = records.get(actor_id)
    records.update(actor_id, seen.version, dataclasses.replace(seen.data, phone="055 1234567"))
    dialog = _dialog(qtbot, services, actor_id, dialogs)
    view = dialog.changes_view
    assert isinstance(view, QTreeWidget)
    tabs = dialog.ui.tabWidget
    assert tabs.tabText(tabs.indexOf(view)) == "&Modifiche"
    newest = view.topLevelItem(0)
    assert newest.text(1) == ADMIN.username
    assert newest.text(2) == "Modifica: Soggetto"
    fields = {
        newest.child(i).text(0): (newest.child(i).text(1), newest.child(i).text(2))
        for i in range(newest.childCount())
    }
    assert fields["Telefono"] == (seen.data.phone or "—", "055 1234567")


def test_menu_verifies_the_change_log(qtbot: QtBot, window: MainWindow, boxes: MessageBoxes) -> None:
    action = window.ui.actionVerifyAudit
    assert action.isEnabled() and action.text() == "&Verifica il registro delle modifiche…"
    action.trigger()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    shown = boxes.shown[-1]
    assert shown.title == "Registro delle modifiche" and "integro" in shown.text


@pytest.mark.parametrize("user", [EVALUATOR, READER], ids=["valutatore", "consultazione"])
def test_menu_actions_follow_the_role(
    qtbot: QtBot, demo_db: Database, settings: QSettings, user: CurrentUser
) -> None:
    main = MainWindow(AppServices.for_database(demo_db, user), settings, demo_db.name)
    qtbot.addWidget(main)
    ui = main.ui
    assert not any(
        a.isEnabled()
        for a in (
            ui.actionVerifyAudit,
            ui.actionUsers,
            ui.actionBackup,
            ui.actionRestore,
            ui.actionOfficeSettings,
        )
    )
