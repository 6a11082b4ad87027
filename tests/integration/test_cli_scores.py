"""`coop-desktop import scores` and `export workbooks`: --json output, all-or-nothing, exit codes."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from coop_desktop.cli import main
from coop_desktop.db.engine import Database
from coop_desktop.domain.enums import AssignmentStatus, CallStatus
from coop_desktop.exchange.evaluator_workbook import ANSWER_CELL, COVER_SHEET, sheet_titles
from tests.unit.test_score_import import audit_count, evaluation_call, form_rows, forms, scores, write_sheet


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, dict[str, Any]]:
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


def test_import_scores_json_then_again_changes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = evaluation_call(db)
    p0, p1, p2 = setup.protocols
    rows = [*form_rows(p0, "g.verdi"), *form_rows(p1, "g.verdi", c=7.5), *form_rows(p2, "l.rossi")]
    path = str(write_sheet(tmp_path / "punteggi.xlsx", rows))
    argv = ["import", "scores", setup.code, path, "--json", "--db", _url(db)]
    code, payload = _run(argv, capsys)
    assert code == 0, payload
    assert payload == {
        "changed": 9, "created_assignments": 1, "submitted_forms": 3, "fully_scored": 2, "errors": [],
        "dry_run": False, "written": True,
    }  # fmt: skip
    assert scores(db, setup)[(p1, "g.verdi", "C")] == (Decimal("7.50"), None)
    assert forms(db, setup)[(p2, "l.rossi")].status is AssignmentStatus.INVIATA

    audit = audit_count(db)
    code, payload = _run(argv, capsys)
    assert code == 0 and payload["changed"] == 0 and payload["submitted_forms"] == 0
    assert payload["written"] is False and audit_count(db) == audit


def test_import_scores_with_a_bad_row_writes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = evaluation_call(db)
    rows = [*form_rows(setup.protocols[0], "g.verdi"), *form_rows(setup.protocols[1], "m.bianchi", a=41)]
    path = str(write_sheet(tmp_path / "punteggi.xlsx", rows))
    code, payload = _run(["import", "scores", setup.code, path, "--json", "--db", _url(db)], capsys)
    assert code == 1
    assert payload["changed"] == 0 and payload["written"] is False
    assert {(e["sheet"], e["row"], e["column"]) for e in payload["errors"]} == {
        ("Punteggi", 5, "Valutatore"), ("Punteggi", 6, "Valutatore"), ("Punteggi", 7, "Valutatore"),
    }  # fmt: skip
    assert "non fa parte della commissione" in payload["errors"][0]["message"]
    assert scores(db, setup) == {}

    code = main(["import", "scores", setup.code, path, "--db", _url(db)])
    captured = capsys.readouterr()
    assert code == 1 and "Punteggi: riga 5: Valutatore:" in captured.out
    assert "nessun punteggio è stato salvato" in captured.out


def test_import_scores_dry_run_and_refusals(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = evaluation_call(db)
    path = str(write_sheet(tmp_path / "punteggi.xlsx", form_rows(setup.protocols[1], "g.verdi")))
    code, payload = _run(
        ["import", "scores", setup.code, path, "--dry-run", "--json", "--db", _url(db)], capsys
    )
    assert code == 0 and payload["changed"] == 3 and payload["dry_run"] and not payload["written"]
    assert scores(db, setup) == {}

    code, payload = _run(["import", "scores", "NOPE", path, "--json", "--db", _url(db)], capsys)
    assert code == 1 and payload == {"ok": False, "error": "Non esiste un bando con codice «NOPE»."}

    closed = evaluation_call(db, status=CallStatus.CHIUSO)
    code, payload = _run(["import", "scores", closed.code, path, "--json", "--db", _url(db)], capsys)
    assert code == 1 and "«Chiuso»" in payload["error"]

    csv = tmp_path / "punteggi.csv"
    csv.write_text("Protocollo;Valutatore\n")
    code, payload = _run(["import", "scores", setup.code, str(csv), "--json", "--db", _url(db)], capsys)
    assert code == 1 and "CSV" in payload["error"]


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["import", "scores", "COOP-2026"])
    assert stopped.value.code == 2
    assert "argomenti obbligatori mancanti" in capsys.readouterr().err


def test_export_workbooks_then_import_one_back(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    setup = evaluation_call(db)
    folder = tmp_path / "cartelle"
    folder.mkdir()
    code, payload = _run(["export", "workbooks", setup.code, str(folder), "--json", "--db", _url(db)], capsys)
    assert code == 0, payload
    assert [Path(f).name for f in payload["files"]] == [
        f"{setup.code}_g.verdi.xlsx",
        f"{setup.code}_l.rossi.xlsx",
    ]

    argv = [
        "export",
        "workbooks",
        setup.code,
        str(folder),
        "--evaluator",
        "l.rossi",
        "--json",
        "--db",
        _url(db),
    ]
    code, payload = _run(argv, capsys)
    assert code == 0 and [Path(f).name for f in payload["files"]] == [f"{setup.code}_l.rossi.xlsx"]

    path = folder / f"{setup.code}_l.rossi.xlsx"
    book = openpyxl.load_workbook(path)
    book[COVER_SHEET][ANSWER_CELL] = "SÌ"
    sheet = book[sheet_titles(setup.protocols)[0]]
    for row, points in zip((12, 13, 14), (33, "21,5", 6), strict=True):
        sheet[f"E{row}"] = points
    book.save(path)
    code, payload = _run(["import", "scores", setup.code, str(path), "--json", "--db", _url(db)], capsys)
    assert code == 0 and payload["changed"] == 3 and payload["submitted_forms"] == 1
    assert scores(db, setup)[(setup.protocols[0], "l.rossi", "B")] == (Decimal("21.50"), None)
    assert forms(db, setup)[(setup.protocols[0], "l.rossi")].declaration is not None

    code, payload = _run(["export", "workbooks", setup.code, str(tmp_path / "manca"), "--json"], capsys)
    assert code == 1 and "non esiste" in payload["error"]
