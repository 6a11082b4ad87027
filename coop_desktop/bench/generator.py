"""Row builders of the synthetic data set, handing row dicts to a TableWriter.

Ids are assigned here (the database is empty), so children reference parents without RETURNING.
Outcomes follow the rules: the evaluators' mean scores decide eligibility (60/100 in total and the
first criterion's own minimum) and the budget is spent down the ranking, so statuses and grants
look like a real office's.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table

from coop_desktop.bench import vocab
from coop_desktop.bench.loader import TableWriter
from coop_desktop.bench.synthetic import (
    COMPANY_BODIES,
    OTHER_BODIES,
    SyntheticSizes,
    organisation_tax_code,
    slug,
)
from coop_desktop.db.models import (
    Actor,
    Application,
    ApplicationCountry,
    ApplicationPartner,
    ApplicationSdg,
    Assignment,
    Base,
    Call,
    CallCountry,
    CallDocument,
    CallEligibleType,
    CallTheme,
    CommitteeMember,
    ConflictDeclaration,
    Criterion,
    Partnership,
    PartnershipCountry,
    PartnershipDeadline,
    PartnershipNetwork,
    PartnershipPartner,
    PartnershipSdg,
    Score,
    User,
)
from coop_desktop.db.models.actors import actor_search_text
from coop_desktop.domain.enums import (
    ActorType,
    ApplicationStatus,
    AssignmentStatus,
    CallStatus,
    CommitteeRole,
    Funder,
    Network,
    PartnershipStatus,
    RegionRole,
    Theme,
    UserRole,
)


def table_of(model: type[Base]) -> Table:
    # Declarative types __table__ as FromClause; every model here is mapped to a plain Table.
    return cast(Table, model.__table__)


# Parents before children: TableWriter flushes in this order.
TABLE_ORDER: list[Table] = [
    table_of(m)
    for m in (
        User, Actor, Call, Criterion, CallDocument, CallEligibleType, CallTheme, CallCountry,
        CommitteeMember, Application, ApplicationPartner, ApplicationCountry, ApplicationSdg,
        Assignment, ConflictDeclaration, Score, Partnership, PartnershipPartner, PartnershipCountry,
        PartnershipSdg, PartnershipNetwork, PartnershipDeadline,
    )
]  # fmt: skip

CENT = Decimal("0.01")
MIN_TOTAL_SCORE = Decimal(60)


@dataclass
class _Draft:
    """An application being built, before the ranking gives it a status."""

    row: dict[str, Any]
    total_score: Decimal = Decimal(0)
    eligible: bool = False
    children: list[tuple[type[Base], dict[str, Any]]] = field(default_factory=list)


class Generator:
    def __init__(self, seed: int, sizes: SyntheticSizes, writer: TableWriter) -> None:
        self.rng = random.Random(seed)
        self.s = sizes
        self.w = writer
        # A fixed "today" keeps the data set independent of the day it is built.
        self.today = date(sizes.first_year + sizes.years, 1, 15)
        self._ids: Counter[str] = Counter()
        self.user_ids: list[int] = []
        self.applicant_ids: list[int] = []

    def run(self) -> None:
        self._users()
        self._actors()
        self._calls()
        self._partnerships()

    # -- helpers -------------------------------------------------------------------------------

    def _id(self, model: type[Base]) -> int:
        name = table_of(model).name
        self._ids[name] += 1
        return self._ids[name]

    def _add(self, model: type[Base], row: dict[str, Any]) -> None:
        self.w.add(table_of(model), row)

    def _at(self, day: date) -> datetime:
        return datetime(day.year, day.month, day.day, self.rng.randint(8, 18), self.rng.randint(0, 59))

    def _day(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def _stamps(self, day: date) -> dict[str, datetime]:
        at = self._at(day)
        return {"created_at": at, "updated_at": at}

    def _person(self) -> str:
        return f"{self.rng.choice(vocab.FIRST_NAMES)} {self.rng.choice(vocab.SURNAMES)}"

    def _project_title(self, country: str) -> str:
        r = self.rng
        return f"{r.choice(vocab.PROJECT_ACTIONS)} {r.choice(vocab.PROJECT_OBJECTS)} in {country}"

    # -- users and actors ----------------------------------------------------------------------

    def _users(self) -> None:
        start = date(self.s.first_year, 1, 10)
        for n in range(1, self.s.evaluators + 1):
            uid = self._id(User)
            first, last = self.rng.choice(vocab.FIRST_NAMES), vocab.SURNAMES[n % len(vocab.SURNAMES)]
            self._add(User, {
                "id": uid, "username": f"valutatore{n:02d}", "full_name": f"{first} {last}",
                "email": f"{slug(first)}.{slug(last)}{n}@regione.toscana.it", "role": UserRole.VALUTATORE,
                "password_hash": None, "is_active": True, "failed_logins": 0, "locked_until": None,
                "last_login_at": None, "version": 1, **self._stamps(start),
            })  # fmt: skip
            self.user_ids.append(uid)

    def _actors(self) -> None:
        r, n = self.rng, self.s.actors
        types = r.choices(list(vocab.ACTOR_TYPE_WEIGHTS), list(vocab.ACTOR_TYPE_WEIGHTS.values()), k=n)
        companies = types.count(ActorType.IMPRESA)
        company_bodies = iter(r.sample(COMPANY_BODIES, companies))
        other_bodies = iter(r.sample(OTHER_BODIES, n - companies))
        provinces = r.choices(list(vocab.PROVINCE_INFO), [w for *_, w in vocab.PROVINCE_INFO.values()], k=n)
        first_day, last_day = date(self.s.first_year, 1, 1), self.today
        for actor_type, province in zip(types, provinces, strict=True):
            aid = self._id(Actor)
            comune, cap = r.choice(vocab.COMUNI[province])
            office, phone_prefix, _ = vocab.PROVINCE_INFO[province]
            is_company = actor_type is ActorType.IMPRESA
            tax_code = organisation_tax_code(next(company_bodies if is_company else other_bodies), office)
            legal_form = r.choice(vocab.LEGAL_FORMS[actor_type])
            name = self._actor_name(actor_type, legal_form, comune)
            name_slug = slug(name)
            domain = f"{name_slug}.{r.choice(('it', 'org', 'eu'))}"
            row: dict[str, Any] = {
                "id": aid, "name": name, "actor_type": actor_type, "legal_form": legal_form,
                "tax_code": tax_code, "vat_number": tax_code if is_company else None,
                "address": f"{r.choice(vocab.STREETS)} {r.randint(1, 180)}", "postal_code": cap,
                "municipality": comune, "province": province, "country_code": "IT",
                "email": f"{r.choice(('info', 'segreteria', 'progetti', 'amministrazione'))}@{domain}",
                "pec": f"{name_slug}@{r.choice(('pec.it', 'legalmail.it', 'pec.' + domain))}",
                "phone": f"{phone_prefix} {r.randint(100000, 9999999)}",
                "website": f"https://www.{domain}" if r.random() < 0.6 else None,
                "legal_representative": self._person(), "notes": None,
                "is_archived": r.random() < 0.03, "merged_into_id": None, "version": 1,
                **self._stamps(self._day(first_day, last_day)),
            }  # fmt: skip
            # Bulk loads bypass the ORM event that fills the search column.
            row["search_text"] = actor_search_text(row)
            self._add(Actor, row)
            if not is_company:
                self.applicant_ids.append(aid)
        if not self.applicant_ids:  # a tiny data set made only of companies
            self.applicant_ids.append(1)

    def _actor_name(self, actor_type: ActorType, legal_form: str, comune: str) -> str:
        r = self.rng
        a, b = r.choice(vocab.WORDS_A), r.choice(vocab.WORDS_B)
        match actor_type:
            case ActorType.ENTE_LOCALE:
                office = r.choice(("Ufficio Pace e Cooperazione", "Settore Politiche Sociali",
                                   "Relazioni Internazionali", "Servizi Educativi"))  # fmt: skip
                return f"{legal_form} di {comune} – {office}"
            case ActorType.ISTITUZIONE:
                return r.choice(
                    (
                        f"Istituto Comprensivo {self._person()} di {comune}",
                        f"Camera di Commercio di {comune}",
                        f"Società della Salute di {comune}",
                        f"Azienda USL Toscana {r.choice(('Centro', 'Nord Ovest', 'Sud Est'))}",
                    )
                )
            case ActorType.UNIVERSITA:
                return f"{r.choice(vocab.UNIVERSITIES)} – Dipartimento di {r.choice(vocab.SUBJECTS)}"
            case ActorType.ONG:
                return f"{a} {b} {legal_form}"
            case ActorType.ASSOCIAZIONE:
                return f"Associazione {a} {b} di {comune} {legal_form}"
            case ActorType.ASSOCIAZIONE_MIGRANTI:
                return f"Associazione dei {r.choice(vocab.DIASPORAS)} di {comune}"
            case ActorType.IMPRESA:
                if legal_form.startswith("Cooperativa"):
                    return f"{legal_form} {a} {b}"
                return f"{r.choice(vocab.SURNAMES)} & {r.choice(vocab.SURNAMES)} {legal_form}"
            case _:
                return f"{legal_form} {a} {b} di {comune}"

    # -- calls, applications and evaluation ---------------------------------------------------

    def _calls(self) -> None:
        r, n = self.rng, self.s.applications
        weights = [r.uniform(0.5, 1.5) for _ in range(self.s.calls)]
        total = sum(weights)
        per_call = [int(n * w / total) for w in weights]
        for k in r.sample(range(self.s.calls), n - sum(per_call)):
            per_call[k] += 1
        counts = iter(per_call)
        for year in range(self.s.first_year, self.s.first_year + self.s.years):
            for k in range(self.s.calls_per_year):
                self._call(year, k, next(counts))

    def _call(self, year: int, k: int, applications: int) -> None:
        r, s = self.rng, self.s
        cid = self._id(Call)
        opens = date(year, 1 + k * 12 // s.calls_per_year, r.randint(1, 28))
        deadline = opens + timedelta(days=60)
        act_date = opens - timedelta(days=r.randint(10, 25))
        themes = r.sample(list(Theme), 2)
        approved = year < s.first_year + s.years - 1
        budget = Decimal(r.randrange(400, 1500, 50) * 1000)
        max_grant = Decimal(r.choice((30_000, 40_000, 50_000, 60_000)))
        min_cofunding = Decimal(r.choice((20, 30, 40, 50)))
        allow_partial = r.random() < 0.5
        self._add(Call, {
            "id": cid, "code": f"CT-{year}-{k + 1:02d}",
            "title": f"Bando {year} per progetti di cooperazione internazionale – {themes[0].label}",
            "year": year, "description": f"Ambiti: {', '.join(t.label for t in themes)}.",
            "status": CallStatus.GRADUATORIA_APPROVATA if approved else CallStatus.IN_VALUTAZIONE,
            "act_number": str(r.randint(1000, 24000)), "act_date": act_date,
            "burt_number": str(r.randint(1, 52)), "burt_date": act_date + timedelta(days=7),
            "opens_on": opens, "deadline": deadline, "budget": budget, "max_grant": max_grant,
            "min_cofunding_pct": min_cofunding, "min_total_score": MIN_TOTAL_SCORE,
            "allow_partial_last": allow_partial, "divergence_threshold_pct": Decimal(30),
            "comments_required": True, "evaluators_per_application": s.evaluators_per_application,
            "max_duration_months": 24, "min_partners": 2, "version": 1, **self._stamps(act_date),
        })  # fmt: skip
        criteria: list[tuple[int, int, int | None]] = []
        for position, (code, text, max_points) in enumerate(vocab.CRITERIA[: s.criteria_per_call]):
            crit_id = self._id(Criterion)
            min_points = 10 if position == 0 else None
            criteria.append((crit_id, max_points, min_points))
            self._add(Criterion, {
                "id": crit_id, "call_id": cid, "code": code, "description": text,
                "max_points": Decimal(max_points),
                "min_points": None if min_points is None else Decimal(min_points),
                "tie_break_order": position + 1 if position < 2 else None, "position": position,
                **self._stamps(act_date),
            })  # fmt: skip
        for position, text in enumerate(vocab.CALL_DOCUMENTS):
            self._add(
                CallDocument,
                {
                    "id": self._id(CallDocument),
                    "call_id": cid,
                    "description": text,
                    "position": position,
                    **self._stamps(act_date),
                },
            )
        for actor_type in ActorType:
            if actor_type is not ActorType.IMPRESA or Theme.BUSINESS_INCLUSIVO in themes:
                self._add(CallEligibleType, {"call_id": cid, "actor_type": actor_type})
        for theme in themes:
            self._add(CallTheme, {"call_id": cid, "theme": theme})
        countries = r.sample(vocab.COUNTRIES, 4)
        for code, *_ in countries:
            self._add(CallCountry, {"call_id": cid, "country_code": code})
        committee = r.sample(self.user_ids, s.evaluators_per_application)
        for position, user_id in enumerate(committee):
            self._add(CommitteeMember, {
                "id": self._id(CommitteeMember), "call_id": cid, "user_id": user_id,
                "role": CommitteeRole.PRESIDENTE if position == 0 else CommitteeRole.COMPONENTE,
                "appointed_on": deadline + timedelta(days=5), **self._stamps(deadline),
            })  # fmt: skip
        drafts = [
            self._application(cid, opens, deadline, max_grant, min_cofunding, countries, criteria, committee)
            for _ in range(applications)
        ]
        self._rank(drafts, budget, allow_partial, approved)
        # Applications first, then their children: a flush never sends a child before its parent.
        for draft in drafts:
            self._add(Application, draft.row)
        for model, row in (child for draft in drafts for child in draft.children):
            self._add(model, row)

    def _application(
        self,
        call_id: int,
        opens: date,
        deadline: date,
        max_grant: Decimal,
        min_cofunding: Decimal,
        countries: list[tuple[str, str, tuple[str, ...]]],
        criteria: list[tuple[int, int, int | None]],
        committee: list[int],
    ) -> _Draft:
        r = self.rng
        aid = self._id(Application)
        received = self._day(opens, deadline)
        country_code, country_name, local_partners = r.choice(countries)
        requested = min(max_grant, Decimal(r.randrange(10, int(max_grant) // 1000 + 1) * 1000))
        cofunding_pct = min_cofunding + r.randint(0, 15)
        total_cost = (requested * 100 / (100 - cofunding_pct)).quantize(Decimal(1))
        theme = r.choice(list(Theme))
        months = r.choice((12, 18, 24))
        start = deadline + timedelta(days=r.randint(90, 180))
        row: dict[str, Any] = {
            "id": aid, "call_id": call_id, "protocol_number": f"AOOGRT/{received.year}/{aid:07d}",
            "protocol_date": received, "lead_actor_id": r.choice(self.applicant_ids),
            "title": self._project_title(country_name),
            "summary": f"Progetto con partner locali in {country_name}, durata {months} mesi.",
            "theme": theme, "dac_code": r.choice(vocab.THEME_DAC[theme]), "start_date": start,
            "end_date": start + timedelta(days=30 * months), "duration_months": months,
            "total_cost": total_cost, "requested_grant": requested, "granted_amount": None, "cup": None,
            "status": ApplicationStatus.VALUTATA, "version": 1, **self._stamps(received),
        }  # fmt: skip
        draft = _Draft(row)
        for actor_id in r.sample(self.applicant_ids, min(len(self.applicant_ids), r.randint(1, 3))):
            draft.children.append((ApplicationPartner, {
                "id": self._id(ApplicationPartner), "application_id": aid, "actor_id": actor_id,
                "foreign_name": None, "country_code": "IT", "role": "Partner toscano",
                **self._stamps(received),
            }))  # fmt: skip
        draft.children.append((ApplicationPartner, {
            "id": self._id(ApplicationPartner), "application_id": aid, "actor_id": None,
            "foreign_name": r.choice(local_partners), "country_code": country_code,
            "role": "Partner locale", **self._stamps(received),
        }))  # fmt: skip
        draft.children.append((ApplicationCountry, {"application_id": aid, "country_code": country_code}))
        for goal in sorted(r.sample(range(1, 18), r.randint(1, 3))):
            draft.children.append((ApplicationSdg, {"application_id": aid, "goal": goal}))
        self._evaluate(draft, criteria, committee, deadline)
        return draft

    def _evaluate(
        self, draft: _Draft, criteria: list[tuple[int, int, int | None]], committee: list[int], deadline: date
    ) -> None:
        """Scores of every committee member on every criterion; the means decide eligibility."""
        r = self.rng
        quality = r.betavariate(6, 3)
        sums = dict.fromkeys((crit_id for crit_id, *_ in criteria), Decimal(0))
        for evaluator_id in committee:
            assignment_id = self._id(Assignment)
            assigned = self._at(deadline + timedelta(days=10))
            submitted = assigned + timedelta(days=r.randint(3, 30), hours=r.randint(0, 8))
            draft.children.append((Assignment, {
                "id": assignment_id, "application_id": draft.row["id"], "evaluator_id": evaluator_id,
                "status": AssignmentStatus.INVIATA, "assigned_at": assigned, "submitted_at": submitted,
                "version": 1, "created_at": assigned, "updated_at": submitted,
            }))  # fmt: skip
            draft.children.append((ConflictDeclaration, {
                "id": self._id(ConflictDeclaration), "assignment_id": assignment_id,
                "has_conflict": False, "declared_at": assigned + timedelta(hours=1), "note": None,
            }))  # fmt: skip
            bias = r.gauss(0, 0.06)
            for crit_id, max_points, _ in criteria:
                share = min(1.0, max(0.0, quality + bias + r.gauss(0, 0.08)))
                points = Decimal(round(share * max_points * 2)) / 2  # half points, within 0..max
                sums[crit_id] += points
                draft.children.append((Score, {
                    "id": self._id(Score), "assignment_id": assignment_id, "criterion_id": crit_id,
                    "points": points, "comment": r.choice(vocab.SCORE_COMMENTS), "version": 1,
                    "created_at": submitted, "updated_at": submitted,
                }))  # fmt: skip
        means = {crit_id: total / len(committee) for crit_id, total in sums.items()}
        draft.total_score = sum(means.values(), Decimal(0)).quantize(CENT)
        # Eligible: the total threshold and every criterion's own minimum, as the call states.
        draft.eligible = draft.total_score >= MIN_TOTAL_SCORE and all(
            minimum is None or means[crit_id] >= minimum for crit_id, _, minimum in criteria
        )

    def _rank(self, drafts: list[_Draft], budget: Decimal, allow_partial: bool, approved: bool) -> None:
        """Statuses and grants of an approved ranking: funds go down the list until they run out."""
        if not approved:
            return  # still being evaluated: every application stays "valutata"
        eligible = sorted(
            (d for d in drafts if d.eligible),
            key=lambda d: (-d.total_score, d.row["protocol_date"], d.row["id"]),
        )
        left, exhausted = budget, False
        for draft in eligible:
            row = draft.row
            if not exhausted and row["requested_grant"] <= left:
                row["status"], row["granted_amount"] = ApplicationStatus.FINANZIATA, row["requested_grant"]
            elif not exhausted and allow_partial and left > 0:
                row["status"], row["granted_amount"] = ApplicationStatus.FINANZIATA_PARZIALMENTE, left
                exhausted = True
            else:
                row["status"], exhausted = ApplicationStatus.AMMESSA_NON_FINANZIATA, True
            if row["granted_amount"] is not None:
                left -= row["granted_amount"]
                year = row["protocol_date"].year % 100
                row["cup"] = f"D14{self.rng.choice('ABCDEFGHJ')}{year:02d}{row['id']:09d}"
        for draft in drafts:
            if not draft.eligible:
                draft.row["status"] = ApplicationStatus.NON_IDONEA

    # -- partnerships --------------------------------------------------------------------------

    def _partnerships(self) -> None:
        r = self.rng
        funders = [Funder.AICS, Funder.UNIONE_EUROPEA, Funder.MINISTERO_INTERNO, Funder.ALTRO]
        first_day, last_day = date(self.s.first_year, 1, 1), self.today + timedelta(days=365)
        for _ in range(self.s.partnerships):
            pid = self._id(Partnership)
            funder = r.choices(funders, (35, 35, 15, 15))[0]
            programme = r.choice(vocab.FUNDER_PROGRAMMES[funder])
            submission = self._day(first_day, last_day)
            status, start, end = self._partnership_course(submission)
            country_code, country_name, local_partners = r.choice(vocab.COUNTRIES)
            total = Decimal(r.randrange(100, 3000) * 1000)
            requested = (total * Decimal(r.randint(75, 90)) / 100).quantize(CENT)
            cash = ((total - requested) * Decimal(r.randint(30, 70)) / 100).quantize(CENT)
            theme = r.choice(list(Theme))
            self._add(Partnership, {
                "id": pid, "title": self._project_title(country_name), "funder": funder,
                "programme": programme, "call_reference": f"{programme} {submission.year}",
                "call_url": None, "region_role": r.choices(list(RegionRole), (30, 55, 15))[0],
                "status": status, "theme": theme, "dac_code": r.choice(vocab.THEME_DAC[theme]),
                "submission_deadline": submission, "start_date": start, "end_date": end,
                "total_budget": total, "requested_amount": requested,
                "region_share": (total * Decimal(r.randint(5, 20)) / 100).quantize(CENT),
                "cofinancing_cash": cash, "cofinancing_in_kind": total - requested - cash, "notes": None,
                "version": 1, **self._stamps(submission - timedelta(days=r.randint(30, 120))),
            })  # fmt: skip
            self._partnership_children(pid, submission, start, end, country_code, local_partners)

    def _partnership_course(self, submission: date) -> tuple[PartnershipStatus, date | None, date | None]:
        r = self.rng
        if submission >= self.today:
            return r.choice((PartnershipStatus.IDEA, PartnershipStatus.IN_PREPARAZIONE)), None, None
        if submission >= self.today - timedelta(days=120):
            return PartnershipStatus.PRESENTATA, None, None
        if r.random() < 0.45:
            return PartnershipStatus.RESPINTA, None, None
        start = submission + timedelta(days=r.randint(120, 240))
        end = start + timedelta(days=30 * r.choice((18, 24, 36)))
        if end < self.today:
            return PartnershipStatus.CONCLUSA, start, end
        status = PartnershipStatus.IN_CORSO if start <= self.today else PartnershipStatus.APPROVATA
        return status, start, end

    def _partnership_children(
        self, pid: int, submission: date, start: date | None, end: date | None, country_code: str,
        local_partners: tuple[str, ...],
    ) -> None:  # fmt: skip
        r = self.rng
        stamps = self._stamps(submission)
        for actor_id in r.sample(self.applicant_ids, min(len(self.applicant_ids), r.randint(1, 4))):
            self._add(PartnershipPartner, {
                "id": self._id(PartnershipPartner), "partnership_id": pid, "actor_id": actor_id,
                "foreign_name": None, "country_code": "IT", "role": "Partner", **stamps,
            })  # fmt: skip
        for name in r.sample(local_partners, r.randint(1, min(2, len(local_partners)))):
            self._add(PartnershipPartner, {
                "id": self._id(PartnershipPartner), "partnership_id": pid, "actor_id": None,
                "foreign_name": name, "country_code": country_code, "role": "Partner locale", **stamps,
            })  # fmt: skip
        self._add(PartnershipCountry, {"partnership_id": pid, "country_code": country_code})
        for goal in sorted(r.sample(range(1, 18), r.randint(1, 3))):
            self._add(PartnershipSdg, {"partnership_id": pid, "goal": goal})
        if r.random() < 0.3:
            self._add(PartnershipNetwork, {"partnership_id": pid, "network": r.choice(list(Network))})
        dues = [("Presentazione della proposta", submission)]
        if start is not None and end is not None:
            dues += [(r.choice(vocab.DEADLINE_KINDS), self._day(start, end + timedelta(days=60)))
                     for _ in range(r.randint(2, 4))]  # fmt: skip
        for description, due in dues:
            self._add(PartnershipDeadline, {
                "id": self._id(PartnershipDeadline), "partnership_id": pid,
                "description": description, "due_on": due, "done": due < self.today, **stamps,
            })  # fmt: skip
