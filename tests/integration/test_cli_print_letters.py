"""`coop-desktop print letters CODICE_BANDO TIPO CARTELLA [--json]`: files, JSON, refusals, exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pypdf
import pytest
from sqlalchemy import select

from coop_desktop.cli import main
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Call
from coop_desktop.services.documents import DocumentRegister
from tests.helpers.users import ADMIN


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, Any]:
    code = main(argv)
    return code, json.loads(capsys.readouterr().out)


def test_outcome_letters_of_the_approved_ranking(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "esiti"
    code, payload = _json(
        ["print", "letters", "COOP-2025", "esito", str(folder), "--json", "--db", _url(demo_db)], capsys
    )
    assert code == 0
    assert payload == {
        "ok": True,
        "files": 20,
        "merged": str(folder / "esito_COOP-2025_tutte_le_lettere.pdf"),
    }
    assert len(list(folder.glob("esito_2025-*.pdf"))) == 20
    merged = pypdf.PdfReader(payload["merged"])
    assert len(merged.pages) == 20
    assert "€ 40.000,00" in (merged.pages[0].extract_text() or "")
    with demo_db.reading() as session:
        call_id = session.scalar(select(Call.id).where(Call.code == "COOP-2025"))
    assert call_id is not None and len(DocumentRegister(demo_db, ADMIN).for_call(call_id)) == 20


def test_requests_for_documents_in_plain_text(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["print", "letters", "coop-2026", "integrazioni", str(tmp_path), "--db", _url(demo_db)]) == 0
    out = capsys.readouterr().out
    assert f"Scritte 2 lettere (integrazioni) nella cartella {tmp_path}." in out
    assert f"PDF unico da stampare: {tmp_path / 'integrazioni_COOP-2026_tutte_le_lettere.pdf'}" in out
    assert len(list(tmp_path.glob("integrazioni_2026-*.pdf"))) == 2


@pytest.mark.parametrize(
    ("code", "kind", "message"),
    [
        ("NESSUNO", "avvio", "Non esiste un bando con codice «NESSUNO»."),
        ("COOP-2026", "esito", "Il bando COOP-2026 non ha una graduatoria approvata con decreto"),
        ("COOP-2026", "preavviso", "Nel bando COOP-2026 nessuna domanda è non ammissibile"),
    ],
)
def test_refusals_say_why_in_italian(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str], code: str, kind: str, message: str
) -> None:
    exit_code, payload = _json(
        ["print", "letters", code, kind, str(tmp_path / "x"), "--json", "--db", _url(demo_db)], capsys
    )
    assert exit_code == 1 and payload["ok"] is False and payload["error"].startswith(message)
    assert not (tmp_path / "x").exists()


def test_an_unwritable_folder_is_refused(
    demo_db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("non una cartella")
    assert (
        main(["print", "letters", "COOP-2026", "avvio", str(blocker / "sotto"), "--db", _url(demo_db)]) == 1
    )
    assert "Impossibile scrivere le lettere nella cartella" in capsys.readouterr().err


def test_an_unknown_kind_is_a_usage_error(demo_db: Database, tmp_path: Path) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["print", "letters", "COOP-2026", "sollecito", str(tmp_path), "--db", _url(demo_db)])
    assert caught.value.code == 2
