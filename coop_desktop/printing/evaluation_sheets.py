"""The evaluation sheet (scheda di valutazione) of each application and the committee's verbale.

A sheet shows the application (call, protocol, lead applicant and partners, title, countries,
amounts), the grid with each evaluator's points and comments, the mean or the committee's consensus
per criterion, the total, the call's thresholds, the outcome and the rank, and the committee's
signature lines. It is marked PROVVISORIA while the ranking is provisional (scores still missing).
The verbale sintetico of a call lists the committee, the dates, the applications evaluated and the
ranking.

The data is read once per call in a handful of plain queries (a call may have 1,000 applications):
`sheet_data` / `call_sheets_data` / `verbale_data` return frozen dataclasses of plain values, which
`sheet_story` / `verbale_story` (module-level, so that a batch can send them to other processes)
lay out. `sheet_pdf`, `verbale_pdf` and `write_call_sheets` check the user's right to print and
record what they generate in the register of documents.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    Application,
    ApplicationCountry,
    ApplicationPartner,
    Assignment,
    Call,
    CommitteeMember,
    ConsensusScore,
    Decree,
    OfficeProfile,
    Ranking,
    RankingEntry,
    Score,
    User,
)
from coop_desktop.domain.countries import country_name
from coop_desktop.domain.enums import (
    ApplicationStatus,
    AssignmentStatus,
    CommitteeRole,
    DocumentKind,
    RankingOutcome,
)
from coop_desktop.domain.formatting import format_date, format_money, format_number, format_percent
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.ranking import (
    Placement,
    RankingRules,
    ScoreStats,
    compute_ranking,
    divergence_threshold,
)
from coop_desktop.domain.scoring import CriterionRule
from coop_desktop.exchange.progress import CancelFn, ProgressFn
from coop_desktop.printing.batch import BatchItem, BatchResult, safe_file_name, write_batch
from coop_desktop.printing.fonts import CONDENSED, CONDENSED_BOLD
from coop_desktop.printing.layout import (
    HEADER_FILL,
    RULE,
    ZEBRA,
    Letterhead,
    build_pdf,
    styles,
    text,
    usable_width,
)
from coop_desktop.services.batch import paused_gc
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.documents import DocumentRegister, NewDocument
from coop_desktop.services.errors import NotFoundError, ServiceError
from coop_desktop.services.evaluation_common import ACTIVE_FORMS, CALL_GONE, criterion_ids, criterion_rules
from coop_desktop.services.office import OfficeService
from coop_desktop.services.ranking_data import load_call_scores

SHEET_TITLE = "Scheda di valutazione"
VERBALE_TITLE = "Verbale sintetico della commissione di valutazione"
PROVISIONAL_MARK = "PROVVISORIA"
PROVISIONAL_NOTE = (
    "La graduatoria è provvisoria: mancano schede di valutazione inviate (o domande da istruire). "
    "Punteggi, esito e posizione possono ancora cambiare."
)
NOT_APPROVED_NOTE = (
    "Graduatoria non ancora approvata con decreto: esito e posizione sono quelli calcolati ora dai "
    "punteggi inviati."
)
APPLICATION_GONE = "La domanda non esiste più: forse è stata eliminata da un altro utente."
_DASH = "—"
_RED = colors.HexColor("#b3261e")
_LABEL_COLOR = colors.HexColor("#3c4043")
_PROVISIONAL_FILL = colors.HexColor("#fde7e4")
# Committee members in the order they sign: the chair first, the secretary last.
_ROLE_ORDER = {CommitteeRole.PRESIDENTE: 0, CommitteeRole.COMPONENTE: 1, CommitteeRole.SEGRETARIO: 2}
_FUNDED = (RankingOutcome.FINANZIATA, RankingOutcome.FINANZIATA_PARZIALMENTE)
_ELIGIBLE = (*_FUNDED, RankingOutcome.AMMESSA_NON_FINANZIATA)


# -- plain data --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Signatory:
    """A committee member as the documents name them."""

    role: str
    name: str
    appointed_on: date | None = None


@dataclass(frozen=True, slots=True)
class CriterionInfo:
    code: str
    description: str
    max_points: Decimal
    min_points: Decimal | None
    tie_break_order: int | None


@dataclass(frozen=True, slots=True)
class CriterionRow:
    """One criterion of a sheet: each evaluator's points and comment (None/"" when the form is not
    submitted), their mean, the consensus and the score the ranking takes."""

    criterion: CriterionInfo
    points: tuple[Decimal | None, ...]
    comments: tuple[str, ...]
    mean: Decimal | None
    consensus: Decimal | None
    consensus_reason: str
    # The evaluators differ by more than the call's threshold on this criterion.
    diverging: bool
    score: Decimal | None


@dataclass(frozen=True, slots=True)
class PartnerLine:
    name: str
    place: str
    role: str


@dataclass(frozen=True, slots=True)
class SheetData:
    """Everything one evaluation sheet prints, as plain values (picklable for the batch's processes)."""

    application_id: int
    call_id: int
    call_code: str
    call_title: str
    protocol_number: str
    protocol_date: date
    lead: str
    lead_place: str
    partners: tuple[PartnerLine, ...]
    title: str
    countries: tuple[str, ...]
    total_cost: Decimal
    requested_grant: Decimal
    # Evaluators holding a form on the application (columns of the grid), and which have submitted.
    evaluators: tuple[str, ...]
    submitted: tuple[bool, ...]
    # Evaluators who declared a conflict of interest and did not score.
    abstained: tuple[str, ...]
    rows: tuple[CriterionRow, ...]
    min_total_score: Decimal | None
    divergence_pct: Decimal
    total: Decimal | None
    outcome: RankingOutcome
    rank: int | None
    grant: Decimal
    tie_break_note: str | None
    provisional: bool
    approved: bool
    ranking_note: str
    committee: tuple[Signatory, ...]
    place: str

    @property
    def cofunding(self) -> Decimal:
        return self.total_cost - self.requested_grant

    @property
    def evaluator_totals(self) -> tuple[Decimal | None, ...]:
        """Each evaluator's total over the criteria (None while the form is not submitted)."""
        totals: list[Decimal | None] = []
        for n, sent in enumerate(self.submitted):
            values = [row.points[n] for row in self.rows if row.points[n] is not None]
            totals.append(sum(values, Decimal("0.00")) if sent and values else None)
        return tuple(totals)

    @property
    def file_name(self) -> str:
        return sheet_file_name(self.protocol_number)


@dataclass(frozen=True, slots=True)
class VerbaleLine:
    position: int
    rank: int | None
    protocol_number: str
    lead: str
    total: Decimal | None
    outcome: RankingOutcome
    grant: Decimal
    tie_break_note: str | None


@dataclass(frozen=True, slots=True)
class VerbaleData:
    call_id: int
    call_code: str
    call_title: str
    act: str
    deadline: date | None
    budget: Decimal
    committee: tuple[Signatory, ...]
    evaluation_from: date | None
    evaluation_to: date | None
    criteria: tuple[CriterionInfo, ...]
    min_total_score: Decimal | None
    divergence_pct: Decimal
    received: int
    # Applications still in the formal check, or withdrawn before the ranking.
    unchecked: int
    consensus_count: int
    provisional: bool
    approved: bool
    ranking_note: str
    lines: tuple[VerbaleLine, ...]
    place: str

    def count(self, *outcomes: RankingOutcome) -> int:
        return sum(1 for line in self.lines if line.outcome in outcomes)

    @property
    def evaluated(self) -> int:
        return sum(1 for line in self.lines if line.outcome is not RankingOutcome.NON_AMMISSIBILE)

    @property
    def committed(self) -> Decimal:
        return sum((line.grant for line in self.lines), Decimal("0.00"))

    @property
    def file_name(self) -> str:
        return f"verbale_{safe_file_name(self.call_code)}"


def sheet_file_name(protocol_number: str) -> str:
    """`scheda_2026-0012` for protocol 2026/0012 (without .pdf)."""
    return f"scheda_{safe_file_name(protocol_number)}"


def sheets_title(call_code: str, provisional: bool) -> str:
    """The footer of every page of the call's sheets."""
    title = f"{SHEET_TITLE} · bando {call_code}"
    return f"{title} · {PROVISIONAL_MARK}" if provisional else title


# -- reading -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _RankingState:
    provisional: bool
    approved: bool
    note: str
    placements: dict[int, Placement]


def _call(session: Session, call_id: int) -> Call:
    call = session.get(Call, call_id)
    if call is None:
        raise NotFoundError(CALL_GONE)
    return call


def _act(number: str | None, day: date | None) -> str:
    if not number:
        return ""
    return f"DD n. {number}" + (f" del {format_date(day)}" if day else "")


def _ranking_state(session: Session, call: Call, application_id: int | None) -> _RankingState:
    """As RankingService.current: the latest approved version once there is one, otherwise the
    ranking computed now from the submitted scores (for one application, only its line is read)."""
    approved = session.execute(
        select(Ranking.id, Ranking.version, Ranking.is_provisional, Decree.number, Decree.issued_on)
        .outerjoin(Decree, Decree.id == Ranking.decree_id)
        .where(Ranking.call_id == call.id, Ranking.is_approved.is_(True))
        .order_by(Ranking.version.desc())
        .limit(1)
    ).first()
    if approved is not None:
        ranking_id, version, provisional, number, issued_on = approved
        stmt = select(
            RankingEntry.application_id,
            RankingEntry.position,
            RankingEntry.rank,
            RankingEntry.total_score,
            RankingEntry.criterion_scores,
            RankingEntry.outcome,
            RankingEntry.grant,
            RankingEntry.tie_break_note,
        ).where(RankingEntry.ranking_id == ranking_id)
        if application_id is not None:
            stmt = stmt.where(RankingEntry.application_id == application_id)
        placements = {
            app_id: Placement(
                app_id,
                position,
                rank,
                total,
                {code: Decimal(value) for code, value in (scores or {}).items()},
                outcome,
                grant,
                note,
            )
            for app_id, position, rank, total, scores, outcome, grant, note in session.execute(stmt)
        }
        act = _act(number, issued_on)
        note = f"Graduatoria approvata con {act}" if act else "Graduatoria approvata"
        if version and version > 1:
            note += f" (versione {version}, dopo lo scorrimento)"
        return _RankingState(bool(provisional), True, note + ".", placements)
    data = load_call_scores(session, call)
    result = compute_ranking(data.rules, data.candidates)
    provisional = result.provisional or data.unchecked > 0
    return _RankingState(
        provisional,
        False,
        PROVISIONAL_NOTE if provisional else NOT_APPROVED_NOTE,
        result.by_application(),
    )


def _criteria(session: Session, call_id: int) -> tuple[CriterionInfo, ...]:
    return tuple(
        CriterionInfo(r.code, r.description, r.max_points, r.min_points, r.tie_break_order)
        for r in criterion_rules(session, call_id)
    )


def _committee(session: Session, call_id: int) -> tuple[tuple[int, Signatory], ...]:
    rows = session.execute(
        select(
            CommitteeMember.id, CommitteeMember.user_id, CommitteeMember.role, CommitteeMember.appointed_on
        )
        .add_columns(User.full_name)
        .join(User, User.id == CommitteeMember.user_id)
        .where(CommitteeMember.call_id == call_id)
        .order_by(CommitteeMember.id)
    ).all()
    rows.sort(key=lambda r: (_ROLE_ORDER.get(r[2], 1), r[0]))
    return tuple((user_id, Signatory(role.label, name, day)) for _, user_id, role, day, name in rows)


def _place(session: Session) -> str:
    return session.scalar(select(OfficeProfile.city).order_by(OfficeProfile.id).limit(1)) or ""


def _where_place(municipality: str | None, province: str | None) -> str:
    if municipality and province:
        return f"{municipality} ({province})"
    return municipality or province or ""


def _divergence(values: Sequence[Decimal], criterion: CriterionInfo, pct: Decimal) -> bool:
    if len(values) < 2:
        return False
    rules = RankingRules(budget=Decimal(0), criteria=(), divergence_threshold_pct=pct)
    threshold = divergence_threshold(CriterionRule(criterion.code, criterion.max_points), rules)
    return max(values) - min(values) > threshold


def _load_sheets(session: Session, call: Call, application_id: int | None) -> list[SheetData]:
    """The sheets of the call (or of one of its applications) in ranking order: one query per kind
    of data for the whole call, whatever its size."""
    state = _ranking_state(session, call, application_id)
    criteria = _criteria(session, call.id)
    code_of = {v: k for k, v in criterion_ids(session, call.id).items()}
    committee = _committee(session, call.id)
    order = {user_id: n for n, (user_id, _) in enumerate(committee)}
    place = _place(session)
    conn = session.connection()

    def in_scope(column: Any) -> Any:
        """Rows of the call's applications (or of the one asked for)."""
        if application_id is not None:
            return column == application_id
        return column.in_(select(Application.id).where(Application.call_id == call.id))

    apps_stmt = (
        select(
            Application.id,
            Application.protocol_number,
            Application.protocol_date,
            Application.title,
            Application.total_cost,
            Application.requested_grant,
            Actor.name,
            Actor.municipality,
            Actor.province,
        )
        .join(Actor, Actor.id == Application.lead_actor_id)
        .where(Application.call_id == call.id)
    )
    if application_id is not None:
        apps_stmt = apps_stmt.where(Application.id == application_id)
    apps = {row[0]: row for row in conn.execute(apps_stmt)}

    partners: dict[int, list[PartnerLine]] = defaultdict(list)
    for app_id, name, foreign, country, role, municipality, province in conn.execute(
        select(
            ApplicationPartner.application_id,
            Actor.name,
            ApplicationPartner.foreign_name,
            ApplicationPartner.country_code,
            ApplicationPartner.role,
            Actor.municipality,
            Actor.province,
        )
        .outerjoin(Actor, Actor.id == ApplicationPartner.actor_id)
        .where(in_scope(ApplicationPartner.application_id))
        .order_by(ApplicationPartner.application_id, ApplicationPartner.id)
    ):
        if name is not None:
            where = _where_place(municipality, province)
        else:
            where = country_name(country) if country else ""
        partners[app_id].append(PartnerLine(name or foreign or "", where, role or ""))

    countries: dict[int, list[str]] = defaultdict(list)
    for app_id, code in conn.execute(
        select(ApplicationCountry.application_id, ApplicationCountry.country_code)
        .where(in_scope(ApplicationCountry.application_id))
        .order_by(ApplicationCountry.application_id, ApplicationCountry.country_code)
    ):
        countries[app_id].append(country_name(code))

    # Each application's forms: the evaluators' names and whether they submitted or abstained.
    forms: dict[int, list[tuple[int, str, AssignmentStatus]]] = defaultdict(list)
    for app_id, evaluator_id, status, name in conn.execute(
        select(Assignment.application_id, Assignment.evaluator_id, Assignment.status, User.full_name)
        .join(User, User.id == Assignment.evaluator_id)
        .where(in_scope(Assignment.application_id))
    ):
        forms[app_id].append((evaluator_id, name, status))

    # Submitted scores only: a draft is the evaluator's own until it is sent.
    points: dict[tuple[int, int, str], tuple[Decimal | None, str]] = {}
    for app_id, evaluator_id, criterion_id, value, comment in conn.execute(
        select(
            Assignment.application_id,
            Assignment.evaluator_id,
            Score.criterion_id,
            Score.points,
            Score.comment,
        )
        .join(Score, Score.assignment_id == Assignment.id)
        .where(in_scope(Assignment.application_id), Assignment.status == AssignmentStatus.INVIATA)
    ):
        code = code_of.get(criterion_id)
        if code is not None:
            points[(app_id, evaluator_id, code)] = (value, comment or "")

    consensus: dict[tuple[int, str], tuple[Decimal, str]] = {}
    for app_id, criterion_id, value, reason in conn.execute(
        select(
            ConsensusScore.application_id,
            ConsensusScore.criterion_id,
            ConsensusScore.points,
            ConsensusScore.reason,
        ).where(in_scope(ConsensusScore.application_id))
    ):
        code = code_of.get(criterion_id)
        if code is not None:
            consensus[(app_id, code)] = (value, reason or "")

    signatories = tuple(s for _, s in committee)
    sheets = []
    for placement in sorted(state.placements.values(), key=lambda p: p.position):
        app = apps.get(placement.application_id)
        if app is None or placement.outcome is RankingOutcome.NON_AMMISSIBILE:
            continue
        app_id, number, day, title, cost, requested, lead, municipality, province = app
        held = sorted(
            forms.get(app_id, []), key=lambda f: (order.get(f[0], len(order)), f[1].casefold(), f[0])
        )
        columns = [f for f in held if f[2] in ACTIVE_FORMS]
        abstained = tuple(name for _, name, status in held if status is AssignmentStatus.CONFLITTO)
        sent = tuple(status is AssignmentStatus.INVIATA for _, _, status in columns)
        rows = []
        for criterion in criteria:
            given = [points.get((app_id, e, criterion.code)) for e, _, _ in columns]
            values = [g[0] for g in given if g is not None and g[0] is not None]
            agreed = consensus.get((app_id, criterion.code))
            rows.append(
                CriterionRow(
                    criterion,
                    tuple(None if g is None else g[0] for g in given),
                    tuple("" if g is None else g[1] for g in given),
                    ScoreStats.of(values).mean if values else None,
                    None if agreed is None else agreed[0],
                    "" if agreed is None else agreed[1],
                    _divergence(values, criterion, call.divergence_threshold_pct),
                    placement.criterion_scores.get(criterion.code),
                )
            )
        sheets.append(
            SheetData(
                application_id=app_id,
                call_id=call.id,
                call_code=call.code,
                call_title=call.title,
                protocol_number=number,
                protocol_date=day,
                lead=lead,
                lead_place=_where_place(municipality, province),
                partners=tuple(partners.get(app_id, ())),
                title=title,
                countries=tuple(countries.get(app_id, ())),
                total_cost=cost,
                requested_grant=requested,
                evaluators=tuple(name for _, name, _ in columns),
                submitted=sent,
                abstained=abstained,
                rows=tuple(rows),
                min_total_score=call.min_total_score,
                divergence_pct=call.divergence_threshold_pct,
                total=placement.total,
                outcome=placement.outcome,
                rank=placement.rank,
                grant=placement.grant,
                tie_break_note=placement.tie_break_note,
                provisional=state.provisional,
                approved=state.approved,
                ranking_note=state.note,
                committee=signatories,
                place=place,
            )
        )
    return sheets


def sheet_data(session: Session, application_id: int) -> SheetData:
    """The evaluation sheet of one application; ServiceError (Italian) when it was not evaluated on
    its merits (still in the formal check, not admissible, withdrawn before the ranking)."""
    row = session.execute(
        select(Application.call_id, Application.protocol_number, Application.status).where(
            Application.id == application_id
        )
    ).first()
    if row is None:
        raise NotFoundError(APPLICATION_GONE)
    call_id, number, status = row
    found = _load_sheets(session, _call(session, call_id), application_id)
    if not found:
        raise ServiceError(
            f"La domanda prot. {number} («{ApplicationStatus(status).label}») non è in valutazione di "
            "merito: non ha una scheda di valutazione."
        )
    return found[0]


def call_sheets_data(session: Session, call_id: int) -> list[SheetData]:
    """The sheets of every application of the call evaluated on its merits, in ranking order."""
    return _load_sheets(session, _call(session, call_id), None)


def verbale_data(session: Session, call_id: int) -> VerbaleData:
    """What the committee's verbale sintetico of the call prints."""
    call = _call(session, call_id)
    state = _ranking_state(session, call, None)
    conn = session.connection()
    leads = dict(
        conn.execute(
            select(Application.id, Actor.name)
            .join(Actor, Actor.id == Application.lead_actor_id)
            .where(Application.call_id == call.id)
        ).all()
    )
    numbers = dict(
        conn.execute(
            select(Application.id, Application.protocol_number).where(Application.call_id == call.id)
        ).all()
    )
    in_call = Assignment.application_id.in_(select(Application.id).where(Application.call_id == call.id))
    first, last = conn.execute(
        select(func.min(Assignment.assigned_at), func.max(Assignment.submitted_at)).where(in_call)
    ).one()
    consensus_count = conn.execute(
        select(func.count())
        .select_from(ConsensusScore)
        .join(Application, Application.id == ConsensusScore.application_id)
        .where(Application.call_id == call.id)
    ).scalar_one()
    lines = tuple(
        VerbaleLine(
            p.position,
            p.rank,
            numbers.get(p.application_id, ""),
            leads.get(p.application_id, ""),
            p.total,
            p.outcome,
            p.grant,
            p.tie_break_note,
        )
        for p in sorted(state.placements.values(), key=lambda p: p.position)
    )
    return VerbaleData(
        call_id=call.id,
        call_code=call.code,
        call_title=call.title,
        act=_act(call.act_number, call.act_date),
        deadline=call.deadline,
        budget=call.budget,
        committee=tuple(s for _, s in _committee(session, call.id)),
        evaluation_from=_day(first),
        evaluation_to=_day(last),
        criteria=_criteria(session, call.id),
        min_total_score=call.min_total_score,
        divergence_pct=call.divergence_threshold_pct,
        received=len(numbers),
        unchecked=len(numbers) - len(lines),
        consensus_count=consensus_count,
        provisional=state.provisional,
        approved=state.approved,
        ranking_note=state.note,
        lines=lines,
        place=_place(session),
    )


def _day(value: datetime | None) -> date | None:
    """The PC's local day of a stored UTC time (as the window shows it)."""
    return None if value is None else value.replace(tzinfo=UTC).astimezone().date()


# -- layout ------------------------------------------------------------------------------------------


def _width() -> float:
    """What a table may span: the page between the margins less the frame's own padding (6 pt a side),
    so that tables line up with the paragraphs above them."""
    return usable_width() - 12


def _points(value: Decimal | None) -> str:
    return _DASH if value is None else format_number(value)


def _pct(value: Decimal) -> str:
    return format_percent(value).replace(",00%", "%")


@dataclass(frozen=True, slots=True)
class _Styles:
    """The few styles these documents add to the shared ones."""

    mark: ParagraphStyle
    label: ParagraphStyle
    note: ParagraphStyle
    heading: ParagraphStyle


@functools.cache
def _st() -> _Styles:
    """Made once per process, like layout.styles()."""
    st = styles()
    return _Styles(
        mark=ParagraphStyle(
            "provisional", parent=st["title"], textColor=_RED, alignment=1, fontSize=12, leading=15
        ),
        label=ParagraphStyle("label", parent=st["cell_bold"], textColor=colors.HexColor("#3c4043")),
        note=ParagraphStyle("note", parent=st["small"], textColor=colors.HexColor("#3c4043")),
        heading=ParagraphStyle("sheet_heading", parent=st["heading"], spaceBefore=6, spaceAfter=2),
    )


# Table cells: the shared styles' condensed 8 pt on 9.6 pt, padded 3 pt left and right.
_SIZE, _LEADING, _PAD = 8, 9.6, 3


def _cell(
    value: str, width: float, *, bold: bool = False, right: bool = False, style: ParagraphStyle | None = None
) -> str | Paragraph:
    """A table cell: the plain string when each of its lines fits the column (reportlab draws it as it
    is, several times cheaper than a Paragraph, which a sheet of 18 scores would have by the hundred),
    a wrapped Paragraph otherwise."""
    font = CONDENSED_BOLD if bold else CONDENSED
    if all(stringWidth(line, font, _SIZE) <= width - 2 * _PAD for line in value.split("\n")):
        return value
    if style is None:
        style = styles()["cell_right" if right else "cell"]
    markup = text(value).replace("\n", "<br/>")
    return Paragraph(f"<b>{markup}</b>" if bold else markup, style)


def _table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    bold_last: bool = False,
) -> Table:
    """layout.data_table's look (header repeated on each page, zebra rows, a bold totals row) with
    plain-string cells wherever the text fits."""
    aligned = set(right)
    head = [
        _cell(h, w, bold=True, right=c in aligned)
        for c, (h, w) in enumerate(zip(header, widths, strict=True))
    ]
    body = []
    for r, row in enumerate(rows):
        last = bold_last and r == len(rows) - 1
        body.append(
            [
                v if isinstance(v, Flowable) else _cell(v, w, bold=last, right=c in aligned)
                for c, (v, w) in enumerate(zip(row, widths, strict=True))
            ]
        )
    table = Table([head, *body], colWidths=list(widths), repeatRows=1)
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), CONDENSED, _SIZE, _LEADING),
        ("FONT", (0, 0), (-1, 0), CONDENSED_BOLD, _SIZE, _LEADING),
        *(("ALIGN", (c, 0), (c, -1), "RIGHT") for c in sorted(aligned)),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
        ("BOX", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if bold_last and rows:
        commands.append(("FONT", (0, -1), (-1, -1), CONDENSED_BOLD, _SIZE, _LEADING))
        commands.append(("LINEABOVE", (0, -1), (-1, -1), 0.8, colors.black))
    table.setStyle(TableStyle(commands))
    return table


def _provisional_banner(explanation: str) -> Table:
    st = styles()
    table = Table(
        [
            [Paragraph(f"{PROVISIONAL_MARK}", _st().mark)],
            [Paragraph(text(explanation), st["small"])],
        ],
        colWidths=[_width()],
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), _PROVISIONAL_FILL),
                ("BOX", (0, 0), (-1, -1), 1.2, _RED),
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table


