"""The services of one open database, built once in app.py and handed to the window."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from coop_desktop.db.engine import Database
from coop_desktop.domain.permissions import Permission
from coop_desktop.services.actors import ActorRecords, ActorService
from coop_desktop.services.applications import ApplicationRecords, ApplicationService
from coop_desktop.services.assignments import AssignmentService
from coop_desktop.services.audit import AuditService
from coop_desktop.services.call_records import CallRecords
from coop_desktop.services.calls import CallService
from coop_desktop.services.consensus import ConsensusService
from coop_desktop.services.context import CurrentUser
from coop_desktop.services.documents import DocumentRegister
from coop_desktop.services.evaluation_grid import EvaluationGridService
from coop_desktop.services.governance import GovernanceService
from coop_desktop.services.letter_templates import LetterTemplateService
from coop_desktop.services.listing import ListQuery
from coop_desktop.services.maintenance import MaintenanceService
from coop_desktop.services.office import OfficeService
from coop_desktop.services.partnerships import PartnershipService
from coop_desktop.services.rankings import RankingService
from coop_desktop.services.scoring_forms import ScoringFormService
from coop_desktop.services.users import UserService

if TYPE_CHECKING:
    from coop_desktop.exchange.actors_export import ActorExportResult
    from coop_desktop.exchange.actors_import import ActorImportResult
    from coop_desktop.exchange.applications_import import ApplicationImportResult
    from coop_desktop.exchange.call_import import CallImportResult
    from coop_desktop.exchange.progress import CancelFn, ProgressFn
    from coop_desktop.printing.batch import BatchResult
    from coop_desktop.services.score_import import ParsedSource, ScoreImportPlan, ScoreImportResult


@dataclass(frozen=True)
class ActorExcel:
    """The actors' Excel exchange bound to the open database (the exchange functions take it).

    The exchange modules load openpyxl: imported on first use, not at start-up.
    """

    db: Database
    user: CurrentUser

    def import_file(
        self,
        path: Path,
        *,
        dry_run: bool,
        skip_invalid: bool,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> ActorImportResult:
        from coop_desktop.exchange.actors_import import import_actors

        self.user.require(Permission.EDIT_ACTORS)
        return import_actors(
            self.db, path, dry_run=dry_run, skip_invalid=skip_invalid, progress=progress,
            is_cancelled=is_cancelled,
        )  # fmt: skip

    def export_view(
        self,
        path: Path,
        query: ListQuery,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> ActorExportResult:
        """Exactly the rows of the list's query; archived=None (both) adds the «Archiviato» column."""
        from coop_desktop.exchange.actors_export import export_actors

        self.user.require(Permission.VIEW_ACTORS)
        both = "archived" in query.filters and query.filters["archived"] is None
        return export_actors(
            self.db, path, query, include_archived=both, progress=progress, is_cancelled=is_cancelled
        )

    def write_template(self, path: Path) -> Path:
        from coop_desktop.exchange.actors_template import write_actor_template

        return write_actor_template(path)


