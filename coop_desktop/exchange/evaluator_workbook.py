"""Offline evaluator workbooks: one .xlsx per evaluator and call, filled in without the application.

Layout:
- "Dichiarazione": call, evaluator, the declaration of absence of conflicts of interest and the cell
  where the evaluator answers SÌ or NO (a drop-down list), then the list of the assigned applications.
- one sheet per assigned application, named after its protocol number: the summary (protocol, date,
  lead applicant, title, summary, requested grant, total cost) and the grid, one row per criterion
  with code, description, maximum, minimum, the Punteggio cell (data validation 0..max) and the
  Commento cell.
- "_coop", very hidden: format version, call code, evaluator, grid fingerprint, the sheets with their
  application ids and protocols, and a checksum of everything the evaluator must not change.

Only the answer, the points and the comments are unlocked; the rest is locked by sheet protection.
Protection is a convenience, not security (any spreadsheet program removes it): the checksum, an
HMAC-SHA256 over a canonical serialisation of the protected content, is what detects a workbook whose
summary, grid or identification was altered. Half points are checked on import, not by the
validation, which only bounds the number.

Reading back (`read_evaluator_workbook`) verifies the checksum and returns the answers as written;
services/score_import.py checks them against the call, the evaluator and the current grid.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any, ClassVar

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, Application, Assignment, Call, CommitteeMember, User
from coop_desktop.domain.enums import ApplicationStatus, AssignmentStatus, CallStatus, CommitteeRole
from coop_desktop.domain.formatting import format_date, format_money, format_number
from coop_desktop.domain.permissions import Permission, refusal
from coop_desktop.domain.scoring import CENT, CriterionRule, grid_fingerprint
from coop_desktop.exchange.cells import CellProblem, parse_bool, parse_decimal
from coop_desktop.exchange.errors import ExportFailed, ImportRefused
from coop_desktop.exchange.progress import CancelFn, ProgressFn, Steps
from coop_desktop.exchange.scores_sheet import comment_of
from coop_desktop.exchange.xlsx_safety import (
    MAX_CELL_TEXT,
    atomic_output,
    open_untrusted_workbook,
    sheet_rows,
)
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import NotFoundError, PermissionDenied

FORMAT_VERSION = 1
COVER_SHEET = "Dichiarazione"
META_SHEET = "_coop"
# Sheet protection keeps honest people from overwriting the grid by mistake; it is not a secret.
SHEET_PASSWORD = "coop"
_CHECKSUM_KEY = b"coop-desktop/cartella-di-lavoro-del-valutatore/v1"

# Applications an evaluator scores: admitted, in evaluation or already evaluated.
EVALUABLE_STATUSES = (
    ApplicationStatus.AMMISSIBILE,
    ApplicationStatus.IN_VALUTAZIONE,
    ApplicationStatus.VALUTATA,
)

YES, NO = "SÌ", "NO"
# Cover sheet: the declaration's text and the answer.
DECLARATION_TEXT_ROW = 7
ANSWER_ROW, ANSWER_COLUMN = 9, 2
ANSWER_CELL = f"B{ANSWER_ROW}"
_COVER_LIST_ROW = 13
_COVER_HEADERS = ("Foglio", "Protocollo", "Capofila", "Titolo", "Stato della scheda")
# Application sheets: summary labels in A and values in B, from row 3; the grid's header, then rows.
SUMMARY_FIRST_ROW = 3
SUMMARY_LABELS = (
    "Protocollo",
    "Data protocollo",
    "Capofila",
    "Titolo",
    "Sintesi",
    "Contributo richiesto",
    "Costo totale",
)
_LONG_SUMMARY = ("Capofila", "Titolo", "Sintesi")
GRID_HEADER_ROW = SUMMARY_FIRST_ROW + len(SUMMARY_LABELS) + 1
GRID_FIRST_ROW = GRID_HEADER_ROW + 1
GRID_HEADERS = ("Codice", "Criterio", "Punteggio massimo", "Soglia minima", "Punteggio", "Commento")
POINTS_COLUMN, COMMENT_COLUMN = 5, 6
POINTS_LABEL, COMMENT_LABEL, DECLARATION_LABEL = "Punteggio", "Commento", "Dichiarazione"
_WIDTHS = {"A": 22, "B": 55, "C": 12, "D": 12, "E": 12, "F": 60}
_COVER_WIDTHS = {"A": 24, "B": 20, "C": 40, "D": 60, "E": 22, "F": 12}

_BOLD = Font(bold=True)
_TITLE = Font(bold=True, size=14)
_WRAP = Alignment(wrap_text=True, vertical="top")
_EDITABLE = PatternFill("solid", fgColor="FFF2CC")
_HEADER_FILL = PatternFill("solid", fgColor="D9E1F2")
_THIN = Side(style="thin", color="A6A6A6")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_UNLOCKED = Protection(locked=False)
_BAD_TITLE = re.compile(r"[\\/?*\[\]:]")
_RESERVED_TITLES = {COVER_SHEET.casefold(), META_SHEET.casefold(), "history"}


# -- what a workbook holds -------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportApplication:
    """An assigned application as its sheet shows it, with what the evaluator already wrote."""

    application_id: int
    protocol_number: str
    protocol_date: date
    lead: str
    title: str
    summary: str | None
    requested_grant: Decimal
    total_cost: Decimal
    status: AssignmentStatus = AssignmentStatus.ASSEGNATA
    points: Mapping[str, Decimal | None] = field(default_factory=dict)
    comments: Mapping[str, str | None] = field(default_factory=dict)


@dataclass(frozen=True)
class WorkbookContent:
    call_code: str
    call_title: str
    evaluator_username: str
    evaluator_name: str
    criteria: tuple[CriterionRule, ...]
    applications: tuple[ExportApplication, ...]
    comments_required: bool = False


@dataclass(frozen=True)
class WorkbookScore:
    """One criterion row of an application sheet, as the evaluator left it."""

    row: int
    criterion: str
    points: Decimal | None
    comment: str | None
    # The points cell holds something that is not a number (Italian message); points is then None.
    problem: str | None = None


@dataclass(frozen=True)
class WorkbookSheet:
    title: str
    application_id: int
    protocol_number: str
    scores: tuple[WorkbookScore, ...]

    @property
    def blank(self) -> bool:
        """Nothing written: the sheet is left out of the import."""
        return all(s.points is None and s.comment is None and s.problem is None for s in self.scores)


@dataclass(frozen=True)
class EvaluatorWorkbook:
    """A workbook read back, its checksum verified."""

    file_name: str
    call_code: str
    evaluator: str
    grid_fingerprint: str
    criteria: tuple[tuple[str, Decimal, Decimal | None], ...]  # code, maximum, minimum as exported
    declaration: bool | None  # True: SÌ (no conflict); False: NO; None: not answered
    declaration_problem: str | None
    sheets: tuple[WorkbookSheet, ...]


# -- canonical form and checksum -------------------------------------------------------------------


def _clean(text: str) -> str:
    """Text a cell can hold: no characters XML forbids, at most what one cell takes."""
    return ILLEGAL_CHARACTERS_RE.sub("", text)[:MAX_CELL_TEXT]


def _canon(value: Any) -> str:
    """A protected cell's value, independent of how a spreadsheet program saved it again."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float | Decimal):
        try:
            return str(Decimal(str(value)).quantize(CENT))
        except InvalidOperation:
            return str(value)
    return " ".join(str(value).split())


