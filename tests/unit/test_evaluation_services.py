"""The evaluation services on a real database: assignment, declarations, forms, consensus, ranking."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Application,
    Assignment,
    AuditEntry,
    Call,
    Decree,
    EvaluatorConflict,
    Ranking,
    RankingEntry,
)
from coop_desktop.domain.enums import (
    ApplicationStatus,
    AssignmentStatus,
    CallStatus,
    DecreeKind,
    RankingOutcome,
)
from coop_desktop.domain.scoring import FormEntry
from coop_desktop.services.assignments import AssignmentService
from coop_desktop.services.call_records import CallRecords, TransitionRefused
from coop_desktop.services.consensus import ConsensusService
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import LockedError, PermissionDenied, ServiceError, ValidationErrors
from coop_desktop.services.evaluation_grid import EvaluationGridService
from coop_desktop.services.rankings import RankingService
from coop_desktop.services.scoring_forms import ScoringFormService
from tests.helpers.evaluation import Scenario, evaluation_scenario
from tests.helpers.users import OFFICER, READER


def _form_id(db: Database, app_id: int, evaluator: CurrentUser) -> int:
    with db.reading() as session:
        form_id = session.scalar(
            select(Assignment.id).where(
                Assignment.application_id == app_id, Assignment.evaluator_id == evaluator.id
            )
        )
        assert form_id is not None
        return form_id


def _version(db: Database, form_id: int) -> int:
    with db.reading() as session:
        return session.scalar(select(Assignment.version).where(Assignment.id == form_id)) or 0


def score(db: Database, s: Scenario, app_id: int, evaluator: CurrentUser, points: tuple[str, ...]) -> int:
    """Declare and submit `evaluator`'s form on `app_id` with points for A, B, C (assigning it first)."""
    with db.reading() as session:
        held = session.scalar(
            select(Assignment.id).where(
                Assignment.application_id == app_id, Assignment.evaluator_id == evaluator.id
            )
        )
    if held is None:
        AssignmentService(db, OFFICER).assign(s.call_id, app_id, evaluator.id or 0)
    forms = ScoringFormService(db, evaluator)
    form_id = _form_id(db, app_id, evaluator)
    if forms.form(form_id).status is AssignmentStatus.ASSEGNATA:
        forms.declare(form_id, _version(db, form_id), has_conflict=False)
    entries = [FormEntry(code, Decimal(p), "Motivato.") for code, p in zip(s.criteria, points, strict=True)]
    return forms.save(form_id, _version(db, form_id), entries, submit=True)


@pytest.fixture
def s(db: Database) -> Scenario:
    return evaluation_scenario(db)


# -- assignment ------------------------------------------------------------------------------------


def test_auto_assign_balances_and_never_crosses_a_declared_conflict(db: Database) -> None:
    s = evaluation_scenario(db, applications=6, evaluators=4, per_application=2)
    conflicted = s.evaluators[0]
    with db.transaction() as session:
        session.add(EvaluatorConflict(user_id=conflicted.id, actor_id=s.leads[0], call_id=None, note="Socio"))
    result = AssignmentService(db, OFFICER).auto_assign(s.call_id)
    assert result.created == 12 and result.short == {}
    with db.reading() as session:
        pairs = session.execute(select(Assignment.application_id, Assignment.evaluator_id)).all()
    assert (s.applications[0], conflicted.id) not in set(pairs)
    loads = list(result.load.values())
    assert max(loads) - min(loads) <= 1
    # Running it again has nothing left to do.
    assert AssignmentService(db, OFFICER).auto_assign(s.call_id).created == 0


def test_manual_assignment_refuses_duplicates_and_strangers(db: Database, s: Scenario) -> None:
    service = AssignmentService(db, OFFICER)
    service.assign(s.call_id, s.applications[0], s.evaluators[0].id or 0)
    with pytest.raises(ServiceError, match="già assegnata"):
        service.assign(s.call_id, s.applications[0], s.evaluators[0].id or 0)
    with pytest.raises(ServiceError, match="commissione"):
        service.assign(s.call_id, s.applications[0], s.officer.id or 0)
    with pytest.raises(PermissionDenied):
        AssignmentService(db, s.evaluators[0]).assign(s.call_id, s.applications[1], s.evaluators[0].id or 0)


