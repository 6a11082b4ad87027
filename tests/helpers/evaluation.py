"""A call in evaluation with its grid, committee and admissible applications, for evaluation tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Application, CommitteeMember, Criterion, User
from coop_desktop.domain.enums import ApplicationStatus, CallStatus, CommitteeRole, UserRole
from coop_desktop.services.context import CurrentUser
from tests.helpers.factories import make_actor, make_application, make_call


@dataclass(frozen=True)
class Scenario:
    call_id: int
    call_code: str
    # Evaluators as services see them (with their user ids), in committee order.
    evaluators: tuple[CurrentUser, ...]
    officer: CurrentUser
    # Application ids in protocol order, and their lead actors.
    applications: tuple[int, ...]
    leads: tuple[int, ...]
    criteria: tuple[str, ...]


GRID = (
    # code, description, max, min, tie-break order
    ("A", "Qualità e coerenza della proposta", Decimal("40"), Decimal("20"), 1),
    ("B", "Partenariato e radicamento territoriale", Decimal("30"), None, 2),
    ("C", "Sostenibilità e impatto", Decimal("30"), None, None),
)


def evaluation_scenario(
    db: Database,
    *,
    applications: int = 4,
    evaluators: int = 3,
    per_application: int = 2,
    budget: Decimal = Decimal("100000.00"),
    requested: Decimal = Decimal("40000.00"),
    min_total: Decimal | None = Decimal("60"),
    allow_partial_last: bool = True,
    comments_required: bool = False,
) -> Scenario:
    with db.transaction() as session:
        people = []
        for n in range(evaluators):
            user = User(username=f"val{n + 1}", full_name=f"Valutatore {n + 1}", role=UserRole.VALUTATORE)
            session.add(user)
            people.append(user)
        officer = User(username="istr", full_name="Istruttrice", role=UserRole.ISTRUTTORE)
        session.add(officer)
        session.flush()
        call = make_call(
            session,
            status=CallStatus.IN_VALUTAZIONE,
            budget=budget,
            max_grant=max(requested, Decimal("40000.00")),
            min_total_score=min_total,
            allow_partial_last=allow_partial_last,
            evaluators_per_application=per_application,
            comments_required=comments_required,
        )
        for position, (code, text, maximum, minimum, tie) in enumerate(GRID):
            session.add(
                Criterion(
                    call_id=call.id,
                    code=code,
                    description=text,
                    max_points=maximum,
                    min_points=minimum,
                    tie_break_order=tie,
                    position=position,
                )
            )
        for n, user in enumerate(people):
            session.add(
                CommitteeMember(
                    call_id=call.id,
                    user_id=user.id,
                    role=CommitteeRole.PRESIDENTE if n == 0 else CommitteeRole.COMPONENTE,
                )
            )
        apps: list[Application] = []
        leads = []
        for n in range(applications):
            lead = make_actor(session)
            leads.append(lead.id)
            apps.append(
                make_application(
                    session,
                    call,
                    lead,
                    protocol_number=f"2026/{n + 1}",
                    protocol_date=date(2026, 3, 1) + timedelta(days=n),
                    requested_grant=requested,
                    total_cost=requested * 2,
                    status=ApplicationStatus.IN_VALUTAZIONE,
                )
            )
        session.flush()
        return Scenario(
            call_id=call.id,
            call_code=call.code,
            evaluators=tuple(CurrentUser(u.id, u.username, u.full_name, UserRole.VALUTATORE) for u in people),
            officer=CurrentUser(officer.id, officer.username, officer.full_name, UserRole.ISTRUTTORE),
            applications=tuple(a.id for a in apps),
            leads=tuple(leads),
            criteria=tuple(code for code, *_ in GRID),
        )
