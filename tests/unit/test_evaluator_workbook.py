"""Offline evaluator workbooks: export, protection, checksum, import back through the score import."""

from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import delete, select

from coop_desktop.bench.context import BenchContext
from coop_desktop.bench.registry import BENCHMARKS
from coop_desktop.bench.workbooks import EXPORT_TARGET_S, IMPORT_TARGET_S, measure_workbooks
from coop_desktop.db.engine import Database
from coop_desktop.db.models import Application, Assignment, Call, Criterion, Score
from coop_desktop.domain.enums import AssignmentStatus, CallStatus, UserRole
from coop_desktop.exchange.errors import ExportFailed, ImportRefused
from coop_desktop.exchange.evaluator_workbook import (
    ANSWER_CELL,
    COVER_SHEET,
    META_SHEET,
    export_evaluator_workbook,
    export_evaluator_workbooks,
    load_evaluator_workbook,
    sheet_titles,
)
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import PermissionDenied
from coop_desktop.services.score_import import WORKBOOK_NOTE, ScoreImportRefused, ScoreImportService
from tests.helpers.users import ADMIN, EVALUATOR, OFFICER
from tests.unit.test_score_import import Setup, audit_count, evaluation_call, forms, scores

GIULIA = CurrentUser(None, "g.verdi", "Giulia Verdi", UserRole.VALUTATORE)
LUCA = CurrentUser(None, "l.rossi", "Luca Rossi", UserRole.VALUTATORE)
FIRST = 12  # the grid's first row


def _export(db: Database, setup: Setup, folder: Path, who: str = "g.verdi") -> Path:
    return export_evaluator_workbook(db, OFFICER, setup.call_id, who, folder)


def _fill(
    path: Path,
    answers: dict[str, list[tuple[Any, Any]]],
    declaration: str | None = "SÌ",
    target: Path | None = None,
) -> Path:
    """Write (points, comment) per criterion row of the named sheets, as an evaluator would."""
    book = openpyxl.load_workbook(path)
    book[COVER_SHEET][ANSWER_CELL] = declaration
    for title, rows in answers.items():
        for offset, (points, comment) in enumerate(rows):
            book[title][f"E{FIRST + offset}"] = points
            book[title][f"F{FIRST + offset}"] = comment
    target = target or path
    book.save(target)
    return target


def _edit(path: Path, title: str, ref: str, value: Any) -> Path:
    book = openpyxl.load_workbook(path)
    book[title][ref] = value
    book.save(path)
    return path


def _titles(setup: Setup) -> list[str]:
    return sheet_titles(setup.protocols)


def _draft(db: Database, setup: Setup) -> None:
    """g.verdi's form on the second application: a draft with A only."""
    with db.transaction(ADMIN) as s:
        form = s.scalars(
            select(Assignment).where(
                Assignment.application_id == setup.app_ids[1],
                Assignment.evaluator_id == setup.user_ids["g.verdi"],
            )
        ).one()
        criterion = s.scalars(
            select(Criterion).where(Criterion.call_id == setup.call_id, Criterion.code == "A")
        ).one()
        form.status = AssignmentStatus.BOZZA
        form.scores.append(
            Score(criterion_id=criterion.id, points=Decimal("25.50"), comment="Bozza di giudizio")
        )


