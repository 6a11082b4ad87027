"""Local accounts: first administrator, login with lock-out, passwords, and the administrator's user list.

Passwords are kept only as argon2id hashes (argon2-cffi). After LOCK_AFTER consecutive failures an
account refuses logins for a delay that doubles with each further failure, up to LOCK_MAX; a login
with an unknown, disabled or password-less username gets the same message as a wrong password.

Login bookkeeping (failed_logins, locked_until, last_login_at, and the rehash of an outdated hash) is
written with a Core UPDATE: it neither bumps the record's version, so an administrator editing the
account meanwhile is not told someone else changed it, nor adds entries to the audit trail.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Table, func, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from coop_desktop.db.engine import Database
from coop_desktop.db.models import User
from coop_desktop.db.models.base import utcnow
from coop_desktop.domain.enums import UserRole
from coop_desktop.domain.passwords import check_password
from coop_desktop.domain.permissions import Permission
from coop_desktop.domain.validation import ValidationError, check_email
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.errors import (
    ConcurrentEditError,
    NotFoundError,
    ServiceError,
    ValidationErrors,
)

# The hasher of new hashes, and the parameters an existing hash is upgraded to at the next login.
# argon2-cffi's defaults (RFC 9106, low-memory profile) take tens of milliseconds by design; tests
# replace this with cheap parameters.
PASSWORD_HASHER = PasswordHasher()

LOCK_AFTER = 5
LOCK_FIRST = timedelta(seconds=30)
LOCK_MAX = timedelta(minutes=15)

USERNAME_MIN, USERNAME_MAX = 3, 64
FULL_NAME_MAX = 200  # users.full_name
EMAIL_MAX = 254  # users.email
_USERNAME = re.compile(r"[a-z0-9._-]+")

GENERIC_FAILURE = "Nome utente o password non validi."

FIELD_LABELS = {
    "username": "Nome utente",
    "full_name": "Nome e cognome",
    "email": "E-mail",
    "role": "Ruolo",
    "password": "Password",
    "old_password": "Password attuale",
    "new_password": "Nuova password",
}

USERS_TABLE: Table = User.__table__  # type: ignore[assignment]

Clock = Callable[[], datetime]


class LoginRefused(ServiceError):
    """The login did not succeed; the message says why in Italian (and how long to wait, if locked)."""

    def __init__(self, message: str, wait_seconds: int | None = None) -> None:
        super().__init__(message)
        self.wait_seconds = wait_seconds


@dataclass(frozen=True)
class UserRow:
    id: int
    username: str
    full_name: str
    email: str
    role: UserRole
    is_active: bool
    has_password: bool
    last_login_at: datetime | None
    locked_until: datetime | None
    version: int

    @property
    def role_label(self) -> str:
        return self.role.label

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "username": self.username,
            "full_name": self.full_name,
            "email": self.email,
            "role": self.role.value,
            "active": self.is_active,
            "has_password": self.has_password,
            "last_login_at": self.last_login_at.isoformat() if self.last_login_at else None,
            "locked_until": self.locked_until.isoformat() if self.locked_until else None,
        }


def _row(user: User) -> UserRow:
    return UserRow(
        id=user.id,
        username=user.username,
        full_name=user.full_name,
        email=user.email or "",
        role=user.role,
        is_active=user.is_active,
        has_password=user.password_hash is not None,
        last_login_at=user.last_login_at,
        locked_until=user.locked_until,
        version=user.version,
    )


def normalize_username(username: str) -> str:
    return username.strip().lower()


def check_username(username: str) -> str | None:
    """An Italian message when the (normalised) username is not acceptable, else None."""
    if not USERNAME_MIN <= len(username) <= USERNAME_MAX:
        return f"Il nome utente deve avere da {USERNAME_MIN} a {USERNAME_MAX} caratteri."
    if not _USERNAME.fullmatch(username):
        return "Il nome utente può contenere solo lettere senza accenti, cifre e i segni . _ -"
    return None


def hash_password(password: str) -> str:
    return PASSWORD_HASHER.hash(password)


def lock_delay(failures: int) -> timedelta:
    """How long an account stays locked after `failures` consecutive failures (zero below LOCK_AFTER)."""
    if failures < LOCK_AFTER:
        return timedelta(0)
    return min(LOCK_FIRST * 2 ** min(failures - LOCK_AFTER, 16), LOCK_MAX)


def wait_text(seconds: int) -> str:
    """ "30 secondi", "1 minuto", "2 minuti e 5 secondi"."""
    minutes, rest = divmod(max(seconds, 1), 60)
    parts = []
    if minutes:
        parts.append("1 minuto" if minutes == 1 else f"{minutes} minuti")
    if rest:
        parts.append("1 secondo" if rest == 1 else f"{rest} secondi")
    return " e ".join(parts)


def _locked_message(seconds: int) -> str:
    return f"Troppi tentativi non riusciti: l'accesso è bloccato. Riprova tra {wait_text(seconds)}."


class UserService:
    """Accounts of one database, acting for `user` (the audit trail names them on every write)."""

    def __init__(
        self,
        db: Database,
        user: CurrentUser,
        *,
        hasher: PasswordHasher | None = None,
        clock: Clock = utcnow,
    ) -> None:
        self._db = db
        self._user = user
        self._hasher = hasher
        self._clock = clock

    @property
    def hasher(self) -> PasswordHasher:
        # Read at each use, so that a replaced PASSWORD_HASHER (tests) applies to services built earlier.
        return self._hasher or PASSWORD_HASHER

    # -- first start and login ---------------------------------------------------------------------

    def needs_first_admin(self) -> bool:
        """True when no active administrator with a password exists: nobody could manage the accounts."""
        with self._db.reading() as session:
            return _active_admins(session) == 0

    def create_first_admin(self, username: str, full_name: str, password: str) -> CurrentUser:
        """Create the administrator on a database that has none, and return them logged in."""
        username = normalize_username(username)
        full_name = " ".join(full_name.split())
        errors = _account_errors(username, full_name, "") + _password_errors("password", password, username)
        if errors:
            raise ValidationErrors(errors, FIELD_LABELS)
        if self._db.read_only:
            raise ServiceError(
                "Il database è aperto in sola lettura: l'amministratore si potrà creare quando "
                "il database non sarà più in uso da un'altra istanza di Coop Desktop."
            )
        # The new administrator is who the audit trail names: nobody else was logged in.
        creator = CurrentUser(None, username, full_name, UserRole.AMMINISTRATORE)
        with self._db.transaction(creator) as session:
            if _active_admins(session):
                raise ServiceError(
                    "Esiste già un amministratore: accedi con il suo nome utente e la sua password."
                )
            _require_free_username(session, username)
            admin = User(
                username=username,
                full_name=full_name,
                role=UserRole.AMMINISTRATORE,
                password_hash=self.hasher.hash(password),
                is_active=True,
                last_login_at=self._clock(),
            )
            session.add(admin)
            session.flush()
            return CurrentUser(admin.id, admin.username, admin.full_name, admin.role)

    def authenticate(self, username: str, password: str) -> CurrentUser:
        """The account's user when the password is right; otherwise LoginRefused (in Italian)."""
        username = normalize_username(username)
        now = self._clock()
        # A database opened read-only (in use by another instance) records nothing: logins still work.
        record = not self._db.read_only
        refusal: LoginRefused | None = None
        with self._db.transaction(self._user) as session:
            user = session.scalars(select(User).where(User.username == username)).one_or_none()
            if user is None or not user.is_active or user.password_hash is None:
                self._spend_verification(password)  # the same time as a real check: no hint either way
                raise LoginRefused(GENERIC_FAILURE)
            if user.locked_until is not None and user.locked_until > now:
                wait = math.ceil((user.locked_until - now).total_seconds())
                raise LoginRefused(_locked_message(wait), wait)
            if not self._verify(user.password_hash, password):
                failures = user.failed_logins + 1
                delay = lock_delay(failures) if record else timedelta(0)
                values: dict[str, object] = {"failed_logins": failures}
                if delay:
                    values["locked_until"] = now + delay
                    wait = int(delay.total_seconds())
                    refusal = LoginRefused(f"{GENERIC_FAILURE} {_locked_message(wait)}", wait)
                else:
                    refusal = LoginRefused(GENERIC_FAILURE)
                if record:
                    _bookkeeping(session, user.id, values)
            else:
                values = {"failed_logins": 0, "locked_until": None, "last_login_at": now}
                if self.hasher.check_needs_rehash(user.password_hash):
                    values["password_hash"] = self.hasher.hash(password)
                if record:
                    _bookkeeping(session, user.id, values)
                logged_in = CurrentUser(user.id, user.username, user.full_name, user.role)
        # Raised after the commit: the failure count must be stored, not rolled back with the refusal.
        if refusal is not None:
            raise refusal
        return logged_in

    def _verify(self, password_hash: str, password: str) -> bool:
        try:
            return self.hasher.verify(password_hash, password)
        except (VerificationError, InvalidHashError):
            return False

    def _spend_verification(self, password: str) -> None:
        self._verify(self._dummy_hash(), password)

    def _dummy_hash(self) -> str:
        hasher = self.hasher
        cached = _DUMMY_HASHES.get(id(hasher))
        if cached is None or cached[0] is not hasher:
            cached = _DUMMY_HASHES[id(hasher)] = (hasher, hasher.hash("coop-desktop: nessun utente"))
        return cached[1]

    def change_password(self, old_password: str, new_password: str) -> None:
        """Change the logged-in user's own password, after checking the current one."""
        if self._user.id is None:
            raise ServiceError("Questo utente non ha un account con una password da cambiare.")
        with self._db.transaction(self._user) as session:
            user = session.get(User, self._user.id)
            if user is None or not user.is_active:
                raise NotFoundError("Il tuo account non esiste più o è stato disattivato.")
            errors: list[ValidationError] = []
            if user.password_hash is None or not self._verify(user.password_hash, old_password):
                errors.append(ValidationError("old_password", "La password attuale non è corretta."))
            errors += _password_errors("new_password", new_password, user.username)
            if not errors and new_password == old_password:
                errors.append(ValidationError("new_password", _SAME_PASSWORD))
            if errors:
                raise ValidationErrors(errors, FIELD_LABELS)
            user.password_hash = self.hasher.hash(new_password)

    # -- the administrator's operations ------------------------------------------------------------

    def list_users(self) -> list[UserRow]:
        self._user.require(Permission.MANAGE_USERS)
        with self._db.reading() as session:
            return [_row(u) for u in session.scalars(select(User).order_by(User.username))]

    def committee_candidates(self) -> list[UserRow]:
        """Active evaluator accounts, by name: whom a call's committee is chosen from (call editors)."""
        self._user.require(Permission.EDIT_CALLS)
        stmt = (
            select(User)
            .where(User.role == UserRole.VALUTATORE, User.is_active.is_(True))
            .order_by(User.full_name, User.username)
        )
        with self._db.reading() as session:
            return [_row(u) for u in session.scalars(stmt)]

    def get_user(self, user_id: int) -> UserRow:
        self._user.require(Permission.MANAGE_USERS)
        with self._db.reading() as session:
            return _row(_get(session, user_id))

    def find_user(self, username: str) -> UserRow:
        """The account named `username` (any case); NotFoundError if there is none."""
        self._user.require(Permission.MANAGE_USERS)
        name = normalize_username(username)
        with self._db.reading() as session:
            user = session.scalars(select(User).where(User.username == name)).one_or_none()
            if user is None:
                raise NotFoundError(f"Non esiste un utente «{name}».")
            return _row(user)

    def create_user(
        self, username: str, full_name: str, role: UserRole, email: str = "", password: str | None = None
    ) -> UserRow:
        """A new active account; with password=None it cannot log in until the password is reset."""
        self._user.require(Permission.MANAGE_USERS)
        username = normalize_username(username)
        full_name = " ".join(full_name.split())
        email = email.strip()
        errors = _account_errors(username, full_name, email)
        if password is not None:
            errors += _password_errors("password", password, username)
        if errors:
            raise ValidationErrors(errors, FIELD_LABELS)
        with self._db.transaction(self._user) as session:
            _require_free_username(session, username)
            user = User(
                username=username,
                full_name=full_name,
                email=email or None,
                role=UserRole(role),
                password_hash=None if password is None else self.hasher.hash(password),
                is_active=True,
            )
            session.add(user)
            session.flush()
            return _row(user)

    def update_user(self, user_id: int, version: int, full_name: str, email: str, role: UserRole) -> UserRow:
        """Change name, e-mail and role of the account read at `version` (ConcurrentEditError if stale)."""
        self._user.require(Permission.MANAGE_USERS)
        full_name = " ".join(full_name.split())
        email = email.strip()
        role = UserRole(role)
        errors = _account_errors(None, full_name, email)
        if errors:
            raise ValidationErrors(errors, FIELD_LABELS)
        try:
            with self._db.transaction(self._user) as session:
                user = _get(session, user_id)
                if user.version != version:
                    raise ConcurrentEditError(_STALE)
                if user.role is UserRole.AMMINISTRATORE and role is not UserRole.AMMINISTRATORE:
                    if user.id == self._user.id:
                        raise ServiceError("Non puoi togliere a te stesso il ruolo di amministratore.")
                    self._keep_an_admin(session, user)
                user.full_name, user.email, user.role = full_name, email or None, role
                session.flush()
                return _row(user)
        except StaleDataError as exc:
            raise ConcurrentEditError(_STALE) from exc

    def reset_password(self, user_id: int, new_password: str) -> None:
        """Set another password for the account and lift any lock-out."""
        self._user.require(Permission.MANAGE_USERS)
        with self._db.transaction(self._user) as session:
            user = _get(session, user_id)
            errors = _password_errors("new_password", new_password, user.username)
            if errors:
                raise ValidationErrors(errors, FIELD_LABELS)
            user.password_hash = self.hasher.hash(new_password)
            user.failed_logins = 0
            user.locked_until = None

    def set_active(self, user_id: int, active: bool) -> UserRow:
        """Enable or disable the account; the last administrator and yourself cannot be disabled."""
        self._user.require(Permission.MANAGE_USERS)
        with self._db.transaction(self._user) as session:
            user = _get(session, user_id)
            if not active and user.is_active:
                if user.id == self._user.id:
                    raise ServiceError("Non puoi disattivare il tuo stesso account.")
                if user.role is UserRole.AMMINISTRATORE:
                    self._keep_an_admin(session, user)
            if active and not user.is_active:
                # A fresh start: old failures from before the account was disabled no longer count.
                user.failed_logins = 0
                user.locked_until = None
            user.is_active = active
            session.flush()
            return _row(user)

    @staticmethod
    def _keep_an_admin(session: Session, leaving: User) -> None:
        """Refuse when `leaving` is the only active administrator who can log in."""
        if leaving.is_active and leaving.password_hash is not None and _active_admins(session) <= 1:
            raise ServiceError(
                f"«{leaving.username}» è l'unico amministratore attivo: "
                "prima abilita o crea un altro amministratore."
            )


