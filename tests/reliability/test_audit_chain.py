"""Tampering with the audit trail is detected: `coop-desktop audit verify` names the first broken link."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import delete, select, update

from coop_desktop.cli import main
from coop_desktop.db.engine import Database
from coop_desktop.db.models import AuditEntry


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


def _ids(db: Database) -> list[int]:
    with db.reading() as session:
        return list(session.scalars(select(AuditEntry.id).order_by(AuditEntry.id)))


def test_untouched_demo_trail_verifies(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["audit", "verify", "--db", _url(demo_db)]) == 0
    assert "Registro delle modifiche integro" in capsys.readouterr().out


def test_edited_entry_is_reported(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _ids(demo_db)
    victim = ids[len(ids) // 2]
    with demo_db.engine.begin() as conn:
        conn.execute(update(AuditEntry).where(AuditEntry.id == victim).values(username="qualcun_altro"))
    assert main(["audit", "verify", "--json", "--db", _url(demo_db)]) == 1
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["broken_at"] == victim
    assert f"Voce {victim}" in report["problem"]


def test_deleted_entry_is_reported_at_the_next(demo_db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _ids(demo_db)
    with demo_db.engine.begin() as conn:
        conn.execute(delete(AuditEntry).where(AuditEntry.id == ids[3]))
    assert main(["audit", "verify", "--db", _url(demo_db)]) == 1
    out = capsys.readouterr().out
    assert "alterato" in out and f"Voce {ids[4]}" in out
