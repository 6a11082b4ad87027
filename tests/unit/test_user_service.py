"""Local accounts: argon2 hashes, login and lock-out (on a fake clock), roles, last administrator."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from coop_desktop.db.engine import Database
from coop_desktop.db.models import AuditEntry, User
from coop_desktop.domain.enums import UserRole
from coop_desktop.services import users as users_module
from coop_desktop.services.context import SYSTEM, CurrentUser, command_line_user
from coop_desktop.services.errors import (
    ConcurrentEditError,
    NotFoundError,
    PermissionDenied,
    ServiceError,
    ValidationErrors,
)
from coop_desktop.services.users import GENERIC_FAILURE, LoginRefused, UserService, lock_delay, wait_text
from tests.helpers.users import EVALUATOR, OFFICER, READER

ADMIN_PASSWORD = "Xk7-pL9q-Wz"
OTHER_PASSWORD = "tramonto sul Po 7"


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, 0)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def login(db: Database, clock: FakeClock) -> UserService:
    """The service the login dialog uses: nobody is logged in yet."""
    return UserService(db, SYSTEM, clock=clock)


@pytest.fixture
def admin(login: UserService) -> CurrentUser:
    return login.create_first_admin("elena.admin", "Elena Marchetti", ADMIN_PASSWORD)


@pytest.fixture
def accounts(db: Database, admin: CurrentUser, clock: FakeClock) -> UserService:
    """The administrator's service."""
    return UserService(db, admin, clock=clock)


def _stored(db: Database, username: str) -> User:
    with db.reading() as session:
        return session.scalars(select(User).where(User.username == username)).one()


def _audit_count(db: Database) -> int:
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def _refusal(login: UserService, username: str, password: str) -> LoginRefused:
    with pytest.raises(LoginRefused) as caught:
        login.authenticate(username, password)
    return caught.value


# -- first administrator ---------------------------------------------------------------------------


def test_first_admin_only_when_there_is_none(db: Database, login: UserService) -> None:
    assert login.needs_first_admin()
    admin = login.create_first_admin("  Elena.Admin ", "Elena   Marchetti", ADMIN_PASSWORD)
    assert admin.id is not None and admin.is_admin
    assert (admin.username, admin.full_name) == ("elena.admin", "Elena Marchetti")
    assert not login.needs_first_admin()
    with pytest.raises(ServiceError, match="Esiste già un amministratore"):
        login.create_first_admin("intruso", "Chi Altro", OTHER_PASSWORD)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(User)) == 1


def test_first_admin_follows_the_password_rule(login: UserService) -> None:
    with pytest.raises(ValidationErrors) as caught:
        login.create_first_admin("elena", "", "corta")
    fields = {e.field for e in caught.value.errors}
    assert fields == {"full_name", "password"}
    assert login.needs_first_admin()


def test_an_admin_without_password_or_disabled_does_not_count(db: Database, login: UserService) -> None:
    with db.transaction() as session:
        session.add(User(username="vecchio", full_name="Senza Password", role=UserRole.AMMINISTRATORE))
        session.add(
            User(username="spento", full_name="Disattivato", role=UserRole.AMMINISTRATORE, is_active=False,
                 password_hash=users_module.hash_password(ADMIN_PASSWORD))
        )  # fmt: skip
    assert login.needs_first_admin()


# -- hashes ----------------------------------------------------------------------------------------


def test_only_an_argon2_hash_is_stored_never_the_password(db: Database, admin: CurrentUser) -> None:
    stored = _stored(db, "elena.admin")
    assert stored.password_hash is not None
    assert stored.password_hash.startswith("$argon2id$")
    assert ADMIN_PASSWORD not in stored.password_hash
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).where(AuditEntry.entity == "users")).one()
    assert entry.changes["password_hash"] == [None, "***"]
    assert entry.username == "elena.admin"  # the first administrator created themselves
    assert ADMIN_PASSWORD not in str(entry.changes)


def test_outdated_hash_is_upgraded_at_login_without_touching_version_or_audit(
    db: Database, admin: CurrentUser, clock: FakeClock
) -> None:
    before = _stored(db, "elena.admin")
    audit = _audit_count(db)
    stronger = PasswordHasher(time_cost=2, memory_cost=16, parallelism=1)
    UserService(db, SYSTEM, hasher=stronger, clock=clock).authenticate("elena.admin", ADMIN_PASSWORD)
    after = _stored(db, "elena.admin")
    assert after.password_hash != before.password_hash
    assert not stronger.check_needs_rehash(after.password_hash or "")
    assert stronger.verify(after.password_hash or "", ADMIN_PASSWORD)
    assert after.version == before.version and after.updated_at == before.updated_at
    assert _audit_count(db) == audit


