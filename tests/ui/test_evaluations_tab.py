"""The Valutazioni tab: the grid of a call, its progress, assignments by hand and automatic, revoking
and reopening forms, the actions each role is offered, and the windows opened from it."""

from __future__ import annotations

import sys
import types
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Assignment
from coop_desktop.domain.enums import AssignmentStatus
from coop_desktop.domain.scoring import FormEntry
from coop_desktop.services.context import CurrentUser
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.note_dialog import NoteDialog
from coop_desktop.ui.dialogs.scoring_form_dialog import ScoringFormDialog
from coop_desktop.ui.models.evaluation_grid_model import FIXED
from coop_desktop.ui.tabs.evaluations_tab import EvaluationsTab
from tests.helpers.evaluation import Scenario, evaluation_scenario
from tests.helpers.users import ADMIN, EVALUATOR, READER
from tests.ui.boxes import MessageBoxes, StandardButton


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def s(db: Database) -> Scenario:
    return evaluation_scenario(db)


@pytest.fixture
def tabs(qtbot: QtBot) -> Iterator[list[EvaluationsTab]]:
    opened: list[EvaluationsTab] = []
    yield opened
    for tab in opened:
        for dialog in tab.findChildren(ScoringFormDialog) + tab.findChildren(NoteDialog):
            if dialog.isVisible():
                dialog.done(0)


def _tab(qtbot: QtBot, db: Database, user: CurrentUser, tabs: list[EvaluationsTab]) -> EvaluationsTab:
    tab = EvaluationsTab(AppServices.for_database(db, user))
    qtbot.addWidget(tab)
    tabs.append(tab)
    tab.resize(1200, 600)
    tab.show()
    qtbot.waitExposed(tab)
    assert tab.loaded
    return tab


def _column(tab: EvaluationsTab, column: int) -> list[str]:
    proxy = tab.proxy
    return [proxy.index(r, column).data() for r in range(proxy.rowCount())]


def _pick(tab: EvaluationsTab, row: int, column: int) -> None:
    index = tab.proxy.index(row, column)
    tab.ui.tableView.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)


def _forms(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(Assignment.id))) or 0


def _submit(
    db: Database, s: Scenario, app: int, evaluator: CurrentUser, points: tuple[str, str, str]
) -> None:
    services = AppServices.for_database(db, evaluator)
    row = next(r for r in services.evaluation_grid.grid(s.call_id).rows if r.application_id == app)
    cell = row.cells[evaluator.id or 0]
    forms = services.scoring_forms
    version = forms.declare(cell.assignment_id, cell.version, has_conflict=False).version
    entries = [FormEntry(c, Decimal(p), "Motivato.") for c, p in zip(s.criteria, points, strict=True)]
    forms.save(cell.assignment_id, version, entries, submit=True)


def _visible(tab: EvaluationsTab) -> list[str]:
    return sorted(b.objectName() for b in tab.findChildren(QPushButton) if b.isVisible())


def test_the_grid_of_the_call_in_evaluation(qtbot: QtBot, db: Database, s: Scenario, tabs: list) -> None:
    tab = _tab(qtbot, db, s.officer, tabs)
    ui = tab.ui
    assert ui.callCombo.count() == 1
    call = AppServices.for_database(db, s.officer).evaluation_grid.calls()[0]
    assert ui.callCombo.currentText() == f"{s.call_code} — {call.title} (In valutazione)"
    assert ui.stack.currentWidget() is ui.gridPage
    assert _column(tab, 0) == ["2026/1", "2026/2", "2026/3", "2026/4"]
    headers = [tab.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(3, 6)]
    assert headers == ["Valutatore 1", "Valutatore 2", "Valutatore 3"]
    assert ui.progressLabel.text() == "4 domande · nessuna scheda di valutazione assegnata"
    assert [b.text() for b in (ui.openButton, ui.autoAssignButton, ui.rankingButton)] == [
        "&Apri scheda…", "Assegna a&utomaticamente", "&Graduatoria…",
    ]  # fmt: skip
    # Nothing selected: only what concerns the whole call.
    assert ui.autoAssignButton.isEnabled() and ui.rankingButton.isEnabled()
    assert not ui.openButton.isEnabled() and not ui.assignButton.isEnabled()


