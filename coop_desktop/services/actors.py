"""Actors register: the paged list of the Soggetti tab and the record operations."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Select,
    and_,
    column,
    delete,
    func,
    intersect,
    or_,
    select,
    table,
    text,
    union_all,
    update,
)
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coop_desktop.db.audit import PendingEntry, append_entries
from coop_desktop.db.engine import Database
from coop_desktop.db.models import (
    Actor,
    ActorContact,
    ActorRegistration,
    Application,
    ApplicationPartner,
    Call,
    GeneratedDocument,
    GovernanceBody,
    Membership,
    Partnership,
    PartnershipPartner,
)
from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.actor_rules import ACTOR_FIELD_LABELS, ActorInput, CleanActor, validate_actor
from coop_desktop.domain.enums import ActorType, AuditAction
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.text import fold
from coop_desktop.domain.validation import ValidationError
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import (
    ConcurrentEditError,
    InUseError,
    NotFoundError,
    ServiceError,
    ValidationErrors,
)
from coop_desktop.services.listing import ListQuery, apply_sort, count_rows, like_pattern


@dataclass(frozen=True, slots=True)
class ActorRow:
    id: int
    name: str
    actor_type: ActorType
    tax_code: str | None
    municipality: str | None
    province: str | None
    email: str | None
    pec: str | None
    applications: int
    funds_received: Decimal
    is_archived: bool


# FTS5 tables made by migrations 0002 and 0004 (SQLite only), outside the ORM metadata: every
# actor, and the archived ones only.
_TRIGRAMS = table("actors_fts", column("rowid"))
_WORDS = table("actors_words", column("rowid"))
_ARCHIVED_TRIGRAMS = table("actors_archived_fts", column("rowid"))
_ARCHIVED_WORDS = table("actors_archived_words", column("rowid"))


def _fts_quote(word: str) -> str:
    return '"' + word.replace('"', '""') + '"'


def _prefix_token(word: str) -> str:
    # The word-prefix index splits a short query word as it splits the text: "l'" is "l".
    return "".join(ch for ch in word if ch.isalnum())


def _glob_literal(word: str) -> str:
    return "".join(f"[{ch}]" if ch in "*?[" else ch for ch in word)


# What the word index (unicode61) counts as part of a word, in a GLOB class: ASCII letters and
# digits (search_text is folded to lower case) and every non-ASCII character.
_WORD_CHARS = "a-z0-9\u0080-\U0010ffff"


def _row_match(word: str) -> ColumnElement[bool]:
    """The test the search indexes make, on one row's search_text: used where reading the rows in
    list order is cheaper than reading the index (words that match most of the register)."""
    if len(word) >= 3 or not any(ch.isalnum() for ch in word):
        return Actor.search_text.like(like_pattern(word), escape="\\")
    token = _glob_literal(_prefix_token(word))
    glob = Actor.search_text.op("GLOB", is_comparison=True)
    plain = _prefix_token(word)
    # instr() first: a cheap substring test that spares most rows the slower GLOB pair.
    return and_(
        func.instr(Actor.search_text, plain) > 0,
        or_(glob(f"{token}*"), glob(f"*[^{_WORD_CHARS}]{token}*")),
    )


@dataclass(frozen=True)
class _Search:
    """The words of a search split by the SQLite index that answers them."""

    long: tuple[str, ...]  # 3+ characters: substrings, trigram index
    short: tuple[str, ...]  # 1–2 characters: word starts, word-prefix index
    other: tuple[str, ...]  # punctuation only: nothing indexed

    @classmethod
    def of(cls, words: Sequence[str]) -> _Search:
        return cls(
            tuple(w for w in words if len(w) >= 3),
            tuple(w for w in words if len(w) < 3 and any(ch.isalnum() for ch in w)),
            tuple(w for w in words if len(w) < 3 and not any(ch.isalnum() for ch in w)),
        )

    def index_queries(self, *, archived_only: bool = False) -> list[Select[Any]]:
        """One rowid query per index involved, all the words of that index AND-ed."""
        trigrams, words = (_ARCHIVED_TRIGRAMS, _ARCHIVED_WORDS) if archived_only else (_TRIGRAMS, _WORDS)
        queries = []
        if self.long:
            match = text(f"{trigrams.name} MATCH :trigrams").bindparams(
                trigrams=" AND ".join(_fts_quote(w) for w in self.long)
            )
            queries.append(select(trigrams.c.rowid).where(match))
        if self.short:
            match = text(f"{words.name} MATCH :prefixes").bindparams(
                prefixes=" AND ".join(_fts_quote(_prefix_token(w)) + "*" for w in self.short)
            )
            queries.append(select(words.c.rowid).where(match))
        return queries

    def row_conditions(self) -> list[ColumnElement[bool]]:
        return [_row_match(w) for w in (*self.long, *self.short, *self.other)]


def _postgres_text_filter(stmt: Select[Any], words: list[str]) -> Select[Any]:
    """The same semantics as on SQLite: the pg_trgm GIN index serves LIKE for 3+ characters;
    shorter words match the start of a word."""
    for word in words:
        if len(word) >= 3 or not any(ch.isalnum() for ch in word):
            stmt = stmt.where(Actor.search_text.like(like_pattern(word), escape="\\"))
        else:
            token = re.escape(_prefix_token(word))
            stmt = stmt.where(Actor.search_text.regexp_match(f"(^|[^[:alnum:]]){token}"))
    return stmt


_SORTABLE: dict[str, ColumnElement[Any]] = {
    "name": Actor.name,
    "actor_type": Actor.actor_type,
    "tax_code": Actor.tax_code,
    "municipality": Actor.municipality,
    "province": Actor.province,
    "email": Actor.email,
    "pec": Actor.pec,
    "applications": Actor.applications_count,
    "funds_received": Actor.funds_received_cents,
}


# Above this many index matches a page is found faster by reading the register in list order
# and testing each row (a common word matches one row in a few) than by reading every match.
_DENSE_MATCHES = 15_000
_DENSE_SHORT_MATCHES = 6_000
_COLUMNS = (
    Actor.id,
    Actor.name,
    Actor.actor_type,
    Actor.tax_code,
    Actor.municipality,
    Actor.province,
    Actor.email,
    Actor.pec,
    Actor.applications_count,
    Actor.funds_received_cents,
    Actor.is_archived,
)


def _unindexed(expr: ColumnElement[Any]) -> ColumnElement[Any]:
    """The same value, hidden from SQLite's index choice so that it drives the query from the
    search index's rowids instead of walking a whole column index."""
    return func.coalesce(expr, expr)


