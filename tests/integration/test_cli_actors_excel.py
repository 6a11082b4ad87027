"""`coop-desktop import|export|template actors`: exit codes, Italian messages, --json output."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import select

from coop_desktop.cli import main
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor
from tests.helpers.factories import make_actor

HEADERS = ["Ragione sociale", "Tipo", "C.F.", "Prov."]
PRATO = ["Comune di Prato", "Ente locale", "84006890481", "PO"]
PONTI = ["Associazione Ponti", "Associazione", 1234560017, "FI"]
BAD = ["Circolo senza codice", "Associazione", None, "ZZ"]
JSON_KEYS = {"imported", "duplicates", "invalid", "errors", "duplicate_rows"}


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _xlsx(path: Path, rows: Sequence[Sequence[Any]]) -> str:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return str(path)


def _names(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(select(Actor.name).order_by(Actor.name)))


def test_import_writes_the_rows_and_summarises(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _xlsx(tmp_path / "s.xlsx", [HEADERS, PRATO, PONTI])
    assert main(["import", "actors", path, "--db", _url(db)]) == 0
    out = capsys.readouterr().out
    assert "Soggetti importati: 2." in out and "duplicati: 0; con errori: 0" in out
    assert _names(db) == ["Associazione Ponti", "Comune di Prato"]
    with db.reading() as session:
        assert (
            session.scalar(select(Actor.tax_code).where(Actor.name == "Associazione Ponti")) == "01234560017"
        )


def test_import_json_has_exactly_the_summary_keys(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with db.transaction() as session:
        make_actor(session, name="Prato già registrato", tax_code="84006890481")
    path = _xlsx(tmp_path / "s.xlsx", [HEADERS, PRATO, PONTI])
    assert main(["--db", _url(db), "import", "actors", path, "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert set(report) == JSON_KEYS
    assert (report["imported"], report["duplicates"], report["invalid"], report["errors"]) == (1, 1, 0, [])
    assert report["duplicate_rows"] == [
        {
            "row": 2,
            "tax_code": "84006890481",
            "name": "Comune di Prato",
            "existing_name": "Prato già registrato",
            "existing_row": None,
        }
    ]


def test_invalid_row_exits_1_and_writes_nothing(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _xlsx(tmp_path / "s.xlsx", [["Soggetti 2025"], HEADERS, PRATO, BAD])
    assert main(["import", "actors", path, "--db", _url(db)]) == 1
    out = capsys.readouterr().out
    assert "riga 4: Codice fiscale: Il codice fiscale è obbligatorio per i soggetti italiani." in out
    assert "riga 4: Provincia: «ZZ» non è una sigla di provincia italiana." in out
    assert "nessun soggetto è stato salvato" in out and "--skip-invalid" in out
    assert _names(db) == []
    assert main(["import", "actors", path, "--db", _url(db), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert set(report) == JSON_KEYS and (report["imported"], report["invalid"]) == (0, 1)
    assert report["errors"][0] == {
        "row": 4,
        "field": "Codice fiscale",
        "message": "Il codice fiscale è obbligatorio per i soggetti italiani.",
    }


def test_skip_invalid_and_dry_run(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _xlsx(tmp_path / "s.xlsx", [HEADERS, PRATO, BAD, PONTI])
    assert main(["import", "actors", path, "--db", _url(db), "--skip-invalid", "--dry-run", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["imported"], report["invalid"], len(report["errors"])) == (2, 1, 2)
    assert _names(db) == []
    assert main(["import", "actors", path, "--db", _url(db), "--dry-run"]) == 1
    capsys.readouterr()
    assert main(["import", "actors", path, "--db", _url(db), "--skip-invalid"]) == 0
    assert "Soggetti importati: 2." in capsys.readouterr().out
    assert _names(db) == ["Associazione Ponti", "Comune di Prato"]


def test_refused_files_exit_1_with_an_italian_message(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    renamed = tmp_path / "soggetti.xlsx"
    renamed.write_text("Denominazione;Tipologia;Codice fiscale\n")
    assert main(["import", "actors", str(renamed), "--db", _url(db)]) == 1
    assert "Errore: Il file «soggetti.xlsx» non è una cartella di lavoro Excel" in capsys.readouterr().err
    missing = _xlsx(tmp_path / "m.xlsx", [["Nome", "Tipo"], ["Ente", "Altro"]])
    assert main(["import", "actors", missing, "--db", _url(db), "--json"]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and "mancano le colonne obbligatorie: Codice fiscale" in report["error"]
    assert main(["import", "actors", str(tmp_path / "manca.xlsx"), "--db", _url(db)]) == 1
    assert "non esiste" in capsys.readouterr().err


def test_export_and_reimport(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with db.transaction() as session:
        make_actor(session, name="Attiva", tax_code="01234560017")
        make_actor(session, name="Archiviata", is_archived=True)
    target = tmp_path / "export.xlsx"
    assert main(["export", "actors", str(target), "--db", _url(db), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True, "file": str(target), "exported": 1}
    sheet = openpyxl.load_workbook(target)["Soggetti"]
    assert (sheet.max_row, sheet["A2"].value, sheet["D2"].value) == (2, "Attiva", "01234560017")
    assert main(["export", "actors", str(target), "--archived", "--db", _url(db)]) == 0
    assert "Soggetti esportati: 2" in capsys.readouterr().out
    # Re-importing its own export into the same database only finds duplicates.
    assert main(["import", "actors", str(target), "--db", _url(db), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["imported"], report["duplicates"]) == (0, 2)


def test_export_to_a_bad_name_exits_1(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "actors", str(tmp_path / "soggetti.csv"), "--db", _url(db)]) == 1
    assert "deve terminare con .xlsx" in capsys.readouterr().err


def test_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "modello.xlsx"
    assert main(["template", "actors", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"ok": True, "file": str(target)}
    assert openpyxl.load_workbook(target).sheetnames == ["Soggetti", "Istruzioni"]


@pytest.mark.parametrize("argv", [["import"], ["import", "calls", "x.xlsx"], ["export", "actors"]])
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(argv)
    assert excinfo.value.code == 2
    assert "errore:" in capsys.readouterr().err


def test_no_traceback_for_a_damaged_file(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "rotto.xlsx"
    path.write_bytes(b"PK\x03\x04" + os.urandom(3000))
    done = subprocess.run(
        [sys.executable, "-m", "coop_desktop", "--db", _url(db), "import", "actors", str(path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "Errore: Il file «rotto.xlsx» è danneggiato" in done.stderr
