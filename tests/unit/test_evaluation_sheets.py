"""Evaluation sheets and the committee's verbale: the data read, the PDFs read back, the register."""

from __future__ import annotations

import hashlib
import io
import pickle
import re
from collections.abc import Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import event, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Application,
    ApplicationCountry,
    ApplicationPartner,
    Assignment,
    Call,
    GeneratedDocument,
    Score,
)
from coop_desktop.domain.enums import AssignmentStatus, DocumentKind, RankingOutcome
from coop_desktop.domain.formatting import format_money, format_number
from coop_desktop.domain.ranking import ScoreStats
from coop_desktop.domain.scoring import FormEntry
from coop_desktop.printing.evaluation_sheets import (
    PROVISIONAL_MARK,
    SheetData,
    call_sheets_data,
    sheet_data,
    sheet_file_name,
    sheet_pdf,
    sheet_story,
    verbale_data,
    verbale_pdf,
    write_call_sheets,
)
from coop_desktop.printing.layout import Letterhead, build_pdf
from coop_desktop.services.assignments import AssignmentService
from coop_desktop.services.consensus import ConsensusService
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import PermissionDenied, ServiceError
from coop_desktop.services.rankings import RankingService
from coop_desktop.services.scoring_forms import ScoringFormService
from tests.helpers.evaluation import Scenario, evaluation_scenario
from tests.helpers.users import ADMIN, EVALUATOR, OFFICER, READER

# -- helpers ------------------------------------------------------------------------------------------


