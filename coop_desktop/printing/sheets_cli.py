"""`coop-desktop print sheets CODICE_BANDO CARTELLA [--json]`: the call's evaluation sheets and verbale.

Writes into CARTELLA one `scheda_<protocollo>.pdf` per application evaluated on its merits, all of
them in ranking order in `schede_<codice>.pdf`, and the committee's `verbale_<codice>.pdf`; every file
is recorded in the register of documents. Prints a summary, or with --json
{"files": n, "merged": path, "verbale": path}. Acts as `command_line_user()`. Exit 0 when written,
1 when the call does not exist, has nothing to print or the folder cannot be written.
"""

from __future__ import annotations

import argparse
import json

from coop_desktop.cli import EXIT_OK, _fail, _open


def print_sheets_command(args: argparse.Namespace) -> int:
    from coop_desktop.cli_ranking import find_call_id
    from coop_desktop.printing.evaluation_sheets import write_call_sheets
    from coop_desktop.services.context import command_line_user
    from coop_desktop.services.errors import ServiceError

    db = _open(args)
    try:
        call_id = find_call_id(db, args.call_code)
        if call_id is None:
            return _fail(args, f"Non esiste un bando con codice «{args.call_code.strip()}».")
        folder = args.folder.expanduser()
        if folder.exists() and not folder.is_dir():
            return _fail(args, f"{folder} non è una cartella.")
        try:
            result = write_call_sheets(db, command_line_user(), call_id, folder)
        except ServiceError as exc:
            return _fail(args, str(exc))
        except OSError as exc:
            return _fail(args, f"Impossibile scrivere in {folder}: {exc.strerror or exc}.")
    finally:
        db.close()
    merged = None if result.merged is None else str(result.merged)
    verbale = None if result.verbale is None else str(result.verbale)
    if args.json:
        print(
            json.dumps({"files": len(result.files), "merged": merged, "verbale": verbale}, ensure_ascii=False)
        )
    else:
        count = len(result.files)
        lines = [
            f"{count} {'scheda' if count == 1 else 'schede'} di valutazione in {result.folder}",
            f"PDF unico: {merged}",
            f"Verbale sintetico: {verbale}",
            f"Documenti registrati nel registro dei documenti generati: {result.recorded}.",
        ]
        print("\n".join(lines))
    return EXIT_OK
