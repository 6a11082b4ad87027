"""What each role may do. Services check these; the UI only mirrors them to grey out actions."""

from __future__ import annotations

from enum import StrEnum

from coop_desktop.domain.enums import UserRole


class Permission(StrEnum):
    VIEW_ACTORS = "view_actors"
    EDIT_ACTORS = "edit_actors"
    VIEW_CALLS = "view_calls"
    # The call editor, its lifecycle and its money: budget, maximum grant, co-funding.
    EDIT_CALLS = "edit_calls"
    # The whole applications register; evaluators see only the applications assigned to them.
    VIEW_ALL_APPLICATIONS = "view_all_applications"
    EDIT_APPLICATIONS = "edit_applications"
    # Filling one's own scoring forms.
    SCORE = "score"
    # Other people's scores before the ranking is computed.
    VIEW_ALL_SCORES = "view_all_scores"
    # Assignments, reopening submitted forms, consensus, ranking, funding.
    MANAGE_EVALUATION = "manage_evaluation"
    PRINT_DOCUMENTS = "print_documents"
    VIEW_PARTNERSHIPS = "view_partnerships"
    EDIT_PARTNERSHIPS = "edit_partnerships"
    EDIT_GOVERNANCE = "edit_governance"
    EDIT_OFFICE = "edit_office"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    # Backups, restores, integrity checks.
    MAINTENANCE = "maintenance"


_READ = frozenset(
    {
        Permission.VIEW_ACTORS,
        Permission.VIEW_CALLS,
        Permission.VIEW_ALL_APPLICATIONS,
        Permission.VIEW_PARTNERSHIPS,
    }
)
_OFFICER = _READ | {
    Permission.EDIT_ACTORS,
    Permission.EDIT_CALLS,
    Permission.EDIT_APPLICATIONS,
    Permission.VIEW_ALL_SCORES,
    Permission.MANAGE_EVALUATION,
    Permission.PRINT_DOCUMENTS,
    Permission.EDIT_PARTNERSHIPS,
    Permission.EDIT_GOVERNANCE,
    Permission.VIEW_AUDIT,
    Permission.MAINTENANCE,
}

ROLE_PERMISSIONS: dict[UserRole, frozenset[Permission]] = {
    UserRole.AMMINISTRATORE: frozenset(Permission),
    UserRole.ISTRUTTORE: frozenset(_OFFICER),
    # Evaluators read the register and the calls, and score what is assigned to them: nothing else.
    UserRole.VALUTATORE: frozenset({Permission.VIEW_ACTORS, Permission.VIEW_CALLS, Permission.SCORE}),
    UserRole.CONSULTAZIONE: _READ,
}

# What a refusal says, completing «Il tuo ruolo (…) non consente di …».
PERMISSION_LABELS: dict[Permission, str] = {
    Permission.VIEW_ACTORS: "consultare l'anagrafica dei soggetti",
    Permission.EDIT_ACTORS: "modificare l'anagrafica dei soggetti",
    Permission.VIEW_CALLS: "consultare i bandi",
    Permission.EDIT_CALLS: "modificare i bandi",
    Permission.VIEW_ALL_APPLICATIONS: "consultare tutte le domande",
    Permission.EDIT_APPLICATIONS: "modificare le domande",
    Permission.SCORE: "compilare schede di valutazione",
    Permission.VIEW_ALL_SCORES: "vedere i punteggi degli altri valutatori",
    Permission.MANAGE_EVALUATION: "gestire assegnazioni, consenso e graduatoria",
    Permission.PRINT_DOCUMENTS: "stampare lettere e allegati",
    Permission.VIEW_PARTNERSHIPS: "consultare i partenariati",
    Permission.EDIT_PARTNERSHIPS: "modificare i partenariati",
    Permission.EDIT_GOVERNANCE: "modificare forum, tavoli e gruppi di lavoro",
    Permission.EDIT_OFFICE: "modificare le impostazioni dell'ufficio",
    Permission.MANAGE_USERS: "gestire gli utenti",
    Permission.VIEW_AUDIT: "consultare il registro delle modifiche",
    Permission.MAINTENANCE: "eseguire backup e ripristini",
}


# Permissions that change nothing: all that remains of a role when the database is read-only.
READ_PERMISSIONS = frozenset(
    {
        Permission.VIEW_ACTORS,
        Permission.VIEW_CALLS,
        Permission.VIEW_ALL_APPLICATIONS,
        Permission.VIEW_ALL_SCORES,
        Permission.VIEW_PARTNERSHIPS,
        Permission.VIEW_AUDIT,
        Permission.PRINT_DOCUMENTS,
    }
)


def allows(role: UserRole, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[role]


def refusal(role: UserRole, permission: Permission) -> str:
    return f"Il tuo ruolo ({role.label}) non consente di {PERMISSION_LABELS[permission]}."