# -- declarations and forms ------------------------------------------------------------------------


def test_the_application_is_hidden_until_the_declaration(db: Database, s: Scenario) -> None:
    evaluator = s.evaluators[0]
    AssignmentService(db, OFFICER).assign(s.call_id, s.applications[0], evaluator.id or 0)
    form_id = _form_id(db, s.applications[0], evaluator)
    forms = ScoringFormService(db, evaluator)
    before = forms.form(form_id)
    assert before.can_declare and not before.can_edit
    assert before.summary is None and before.requested_grant is None
    with pytest.raises(LockedError, match="dichiarazione"):
        forms.save(form_id, before.version, [FormEntry("A", Decimal(10))], submit=False)
    forms.declare(form_id, before.version, has_conflict=False)
    after = forms.form(form_id)
    assert after.status is AssignmentStatus.DICHIARATA and after.can_edit
    assert after.requested_grant == Decimal("40000.00")
    assert after.declaration is not None and not after.declaration.has_conflict
    # Someone else's form stays closed to an evaluator.
    with pytest.raises(PermissionDenied):
        ScoringFormService(db, s.evaluators[1]).form(form_id)


def test_a_declared_conflict_blocks_the_form_and_finds_a_replacement(db: Database, s: Scenario) -> None:
    evaluator = s.evaluators[0]
    AssignmentService(db, OFFICER).assign(s.call_id, s.applications[0], evaluator.id or 0)
    form_id = _form_id(db, s.applications[0], evaluator)
    forms = ScoringFormService(db, evaluator)
    with pytest.raises(ValidationErrors, match="Descrivi il conflitto"):
        forms.declare(form_id, _version(db, form_id), has_conflict=True)
    result = forms.declare(form_id, _version(db, form_id), has_conflict=True, note="Sono socio del capofila.")
    assert result.replacement is not None
    form = forms.form(form_id)
    assert form.status is AssignmentStatus.CONFLITTO and form.declaration is not None
    assert form.declaration.note == "Sono socio del capofila." and form.declaration.declared_at is not None
    with db.reading() as session:
        assert (
            session.scalar(
                select(EvaluatorConflict.actor_id).where(EvaluatorConflict.user_id == evaluator.id)
            )
            == s.leads[0]
        )
        holders = session.scalars(
            select(Assignment.evaluator_id).where(
                Assignment.application_id == s.applications[0],
                Assignment.status != AssignmentStatus.CONFLITTO,
            )
        ).all()
    assert evaluator.id not in holders and len(holders) == 1
    # The conflicted evaluator can't be given the application again, nor the lead's other ones.
    with pytest.raises(ServiceError, match="conflitto"):
        AssignmentService(db, OFFICER).assign(s.call_id, s.applications[0], evaluator.id or 0)


