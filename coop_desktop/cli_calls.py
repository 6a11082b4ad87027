"""`coop-desktop import call|applications …`: calls and their applications from Excel, registered by cli.py.

The command line acts as `command_line_user()` (administrator rights, named "cli:<login>" in the
audit trail). Exit 0 when the file was imported (or, with --dry-run, would be), 1 when rows have
errors or the file is refused (nothing written).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coop_desktop.cli import EXIT_INVALID, EXIT_OK, _emit, _fail, _open


def add_import_parsers(imports: Any, common: argparse.ArgumentParser) -> None:
    """The `call` and `applications` kinds of `coop-desktop import`."""
    call_in = imports.add_parser(
        "call",
        parents=[common],
        help="un bando: fogli «Bando» (Campo | Valore), «Criteri» e «Commissione»",
        description="Crea un bando in bozza da un file .xlsx con i fogli «Bando» (due colonne, Campo | "
        "Valore: Codice, Titolo, Anno, Dotazione, Contributo massimo, Cofinanziamento minimo %, Soglia "
        "minima, Finanziamento parziale ultimo (sì/no), Apertura, Scadenza), «Criteri» (Codice, "
        "Descrizione, Punteggio massimo, Soglia minima, Ordine spareggio) e «Commissione» (Username, "
        "Nome, Email). I componenti senza account diventano valutatori senza password. Se il file "
        "contiene errori non viene salvato nulla.",
    )
    call_in.add_argument("file", metavar="FILE.xlsx", type=Path)
    call_in.add_argument(
        "--dry-run", action="store_true", help="controlla il file e riporta l'esito senza salvare nulla"
    )

    apps_in = imports.add_parser(
        "applications",
        parents=[common],
        help="domande di un bando: Protocollo, Data protocollo, Codice fiscale capofila, Titolo…",
        description="Registra le domande di un bando aperto o chiuso da un file .xlsx con le colonne "
        "Protocollo, Data protocollo, Codice fiscale capofila, Titolo, Paese, Ambito (facoltativo), Costo "
        "totale, Contributo richiesto, Partner (facoltativo: codici fiscali separati da «;»). Se una riga "
        "contiene errori non viene salvato nulla; le domande importate passano subito i controlli "
        "automatici dell'istruttoria formale.",
    )
    apps_in.add_argument("call_code", metavar="CODICE_BANDO")
    apps_in.add_argument("file", metavar="FILE.xlsx", type=Path)
    apps_in.add_argument(
        "--dry-run", action="store_true", help="controlla il file e riporta l'esito senza salvare nulla"
    )


def cmd_import_call(args: argparse.Namespace) -> int:
    from coop_desktop.exchange.call_import import import_call
    from coop_desktop.services.context import command_line_user
    from coop_desktop.services.errors import ServiceError

    db = _open(args)
    try:
        result = import_call(db, args.file, command_line_user(), dry_run=args.dry_run)
    except ServiceError as exc:
        return _fail(args, str(exc))
    finally:
        db.close()
    lines = [str(e) for e in result.errors]
    lines += [f"Ignorato: {item}" for item in result.ignored]
    if result.refused:
        lines.append(
            "Prova senza salvataggio: il file contiene errori, l'importazione non salverebbe nulla."
            if args.dry_run
            else "Importazione annullata: correggi gli errori indicati (nessun dato è stato salvato)."
        )
    else:
        what = (
            f"«{result.code}» ({result.title}): {result.criteria} criteri, {result.documents} documenti "
            f"richiesti, {result.committee} componenti della commissione"
        )
        if args.dry_run:
            lines.append(f"Prova senza salvataggio: verrebbe creato il bando {what}.")
        else:
            lines.append(f"Bando creato in bozza: {what}.")
        if result.created_users:
            verb = "verrebbero creati" if args.dry_run else "creati"
            lines.append(
                f"Valutatori {verb} senza password (l'amministratore imposterà la password): "
                + ", ".join(result.created_users)
            )
    _emit(args, result.as_dict(), "\n".join(lines))
    return EXIT_INVALID if result.refused else EXIT_OK


def cmd_import_applications(args: argparse.Namespace) -> int:
    from coop_desktop.exchange.applications_import import import_applications
    from coop_desktop.services.context import command_line_user
    from coop_desktop.services.errors import ServiceError

    db = _open(args)
    try:
        result = import_applications(db, args.call_code, args.file, command_line_user(), dry_run=args.dry_run)
    except ServiceError as exc:
        return _fail(args, str(exc))
    finally:
        db.close()
    lines = [str(e) for e in result.errors]
    if result.ignored_columns:
        lines.append("Colonne ignorate: " + ", ".join(f"«{c}»" for c in result.ignored_columns))
    if result.refused:
        lines.append(
            "Prova senza salvataggio: il file contiene righe con errori, l'importazione non salverebbe nulla."
            if args.dry_run
            else "Importazione annullata: correggi le righe indicate (nessuna domanda è stata salvata)."
        )
    elif args.dry_run:
        lines.append(
            f"Prova senza salvataggio: {result.imported} domande verrebbero importate "
            f"nel bando {result.call_code}."
        )
    else:
        lines.append(f"Domande importate nel bando {result.call_code}: {result.imported}.")
        summary = result.admissibility
        if summary is not None:
            lines.append(
                f"Istruttoria formale: {summary.admissible} ammissibili, {summary.not_admissible} non "
                f"ammissibili, {summary.pending} da completare (documenti da verificare)."
            )
    lines.append(f"Righe lette: {result.rows_read}; con errori: {result.invalid}.")
    _emit(args, result.as_dict(), "\n".join(lines))
    return EXIT_INVALID if result.refused else EXIT_OK
