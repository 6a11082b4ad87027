"""The empty actors workbook the office hands out ("scarica modello"), with its instructions."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from coop_desktop.domain.enums import ActorType
from coop_desktop.exchange.actors_columns import ACTOR_COLUMNS, CODE_FIELDS, SHEET_TITLE
from coop_desktop.exchange.headers import HEADER_SEARCH_ROWS
from coop_desktop.exchange.xlsx_safety import MAX_DATA_ROWS, atomic_output

INSTRUCTIONS_TITLE = "Istruzioni"
_TEMPLATE_ROWS = 5_000  # rows offering the Tipologia drop-down

_INTRO = (
    "Compila il foglio «Soggetti», una riga per soggetto, poi importa il file in Coop Desktop "
    "o con il comando «coop-desktop import actors FILE.xlsx».",
    "Le intestazioni si possono scrivere anche in altro modo (maiuscole, accenti, punteggiatura non contano) "
    "e con i nomi alternativi indicati sotto; sopra le intestazioni possono esserci fino a "
    f"{HEADER_SEARCH_ROWS - 1} righe di titolo. Le righe vuote sono ignorate.",
    "Ogni riga è controllata con le stesse regole della scheda del soggetto: se una riga contiene errori "
    "non viene importato nulla e l'elenco degli errori indica riga e colonna (si può scegliere di "
    "importare solo le righe corrette).",
    f"Massimo {MAX_DATA_ROWS:_} righe per file.".replace("_", "."),
)


def write_actor_template(path: Path | str) -> Path:
    """Write the template to `path` (.xlsx): sheet «Soggetti» with the headers, then «Istruzioni»."""
    path = Path(path)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = SHEET_TITLE
    bold = Font(bold=True)
    for number, column in enumerate(ACTOR_COLUMNS.columns, 1):
        cell = sheet.cell(row=1, column=number, value=column.label)
        cell.font = bold
        letter = get_column_letter(number)
        sheet.column_dimensions[letter].width = column.width
        if column.field in CODE_FIELDS:
            # Typed as text, so Excel keeps the leading zeros of what the user enters.
            sheet.column_dimensions[letter].number_format = "@"
        if column.field == "actor_type":
            choices = DataValidation(
                type="list",
                formula1='"' + ",".join(t.label for t in ActorType) + '"',
                allow_blank=True,
                showErrorMessage=True,
                errorTitle="Tipologia",
                error="Scegli una tipologia dall'elenco.",
            )
            choices.add(f"{letter}2:{letter}{_TEMPLATE_ROWS}")
            sheet.add_data_validation(choices)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(ACTOR_COLUMNS.columns))}1"

    notes = workbook.create_sheet(INSTRUCTIONS_TITLE)
    notes["A1"] = "Come compilare il foglio «Soggetti»"
    notes["A1"].font = Font(bold=True, size=14)
    wrap = Alignment(wrap_text=True, vertical="top")
    row = 3
    for paragraph in _INTRO:
        notes.cell(row=row, column=1, value=paragraph)
        notes.merge_cells(start_row=row, start_column=1, end_row=row, end_column=4)
        notes.cell(row=row, column=1).alignment = wrap
        notes.row_dimensions[row].height = 45
        row += 1
    row += 1
    for number, heading in enumerate(("Colonna", "Obbligatoria", "Cosa scrivere", "Nomi alternativi"), 1):
        notes.cell(row=row, column=number, value=heading).font = bold
    for column in ACTOR_COLUMNS.columns:
        row += 1
        values = (column.label, "Sì" if column.required else "No", column.hint, ", ".join(column.synonyms))
        for number, value in enumerate(values, 1):
            notes.cell(row=row, column=number, value=value).alignment = wrap
    for letter, width in zip("ABCD", (24, 13, 70, 40), strict=True):
        notes.column_dimensions[letter].width = width
    with atomic_output(path) as partial:
        workbook.save(partial)
    return path
