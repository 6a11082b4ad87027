"""Importing scores from the long sheet: rows written, row errors, all-or-nothing, idempotence."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Application,
    Assignment,
    AuditEntry,
    Call,
    CommitteeMember,
    ConflictDeclaration,
    Criterion,
    EvaluatorConflict,
    Score,
    User,
)
from coop_desktop.domain.enums import ApplicationStatus, AssignmentStatus, CallStatus, CommitteeRole, UserRole
from coop_desktop.exchange.errors import ImportRefused
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import ConcurrentEditError, PermissionDenied
from coop_desktop.services.score_import import (
    PAPER_NOTE,
    ScoreImportRefused,
    ScoreImportService,
)
from tests.helpers.factories import make_actor, make_application, make_call
from tests.helpers.users import ADMIN, EVALUATOR, OFFICER, READER

HEADERS = ["Protocollo", "Valutatore", "Criterio", "Punteggio", "Note"]


@dataclass
class Setup:
    call_id: int
    code: str
    protocols: list[str]
    app_ids: list[int]
    user_ids: dict[str, int]


def evaluation_call(
    db: Database,
    *,
    applications: int = 3,
    comments_required: bool = False,
    assigned: Sequence[tuple[int, str]] = ((0, "g.verdi"), (0, "l.rossi"), (1, "g.verdi")),
    status: CallStatus = CallStatus.IN_VALUTAZIONE,
) -> Setup:
    """A call in evaluation with the grid A (max 40, min 20), B (30), C (7,5); committee g.verdi and
    l.rossi (m.bianchi is an evaluator outside it); applications in evaluation; forms as `assigned`."""
    with db.transaction(ADMIN) as s:
        call = make_call(s, status=status, comments_required=comments_required)
        call.criteria = [
            Criterion(code="A", description="Qualità del progetto", max_points=Decimal(40),
                      min_points=Decimal(20), position=1),
            Criterion(code="B", description="Partenariato", max_points=Decimal(30), position=2),
            Criterion(code="C", description="Sostenibilità", max_points=Decimal("7.5"), position=3),
        ]  # fmt: skip
        users = {u.username: u for u in s.scalars(select(User))}
        for name, full in (("g.verdi", "Giulia Verdi"), ("l.rossi", "Luca Rossi"), ("m.bianchi", "Mara B")):
            if name not in users:
                users[name] = User(username=name, full_name=full, role=UserRole.VALUTATORE)
                s.add(users[name])
        s.flush()
        call.committee = [CommitteeMember(user_id=users[n].id) for n in ("g.verdi", "l.rossi")]
        lead = make_actor(s)
        apps = [
            make_application(
                s, call, lead, protocol_number=f"AOOGRT/2026/{n + 1:04d}",
                status=ApplicationStatus.IN_VALUTAZIONE, summary=f"Sintesi del progetto {n + 1}.",
            )
            for n in range(applications)
        ]  # fmt: skip
        s.add_all(Assignment(application_id=apps[i].id, evaluator_id=users[name].id) for i, name in assigned)
        s.flush()
        return Setup(
            call.id, call.code, [a.protocol_number for a in apps], [a.id for a in apps],
            {n: u.id for n, u in users.items()},
        )  # fmt: skip


def write_sheet(path: Path, rows: Sequence[Sequence[Any]], headers: Sequence[str] = HEADERS) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Punteggi"
    sheet.append(list(headers))
    for row in rows:
        sheet.append(list(row))
    workbook.save(path)
    return path


def form_rows(
    protocol: str, user: str, a: Any = 30, b: Any = 20, c: Any = "5,5", note: str = ""
) -> list[list[Any]]:
    return [[protocol, user, "A", a, note], [protocol, user, "B", b, note], [protocol, user, "C", c, note]]


def audit_count(db: Database) -> int:
    with db.reading() as s:
        return s.scalar(select(func.count(AuditEntry.id))) or 0


def scores(db: Database, setup: Setup) -> dict[tuple[str, str, str], tuple[Decimal | None, str | None]]:
    with db.reading() as s:
        rows = s.execute(
            select(Application.protocol_number, User.username, Criterion.code, Score.points, Score.comment)
            .join(Assignment, Assignment.id == Score.assignment_id)
            .join(Application, Application.id == Assignment.application_id)
            .join(User, User.id == Assignment.evaluator_id)
            .join(Criterion, Criterion.id == Score.criterion_id)
            .where(Application.call_id == setup.call_id)
        )
        return {(p, u, c): (pts, com) for p, u, c, pts, com in rows}


def forms(db: Database, setup: Setup) -> dict[tuple[str, str], Assignment]:
    with db.reading() as s:
        rows = s.execute(
            select(Application.protocol_number, User.username, Assignment)
            .join(Application, Application.id == Assignment.application_id)
            .join(User, User.id == Assignment.evaluator_id)
            .where(Application.call_id == setup.call_id)
        ).all()
        for _, _, assignment in rows:
            _ = assignment.declaration
        return {(p, u): a for p, u, a in rows}


def test_long_sheet_writes_scores_submits_forms_and_creates_missing_assignments(
    db: Database, tmp_path: Path
) -> None:
    setup = evaluation_call(db)
    p0, _, p2 = setup.protocols
    path = write_sheet(
        tmp_path / "punteggi.xlsx", [*form_rows(p0, "g.verdi"), *form_rows(p2, "L.Rossi", 22, 7.5, 0)]
    )
    service = ScoreImportService(db, OFFICER)
    plan = service.preview(setup.call_id, path)
    assert plan.errors == [] and plan.kind == "sheet" and plan.rows_read == 6
    assert plan.as_dict() == {
        "changed": 6, "created_assignments": 1, "submitted_forms": 2, "fully_scored": 1, "errors": [],
    }  # fmt: skip
    assert plan.fully_scored == [p2]  # p0 still waits for l.rossi
    assert [(c.protocol_number, c.evaluator, c.criterion, c.new_points) for c in plan.changes][:2] == [
        (p0, "g.verdi", "A", Decimal("30.00")), (p0, "g.verdi", "B", Decimal("20.00")),
    ]  # fmt: skip
    assert scores(db, setup) == {}  # a preview writes nothing

    result = service.apply(setup.call_id, plan)
    assert result.written and result.changed == 6 and result.created_assignments == 1

    assert scores(db, setup) == {
        (p0, "g.verdi", "A"): (Decimal("30.00"), None),
        (p0, "g.verdi", "B"): (Decimal("20.00"), None),
        (p0, "g.verdi", "C"): (Decimal("5.50"), None),
        (p2, "l.rossi", "A"): (Decimal("22.00"), None),
        (p2, "l.rossi", "B"): (Decimal("7.50"), None),
        (p2, "l.rossi", "C"): (Decimal("0.00"), None),
    }
    found = forms(db, setup)
    for key in ((p0, "g.verdi"), (p2, "l.rossi")):
        form = found[key]
        assert form.status is AssignmentStatus.INVIATA and form.submitted_at is not None
        assert form.declaration is not None and form.declaration.has_conflict is False
        assert form.declaration.note == PAPER_NOTE
    assert found[(p0, "l.rossi")].status is AssignmentStatus.ASSEGNATA  # untouched
    assert found[(p0, "l.rossi")].declaration is None


def test_importing_the_same_sheet_twice_changes_nothing(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    path = write_sheet(tmp_path / "punteggi.xlsx", form_rows(setup.protocols[1], "g.verdi", note="Motivato"))
    service = ScoreImportService(db, OFFICER)
    assert service.apply(setup.call_id, path).written
    before, audit = forms(db, setup), audit_count(db)

    plan = service.preview(setup.call_id, path)
    assert plan.as_dict()["changed"] == 0 and not plan.has_changes and plan.fully_scored == []
    again = service.apply(setup.call_id, path)
    assert not again.written and again.as_dict() == {
        "changed": 0, "created_assignments": 0, "submitted_forms": 0, "fully_scored": 0, "errors": [],
        "written": False,
    }  # fmt: skip
    assert audit_count(db) == audit
    after = forms(db, setup)
    assert {k: (a.version, a.submitted_at) for k, a in after.items()} == {
        k: (a.version, a.submitted_at) for k, a in before.items()
    }


def test_one_bad_row_and_nothing_is_written(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    p0, p1, _ = setup.protocols
    rows = [*form_rows(p0, "g.verdi"), *form_rows(p1, "g.verdi", b="7,3")]
    path = write_sheet(tmp_path / "punteggi.xlsx", rows)
    audit = audit_count(db)
    service = ScoreImportService(db, OFFICER)
    plan = service.preview(setup.call_id, path)
    assert [(e.sheet, e.row, e.column) for e in plan.errors] == [("Punteggi", 6, "Punteggio")]
    assert "mezzi punti" in plan.errors[0].message
    with pytest.raises(ScoreImportRefused) as refused:
        service.apply(setup.call_id, path)
    assert [e.row for e in refused.value.errors] == [6] and "riga 6" in str(refused.value)
    with pytest.raises(ScoreImportRefused):
        service.apply(setup.call_id, plan)
    assert scores(db, setup) == {} and audit_count(db) == audit
    assert all(f.status is AssignmentStatus.ASSEGNATA for f in forms(db, setup).values())


def test_row_errors_name_row_column_and_cause(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    p0, p1, p2 = setup.protocols
    rows = [
        [p0, "g.verdi", "A", 45, ""],  # 2: above the maximum
        [p0, "g.verdi", "B", "7,3", ""],  # 3: not a half point
        [p0, "g.verdi", "C", -1, ""],  # 4: negative
        ["AOOGRT/2026/9999", "g.verdi", "A", 10, ""],  # 5: unknown protocol
        [p1, "g.verdi", "Z", 10, ""],  # 6: unknown criterion
        [p1, "m.bianchi", "A", 10, ""],  # 7: not on the committee
        [p1, "nessuno", "A", 10, ""],  # 8: unknown user
        [p1, "g.verdi", "A", "dieci", ""],  # 9: not a number
        [p2, "l.rossi", "A", 10, ""],  # 10: a form without B and C
        [p1, "g.verdi", "B", 10, ""],  # 11
        [p1, "g.verdi", "B", 12, ""],  # 12: repeated
        [p1, "g.verdi", "C", None, ""],  # 13: no points
    ]
    path = write_sheet(tmp_path / "punteggi.xlsx", rows)
    plan = ScoreImportService(db, OFFICER).preview(setup.call_id, path)
    found: dict[tuple[int | None, str], str] = {}
    for error in plan.errors:
        found[(error.row, error.column)] = found.get((error.row, error.column), "") + error.message
    assert "supera il massimo del criterio A (40,00)" in found[(2, "Punteggio")]
    assert "mezzi punti" in found[(3, "Punteggio")]
    assert "negativo" in found[(4, "Punteggio")]
    assert "Nessuna domanda con protocollo AOOGRT/2026/9999" in found[(5, "Protocollo")]
    assert "Il criterio Z non è nella griglia" in found[(6, "Criterio")]
    assert "«m.bianchi» non fa parte della commissione" in found[(7, "Valutatore")]
    assert "«nessuno» non è un utente registrato" in found[(8, "Valutatore")]
    assert "«dieci» non è un numero" in found[(9, "Punteggio")]
    assert (
        "Manca il criterio B" in found[(10, "Criterio")] and "Manca il criterio C" in found[(10, "Criterio")]
    )
    assert "una scheda si importa solo completa" in found[(10, "Criterio")]
    assert "ripetuto (riga 11)" in found[(12, "Criterio")]
    assert "Manca il punteggio del criterio C" in found[(13, "Punteggio")]
    assert plan.refused and all(e.sheet == "Punteggi" for e in plan.errors)


def test_comments_required_by_the_call_and_below_the_minimum(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db, comments_required=True)
    p0, p1, _ = setup.protocols
    rows = [*form_rows(p0, "g.verdi", note="Buon progetto"), *form_rows(p1, "g.verdi")]
    rows[4][4] = "Solo B commentato"
    plan = ScoreImportService(db, OFFICER).preview(setup.call_id, write_sheet(tmp_path / "c.xlsx", rows))
    assert [(e.row, e.column) for e in plan.errors] == [(5, "Note"), (7, "Note")]
    assert "il bando chiede un commento per ogni criterio" in plan.errors[0].message

    other = evaluation_call(db)
    rows = form_rows(other.protocols[0], "g.verdi", a=10)  # below A's minimum of 20
    plan = ScoreImportService(db, OFFICER).preview(other.call_id, write_sheet(tmp_path / "d.xlsx", rows))
    assert [(e.row, e.column) for e in plan.errors] == [(2, "Note")]
    assert "sotto la soglia" in plan.errors[0].message


def test_a_form_with_a_declared_conflict_is_refused(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    with db.transaction(ADMIN) as s:
        form = s.scalars(
            select(Assignment).where(
                Assignment.application_id == setup.app_ids[0],
                Assignment.evaluator_id == setup.user_ids["l.rossi"],
            )
        ).one()  # fmt: skip
        form.status = AssignmentStatus.CONFLITTO
        form.declaration = ConflictDeclaration(has_conflict=True, note="Socio del capofila")
        lead = s.get(Application, setup.app_ids[2])
        assert lead is not None
        s.add(EvaluatorConflict(user_id=setup.user_ids["g.verdi"], actor_id=lead.lead_actor_id, call_id=None))
    rows = [*form_rows(setup.protocols[0], "l.rossi"), *form_rows(setup.protocols[2], "g.verdi")]
    plan = ScoreImportService(db, OFFICER).preview(setup.call_id, write_sheet(tmp_path / "x.xlsx", rows))
    messages = {e.row: (e.column, e.message) for e in plan.errors}
    assert messages[2][0] == "Valutatore" and "Luca Rossi ha dichiarato un conflitto" in messages[2][1]
    assert messages[5][0] == "Valutatore" and "capofila o un partner" in messages[5][1]
    assert plan.created_assignments == []


def test_fully_scored_when_every_active_form_is_submitted(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    p0 = setup.protocols[0]
    service = ScoreImportService(db, OFFICER)
    first = service.apply(setup.call_id, write_sheet(tmp_path / "1.xlsx", form_rows(p0, "g.verdi")))
    assert first.plan.fully_scored == []
    with db.reading() as s:
        assert s.get(Application, setup.app_ids[0]).status is ApplicationStatus.IN_VALUTAZIONE  # type: ignore[union-attr]
    second = service.apply(setup.call_id, write_sheet(tmp_path / "2.xlsx", form_rows(p0, "l.rossi")))
    assert second.plan.fully_scored == [p0] and second.submitted_forms == 1
    with db.reading() as s:
        assert s.get(Application, setup.app_ids[0]).status is ApplicationStatus.VALUTATA  # type: ignore[union-attr]


def test_the_committee_secretary_does_not_score(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    with db.transaction(ADMIN) as s:
        s.add(
            CommitteeMember(
                call_id=setup.call_id, user_id=setup.user_ids["m.bianchi"], role=CommitteeRole.SEGRETARIO
            )
        )
    rows = form_rows(setup.protocols[2], "m.bianchi")
    plan = ScoreImportService(db, OFFICER).preview(setup.call_id, write_sheet(tmp_path / "s.xlsx", rows))
    assert [(e.row, e.column) for e in plan.errors] == [
        (2, "Valutatore"),
        (3, "Valutatore"),
        (4, "Valutatore"),
    ]
    assert "segretario della commissione" in plan.errors[0].message


def test_office_corrects_a_submitted_form_and_only_the_changed_score_moves(
    db: Database, tmp_path: Path
) -> None:
    setup = evaluation_call(db)
    p1 = setup.protocols[1]
    service = ScoreImportService(db, OFFICER)
    service.apply(setup.call_id, write_sheet(tmp_path / "1.xlsx", form_rows(p1, "g.verdi")))
    submitted = forms(db, setup)[(p1, "g.verdi")].submitted_at
    plan = service.preview(setup.call_id, write_sheet(tmp_path / "2.xlsx", form_rows(p1, "g.verdi", b=22)))
    assert [(c.criterion, c.old_points, c.new_points) for c in plan.changes] == [
        ("B", Decimal("20.00"), Decimal("22.00"))
    ]
    assert plan.submitted_forms == [] and plan.created_assignments == []
    service.apply(setup.call_id, plan)
    assert scores(db, setup)[(p1, "g.verdi", "B")] == (Decimal("22.00"), None)
    assert forms(db, setup)[(p1, "g.verdi")].submitted_at == submitted


def test_a_plan_gone_stale_is_not_applied(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    p1 = setup.protocols[1]
    service = ScoreImportService(db, OFFICER)
    plan = service.preview(setup.call_id, write_sheet(tmp_path / "1.xlsx", form_rows(p1, "g.verdi")))
    service.apply(setup.call_id, write_sheet(tmp_path / "2.xlsx", form_rows(p1, "g.verdi", a=31)))
    with pytest.raises(ConcurrentEditError):
        service.apply(setup.call_id, plan)
    assert scores(db, setup)[(p1, "g.verdi", "A")] == (Decimal("31.00"), None)


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (CallStatus.CHIUSO, "«Chiuso»"),
        (CallStatus.GRADUATORIA_APPROVATA, "graduatoria del bando"),
    ],
)
def test_the_call_must_be_in_evaluation(db: Database, tmp_path: Path, status: CallStatus, words: str) -> None:
    setup = evaluation_call(db, status=status)
    path = write_sheet(tmp_path / "p.xlsx", form_rows(setup.protocols[0], "g.verdi"))
    service = ScoreImportService(db, OFFICER)
    with pytest.raises(ImportRefused, match=words):
        service.preview(setup.call_id, path)
    with pytest.raises(ImportRefused, match=words):
        service.apply(setup.call_id, path)


def test_applications_not_admitted_are_not_scored(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    with db.transaction(ADMIN) as s:
        app = s.get(Application, setup.app_ids[1])
        assert app is not None
        app.status = ApplicationStatus.RITIRATA
    plan = ScoreImportService(db, OFFICER).preview(
        setup.call_id, write_sheet(tmp_path / "p.xlsx", form_rows(setup.protocols[1], "g.verdi"))
    )
    assert [(e.row, e.column) for e in plan.errors] == [(2, "Protocollo")]
    assert "«Ritirata»" in plan.errors[0].message


def test_headers_are_matched_loosely_and_extra_columns_ignored(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    headers = ["N. protocollo", "VALUTATORE", "Codice criterio", "punteggio", "Commento", "Data"]
    rows = [[*r, "2026-05-01"] for r in form_rows(setup.protocols[1], "g.verdi", note="Buono")]
    plan = ScoreImportService(db, OFFICER).preview(
        setup.call_id, write_sheet(tmp_path / "h.xlsx", rows, headers)
    )
    assert plan.errors == [] and plan.ignored_columns == ["Data"] and len(plan.changes) == 3
    assert {c.new_comment for c in plan.changes} == {"Buono"}


def test_who_may_import_the_long_sheet(db: Database, tmp_path: Path) -> None:
    setup = evaluation_call(db)
    path = write_sheet(tmp_path / "p.xlsx", form_rows(setup.protocols[1], "g.verdi"))
    giulia = CurrentUser(None, "g.verdi", "Giulia Verdi", UserRole.VALUTATORE)
    for user in (EVALUATOR, giulia, READER):
        with pytest.raises(PermissionDenied):
            ScoreImportService(db, user).preview(setup.call_id, path)
    read_only = CurrentUser(None, "x", "X", UserRole.ISTRUTTORE, read_only=True)
    with pytest.raises(PermissionDenied, match="sola lettura"):
        ScoreImportService(db, read_only).apply(setup.call_id, path)
    assert scores(db, setup) == {}


def test_a_call_that_does_not_exist(db: Database, tmp_path: Path) -> None:
    from coop_desktop.services.score_import import find_call

    setup = evaluation_call(db)
    assert find_call(db, f" {setup.code} ") == setup.call_id
    with pytest.raises(ImportRefused, match="Non esiste un bando con codice «NOPE»"):
        find_call(db, "NOPE")
    with db.reading() as s:
        assert s.get(Call, setup.call_id) is not None
