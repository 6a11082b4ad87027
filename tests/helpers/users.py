"""Acting users for service tests: one per role, none stored in the database (id None)."""

from __future__ import annotations

from coop_desktop.domain.enums import UserRole
from coop_desktop.services.context import CurrentUser

ADMIN = CurrentUser(None, "test.admin", "Amministratrice di prova", UserRole.AMMINISTRATORE)
OFFICER = CurrentUser(None, "test.istruttore", "Istruttore di prova", UserRole.ISTRUTTORE)
EVALUATOR = CurrentUser(None, "test.valutatore", "Valutatore di prova", UserRole.VALUTATORE)
READER = CurrentUser(None, "test.consultazione", "Consultazione di prova", UserRole.CONSULTAZIONE)
