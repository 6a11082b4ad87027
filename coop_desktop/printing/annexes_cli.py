"""`coop-desktop print annex CODICE_BANDO FILE.pdf [--xlsx FILE.xlsx] [--json]`: the decree annexes.

Writes Allegati A, B and C of the call's ranking (the approved one; a complete ranking not yet approved
prints as a marked draft) to FILE.pdf, recorded in the register of documents, and with --xlsx the
same annexes as a workbook. --json prints {"pdf", "xlsx", "funded", "granted"}. Exit 0 when written,
1 when refused (unknown call, provisional ranking, no applications, file not writable).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from coop_desktop.cli import EXIT_OK, _fail, _open


def _writable(path: Path, suffix: str) -> str | None:
    if path.suffix.lower() != suffix:
        return f"Il file «{path}» deve avere l'estensione {suffix}."
    if path.is_dir():
        return f"«{path}» è una cartella: indica il nome del file da scrivere."
    if not path.parent.is_dir():
        return f"La cartella «{path.parent}» non esiste."
    return None


def print_annex_command(args: argparse.Namespace) -> int:
    from coop_desktop.cli_ranking import find_call_id
    from coop_desktop.domain.formatting import format_money
    from coop_desktop.exchange.annex_export import write_annex_workbook
    from coop_desktop.printing.annexes import load_annex_data, save_annex_pdf
    from coop_desktop.services.context import command_line_user
    from coop_desktop.services.errors import ServiceError

    pdf_path: Path = args.file.expanduser()
    xlsx_path: Path | None = None if args.xlsx is None else args.xlsx.expanduser()
    problem = _writable(pdf_path, ".pdf")
    if problem is None and xlsx_path is not None:
        problem = _writable(xlsx_path, ".xlsx")
    if problem is not None:
        return _fail(args, problem)
    db = _open(args)
    try:
        call_id = find_call_id(db, args.call_code)
        if call_id is None:
            return _fail(args, f"Non esiste un bando con codice «{args.call_code.strip()}».")
        user = command_line_user()
        data = load_annex_data(db, user, call_id)
        written = save_annex_pdf(db, user, data, pdf_path)
        workbook = None if xlsx_path is None else write_annex_workbook(data, xlsx_path)
    except ServiceError as exc:
        return _fail(args, str(exc))
    except OSError as exc:
        return _fail(args, f"Impossibile scrivere il file: {exc.strerror or exc}.")
    finally:
        db.close()
    funded = len(data.funded)
    if args.json:
        payload = {
            "pdf": str(written),
            "xlsx": None if workbook is None else str(workbook),
            "funded": funded,
            "granted": f"{data.granted:.2f}",
        }
        print(json.dumps(payload, ensure_ascii=False))
        return EXIT_OK
    lines = []
    if data.draft:
        lines.append("ATTENZIONE: graduatoria non ancora approvata, gli allegati sono una BOZZA.")
    lines.append(f"Allegati al decreto del bando {data.call_code} salvati in {written}")
    if workbook is not None:
        lines.append(f"Allegati in Excel salvati in {workbook}")
    lines.append(
        f"Domande finanziate: {funded}; contributi concessi {format_money(data.granted)}; "
        f"residuo {format_money(data.remaining)}."
    )
    print("\n".join(lines))
    return EXIT_OK
