"""Importing actors from .xlsx: header matching, validation, duplicates, refusals, all-or-nothing."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from stdnum import luhn

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor
from coop_desktop.domain.actor_rules import ACTOR_FIELD_LABELS, ActorInput
from coop_desktop.domain.enums import ActorType
from coop_desktop.exchange import xlsx_safety
from coop_desktop.exchange.actors_columns import ACTOR_COLUMNS
from coop_desktop.exchange.actors_import import RowError, check_row, import_actors
from coop_desktop.exchange.errors import ImportRefused, OperationCancelled
from coop_desktop.exchange.headers import header_key
from coop_desktop.exchange.xlsx_safety import cell_text
from coop_desktop.services.actors import ActorRecords, ActorService
from coop_desktop.services.listing import ListQuery
from tests.helpers.factories import make_actor, valid_tax_code
from tests.helpers.users import ADMIN

HEADERS = ["Denominazione", "Tipologia", "Codice fiscale", "Provincia", "Email"]
PRATO = ["Comune di Prato", "Ente locale", "84006890481", "PO", "urp@comune.prato.it"]
PONTI = ["Associazione Ponti", "associazione", "01234560017", "fi", None]
PERSON = ["Mario Rossi", "Altro", "rssmra80a01h501u", None, None]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], title: str = "Soggetti") -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = title
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def _code(n: int) -> str:
    """A valid 11-digit codice fiscale for any n below a million (office code 001)."""
    body = f"{1_000_000 + n:07d}001"
    return body + luhn.calc_check_digit(body)


def stored(db: Database) -> dict[str | None, Actor]:
    with db.reading() as session:
        return {a.tax_code: a for a in session.scalars(select(Actor))}


def triggers(db: Database) -> list[str]:
    """The SQL of the triggers on actors (SQLite's FTS5 feeders; none on PostgreSQL)."""
    if not db.is_sqlite:
        return []
    with db.engine.connect() as conn:
        return sorted(conn.exec_driver_sql("SELECT sql FROM sqlite_master WHERE type = 'trigger'").scalars())


def count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count(Actor.id))) or 0


# --- rows and values ------------------------------------------------------------------------------


def test_valid_rows_are_stored_normalised(db: Database, tmp_path: Path) -> None:
    # Codes typed as numbers lose their leading zeros in Excel; the importer gives them back.
    ponti_as_number = [*PONTI[:2], 1234560017, *PONTI[3:]]
    path = write_xlsx(tmp_path / "a.xlsx", [HEADERS, PRATO, ponti_as_number, PERSON])
    result = import_actors(db, path)
    assert (result.imported, result.invalid, result.duplicates, result.errors) == (3, 0, [], [])
    assert result.written and result.header_row == 1 and result.sheet == "Soggetti"
    actors = stored(db)
    assert set(actors) == {"84006890481", "01234560017", "RSSMRA80A01H501U"}
    ponti = actors["01234560017"]
    assert (ponti.name, ponti.actor_type, ponti.province, ponti.email) == (
        "Associazione Ponti", ActorType.ASSOCIAZIONE, "FI", None,
    )  # fmt: skip
    prato = actors["84006890481"]
    assert prato.actor_type is ActorType.ENTE_LOCALE and prato.version == 1 and not prato.is_archived
    assert prato.created_at is not None and prato.country_code == "IT"
    # The search column is filled by the bulk insert, so the list finds the new rows.
    assert ActorService(db, ADMIN).count(ListQuery(text="prato")) == 1
    assert ActorService(db, ADMIN).count(ListQuery(text="01234560017")) == 1


def test_numbers_and_dates_become_the_text_the_user_typed(db: Database, tmp_path: Path) -> None:
    headers = [*HEADERS, "CAP", "Partita IVA", "Telefono", "Note"]
    row = [*PONTI[:2], 1234560017.0, "FI", None, 6100, 1234560017, 55123456, date(2024, 2, 1)]
    result = import_actors(db, write_xlsx(tmp_path / "n.xlsx", [headers, row]))
    assert result.imported == 1
    actor = stored(db)["01234560017"]
    assert (actor.postal_code, actor.vat_number, actor.phone, actor.notes) == (
        "06100", "01234560017", "55123456", "01/02/2024",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (None, ""),
        (12, "12"),
        (1234567890.0, "1234567890"),
        (2.5, "2.5"),
        (True, "VERO"),
        (date(2025, 12, 31), "31/12/2025"),
        ("  testo  ", "  testo  "),
    ],
)
def test_cell_text(value: Any, text: str) -> None:
    assert cell_text(value) == text