# -- login -----------------------------------------------------------------------------------------


def test_login_returns_the_user_and_records_it(db: Database, login: UserService, admin: CurrentUser) -> None:
    user = login.authenticate(" ELENA.Admin", ADMIN_PASSWORD)
    assert user == admin
    assert user.role is UserRole.AMMINISTRATORE
    assert _stored(db, "elena.admin").last_login_at == datetime(2026, 3, 2, 9, 0, 0)


def test_wrong_password_is_refused_and_counted(db: Database, login: UserService, admin: CurrentUser) -> None:
    refusal = _refusal(login, "elena.admin", "Sbagliata-123")
    assert str(refusal) == GENERIC_FAILURE == "Nome utente o password non validi."
    assert refusal.wait_seconds is None
    assert _stored(db, "elena.admin").failed_logins == 1
    login.authenticate("elena.admin", ADMIN_PASSWORD)
    assert _stored(db, "elena.admin").failed_logins == 0


def test_unknown_disabled_and_passwordless_users_get_the_same_message(
    db: Database, login: UserService, accounts: UserService
) -> None:
    disabled = accounts.create_user("spento", "Utente Spento", UserRole.ISTRUTTORE, "", OTHER_PASSWORD)
    accounts.set_active(disabled.id, False)
    accounts.create_user("nuovo", "Ancora Senza Password", UserRole.VALUTATORE)
    for username, password in (("nessuno", OTHER_PASSWORD), ("spento", OTHER_PASSWORD), ("nuovo", "")):
        assert str(_refusal(login, username, password)) == GENERIC_FAILURE
    assert _stored(db, "spento").failed_logins == 0


def test_lock_out_after_five_failures_with_a_doubling_delay(
    db: Database, login: UserService, admin: CurrentUser, clock: FakeClock
) -> None:
    for _ in range(4):
        assert str(_refusal(login, "elena.admin", "Sbagliata-1")) == GENERIC_FAILURE
    fifth = _refusal(login, "elena.admin", "Sbagliata-1")
    assert fifth.wait_seconds == 30
    assert str(fifth) == (
        "Nome utente o password non validi. "
        "Troppi tentativi non riusciti: l'accesso è bloccato. Riprova tra 30 secondi."
    )
    assert _stored(db, "elena.admin").locked_until == clock.now + timedelta(seconds=30)

    # While locked even the right password is refused, and the wait counts down.
    clock.advance(12)
    locked = _refusal(login, "elena.admin", ADMIN_PASSWORD)
    assert str(locked) == "Troppi tentativi non riusciti: l'accesso è bloccato. Riprova tra 18 secondi."
    assert locked.wait_seconds == 18
    assert _stored(db, "elena.admin").failed_logins == 5  # attempts while locked do not count

    # Each further failure after the wait doubles it, up to 15 minutes.
    waits = []
    for _ in range(6):
        clock.advance(16 * 60)
        waits.append(_refusal(login, "elena.admin", "Sbagliata-1").wait_seconds)
    assert waits == [60, 120, 240, 480, 900, 900]

    clock.advance(15 * 60)
    assert login.authenticate("elena.admin", ADMIN_PASSWORD) == admin
    stored = _stored(db, "elena.admin")
    assert (stored.failed_logins, stored.locked_until) == (0, None)


def test_lock_out_keeps_the_record_version(db: Database, login: UserService, admin: CurrentUser) -> None:
    version = _stored(db, "elena.admin").version
    audit = _audit_count(db)
    for _ in range(5):
        _refusal(login, "elena.admin", "Sbagliata-1")
    _refusal(login, "elena.admin", ADMIN_PASSWORD)  # locked
    assert _stored(db, "elena.admin").version == version
    assert _audit_count(db) == audit


def test_login_on_a_read_only_database_records_nothing(db: Database, admin: CurrentUser) -> None:
    """A database in use by another instance can be opened read-only: its users still log in."""
    read_only = Database.open(db.url, read_only=True)
    try:
        login = UserService(read_only, SYSTEM)
        for _ in range(6):
            assert str(_refusal(login, "elena.admin", "Sbagliata-1")) == GENERIC_FAILURE
        assert login.authenticate("elena.admin", ADMIN_PASSWORD) == admin
        with pytest.raises(ServiceError, match="sola lettura"):
            login.create_first_admin("altro", "Altro Admin", OTHER_PASSWORD)
    finally:
        read_only.close()
    stored = _stored(db, "elena.admin")
    # As left by create_first_admin on the fake clock, not the real time of the read-only login.
    assert (stored.failed_logins, stored.last_login_at) == (0, datetime(2026, 3, 2, 9, 0, 0))