def _facts(rows: Sequence[tuple[str, str | Flowable]], label_width: float = 38 * mm) -> Table:
    """Label-value lines (no header); a value is plain text, or a Paragraph when it has mark-up."""
    value_width = _width() - label_width
    body = [
        [
            _cell(label, label_width, bold=True, style=_st().label),
            value if isinstance(value, Flowable) else _cell(value, value_width),
        ]
        for label, value in rows
    ]
    table = Table(body, colWidths=[label_width, value_width])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), CONDENSED, _SIZE, _LEADING),
                ("FONT", (0, 0), (0, -1), CONDENSED_BOLD, _SIZE, _LEADING),
                ("TEXTCOLOR", (0, 0), (0, -1), _LABEL_COLOR),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
                ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
                ("BACKGROUND", (0, 0), (0, -1), HEADER_FILL),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("BOX", (0, 0), (-1, -1), 0.4, RULE),
            ]
        )
    )
    return table


def _signatures(committee: Sequence[Signatory], place: str, heading: str, closing: str = "") -> Flowable:
    """The committee's signature lines, three a row (role above the line, name below), kept on one page."""
    st = styles()
    parts: list[Flowable] = [Paragraph(text(heading), _st().heading)]
    if closing:
        parts.append(Paragraph(text(closing), st["body"]))
    parts.append(
        Paragraph(f"{text(place) + ', ' if place else 'Luogo e '}data ____________________", st["body"])
    )
    parts.append(Spacer(1, 2 * mm))
    members = list(committee) or [Signatory("Componente", "")] * 3
    per_row, gap = 3, 8 * mm
    cell = (_width() - gap * (per_row - 1)) / per_row
    widths = [w for n in range(per_row) for w in ((cell, gap) if n < per_row - 1 else (cell,))]
    rows: list[list[Any]] = []
    heights: list[float] = []
    commands: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), CONDENSED, _SIZE, _LEADING),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    for start in range(0, len(members), per_row):
        chunk = members[start : start + per_row]
        roles: list[Any] = []
        names: list[Any] = []
        for n in range(per_row):
            member = chunk[n] if n < len(chunk) else None
            roles.append(_cell(member.role, cell, bold=True, style=_st().label) if member else "")
            names.append(_cell(member.name, cell) if member else "")
            if member is not None:
                commands.append(
                    ("LINEBELOW", (2 * n, len(rows) + 1), (2 * n, len(rows) + 1), 0.6, colors.black)
                )
            if n < per_row - 1:
                roles.append("")
                names.append("")
        commands.append(("VALIGN", (0, len(rows) + 2), (-1, len(rows) + 2), "TOP"))
        commands.append(("FONT", (0, len(rows)), (-1, len(rows)), CONDENSED_BOLD, _SIZE, _LEADING))
        commands.append(("TEXTCOLOR", (0, len(rows)), (-1, len(rows)), _LABEL_COLOR))
        rows += [roles, [""] * len(widths), names]
        heights += [5 * mm, 11 * mm, 5.5 * mm]
    table = Table(rows, colWidths=widths, rowHeights=heights)
    table.setStyle(TableStyle(commands))
    parts.append(table)
    return KeepTogether(parts)


