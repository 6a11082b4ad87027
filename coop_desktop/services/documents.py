"""The register of generated documents: every PDF the office prints for a call, an application, an
actor or a partnership, with its SHA-256 (to prove later which file was sent) and the protocol
number the office assigns when it sends it."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import aliased

from coop_desktop.db.engine import Database
from coop_desktop.db.models import Actor, Application, Call, GeneratedDocument, User
from coop_desktop.domain.enums import DocumentKind
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.validation import ValidationError
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import NotFoundError, ValidationErrors


@dataclass(frozen=True, slots=True)
class NewDocument:
    """A document just written, to record."""

    kind: DocumentKind
    file_name: str
    data: bytes
    call_id: int | None = None
    application_id: int | None = None
    actor_id: int | None = None
    partnership_id: int | None = None
    recipient: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentRecord:
    id: int
    kind: DocumentKind
    call_code: str | None
    protocol_of_application: str | None
    recipient: str | None
    created_at: datetime
    created_by: str | None
    file_name: str
    sha256: str
    protocol_number: str | None
    protocol_date: date | None


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class DocumentRegister:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    def record(self, documents: Sequence[NewDocument]) -> list[int]:
        """Record the documents in one transaction; returns their ids in the same order."""
        self._user.require(Permission.PRINT_DOCUMENTS)
        with self._db.transaction(self._user) as session:
            rows = [
                GeneratedDocument(
                    kind=d.kind,
                    file_name=d.file_name,
                    sha256=sha256_of(d.data),
                    call_id=d.call_id,
                    application_id=d.application_id,
                    actor_id=d.actor_id,
                    partnership_id=d.partnership_id,
                    recipient=d.recipient,
                    created_by_id=self._user.id,
                )
                for d in documents
            ]
            session.add_all(rows)
            session.flush()
            return [r.id for r in rows]

    def _listed(self, stmt: Select[tuple[GeneratedDocument]]) -> list[DocumentRecord]:
        self._user.require(Permission.VIEW_CALLS)
        author = aliased(User)
        query = (
            stmt.add_columns(Call.code, Application.protocol_number, author.full_name)
            .outerjoin(Call, Call.id == GeneratedDocument.call_id)
            .outerjoin(Application, Application.id == GeneratedDocument.application_id)
            .outerjoin(author, author.id == GeneratedDocument.created_by_id)
            .order_by(GeneratedDocument.created_at.desc(), GeneratedDocument.id.desc())
        )
        with self._db.reading() as session:
            return [
                DocumentRecord(
                    d.id,
                    d.kind,
                    code,
                    protocol,
                    d.recipient,
                    d.created_at,
                    name,
                    d.file_name,
                    d.sha256,
                    d.protocol_number,
                    d.protocol_date,
                )
                for d, code, protocol, name in session.execute(query)
            ]

    def for_application(self, application_id: int) -> list[DocumentRecord]:
        return self._listed(
            select(GeneratedDocument).where(GeneratedDocument.application_id == application_id)
        )

    def for_actor(self, actor_id: int) -> list[DocumentRecord]:
        """The actor's own documents and those of the applications it leads."""
        led = select(Application.id).where(Application.lead_actor_id == actor_id)
        return self._listed(
            select(GeneratedDocument).where(
                (GeneratedDocument.actor_id == actor_id) | GeneratedDocument.application_id.in_(led)
            )
        )

    def for_call(self, call_id: int) -> list[DocumentRecord]:
        return self._listed(select(GeneratedDocument).where(GeneratedDocument.call_id == call_id))

    def set_protocol(self, document_id: int, number: str, day: date | None) -> None:
        """The protocol number and date given when the document was sent (empty to clear them)."""
        self._user.require(Permission.PRINT_DOCUMENTS)
        number = number.strip()
        if number and day is None:
            raise ValidationErrors(
                [ValidationError("protocol_date", "Indica la data di protocollo.")],
                {"protocol_date": "Data di protocollo"},
            )
        with self._db.transaction(self._user) as session:
            document = session.get(GeneratedDocument, document_id)
            if document is None:
                raise NotFoundError("Il documento non è più nel registro.")
            document.protocol_number = number or None
            document.protocol_date = day if number else None


def recipient_of(actor: Actor) -> str:
    """How a letter names its addressee in the register: name and PEC when known."""
    return f"{actor.name} ({actor.pec})" if actor.pec else actor.name
