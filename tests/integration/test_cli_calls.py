"""`coop-desktop import call|applications`: --json output, all-or-nothing, exit codes."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from coop_desktop.cli import main
from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    AdmissibilityCheck,
    Application,
    Call,
    CallDocument,
    CommitteeMember,
    Criterion,
    User,
)
from coop_desktop.domain.enums import ApplicationStatus, CallStatus, CommitteeRole, UserRole
from tests.helpers.factories import make_actor, make_call, valid_tax_code

CALL_SHEET = [
    ["Campo", "Valore"],
    ["Codice", "CT-2027-01"],
    ["Titolo", "Bando 2027 per la cooperazione decentrata"],
    ["Anno", 2027],
    ["Dotazione", 500000],
    ["Contributo massimo", "40.000,00"],
    ["Cofinanziamento minimo %", "20%"],
    ["Soglia minima", 60],
    ["Finanziamento parziale ultimo (sì/no)", "sì"],
    ["Apertura", datetime(2027, 2, 1)],
    ["Scadenza", "31/03/2027"],
    ["Numero decreto", "1234"],
    ["Data decreto", "2027-01-15"],
    ["Documenti richiesti", "Formulario; Piano finanziario"],
    ["Paesi prioritari", "Senegal; MA"],
]
CRITERIA_SHEET = [
    ["Codice", "Descrizione", "Punteggio massimo", "Soglia minima", "Ordine spareggio"],
    ["A", "Qualità e coerenza", 40, 20, 1],
    ["B", "Partenariato", 30, None, 2],
    ["C", "Sostenibilità e impatto", 30, None, None],
]
COMMITTEE_SHEET = [
    ["Username", "Nome", "Email"],
    ["g.verdi", "Giulia Verdi", "g.verdi@esempio.it"],
    ["L.Nuova", "Lucia Nuova", "l.nuova@esempio.it"],
]
APP_HEADERS = [
    "N. protocollo", "Data protocollo", "CF capofila", "Titolo", "Paese", "Ambito", "Costo totale",
    "Contributo richiesto", "Partner",
]  # fmt: skip


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _workbook(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> str:
    workbook = openpyxl.Workbook()
    first = workbook.active
    assert first is not None
    workbook.remove(first)
    for title, rows in sheets.items():
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(list(row))
    workbook.save(path)
    return str(path)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


def _evaluator(db: Database) -> None:
    with db.transaction() as s:
        s.add(User(username="g.verdi", full_name="Giulia Verdi", role=UserRole.VALUTATORE))


def _count(db: Database, model: Any) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0


def test_import_call_creates_a_draft_with_grid_and_committee(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _evaluator(db)
    path = _workbook(
        tmp_path / "bando.xlsx",
        {"Bando": CALL_SHEET, "Criteri": CRITERIA_SHEET, "Commissione": COMMITTEE_SHEET},
    )
    code, payload = _run(["import", "call", path, "--json", "--db", _url(db)], capsys)
    assert code == 0, payload
    assert payload["imported"] == 1 and payload["invalid"] == 0 and payload["errors"] == []
    assert payload["call"]["code"] == "CT-2027-01" and payload["call"]["criteria"] == 3
    assert payload["created_users"] == ["l.nuova"]
    with db.reading() as s:
        call = s.scalars(select(Call)).one()
        assert call.status is CallStatus.BOZZA
        assert (call.max_grant, call.min_cofunding_pct, call.allow_partial_last) == (
            Decimal("40000.00"), Decimal("20.00"), True,
        )  # fmt: skip
        assert (call.opens_on, call.deadline, call.act_date) == (
            date(2027, 2, 1), date(2027, 3, 31), date(2027, 1, 15),
        )  # fmt: skip
        assert sorted(c.country_code for c in call.countries) == ["MA", "SN"]
        assert [c.code for c in s.scalars(select(Criterion).order_by(Criterion.position))] == ["A", "B", "C"]
        assert [d.description for d in s.scalars(select(CallDocument).order_by(CallDocument.position))] == [
            "Formulario", "Piano finanziario",
        ]  # fmt: skip
        new = s.scalars(select(User).where(User.username == "l.nuova")).one()
        assert (
            new.role is UserRole.VALUTATORE and new.password_hash is None and new.full_name == "Lucia Nuova"
        )
        members = s.scalars(select(CommitteeMember)).all()
        assert len(members) == 2 and all(m.role is CommitteeRole.COMPONENTE for m in members)


def test_import_call_is_all_or_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    criteria = [*CRITERIA_SHEET[:2], ["B", "Partenariato", 0, None, 2], CRITERIA_SHEET[3]]
    bando = [row if row[0] != "Scadenza" else ["Scadenza", "31/02/2027"] for row in CALL_SHEET]
    path = _workbook(
        tmp_path / "bando.xlsx", {"Bando": bando, "Criteri": criteria, "Commissione": COMMITTEE_SHEET}
    )
    code, payload = _run(["import", "call", path, "--json", "--db", _url(db)], capsys)
    assert code == 1
    assert payload["imported"] == 0
    assert {(e["sheet"], e["row"], e["field"]) for e in payload["errors"]} == {
        ("Bando", 11, "Scadenza"),
        ("Criteri", 3, "Punteggio massimo"),
    }
    assert _count(db, Call) == 0 and _count(db, User) == 0  # the new evaluators are not created either
    main(["import", "call", path, "--db", _url(db)])
    out = capsys.readouterr()
    assert "Criteri: riga 3: Punteggio massimo: Il punteggio massimo deve essere maggiore di zero." in out.out
    assert "Bando: riga 11: Scadenza: «31/02/2027» non è una data esistente." in out.out


def test_import_call_refuses_an_existing_code_and_dry_run_writes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workbook(tmp_path / "bando.xlsx", {"Bando": CALL_SHEET, "Criteri": CRITERIA_SHEET})
    code, payload = _run(["import", "call", path, "--dry-run", "--json", "--db", _url(db)], capsys)
    assert code == 0 and payload["imported"] == 1 and payload["dry_run"] is True
    assert _count(db, Call) == 0
    assert main(["import", "call", path, "--db", _url(db)]) == 0
    capsys.readouterr()
    code, payload = _run(["import", "call", path, "--json", "--db", _url(db)], capsys)
    assert code == 1
    assert payload["errors"] == [
        {"sheet": "Bando", "row": 2, "field": "Codice",
         "message": "Il bando CT-2027-01 esiste già («Bando 2027 per la cooperazione decentrata»)."},
    ]  # fmt: skip


def test_import_call_without_the_call_sheet_is_refused(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workbook(tmp_path / "altro.xlsx", {"Foglio1": [["a", "b"]]})
    code, payload = _run(["import", "call", path, "--json", "--db", _url(db)], capsys)
    assert code == 1 and payload["ok"] is False
    assert "non contiene il foglio «Bando»" in payload["error"]


@pytest.fixture
def open_call(db: Database) -> dict[str, str]:
    with db.transaction() as s:
        call = make_call(s, code="CT-2026-01")
        s.add(CallDocument(call_id=call.id, description="Formulario", position=1))
        lead = make_actor(s, name="Associazione Ponti", tax_code=valid_tax_code(9001))
        partner = make_actor(s, name="Comune di Vinci", tax_code=valid_tax_code(9002))
        return {"lead": lead.tax_code or "", "partner": partner.tax_code or ""}


def _app_rows(codes: dict[str, str]) -> list[list[Any]]:
    return [
        APP_HEADERS,
        ["AOO/1", datetime(2026, 3, 2), codes["lead"], "Acqua a Thiès", "Senegal", "Economia circolare",
         50000, 40000, codes["partner"]],
        ["AOO/2", "31/03/2026", int(codes["partner"]), "Scuole a Fès", "MA", None, "60.000,00",
         "40.000,01", None],
    ]  # fmt: skip


def test_import_applications_registers_and_checks_them(
    db: Database, open_call: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workbook(tmp_path / "domande.xlsx", {"Domande": _app_rows(open_call)})
    code, payload = _run(["import", "applications", "CT-2026-01", path, "--json", "--db", _url(db)], capsys)
    assert code == 0, payload
    assert (payload["imported"], payload["invalid"], payload["errors"]) == (2, 0, [])
    assert payload["admissibility"]["not_admissible"] == 1 and payload["admissibility"]["pending"] == 1
    with db.reading() as s:
        apps = {a.protocol_number: a for a in s.scalars(select(Application))}
        assert apps["AOO/1"].status is ApplicationStatus.RICEVUTA  # the form is still to verify
        assert apps["AOO/2"].status is ApplicationStatus.NON_AMMISSIBILE  # € 0,01 above the maximum
        assert len(apps["AOO/1"].partners) == 1 and apps["AOO/1"].countries[0].country_code == "SN"
        assert s.scalar(select(func.count(AdmissibilityCheck.id))) == 10


def test_import_applications_is_all_or_nothing(
    db: Database, open_call: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _app_rows(open_call)
    rows += [
        ["AOO/1", "01/03/2026", open_call["lead"], "Doppione", "SN", None, 1000, 500, None],
        ["AOO/4", "01/03/2026", valid_tax_code(9999), "Capofila ignoto", "SN", None, 1000, 500, None],
        ["AOO/5", "01/03/2026", open_call["lead"], "Importi", "SN", None, 1000, 1500, None],
        ["AOO/6", "01/03/2026", open_call["lead"], "Importi", "SN", None, -5, 0, None],
    ]
    path = _workbook(tmp_path / "domande.xlsx", {"Domande": rows})
    code, payload = _run(["import", "applications", "CT-2026-01", path, "--json", "--db", _url(db)], capsys)
    assert code == 1
    assert payload["imported"] == 0 and payload["invalid"] == 4
    errors = {(e["row"], e["field"]) for e in payload["errors"]}
    assert errors == {
        (4, "Protocollo"),
        (5, "Codice fiscale capofila"),
        (6, "Contributo richiesto"),
        (7, "Costo totale"),
        (7, "Contributo richiesto"),
    }
    messages = {e["row"]: e["message"] for e in payload["errors"]}
    assert messages[4] == "Il protocollo AOO/1 è ripetuto (riga 2)."
    assert messages[6] == "Il contributo richiesto non può superare il costo totale."
    assert _count(db, Application) == 0


def test_import_applications_dry_run_and_duplicates_of_the_register(
    db: Database, open_call: dict[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workbook(tmp_path / "domande.xlsx", {"Domande": _app_rows(open_call)})
    url = _url(db)
    code, payload = _run(
        ["import", "applications", "CT-2026-01", path, "--dry-run", "--json", "--db", url], capsys
    )
    assert code == 0 and payload["imported"] == 2 and _count(db, Application) == 0
    assert main(["import", "applications", "CT-2026-01", path, "--db", url]) == 0
    out = capsys.readouterr().out
    assert "Domande importate nel bando CT-2026-01: 2." in out
    assert main(["import", "applications", "CT-2026-01", path, "--db", url]) == 1
    out = capsys.readouterr().out
    assert "riga 2: Protocollo: Il protocollo AOO/1 è già registrato per il bando." in out
    assert "Importazione annullata" in out


def test_import_applications_exit_codes_for_refusals_and_usage(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _workbook(tmp_path / "domande.xlsx", {"Domande": [APP_HEADERS]})
    code, payload = _run(["import", "applications", "NESSUNO", path, "--json", "--db", _url(db)], capsys)
    assert code == 1 and payload == {"ok": False, "error": "Non esiste un bando con codice «NESSUNO»."}
    with db.transaction() as s:
        make_call(s, code="BOZZA-1", status=CallStatus.BOZZA)
    code, payload = _run(["import", "applications", "BOZZA-1", path, "--json", "--db", _url(db)], capsys)
    assert code == 1 and "«Bozza»" in payload["error"]
    with pytest.raises(SystemExit) as usage:
        main(["import", "applications", path])
    assert usage.value.code == 2