def _grid(data: SheetData) -> Table:
    """Criteria × evaluators, then mean, consensus and the score the ranking takes; a totals row."""
    n = len(data.evaluators)
    width = _width()
    max_col, results = 12 * mm, (15 * mm, 17 * mm, 19 * mm)
    # Evaluators' names head their columns: 20 mm each while the criterion keeps 46 mm, narrower
    # (down to 12 mm) for a larger committee.
    evaluator_col = max(12 * mm, min(20 * mm, (width - max_col - sum(results) - 46 * mm) / max(n, 1)))
    criterion_col = width - max_col - sum(results) - n * evaluator_col
    header = [
        "Criterio",
        "Max",
        *(name if sent else f"{name} (non inviata)" for name, sent in zip(
            data.evaluators, data.submitted, strict=True)),
        "Media",
        "Consenso",
        "Punteggio",
    ]  # fmt: skip
    st = styles()
    rows: list[list[Any]] = []
    for row in data.rows:
        c = row.criterion
        label = f"<b>{text(c.code)}</b> {text(c.description)}"
        if c.min_points is not None:
            label += f" <font size='7'>(minimo {format_number(c.min_points)})</font>"
        if row.consensus is not None:
            agreed = format_number(row.consensus)
        elif row.diverging:
            agreed = "divergenza"
        else:
            agreed = _DASH
        rows.append(
            [
                Paragraph(label, st["cell"]),
                format_number(c.max_points),
                *(_points(p) for p in row.points),
                _points(row.mean),
                agreed,
                _points(row.score),
            ]
        )
    means = [row.mean for row in data.rows]
    rows.append(
        [
            "Totale",
            format_number(sum((r.criterion.max_points for r in data.rows), Decimal("0"))),
            *(_points(t) for t in data.evaluator_totals),
            _points(sum(means, Decimal("0.00"))) if means and None not in means else _DASH,
            "",
            _points(data.total),
        ]
    )
    return _table(
        header,
        rows,
        [criterion_col, max_col, *([evaluator_col] * n), *results],
        right=range(1, 5 + n),
        bold_last=True,
    )


