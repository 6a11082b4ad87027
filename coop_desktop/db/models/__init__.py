"""All tables of Coop Desktop; importing this module registers them on Base.metadata."""

from coop_desktop.db.models.actors import Actor, ActorContact, ActorRegistration
from coop_desktop.db.models.applications import (
    AdmissibilityCheck,
    Application,
    ApplicationCountry,
    ApplicationPartner,
    ApplicationSdg,
    ApplicationStatusChange,
    IntegrationRequest,
)
from coop_desktop.db.models.audit import AuditEntry
from coop_desktop.db.models.base import Base
from coop_desktop.db.models.calls import (
    Call,
    CallCountry,
    CallDocument,
    CallEligibleType,
    CallStatusChange,
    CallTheme,
    CommitteeMember,
    Criterion,
)
from coop_desktop.db.models.documents import GeneratedDocument, LetterTemplate
from coop_desktop.db.models.evaluation import (
    Assignment,
    ConflictDeclaration,
    ConsensusScore,
    Decree,
    EvaluatorConflict,
    Payment,
    Ranking,
    RankingEntry,
    Score,
)
from coop_desktop.db.models.governance import GovernanceBody, GovernanceEvent, Membership
from coop_desktop.db.models.office import OfficeProfile
from coop_desktop.db.models.partnerships import (
    Partnership,
    PartnershipCountry,
    PartnershipDeadline,
    PartnershipNetwork,
    PartnershipPartner,
    PartnershipSdg,
    PartnershipStatusChange,
)
from coop_desktop.db.models.users import User

__all__ = [
    "Actor",
    "ActorContact",
    "ActorRegistration",
    "AdmissibilityCheck",
    "Application",
    "ApplicationCountry",
    "ApplicationPartner",
    "ApplicationSdg",
    "ApplicationStatusChange",
    "Assignment",
    "AuditEntry",
    "Base",
    "Call",
    "CallCountry",
    "CallDocument",
    "CallEligibleType",
    "CallStatusChange",
    "CallTheme",
    "CommitteeMember",
    "ConflictDeclaration",
    "ConsensusScore",
    "Criterion",
    "Decree",
    "EvaluatorConflict",
    "GeneratedDocument",
    "GovernanceBody",
    "GovernanceEvent",
    "IntegrationRequest",
    "LetterTemplate",
    "Membership",
    "OfficeProfile",
    "Partnership",
    "PartnershipCountry",
    "PartnershipDeadline",
    "PartnershipNetwork",
    "PartnershipPartner",
    "PartnershipSdg",
    "PartnershipStatusChange",
    "Payment",
    "Ranking",
    "RankingEntry",
    "Score",
    "User",
]
