"""The scoring form: the declaration first, points checked as typed, the running total, draft and
submission (then read-only), the office's reopening, and refusals shown in Italian."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Assignment, Score
from coop_desktop.domain.enums import AssignmentStatus
from coop_desktop.domain.scoring import FormEntry
from coop_desktop.services.context import CurrentUser
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.note_dialog import NoteDialog
from coop_desktop.ui.dialogs.scoring_form_dialog import ScoringFormDialog
from tests.helpers.evaluation import Scenario, evaluation_scenario
from tests.ui.boxes import MessageBoxes, StandardButton

RED = "#b3261e"


@pytest.fixture(autouse=True)
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def s(db: Database) -> Scenario:
    return evaluation_scenario(db)


@pytest.fixture
def form_id(db: Database, s: Scenario) -> int:
    """The first application, assigned to the first evaluator (not yet declared)."""
    services = AppServices.for_database(db, s.officer)
    return services.assignments.assign(s.call_id, s.applications[0], s.evaluators[0].id or 0)


@pytest.fixture
def opened(qtbot: QtBot) -> Iterator[list[ScoringFormDialog]]:
    dialogs: list[ScoringFormDialog] = []
    yield dialogs
    for dialog in dialogs:
        for note in dialog.findChildren(NoteDialog):
            if note.isVisible():
                note.done(0)
        if dialog.isVisible():
            dialog.done(0)


def _open(
    qtbot: QtBot, db: Database, user: CurrentUser, form_id: int, opened: list[ScoringFormDialog]
) -> ScoringFormDialog:
    dialog = ScoringFormDialog(AppServices.for_database(db, user), form_id)
    opened.append(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _stored(db: Database, form_id: int) -> tuple[AssignmentStatus, int]:
    """The form's status and how many scores it holds."""
    with db.reading() as session:
        form = session.get(Assignment, form_id)
        assert form is not None
        scores = session.scalar(select(func.count(Score.id)).where(Score.assignment_id == form_id)) or 0
        return form.status, scores


def _declared(db: Database, s: Scenario, form_id: int) -> None:
    forms = AppServices.for_database(db, s.evaluators[0]).scoring_forms
    forms.declare(form_id, forms.form(form_id).version, has_conflict=False)


def _type(qtbot: QtBot, dialog: ScoringFormDialog, points: dict[str, str]) -> None:
    for code, text in points.items():
        edit = dialog.rows[code].points_edit
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_the_declaration_comes_before_the_application(
    qtbot: QtBot, db: Database, s: Scenario, form_id: int, opened: list[ScoringFormDialog]
) -> None:
    dialog = _open(qtbot, db, s.evaluators[0], form_id, opened)
    ui = dialog.ui
    assert ui.bodyStack.currentWidget() is ui.declarationPage
    assert not ui.scoringPage.isVisible() and not ui.summaryBox.isVisible()
    assert "art. 6-bis della L. 241/1990" in ui.declarationText.text()
    assert ui.noConflictButton.text() == "Dichiaro l'&assenza di conflitti di interessi"
    assert ui.statusValue.text() == "Assegnata" and ui.evaluatorValue.text() == "Valutatore 1 (tu)"
    assert not ui.saveButton.isVisible() and not ui.submitButton.isVisible()
    assert not ui.reopenButton.isVisible()  # an evaluator never reopens
    ui.noConflictButton.click()
    assert _stored(db, form_id) == (AssignmentStatus.DICHIARATA, 0)
    assert ui.bodyStack.currentWidget() is ui.scoringPage and ui.summaryBox.isVisible()
    assert "assenza di conflitti dichiarata il " in ui.statusValue.text()
    assert ui.amountsLabel.text() == "Contributo richiesto: € 40.000,00 · Costo totale: € 80.000,00"
    assert list(dialog.rows) == ["A", "B", "C"]
    assert ui.totalLabel.text() == "Totale: 0,00 / 100"


