"""Applications: registering and editing, the formal check (automatic checks, documents, overrides),
requests for missing documents, locks, permissions, the audit trail and the paged register."""

from __future__ import annotations

import dataclasses
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    AdmissibilityCheck,
    Application,
    Assignment,
    AuditEntry,
    Call,
    CallDocument,
    CallEligibleType,
    User,
)
from coop_desktop.domain.application_rules import ApplicationData, PartnerData
from coop_desktop.domain.call_lifecycle import OUTCOME_LOCKED
from coop_desktop.domain.enums import ActorType, ApplicationStatus, CallStatus, CheckOutcome, UserRole
from coop_desktop.services.applications import ApplicationRecords, ApplicationService
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import (
    ConcurrentEditError,
    LockedError,
    PermissionDenied,
    ServiceError,
    ValidationErrors,
)
from coop_desktop.services.listing import ListQuery
from tests.helpers.factories import make_actor, make_application, make_call
from tests.helpers.users import ADMIN, EVALUATOR, OFFICER, READER

D = Decimal
DEADLINE = date(2026, 3, 31)


@pytest.fixture
def setup(db: Database) -> dict[str, int]:
    """An open call (deadline 31/03/2026, max grant € 40.000, co-funding ≥ 20%, associations only,
    two required documents) and three actors."""
    with db.transaction() as s:
        call = make_call(s, code="CT-2026")
        s.add_all(
            [
                CallDocument(call_id=call.id, description="Formulario di progetto", position=1),
                CallDocument(call_id=call.id, description="Piano finanziario", position=2),
                CallEligibleType(call_id=call.id, actor_type=ActorType.ASSOCIAZIONE),
            ]
        )
        lead = make_actor(s, name="Associazione Ponti")
        partner = make_actor(s, name="Comune di Prato", actor_type=ActorType.ENTE_LOCALE)
        company = make_actor(s, name="Impresa Rossi", actor_type=ActorType.IMPRESA)
        s.flush()
        docs = list(s.scalars(select(CallDocument.id).where(CallDocument.call_id == call.id)))
        return {
            "call": call.id, "lead": lead.id, "partner": partner.id, "company": company.id,
            "doc1": docs[0], "doc2": docs[1],
        }  # fmt: skip


def _data(ids: dict[str, int], **changes: object) -> ApplicationData:
    data = ApplicationData(
        protocol_number="AOOGRT/2026/0001",
        protocol_date=DEADLINE,
        lead_actor_id=ids["lead"],
        title="Acqua e scuole a Thiès",
        total_cost=D("50000.00"),
        requested_grant=D("40000.00"),
        partners=(
            PartnerData(ids["partner"]),
            PartnerData(None, "Association Jappo", "SN", "partner locale"),
        ),
        countries=("SN",),
        sdgs=(4, 6),
        dac_code="14050",
        cup="J39J21005440001",
    )
    return dataclasses.replace(data, **changes)  # type: ignore[arg-type]


def _outcomes(db: Database, app_id: int) -> dict[str, CheckOutcome]:
    return {c.code: c.outcome for c in ApplicationRecords(db, ADMIN).get(app_id).checks}


def _confirm_documents(records: ApplicationRecords, app_id: int, ids: dict[str, int]) -> None:
    records.confirm_document(app_id, ids["doc1"], True)
    records.confirm_document(app_id, ids["doc2"], True)