# --- headers --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("E-mail", "email"), ("email", "email"), ("EMAIL ", "email"), (" Posta certificata", "pec"),
        ("Ragione sociale", "name"), ("Nome", "name"), ("C.F.", "tax_code"), ("CF", "tax_code"),
        ("Cod. fiscale", "tax_code"), ("codice  FISCALE", "tax_code"), ("P.IVA", "vat_number"),
        ("Partita I.V.A.", "vat_number"), ("Tipo", "actor_type"), ("Prov.", "province"),
        ("Città", "municipality"), ("CITTA'", "municipality"), ("Sito", "website"), ("Web", "website"),
        ("Legale rappresentante", "legal_representative"), ("Tel.", "phone"),
        ("Forma giuridica", "legal_form"), ("Paese", "country_code"), ("Note", "notes"),
        ("c.a.p.", "postal_code"),
    ],
)  # fmt: skip
def test_header_synonyms(header: str, field: str) -> None:
    column = ACTOR_COLUMNS.column_for(header)
    assert column is not None and column.field == field


def test_header_key_ignores_case_accents_spaces_punctuation() -> None:
    assert header_key("  Cod. Fiscale ") == header_key("codfiscale") == "codfiscale"
    assert header_key("Città") == header_key("CITTA") == "citta"


def test_headers_in_another_spelling_import_every_field(db: Database, tmp_path: Path) -> None:
    headers = [
        "RAGIONE SOCIALE ", "Tipo", "C.F.", "P.IVA", "Indirizzo", "C.A.P.", "Città", "Prov.", "E-mail",
        "Posta certificata", "Tel.", "Sito", "Legale rappresentante", "Forma giuridica", "Paese", "Note",
        "Colonna sconosciuta",
    ]  # fmt: skip
    row = [
        "Cooperativa Sociale Arcobaleno", "Impresa o cooperativa", "01234560017", "IT01234560017",
        "Via Roma 1", "50100", "Firenze", "FI", "info@arcobaleno.it", "arcobaleno@pec.it", "055 123456",
        "https://arcobaleno.it", "Anna Bianchi", "Cooperativa sociale", "it", "Socia dal 2010",
        "ignorata",
    ]  # fmt: skip
    result = import_actors(db, write_xlsx(tmp_path / "h.xlsx", [headers, row]))
    assert result.imported == 1 and result.ignored_columns == ["Colonna sconosciuta"]
    actor = stored(db)["01234560017"]
    assert (actor.name, actor.actor_type, actor.vat_number, actor.address, actor.postal_code) == (
        "Cooperativa Sociale Arcobaleno", ActorType.IMPRESA, "01234560017", "Via Roma 1", "50100",
    )  # fmt: skip
    assert (actor.municipality, actor.province, actor.email, actor.pec, actor.phone) == (
        "Firenze", "FI", "info@arcobaleno.it", "arcobaleno@pec.it", "055 123456",
    )  # fmt: skip
    assert (actor.website, actor.legal_representative, actor.legal_form, actor.country_code, actor.notes) == (
        "https://arcobaleno.it", "Anna Bianchi", "Cooperativa sociale", "IT", "Socia dal 2010",
    )  # fmt: skip


def test_header_row_below_a_title_and_blank_rows_are_ignored(db: Database, tmp_path: Path) -> None:
    bad = ["Senza codice", "Associazione", None, None, None]
    rows = [["Elenco dei soggetti - aggiornato a marzo"], [], HEADERS, PRATO, [], [None, "  "], PONTI, bad]
    result = import_actors(db, write_xlsx(tmp_path / "t.xlsx", rows), skip_invalid=True)
    assert result.header_row == 3 and result.imported == 2 and result.rows_read == 3
    # Row numbers are the spreadsheet's own, blank rows included.
    assert result.errors == [
        RowError(8, "Codice fiscale", "Il codice fiscale è obbligatorio per i soggetti italiani.")
    ]


def test_the_sheet_with_the_headers_is_found_after_a_cover_sheet(db: Database, tmp_path: Path) -> None:
    workbook = openpyxl.Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = "Copertina"
    cover.append(["Regione Toscana - soggetti della cooperazione"])
    data = workbook.create_sheet("Dati 2025")
    for row in (HEADERS, PRATO):
        data.append(row)
    workbook.save(tmp_path / "c.xlsx")
    result = import_actors(db, tmp_path / "c.xlsx")
    assert result.imported == 1 and result.sheet == "Dati 2025"


