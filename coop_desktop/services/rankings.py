"""The graduatoria of a call: computed from the submitted scores, approved by decree, scorrimento.

While the evaluation goes on the ranking is computed live (and stored when the office computes it,
replacing the previous unapproved version). Approving it by decree stores a frozen snapshot of
scores, ranks and grants and moves every application to its outcome; later edits are refused. A
withdrawal or revocation after approval makes a new dated version (scorrimento), the old one kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Application, Call, Decree, Ranking, RankingEntry
from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.enums import ApplicationStatus, CallStatus, DecreeKind, RankingOutcome
from coop_desktop.domain.formatting import format_date
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.ranking import (
    DROPPED,
    Placement,
    RankingResult,
    compute_ranking,
    scorrimento,
)
from coop_desktop.services.admissibility import move_statuses
from coop_desktop.services.batch import paused_gc
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import LockedError, NotFoundError, PermissionDenied, ServiceError
from coop_desktop.services.evaluation_common import CALL_GONE
from coop_desktop.services.ranking_data import ApplicationInfo, load_call_scores

STATUS_OF: dict[RankingOutcome, ApplicationStatus] = {
    RankingOutcome.FINANZIATA: ApplicationStatus.FINANZIATA,
    RankingOutcome.FINANZIATA_PARZIALMENTE: ApplicationStatus.FINANZIATA_PARZIALMENTE,
    RankingOutcome.AMMESSA_NON_FINANZIATA: ApplicationStatus.AMMESSA_NON_FINANZIATA,
    RankingOutcome.NON_IDONEA: ApplicationStatus.NON_IDONEA,
    RankingOutcome.NON_AMMISSIBILE: ApplicationStatus.NON_AMMISSIBILE,
    RankingOutcome.RITIRATA: ApplicationStatus.RITIRATA,
    RankingOutcome.REVOCATA: ApplicationStatus.REVOCATA,
}
PROVISIONAL_REFUSAL = (
    "La graduatoria è provvisoria: mancano schede di valutazione inviate (o domande da istruire), "
    "quindi non può essere approvata."
)


@dataclass(frozen=True, slots=True)
class RankingLine:
    position: int
    rank: int | None
    application_id: int
    protocol_number: str
    protocol_date: date
    lead: str
    title: str
    requested_grant: Decimal
    total: Decimal | None
    criterion_scores: dict[str, Decimal]
    outcome: RankingOutcome
    grant: Decimal
    tie_break_note: str | None
    complete: bool

    def as_json(self, provisional: bool) -> dict[str, Any]:
        return {
            "rank": self.rank,
            "protocol": self.protocol_number,
            "lead": self.lead,
            "score": None if self.total is None else f"{self.total:.2f}",
            "outcome": self.outcome.value,
            "grant": f"{self.grant:.2f}",
            "provisional": provisional,
        }


@dataclass(frozen=True, slots=True)
class RankingView:
    call_id: int
    call_code: str
    call_title: str
    budget: Decimal
    criteria: tuple[str, ...]
    # None: computed now from the scores, not stored.
    ranking_id: int | None
    version: int | None
    computed_at: datetime
    provisional: bool
    approved: bool
    decree_number: str | None
    decree_date: date | None
    note: str | None
    lines: tuple[RankingLine, ...]

    @property
    def committed(self) -> Decimal:
        return sum((line.grant for line in self.lines), Decimal("0.00"))

    @property
    def remaining(self) -> Decimal:
        return self.budget - self.committed

    def as_json(self) -> list[dict[str, Any]]:
        return [line.as_json(self.provisional) for line in self.lines]


@dataclass(frozen=True, slots=True)
class RankingVersion:
    ranking_id: int
    version: int
    computed_at: datetime
    provisional: bool
    approved: bool
    decree: str | None
    note: str | None


def _lines(result: RankingResult, info: dict[int, ApplicationInfo]) -> tuple[RankingLine, ...]:
    return tuple(
        RankingLine(
            position=p.position,
            rank=p.rank,
            application_id=p.application_id,
            protocol_number=info[p.application_id].protocol_number,
            protocol_date=info[p.application_id].protocol_date,
            lead=info[p.application_id].lead,
            title=info[p.application_id].title,
            requested_grant=info[p.application_id].requested_grant,
            total=p.total,
            criterion_scores=dict(p.criterion_scores),
            outcome=p.outcome,
            grant=p.grant,
            tie_break_note=p.tie_break_note,
            complete=p.complete,
        )
        for p in result.placements
    )


class RankingService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def _require_view(self, session: Session, call: Call) -> None:
        user = self._user
        if user.sees_as(Permission.VIEW_ALL_SCORES):
            return
        user.require(Permission.VIEW_CALLS)
        # Evaluators and readers see the ranking once the office has computed it.
        if not session.scalar(select(Ranking.id).where(Ranking.call_id == call.id).limit(1)):
            raise PermissionDenied("La graduatoria del bando non è ancora stata calcolata dall'ufficio.")

    # -- reading -----------------------------------------------------------------------------------

    def current(self, call_id: int) -> RankingView:
        """The approved ranking (latest version) once there is one; otherwise computed now."""
        with self._db.reading() as session, paused_gc():
            call = self._call(session, call_id)
            self._require_view(session, call)
            approved = session.scalar(
                select(Ranking)
                .where(Ranking.call_id == call_id, Ranking.is_approved.is_(True))
                .order_by(Ranking.version.desc())
                .limit(1)
            )
            if approved is not None:
                return self._stored_view(session, call, approved)
            return self._live_view(session, call)

    def versions(self, call_id: int) -> list[RankingVersion]:
        with self._db.reading() as session:
            call = self._call(session, call_id)
            self._require_view(session, call)
            rows = session.execute(
                select(Ranking, Decree.number, Decree.issued_on)
                .outerjoin(Decree, Decree.id == Ranking.decree_id)
                .where(Ranking.call_id == call_id)
                .order_by(Ranking.version)
            ).all()
            return [
                RankingVersion(
                    r.id,
                    r.version,
                    r.computed_at,
                    r.is_provisional,
                    r.is_approved,
                    None if number is None else f"DD n. {number} del {format_date(issued)}",
                    r.note,
                )
                for r, number, issued in rows
            ]

    def stored(self, ranking_id: int) -> RankingView:
        with self._db.reading() as session:
            ranking = session.get(Ranking, ranking_id)
            if ranking is None:
                raise NotFoundError("La versione della graduatoria non esiste più.")
            call = self._call(session, ranking.call_id)
            self._require_view(session, call)
            return self._stored_view(session, call, ranking)

    def _call(self, session: Session, call_id: int) -> Call:
        call = session.get(Call, call_id)
        if call is None:
            raise NotFoundError(CALL_GONE)
        return call

    def _compute(
        self, session: Session, call: Call
    ) -> tuple[RankingResult, dict[int, ApplicationInfo], bool]:
        data = load_call_scores(session, call)
        result = compute_ranking(data.rules, data.candidates)
        return result, data.info, result.provisional or data.unchecked > 0

    def _live_view(self, session: Session, call: Call) -> RankingView:
        result, info, provisional = self._compute(session, call)
        return self._view(call, None, None, utcnow(), provisional, False, None, None, _lines(result, info))

    def _view(
        self,
        call: Call,
        ranking_id: int | None,
        version: int | None,
        computed_at: datetime,
        provisional: bool,
        approved: bool,
        decree: Decree | None,
        note: str | None,
        lines: tuple[RankingLine, ...],
    ) -> RankingView:
        return RankingView(
            call_id=call.id,
            call_code=call.code,
            call_title=call.title,
            budget=call.budget,
            criteria=tuple(c.code for c in call.criteria),
            ranking_id=ranking_id,
            version=version,
            computed_at=computed_at,
            provisional=provisional,
            approved=approved,
            decree_number=decree.number if decree else None,
            decree_date=decree.issued_on if decree else None,
            note=note,
            lines=lines,
        )

    def _stored_view(self, session: Session, call: Call, ranking: Ranking) -> RankingView:
        data = load_call_scores(session, call)
        decree = session.get(Decree, ranking.decree_id) if ranking.decree_id else None
        rows = session.execute(
            select(
                RankingEntry.position,
                RankingEntry.rank,
                RankingEntry.application_id,
                RankingEntry.total_score,
                RankingEntry.criterion_scores,
                RankingEntry.outcome,
                RankingEntry.grant,
                RankingEntry.tie_break_note,
            )
            .where(RankingEntry.ranking_id == ranking.id)
            .order_by(RankingEntry.position)
        )
        lines = []
        for position, rank, app_id, total, scores, outcome, grant, note in rows:
            a = data.info[app_id]
            lines.append(
                RankingLine(
                    position,
                    rank,
                    app_id,
                    a.protocol_number,
                    a.protocol_date,
                    a.lead,
                    a.title,
                    a.requested_grant,
                    total,
                    {code: Decimal(value) for code, value in (scores or {}).items()},
                    outcome,
                    grant,
                    note,
                    True,
                )
            )
        return self._view(
            call,
            ranking.id,
            ranking.version,
            ranking.computed_at,
            ranking.is_provisional,
            ranking.is_approved,
            decree,
            ranking.note,
            tuple(lines),
        )

    # -- writing -----------------------------------------------------------------------------------

    def compute(self, call_id: int) -> RankingView:
        """Compute and store the ranking (replacing the previous unapproved version): from now on
        the evaluators may see each other's scores."""
        self._user.require(Permission.MANAGE_EVALUATION)
        with self._db.transaction(self._user) as session, paused_gc():
            call = self._call(session, call_id)
            if call.status is CallStatus.GRADUATORIA_APPROVATA:
                raise LockedError(
                    "La graduatoria è già stata approvata con decreto: non può essere ricalcolata."
                )
            if call.status is not CallStatus.IN_VALUTAZIONE:
                raise LockedError(
                    f"Il bando è «{call.status.label}»: la graduatoria si calcola durante la valutazione."
                )
            result, info, provisional = self._compute(session, call)
            ranking = store_ranking(session, call, result, provisional, note=None)
            session.flush()
            return self._view(
                call,
                ranking.id,
                ranking.version,
                ranking.computed_at,
                provisional,
                False,
                None,
                None,
                _lines(result, info),
            )

    def scorrimento(
        self,
        call_id: int,
        application_id: int,
        outcome: RankingOutcome,
        decree_number: str,
        decree_date: date,
        note: str = "",
    ) -> RankingView:
        """Record a withdrawal or revocation after approval and walk the freed funds down the list:
        a new approved version with its decree, the previous one kept."""
        self._user.require(Permission.MANAGE_EVALUATION)
        outcome = RankingOutcome(outcome)
        if outcome not in DROPPED:
            raise ServiceError("Lo scorrimento segue una rinuncia (ritirata) o una revoca (revocata).")
        decree_number = decree_number.strip()
        if not decree_number:
            raise ServiceError("Indica il numero del decreto di scorrimento.")
        with self._db.transaction(self._user) as session:
            call = self._call(session, call_id)
            previous = session.scalar(
                select(Ranking)
                .where(Ranking.call_id == call_id, Ranking.is_approved.is_(True))
                .order_by(Ranking.version.desc())
                .limit(1)
            )
            if previous is None or call.status is not CallStatus.GRADUATORIA_APPROVATA:
                raise LockedError("Lo scorrimento si fa su una graduatoria approvata con decreto.")
            if session.scalar(
                select(Decree.id).where(Decree.number == decree_number, Decree.issued_on == decree_date)
            ):
                raise ServiceError(
                    f"Il decreto n. {decree_number} del {format_date(decree_date)} è già registrato."
                )
            placements = stored_placements(session, previous.id)
            by_app = {p.application_id: p for p in placements}
            target = by_app.get(application_id)
            if target is None or target.rank is None or target.outcome in DROPPED:
                raise ServiceError("La domanda non è tra quelle idonee della graduatoria approvata.")
            requested = dict(
                session.execute(
                    select(Application.id, Application.requested_grant).where(Application.call_id == call_id)
                ).all()
            )
            dropped = {p.application_id: p.outcome for p in placements if p.outcome in DROPPED}
            dropped[application_id] = outcome
            result = scorrimento(placements, requested, dropped, call.budget, call.allow_partial_last)
            protocol = session.scalar(
                select(Application.protocol_number).where(Application.id == application_id)
            )
            label = "rinuncia" if outcome is RankingOutcome.RITIRATA else "revoca"
            decree = Decree(
                kind=DecreeKind.SCORRIMENTO,
                call_id=call_id,
                number=decree_number,
                issued_on=decree_date,
                subject=(
                    f"Bando {call.code}: scorrimento della graduatoria dopo la {label} della domanda "
                    f"prot. {protocol}"
                ),
                commitment_amount=result.committed,
            )
            session.add(decree)
            session.flush()
            text = f"Scorrimento dopo la {label} della domanda prot. {protocol}. {note.strip()}".strip()
            ranking = store_ranking(session, call, result, False, note=text, approved_by=decree)
            apply_outcomes(
                session, self._user, result, by_app, f"DD n. {decree_number} del {format_date(decree_date)}"
            )
            session.flush()
            return self._stored_view(session, call, ranking)