def test_registration_runs_the_checks_and_lists_the_documents(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    app_id = records.register(setup["call"], _data(setup))
    detail = records.get(app_id)
    assert detail.status is ApplicationStatus.RICEVUTA and detail.admissible is None
    assert [(c.code, c.outcome) for c in detail.checks] == [
        ("actor_type", CheckOutcome.SUPERATO),
        ("deadline", CheckOutcome.SUPERATO),
        ("max_grant", CheckOutcome.SUPERATO),
        ("cofunding", CheckOutcome.SUPERATO),
        (f"doc:{setup['doc1']}", CheckOutcome.DA_VERIFICARE),
        (f"doc:{setup['doc2']}", CheckOutcome.DA_VERIFICARE),
    ]
    assert detail.checks[4].label == "Formulario di progetto"
    assert detail.partners[0].name == "Comune di Prato" and detail.partners[1].country == "Senegal"
    assert detail.cofunding == D("10000.00") and detail.cofunding_pct == D(20)
    _confirm_documents(records, app_id, setup)
    detail = records.get(app_id)
    assert detail.status is ApplicationStatus.AMMISSIBILE and detail.admissible is True
    assert [h.to_status for h in detail.history] == [
        ApplicationStatus.RICEVUTA,
        ApplicationStatus.AMMISSIBILE,
    ]


@pytest.mark.parametrize(
    ("changes", "code", "outcome"),
    [
        # Exactly the minimum co-funding (20%), and one cent below it.
        ({"total_cost": D("50000.00"), "requested_grant": D("40000.00")}, "cofunding", CheckOutcome.SUPERATO),
        (
            {"total_cost": D("49999.99"), "requested_grant": D("40000.00")},
            "cofunding",
            CheckOutcome.NON_SUPERATO,
        ),
        # Exactly the maximum grant, and one cent above it.
        ({"total_cost": D("60000.00"), "requested_grant": D("40000.00")}, "max_grant", CheckOutcome.SUPERATO),
        (
            {"total_cost": D("60000.00"), "requested_grant": D("40000.01")},
            "max_grant",
            CheckOutcome.NON_SUPERATO,
        ),
        # Received on the deadline day, and the day after.
        ({"protocol_date": DEADLINE}, "deadline", CheckOutcome.SUPERATO),
        ({"protocol_date": date(2026, 4, 1)}, "deadline", CheckOutcome.NON_SUPERATO),
    ],
)
def test_edge_values_of_the_automatic_checks(
    db: Database, setup: dict[str, int], changes: dict[str, object], code: str, outcome: CheckOutcome
) -> None:
    app_id = ApplicationRecords(db, OFFICER).register(setup["call"], _data(setup, **changes))
    assert _outcomes(db, app_id)[code] is outcome


def test_a_failed_check_makes_it_not_admissible_with_the_reasons(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    app_id = records.register(
        setup["call"], _data(setup, lead_actor_id=setup["company"], protocol_date=date(2026, 4, 1))
    )
    detail = records.get(app_id)
    assert detail.status is ApplicationStatus.NON_AMMISSIBILE and detail.admissible is False
    assert detail.exclusion_reasons == (
        "La tipologia del capofila (Impresa o cooperativa) non è tra quelle ammesse dal bando "
        "(Associazione).",
        "La domanda è pervenuta il 01/04/2026, dopo la scadenza del 31/03/2026.",
    )
    assert detail.history[-1].note is not None and detail.history[-1].note.startswith("Non ammissibile: ")


def test_invalid_data_is_refused_naming_the_fields(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    with pytest.raises(ValidationErrors) as excinfo:
        records.register(
            setup["call"],
            _data(
                setup, total_cost=D("30000"), requested_grant=D("40000"), cup="J39J2100544", dac_code="1405",
                sdgs=(18,), partners=(PartnerData(None, "Senza paese"),),
            ),
        )  # fmt: skip
    text = str(excinfo.value)
    assert "Contributo richiesto: Il contributo richiesto non può superare il costo totale." in text
    assert "CUP: «J39J2100544» non è un CUP" in text
    assert "Codice OCSE-DAC: «1405» non è un codice OCSE-DAC: servono 5 cifre" in text
    assert "Obiettivi di sviluppo sostenibile: Gli obiettivi vanno da 1 a 17 (indicato: 18)." in text
    assert "Partner: Indica il paese del partner estero «Senza paese»." in text
    with pytest.raises(ValidationErrors, match="Costo totale: Il costo totale deve essere maggiore di zero"):
        records.register(setup["call"], _data(setup, total_cost=D(0)))
    with pytest.raises(ValidationErrors, match="Contributo richiesto: Il contributo richiesto deve essere"):
        records.register(setup["call"], _data(setup, requested_grant=D("-1")))
    with db.reading() as s:
        assert s.scalar(select(Application.id)) is None


def test_protocol_unique_within_the_call_and_lead_must_exist(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    records.register(setup["call"], _data(setup))
    with pytest.raises(ValidationErrors, match="Protocollo: Il protocollo AOOGRT/2026/0001 è già registrato"):
        records.register(setup["call"], _data(setup, title="Altro"))
    with pytest.raises(ValidationErrors, match="Capofila: Il soggetto capofila non esiste"):
        records.register(setup["call"], _data(setup, protocol_number="X-2", lead_actor_id=999_999))
    with db.transaction() as s:
        other = make_call(s, code="CT-ALTRO").id
    records.register(other, _data(setup))  # the same number in another call is another application


def test_registration_needs_an_open_or_closed_call(db: Database, setup: dict[str, int]) -> None:
    with db.transaction() as s:
        draft = make_call(s, status=CallStatus.BOZZA).id
    with pytest.raises(ServiceError, match="«Bozza»: le domande si registrano quando il bando è aperto"):
        ApplicationRecords(db, OFFICER).register(draft, _data(setup))


def test_editing_runs_the_checks_again(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    app_id = records.register(setup["call"], _data(setup))
    _confirm_documents(records, app_id, setup)
    detail = records.get(app_id)
    version = records.update(app_id, detail.version, _data(setup, requested_grant=D("45000")))
    detail = records.get(app_id)
    assert detail.version == version and detail.status is ApplicationStatus.NON_AMMISSIBILE
    assert "supera il contributo massimo del bando (€ 40.000,00)" in detail.exclusion_reasons[0]
    records.update(app_id, version, _data(setup, total_cost=D("45000"), requested_grant=D("36000")))
    assert records.get(app_id).status is ApplicationStatus.AMMISSIBILE


def test_stale_edit_is_refused(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    app_id = records.register(setup["call"], _data(setup))
    seen = records.get(app_id)
    records.update(app_id, seen.version, _data(setup, title="Nuovo titolo"))
    with pytest.raises(ConcurrentEditError, match="modificata da un altro utente"):
        records.update(app_id, seen.version, _data(setup, title="Altro titolo"))
    assert records.get(app_id).data.title == "Nuovo titolo"


def test_override_needs_a_written_reason_and_names_the_officer(db: Database, setup: dict[str, int]) -> None:
    with db.transaction() as s:
        account = User(username="m.bianchi", full_name="Marta Bianchi", role=UserRole.ISTRUTTORE)
        s.add(account)
        s.flush()
        officer = CurrentUser(account.id, account.username, account.full_name, account.role)
    records = ApplicationRecords(db, officer)
    app_id = records.register(setup["call"], _data(setup, protocol_date=date(2026, 4, 1)))
    _confirm_documents(records, app_id, setup)
    assert records.get(app_id).status is ApplicationStatus.NON_AMMISSIBILE
    with pytest.raises(ValidationErrors, match="Scrivi il motivo della deroga"):
        records.override_check(app_id, "deadline", "   ")
    with pytest.raises(ServiceError, match="non serve una deroga"):
        records.override_check(app_id, "max_grant", "Motivo")
    records.override_check(
        app_id, "deadline", "PEC inviata il 31/03 alle 23:58, consegnata dopo la mezzanotte."
    )
    detail = records.get(app_id)
    check = next(c for c in detail.checks if c.code == "deadline")
    assert check.overridden and check.overridden_by == "Marta Bianchi"
    assert detail.status is ApplicationStatus.AMMISSIBILE
    with db.reading() as s:
        stored = s.scalar(select(AdmissibilityCheck).where(AdmissibilityCheck.code == "deadline"))
        assert stored is not None and stored.overridden_by_id == account.id
        mine = (AuditEntry.entity == "admissibility_checks") & (AuditEntry.username == "m.bianchi")
        entry = s.scalar(select(AuditEntry).where(mine).order_by(AuditEntry.id.desc()))
        assert entry is not None and "override_reason" in entry.changes
    # New facts, new decision: the override lapses.
    records.update(app_id, detail.version, _data(setup, protocol_date=date(2026, 4, 2)))
    assert records.get(app_id).status is ApplicationStatus.NON_AMMISSIBILE


def test_a_missing_document_excludes_with_the_note(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    app_id = records.register(setup["call"], _data(setup))
    records.confirm_document(app_id, setup["doc1"], True)
    assert records.get(app_id).status is ApplicationStatus.RICEVUTA  # one item still to verify
    records.confirm_document(app_id, setup["doc2"], False, "manca la firma del legale rappresentante")
    detail = records.get(app_id)
    assert detail.status is ApplicationStatus.NON_AMMISSIBILE
    assert detail.exclusion_reasons == (
        "Documento mancante o irregolare: Piano finanziario. manca la firma del legale rappresentante",
    )


def test_integration_request_flow(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    app_id = records.register(setup["call"], _data(setup))
    records.confirm_document(app_id, setup["doc1"], True)
    with pytest.raises(ValidationErrors, match="Descrivi le integrazioni richieste"):
        records.request_integration(app_id, " ", date(2026, 4, 20), requested_on=date(2026, 4, 10))
    request_id = records.request_integration(
        app_id, "Piano finanziario firmato", date(2026, 4, 20), requested_on=date(2026, 4, 10)
    )
    detail = records.get(app_id)
    assert detail.status is ApplicationStatus.INTEGRAZIONI_RICHIESTE
    assert detail.integrations[0].open and detail.integrations[0].deadline == date(2026, 4, 20)
    # Waiting for the answer, whatever the checks say.
    records.run_admissibility(app_id)
    assert records.get(app_id).status is ApplicationStatus.INTEGRAZIONI_RICHIESTE
    records.answer_integration(request_id, date(2026, 4, 15), "Inviato via PEC")
    assert records.get(app_id).status is ApplicationStatus.RICEVUTA
    with pytest.raises(ServiceError, match="già stata registrata una risposta"):
        records.answer_integration(request_id, date(2026, 4, 16))
    records.confirm_document(app_id, setup["doc2"], True)
    detail = records.get(app_id)
    assert detail.status is ApplicationStatus.AMMISSIBILE
    assert [h.to_status for h in detail.history] == [
        ApplicationStatus.RICEVUTA,
        ApplicationStatus.INTEGRAZIONI_RICHIESTE,
        ApplicationStatus.RICEVUTA,
        ApplicationStatus.AMMISSIBILE,
    ]


def test_after_the_ranking_is_approved_amounts_are_locked(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    app_id = records.register(setup["call"], _data(setup))
    version = records.get(app_id).version
    with db.transaction() as s:
        call = s.get(Call, setup["call"])
        assert call is not None
        call.status = CallStatus.GRADUATORIA_APPROVATA
    with pytest.raises(LockedError) as excinfo:
        records.update(app_id, version, _data(setup, requested_grant=D("30000")))
    assert str(excinfo.value) == OUTCOME_LOCKED
    with pytest.raises(LockedError, match="La graduatoria è stata approvata con decreto"):
        records.run_admissibility_for_call(setup["call"])
    with pytest.raises(LockedError):
        records.override_check(app_id, "deadline", "motivo")
    # The CUP arrives after the award: still editable.
    records.update(app_id, version, _data(setup, cup="D19I25012000002"))
    assert records.get(app_id).data.cup == "D19I25012000002"


def test_roles_that_cannot_edit_applications(db: Database, setup: dict[str, int]) -> None:
    app_id = ApplicationRecords(db, OFFICER).register(setup["call"], _data(setup))
    for user in (EVALUATOR, READER):
        records = ApplicationRecords(db, user)
        with pytest.raises(PermissionDenied, match=f"Il tuo ruolo \\({user.role.label}\\) non consente"):
            records.register(setup["call"], _data(setup, protocol_number="X-9"))
        with pytest.raises(PermissionDenied):
            records.override_check(app_id, "deadline", "motivo")
        with pytest.raises(PermissionDenied):
            records.run_admissibility_for_call(setup["call"])
    assert ApplicationRecords(db, READER).get(app_id).id == app_id
    with pytest.raises(PermissionDenied):
        ApplicationRecords(db, EVALUATOR).get(app_id)  # not assigned to them


def test_writes_leave_audit_entries(db: Database, setup: dict[str, int]) -> None:
    app_id = ApplicationRecords(db, OFFICER).register(setup["call"], _data(setup))
    with db.reading() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.username == OFFICER.username)).all()
    tables = {e.entity for e in entries}
    assert {"applications", "application_partners", "application_status_changes"} <= tables
    # The formal check: one entry for the application, every check's outcome in it.
    run = [e for e in entries if e.entity == "applications" and e.action == "update"]
    assert len(run) == 1 and run[0].entity_id == str(app_id)
    assert run[0].changes["verifica Cofinanziamento minimo"][0] is None
    assert run[0].changes["verifica Cofinanziamento minimo"][1].startswith("Superato: Il cofinanziamento")
    assert sum(key.startswith("verifica doc:") for key in run[0].changes) == 2


def test_run_for_the_whole_call_counts_the_outcomes(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    ok = records.register(setup["call"], _data(setup))
    _confirm_documents(records, ok, setup)
    records.register(setup["call"], _data(setup, protocol_number="P-2", protocol_date=date(2026, 4, 1)))
    records.register(setup["call"], _data(setup, protocol_number="P-3"))
    summary = records.run_admissibility_for_call(setup["call"])
    assert (summary.checked, summary.admissible, summary.not_admissible, summary.pending) == (3, 1, 1, 1)
    assert summary.status_changes == 0  # nothing changed since the last run


def test_withdrawal_is_recorded_and_leaves_the_checks_alone(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    app_id = records.register(setup["call"], _data(setup))
    version = records.set_status(app_id, records.get(app_id).version, ApplicationStatus.RITIRATA, "Rinuncia")
    assert records.get(app_id).status is ApplicationStatus.RITIRATA
    assert records.run_admissibility_for_call(setup["call"]).checked == 0
    with pytest.raises(ServiceError, match="non si imposta a mano"):
        records.set_status(app_id, version, ApplicationStatus.AMMISSIBILE)
    records.set_status(app_id, version, ApplicationStatus.RICEVUTA)
    assert records.get(app_id).status is ApplicationStatus.RICEVUTA


def test_register_lists_sorts_and_filters_in_sql(db: Database, setup: dict[str, int]) -> None:
    records = ApplicationRecords(db, OFFICER)
    records.register(setup["call"], _data(setup, protocol_number="P-1", total_cost=D("100000")))
    records.register(setup["call"], _data(setup, protocol_number="P-2", title="Energia solare a Fès"))
    records.register(
        setup["call"], _data(setup, protocol_number="P-3", lead_actor_id=setup["company"], partners=())
    )
    service = ApplicationService(db, READER)
    query = ListQuery(filters={"call_id": setup["call"]}, sort_key="cofunding_pct", descending=True)
    assert service.count(query) == 3
    rows = service.fetch(query, 0, 2)
    assert [r.protocol_number for r in rows] == ["P-1", "P-2"]
    assert rows[0].cofunding_pct == D("60.00") and rows[0].lead == "Associazione Ponti"
    assert [r.protocol_number for r in service.fetch(query, 2, 2)] == ["P-3"]
    assert service.count(ListQuery(text="SOLARE", filters={"call_id": setup["call"]})) == 1
    assert service.count(ListQuery(text="rossi", filters={"call_id": setup["call"]})) == 1
    not_admissible = ListQuery(filters={"call_id": setup["call"], "status": "non_ammissibile"})
    assert [r.protocol_number for r in service.fetch(not_admissible, 0, 10)] == ["P-3"]
    assert service.status_counts(setup["call"]) == {
        ApplicationStatus.RICEVUTA: 2,
        ApplicationStatus.NON_AMMISSIBILE: 1,
    }


def test_evaluators_see_only_their_assigned_applications(db: Database, setup: dict[str, int]) -> None:
    with db.transaction() as s:
        account = User(username="v.neri", full_name="Valeria Neri", role=UserRole.VALUTATORE)
        s.add(account)
        call = s.get(Call, setup["call"])
        lead = make_actor(s)
        assert call is not None
        mine = make_application(s, call, lead, protocol_number="MINE")
        make_application(s, call, lead, protocol_number="OTHER")
        s.flush()
        s.add(Assignment(application_id=mine.id, evaluator_id=account.id))
        evaluator = CurrentUser(account.id, account.username, account.full_name, account.role)
        mine_id = mine.id
    service = ApplicationService(db, evaluator)
    rows = service.fetch(ListQuery(filters={"call_id": setup["call"]}), 0, 10)
    assert [r.protocol_number for r in rows] == ["MINE"]
    assert ApplicationRecords(db, evaluator).get(mine_id).data.protocol_number == "MINE"
