"""The Consenso window: flagged criteria, consensus recorded with its reason, removed, read-only cases."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from coop_desktop.db.engine import Database
from coop_desktop.ui.app_services import AppServices
from coop_desktop.ui.dialogs import consensus_dialog
from coop_desktop.ui.dialogs.consensus_dialog import ConsensusDialog, open_consensus
from coop_desktop.ui.dialogs.ranking_dialog import RankingDialog
from tests.helpers.evaluation import Scenario, evaluation_scenario
from tests.helpers.users import ADMIN, EVALUATOR
from tests.integration.test_cli_ranking import submit

REASON = "La commissione concorda sulla qualità della proposta."


@pytest.fixture
def scenario(db: Database) -> Scenario:
    s = evaluation_scenario(db, applications=2)
    # Criterion A: 20 and 34 are 14 apart, more than 12 (30% of 40); B and C agree.
    submit(db, s, s.applications[0], s.evaluators[0], ("20", "10", "20"))
    submit(db, s, s.applications[0], s.evaluators[1], ("34", "12", "20"))
    submit(db, s, s.applications[1], s.evaluators[0], ("30", "20", "20"))
    submit(db, s, s.applications[1], s.evaluators[1], ("30", "20", "20"))
    return s


def _dialog(qtbot: QtBot, services: AppServices, call_id: int) -> ConsensusDialog:
    dialog = ConsensusDialog(services, call_id)
    qtbot.addWidget(dialog)
    return dialog


def _texts(dialog: ConsensusDialog, row: int = 0) -> dict[str, str]:
    model = dialog.model
    return {c.key: model.index(row, n).data() for n, c in enumerate(model.columns)}


def _total(services: AppServices, s: Scenario) -> Decimal | None:
    line = next(
        x for x in services.rankings.current(s.call_id).lines if x.application_id == s.applications[0]
    )
    return line.total


def test_recording_a_consensus_replaces_the_mean_in_the_ranking(
    qtbot: QtBot, db: Database, scenario: Scenario
) -> None:
    s = scenario
    services = AppServices.for_database(db, s.officer)
    assert _total(services, s) == Decimal("58.00")  # mean 27 + 11 + 20
    dialog = _dialog(qtbot, services, s.call_id)
    ui = dialog.ui
    assert dialog.model.rowCount() == 1
    assert _texts(dialog) == {
        "protocol_number": "2026/1",
        "lead": _texts(dialog)["lead"],
        "code": "A",
        "scores": "Valutatore 1: 20,00 · Valutatore 2: 34,00",
        "range": "20,00 – 34,00",
        "threshold": "12,00",
        "mean": "27,00",
        "consensus": "",
        "reason": "",
    }
    assert ui.countLabel.text() == "1 criterio segnalato · 0 con punteggio di consenso"
    assert "criterio A: punteggi da 20,00 a 34,00, soglia 12,00, media 27,00" in ui.selectedLabel.text()
    assert ui.maxLabel.text() == "da 0 a 40,00"
    assert ui.readOnlyLabel.isHidden()
    ui.pointsEdit.setText("31,5")
    assert not ui.recordButton.isEnabled()  # the reason is required
    ui.reasonEdit.setPlainText(REASON)
    assert ui.recordButton.isEnabled() and not ui.removeButton.isEnabled()
    ui.recordButton.click()
    assert dialog.changed
    assert ui.errorLabel.isHidden()
    assert _texts(dialog)["consensus"] == "31,50" and _texts(dialog)["reason"] == REASON
    assert ui.countLabel.text() == "1 criterio segnalato · 1 con punteggio di consenso"
    assert ui.pointsEdit.text() == "31,50" and ui.removeButton.isEnabled()
    assert _total(services, s) == Decimal("62.50")  # consensus 31.50 + 11 + 20


def test_wrong_points_are_refused_in_red(qtbot: QtBot, db: Database, scenario: Scenario) -> None:
    s = scenario
    services = AppServices.for_database(db, s.officer)
    dialog = _dialog(qtbot, services, s.call_id)
    ui = dialog.ui
    ui.reasonEdit.setPlainText(REASON)
    ui.pointsEdit.setText("molti")
    assert not dialog.record()
    assert ui.errorLabel.text() == "«molti» non è un punteggio: scrivi ad esempio 31,5."
    ui.pointsEdit.setText("41")
    assert not dialog.record()
    assert "Il punteggio deve essere tra 0 e 40,00." in ui.errorLabel.text()
    assert not ui.errorLabel.isHidden()
    assert services.consensus.divergences(s.call_id)[0].consensus is None
    assert not dialog.changed


def test_removing_the_consensus_brings_back_the_mean(qtbot: QtBot, db: Database, scenario: Scenario) -> None:
    s = scenario
    services = AppServices.for_database(db, s.officer)
    services.consensus.record(s.applications[0], "A", Decimal("36"), REASON)
    assert _total(services, s) == Decimal("67.00")
    dialog = _dialog(qtbot, services, s.call_id)
    assert dialog.ui.pointsEdit.text() == "36,00" and dialog.ui.reasonEdit.toPlainText() == REASON
    dialog.ui.removeButton.click()
    assert dialog.changed
    assert _texts(dialog)["consensus"] == "" and not dialog.ui.removeButton.isEnabled()
    assert _total(services, s) == Decimal("58.00")


def test_read_only_without_the_right_or_after_the_evaluation(
    qtbot: QtBot, db: Database, scenario: Scenario, demo_db: Database
) -> None:
    s = scenario
    # A database opened read-only: the officer reads the divergences, records nothing.
    reading = AppServices.for_database(db, dataclasses.replace(s.officer, read_only=True))
    dialog = _dialog(qtbot, reading, s.call_id)
    assert dialog.model.rowCount() == 1
    assert not dialog.ui.readOnlyLabel.isHidden()
    assert "non di registrare un consenso" in dialog.ui.readOnlyLabel.text()
    assert dialog.ui.pointsEdit.isReadOnly() and dialog.ui.reasonEdit.isReadOnly()
    dialog.ui.pointsEdit.setText("30")
    dialog.ui.reasonEdit.setPlainText(REASON)
    assert not dialog.ui.recordButton.isEnabled() and not dialog.record()
    # The approved demo call: nothing flagged, and nothing can change any more.
    approved = _dialog(qtbot, AppServices.for_database(demo_db, ADMIN), 1)
    assert approved.model.rowCount() == 0 and approved.ui.editBox.isHidden()
    assert approved.ui.countLabel.text().startswith("Nessuna divergenza")
    assert approved.ui.readOnlyLabel.text() == (
        "Il bando è «Graduatoria approvata»: i punteggi di consenso non possono più cambiare."
    )
    # An evaluator does not see the others' scores: the refusal is shown, nothing else.
    refused = _dialog(qtbot, AppServices.for_database(db, EVALUATOR), s.call_id)
    assert refused.model.rowCount() == 0
    assert "Il tuo ruolo" in refused.ui.countLabel.text()


def test_consensus_from_the_ranking_window_changes_its_total(
    qtbot: QtBot, db: Database, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    s = scenario
    services = AppServices.for_database(db, s.officer)
    ranking = RankingDialog(services, s.call_id)
    qtbot.addWidget(ranking)

    def total() -> Decimal:
        return next(
            ranking.model.line(r).total
            for r in range(ranking.model.rowCount())
            if ranking.model.line(r).application_id == s.applications[0]
        ) or Decimal(0)

    assert total() == Decimal("58.00")

    def agree(self: ConsensusDialog) -> int:
        self.ui.pointsEdit.setText("22")
        self.ui.reasonEdit.setPlainText(REASON)
        assert self.record()
        return 0

    monkeypatch.setattr(consensus_dialog.ConsensusDialog, "exec", agree)
    ranking.ui.consensusButton.click()
    assert ranking.changed
    assert total() == Decimal("53.00")  # consensus 22 + 11 + 20


def test_open_consensus_is_modal(
    qtbot: QtBot, db: Database, scenario: Scenario, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[ConsensusDialog] = []
    monkeypatch.setattr(ConsensusDialog, "exec", lambda self: shown.append(self) or 0)
    parent = QWidget()
    qtbot.addWidget(parent)
    open_consensus(parent, AppServices.for_database(db, scenario.officer), scenario.call_id)
    assert len(shown) == 1 and shown[0].parent() is parent
    assert shown[0].windowTitle() == f"Consenso – {scenario.call_code}"