def test_lock_delay_and_wait_text() -> None:
    assert [lock_delay(n).total_seconds() for n in (0, 4, 5, 6, 9, 10, 40)] == [0, 0, 30, 60, 480, 900, 900]
    assert wait_text(30) == "30 secondi"
    assert wait_text(1) == "1 secondo"
    assert wait_text(60) == "1 minuto"
    assert wait_text(125) == "2 minuti e 5 secondi"
    assert wait_text(900) == "15 minuti"


# -- own password ----------------------------------------------------------------------------------


def test_change_own_password(db: Database, login: UserService, admin: CurrentUser, clock: FakeClock) -> None:
    own = UserService(db, admin, clock=clock)
    with pytest.raises(ValidationErrors) as caught:
        own.change_password("Sbagliata-123", "corta")
    assert {e.field for e in caught.value.errors} == {"old_password", "new_password"}
    with pytest.raises(ValidationErrors, match="diversa da quella attuale"):
        own.change_password(ADMIN_PASSWORD, ADMIN_PASSWORD)
    own.change_password(ADMIN_PASSWORD, OTHER_PASSWORD)
    assert str(_refusal(login, "elena.admin", ADMIN_PASSWORD)) == GENERIC_FAILURE
    assert login.authenticate("elena.admin", OTHER_PASSWORD) == admin


def test_command_line_user_has_no_password_to_change(db: Database) -> None:
    with pytest.raises(ServiceError, match="non ha un account"):
        UserService(db, command_line_user()).change_password("x", OTHER_PASSWORD)


# -- the administrator's operations ----------------------------------------------------------------


def test_create_user_normalises_and_validates(
    db: Database, accounts: UserService, admin: CurrentUser
) -> None:
    row = accounts.create_user(
        "  M.Rossi ", " Mario  Rossi ", UserRole.ISTRUTTORE, " m.rossi@esempio.it ", OTHER_PASSWORD
    )
    assert (row.username, row.full_name, row.email, row.role) == (
        "m.rossi", "Mario Rossi", "m.rossi@esempio.it", UserRole.ISTRUTTORE
    )  # fmt: skip
    assert row.is_active and row.has_password
    with db.reading() as session:
        entry = session.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (entry.entity, entry.user_id, entry.username) == ("users", admin.id, "elena.admin")

    cases: list[tuple[dict[str, Any], str]] = [
        ({"username": "m rossi"}, "username"),
        ({"username": "mr"}, "username"),
        ({"username": "x" * 65}, "username"),
        ({"username": "niccolò"}, "username"),
        ({"username": "M.ROSSI"}, "username"),  # already used, whatever the case
        ({"full_name": "  "}, "full_name"),
        ({"email": "posta@"}, "email"),
        ({"password": "Password2024!"}, "password"),
        ({"username": "lbianchi", "password": "Lbianchi-2024"}, "password"),
    ]
    for changes, field in cases:
        values = {
            "username": "lbianchi",
            "full_name": "Luca Bianchi",
            "email": "",
            "password": OTHER_PASSWORD,
        }
        values.update(changes)
        with pytest.raises(ValidationErrors) as caught:
            accounts.create_user(
                values["username"],
                values["full_name"],
                UserRole.VALUTATORE,
                values["email"],
                values["password"],
            )
        assert [e.field for e in caught.value.errors] == [field], changes
    assert [r.username for r in accounts.list_users()] == ["elena.admin", "m.rossi"]


def test_reset_password_sets_it_and_unlocks(db: Database, login: UserService, accounts: UserService) -> None:
    row = accounts.create_user("lbianchi", "Luca Bianchi", UserRole.VALUTATORE, "", OTHER_PASSWORD)
    for _ in range(5):
        _refusal(login, "lbianchi", "Sbagliata-1")
    with pytest.raises(ValidationErrors) as caught:
        accounts.reset_password(row.id, "corta")
    assert caught.value.errors[0].field == "new_password"
    accounts.reset_password(row.id, "Nuova.Chiave-9")
    assert login.authenticate("lbianchi", "Nuova.Chiave-9").username == "lbianchi"


def test_reset_password_gives_a_passwordless_account_its_first(
    login: UserService, accounts: UserService
) -> None:
    row = accounts.create_user("nuovo", "Nuovo Valutatore", UserRole.VALUTATORE)
    assert not row.has_password
    accounts.reset_password(row.id, OTHER_PASSWORD)
    assert login.authenticate("nuovo", OTHER_PASSWORD).role is UserRole.VALUTATORE