# -- shared with the call's approval -------------------------------------------------------------------


def store_ranking(
    session: Session,
    call: Call,
    result: RankingResult,
    provisional: bool,
    *,
    note: str | None,
    approved_by: Decree | None = None,
) -> Ranking:
    """A new version of the call's ranking; an unapproved previous version is replaced."""
    session.execute(
        delete(RankingEntry).where(
            RankingEntry.ranking_id.in_(
                select(Ranking.id).where(Ranking.call_id == call.id, Ranking.is_approved.is_(False))
            )
        )
    )
    session.execute(delete(Ranking).where(Ranking.call_id == call.id, Ranking.is_approved.is_(False)))
    version = (session.scalar(select(func.max(Ranking.version)).where(Ranking.call_id == call.id)) or 0) + 1
    ranking = Ranking(
        call_id=call.id,
        version=version,
        is_provisional=provisional,
        is_approved=approved_by is not None,
        decree_id=approved_by.id if approved_by else None,
        note=note,
    )
    session.add(ranking)
    session.flush()
    if not result.placements:
        return ranking
    session.execute(
        insert(RankingEntry),
        [
            {
                "ranking_id": ranking.id,
                "application_id": p.application_id,
                "position": p.position,
                "rank": p.rank,
                "total_score": p.total,
                "outcome": p.outcome,
                "grant": p.grant,
                "tie_break_note": p.tie_break_note,
                "criterion_scores": {code: f"{value:.2f}" for code, value in p.criterion_scores.items()},
            }
            for p in result.placements
        ],
    )
    return ranking


