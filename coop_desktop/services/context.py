"""Who is acting: every service is built for one user and checks that user's permissions."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from coop_desktop.domain.enums import UserRole
from coop_desktop.domain.permissions import READ_PERMISSIONS, Permission, allows, refusal
from coop_desktop.services.errors import PermissionDenied


@dataclass(frozen=True, slots=True)
class CurrentUser:
    id: int | None
    username: str
    full_name: str
    role: UserRole
    # The database was opened read-only (another instance holds it): the role's reading rights
    # stay, every change is refused.
    read_only: bool = False

    def can(self, permission: Permission) -> bool:
        if self.read_only and permission not in READ_PERMISSIONS:
            return False
        return allows(self.role, permission)

    def sees_as(self, permission: Permission) -> bool:
        """What the role would see: visibility rules (an evaluator's own forms) follow the role
        even in read-only mode, so read-only never shows more than the role may read."""
        return allows(self.role, permission)

    def require(self, permission: Permission) -> None:
        """Raise PermissionDenied (nothing done) unless the role allows `permission`."""
        if self.read_only and permission not in READ_PERMISSIONS:
            raise PermissionDenied(
                "Il database è aperto in sola lettura: nessuna modifica può essere salvata."
            )
        if not allows(self.role, permission):
            raise PermissionDenied(refusal(self.role, permission))

    @property
    def is_admin(self) -> bool:
        return self.role is UserRole.AMMINISTRATORE


def command_line_user() -> CurrentUser:
    """The command line acts as the operating-system account that runs it.

    Whoever can run the CLI on the database file can open the file itself, so the CLI has the
    administrator's rights; the audit trail names the system account ("cli:mrossi").
    """
    try:
        login = getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        login = "sconosciuto"
    return CurrentUser(None, f"cli:{login}", f"Riga di comando ({login})", UserRole.AMMINISTRATORE)


# Work the application does by itself: migrations, the demo loader, automatic backups.
SYSTEM = CurrentUser(None, "sistema", "Sistema", UserRole.AMMINISTRATORE)
