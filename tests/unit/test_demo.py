"""The demo data set: complete, valid, deterministic, and ranked by the closed call's own rules; its
call in evaluation shows every stage of the Valutazioni tab."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import pytest
from sqlalchemy import String, func, select
from sqlalchemy.orm import Session
from stdnum.it import codicefiscale, iva

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    AdmissibilityCheck,
    Application,
    ApplicationPartner,
    ApplicationStatusChange,
    Assignment,
    Base,
    Call,
    CallEligibleType,
    CommitteeMember,
    Decree,
    EvaluatorConflict,
    GovernanceBody,
    GovernanceEvent,
    IntegrationRequest,
    Membership,
    OfficeProfile,
    Partnership,
    PartnershipStatusChange,
    Payment,
    Ranking,
    RankingEntry,
    Score,
    User,
)
from coop_desktop.demo import DEMO_CALL_CODES, DemoRefused, load_demo, load_demo_if_absent
from coop_desktop.demo_data.users import DEMO_PASSWORD
from coop_desktop.domain.enums import (
    ActorType,
    ApplicationStatus,
    AssignmentStatus,
    CallStatus,
    CheckOutcome,
    CommitteeRole,
    DecreeKind,
    Funder,
    GovernanceBodyKind,
    GovernanceEventKind,
    PaymentKind,
    RankingOutcome,
    RegistryKind,
    Theme,
    UserRole,
)
from coop_desktop.domain.italy import TUSCAN_PROVINCES
from coop_desktop.services.consensus import ConsensusService
from coop_desktop.services.context import SYSTEM, CurrentUser
from coop_desktop.services.errors import PermissionDenied
from coop_desktop.services.evaluation_grid import EvaluationGridService
from coop_desktop.services.rankings import RankingService
from coop_desktop.services.users import UserService

# The purpose codes DOMAIN.md lists for the office's themes.
DAC_CODES = {
    "15112", "15150", "15220", "25030", "32130", "31194", "43040", "14050", "41010", "23210", "15190",
    "24050", "72010", "72040", "73010", "99820",
}  # fmt: skip
MAIN_THEMES = {
    Theme.DECENTRAMENTO, Theme.SISTEMI_ECONOMICI, Theme.ECONOMIA_CIRCOLARE, Theme.CO_SVILUPPO,
    Theme.CRISI_UMANITARIE,
}  # fmt: skip
CENT = Decimal("0.01")
# The demo's "today": its call in evaluation has forms sent up to a few days before.
DEMO_TODAY = date(2026, 11, 22)


def _call(session: Session, status: CallStatus) -> Call:
    return session.scalars(select(Call).where(Call.status == status)).one()


def _apps(session: Session, call: Call) -> list[Application]:
    return list(session.scalars(select(Application).where(Application.call_id == call.id)))


def _user(session: Session, username: str) -> CurrentUser:
    user = session.scalars(select(User).where(User.username == username)).one()
    return CurrentUser(user.id, user.username, user.full_name, user.role)


# --- register, office, users, governance ---------------------------------------------------------


def test_register_covers_every_type_and_province_with_valid_codes(demo_db: Database) -> None:
    with demo_db.reading() as s:
        actors = list(s.scalars(select(Actor)))
        assert len(actors) >= 60
        assert {a.actor_type for a in actors} == set(ActorType)
        assert {a.province for a in actors} == set(TUSCAN_PROVINCES)
        for a in actors:
            assert a.tax_code and len(a.tax_code) == 11, a.name
            assert codicefiscale.is_valid(a.tax_code) and iva.is_valid(a.tax_code), a.name
            assert a.vat_number is None or iva.is_valid(a.vat_number), a.name
            # Tuscan CAPs run from 50xxx to 59xxx.
            assert a.postal_code and re.fullmatch(r"5\d{4}", a.postal_code), a.name
            assert a.municipality and a.email and a.pec and a.phone and a.legal_representative, a.name
            assert a.tax_code in a.search_text
        assert len({a.tax_code for a in actors}) == len(actors)
        assert len({a.name for a in actors}) == len(actors)
        assert sum(a.vat_number is not None for a in actors) >= 10
        assert sum(a.is_archived for a in actors) >= 2
        assert sum(len(a.contacts) for a in actors) >= 20
        registers = {r.register for a in actors for r in a.registrations}
        assert {RegistryKind.RUNTS, RegistryKind.AICS} <= registers


def test_office_profile_and_users(demo_db: Database) -> None:
    with demo_db.reading() as s:
        office = s.scalars(select(OfficeProfile)).one()
        assert office.address == "Via Pico della Mirandola 22-24"
        assert (office.postal_code, office.city, office.province) == ("50132", "Firenze", "FI")
        assert office.pec.endswith("@postacert.toscana.it")
        assert office.head_of_office and office.procedure_manager
        users = list(s.scalars(select(User)))
        roles = [u.role for u in users]
        assert roles.count(UserRole.VALUTATORE) == 3
        assert UserRole.ISTRUTTORE in roles and UserRole.AMMINISTRATORE in roles
        assert UserRole.CONSULTAZIONE in roles
        assert all(u.email and u.full_name and u.is_active for u in users)
    # Every demo account logs in with the password README.md and `init --demo` print.
    login = UserService(demo_db, SYSTEM)
    assert not login.needs_first_admin()
    for user in users:
        assert login.authenticate(user.username, DEMO_PASSWORD).role is user.role


def test_governance_has_forum_tables_groups_and_a_2026_programme(demo_db: Database) -> None:
    with demo_db.reading() as s:
        bodies = list(s.scalars(select(GovernanceBody)))
        by_id = {b.id: b for b in bodies}
        kinds = [b.kind for b in bodies]
        assert kinds.count(GovernanceBodyKind.FORUM) == 1
        assert {b.theme for b in bodies if b.kind is GovernanceBodyKind.TAVOLO} >= MAIN_THEMES
        groups = [b for b in bodies if b.kind is GovernanceBodyKind.GRUPPO]
        assert 2 <= len(groups) <= 3
        assert all(g.parent_id and by_id[g.parent_id].kind is GovernanceBodyKind.TAVOLO for g in groups)
        assert all(b.memberships for b in bodies)
        assert s.scalar(select(func.count()).select_from(Membership)) >= 60
        events = list(s.scalars(select(GovernanceEvent)))
        seminars = [e for e in events if e.kind is GovernanceEventKind.SEMINARIO]
        assert len({e.phase for e in seminars}) >= 2 and all(e.phase for e in seminars)
        assert len({e.held_on.month for e in seminars if e.held_on.year == 2026}) >= 3
        assert any(e.kind is GovernanceEventKind.CONFERENZA and e.held_on.year == 2026 for e in events)


# --- calls and applications ----------------------------------------------------------------------


def test_three_calls_closed_open_and_in_evaluation(demo_db: Database) -> None:
    with demo_db.reading() as s:
        calls = list(s.scalars(select(Call)))
        assert len(calls) == 3 and sorted(c.code for c in calls) == sorted(DEMO_CALL_CODES)
        assert {c.status for c in calls} == {
            CallStatus.GRADUATORIA_APPROVATA,
            CallStatus.APERTO,
            CallStatus.IN_VALUTAZIONE,
        }
        for call in calls:
            assert call.act_number and call.act_date and call.burt_number and call.opens_on and call.deadline
            assert call.opens_on < call.deadline and call.budget > 0
            assert call.min_cofunding_pct == Decimal("20.00")
            if call.status is not CallStatus.IN_VALUTAZIONE:
                assert call.max_grant == Decimal("40000.00")
                assert [(c.code, c.max_points, c.tie_break_order) for c in call.criteria] == [
                    ("A", Decimal("40.00"), 1),
                    ("B", Decimal("30.00"), 2),
                    ("C", Decimal("30.00"), None),
                ]
            assert sum(c.max_points for c in call.criteria) == 100
            assert call.documents and call.eligible_types and call.themes and call.countries
            roles = [m.role for m in call.committee]
            assert len(roles) == 3 and roles.count(CommitteeRole.PRESIDENTE) == 1
            members = [s.get(User, m.user_id) for m in call.committee]
            assert all(u is not None and u.role is UserRole.VALUTATORE for u in members)
            approval = select(Decree).where(
                Decree.call_id == call.id, Decree.kind == DecreeKind.APPROVAZIONE_BANDO
            )
            assert len(s.scalars(approval).all()) == 1
        closed = _call(s, CallStatus.GRADUATORIA_APPROVATA)
        assert closed.allow_partial_last and closed.min_total_score == Decimal("60.00")
        assert {"SN", "BF", "TN", "MA"} <= {c.country_code for c in closed.countries}
        assert s.scalar(select(func.count()).select_from(Application)) >= 33
        assert s.scalar(select(func.count()).select_from(CommitteeMember)) == 9


def test_applications_are_complete_and_consistent(demo_db: Database) -> None:
    with demo_db.reading() as s:
        for app in s.scalars(select(Application)):
            lead = s.get(Actor, app.lead_actor_id)
            assert lead is not None and lead.province in TUSCAN_PROVINCES and not lead.is_archived
            partners = list(
                s.scalars(select(ApplicationPartner).where(ApplicationPartner.application_id == app.id))
            )
            tuscan = [p for p in partners if p.actor_id is not None]
            foreign = [p for p in partners if p.foreign_name]
            assert 1 <= len(tuscan) <= 3 and app.lead_actor_id not in {p.actor_id for p in tuscan}
            assert foreign and all(p.country_code and p.country_code != "IT" for p in foreign)
            assert {p.country_code for p in foreign} <= {c.country_code for c in app.countries}
            assert app.sdgs and all(1 <= g.goal <= 17 for g in app.sdgs)
            assert app.theme is not None and app.dac_code in DAC_CODES
            assert app.protocol_number and app.title and app.summary
            assert app.start_date and app.end_date and app.start_date < app.end_date
            assert Decimal(0) < app.requested_grant <= app.total_cost
            assert app.total_cost == app.total_cost.quantize(CENT)


def test_admissibility_matches_the_call_rules(demo_db: Database) -> None:
    with demo_db.reading() as s:
        call = _call(s, CallStatus.GRADUATORIA_APPROVATA)
        eligible_types = set(
            s.scalars(select(CallEligibleType.actor_type).where(CallEligibleType.call_id == call.id))
        )
        assert call.max_grant is not None and call.deadline is not None
        excluded = 0
        for app in _apps(s, call):
            lead = s.get(Actor, app.lead_actor_id)
            assert lead is not None
            failed = [c for c in app.checks if c.outcome is CheckOutcome.NON_SUPERATO]
            fits = (
                lead.actor_type in eligible_types
                and app.protocol_date <= call.deadline
                and app.requested_grant <= call.max_grant
                and app.cofunding * 100 >= app.total_cost * call.min_cofunding_pct
            )
            assert len(app.checks) == 4 + len(call.documents)
            if app.status is ApplicationStatus.NON_AMMISSIBILE:
                excluded += 1
                assert not fits and len(failed) == 1 and failed[0].reason
            else:
                assert fits and not failed
        assert excluded >= 2


def test_open_call_has_received_applications_and_evaluation_in_progress(demo_db: Database) -> None:
    with demo_db.reading() as s:
        call = _call(s, CallStatus.APERTO)
        apps = _apps(s, call)
        assert len(apps) >= 8
        statuses = {a.status for a in apps}
        assert statuses <= {ApplicationStatus.RICEVUTA, ApplicationStatus.INTEGRAZIONI_RICHIESTE}
        waiting = [a for a in apps if a.status is ApplicationStatus.INTEGRAZIONI_RICHIESTE]
        assert waiting
        for app in waiting:
            assert s.scalars(
                select(IntegrationRequest).where(IntegrationRequest.application_id == app.id)
            ).all()
        forms = list(s.scalars(select(Assignment).join(Application).where(Application.call_id == call.id)))
        found = {f.status for f in forms}
        assert {AssignmentStatus.ASSEGNATA, AssignmentStatus.BOZZA} <= found
        assert AssignmentStatus.INVIATA not in found
        assert any(f.scores for f in forms if f.status is AssignmentStatus.BOZZA)
        assert all(f.declaration is None for f in forms if f.status is AssignmentStatus.ASSEGNATA)


# --- evaluation and ranking ----------------------------------------------------------------------


def test_evaluated_applications_have_three_submitted_forms(demo_db: Database) -> None:
    with demo_db.reading() as s:
        call = _call(s, CallStatus.GRADUATORIA_APPROVATA)
        criteria = {c.id: c for c in call.criteria}
        for app in _apps(s, call):
            forms = list(s.scalars(select(Assignment).where(Assignment.application_id == app.id)))
            if app.status is ApplicationStatus.NON_AMMISSIBILE:
                assert forms == []
                continue
            assert len(forms) == 3 and len({f.evaluator_id for f in forms}) == 3
            for form in forms:
                assert form.status is AssignmentStatus.INVIATA and form.submitted_at is not None
                assert form.declaration is not None and form.declaration.has_conflict is False
                assert form.declaration.declared_at <= form.submitted_at
                assert sorted(sc.criterion_id for sc in form.scores) == sorted(criteria)
                for score in form.scores:
                    top = criteria[score.criterion_id].max_points
                    assert score.points is not None and 0 <= score.points <= top
                    assert (score.points * 2) % 1 == 0, "points go in half-point steps"
                    assert score.comment


def _expected_ranking(s: Session, call: Call) -> list[dict[str, Any]]:
    """The ranking worked out again from the scores, independently of coop_desktop.demo."""
    code_of = {c.id: c.code for c in call.criteria}
    points: dict[int, dict[str, list[Decimal]]] = defaultdict(lambda: defaultdict(list))
    rows = s.execute(
        select(Assignment.application_id, Score.criterion_id, Score.points)
        .join(Score, Score.assignment_id == Assignment.id)
        .join(Application, Application.id == Assignment.application_id)
        .where(Application.call_id == call.id, Assignment.status == AssignmentStatus.INVIATA)
    )
    for app_id, criterion_id, value in rows:
        points[app_id][code_of[criterion_id]].append(value)
    lines = []
    for app_id, by_code in points.items():
        app = s.get(Application, app_id)
        assert app is not None
        means = {
            c: (sum(v) / Decimal(len(v))).quantize(CENT, rounding=ROUND_HALF_UP) for c, v in by_code.items()
        }
        total = sum(means.values(), Decimal(0))
        eligible = total >= Decimal(60) and all(
            means[c.code] >= c.min_points for c in call.criteria if c.min_points is not None
        )
        lines.append({"app": app, "means": means, "total": total, "eligible": eligible})
    ranked = sorted(
        (x for x in lines if x["eligible"]),
        key=lambda x: (
            -x["total"],
            -x["means"]["A"],
            -x["means"]["B"],
            x["app"].protocol_date,
            x["app"].protocol_number,
        ),
    )
    left = call.budget
    for x in ranked:
        if x["app"].requested_grant <= left:
            x["outcome"], x["grant"] = RankingOutcome.FINANZIATA, x["app"].requested_grant
        elif left > 0:
            x["outcome"], x["grant"] = RankingOutcome.FINANZIATA_PARZIALMENTE, left
        else:
            x["outcome"], x["grant"] = RankingOutcome.AMMESSA_NON_FINANZIATA, Decimal("0.00")
        left -= x["grant"]
    # Not eligible ones follow, best total first.
    below = sorted((x for x in lines if not x["eligible"]), key=lambda x: -x["total"])
    return ranked + [x | {"outcome": RankingOutcome.NON_IDONEA} for x in below]


def test_ranking_follows_the_call_rules(demo_db: Database) -> None:
    with demo_db.reading() as s:
        call = _call(s, CallStatus.GRADUATORIA_APPROVATA)
        ranking = s.scalars(select(Ranking).where(Ranking.call_id == call.id)).one()
        assert (ranking.version, ranking.is_provisional, ranking.is_approved) == (1, False, True)
        decree = s.get(Decree, ranking.decree_id)
        assert decree is not None and decree.kind is DecreeKind.GRADUATORIA and decree.number
        entries = ranking.entries
        assert [e.position for e in entries] == list(range(1, len(entries) + 1))
        assert len(entries) == len(_apps(s, call))

        expected = _expected_ranking(s, call)
        ranked = [e for e in entries if e.rank is not None]
        assert [e.rank for e in ranked] == list(range(1, len(ranked) + 1))
        assert entries[: len(ranked)] == ranked, "eligible applications are printed first"
        for entry, want in zip(entries, expected, strict=False):
            assert entry.application_id == want["app"].id
            assert entry.total_score == want["total"]
            assert entry.criterion_scores == {c: f"{v:.2f}" for c, v in want["means"].items()}
            assert entry.outcome is want["outcome"]
            if want["eligible"]:
                assert entry.grant == want["grant"]
        totals = [e.total_score for e in ranked]
        assert totals == sorted(totals, reverse=True)  # type: ignore[type-var]
        for entry in entries[len(expected) :]:
            assert entry.outcome is RankingOutcome.NON_AMMISSIBILE and entry.total_score is None

        outcomes = [e.outcome for e in entries]
        assert outcomes.count(RankingOutcome.FINANZIATA_PARZIALMENTE) == 1
        assert outcomes.count(RankingOutcome.AMMESSA_NON_FINANZIATA) >= 2
        assert outcomes.count(RankingOutcome.NON_IDONEA) >= 1
        assert outcomes.count(RankingOutcome.NON_AMMISSIBILE) >= 2
        granted = sum(e.grant for e in entries)
        assert granted <= call.budget
        assert decree.commitment_amount == granted
        # Ties broken by a criterion or by the protocol date are explained.
        for first, second in itertools.pairwise(ranked):
            if first.total_score == second.total_score:
                assert first.tie_break_note and second.tie_break_note
        assert any(e.tie_break_note and "criterio A" in e.tie_break_note for e in ranked)
        assert any(e.tie_break_note and "data di protocollo" in e.tie_break_note for e in ranked)


def test_application_outcomes_follow_the_ranking(demo_db: Database) -> None:
    status_of = {
        RankingOutcome.FINANZIATA: ApplicationStatus.FINANZIATA,
        RankingOutcome.FINANZIATA_PARZIALMENTE: ApplicationStatus.FINANZIATA_PARZIALMENTE,
        RankingOutcome.AMMESSA_NON_FINANZIATA: ApplicationStatus.AMMESSA_NON_FINANZIATA,
        RankingOutcome.NON_IDONEA: ApplicationStatus.NON_IDONEA,
        RankingOutcome.NON_AMMISSIBILE: ApplicationStatus.NON_AMMISSIBILE,
    }
    with demo_db.reading() as s:
        paid = 0
        for entry in s.scalars(select(RankingEntry)):
            app = s.get(Application, entry.application_id)
            assert app is not None and app.status is status_of[entry.outcome]
            if entry.grant:
                assert app.granted_amount == entry.grant and app.cup and len(app.cup) == 15
                payments = list(s.scalars(select(Payment).where(Payment.application_id == app.id)))
                assert all(p.kind is PaymentKind.ACCONTO and p.amount <= entry.grant for p in payments)
                paid += len(payments)
            else:
                assert app.granted_amount is None and app.cup is None
        assert paid >= 1


# --- the call in evaluation ----------------------------------------------------------------------


def test_codev_call_is_in_evaluation_with_its_own_rules(demo_db: Database) -> None:
    with demo_db.reading() as s:
        call = _call(s, CallStatus.IN_VALUTAZIONE)
        assert call.code == "COOP-2026-CODEV" and call.year == 2026
        assert "co-sviluppo" in call.title and "diaspora" in call.title
        assert {t.theme for t in call.themes} == {Theme.CO_SVILUPPO}
        assert {"SN", "MA", "TN", "BF"} <= {c.country_code for c in call.countries}
        assert (call.budget, call.max_grant, call.min_total_score) == (
            Decimal("150000.00"),
            Decimal("25000.00"),
            Decimal("60.00"),
        )
        assert call.allow_partial_last and call.evaluators_per_application == 2
        criteria = call.criteria
        assert 3 <= len(criteria) <= 4 and sum(c.max_points for c in criteria) == 100
        assert sum(c.min_points is not None for c in criteria) == 1
        assert sorted(c.tie_break_order for c in criteria if c.tie_break_order) == [1, 2]
        usernames = dict(s.execute(select(User.id, User.username)).all())
        members = {usernames[m.user_id]: m.role for m in call.committee}
        assert members == {
            "cbenvenuti": CommitteeRole.PRESIDENTE,
            "mfalorni": CommitteeRole.COMPONENTE,
            "slotti": CommitteeRole.COMPONENTE,
        }
        # No ranking stored: evaluators still see only their own scores.
        assert s.scalar(select(func.count()).select_from(Ranking).where(Ranking.call_id == call.id)) == 0


def test_codev_applications_are_admissible_and_in_evaluation(demo_db: Database) -> None:
    with demo_db.reading() as s:
        call = _call(s, CallStatus.IN_VALUTAZIONE)
        assert call.deadline is not None and call.max_grant is not None
        apps = _apps(s, call)
        assert len(apps) == 8
        assert {a.status for a in apps} == {ApplicationStatus.IN_VALUTAZIONE, ApplicationStatus.VALUTATA}
        for app in apps:
            lead = s.get(Actor, app.lead_actor_id)
            assert lead is not None and lead.actor_type in (ActorType.ASSOCIAZIONE_MIGRANTI, ActorType.ONG)
            tuscan = [s.get(Actor, p.actor_id) for p in app.partners if p.actor_id is not None]
            assert ActorType.ASSOCIAZIONE_MIGRANTI in {a.actor_type for a in [lead, *tuscan] if a}
            assert app.theme is Theme.CO_SVILUPPO
            assert app.protocol_date <= call.deadline and app.requested_grant <= call.max_grant
            assert app.cofunding * 100 >= app.total_cost * call.min_cofunding_pct
            checks = list(
                s.scalars(select(AdmissibilityCheck).where(AdmissibilityCheck.application_id == app.id))
            )
            assert len(checks) == 4 + len(call.documents)
            assert all(c.outcome is CheckOutcome.SUPERATO for c in checks)
            assert all(call.deadline < c.checked_at.date() < DEMO_TODAY for c in checks)
            history = list(
                s.scalars(
                    select(ApplicationStatusChange)
                    .where(ApplicationStatusChange.application_id == app.id)
                    .order_by(ApplicationStatusChange.changed_at)
                )
            )
            steps = [h.to_status for h in history]
            assert steps[:3] == [
                ApplicationStatus.RICEVUTA,
                ApplicationStatus.AMMISSIBILE,
                ApplicationStatus.IN_VALUTAZIONE,
            ]
            assert steps[3:] == (
                [ApplicationStatus.VALUTATA] if app.status is ApplicationStatus.VALUTATA else []
            )
            assert [h.from_status for h in history[1:]] == steps[:-1]
            assert all(h.changed_at.date() < DEMO_TODAY for h in history)


def test_codev_forms_show_every_stage_of_the_evaluation(demo_db: Database) -> None:
    active_statuses = set(AssignmentStatus) - {AssignmentStatus.CONFLITTO}
    with demo_db.reading() as s:
        call = _call(s, CallStatus.IN_VALUTAZIONE)
        criteria = {c.id: c for c in call.criteria}
        assert call.deadline is not None
        forms = list(s.scalars(select(Assignment).join(Application).where(Application.call_id == call.id)))
        assert {f.status for f in forms} == set(AssignmentStatus)
        statuses = Counter(f.status for f in forms)
        assert statuses[AssignmentStatus.INVIATA] >= 6 and statuses[AssignmentStatus.BOZZA] >= 2
        assert statuses[AssignmentStatus.CONFLITTO] == 1
        by_app: dict[int, list[Assignment]] = defaultdict(list)
        for form in forms:
            by_app[form.application_id].append(form)
            assert call.deadline < form.assigned_at.date() < DEMO_TODAY
            if form.status is AssignmentStatus.ASSEGNATA:
                assert form.declaration is None and not form.scores
                continue
            assert form.declaration is not None and form.declaration.declared_at >= form.assigned_at
            if form.status is AssignmentStatus.CONFLITTO:
                assert form.declaration.has_conflict and form.declaration.note and not form.scores
            elif form.status is AssignmentStatus.DICHIARATA:
                assert not form.declaration.has_conflict and not form.scores
            elif form.status is AssignmentStatus.BOZZA:
                assert form.submitted_at is None and 0 < len(form.scores) <= len(criteria)
            else:
                assert form.submitted_at is not None
                assert form.declaration.declared_at < form.submitted_at
                assert form.submitted_at.date() < DEMO_TODAY
                assert sorted(sc.criterion_id for sc in form.scores) == sorted(criteria)
            for score in form.scores:
                assert (
                    score.points is not None and 0 <= score.points <= criteria[score.criterion_id].max_points
                )
                assert (score.points * 2) % 1 == 0 and score.comment
        loads: Counter[int] = Counter()
        for app_id, held in by_app.items():
            active = [f for f in held if f.status in active_statuses]
            assert len(active) == 2 and len({f.evaluator_id for f in active}) == 2
            loads.update(f.evaluator_id for f in active)
            app = s.get(Application, app_id)
            assert app is not None
            done = all(f.status is AssignmentStatus.INVIATA for f in active)
            assert app.status is (ApplicationStatus.VALUTATA if done else ApplicationStatus.IN_VALUTAZIONE)
        assert len(loads) == 3 and max(loads.values()) - min(loads.values()) <= 1
        # The conflict: declared with the application's actors, the form given to the third evaluator.
        refused = next(f for f in forms if f.status is AssignmentStatus.CONFLITTO)
        conflicts = list(s.scalars(select(EvaluatorConflict).where(EvaluatorConflict.call_id == call.id)))
        app = s.get(Application, refused.application_id)
        assert app is not None and conflicts
        assert {c.user_id for c in conflicts} == {refused.evaluator_id}
        assert app.lead_actor_id in {c.actor_id for c in conflicts} and all(c.note for c in conflicts)
        assert refused.declaration is not None
        replacement = max(by_app[app.id], key=lambda f: f.assigned_at)
        assert replacement.evaluator_id != refused.evaluator_id
        assert replacement.status in active_statuses
        assert replacement.assigned_at == refused.declaration.declared_at


def test_codev_grid_consensus_and_ranking_as_the_office_sees_them(demo_db: Database) -> None:
    with demo_db.reading() as s:
        call = _call(s, CallStatus.IN_VALUTAZIONE)
        admin = _user(s, "emarchetti")
    service = EvaluationGridService(demo_db, admin)
    assert [c.code for c in service.calls()] == ["COOP-2026-CODEV", "COOP-2025"]
    grid = service.grid(call.id)
    assert grid.per_application == 2 and grid.can_manage and grid.all_scores_visible
    assert set(grid.progress) == set(AssignmentStatus) and grid.forms == 17
    assert [e.username for e in grid.evaluators] == ["cbenvenuti", "mfalorni", "slotti"]
    assert len(grid.rows) == 8 and all(r.active_forms == 2 for r in grid.rows)
    with_conflict = [
        r for r in grid.rows if AssignmentStatus.CONFLITTO in {c.status for c in r.cells.values()}
    ]
    assert len(with_conflict) == 1 and len(with_conflict[0].cells) == 3
    assert sum(r.complete for r in grid.rows) == 4
    assert [r.divergent for r in grid.rows if r.divergent] == [("B",)]

    divergences = ConsensusService(demo_db, admin).divergences(call.id)
    assert len(divergences) == 1
    (d,) = divergences
    assert d.code == "B" and d.threshold == d.max_points * Decimal("0.30")
    assert d.high - d.low > d.threshold
    assert len(d.scores) == 2 and d.consensus is None

    ranking = RankingService(demo_db, admin).current(call.id)
    assert ranking.provisional and not ranking.approved and ranking.ranking_id is None
    assert len(ranking.lines) == 8 and ranking.committed == ranking.budget
    outcomes = {line.outcome for line in ranking.lines}
    assert {
        RankingOutcome.FINANZIATA,
        RankingOutcome.FINANZIATA_PARZIALMENTE,
        RankingOutcome.NON_IDONEA,
    } <= outcomes


def test_codev_evaluator_sees_only_their_own_forms(demo_db: Database) -> None:
    with demo_db.reading() as s:
        call = _call(s, CallStatus.IN_VALUTAZIONE)
        chair = _user(s, "cbenvenuti")
        own = Counter(
            s.scalars(
                select(Assignment.status)
                .join(Application)
                .where(Application.call_id == call.id, Assignment.evaluator_id == chair.id)
            )
        )
    grid = EvaluationGridService(demo_db, chair).grid(call.id)
    assert [e.username for e in grid.evaluators] == ["cbenvenuti"]
    assert not grid.ranking_computed and not grid.all_scores_visible and not grid.can_manage
    assert Counter(grid.progress) == own and len(grid.rows) == sum(own.values()) < 8
    assert {AssignmentStatus.INVIATA, AssignmentStatus.BOZZA} <= set(own)
    for row in grid.rows:
        assert set(row.cells) == {chair.id} and row.score is None and row.divergent == ()
    # Her own totals, never the others' nor the means.
    assert any(c.total is not None for r in grid.rows for c in r.cells.values())
    with pytest.raises(PermissionDenied):
        RankingService(demo_db, chair).current(call.id)


# --- partnerships --------------------------------------------------------------------------------


def test_partnerships_in_four_states(demo_db: Database) -> None:
    with demo_db.reading() as s:
        items = list(s.scalars(select(Partnership)))
        assert len(items) == 4 and len({p.status for p in items}) == 4
        assert {Funder.AICS, Funder.MINISTERO_INTERNO, Funder.UNIONE_EUROPEA} <= {p.funder for p in items}
        assert any(p.networks for p in items)
        assert any(d.done for p in items for d in p.deadlines)
        assert any(not d.done for p in items for d in p.deadlines)
        for p in items:
            assert p.region_share <= p.total_budget and p.requested_amount <= p.total_budget
            assert any(x.actor_id for x in p.partners) and p.countries and p.sdgs
            assert all(x.country_code for x in p.partners if x.foreign_name)
            history = list(
                s.scalars(
                    select(PartnershipStatusChange)
                    .where(PartnershipStatusChange.partnership_id == p.id)
                    .order_by(PartnershipStatusChange.changed_at)
                )
            )
            assert history and history[0].from_status is None and history[-1].to_status is p.status


# --- storage -------------------------------------------------------------------------------------


def test_every_text_fits_its_column(demo_db: Database) -> None:
    # SQLite ignores VARCHAR lengths; PostgreSQL would refuse the whole demo.
    with demo_db.reading() as s:
        for table in Base.metadata.sorted_tables:
            for column in table.columns:
                if isinstance(column.type, String) and column.type.length:
                    longest = s.scalar(select(func.max(func.length(column))))
                    assert (longest or 0) <= column.type.length, f"{table.name}.{column.name}"


# --- loading -------------------------------------------------------------------------------------


def test_load_demo_if_absent_loads_once(db: Database) -> None:
    counts = load_demo_if_absent(db)
    assert counts is not None
    assert counts["soggetti"] >= 60 and counts["bandi"] == 3 and counts["domande"] >= 33
    assert counts["partenariati"] == 4 and counts["graduatorie"] == 1
    assert load_demo_if_absent(db) is None
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Call)) == 3
        assert s.scalar(select(func.count()).select_from(Actor)) == counts["soggetti"]


def test_load_demo_if_absent_refuses_a_database_with_other_data(db: Database) -> None:
    with db.transaction() as s:
        s.add(Actor(name="Associazione Esistente", actor_type=ActorType.ASSOCIAZIONE, tax_code="94000000481"))
    with pytest.raises(DemoRefused) as refused:
        load_demo_if_absent(db)
    assert str(refused.value) == (
        "Il database contiene già dati: i dati dimostrativi si caricano solo in un database vuoto."
    )
    with db.reading() as s:
        assert s.scalar(select(func.count()).select_from(Actor)) == 1
        assert s.scalar(select(func.count()).select_from(Call)) == 0


def _snapshot(db: Database) -> dict[str, Any]:
    with db.reading() as s:
        return {
            "actors": s.execute(
                select(Actor.name, Actor.tax_code, Actor.vat_number).order_by(Actor.id)
            ).all(),
            "applications": s.execute(
                select(Application.protocol_number, Application.protocol_date, Application.status).order_by(
                    Application.id
                )
            ).all(),
            "ranking": s.execute(
                select(
                    Application.protocol_number,
                    RankingEntry.position,
                    RankingEntry.rank,
                    RankingEntry.total_score,
                    RankingEntry.outcome,
                    RankingEntry.grant,
                    RankingEntry.tie_break_note,
                )
                .join(Application, Application.id == RankingEntry.application_id)
                .order_by(RankingEntry.position)
            ).all(),
            "scores": s.execute(select(Score.points, Score.comment).order_by(Score.id)).all(),
        }


def test_demo_is_deterministic(db: Database, demo_db: Database) -> None:
    load_demo(db)
    assert _snapshot(db) == _snapshot(demo_db)