def test_automatic_assignment_fills_the_grid(
    qtbot: QtBot, db: Database, s: Scenario, tabs: list, boxes: MessageBoxes
) -> None:
    tab = _tab(qtbot, db, s.officer, tabs)
    tab.ui.autoAssignButton.click()
    assert _forms(db) == 8  # four applications, two evaluators each
    (text,) = boxes.texts("information")
    assert text.startswith("Assegnate 8 schede di valutazione.\n\nSchede per valutatore:\n")
    assert "  Valutatore 1: " in text and "mancano" not in text
    cells = [c for column in range(FIXED, FIXED + 3) for c in _column(tab, column)]
    assert cells.count("Assegnata") == 8 and cells.count("") == 4
    assert tab.ui.progressLabel.text() == (
        "4 domande · 8 schede: 8 assegnate, 0 dichiarate, 0 in bozza, 0 inviate"
    )
    tab.ui.autoAssignButton.click()
    assert boxes.texts("information")[-1].startswith(
        "Nessuna nuova scheda: ogni domanda ha già i suoi valutatori."
    )
    assert _forms(db) == 8


def test_applications_short_of_evaluators_are_named(
    qtbot: QtBot, db: Database, tabs: list, boxes: MessageBoxes
) -> None:
    s = evaluation_scenario(db, applications=2, evaluators=1, per_application=2)
    tab = _tab(qtbot, db, s.officer, tabs)
    tab.ui.autoAssignButton.click()
    (text,) = boxes.texts("warning")
    assert "Domande senza abbastanza valutatori" in text
    assert "  2026/1: manca 1 valutatore" in text and "  2026/2: manca 1 valutatore" in text
    assert _column(tab, tab.model.flags_column) == ["manca 1 valutatore"] * 2


def test_actions_follow_the_selected_cell(qtbot: QtBot, db: Database, s: Scenario, tabs: list) -> None:
    tab = _tab(qtbot, db, s.officer, tabs)
    tab.ui.autoAssignButton.click()
    ui = tab.ui
    row = next(r for r in range(4) if tab.proxy.index(r, FIXED).data() == "Assegnata")
    _pick(tab, row, FIXED)
    assert ui.openButton.isEnabled() and ui.unassignButton.isEnabled() and ui.assignButton.isEnabled()
    assert not ui.reopenButton.isEnabled()
    empty = next(r for r in range(4) if tab.proxy.index(r, FIXED).data() == "")
    _pick(tab, empty, FIXED)
    assert not ui.openButton.isEnabled() and not ui.unassignButton.isEnabled()
    assert ui.assignButton.isEnabled()
    _pick(tab, empty, 1)  # the lead's column: the application, no form
    assert ui.assignButton.isEnabled() and not ui.openButton.isEnabled()