def test_export_writes_cover_protected_sheets_validation_and_hidden_identification(
    db: Database, tmp_path: Path
) -> None:
    setup = evaluation_call(db)
    _draft(db, setup)
    path = _export(db, setup, tmp_path)
    assert path.name == f"{setup.code}_g.verdi.xlsx"
    book = openpyxl.load_workbook(path)
    first, second = _titles(setup)[:2]
    assert book.sheetnames == [COVER_SHEET, first, second, META_SHEET]
    assert first == "AOOGRT-2026-0001"
    assert book[META_SHEET].sheet_state == "veryHidden"
    assert book.security is not None and book.security.lockStructure
    cover = book[COVER_SHEET]
    assert "dichiara" in cover["A7"].value and "conflitti di interessi" in cover["A7"].value
    assert cover[ANSWER_CELL].protection.locked is False and cover[ANSWER_CELL].value is None
    (answer,) = cover.data_validations.dataValidation
    assert answer.type == "list" and answer.formula1 == '"SÌ,NO"'
    sheet = book[second]
    assert sheet.protection.sheet and cover.protection.sheet
    assert [sheet[f"B{r}"].value for r in (3, 5, 7)] == [
        setup.protocols[1],
        sheet["B5"].value,
        "Sintesi del progetto 2.",
    ]
    assert [sheet[f"A{r}"].value for r in range(FIRST, FIRST + 3)] == ["A", "B", "C"]
    assert [sheet[f"C{r}"].value for r in range(FIRST, FIRST + 3)] == [40, 30, 7.5]
    assert sheet[f"E{FIRST}"].value == 25.5 and sheet[f"F{FIRST}"].value == "Bozza di giudizio"
    assert sheet[f"E{FIRST + 1}"].value is None
    assert all(sheet[f"{c}{FIRST}"].protection.locked is False for c in "EF")
    assert all(sheet[f"{c}{FIRST}"].protection.locked is not False for c in "ABCD")
    assert sheet["B3"].protection.locked is not False
    checks = {str(v.sqref): v for v in sheet.data_validations.dataValidation}
    assert (checks[f"E{FIRST}"].type, checks[f"E{FIRST}"].formula1, checks[f"E{FIRST}"].formula2) == (
        "decimal", "0", "40",
    )  # fmt: skip
    assert checks[f"E{FIRST + 2}"].formula2 == "7.5" and "da 0 a 7,5" in checks[f"E{FIRST + 2}"].error
    meta = {row[0]: row[1] for row in book[META_SHEET].iter_rows(max_row=6, values_only=True)}
    assert (
        meta["bando"] == setup.code
        and meta["valutatore"] == "g.verdi"
        and len(meta["somma di controllo"]) == 64
    )


