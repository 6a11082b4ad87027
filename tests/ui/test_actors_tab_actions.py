"""The Soggetti tab's actions: open, archive and restore, delete, merge, export the view, template."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from coop_desktop.domain.enums import ActorType
from coop_desktop.exchange.actors_columns import ACTOR_COLUMNS
from coop_desktop.services.actors import ActorRow
from coop_desktop.services.errors import NotFoundError
from coop_desktop.services.listing import ListQuery
from coop_desktop.ui.app_services import ActorExcel, AppServices
from coop_desktop.ui.dialogs.actor_dialog import ActorDialog
from coop_desktop.ui.dialogs.actor_merge_dialog import ActorMergeDialog
from coop_desktop.ui.main_window import MainWindow
from coop_desktop.ui.tabs.actors_tab import ActorsTab
from tests.ui.boxes import MessageBoxes, StandardButton


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def tab(qtbot: QtBot, window: MainWindow) -> ActorsTab:
    actors = window.actors_tab
    qtbot.waitUntil(lambda: actors.model.rowCount() > 0)
    return actors


def _row_of(tab: ActorsTab, name: str) -> int:
    return next(r for r in range(tab.model.rowCount()) if tab.model.row_at(r).name == name)


def _select(tab: ActorsTab, *names: str) -> list[ActorRow]:
    selection = tab.ui.tableView.selectionModel()
    selection.clearSelection()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for name in names:
        selection.select(tab.model.index(_row_of(tab, name), 0), flags)
    return tab.selected_rows()


def _names(tab: ActorsTab) -> list[str]:
    return [tab.model.row_at(r).name for r in range(tab.model.rowCount())]


def _save_as(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))


def test_buttons_are_italian_and_follow_the_selection(tab: ActorsTab) -> None:
    ui = tab.ui
    buttons = [
        ui.newButton, ui.editButton, ui.archiveButton, ui.deleteButton, ui.mergeButton,
        ui.importButton, ui.exportButton, ui.templateButton,
    ]  # fmt: skip
    assert [b.text() for b in buttons] == [
        "&Nuovo…", "&Modifica…", "&Archivia", "&Elimina", "&Unisci duplicati…",
        "&Importa da Excel…", "Es&porta vista in Excel…", "Scarica mo&dello…",
    ]  # fmt: skip
    assert not ui.editButton.isEnabled() and not ui.deleteButton.isEnabled()
    assert not ui.archiveButton.isEnabled() and not ui.mergeButton.isEnabled()
    _select(tab, "Comune di Prato")
    assert ui.editButton.isEnabled() and ui.deleteButton.isEnabled() and ui.mergeButton.isEnabled()
    _select(tab, "Comune di Prato", "Comune di Pisa")
    assert not ui.editButton.isEnabled() and ui.archiveButton.isEnabled() and ui.mergeButton.isEnabled()
    _select(tab, "Comune di Prato", "Comune di Pisa", "Comune di Lucca")
    assert not ui.mergeButton.isEnabled()


def test_double_click_opens_the_record(qtbot: QtBot, tab: ActorsTab) -> None:
    view = tab.ui.tableView
    row = _row_of(tab, "Comune di Siena")
    rect = view.visualRect(tab.model.index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = tab.findChild(ActorDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.ui.nameEdit.text() == "Comune di Siena"
    dialog.reject()


def test_edit_keeps_the_selection_after_saving(qtbot: QtBot, tab: ActorsTab, services: AppServices) -> None:
    [row] = _select(tab, "Comune di Lucca")
    dialog = tab.edit_selected()
    assert isinstance(dialog, ActorDialog)
    dialog.ui.phoneEdit.setText("0583 4422")
    dialog.save()
    assert [r.id for r in tab.selected_rows()] == [row.id]
    assert services.actor_records.get(row.id).data.phone == "0583 4422"


def test_archive_hides_the_row_and_restore_brings_it_back(
    qtbot: QtBot, tab: ActorsTab, services: AppServices
) -> None:
    before = tab.model.total
    [row] = _select(tab, "Comune di Empoli")
    qtbot.mouseClick(tab.ui.archiveButton, Qt.MouseButton.LeftButton)
    assert "Comune di Empoli" not in _names(tab)
    assert tab.model.total == before - 1
    assert tab.ui.countLabel.text() == f"{before - 1} soggetti"

    tab.ui.archivedCombo.setCurrentIndex(1)  # Archiviati
    _select(tab, "Comune di Empoli")
    assert tab.ui.archiveButton.text() == "&Ripristina"
    qtbot.mouseClick(tab.ui.archiveButton, Qt.MouseButton.LeftButton)
    assert "Comune di Empoli" not in _names(tab)
    tab.ui.archivedCombo.setCurrentIndex(0)
    assert tab.model.total == before
    assert not services.actor_records.get(row.id).is_archived


def test_delete_refused_for_an_actor_with_applications_offers_to_archive(
    tab: ActorsTab, services: AppServices, boxes: MessageBoxes
) -> None:
    [row] = _select(tab, "Comune di Firenze")
    assert row.applications > 0
    boxes.answers += [StandardButton.Yes, StandardButton.No]
    tab.ui.deleteButton.click()
    first, second = boxes.texts("question")
    assert first == "Eliminare «Comune di Firenze»? L'operazione non si può annullare."
    assert second == (
        "«Comune di Firenze» compare in domande o partenariati: non può essere eliminato, solo archiviato."
        "\n\nArchiviarlo invece?"
    )
    assert "Comune di Firenze" in _names(tab)  # declined: nothing changed

    _select(tab, "Comune di Firenze")
    boxes.answers += [StandardButton.Yes, StandardButton.Yes]
    tab.ui.deleteButton.click()
    assert "Comune di Firenze" not in _names(tab)
    detail = services.actor_records.get(row.id)
    assert detail.is_archived and detail.applications  # archived, history intact


def test_delete_an_unused_actor(tab: ActorsTab, services: AppServices, boxes: MessageBoxes) -> None:
    before = tab.model.total
    [row] = _select(tab, "Cooperativa Sociale Arcobaleno Lucchese")
    boxes.answers.append(StandardButton.Yes)
    tab.ui.deleteButton.click()
    assert tab.model.total == before - 1
    with pytest.raises(NotFoundError):
        services.actor_records.get(row.id)


def test_merge_moves_applications_to_the_survivor(
    qtbot: QtBot, tab: ActorsTab, services: AppServices, boxes: MessageBoxes
) -> None:
    records = services.actor_records
    survivor_row, duplicate_row = _select(tab, "Comune di Pisa", "Comune di Prato")
    survivor_before = records.get(survivor_row.id)
    duplicate_before = records.get(duplicate_row.id)
    assert duplicate_before.applications

    dialog = tab.merge_selected()
    assert isinstance(dialog, ActorMergeDialog)
    assert dialog.ui.searchGroup.isHidden()  # both chosen in the list
    assert dialog.ui.compareTable.item(0, 0).text() == "Comune di Pisa"
    assert dialog.ui.compareTable.item(0, 1).text() == "Comune di Prato"
    assert dialog.ui.compareTable.verticalHeaderItem(0).text() == "Denominazione"
    dialog.ui.keepFirstRadio.setChecked(True)  # Pisa stays
    assert dialog.ui.compareTable.horizontalHeaderItem(0).text() == "Resta"
    boxes.answers.append(StandardButton.Yes)
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)

    assert boxes.texts("question")[0].startswith("«Comune di Prato» sarà unito a «Comune di Pisa»")
    [done] = boxes.texts("information")
    moved = len(duplicate_before.applications)
    assert done.startswith("«Comune di Prato» è stato unito a «Comune di Pisa». Spostati: domande")
    assert dialog.moved["domande"] == duplicate_row.applications
    survivor = records.get(survivor_row.id)
    assert {a.reference for a in survivor.applications} == {
        a.reference for a in survivor_before.applications + duplicate_before.applications
    }
    assert len(survivor.applications) == len(survivor_before.applications) + moved
    duplicate = records.get(duplicate_row.id)
    assert duplicate.is_archived and duplicate.applications == []
    assert "Comune di Prato" not in _names(tab)
    assert [r.id for r in tab.selected_rows()] == [survivor_row.id]
    qtbot.waitUntil(lambda: not isValid(dialog))


def test_merge_one_selected_with_a_searched_duplicate(
    qtbot: QtBot, tab: ActorsTab, services: AppServices, boxes: MessageBoxes
) -> None:
    [first] = _select(tab, "Università di Siena")
    dialog = tab.merge_selected()
    assert isinstance(dialog, ActorMergeDialog)
    assert dialog.ui.searchGroup.isVisible()
    assert not dialog.merge_button.isEnabled()
    dialog.ui.searchEdit.setText("stranieri")
    qtbot.waitUntil(lambda: dialog.ui.resultsList.count() == 1)
    dialog.ui.resultsList.setCurrentRow(0)
    assert dialog.second is not None and dialog.second.data.name == "Università per Stranieri di Siena"
    assert dialog.merge_button.isEnabled()
    # The record with more history is proposed as the one that stays.
    assert dialog.ui.keepFirstRadio.isChecked()
    boxes.answers.append(StandardButton.No)  # the user changes their mind
    assert not dialog.merge()
    assert not services.actor_records.get(dialog.second.id).is_archived
    dialog.reject()
    assert [r.id for r in tab.selected_rows()] == [first.id]


def test_export_writes_exactly_the_filtered_rows(
    qtbot: QtBot,
    tab: ActorsTab,
    services: AppServices,
    boxes: MessageBoxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab.ui.typeCombo.setCurrentIndex(tab.ui.typeCombo.findData(ActorType.ASSOCIAZIONE_MIGRANTI.value))
    tab.ui.searchEdit.setText("toscana")
    tab.binding.apply_search()
    query = ListQuery(text="toscana", filters={"actor_type": "associazione_migranti"})
    expected = [r.name for r in services.actors.fetch(query, 0, 1000)]
    assert 1 < len(expected) < services.actors.count(ListQuery(text="toscana"))
    assert _names(tab) == expected

    target = tmp_path / "vista"  # the suffix is added
    _save_as(monkeypatch, target)
    tab.ui.exportButton.click()
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)

    written = target.with_suffix(".xlsx")
    assert boxes.texts("information") == [f"{len(expected)} soggetti esportati in {written}."]
    sheet = openpyxl.load_workbook(written, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert list(rows[0]) == [c.label for c in ACTOR_COLUMNS.columns]
    assert [r[0] for r in rows[1:]] == expected
    assert {r[1] for r in rows[1:]} == {"Associazione di migranti"}


def test_export_of_active_and_archived_adds_the_archived_column(
    qtbot: QtBot,
    tab: ActorsTab,
    services: AppServices,
    boxes: MessageBoxes,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab.ui.archivedCombo.setCurrentIndex(2)  # Attivi e archiviati
    total = services.actors.count(ListQuery(filters={"archived": None}))
    assert tab.model.total == total
    target = tmp_path / "tutti.xlsx"
    _save_as(monkeypatch, target)
    job = tab.export_view()
    assert job is not None
    qtbot.waitUntil(lambda: bool(boxes.shown), timeout=10_000)
    rows = list(openpyxl.load_workbook(target, read_only=True).active.iter_rows(values_only=True))
    assert rows[0][-1] == "Archiviato"
    assert len(rows) - 1 == total
    assert sum(1 for r in rows[1:] if r[-1] == "Sì") == services.actors.count(
        ListQuery(filters={"archived": True})
    )


def test_export_cancelled_in_the_file_dialog_does_nothing(
    tab: ActorsTab, boxes: MessageBoxes, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    assert tab.export_view() is None
    assert boxes.shown == []


def test_download_template(
    tab: ActorsTab, boxes: MessageBoxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "modello.xlsx"
    _save_as(monkeypatch, target)
    tab.ui.templateButton.click()
    [message] = boxes.texts("information")
    assert message.startswith(f"Il modello è stato salvato in {target}.")
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames[0] == "Soggetti"
    assert [c.value for c in workbook["Soggetti"][1]] == [c.label for c in ACTOR_COLUMNS.columns]


def test_template_that_cannot_be_written_is_reported(
    tab: ActorsTab, boxes: MessageBoxes, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def full_disk(self: ActorExcel, path: Path) -> Path:
        raise OSError("disco pieno")

    _save_as(monkeypatch, tmp_path / "modello.xlsx")
    monkeypatch.setattr(ActorExcel, "write_template", full_disk)
    assert tab.download_template() is None
    assert boxes.texts("warning") == ["Non è stato possibile scrivere il file: disco pieno"]


def test_actions_do_not_need_the_mouse(qtbot: QtBot, tab: ActorsTab) -> None:
    # Enter on the current row opens it, as a double-click does.
    view = tab.ui.tableView
    view.setFocus()
    view.setCurrentIndex(tab.model.index(_row_of(tab, "Comune di Massa"), 0))
    qtbot.keyClick(view, Qt.Key.Key_Return)
    dialog = tab.findChild(ActorDialog)
    assert dialog is not None and dialog.ui.nameEdit.text() == "Comune di Massa"
    dialog.reject()