class ActorService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user
        # Matches of recent searches: only a hint for the plan of fetch(), so it may be stale.
        self._match_counts: dict[_Search, int] = {}

    def _filters(self, stmt: Select[Any], query: ListQuery, *, from_rowids: bool = False) -> Select[Any]:
        filters = query.filters
        wrap = _unindexed if from_rowids else (lambda e: e)
        # archived: False (default) active only, True archived only, None both.
        archived = filters.get("archived", False)
        if archived is not None:
            stmt = stmt.where(wrap(Actor.is_archived).is_(bool(archived)))
        if filters.get("actor_type"):
            stmt = stmt.where(wrap(Actor.actor_type) == ActorType(filters["actor_type"]))
        if filters.get("province"):
            stmt = stmt.where(wrap(Actor.province) == str(filters["province"]).upper())
        if filters.get("body_id"):
            stmt = stmt.where(
                Actor.id.in_(select(Membership.actor_id).where(Membership.body_id == filters["body_id"]))
            )
        return stmt

    def _search(self, query: ListQuery) -> _Search | None:
        """The SQLite search of the query's words; None where the generic path serves."""
        words = fold(query.text).split()
        if not (words and self._db.is_sqlite):
            return None
        search = _Search.of(words)
        # Punctuation alone has no index to ask: the generic path compares the text directly.
        return search if search.long or search.short else None

    def _matches(self, search: _Search, *, archived_only: bool = False) -> Select[Any]:
        """Rowids matching every indexed word: one index's query, or the intersection of both."""
        queries = search.index_queries(archived_only=archived_only)
        if len(queries) == 1:
            return queries[0]
        return select(intersect(*queries).subquery().c[0])

    def _count_matches(self, session: Session, search: _Search, *, archived_only: bool = False) -> int:
        matches = self._matches(search, archived_only=archived_only).subquery()
        n = session.execute(select(func.count()).select_from(matches)).scalar_one()
        if not archived_only:
            if len(self._match_counts) > 256:
                self._match_counts.clear()
            self._match_counts[search] = n
        return n

    def _from_rowids(self, stmt: Select[Any], query: ListQuery, search: _Search) -> Select[Any]:
        """The matching rows read by rowid, then filtered; SQLite is kept off the column indexes."""
        stmt = stmt.where(
            Actor.id.in_(self._matches(search)), *_Search((), (), search.other).row_conditions()
        )
        return self._filters(stmt, query, from_rowids=True)

    def _generic(self, query: ListQuery) -> Select[Any]:
        words = fold(query.text).split()
        stmt = select(Actor.id)
        if self._db.is_sqlite:
            stmt = stmt.where(*_Search.of(words).row_conditions())
        else:
            stmt = _postgres_text_filter(stmt, words)
        return self._filters(stmt, query)

    def count(self, query: ListQuery) -> int:
        self._user.require(Permission.VIEW_ACTORS)
        search = self._search(query)
        with self._db.reading() as session:
            if search is None:
                return count_rows(session, self._generic(query))
            matched = self._count_matches(session, search)
            plain = not any(query.filters.get(k) for k in ("actor_type", "province", "body_id"))
            if plain and not search.other:
                # The indexes answer alone: matches among all actors and among the archived ones.
                flag = query.filters.get("archived", False)
                if flag is None:
                    return matched
                archived = self._count_matches(session, search, archived_only=True)
                return archived if flag else matched - archived
            return count_rows(session, self._from_rowids(select(Actor.id), query, search))

    def fetch(self, query: ListQuery, offset: int, limit: int) -> Sequence[ActorRow]:
        self._user.require(Permission.VIEW_ACTORS)
        search = self._search(query)
        with self._db.reading() as session:
            if search is None:
                stmt = self._generic(query).with_only_columns(*_COLUMNS)
                stmt = apply_sort(stmt, query, _SORTABLE, (Actor.name,), Actor.id)
            else:
                # How many rows match is known from count(), which the list asks first.
                matched = self._match_counts.get(search)
                if matched is None:
                    matched = self._count_matches(session, search)
                # Two indexes: reading the matches means intersecting both sets first, so the
                # register read in list order wins sooner.
                dense = _DENSE_MATCHES // 4 if search.long and search.short else _DENSE_MATCHES
                if search.short and not search.long:
                    # Word starts are spread through the register (names, towns, e-mails): the
                    # list-order walk finds a page after a few hundred rows.
                    dense = _DENSE_SHORT_MATCHES
                if matched > dense:
                    stmt = select(*_COLUMNS).where(*search.row_conditions())
                    stmt = apply_sort(self._filters(stmt, query), query, _SORTABLE, (Actor.name,), Actor.id)
                else:
                    stmt = self._from_rowids(select(*_COLUMNS), query, search)
                    sortable = {k: _unindexed(v) for k, v in _SORTABLE.items()}
                    stmt = apply_sort(stmt, query, sortable, (_unindexed(Actor.name),), Actor.id)
            rows = session.execute(stmt.offset(offset).limit(limit))
            return [ActorRow(*row[:9], Decimal(row[9]).scaleb(-2), row[10]) for row in rows]