def checksum(identity: Mapping[str, Any], declaration: str, sheets: Sequence[Mapping[str, Any]]) -> str:
    """HMAC-SHA256 of the canonical JSON of the protected content."""
    payload = json.dumps(
        {"identity": identity, "declaration": declaration, "sheets": list(sheets)},
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return hmac.new(_CHECKSUM_KEY, payload.encode(), hashlib.sha256).hexdigest()


def _sheet_payload(
    title: str, application_id: int, protocol: str, summary: Sequence[Any], grid: Sequence[Sequence[Any]]
) -> dict[str, Any]:
    return {
        "title": title,
        "application": str(application_id),
        "protocol": _canon(protocol),
        "summary": [_canon(v) for v in summary],
        "grid": [[_canon(v) for v in row] for row in grid],
    }


# -- writing ---------------------------------------------------------------------------------------


def sheet_titles(protocols: Iterable[str]) -> list[str]:
    """A valid, unique sheet title per protocol number: forbidden characters become "-", at most 31
    characters, "~2", "~3"… when two protocols collapse to the same title (Excel ignores case)."""
    titles: list[str] = []
    taken = set(_RESERVED_TITLES)
    for protocol in protocols:
        base = _BAD_TITLE.sub("-", " ".join(protocol.split())).strip("'") or "Domanda"
        base = base[:31]
        title, n = base, 1
        while title.casefold() in taken:
            n += 1
            suffix = f"~{n}"
            title = base[: 31 - len(suffix)] + suffix
        taken.add(title.casefold())
        titles.append(title)
    return titles


class _Styles:
    """Cell styles by name, each built once per workbook then copied: openpyxl hashes every style
    object a cell is given, which costs more than all the rest of the export."""

    _NAMED: ClassVar[dict[str, dict[str, Any]]] = {
        "title": {"font": _TITLE},
        "bold": {"font": _BOLD},
        "wrap": {"alignment": _WRAP},
        "bold_wrap": {"font": _BOLD, "alignment": _WRAP},
        "list_header": {"font": _BOLD, "fill": _HEADER_FILL},
        "grid_header": {"font": _BOLD, "alignment": _WRAP, "fill": _HEADER_FILL, "border": _BOX},
        "answer": {"font": _BOLD, "fill": _EDITABLE, "border": _BOX, "protection": _UNLOCKED},
        "code": {"font": _BOLD, "border": _BOX},
        "description": {"alignment": _WRAP, "border": _BOX},
        "boxed": {"border": _BOX},
        "points": {"fill": _EDITABLE, "border": _BOX, "protection": _UNLOCKED},
        "comment": {"fill": _EDITABLE, "border": _BOX, "protection": _UNLOCKED, "alignment": _WRAP},
    }

    def __init__(self) -> None:
        self._built: dict[str, Any] = {}

    def apply(self, cell: Any, name: str) -> None:
        built = self._built.get(name)
        if built is not None:
            cell._style = copy(built)
            return
        for attribute, value in self._NAMED[name].items():
            setattr(cell, attribute, value)
        self._built[name] = copy(cell._style)

    def put(self, sheet: Worksheet, ref: str, value: Any, style: str | None = None) -> Any:
        """Write `value` (text cleaned, never a formula) with the named style; returns what was written."""
        cell = sheet[ref]
        if isinstance(value, str):
            value = _clean(value)
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # text, never a formula, whatever its first character
        if style is not None:
            self.apply(cell, style)
        return value


def _height(text: str, width: int) -> float | None:
    """A row height fitting wrapped text in a column `width` characters wide (merged cells don't grow)."""
    lines = sum(max(1, -(-len(part) // max(width, 1))) for part in text.split("\n"))
    return None if lines <= 1 else min(409.0, 15.0 * lines)


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)


def _protect(sheet: Worksheet) -> None:
    sheet.protection.sheet = True
    sheet.protection.password = SHEET_PASSWORD
    # Resizing rows and columns to read long comments changes nothing that matters.
    sheet.protection.formatRows = False
    sheet.protection.formatColumns = False


def _declaration_text(content: WorkbookContent) -> str:
    return (
        f"Il/La sottoscritto/a {content.evaluator_name}, componente della commissione di valutazione del "
        f"bando {content.call_code} «{content.call_title}», consapevole delle sanzioni previste dall'art. 76 "
        "del D.P.R. 445/2000 per le dichiarazioni mendaci, dichiara, ai sensi dell'art. 6-bis della "
        "L. 241/1990 e dell'art. 7 del D.P.R. 62/2013, l'assenza di conflitti di interessi, anche "
        "potenziali, con i soggetti proponenti e con i partner delle domande elencate in questa cartella "
        "di lavoro."
    )


def _write_cover(
    styles: _Styles, sheet: Worksheet, content: WorkbookContent, declaration: str, titles: Sequence[str]
) -> None:
    put = styles.put
    for letter, width in _COVER_WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    put(sheet, "A1", f"Valutazione delle domande – bando {content.call_code}", "title")
    put(sheet, "A2", content.call_title)
    put(sheet, "A4", "Valutatore", "bold")
    put(sheet, "B4", f"{content.evaluator_name} ({content.evaluator_username})")
    put(sheet, "A5", "Domande assegnate", "bold")
    put(sheet, "B5", len(content.applications))
    sheet.merge_cells(f"A{DECLARATION_TEXT_ROW}:F{DECLARATION_TEXT_ROW}")
    put(sheet, f"A{DECLARATION_TEXT_ROW}", declaration, "wrap")
    sheet.row_dimensions[DECLARATION_TEXT_ROW].height = _height(declaration, 170)
    put(sheet, f"A{ANSWER_ROW}", "Dichiaro l'assenza di conflitti di interessi (SÌ/NO)", "bold_wrap")
    sheet.row_dimensions[ANSWER_ROW].height = 30
    styles.apply(sheet[ANSWER_CELL], "answer")
    check = DataValidation(
        type="list", formula1=f'"{YES},{NO}"', allow_blank=True, showErrorMessage=True,
        errorTitle="Risposta non valida", error=f"Scegli {YES} o {NO} dall'elenco.",
        showInputMessage=True, promptTitle="Dichiarazione",
        prompt=f"{YES}: nessun conflitto; {NO}: conflitto.",
    )  # fmt: skip
    check.add(ANSWER_CELL)
    sheet.add_data_validation(check)
    rule = "per ogni criterio" if content.comments_required else "per i punteggi sotto la soglia minima"
    instructions = (
        "Compila un foglio per domanda: il punteggio di ogni criterio, da 0 al massimo, a mezzi punti "
        f"(es. 7,5), e il commento, obbligatorio {rule}. Un foglio lasciato del tutto vuoto non viene "
        "importato; un foglio compilato deve avere tutti i punteggi. Le celle in giallo sono le sole "
        "modificabili; non rinominare i fogli. Se sei in conflitto di interessi per una domanda, non "
        "usare questa cartella: comunicalo all'ufficio o registralo nell'applicazione."
    )
    sheet.merge_cells("A11:F11")
    put(sheet, "A11", instructions, "wrap")
    sheet.row_dimensions[11].height = _height(instructions, 170)
    for column, text in zip("ABCDE", _COVER_HEADERS, strict=True):
        put(sheet, f"{column}{_COVER_LIST_ROW}", text, "list_header")
    for row, (title, app) in enumerate(zip(titles, content.applications, strict=True), _COVER_LIST_ROW + 1):
        values = (title, app.protocol_number, app.lead, app.title, app.status.label)
        for column, value in zip("ABCDE", values, strict=True):
            put(sheet, f"{column}{row}", value)
    _protect(sheet)


def _write_application(
    styles: _Styles, sheet: Worksheet, app: ExportApplication, criteria: Sequence[CriterionRule]
) -> dict[str, Any]:
    """The application's sheet; returns its checksum payload."""
    put = styles.put
    for letter, width in _WIDTHS.items():
        sheet.column_dimensions[letter].width = width
    put(sheet, "A1", f"Domanda {app.protocol_number} – scheda di valutazione", "title")
    values = (
        app.protocol_number,
        format_date(app.protocol_date),
        app.lead,
        app.title,
        app.summary or "",
        format_money(app.requested_grant),
        format_money(app.total_cost),
    )
    written: list[Any] = []
    for row, (label, value) in enumerate(zip(SUMMARY_LABELS, values, strict=True), SUMMARY_FIRST_ROW):
        put(sheet, f"A{row}", label, "bold")
        written.append(put(sheet, f"B{row}", value, "wrap"))
        if label in _LONG_SUMMARY:  # merging costs: only the texts that need the room
            sheet.merge_cells(f"B{row}:F{row}")
            sheet.row_dimensions[row].height = _height(written[-1], 150)
    for column, text in zip("ABCDEF", GRID_HEADERS, strict=True):
        put(sheet, f"{column}{GRID_HEADER_ROW}", text, "grid_header")
    grid: list[list[Any]] = []
    for row, rule in enumerate(criteria, GRID_FIRST_ROW):
        code = put(sheet, f"A{row}", rule.code, "code")
        text = put(sheet, f"B{row}", rule.description, "description")
        put(sheet, f"C{row}", _number(rule.max_points), "boxed")
        put(sheet, f"D{row}", None if rule.min_points is None else _number(rule.min_points), "boxed")
        grid.append([code, text, rule.max_points, rule.min_points])
        points = app.points.get(rule.code)
        put(sheet, f"E{row}", None if points is None else _number(points), "points")
        put(sheet, f"F{row}", app.comments.get(rule.code) or None, "comment")
        maximum = format_number(rule.max_points, 0 if rule.max_points % 1 == 0 else 1)
        check = DataValidation(
            type="decimal", operator="between", formula1="0", formula2=f"{rule.max_points.normalize():f}",
            allow_blank=True, showErrorMessage=True, errorTitle="Punteggio non valido",
            error=f"Il punteggio del criterio {rule.code} va da 0 a {maximum} (ammessi i mezzi punti).",
            showInputMessage=True, promptTitle=f"Criterio {rule.code}"[:32],
            prompt=f"Da 0 a {maximum}, a mezzi punti.",
        )  # fmt: skip
        check.add(f"E{row}")
        sheet.add_data_validation(check)
    total_row = GRID_FIRST_ROW + len(criteria)
    last = total_row - 1
    put(sheet, f"A{total_row}", "Totale", "bold")
    put(sheet, f"C{total_row}", _number(sum((c.max_points for c in criteria), Decimal(0))), "bold")
    if criteria:
        sheet[f"E{total_row}"] = f"=SUM(E{GRID_FIRST_ROW}:E{last})"  # our formula, not the user's text
        styles.apply(sheet[f"E{total_row}"], "bold")
    sheet.freeze_panes = f"A{GRID_FIRST_ROW}"
    _protect(sheet)
    return _sheet_payload(sheet.title, app.application_id, _clean(app.protocol_number), written, grid)


def _write_meta(
    styles: _Styles, sheet: Worksheet, identity: Mapping[str, str], listing: Sequence[tuple[str, int, str]]
) -> None:
    put = styles.put
    for row, (key, value) in enumerate(identity.items(), 1):
        put(sheet, f"A{row}", key)
        put(sheet, f"B{row}", value)
    header = len(identity) + 2
    for column, text in zip("ABC", ("foglio", "domanda", "protocollo"), strict=True):
        put(sheet, f"{column}{header}", text)
    for row, (title, app_id, protocol) in enumerate(listing, header + 1):
        put(sheet, f"A{row}", title)
        put(sheet, f"B{row}", str(app_id))
        put(sheet, f"C{row}", protocol)
    sheet.sheet_state = "veryHidden"
    _protect(sheet)


def _identity(content: WorkbookContent) -> dict[str, str]:
    return {
        "formato": str(FORMAT_VERSION),
        "bando": content.call_code,
        "valutatore": content.evaluator_username,
        "griglia": grid_fingerprint(content.criteria),
        "criteri": str(len(content.criteria)),
    }


def write_evaluator_workbook(content: WorkbookContent, path: Path | str) -> Path:
    """Write the workbook to `path` (an .xlsx; replaced only once fully written)."""
    path = Path(path)
    workbook = Workbook()
    cover = workbook.active
    assert cover is not None
    cover.title = COVER_SHEET
    titles = sheet_titles(a.protocol_number for a in content.applications)
    declaration = _clean(_declaration_text(content))
    styles = _Styles()
    _write_cover(styles, cover, content, declaration, titles)
    payloads = [
        _write_application(styles, workbook.create_sheet(title), app, content.criteria)
        for title, app in zip(titles, content.applications, strict=True)
    ]
    identity = _identity(content)
    pairs = zip(titles, content.applications, strict=True)
    listing = [(title, app.application_id, _clean(app.protocol_number)) for title, app in pairs]
    meta = workbook.create_sheet(META_SHEET)
    _write_meta(
        styles,
        meta,
        {**identity, "somma di controllo": checksum(identity, _canon(declaration), payloads)},
        listing,
    )
    workbook.active = 0
    workbook.security = WorkbookProtection(workbookPassword=SHEET_PASSWORD, lockStructure=True)
    with atomic_output(path) as partial:
        workbook.save(partial)
    return path


# -- exporting from the database -------------------------------------------------------------------


def workbook_file_name(call_code: str, username: str) -> str:
    stem = re.sub(r"[^0-9A-Za-z._-]+", "-", f"{call_code}_{username}").strip("-.") or "valutazione"
    return f"{stem}.xlsx"


def _criteria(call: Call) -> tuple[CriterionRule, ...]:
    return tuple(
        CriterionRule(c.code, c.max_points, c.min_points, c.tie_break_order, c.description)
        for c in call.criteria
    )


def workbook_content(session: Session, call: Call, evaluator: User) -> WorkbookContent:
    """The evaluator's active forms on the call's evaluable applications, with their points so far."""
    codes = {c.id: c.code for c in call.criteria}
    rows = session.execute(
        select(Assignment, Application, Actor.name)
        .join(Application, Application.id == Assignment.application_id)
        .join(Actor, Actor.id == Application.lead_actor_id)
        .where(
            Application.call_id == call.id,
            Assignment.evaluator_id == evaluator.id,
            Assignment.status != AssignmentStatus.CONFLITTO,
            Application.status.in_(EVALUABLE_STATUSES),
        )
        .order_by(Application.protocol_number, Application.id)
        .options(selectinload(Assignment.scores))
    ).all()
    applications = tuple(
        ExportApplication(
            application_id=app.id,
            protocol_number=app.protocol_number,
            protocol_date=app.protocol_date,
            lead=lead,
            title=app.title,
            summary=app.summary,
            requested_grant=app.requested_grant,
            total_cost=app.total_cost,
            status=assignment.status,
            points={codes[s.criterion_id]: s.points for s in assignment.scores if s.criterion_id in codes},
            comments={codes[s.criterion_id]: s.comment for s in assignment.scores if s.criterion_id in codes},
        )
        for assignment, app, lead in rows
    )
    return WorkbookContent(
        call_code=call.code,
        call_title=call.title,
        evaluator_username=evaluator.username,
        evaluator_name=evaluator.full_name,
        criteria=_criteria(call),
        applications=applications,
        comments_required=call.comments_required,
    )


def _exportable_call(session: Session, call_id: int) -> Call:
    call = session.get(Call, call_id)
    if call is None:
        raise NotFoundError("Il bando non esiste più.")
    if call.status is not CallStatus.IN_VALUTAZIONE:
        raise ExportFailed(
            f"Il bando {call.code} è «{call.status.label}»: le cartelle di lavoro dei valutatori si "
            "esportano solo durante la valutazione."
        )
    return call


def _may_export(user: CurrentUser, username: str) -> None:
    """Exporting writes nothing to the database: the role's rights count, even in read-only mode."""
    if user.sees_as(Permission.MANAGE_EVALUATION):
        return
    if not user.sees_as(Permission.SCORE):
        raise PermissionDenied(refusal(user.role, Permission.SCORE))
    if user.username != username:
        raise PermissionDenied("Un valutatore può esportare solo la propria cartella di lavoro.")


def _evaluator(session: Session, evaluator: int | str) -> User:
    if isinstance(evaluator, int):
        found = session.get(User, evaluator)
    else:
        name = evaluator.strip().lower()
        found = session.scalar(select(User).where(User.username == name))
    if found is None:
        raise ExportFailed(f"Nessun utente «{evaluator}».")
    return found


def _target(target: Path, call_code: str, username: str) -> Path:
    return target / workbook_file_name(call_code, username) if target.is_dir() else target


def export_evaluator_workbook(
    db: Database, user: CurrentUser, call_id: int, evaluator: int | str, target: Path | str
) -> Path:
    """One evaluator's workbook (`evaluator`: user id or username) in `target`, a folder (file named
    CODICE_username.xlsx) or an .xlsx path. Evaluators may export only their own workbook."""
    with db.reading() as session:
        call = _exportable_call(session, call_id)
        person = _evaluator(session, evaluator)
        _may_export(user, person.username)
        member = session.scalar(
            select(CommitteeMember.id).where(
                CommitteeMember.call_id == call.id,
                CommitteeMember.user_id == person.id,
                CommitteeMember.role != CommitteeRole.SEGRETARIO,  # the secretary does not score
            )
        )
        if member is None:
            raise ExportFailed(f"{person.full_name} non fa parte della commissione del bando {call.code}.")
        content = workbook_content(session, call, person)
    if not content.applications:
        raise ExportFailed(f"{person.full_name} non ha domande da valutare nel bando {content.call_code}.")
    return write_evaluator_workbook(content, _target(Path(target), content.call_code, person.username))


def export_evaluator_workbooks(
    db: Database,
    user: CurrentUser,
    call_id: int,
    folder: Path | str,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> list[Path]:
    """A workbook per committee member with applications to score, in `folder`. An evaluator without
    the office's rights gets only their own."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportFailed(f"La cartella «{folder}» non esiste.")
    steps = Steps(progress, is_cancelled, "Esportazione annullata.", every=1)
    with db.reading() as session:
        call = _exportable_call(session, call_id)
        members = list(
            session.scalars(
                select(User)
                .join(CommitteeMember, CommitteeMember.user_id == User.id)
                .where(CommitteeMember.call_id == call.id, CommitteeMember.role != CommitteeRole.SEGRETARIO)
                .order_by(User.username)
            )
        )
        if not user.sees_as(Permission.MANAGE_EVALUATION):
            _may_export(user, user.username)
            members = [m for m in members if m.username == user.username]
        contents = [workbook_content(session, call, m) for m in members]
    written: list[Path] = []
    contents = [c for c in contents if c.applications]
    for done, content in enumerate(contents):
        steps.report(done, len(contents), f"Cartella di {content.evaluator_name}…")
        written.append(
            write_evaluator_workbook(
                content, folder / workbook_file_name(content.call_code, content.evaluator_username)
            )
        )
    steps.report(len(contents), len(contents), "Esportazione completata.")
    return written


# -- reading back ----------------------------------------------------------------------------------

_ALTERED = (
    "La cartella di lavoro «{name}» è stata alterata dopo l'esportazione ({what}): i punteggi non sono "
    "importati. Esporta una nuova cartella di lavoro e ricopiaci punteggi e commenti."
)


def is_evaluator_workbook(workbook: Any) -> bool:
    return META_SHEET in workbook.sheetnames


def _rows(sheet: Any, file_name: str, last: int) -> dict[int, tuple[Any, ...]]:
    """Rows 1..last of a sheet, by number."""
    found: dict[int, tuple[Any, ...]] = {}
    for number, values in sheet_rows(sheet, file_name):
        if number > last:
            break
        found[number] = values
    return found


def _at(rows: Mapping[int, tuple[Any, ...]], row: int, column: int) -> Any:
    values = rows.get(row, ())
    return values[column - 1] if column - 1 < len(values) else None


def _read_meta(workbook: Any, name: str) -> tuple[dict[str, str], list[tuple[str, int, str]]]:
    rows = [tuple("" if v is None else str(v).strip() for v in values[:3]) for _, values in
            sheet_rows(workbook[META_SHEET], name)]  # fmt: skip
    identity: dict[str, str] = {}
    listing: list[tuple[str, int, str]] = []
    in_list = False
    for values in rows:
        values = (*values, "", "", "")[:3]
        if not any(values):
            continue
        if values[0] == "foglio" and values[1] == "domanda":
            in_list = True
        elif in_list:
            try:
                listing.append((values[0], int(values[1]), values[2]))
            except ValueError:
                raise ImportRefused(_ALTERED.format(name=name, what="foglio nascosto modificato")) from None
        else:
            identity[values[0]] = values[1]
    return identity, listing


def _declaration(rows: Mapping[int, tuple[Any, ...]]) -> tuple[bool | None, str | None]:
    try:
        return parse_bool(_at(rows, ANSWER_ROW, ANSWER_COLUMN)), None
    except CellProblem as problem:
        return None, f"{problem} Rispondi {YES} o {NO}."


def _read_application(
    sheet: Any, name: str, count: int
) -> tuple[list[Any], list[list[Any]], tuple[WorkbookScore, ...]]:
    rows = _rows(sheet, name, GRID_FIRST_ROW + count - 1)
    summary = [_at(rows, SUMMARY_FIRST_ROW + i, 2) for i in range(len(SUMMARY_LABELS))]
    grid: list[list[Any]] = []
    scores: list[WorkbookScore] = []
    for row in range(GRID_FIRST_ROW, GRID_FIRST_ROW + count):
        code, text, maximum, minimum = (_at(rows, row, c) for c in range(1, 5))
        grid.append([code, text, maximum, minimum])
        problem = None
        try:
            points = parse_decimal(_at(rows, row, POINTS_COLUMN))
        except CellProblem as exc:
            points, problem = None, str(exc)
        scores.append(
            WorkbookScore(row, _canon(code), points, comment_of(_at(rows, row, COMMENT_COLUMN)), problem)
        )
    return summary, grid, tuple(scores)


def _decimal(text: str) -> Decimal | None:
    return Decimal(text) if text else None


def read_evaluator_workbook(workbook: Any, file_name: str) -> EvaluatorWorkbook:
    """The answers of a workbook opened with open_untrusted_workbook. Raises ImportRefused when it is
    not an evaluator workbook of a known format or its protected content was altered."""
    if not is_evaluator_workbook(workbook):
        raise ImportRefused(f"Il file «{file_name}» non è una cartella di lavoro di un valutatore.")
    identity, listing = _read_meta(workbook, file_name)
    stored = identity.pop("somma di controllo", "")
    if identity.get("formato") != str(FORMAT_VERSION):
        raise ImportRefused(
            f"La cartella di lavoro «{file_name}» è di un formato che questa versione di Coop Desktop non "
            "conosce: esportane una nuova."
        )
    try:
        count = int(identity.get("criteri", ""))
    except ValueError:
        raise ImportRefused(_ALTERED.format(name=file_name, what="foglio nascosto modificato")) from None
    missing = [title for title, _, _ in listing if title not in workbook.sheetnames]
    if missing or COVER_SHEET not in workbook.sheetnames or not 0 < count < 1000:
        what = f"manca il foglio «{missing[0]}»" if missing else "fogli mancanti"
        raise ImportRefused(_ALTERED.format(name=file_name, what=what))
    cover = _rows(workbook[COVER_SHEET], file_name, ANSWER_ROW)
    declaration_text = _canon(_at(cover, DECLARATION_TEXT_ROW, 1))
    payloads: list[dict[str, Any]] = []
    sheets: list[WorkbookSheet] = []
    grid_seen: list[list[Any]] = []
    for title, app_id, protocol in listing:
        summary, grid, scores = _read_application(workbook[title], file_name, count)
        payloads.append(_sheet_payload(title, app_id, protocol, summary, grid))
        sheets.append(WorkbookSheet(title, app_id, protocol, scores))
        grid_seen = grid_seen or grid
    if not hmac.compare_digest(checksum(identity, declaration_text, payloads), stored):
        raise ImportRefused(
            _ALTERED.format(name=file_name, what="la somma di controllo non corrisponde: sono state cambiate "
                            "celle protette, come la sintesi della domanda o la griglia")
        )  # fmt: skip
    answer, problem = _declaration(cover)
    criteria = tuple(
        (_canon(code), Decimal(_canon(maximum)), _decimal(_canon(minimum)))
        for code, _, maximum, minimum in grid_seen
    )
    return EvaluatorWorkbook(
        file_name=file_name,
        call_code=identity.get("bando", ""),
        evaluator=identity.get("valutatore", ""),
        grid_fingerprint=identity.get("griglia", ""),
        criteria=criteria,
        declaration=answer,
        declaration_problem=problem,
        sheets=tuple(sheets),
    )


def load_evaluator_workbook(path: Path | str) -> EvaluatorWorkbook:
    """Open `path` safely and read it as an evaluator workbook."""
    path = Path(path)
    with open_untrusted_workbook(path) as workbook:
        return read_evaluator_workbook(workbook, path.name)


__all__ = [
    "COVER_SHEET",
    "EVALUABLE_STATUSES",
    "META_SHEET",
    "EvaluatorWorkbook",
    "ExportApplication",
    "WorkbookContent",
    "WorkbookScore",
    "WorkbookSheet",
    "export_evaluator_workbook",
    "export_evaluator_workbooks",
    "is_evaluator_workbook",
    "load_evaluator_workbook",
    "read_evaluator_workbook",
    "workbook_content",
    "workbook_file_name",
    "write_evaluator_workbook",
]
