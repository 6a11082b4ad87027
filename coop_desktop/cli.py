"""The `coop-desktop` command: no subcommand opens the window, subcommands run headless.

Exit codes: 0 success, 1 validation errors or refused operation (nothing written), 2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from coop_desktop import APP_NAME, __version__

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2


class ItalianArgumentParser(argparse.ArgumentParser):
    """argparse with Italian headings and usage errors reported with exit code 2."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        wants_help = kwargs.pop("add_help", True)
        super().__init__(*args, add_help=False, **kwargs)
        if wants_help:
            self.add_argument("-h", "--help", action="help", help="mostra questo aiuto ed esce")

    def format_usage(self) -> str:
        return super().format_usage().replace("usage:", "uso:", 1)

    def format_help(self) -> str:
        text = super().format_help()
        for english, italian in (
            ("usage:", "uso:"),
            ("options:", "opzioni:"),
            ("positional arguments:", "argomenti:"),
        ):
            text = text.replace(english, italian)
        return text

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        for english, italian in (
            ("the following arguments are required", "argomenti obbligatori mancanti"),
            ("unrecognized arguments", "argomenti non riconosciuti"),
            ("invalid choice", "scelta non valida"),
            ("choose from", "scegli tra"),
            ("expected one argument", "manca il valore"),
        ):
            message = message.replace(english, italian)
        print(f"{self.prog}: errore: {message}", file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def _db_option(parser: argparse.ArgumentParser, default: Any) -> None:
    parser.add_argument(
        "--db",
        metavar="URL_O_PERCORSO",
        default=default,
        help="database da usare: percorso di un file SQLite o URL (es. postgresql+psycopg://…); "
        "altrimenti $COOP_DESKTOP_DB o il file nella cartella dati dell'utente",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = ItalianArgumentParser(
        prog="coop-desktop",
        description=f"{APP_NAME}: bandi, valutazioni e partenariati della cooperazione internazionale.",
    )
    _db_option(parser, None)
    parser.add_argument(
        "--version", action="version", version=f"{APP_NAME} {__version__}", help="mostra la versione ed esce"
    )
    parser.add_argument(
        "--smoke",
        action="store_true",
        help="apre la finestra, attende il primo disegno, stampa i tempi in JSON ed esce",
    )

    # Subcommands also accept --db after their name; SUPPRESS keeps the global value otherwise.
    common = ItalianArgumentParser(add_help=False)
    _db_option(common, argparse.SUPPRESS)
    common.add_argument("--json", action="store_true", help="risultato in JSON")
    sub = parser.add_subparsers(
        dest="command", title="comandi", metavar="COMANDO", parser_class=ItalianArgumentParser
    )

    init = sub.add_parser("init", parents=[common], help="crea o aggiorna il database")
    init.add_argument("--demo", action="store_true", help="carica i dati dimostrativi")

    backup = sub.add_parser(
        "backup",
        parents=[common],
        help="copia il database SQLite in un file",
        description="Copia coerente del database SQLite, anche mentre l'applicazione è aperta. Senza FILE "
        "il backup va nella cartella dei backup (quella scelta nell'applicazione) e se ne conservano "
        "gli ultimi 10 più uno per ogni mese.",
    )
    backup.add_argument("file", metavar="FILE", type=Path, nargs="?", default=None)

    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="sostituisce il database SQLite con un backup",
        description="Ripristina un backup: il file viene prima verificato (database SQLite integro, di "
        "Coop Desktop, non di una versione più recente); il database attuale viene conservato accanto "
        "come <nome>.prima-del-ripristino-AAAAMMGG-HHMMSS.sqlite3.",
    )
    restore.add_argument("file", metavar="FILE", type=Path)
    restore.add_argument("--yes", action="store_true", help="non chiede conferma")

    sub.add_parser("check", parents=[common], help="verifica l'integrità del database")
    audit = sub.add_parser("audit", help="registro delle modifiche")
    audit_actions = audit.add_subparsers(
        dest="action", title="azioni", metavar="AZIONE", required=True, parser_class=ItalianArgumentParser
    )
    audit_actions.add_parser(
        "verify", parents=[common], help="verifica la catena delle impronte e indica il primo anello rotto"
    )
    _exchange_commands(sub, common)
    from coop_desktop.cli_users import add_user_commands

    add_user_commands(sub, common)
    from coop_desktop.cli_ranking import add_ranking_parser

    add_ranking_parser(sub, common)
    from coop_desktop.cli_print import add_print_parser

    add_print_parser(sub, common, ItalianArgumentParser)
    return parser


def _kinds(sub: Any, name: str, help_text: str) -> Any:
    """`COMANDO TIPO`: import, export and template take the kind of data next (actors, later calls…)."""
    verb = sub.add_parser(name, help=help_text)
    return verb.add_subparsers(
        dest="kind", title="tipi di dati", metavar="TIPO", required=True, parser_class=ItalianArgumentParser
    )


def _exchange_commands(sub: Any, common: argparse.ArgumentParser) -> None:
    imports = _kinds(sub, "import", "importa dati da un file Excel (.xlsx)")
    actors_in = imports.add_parser(
        "actors",
        parents=[common],
        help="soggetti: un file .xlsx con le colonne Denominazione, Tipologia, Codice fiscale…",
        description="Importa i soggetti da un file .xlsx. Se una riga contiene errori non viene salvato "
        "nulla (salvo --skip-invalid); i codici fiscali già registrati o ripetuti sono segnalati e saltati.",
    )
    actors_in.add_argument("file", metavar="FILE.xlsx", type=Path)
    actors_in.add_argument(
        "--dry-run", action="store_true", help="controlla il file e riporta l'esito senza salvare nulla"
    )
    actors_in.add_argument(
        "--skip-invalid", action="store_true", help="importa le righe corrette anche se altre hanno errori"
    )
    from coop_desktop.cli_calls import add_import_parsers
    from coop_desktop.cli_scores import add_export_parser, add_import_parser

    add_import_parsers(imports, common)
    add_import_parser(imports, common)

    exports = _kinds(sub, "export", "esporta dati in un file Excel (.xlsx)")
    actors_out = exports.add_parser(
        "actors", parents=[common], help="soggetti non archiviati, con le colonne del modello di importazione"
    )
    actors_out.add_argument("file", metavar="FILE.xlsx", type=Path)
    actors_out.add_argument("--archived", action="store_true", help="include anche i soggetti archiviati")
    add_export_parser(exports, common)

    templates = _kinds(sub, "template", "crea un modello Excel vuoto da compilare e importare")
    actors_tpl = templates.add_parser(
        "actors", parents=[common], help="modello per l'importazione dei soggetti"
    )
    actors_tpl.add_argument("file", metavar="FILE.xlsx", type=Path)


def _emit(args: argparse.Namespace, payload: dict[str, Any], text: str) -> None:
    print(json.dumps(payload, ensure_ascii=False, default=str) if args.json else text)


def _fail(args: argparse.Namespace, message: str, code: int = EXIT_INVALID) -> int:
    if getattr(args, "json", False):
        print(json.dumps({"ok": False, "error": message}, ensure_ascii=False))
    else:
        print(f"Errore: {message}", file=sys.stderr)
    return code


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from coop_desktop.db.schema import open_current

    return open_current(args.db)


def cmd_init(args: argparse.Namespace) -> int:
    db = _open(args)
    loaded: dict[str, int] | None = None
    try:
        if args.demo:
            from coop_desktop.demo import DemoRefused, load_demo_if_absent

            try:
                loaded = load_demo_if_absent(db)
            except DemoRefused as exc:
                return _fail(args, str(exc))
    finally:
        db.close()
    text = f"Database pronto: {db.name}"
    if loaded:
        text += "\nDati dimostrativi caricati: " + ", ".join(f"{n} {what}" for what, n in loaded.items())
    elif args.demo:
        text += "\nI dati dimostrativi erano già presenti."
    payload: dict[str, Any] = {"ok": True, "database": db.name, "demo_loaded": loaded or {}}
    if args.demo:
        from coop_desktop.cli_users import demo_accounts, demo_accounts_text

        text += "\n" + demo_accounts_text()
        payload["demo_accounts"] = demo_accounts()
    _emit(args, payload, text)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from coop_desktop.services.context import command_line_user
    from coop_desktop.services.maintenance import MaintenanceError, MaintenanceService

    db = _open(args)
    try:
        if args.file is None:
            from coop_desktop.services.backups import automatic_backup

            done = automatic_backup(db, user=command_line_user())
            text = f"Backup salvato in {done.path}"
            if done.removed:
                text += f"\nBackup meno recenti rimossi: {len(done.removed)}"
            _emit(args, done.as_dict(), text)
            return EXIT_OK
        target = MaintenanceService(db, command_line_user()).backup(args.file)
    except MaintenanceError as exc:
        return _fail(args, str(exc))
    finally:
        db.close()
    _emit(args, {"ok": True, "backup": str(target)}, f"Backup salvato in {target}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from coop_desktop.db.engine import resolve_url
    from coop_desktop.services.backups import RestoreError, restore
    from coop_desktop.services.context import command_line_user

    # Not opened through the engine: the database may be the damaged file being replaced.
    url = resolve_url(args.db)
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return _fail(args, "Il ripristino riguarda i database SQLite; per PostgreSQL usa pg_restore.")
    database = Path(url.database or "")
    if not args.yes:
        if args.json or not sys.stdin.isatty():
            return _fail(args, "Il ripristino sostituisce il database: conferma con --yes.")
        answer = input(
            f"Il database {database} sarà sostituito da {args.file} "
            "(una copia di quello attuale viene conservata). Continuare? [s/N] "
        )
        if answer.strip().lower() not in ("s", "si", "sì", "y", "yes"):
            print("Ripristino annullato: il database non è stato modificato.")
            return EXIT_INVALID
    try:
        result = restore(database, args.file, user=command_line_user())
    except RestoreError as exc:
        return _fail(args, str(exc))
    lines = [f"Database ripristinato da {result.source}: {result.database}"]
    if result.previous_copy is not None:
        lines.append(f"Il database precedente è conservato in {result.previous_copy}")
    _emit(args, result.as_dict(), "\n".join(lines))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from coop_desktop.db.engine import Database
    from coop_desktop.services.context import command_line_user
    from coop_desktop.services.maintenance import MaintenanceService

    # No migration here: check must report on the database as it is.
    db = Database.open(args.db)
    try:
        report = MaintenanceService(db, command_line_user()).check()
    finally:
        db.close()
    lines = [f"Database: {report.database}", f"Revisione schema: {report.schema_revision or '-'}"]
    lines += [f"- {p}" for p in report.problems] or ["Nessun problema rilevato."]
    _emit(args, report.as_dict(), "\n".join(lines))
    return EXIT_OK if report.ok else EXIT_INVALID


def cmd_audit(args: argparse.Namespace) -> int:
    """`audit verify`: exit 0 when the chain is whole, 1 naming the first broken entry."""
    from coop_desktop.services.audit import AuditService
    from coop_desktop.services.context import command_line_user

    db = _open(args)
    try:
        report = AuditService(db, command_line_user()).verify()
    finally:
        db.close()
    if report.ok:
        text = f"Registro delle modifiche integro: {report.entries} voci verificate."
    else:
        text = f"Registro delle modifiche alterato. {report.problem}"
    _emit(args, report.as_dict(), text)
    return EXIT_OK if report.ok else EXIT_INVALID


def cmd_import_actors(args: argparse.Namespace) -> int:
    from coop_desktop.exchange.actors_import import import_actors
    from coop_desktop.services.errors import ServiceError

    db = _open(args)
    try:
        result = import_actors(db, args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
    except ServiceError as exc:
        return _fail(args, str(exc))
    finally:
        db.close()
    findings: list[Any] = [*result.errors, *result.duplicates]
    lines = [str(f) for f in sorted(findings, key=lambda f: f.row)]
    if result.ignored_columns:
        lines.append("Colonne ignorate: " + ", ".join(f"«{c}»" for c in result.ignored_columns))
    if result.refused:
        lines.append(
            "Prova senza salvataggio: il file contiene righe con errori, l'importazione non salverebbe nulla."
            if args.dry_run
            else "Importazione annullata: correggi le righe indicate (nessun soggetto è stato salvato)."
        )
        lines.append("Con --skip-invalid si importano solo le righe corrette.")
    elif args.dry_run:
        lines.append(f"Prova senza salvataggio: {result.imported} soggetti verrebbero importati.")
    else:
        lines.append(f"Soggetti importati: {result.imported}.")
    lines.append(
        f"Righe lette: {result.rows_read}; duplicati: {len(result.duplicates)}; con errori: {result.invalid}."
    )
    _emit(args, result.as_dict(), "\n".join(lines))
    return EXIT_INVALID if result.refused else EXIT_OK


def cmd_export_actors(args: argparse.Namespace) -> int:
    from coop_desktop.exchange.actors_export import export_actors
    from coop_desktop.services.errors import ServiceError

    db = _open(args)
    try:
        result = export_actors(db, args.file, include_archived=args.archived)
    except ServiceError as exc:
        return _fail(args, str(exc))
    finally:
        db.close()
    payload = {"ok": True, "file": str(result.path), "exported": result.rows}
    _emit(args, payload, f"Soggetti esportati: {result.rows} in {result.path}")
    return EXIT_OK


def cmd_template_actors(args: argparse.Namespace) -> int:
    from coop_desktop.exchange.actors_template import write_actor_template
    from coop_desktop.services.errors import ServiceError

    try:
        path = write_actor_template(args.file)
    except ServiceError as exc:
        return _fail(args, str(exc))
    _emit(args, {"ok": True, "file": str(path)}, f"Modello salvato in {path}")
    return EXIT_OK


def _calls_command(name: str, args: argparse.Namespace) -> int:
    """`import call|applications`, implemented in cli_calls.py."""
    from coop_desktop import cli_calls

    command: Callable[[argparse.Namespace], int] = getattr(cli_calls, name)
    return command(args)


def _scores_command(name: str, args: argparse.Namespace) -> int:
    """`import scores` and `export workbooks`, implemented in cli_scores.py."""
    from coop_desktop import cli_scores

    command: Callable[[argparse.Namespace], int] = getattr(cli_scores, name)
    return command(args)


# `import`, `export` and `template` dispatch on the kind of data; calls, applications… join here.
EXCHANGE: dict[tuple[str, str], Callable[[argparse.Namespace], int]] = {
    ("import", "actors"): cmd_import_actors,
    ("import", "call"): lambda args: _calls_command("cmd_import_call", args),
    ("import", "applications"): lambda args: _calls_command("cmd_import_applications", args),
    ("import", "scores"): lambda args: _scores_command("cmd_import_scores", args),
    ("export", "workbooks"): lambda args: _scores_command("cmd_export_workbooks", args),
    ("export", "actors"): cmd_export_actors,
    ("template", "actors"): cmd_template_actors,
}


def cmd_exchange(args: argparse.Namespace) -> int:
    return EXCHANGE[(args.command, args.kind)](args)


def cmd_user(args: argparse.Namespace) -> int:
    """`user add|list|disable|enable|reset-password`, implemented in cli_users.py."""
    from coop_desktop.cli_users import cmd_user as run_user_command

    return run_user_command(args)


def cmd_ranking(args: argparse.Namespace) -> int:
    """`ranking CODICE_BANDO [--json] [--xlsx FILE]`, implemented in cli_ranking.py."""
    from coop_desktop.cli_ranking import cmd_ranking as run_ranking_command

    return run_ranking_command(args)


def cmd_print(args: argparse.Namespace) -> int:
    """`print annex|sheets|letters …`, dispatched by cli_print.py."""
    from coop_desktop.cli_print import cmd_print as run_print_command

    return run_print_command(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "init": cmd_init,
    "backup": cmd_backup,
    "restore": cmd_restore,
    "check": cmd_check,
    "audit": cmd_audit,
    "import": cmd_exchange,
    "export": cmd_exchange,
    "template": cmd_exchange,
    "user": cmd_user,
    "ranking": cmd_ranking,
    "print": cmd_print,
}


def main(argv: Sequence[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(list(argv))
    if args.command is None:
        from coop_desktop.app import run

        return run(args.db, smoke=args.smoke)
    from sqlalchemy.exc import DatabaseError

    from coop_desktop.db.schema import SchemaError

    try:
        return COMMANDS[args.command](args)
    except SchemaError as exc:
        return _fail(args, str(exc))
    except DatabaseError as exc:
        return _fail(args, f"operazione non riuscita sul database ({exc.orig}).")
