"""The decree annexes as an .xlsx workbook: sheets, title rows, numbers and formats, totals, frozen
header and print setup, the draft mark."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from coop_desktop.bench.annexes import synthetic_annex_data
from coop_desktop.cli_ranking import find_call_id
from coop_desktop.db.engine import Database
from coop_desktop.exchange.annex_export import COLUMNS, headers, write_annex_workbook
from coop_desktop.exchange.xlsx_styles import EURO_FORMAT, SCORE_FORMAT
from coop_desktop.printing.annexes import DRAFT_MARK, AnnexData, load_annex_data, write_annex_xlsx
from tests.helpers.users import OFFICER


def _header_row(sheet: Worksheet, first: str) -> int:
    for row in sheet.iter_rows(min_col=1, max_col=1):
        if row[0].value == first:
            return row[0].row
    raise AssertionError(f"no header in {sheet.title}")


def _table(sheet: Worksheet, which: str) -> tuple[int, list[tuple[Any, ...]]]:
    """The header's row and the data rows below it (up to the first empty one)."""
    top = _header_row(sheet, headers(which)[0])
    assert [c.value for c in sheet[top]][: len(headers(which))] == headers(which)
    rows = []
    for values in sheet.iter_rows(min_row=top + 1, values_only=True):
        if values[0] is None:
            break
        rows.append(values)
    return top, rows


def _totals(sheet: Worksheet, label: str) -> tuple[Any, ...]:
    for values in sheet.iter_rows(values_only=True):
        if any(isinstance(v, str) and v.startswith(label) for v in values):
            return values
    raise AssertionError(f"no «{label}» in {sheet.title}")


@pytest.fixture
def demo_data(demo_db: Database) -> AnnexData:
    call_id = find_call_id(demo_db, "COOP-2025")
    assert call_id is not None
    return load_annex_data(demo_db, OFFICER, call_id)


def test_three_sheets_with_the_rows_of_each_annex(demo_data: AnnexData, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_annex_workbook(demo_data, tmp_path / "allegati.xlsx"))
    assert book.sheetnames == ["Allegato A", "Allegato B", "Allegato C"]
    for which in "ABC":
        sheet = book[f"Allegato {which}"]
        assert sheet["A1"].value == f"Allegato {which} al decreto dirigenziale n. 17890 del 15/09/2025"
        assert sheet["A2"].value.startswith("Bando COOP-2025 – ")
        _, rows = _table(sheet, which)
        protocols = [r[headers(which).index("Protocollo")] for r in rows]
        assert protocols == [r.protocol_number for r in demo_data.rows_of(which)]


def test_allegato_a_numbers_formats_and_totals(demo_data: AnnexData, tmp_path: Path) -> None:
    sheet = openpyxl.load_workbook(write_annex_workbook(demo_data, tmp_path / "a.xlsx"))["Allegato A"]
    top, rows = _table(sheet, "A")
    names = headers("A")
    grant, cost = names.index("Contributo concesso"), names.index("Costo totale")
    assert len(rows) == 9 and sum(Decimal(str(r[grant])) for r in rows) == Decimal("300000")
    first = rows[0]
    assert first[: names.index("Titolo del progetto")] == (
        1,
        "2025/0238022",
        datetime(2025, 5, 20),
        "Comune di Prato",
        "86786511005",
    )
    assert first[names.index("Paesi")] == "Senegal" and first[names.index("Punteggio")] == 86.99
    assert rows[-1][names.index("Esito")] == "Finanziata parzialmente" and rows[-1][grant] == 20500
    cells = sheet[top + 1]
    assert cells[grant].number_format == EURO_FORMAT and cells[cost].number_format == EURO_FORMAT
    assert cells[names.index("Punteggio")].number_format == SCORE_FORMAT
    assert cells[names.index("Codice fiscale")].data_type == "s"
    total = _totals(sheet, "Totale contributi concessi (9 domande)")
    assert (total[cost], total[grant]) == (410000, 300000)
    assert _totals(sheet, "Dotazione del bando")[grant] == 300000
    assert _totals(sheet, "Residuo della dotazione")[grant] == 0
    assert any(
        "Finanziamento parziale della domanda prot. 2025/0230342" in str(r[0])
        for r in sheet.iter_rows(values_only=True)
    )


