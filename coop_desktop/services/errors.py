"""Errors services raise; each carries an Italian message a user can read as it is."""

from __future__ import annotations

from collections.abc import Mapping

from coop_desktop.domain.validation import ValidationError


class ServiceError(RuntimeError):
    """An operation refused for a reason the user can act on. Nothing was written."""


class ValidationErrors(ServiceError, ValueError):
    """One or more fields are wrong; `errors` names each field."""

    def __init__(self, errors: list[ValidationError], labels: Mapping[str, str] | None = None) -> None:
        labels = labels or {}
        super().__init__("; ".join(f"{labels.get(e.field, e.field)}: {e.message}" for e in errors))
        self.errors = errors


class ConcurrentEditError(ServiceError):
    """Someone else saved the same record since it was read."""


class NotFoundError(ServiceError):
    """The record no longer exists (deleted or merged by someone else)."""


class InUseError(ServiceError):
    """The record is referenced elsewhere and cannot be deleted."""


class PermissionDenied(ServiceError):
    """The user's role does not allow the operation."""


class LockedError(ServiceError):
    """The record's stage forbids the change (e.g. a call's grid once evaluation has started)."""