def test_draft_submit_and_reopen(db: Database, s: Scenario) -> None:
    evaluator = s.evaluators[0]
    AssignmentService(db, OFFICER).assign(s.call_id, s.applications[0], evaluator.id or 0)
    form_id = _form_id(db, s.applications[0], evaluator)
    forms = ScoringFormService(db, evaluator)
    forms.declare(form_id, _version(db, form_id), has_conflict=False)
    version = forms.save(form_id, _version(db, form_id), [FormEntry("A", Decimal("30.5"))], submit=False)
    assert forms.form(form_id).status is AssignmentStatus.BOZZA
    assert forms.form(form_id).total == Decimal("30.5")
    with pytest.raises(ValidationErrors) as missing:
        forms.save(form_id, version, [FormEntry("A", Decimal("30.5"))], submit=True)
    assert "Manca il punteggio del criterio B" in str(missing.value)
    with pytest.raises(ValidationErrors, match="mezzi punti"):
        forms.save(form_id, version, [FormEntry("A", Decimal("30.3"))], submit=False)
    low = [FormEntry("A", Decimal("15")), FormEntry("B", Decimal("20")), FormEntry("C", Decimal("20"))]
    with pytest.raises(ValidationErrors, match="commento al criterio A"):
        forms.save(form_id, version, low, submit=True)
    good = [FormEntry("A", Decimal("35")), FormEntry("B", Decimal("20")), FormEntry("C", Decimal("20.5"))]
    version = forms.save(form_id, version, good, submit=True)
    submitted = forms.form(form_id)
    assert submitted.status is AssignmentStatus.INVIATA and not submitted.can_edit
    assert submitted.total == Decimal("75.5") and submitted.submitted_at is not None
    with pytest.raises(LockedError, match="riaprirla"):
        forms.save(form_id, version, good, submit=False)
    with pytest.raises(PermissionDenied):
        forms.reopen(form_id, version, "Errore")
    officer = ScoringFormService(db, s.officer)
    with pytest.raises(ValidationErrors):
        officer.reopen(form_id, version, " ")
    officer.reopen(form_id, version, "Punteggio B trascritto male.")
    reopened = forms.form(form_id)
    assert reopened.status is AssignmentStatus.BOZZA
    assert reopened.reopen_reason == "Punteggio B trascritto male."
    with db.reading() as session:
        logged = session.scalar(
            select(func.count(AuditEntry.id)).where(
                AuditEntry.entity == "assignments", AuditEntry.entity_id == str(form_id)
            )
        )
    assert logged and logged >= 4  # created, declared, drafted, submitted, reopened


def test_stale_version_is_refused(db: Database, s: Scenario) -> None:
    from coop_desktop.services.errors import ConcurrentEditError

    evaluator = s.evaluators[0]
    AssignmentService(db, OFFICER).assign(s.call_id, s.applications[0], evaluator.id or 0)
    form_id = _form_id(db, s.applications[0], evaluator)
    forms = ScoringFormService(db, evaluator)
    old = _version(db, form_id)
    forms.declare(form_id, old, has_conflict=False)
    with pytest.raises(ConcurrentEditError):
        forms.save(form_id, old, [FormEntry("A", Decimal(10))], submit=False)


def test_application_is_evaluated_when_every_form_is_submitted(db: Database, s: Scenario) -> None:
    app = s.applications[0]
    score(db, s, app, s.evaluators[0], ("30", "20", "20"))
    AssignmentService(db, OFFICER).assign(s.call_id, app, s.evaluators[1].id or 0)
    with db.reading() as session:
        assert session.get(Application, app).status is ApplicationStatus.IN_VALUTAZIONE  # type: ignore[union-attr]
    score(db, s, app, s.evaluators[1], ("32", "20", "20"))
    with db.reading() as session:
        assert session.get(Application, app).status is ApplicationStatus.VALUTATA  # type: ignore[union-attr]


# -- the grid --------------------------------------------------------------------------------------


def test_an_evaluator_sees_only_their_own_scores_until_the_ranking(db: Database, s: Scenario) -> None:
    app = s.applications[0]
    score(db, s, app, s.evaluators[0], ("30", "20", "20"))
    score(db, s, app, s.evaluators[1], ("34", "20", "20"))
    officer_grid = EvaluationGridService(db, s.officer).grid(s.call_id)
    row = next(r for r in officer_grid.rows if r.application_id == app)
    assert row.score == Decimal("72.00")
    assert {c.total for c in row.cells.values()} == {Decimal("70.00"), Decimal("74.00")}
    assert len(officer_grid.evaluators) == 3
    mine = EvaluationGridService(db, s.evaluators[0]).grid(s.call_id)
    assert [e.id for e in mine.evaluators] == [s.evaluators[0].id]
    assert [r.application_id for r in mine.rows] == [app]
    assert list(mine.rows[0].cells) == [s.evaluators[0].id] and mine.rows[0].score is None
    with pytest.raises(PermissionDenied):
        RankingService(db, s.evaluators[0]).current(s.call_id)
    RankingService(db, s.officer).compute(s.call_id)
    after = EvaluationGridService(db, s.evaluators[0]).grid(s.call_id)
    assert after.rows[0].score == Decimal("72.00")
    assert RankingService(db, s.evaluators[0]).current(s.call_id).provisional