def test_rows_beyond_a_wrong_declared_size_are_still_read(db: Database, tmp_path: Path) -> None:
    # Some programs write a <dimension> smaller than the data; openpyxl would stop there.
    path = write_xlsx(tmp_path / "d.xlsx", [HEADERS, PRATO, PONTI, PERSON])
    _rewrite_member(
        path,
        "xl/worksheets/sheet1.xml",
        lambda xml: re.sub(r'<dimension ref="[^"]+"', '<dimension ref="A1:B2"', xml),
    )
    assert import_actors(db, path).imported == 3


# --- invalid rows ---------------------------------------------------------------------------------


def test_one_invalid_row_writes_nothing_and_names_row_and_column(db: Database, tmp_path: Path) -> None:
    bad = ["", "Circolo", "12345678901", "QQ", "posta@"]
    path = write_xlsx(tmp_path / "bad.xlsx", [["Titolo"], HEADERS, PRATO, bad, PONTI])
    result = import_actors(db, path)
    assert result.refused and not result.written
    assert (result.imported, result.invalid) == (0, 1)
    assert count(db) == 0
    fields = [e.field for e in result.errors]
    assert fields == ["Denominazione", "Tipologia", "Codice fiscale", "Provincia", "Email"]
    assert {e.row for e in result.errors} == {4}
    assert str(result.errors[0]) == "riga 4: Denominazione: La denominazione è obbligatoria."
    assert "«Circolo» non è una tipologia nota" in result.errors[1].message


def test_skip_invalid_imports_only_the_valid_rows(db: Database, tmp_path: Path) -> None:
    bad1 = ["Uno", "Associazione", "123", None, None]
    bad2 = ["Due", "Associazione", valid_tax_code(7), "XX", None]
    path = write_xlsx(tmp_path / "s.xlsx", [HEADERS, bad1, PRATO, bad2, PONTI])
    result = import_actors(db, path, skip_invalid=True)
    assert (result.imported, result.invalid, len(result.errors)) == (2, 2, 2)
    assert not result.refused and result.written
    assert set(stored(db)) == {"84006890481", "01234560017"}
    assert [(e.row, e.field) for e in result.errors] == [(2, "Codice fiscale"), (4, "Provincia")]


def test_duplicates_in_the_database_and_in_the_file_are_reported_not_imported(
    db: Database, tmp_path: Path
) -> None:
    with db.transaction() as session:
        make_actor(session, name="Comune di Prato (già registrato)", tax_code="84006890481")
        make_actor(session, name="Vecchia associazione", tax_code=valid_tax_code(99), is_archived=True)
    again = ["Ponti di nuovo", "Associazione", "012 3456 0017", None, None]
    archived = ["Rinata", "Associazione", valid_tax_code(99), None, None]
    path = write_xlsx(tmp_path / "dup.xlsx", [HEADERS, PRATO, PONTI, again, archived, PERSON])
    result = import_actors(db, path)
    assert not result.refused and result.imported == 2 and result.invalid == 0
    assert [(d.row, d.tax_code, d.existing_name, d.existing_row) for d in result.duplicates] == [
        (2, "84006890481", "Comune di Prato (già registrato)", None),
        (4, "01234560017", "Associazione Ponti", 3),
        (5, valid_tax_code(99), "Vecchia associazione (archiviato)", None),
    ]
    assert str(result.duplicates[1]) == (
        "riga 4: «Ponti di nuovo»: codice fiscale 01234560017 già presente alla riga 3 "
        "(«Associazione Ponti»), non importato."
    )
    actors = stored(db)
    assert actors["84006890481"].name == "Comune di Prato (già registrato)"
    assert actors["01234560017"].name == "Associazione Ponti"
    assert count(db) == 4


def test_dry_run_reports_but_writes_nothing(db: Database, tmp_path: Path) -> None:
    result = import_actors(db, write_xlsx(tmp_path / "p.xlsx", [HEADERS, PRATO, PONTI]), dry_run=True)
    assert result.imported == 2 and not result.written and result.dry_run
    assert count(db) == 0