def test_a_conflict_needs_a_note_and_finds_a_replacement(
    qtbot: QtBot,
    db: Database,
    s: Scenario,
    form_id: int,
    opened: list[ScoringFormDialog],
    boxes: MessageBoxes,
) -> None:
    dialog = _open(qtbot, db, s.evaluators[0], form_id, opened)
    ui = dialog.ui
    ui.conflictButton.click()  # no note: refused before any question
    assert ui.declarationError.isVisible()
    assert ui.declarationError.text().startswith("Descrivi il conflitto di interessi (con chi e perché)")
    assert boxes.shown == [] and _stored(db, form_id) == (AssignmentStatus.ASSEGNATA, 0)
    ui.conflictNoteEdit.setPlainText("Sono socio del capofila.")
    assert not ui.declarationError.isVisible()
    boxes.answers.append(StandardButton.Yes)
    ui.conflictButton.click()
    assert _stored(db, form_id) == (AssignmentStatus.CONFLITTO, 0)
    assert boxes.shown[0].kind == "question" and "2026/1" in boxes.shown[0].text
    assert boxes.texts("information") == ["La domanda è stata assegnata al suo posto a Valutatore 2."]
    assert "Valutatore 2" in ui.bannerLabel.text() and "bloccata" in ui.bannerLabel.text()
    assert (
        ui.conflictNoteEdit.toPlainText() == "Sono socio del capofila." and ui.conflictNoteEdit.isReadOnly()
    )
    assert not ui.noConflictButton.isVisible() and not ui.scoringPage.isVisible()


def test_a_conflict_with_nobody_free_says_so(
    qtbot: QtBot, db: Database, opened: list[ScoringFormDialog], boxes: MessageBoxes
) -> None:
    s = evaluation_scenario(db, applications=1, evaluators=2, per_application=2)
    officer = AppServices.for_database(db, s.officer)
    officer.assignments.auto_assign(s.call_id)
    form_id = officer.evaluation_grid.grid(s.call_id).rows[0].cells[s.evaluators[0].id or 0].assignment_id
    dialog = _open(qtbot, db, s.evaluators[0], form_id, opened)
    dialog.ui.conflictNoteEdit.setPlainText("Ho collaborato al progetto.")
    boxes.answers.append(StandardButton.Yes)
    dialog.ui.conflictButton.click()
    assert _stored(db, form_id) == (AssignmentStatus.CONFLITTO, 0)
    assert boxes.texts("information") == [
        "Nessun altro componente della commissione è libero da conflitti su questa domanda: l'ufficio "
        "dovrà trovare un sostituto."
    ]
    assert dialog.ui.statusValue.text().startswith("Conflitto di interessi dichiarato il ")


def test_points_are_checked_as_they_are_typed(
    qtbot: QtBot, db: Database, s: Scenario, form_id: int, opened: list[ScoringFormDialog]
) -> None:
    _declared(db, s, form_id)
    dialog = _open(qtbot, db, s.evaluators[0], form_id, opened)
    row = dialog.rows["B"]
    qtbot.keyClicks(row.points_edit, "7,3")
    assert row.invalid and RED in row.points_edit.styleSheet()
    assert (
        row.points_edit.toolTip()
        == "Il punteggio 7,30 non è valido: sono ammessi solo mezzi punti (es. 7,5)."
    )
    assert row.note_label.isVisible() and row.note_label.text() == row.points_edit.toolTip()
    assert dialog.ui.problemsLabel.text() == "1 punteggio da correggere (in rosso)"
    row.points_edit.backspace()
    qtbot.keyClicks(row.points_edit, "5")
    assert row.points == Decimal("7.50") and not row.invalid
    assert row.points_edit.styleSheet() == "" and not row.note_label.isVisible()
    assert dialog.ui.problemsLabel.text() == ""
    _type(qtbot, dialog, {"C": "31"})
    assert dialog.rows["C"].problem == "Il punteggio 31,00 supera il massimo del criterio C (30,00)."
    _type(qtbot, dialog, {"C": "sette"})
    assert dialog.rows["C"].problem == "«sette» non è un punteggio: scrivi ad esempio 7,5."


