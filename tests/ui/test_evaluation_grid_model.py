"""The Valutazioni grid model without any widget: columns, cell texts and colours, flags, visibility,
numeric sorting, and the rows and cells behind an index."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QSortFilterProxyModel, Qt
from pytestqt.modeltest import ModelTester

from coop_desktop.db.engine import Database
from coop_desktop.domain.enums import AssignmentStatus
from coop_desktop.domain.scoring import FormEntry
from coop_desktop.services.assignments import AssignmentService
from coop_desktop.services.consensus import ConsensusService
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.evaluation_grid import EvaluationGridService
from coop_desktop.services.rankings import RankingService
from coop_desktop.services.scoring_forms import ScoringFormService
from coop_desktop.ui.models.evaluation_grid_model import (
    FIXED,
    RAW_ROLE,
    SORT_ROLE,
    STATUS_COLOURS,
    EvaluationGridModel,
)
from tests.helpers.evaluation import Scenario, evaluation_scenario

DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def s(db: Database) -> Scenario:
    return evaluation_scenario(db)


def _form(db: Database, s: Scenario, app: int, evaluator: CurrentUser) -> tuple[int, int]:
    """The evaluator's form on the application (assigned first if needed): id and version."""
    grid = EvaluationGridService(db, s.officer).grid(s.call_id)
    row = next(r for r in grid.rows if r.application_id == app)
    cell = row.cells.get(evaluator.id or 0)
    if cell is None:
        AssignmentService(db, s.officer).assign(s.call_id, app, evaluator.id or 0)
        return _form(db, s, app, evaluator)
    return cell.assignment_id, cell.version


def submit(db: Database, s: Scenario, app: int, evaluator: CurrentUser, points: tuple[str, str, str]) -> None:
    forms = ScoringFormService(db, evaluator)
    form_id, version = _form(db, s, app, evaluator)
    version = forms.declare(form_id, version, has_conflict=False).version
    entries = [FormEntry(c, Decimal(p), "Motivato.") for c, p in zip(s.criteria, points, strict=True)]
    forms.save(form_id, version, entries, submit=True)


def _model(db: Database, s: Scenario, user: CurrentUser | None = None) -> EvaluationGridModel:
    model = EvaluationGridModel()
    model.set_grid(EvaluationGridService(db, user or s.officer).grid(s.call_id))
    return model


def _texts(model: EvaluationGridModel, column: int) -> list[str]:
    return [model.index(r, column).data(DISPLAY) for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester: ModelTester, db: Database, s: Scenario) -> None:
    AssignmentService(db, s.officer).auto_assign(s.call_id)
    qtmodeltester.check(_model(db, s))
    qtmodeltester.check(EvaluationGridModel())  # no grid yet


def test_one_row_per_application_one_column_per_evaluator(db: Database, s: Scenario) -> None:
    model = _model(db, s)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == [
        "Protocollo", "Capofila", "Titolo", "Valutatore 1", "Valutatore 2", "Valutatore 3", "Punteggio",
        "Segnalazioni",
    ]  # fmt: skip
    assert _texts(model, 0) == ["2026/1", "2026/2", "2026/3", "2026/4"]
    assert model.headerData(FIXED, Qt.Orientation.Horizontal, TOOLTIP) == (
        "Valutatore 1 (val1): 0 schede attive su questo bando"
    )
    # Nothing assigned yet: empty cells, and each application short of its two evaluators.
    assert _texts(model, FIXED) == [""] * 4
    assert _texts(model, model.flags_column) == ["mancano 2 valutatori"] * 4
    assert model.cell_at(model.index(0, FIXED)) is None
    assert model.index(0, FIXED).data(TOOLTIP) == "Non assegnata a Valutatore 1"


