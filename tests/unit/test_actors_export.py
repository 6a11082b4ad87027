"""Exporting actors to .xlsx (format, safety, filters, round trip) and the import template."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor
from coop_desktop.domain.actor_rules import ACTOR_FIELD_LABELS, ActorInput
from coop_desktop.domain.enums import ActorType
from coop_desktop.exchange.actors_columns import ACTOR_COLUMNS
from coop_desktop.exchange.actors_export import export_actors
from coop_desktop.exchange.actors_import import import_actors
from coop_desktop.exchange.actors_template import write_actor_template
from coop_desktop.exchange.errors import ExportFailed, OperationCancelled
from coop_desktop.exchange.xlsx_safety import MAX_CELL_TEXT, InlineStringRows
from coop_desktop.services.actors import ActorRecords
from coop_desktop.services.listing import ListQuery
from tests.helpers.databases import TemplateDatabase
from tests.helpers.factories import make_actor
from tests.helpers.users import ADMIN

LABELS = [c.label for c in ACTOR_COLUMNS.columns]
FORMULA = '=HYPERLINK("http://esempio.it/x","clicca")'

PRATO = ActorInput(
    name="Comune di Prato", actor_type="Ente locale", tax_code="84006890481", province="PO",
    postal_code="59100", municipality="Prato", address="Piazza del Comune 2", pec="comune.prato@postacert.it",
)  # fmt: skip
PONTI = ActorInput(
    name="Associazione Ponti", actor_type="Associazione", tax_code="01234560017", vat_number="01234560017",
    legal_form="APS", email="info@ponti.it", phone="+39 055 123456", website="https://ponti.it",
    legal_representative="Anna Bianchi", notes=FORMULA, municipality="Firenze", province="FI",
    postal_code="06100",
)  # fmt: skip
FOREIGN = ActorInput(name="Association Jokkoo", actor_type="ONG/OSC", country_code="SN", notes="@partner")
ODD = ActorInput(name="-Meno e più-", actor_type="Altro", tax_code="RSSMRA80A01H501U", notes="#N/A")


@pytest.fixture
def other_db(empty_template: TemplateDatabase, tmp_path: Path) -> Iterator[Database]:
    """A second empty database, for round trips."""
    with empty_template.clone(tmp_path) as url:
        database = Database.open(url)
        yield database
        database.close()


def _fill(db: Database) -> None:
    records = ActorRecords(db, ADMIN)
    for data in (PRATO, PONTI, FOREIGN, ODD):
        records.create(data)


def _inputs(db: Database) -> list[ActorInput]:
    records = ActorRecords(db, ADMIN)
    with db.reading() as session:
        ids = session.scalars(select(Actor.id).order_by(Actor.name)).all()
    return [records.get(i).data for i in ids]


def test_export_is_formatted_for_people(db: Database, tmp_path: Path) -> None:
    _fill(db)
    result = export_actors(db, tmp_path / "soggetti.xlsx")
    assert result.rows == 4 and result.path == tmp_path / "soggetti.xlsx"
    workbook = openpyxl.load_workbook(result.path)
    sheet = workbook["Soggetti"]
    assert [c.value for c in sheet[1]] == LABELS
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:P5"
    assert sheet.column_dimensions["A"].width == 40
    rows = {r[0]: r for r in sheet.iter_rows(min_row=2, values_only=True)}
    ponti = dict(zip(LABELS, rows["Associazione Ponti"], strict=True))
    assert ponti["Tipologia"] == "Associazione"
    # Codes are text, leading zeros included.
    assert (ponti["Codice fiscale"], ponti["Partita IVA"], ponti["CAP"]) == ("01234560017",) * 2 + ("06100",)
    assert dict(zip(LABELS, rows["Comune di Prato"], strict=True))["Tipologia"] == "Ente locale"
    assert dict(zip(LABELS, rows["Association Jokkoo"], strict=True))["Paese"] == "SN"


def test_text_that_looks_like_a_formula_stays_a_string(db: Database, tmp_path: Path) -> None:
    _fill(db)
    path = export_actors(db, tmp_path / "s.xlsx").path
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and 't="e"' not in sheet_xml
    # The declared size lets readers skip a full pre-scan of the sheet.
    assert '<dimension ref="A1:P5"/>' in sheet_xml
    sheet = openpyxl.load_workbook(path)["Soggetti"]
    notes_column = LABELS.index("Note") + 1
    by_name = {sheet.cell(r, 1).value: sheet.cell(r, notes_column) for r in range(2, 6)}
    for name, value in [
        ("Associazione Ponti", FORMULA),
        ("Association Jokkoo", "@partner"),
        ("-Meno e più-", "#N/A"),
    ]:
        assert by_name[name].value == value and by_name[name].data_type == "s"
    assert sheet.cell(2, 1).data_type == "s" and sheet.cell(2, 1).value == "-Meno e più-"


def test_round_trip_gives_the_same_actors(db: Database, other_db: Database, tmp_path: Path) -> None:
    _fill(db)
    path = export_actors(db, tmp_path / "giro.xlsx").path
    result = import_actors(other_db, path)
    assert (result.imported, result.invalid, result.duplicates, result.ignored_columns) == (4, 0, [], [])
    assert _inputs(other_db) == _inputs(db)
    assert FORMULA in [a.notes for a in _inputs(other_db)]
    # Importing the same file again finds every actor with a code already registered; the foreign
    # actor has no code to compare, so it comes in a second time.
    again = import_actors(other_db, path)
    assert again.imported == 1 and len(again.duplicates) == 3


def test_export_follows_the_list_filters_and_sort(db: Database, tmp_path: Path) -> None:
    _fill(db)
    with db.transaction() as session:
        make_actor(session, name="Archiviata", is_archived=True)
    path = export_actors(db, tmp_path / "f.xlsx", ListQuery(text="firenze")).path
    names = [r[0] for r in openpyxl.load_workbook(path)["Soggetti"].iter_rows(min_row=2, values_only=True)]
    assert names == ["Associazione Ponti"]
    query = ListQuery(sort_key="name", descending=True, filters={"actor_type": ActorType.ENTE_LOCALE.value})
    assert export_actors(db, tmp_path / "g.xlsx", query).rows == 1
    everything = export_actors(db, tmp_path / "all.xlsx", ListQuery(sort_key="name", descending=True))
    sheet = openpyxl.load_workbook(everything.path)["Soggetti"]
    assert [r[0] for r in sheet.iter_rows(min_row=2, values_only=True)] == [
        "Comune di Prato", "Associazione Ponti", "Association Jokkoo", "-Meno e più-",
    ]  # fmt: skip


def test_archived_actors_follow_when_asked(db: Database, tmp_path: Path) -> None:
    _fill(db)
    with db.transaction() as session:
        make_actor(session, name="Archiviata", is_archived=True)
    result = export_actors(db, tmp_path / "a.xlsx", include_archived=True)
    sheet = openpyxl.load_workbook(result.path)["Soggetti"]
    assert result.rows == 5 and sheet.cell(1, 17).value == "Archiviato" and sheet.auto_filter.ref == "A1:Q6"
    last = [c.value for c in sheet[6]]
    assert (last[0], last[-1]) == ("Archiviata", "Sì") and sheet.cell(2, 17).value == "No"


def test_control_characters_excel_cannot_hold_are_dropped(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        make_actor(session, name="Campanello", notes="din\x07don\x1b")
        make_actor(session, name="Righe", notes="prima riga\n\tseconda riga")
    sheet = openpyxl.load_workbook(export_actors(db, tmp_path / "c.xlsx").path)["Soggetti"]
    notes = {sheet.cell(r, 1).value: sheet.cell(r, LABELS.index("Note") + 1).value for r in (2, 3)}
    assert notes == {"Campanello": "dindon", "Righe": "prima riga\n\tseconda riga"}


def test_cancel_leaves_no_file_and_keeps_an_old_one(db: Database, tmp_path: Path) -> None:
    _fill(db)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "s.xlsx"
    with pytest.raises(OperationCancelled, match="il file non è stato creato"):
        export_actors(db, target, is_cancelled=lambda: True)
    assert list(folder.iterdir()) == []
    target.write_bytes(b"versione precedente")
    seen: list[int] = []

    def progress(done: int, total: int, text: str) -> None:
        seen.append(done)

    with pytest.raises(OperationCancelled):
        export_actors(db, target, progress=progress, is_cancelled=lambda: bool(seen))
    assert target.read_bytes() == b"versione precedente"
    assert [p.name for p in folder.iterdir()] == ["s.xlsx"]


def test_progress_reaches_the_total(db: Database, tmp_path: Path) -> None:
    _fill(db)
    calls: list[tuple[int, int]] = []
    export_actors(db, tmp_path / "p.xlsx", progress=lambda d, t, s: calls.append((d, t)))
    assert calls[0] == (0, 4) and calls[-1] == (4, 4)


def test_unwritable_targets_are_refused(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match=r"deve terminare con \.xlsx"):
        export_actors(db, tmp_path / "soggetti.csv")
    with pytest.raises(ExportFailed, match="non esiste"):
        export_actors(db, tmp_path / "manca" / "soggetti.xlsx")
    (tmp_path / "cartella.xlsx").mkdir()
    with pytest.raises(ExportFailed, match=r"Impossibile scrivere «cartella\.xlsx»"):
        export_actors(db, tmp_path / "cartella.xlsx")
    assert not list(tmp_path.glob(".*.part"))


def test_every_value_is_an_inline_string_whatever_it_starts_with(db: Database, tmp_path: Path) -> None:
    # The rows are written by InlineStringRows, not by openpyxl's cells: nothing may become a formula.
    risky = ["=1+1", "+39 055 123456", "-2", "@SOMMA(A1)", "#DIV/0!", "=cmd|' /C calc'!A0"]
    with db.transaction() as session:
        for n, text in enumerate(risky):
            make_actor(session, name=f"Ente {n}", notes=text, phone=text, address=text)
    path = export_actors(db, tmp_path / "r.xlsx").path
    with zipfile.ZipFile(path) as archive:
        sheet_xml = archive.read("xl/worksheets/sheet1.xml").decode()
    assert "<f>" not in sheet_xml and 't="e"' not in sheet_xml and 't="str"' not in sheet_xml
    data_cells = sheet_xml.split("</row>", 1)[1].count("<c ")
    assert sheet_xml.count('t="inlineStr"') - len(LABELS) == data_cells
    sheet = openpyxl.load_workbook(path)["Soggetti"]
    column = {label: LABELS.index(label) + 1 for label in ("Note", "Telefono", "Indirizzo")}
    for row in range(2, len(risky) + 2):
        cells = [sheet.cell(row, c) for c in column.values()]
        assert all(c.data_type == "s" for c in cells)
        assert len({c.value for c in cells}) == 1 and cells[0].value in risky


def test_markup_spaces_and_line_breaks_survive_the_round_trip(
    db: Database, other_db: Database, tmp_path: Path
) -> None:
    notes = '  <b>Tom & Jerry</b> > "ciao"\r\nseconda riga\t '
    with db.transaction() as session:
        make_actor(session, name="Ente <&> 'uno'", notes=notes, legal_form="  S.r.l.")
        # \x01 rather than \x00: PostgreSQL text cannot hold NUL at all (the rules strip both).
        make_actor(session, name="Solo\ufffeXML", notes="fine\x01riga\uffff")
    path = export_actors(db, tmp_path / "m.xlsx").path
    sheet = openpyxl.load_workbook(path)["Soggetti"]
    values = {sheet.cell(r, 1).value: [c.value for c in sheet[r]] for r in (2, 3)}
    note = LABELS.index("Note")
    assert values["Ente <&> 'uno'"][note] == notes
    assert values["Ente <&> 'uno'"][LABELS.index("Forma giuridica")] == "  S.r.l."
    # What XML cannot carry is dropped, as openpyxl drops control characters.
    assert values["SoloXML"][note] == "fineriga"
    result = import_actors(other_db, path)
    assert result.imported == 2 and result.invalid == 0


def test_inline_string_rows() -> None:
    rows = InlineStringRows(3)
    assert rows.row(7, ["=A1", None, "x"]) == (
        '<row r="7"><c r="A7" t="inlineStr"><is><t>=A1</t></is></c>'
        '<c r="C7" t="inlineStr"><is><t>x</t></is></c></row>'
    )
    assert rows.row(2, ["", None]) == '<row r="2"></row>'
    assert '<t xml:space="preserve"> a&amp;b&lt;&gt;&#13;\n</t>' in rows.row(2, [" a&b<>\r\n"])
    assert rows.row(2, ["x" * 40_000]).count("x") == MAX_CELL_TEXT
    with pytest.raises(ValueError):
        rows.row(2, ["a", "b", "c", "d"])


# --- template -------------------------------------------------------------------------------------


def test_template_has_the_headers_and_explains_every_column(tmp_path: Path) -> None:
    path = write_actor_template(tmp_path / "modello.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Soggetti", "Istruzioni"]
    sheet = workbook["Soggetti"]
    assert [c.value for c in sheet[1]] == LABELS and sheet.max_row == 1
    assert sheet.freeze_panes == "A2" and all(c.font.bold for c in sheet[1])
    tax_letter = openpyxl.utils.get_column_letter(LABELS.index("Codice fiscale") + 1)
    assert sheet.column_dimensions[tax_letter].number_format == "@"
    choices = sheet.data_validations.dataValidation[0]
    assert all(t.label in choices.formula1 for t in ActorType)
    notes = workbook["Istruzioni"]
    text = "\n".join(str(c) for row in notes.iter_rows(values_only=True) for c in row if c)
    for label in ACTOR_FIELD_LABELS.values():
        assert label in text
    for actor_type in ActorType:
        assert f"«{actor_type.label}»" in text
    assert "sigla di due lettere" in text and "Ragione sociale" in text
    rows = {r[0]: r for r in notes.iter_rows(values_only=True) if r[0] in LABELS}
    assert rows["Codice fiscale"][1] == "Sì" and rows["Email"][1] == "No"


def test_filled_template_imports(db: Database, tmp_path: Path) -> None:
    path = write_actor_template(tmp_path / "modello.xlsx")
    empty = import_actors(db, path)
    assert (empty.imported, empty.invalid, empty.header_row) == (0, 0, 1)
    workbook = openpyxl.load_workbook(path)
    workbook["Soggetti"].append(["Comune di Prato", "Ente locale", None, "84006890481"])
    workbook.save(path)
    assert import_actors(db, path).imported == 1
