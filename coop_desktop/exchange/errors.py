"""Errors of imports and exports; each message is Italian and shown to the user as it is."""

from __future__ import annotations

from coop_desktop.services.errors import ServiceError


class ImportRefused(ServiceError):
    """The file cannot be imported (wrong format, damaged, too large, headers missing…). Nothing written."""


class ExportFailed(ServiceError):
    """The file could not be written; no partial file is left behind."""


class OperationCancelled(ServiceError):
    """The user cancelled: an import wrote nothing, an export left no file."""