def _outcome_facts(data: SheetData) -> Table:
    thresholds = (
        f"punteggio complessivo almeno {format_number(data.min_total_score)}"
        if data.min_total_score is not None
        else "nessun punteggio complessivo minimo"
    )
    minima = [
        f"criterio {r.criterion.code} almeno {format_number(r.criterion.min_points)}"
        for r in data.rows
        if r.criterion.min_points is not None
    ]
    if minima:
        thresholds += "; " + "; ".join(minima)
    if data.rank is not None:
        position = f"{data.rank}ª"
    elif data.outcome is RankingOutcome.NON_IDONEA:
        position = "non collocata (domanda non idonea)"
    else:
        position = "non collocata"
    st = styles()
    outcome = f"<b>{text(data.outcome.label)}</b>"
    if data.provisional:
        outcome += f" <font color='#b3261e'>({PROVISIONAL_MARK.lower()})</font>"
    grant_label = "Contributo concesso" if data.approved else "Contributo previsto"
    facts: list[tuple[str, str | Flowable]] = [
        ("Soglie di idoneità", thresholds),
        ("Punteggio totale", Paragraph(f"<b>{text(_points(data.total))}</b>", st["cell"])),
        ("Esito", Paragraph(outcome, st["cell"])),
        ("Posizione in graduatoria", position),
        (grant_label, format_money(data.grant) if data.grant else _DASH),
    ]
    if data.tie_break_note:
        facts.append(("Nota alla graduatoria", data.tie_break_note))
    facts.append(("Stato della graduatoria", data.ranking_note))
    return _facts(facts)