def test_foreign_actor_without_codes(db: Database, tmp_path: Path) -> None:
    headers = ["Denominazione", "Tipologia", "Codice fiscale", "Paese", "Comune"]
    row = ["Association Jokkoo", "ONG/OSC", None, "SN", "Dakar"]
    result = import_actors(db, write_xlsx(tmp_path / "f.xlsx", [headers, row, row]))
    # Without a code there is nothing to compare: both rows are imported.
    assert result.imported == 2
    assert stored(db)[None].country_code == "SN"


def test_values_longer_than_their_column_are_row_errors(db: Database, tmp_path: Path) -> None:
    # The rules skip CAP and province checks for foreign actors, but the columns hold 5 and 2 characters.
    headers = ["Denominazione", "Tipologia", "Codice fiscale", "Paese", "CAP", "Provincia"]
    row = ["Association Jokkoo", "ONG/OSC", None, "SN", "BP 1234", "Dakar"]
    result = import_actors(db, write_xlsx(tmp_path / "f.xlsx", [headers, PRATO[:3], row]))
    assert result.refused and count(db) == 0
    assert [str(e) for e in result.errors] == [
        "riga 3: CAP: Il testo è troppo lungo (7 caratteri, massimo 5).",
        "riga 3: Provincia: Il testo è troppo lungo (5 caratteri, massimo 2).",
    ]


def test_a_repeated_wrong_code_is_reported_on_every_row_and_run(db: Database, tmp_path: Path) -> None:
    # The code checks are cached: the second row, and the real run after a preview, still see them.
    headers = [*HEADERS[:3], "Partita IVA"]
    wrong = "01234560010"  # wrong check digit, as codice fiscale and as partita IVA
    rows = [
        ["Uno", "Associazione", wrong, None],
        ["Due", "Associazione", _code(1), wrong],
        ["Tre", "Impresa o cooperativa", wrong, wrong],
        ["Quattro", "Associazione", "RSSMRA80A01H501X", None],
        ["Cinque", "Associazione", "rssmra80a01h501x", None],
    ]
    path = write_xlsx(tmp_path / "w.xlsx", [headers, *rows])
    wrong_cf = "Codice fiscale: «01234560010»: la cifra di controllo del codice fiscale non è corretta."
    wrong_vat = "Partita IVA: «01234560010»: la cifra di controllo della partita IVA non è corretta."
    wrong_person = (
        "Codice fiscale: «RSSMRA80A01H501X»: il carattere di controllo del codice fiscale non è corretto."
    )
    expected = [
        f"riga 2: {wrong_cf}",
        f"riga 3: {wrong_vat}",
        f"riga 4: {wrong_cf}",
        f"riga 4: {wrong_vat}",
        f"riga 5: {wrong_person}",
        f"riga 6: {wrong_person}",
    ]
    preview = import_actors(db, path, dry_run=True)
    real = import_actors(db, path)
    for result in (preview, real):
        assert [str(e) for e in result.errors] == expected
        assert result.invalid == 5 and result.refused
    assert count(db) == 0


def test_a_large_file_is_checked_row_by_row(db: Database, tmp_path: Path) -> None:
    # The benchmark's shape at a smaller size: every row validated, duplicates in the file found.
    rows = [[f"Ente {n}", "Altro", _code(n), "FI", f"ente{n}@esempio.it"] for n in range(1, 2001)]
    rows[1500][2] = rows[10][2]  # the same code twice
    rows[1700][3] = "XX"  # a wrong province
    path = write_xlsx(tmp_path / "g.xlsx", [HEADERS, *rows])
    result = import_actors(db, path, skip_invalid=True)
    assert (result.imported, result.invalid, len(result.duplicates)) == (1998, 1, 1)
    assert [str(e) for e in result.errors] == [
        "riga 1702: Provincia: «XX» non è una sigla di provincia italiana."
    ]
    assert (result.duplicates[0].row, result.duplicates[0].existing_row) == (1502, 12)
    assert count(db) == 1998


# --- progress and cancel --------------------------------------------------------------------------


def test_cancel_while_saving_writes_nothing(db: Database, tmp_path: Path) -> None:
    saving: list[tuple[int, int]] = []

    def progress(done: int, total: int, text: str) -> None:
        if text.startswith("Salvataggio"):
            saving.append((done, total))

    path = write_xlsx(tmp_path / "x.xlsx", [HEADERS, PRATO, PONTI, PERSON])
    before = triggers(db)
    with pytest.raises(OperationCancelled, match="nessun dato è stato salvato"):
        import_actors(db, path, progress=progress, is_cancelled=lambda: bool(saving))
    assert saving == [(0, 3)]
    assert count(db) == 0
    # The search-index triggers lifted for the bulk insert come back with the rollback.
    assert triggers(db) == before


