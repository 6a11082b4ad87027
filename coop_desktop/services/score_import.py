"""Importing scores from Excel: the office's long sheet and the evaluators' offline workbooks.

`ScoreImportService.preview` reads the file and tells what would change: the scores (old → new, per
application, evaluator and criterion), the forms that become submitted, the assignments to create,
the applications that become fully scored (every evaluator assigned to them has submitted) and the
row errors. `apply` writes all of it in one transaction, or nothing: one row error and nothing is
saved (ScoreImportRefused lists the rows). Imported scores count as submitted. Importing the same
file twice changes nothing the second time: no write at all, so no audit entry either.

Rules: the call must be "in valutazione"; the evaluator must sit on the call's committee; the
application must belong to the call and be admitted (ammissibile, in valutazione or valutata); the
criterion must be in the grid; points from 0 to the criterion's maximum in half points; comments as
the call requires; a form is imported only complete (every criterion); a form the evaluator declared
a conflict on is refused. A missing assignment is created (long sheet only: a workbook lists the
assignments it was exported for, which must still exist) with a declaration of no conflict.

A workbook must also: belong to this call and evaluator, have been exported against the current grid,
carry an intact checksum, and have the declaration answered SÌ. Evaluators may import only their
own workbook and only forms not yet submitted; the office (MANAGE_EVALUATION) may import anything.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Application,
    Assignment,
    Call,
    CommitteeMember,
    ConflictDeclaration,
    Score,
    User,
)
from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.enums import ApplicationStatus, AssignmentStatus, CallStatus, CommitteeRole
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.scoring import CENT, CriterionRule, FormEntry, form_problems, grid_fingerprint
from coop_desktop.exchange.errors import ImportRefused
from coop_desktop.exchange.evaluator_workbook import (
    ANSWER_ROW,
    COMMENT_LABEL,
    COVER_SHEET,
    DECLARATION_LABEL,
    EVALUABLE_STATUSES,
    POINTS_LABEL,
    SUMMARY_FIRST_ROW,
    EvaluatorWorkbook,
    is_evaluator_workbook,
    read_evaluator_workbook,
)
from coop_desktop.exchange.progress import CancelFn, ProgressFn, Steps
from coop_desktop.exchange.scores_sheet import ScoresSheet, comment_of, label, read_scores_sheet
from coop_desktop.exchange.xlsx_safety import open_untrusted_workbook
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import ConcurrentEditError, PermissionDenied
from coop_desktop.services.evaluation_common import conflict_pairs, refresh_evaluated

WORKBOOK_NOTE = "Dichiarazione resa sulla cartella di lavoro"
PAPER_NOTE = "Dichiarazione resa su carta, registrata con l'importazione"
_CANCELLED = "Importazione annullata: nessun punteggio è stato salvato."
_STALE = (
    "I punteggi sono stati modificati da un altro utente dopo l'anteprima: ripeti l'anteprima "
    "prima di importare (nessun punteggio è stato salvato)."
)

ParsedSource = EvaluatorWorkbook | ScoresSheet


# -- what the plan and the result say -------------------------------------------------------------


@dataclass(frozen=True)
class ScoreRowError:
    sheet: str
    row: int | None
    column: str
    message: str

    def __str__(self) -> str:
        where = f"{self.sheet}: riga {self.row}" if self.row is not None else self.sheet
        return f"{where}: {self.column}: {self.message}" if self.column else f"{where}: {self.message}"

    def as_dict(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "column": self.column, "message": self.message}


@dataclass(frozen=True)
class ScoreChange:
    """A score that the import writes: new, or with other points or another comment."""

    sheet: str
    row: int
    protocol_number: str
    evaluator: str  # username
    criterion: str
    old_points: Decimal | None
    new_points: Decimal
    old_comment: str | None
    new_comment: str | None

    @property
    def is_new(self) -> bool:
        return self.old_points is None and self.old_comment is None


@dataclass(frozen=True)
class FormChange:
    """A scoring form that becomes submitted (or an assignment the import creates, already submitted);
    `previous` is the form's status before, None for an assignment the import creates."""

    protocol_number: str
    evaluator: str
    previous: AssignmentStatus | None