def _comments(data: SheetData) -> Table | None:
    rows: list[list[str]] = []
    for row in data.rows:
        for name, points, comment, sent in zip(
            data.evaluators, row.points, row.comments, data.submitted, strict=True
        ):
            if sent:
                rows.append([row.criterion.code, name, _points(points), comment or _DASH])
        if row.consensus is not None:
            rows.append(
                [row.criterion.code, "Commissione (consenso)", _points(row.consensus), row.consensus_reason]
            )
    if not rows:
        return None
    width = _width()
    return _table(
        ["Criterio", "Valutatore", "Punti", "Motivazione"],
        rows,
        [15 * mm, 38 * mm, 14 * mm, width - 67 * mm],
        right=(2,),
    )


def sheet_story(data: SheetData) -> list[Flowable]:
    """The evaluation sheet of one application (module-level: the batch pickles `data`)."""
    st = styles()
    story: list[Flowable] = []
    if data.provisional:
        story += [_provisional_banner(PROVISIONAL_NOTE), Spacer(1, 3 * mm)]
    title = SHEET_TITLE + (f" – {PROVISIONAL_MARK}" if data.provisional else "")
    story.append(Paragraph(text(title), st["title"]))
    story.append(Paragraph(text(f"Bando {data.call_code} – {data.call_title}"), st["subtitle"]))
    story.append(Spacer(1, 3 * mm))
    lead = data.lead + (f" – {data.lead_place}" if data.lead_place else "")
    partners = "\n".join(
        p.name + (f", {p.place}" if p.place else "") + (f" – {p.role}" if p.role else "")
        for p in data.partners
    )
    share = data.cofunding / data.total_cost * 100 if data.total_cost else Decimal(0)
    cost = format_money(data.total_cost)
    if data.cofunding > 0:
        cost += f" (cofinanziamento {format_money(data.cofunding)}, {format_percent(share)})"
    story.append(
        _facts(
            [
                ("Protocollo", f"n. {data.protocol_number} del {format_date(data.protocol_date)}"),
                ("Soggetto capofila", Paragraph(f"<b>{text(lead)}</b>", st["cell"])),
                ("Partner", partners or _DASH),
                ("Titolo del progetto", data.title),
                ("Paesi di intervento", ", ".join(data.countries) or _DASH),
                ("Costo totale", cost),
                ("Contributo richiesto", format_money(data.requested_grant)),
            ]
        )
    )
    story.append(Paragraph("Punteggi dei valutatori", _st().heading))
    story.append(_grid(data))
    notes = [
        "Media: media dei punteggi inviati, arrotondata al centesimo. Quando i valutatori divergono "
        f"su un criterio di oltre il {_pct(data.divergence_pct)} del suo massimo, il punteggio di "
        "consenso della commissione sostituisce la media."
    ]
    if data.abstained:
        notes.append("Astenuti per conflitto di interessi dichiarato: " + ", ".join(data.abstained) + ".")
    story.append(Spacer(1, 1.5 * mm))
    story += [Paragraph(text(n), _st().note) for n in notes]
    story.append(Paragraph("Soglie ed esito", _st().heading))
    story.append(_outcome_facts(data))
    comments = _comments(data)
    if comments is not None:
        story.append(Paragraph("Motivazioni", _st().heading))
        story.append(comments)
    story.append(Spacer(1, 1 * mm))
    story.append(_signatures(data.committee, data.place, "La commissione di valutazione"))
    return story


