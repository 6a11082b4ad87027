"""`coop-desktop import scores …` and `export workbooks …`: scores from Excel and the evaluators'
offline workbooks, registered by cli.py.

The command line acts as `command_line_user()` (administrator rights, named "cli:<login>" in the
audit trail). `import scores` exits 0 when the file was imported (or, with --dry-run, would be), 1
when rows have errors or the file is refused (nothing written).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from coop_desktop.cli import EXIT_INVALID, EXIT_OK, _emit, _fail, _open
from coop_desktop.domain.formatting import format_number


def add_import_parser(imports: Any, common: argparse.ArgumentParser) -> None:
    """The `scores` kind of `coop-desktop import`."""
    scores_in = imports.add_parser(
        "scores",
        parents=[common],
        help="punteggi di un bando: foglio Protocollo, Valutatore, Criterio, Punteggio, Note, o la "
        "cartella di lavoro di un valutatore",
        description="Importa i punteggi di un bando in valutazione da un file .xlsx: un foglio con le "
        "colonne Protocollo, Valutatore (nome utente), Criterio (codice), Punteggio e Note, oppure la "
        "cartella di lavoro compilata da un valutatore (esportata con «export workbooks»). I punteggi "
        "importati valgono come schede inviate; le assegnazioni mancanti vengono create. Se una riga "
        "contiene errori non viene salvato nulla; importare due volte lo stesso file non cambia nulla.",
    )
    scores_in.add_argument("call_code", metavar="CODICE_BANDO")
    scores_in.add_argument("file", metavar="FILE.xlsx", type=Path)
    scores_in.add_argument(
        "--dry-run", action="store_true", help="controlla il file e riporta l'esito senza salvare nulla"
    )


def add_export_parser(exports: Any, common: argparse.ArgumentParser) -> None:
    """The `workbooks` kind of `coop-desktop export`."""
    books_out = exports.add_parser(
        "workbooks",
        parents=[common],
        help="cartelle di lavoro dei valutatori di un bando, da compilare senza l'applicazione",
        description="Esporta nella CARTELLA una cartella di lavoro .xlsx per ogni componente della "
        "commissione con domande da valutare (CODICE_username.xlsx): dichiarazione di assenza di "
        "conflitti di interessi, un foglio per domanda con la sintesi e la griglia da compilare.",
    )
    books_out.add_argument("call_code", metavar="CODICE_BANDO")
    books_out.add_argument("folder", metavar="CARTELLA", type=Path)
    books_out.add_argument(
        "--evaluator", metavar="USERNAME", help="solo la cartella di lavoro di questo valutatore"
    )


def _points(value: Any) -> str:
    return "—" if value is None else format_number(value, 1 if value % 1 else 0)


def _plan_lines(plan: Any) -> list[str]:
    lines = []
    for change in plan.changes:
        before = "" if change.is_new else f"{_points(change.old_points)} → "
        comment = ""
        if (change.old_comment or None) != change.new_comment and not change.is_new:
            comment = " (commento modificato)"
        lines.append(
            f"{change.protocol_number} · {change.evaluator} · {change.criterion}: "
            f"{before}{_points(change.new_points)}{comment}"
        )
    for form in plan.created_assignments:
        lines.append(f"Nuova assegnazione: domanda {form.protocol_number} a {form.evaluator}.")
    if plan.submitted_forms:
        lines.append(
            "Schede inviate: "
            + ", ".join(f"{f.protocol_number} ({f.evaluator})" for f in plan.submitted_forms)
        )
    if plan.fully_scored:
        lines.append("Domande con tutte le schede inviate: " + ", ".join(plan.fully_scored))
    if plan.skipped_sheets:
        lines.append("Fogli lasciati vuoti, non importati: " + ", ".join(plan.skipped_sheets))
    if plan.ignored_columns:
        lines.append("Colonne ignorate: " + ", ".join(f"«{c}»" for c in plan.ignored_columns))
    return lines


def _summary(plan: Any) -> str:
    return (
        f"punteggi cambiati {len(plan.changes)}, schede inviate {len(plan.submitted_forms)}, "
        f"assegnazioni create {len(plan.created_assignments)}, domande con tutte le schede inviate "
        f"{len(plan.fully_scored)}"
    )


def cmd_import_scores(args: argparse.Namespace) -> int:
    from coop_desktop.services.context import command_line_user
    from coop_desktop.services.errors import ServiceError
    from coop_desktop.services.score_import import ScoreImportRefused, ScoreImportService, find_call

    db = _open(args)
    try:
        call_id = find_call(db, args.call_code)
        service = ScoreImportService(db, command_line_user())
        plan = service.preview(call_id, args.file)
        written = False
        if not plan.refused and not args.dry_run and plan.has_changes:
            try:
                written = service.apply(call_id, plan).written
            except ScoreImportRefused as refused:  # someone changed the data since the preview
                plan.errors = refused.errors
    except ServiceError as exc:
        return _fail(args, str(exc))
    finally:
        db.close()
    payload = {**plan.as_dict(), "dry_run": args.dry_run, "written": written}
    if plan.refused:
        lines = [str(e) for e in plan.errors]
        lines.append(
            "Prova senza salvataggio: il file contiene righe con errori, l'importazione non salverebbe nulla."
            if args.dry_run
            else "Importazione annullata: correggi le righe indicate (nessun punteggio è stato salvato)."
        )
        _emit(args, payload, "\n".join(lines))
        return EXIT_INVALID
    lines = _plan_lines(plan)
    if not plan.has_changes:
        lines.append(f"Nessuna modifica: i punteggi del file sono già registrati nel bando {plan.call_code}.")
    elif args.dry_run:
        lines.append(f"Prova senza salvataggio, bando {plan.call_code}: {_summary(plan)}.")
    else:
        lines.append(f"Punteggi importati nel bando {plan.call_code}: {_summary(plan)}.")
    lines.append(f"Righe lette: {plan.rows_read}.")
    _emit(args, payload, "\n".join(lines))
    return EXIT_OK


def cmd_export_workbooks(args: argparse.Namespace) -> int:
    from coop_desktop.exchange.evaluator_workbook import export_evaluator_workbook, export_evaluator_workbooks
    from coop_desktop.services.context import command_line_user
    from coop_desktop.services.errors import ServiceError
    from coop_desktop.services.score_import import find_call

    folder: Path = args.folder
    if not folder.is_dir():
        return _fail(args, f"La cartella «{folder}» non esiste.")
    db = _open(args)
    try:
        call_id = find_call(db, args.call_code)
        user = command_line_user()
        if args.evaluator:
            files = [export_evaluator_workbook(db, user, call_id, args.evaluator, folder)]
        else:
            files = export_evaluator_workbooks(db, user, call_id, folder)
    except ServiceError as exc:
        return _fail(args, str(exc))
    finally:
        db.close()
    if not files:
        return _fail(args, f"Nessun valutatore del bando {args.call_code} ha domande da valutare.")
    lines = [f"Cartelle di lavoro esportate: {len(files)}", *(f"- {f}" for f in files)]
    _emit(args, {"ok": True, "files": [str(f) for f in files]}, "\n".join(lines))
    return EXIT_OK