@dataclass
class ScoreImportPlan:
    """What an import would do. A plan with errors writes nothing, so it lists no change either."""

    call_id: int
    call_code: str
    file_name: str
    kind: str  # "workbook" (an evaluator's workbook) or "sheet" (the long sheet)
    source: ParsedSource = field(repr=False)
    evaluator: str | None = None  # a workbook's evaluator
    changes: list[ScoreChange] = field(default_factory=list)
    submitted_forms: list[FormChange] = field(default_factory=list)
    created_assignments: list[FormChange] = field(default_factory=list)
    declarations: int = 0  # declarations of no conflict the import records
    fully_scored: list[str] = field(default_factory=list)  # protocols newly fully scored
    skipped_sheets: list[str] = field(default_factory=list)  # workbook sheets left blank
    errors: list[ScoreRowError] = field(default_factory=list)
    rows_read: int = 0
    ignored_columns: list[str] = field(default_factory=list)

    @property
    def refused(self) -> bool:
        return bool(self.errors)

    @property
    def has_changes(self) -> bool:
        return bool(self.changes or self.submitted_forms or self.created_assignments or self.declarations)

    def key(self) -> tuple[Any, ...]:
        """What the plan would write: two plans with the same key write the same rows."""
        return (
            tuple(self.changes),
            tuple(self.submitted_forms),
            tuple(self.created_assignments),
            self.declarations,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "changed": len(self.changes),
            "created_assignments": len(self.created_assignments),
            "submitted_forms": len(self.submitted_forms),
            "fully_scored": len(self.fully_scored),
            "errors": [e.as_dict() for e in self.errors],
        }


@dataclass
class ScoreImportResult:
    plan: ScoreImportPlan
    written: bool

    @property
    def changed(self) -> int:
        return len(self.plan.changes)

    @property
    def created_assignments(self) -> int:
        return len(self.plan.created_assignments)

    @property
    def submitted_forms(self) -> int:
        return len(self.plan.submitted_forms)

    def as_dict(self) -> dict[str, Any]:
        return {**self.plan.as_dict(), "written": self.written}


class ScoreImportRefused(ImportRefused):
    """The file has row errors: nothing was written. `errors` lists them."""

    def __init__(self, errors: Sequence[ScoreRowError]) -> None:
        rows = len({(e.sheet, e.row) for e in errors})
        shown = "; ".join(str(e) for e in errors[:3])
        more = f" (e altri {len(errors) - 3})" if len(errors) > 3 else ""
        super().__init__(
            f"Importazione annullata, nessun punteggio è stato salvato: {rows} righe con errori. "
            f"{shown}{more}"
        )
        self.errors = list(errors)


# -- reading the file ------------------------------------------------------------------------------


def read_score_source(path: Path | str, steps: Steps | None = None) -> ParsedSource:
    """An evaluator workbook (recognised by its hidden sheet) or else the long sheet."""
    path = Path(path)
    with open_untrusted_workbook(path) as workbook:
        if is_evaluator_workbook(workbook):
            return read_evaluator_workbook(workbook, path.name)
        return read_scores_sheet(workbook, path.name, steps)


def find_call(db: Database, code: str) -> int:
    """The id of the call with this code; ImportRefused naming it when there is none."""
    code = code.strip()
    with db.reading() as session:
        call_id = session.scalar(select(Call.id).where(Call.code == code))
    if call_id is None:
        raise ImportRefused(f"Non esiste un bando con codice «{code}».")
    return call_id


# -- planning --------------------------------------------------------------------------------------


@dataclass
class _Entry:
    sheet: str
    row: int
    criterion: str | None
    points: Decimal | None
    comment: str | None
    problems: list[tuple[str, str]] = field(default_factory=list)  # (column, message) of unreadable cells


@dataclass
class _Form:
    """One evaluator's form on one application, as the file gives it."""

    sheet: str
    row: int  # where errors about the whole form point
    column: str  # the column naming the application
    application_id: int
    evaluator_id: int
    evaluator_column: str  # the column naming the evaluator (the application's, in a workbook)
    entries: list[_Entry] = field(default_factory=list)