def verbale_story(data: VerbaleData) -> list[Flowable]:
    """The committee's verbale sintetico of a call."""
    st = styles()
    story: list[Flowable] = []
    if data.provisional:
        story += [_provisional_banner(PROVISIONAL_NOTE), Spacer(1, 3 * mm)]
    story.append(Paragraph(text(VERBALE_TITLE), st["title"]))
    story.append(Paragraph(text(f"Bando {data.call_code} – {data.call_title}"), st["subtitle"]))

    story.append(Paragraph("Commissione", _st().heading))
    if data.committee:
        story.append(
            _table(
                ["Ruolo", "Componente", "Nominato il"],
                [[m.role, m.name, format_date(m.appointed_on) or _DASH] for m in data.committee],
                [35 * mm, _width() - 65 * mm, 30 * mm],
            )
        )
    else:
        story.append(Paragraph("Nessun componente registrato.", st["body"]))

    story.append(Paragraph("Date", _st().heading))
    appointed = min((m.appointed_on for m in data.committee if m.appointed_on), default=None)
    dates: list[tuple[str, str]] = []
    if data.act:
        dates.append(("Bando approvato con", data.act))
    if data.deadline:
        dates.append(("Scadenza delle domande", format_date(data.deadline)))
    if appointed:
        dates.append(("Nomina della commissione", format_date(appointed)))
    if data.evaluation_from:
        period = f"dal {format_date(data.evaluation_from)}"
        if data.evaluation_to:
            period += f" (ultima scheda inviata il {format_date(data.evaluation_to)})"
        dates.append(("Valutazione di merito", period))
    dates.append(("Graduatoria", data.ranking_note))
    story.append(_facts(dates, label_width=44 * mm))

    story.append(Paragraph("Griglia di valutazione", _st().heading))
    width = _width()
    story.append(
        _table(
            ["Criterio", "Descrizione", "Massimo", "Minimo", "Parità"],
            [
                [
                    c.code,
                    c.description,
                    format_number(c.max_points),
                    _points(c.min_points),
                    f"{c.tie_break_order}°" if c.tie_break_order else _DASH,
                ]
                for c in data.criteria
            ],
            [16 * mm, width - 76 * mm, 20 * mm, 20 * mm, 20 * mm],
            right=(2, 3),
        )
    )
    rules = [
        "Punteggio complessivo minimo per l'idoneità: "
        + (format_number(data.min_total_score) if data.min_total_score is not None else "nessuno")
        + f". Divergenza tra valutatori segnalata oltre il {_pct(data.divergence_pct)} del massimo "
        f"del criterio; punteggi di consenso registrati: {data.consensus_count}."
    ]
    story.append(Spacer(1, 1.5 * mm))
    story += [Paragraph(text(r), _st().note) for r in rules]

    story.append(Paragraph("Domande", _st().heading))
    ro = RankingOutcome
    counts = [
        ("Domande pervenute", data.received),
        ("Non ammissibili (escluse all'istruttoria formale)", data.count(ro.NON_AMMISSIBILE)),
        ("Valutate nel merito", data.evaluated),
        ("Idonee", data.count(*_ELIGIBLE)),
        ("Finanziate", data.count(ro.FINANZIATA)),
        ("Finanziate parzialmente", data.count(ro.FINANZIATA_PARZIALMENTE)),
        ("Ammesse non finanziate", data.count(ro.AMMESSA_NON_FINANZIATA)),
        ("Non idonee", data.count(ro.NON_IDONEA)),
    ]
    if data.count(ro.RITIRATA, ro.REVOCATA):
        counts.append(("Ritirate o revocate dopo l'approvazione", data.count(ro.RITIRATA, ro.REVOCATA)))
    if data.unchecked:
        counts.append(("Ancora in istruttoria o ritirate prima della graduatoria", data.unchecked))
    story.append(
        _table(
            ["Domande", "Numero"],
            [[label, format_number(value, 0)] for label, value in counts],
            [width - 30 * mm, 30 * mm],
            right=(1,),
        )
    )
    story.append(Spacer(1, 1.5 * mm))
    story.append(
        Paragraph(
            text(
                f"Dotazione del bando {format_money(data.budget)}; contributi assegnati "
                f"{format_money(data.committed)}; residuo {format_money(data.budget - data.committed)}."
            ),
            _st().note,
        )
    )

    story.append(Paragraph("Graduatoria", _st().heading))
    notes: list[str] = []
    rows = []
    for line in data.lines:
        mark = ""
        if line.tie_break_note:
            notes.append(f"{line.protocol_number}: {line.tie_break_note}")
            mark = " (*)"
        rows.append(
            [
                _DASH if line.rank is None else str(line.rank),
                line.protocol_number,
                line.lead,
                _points(line.total) + mark,
                line.outcome.label,
                format_money(line.grant) if line.grant else _DASH,
            ]
        )
    if rows:
        story.append(
            _table(
                ["Pos.", "Protocollo", "Capofila", "Punteggio", "Esito", "Contributo"],
                rows,
                [10 * mm, 23 * mm, width - 111 * mm, 19 * mm, 35 * mm, 24 * mm],
                right=(0, 3, 5),
            )
        )
    else:
        story.append(Paragraph("Nessuna domanda in graduatoria.", st["body"]))
    if notes:
        story.append(Spacer(1, 1.5 * mm))
        story.append(Paragraph("(*) Note alla graduatoria:", _st().note))
        story += [Paragraph(text(f"– {n}"), _st().note) for n in notes]
    story.append(Spacer(1, 4 * mm))
    story.append(
        _signatures(
            data.committee,
            data.place,
            "La commissione di valutazione",
            closing="Letto, approvato e sottoscritto.",
        )
    )
    return story