def test_last_admin_and_yourself_cannot_be_disabled_or_demoted(
    db: Database, login: UserService, accounts: UserService, admin: CurrentUser
) -> None:
    assert admin.id is not None
    with pytest.raises(ServiceError, match="tuo stesso account"):
        accounts.set_active(admin.id, False)
    own = accounts.get_user(admin.id)
    with pytest.raises(ServiceError, match="a te stesso"):
        accounts.update_user(admin.id, own.version, own.full_name, own.email, UserRole.ISTRUTTORE)

    # Acting from the command line (not an account): still the only administrator.
    cli = UserService(db, command_line_user())
    with pytest.raises(ServiceError, match="unico amministratore attivo"):
        cli.set_active(admin.id, False)
    with pytest.raises(ServiceError, match="unico amministratore attivo"):
        cli.update_user(admin.id, own.version, own.full_name, own.email, UserRole.CONSULTAZIONE)
    assert not login.needs_first_admin()

    second = accounts.create_user("secondo", "Secondo Admin", UserRole.AMMINISTRATORE, "", OTHER_PASSWORD)
    cli.set_active(admin.id, False)
    assert not accounts.get_user(admin.id).is_active
    with pytest.raises(ServiceError, match="unico amministratore attivo"):
        cli.set_active(second.id, False)
    assert cli.set_active(admin.id, True).is_active


def test_enable_clears_old_failures(db: Database, login: UserService, accounts: UserService) -> None:
    row = accounts.create_user("lbianchi", "Luca Bianchi", UserRole.VALUTATORE, "", OTHER_PASSWORD)
    for _ in range(5):
        _refusal(login, "lbianchi", "Sbagliata-1")
    accounts.set_active(row.id, False)
    accounts.set_active(row.id, True)
    assert login.authenticate("lbianchi", OTHER_PASSWORD).username == "lbianchi"


def test_update_user_with_optimistic_locking(db: Database, login: UserService, accounts: UserService) -> None:
    row = accounts.create_user("lbianchi", "Luca Bianchi", UserRole.VALUTATORE, "", OTHER_PASSWORD)
    # A login in between changes no version: the administrator's form is still current.
    login.authenticate("lbianchi", OTHER_PASSWORD)
    first = accounts.update_user(row.id, row.version, "Luca Bianchi", "luca@esempio.it", UserRole.ISTRUTTORE)
    assert (first.email, first.role, first.version) == (
        "luca@esempio.it",
        UserRole.ISTRUTTORE,
        row.version + 1,
    )
    with pytest.raises(ConcurrentEditError, match="modificato da un altro amministratore"):
        accounts.update_user(row.id, row.version, "Luca B.", "", UserRole.VALUTATORE)
    assert accounts.get_user(row.id).full_name == "Luca Bianchi"
    with pytest.raises(ValidationErrors):
        accounts.update_user(row.id, first.version, "", "non-valida", UserRole.ISTRUTTORE)
    with pytest.raises(NotFoundError):
        accounts.update_user(9999, 1, "Nessuno", "", UserRole.ISTRUTTORE)


def test_find_user_by_name(accounts: UserService) -> None:
    assert accounts.find_user(" ELENA.ADMIN ").username == "elena.admin"
    with pytest.raises(NotFoundError, match="«nessuno»"):
        accounts.find_user("nessuno")


_ADMIN_OPERATIONS: dict[str, Callable[[UserService, int], object]] = {
    "list_users": lambda s, uid: s.list_users(),
    "get_user": lambda s, uid: s.get_user(uid),
    "find_user": lambda s, uid: s.find_user("elena.admin"),
    "create_user": lambda s, uid: s.create_user(
        "nuovo", "Nuovo Utente", UserRole.AMMINISTRATORE, "", OTHER_PASSWORD
    ),
    "update_user": lambda s, uid: s.update_user(uid, 1, "Altro Nome", "", UserRole.CONSULTAZIONE),
    "reset_password": lambda s, uid: s.reset_password(uid, OTHER_PASSWORD),
    "set_active": lambda s, uid: s.set_active(uid, False),
}


@pytest.mark.parametrize("operation", sorted(_ADMIN_OPERATIONS))
@pytest.mark.parametrize("acting", [OFFICER, EVALUATOR, READER], ids=lambda u: u.role.value)
def test_only_administrators_manage_accounts(
    db: Database, admin: CurrentUser, login: UserService, acting: CurrentUser, operation: str
) -> None:
    assert admin.id is not None
    audit = _audit_count(db)
    with pytest.raises(PermissionDenied, match="non consente di gestire gli utenti"):
        _ADMIN_OPERATIONS[operation](UserService(db, acting), admin.id)
    assert _audit_count(db) == audit
    assert login.authenticate("elena.admin", ADMIN_PASSWORD) == admin
