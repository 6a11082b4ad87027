"""`coop-desktop ranking CODICE_BANDO [--json] [--xlsx FILE]`: the JSON shape, the table, the sheet."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from coop_desktop.cli import main
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Assignment
from coop_desktop.domain.enums import AssignmentStatus
from coop_desktop.domain.scoring import FormEntry
from coop_desktop.services.assignments import AssignmentService
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.scoring_forms import ScoringFormService
from tests.helpers.evaluation import Scenario, evaluation_scenario
from tests.helpers.users import OFFICER

KEYS = {"rank", "protocol", "lead", "score", "outcome", "grant", "provisional"}
OUTCOMES = {
    "finanziata",
    "finanziata parzialmente",
    "ammessa non finanziata",
    "non idonea",
    "non ammissibile",
}


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


def submit(db: Database, s: Scenario, app_id: int, evaluator: CurrentUser, points: tuple[str, ...]) -> None:
    """`evaluator` declares no conflict and submits points for A, B, C on `app_id` (assigned if needed)."""

    def form() -> tuple[int, int] | None:
        with db.reading() as session:
            row = session.execute(
                select(Assignment.id, Assignment.version).where(
                    Assignment.application_id == app_id, Assignment.evaluator_id == evaluator.id
                )
            ).first()
        return None if row is None else (row[0], row[1])

    if form() is None:
        AssignmentService(db, OFFICER).assign(s.call_id, app_id, evaluator.id or 0)
    forms = ScoringFormService(db, evaluator)
    form_id, version = form() or (0, 0)
    if forms.form(form_id).status is AssignmentStatus.ASSEGNATA:
        forms.declare(form_id, version, has_conflict=False)
    entries = [FormEntry(c, Decimal(p), "Motivato.") for c, p in zip(s.criteria, points, strict=True)]
    forms.save(form_id, (form() or (0, 0))[1], entries, submit=True)


def test_json_of_the_demo_approved_ranking(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, rows = _json(["ranking", "COOP-2025", "--json", "--db", _url(demo_db)], capsys)
    assert code == 0
    assert isinstance(rows, list) and len(rows) == 20
    for row in rows:
        assert set(row) == KEYS
        assert row["rank"] is None or isinstance(row["rank"], int)
        assert isinstance(row["protocol"], str) and isinstance(row["lead"], str)
        assert row["outcome"] in OUTCOMES
        assert row["provisional"] is False
    outcomes = [r["outcome"] for r in rows]
    assert outcomes.count("finanziata") == 8 and outcomes.count("finanziata parzialmente") == 1
    assert outcomes.count("ammessa non finanziata") == 6
    assert outcomes.count("non idonea") == 2 and outcomes.count("non ammissibile") == 3
    assert sum(Decimal(r["grant"]) for r in rows) == Decimal("300000.00")
    assert [r["rank"] for r in rows] == [*range(1, 16), None, None, None, None, None]
    assert rows[0] == {
        "rank": 1,
        "protocol": "2025/0238022",
        "lead": "Comune di Prato",
        "score": "86.99",
        "outcome": "finanziata",
        "grant": "40000.00",
        "provisional": False,
    }
    assert rows[8]["outcome"] == "finanziata parzialmente" and rows[8]["grant"] == "20500.00"
    assert rows[9]["grant"] == "0.00"
    assert all(r["score"] is None for r in rows[17:]) and rows[16]["score"] == "56.99"


def test_table_and_sheet_of_the_demo_ranking(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "graduatoria.xlsx"
    assert main(["ranking", "coop-2025", "--xlsx", str(target), "--db", _url(demo_db)]) == 0
    out = capsys.readouterr().out
    assert "Graduatoria del bando COOP-2025" in out
    assert "Approvata con DD n. 17890 del 15/09/2025" in out
    assert "2025/0230342" in out and "Finanziata parzialmente" in out and "€ 20.500,00" in out
    assert "per la data di protocollo (09/05/2025 contro 21/05/2025)" in out
    assert "Dotazione € 300.000,00; impegnato € 300.000,00; residuo € 0,00." in out
    assert f"Graduatoria salvata in {target}" in out
    sheet = openpyxl.load_workbook(target).active
    assert sheet is not None and sheet.title == "Graduatoria"
    grants = [row[12] for row in sheet.iter_rows(values_only=True) if isinstance(row[0], int)]
    assert len(grants) == 20 and sum(grants) == 300000


def test_a_call_with_missing_scores_is_provisional(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    s = evaluation_scenario(db, applications=3, budget=Decimal("60000.00"))
    submit(db, s, s.applications[0], s.evaluators[0], ("35", "25", "20"))
    submit(db, s, s.applications[0], s.evaluators[1], ("33", "25", "20"))
    submit(db, s, s.applications[1], s.evaluators[0], ("30", "20", "20"))
    AssignmentService(db, OFFICER).assign(s.call_id, s.applications[1], s.evaluators[1].id or 0)
    code, rows = _json(["ranking", s.call_code, "--json", "--db", _url(db)], capsys)
    assert code == 0
    assert all(r["provisional"] is True for r in rows)
    assert [(r["rank"], r["protocol"], r["score"], r["outcome"], r["grant"]) for r in rows] == [
        (1, "2026/1", "79.00", "finanziata", "40000.00"),
        (2, "2026/2", "70.00", "finanziata parzialmente", "20000.00"),
        (None, "2026/3", None, "non idonea", "0.00"),
    ]
    target = tmp_path / "provvisoria.xlsx"
    assert main(["ranking", s.call_code, "--xlsx", str(target), "--db", _url(db)]) == 0
    out = capsys.readouterr().out
    assert "*** GRADUATORIA PROVVISORIA ***" in out
    assert "(schede mancanti)" in out
    assert openpyxl.load_workbook(target).sheetnames == ["Graduatoria provvisoria"]


def test_unknown_call(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    code, payload = _json(["ranking", "NESSUNO", "--json", "--db", _url(db)], capsys)
    assert code == 1
    assert payload == {"ok": False, "error": "Non esiste un bando con codice «NESSUNO»."}
    assert main(["ranking", "NESSUNO", "--db", _url(db)]) == 1
    assert "Errore: Non esiste un bando con codice «NESSUNO»." in capsys.readouterr().err


def test_usage_error_without_the_call_code(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["ranking"])
    assert exit_info.value.code == 2
    assert "CODICE_BANDO" in capsys.readouterr().err
