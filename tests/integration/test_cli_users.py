"""`coop-desktop user …`: add, list, disable, enable, reset-password; exit codes and Italian messages."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from coop_desktop.cli import main
from coop_desktop.db.engine import Database
from coop_desktop.db.models import AuditEntry, User
from coop_desktop.demo_data.users import DEMO_PASSWORD
from coop_desktop.domain.enums import UserRole
from coop_desktop.services.context import SYSTEM
from coop_desktop.services.users import UserService
from tests.helpers.databases import empty_database

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "Xk7-pL9q-Wz"


def _url(db: Database) -> str:
    return db.url.render_as_string(hide_password=False)


Feed = Callable[[str], None]


@pytest.fixture
def stdin(monkeypatch: pytest.MonkeyPatch) -> Feed:
    """Feeds what `--password-stdin` reads."""

    def feed(text: str) -> None:
        monkeypatch.setattr(sys, "stdin", io.StringIO(text))

    return feed


def _users(db: Database) -> dict[str, User]:
    with db.reading() as session:
        return {u.username: u for u in session.scalars(select(User))}


def _add(db: Database, stdin: Feed, username: str, role: str = "istruttore", password: str = PASSWORD) -> int:
    stdin(password + "\n")
    return main(["--db", _url(db), "user", "add", username, "--role", role, "--name", "Mario Rossi",
                 "--password-stdin"])  # fmt: skip


def test_add_with_password_stdin_then_log_in(
    db: Database, stdin: Feed, capsys: pytest.CaptureFixture[str]
) -> None:
    stdin(PASSWORD + "\n")
    code = main(["user", "add", "MRossi", "--role", "Amministratore", "--name", "Mario  Rossi",
                 "--email", "m.rossi@esempio.it", "--password-stdin", "--db", _url(db)])  # fmt: skip
    assert code == 0
    assert capsys.readouterr().out.strip() == "Utente creato: mrossi (Amministratore)."
    stored = _users(db)["mrossi"]
    assert stored.role is UserRole.AMMINISTRATORE and stored.email == "m.rossi@esempio.it"
    assert stored.password_hash and PASSWORD not in stored.password_hash
    assert UserService(db, SYSTEM).authenticate("mrossi", PASSWORD).username == "mrossi"
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "users")).one()
    assert entry.username.startswith("cli:")


def test_add_asks_twice_on_the_terminal(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    answers = iter([PASSWORD, "Diversa-999"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    assert (
        main(["--db", _url(db), "user", "add", "mrossi", "--role", "istruttore", "--name", "Mario Rossi"])
        == 1
    )
    assert "le due password non coincidono" in capsys.readouterr().err
    assert _users(db) == {}

    answers = iter([PASSWORD, PASSWORD])
    assert (
        main(["--db", _url(db), "user", "add", "mrossi", "--role", "istruttore", "--name", "Mario Rossi"])
        == 0
    )
    assert set(_users(db)) == {"mrossi"}


def test_weak_password_is_refused_in_italian(
    db: Database, stdin: Feed, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add(db, stdin, "mrossi", password="corta") == 1
    err = capsys.readouterr().err
    assert err.startswith("Errore: Password: La password deve avere almeno 10 caratteri.")
    assert "almeno tre tipi di caratteri" in err
    assert _users(db) == {}

    stdin("Password2024!\n")
    add = ["user", "add", "mrossi", "--json", "--role", "istruttore", "--name", "Mario Rossi"]
    code = main(["--db", _url(db), *add, "--password-stdin"])
    assert code == 1
    out = json.loads(capsys.readouterr().out)
    assert out == {
        "ok": False,
        "error": "Password: La password è troppo comune o facile da indovinare: scegline un'altra.",
    }


def test_unknown_role_is_a_usage_error(db: Database, stdin: Feed, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        _add(db, stdin, "mrossi", role="capo")
    assert exited.value.code == 2
    assert "scelta non valida: 'capo'" in capsys.readouterr().err


def test_list_json_disable_and_enable(db: Database, stdin: Feed, capsys: pytest.CaptureFixture[str]) -> None:
    assert _add(db, stdin, "admin1", role="amministratore") == 0
    assert _add(db, stdin, "lbianchi", role="VALUTATORE") == 0
    capsys.readouterr()

    assert main(["--db", _url(db), "user", "list", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert listed["ok"] is True
    assert [(u["username"], u["role"], u["active"], u["has_password"]) for u in listed["users"]] == [
        ("admin1", "amministratore", True, True),
        ("lbianchi", "valutatore", True, True),
    ]
    assert "password_hash" not in listed["users"][0]

    assert main(["--db", _url(db), "user", "disable", "LBianchi"]) == 0
    assert capsys.readouterr().out.strip() == "Utente lbianchi disattivato."
    assert not _users(db)["lbianchi"].is_active
    assert main(["--db", _url(db), "user", "list"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].split() == ["Utente", "Nome", "e", "cognome", "Ruolo", "Attivo", "Ultimo", "accesso"]
    assert table[2].split()[:5] == ["lbianchi", "Mario", "Rossi", "Valutatore", "no"]
    assert table[-1] == "Utenti: 2."

    assert main(["--db", _url(db), "user", "enable", "lbianchi", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["user"]["active"] is True


def test_the_last_administrator_cannot_be_disabled(
    db: Database, stdin: Feed, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _add(db, stdin, "admin1", role="amministratore") == 0
    capsys.readouterr()
    assert main(["--db", _url(db), "user", "disable", "admin1"]) == 1
    assert "l'unico amministratore attivo" in capsys.readouterr().err
    assert _users(db)["admin1"].is_active
    assert main(["--db", _url(db), "user", "disable", "nessuno"]) == 1
    assert capsys.readouterr().err.strip() == "Errore: Non esiste un utente «nessuno»."


def test_reset_password(db: Database, stdin: Feed, capsys: pytest.CaptureFixture[str]) -> None:
    assert _add(db, stdin, "lbianchi", role="valutatore") == 0
    stdin("Nuova.Chiave-9\n")
    assert main(["--db", _url(db), "user", "reset-password", "lbianchi", "--password-stdin"]) == 0
    assert "Password di lbianchi reimpostata." in capsys.readouterr().out
    assert UserService(db, SYSTEM).authenticate("lbianchi", "Nuova.Chiave-9").username == "lbianchi"


def test_init_demo_prints_the_demo_accounts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with empty_database(tmp_path) as url:
        assert main(["--db", url.render_as_string(hide_password=False), "init", "--demo"]) == 0
        out = capsys.readouterr().out
        assert f"Account dimostrativi (password per tutti: {DEMO_PASSWORD}):" in out
        assert "emarchetti  Amministratore - Elena Marchetti" in out
        db = Database.open(url)
        try:
            user = UserService(db, SYSTEM).authenticate("emarchetti", DEMO_PASSWORD)
        finally:
            db.close()
        assert user.is_admin


def test_password_from_a_pipe_in_a_real_process(db: Database, tmp_path: Path) -> None:
    """The installed command end to end, with argon2's real parameters."""
    env = {**os.environ, "COOP_DESKTOP_HOME": str(tmp_path)}
    add = ["user", "add", "pconti", "--role", "consultazione", "--name", "Paolo Conti", "--password-stdin"]
    result = subprocess.run(
        [sys.executable, "-m", "coop_desktop", "--db", _url(db), *add],
        input=PASSWORD + "\n",
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "Utente creato: pconti (Consultazione)."
    stored = _users(db)["pconti"].password_hash or ""
    assert stored.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
