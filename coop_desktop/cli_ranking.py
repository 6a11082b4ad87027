"""`coop-desktop ranking CODICE_BANDO [--json] [--xlsx FILE]`: a call's graduatoria, registered by cli.py.

The approved ranking (its latest version) once there is one, otherwise the ranking computed now from
the submitted scores, marked provvisoria while scores are missing. `--json` prints one object per
application; `--xlsx` also writes the sheet the window exports. The command line acts as
`command_line_user()` (administrator rights). Exit 0 when shown, 1 when the call does not exist or
the file cannot be written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coop_desktop.cli import EXIT_OK, _fail, _open

if TYPE_CHECKING:
    from coop_desktop.db.engine import Database
    from coop_desktop.services.rankings import RankingView

_LEAD_WIDTH = 38


def add_ranking_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    ranking = sub.add_parser(
        "ranking",
        parents=[common],
        help="mostra la graduatoria di un bando",
        description="Mostra la graduatoria del bando: quella approvata con decreto (l'ultima versione, "
        "dopo eventuali scorrimenti) oppure, prima dell'approvazione, quella calcolata ora dai punteggi "
        "inviati, segnata come provvisoria se mancano schede di valutazione. Con --json stampa un "
        'elenco di oggetti {"rank", "protocol", "lead", "score", "outcome", "grant", "provisional"}.',
    )
    ranking.add_argument("call_code", metavar="CODICE_BANDO")
    ranking.add_argument(
        "--xlsx", metavar="FILE.xlsx", type=Path, default=None, help="salva anche la graduatoria in Excel"
    )


def find_call_id(db: Database, code: str) -> int | None:
    """The call with this code, also written in another case; None when there is none."""
    from sqlalchemy import func, select

    from coop_desktop.db.models import Call

    code = code.strip()
    with db.reading() as session:
        found = session.scalar(select(Call.id).where(Call.code == code))
        if found is None:
            found = session.scalar(select(Call.id).where(func.upper(Call.code) == code.upper()).limit(1))
        return found


def cmd_ranking(args: argparse.Namespace) -> int:
    from coop_desktop.services.context import command_line_user
    from coop_desktop.services.errors import ServiceError
    from coop_desktop.services.rankings import RankingService

    db = _open(args)
    try:
        call_id = find_call_id(db, args.call_code)
        if call_id is None:
            return _fail(args, f"Non esiste un bando con codice «{args.call_code.strip()}».")
        view = RankingService(db, command_line_user()).current(call_id)
        written = None
        if args.xlsx is not None:
            from coop_desktop.exchange.ranking_export import write_ranking_xlsx

            written = write_ranking_xlsx(view, args.xlsx)
    except ServiceError as exc:
        return _fail(args, str(exc))
    finally:
        db.close()
    if args.json:
        print(json.dumps(view.as_json(), ensure_ascii=False))
        if written is not None:
            print(f"Graduatoria salvata in {written}", file=sys.stderr)
    else:
        print(ranking_text(view))
        if written is not None:
            print(f"\nGraduatoria salvata in {written}")
    return EXIT_OK


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def ranking_text(view: RankingView) -> str:
    """The ranking as a plain-text table for the terminal, in Italian."""
    from coop_desktop.domain.formatting import format_money, format_number
    from coop_desktop.exchange.ranking_export import PROVISIONAL_MARK, PROVISIONAL_TEXT, title_lines

    lines = title_lines(view)
    if view.provisional:
        lines += [f"*** {PROVISIONAL_MARK} ***", PROVISIONAL_TEXT]
    lines.append("")
    if not view.lines:
        lines.append("Nessuna domanda in graduatoria.")
    else:
        header = ("Pos.", "Rango", "Protocollo", "Capofila", "Punteggio", "Esito", "Contributo")
        rows: list[tuple[str, ...]] = []
        notes: list[str] = []
        for line in view.lines:
            mark = ""
            if line.tie_break_note:
                notes.append(f"{line.protocol_number}: {line.tie_break_note}")
                mark = " (*)"
            if view.provisional and not line.complete:
                mark += " (schede mancanti)"
            rows.append(
                (
                    str(line.position),
                    "" if line.rank is None else str(line.rank),
                    line.protocol_number,
                    _cut(line.lead, _LEAD_WIDTH),
                    "" if line.total is None else format_number(line.total),
                    line.outcome.label + mark,
                    format_money(line.grant) if line.grant else "-",
                )
            )
        widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
        right = {0, 1, 4, 6}

        def render(values: tuple[str, ...]) -> str:
            cells = [
                v.rjust(w) if i in right else v.ljust(w)
                for i, (v, w) in enumerate(zip(values, widths, strict=True))
            ]
            return "  ".join(cells).rstrip()

        lines.append(render(header))
        lines.append("  ".join("-" * w for w in widths))
        lines += [render(r) for r in rows]
        if notes:
            lines += ["", "(*) Parità di punteggio:"]
            lines += [f"- {n}" for n in notes]
    lines += [
        "",
        f"Dotazione {format_money(view.budget)}; impegnato {format_money(view.committed)}; "
        f"residuo {format_money(view.remaining)}.",
    ]
    return "\n".join(lines)