def test_text_that_looks_like_a_formula_stays_text(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    with db.transaction(ADMIN) as s:
        app = s.get(Application, setup.app_ids[0])
        assert app is not None
        app.title = '=HYPERLINK("http://esempio.it","clic")'
    path = _export(db, setup, tmp_path)
    with zipfile.ZipFile(path) as archive:
        xml = b"".join(archive.read(n) for n in archive.namelist() if n.startswith("xl/worksheets/"))
    assert b"<f>" not in xml.replace(b"<f>SUM(", b"")
    assert openpyxl.load_workbook(path)[_titles(setup)[0]]["B6"].value.startswith("=HYPERLINK")
    assert load_evaluator_workbook(path).sheets[0].protocol_number == setup.protocols[0]


def test_round_trip_by_the_evaluator_then_again_changes_nothing(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    _draft(db, setup)
    first, second = _titles(setup)[:2]
    path = export_evaluator_workbook(db, GIULIA, setup.call_id, "g.verdi", tmp_path)
    _fill(path, {
        first: [(30, "Ottimo"), ("22,5", None), (7.5, "Solido")],
        second: [(25.5, "Bozza di giudizio"), (18, ""), (0, None)],
    })  # fmt: skip
    service = ScoreImportService(db, GIULIA)
    plan = service.preview(setup.call_id, path, evaluator="g.verdi")
    assert plan.errors == [] and plan.kind == "workbook" and plan.evaluator == "g.verdi"
    # the draft's A score is unchanged: five scores change, both forms become submitted
    assert [(c.protocol_number, c.criterion, c.old_points, c.new_points) for c in plan.changes] == [
        (setup.protocols[0], "A", None, Decimal("30.00")),
        (setup.protocols[0], "B", None, Decimal("22.50")),
        (setup.protocols[0], "C", None, Decimal("7.50")),
        (setup.protocols[1], "B", None, Decimal("18.00")),
        (setup.protocols[1], "C", None, Decimal("0.00")),
    ]
    assert [(f.protocol_number, f.previous) for f in plan.submitted_forms] == [
        (setup.protocols[0], AssignmentStatus.ASSEGNATA), (setup.protocols[1], AssignmentStatus.BOZZA),
    ]  # fmt: skip
    assert plan.created_assignments == [] and plan.fully_scored == [setup.protocols[1]]
    assert plan.declarations == 2
    result = service.apply(setup.call_id, plan)
    assert result.written and result.as_dict()["changed"] == 5

    assert scores(db, setup) == {
        (setup.protocols[0], "g.verdi", "A"): (Decimal("30.00"), "Ottimo"),
        (setup.protocols[0], "g.verdi", "B"): (Decimal("22.50"), None),
        (setup.protocols[0], "g.verdi", "C"): (Decimal("7.50"), "Solido"),
        (setup.protocols[1], "g.verdi", "A"): (Decimal("25.50"), "Bozza di giudizio"),
        (setup.protocols[1], "g.verdi", "B"): (Decimal("18.00"), None),
        (setup.protocols[1], "g.verdi", "C"): (Decimal("0.00"), None),
    }
    found = forms(db, setup)
    for protocol in setup.protocols[:2]:
        form = found[(protocol, "g.verdi")]
        assert form.status is AssignmentStatus.INVIATA and form.submitted_at is not None
        assert form.declaration is not None and form.declaration.note == WORKBOOK_NOTE
        assert form.declaration.has_conflict is False

    audit = audit_count(db)
    again = service.preview(setup.call_id, path)
    assert again.as_dict() == {
        "changed": 0, "created_assignments": 0, "submitted_forms": 0, "fully_scored": 0, "errors": [],
    }  # fmt: skip
    assert not service.apply(setup.call_id, path).written
    assert audit_count(db) == audit


def test_a_tampered_workbook_is_refused_by_its_checksum(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    first = _titles(setup)[0]
    path = _fill(_export(db, setup, tmp_path), {first: [(30, "x"), (20, None), (5, None)]})
    service = ScoreImportService(db, OFFICER)
    assert service.preview(setup.call_id, path).errors == []
    for ref, value in (
        ("B7", "Un'altra sintesi"),
        (f"C{FIRST}", 50),
        (f"A{FIRST + 1}", "Z"),
        ("B8", "€ 1,00"),
    ):
        copy = tmp_path / f"alterata-{ref}.xlsx"
        copy.write_bytes(path.read_bytes())
        _edit(copy, first, ref, value)
        with pytest.raises(ImportRefused, match="alterata dopo l'esportazione"):
            service.preview(setup.call_id, copy)
    hidden = tmp_path / "nascosto.xlsx"
    hidden.write_bytes(path.read_bytes())
    _edit(hidden, META_SHEET, "B3", "l.rossi")
    with pytest.raises(ImportRefused, match="alterata"):
        service.apply(setup.call_id, hidden)
    assert scores(db, setup) == {}


def test_a_grid_changed_after_export_is_refused(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    first = _titles(setup)[0]
    path = _fill(_export(db, setup, tmp_path), {first: [(30, "x"), (20, None), (5, None)]})
    with db.transaction(ADMIN) as s:
        criterion = s.scalars(
            select(Criterion).where(Criterion.call_id == setup.call_id, Criterion.code == "B")
        ).one()
        criterion.max_points = Decimal(35)
    with pytest.raises(ImportRefused, match=r"griglia di valutazione .* è cambiata"):
        ScoreImportService(db, OFFICER).preview(setup.call_id, path)


def test_wrong_evaluator_or_call_is_refused(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    other = evaluation_call(db)
    first = _titles(setup)[0]
    path = _fill(_export(db, setup, tmp_path), {first: [(30, "x"), (20, None), (5, None)]})
    with pytest.raises(ImportRefused, match=r"è del valutatore «g\.verdi», non di «l\.rossi»"):
        ScoreImportService(db, OFFICER).preview(setup.call_id, path, evaluator="l.rossi")
    with pytest.raises(PermissionDenied, match="propria cartella"):
        ScoreImportService(db, LUCA).preview(setup.call_id, path)
    with pytest.raises(ImportRefused, match=f"è del bando {setup.code}, non del bando {other.code}"):
        ScoreImportService(db, OFFICER).preview(other.call_id, path)
    with db.transaction(ADMIN) as s:  # g.verdi leaves the committee
        call = s.get(Call, setup.call_id)
        assert call is not None
        call.committee = [m for m in call.committee if m.user_id != setup.user_ids["g.verdi"]]
    with pytest.raises(ImportRefused, match="non fa parte della commissione"):
        ScoreImportService(db, OFFICER).preview(setup.call_id, path)


def test_the_declaration_must_be_answered_yes(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    first = _titles(setup)[0]
    exported = _export(db, setup, tmp_path)
    answers = {first: [(30, "x"), (20, None), (5, None)]}
    no = _fill(exported, answers, "NO", tmp_path / "no.xlsx")
    with pytest.raises(ImportRefused, match=r"ha risposto NO .* conflitto va registrato"):
        ScoreImportService(db, OFFICER).preview(setup.call_id, no)
    blank = _fill(exported, answers, None, tmp_path / "vuota.xlsx")
    plan = ScoreImportService(db, OFFICER).preview(setup.call_id, blank)
    assert [(e.sheet, e.row, e.column) for e in plan.errors] == [(COVER_SHEET, 9, "Dichiarazione")]
    with pytest.raises(ScoreImportRefused):
        ScoreImportService(db, OFFICER).apply(setup.call_id, blank)
    assert scores(db, setup) == {}


def test_blank_sheets_are_skipped_partial_and_invalid_ones_are_row_errors(
    db: Database, tmp_path: Path
) -> None:
    setup = evaluation_call(db)
    first, second = _titles(setup)[:2]
    path = _fill(_export(db, setup, tmp_path), {first: [(30, "x"), (20, None), (5, None)]})
    plan = ScoreImportService(db, OFFICER).preview(setup.call_id, path)
    assert plan.errors == [] and plan.skipped_sheets == [second] and len(plan.submitted_forms) == 1

    _fill(path, {second: [("7,3", None), (None, None), (45, None)]})
    plan = ScoreImportService(db, OFFICER).preview(setup.call_id, path)
    found = {(e.sheet, e.row, e.column): e.message for e in plan.errors}
    assert "mezzi punti" in found[(second, FIRST, "Punteggio")]
    assert "Manca il punteggio del criterio B" in found[(second, FIRST + 1, "Punteggio")]
    assert "supera il massimo del criterio C (7,50)" in found[(second, FIRST + 2, "Punteggio")]
    assert all(e.sheet == second for e in plan.errors)


def test_assignments_must_still_exist_and_not_be_in_conflict(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    first, second = _titles(setup)[:2]
    answers = {first: [(30, "x"), (20, None), (5, None)], second: [(30, "y"), (20, None), (5, None)]}
    path = _fill(_export(db, setup, tmp_path), answers)
    with db.transaction(ADMIN) as s:
        s.execute(
            delete(Assignment).where(
                Assignment.application_id == setup.app_ids[1],
                Assignment.evaluator_id == setup.user_ids["g.verdi"],
            )
        )
        form = s.scalars(
            select(Assignment).where(
                Assignment.application_id == setup.app_ids[0],
                Assignment.evaluator_id == setup.user_ids["g.verdi"],
            )
        ).one()
        form.status = AssignmentStatus.CONFLITTO
    plan = ScoreImportService(db, OFFICER).preview(setup.call_id, path)
    found = {e.sheet: e.message for e in plan.errors}
    assert "Giulia Verdi ha dichiarato un conflitto" in found[first]
    assert "non è più assegnata a Giulia Verdi" in found[second]
    assert plan.created_assignments == [] and plan.changes == []


def test_a_submitted_form_is_changed_only_by_the_office(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    first = _titles(setup)[0]
    path = _fill(_export(db, setup, tmp_path), {first: [(30, "x"), (20, None), (5, None)]})
    ScoreImportService(db, GIULIA).apply(setup.call_id, path)
    _fill(path, {first: [(31, "x"), (20, None), (5, None)]})
    plan = ScoreImportService(db, GIULIA).preview(setup.call_id, path)
    assert len(plan.errors) == 1 and "già stata inviata" in plan.errors[0].message
    office = ScoreImportService(db, OFFICER).apply(setup.call_id, path)
    assert office.changed == 1 and office.submitted_forms == 0
    assert scores(db, setup)[(setup.protocols[0], "g.verdi", "A")] == (Decimal("31.00"), "x")


def test_who_may_export_which_workbook(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    with pytest.raises(PermissionDenied):
        export_evaluator_workbook(db, EVALUATOR, setup.call_id, "g.verdi", tmp_path)
    with pytest.raises(PermissionDenied):
        export_evaluator_workbook(db, LUCA, setup.call_id, "g.verdi", tmp_path)
    own = export_evaluator_workbook(
        db, GIULIA, setup.call_id, setup.user_ids["g.verdi"], tmp_path / "mia.xlsx"
    )
    assert own.name == "mia.xlsx" and load_evaluator_workbook(own).evaluator == "g.verdi"
    everyone = export_evaluator_workbooks(db, OFFICER, setup.call_id, tmp_path)
    assert [p.name for p in everyone] == [f"{setup.code}_g.verdi.xlsx", f"{setup.code}_l.rossi.xlsx"]
    assert [len(load_evaluator_workbook(p).sheets) for p in everyone] == [2, 1]
    assert [p.name for p in export_evaluator_workbooks(db, LUCA, setup.call_id, tmp_path)] == [
        f"{setup.code}_l.rossi.xlsx"
    ]
    with pytest.raises(ExportFailed, match="non fa parte della commissione"):
        export_evaluator_workbook(db, OFFICER, setup.call_id, "m.bianchi", tmp_path)


def test_export_needs_a_call_in_evaluation(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db, status=CallStatus.GRADUATORIA_APPROVATA)
    folder = tmp_path / "cartelle"
    folder.mkdir()
    with pytest.raises(ExportFailed, match="«Graduatoria approvata»"):
        export_evaluator_workbooks(db, OFFICER, setup.call_id, folder)
    assert list(folder.iterdir()) == []


def test_sheet_titles_are_valid_and_unique() -> None:
    titles = sheet_titles(
        ["AOOGRT/2026/1", "aoogrt-2026-1", "x" * 40, "x" * 45, "Dichiarazione", "_coop", "[a]:b?"]
    )
    assert titles == [
        "AOOGRT-2026-1", "aoogrt-2026-1~2", "x" * 31, "x" * 29 + "~2", "Dichiarazione~2", "_coop~2", "-a--b-",
    ]  # fmt: skip
    assert all(len(t) <= 31 for t in titles)


def test_workbook_benchmark_measures_export_and_import(tmp_path: Path) -> None:
    ctx = BenchContext(db=str(tmp_path / "x.sqlite3"), sqlite_path=None, runs=1, home=tmp_path)
    exported, imported = measure_workbooks(ctx, applications=4)
    assert (exported.target, imported.target) == (EXPORT_TARGET_S, IMPORT_TARGET_S)
    assert exported.value and exported.value > 0 and imported.value and imported.value > 0
    assert exported.name == "cartella di lavoro del valutatore con 4 domande: esportazione"
    details = ctx.details["workbooks"]
    assert details["changed"] == 4 * 6 and details["reimport_changed"] == 0
    assert "measure_workbooks" in [b.__name__ for b in BENCHMARKS]