def test_search_finds_imported_rows_and_later_ones(db: Database, tmp_path: Path) -> None:
    before = triggers(db)
    import_actors(db, write_xlsx(tmp_path / "a.xlsx", [HEADERS, PRATO, PONTI, PERSON]))
    assert triggers(db) == before
    service = ActorService(db, ADMIN)
    assert service.count(ListQuery(text="prato")) == 1  # substring (trigram index on SQLite)
    assert service.count(ListQuery(text="co")) == 1  # word prefix ("Comune")
    assert service.count(ListQuery(text="rossi mario")) == 1
    # Records saved one by one after the import are indexed again by the triggers.
    ActorRecords(db, ADMIN).create(
        ActorInput(name="Circolo di Vaiano", actor_type="Associazione", tax_code=valid_tax_code(5))
    )
    assert service.count(ListQuery(text="vaiano")) == 1


def test_progress_reports_reading_and_saving_with_totals(db: Database, tmp_path: Path) -> None:
    rows = [[f"Ente {n}", "Altro", _code(n)] for n in range(1, 1201)]
    path = write_xlsx(tmp_path / "x.xlsx", [["Elenco"], HEADERS[:3], *rows])
    calls: list[tuple[int, int, str]] = []
    result = import_actors(db, path, progress=lambda d, t, s: calls.append((d, t, s)))
    assert result.imported == 1200
    assert calls[0][2].startswith("Apertura")
    # The total comes from the size the sheet declares, minus the title and header rows.
    assert (500, 1200, "Lettura e controllo delle righe…") in calls
    assert calls[-1] == (1200, 1200, "Salvataggio dei soggetti…")


# --- refused files --------------------------------------------------------------------------------


def _rewrite_member(path: Path, member: str, change: Any) -> None:
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == member:
                data = change(data.decode("utf-8")).encode("utf-8")
            target.writestr(info.filename, data)


def _refusal(db: Database, path: Path) -> str:
    with pytest.raises(ImportRefused) as excinfo:
        import_actors(db, path)
    assert count(db) == 0
    return str(excinfo.value)


def test_csv_renamed_xlsx_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "soggetti.xlsx"
    path.write_text("Denominazione;Tipologia;Codice fiscale\nComune di Prato;Ente locale;84006890481\n")
    assert "non è una cartella di lavoro Excel (.xlsx)" in _refusal(db, path)
    assert "salvalo come" in _refusal(db, path)


def test_random_bytes_are_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "rumore.xlsx"
    path.write_bytes(bytes(range(256)) * 40)
    assert "non è una cartella di lavoro Excel" in _refusal(db, path)


@pytest.mark.parametrize(
    ("name", "words"), [("a.xls", "Excel 97-2003"), ("a.csv", "CSV"), ("a.ods", "OpenDocument")]
)
def test_other_formats_are_refused_by_name(db: Database, tmp_path: Path, name: str, words: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"whatever")
    message = _refusal(db, path)
    assert words in message and "si importano solo file .xlsx" in message


def test_old_xls_renamed_and_password_protected_files_are_refused(db: Database, tmp_path: Path) -> None:
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504)
    renamed = tmp_path / "vecchio.xlsx"
    renamed.write_bytes(ole + b"Workbook".decode().encode("utf-16-le"))
    assert "vecchio formato Excel 97-2003" in _refusal(db, renamed)
    protected = tmp_path / "protetto.xlsx"
    protected.write_bytes(ole + "EncryptedInfo EncryptedPackage".encode("utf-16-le"))
    assert "protetto da password" in _refusal(db, protected)


