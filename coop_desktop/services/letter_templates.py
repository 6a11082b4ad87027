"""The letter templates as the office edits them: the shipped default of each letter, or the office's
version stored in the database (LetterTemplate), which «Ripristina predefinito» removes.

A template is checked before it is stored: both parts are rendered against invented data of every
field of its letter, so that a saved template always prints (an unknown field or a syntax error is
refused with the line, in Italian). Saving is refused when someone else saved or reset the same
letter since it was read (the version read: 0 for the default).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coop_desktop.db.engine import Database
from coop_desktop.db.models import LetterTemplate, User
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.validation import ValidationError
from coop_desktop.printing.letter_templates import (
    FIELDS,
    KIND_LABELS,
    MAX_TITLE,
    TEMPLATE_KINDS,
    LetterText,
    TemplateProblem,
    default_template,
    render_letter,
    sample_context,
)
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import ConcurrentEditError, ServiceError, ValidationErrors

FIELD_LABELS = {"title": "Oggetto", "body": "Testo", "kind": "Lettera"}
_STALE = (
    "Il modello di questa lettera è stato modificato (o ripristinato) da un altro utente dopo che l'hai "
    "aperto. Ricarica per vedere la versione attuale."
)


@dataclass(frozen=True, slots=True)
class TemplateData:
    kind: str
    label: str
    title: str
    body: str
    # The stored row's version; 0 while the shipped default is in use.
    version: int
    customised: bool
    updated_at: datetime | None = None
    updated_by: str | None = None


def current_templates(session: Session) -> dict[str, tuple[str, str]]:
    """(subject, body) of every letter: the office's version where there is one, else the default."""
    templates = {kind: default_template(kind) for kind in TEMPLATE_KINDS}
    for kind, title, body in session.execute(
        select(LetterTemplate.kind, LetterTemplate.title, LetterTemplate.body)
    ):
        if kind in templates:
            templates[kind] = (title, body)
    return templates


def check_template(kind: str, title: str, body: str) -> LetterText:
    """Render the template against the sample data of its letter; ValidationErrors (Italian, with
    the line) when it cannot be rendered."""
    errors = []
    if not title.strip():
        errors.append(ValidationError("title", "Scrivi l'oggetto della lettera."))
    elif "\n" in title.strip():
        errors.append(ValidationError("title", "L'oggetto sta su una riga sola."))
    elif len(title.strip()) > MAX_TITLE:
        errors.append(ValidationError("title", f"L'oggetto supera i {MAX_TITLE} caratteri."))
    if not body.strip():
        errors.append(ValidationError("body", "Il testo della lettera è vuoto."))
    if errors:
        raise ValidationErrors(errors, FIELD_LABELS)
    try:
        return render_letter(title.strip(), body, sample_context(kind), kind=kind)
    except TemplateProblem as exc:
        field = "title" if exc.part == "title" else "body"
        raise ValidationErrors([ValidationError(field, _sentence(exc))], FIELD_LABELS) from None


def _sentence(exc: TemplateProblem) -> str:
    text = exc.message[:1].upper() + exc.message[1:]
    return f"Riga {exc.line}: {exc.message}." if exc.line is not None else f"{text}."