def test_calls_list_only_committee_calls_for_an_evaluator(db: Database, s: Scenario) -> None:
    assert [c.id for c in EvaluationGridService(db, s.evaluators[0]).calls()] == [s.call_id]
    with db.transaction() as session:
        from tests.helpers.factories import make_call

        make_call(session, status=CallStatus.IN_VALUTAZIONE)
    assert [c.id for c in EvaluationGridService(db, s.evaluators[0]).calls()] == [s.call_id]
    assert len(EvaluationGridService(db, s.officer).calls()) == 2


# -- consensus and ranking ---------------------------------------------------------------------------


def test_consensus_only_on_flagged_criteria_and_it_replaces_the_mean(db: Database, s: Scenario) -> None:
    app = s.applications[0]
    score(db, s, app, s.evaluators[0], ("20", "10", "20"))
    score(db, s, app, s.evaluators[1], ("34", "12", "20"))  # A: 14 apart > 12 (30% of 40)
    consensus = ConsensusService(db, s.officer)
    flagged = consensus.divergences(s.call_id)
    assert [(d.protocol_number, d.code, d.low, d.high) for d in flagged] == [
        ("2026/1", "A", Decimal("20.00"), Decimal("34.00"))
    ]
    assert flagged[0].mean == Decimal("27.00")
    with pytest.raises(ServiceError, match="non divergono"):
        consensus.record(app, "B", Decimal("11"), "Concordato")
    with pytest.raises(ValidationErrors, match="motivazione"):
        consensus.record(app, "A", Decimal("30"), "")
    with pytest.raises(ValidationErrors, match="tra 0 e 40"):
        consensus.record(app, "A", Decimal("41"), "Troppo")
    consensus.record(app, "A", Decimal("31.5"), "La commissione concorda sulla qualità della proposta.")
    line = next(x for x in RankingService(db, s.officer).current(s.call_id).lines if x.application_id == app)
    assert line.criterion_scores["A"] == Decimal("31.50")
    assert line.total == Decimal("31.50") + Decimal("11.00") + Decimal("20.00")
    assert consensus.divergences(s.call_id)[0].consensus == Decimal("31.50")
    consensus.remove(app, "A")
    line = next(x for x in RankingService(db, s.officer).current(s.call_id).lines if x.application_id == app)
    assert line.criterion_scores["A"] == Decimal("27.00")


def _score_all(db: Database, s: Scenario, points: list[tuple[str, str, str]]) -> None:
    for app, p in zip(s.applications, points, strict=True):
        score(db, s, app, s.evaluators[0], p)
        score(db, s, app, s.evaluators[1], p)


def _approve(db: Database, call_id: int, number: str = "1234", day: date = date(2026, 6, 30)) -> None:
    records = CallRecords(db, OFFICER)
    version = records.get(call_id).version
    records.transition(call_id, version, CallStatus.GRADUATORIA_APPROVATA, "", number, day)


def test_provisional_ranking_cannot_be_approved(db: Database, s: Scenario) -> None:
    score(db, s, s.applications[0], s.evaluators[0], ("30", "20", "20"))
    AssignmentService(db, OFFICER).assign(s.call_id, s.applications[0], s.evaluators[1].id or 0)
    view = RankingService(db, OFFICER).compute(s.call_id)
    assert view.provisional
    assert all(row["provisional"] for row in view.as_json())
    with pytest.raises(TransitionRefused, match="provvisoria"):
        _approve(db, s.call_id)