def test_the_total_runs_as_points_are_typed(
    qtbot: QtBot, db: Database, s: Scenario, form_id: int, opened: list[ScoringFormDialog]
) -> None:
    _declared(db, s, form_id)
    dialog = _open(qtbot, db, s.evaluators[0], form_id, opened)
    _type(qtbot, dialog, {"A": "30,5"})
    assert dialog.ui.totalLabel.text() == "Totale: 30,50 / 100"
    _type(qtbot, dialog, {"B": "20", "C": "20"})
    assert dialog.ui.totalLabel.text() == "Totale: 70,50 / 100"
    _type(qtbot, dialog, {"C": "20,3"})  # what cannot be read does not count
    assert dialog.ui.totalLabel.text() == "Totale: 50,50 / 100"


def test_a_score_below_the_minimum_asks_for_a_comment(
    qtbot: QtBot,
    db: Database,
    s: Scenario,
    form_id: int,
    opened: list[ScoringFormDialog],
    boxes: MessageBoxes,
) -> None:
    _declared(db, s, form_id)
    dialog = _open(qtbot, db, s.evaluators[0], form_id, opened)
    _type(qtbot, dialog, {"A": "15", "B": "20", "C": "20"})
    row = dialog.rows["A"]
    assert row.comment_edit.placeholderText() == "Commento obbligatorio"
    assert (
        row.note_label.text()
        == "Commento obbligatorio: il punteggio è sotto la soglia minima del criterio (20)."
    )
    assert dialog.rows["B"].comment_edit.placeholderText() == "Commento (facoltativo)"
    dialog.ui.submitButton.click()  # refused at once: no question, nothing written
    assert [b.kind for b in boxes.shown] == ["warning"]
    assert boxes.shown[0].title == "Invia la scheda"
    assert boxes.shown[0].text == (
        "La scheda non è stata inviata:\n\n"
        "• Scrivi il commento al criterio A: il punteggio è sotto la soglia del criterio (20,00)."
    )
    assert _stored(db, form_id) == (AssignmentStatus.DICHIARATA, 0)
    assert RED in row.comment_edit.styleSheet() and row.note_label.text().startswith("Scrivi il commento")
    row.comment_edit.setPlainText("La proposta è poco coerente con gli obiettivi del bando.")
    assert not row.note_label.isVisible()


def test_a_draft_keeps_what_was_written(
    qtbot: QtBot, db: Database, s: Scenario, form_id: int, opened: list[ScoringFormDialog]
) -> None:
    _declared(db, s, form_id)
    dialog = _open(qtbot, db, s.evaluators[0], form_id, opened)
    _type(qtbot, dialog, {"A": "30,5"})
    edit = dialog.rows["A"].points_edit
    dialog.rows["A"].comment_edit.setPlainText("Buona coerenza.")
    assert dialog.is_modified()
    dialog.ui.saveButton.click()
    assert dialog.rows["A"].points_edit is edit  # the same fields: the cursor stays where it was
    assert _stored(db, form_id) == (AssignmentStatus.BOZZA, 1)
    assert not dialog.is_modified() and "Bozza salvata." in dialog.ui.bannerLabel.text()
    assert dialog.rows["A"].points_edit.text() == "30,5"
    assert dialog.rows["A"].comment_edit.toPlainText() == "Buona coerenza."
    assert dialog.ui.statusValue.text().startswith("Bozza")


def test_a_submitted_form_is_read_only(
    qtbot: QtBot,
    db: Database,
    s: Scenario,
    form_id: int,
    opened: list[ScoringFormDialog],
    boxes: MessageBoxes,
) -> None:
    _declared(db, s, form_id)
    dialog = _open(qtbot, db, s.evaluators[0], form_id, opened)
    _type(qtbot, dialog, {"A": "35", "B": "20", "C": "20,5"})
    boxes.answers.append(StandardButton.No)
    dialog.ui.submitButton.click()
    assert boxes.shown[-1].kind == "question" and "75,50" in boxes.shown[-1].text
    assert "non può più essere modificata" in boxes.shown[-1].text
    assert _stored(db, form_id) == (AssignmentStatus.DICHIARATA, 0)
    boxes.answers.append(StandardButton.Yes)
    dialog.ui.submitButton.click()
    assert _stored(db, form_id) == (AssignmentStatus.INVIATA, 3)
    ui = dialog.ui
    assert all(r.points_edit.isReadOnly() and r.comment_edit.isReadOnly() for r in dialog.rows.values())
    assert not ui.saveButton.isVisible() and not ui.submitButton.isVisible()
    assert ui.bannerLabel.text().startswith("Inviata il ")
    assert ui.bannerLabel.text().endswith("(può riaprirla l'ufficio).")
    assert ui.totalLabel.text() == "Totale: 75,50 / 100" and not dialog.is_modified()


