"""Evaluator workbooks out and scores in from the Valutazioni tab: folder, preview, import, errors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFileDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Application, Assignment, Call, Criterion, Score, User
from coop_desktop.domain.enums import AssignmentStatus
from coop_desktop.exchange.evaluator_workbook import COVER_SHEET, META_SHEET
from coop_desktop.services.context import CurrentUser
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs.score_exchange import (
    ScoreImport,
    ScoreImportDialog,
    export_workbooks,
    import_scores,
)
from tests.helpers.evaluation import Scenario, evaluation_scenario
from tests.ui.boxes import MessageBoxes
from tests.unit.test_evaluator_workbook import _fill as fill_workbook
from tests.unit.test_score_import import write_sheet

NO_CHANGES = "Nessuna modifica: i punteggi del file sono già registrati."


@pytest.fixture
def s(db: Database) -> Scenario:
    """Three applications, three evaluators, two forms per application (two per evaluator)."""
    scenario = evaluation_scenario(db, applications=3)
    AppServices.for_database(db, scenario.officer).assignments.auto_assign(scenario.call_id)
    return scenario


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> MessageBoxes:
    return MessageBoxes(monkeypatch)


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@dataclass(frozen=True)
class Shown:
    changes: list[tuple[str, ...]]
    errors: list[tuple[str, ...]]
    summary: str
    note: str
    import_enabled: bool | None  # None: no Import button


@dataclass
class Previews:
    """Each preview the import opened, with its changes and errors as shown; each is answered with the
    next of `answers` (True: Import, False or none left: Close) instead of waiting for a user."""

    shown: list[Shown] = field(default_factory=list)
    answers: list[bool] = field(default_factory=list)

    def open(self, dialog: ScoreImportDialog) -> None:
        ui = dialog.ui
        self.shown.append(
            Shown(
                dialog.changes(),
                dialog.errors(),
                ui.summaryLabel.text(),
                ui.noteLabel.text(),
                None if dialog.import_button is None else dialog.import_button.isEnabled(),
            )
        )
        accept = self.answers.pop(0) if self.answers else False
        QTimer.singleShot(0, dialog.accept if accept else dialog.reject)


@pytest.fixture
def previews(monkeypatch: pytest.MonkeyPatch) -> Previews:
    found = Previews()
    monkeypatch.setattr(ScoreImportDialog, "open", lambda dialog: found.open(dialog))
    return found


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: (str(path), "")))


def _own_workbook(db: Database, evaluator: CurrentUser, folder: Path) -> Path:
    return AppServices.for_database(db, evaluator).score_excel.export_own(_call(db), folder)


def _call(db: Database) -> int:
    with db.reading() as session:
        return session.scalars(select(Call.id)).one()


def _filled(path: Path, comment: str = "Proposta solida e ben strutturata.") -> Path:
    """Every application sheet of the workbook scored A 30, B 20, C 25, with a comment."""
    book = openpyxl.load_workbook(path)
    titles = [t for t in book.sheetnames if t not in (COVER_SHEET, META_SHEET)]
    return fill_workbook(path, {t: [(30, comment), (20, comment), ("25", comment)] for t in titles})


def _scores(db: Database, username: str) -> dict[tuple[int, str], tuple[Decimal, str | None]]:
    with db.reading() as session:
        rows = session.execute(
            select(Assignment.application_id, Criterion.code, Score.points, Score.comment)
            .join(Assignment, Assignment.id == Score.assignment_id)
            .join(Criterion, Criterion.id == Score.criterion_id)
            .join(User, User.id == Assignment.evaluator_id)
            .where(User.username == username)
        ).all()
    return {(app, code): (points, comment) for app, code, points, comment in rows}


def _statuses(db: Database, username: str) -> list[AssignmentStatus]:
    with db.reading() as session:
        return list(
            session.scalars(
                select(Assignment.status)
                .join(User, User.id == Assignment.evaluator_id)
                .where(User.username == username)
            )
        )


# -- export ----------------------------------------------------------------------------------------


@pytest.fixture
def export(db: Database, parent: QWidget, monkeypatch: pytest.MonkeyPatch) -> Callable[..., None]:
    """Export as `user`, choosing `folder` (None: closing the folder dialog)."""

    def run(user: CurrentUser, folder: Path | None) -> None:
        chosen = "" if folder is None else str(folder)
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: chosen))
        export_workbooks(parent, AppServices.for_database(db, user), _call(db))

    return run


def test_the_office_exports_one_workbook_per_evaluator_into_the_chosen_folder(
    s: Scenario, tmp_path: Path, export: Callable[..., None], boxes: MessageBoxes
) -> None:
    export(s.officer, tmp_path)
    names = sorted(p.name for p in tmp_path.glob("*.xlsx"))
    assert names == [f"{s.call_code}_val{n}.xlsx" for n in (1, 2, 3)]
    (text,) = boxes.texts("information")
    assert text.startswith(f"3 cartelle di lavoro salvate in {tmp_path}:")
    assert all(f"• {name}" in text for name in names)


def test_an_evaluator_exports_only_their_own_workbook(
    s: Scenario, tmp_path: Path, export: Callable[..., None], boxes: MessageBoxes
) -> None:
    export(s.evaluators[1], tmp_path)
    assert [p.name for p in tmp_path.glob("*.xlsx")] == [f"{s.call_code}_val2.xlsx"]
    assert boxes.texts("information")[0].startswith("1 cartella di lavoro salvata in")


def test_an_export_refused_by_the_service_says_why(
    s: Scenario, tmp_path: Path, export: Callable[..., None], boxes: MessageBoxes
) -> None:
    export(s.officer, tmp_path / "missing")
    assert boxes.texts("warning") == [f"La cartella «{tmp_path / 'missing'}» non esiste."]


def test_closing_the_folder_dialog_does_nothing(
    s: Scenario, export: Callable[..., None], boxes: MessageBoxes
) -> None:
    export(s.officer, None)
    assert boxes.shown == []


# -- import ----------------------------------------------------------------------------------------


def test_a_filled_workbook_is_previewed_imported_then_changes_nothing_the_second_time(
    db: Database,
    s: Scenario,
    parent: QWidget,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    boxes: MessageBoxes,
    previews: Previews,
) -> None:
    val1 = s.evaluators[0]
    path = _filled(_own_workbook(db, val1, tmp_path))
    services = AppServices.for_database(db, val1)
    _choose_file(monkeypatch, path)
    previews.answers.append(True)
    import_scores(parent, services, s.call_id)
    (first,) = previews.shown
    assert first.errors == [] and len(first.changes) == 6  # two forms, three criteria
    assert first.changes[0][1:] == ("val1", "A", "— → 30,00", "—", "Proposta solida e ben strutturata.")
    assert first.summary == (
        "6 righe lette · 6 punteggi cambiati · 2 schede diventano inviate\n"
        "Schede che diventano inviate: 2026/1, 2026/2\n"
        "Saranno registrate 2 dichiarazioni di assenza di conflitti di interessi."
    )
    assert first.import_enabled is True
    assert boxes.texts("information") == [
        f"Punteggi importati da {path.name}:\n6 punteggi salvati · 2 schede inviate · 0 assegnazioni create"
    ]
    recorded = _scores(db, "val1")
    assert len(recorded) == 6 and set(recorded.values()) == {
        (Decimal("30.00"), "Proposta solida e ben strutturata."),
        (Decimal("20.00"), "Proposta solida e ben strutturata."),
        (Decimal("25.00"), "Proposta solida e ben strutturata."),
    }
    assert _statuses(db, "val1") == [AssignmentStatus.INVIATA] * 2

    import_scores(parent, services, s.call_id)
    again = previews.shown[1]
    assert again.changes == [] and again.errors == []
    assert again.note == NO_CHANGES and again.import_enabled is None
    assert len(_scores(db, "val1")) == 6 and len(boxes.shown) == 1


def test_a_long_sheet_creates_assignments_and_completes_applications(
    qtbot: QtBot, db: Database, s: Scenario, parent: QWidget, tmp_path: Path, boxes: MessageBoxes
) -> None:
    rows = [
        ["2026/1", f"val{n}", code, points, "Valutazione concordata in commissione."]
        for n in (1, 2, 3)
        for code, points in (("A", 30), ("B", 20), ("C", "22,5"))
    ]
    path = write_sheet(tmp_path / "punteggi.xlsx", rows)
    flow = ScoreImport(parent, AppServices.for_database(db, s.officer), s.call_id)
    assert flow.evaluator is None  # the office imports anyone's scores
    flow.start(path)
    qtbot.waitUntil(lambda: flow.preview is not None)
    preview = flow.preview
    assert preview is not None and len(preview.changes()) == 9
    summary = preview.ui.summaryLabel.text().split("\n")
    assert summary[0] == (
        "9 righe lette · 9 punteggi cambiati · 3 schede diventano inviate · 1 assegnazione creata · "
        "1 domanda con tutte le schede inviate"
    )
    assert "Nuove assegnazioni: 2026/1 (val" in summary[2]
    assert "Domande con tutte le schede inviate dopo l'importazione: 2026/1" in summary
    assert preview.ui.fileLabel.text() == f"punteggi.xlsx: foglio dei punteggi, bando {s.call_code}"
    preview.accept()
    qtbot.waitUntil(lambda: flow.over)
    assert boxes.texts("information") == [
        "Punteggi importati da punteggi.xlsx:\n"
        "9 punteggi salvati · 3 schede inviate · 1 assegnazione creata\n"
        "Domande con tutte le schede inviate: 2026/1"
    ]
    assert all(len(_scores(db, f"val{n}")) == 3 for n in (1, 2, 3))


def test_a_changed_comment_shows_old_and_new(
    qtbot: QtBot, db: Database, s: Scenario, parent: QWidget, tmp_path: Path, boxes: MessageBoxes
) -> None:
    val1 = s.evaluators[0]
    services = AppServices.for_database(db, s.officer)
    path = _filled(_own_workbook(db, val1, tmp_path))
    services.score_excel.apply(s.call_id, path)
    _filled(path, comment="Giudizio rivisto.")
    flow = ScoreImport(parent, services, s.call_id)
    flow.start(path)
    qtbot.waitUntil(lambda: flow.preview is not None)
    assert flow.preview is not None
    changes = flow.preview.changes()
    assert len(changes) == 6
    assert changes[0][3:] == ("30,00", "Proposta solida e ben strutturata.", "Giudizio rivisto.")
    assert flow.preview.import_button is not None and flow.preview.import_button.isEnabled()
    flow.preview.import_button.click()
    qtbot.waitUntil(lambda: flow.over)
    assert {comment for _p, comment in _scores(db, "val1").values()} == {"Giudizio rivisto."}


def test_a_bad_row_shows_the_errors_and_writes_nothing(
    qtbot: QtBot, db: Database, s: Scenario, parent: QWidget, tmp_path: Path, boxes: MessageBoxes
) -> None:
    services = AppServices.for_database(db, s.officer)
    with db.reading() as session:
        protocol, username = session.execute(
            select(Application.protocol_number, User.username)
            .join(Assignment, Assignment.application_id == Application.id)
            .join(User, User.id == Assignment.evaluator_id)
        ).first()  # type: ignore[misc]
    rows = [
        [protocol, username, "A", 30, ""],
        [protocol, username, "B", 45, ""],
        [protocol, username, "C", 10, ""],
    ]
    path = write_sheet(tmp_path / "punteggi.xlsx", rows)
    flow = ScoreImport(parent, services, s.call_id)
    flow.start(path)
    qtbot.waitUntil(lambda: flow.preview is not None)
    preview = flow.preview
    assert preview is not None
    ((sheet, row, column, message),) = preview.errors()
    assert (sheet, row, column) == ("Punteggi", "3", "Punteggio") and "30" in message
    assert preview.ui.errorsTable.isVisibleTo(preview) and not preview.ui.changesTable.isVisibleTo(preview)
    assert preview.ui.tableLabel.text() == "1 errore da correggere nel file:"
    assert preview.import_button is not None and not preview.import_button.isEnabled()
    assert preview.ui.noteLabel.text().startswith("Nulla sarà salvato finché ogni errore non sarà corretto")
    preview.accept()  # Enter with Import disabled does nothing
    assert preview.isVisible() and not flow.over
    preview.reject()
    qtbot.waitUntil(lambda: flow.over)
    assert _scores(db, username) == {} and boxes.shown == []


def test_scores_changed_after_the_preview_ask_to_repeat_the_import(
    qtbot: QtBot, db: Database, s: Scenario, parent: QWidget, tmp_path: Path, boxes: MessageBoxes
) -> None:
    services = AppServices.for_database(db, s.officer)
    path = _filled(_own_workbook(db, s.evaluators[0], tmp_path))
    flow = ScoreImport(parent, services, s.call_id)
    flow.start(path)
    qtbot.waitUntil(lambda: flow.preview is not None)
    assert flow.preview is not None and flow.preview.import_button is not None
    services.score_excel.apply(s.call_id, _filled(path, comment="Altro."))  # someone else, meanwhile
    flow.preview.import_button.click()
    qtbot.waitUntil(lambda: flow.over)
    (text,) = boxes.texts("warning")
    assert "nessun punteggio è stato salvato" in text and "Ripeti l'importazione" in text
    assert {comment for _p, comment in _scores(db, "val1").values()} == {"Altro."}


def test_forms_submitted_after_the_preview_show_the_errors_they_cause(
    qtbot: QtBot, db: Database, s: Scenario, parent: QWidget, tmp_path: Path, boxes: MessageBoxes
) -> None:
    val1 = s.evaluators[0]
    path = _filled(_own_workbook(db, val1, tmp_path))
    flow = ScoreImport(parent, AppServices.for_database(db, val1), s.call_id)
    flow.start(path)
    qtbot.waitUntil(lambda: flow.preview is not None)
    first = flow.preview
    assert first is not None and first.import_button is not None
    # The office imports the same workbook with other comments: the forms are submitted now.
    AppServices.for_database(db, s.officer).score_excel.apply(s.call_id, _filled(path, comment="Altro."))
    first.import_button.click()
    qtbot.waitUntil(lambda: flow.preview is not None and flow.preview is not first)
    again = flow.preview
    assert again is not None and again.import_button is not None and not again.import_button.isEnabled()
    assert again.ui.summaryLabel.text().startswith("I dati sono cambiati dopo l'anteprima")
    assert len(again.errors()) == 2 and "è già stata inviata" in again.errors()[0][3]
    again.reject()
    qtbot.waitUntil(lambda: flow.over)
    assert boxes.shown == []
    assert {comment for _p, comment in _scores(db, "val1").values()} == {"Altro."}


def test_an_evaluator_cannot_import_someone_elses_workbook(
    qtbot: QtBot, db: Database, s: Scenario, parent: QWidget, tmp_path: Path, boxes: MessageBoxes
) -> None:
    path = _filled(_own_workbook(db, s.evaluators[1], tmp_path))
    flow = ScoreImport(parent, AppServices.for_database(db, s.evaluators[0]), s.call_id)
    assert flow.evaluator == "val1"
    flow.start(path)
    qtbot.waitUntil(lambda: flow.over)
    (text,) = boxes.texts("warning")
    assert "val2" in text and flow.preview is None
    assert _scores(db, "val2") == {}


def test_closing_the_file_dialog_does_nothing(
    db: Database, s: Scenario, parent: QWidget, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *_a, **_k: ("", "")))
    import_scores(parent, AppServices.for_database(db, s.officer), s.call_id)
    assert boxes.shown == []
