"""One call: create and read back whole, validation, locks, lifecycle with its guards, duplication."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    AdmissibilityCheck,
    AuditEntry,
    CallStatusChange,
    Criterion,
    Decree,
    Ranking,
    User,
)
from coop_desktop.domain.application_rules import ApplicationData
from coop_desktop.domain.call_lifecycle import (
    ADMISSIBILITY_LOCKED,
    FINANCES_LOCKED,
    GRID_LOCKED,
    OUTCOME_LOCKED,
)
from coop_desktop.domain.call_rules import CallData, CommitteeData, CriterionData, DocumentData
from coop_desktop.domain.enums import (
    ActorType,
    ApplicationStatus,
    CallStatus,
    CommitteeRole,
    DecreeKind,
    Theme,
    UserRole,
)
from coop_desktop.services.applications import ApplicationRecords
from coop_desktop.services.call_records import CallRecords, TransitionRefused
from coop_desktop.services.errors import (
    ConcurrentEditError,
    LockedError,
    PermissionDenied,
    ValidationErrors,
)
from tests.helpers.factories import make_actor
from tests.helpers.users import ADMIN, EVALUATOR, OFFICER, READER

D = Decimal


def _users(db: Database) -> list[int]:
    with db.transaction() as s:
        users = [
            User(
                username="g.verdi",
                full_name="Giulia Verdi",
                email="g.verdi@esempio.it",
                role=UserRole.VALUTATORE,
            ),
            User(username="p.rossi", full_name="Paolo Rossi", role=UserRole.VALUTATORE),
        ]
        s.add_all(users)
        s.flush()
        return [u.id for u in users]


def _data(committee: list[int] | None = None, **changes: object) -> CallData:
    data = CallData(
        code="CT-2026-01",
        title="Bando 2026 per progetti di cooperazione internazionale",
        year=2026,
        budget=D("500000"),
        description="Progetti nei paesi prioritari.",
        act_number="1234",
        act_date=date(2026, 1, 10),
        burt_number="3",
        burt_date=date(2026, 1, 17),
        opens_on=date(2026, 2, 1),
        deadline=date(2026, 3, 31),
        max_grant=D("40000"),
        min_cofunding_pct=D("20"),
        min_total_score=D("60"),
        allow_partial_last=True,
        criteria=(
            CriterionData("A", "Qualità e coerenza", D("40"), D("20"), 1),
            CriterionData("B", "Partenariato", D("30"), None, 2),
            CriterionData("C", "Sostenibilità e impatto", D("30")),
        ),
        documents=(DocumentData("Formulario di progetto"), DocumentData("Piano finanziario")),
        eligible_types=frozenset({ActorType.ASSOCIAZIONE, ActorType.ONG}),
        themes=frozenset({Theme.DECENTRAMENTO}),
        countries=("sn", "MA"),
        committee=tuple(
            CommitteeData(u, CommitteeRole.PRESIDENTE if i == 0 else CommitteeRole.COMPONENTE)
            for i, u in enumerate(committee or [])
        ),
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def test_create_and_read_back_every_field(db: Database) -> None:
    members = _users(db)
    records = CallRecords(db, OFFICER)
    call_id = records.create(_data(members))
    detail = records.get(call_id)
    data = detail.data
    assert detail.status is CallStatus.BOZZA and detail.version == 1
    assert (data.code, data.year, data.budget, data.max_grant, data.min_cofunding_pct) == (
        "CT-2026-01", 2026, D("500000.00"), D("40000.00"), D("20.00"),
    )  # fmt: skip
    assert (data.act_number, data.burt_date, data.allow_partial_last) == ("1234", date(2026, 1, 17), True)
    assert [(c.code, c.max_points, c.min_points, c.tie_break_order) for c in data.criteria] == [
        ("A", D("40.00"), D("20.00"), 1),
        ("B", D("30.00"), None, 2),
        ("C", D("30.00"), None, None),
    ]
    assert [d.description for d in data.documents] == ["Formulario di progetto", "Piano finanziario"]
    assert all(d.id is not None for d in data.documents)
    assert data.eligible_types == {ActorType.ASSOCIAZIONE, ActorType.ONG}
    assert data.themes == {Theme.DECENTRAMENTO} and data.countries == ("MA", "SN")
    assert [(m.username, m.full_name, m.role, m.has_password) for m in detail.committee] == [
        ("g.verdi", "Giulia Verdi", CommitteeRole.PRESIDENTE, False),
        ("p.rossi", "Paolo Rossi", CommitteeRole.COMPONENTE, False),
    ]
    assert [(h.from_status, h.to_status, h.note) for h in detail.history] == [
        (None, CallStatus.BOZZA, "Bando creato.")
    ]
    assert detail.next_statuses == (CallStatus.APERTO,) and not detail.grid_locked
    with db.reading() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.username == OFFICER.username)).all()
    assert {"calls", "criteria", "call_documents", "committee_members", "call_status_changes"} <= {
        e.entity for e in entries
    }


def test_validation_names_each_field(db: Database) -> None:
    records = CallRecords(db, ADMIN)
    bad = _data(
        code=" ",
        year=1999,
        budget=D("0"),
        min_cofunding_pct=D("100.01"),
        deadline=date(2026, 1, 31),
        criteria=(
            CriterionData("A", "Qualità", D("0")),
            CriterionData("a", "Doppione", D("10"), D("12"), 1),
            CriterionData("B", "", D("10"), None, 1),
        ),
    )
    with pytest.raises(ValidationErrors) as excinfo:
        records.create(bad)
    text = str(excinfo.value)
    for expected in (
        "Codice: Il codice del bando è obbligatorio.",
        "Anno: L'anno deve essere compreso tra 2000 e 2100.",
        "Scadenza: La scadenza precede la data di apertura.",
        "Dotazione: La dotazione deve essere maggiore di zero.",
        "Cofinanziamento minimo %: La percentuale deve essere compresa tra 0 e 100.",
        "Criterio 1 (A) – punteggio massimo: Il punteggio massimo deve essere maggiore di zero.",
        "Criterio 2 (a) – codice: Il codice «a» è già usato dal criterio 1.",
        "Criterio 2 (a) – soglia minima: La soglia minima non può superare il punteggio massimo.",
        "Criterio 3 (B) – descrizione: La descrizione è obbligatoria.",
        "Criterio 3 (B) – ordine spareggio: L'ordine di spareggio 1 è già usato dal criterio 2.",
    ):
        assert expected in text
    with pytest.raises(ValidationErrors, match="Contributo massimo: Il contributo massimo non può superare"):
        records.create(_data(max_grant=D("500000.01")))
    with pytest.raises(ValidationErrors, match=r"Soglia minima: La soglia minima \(100,50\) supera"):
        records.create(_data(min_total_score=D("100.50")))


def test_edge_values_are_accepted(db: Database) -> None:
    records = CallRecords(db, ADMIN)
    # Maximum grant equal to the budget, 0% and 100% co-funding, threshold equal to the grid total.
    records.create(_data(max_grant=D("500000"), min_cofunding_pct=D("0"), min_total_score=D("100")))
    grid = (CriterionData("A", "x", D(1), D(1)),)
    records.create(_data(code="CT-2", min_cofunding_pct=D("100"), criteria=grid, min_total_score=D("1")))


def test_code_is_unique_ignoring_case(db: Database) -> None:
    records = CallRecords(db, ADMIN)
    records.create(_data())
    with pytest.raises(
        ValidationErrors, match="Codice: Il codice ct-2026-01 è già usato dal bando «Bando 2026"
    ):
        records.create(_data(code="ct-2026-01"))


def test_stale_edit_is_refused(db: Database) -> None:
    records = CallRecords(db, ADMIN)
    call_id = records.create(_data())
    seen = records.get(call_id)
    version = records.update(call_id, seen.version, dataclasses.replace(seen.data, title="Nuovo titolo"))
    assert version > seen.version
    with pytest.raises(ConcurrentEditError, match="modificato da un altro utente"):
        records.update(call_id, seen.version, dataclasses.replace(seen.data, budget=D("600000")))
    assert records.get(call_id).data.title == "Nuovo titolo"


def test_grid_edits_keep_criterion_ids(db: Database) -> None:
    records = CallRecords(db, ADMIN)
    call_id = records.create(_data())
    seen = records.get(call_id)

    def ids() -> dict[str, int]:
        with db.reading() as s:
            return dict(
                s.execute(select(Criterion.code, Criterion.id).where(Criterion.call_id == call_id)).all()
            )

    before = ids()
    grid = (
        CriterionData("C", "Sostenibilità e impatto", D("30")),
        CriterionData("A", "Qualità e coerenza del progetto", D("50"), D("20"), 1),
    )
    records.update(call_id, seen.version, dataclasses.replace(seen.data, criteria=grid))
    after = records.get(call_id).data.criteria
    assert [(c.code, c.max_points) for c in after] == [("C", D("30.00")), ("A", D("50.00"))]
    assert ids() == {"A": before["A"], "C": before["C"]}


def _open_call(db: Database, records: CallRecords, members: list[int]) -> int:
    call_id = records.create(_data(members))
    records.transition(call_id, records.get(call_id).version, CallStatus.APERTO, "Pubblicato sul BURT n. 3")
    return call_id


def _register(db: Database, call_id: int, **changes: object) -> int:
    with db.transaction() as s:
        lead = make_actor(s).id
    data = ApplicationData(
        "P-1", date(2026, 3, 1), lead, "Progetto", D("50000"), D("40000"), countries=("SN",)
    )
    return ApplicationRecords(db, ADMIN).register(call_id, dataclasses.replace(data, **changes))  # type: ignore[arg-type]


def _admit(db: Database, app_id: int) -> None:
    records = ApplicationRecords(db, ADMIN)
    for check in records.get(app_id).checks:
        if check.document_id is not None:
            records.confirm_document(app_id, check.document_id, True)


def test_lifecycle_guards_and_history(db: Database) -> None:
    members = _users(db)
    records = CallRecords(db, OFFICER)
    incomplete = records.create(_data(code="INCOMPLETO", criteria=(), min_total_score=None, deadline=None))
    with pytest.raises(TransitionRefused) as excinfo:
        records.transition(incomplete, 1, CallStatus.APERTO)
    assert excinfo.value.problems == [
        "Indica le date di apertura e di scadenza.",
        "Manca la griglia di valutazione: inserisci almeno un criterio.",
    ]
    with pytest.raises(TransitionRefused, match="Un bando «Bozza» non può passare a «In valutazione»"):
        records.transition(incomplete, 1, CallStatus.IN_VALUTAZIONE)

    call_id = _open_call(db, records, members)
    app_id = _register(db, call_id)
    version = records.get(call_id).version
    with pytest.raises(TransitionRefused, match="ha già 1 domande registrate: non può tornare in bozza"):
        records.transition(call_id, version, CallStatus.BOZZA)
    version = records.transition(call_id, version, CallStatus.CHIUSO)
    with pytest.raises(TransitionRefused, match="1 domande attendono ancora l'istruttoria formale"):
        records.transition(call_id, version, CallStatus.IN_VALUTAZIONE)
    _admit(db, app_id)
    version = records.get(call_id).version
    with pytest.raises(ConcurrentEditError):
        records.transition(call_id, version - 1, CallStatus.IN_VALUTAZIONE)
    records.transition(call_id, version, CallStatus.IN_VALUTAZIONE, "Nomina della commissione")
    detail = records.get(call_id)
    assert detail.status is CallStatus.IN_VALUTAZIONE and detail.grid_locked
    assert [h.to_status for h in detail.history] == [
        CallStatus.BOZZA, CallStatus.APERTO, CallStatus.CHIUSO, CallStatus.IN_VALUTAZIONE,
    ]  # fmt: skip
    assert detail.history[1].note == "Pubblicato sul BURT n. 3"
    # Admissible applications start their evaluation with the call.
    assert ApplicationRecords(db, ADMIN).get(app_id).status is ApplicationStatus.IN_VALUTAZIONE
    with db.reading() as s:
        change = s.scalars(select(CallStatusChange).order_by(CallStatusChange.id.desc())).first()
        assert change is not None and change.changed_at is not None


def test_locks_after_evaluation_starts_and_after_approval(db: Database) -> None:
    members = _users(db)
    records = CallRecords(db, OFFICER)
    call_id = _open_call(db, records, members)
    version = records.transition(call_id, records.get(call_id).version, CallStatus.CHIUSO)
    version = records.transition(call_id, version, CallStatus.IN_VALUTAZIONE)
    data = records.get(call_id).data
    grid = (*data.criteria[:2], dataclasses.replace(data.criteria[2], max_points=D("35")))
    with pytest.raises(LockedError) as excinfo:
        records.update(call_id, version, dataclasses.replace(data, criteria=grid))
    assert str(excinfo.value) == GRID_LOCKED
    with pytest.raises(LockedError) as excinfo:
        records.update(call_id, version, dataclasses.replace(data, max_grant=D("45000")))
    assert str(excinfo.value) == FINANCES_LOCKED
    with pytest.raises(LockedError) as excinfo:
        records.update(call_id, version, dataclasses.replace(data, deadline=date(2026, 4, 15)))
    assert str(excinfo.value) == ADMISSIBILITY_LOCKED
    # What does not decide anything stays editable.
    version = records.update(call_id, version, dataclasses.replace(data, burt_number="4"))

    with pytest.raises(TransitionRefused) as refused:
        records.transition(call_id, version, CallStatus.GRADUATORIA_APPROVATA)
    assert refused.value.problems == [
        "Calcola la graduatoria prima di approvarla.",
        "Indica numero e data del decreto di approvazione della graduatoria.",
    ]
    with db.transaction() as s:
        s.add(Ranking(call_id=call_id, version=1))
    version = records.transition(
        call_id,
        version,
        CallStatus.GRADUATORIA_APPROVATA,
        decree_number="4567",
        decree_date=date(2026, 9, 30),
    )
    detail = records.get(call_id)
    assert detail.outcome_locked and detail.ranking_decree == "DD n. 4567 del 30/09/2026"
    assert detail.history[-1].note == "DD n. 4567 del 30/09/2026."
    with db.reading() as s:
        decree = s.scalar(select(Decree).where(Decree.kind == DecreeKind.GRADUATORIA))
        ranking = s.scalar(select(Ranking))
        assert decree is not None and ranking is not None
        assert ranking.is_approved and not ranking.is_provisional and ranking.decree_id == decree.id
    data = detail.data
    with pytest.raises(LockedError) as excinfo:
        records.update(call_id, version, dataclasses.replace(data, evaluators_per_application=2))
    assert str(excinfo.value) == OUTCOME_LOCKED
    with pytest.raises(LockedError, match="La griglia di valutazione non può più cambiare"):
        records.update(call_id, version, dataclasses.replace(data, min_total_score=D("50")))
    with pytest.raises(TransitionRefused, match="«Graduatoria approvata» non può passare a «Chiuso»"):
        records.transition(call_id, version, CallStatus.CHIUSO)


def test_changing_the_rules_runs_the_checks_again(db: Database) -> None:
    records = CallRecords(db, OFFICER)
    call_id = _open_call(db, records, [])
    app_id = _register(db, call_id, requested_grant=D("42000"), total_cost=D("60000"))
    _admit(db, app_id)
    applications = ApplicationRecords(db, OFFICER)
    assert applications.get(app_id).status is ApplicationStatus.NON_AMMISSIBILE
    seen = records.get(call_id)
    version = records.update(call_id, seen.version, dataclasses.replace(seen.data, max_grant=D("45000")))
    assert applications.get(app_id).status is ApplicationStatus.AMMISSIBILE
    # A new required document: the application waits for it again.
    seen = records.get(call_id)
    documents = (*seen.data.documents, DocumentData("Lettere dei partner"))
    version = records.update(call_id, version, dataclasses.replace(seen.data, documents=documents))
    assert applications.get(app_id).status is ApplicationStatus.RICEVUTA
    # Removed: its checklist items go with it.
    seen = records.get(call_id)
    records.update(call_id, version, dataclasses.replace(seen.data, documents=seen.data.documents[:2]))
    assert applications.get(app_id).status is ApplicationStatus.AMMISSIBILE
    with db.reading() as s:
        assert s.scalar(select(func.count(AdmissibilityCheck.id))) == 6


def test_duplicate_starts_next_years_call(db: Database) -> None:
    members = _users(db)
    records = CallRecords(db, OFFICER)
    source = _open_call(db, records, members)
    copy_id = records.duplicate(source, "CT-2027-01", 2027)
    copy = records.get(copy_id)
    original = records.get(source).data
    assert copy.status is CallStatus.BOZZA
    assert copy.data.title == "Bando 2027 per progetti di cooperazione internazionale"
    assert (copy.data.opens_on, copy.data.deadline) == (date(2027, 2, 1), date(2027, 3, 31))
    assert copy.data.act_number is None and copy.data.burt_date is None
    assert copy.data.criteria == original.criteria
    assert [d.description for d in copy.data.documents] == [d.description for d in original.documents]
    assert {d.id for d in copy.data.documents}.isdisjoint({d.id for d in original.documents})
    assert (copy.data.eligible_types, copy.data.themes, copy.data.countries) == (
        original.eligible_types, original.themes, original.countries,
    )  # fmt: skip
    assert [m.user_id for m in copy.committee] == members
    assert copy.history[0].note == "Bando creato duplicando CT-2026-01."
    with pytest.raises(ValidationErrors, match="già usato"):
        records.duplicate(source, "CT-2027-01", 2027)


def test_duplicate_moves_29_february(db: Database) -> None:
    records = CallRecords(db, ADMIN)
    source = records.create(
        _data(code="CT-2028", year=2028, opens_on=date(2028, 1, 10), deadline=date(2028, 2, 29))
    )
    assert records.get(records.duplicate(source, "CT-2029", 2029)).data.deadline == date(2029, 2, 28)


def test_roles_without_edit_rights_can_only_read(db: Database) -> None:
    call_id = CallRecords(db, ADMIN).create(_data())
    for user in (EVALUATOR, READER):
        records = CallRecords(db, user)
        assert records.get(call_id).data.code == "CT-2026-01"
        with pytest.raises(
            PermissionDenied, match=f"Il tuo ruolo \\({user.role.label}\\) non consente di modificare"
        ):
            records.create(_data(code="ALTRO"))
        with pytest.raises(PermissionDenied):
            records.update(call_id, 1, _data())
        with pytest.raises(PermissionDenied):
            records.transition(call_id, 1, CallStatus.APERTO)
        with pytest.raises(PermissionDenied):
            records.duplicate(call_id, "CT-2027", 2027)


def test_only_drafts_without_applications_are_deleted(db: Database) -> None:
    records = CallRecords(db, ADMIN)
    draft = records.create(_data(code="BOZZA"))
    records.delete(draft)
    opened = _open_call(db, records, [])
    with pytest.raises(Exception, match="Si eliminano solo i bandi in bozza"):
        records.delete(opened)
