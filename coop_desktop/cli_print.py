"""`coop-desktop print annex|sheets|letters …`: the office's PDFs from the command line.

    print annex CALL_CODE FILE.pdf [--xlsx FILE.xlsx]   decree annexes A, B, C (landscape)
    print sheets CALL_CODE DIR                           one evaluation sheet per application + verbale
    print letters CALL_CODE KIND DIR                     KIND: avvio, integrazioni, preavviso, esito

Each kind of document implements its command in its own module under coop_desktop/printing/;
this one only declares the arguments and dispatches. Exit codes as the rest of the CLI: 0 done,
1 refused (unknown call, nothing to print, unwritable target), 2 usage.
"""

from __future__ import annotations

import argparse
import importlib
from pathlib import Path
from typing import Any

LETTER_KINDS = ("avvio", "integrazioni", "preavviso", "esito")

# what → (module, function): the function takes the parsed arguments and returns the exit code.
_COMMANDS = {
    "annex": ("coop_desktop.printing.annexes_cli", "print_annex_command"),
    "sheets": ("coop_desktop.printing.sheets_cli", "print_sheets_command"),
    "letters": ("coop_desktop.printing.letters_cli", "print_letters_command"),
}


def add_print_parser(sub: Any, common: argparse.ArgumentParser, parser_class: type) -> None:
    printing = sub.add_parser(
        "print", help="stampa in PDF allegati al decreto, schede di valutazione e lettere"
    )
    what = printing.add_subparsers(dest="what", title="documenti", metavar="DOCUMENTO", required=True,
                                   parser_class=parser_class)  # fmt: skip
    annex = what.add_parser(
        "annex",
        parents=[common],
        help="allegati al decreto (A finanziate, B ammesse non finanziate, C non ammissibili e non idonee)",
    )
    annex.add_argument("call_code", metavar="CODICE_BANDO")
    annex.add_argument("file", metavar="FILE.pdf", type=Path)
    annex.add_argument("--xlsx", metavar="FILE.xlsx", type=Path, default=None, help="anche in Excel")
    sheets = what.add_parser(
        "sheets", parents=[common], help="una scheda di valutazione per domanda e il verbale sintetico"
    )
    sheets.add_argument("call_code", metavar="CODICE_BANDO")
    sheets.add_argument("folder", metavar="CARTELLA", type=Path)
    letters = what.add_parser(
        "letters", parents=[common], help="lettere ai richiedenti: " + ", ".join(LETTER_KINDS)
    )
    letters.add_argument("call_code", metavar="CODICE_BANDO")
    letters.add_argument("kind", metavar="TIPO", choices=LETTER_KINDS, help=", ".join(LETTER_KINDS))
    letters.add_argument("folder", metavar="CARTELLA", type=Path)


def cmd_print(args: argparse.Namespace) -> int:
    module, function = _COMMANDS[args.what]
    command = getattr(importlib.import_module(module), function)
    return int(command(args))