def test_assign_by_hand_lists_the_committee_with_their_loads(
    qtbot: QtBot, db: Database, s: Scenario, tabs: list, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = AppServices.for_database(db, s.officer)
    services.assignments.assign(s.call_id, s.applications[1], s.evaluators[0].id or 0)
    tab = _tab(qtbot, db, s.officer, tabs)
    offered: list[list[str]] = []

    def get_item(parent: object, title: str, label: str, items: list[str], *args: object) -> tuple[str, bool]:
        offered.append(list(items))
        assert title == "Assegna" and label.startswith("Domanda 2026/1 — ")
        return items[-1], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    _pick(tab, 0, 0)
    assert tab.assign_selected()
    # The least busy first.
    assert offered == [["Valutatore 2 — 0 schede", "Valutatore 3 — 0 schede", "Valutatore 1 — 1 scheda"]]
    assert _column(tab, FIXED)[:2] == ["Assegnata", "Assegnata"]
    assert tab.selected_cell() is not None  # the new form is selected


def test_an_assignment_refused_by_the_service_is_explained(
    qtbot: QtBot, db: Database, s: Scenario, tabs: list, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
) -> None:
    tab = _tab(qtbot, db, s.officer, tabs)
    services = AppServices.for_database(db, s.officer)

    def get_item(parent: object, title: str, label: str, items: list[str], *args: object) -> tuple[str, bool]:
        # Meanwhile, another officer gives the application to the same evaluator.
        services.assignments.assign(s.call_id, s.applications[0], s.evaluators[0].id or 0)
        return items[0], True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    _pick(tab, 0, 0)
    assert not tab.assign_selected()
    assert boxes.texts("warning") == ["La domanda prot. 2026/1 è già assegnata a Valutatore 1."]
    assert _column(tab, FIXED)[0] == "Assegnata"  # the grid shows what happened meanwhile


def test_revoke_asks_first_and_deletes_the_form(
    qtbot: QtBot, db: Database, s: Scenario, tabs: list, boxes: MessageBoxes
) -> None:
    AppServices.for_database(db, s.officer).assignments.assign(
        s.call_id, s.applications[0], s.evaluators[0].id or 0
    )
    tab = _tab(qtbot, db, s.officer, tabs)
    _pick(tab, 0, FIXED)
    boxes.answers.append(StandardButton.No)
    tab.ui.unassignButton.click()
    assert _forms(db) == 1
    assert "Revocare a Valutatore 1 la domanda 2026/1?" in boxes.shown[-1].text
    boxes.answers.append(StandardButton.Yes)
    tab.ui.unassignButton.click()
    assert _forms(db) == 0 and _column(tab, FIXED)[0] == ""


def test_reopen_a_submitted_form_from_the_grid(qtbot: QtBot, db: Database, s: Scenario, tabs: list) -> None:
    services = AppServices.for_database(db, s.officer)
    services.assignments.assign(s.call_id, s.applications[0], s.evaluators[0].id or 0)
    _submit(db, s, s.applications[0], s.evaluators[0], ("35", "20", "20"))
    tab = _tab(qtbot, db, s.officer, tabs)
    assert _column(tab, FIXED)[0] == "Inviata · 75,00"
    _pick(tab, 0, FIXED)
    assert tab.ui.reopenButton.isEnabled() and not tab.ui.unassignButton.isEnabled()
    note = tab.reopen_selected()
    assert note is not None and "Valutatore 1" in note.prompt_label.text()
    note.note_edit.setPlainText("Criterio B da rivedere.")
    note.ok_button.click()
    assert _column(tab, FIXED)[0] == "Bozza · 75,00"
    with db.reading() as session:
        form = session.scalars(select(Assignment)).one()
        assert form.status is AssignmentStatus.BOZZA and form.reopen_reason == "Criterio B da rivedere."
    assert tab.selected_cell() is not None and tab.ui.openButton.isEnabled()


def test_double_click_opens_the_form_and_the_grid_follows_it(
    qtbot: QtBot, db: Database, s: Scenario, tabs: list
) -> None:
    AppServices.for_database(db, s.officer).assignments.assign(
        s.call_id, s.applications[0], s.evaluators[0].id or 0
    )
    tab = _tab(qtbot, db, s.evaluators[0], tabs)
    _pick(tab, 0, 2)  # the title: an evaluator's grid has one column of forms
    tab.ui.tableView.activated.emit(tab.proxy.index(0, 2))
    (dialog,) = [d for d in tab.findChildren(ScoringFormDialog) if d.isVisible()]
    dialog.ui.noConflictButton.click()
    dialog.done(0)
    assert _column(tab, FIXED) == ["Dichiarata"]
    assert tab.selected_cell() is not None


def test_an_evaluator_sees_their_own_column_and_no_scores_until_the_ranking(
    qtbot: QtBot, db: Database, s: Scenario, tabs: list
) -> None:
    officer = AppServices.for_database(db, s.officer)
    for evaluator in s.evaluators[:2]:
        for app in s.applications:
            officer.assignments.assign(s.call_id, app, evaluator.id or 0)
    for app in s.applications:
        _submit(db, s, app, s.evaluators[0], ("30", "20", "20"))
        _submit(db, s, app, s.evaluators[1], ("34", "20", "20"))
    tab = _tab(qtbot, db, s.evaluators[0], tabs)
    assert tab.model.columnCount() == FIXED + 3
    assert tab.model.headerData(FIXED, Qt.Orientation.Horizontal) == "Valutatore 1"
    assert _column(tab, FIXED) == ["Inviata · 70,00"] * 4
    assert _column(tab, tab.model.score_column) == [""] * 4
    assert tab.ui.progressLabel.text().endswith(
        "vedi solo i tuoi punteggi finché non è calcolata la graduatoria"
    )
    # Only their own forms, and the workbooks to score offline.
    assert _visible(tab) == ["exportButton", "importButton", "openButton"]
    officer.rankings.compute(s.call_id)
    tab.reload()
    assert _column(tab, tab.model.score_column) == ["72,00"] * 4
    assert "rankingButton" in _visible(tab)


def test_an_officer_is_offered_every_action(qtbot: QtBot, db: Database, s: Scenario, tabs: list) -> None:
    tab = _tab(qtbot, db, s.officer, tabs)
    assert _visible(tab) == [
        "assignButton", "autoAssignButton", "consensusButton", "exportButton", "importButton", "openButton",
        "rankingButton", "reopenButton", "sheetButton", "sheetsButton", "unassignButton",
    ]  # fmt: skip


def test_a_reader_follows_the_progress_but_sees_no_score_before_approval(
    qtbot: QtBot, db: Database, s: Scenario, tabs: list
) -> None:
    AppServices.for_database(db, s.officer).assignments.auto_assign(s.call_id)
    _submit(db, s, s.applications[0], s.evaluators[0], ("30", "20", "20"))
    reader = _tab(qtbot, db, READER, tabs)
    assert reader.ui.stack.currentWidget() is not reader.ui.emptyPage
    assert reader.model.columnCount() == FIXED + len(s.evaluators) + 2
    first = [reader.proxy.index(0, FIXED + n).data() for n in range(len(s.evaluators))]
    assert "Inviata" in first and not any("70" in (text or "") for text in first)
    assert set(_column(reader, reader.model.score_column)) <= {"", None}
    assert "autoAssignButton" not in _visible(reader) and "reopenButton" not in _visible(reader)


def test_an_evaluator_outside_every_committee_sees_why(
    qtbot: QtBot, db: Database, s: Scenario, tabs: list
) -> None:
    outsider = _tab(qtbot, db, EVALUATOR, tabs)  # on no committee
    assert outsider.ui.emptyLabel.text().startswith("Non fai parte della commissione di nessun bando")


def test_no_call_in_evaluation(qtbot: QtBot, db: Database, tabs: list) -> None:
    tab = _tab(qtbot, db, ADMIN, tabs)
    assert tab.ui.stack.currentWidget() is tab.ui.emptyPage
    assert tab.ui.emptyLabel.text().startswith("Nessun bando in valutazione.")
    assert not tab.ui.callCombo.isEnabled() and not tab.ui.autoAssignButton.isEnabled()


def test_search_narrows_the_rows(qtbot: QtBot, db: Database, s: Scenario, tabs: list) -> None:
    tab = _tab(qtbot, db, s.officer, tabs)
    qtbot.keyClicks(tab.ui.searchEdit, "2026/3")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert _column(tab, 0) == ["2026/3"]
    tab.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 4)