def test_damaged_workbooks_are_refused(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ok.xlsx", [HEADERS, PRATO])
    truncated = tmp_path / "troncato.xlsx"
    truncated.write_bytes(path.read_bytes()[:1500])
    assert "danneggiato" in _refusal(db, truncated)
    not_excel = tmp_path / "archivio.xlsx"
    with zipfile.ZipFile(not_excel, "w") as archive:
        archive.writestr("leggimi.txt", "ciao")
    assert "danneggiato" in _refusal(db, not_excel)
    broken_xml = write_xlsx(tmp_path / "xml.xlsx", [HEADERS, PRATO])
    _rewrite_member(broken_xml, "xl/worksheets/sheet1.xml", lambda xml: xml.replace("</row>", "</rowx>", 1))
    assert "danneggiato" in _refusal(db, broken_xml)


def test_xml_entities_are_refused(db: Database, tmp_path: Path) -> None:
    # "Billion laughs": defusedxml refuses entity declarations instead of expanding them.
    path = write_xlsx(tmp_path / "bomba.xlsx", [HEADERS, PRATO])
    doctype = '<!DOCTYPE x [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    _rewrite_member(
        path, "xl/worksheets/sheet1.xml", lambda xml: xml.replace("<worksheet", doctype + "<worksheet", 1)
    )
    assert "istruzioni XML non ammesse" in _refusal(db, path)


def test_empty_workbook_and_missing_headers_are_refused(db: Database, tmp_path: Path) -> None:
    assert "è vuoto" in _refusal(db, write_xlsx(tmp_path / "vuoto.xlsx", []))
    partial = write_xlsx(tmp_path / "m.xlsx", [["Nome", "Tipo", "Email"], ["Ente", "Altro", "a@b.it"]])
    message = _refusal(db, partial)
    assert "mancano le colonne obbligatorie: Codice fiscale" in message
    unknown = write_xlsx(tmp_path / "u.xlsx", [["Colonna A", "Colonna B"], [1, 2]])
    assert "Nessuna riga di intestazione" in _refusal(db, unknown)
    assert "Denominazione, Tipologia, Codice fiscale" in _refusal(db, unknown)


def test_a_column_given_twice_is_refused(db: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "2.xlsx", [[*HEADERS, "E-mail"], [*PRATO, "altro@comune.it"]])
    assert "«Email» compare due volte (colonne E e F" in _refusal(db, path)


def test_size_and_row_limits(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "l.xlsx", [HEADERS, PRATO, PONTI, PERSON])
    monkeypatch.setattr(xlsx_safety, "MAX_DATA_ROWS", 3)
    assert "più di" in _refusal(db, path) and "dividilo" in _refusal(db, path)
    monkeypatch.setattr(xlsx_safety, "MAX_FILE_BYTES", 1000)
    assert "troppo grande" in _refusal(db, path)


def test_unreadable_file_is_refused(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_xlsx(tmp_path / "bloccato.xlsx", [HEADERS, PRATO])

    def locked(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", locked)
    assert "Impossibile leggere il file «bloccato.xlsx» (Permission denied)" in _refusal(db, path)


def test_defusedxml_is_required(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert openpyxl.DEFUSEDXML is True
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    assert "defusedxml" in _refusal(db, write_xlsx(tmp_path / "a.xlsx", [HEADERS, PRATO]))


# --- any cell content -----------------------------------------------------------------------------

_POSITIONS = {c.field: i for i, c in enumerate(ACTOR_COLUMNS.columns)}
_cell = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40),
    st.integers(min_value=-(10**18), max_value=10**18),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.dates(),
    st.sampled_from(["84006890481", "01234560017", "Ente locale", "FI", "a@b.it", "1234560017.0", " "]),
)
_row = st.lists(_cell, min_size=0, max_size=len(_POSITIONS) + 2)


@given(_row)
@settings(max_examples=400, deadline=None)
def test_any_row_gives_a_validation_result_never_an_exception(values: list[Any]) -> None:
    check = check_row(values, _POSITIONS)
    assert (check.value is None) == bool(check.errors)
    assert all(e.field in ACTOR_FIELD_LABELS for e in check.errors)


_file_cell = st.one_of(
    st.none(),
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=20),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.sampled_from(["84006890481", "01234560017", "Associazione", "PO", "x@y.it", "=1+1"]),
)


@given(st.lists(st.lists(_file_cell, min_size=5, max_size=5), min_size=1, max_size=6))
@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_any_file_imports_all_or_nothing(db: Database, tmp_path: Path, rows: list[list[Any]]) -> None:
    before = count(db)
    path = write_xlsx(tmp_path / "h.xlsx", [HEADERS, *rows])
    result = import_actors(db, path)
    after = count(db)
    if result.invalid:
        assert result.imported == 0 and after == before and result.errors
    else:
        assert after == before + result.imported
    assert all(isinstance(e.row, int) and e.row >= 2 for e in result.errors)
