"""`coop-desktop print annex CODICE_BANDO FILE.pdf [--xlsx FILE.xlsx] [--json]`: files, JSON, refusals."""

from __future__ import annotations

import io
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from pypdf import PdfReader
from sqlalchemy import select

from coop_desktop.cli import main
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Call, GeneratedDocument
from coop_desktop.domain.enums import DocumentKind
from coop_desktop.services.documents import sha256_of


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


def test_json_names_the_files_and_the_funded_total(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf, xlsx = tmp_path / "allegati.pdf", tmp_path / "allegati.xlsx"
    argv = ["print", "annex", "COOP-2025", str(pdf), "--xlsx", str(xlsx), "--json", "--db", _url(demo_db)]
    code, payload = _json(argv, capsys)
    assert code == 0
    assert payload == {"pdf": str(pdf), "xlsx": str(xlsx), "funded": 9, "granted": "300000.00"}
    reader = PdfReader(io.BytesIO(pdf.read_bytes()))
    assert len(reader.pages) == 3
    first = reader.pages[0].extract_text()
    assert "ALLEGATO A" in first and "€ 300.000,00" in first and "Pagina 1 di 1" in first
    assert openpyxl.load_workbook(xlsx).sheetnames == ["Allegato A", "Allegato B", "Allegato C"]
    with demo_db.reading() as session:
        recorded = session.execute(
            select(GeneratedDocument.file_name, GeneratedDocument.sha256, Call.code)
            .join(Call, Call.id == GeneratedDocument.call_id)
            .where(GeneratedDocument.kind == DocumentKind.ALLEGATO)
        ).all()
    assert [tuple(r) for r in recorded] == [("allegati.pdf", sha256_of(pdf.read_bytes()), "COOP-2025")]


def test_text_output_and_no_workbook_unless_asked(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "stampe"
    out_dir.mkdir()
    pdf = out_dir / "allegati.pdf"
    assert main(["print", "annex", "coop-2025", str(pdf), "--db", _url(demo_db)]) == 0
    out = capsys.readouterr().out
    assert f"Allegati al decreto del bando COOP-2025 salvati in {pdf}" in out
    assert "Domande finanziate: 9; contributi concessi € 300.000,00; residuo € 0,00." in out
    assert "Excel" not in out and list(out_dir.iterdir()) == [pdf]
    code, payload = _json(["print", "annex", "COOP-2025", str(pdf), "--json", "--db", _url(demo_db)], capsys)
    assert code == 0 and payload["xlsx"] is None and Decimal(payload["granted"]) == Decimal("300000")


def test_a_provisional_ranking_is_refused(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pdf = tmp_path / "allegati.pdf"
    code, payload = _json(["print", "annex", "COOP-2026", str(pdf), "--json", "--db", _url(demo_db)], capsys)
    assert code == 1 and payload["ok"] is False
    assert payload["error"].startswith("La graduatoria del bando COOP-2026 è provvisoria")
    assert not pdf.exists()


def test_unknown_call_and_unwritable_targets(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = _url(demo_db)
    out = tmp_path / "stampe"
    out.mkdir()
    code, payload = _json(["print", "annex", "NESSUNO", str(out / "a.pdf"), "--json", "--db", url], capsys)
    assert (code, payload) == (1, {"ok": False, "error": "Non esiste un bando con codice «NESSUNO»."})
    missing = out / "manca" / "a.pdf"
    assert main(["print", "annex", "COOP-2025", str(missing), "--db", url]) == 1
    assert f"La cartella «{missing.parent}» non esiste." in capsys.readouterr().err
    assert main(["print", "annex", "COOP-2025", str(out / "a.txt"), "--db", url]) == 1
    assert "deve avere l'estensione .pdf" in capsys.readouterr().err
    xlsx = out / "a.csv"
    assert main(["print", "annex", "COOP-2025", str(out / "a.pdf"), "--xlsx", str(xlsx), "--db", url]) == 1
    assert "deve avere l'estensione .xlsx" in capsys.readouterr().err
    assert list(out.iterdir()) == []


def test_usage_error_without_the_file(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["print", "annex", "COOP-2025"])
    assert exit_info.value.code == 2
    assert "FILE.pdf" in capsys.readouterr().err