@pytest.mark.parametrize(
    ("button", "module", "function"),
    [
        ("rankingButton", "coop_desktop.ui.dialogs.ranking_dialog", "open_ranking"),
        ("consensusButton", "coop_desktop.ui.dialogs.consensus_dialog", "open_consensus"),
        ("exportButton", "coop_desktop.ui.dialogs.score_exchange", "export_workbooks"),
        ("importButton", "coop_desktop.ui.dialogs.score_exchange", "import_scores"),
    ],
)
def test_call_wide_windows_get_the_call_and_the_grid_reloads_after(
    qtbot: QtBot,
    db: Database,
    s: Scenario,
    tabs: list,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    module: str,
    function: str,
) -> None:
    tab = _tab(qtbot, db, s.officer, tabs)
    calls: list[tuple[object, int]] = []

    def window(parent: object, services: AppServices, call_id: int) -> None:
        calls.append((parent, call_id))
        services.assignments.auto_assign(call_id)  # what the window changed shows when it returns

    fake = types.ModuleType(module)
    setattr(fake, function, window)
    monkeypatch.setitem(sys.modules, module, fake)
    getattr(tab.ui, button).click()
    assert calls == [(tab, s.call_id)]
    cells = [c for column in range(FIXED, FIXED + 3) for c in _column(tab, column)]
    assert cells.count("Assegnata") == 8


def test_a_window_missing_from_this_version_is_said_so(
    qtbot: QtBot,
    db: Database,
    s: Scenario,
    tabs: list,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,
) -> None:
    tab = _tab(qtbot, db, s.officer, tabs)
    monkeypatch.setitem(sys.modules, "coop_desktop.ui.dialogs.score_exchange", None)
    tab.ui.importButton.click()
    assert boxes.texts("information") == ["Questa funzione non è disponibile in questa versione."]


def test_coming_back_to_the_tab_shows_what_changed_meanwhile(
    qtbot: QtBot, db: Database, s: Scenario, tabs: list
) -> None:
    tab = _tab(qtbot, db, s.officer, tabs)
    _pick(tab, 2, 0)
    AppServices.for_database(db, s.officer).assignments.auto_assign(s.call_id)  # e.g. from another PC
    assert _column(tab, FIXED).count("") == 4
    tab.hide()
    tab.show()
    cells = [c for column in range(FIXED, FIXED + 3) for c in _column(tab, column)]
    assert cells.count("Assegnata") == 8
    assert tab.selected_row() is not None and tab.selected_row().protocol_number == "2026/3"  # type: ignore[union-attr]