def pages(pdf: bytes) -> list[str]:
    """Each page's text, whitespace folded (pypdf splits table cells over lines)."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def whole(pdf: bytes) -> str:
    return " ".join(pages(pdf))


def page_numbers(pdf: bytes) -> list[tuple[int, int]]:
    found = []
    for text in pages(pdf):
        match = re.findall(r"Pagina (\d+) di (\d+)", text)
        assert len(match) == 1, text
        found.append((int(match[0][0]), int(match[0][1])))
    return found


def _form(db: Database, app_id: int, evaluator: CurrentUser) -> tuple[int, int] | None:
    with db.reading() as session:
        row = session.execute(
            select(Assignment.id, Assignment.version).where(
                Assignment.application_id == app_id, Assignment.evaluator_id == evaluator.id
            )
        ).first()
    return None if row is None else (row[0], row[1])


def fill(
    db: Database,
    s: Scenario,
    app_id: int,
    evaluator: CurrentUser,
    points: tuple[str, ...],
    *,
    submit: bool = True,
    comment: str = "Motivato.",
) -> None:
    """`evaluator` declares no conflict and saves (or submits) points for A, B, C on `app_id`."""
    if _form(db, app_id, evaluator) is None:
        AssignmentService(db, OFFICER).assign(s.call_id, app_id, evaluator.id or 0)
    forms = ScoringFormService(db, evaluator)
    form_id, version = _form(db, app_id, evaluator) or (0, 0)
    if forms.form(form_id).status is AssignmentStatus.ASSEGNATA:
        forms.declare(form_id, version, has_conflict=False)
    entries = [
        FormEntry(code, Decimal(p), f"{comment} ({code})") for code, p in zip(s.criteria, points, strict=True)
    ]
    forms.save(form_id, (_form(db, app_id, evaluator) or (0, 0))[1], entries, submit=submit)


def demo_call(db: Database) -> int:
    with db.reading() as session:
        call_id = session.scalar(select(Call.id).where(Call.code == "COOP-2025"))
    assert call_id is not None
    return call_id


@contextmanager
def counted(db: Database) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def documents(db: Database) -> list[GeneratedDocument]:
    with db.reading() as session:
        return list(session.scalars(select(GeneratedDocument).order_by(GeneratedDocument.id)))


# -- the demo's approved ranking ------------------------------------------------------------------------


def test_sheets_of_the_demo_follow_the_approved_ranking(demo_db: Database) -> None:
    call_id = demo_call(demo_db)
    view = RankingService(demo_db, OFFICER).current(call_id)
    with demo_db.reading() as session:
        sheets = call_sheets_data(session, call_id)
        submitted = session.execute(
            select(Assignment.application_id, Assignment.evaluator_id, Score.points)
            .join(Score, Score.assignment_id == Assignment.id)
            .join(Application, Application.id == Assignment.application_id)
            .where(Application.call_id == call_id, Assignment.status == AssignmentStatus.INVIATA)
        ).all()
    evaluated = [line for line in view.lines if line.outcome is not RankingOutcome.NON_AMMISSIBILE]
    assert [s.application_id for s in sheets] == [line.application_id for line in evaluated]
    assert len(sheets) == 17
    points_of: dict[int, list[Decimal]] = {}
    for app_id, _, points in submitted:
        points_of.setdefault(app_id, []).append(points)
    for sheet, line in zip(sheets, evaluated, strict=True):
        assert not sheet.provisional and sheet.approved
        assert "DD n. 17890 del 15/09/2025" in sheet.ranking_note
        assert (sheet.rank, sheet.outcome, sheet.total, sheet.grant) == (
            line.rank,
            line.outcome,
            line.total,
            line.grant,
        )
        assert len(sheet.evaluators) == 3 and all(sheet.submitted)
        assert [r.criterion.code for r in sheet.rows] == ["A", "B", "C"]
        for row in sheet.rows:
            assert row.score == line.criterion_scores[row.criterion.code]
            assert row.mean == ScoreStats.of([p for p in row.points if p is not None]).mean
            assert all(row.comments)
        assert sorted(p for r in sheet.rows for p in r.points if p is not None) == sorted(
            points_of[sheet.application_id]
        )
        assert sum((r.score for r in sheet.rows if r.score is not None), Decimal(0)) == sheet.total


def test_sheet_pdf_prints_the_numbers_and_is_recorded(demo_db: Database) -> None:
    call_id = demo_call(demo_db)
    with demo_db.reading() as session:
        data = call_sheets_data(session, call_id)[0]
    pdf = sheet_pdf(demo_db, OFFICER, data.application_id)
    text = whole(pdf)
    assert "Scheda di valutazione" in text and PROVISIONAL_MARK not in text
    assert f"n. {data.protocol_number} del {data.protocol_date:%d/%m/%Y}" in text
    assert data.lead in text and data.title in text
    for partner in data.partners:
        assert partner.name in text
    for country in data.countries:
        assert country in text
    assert format_money(data.total_cost) in text and format_money(data.requested_grant) in text
    for name in data.evaluators:
        assert name in text
    for row in data.rows:
        line = " ".join(
            [
                format_number(row.criterion.max_points),
                *(format_number(p) for p in row.points if p is not None),
                format_number(row.mean or 0),
            ]
        )
        assert line in text, line
        for comment in row.comments:
            assert comment in text
    totals = " ".join(format_number(t or 0) for t in data.evaluator_totals)
    assert f"Totale 100,00 {totals}" in text
    assert f"Punteggio totale {format_number(data.total or 0)}" in text
    assert f"Esito {data.outcome.label}" in text
    assert f"Posizione in graduatoria {data.rank}ª" in text
    assert f"Contributo concesso {format_money(data.grant)}" in text
    assert "punteggio complessivo almeno 60,00; criterio A almeno 20,00" in text
    for member in data.committee:
        assert member.name in text
    assert "Presidente" in text and "La commissione di valutazione" in text
    assert page_numbers(pdf) == [(1, 1)]
    [record] = documents(demo_db)[-1:]
    assert record.kind is DocumentKind.SCHEDA_VALUTAZIONE
    assert record.file_name == f"{sheet_file_name(data.protocol_number)}.pdf"
    assert record.application_id == data.application_id and record.call_id == call_id
    assert record.sha256 == hashlib.sha256(pdf).hexdigest()
    # The same data makes the same bytes (what the register's hash proves).
    assert sheet_pdf(demo_db, OFFICER, data.application_id) == pdf


def test_tie_break_notes_are_printed(demo_db: Database) -> None:
    with demo_db.reading() as session:
        tied = [s for s in call_sheets_data(session, demo_call(demo_db)) if s.tie_break_note]
    assert len(tied) == 4
    for sheet in tied:
        text = whole(build_pdf(sheet_story(sheet), letterhead=Letterhead(), title="prova"))
        assert f"Nota alla graduatoria {sheet.tie_break_note}" in text


def test_file_names_come_from_the_protocol() -> None:
    assert sheet_file_name("2026/0012") == "scheda_2026-0012"
    assert sheet_file_name("2025/0238022") == "scheda_2025-0238022"


def test_verbale_lists_committee_dates_counts_and_ranking(demo_db: Database) -> None:
    call_id = demo_call(demo_db)
    view = RankingService(demo_db, OFFICER).current(call_id)
    with demo_db.reading() as session:
        data = verbale_data(session, call_id)
    pdf = verbale_pdf(demo_db, OFFICER, call_id)
    text = whole(pdf)
    assert "Verbale sintetico della commissione di valutazione" in text
    assert "Bando COOP-2025" in text
    for member in data.committee:
        assert f"{member.role} {member.name} 16/06/2025" in text
    assert "DD n. 4321 del 12/03/2025" in text and "Scadenza delle domande 30/05/2025" in text
    assert "Nomina della commissione 16/06/2025" in text
    assert data.evaluation_from is not None and data.evaluation_to is not None
    assert f"dal {data.evaluation_from:%d/%m/%Y}" in text
    assert "Graduatoria approvata con DD n. 17890 del 15/09/2025" in text
    counts = {
        "Domande pervenute": 20,
        "Non ammissibili (escluse all'istruttoria formale)": 3,
        "Valutate nel merito": 17,
        "Idonee": 15,
        "Finanziate": 8,
        "Finanziate parzialmente": 1,
        "Ammesse non finanziate": 6,
        "Non idonee": 2,
    }
    for label, number in counts.items():
        assert f"{label} {number}" in text, label
    for line in view.lines:
        score = "—" if line.total is None else format_number(line.total)
        rank = "—" if line.rank is None else str(line.rank)
        assert f"{rank} {line.protocol_number} {line.lead} {score}" in text, line.protocol_number
    assert f"contributi assegnati {format_money(view.committed)}" in text
    assert "Letto, approvato e sottoscritto." in text
    assert page_numbers(pdf) == [(1, 2), (2, 2)]
    [record] = documents(demo_db)[-1:]
    assert (record.kind, record.file_name, record.call_id) == (
        DocumentKind.VERBALE,
        "verbale_COOP-2025.pdf",
        call_id,
    )


def test_write_call_sheets_writes_each_sheet_the_merged_pdf_and_the_verbale(
    demo_db: Database, tmp_path: Path
) -> None:
    call_id = demo_call(demo_db)
    steps: list[tuple[int, int, str]] = []
    folder = tmp_path / "schede"
    result = write_call_sheets(
        demo_db, OFFICER, call_id, folder, progress=lambda d, t, m: steps.append((d, t, m))
    )
    with demo_db.reading() as session:
        sheets = call_sheets_data(session, call_id)
    assert not result.cancelled and len(result.files) == 17 and result.recorded == 19
    assert [f.name for f in result.files] == [f"{sheet_file_name(s.protocol_number)}.pdf" for s in sheets]
    assert result.merged == folder / "schede_COOP-2025.pdf"
    assert result.verbale == folder / "verbale_COOP-2025.pdf"
    # The merged PDF: the sheets in ranking order, each numbered on its own.
    merged = result.merged.read_bytes()
    expected: list[tuple[int, int]] = []
    for path in result.files:
        expected += page_numbers(path.read_bytes())
    assert page_numbers(merged) == expected
    merged_pages = pages(merged)
    first_pages = [n for n, (page, _) in enumerate(expected) if page == 1]
    for n, sheet in zip(first_pages, sheets, strict=True):
        assert f"n. {sheet.protocol_number} del" in merged_pages[n]
    assert "Verbale sintetico" in whole(result.verbale.read_bytes())
    # Every file in the register with its hash.
    recorded = {d.file_name: d for d in documents(demo_db)}
    for path in [*result.files, result.merged, result.verbale]:
        assert recorded[path.name].sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
        assert recorded[path.name].call_id == call_id
    by_app = {s.application_id for s in sheets}
    assert {recorded[p.name].application_id for p in result.files} == by_app
    assert recorded["verbale_COOP-2025.pdf"].kind is DocumentKind.VERBALE
    assert recorded["schede_COOP-2025.pdf"].application_id is None
    assert steps[-1][0] == steps[-1][1] and steps[-1][2] == "Scritto verbale_COOP-2025.pdf"


def test_cancelling_stops_between_sheets(demo_db: Database, tmp_path: Path) -> None:
    call_id = demo_call(demo_db)
    folder = tmp_path / "schede"
    result = write_call_sheets(demo_db, OFFICER, call_id, folder, is_cancelled=lambda: True)
    assert result.cancelled and len(result.files) == 1
    assert result.merged is None and result.verbale is None
    assert [p.name for p in folder.iterdir()] == [result.files[0].name]
    assert [d.file_name for d in documents(demo_db)] == [result.files[0].name]


# -- rights -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("user", [EVALUATOR, READER], ids=["valutatore", "consultazione"])
def test_only_the_office_prints_sheets(demo_db: Database, tmp_path: Path, user: CurrentUser) -> None:
    call_id = demo_call(demo_db)
    with demo_db.reading() as session:
        app_id = call_sheets_data(session, call_id)[0].application_id
    with pytest.raises(PermissionDenied, match="stampare"):
        sheet_pdf(demo_db, user, app_id)
    with pytest.raises(PermissionDenied):
        verbale_pdf(demo_db, user, call_id)
    with pytest.raises(PermissionDenied):
        write_call_sheets(demo_db, user, call_id, tmp_path / "schede")
    assert not (tmp_path / "schede").exists() and documents(demo_db) == []


def test_read_only_prints_without_recording(demo_db: Database) -> None:
    call_id = demo_call(demo_db)
    with demo_db.reading() as session:
        app_id = call_sheets_data(session, call_id)[0].application_id
    viewer = CurrentUser(None, "ro", "Sola lettura", OFFICER.role, read_only=True)
    assert whole(sheet_pdf(demo_db, viewer, app_id)).startswith("REGIONE TOSCANA")
    assert documents(demo_db) == []


# -- while the evaluation goes on ---------------------------------------------------------------------------


@pytest.fixture
def s(db: Database) -> Scenario:
    return evaluation_scenario(db, applications=3, evaluators=3, per_application=2)


def test_provisional_sheet_shows_only_submitted_scores(db: Database, s: Scenario) -> None:
    one, two = s.evaluators[:2]
    app = s.applications[0]
    fill(db, s, app, one, ("31.5", "22", "20"), comment="Buona analisi")
    fill(db, s, app, two, ("33.5", "21.5", "19.5"), submit=False, comment="Bozza riservata")
    with db.reading() as session:
        data = sheet_data(session, app)
    assert data.provisional and not data.approved
    assert data.evaluators == (one.full_name, two.full_name) and data.submitted == (True, False)
    assert [r.points for r in data.rows] == [
        (Decimal("31.50"), None),
        (Decimal("22.00"), None),
        (Decimal("20.00"), None),
    ]
    assert data.total == Decimal("73.50") and data.evaluator_totals == (Decimal("73.50"), None)
    pdf = sheet_pdf(db, OFFICER, app)
    text = whole(pdf)
    assert text.count(PROVISIONAL_MARK) >= 3  # banner, title and every page's footer
    assert "Scheda di valutazione – PROVVISORIA" in text
    assert f"{two.full_name} (non inviata)" in text
    assert "31,50 — 31,50" in text and "Totale 100,00 73,50 — 73,50 73,50" in text
    assert "Buona analisi (A)" in text
    # A draft stays the evaluator's own: neither its points nor its comments are printed.
    assert "33,50" not in text and "21,50" not in text and "Bozza riservata" not in text
    assert "Contributo previsto € 40.000,00" in text


def test_consensus_replaces_the_mean_and_its_reason_is_printed(db: Database, s: Scenario) -> None:
    one, two, three = s.evaluators
    app = s.applications[0]
    fill(db, s, app, one, ("10", "25", "25"))
    fill(db, s, app, two, ("35", "26", "24"))
    with db.reading() as session:
        before = sheet_data(session, app)
    assert before.rows[0].diverging and before.rows[0].consensus is None
    assert "divergenza" in whole(build_pdf(sheet_story(before), letterhead=Letterhead(), title="t"))
    ConsensusService(db, OFFICER).record(app, "A", Decimal("30"), "Concordato dalla commissione in seduta.")
    for other in s.applications[1:]:
        fill(db, s, other, three, ("30", "20", "20"))
        fill(db, s, other, one, ("30", "20", "20"))
    with db.reading() as session:
        data = sheet_data(session, app)
    a = data.rows[0]
    assert (a.mean, a.consensus, a.score) == (Decimal("22.50"), Decimal("30.00"), Decimal("30.00"))
    assert data.total == Decimal("30.00") + Decimal("25.50") + Decimal("24.50")
    assert not data.provisional and not data.approved
    text = whole(sheet_pdf(db, OFFICER, app))
    assert "40,00 10,00 35,00 22,50 30,00 30,00" in text
    assert "Commissione (consenso) 30,00 Concordato dalla commissione in seduta." in text
    assert "Graduatoria non ancora approvata con decreto" in text
    assert PROVISIONAL_MARK not in text


def test_an_application_not_evaluated_has_no_sheet(db: Database, s: Scenario) -> None:
    from coop_desktop.domain.enums import ApplicationStatus

    with db.transaction() as session:
        app = session.get(Application, s.applications[2])
        assert app is not None
        app.status = ApplicationStatus.NON_AMMISSIBILE
        number = app.protocol_number
    with db.reading() as session:
        with pytest.raises(ServiceError, match=f"prot. {number}.*Non ammissibile"):
            sheet_data(session, s.applications[2])
        assert [d.application_id for d in call_sheets_data(session, s.call_id)] == list(s.applications[:2])


def test_a_call_without_evaluated_applications_prints_nothing(
    db: Database, s: Scenario, tmp_path: Path
) -> None:
    from coop_desktop.domain.enums import ApplicationStatus

    with db.transaction() as session:
        for app_id in s.applications:
            app = session.get(Application, app_id)
            assert app is not None
            app.status = ApplicationStatus.RICEVUTA
    with pytest.raises(ServiceError, match="nessuna scheda"):
        write_call_sheets(db, OFFICER, s.call_id, tmp_path / "vuota")
    assert documents(db) == []


def test_a_long_sheet_numbers_its_pages(db: Database, s: Scenario, tmp_path: Path) -> None:
    long = "Osservazione dettagliata sul progetto e sul contesto. " * 30
    for app in s.applications[:2]:
        fill(db, s, app, s.evaluators[0], ("30", "20", "20"), comment=long)
        fill(db, s, app, s.evaluators[1], ("28", "22", "21"), comment=long)
    result = write_call_sheets(db, ADMIN, s.call_id, tmp_path / "schede")
    numbers = [page_numbers(p.read_bytes()) for p in result.files]
    assert len(numbers) == 3
    for found in numbers[:2]:
        assert len(found) >= 2 and found == [(n, len(found)) for n in range(1, len(found) + 1)]
    assert result.merged is not None
    assert page_numbers(result.merged.read_bytes()) == [n for found in numbers for n in found]


def test_partners_countries_and_abstentions(db: Database, s: Scenario) -> None:
    app = s.applications[0]
    with db.transaction() as session:
        session.add_all(
            [
                ApplicationPartner(application_id=app, actor_id=s.leads[1], role="partner"),
                ApplicationPartner(
                    application_id=app,
                    foreign_name="Association Sahel Vert",
                    country_code="SN",
                    role="locale",
                ),
                ApplicationCountry(application_id=app, country_code="SN"),
                ApplicationCountry(application_id=app, country_code="BF"),
            ]
        )
    one, _, three = s.evaluators
    AssignmentService(db, OFFICER).assign(s.call_id, app, three.id or 0)
    form_id, version = _form(db, app, three) or (0, 0)
    ScoringFormService(db, three).declare(form_id, version, has_conflict=True, note="Socio del capofila.")
    fill(db, s, app, one, ("30", "20", "20"))
    with db.reading() as session:
        data = sheet_data(session, app)
    assert [p.place for p in data.partners] == ["Firenze (FI)", "Senegal"]
    assert data.partners[1].name == "Association Sahel Vert"
    assert data.countries == ("Burkina Faso", "Senegal")
    assert three.full_name in data.abstained and three.full_name not in data.evaluators
    text = whole(sheet_pdf(db, OFFICER, app))
    assert "Association Sahel Vert, Senegal – locale" in text
    assert "Burkina Faso, Senegal" in text
    assert f"Astenuti per conflitto di interessi dichiarato: {three.full_name}." in text


# -- reading a large call -----------------------------------------------------------------------------------


def _queries_to_read(db: Database, scenario: Scenario) -> int:
    for app in scenario.applications:
        fill(db, scenario, app, scenario.evaluators[0], ("30", "20", "20"))
        fill(db, scenario, app, scenario.evaluators[1], ("31", "21", "19"))
    with counted(db) as statements, db.reading() as session:
        sheets = call_sheets_data(session, scenario.call_id)
    assert len(sheets) == len(scenario.applications)
    return len(statements)


def test_reading_a_call_takes_the_same_queries_for_any_number_of_applications(db: Database) -> None:
    from coop_desktop.db.models import User

    few = _queries_to_read(db, evaluation_scenario(db, applications=2, evaluators=3, per_application=2))
    # A second call in the same database: the scenario helper names its users val1…, so rename those.
    with db.transaction() as session:
        for user in session.scalars(select(User)):
            user.username = f"prima.{user.username}"
    many = _queries_to_read(db, evaluation_scenario(db, applications=12, evaluators=3, per_application=2))
    assert few == many and few <= 20


def test_sheet_data_travels_to_other_processes(db: Database, s: Scenario) -> None:
    fill(db, s, s.applications[0], s.evaluators[0], ("30", "20", "20"))
    with db.reading() as session:
        data = sheet_data(session, s.applications[0])
    copy = pickle.loads(pickle.dumps(data))
    assert isinstance(copy, SheetData) and copy == data
    assert pickle.loads(pickle.dumps(sheet_story)) is sheet_story
    text = whole(build_pdf(sheet_story(copy), letterhead=Letterhead(), title="prova"))
    assert "Totale 100,00 70,00" in text


# -- the benchmark, at a tiny scale ----------------------------------------------------------------------


def test_benchmark_rows(tmp_path: Path) -> None:
    from coop_desktop.bench.context import BenchContext
    from coop_desktop.bench.registry import BENCHMARKS
    from coop_desktop.bench.sheets import SHEET_TARGET_MS, measure_sheets

    ctx = BenchContext(db="non usato", sqlite_path=None, runs=3, home=tmp_path)
    approved, live, batch = measure_sheets(ctx, applications=6)
    assert approved.name == "scheda di valutazione, graduatoria approvata (bando di 6 domande)"
    assert (approved.unit, approved.target, live.target, batch.unit) == ("ms", SHEET_TARGET_MS, None, "s")
    assert approved.value and live.value and batch.value and batch.value > 0
    assert "schede al secondo" in batch.note
    details = ctx.details["sheets"]
    assert len(details["approved_ms"]) == 3 and len(details["live_ms"]) == 3
    assert "measure_sheets" in [b.__name__ for b in BENCHMARKS]