def test_allegato_b_totals_and_allegato_c_reasons(demo_data: AnnexData, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_annex_workbook(demo_data, tmp_path / "bc.xlsx"))
    names = headers("B")
    total = _totals(book["Allegato B"], "Totale contributi richiesti (6 domande)")
    assert total[names.index("Contributo richiesto")] == 191000
    _, rows = _table(book["Allegato C"], "C")
    reasons = {r[0]: r[headers("C").index("Motivi")] for r in rows}
    assert reasons["2025/0231579"].startswith("Punteggio totale di 56,99 punti")
    assert reasons["2025/0236816"].startswith("Cofinanziamento pari al 14,29%")
    assert [r[headers("C").index("Esito")] for r in rows].count("Non ammissibile") == 3


def test_frozen_header_filter_and_print_setup(demo_data: AnnexData, tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write_annex_workbook(demo_data, tmp_path / "p.xlsx"))
    for which in "ABC":
        sheet = book[f"Allegato {which}"]
        top, _ = _table(sheet, which)
        assert sheet.freeze_panes is not None and sheet.freeze_panes.endswith(str(top + 1))
        assert sheet.auto_filter.ref is not None and sheet.auto_filter.ref.startswith(f"A{top}:")
        assert sheet.print_title_rows == f"${top}:${top}"
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and setup.fitToWidth == 1 and setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert sheet.oddFooter.right.text == "Pagina &P di &N"
        assert sheet.oddFooter.left.text == f"Allegato {which} – bando COOP-2025 – DD n. 17890 del 15/09/2025"
        assert sheet.column_dimensions["B"].width == COLUMNS[which][1].width


def test_a_draft_is_marked_on_every_sheet_and_printed_page(tmp_path: Path) -> None:
    data = synthetic_annex_data(5, 2, 2, approved=False)
    book = openpyxl.load_workbook(write_annex_workbook(data, tmp_path / "bozza.xlsx"))
    for sheet in book.worksheets:
        assert sheet["A1"].value == DRAFT_MARK and sheet["A1"].font.color.rgb.endswith("B3261E")
        assert DRAFT_MARK in sheet.oddHeader.center.text and DRAFT_MARK in sheet.oddFooter.left.text
        assert sheet["A3"].value.endswith("al decreto di approvazione della graduatoria (da adottare)")


def test_a_long_call_sums_exactly_and_text_stays_text(tmp_path: Path) -> None:
    data = synthetic_annex_data(1000, 300, 100)
    odd = replace(data.funded[0], title="=SOMMA(A1:A9)", lead="+39 Associazione")
    data = replace(data, rows=(odd, *data.rows[1:]))
    book = openpyxl.load_workbook(write_annex_workbook(data, tmp_path / "lungo.xlsx"))
    sheet = book["Allegato A"]
    top, rows = _table(sheet, "A")
    names = headers("A")
    assert len(rows) == 1000
    grants = sum(Decimal(str(r[names.index("Contributo concesso")])) for r in rows)
    assert grants == data.granted
    total = _totals(sheet, "Totale contributi concessi (1.000 domande)")
    assert Decimal(str(total[names.index("Contributo concesso")])) == data.granted
    assert Decimal(str(_totals(sheet, "Residuo della dotazione")[-2])) == Decimal("1234.56")
    assert sheet.cell(row=top + 1, column=names.index("Titolo del progetto") + 1).data_type == "s"
    assert rows[0][names.index("Titolo del progetto")] == "=SOMMA(A1:A9)"
    assert len(_table(book["Allegato C"], "C")[1]) == 100


def test_the_api_writes_the_workbook_of_the_call(demo_db: Database, tmp_path: Path) -> None:
    call_id = find_call_id(demo_db, "COOP-2025")
    assert call_id is not None
    written = write_annex_xlsx(demo_db, OFFICER, call_id, tmp_path / "allegati.xlsx")
    assert written == tmp_path / "allegati.xlsx"
    assert openpyxl.load_workbook(written).sheetnames == ["Allegato A", "Allegato B", "Allegato C"]
