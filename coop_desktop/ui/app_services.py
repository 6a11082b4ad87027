"""The services of one open database, built once in app.py and handed to the window."""

from __future__ import annotations

from dataclasses import dataclass

from coop_desktop.db.engine import Database
from coop_desktop.services.actors import ActorService
from coop_desktop.services.calls import CallService
from coop_desktop.services.evaluations import EvaluationService
from coop_desktop.services.maintenance import MaintenanceService
from coop_desktop.services.office import OfficeService
from coop_desktop.services.partnerships import PartnershipService


@dataclass(frozen=True)
class AppServices:
    actors: ActorService
    calls: CallService
    evaluations: EvaluationService
    partnerships: PartnershipService
    office: OfficeService
    maintenance: MaintenanceService

    @classmethod
    def for_database(cls, db: Database) -> AppServices:
        return cls(
            actors=ActorService(db),
            calls=CallService(db),
            evaluations=EvaluationService(db),
            partnerships=PartnershipService(db),
            office=OfficeService(db),
            maintenance=MaintenanceService(db),
        )
