"""The graduatoria as an .xlsx sheet: title block, provisional mark, numbers, formats and totals."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from coop_desktop.db.engine import Database
from coop_desktop.domain.enums import RankingOutcome
from coop_desktop.exchange.errors import ExportFailed
from coop_desktop.exchange.ranking_export import write_ranking_xlsx
from coop_desktop.exchange.xlsx_styles import EURO_FORMAT
from coop_desktop.services.rankings import RankingLine, RankingService, RankingView
from tests.helpers.users import ADMIN

HEADERS = [
    "Posizione", "Rango", "Protocollo", "Data protocollo", "Capofila", "Titolo", "Criterio A", "Criterio B",
    "Punteggio totale", "Esito", "Contributo richiesto", "Contributo concesso", "Note di parità",
]  # fmt: skip
TIE = "A parità di punteggio (50,00) precede la domanda prot. 2026/2 per la data di protocollo."


def _line(n: int, **values: Any) -> RankingLine:
    fields: dict[str, Any] = {
        "position": n,
        "rank": n,
        "application_id": n,
        "protocol_number": f"2026/{n}",
        "protocol_date": date(2026, 3, n),
        "lead": f"Associazione {n}",
        "title": f"Progetto {n}",
        "requested_grant": Decimal("40000.00"),
        "total": Decimal("50.00"),
        "criterion_scores": {"A": Decimal("30.00"), "B": Decimal("20.00")},
        "outcome": RankingOutcome.FINANZIATA,
        "grant": Decimal("40000.00"),
        "tie_break_note": None,
        "complete": True,
    }
    fields.update(values)
    return RankingLine(**fields)


def _provisional() -> RankingView:
    lines = (
        _line(1, tie_break_note=TIE),
        _line(2, lead="=HYPERLINK(\"http://x\")", outcome=RankingOutcome.FINANZIATA_PARZIALMENTE,
              grant=Decimal("20000.50")),
        _line(3, rank=None, total=Decimal("41.25"), outcome=RankingOutcome.NON_IDONEA, grant=Decimal("0.00"),
              criterion_scores={"A": Decimal("21.25"), "B": Decimal("20")}, complete=False),
        _line(4, rank=None, total=None, criterion_scores={}, outcome=RankingOutcome.NON_AMMISSIBILE,
              grant=Decimal("0.00"), requested_grant=Decimal("12345.67")),
    )  # fmt: skip
    return RankingView(
        call_id=1,
        call_code="CT-2026",
        call_title="Bando di prova",
        budget=Decimal("60000.50"),
        criteria=("A", "B"),
        ranking_id=None,
        version=None,
        computed_at=datetime(2026, 6, 1, 10, 0),
        provisional=True,
        approved=False,
        decree_number=None,
        decree_date=None,
        note=None,
        lines=lines,
    )


def _read(path: Path) -> Worksheet:
    workbook = openpyxl.load_workbook(path)
    assert len(workbook.worksheets) == 1
    return workbook.worksheets[0]


def _header_row(sheet: Worksheet) -> int:
    return next(row[0].row for row in sheet.iter_rows() if row[0].value == "Posizione")


def _rows(sheet: Worksheet) -> list[tuple[Any, ...]]:
    return [tuple(c.value for c in row) for row in sheet.iter_rows()]


def _row_labelled(sheet: Worksheet, label: str) -> tuple[Any, ...]:
    return next(row for row in _rows(sheet) if label in row)


def test_provisional_ranking_is_marked_everywhere(tmp_path: Path) -> None:
    path = write_ranking_xlsx(_provisional(), tmp_path / "graduatoria.xlsx")
    sheet = _read(path)
    assert sheet.title == "Graduatoria provvisoria"
    texts = [row[0] for row in _rows(sheet)[: _header_row(sheet)]]
    assert "GRADUATORIA PROVVISORIA" in texts
    mark = next(c for c in sheet["A"] if c.value == "GRADUATORIA PROVVISORIA")
    assert mark.font.bold and mark.font.size >= 16
    assert "GRADUATORIA PROVVISORIA" in sheet.oddHeader.center.text
    assert "GRADUATORIA PROVVISORIA" in sheet.oddFooter.left.text
    assert texts[0] == "Graduatoria del bando CT-2026"
    assert any(str(t).startswith("Calcolata il") and "non ancora salvata" in str(t) for t in texts)


def test_lines_totals_and_formats(tmp_path: Path) -> None:
    sheet = _read(write_ranking_xlsx(_provisional(), tmp_path / "g.xlsx"))
    header = _header_row(sheet)
    assert [c.value for c in sheet[header]] == [*HEADERS, "Valutazione"]
    assert sheet.freeze_panes == f"D{header + 1}"
    assert sheet.auto_filter.ref == f"A{header}:N{header + 4}"
    first, second, third, fourth = (sheet[header + n] for n in range(1, 5))
    values = [c.value for c in first]
    assert values[:4] == [1, 1, "2026/1", datetime(2026, 3, 1)]
    assert values[6:13] == [30, 20, 50, "Finanziata", 40000, 40000, TIE]
    assert first[3].number_format == "DD/MM/YYYY"
    assert first[8].number_format == "0.00" and first[11].number_format == EURO_FORMAT
    # A lead that looks like a formula stays text.
    assert second[4].value == '=HYPERLINK("http://x")' and second[4].data_type == "s"
    assert (second[9].value, second[11].value) == ("Finanziata parzialmente", 20000.5)
    assert [c.value for c in third][1:2] + [c.value for c in third][6:9] == [None, 21.25, 20, 41.25]
    assert third[13].value == "incompleta: mancano schede inviate"
    assert [c.value for c in fourth][6:12] == [None, None, None, "Non ammissibile", 12345.67, 0]
    total = _row_labelled(sheet, "Totale")
    assert total[9:12] == ("Totale", 132345.67, 60000.5)
    assert _row_labelled(sheet, "Dotazione del bando")[11] == 60000.5
    assert _row_labelled(sheet, "Residuo")[11] == 0
    assert sheet.cell(row=header + 6, column=12).number_format == EURO_FORMAT


def test_approved_demo_ranking(demo_db: Database, tmp_path: Path) -> None:
    view = RankingService(demo_db, ADMIN).current(1)
    assert view.call_code == "COOP-2025" and view.approved
    sheet = _read(write_ranking_xlsx(view, tmp_path / "demo.xlsx"))
    assert sheet.title == "Graduatoria"
    rows = _rows(sheet)
    header = _header_row(sheet)
    titles = [r[0] for r in rows[: header - 1] if r[0]]
    assert "Approvata con DD n. 17890 del 15/09/2025" in titles
    assert "Versione 1, calcolata il" in titles[2]
    assert not any("PROVVISORIA" in str(v) for row in rows for v in row)
    assert sheet.oddHeader.center.text in (None, "")
    lines = rows[header : header + 20]
    outcomes = [r[10] for r in lines]  # three criteria: A, B, C
    assert outcomes.count("Finanziata") == 8 and outcomes.count("Finanziata parzialmente") == 1
    assert outcomes.count("Ammessa non finanziata") == 6 and outcomes.count("Non idonea") == 2
    assert outcomes.count("Non ammissibile") == 3
    assert sum(r[12] for r in lines) == 300000
    assert lines[8][12] == 20500 and lines[8][11] == 38000
    assert lines[0][:3] == (1, 1, "2025/0238022") and lines[0][6:10] == (35.83, 26.33, 24.83, 86.99)
    assert "per il punteggio del criterio A" in lines[4][13]
    assert _row_labelled(sheet, "Totale")[12] == 300000
    assert _row_labelled(sheet, "Residuo")[12] == 0
    assert sheet.max_row == header + 20 + 4


def test_refuses_a_name_that_is_not_xlsx(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match=r"\.xlsx"):
        write_ranking_xlsx(_provisional(), tmp_path / "graduatoria.csv")
    assert list(tmp_path.iterdir()) == []