@dataclass(frozen=True)
class _App:
    id: int
    protocol_number: str
    status: ApplicationStatus
    lead_actor_id: int


@dataclass(frozen=True)
class _Person:
    id: int
    username: str
    full_name: str


@dataclass
class _Write:
    """A form to write: its assignment (None: to create) and the scores (criterion id → points, comment)."""

    form: _Form
    assignment: Assignment | None
    scores: dict[int, tuple[Decimal, str | None]]
    submit: bool
    declare: bool


class _Planner:
    def __init__(
        self, session: Session, user: CurrentUser, call: Call, source: ParsedSource, expected: str | None
    ) -> None:
        self.session = session
        self.user = user
        self.call = call
        self.source = source
        self.expected = expected.strip().lower() if expected else None
        self.rules = {
            c.code: CriterionRule(c.code, c.max_points, c.min_points, c.tie_break_order, c.description)
            for c in call.criteria
        }
        self.criterion_ids = {c.code: c.id for c in call.criteria}
        self.errors: list[ScoreRowError] = []
        self.writes: list[_Write] = []
        self.secretaries: set[str] = set()
        workbook = isinstance(source, EvaluatorWorkbook)
        self.plan = ScoreImportPlan(
            call.id,
            call.code,
            source.file_name,
            "workbook" if workbook else "sheet",
            source,
            evaluator=source.evaluator if isinstance(source, EvaluatorWorkbook) else None,
        )
        self.points_column = POINTS_LABEL if workbook else label("points")
        self.comment_column = COMMENT_LABEL if workbook else label("comment")
        self.criterion_column = "Codice" if workbook else label("criterion")

    def error(self, sheet: str, row: int | None, column: str, message: str) -> None:
        self.errors.append(ScoreRowError(sheet, row, column, message))

    # -- shared lookups

    def committee(self) -> dict[str, _Person]:
        """The call's evaluators by username: the committee but its secretary, who does not score."""
        rows = self.session.execute(
            select(User.id, User.username, User.full_name, CommitteeMember.role)
            .join(CommitteeMember, CommitteeMember.user_id == User.id)
            .where(CommitteeMember.call_id == self.call.id)
        ).all()
        self.secretaries = {r.username for r in rows if r.role is CommitteeRole.SEGRETARIO}
        return {
            r.username: _Person(r.id, r.username, r.full_name)
            for r in rows
            if r.username not in self.secretaries
        }

    def not_evaluator(self, username: str, known: bool) -> str:
        if username in self.secretaries:
            return f"«{username}» è il segretario della commissione del bando {self.call.code}: non valuta."
        if known:
            return f"«{username}» non fa parte della commissione del bando {self.call.code}."
        return f"«{username}» non è un utente registrato."

    def applications(self) -> dict[int, _App]:
        rows = self.session.execute(
            select(Application.id, Application.protocol_number, Application.status, Application.lead_actor_id)
            .where(Application.call_id == self.call.id)
        )  # fmt: skip
        return {r.id: _App(r.id, r.protocol_number, r.status, r.lead_actor_id) for r in rows}

    def assignments(self, evaluator_ids: Iterable[int]) -> dict[tuple[int, int], Assignment]:
        ids = sorted(set(evaluator_ids))
        if not ids:
            return {}
        found = self.session.scalars(
            select(Assignment)
            .join(Application, Application.id == Assignment.application_id)
            .where(Application.call_id == self.call.id, Assignment.evaluator_id.in_(ids))
            .options(selectinload(Assignment.scores), selectinload(Assignment.declaration))
        )
        return {(a.application_id, a.evaluator_id): a for a in found}

    # -- the two kinds of file

    def workbook_forms(self, book: EvaluatorWorkbook) -> tuple[list[_Form], dict[int, _Person]]:
        call = self.call
        if book.call_code != call.code:
            raise ImportRefused(
                f"La cartella di lavoro «{book.file_name}» è del bando {book.call_code or '?'}, "
                f"non del bando {call.code}."
            )
        if self.expected is not None and book.evaluator != self.expected:
            raise ImportRefused(
                f"La cartella di lavoro «{book.file_name}» è del valutatore «{book.evaluator}», "
                f"non di «{self.expected}»."
            )
        if not self.user.can(Permission.MANAGE_EVALUATION):
            self.user.require(Permission.SCORE)
            if book.evaluator != self.user.username:
                raise PermissionDenied("Un valutatore può importare solo la propria cartella di lavoro.")
        committee = self.committee()
        person = committee.get(book.evaluator)
        if person is None:
            known = self.session.scalar(select(User.id).where(User.username == book.evaluator)) is not None
            raise ImportRefused(
                f"Cartella di lavoro «{book.file_name}»: {self.not_evaluator(book.evaluator, known)}"
            )
        if book.grid_fingerprint != grid_fingerprint(self.rules.values()):
            raise ImportRefused(
                f"La griglia di valutazione del bando {call.code} è cambiata dopo l'esportazione della "
                f"cartella di lavoro «{book.file_name}»: esporta una nuova cartella e ricopiaci punteggi "
                "e commenti."
            )
        if book.declaration is False:
            raise ImportRefused(
                f"Nella cartella di lavoro «{book.file_name}» {person.full_name} ha risposto NO alla "
                "dichiarazione di assenza di conflitti di interessi: i punteggi non sono importati. Il "
                "conflitto va registrato nell'applicazione o comunicato all'ufficio, che riassegnerà le "
                "domande; poi esporta una nuova cartella di lavoro."
            )
        if book.declaration is None:
            why = (
                book.declaration_problem or "Rispondi SÌ per dichiarare l'assenza di conflitti di interessi."
            )
            self.error(COVER_SHEET, ANSWER_ROW, DECLARATION_LABEL, f"Dichiarazione non resa. {why}")
        forms: list[_Form] = []
        for sheet in book.sheets:
            if sheet.blank:
                self.plan.skipped_sheets.append(sheet.title)
                continue
            form = _Form(
                sheet.title, SUMMARY_FIRST_ROW, "Protocollo", sheet.application_id, person.id, "Protocollo"
            )
            for score in sheet.scores:
                entry = _Entry(sheet.title, score.row, score.criterion, score.points, score.comment)
                if score.problem:
                    entry.problems.append((self.points_column, score.problem))
                form.entries.append(entry)
            forms.append(form)
            self.plan.rows_read += len(sheet.scores)
        apps = self.applications()
        for form, sheet in zip(forms, [s for s in book.sheets if not s.blank], strict=True):
            app = apps.get(form.application_id)
            if app is None or app.protocol_number != sheet.protocol_number:
                self.error(
                    form.sheet, form.row, form.column,
                    f"La domanda {sheet.protocol_number} non è più tra quelle del bando {call.code}.",
                )  # fmt: skip
        return forms, {person.id: person}

    def sheet_forms(self, sheet: ScoresSheet) -> tuple[list[_Form], dict[int, _Person]]:
        self.user.require(Permission.MANAGE_EVALUATION)
        self.plan.rows_read = len(sheet.rows)
        self.plan.ignored_columns = list(sheet.ignored_columns)
        committee = self.committee()
        by_protocol = {a.protocol_number: a for a in self.applications().values()}
        names = {r.evaluator for r in sheet.rows if r.evaluator}
        known = set(self.session.scalars(select(User.username).where(User.username.in_(sorted(names)))))
        forms: dict[tuple[int, int], _Form] = {}
        for row in sheet.rows:
            ok = True
            if not row.protocol_number:
                self.error(sheet.sheet, row.row, label("protocol_number"), "Manca il numero di protocollo.")
                ok = False
            elif " ".join(row.protocol_number.split()) not in by_protocol:
                self.error(
                    sheet.sheet, row.row, label("protocol_number"),
                    f"Nessuna domanda con protocollo {row.protocol_number} nel bando {self.call.code}.",
                )  # fmt: skip
                ok = False
            person = committee.get(row.evaluator or "")
            if not row.evaluator:
                self.error(sheet.sheet, row.row, label("evaluator"), "Manca il nome utente del valutatore.")
                ok = False
            elif person is None:
                message = self.not_evaluator(row.evaluator, row.evaluator in known)
                self.error(sheet.sheet, row.row, label("evaluator"), message)
                ok = False
            entry = _Entry(sheet.sheet, row.row, row.criterion, row.points, row.comment, list(row.problems))
            if not ok or person is None or not row.protocol_number:
                for column, message in row.problems:
                    self.error(sheet.sheet, row.row, column, message)
                if row.criterion and row.criterion not in self.rules:
                    self.error(
                        sheet.sheet, row.row, label("criterion"),
                        f"Il criterio {row.criterion} non è nella griglia del bando {self.call.code}.",
                    )  # fmt: skip
                continue
            app = by_protocol[" ".join(row.protocol_number.split())]
            form = forms.get((app.id, person.id))
            if form is None:
                form = forms[(app.id, person.id)] = _Form(
                    sheet.sheet, row.row, label("protocol_number"), app.id, person.id, label("evaluator")
                )
            form.entries.append(entry)
        return list(forms.values()), {p.id: p for p in committee.values()}

    # -- checking and comparing each form

    def check_entries(self, form: _Form, protocol: str) -> list[FormEntry] | None:
        """The form's entries, complete and valid, or None (with its errors)."""
        ok = True
        unreadable: set[str] = set()
        seen: dict[str, int] = {}
        entries: list[FormEntry] = []
        rows: dict[str, _Entry] = {}
        for entry in form.entries:
            for column, message in entry.problems:
                self.error(entry.sheet, entry.row, column, message)
                ok = False
            code = entry.criterion or ""
            if not code:
                self.error(entry.sheet, entry.row, self.criterion_column, "Manca il codice del criterio.")
                ok = False
                continue
            if code not in self.rules:
                self.error(
                    entry.sheet, entry.row, self.criterion_column,
                    f"Il criterio {code} non è nella griglia del bando {self.call.code} "
                    f"(criteri: {', '.join(self.rules)}).",
                )  # fmt: skip
                ok = False
                continue
            if code in seen:
                self.error(
                    entry.sheet, entry.row, self.criterion_column,
                    f"Il criterio {code} della domanda {protocol} è ripetuto (riga {seen[code]}).",
                )  # fmt: skip
                ok = False
                continue
            seen[code] = entry.row
            rows[code] = entry
            if entry.problems:
                unreadable.add(code)  # already reported: not "missing" as well
            else:
                entries.append(FormEntry(code, entry.points, entry.comment))
        problems = [
            p
            for p in form_problems(
                list(self.rules.values()),
                entries,
                comments_required=self.call.comments_required,
                submitting=True,
            )
            if p.code not in unreadable
        ]
        for problem in problems:
            entry = rows.get(problem.code)
            column = self.points_column if problem.field == "points" else self.comment_column
            if entry is None:
                self.error(
                    form.sheet, form.row, self.criterion_column,
                    f"Manca il criterio {problem.code} della domanda {protocol}: una scheda si importa "
                    "solo completa, con tutti i criteri.",
                )  # fmt: skip
            else:
                self.error(entry.sheet, entry.row, column, problem.message)
        return entries if ok and not problems else None

    def compare(
        self,
        form: _Form,
        app: _App,
        person: _Person,
        assignment: Assignment | None,
        entries: Sequence[FormEntry],
    ) -> None:
        rows = {e.criterion: e for e in form.entries}
        ids = {cid: code for code, cid in self.criterion_ids.items()}
        old = (
            {ids[s.criterion_id]: s for s in assignment.scores if s.criterion_id in ids} if assignment else {}
        )
        scores: dict[int, tuple[Decimal, str | None]] = {}
        changes: list[ScoreChange] = []
        for entry in entries:
            assert entry.points is not None  # a complete form, checked above
            points = entry.points.quantize(CENT)
            before = old.get(entry.code)
            old_points = before.points if before else None
            old_comment = comment_of(before.comment) if before else None
            if old_points is not None and old_points == points and old_comment == entry.comment:
                continue
            row = rows[entry.code]
            scores[self.criterion_ids[entry.code]] = (points, entry.comment)
            changes.append(
                ScoreChange(
                    row.sheet, row.row, app.protocol_number, person.username, entry.code,
                    old_points, points, before.comment if before else None, entry.comment,
                )
            )  # fmt: skip
        submit = assignment is None or assignment.status is not AssignmentStatus.INVIATA
        declare = assignment is not None and assignment.declaration is None
        if (
            assignment is not None
            and not submit
            and changes
            and not self.user.can(Permission.MANAGE_EVALUATION)
        ):
            self.error(
                form.sheet, form.row, form.column,
                f"La scheda della domanda {app.protocol_number} è già stata inviata: per modificarla chiedi "
                "all'ufficio di riaprirla.",
            )  # fmt: skip
            return
        self.plan.changes.extend(changes)
        if submit:
            previous = None if assignment is None else assignment.status
            self.plan.submitted_forms.append(FormChange(app.protocol_number, person.username, previous))
        if assignment is None:
            self.plan.created_assignments.append(FormChange(app.protocol_number, person.username, None))
        if declare:
            self.plan.declarations += 1
        if changes or submit or declare:
            self.writes.append(_Write(form, assignment, scores, submit, declare))

    def blocked(self, pairs: Sequence[tuple[_App, _Person]]) -> set[tuple[int, int]]:
        """(application, evaluator) pairs among `pairs` the evaluator declared a conflict with."""
        if not pairs:
            return set()
        return conflict_pairs(
            self.session, self.call.id, sorted({a.id for a, _ in pairs}), sorted({p.id for _, p in pairs})
        )

    def run(self) -> tuple[ScoreImportPlan, list[_Write]]:
        source = self.source
        if isinstance(source, EvaluatorWorkbook):
            forms, people = self.workbook_forms(source)
        else:
            forms, people = self.sheet_forms(source)
        apps = self.applications()
        assignments = self.assignments(f.evaluator_id for f in forms)
        workbook = isinstance(source, EvaluatorWorkbook)
        missing = [
            (apps[f.application_id], people[f.evaluator_id])
            for f in forms
            if (f.application_id, f.evaluator_id) not in assignments and f.application_id in apps
        ]
        blocked = set() if workbook else self.blocked(missing)
        failed = {(e.sheet, e.row) for e in self.errors}
        for form in forms:
            app = apps.get(form.application_id)
            if app is None or (workbook and (form.sheet, form.row) in failed):
                continue
            person = people[form.evaluator_id]
            assignment = assignments.get((app.id, person.id))
            entries = self.check_entries(form, app.protocol_number)
            if not self.form_allowed(form, app, person, assignment, blocked, workbook) or entries is None:
                continue
            self.compare(form, app, person, assignment, entries)
        plan = self.plan
        plan.errors = self.errors
        if self.errors:  # all or nothing: a refused file changes nothing
            plan.changes, plan.submitted_forms, plan.created_assignments, plan.declarations = [], [], [], 0
            self.writes = []
        else:
            plan.fully_scored = self.fully_scored()
        return plan, self.writes

    def form_allowed(
        self,
        form: _Form,
        app: _App,
        person: _Person,
        assignment: Assignment | None,
        blocked: set[tuple[int, int]],
        workbook: bool,
    ) -> bool:
        where = (form.sheet, form.row, form.column)
        if app.status not in EVALUABLE_STATUSES:
            self.error(
                *where,
                f"La domanda {app.protocol_number} è «{app.status.label}»: si valutano solo le domande "
                "ammissibili o in valutazione.",
            )
            return False
        declared = assignment is not None and (
            assignment.status is AssignmentStatus.CONFLITTO
            or (assignment.declaration is not None and assignment.declaration.has_conflict)
        )
        if declared:
            self.error(
                form.sheet,
                form.row,
                form.evaluator_column,
                f"{person.full_name} ha dichiarato un conflitto di interessi sulla domanda "
                f"{app.protocol_number}: i suoi punteggi non possono essere registrati.",
            )
            return False
        if assignment is None and workbook:
            self.error(
                *where,
                f"La domanda {app.protocol_number} non è più assegnata a {person.full_name}: "
                "l'assegnazione è stata revocata dopo l'esportazione della cartella di lavoro.",
            )
            return False
        if assignment is None and (app.id, person.id) in blocked:
            self.error(
                form.sheet,
                form.row,
                form.evaluator_column,
                f"{person.full_name} ha dichiarato un conflitto di interessi con il capofila o un partner "
                f"della domanda {app.protocol_number}: la domanda non può essergli assegnata.",
            )
            return False
        return True

    def fully_scored(self) -> list[str]:
        """Protocols of the applications every active form of which is submitted after the import,
        and was not before."""
        touched = {w.form.application_id for w in self.writes if w.submit}
        if not touched:
            return []
        rows = self.session.execute(
            select(Assignment.application_id, Assignment.evaluator_id, Assignment.status).where(
                Assignment.application_id.in_(sorted(touched))
            )
        ).all()
        before: dict[int, dict[int, AssignmentStatus]] = defaultdict(dict)
        for app_id, evaluator_id, status in rows:
            before[app_id][evaluator_id] = status
        after = {app_id: dict(forms) for app_id, forms in before.items()}
        for write in self.writes:
            if write.submit:
                after.setdefault(write.form.application_id, {})[write.form.evaluator_id] = (
                    AssignmentStatus.INVIATA
                )

        def complete(forms: dict[int, AssignmentStatus]) -> bool:
            active = [s for s in forms.values() if s is not AssignmentStatus.CONFLITTO]
            return bool(active) and all(s is AssignmentStatus.INVIATA for s in active)

        apps = self.applications()
        done = [a for a in touched if complete(after.get(a, {})) and not complete(before.get(a, {}))]
        return sorted(apps[a].protocol_number for a in done)


