"""`coop-desktop print letters CODICE_BANDO TIPO CARTELLA [--json]`: a call's letters to its applicants.

TIPO: avvio (every application), integrazioni (requests awaiting an answer), preavviso (the
non-admissible applications, art. 10-bis L. 241/1990), esito (every application of the approved
ranking, each with the letter of its outcome). Writes one PDF per recipient and one merged PDF in
CARTELLA and records each letter in the register of generated documents. The templates are the
office's (Strumenti › Modelli di lettere) or the shipped defaults. `--json` prints
{"ok": true, "files": n, "merged": path}. Exit 0 when written, 1 when refused (unknown call,
nothing to print, no approved ranking for esito, a folder that cannot be written).
"""

from __future__ import annotations

import argparse
import json
from typing import Any


def print_letters_command(args: argparse.Namespace) -> int:
    from coop_desktop.cli import EXIT_OK, _fail, _open
    from coop_desktop.cli_ranking import find_call_id
    from coop_desktop.printing.letters import write_call_letters
    from coop_desktop.services.context import command_line_user
    from coop_desktop.services.errors import ServiceError

    db = _open(args)
    try:
        call_id = find_call_id(db, args.call_code)
        if call_id is None:
            return _fail(args, f"Non esiste un bando con codice «{args.call_code.strip()}».")
        try:
            result = write_call_letters(db, command_line_user(), call_id, args.kind, args.folder)
        except ServiceError as exc:
            return _fail(args, str(exc))
        except OSError as exc:
            reason = exc.strerror or str(exc)
            return _fail(args, f"Impossibile scrivere le lettere nella cartella {args.folder}: {reason}.")
    finally:
        db.close()
    payload: dict[str, Any] = {
        "ok": True,
        "files": len(result.files),
        "merged": None if result.merged is None else str(result.merged),
    }
    if args.json:
        print(json.dumps(payload, ensure_ascii=False))
    else:
        print(f"Scritte {len(result.files)} lettere ({args.kind}) nella cartella {result.folder}.")
        if result.merged is not None:
            print(f"PDF unico da stampare: {result.merged}")
    return EXIT_OK
