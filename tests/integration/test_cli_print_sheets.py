"""`coop-desktop print sheets CODICE_BANDO CARTELLA [--json]`: the files, the summary, the register."""

from __future__ import annotations

import hashlib
import io
import json
import re
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from coop_desktop.cli import main
from coop_desktop.db.engine import Database
from coop_desktop.db.models import GeneratedDocument
from coop_desktop.domain.enums import DocumentKind


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _records(db: Database) -> list[GeneratedDocument]:
    with db.reading() as session:
        return list(session.scalars(select(GeneratedDocument).order_by(GeneratedDocument.id)))


def _numbers(path: Path) -> list[str]:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return [re.findall(r"Pagina \d+ di \d+", page.extract_text() or "")[0] for page in reader.pages]


def test_json_names_the_files_written_and_recorded(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "schede"
    code = main(["print", "sheets", "COOP-2025", str(folder), "--json", "--db", _url(demo_db)])
    assert code == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {
        "files": 17,
        "merged": str(folder / "schede_COOP-2025.pdf"),
        "verbale": str(folder / "verbale_COOP-2025.pdf"),
    }
    sheets = sorted(folder.glob("scheda_*.pdf"))
    assert len(sheets) == 17 and all(re.fullmatch(r"scheda_2025-\d{7}\.pdf", p.name) for p in sheets)
    merged = Path(out["merged"])
    assert len(PdfReader(merged).pages) == sum(len(PdfReader(p).pages) for p in sheets)
    assert _numbers(Path(out["verbale"])) == ["Pagina 1 di 2", "Pagina 2 di 2"]
    records = _records(demo_db)
    assert len(records) == 19
    by_name = {r.file_name: r for r in records}
    for path in [*sheets, merged, Path(out["verbale"])]:
        assert by_name[path.name].sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert (
        sum(r.kind is DocumentKind.SCHEDA_VALUTAZIONE and r.application_id is not None for r in records) == 17
    )
    assert by_name["verbale_COOP-2025.pdf"].kind is DocumentKind.VERBALE


def test_summary_in_italian_and_the_code_in_any_case(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "out"
    assert main(["print", "sheets", "coop-2025", str(folder), "--db", _url(demo_db)]) == 0
    out = capsys.readouterr().out
    assert f"17 schede di valutazione in {folder}" in out
    assert f"PDF unico: {folder / 'schede_COOP-2025.pdf'}" in out
    assert f"Verbale sintetico: {folder / 'verbale_COOP-2025.pdf'}" in out
    assert "Documenti registrati nel registro dei documenti generati: 19." in out


def test_unknown_call(demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["print", "sheets", "NESSUNO", str(tmp_path / "x"), "--json", "--db", _url(demo_db)])
    assert code == 1
    assert json.loads(capsys.readouterr().out) == {
        "ok": False,
        "error": "Non esiste un bando con codice «NESSUNO».",
    }
    assert not (tmp_path / "x").exists()


def test_a_call_still_open_has_nothing_to_print(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["print", "sheets", "COOP-2026", str(tmp_path / "x"), "--db", _url(demo_db)])
    assert code == 1
    err = capsys.readouterr().err
    assert "Errore: Il bando COOP-2026 non ha domande valutate nel merito" in err
    assert _records(demo_db) == []


def test_a_file_where_the_folder_should_be(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "file.txt"
    target.write_text("occupato")
    code = main(["print", "sheets", "COOP-2025", str(target), "--json", "--db", _url(demo_db)])
    assert code == 1
    assert json.loads(capsys.readouterr().out)["error"] == f"{target} non è una cartella."
    assert _records(demo_db) == []


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(["print", "sheets", "COOP-2025"])
    assert raised.value.code == 2
    assert "argomenti obbligatori mancanti" in capsys.readouterr().err