@dataclass(frozen=True)
class CallExcel:
    """A call's Excel import bound to the open database (as `coop-desktop import call`)."""

    db: Database
    user: CurrentUser

    def import_file(
        self,
        path: Path,
        *,
        dry_run: bool,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> CallImportResult:
        from coop_desktop.exchange.call_import import import_call

        return import_call(
            self.db, path, self.user, dry_run=dry_run, progress=progress, is_cancelled=is_cancelled
        )


@dataclass(frozen=True)
class ApplicationExcel:
    """A call's applications imported from a workbook (as `coop-desktop import applications`)."""

    db: Database
    user: CurrentUser

    def import_file(
        self,
        call_code: str,
        path: Path,
        *,
        dry_run: bool,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> ApplicationImportResult:
        from coop_desktop.exchange.applications_import import import_applications

        return import_applications(
            self.db, call_code, path, self.user, dry_run=dry_run, progress=progress, is_cancelled=is_cancelled
        )


@dataclass(frozen=True)
class ScoreExcel:
    """The evaluators' offline workbooks and the score import (as `coop-desktop export workbooks` and
    `import scores`) bound to the open database; the services check who may do what."""

    db: Database
    user: CurrentUser

    def export_workbooks(
        self,
        call_id: int,
        folder: Path,
        *,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> list[Path]:
        """One workbook per committee evaluator with applications to score (an evaluator: their own)."""
        from coop_desktop.exchange.evaluator_workbook import export_evaluator_workbooks

        return export_evaluator_workbooks(
            self.db, self.user, call_id, folder, progress=progress, is_cancelled=is_cancelled
        )

    def export_own(self, call_id: int, folder: Path) -> Path:
        """The current user's own workbook, in `folder`."""
        from coop_desktop.exchange.evaluator_workbook import export_evaluator_workbook

        return export_evaluator_workbook(self.db, self.user, call_id, self.user.username, folder)

    def read(self, path: Path, *, progress: ProgressFn | None = None) -> ParsedSource:
        from coop_desktop.services.score_import import ScoreImportService

        return ScoreImportService(self.db, self.user).read(path, progress=progress)

    def preview(
        self,
        call_id: int,
        source: Path | ParsedSource,
        *,
        evaluator: str | None = None,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> ScoreImportPlan:
        from coop_desktop.services.score_import import ScoreImportService

        return ScoreImportService(self.db, self.user).preview(
            call_id, source, evaluator=evaluator, progress=progress, is_cancelled=is_cancelled
        )

    def apply(
        self,
        call_id: int,
        plan_or_source: ScoreImportPlan | Path | ParsedSource,
        *,
        evaluator: str | None = None,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> ScoreImportResult:
        from coop_desktop.services.score_import import ScoreImportService

        return ScoreImportService(self.db, self.user).apply(
            call_id, plan_or_source, evaluator=evaluator, progress=progress, is_cancelled=is_cancelled
        )


@dataclass(frozen=True)
class PrintingBinding:
    """The office's PDFs bound to the open database (as `coop-desktop print …`). The generators record
    what they write in the register of documents and check who may print; reportlab loads on first use."""

    db: Database
    user: CurrentUser

    def sheet_pdf(self, application_id: int) -> bytes:
        from coop_desktop.printing.evaluation_sheets import sheet_pdf

        return sheet_pdf(self.db, self.user, application_id)

    def verbale_pdf(self, call_id: int) -> bytes:
        from coop_desktop.printing.evaluation_sheets import verbale_pdf

        return verbale_pdf(self.db, self.user, call_id)

    def call_sheets(
        self,
        call_id: int,
        folder: Path,
        *,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> BatchResult:
        """One evaluation sheet per application and the verbale, plus the merged PDF, in `folder`."""
        from coop_desktop.printing.evaluation_sheets import write_call_sheets

        return write_call_sheets(
            self.db, self.user, call_id, folder, progress=progress, is_cancelled=is_cancelled
        )

    def letter_pdf(self, application_id: int, kind: str) -> bytes:
        from coop_desktop.printing.letters import letter_pdf

        return letter_pdf(self.db, self.user, application_id, kind)

    def call_letters(
        self,
        call_id: int,
        kind: str,
        folder: Path,
        *,
        progress: ProgressFn | None = None,
        is_cancelled: CancelFn | None = None,
    ) -> BatchResult:
        """One letter of `kind` per recipient of the call, plus the merged PDF, in `folder`."""
        from coop_desktop.printing.letters import write_call_letters

        return write_call_letters(
            self.db, self.user, call_id, kind, folder, progress=progress, is_cancelled=is_cancelled
        )

    def annex_pdf(self, call_id: int) -> bytes:
        from coop_desktop.printing.annexes import annex_pdf

        return annex_pdf(self.db, self.user, call_id)

    def annex_xlsx(self, call_id: int, path: Path) -> Path:
        from coop_desktop.printing.annexes import write_annex_xlsx

        return write_annex_xlsx(self.db, self.user, call_id, path)


@dataclass(frozen=True)
class AppServices:
    # Who logged in: every service below acts as this user and checks their role.
    user: CurrentUser
    actors: ActorService
    actor_records: ActorRecords
    actor_excel: ActorExcel
    governance: GovernanceService
    calls: CallService
    partnerships: PartnershipService
    office: OfficeService
    maintenance: MaintenanceService
    users: UserService
    audit: AuditService
    call_records: CallRecords
    applications: ApplicationService
    application_records: ApplicationRecords
    call_excel: CallExcel
    application_excel: ApplicationExcel
    evaluation_grid: EvaluationGridService
    assignments: AssignmentService
    scoring_forms: ScoringFormService
    consensus: ConsensusService
    rankings: RankingService
    score_excel: ScoreExcel
    documents: DocumentRegister
    printing: PrintingBinding
    letter_templates: LetterTemplateService

    @classmethod
    def for_database(cls, db: Database, user: CurrentUser) -> AppServices:
        return cls(
            user=user,
            actors=ActorService(db, user),
            actor_records=ActorRecords(db, user),
            actor_excel=ActorExcel(db, user),
            governance=GovernanceService(db, user),
            calls=CallService(db, user),
            partnerships=PartnershipService(db, user),
            office=OfficeService(db, user),
            maintenance=MaintenanceService(db, user),
            users=UserService(db, user),
            audit=AuditService(db, user),
            call_records=CallRecords(db, user),
            applications=ApplicationService(db, user),
            application_records=ApplicationRecords(db, user),
            call_excel=CallExcel(db, user),
            application_excel=ApplicationExcel(db, user),
            evaluation_grid=EvaluationGridService(db, user),
            assignments=AssignmentService(db, user),
            scoring_forms=ScoringFormService(db, user),
            consensus=ConsensusService(db, user),
            rankings=RankingService(db, user),
            score_excel=ScoreExcel(db, user),
            documents=DocumentRegister(db, user),
            printing=PrintingBinding(db, user),
            letter_templates=LetterTemplateService(db, user),
        )