def stored_placements(session: Session, ranking_id: int) -> list[Placement]:
    return [
        Placement(
            app_id,
            position,
            rank,
            total,
            {code: Decimal(value) for code, value in (scores or {}).items()},
            outcome,
            grant,
            note,
        )
        for position, rank, app_id, total, scores, outcome, grant, note in session.execute(
            select(
                RankingEntry.position,
                RankingEntry.rank,
                RankingEntry.application_id,
                RankingEntry.total_score,
                RankingEntry.criterion_scores,
                RankingEntry.outcome,
                RankingEntry.grant,
                RankingEntry.tie_break_note,
            )
            .where(RankingEntry.ranking_id == ranking_id)
            .order_by(RankingEntry.position)
        )
    ]


def apply_outcomes(
    session: Session,
    user: CurrentUser,
    result: RankingResult,
    before: dict[int, Placement] | None,
    act: str,
) -> None:
    """Move each application to its outcome and set its granted amount (only what changed)."""
    statuses = dict(
        session.execute(
            select(Application.id, Application.status).where(
                Application.id.in_([p.application_id for p in result.placements])
            )
        ).all()
    )
    changes = []
    for p in result.placements:
        target = STATUS_OF[p.outcome]
        if statuses.get(p.application_id) is not None and statuses[p.application_id] is not target:
            changes.append((p.application_id, statuses[p.application_id], target, act))
    move_statuses(session, user, changes)
    granted = {p.application_id: p.grant or None for p in result.placements}
    if before is not None:
        granted = {a: g for a, g in granted.items() if a not in before or (before[a].grant or None) != g}
    ids = sorted(granted)
    for start in range(0, len(ids), 900):
        for app in session.scalars(select(Application).where(Application.id.in_(ids[start : start + 900]))):
            if app.granted_amount != granted[app.id]:
                app.granted_amount = granted[app.id]  # through the ORM: the audit trail records it
    session.flush()


def approve_ranking(session: Session, user: CurrentUser, call: Call, decree: Decree) -> Ranking:
    """Freeze the ranking as computed now from the submitted scores (refused while provisional)."""
    data = load_call_scores(session, call)
    result = compute_ranking(data.rules, data.candidates)
    if result.provisional or data.unchecked:
        raise ServiceError(PROVISIONAL_REFUSAL)
    decree.commitment_amount = result.committed
    act = f"DD n. {decree.number} del {format_date(decree.issued_on)}"
    ranking = store_ranking(
        session, call, result, False, note=f"Graduatoria approvata con {act}.", approved_by=decree
    )
    apply_outcomes(session, user, result, None, act)
    return ranking


def provisional_now(session: Session, call: Call) -> bool:
    data = load_call_scores(session, call)
    return compute_ranking(data.rules, data.candidates).provisional or data.unchecked > 0


__all__: Sequence[str] = (
    "PROVISIONAL_REFUSAL",
    "RankingLine",
    "RankingService",
    "RankingVersion",
    "RankingView",
    "approve_ranking",
    "provisional_now",
)
