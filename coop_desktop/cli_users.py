"""`coop-desktop user …`: the administrator's account commands, registered by cli.py.

The command line acts as `command_line_user()` (administrator rights, named "cli:<login>" in the
audit trail). Passwords are read from the terminal twice (getpass), or once from standard input with
`--password-stdin` for scripts: never from the command line, where other users could read them.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from collections.abc import Callable
from datetime import UTC
from typing import TYPE_CHECKING, Any

from coop_desktop.cli import EXIT_INVALID, EXIT_OK, ItalianArgumentParser, _emit, _fail, _open
from coop_desktop.domain.enums import UserRole

if TYPE_CHECKING:
    from coop_desktop.services.errors import ValidationErrors

ROLES = [role.value for role in UserRole]


def _role(text: str) -> str:
    """The Italian role code in any case; argparse's choices then reject anything else."""
    return text.strip().lower()


def add_user_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    user = sub.add_parser("user", help="gestisce gli account degli utenti (amministratore)")
    actions = user.add_subparsers(
        dest="action", title="azioni", metavar="AZIONE", required=True, parser_class=ItalianArgumentParser
    )

    add = actions.add_parser(
        "add",
        parents=[common],
        help="crea un utente",
        description="Crea un utente attivo. La password si digita due volte (non compare a schermo) "
        "o si legge da standard input con --password-stdin.",
    )
    add.add_argument("username", metavar="USERNAME", help="3-64 tra lettere, cifre e . _ -")
    add.add_argument("--role", required=True, type=_role, choices=ROLES, help="ruolo: " + ", ".join(ROLES))
    add.add_argument("--name", required=True, metavar="NOME", help="nome e cognome")
    add.add_argument("--email", default="", metavar="EMAIL", help="indirizzo e-mail")
    _password_option(add)

    actions.add_parser("list", parents=[common], help="elenca gli utenti")

    for name, help_text in (("disable", "disattiva un utente"), ("enable", "riattiva un utente")):
        toggle = actions.add_parser(name, parents=[common], help=help_text)
        toggle.add_argument("username", metavar="USERNAME")

    reset = actions.add_parser(
        "reset-password", parents=[common], help="imposta una nuova password e sblocca l'account"
    )
    reset.add_argument("username", metavar="USERNAME")
    _password_option(reset)


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="legge la password dalla prima riga dello standard input invece di chiederla",
    )


class _PasswordMismatch(Exception):
    pass


def _read_password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Ripeti la password: ") != first:
        raise _PasswordMismatch
    return first


def _service(db: Any) -> Any:
    from coop_desktop.services.context import command_line_user
    from coop_desktop.services.users import UserService

    return UserService(db, command_line_user())


def _yes_no(flag: bool) -> str:
    return "sì" if flag else "no"


def cmd_user_add(args: argparse.Namespace) -> int:
    try:
        password = _read_password(args)
    except _PasswordMismatch:
        return _fail(args, "le due password non coincidono: nessun utente creato.")
    db = _open(args)
    try:
        row = _service(db).create_user(args.username, args.name, UserRole(args.role), args.email, password)
    finally:
        db.close()
    _emit(args, {"ok": True, "user": row.as_dict()}, f"Utente creato: {row.username} ({row.role_label}).")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        rows = _service(db).list_users()
    finally:
        db.close()
    table = [("Utente", "Nome e cognome", "Ruolo", "Attivo", "Ultimo accesso")]
    for r in rows:
        # Stored in UTC (db/models/base.py): shown in the computer's time zone.
        last = r.last_login_at.replace(tzinfo=UTC).astimezone() if r.last_login_at else None
        active = _yes_no(r.is_active) + ("" if r.has_password else " (senza password)")
        table.append(
            (r.username, r.full_name, r.role_label, active, last.strftime("%d/%m/%Y %H:%M") if last else "-")
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in table]
    lines.append(f"Utenti: {len(rows)}.")
    _emit(args, {"ok": True, "users": [r.as_dict() for r in rows]}, "\n".join(lines))
    return EXIT_OK


def _set_active(args: argparse.Namespace, active: bool) -> int:
    db = _open(args)
    try:
        service = _service(db)
        row = service.set_active(service.find_user(args.username).id, active)
    finally:
        db.close()
    text = f"Utente {row.username} {'riattivato' if active else 'disattivato'}."
    _emit(args, {"ok": True, "user": row.as_dict()}, text)
    return EXIT_OK


def cmd_user_disable(args: argparse.Namespace) -> int:
    return _set_active(args, False)


def cmd_user_enable(args: argparse.Namespace) -> int:
    return _set_active(args, True)


def cmd_user_reset_password(args: argparse.Namespace) -> int:
    db = _open(args)
    try:
        service = _service(db)
        row = service.find_user(args.username)  # before asking: an unknown name needs no password
        try:
            password = _read_password(args)
        except _PasswordMismatch:
            return _fail(args, "le due password non coincidono: la password non è stata cambiata.")
        service.reset_password(row.id, password)
    finally:
        db.close()
    _emit(args, {"ok": True, "user": row.username}, f"Password di {row.username} reimpostata.")
    return EXIT_OK


def demo_accounts() -> list[dict[str, str]]:
    from coop_desktop.demo_data.users import DEMO_PASSWORD, USERS

    return [
        {"username": username, "full_name": full_name, "role": role.value, "password": DEMO_PASSWORD}
        for username, full_name, role in USERS
    ]


def demo_accounts_text() -> str:
    """What `init --demo` prints so that a newcomer can log in."""
    from coop_desktop.demo_data.users import DEMO_PASSWORD, USERS

    width = max(len(username) for username, _name, _role in USERS)
    lines = [f"Account dimostrativi (password per tutti: {DEMO_PASSWORD}):"]
    lines += [f"  {username.ljust(width)}  {role.label} - {name}" for username, name, role in USERS]
    return "\n".join(lines)


USER_COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "add": cmd_user_add,
    "list": cmd_user_list,
    "disable": cmd_user_disable,
    "enable": cmd_user_enable,
    "reset-password": cmd_user_reset_password,
}


def validation_text(errors: ValidationErrors) -> str:
    """ "Password: first problem. Second problem." — one label per field, however many messages."""
    from coop_desktop.services.users import FIELD_LABELS

    by_field: dict[str, list[str]] = {}
    for error in errors.errors:
        by_field.setdefault(error.field, []).append(error.message)
    return "; ".join(f"{FIELD_LABELS.get(f, f)}: {' '.join(messages)}" for f, messages in by_field.items())


def cmd_user(args: argparse.Namespace) -> int:
    from coop_desktop.services.errors import ServiceError, ValidationErrors

    try:
        return USER_COMMANDS[args.action](args)
    except ValidationErrors as exc:
        return _fail(args, validation_text(exc), EXIT_INVALID)
    except ServiceError as exc:
        return _fail(args, str(exc), EXIT_INVALID)