# -- documents ---------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SheetsResult(BatchResult):
    """The call's sheets (one per application and the merged PDF) and the verbale written next to them."""

    verbale: Path | None = None
    # How many documents went into the register (none on a database opened read-only).
    recorded: int = 0


def _letterhead(db: Database, user: CurrentUser) -> Letterhead:
    return Letterhead.of(OfficeService(db, user).get())


def _record(db: Database, user: CurrentUser, documents: Sequence[NewDocument]) -> int:
    """Into the register of documents; not possible (nor expected) on a database opened read-only."""
    if not documents or db.read_only or user.read_only:
        return 0
    return len(DocumentRegister(db, user).record(documents))


def sheet_pdf(db: Database, user: CurrentUser, application_id: int) -> bytes:
    """The evaluation sheet of one application, recorded in the register as `scheda_<protocollo>.pdf`."""
    user.require(Permission.PRINT_DOCUMENTS)
    with db.reading() as session:
        data = sheet_data(session, application_id)
    pdf = build_pdf(
        sheet_story(data),
        letterhead=_letterhead(db, user),
        title=sheets_title(data.call_code, data.provisional),
    )
    _record(
        db,
        user,
        [
            NewDocument(
                DocumentKind.SCHEDA_VALUTAZIONE,
                f"{data.file_name}.pdf",
                pdf,
                call_id=data.call_id,
                application_id=data.application_id,
            )
        ],
    )
    return pdf