# -- the service ------------------------------------------------------------------------------------


class ScoreImportService:
    """Preview and import of scores for one user; see the module docstring."""

    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def _may_import(self) -> None:
        if not self._user.can(Permission.MANAGE_EVALUATION):
            self._user.require(Permission.SCORE)

    def read(self, path: Path | str, *, progress: ProgressFn | None = None) -> ParsedSource:
        """Read (and, for a workbook, verify) the file; raises ImportRefused when it cannot be used."""
        self._may_import()
        path = Path(path)
        steps = Steps(progress, None, _CANCELLED)
        steps.report(0, 0, f"Lettura di {path.name}…")
        return read_score_source(path, steps)

    def _call(self, session: Session, call_id: int) -> Call:
        call = session.scalar(select(Call).where(Call.id == call_id).options(selectinload(Call.criteria)))
        if call is None:
            raise ImportRefused("Il bando non esiste più.")
        if call.status is CallStatus.GRADUATORIA_APPROVATA:
            raise ImportRefused(
                f"La graduatoria del bando {call.code} è approvata: i punteggi non possono più essere "
                "importati né modificati."
            )
        if call.status is not CallStatus.IN_VALUTAZIONE:
            raise ImportRefused(
                f"Il bando {call.code} è «{call.status.label}»: i punteggi si importano solo quando il "
                "bando è «In valutazione»."
            )
        return call

    def _source(self, source: Path | str | ParsedSource) -> ParsedSource:
        return source if isinstance(source, EvaluatorWorkbook | ScoresSheet) else self.read(source)

    def preview(
        self,
        call_id: int,
        source: Path | str | ParsedSource,
        *,
        evaluator: str | None = None,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> ScoreImportPlan:
        """What importing `source` (a path, or what `read` returned) into the call would change.

        `evaluator`: the username the workbook must belong to (the GUI's evaluator); None to take it
        from the workbook. Raises ImportRefused (or PermissionDenied) when the file cannot be imported
        at all; row errors are listed in the plan."""
        self._may_import()
        steps = Steps(progress, is_cancelled, _CANCELLED, every=1)
        with self._db.reading() as session:
            call = self._call(session, call_id)  # refuse early: before reading the file
        parsed = self._source(source)
        steps.report(1, 2, "Confronto con i punteggi registrati…")
        with self._db.reading() as session:
            plan, _ = _Planner(session, self._user, self._call(session, call.id), parsed, evaluator).run()
        steps.report(2, 2, "Anteprima pronta.")
        return plan

    def apply(
        self,
        call_id: int,
        plan_or_source: ScoreImportPlan | Path | str | ParsedSource,
        *,
        evaluator: str | None = None,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> ScoreImportResult:
        """Write the import in one transaction. With a plan from `preview`, the plan is checked again
        against the database inside the transaction: ConcurrentEditError if anything it would write
        changed meanwhile. Raises ScoreImportRefused (nothing written) when rows have errors."""
        self._may_import()
        steps = Steps(progress, is_cancelled, _CANCELLED, every=1)
        previewed = plan_or_source if isinstance(plan_or_source, ScoreImportPlan) else None
        if previewed is not None:
            if previewed.call_id != call_id:
                raise ImportRefused("L'anteprima è di un altro bando: ripeti l'anteprima.")
            parsed = previewed.source
            evaluator = evaluator or (previewed.evaluator if previewed.kind == "workbook" else None)
        else:
            with self._db.reading() as session:
                self._call(session, call_id)
            parsed = self._source(plan_or_source)  # type: ignore[arg-type]
        steps.report(1, 3, "Controllo dei punteggi…")
        try:
            with self._db.transaction(self._user) as session:
                call = self._call(session, call_id)
                plan, writes = _Planner(session, self._user, call, parsed, evaluator).run()
                if plan.errors:
                    raise ScoreImportRefused(plan.errors)
                if previewed is not None and plan.key() != previewed.key():
                    raise ConcurrentEditError(_STALE)
                if not writes:
                    return ScoreImportResult(plan, written=False)
                steps.report(2, 3, "Salvataggio dei punteggi…")
                _write(session, self._user, writes, WORKBOOK_NOTE if plan.kind == "workbook" else PAPER_NOTE)
        except (StaleDataError, IntegrityError) as exc:
            raise ConcurrentEditError(_STALE) from exc
        steps.report(3, 3, "Importazione completata.")
        return ScoreImportResult(plan, written=True)


def _write(session: Session, user: CurrentUser, writes: Sequence[_Write], note: str) -> None:
    """The forms, their declarations and scores; then the applications every evaluator has now
    submitted become "valutata", as when a form is submitted in the application."""
    now = utcnow()
    for write in writes:
        assignment = write.assignment
        if assignment is None:
            assignment = Assignment(
                application_id=write.form.application_id,
                evaluator_id=write.form.evaluator_id,
                status=AssignmentStatus.INVIATA,
                assigned_at=now,
                submitted_at=now,
            )
            assignment.declaration = ConflictDeclaration(has_conflict=False, declared_at=now, note=note)
            session.add(assignment)
        elif write.declare:
            assignment.declaration = ConflictDeclaration(has_conflict=False, declared_at=now, note=note)
        existing = {s.criterion_id: s for s in assignment.scores}
        for criterion_id, (points, comment) in write.scores.items():
            score = existing.get(criterion_id)
            if score is None:
                assignment.scores.append(Score(criterion_id=criterion_id, points=points, comment=comment))
            else:
                if score.points != points:
                    score.points = points
                if comment_of(score.comment) != comment:
                    score.comment = comment
        if write.submit and assignment.status is not AssignmentStatus.INVIATA:
            assignment.status = AssignmentStatus.INVIATA
            assignment.submitted_at = now
    session.flush()
    refresh_evaluated(session, user, {w.form.application_id for w in writes if w.submit})


__all__ = [
    "PAPER_NOTE",
    "WORKBOOK_NOTE",
    "FormChange",
    "ScoreChange",
    "ScoreImportPlan",
    "ScoreImportRefused",
    "ScoreImportResult",
    "ScoreImportService",
    "ScoreRowError",
    "find_call",
    "read_score_source",
]
