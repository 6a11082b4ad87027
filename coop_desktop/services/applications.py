"""Applications (domande) of a call: the paged register, the record, admissibility and integrations.

`ApplicationService` is the list source of a call's applications (SQL filters, sorts and pages).
`ApplicationRecords` registers and edits applications and runs the formal check (istruttoria
formale): automatic checks and the required-documents checklist, overrides with a written reason,
requests for missing documents. Each method is one transaction; the admissibility of the touched
applications is brought up to date in the same transaction (services/admissibility.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_DOWN, Decimal
from typing import Any

from sqlalchemy import ColumnElement, Select, case, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    AdmissibilityCheck,
    Application,
    ApplicationCountry,
    ApplicationPartner,
    ApplicationSdg,
    ApplicationStatusChange,
    Assignment,
    Call,
    CallDocument,
    IntegrationRequest,
    User,
)
from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.admissibility import (
    AUTOMATIC_CHECKS,
    CHECK_LABELS,
    DOCUMENT_PREFIX,
    RecordedCheck,
    cofunding,
    cofunding_pct,
    verdict,
)
from coop_desktop.domain.application_rules import (
    APPLICATION_FIELD_LABELS,
    ApplicationData,
    PartnerData,
    validate_application,
)
from coop_desktop.domain.call_lifecycle import OUTCOME_LOCKED, outcome_locked
from coop_desktop.domain.countries import country_name
from coop_desktop.domain.enums import ActorType, ApplicationStatus, CallStatus, CheckOutcome
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.text import fold
from coop_desktop.domain.validation import ValidationError
from coop_desktop.services.admissibility import (
    CLOSED_STATUSES,
    FORMAL_STATUSES,
    AdmissibilitySummary,
    document_code,
    move_statuses,
    refresh_admissibility,
)
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import (
    ConcurrentEditError,
    LockedError,
    NotFoundError,
    ServiceError,
    ValidationErrors,
)
from coop_desktop.services.listing import ListQuery, apply_sort, count_rows, like_pattern

# Calls that take applications: open, or closed (late ones are registered, then excluded).
REGISTERING_STATUSES = (CallStatus.APERTO, CallStatus.CHIUSO)
# What decides admissibility and grants: frozen once the ranking is approved.
_DECISIVE_FIELDS = ("protocol_date", "lead_actor_id", "total_cost", "requested_grant")
_HUNDRED = Decimal(100)

_STALE = (
    "La domanda è stata modificata da un altro utente dopo l'apertura della scheda: "
    "ricarica per vedere la versione attuale prima di salvare."
)
_GONE = "La domanda non esiste più."


# -- the register of a call's applications -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ApplicationRow:
    id: int
    protocol_number: str
    protocol_date: date
    lead: str
    title: str
    total_cost: Decimal
    requested_grant: Decimal
    # Co-funding share of the total cost, in percent (two decimals, cut as the checks print it).
    cofunding_pct: Decimal
    status: ApplicationStatus


_cofunding_share = case(
    (
        Application.total_cost > 0,
        (Application.total_cost - Application.requested_grant) * 100 / Application.total_cost,
    ),
    else_=0,
)

_SORTABLE: dict[str, ColumnElement[Any]] = {
    "protocol_number": Application.protocol_number,
    "protocol_date": Application.protocol_date,
    "lead": Actor.name,
    "title": Application.title,
    "total_cost": Application.total_cost,
    "requested_grant": Application.requested_grant,
    "cofunding_pct": _cofunding_share,
    "status": Application.status,
}


def _share(total: Decimal, requested: Decimal) -> Decimal:
    return cofunding_pct(Decimal(total), Decimal(requested)).quantize(Decimal("0.01"), rounding=ROUND_DOWN)


class ApplicationService:
    """The applications register as a paged list; `filters["call_id"]` picks the call (the tab's case).

    Other filters: "status" (an ApplicationStatus value). The search text matches protocol number,
    title and the lead applicant's name or codes. Evaluators see only the applications assigned to them.
    """

    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def _readable(self) -> None:
        user = self._user
        if not (user.sees_as(Permission.VIEW_ALL_APPLICATIONS) or user.sees_as(Permission.SCORE)):
            user.require(Permission.VIEW_ALL_APPLICATIONS)

    def _filtered(self, query: ListQuery) -> Select[Any]:
        stmt = select(Application.id).join(Actor, Actor.id == Application.lead_actor_id)
        filters = query.filters
        if filters.get("call_id"):
            stmt = stmt.where(Application.call_id == int(filters["call_id"]))
        if filters.get("status"):
            stmt = stmt.where(Application.status == ApplicationStatus(filters["status"]))
        for word in fold(query.text).split():
            pattern = like_pattern(word)
            stmt = stmt.where(
                func.lower(Application.protocol_number).like(pattern, escape="\\")
                | func.lower(Application.title).like(pattern, escape="\\")
                | Actor.search_text.like(pattern, escape="\\")
            )
        if not self._user.sees_as(Permission.VIEW_ALL_APPLICATIONS):
            stmt = stmt.where(
                Application.id.in_(
                    select(Assignment.application_id).where(Assignment.evaluator_id == self._user.id)
                )
            )
        return stmt

    def count(self, query: ListQuery) -> int:
        self._readable()
        with self._db.reading() as session:
            return count_rows(session, self._filtered(query))

    def fetch(self, query: ListQuery, offset: int, limit: int) -> Sequence[ApplicationRow]:
        self._readable()
        stmt = self._filtered(query).with_only_columns(
            Application.id,
            Application.protocol_number,
            Application.protocol_date,
            Actor.name,
            Application.title,
            Application.total_cost,
            Application.requested_grant,
            Application.status,
        )
        stmt = apply_sort(stmt, query, _SORTABLE, (Application.protocol_number,), Application.id)
        with self._db.reading() as session:
            return [
                ApplicationRow(*r[:7], _share(r[5], r[6]), r[7])
                for r in session.execute(stmt.offset(offset).limit(limit))
            ]

    def status_counts(self, call_id: int) -> dict[ApplicationStatus, int]:
        """Applications of the call per status (statuses without applications are left out)."""
        self._readable()
        stmt = self._filtered(ListQuery(filters={"call_id": call_id})).with_only_columns(
            Application.status, func.count(Application.id)
        )
        with self._db.reading() as session:
            return dict(session.execute(stmt.group_by(Application.status)).all())


# -- one application -------------------------------------------------------------------------------


@dataclass(frozen=True)
class PartnerView:
    actor_id: int | None
    name: str
    tax_code: str | None
    country_code: str | None
    country: str
    role: str | None

    @property
    def is_foreign(self) -> bool:
        return self.actor_id is None


@dataclass(frozen=True)
class CheckView:
    """One line of the formal check: automatic (code in AUTOMATIC_CHECKS) or a required document."""

    id: int
    code: str
    label: str
    outcome: CheckOutcome
    reason: str | None
    override_reason: str | None
    overridden_by: str | None
    checked_at: datetime
    document_id: int | None

    @property
    def automatic(self) -> bool:
        return not self.code.startswith(DOCUMENT_PREFIX)

    @property
    def overridden(self) -> bool:
        return bool(self.override_reason)


@dataclass(frozen=True)
class IntegrationView:
    id: int
    requested_on: date
    deadline: date
    description: str
    answered_on: date | None
    answer_note: str | None

    @property
    def open(self) -> bool:
        return self.answered_on is None


@dataclass(frozen=True)
class StatusChangeView:
    from_status: ApplicationStatus | None
    to_status: ApplicationStatus
    changed_at: datetime
    user_name: str | None
    note: str | None


@dataclass(frozen=True)
class ApplicationDetail:
    id: int
    version: int
    call_id: int
    call_code: str
    call_status: CallStatus
    status: ApplicationStatus
    data: ApplicationData
    lead_name: str
    lead_tax_code: str | None
    lead_type: ActorType
    granted_amount: Decimal | None
    partners: list[PartnerView]
    checks: list[CheckView]
    # The formal check's verdict: True admissible, False not (reasons verbatim), None still open.
    admissible: bool | None
    exclusion_reasons: tuple[str, ...]
    integrations: list[IntegrationView]
    history: list[StatusChangeView]

    @property
    def cofunding(self) -> Decimal:
        return cofunding(self.data.total_cost or Decimal(0), self.data.requested_grant or Decimal(0))

    @property
    def cofunding_pct(self) -> Decimal:
        return cofunding_pct(self.data.total_cost or Decimal(0), self.data.requested_grant or Decimal(0))

    @property
    def decisive_fields_locked(self) -> bool:
        """Protocol date, lead applicant and amounts: fixed once the call's ranking is approved."""
        return outcome_locked(self.call_status)


def _data(app: Application) -> ApplicationData:
    return ApplicationData(
        protocol_number=app.protocol_number,
        protocol_date=app.protocol_date,
        lead_actor_id=app.lead_actor_id,
        title=app.title,
        total_cost=app.total_cost,
        requested_grant=app.requested_grant,
        summary=app.summary,
        theme=app.theme,
        dac_code=app.dac_code,
        start_date=app.start_date,
        end_date=app.end_date,
        duration_months=app.duration_months,
        cup=app.cup,
        partners=tuple(
            PartnerData(p.actor_id, p.foreign_name, p.country_code, p.role)
            for p in sorted(app.partners, key=lambda p: p.id)
        ),
        countries=tuple(c.country_code for c in sorted(app.countries, key=lambda c: c.country_code)),
        sdgs=tuple(sorted(s.goal for s in app.sdgs)),
    )


def _checked(data: ApplicationData) -> ApplicationData:
    result = validate_application(data)
    if result.value is None:
        raise ValidationErrors(result.errors, APPLICATION_FIELD_LABELS)
    return result.value


def _field_error(name: str, message: str) -> ValidationErrors:
    return ValidationErrors([ValidationError(name, message)], APPLICATION_FIELD_LABELS)


def _check_references(session: Session, call_id: int, data: ApplicationData, exclude_id: int | None) -> None:
    """What only the database knows: the protocol number is free in the call, the actors exist."""
    errors: list[ValidationError] = []
    taken = select(Application.id).where(
        Application.call_id == call_id, Application.protocol_number == data.protocol_number
    )
    if exclude_id is not None:
        taken = taken.where(Application.id != exclude_id)
    if session.scalar(taken) is not None:
        errors.append(
            ValidationError(
                "protocol_number", f"Il protocollo {data.protocol_number} è già registrato per questo bando."
            )
        )
    wanted = {data.lead_actor_id, *(p.actor_id for p in data.partners if p.actor_id is not None)}
    found = {
        row.id: row
        for row in session.execute(
            select(Actor.id, Actor.name, Actor.merged_into_id).where(Actor.id.in_(wanted))
        )
    }
    lead = found.get(data.lead_actor_id or 0)
    if lead is None:
        errors.append(ValidationError("lead_actor_id", "Il soggetto capofila non esiste nell'anagrafica."))
    elif lead.merged_into_id is not None:
        errors.append(
            ValidationError(
                "lead_actor_id",
                f"«{lead.name}» è stato unito a un altro soggetto (n. {lead.merged_into_id}): scegli quello.",
            )
        )
    for number, partner in enumerate(data.partners, start=1):
        if partner.actor_id is not None and partner.actor_id not in found:
            errors.append(ValidationError("partners", f"Il partner {number} non esiste nell'anagrafica."))
    if errors:
        raise ValidationErrors(errors, APPLICATION_FIELD_LABELS)


def _fill(app: Application, data: ApplicationData) -> None:
    for name in (
        "protocol_number", "protocol_date", "lead_actor_id", "title", "summary", "theme", "dac_code",
        "start_date", "end_date", "duration_months", "total_cost", "requested_grant", "cup",
    ):  # fmt: skip
        setattr(app, name, getattr(data, name))


def _partner_rows(data: ApplicationData) -> list[ApplicationPartner]:
    return [
        ApplicationPartner(
            actor_id=p.actor_id, foreign_name=p.foreign_name, country_code=p.country_code, role=p.role
        )
        for p in data.partners
    ]


class ApplicationRecords:
    """Register, edit and check applications: each call one transaction."""

    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    @property
    def user(self) -> CurrentUser:
        return self._user

    # -- reading -----------------------------------------------------------------------------------

    def _require_readable(self, session: Session, application_id: int) -> None:
        user = self._user
        if user.sees_as(Permission.VIEW_ALL_APPLICATIONS):
            user.require(Permission.VIEW_ALL_APPLICATIONS)
            return
        if user.sees_as(Permission.SCORE):
            assigned = session.scalar(
                select(Assignment.id).where(
                    Assignment.application_id == application_id, Assignment.evaluator_id == user.id
                )
            )
            if assigned is not None:
                return
        user.require(Permission.VIEW_ALL_APPLICATIONS)

    def get(self, application_id: int) -> ApplicationDetail:
        with self._db.reading() as session:
            self._require_readable(session, application_id)
            app = session.get(Application, application_id)
            if app is None:
                raise NotFoundError(_GONE)
            call = session.get(Call, app.call_id)
            lead = session.get(Actor, app.lead_actor_id)
            assert call is not None and lead is not None
            partner_names = {
                row.id: (row.name, row.tax_code)
                for row in session.execute(
                    select(Actor.id, Actor.name, Actor.tax_code).where(
                        Actor.id.in_([p.actor_id for p in app.partners if p.actor_id is not None])
                    )
                )
            }
            partners = []
            for p in sorted(app.partners, key=lambda p: p.id):
                if p.actor_id is not None:
                    name, tax_code = partner_names.get(p.actor_id, ("", None))
                    partners.append(PartnerView(p.actor_id, name, tax_code, "IT", country_name("IT"), p.role))
                else:
                    code = p.country_code
                    country = country_name(code) if code else ""
                    partners.append(PartnerView(None, p.foreign_name or "", None, code, country, p.role))
            documents = dict(
                session.execute(
                    select(CallDocument.id, CallDocument.description).where(CallDocument.call_id == call.id)
                ).all()
            )
            users = _user_names(session)
            checks = sorted(
                (
                    CheckView(
                        c.id,
                        c.code,
                        _check_label(c.code, c.document_id, documents),
                        c.outcome,
                        c.reason,
                        c.override_reason,
                        users.get(c.overridden_by_id or 0),
                        c.checked_at,
                        c.document_id,
                    )
                    for c in app.checks
                ),
                key=_check_order,
            )
            document_codes = [document_code(d) for d in documents]
            outcome = verdict(
                [RecordedCheck(c.code, c.outcome, c.reason or "", c.override_reason) for c in app.checks],
                document_codes,
            )
            integrations = [
                IntegrationView(r.id, r.requested_on, r.deadline, r.description, r.answered_on, r.answer_note)
                for r in session.scalars(
                    select(IntegrationRequest)
                    .where(IntegrationRequest.application_id == app.id)
                    .order_by(IntegrationRequest.requested_on, IntegrationRequest.id)
                )
            ]
            history = [
                StatusChangeView(h.from_status, h.to_status, h.changed_at, users.get(h.user_id or 0), h.note)
                for h in session.scalars(
                    select(ApplicationStatusChange)
                    .where(ApplicationStatusChange.application_id == app.id)
                    .order_by(ApplicationStatusChange.changed_at, ApplicationStatusChange.id)
                )
            ]
            return ApplicationDetail(
                id=app.id,
                version=app.version,
                call_id=call.id,
                call_code=call.code,
                call_status=call.status,
                status=app.status,
                data=_data(app),
                lead_name=lead.name,
                lead_tax_code=lead.tax_code,
                lead_type=lead.actor_type,
                granted_amount=app.granted_amount,
                partners=partners,
                checks=checks,
                admissible=outcome.admissible,
                exclusion_reasons=outcome.reasons,
                integrations=integrations,
                history=history,
            )

    # -- registering and editing -------------------------------------------------------------------

    def register(self, call_id: int, data: ApplicationData) -> int:
        """Register a received application; its admissibility checks run at once. Returns its id."""
        self._user.require(Permission.EDIT_APPLICATIONS)
        clean = _checked(data)
        with self._db.transaction(self._user) as session:
            call = session.get(Call, call_id)
            if call is None:
                raise NotFoundError("Il bando non esiste più.")
            if call.status not in REGISTERING_STATUSES:
                raise ServiceError(
                    f"Il bando è «{call.status.label}»: le domande si registrano quando il bando è "
                    "aperto o chiuso (prima della valutazione)."
                )
            _check_references(session, call_id, clean, None)
            app = Application(call_id=call_id, status=ApplicationStatus.RICEVUTA)
            _fill(app, clean)
            app.partners = _partner_rows(clean)
            app.countries = [ApplicationCountry(country_code=c) for c in clean.countries]
            app.sdgs = [ApplicationSdg(goal=g) for g in clean.sdgs]
            session.add(app)
            session.flush()
            session.add(
                ApplicationStatusChange(
                    application_id=app.id,
                    from_status=None,
                    to_status=ApplicationStatus.RICEVUTA,
                    user_id=self._user.id,
                    note="Domanda registrata.",
                )
            )
            app_id = app.id
            refresh_admissibility(session, self._user, call_id, [app_id])
            return app_id

    def update(self, application_id: int, version: int, data: ApplicationData) -> int:
        """Save the form read at `version`; the checks run again. Returns the new version."""
        self._user.require(Permission.EDIT_APPLICATIONS)
        clean = _checked(data)
        try:
            with self._db.transaction(self._user) as session:
                app = session.get(Application, application_id)
                if app is None:
                    raise NotFoundError(_GONE)
                if app.version != version:
                    raise ConcurrentEditError(_STALE)
                call = session.get(Call, app.call_id)
                assert call is not None
                before = _data(app)
                if outcome_locked(call.status) and any(
                    getattr(before, n) != getattr(clean, n) for n in _DECISIVE_FIELDS
                ):
                    raise LockedError(OUTCOME_LOCKED)
                _check_references(session, app.call_id, clean, application_id)
                _fill(app, clean)
                if {(p.actor_id, p.foreign_name, p.country_code, p.role) for p in before.partners} != {
                    (p.actor_id, p.foreign_name, p.country_code, p.role) for p in clean.partners
                }:
                    app.partners = _partner_rows(clean)
                    app.updated_at = utcnow()  # a partners-only change still bumps the version
                if set(before.countries) != set(clean.countries):
                    app.countries = [ApplicationCountry(country_code=c) for c in clean.countries]
                    app.updated_at = utcnow()
                if set(before.sdgs) != set(clean.sdgs):
                    app.sdgs = [ApplicationSdg(goal=g) for g in clean.sdgs]
                    app.updated_at = utcnow()
                session.flush()
                call_id = app.call_id
                refresh_admissibility(session, self._user, call_id, [application_id])
                return _version(session, application_id)
        except StaleDataError as exc:
            raise ConcurrentEditError(_STALE) from exc

    def set_status(self, application_id: int, version: int, target: ApplicationStatus, note: str = "") -> int:
        """The statuses an officer sets by hand: withdrawn (ritirata), revoked (revocata, with a
        reason), or back to received from withdrawn (the checks then run again)."""
        self._user.require(Permission.EDIT_APPLICATIONS)
        target = ApplicationStatus(target)
        note = note.strip()
        with self._db.transaction(self._user) as session:
            app = session.get(Application, application_id)
            if app is None:
                raise NotFoundError(_GONE)
            if app.version != version:
                raise ConcurrentEditError(_STALE)
            call = session.get(Call, app.call_id)
            assert call is not None
            current = app.status
            if target is ApplicationStatus.RITIRATA:
                if current in CLOSED_STATUSES or outcome_locked(call.status):
                    raise LockedError(f"Una domanda «{current.label}» non può essere ritirata.")
            elif target is ApplicationStatus.REVOCATA:
                if current not in (ApplicationStatus.FINANZIATA, ApplicationStatus.FINANZIATA_PARZIALMENTE):
                    raise ServiceError("Si revoca solo il contributo di una domanda finanziata.")
                if not note:
                    raise _field_error("status", "Indica il motivo della revoca.")
            elif target is ApplicationStatus.RICEVUTA:
                if current is not ApplicationStatus.RITIRATA or outcome_locked(call.status):
                    raise ServiceError("Solo una domanda ritirata può tornare «Ricevuta».")
            else:
                raise ServiceError(
                    f"Lo stato «{target.label}» viene dall'istruttoria o dalla graduatoria: "
                    "non si imposta a mano."
                )
            call_id = app.call_id
            move_statuses(session, self._user, [(application_id, current, target, note or None)])
            if target is ApplicationStatus.RICEVUTA:
                refresh_admissibility(session, self._user, call_id, [application_id])
            return _version(session, application_id)

    # -- the formal check --------------------------------------------------------------------------

    def run_admissibility(self, application_id: int) -> AdmissibilitySummary:
        self._user.require(Permission.EDIT_APPLICATIONS)
        with self._db.transaction(self._user) as session:
            app = session.get(Application, application_id)
            if app is None:
                raise NotFoundError(_GONE)
            if app.status in CLOSED_STATUSES:
                raise ServiceError(f"La domanda è «{app.status.label}»: non si controlla più.")
            self._refuse_locked(session, app.call_id)
            return refresh_admissibility(session, self._user, app.call_id, [application_id])

    def run_admissibility_for_call(self, call_id: int) -> AdmissibilitySummary:
        """Run the checks of every application of the call still in the procedure."""
        self._user.require(Permission.EDIT_APPLICATIONS)
        with self._db.transaction(self._user) as session:
            self._refuse_locked(session, call_id)
            return refresh_admissibility(session, self._user, call_id)

    @staticmethod
    def _refuse_locked(session: Session, call_id: int) -> None:
        status = session.scalar(select(Call.status).where(Call.id == call_id))
        if status is None:
            raise NotFoundError("Il bando non esiste più.")
        if outcome_locked(status):
            raise LockedError(OUTCOME_LOCKED)

    def _check_row(
        self, session: Session, application_id: int, code: str
    ) -> tuple[Application, AdmissibilityCheck]:
        app = session.get(Application, application_id)
        if app is None:
            raise NotFoundError(_GONE)
        self._refuse_locked(session, app.call_id)
        if app.status in CLOSED_STATUSES:
            raise ServiceError(f"La domanda è «{app.status.label}»: non si controlla più.")
        check = session.scalar(
            select(AdmissibilityCheck).where(
                AdmissibilityCheck.application_id == application_id, AdmissibilityCheck.code == code
            )
        )
        if check is None:
            # Never run yet (e.g. a document added since): run now, then look again.
            refresh_admissibility(session, self._user, app.call_id, [application_id])
            check = session.scalar(
                select(AdmissibilityCheck).where(
                    AdmissibilityCheck.application_id == application_id, AdmissibilityCheck.code == code
                )
            )
        if check is None:
            raise NotFoundError("Questo controllo non esiste per la domanda.")
        return app, check

    def confirm_document(self, application_id: int, document_id: int, ok: bool, note: str = "") -> None:
        """Tick a required document as present and in order (ok) or missing/irregular, with a note.

        The note goes into the check's reason, which letters quote: for a missing document it should
        say what is wrong ("manca la firma del legale rappresentante")."""
        self._user.require(Permission.EDIT_APPLICATIONS)
        note = " ".join(note.split())
        with self._db.transaction(self._user) as session:
            app, check = self._check_row(session, application_id, document_code(document_id))
            description = session.scalar(
                select(CallDocument.description).where(CallDocument.id == document_id)
            )
            if ok:
                check.outcome = CheckOutcome.SUPERATO
                check.reason = f"Documento presente e regolare: {description}." + (f" {note}" if note else "")
            else:
                check.outcome = CheckOutcome.NON_SUPERATO
                check.reason = f"Documento mancante o irregolare: {description}." + (
                    f" {note}" if note else ""
                )
            check.override_reason = None
            check.overridden_by_id = None
            check.checked_at = utcnow()
            call_id = app.call_id
            refresh_admissibility(session, self._user, call_id, [application_id])

    def override_check(self, application_id: int, code: str, reason: str) -> None:
        """Set aside a failed (or unverifiable) check with a written reason, logged with the user."""
        self._user.require(Permission.EDIT_APPLICATIONS)
        reason = " ".join(reason.split())
        if not reason:
            raise ValidationErrors(
                [ValidationError("override_reason", "Scrivi il motivo della deroga: è obbligatorio.")],
                {"override_reason": "Motivo della deroga"},
            )
        with self._db.transaction(self._user) as session:
            app, check = self._check_row(session, application_id, code)
            if check.outcome is CheckOutcome.SUPERATO:
                raise ServiceError("Il controllo è superato: non serve una deroga.")
            check.override_reason = reason
            check.overridden_by_id = self._user.id
            call_id = app.call_id
            refresh_admissibility(session, self._user, call_id, [application_id])

    def clear_override(self, application_id: int, code: str) -> None:
        self._user.require(Permission.EDIT_APPLICATIONS)
        with self._db.transaction(self._user) as session:
            app, check = self._check_row(session, application_id, code)
            check.override_reason = None
            check.overridden_by_id = None
            call_id = app.call_id
            refresh_admissibility(session, self._user, call_id, [application_id])

    # -- requests for missing documents (soccorso istruttorio) ------------------------------------

    def request_integration(
        self, application_id: int, description: str, deadline: date, requested_on: date | None = None
    ) -> int:
        """Record a request for missing documents; the application waits in "integrazioni richieste"."""
        self._user.require(Permission.EDIT_APPLICATIONS)
        description = description.strip()
        requested_on = requested_on or date.today()
        errors = []
        if not description:
            errors.append(ValidationError("description", "Descrivi le integrazioni richieste."))
        if deadline < requested_on:
            errors.append(ValidationError("deadline", "Il termine precede la data della richiesta."))
        if errors:
            raise ValidationErrors(errors, {"description": "Integrazioni richieste", "deadline": "Termine"})
        with self._db.transaction(self._user) as session:
            app = session.get(Application, application_id)
            if app is None:
                raise NotFoundError(_GONE)
            self._refuse_locked(session, app.call_id)
            if app.status not in FORMAL_STATUSES:
                raise ServiceError(
                    f"La domanda è «{app.status.label}»: le integrazioni si chiedono durante "
                    "l'istruttoria formale."
                )
            request = IntegrationRequest(
                application_id=application_id,
                requested_on=requested_on,
                deadline=deadline,
                description=description,
            )
            session.add(request)
            session.flush()
            request_id = request.id
            refresh_admissibility(session, self._user, app.call_id, [application_id])
            return request_id

    def answer_integration(self, request_id: int, answered_on: date, note: str = "") -> None:
        """Record the applicant's answer; the checks run again (documents are then confirmed one by one)."""
        self._user.require(Permission.EDIT_APPLICATIONS)
        with self._db.transaction(self._user) as session:
            request = session.get(IntegrationRequest, request_id)
            if request is None:
                raise NotFoundError("La richiesta di integrazioni non esiste più.")
            if request.answered_on is not None:
                raise ServiceError("Alla richiesta è già stata registrata una risposta.")
            if answered_on < request.requested_on:
                raise ValidationErrors(
                    [ValidationError("answered_on", "La risposta precede la richiesta.")],
                    {"answered_on": "Data della risposta"},
                )
            app = session.get(Application, request.application_id)
            assert app is not None
            self._refuse_locked(session, app.call_id)
            request.answered_on = answered_on
            request.answer_note = note.strip() or None
            refresh_admissibility(session, self._user, app.call_id, [app.id])


def _version(session: Session, application_id: int) -> int:
    return session.scalar(select(Application.version).where(Application.id == application_id)) or 0


def _user_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(User.id, User.full_name)).all())


def _check_label(code: str, document_id: int | None, documents: dict[int, str]) -> str:
    if code in CHECK_LABELS:
        return CHECK_LABELS[code]
    if document_id is not None and document_id in documents:
        return documents[document_id]
    return code


def _check_order(check: CheckView) -> tuple[int, int, int]:
    if check.code in AUTOMATIC_CHECKS:
        return (0, AUTOMATIC_CHECKS.index(check.code), 0)
    return (1, 0, check.document_id or 0)


__all__ = [
    "ApplicationDetail",
    "ApplicationRecords",
    "ApplicationRow",
    "ApplicationService",
    "CheckView",
    "IntegrationView",
    "PartnerView",
    "StatusChangeView",
]
