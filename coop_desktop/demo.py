"""The deterministic demo data set: a Tuscan register, three calls, a ranking and four partnerships.

Everything comes from the lists in coop_desktop.demo_data and from fixed dates, so two loads give
the same names, codes, scores and ranking. Codes (codice fiscale, partita IVA) are invented from a
hash of the name but carry valid check digits.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session
from stdnum import luhn

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    ActorContact,
    ActorRegistration,
    AdmissibilityCheck,
    Application,
    ApplicationCountry,
    ApplicationPartner,
    ApplicationSdg,
    ApplicationStatusChange,
    Assignment,
    Base,
    Call,
    CallCountry,
    CallDocument,
    CallEligibleType,
    CallStatusChange,
    CallTheme,
    CommitteeMember,
    ConflictDeclaration,
    Criterion,
    Decree,
    EvaluatorConflict,
    GovernanceBody,
    GovernanceEvent,
    IntegrationRequest,
    Membership,
    OfficeProfile,
    Partnership,
    PartnershipCountry,
    PartnershipDeadline,
    PartnershipNetwork,
    PartnershipPartner,
    PartnershipSdg,
    PartnershipStatusChange,
    Payment,
    Ranking,
    RankingEntry,
    Score,
    User,
)
from coop_desktop.demo_data import calls as demo_calls
from coop_desktop.demo_data import codev
from coop_desktop.demo_data.actors import (
    ACTORS,
    ARCHIVED,
    CONTACT_FIRST_NAMES,
    CONTACT_SURNAMES,
    OWN_VAT,
    PHONE_PREFIX,
    PROVINCE_OFFICE,
    ActorSpec,
)
from coop_desktop.demo_data.applications import (
    CONFLICT_NOTE,
    COUNTRY_NAMES,
    INTEGRATIONS,
    OPEN_PROGRESS,
    AppSpec,
)
from coop_desktop.demo_data.comments import CODEV_COMMENTS, SCORE_COMMENTS
from coop_desktop.demo_data.governance import EVENTS, FORUM_DESCRIPTION, FORUM_NAME, GROUPS, TABLES
from coop_desktop.demo_data.office import OFFICE
from coop_desktop.demo_data.partnerships import PARTNERSHIPS
from coop_desktop.demo_data.users import DEMO_PASSWORD, USERS
from coop_desktop.domain.enums import (
    ActorType,
    ApplicationStatus,
    AssignmentStatus,
    CheckOutcome,
    CommitteeRole,
    DecreeKind,
    GovernanceBodyKind,
    PaymentKind,
    RankingOutcome,
    RegistryKind,
    UserRole,
)
from coop_desktop.domain.formatting import format_date, format_money, to_cents
from coop_desktop.domain.ranking import Candidate, Placement, RankingResult, RankingRules, compute_ranking
from coop_desktop.domain.scoring import CriterionRule
from coop_desktop.domain.text import fold
from coop_desktop.services.rankings import STATUS_OF
from coop_desktop.services.users import hash_password

DEMO_CALL_CODES = (demo_calls.CLOSED.code, demo_calls.OPEN.code, codev.CODE)

_REFUSED = "Il database contiene già dati: i dati dimostrativi si caricano solo in un database vuoto."


class DemoRefused(RuntimeError):
    """The database holds data of its own that the demo would mix with (message in Italian)."""


def load_demo_if_absent(db: Database) -> dict[str, int] | None:
    """Load the demo into an empty database; None if it is already there."""
    with db.reading() as session:
        if session.scalar(select(Call.id).where(Call.code.in_(DEMO_CALL_CODES)).limit(1)) is not None:
            return None
        for model in (Actor, Call, Partnership):
            if session.scalar(select(model.id).limit(1)) is not None:
                raise DemoRefused(_REFUSED)
    return load_demo(db)


def load_demo(db: Database) -> dict[str, int]:
    """Write the whole demo in one transaction; returns the counts by Italian noun."""
    # Flushes are explicit: an autoflush on every lazy load would make loading several times slower.
    with db.transaction() as session, session.no_autoflush:
        return _Loader(session).run()


# --- derived values -------------------------------------------------------------------------------


def _digits(name: str, salt: str, count: int) -> str:
    """`count` digits that depend only on the name: stable across runs, unlike hash()."""
    value = int(hashlib.sha256(f"{salt}:{name}".encode()).hexdigest(), 16)
    return f"{value % 10**count:0{count}d}"


def _tax_number(prefix: str, name: str, salt: str, province: str) -> str:
    """The partita IVA layout: 7-digit serial, 3-digit provincial office, Luhn check digit."""
    body = prefix + _digits(name, salt, 6) + PROVINCE_OFFICE[province]
    return body + luhn.calc_check_digit(body)


def _phone(name: str, province: str) -> str:
    prefix = PHONE_PREFIX[province]
    return f"{prefix} {2 + int(_digits(name, 'tel1', 1)) % 8}{_digits(name, 'tel', 9 - len(prefix))}"


def _mail_name(text: str) -> str:
    return "".join(ch for ch in fold(text) if ch.isalnum() or ch == " ").replace(" ", ".")


def _at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour))


def _end_date(start: date, months: int) -> date:
    years, month = divmod(start.month - 1 + months, 12)
    return date(start.year + years, month + 1, start.day) - timedelta(days=1)


@dataclass(frozen=True)
class _Form:
    """One evaluator's scoring form to create: points on the grid's criteria in order (fewer in a
    draft); the declaration comes a few days after the assignment unless `declared` says when."""

    app: Application
    evaluator: int
    status: AssignmentStatus
    points: tuple[float, ...]
    assigned: datetime
    submitted: datetime | None = None
    declared: datetime | None = None
    note: str | None = None


# --- the loader -----------------------------------------------------------------------------------


class _Loader:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.actors: dict[str, Actor] = {}
        self.evaluators: list[User] = []
        self.counts: dict[str, int] = {}
        # Rows of the many small child tables, inserted in bulk at the end (their parents have ids by
        # then): the unit of work would take several times longer on them.
        self.rows: dict[type[Base], list[dict[str, Any]]] = defaultdict(list)

    def _row(self, model: type[Base], **values: Any) -> None:
        self.rows[model].append(values)

    def run(self) -> dict[str, int]:
        self._office()
        self._actors()
        self._users()
        self.session.flush()
        self._governance()
        self._closed_call()
        self._open_call()
        self._codev_call()
        self._partnerships()
        self.session.flush()
        for model, rows in self.rows.items():
            self.session.execute(insert(model), rows)
        counted: dict[str, type[Base]] = {
            "bandi": Call,
            "domande": Application,
            "valutazioni": Assignment,
            "graduatorie": Ranking,
            "decreti": Decree,
            "pagamenti": Payment,
        }
        for noun, model in counted.items():
            self.counts[noun] = self.session.scalar(select(func.count()).select_from(model)) or 0
        return self.counts

    # Office, users, register ---------------------------------------------------------------------

    def _office(self) -> None:
        # An office profile typed in by the user wins over the demo's.
        if self.session.scalar(select(OfficeProfile.id).limit(1)) is None:
            self.session.add(OfficeProfile(**OFFICE))

    def _users(self) -> None:
        existing = {u.username: u for u in self.session.scalars(select(User))}
        # One hash for every account (they share the documented password): argon2 is slow by design.
        password_hash = hash_password(DEMO_PASSWORD)
        for username, full_name, role in USERS:
            user = existing.get(username)
            if user is None:
                user = User(
                    username=username,
                    full_name=full_name,
                    role=role,
                    password_hash=password_hash,
                    email=f"{_mail_name(full_name)}@regione.toscana.it",
                )
                self.session.add(user)
            if role is UserRole.VALUTATORE:
                self.evaluators.append(user)
            elif role is UserRole.ISTRUTTORE:
                self.clerk = user
        self.counts["utenti"] = len(USERS)

    def _actors(self) -> None:
        for index, spec in enumerate(ACTORS):
            actor = self._actor(spec)
            if spec.actor_type not in (ActorType.ENTE_LOCALE, ActorType.ISTITUZIONE):
                first = CONTACT_FIRST_NAMES[index % len(CONTACT_FIRST_NAMES)]
                last = CONTACT_SURNAMES[index * 5 % len(CONTACT_SURNAMES)]
                actor.contacts.append(
                    ActorContact(
                        name=f"{first} {last}",
                        role="Referente progetti internazionali",
                        email=f"{_mail_name(f'{first} {last}')}@{spec.domain}",
                        phone=_phone(f"{first} {last}", spec.province),
                    )
                )
            actor.registrations.extend(self._registrations(spec))
            self.actors[spec.key] = actor
            self.session.add(actor)
        self.counts["soggetti"] = len(ACTORS)

    @staticmethod
    def _actor(spec: ActorSpec) -> Actor:
        kind = spec.actor_type
        public = kind in (ActorType.ENTE_LOCALE, ActorType.ISTITUZIONE, ActorType.UNIVERSITA)
        company = kind is ActorType.IMPRESA
        # Public bodies' codes start with 8, associations' with 9; a company's CF is its partita IVA.
        tax_code = _tax_number("8" if public else "0" if company else "9", spec.name, "cf", spec.province)
        vat = tax_code if company else None
        if public or spec.key in OWN_VAT:
            vat = _tax_number("0", spec.name, "iva", spec.province)
        if kind is ActorType.ENTE_LOCALE:
            email, pec = f"urp@{spec.domain}", f"{spec.domain.rsplit('.', 1)[0]}@postacert.toscana.it"
        elif public:
            email, pec = f"info@{spec.domain}", f"protocollo@pec.{spec.domain}"
        else:
            email, pec = f"info@{spec.domain}", f"{spec.domain.split('.')[0]}@pec.it"
        return Actor(
            name=spec.name,
            actor_type=kind,
            legal_form=spec.legal_form,
            tax_code=tax_code,
            vat_number=vat,
            address=spec.address,
            postal_code=spec.postal_code,
            municipality=spec.municipality,
            province=spec.province,
            country_code="IT",
            email=email,
            pec=pec,
            phone=_phone(spec.name, spec.province),
            website=f"https://www.{spec.domain}",
            legal_representative=spec.legal_representative,
            is_archived=spec.key in ARCHIVED,
            notes=ARCHIVED.get(spec.key),
        )

    @staticmethod
    def _registrations(spec: ActorSpec) -> list[ActorRegistration]:
        month, day = 1 + int(_digits(spec.name, "m", 2)) % 12, 1 + int(_digits(spec.name, "d", 2)) % 28
        found = []
        if spec.actor_type is ActorType.ONG:
            found.append(
                ActorRegistration(
                    register=RegistryKind.AICS,
                    number=f"2016/337/{_digits(spec.name, 'aics', 6)}/5",
                    registered_on=date(2019, month, day),
                    section="Organizzazioni della società civile (art. 26 L. 125/2014)",
                )
            )
        if spec.actor_type in (ActorType.ONG, ActorType.ASSOCIAZIONE, ActorType.ASSOCIAZIONE_MIGRANTI):
            section = {"APS": "Associazioni di promozione sociale", "ODV": "Organizzazioni di volontariato"}
            found.append(
                ActorRegistration(
                    register=RegistryKind.RUNTS,
                    number=_digits(spec.name, "runts", 6),
                    registered_on=date(2022, month, day),
                    section=section.get(spec.legal_form, "Altri enti del Terzo settore"),
                )
            )
        return found

    # Governance ----------------------------------------------------------------------------------

    def _governance(self) -> None:
        forum = GovernanceBody(kind=GovernanceBodyKind.FORUM, name=FORUM_NAME, description=FORUM_DESCRIPTION)
        self.session.add(forum)
        self.session.flush()
        bodies = {FORUM_NAME: forum}
        for spec in ACTORS:
            if spec.key not in ARCHIVED and spec.actor_type is not ActorType.IMPRESA:
                self._row(
                    Membership,
                    body_id=forum.id,
                    actor_id=self.actors[spec.key].id,
                    since=date(2025, 1, 15),
                    role="segreteria tecnica" if spec.key == "anci" else "membro",
                )
        for specs, kind in ((TABLES, GovernanceBodyKind.TAVOLO), (GROUPS, GovernanceBodyKind.GRUPPO)):
            for spec in specs:
                parent_id = bodies[spec.parent].id if spec.parent else None
                bodies[spec.name] = GovernanceBody(
                    kind=kind, name=spec.name, theme=spec.theme, parent_id=parent_id
                )
                self.session.add(bodies[spec.name])
            self.session.flush()  # groups point at their table's id
            for spec in specs:
                for i, key in enumerate(spec.members):
                    self._row(
                        Membership,
                        body_id=bodies[spec.name].id,
                        actor_id=self.actors[key].id,
                        role="coordinatore" if i == 0 else "membro",
                        since=date(2025, 10, 1) if spec.parent else date(2025, 2, 10),
                    )
        for event in EVENTS:
            self._row(
                GovernanceEvent,
                kind=event.kind,
                title=event.title,
                held_on=event.held_on,
                place=event.place,
                phase=event.phase,
                body_id=bodies[event.body].id if event.body else None,
            )
        self.counts["organismi"] = len(bodies)
        self.counts["eventi"] = len(EVENTS)

    # Calls and applications ----------------------------------------------------------------------

    def _call(self, spec: demo_calls.CallSpec) -> Call:
        call = Call(
            code=spec.code,
            year=spec.year,
            status=spec.status,
            title=spec.title
            or f"Bando {spec.year} per progetti di cooperazione internazionale dei soggetti toscani",
            description=spec.description
            or (
                "Contributi a progetti di cooperazione decentrata nei Paesi prioritari del "
                "Documento di orientamento per la cooperazione internazionale (l.r. 26/2009)."
            ),
            act_number=spec.act[0],
            act_date=spec.act[1],
            burt_number=spec.burt[0],
            burt_date=spec.burt[1],
            opens_on=spec.opens_on,
            deadline=spec.deadline,
            budget=to_cents(spec.budget),
            max_grant=Decimal(spec.max_grant),
            min_cofunding_pct=Decimal("20.00"),
            min_total_score=Decimal("60.00"),
            allow_partial_last=True,
            comments_required=True,
            evaluators_per_application=spec.per_application,
            max_duration_months=18,
            min_partners=1,
        )
        call.criteria = [
            Criterion(
                code=code,
                description=text,
                max_points=Decimal(top),
                tie_break_order=tie,
                position=i,
                min_points=Decimal(least) if least else None,
            )
            for i, (code, text, top, least, tie) in enumerate(spec.grid, start=1)
        ]
        call.documents = [CallDocument(description=d, position=i) for i, d in enumerate(spec.documents, 1)]
        eligible = spec.eligible or tuple(
            t for t in ActorType if t not in (ActorType.IMPRESA, ActorType.ALTRO)
        )
        call.eligible_types = [CallEligibleType(actor_type=t) for t in eligible]
        call.themes = [CallTheme(theme=t) for t in spec.themes]
        call.countries = [CallCountry(country_code=c) for c in spec.countries]
        call.committee = [
            CommitteeMember(
                user_id=u.id,
                appointed_on=spec.committee_on,
                role=CommitteeRole.PRESIDENTE if i == 0 else CommitteeRole.COMPONENTE,
            )
            for i, u in enumerate(self.evaluators)
        ]
        self.session.add(call)
        self.session.flush()
        self.session.add(
            Decree(
                kind=DecreeKind.APPROVAZIONE_BANDO,
                call_id=call.id,
                number=spec.act[0],
                issued_on=spec.act[1],
                subject=f"Approvazione del {spec.title[:1].lower()}{spec.title[1:]}"
                if spec.title
                else f"Approvazione del bando {spec.year} per progetti di cooperazione internazionale",
                commitment_amount=call.budget,
                burt_number=spec.burt[0],
                burt_date=spec.burt[1],
            )
        )
        before = None
        for status, on, note in spec.history:
            self._row(
                CallStatusChange,
                call_id=call.id,
                from_status=before,
                to_status=status,
                changed_at=_at(on, 9),
                user_id=self.clerk.id,
                note=note,
            )
            before = status
        return call

    def _applications(self, call: Call, spec: demo_calls.CallSpec) -> list[Application]:
        apps = [self._application(call, a, spec.projects_start) for a in spec.applications]
        self.session.flush()
        for app, a in zip(apps, spec.applications, strict=True):
            for key in a.partners:
                self._row(
                    ApplicationPartner, application_id=app.id, actor_id=self.actors[key].id, role="partner"
                )
            self._row(
                ApplicationPartner,
                application_id=app.id,
                foreign_name=a.local_partner,
                country_code=a.countries[0],
                role="partner locale",
            )
            for country in a.countries:
                self._row(ApplicationCountry, application_id=app.id, country_code=country)
            for goal in a.sdgs:
                self._row(ApplicationSdg, application_id=app.id, goal=goal)
        return apps

    def _application(self, call: Call, spec: AppSpec, start: date) -> Application:
        day = spec.received
        # Protocol numbers grow with the date, as the register assigns them.
        serial = day.timetuple().tm_yday * 1700 + int(_digits(spec.title, "prot", 3))
        places = ", ".join(COUNTRY_NAMES[c] for c in spec.countries)
        partners = ", ".join(self.actors[k].name for k in spec.partners)
        app = Application(
            call_id=call.id,
            protocol_number=f"{day.year}/{serial:07d}",
            protocol_date=day,
            lead_actor_id=self.actors[spec.lead].id,
            title=spec.title,
            theme=spec.theme,
            dac_code=spec.dac,
            summary=(
                f"Il progetto si svolge in {places} con il partner locale {spec.local_partner}. "
                f"Partner toscani: {partners}."
            ),
            start_date=start,
            end_date=_end_date(start, spec.months),
            duration_months=spec.months,
            total_cost=to_cents(spec.total_cost),
            requested_grant=to_cents(spec.requested),
        )
        self.session.add(app)
        return app

    def _history(self, app: Application, steps: list[tuple[ApplicationStatus, datetime, str | None]]) -> None:
        before = None
        for status, at, note in steps:
            self._row(
                ApplicationStatusChange,
                application_id=app.id,
                from_status=before,
                to_status=status,
                changed_at=at,
                user_id=self.clerk.id,
                note=note,
            )
            before = status
        app.status = steps[-1][0]

    def _assign(
        self,
        call: Call,
        forms: list[_Form],
        comments: dict[str, tuple[tuple[str, str], ...]] = SCORE_COMMENTS,
    ) -> None:
        """Scoring forms with their declaration and (draft or final) scores. An application's scored
        forms take turns between the two wordings of each comment."""
        made = [
            Assignment(
                application_id=f.app.id,
                evaluator_id=self.evaluators[f.evaluator].id,
                status=f.status,
                assigned_at=f.assigned,
                submitted_at=f.submitted,
            )
            for f in forms
        ]
        self.session.add_all(made)
        self.session.flush()
        scored: dict[int, int] = defaultdict(int)
        for form, assignment in zip(forms, made, strict=True):
            if form.status is not AssignmentStatus.ASSEGNATA:
                conflict = form.status is AssignmentStatus.CONFLITTO
                self._row(
                    ConflictDeclaration,
                    assignment_id=assignment.id,
                    has_conflict=conflict,
                    declared_at=form.declared or form.assigned + timedelta(days=3 + form.evaluator),
                    note=form.note
                    or (
                        CONFLICT_NOTE if conflict else "Nessun conflitto di interessi con capofila e partner."
                    ),
                )
            wording = scored[form.app.id] % 2
            if form.points:
                scored[form.app.id] += 1
            for criterion, value in zip(call.criteria, form.points, strict=False):
                given = Decimal(str(value))
                share = given / criterion.max_points
                level = 0 if share >= Decimal("0.8") else 1 if share >= Decimal("0.6") else 2
                self._row(
                    Score,
                    assignment_id=assignment.id,
                    criterion_id=criterion.id,
                    points=given,
                    comment=comments[criterion.code][level][wording],
                )

    def _closed_call(self) -> None:
        spec = demo_calls.CLOSED
        call = self._call(spec)
        apps = self._applications(call, spec)
        candidates: list[Candidate] = []
        forms: list[_Form] = []
        for index, (app, a) in enumerate(zip(apps, spec.applications, strict=True)):
            self._checks(call, app, a.excluded)
            if a.scores is None:
                candidates.append(
                    Candidate(app.id, app.protocol_number, app.protocol_date, app.requested_grant, False)
                )
                continue
            candidates.append(
                Candidate(
                    app.id,
                    app.protocol_number,
                    app.protocol_date,
                    app.requested_grant,
                    scores={
                        c.code: [Decimal(str(p)) for p in a.scores[k]] for k, c in enumerate(call.criteria)
                    },
                )
            )
            for j in range(len(self.evaluators)):
                submitted = _at(demo_calls.EVALUATION_FROM + timedelta(days=17 + index % 10 + j), 16)
                points = tuple(p[j] for p in a.scores)
                assigned = _at(demo_calls.EVALUATION_FROM, 9)
                forms.append(_Form(app, j, AssignmentStatus.INVIATA, points, assigned, submitted))
        self._assign(call, forms)
        rules = RankingRules(
            budget=call.budget,
            criteria=tuple(
                CriterionRule(c.code, c.max_points, c.min_points, c.tie_break_order) for c in call.criteria
            ),
            min_total_score=call.min_total_score,
            allow_partial_last=call.allow_partial_last,
            divergence_threshold_pct=call.divergence_threshold_pct,
        )
        # The same engine as the office's "Calcola graduatoria": the demo shows what the app computes.
        self._ranking(call, compute_ranking(rules, candidates), {app.id: app for app in apps})

    def _checks(
        self, call: Call, app: Application, excluded: tuple[str, str] | None, on: date = demo_calls.CHECKED_ON
    ) -> None:
        codes: list[tuple[str, int | None]] = [
            (c, None) for c in ("actor_type", "deadline", "max_grant", "cofunding")
        ]
        codes += [(f"doc:{d.id}", d.id) for d in call.documents]
        for code, document_id in codes:
            reason = excluded[1] if excluded and excluded[0] == code else None
            self._row(
                AdmissibilityCheck,
                application_id=app.id,
                code=code,
                document_id=document_id,
                outcome=CheckOutcome.NON_SUPERATO if reason else CheckOutcome.SUPERATO,
                reason=reason,
                checked_at=_at(on, 11),
            )

    def _ranking(self, call: Call, result: RankingResult, apps: dict[int, Application]) -> None:
        number, issued_on, burt_number, burt_date = demo_calls.RANKING_DECREE
        decree = Decree(
            kind=DecreeKind.GRADUATORIA,
            call_id=call.id,
            number=number,
            issued_on=issued_on,
            subject=f"Bando {call.year}: approvazione della graduatoria e impegno di spesa",
            commitment_amount=result.committed,
            burt_number=burt_number,
            burt_date=burt_date,
        )
        advances = Decree(
            kind=DecreeKind.LIQUIDAZIONE,
            call_id=call.id,
            number=demo_calls.ADVANCE_DECREE[0],
            issued_on=demo_calls.ADVANCE_DECREE[1],
            subject=f"Liquidazione degli acconti ai progetti finanziati dal bando {call.year}",
        )
        self.session.add_all([decree, advances])
        self.session.flush()
        act = f"DD n. {number} del {format_date(issued_on)}"
        ranking = Ranking(
            call_id=call.id,
            version=1,
            computed_at=_at(issued_on - timedelta(days=5), 11),
            is_provisional=False,
            is_approved=True,
            decree_id=decree.id,
            note=f"Graduatoria approvata con {act}.",
        )
        self.session.add(ranking)
        self.session.flush()
        for entry in result.placements:
            self._row(
                RankingEntry,
                ranking_id=ranking.id,
                application_id=entry.application_id,
                position=entry.position,
                rank=entry.rank,
                total_score=entry.total,
                outcome=entry.outcome,
                grant=entry.grant,
                tie_break_note=entry.tie_break_note,
                criterion_scores={code: f"{mean:.2f}" for code, mean in entry.criterion_scores.items()},
            )
            self._close(apps[entry.application_id], entry, act, advances)

    def _close(self, app: Application, entry: Placement, act: str, advances: Decree) -> None:
        steps = [(ApplicationStatus.RICEVUTA, _at(app.protocol_date, 9), None)]
        checked = _at(demo_calls.CHECKED_ON, 11)
        if entry.outcome is RankingOutcome.NON_AMMISSIBILE:
            steps.append((ApplicationStatus.NON_AMMISSIBILE, checked, "Esito dell'istruttoria formale"))
        else:
            steps += [
                (ApplicationStatus.AMMISSIBILE, checked, "Esito dell'istruttoria formale"),
                (ApplicationStatus.IN_VALUTAZIONE, _at(demo_calls.EVALUATION_FROM, 9), None),
                (ApplicationStatus.VALUTATA, _at(demo_calls.EVALUATED_ON, 17), None),
                (STATUS_OF[entry.outcome], _at(demo_calls.RANKING_DECREE[1], 12), act),
            ]
        self._history(app, steps)
        if entry.grant:
            app.granted_amount = entry.grant
            # CUP: invented, but 15 characters shaped like those the DIPE system issues.
            app.cup = f"D19I25{1200 + 7 * entry.position:05d}0002"
            advance = to_cents(entry.grant / 2)
            self.session.add(
                Payment(
                    application_id=app.id,
                    kind=PaymentKind.ACCONTO,
                    amount=advance,
                    paid_on=demo_calls.ADVANCE_PAID_ON,
                    decree_id=advances.id,
                    note=f"Acconto del 50% del contributo di {format_money(entry.grant)}.",
                )
            )

    def _open_call(self) -> None:
        spec = demo_calls.OPEN
        call = self._call(spec)
        apps = self._applications(call, spec)
        forms: list[_Form] = []
        for index, (app, a) in enumerate(zip(apps, spec.applications, strict=True)):
            steps: list[tuple[ApplicationStatus, datetime, str | None]] = [
                (ApplicationStatus.RICEVUTA, _at(app.protocol_date, 9), None)
            ]
            if a.lead in INTEGRATIONS:
                asked = date(2026, 3, 30)
                self._row(
                    IntegrationRequest,
                    application_id=app.id,
                    requested_on=asked,
                    deadline=asked + timedelta(days=10),
                    description=INTEGRATIONS[a.lead],
                )
                steps.append((ApplicationStatus.INTEGRAZIONI_RICHIESTE, _at(asked), "Soccorso istruttorio"))
            self._history(app, steps)
            for j, (status, points) in enumerate(OPEN_PROGRESS.get(index, ())):
                forms.append(_Form(app, j, status, points, _at(spec.committee_on + timedelta(days=4), 9)))
        self._assign(call, forms)

    def _codev_call(self) -> None:
        """The call in evaluation: every application admissible, forms in every state, no ranking."""
        spec = codev.CALL
        call = self._call(spec)
        apps = self._applications(call, spec)
        forms: list[_Form] = []
        for app, a, planned in zip(apps, spec.applications, codev.FORMS, strict=True):
            self._checks(call, app, None, codev.CHECKED_ON)
            steps: list[tuple[ApplicationStatus, datetime, str | None]] = [
                (ApplicationStatus.RICEVUTA, _at(app.protocol_date, 9), None),
                (ApplicationStatus.AMMISSIBILE, _at(codev.CHECKED_ON, 11), "Esito dell'istruttoria formale"),
                (ApplicationStatus.IN_VALUTAZIONE, codev.ASSIGNED_AT, None),
            ]
            for f in planned:
                conflict = f.status is AssignmentStatus.CONFLITTO
                forms.append(
                    _Form(
                        app,
                        f.evaluator,
                        f.status,
                        f.points,
                        f.assigned or codev.ASSIGNED_AT,
                        f.submitted,
                        codev.CONFLICT_AT if conflict else None,
                        codev.CONFLICT_NOTE if conflict else None,
                    )
                )
                if conflict:
                    # As the scoring form records it: a conflict with each Tuscan actor of the application.
                    for key in (a.lead, *a.partners):
                        self._row(
                            EvaluatorConflict,
                            user_id=self.evaluators[f.evaluator].id,
                            actor_id=self.actors[key].id,
                            call_id=call.id,
                            declared_at=codev.CONFLICT_AT,
                            note=codev.CONFLICT_NOTE,
                        )
            active = [f for f in planned if f.status is not AssignmentStatus.CONFLITTO]
            if all(f.status is AssignmentStatus.INVIATA for f in active):
                last = max(f.submitted for f in active if f.submitted)
                steps.append((ApplicationStatus.VALUTATA, last, "Tutte le schede sono state inviate."))
            self._history(app, steps)
        self._assign(call, forms, CODEV_COMMENTS)

    # Partnerships --------------------------------------------------------------------------------

    def _partnerships(self) -> None:
        for spec in PARTNERSHIPS:
            total, requested, share, cash, in_kind = (to_cents(v) for v in spec.money)
            item = Partnership(
                title=spec.title,
                funder=spec.funder,
                programme=spec.programme,
                call_reference=spec.call_reference,
                call_url=spec.call_url,
                region_role=spec.region_role,
                status=spec.status,
                theme=spec.theme,
                dac_code=spec.dac,
                submission_deadline=spec.submission_deadline,
                start_date=spec.start,
                end_date=spec.end,
                total_budget=total,
                requested_amount=requested,
                region_share=share,
                cofinancing_cash=cash,
                cofinancing_in_kind=in_kind,
                notes=spec.notes,
            )
            self.session.add(item)
            self.session.flush()
            for p in spec.partners:
                self._row(
                    PartnershipPartner,
                    partnership_id=item.id,
                    role=p.role,
                    foreign_name=p.foreign_name,
                    actor_id=self.actors[p.actor].id if p.actor else None,
                    country_code=p.country,
                )
            for country in spec.countries:
                self._row(PartnershipCountry, partnership_id=item.id, country_code=country)
            for goal in spec.sdgs:
                self._row(PartnershipSdg, partnership_id=item.id, goal=goal)
            for network in spec.networks:
                self._row(PartnershipNetwork, partnership_id=item.id, network=network)
            for description, due_on, done in spec.deadlines:
                self._row(
                    PartnershipDeadline,
                    partnership_id=item.id,
                    description=description,
                    due_on=due_on,
                    done=done,
                )
            before = None
            for status, on, reason in spec.history:
                self._row(
                    PartnershipStatusChange,
                    partnership_id=item.id,
                    from_status=before,
                    to_status=status,
                    changed_at=_at(on),
                    user_id=self.clerk.id,
                    reason=reason,
                )
                before = status
        self.counts["partenariati"] = len(PARTNERSHIPS)
