"""The committee's consensus on criteria where the evaluators diverged beyond the call's threshold."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Application, Call, ConsensusScore, User
from coop_desktop.domain.formatting import format_number
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.ranking import criterion_scores, divergences
from coop_desktop.domain.scoring import CENT
from coop_desktop.domain.validation import ValidationError
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import NotFoundError, ServiceError, ValidationErrors
from coop_desktop.services.evaluation_common import CALL_GONE, criterion_ids, evaluating_call
from coop_desktop.services.ranking_data import load_call_scores

_LABELS = {"points": "Punteggio di consenso", "reason": "Motivazione"}


@dataclass(frozen=True, slots=True)
class DivergenceView:
    """A flagged criterion of an application, with each evaluator's score and any consensus."""

    application_id: int
    protocol_number: str
    lead: str
    code: str
    max_points: Decimal
    low: Decimal
    high: Decimal
    threshold: Decimal
    mean: Decimal
    # Evaluator's full name → points.
    scores: tuple[tuple[str, Decimal], ...]
    consensus: Decimal | None
    reason: str | None


class ConsensusService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def divergences(self, call_id: int) -> list[DivergenceView]:
        """Every criterion the committee must look at, application by application."""
        self._user.require(Permission.VIEW_ALL_SCORES)
        with self._db.reading() as session:
            call = session.get(Call, call_id)
            if call is None:
                raise NotFoundError(CALL_GONE)
            data = load_call_scores(session, call, per_evaluator=True)
            names = dict(session.execute(select(User.id, User.full_name)).all())
            maxima = {c.code: c.max_points for c in data.rules.criteria}
            found = []
            for candidate in data.candidates:
                if not candidate.admissible:
                    continue
                means = criterion_scores(replace(candidate, consensus={}), data.rules)
                per_evaluator = data.by_evaluator.get(candidate.application_id, {})
                agreed = data.consensus.get(candidate.application_id, {})
                info = data.info[candidate.application_id]
                for d in divergences(candidate, data.rules):
                    points, reason = agreed.get(d.code, (None, None))
                    found.append(
                        DivergenceView(
                            candidate.application_id,
                            info.protocol_number,
                            info.lead,
                            d.code,
                            maxima[d.code],
                            d.low,
                            d.high,
                            d.threshold,
                            means[d.code],
                            tuple(
                                sorted(
                                    (names.get(e, str(e)), scores[d.code])
                                    for e, scores in per_evaluator.items()
                                    if d.code in scores
                                )
                            ),
                            points,
                            reason,
                        )
                    )
            found.sort(key=lambda v: (v.protocol_number, v.code))
            return found

    def record(self, application_id: int, code: str, points: Decimal, reason: str) -> None:
        """Record (or change) the consensus score of a flagged criterion; it replaces the mean."""
        self._user.require(Permission.MANAGE_EVALUATION)
        errors = []
        reason = reason.strip()
        if not reason:
            errors.append(ValidationError("reason", "Scrivi la motivazione del punteggio di consenso."))
        with self._db.transaction(self._user) as session:
            app, criterion_id, maximum = self._flagged(session, application_id, code)
            if not points.is_finite() or points < 0 or points > maximum:
                errors.append(
                    ValidationError("points", f"Il punteggio deve essere tra 0 e {format_number(maximum)}.")
                )
            elif points != points.quantize(CENT):
                errors.append(ValidationError("points", "Il punteggio ammette al più due decimali."))
            if errors:
                raise ValidationErrors(errors, _LABELS)
            current = session.scalar(
                select(ConsensusScore).where(
                    ConsensusScore.application_id == app.id, ConsensusScore.criterion_id == criterion_id
                )
            )
            if current is None:
                session.add(
                    ConsensusScore(
                        application_id=app.id,
                        criterion_id=criterion_id,
                        points=points,
                        reason=reason,
                        user_id=self._user.id,
                    )
                )
            else:
                current.points, current.reason, current.user_id = points, reason, self._user.id

    def remove(self, application_id: int, code: str) -> None:
        """Drop a consensus score: the mean of the evaluators counts again."""
        self._user.require(Permission.MANAGE_EVALUATION)
        with self._db.transaction(self._user) as session:
            app = session.get(Application, application_id)
            if app is None:
                raise NotFoundError("La domanda non esiste più.")
            evaluating_call(session, app.call_id)
            criterion_id = criterion_ids(session, app.call_id).get(code)
            current = session.scalar(
                select(ConsensusScore).where(
                    ConsensusScore.application_id == app.id, ConsensusScore.criterion_id == criterion_id
                )
            )
            if current is not None:
                session.delete(current)

    def _flagged(self, session: Session, application_id: int, code: str) -> tuple[Application, int, Decimal]:
        app = session.get(Application, application_id)
        if app is None:
            raise NotFoundError("La domanda non esiste più.")
        call = evaluating_call(session, app.call_id)
        data = load_call_scores(session, call)
        criterion = next((c for c in data.rules.criteria if c.code == code), None)
        if criterion is None:
            raise ServiceError(f"Il criterio {code} non è nella griglia del bando.")
        candidate = next((c for c in data.candidates if c.application_id == application_id), None)
        if candidate is None or not any(d.code == code for d in divergences(candidate, data.rules)):
            raise ServiceError(
                f"Sul criterio {code} i valutatori della domanda prot. {app.protocol_number} non divergono "
                "oltre la soglia del bando: vale la media dei punteggi."
            )
        return app, criterion_ids(session, app.call_id)[code], criterion.max_points