@dataclass(frozen=True)
class ContactData:
    name: str
    role: str | None = None
    email: str | None = None
    phone: str | None = None


@dataclass(frozen=True)
class ActorHistoryItem:
    """One line of the read-only history of a record (application, partnership or letter)."""

    kind: str
    reference: str
    title: str
    status: str
    amount: Decimal | None
    on: date | None


@dataclass(frozen=True)
class ActorDetail:
    id: int
    version: int
    data: ActorInput
    is_archived: bool
    contacts: list[ContactData]
    memberships: list[str]
    applications: list[ActorHistoryItem]
    partnerships: list[ActorHistoryItem]
    letters: list[ActorHistoryItem]


def _as_input(actor: Actor) -> ActorInput:
    return ActorInput(
        **{
            key: ("" if getattr(actor, key) is None else str(getattr(actor, key)))
            for key in ACTOR_FIELD_LABELS
            if key != "actor_type"
        },
        actor_type=actor.actor_type.value,
    )


def _checked(data: ActorInput) -> CleanActor:
    result = validate_actor(data)
    if result.value is None:
        raise ValidationErrors(result.errors, ACTOR_FIELD_LABELS)
    return result.value


def _duplicate_error(session: Session, tax_code: str | None, exclude_id: int | None) -> None:
    if tax_code is None:
        return
    stmt = select(Actor.name).where(Actor.tax_code == tax_code)
    if exclude_id is not None:
        stmt = stmt.where(Actor.id != exclude_id)
    existing = session.scalar(stmt)
    if existing is not None:
        raise ValidationErrors(
            [ValidationError("tax_code", f"Il codice fiscale {tax_code} è già registrato per «{existing}».")],
            ACTOR_FIELD_LABELS,
        )