class LetterTemplateService:
    def __init__(self, db: Database, user: CurrentUser) -> None:
        self._db = db
        self._user = user

    @property
    def can_edit(self) -> bool:
        return self._user.can(Permission.PRINT_DOCUMENTS)

    # -- reading ---------------------------------------------------------------------------------------

    def kinds(self) -> list[tuple[str, str]]:
        """(kind, Italian label) of every letter, in the editor's order."""
        return [(kind, KIND_LABELS[kind]) for kind in TEMPLATE_KINDS]

    def fields(self, kind: str) -> dict[str, str]:
        """The fields the letter offers: name → Italian description (plus `oggetto` in the body)."""
        self._check_kind(kind)
        return {"oggetto": "Oggetto della lettera, come scritto sopra (solo nel testo)", **FIELDS[kind]}

    def default(self, kind: str) -> TemplateData:
        self._check_kind(kind)
        title, body = default_template(kind)
        return TemplateData(kind, KIND_LABELS[kind], title, body, 0, False)

    def get(self, kind: str) -> TemplateData:
        """The office's version of the letter, or the default."""
        self._check_kind(kind)
        self._user.require(Permission.VIEW_CALLS)
        with self._db.reading() as session:
            row = session.execute(
                select(LetterTemplate, User.full_name)
                .outerjoin(User, User.id == LetterTemplate.updated_by_id)
                .where(LetterTemplate.kind == kind)
            ).first()
            if row is None:
                return self.default(kind)
            stored, author = row
            return TemplateData(
                kind,
                KIND_LABELS[kind],
                stored.title,
                stored.body,
                stored.version,
                True,
                stored.updated_at,
                author,
            )

    def customised(self) -> set[str]:
        """The letters the office has edited."""
        with self._db.reading() as session:
            return set(session.scalars(select(LetterTemplate.kind)))

    def sample(self, kind: str) -> dict[str, Any]:
        self._check_kind(kind)
        return sample_context(kind)

    def render(self, kind: str, title: str, body: str, context: Mapping[str, Any]) -> LetterText:
        """The letter as it would print with `context`; TemplateProblem (Italian) when it cannot."""
        self._check_kind(kind)
        return render_letter(title.strip(), body, context, kind=kind)

    def preview_applications(self, kind: str) -> list[tuple[int, str]]:
        """Applications of the database whose data suit the letter, for the preview: (id, label)."""
        self._check_kind(kind)
        if not self._user.can(Permission.VIEW_ALL_APPLICATIONS):
            return []
        from coop_desktop.printing.letters import preview_candidates

        return preview_candidates(self._db, kind)

    def preview_context(
        self, kind: str, application_id: int | None, *, today: date | None = None
    ) -> dict[str, Any]:
        """The fields filled from a real application, or the sample data when `application_id` is None."""
        self._check_kind(kind)
        if application_id is None:
            return sample_context(kind)
        self._user.require(Permission.VIEW_ALL_APPLICATIONS)
        from coop_desktop.printing.letters import preview_context

        return preview_context(self._db, self._user, application_id, kind, today=today)

    # -- writing ---------------------------------------------------------------------------------------

    def save(self, kind: str, title: str, body: str, version: int) -> TemplateData:
        """Check and store the office's version of the letter. `version` is the one read (0 for the
        default): ConcurrentEditError when it changed meanwhile; ValidationErrors when the template
        does not render. A template equal to the default is stored as the default (no row)."""
        self._user.require(Permission.PRINT_DOCUMENTS)
        self._check_kind(kind)
        title = title.strip()
        body = body.replace("\r\n", "\n").rstrip() + "\n"
        check_template(kind, title, body)
        default_title, default_body = default_template(kind)
        is_default = title == default_title and body.rstrip() == default_body.rstrip()
        try:
            with self._db.transaction(self._user) as session:
                stored = session.scalar(select(LetterTemplate).where(LetterTemplate.kind == kind))
                if (stored.version if stored is not None else 0) != version:
                    raise ConcurrentEditError(_STALE)
                if is_default:
                    if stored is not None:
                        session.delete(stored)
                    return self.default(kind)
                if stored is None:
                    stored = LetterTemplate(kind=kind, title=title, body=body, updated_by_id=self._user.id)
                    session.add(stored)
                else:
                    stored.title = title
                    stored.body = body
                    stored.updated_by_id = self._user.id
                session.flush()
                saved = TemplateData(
                    kind, KIND_LABELS[kind], title, body, stored.version, True, stored.updated_at, None
                )
        except StaleDataError as exc:
            raise ConcurrentEditError(_STALE) from exc
        return saved

    def reset(self, kind: str, version: int | None = None) -> TemplateData:
        """Back to the shipped default (the office's version is deleted). With `version`, refused when
        someone else changed the letter since it was read."""
        self._user.require(Permission.PRINT_DOCUMENTS)
        self._check_kind(kind)
        try:
            with self._db.transaction(self._user) as session:
                stored = session.scalar(select(LetterTemplate).where(LetterTemplate.kind == kind))
                if version is not None and (stored.version if stored is not None else 0) != version:
                    raise ConcurrentEditError(_STALE)
                if stored is not None:
                    session.delete(stored)
        except StaleDataError as exc:
            raise ConcurrentEditError(_STALE) from exc
        return self.default(kind)

    @staticmethod
    def _check_kind(kind: str) -> None:
        if kind not in FIELDS:
            raise ServiceError(f"Tipo di lettera sconosciuto «{kind}».")