def verbale_pdf(db: Database, user: CurrentUser, call_id: int) -> bytes:
    """The committee's verbale sintetico of the call, recorded as `verbale_<codice>.pdf`."""
    user.require(Permission.PRINT_DOCUMENTS)
    with db.reading() as session:
        data = verbale_data(session, call_id)
    pdf = _verbale_bytes(data, _letterhead(db, user), None)
    _record(db, user, [NewDocument(DocumentKind.VERBALE, f"{data.file_name}.pdf", pdf, call_id=call_id)])
    return pdf


def _verbale_bytes(data: VerbaleData, letterhead: Letterhead, target: Path | None) -> bytes:
    title = f"Verbale sintetico · bando {data.call_code}"
    if data.provisional:
        title += f" · {PROVISIONAL_MARK}"
    return build_pdf(verbale_story(data), target, letterhead=letterhead, title=title)


def _unique_names(sheets: Sequence[SheetData]) -> list[str]:
    """File names by protocol; two protocols writing the same name ("2026/1", "2026-1") get _2, _3…"""
    seen: dict[str, int] = {}
    names = []
    for sheet in sheets:
        name = sheet.file_name
        key = name.casefold()
        seen[key] = seen.get(key, 0) + 1
        names.append(name if seen[key] == 1 else f"{name}_{seen[key]}")
    return names


def write_call_sheets(
    db: Database,
    user: CurrentUser,
    call_id: int,
    folder: Path,
    *,
    progress: ProgressFn | None = None,
    is_cancelled: CancelFn | None = None,
) -> SheetsResult:
    """Into `folder`: `scheda_<protocollo>.pdf` for each application evaluated on its merits, all of
    them in ranking order in `schede_<codice>.pdf`, and `verbale_<codice>.pdf`; every file written is
    recorded in the register. Cancelling stops between sheets (no merged PDF, no verbale)."""
    user.require(Permission.PRINT_DOCUMENTS)
    with db.reading() as session, paused_gc():
        sheets = call_sheets_data(session, call_id)
        verbale = verbale_data(session, call_id)
    if not sheets:
        raise ServiceError(
            f"Il bando {verbale.call_code} non ha domande valutate nel merito: nessuna scheda di "
            "valutazione da stampare."
        )
    letterhead = _letterhead(db, user)
    code = safe_file_name(verbale.call_code)
    last = [0, 0]

    def step(done: int, total: int, message: str) -> None:
        last[:] = [done, total]
        if progress is not None:
            progress(done, total, message)

    result = write_batch(
        [BatchItem(name, sheet) for name, sheet in zip(_unique_names(sheets), sheets, strict=True)],
        sheet_story,
        folder,
        letterhead=letterhead,
        title=sheets_title(verbale.call_code, verbale.provisional),
        merged_name=f"schede_{code}",
        progress=step,
        is_cancelled=is_cancelled,
    )
    by_name = {f"{name}.pdf": sheet for name, sheet in zip(_unique_names(sheets), sheets, strict=True)}
    documents = [
        NewDocument(
            DocumentKind.SCHEDA_VALUTAZIONE,
            path.name,
            path.read_bytes(),
            call_id=call_id,
            application_id=by_name[path.name].application_id,
        )
        for path in result.files
    ]
    verbale_path = None
    if not result.cancelled:
        if result.merged is not None:
            documents.append(
                NewDocument(
                    DocumentKind.SCHEDA_VALUTAZIONE,
                    result.merged.name,
                    result.merged.read_bytes(),
                    call_id=call_id,
                )
            )
        verbale_path = folder / f"{verbale.file_name}.pdf"
        pdf = _verbale_bytes(verbale, letterhead, verbale_path)
        documents.append(NewDocument(DocumentKind.VERBALE, verbale_path.name, pdf, call_id=call_id))
        if progress is not None:
            progress(last[1], last[1], f"Scritto {verbale_path.name}")
    recorded = _record(db, user, documents)
    return SheetsResult(
        result.folder, result.files, result.merged, result.cancelled, verbale=verbale_path, recorded=recorded
    )


__all__: Sequence[str] = (
    "CriterionInfo",
    "CriterionRow",
    "PartnerLine",
    "SheetData",
    "SheetsResult",
    "Signatory",
    "VerbaleData",
    "VerbaleLine",
    "call_sheets_data",
    "sheet_data",
    "sheet_file_name",
    "sheet_pdf",
    "sheet_story",
    "verbale_data",
    "verbale_pdf",
    "verbale_story",
    "write_call_sheets",
)