def test_ranking_funding_and_approval_freeze_everything(db: Database) -> None:
    s = evaluation_scenario(db, applications=4, budget=Decimal("100000.00"), requested=Decimal("40000.00"))
    # Totals: 80, 75, 70 (funded 40k, 40k, partial 20k) and 50 (below the minimum of 60).
    _score_all(db, s, [("35", "25", "20"), ("30", "25", "20"), ("30", "20", "20"), ("20", "15", "15")])
    view = RankingService(db, OFFICER).compute(s.call_id)
    assert not view.provisional
    assert [row["outcome"] for row in view.as_json()] == [
        "finanziata",
        "finanziata",
        "finanziata parzialmente",
        "non idonea",
    ]
    assert view.as_json()[2] == {
        "rank": 3,
        "protocol": "2026/3",
        "lead": view.lines[2].lead,
        "score": "70.00",
        "outcome": "finanziata parzialmente",
        "grant": "20000.00",
        "provisional": False,
    }
    _approve(db, s.call_id)
    with db.reading() as session:
        statuses = [session.get(Application, a).status for a in s.applications]  # type: ignore[union-attr]
        grants = [session.get(Application, a).granted_amount for a in s.applications]  # type: ignore[union-attr]
        decree = session.scalar(select(Decree).where(Decree.kind == DecreeKind.GRADUATORIA))
        rankings = session.scalars(select(Ranking).where(Ranking.call_id == s.call_id)).all()
    assert statuses == [
        ApplicationStatus.FINANZIATA,
        ApplicationStatus.FINANZIATA,
        ApplicationStatus.FINANZIATA_PARZIALMENTE,
        ApplicationStatus.NON_IDONEA,
    ]
    assert grants == [Decimal("40000.00"), Decimal("40000.00"), Decimal("20000.00"), None]
    assert decree is not None and decree.commitment_amount == Decimal("100000.00")
    assert [(r.version, r.is_approved, r.is_provisional) for r in rankings] == [(1, True, False)]
    approved = RankingService(db, READER).current(s.call_id)
    assert approved.approved and approved.decree_number == "1234"
    # Frozen: no more scoring, reopening, consensus or recomputation.
    form_id = _form_id(db, s.applications[0], s.evaluators[0])
    with pytest.raises(LockedError, match="approvata"):
        ScoringFormService(db, s.officer).reopen(form_id, _version(db, form_id), "Errore")
    with pytest.raises(LockedError):
        RankingService(db, OFFICER).compute(s.call_id)
    with pytest.raises(LockedError):
        AssignmentService(db, OFFICER).auto_assign(s.call_id)


def test_scorrimento_moves_freed_funds_down_and_keeps_the_old_version(db: Database) -> None:
    s = evaluation_scenario(db, applications=4, budget=Decimal("100000.00"), requested=Decimal("40000.00"))
    _score_all(db, s, [("35", "25", "20"), ("30", "25", "20"), ("30", "20", "20"), ("30", "15", "20")])
    RankingService(db, OFFICER).compute(s.call_id)
    _approve(db, s.call_id)
    view = RankingService(db, OFFICER).scorrimento(
        s.call_id, s.applications[0], RankingOutcome.RITIRATA, "2001", date(2026, 9, 1), "Rinuncia via PEC."
    )
    assert [(line.rank, line.outcome.value, line.grant) for line in view.lines] == [
        (1, "ritirata", Decimal("0.00")),
        (2, "finanziata", Decimal("40000.00")),
        (3, "finanziata", Decimal("40000.00")),
        (4, "finanziata parzialmente", Decimal("20000.00")),
    ]
    assert view.version == 2 and view.approved and view.decree_number == "2001"
    versions = RankingService(db, OFFICER).versions(s.call_id)
    assert [(v.version, v.approved) for v in versions] == [(1, True), (2, True)]
    with db.reading() as session:
        first = session.scalars(
            select(RankingEntry.outcome)
            .join(Ranking, Ranking.id == RankingEntry.ranking_id)
            .where(Ranking.version == 1, Ranking.call_id == s.call_id)
            .order_by(RankingEntry.position)
        ).all()
        app = session.get(Application, s.applications[0])
        last = session.get(Application, s.applications[3])
        call = session.get(Call, s.call_id)
    assert first[0] is RankingOutcome.FINANZIATA  # the approved version is untouched
    assert app is not None and app.status is ApplicationStatus.RITIRATA and app.granted_amount is None
    assert last is not None and last.status is ApplicationStatus.FINANZIATA_PARZIALMENTE
    assert last.granted_amount == Decimal("20000.00")
    assert call is not None and call.status is CallStatus.GRADUATORIA_APPROVATA
    with pytest.raises(ServiceError, match="non è tra quelle idonee"):
        RankingService(db, OFFICER).scorrimento(
            s.call_id, s.applications[0], RankingOutcome.REVOCATA, "2002", date(2026, 9, 2)
        )