def test_the_office_reopens_a_submitted_form_with_a_reason(
    qtbot: QtBot, db: Database, s: Scenario, form_id: int, opened: list[ScoringFormDialog]
) -> None:
    _declared(db, s, form_id)
    forms = AppServices.for_database(db, s.evaluators[0]).scoring_forms
    entries = [FormEntry("A", Decimal(35), None), FormEntry("B", Decimal(20)), FormEntry("C", Decimal(20))]
    forms.save(form_id, forms.form(form_id).version, entries, submit=True)
    dialog = _open(qtbot, db, s.officer, form_id, opened)
    ui = dialog.ui
    assert ui.reopenButton.isVisible() and ui.reopenButton.isEnabled()
    assert ui.evaluatorValue.text() == "Valutatore 1"
    note = dialog.reopen()
    assert note is not None and not note.ok_button.isEnabled()  # the reason is required
    note.note_edit.setPlainText("Punteggio B trascritto male.")
    note.ok_button.click()
    assert not note.isVisible()
    assert _stored(db, form_id)[0] is AssignmentStatus.BOZZA
    assert forms.form(form_id).reopen_reason == "Punteggio B trascritto male."
    assert "«Punteggio B trascritto male.»" in ui.bannerLabel.text()
    assert "riaperta dall'ufficio il " in ui.statusValue.text()
    assert not ui.reopenButton.isEnabled() and ui.submitButton.isVisible()


def test_a_form_changed_elsewhere_offers_to_reload(
    qtbot: QtBot,
    db: Database,
    s: Scenario,
    form_id: int,
    opened: list[ScoringFormDialog],
    boxes: MessageBoxes,
) -> None:
    _declared(db, s, form_id)
    dialog = _open(qtbot, db, s.evaluators[0], form_id, opened)
    forms = AppServices.for_database(db, s.evaluators[0]).scoring_forms
    forms.save(form_id, forms.form(form_id).version, [FormEntry("A", Decimal(12))], submit=False)
    _type(qtbot, dialog, {"A": "30"})
    boxes.clicks.append("Ricarica")
    dialog.ui.saveButton.click()
    assert boxes.shown[-1].title == "Modificato da un altro utente"
    assert dialog.rows["A"].points_edit.text() == "12" and not dialog.is_modified()


def test_closing_with_unsaved_points_asks_first(
    qtbot: QtBot,
    db: Database,
    s: Scenario,
    form_id: int,
    opened: list[ScoringFormDialog],
    boxes: MessageBoxes,
) -> None:
    _declared(db, s, form_id)
    dialog = _open(qtbot, db, s.evaluators[0], form_id, opened)
    _type(qtbot, dialog, {"B": "25"})
    boxes.answers.append(StandardButton.Cancel)
    dialog.ui.closeButton.click()
    assert dialog.isVisible()
    assert boxes.shown[-1].text == "La scheda di valutazione è stata modificata. Salvarla come bozza?"
    boxes.answers.append(StandardButton.Save)
    dialog.ui.closeButton.click()
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
    assert _stored(db, form_id) == (AssignmentStatus.BOZZA, 1)


def test_another_evaluators_form_stays_closed(db: Database, s: Scenario, form_id: int) -> None:
    from coop_desktop.services.errors import PermissionDenied

    with pytest.raises(PermissionDenied, match="Puoi aprire solo le tue schede"):
        ScoringFormDialog(AppServices.for_database(db, s.evaluators[1]), form_id)