_SAME_PASSWORD = "La nuova password deve essere diversa da quella attuale."
_STALE = (
    "L'utente è stato modificato da un altro amministratore dopo l'apertura della finestra. "
    "Ricarica per vedere la versione attuale."
)

# One dummy hash per hasher (its parameters decide how long a verification takes).
_DUMMY_HASHES: dict[int, tuple[PasswordHasher, str]] = {}


def _active_admins(session: Session) -> int:
    return (
        session.scalar(
            select(func.count(User.id)).where(
                User.role == UserRole.AMMINISTRATORE,
                User.is_active.is_(True),
                User.password_hash.is_not(None),
            )
        )
        or 0
    )


def _bookkeeping(session: Session, user_id: int, values: dict[str, object]) -> None:
    """Record a login's outcome without touching version or updated_at (see the module's docstring)."""
    statement = update(USERS_TABLE).where(USERS_TABLE.c.id == user_id)
    session.execute(statement.values(**values, updated_at=USERS_TABLE.c.updated_at))


def _get(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise NotFoundError("L'utente non esiste più.")
    return user


def _require_free_username(session: Session, username: str) -> None:
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise ValidationErrors(
            [ValidationError("username", f"Il nome utente «{username}» è già usato da un altro account.")],
            FIELD_LABELS,
        )


def _account_errors(username: str | None, full_name: str, email: str) -> list[ValidationError]:
    errors: list[ValidationError] = []
    if username is not None:
        message = check_username(username)
        if message:
            errors.append(ValidationError("username", message))
    if not full_name:
        errors.append(ValidationError("full_name", "Il nome e cognome è obbligatorio."))
    elif len(full_name) > FULL_NAME_MAX:
        errors.append(
            ValidationError("full_name", f"Il nome è troppo lungo (massimo {FULL_NAME_MAX} caratteri).")
        )
    if email:
        message = check_email(email)
        if message:
            errors.append(ValidationError("email", message))
    return errors


def _password_errors(field: str, password: str, username: str) -> list[ValidationError]:
    return [ValidationError(field, message) for message in check_password(password, username)]