def test_cells_show_each_forms_status_total_and_dates(db: Database, s: Scenario) -> None:
    app = s.applications[0]
    submit(db, s, app, s.evaluators[0], ("30", "20", "20.5"))
    form_id, version = _form(db, s, app, s.evaluators[1])
    ScoringFormService(db, s.evaluators[1]).declare(form_id, version, has_conflict=False)
    form_id, version = _form(db, s, app, s.evaluators[2])
    ScoringFormService(db, s.evaluators[2]).declare(form_id, version, has_conflict=True, note="Socio.")
    AssignmentService(db, s.officer).assign(s.call_id, s.applications[1], s.evaluators[0].id or 0)
    model = _model(db, s)
    first = [model.index(0, FIXED + n) for n in range(3)]
    assert [i.data(DISPLAY) for i in first] == ["Inviata · 70,50", "Dichiarata", "Conflitto"]
    assert model.index(1, FIXED).data(DISPLAY) == "Assegnata"
    submitted = model.cell_at(first[0])
    assert submitted is not None and submitted.status is AssignmentStatus.INVIATA
    assert first[0].data(RAW_ROLE) is submitted
    colours = [i.data(Qt.ItemDataRole.BackgroundRole).color().name() for i in first]
    statuses = (AssignmentStatus.INVIATA, AssignmentStatus.DICHIARATA, AssignmentStatus.CONFLITTO)
    assert colours == [STATUS_COLOURS[status][0] for status in statuses]
    tooltip = first[0].data(TOOLTIP)
    assert "Assenza di conflitti dichiarata il " in tooltip and "Inviata il " in tooltip
    assert "Totale: 70,50" in tooltip
    assert "Conflitto di interessi dichiarato il " in first[2].data(TOOLTIP)
    # The office sees the score of what was submitted so far, with the Italian decimal comma.
    assert model.index(0, model.score_column).data(DISPLAY) == "70,50"
    # Two active forms on the first application (the conflicted one does not count), one on the second.
    assert _texts(model, model.flags_column)[:2] == ["", "manca 1 valutatore"]
    row = model.row_at(0)
    assert row.application_id == app and model.index(0, 1).data(RAW_ROLE) is row
    assert model.row_of(app) == 0 and model.column_of(s.evaluators[2].id or 0) == FIXED + 2
    assert model.evaluator_at(FIXED + 1) == model.grid.evaluators[1]  # type: ignore[union-attr]
    assert model.evaluator_at(model.score_column) is None


def test_divergent_criteria_and_consensus_are_flagged(db: Database, s: Scenario) -> None:
    app = s.applications[0]
    submit(db, s, app, s.evaluators[0], ("20", "10", "20"))
    submit(db, s, app, s.evaluators[1], ("34", "12", "20"))  # A: 14 points apart on 40
    model = _model(db, s)
    assert model.index(0, model.flags_column).data(DISPLAY) == "Divergenze: A"
    assert model.index(0, model.flags_column).data(Qt.ItemDataRole.ForegroundRole) is not None
    ConsensusService(db, s.officer).record(app, "A", Decimal("30"), "La commissione concorda.")
    model = _model(db, s)
    assert "Consenso: A" in model.index(0, model.flags_column).data(DISPLAY)


def test_an_evaluator_sees_only_their_column_and_no_score_before_the_ranking(
    db: Database, s: Scenario
) -> None:
    for evaluator, points in zip(s.evaluators[:2], (("30", "20", "20"), ("34", "20", "20")), strict=True):
        for app in s.applications:
            submit(db, s, app, evaluator, points)
    mine = _model(db, s, s.evaluators[0])
    headers = [mine.headerData(c, Qt.Orientation.Horizontal) for c in range(mine.columnCount())]
    assert headers == ["Protocollo", "Capofila", "Titolo", "Valutatore 1", "Punteggio", "Segnalazioni"]
    assert _texts(mine, FIXED) == ["Inviata · 70,00"] * 4
    assert _texts(mine, mine.score_column) == [""] * 4
    assert _texts(mine, mine.flags_column) == [""] * 4
    tip = mine.index(0, mine.score_column).data(TOOLTIP)
    assert tip == "I punteggi compaiono quando l'ufficio ha calcolato la graduatoria."
    RankingService(db, s.officer).compute(s.call_id)
    after = _model(db, s, s.evaluators[0])
    assert _texts(after, after.score_column) == ["72,00"] * 4


def test_numbers_sort_as_numbers(db: Database, s: Scenario) -> None:
    submit(db, s, s.applications[0], s.evaluators[0], ("5", "2", "2.5"))  # 9,50
    submit(db, s, s.applications[1], s.evaluators[0], ("30", "25", "25"))  # 80,00
    submit(db, s, s.applications[2], s.evaluators[0], ("20", "1", "0"))  # 21,00
    model = _model(db, s)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.sort(model.score_column, Qt.SortOrder.DescendingOrder)
    scores = [proxy.index(r, model.score_column).data(DISPLAY) for r in range(proxy.rowCount())]
    assert scores == ["80,00", "21,00", "9,50", ""]
    proxy.sort(FIXED, Qt.SortOrder.AscendingOrder)  # no form first, then by total
    cells = [proxy.index(r, FIXED).data(DISPLAY) for r in range(proxy.rowCount())]
    assert cells == ["", "Inviata · 9,50", "Inviata · 21,00", "Inviata · 80,00"]
    proxy.sort(0, Qt.SortOrder.DescendingOrder)  # the protocol in protocol order
    assert [proxy.index(r, 0).data(DISPLAY) for r in range(4)] == ["2026/4", "2026/3", "2026/2", "2026/1"]
