"""The Graduatoria window: provisional banner, compute, approval by decree, scorrimento, versions, Excel."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Application, Call, Decree
from coop_desktop.domain.enums import ApplicationStatus, CallStatus, DecreeKind, RankingOutcome
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs import ranking_dialog
from coop_desktop.ui.dialogs.ranking_dialog import DecreeDialog, RankingDialog, open_ranking
from coop_desktop.ui.models.paged_table_model import RAW_ROLE
from tests.helpers.evaluation import Scenario, evaluation_scenario
from tests.helpers.users import READER
from tests.integration.test_cli_ranking import submit
from tests.ui.boxes import MessageBoxes, StandardButton

# Totals 80, 75, 70 (funded 40k, 40k, partial 20k of 100k) and 50 (below the minimum of 60).
POINTS = [("35", "25", "20"), ("30", "25", "20"), ("30", "20", "20"), ("20", "15", "15")]


@pytest.fixture
def scenario(db: Database) -> Scenario:
    return evaluation_scenario(db, applications=4, budget=Decimal("100000.00"))


def _score_all(db: Database, s: Scenario) -> None:
    for app, points in zip(s.applications, POINTS, strict=True):
        submit(db, s, app, s.evaluators[0], points)
        submit(db, s, app, s.evaluators[1], points)


def _dialog(qtbot: QtBot, services: AppServices, call_id: int) -> RankingDialog:
    dialog = RankingDialog(services, call_id)
    qtbot.addWidget(dialog)
    return dialog


def _column(dialog: RankingDialog, key: str) -> list[object]:
    section = [c.key for c in dialog.model.columns].index(key)
    return [dialog.model.index(row, section).data(RAW_ROLE) for row in range(dialog.model.rowCount())]


def _answer_decree(
    monkeypatch: pytest.MonkeyPatch,
    number: str,
    day: date,
    outcome: RankingOutcome | None = None,
    seen: list[DecreeDialog] | None = None,
) -> None:
    """The decree window fills itself in and presses OK (which runs the action, as a click would)."""

    def exec_decree(self: DecreeDialog) -> int:
        if seen is not None:
            seen.append(self)
        self.fill(number, day, "Nota di prova", outcome)
        self.ok_button.click()
        return self.result()

    monkeypatch.setattr(DecreeDialog, "exec", exec_decree)


def test_the_approved_demo_ranking(qtbot: QtBot, services: AppServices) -> None:
    dialog = _dialog(qtbot, services, 1)
    ui = dialog.ui
    assert "COOP-2025" in ui.headerLabel.text()
    assert ui.bannerLabel.text() == "Approvata con DD n. 17890 del 15/09/2025."
    assert ui.budgetLabel.text() == "Dotazione € 300.000,00 · impegnato € 300.000,00 · residuo € 0,00"
    assert ui.versionCombo.count() == 1 and "approvata con DD n. 17890" in ui.versionCombo.itemText(0)
    assert dialog.model.rowCount() == 20
    outcomes = _column(dialog, "outcome")
    assert outcomes.count(RankingOutcome.FINANZIATA) == 8
    assert outcomes.count(RankingOutcome.FINANZIATA_PARZIALMENTE) == 1
    assert sum(_column(dialog, "grant"), Decimal(0)) == Decimal("300000.00")
    assert [c.header for c in dialog.model.columns][:6] == [
        "Pos.", "Rango", "Protocollo", "Data protocollo", "Capofila", "Titolo",
    ]  # fmt: skip
    # The tie-break actually applied: in its column and as the row's tooltip.
    notes = _column(dialog, "tie_break_note")
    assert notes[4] is not None and "per il punteggio del criterio A (33,50 contro 32,50)" in str(notes[4])
    assert "precede la domanda prot. 2025/0217897" in str(dialog.model.index(4, 4).data(3))
    assert not ui.computeButton.isEnabled() and not ui.approveButton.isEnabled()
    assert ui.approveButton.toolTip() == "La graduatoria è già approvata."
    assert not ui.scorrimentoButton.isEnabled()
    dialog.select_protocol("2025/0228023")  # not admissible: nothing to withdraw
    assert not ui.scorrimentoButton.isEnabled()
    dialog.select_protocol("2025/0238022")
    assert ui.scorrimentoButton.isEnabled()
    assert "2025/0238022 – Comune di Prato: Finanziata." in ui.lineNoteLabel.text()


def test_a_reader_sees_the_approved_ranking_without_actions(qtbot: QtBot, demo_db: Database) -> None:
    dialog = _dialog(qtbot, AppServices.for_database(demo_db, READER), 1)
    ui = dialog.ui
    assert dialog.model.rowCount() == 20 and ui.bannerLabel.text().startswith("Approvata con DD")
    dialog.select_protocol("2025/0238022")
    for button in (ui.computeButton, ui.approveButton, ui.scorrimentoButton):
        assert not button.isEnabled()
    assert ui.consensusButton.isHidden()
    assert ui.exportButton.isEnabled()


def test_provisional_ranking_shows_the_banner_and_cannot_be_approved(
    qtbot: QtBot, db: Database, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = scenario
    submit(db, s, s.applications[0], s.evaluators[0], POINTS[0])
    services = AppServices.for_database(db, s.officer)
    services.assignments.assign(s.call_id, s.applications[0], s.evaluators[1].id or 0)
    dialog = _dialog(qtbot, services, s.call_id)
    ui = dialog.ui
    assert ui.bannerLabel.text() == (
        "Graduatoria provvisoria: manca 1 scheda inviata. Non può ancora essere approvata."
    )
    assert ui.versionCombo.itemText(0) == "Attuale: calcolata dai punteggi inviati"
    assert "non ha ancora calcolato" in ui.versionInfoLabel.text()
    assert ui.computeButton.isEnabled() and not ui.approveButton.isEnabled()
    boxes = MessageBoxes(monkeypatch, answers=[StandardButton.Yes])
    ui.computeButton.click()
    assert "i valutatori vedono i punteggi degli altri" in boxes.texts("question")[0]
    assert ui.messageLabel.text() == "Graduatoria calcolata e salvata come versione 1."
    assert ui.versionCombo.count() == 2 and "provvisoria" in ui.versionCombo.itemText(1)
    assert not ui.approveButton.isEnabled()
    assert "provvisoria non può essere approvata" in ui.approveButton.toolTip()
    # The incomplete line is marked.
    row = next(
        r for r in range(dialog.model.rowCount()) if dialog.model.line(r).application_id == s.applications[0]
    )
    assert "Schede di valutazione ancora da inviare" in str(dialog.model.index(row, 0).data(3))


def test_compute_then_approve_through_the_dialog(
    qtbot: QtBot, db: Database, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = scenario
    _score_all(db, s)
    dialog = _dialog(qtbot, AppServices.for_database(db, s.officer), s.call_id)
    ui = dialog.ui
    assert ui.bannerLabel.text().startswith("Graduatoria completa")
    assert not ui.approveButton.isEnabled()
    assert ui.approveButton.toolTip() == "Calcola la graduatoria prima di approvarla."
    MessageBoxes(monkeypatch, answers=[StandardButton.Yes])
    ui.computeButton.click()
    assert ui.approveButton.isEnabled()
    seen: list[DecreeDialog] = []
    _answer_decree(monkeypatch, "1234", date(2026, 6, 30), seen=seen)
    ui.approveButton.click()
    assert "€ 100.000,00" in seen[0].prompt_label.text()
    assert dialog.changed
    assert ui.bannerLabel.text() == "Approvata con DD n. 1234 del 30/06/2026."
    assert ui.messageLabel.text() == "La graduatoria è approvata."
    assert not ui.computeButton.isEnabled() and not ui.approveButton.isEnabled()
    assert ui.versionCombo.count() == 1
    with db.reading() as session:
        call = session.get(Call, s.call_id)
        statuses = [session.get(Application, a).status for a in s.applications]  # type: ignore[union-attr]
        decree = session.scalar(select(Decree).where(Decree.kind == DecreeKind.GRADUATORIA))
    assert call is not None and call.status is CallStatus.GRADUATORIA_APPROVATA
    assert statuses == [
        ApplicationStatus.FINANZIATA,
        ApplicationStatus.FINANZIATA,
        ApplicationStatus.FINANZIATA_PARZIALMENTE,
        ApplicationStatus.NON_IDONEA,
    ]
    assert decree is not None and (decree.number, decree.issued_on) == ("1234", date(2026, 6, 30))


def test_a_refused_approval_keeps_the_decree_window_open_with_the_reasons(
    qtbot: QtBot, db: Database, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = scenario
    _score_all(db, s)
    services = AppServices.for_database(db, s.officer)
    services.rankings.compute(s.call_id)
    dialog = _dialog(qtbot, services, s.call_id)
    assert dialog.ui.approveButton.isEnabled()
    # Meanwhile a third evaluator is given an application: the ranking is provisional again.
    services.assignments.assign(s.call_id, s.applications[3], s.evaluators[2].id or 0)
    seen: list[DecreeDialog] = []
    _answer_decree(monkeypatch, "1234", date(2026, 6, 30), seen=seen)
    dialog.ui.approveButton.click()
    window = seen[0]
    assert window.result() != QDialog.DialogCode.Accepted
    assert not window.error_label.isHidden()
    assert "Il bando non può passare a «Graduatoria approvata»" in window.error_label.text()
    assert "provvisoria" in window.error_label.text()
    assert window.number_edit.text() == "1234"
    assert services.call_records.get(s.call_id).status is CallStatus.IN_VALUTAZIONE
    assert not dialog.changed


def test_scorrimento_stores_version_two_and_keeps_the_first(
    qtbot: QtBot, db: Database, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = scenario
    _score_all(db, s)
    services = AppServices.for_database(db, s.officer)
    services.rankings.compute(s.call_id)
    version = services.call_records.get(s.call_id).version
    services.call_records.transition(
        s.call_id, version, CallStatus.GRADUATORIA_APPROVATA, "", "1234", date(2026, 6, 30)
    )
    dialog = _dialog(qtbot, services, s.call_id)
    ui = dialog.ui
    assert not ui.scorrimentoButton.isEnabled()  # nothing selected
    dialog.select_protocol("2026/2")
    assert ui.scorrimentoButton.isEnabled()
    seen: list[DecreeDialog] = []
    _answer_decree(monkeypatch, "2001", date(2026, 9, 1), RankingOutcome.RITIRATA, seen)
    ui.scorrimentoButton.click()
    assert "2026/2" in seen[0].prompt_label.text()
    assert seen[0].result() == QDialog.DialogCode.Accepted
    assert ui.messageLabel.text() == "Versione 2 salvata."
    assert ui.versionCombo.count() == 2
    assert ui.bannerLabel.text() == "Approvata con DD n. 2001 del 01/09/2026."
    assert "Scorrimento dopo la rinuncia della domanda prot. 2026/2" in ui.versionInfoLabel.text()
    assert _column(dialog, "outcome") == [
        RankingOutcome.FINANZIATA,
        RankingOutcome.RITIRATA,
        RankingOutcome.FINANZIATA,  # the partial grant becomes whole with the freed funds
        RankingOutcome.NON_IDONEA,
    ]
    assert _column(dialog, "grant") == [Decimal("40000.00"), 0, Decimal("40000.00"), 0]
    assert ui.budgetLabel.text() == "Dotazione € 100.000,00 · impegnato € 80.000,00 · residuo € 20.000,00"
    assert [v.version for v in services.rankings.versions(s.call_id)] == [1, 2]
    # The first version is still there to look at; no scorrimento from it.
    ui.versionCombo.setCurrentIndex(1)
    assert ui.bannerLabel.text().startswith("Approvata con DD n. 1234 del 30/06/2026.")
    assert "Versione precedente" in ui.bannerLabel.text()
    assert _column(dialog, "outcome")[1] == RankingOutcome.FINANZIATA
    dialog.select_protocol("2026/1")
    assert not ui.scorrimentoButton.isEnabled()


def test_export_writes_the_version_shown(qtbot: QtBot, services: AppServices, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, services, 1)
    written = dialog.export(tmp_path / "graduatoria.xlsx")
    assert written == tmp_path / "graduatoria.xlsx"
    assert dialog.ui.messageLabel.text() == f"Graduatoria salvata in {written}"
    sheet = openpyxl.load_workbook(written).active
    assert sheet is not None
    grants = [row[12] for row in sheet.iter_rows(values_only=True) if isinstance(row[0], int)]
    assert len(grants) == 20 and sum(grants) == 300000


def test_export_asks_for_the_file(
    qtbot: QtBot, services: AppServices, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []

    def save_name(parent: QWidget, title: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "scelta"), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    dialog = _dialog(qtbot, services, 1)
    dialog.ui.exportButton.click()
    assert asked[0].endswith("Graduatoria COOP-2025 v1.xlsx")
    assert (tmp_path / "scelta.xlsx").exists()


def test_open_ranking_shows_the_dialog_modally(
    qtbot: QtBot, services: AppServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[RankingDialog] = []
    exec_dialog: Callable[[RankingDialog], int] = lambda self: shown.append(self) or 0  # noqa: E731
    monkeypatch.setattr(ranking_dialog.RankingDialog, "exec", exec_dialog)
    parent = QWidget()
    qtbot.addWidget(parent)
    open_ranking(parent, services, 1)
    assert len(shown) == 1 and shown[0].parent() is parent
    assert shown[0].windowTitle() == "Graduatoria – COOP-2025"