class ActorRecords:
    """Create, edit, archive, delete and merge actors: each call one transaction."""

    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    @property
    def user(self) -> CurrentUser:
        return self._user

    def get(self, actor_id: int) -> ActorDetail:
        self._user.require(Permission.VIEW_ACTORS)
        with self._db.reading() as session:
            actor = session.get(Actor, actor_id)
            if actor is None:
                raise NotFoundError("Il soggetto non esiste più: potrebbe essere stato unito a un altro.")
            memberships = [
                f"{body.name}" + (f" ({m.role})" if m.role else "")
                for m, body in session.execute(
                    select(Membership, GovernanceBody)
                    .join(GovernanceBody, GovernanceBody.id == Membership.body_id)
                    .where(Membership.actor_id == actor_id)
                    .order_by(GovernanceBody.name)
                )
            ]
            applications = [
                ActorHistoryItem(
                    "domanda",
                    f"{code} / {app.protocol_number}",
                    app.title,
                    app.status.label,
                    app.granted_amount,
                    app.protocol_date,
                )
                for app, code in session.execute(
                    select(Application, Call.code)
                    .join(Call, Call.id == Application.call_id)
                    .where(
                        (Application.lead_actor_id == actor_id)
                        | Application.id.in_(
                            select(ApplicationPartner.application_id).where(
                                ApplicationPartner.actor_id == actor_id
                            )
                        )
                    )
                    .order_by(Application.protocol_date.desc())
                )
            ]
            partnerships = [
                ActorHistoryItem(
                    "partenariato",
                    p.call_reference or "",
                    p.title,
                    p.status.label,
                    p.total_budget,
                    p.start_date,
                )
                for p in session.scalars(
                    select(Partnership)
                    .join(PartnershipPartner, PartnershipPartner.partnership_id == Partnership.id)
                    .where(PartnershipPartner.actor_id == actor_id)
                    .order_by(Partnership.title)
                )
            ]
            letters = [
                ActorHistoryItem(
                    "lettera", d.protocol_number or "", d.file_name, d.kind.label, None, d.created_at.date()
                )
                for d in session.scalars(
                    select(GeneratedDocument)
                    .where(GeneratedDocument.actor_id == actor_id)
                    .order_by(GeneratedDocument.created_at.desc())
                )
            ]
            return ActorDetail(
                id=actor.id,
                version=actor.version,
                data=_as_input(actor),
                is_archived=actor.is_archived,
                contacts=[ContactData(c.name, c.role, c.email, c.phone) for c in actor.contacts],
                memberships=memberships,
                applications=applications,
                partnerships=partnerships,
                letters=letters,
            )

    def create(self, data: ActorInput, contacts: Sequence[ContactData] = ()) -> int:
        self._user.require(Permission.EDIT_ACTORS)
        clean = _checked(data)
        with self._db.transaction(self._user) as session:
            _duplicate_error(session, clean.tax_code, None)
            actor = Actor(**vars(clean))
            actor.contacts = [ActorContact(**vars(c)) for c in contacts]
            session.add(actor)
            session.flush()
            return actor.id

    def update(
        self, actor_id: int, version: int, data: ActorInput, contacts: Sequence[ContactData] | None = None
    ) -> int:
        """Save the form; refused if the record changed after `version` was read. Returns the new version."""
        self._user.require(Permission.EDIT_ACTORS)
        clean = _checked(data)
        try:
            with self._db.transaction(self._user) as session:
                actor = session.get(Actor, actor_id)
                if actor is None:
                    raise NotFoundError("Il soggetto non esiste più: potrebbe essere stato unito a un altro.")
                if actor.version != version:
                    raise ConcurrentEditError(_STALE)
                _duplicate_error(session, clean.tax_code, actor_id)
                for key, value in vars(clean).items():
                    setattr(actor, key, value)
                if contacts is not None:
                    actor.contacts = [ActorContact(**vars(c)) for c in contacts]
                    actor.updated_at = utcnow()  # a contacts-only change still bumps the version
                session.flush()
                return actor.version
        except StaleDataError as exc:
            raise ConcurrentEditError(_STALE) from exc

    def set_archived(self, actor_id: int, archived: bool) -> None:
        self._user.require(Permission.EDIT_ACTORS)
        with self._db.transaction(self._user) as session:
            actor = session.get(Actor, actor_id)
            if actor is None:
                raise NotFoundError("Il soggetto non esiste più.")
            actor.is_archived = archived

    def delete(self, actor_id: int) -> None:
        """Delete an unreferenced actor; one in applications or partnerships can only be archived."""
        self._user.require(Permission.EDIT_ACTORS)
        with self._db.transaction(self._user) as session:
            actor = session.get(Actor, actor_id)
            if actor is None:
                raise NotFoundError("Il soggetto non esiste più.")
            used = session.scalar(
                select(func.count()).select_from(
                    union_all(
                        select(Application.id).where(Application.lead_actor_id == actor_id),
                        select(ApplicationPartner.id).where(ApplicationPartner.actor_id == actor_id),
                        select(PartnershipPartner.id).where(PartnershipPartner.actor_id == actor_id),
                    ).subquery()
                )
            )
            if used:
                raise InUseError(
                    f"«{actor.name}» compare in domande o partenariati: non può essere eliminato, "
                    "solo archiviato."
                )
            # Through the ORM, so that the audit trail keeps each membership removed.
            for membership in session.scalars(select(Membership).where(Membership.actor_id == actor_id)):
                session.delete(membership)
            session.delete(actor)

    def merge(self, survivor_id: int, duplicate_id: int) -> dict[str, int]:
        """Move everything of `duplicate_id` to `survivor_id`, then archive the duplicate as merged."""
        if survivor_id == duplicate_id:
            raise ServiceError("Scegli due soggetti diversi da unire.")
        self._user.require(Permission.EDIT_ACTORS)
        with self._db.transaction(self._user) as session:
            survivor = session.get(Actor, survivor_id)
            duplicate = session.get(Actor, duplicate_id)
            if survivor is None or duplicate is None:
                raise NotFoundError("Uno dei due soggetti non esiste più.")
            moved: dict[str, int] = {}

            def move(label: str, stmt: Any) -> None:
                moved[label] = session.execute(stmt).rowcount or 0

            move(
                "domande",
                update(Application)
                .where(Application.lead_actor_id == duplicate_id)
                .values(lead_actor_id=survivor_id),
            )
            move(
                "partner di domande",
                update(ApplicationPartner)
                .where(ApplicationPartner.actor_id == duplicate_id)
                .values(actor_id=survivor_id),
            )
            move(
                "partenariati",
                update(PartnershipPartner)
                .where(PartnershipPartner.actor_id == duplicate_id)
                .values(actor_id=survivor_id),
            )
            move(
                "contatti",
                update(ActorContact)
                .where(ActorContact.actor_id == duplicate_id)
                .values(actor_id=survivor_id),
            )
            move(
                "registrazioni",
                update(ActorRegistration)
                .where(ActorRegistration.actor_id == duplicate_id)
                .values(actor_id=survivor_id),
            )
            move(
                "documenti",
                update(GeneratedDocument)
                .where(GeneratedDocument.actor_id == duplicate_id)
                .values(actor_id=survivor_id),
            )
            # A membership the survivor already has would break the (body, actor) key: drop the copy.
            held = select(Membership.body_id).where(Membership.actor_id == survivor_id)
            session.execute(
                delete(Membership).where(Membership.actor_id == duplicate_id, Membership.body_id.in_(held))
            )
            move(
                "appartenenze",
                update(Membership).where(Membership.actor_id == duplicate_id).values(actor_id=survivor_id),
            )
            session.expire_all()
            duplicate = session.get(Actor, duplicate_id)
            assert duplicate is not None
            # The code is unique: the merged record gives it up so the survivor keeps the only copy.
            duplicate.tax_code = None
            duplicate.is_archived = True
            duplicate.merged_into_id = survivor_id
            duplicate.notes = ((duplicate.notes or "") + f"\nUnito al soggetto n. {survivor_id}.").strip()
            # The rows moved by the bulk updates above, logged on the survivor.
            changes = {"unito_da": [None, str(duplicate_id)]} | {
                label: [None, str(n)] for label, n in moved.items() if n
            }
            append_entries(
                session.connection(),
                self._user,
                [PendingEntry("actors", str(survivor_id), AuditAction.UPDATE, changes)],
            )
            return moved


_STALE = (
    "Il soggetto è stato modificato da un altro utente dopo l'apertura della scheda: "
    "ricarica per vedere la versione attuale prima di salvare."
)
