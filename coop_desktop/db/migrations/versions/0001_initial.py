"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-21 23:33:31.457162
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "actors",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column(
            "actor_type",
            sa.Enum(
                "ente_locale",
                "istituzione",
                "universita",
                "ong",
                "associazione",
                "associazione_migranti",
                "impresa",
                "altro",
                name="actortype",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("legal_form", sa.String(length=120), nullable=True),
        sa.Column("tax_code", sa.String(length=16), nullable=True),
        sa.Column("vat_number", sa.String(length=11), nullable=True),
        sa.Column("address", sa.String(length=300), nullable=True),
        sa.Column("postal_code", sa.String(length=5), nullable=True),
        sa.Column("municipality", sa.String(length=120), nullable=True),
        sa.Column("province", sa.String(length=2), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("pec", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("website", sa.String(length=300), nullable=True),
        sa.Column("legal_representative", sa.String(length=200), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("is_archived", sa.Boolean(), nullable=False),
        sa.Column("search_text", sa.Text(), nullable=False),
        sa.Column("merged_into_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["merged_into_id"], ["actors.id"], name=op.f("fk_actors_merged_into_id_actors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actors")),
        sa.UniqueConstraint("tax_code", name=op.f("uq_actors_tax_code")),
    )
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actors_is_archived"), ["is_archived"], unique=False)
        batch_op.create_index(batch_op.f("ix_actors_municipality"), ["municipality"], unique=False)
        batch_op.create_index(batch_op.f("ix_actors_name"), ["name"], unique=False)
        batch_op.create_index("ix_actors_province_name", ["province", "name"], unique=False)
        batch_op.create_index("ix_actors_type_name", ["actor_type", "name"], unique=False)

    op.create_table(
        "calls",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "bozza",
                "aperto",
                "chiuso",
                "in_valutazione",
                "graduatoria_approvata",
                name="callstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("act_number", sa.String(length=40), nullable=True),
        sa.Column("act_date", sa.Date(), nullable=True),
        sa.Column("burt_number", sa.String(length=40), nullable=True),
        sa.Column("burt_date", sa.Date(), nullable=True),
        sa.Column("opens_on", sa.Date(), nullable=True),
        sa.Column("deadline", sa.Date(), nullable=True),
        sa.Column("budget", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("max_grant", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("min_cofunding_pct", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("min_total_score", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("allow_partial_last", sa.Boolean(), nullable=False),
        sa.Column("divergence_threshold_pct", sa.Numeric(precision=5, scale=2), nullable=False),
        sa.Column("comments_required", sa.Boolean(), nullable=False),
        sa.Column("evaluators_per_application", sa.Integer(), nullable=False),
        sa.Column("max_duration_months", sa.Integer(), nullable=True),
        sa.Column("min_partners", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_calls")),
        sa.UniqueConstraint("code", name=op.f("uq_calls_code")),
    )
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_calls_year"), ["year"], unique=False)

    op.create_table(
        "governance_bodies",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("forum", "tavolo", "gruppo", name="governancebodykind", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "theme",
            sa.Enum(
                "decentramento",
                "sistemi_economici",
                "economia_circolare",
                "co_sviluppo",
                "crisi_umanitarie",
                "agenda_2030",
                "business_inclusivo",
                "cooperazione_sanitaria",
                name="theme",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("description", sa.Text(), nullable=True),
        sa.Column("parent_id", sa.Integer(), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["governance_bodies.id"],
            name=op.f("fk_governance_bodies_parent_id_governance_bodies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_governance_bodies")),
        sa.UniqueConstraint("name", name=op.f("uq_governance_bodies_name")),
    )
    op.create_table(
        "office_profile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("office_name", sa.String(length=300), nullable=False),
        sa.Column("department", sa.String(length=300), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("postal_code", sa.String(length=5), nullable=False),
        sa.Column("city", sa.String(length=120), nullable=False),
        sa.Column("province", sa.String(length=2), nullable=False),
        sa.Column("pec", sa.String(length=254), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        sa.Column("phone", sa.String(length=50), nullable=False),
        sa.Column("head_of_office", sa.String(length=200), nullable=False),
        sa.Column("procedure_manager", sa.String(length=200), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_office_profile")),
    )
    op.create_table(
        "partnerships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column(
            "funder",
            sa.Enum(
                "aics",
                "ministero_interno",
                "ue",
                "altro",
                name="funder",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("programme", sa.String(length=300), nullable=True),
        sa.Column("call_reference", sa.String(length=200), nullable=True),
        sa.Column("call_url", sa.String(length=500), nullable=True),
        sa.Column(
            "region_role",
            sa.Enum("capofila", "partner", "associato", name="regionrole", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column(
            "status",
            sa.Enum(
                "idea",
                "in_preparazione",
                "presentata",
                "approvata",
                "respinta",
                "in_corso",
                "conclusa",
                name="partnershipstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column(
            "theme",
            sa.Enum(
                "decentramento",
                "sistemi_economici",
                "economia_circolare",
                "co_sviluppo",
                "crisi_umanitarie",
                "agenda_2030",
                "business_inclusivo",
                "cooperazione_sanitaria",
                name="theme",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("dac_code", sa.String(length=5), nullable=True),
        sa.Column("submission_deadline", sa.Date(), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("total_budget", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("requested_amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("region_share", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("cofinancing_cash", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("cofinancing_in_kind", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnerships")),
    )
    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partnerships_status"), ["status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_partnerships_submission_deadline"), ["submission_deadline"], unique=False
        )

    op.create_table(
        "users",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("username", sa.String(length=64), nullable=False),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column(
            "role",
            sa.Enum(
                "amministratore",
                "istruttore",
                "valutatore",
                "consultazione",
                name="userrole",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("password_hash", sa.String(length=255), nullable=True),
        sa.Column("is_active", sa.Boolean(), nullable=False),
        sa.Column("failed_logins", sa.Integer(), nullable=False),
        sa.Column("locked_until", sa.DateTime(), nullable=True),
        sa.Column("last_login_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_table(
        "actor_contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=True),
        sa.Column("email", sa.String(length=254), nullable=True),
        sa.Column("phone", sa.String(length=50), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_actor_contacts_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_contacts")),
    )
    with op.batch_alter_table("actor_contacts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_contacts_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "actor_registrations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column(
            "register",
            sa.Enum("runts", "aics", "altro", name="registrykind", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("number", sa.String(length=60), nullable=True),
        sa.Column("registered_on", sa.Date(), nullable=True),
        sa.Column("section", sa.String(length=120), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_actor_registrations_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_actor_registrations")),
    )
    with op.batch_alter_table("actor_registrations", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_actor_registrations_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "applications",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("protocol_number", sa.String(length=40), nullable=False),
        sa.Column("protocol_date", sa.Date(), nullable=False),
        sa.Column("lead_actor_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=500), nullable=False),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column(
            "theme",
            sa.Enum(
                "decentramento",
                "sistemi_economici",
                "economia_circolare",
                "co_sviluppo",
                "crisi_umanitarie",
                "agenda_2030",
                "business_inclusivo",
                "cooperazione_sanitaria",
                name="theme",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column("dac_code", sa.String(length=5), nullable=True),
        sa.Column("start_date", sa.Date(), nullable=True),
        sa.Column("end_date", sa.Date(), nullable=True),
        sa.Column("duration_months", sa.Integer(), nullable=True),
        sa.Column("total_cost", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("requested_grant", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("granted_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("cup", sa.String(length=15), nullable=True),
        sa.Column(
            "status",
            sa.Enum(
                "ricevuta",
                "integrazioni_richieste",
                "ammissibile",
                "non_ammissibile",
                "in_valutazione",
                "valutata",
                "finanziata",
                "finanziata_parzialmente",
                "ammessa_non_finanziata",
                "non_idonea",
                "ritirata",
                "revocata",
                name="applicationstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_applications_call_id_calls")),
        sa.ForeignKeyConstraint(
            ["lead_actor_id"], ["actors.id"], name=op.f("fk_applications_lead_actor_id_actors")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_applications")),
        sa.UniqueConstraint(
            "call_id", "protocol_number", name=op.f("uq_applications_call_id_protocol_number")
        ),
    )
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.create_index("ix_applications_call_status", ["call_id", "status"], unique=False)
        batch_op.create_index(batch_op.f("ix_applications_lead_actor_id"), ["lead_actor_id"], unique=False)

    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=64), nullable=True),
        sa.Column("entity", sa.String(length=60), nullable=False),
        sa.Column("entity_id", sa.String(length=40), nullable=False),
        sa.Column(
            "action",
            sa.Enum("create", "update", "delete", name="auditaction", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_audit_log_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_log")),
        sa.UniqueConstraint("hash", name=op.f("uq_audit_log_hash")),
    )
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.create_index("ix_audit_log_entity", ["entity", "entity_id"], unique=False)

    op.create_table(
        "call_countries",
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["calls.id"],
            name=op.f("fk_call_countries_call_id_calls"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("call_id", "country_code", name=op.f("pk_call_countries")),
    )
    op.create_table(
        "call_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=500), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["calls.id"],
            name=op.f("fk_call_documents_call_id_calls"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_documents")),
    )
    with op.batch_alter_table("call_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_call_documents_call_id"), ["call_id"], unique=False)

    op.create_table(
        "call_eligible_types",
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column(
            "actor_type",
            sa.Enum(
                "ente_locale",
                "istituzione",
                "universita",
                "ong",
                "associazione",
                "associazione_migranti",
                "impresa",
                "altro",
                name="actortype",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["calls.id"],
            name=op.f("fk_call_eligible_types_call_id_calls"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("call_id", "actor_type", name=op.f("pk_call_eligible_types")),
    )
    op.create_table(
        "call_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "bozza",
                "aperto",
                "chiuso",
                "in_valutazione",
                "graduatoria_approvata",
                name="callstatus",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "bozza",
                "aperto",
                "chiuso",
                "in_valutazione",
                "graduatoria_approvata",
                name="callstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["calls.id"],
            name=op.f("fk_call_status_changes_call_id_calls"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_call_status_changes_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_call_status_changes")),
    )
    with op.batch_alter_table("call_status_changes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_call_status_changes_call_id"), ["call_id"], unique=False)

    op.create_table(
        "call_themes",
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column(
            "theme",
            sa.Enum(
                "decentramento",
                "sistemi_economici",
                "economia_circolare",
                "co_sviluppo",
                "crisi_umanitarie",
                "agenda_2030",
                "business_inclusivo",
                "cooperazione_sanitaria",
                name="theme",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_call_themes_call_id_calls"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("call_id", "theme", name=op.f("pk_call_themes")),
    )
    op.create_table(
        "committee_members",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "presidente",
                "componente",
                "segretario",
                name="committeerole",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("appointed_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"],
            ["calls.id"],
            name=op.f("fk_committee_members_call_id_calls"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_committee_members_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_committee_members")),
        sa.UniqueConstraint("call_id", "user_id", name=op.f("uq_committee_members_call_id_user_id")),
    )
    with op.batch_alter_table("committee_members", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_committee_members_user_id"), ["user_id"], unique=False)

    op.create_table(
        "criteria",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=20), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("max_points", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("min_points", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("tie_break_order", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_criteria_call_id_calls"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_criteria")),
        sa.UniqueConstraint("call_id", "code", name=op.f("uq_criteria_call_id_code")),
    )
    op.create_table(
        "decrees",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column(
            "kind",
            sa.Enum(
                "approvazione_bando",
                "graduatoria",
                "scorrimento",
                "liquidazione",
                "revoca",
                "altro",
                name="decreekind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("number", sa.String(length=40), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=True),
        sa.Column("commitment_amount", sa.Numeric(precision=14, scale=2), nullable=True),
        sa.Column("burt_number", sa.String(length=40), nullable=True),
        sa.Column("burt_date", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_decrees_call_id_calls")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decrees")),
        sa.UniqueConstraint("number", "issued_on", name=op.f("uq_decrees_number_issued_on")),
    )
    with op.batch_alter_table("decrees", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_decrees_call_id"), ["call_id"], unique=False)

    op.create_table(
        "governance_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "riunione",
                "seminario",
                "conferenza",
                name="governanceeventkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=True),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("place", sa.String(length=200), nullable=True),
        sa.Column("phase", sa.String(length=120), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["body_id"],
            ["governance_bodies.id"],
            name=op.f("fk_governance_events_body_id_governance_bodies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_governance_events")),
    )
    with op.batch_alter_table("governance_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_governance_events_body_id"), ["body_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_governance_events_held_on"), ["held_on"], unique=False)

    op.create_table(
        "letter_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.Column("updated_by_id", sa.Integer(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["updated_by_id"], ["users.id"], name=op.f("fk_letter_templates_updated_by_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_letter_templates")),
        sa.UniqueConstraint("kind", name=op.f("uq_letter_templates_kind")),
    )
    op.create_table(
        "memberships",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("body_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=120), nullable=True),
        sa.Column("since", sa.Date(), nullable=True),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["actor_id"],
            ["actors.id"],
            name=op.f("fk_memberships_actor_id_actors"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["body_id"],
            ["governance_bodies.id"],
            name=op.f("fk_memberships_body_id_governance_bodies"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_memberships")),
        sa.UniqueConstraint("body_id", "actor_id", name=op.f("uq_memberships_body_id_actor_id")),
    )
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_memberships_actor_id"), ["actor_id"], unique=False)

    op.create_table(
        "partnership_countries",
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partnership_countries_partnership_id_partnerships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("partnership_id", "country_code", name=op.f("pk_partnership_countries")),
    )
    op.create_table(
        "partnership_deadlines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("description", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partnership_deadlines_partnership_id_partnerships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_deadlines")),
    )
    with op.batch_alter_table("partnership_deadlines", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partnership_deadlines_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_partnership_deadlines_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "partnership_networks",
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column(
            "network",
            sa.Enum(
                "comitato_regioni",
                "crpm",
                "platforma",
                "altro",
                name="network",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partnership_networks_partnership_id_partnerships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("partnership_id", "network", name=op.f("pk_partnership_networks")),
    )
    op.create_table(
        "partnership_partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("foreign_name", sa.String(length=300), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("role", sa.String(length=120), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "actor_id IS NOT NULL OR foreign_name IS NOT NULL",
            name=op.f("ck_partnership_partners_actor_or_foreign"),
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_partnership_partners_actor_id_actors")
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partnership_partners_partnership_id_partnerships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_partners")),
    )
    with op.batch_alter_table("partnership_partners", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_partnership_partners_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_partnership_partners_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "partnership_sdgs",
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column("goal", sa.Integer(), nullable=False),
        sa.CheckConstraint("goal BETWEEN 1 AND 17", name=op.f("ck_partnership_sdgs_goal_range")),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partnership_sdgs_partnership_id_partnerships"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("partnership_id", "goal", name=op.f("pk_partnership_sdgs")),
    )
    op.create_table(
        "partnership_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partnership_id", sa.Integer(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "idea",
                "in_preparazione",
                "presentata",
                "approvata",
                "respinta",
                "in_corso",
                "conclusa",
                name="partnershipstatus",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "idea",
                "in_preparazione",
                "presentata",
                "approvata",
                "respinta",
                "in_corso",
                "conclusa",
                name="partnershipstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_partnership_status_changes_partnership_id_partnerships"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_partnership_status_changes_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_partnership_status_changes")),
    )
    with op.batch_alter_table("partnership_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_partnership_status_changes_partnership_id"),
            ["partnership_id"],
            unique=False,
        )

    op.create_table(
        "admissibility_checks",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "superato",
                "non_superato",
                "da_verificare",
                name="checkoutcome",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=True),
        sa.Column("overridden_by_id", sa.Integer(), nullable=True),
        sa.Column("checked_at", sa.DateTime(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_admissibility_checks_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["call_documents.id"],
            name=op.f("fk_admissibility_checks_document_id_call_documents"),
        ),
        sa.ForeignKeyConstraint(
            ["overridden_by_id"],
            ["users.id"],
            name=op.f("fk_admissibility_checks_overridden_by_id_users"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_admissibility_checks")),
        sa.UniqueConstraint(
            "application_id", "code", name=op.f("uq_admissibility_checks_application_id_code")
        ),
    )
    op.create_table(
        "application_countries",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("country_code", sa.String(length=2), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_application_countries_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("application_id", "country_code", name=op.f("pk_application_countries")),
    )
    op.create_table(
        "application_partners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("foreign_name", sa.String(length=300), nullable=True),
        sa.Column("country_code", sa.String(length=2), nullable=True),
        sa.Column("role", sa.String(length=120), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "actor_id IS NOT NULL OR foreign_name IS NOT NULL",
            name=op.f("ck_application_partners_actor_or_foreign"),
        ),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_application_partners_actor_id_actors")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_application_partners_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_partners")),
    )
    with op.batch_alter_table("application_partners", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_application_partners_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_application_partners_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "application_sdgs",
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("goal", sa.Integer(), nullable=False),
        sa.CheckConstraint("goal BETWEEN 1 AND 17", name=op.f("ck_application_sdgs_goal_range")),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_application_sdgs_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("application_id", "goal", name=op.f("pk_application_sdgs")),
    )
    op.create_table(
        "application_status_changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column(
            "from_status",
            sa.Enum(
                "ricevuta",
                "integrazioni_richieste",
                "ammissibile",
                "non_ammissibile",
                "in_valutazione",
                "valutata",
                "finanziata",
                "finanziata_parzialmente",
                "ammessa_non_finanziata",
                "non_idonea",
                "ritirata",
                "revocata",
                name="applicationstatus",
                native_enum=False,
                length=40,
            ),
            nullable=True,
        ),
        sa.Column(
            "to_status",
            sa.Enum(
                "ricevuta",
                "integrazioni_richieste",
                "ammissibile",
                "non_ammissibile",
                "in_valutazione",
                "valutata",
                "finanziata",
                "finanziata_parzialmente",
                "ammessa_non_finanziata",
                "non_idonea",
                "ritirata",
                "revocata",
                name="applicationstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_application_status_changes_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_application_status_changes_user_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_application_status_changes")),
    )
    with op.batch_alter_table("application_status_changes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_application_status_changes_application_id"),
            ["application_id"],
            unique=False,
        )

    op.create_table(
        "assignments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("evaluator_id", sa.Integer(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "assegnata",
                "dichiarata",
                "conflitto",
                "bozza",
                "inviata",
                name="assignmentstatus",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("assigned_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_assignments_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["evaluator_id"], ["users.id"], name=op.f("fk_assignments_evaluator_id_users")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assignments")),
        sa.UniqueConstraint(
            "application_id",
            "evaluator_id",
            name=op.f("uq_assignments_application_id_evaluator_id"),
        ),
    )
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_assignments_evaluator_id"), ["evaluator_id"], unique=False)

    op.create_table(
        "consensus_scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Numeric(precision=6, scale=2), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_consensus_scores_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"],
            ["criteria.id"],
            name=op.f("fk_consensus_scores_criterion_id_criteria"),
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_consensus_scores_user_id_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consensus_scores")),
        sa.UniqueConstraint(
            "application_id",
            "criterion_id",
            name=op.f("uq_consensus_scores_application_id_criterion_id"),
        ),
    )
    op.create_table(
        "generated_documents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "scheda_valutazione",
                "verbale",
                "avvio",
                "integrazioni",
                "preavviso",
                "esito",
                "allegato",
                "adesione",
                "scheda_partenariato",
                name="documentkind",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("application_id", sa.Integer(), nullable=True),
        sa.Column("actor_id", sa.Integer(), nullable=True),
        sa.Column("partnership_id", sa.Integer(), nullable=True),
        sa.Column("recipient", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        sa.Column("file_name", sa.String(length=500), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("protocol_number", sa.String(length=40), nullable=True),
        sa.Column("protocol_date", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["actors.id"], name=op.f("fk_generated_documents_actor_id_actors")
        ),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_generated_documents_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(["call_id"], ["calls.id"], name=op.f("fk_generated_documents_call_id_calls")),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_generated_documents_created_by_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["partnership_id"],
            ["partnerships.id"],
            name=op.f("fk_generated_documents_partnership_id_partnerships"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_generated_documents")),
    )
    with op.batch_alter_table("generated_documents", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_generated_documents_actor_id"), ["actor_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_generated_documents_application_id"), ["application_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_generated_documents_call_id"), ["call_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_generated_documents_partnership_id"), ["partnership_id"], unique=False
        )

    op.create_table(
        "integration_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("requested_on", sa.Date(), nullable=False),
        sa.Column("deadline", sa.Date(), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=True),
        sa.Column("answer_note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_integration_requests_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_integration_requests")),
    )
    with op.batch_alter_table("integration_requests", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_integration_requests_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "payments",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum("acconto", "saldo", "restituzione", name="paymentkind", native_enum=False, length=40),
            nullable=False,
        ),
        sa.Column("amount", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("paid_on", sa.Date(), nullable=False),
        sa.Column("decree_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_payments_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(["decree_id"], ["decrees.id"], name=op.f("fk_payments_decree_id_decrees")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_payments")),
    )
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_payments_application_id"), ["application_id"], unique=False)

    op.create_table(
        "rankings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(), nullable=False),
        sa.Column("is_provisional", sa.Boolean(), nullable=False),
        sa.Column("is_approved", sa.Boolean(), nullable=False),
        sa.Column("decree_id", sa.Integer(), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name=op.f("fk_rankings_call_id_calls"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["decree_id"], ["decrees.id"], name=op.f("fk_rankings_decree_id_decrees")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rankings")),
        sa.UniqueConstraint("call_id", "version", name=op.f("uq_rankings_call_id_version")),
    )
    op.create_table(
        "conflict_declarations",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("has_conflict", sa.Boolean(), nullable=False),
        sa.Column("declared_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            name=op.f("fk_conflict_declarations_assignment_id_assignments"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_conflict_declarations")),
        sa.UniqueConstraint("assignment_id", name=op.f("uq_conflict_declarations_assignment_id")),
    )
    op.create_table(
        "ranking_entries",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ranking_id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("rank", sa.Integer(), nullable=True),
        sa.Column("total_score", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column(
            "outcome",
            sa.Enum(
                "finanziata",
                "finanziata parzialmente",
                "ammessa non finanziata",
                "non idonea",
                "non ammissibile",
                name="rankingoutcome",
                native_enum=False,
                length=40,
            ),
            nullable=False,
        ),
        sa.Column("grant", sa.Numeric(precision=14, scale=2), nullable=False),
        sa.Column("tie_break_note", sa.Text(), nullable=True),
        sa.Column("criterion_scores", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_ranking_entries_application_id_applications"),
        ),
        sa.ForeignKeyConstraint(
            ["ranking_id"],
            ["rankings.id"],
            name=op.f("fk_ranking_entries_ranking_id_rankings"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_ranking_entries")),
        sa.UniqueConstraint(
            "ranking_id",
            "application_id",
            name=op.f("uq_ranking_entries_ranking_id_application_id"),
        ),
    )
    with op.batch_alter_table("ranking_entries", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ranking_entries_application_id"), ["application_id"], unique=False
        )

    op.create_table(
        "scores",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("assignment_id", sa.Integer(), nullable=False),
        sa.Column("criterion_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Numeric(precision=6, scale=2), nullable=True),
        sa.Column("comment", sa.Text(), nullable=True),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["assignment_id"],
            ["assignments.id"],
            name=op.f("fk_scores_assignment_id_assignments"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["criterion_id"], ["criteria.id"], name=op.f("fk_scores_criterion_id_criteria")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scores")),
        sa.UniqueConstraint(
            "assignment_id", "criterion_id", name=op.f("uq_scores_assignment_id_criterion_id")
        ),
    )
    with op.batch_alter_table("scores", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scores_criterion_id"), ["criterion_id"], unique=False)


def downgrade() -> None:

    with op.batch_alter_table("scores", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_scores_criterion_id"))

    op.drop_table("scores")
    with op.batch_alter_table("ranking_entries", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ranking_entries_application_id"))

    op.drop_table("ranking_entries")
    op.drop_table("conflict_declarations")
    op.drop_table("rankings")
    with op.batch_alter_table("payments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_payments_application_id"))

    op.drop_table("payments")
    with op.batch_alter_table("integration_requests", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_integration_requests_application_id"))

    op.drop_table("integration_requests")
    with op.batch_alter_table("generated_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_generated_documents_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_generated_documents_call_id"))
        batch_op.drop_index(batch_op.f("ix_generated_documents_application_id"))
        batch_op.drop_index(batch_op.f("ix_generated_documents_actor_id"))

    op.drop_table("generated_documents")
    op.drop_table("consensus_scores")
    with op.batch_alter_table("assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assignments_evaluator_id"))

    op.drop_table("assignments")
    with op.batch_alter_table("application_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_status_changes_application_id"))

    op.drop_table("application_status_changes")
    op.drop_table("application_sdgs")
    with op.batch_alter_table("application_partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_application_partners_application_id"))
        batch_op.drop_index(batch_op.f("ix_application_partners_actor_id"))

    op.drop_table("application_partners")
    op.drop_table("application_countries")
    op.drop_table("admissibility_checks")
    with op.batch_alter_table("partnership_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_status_changes_partnership_id"))

    op.drop_table("partnership_status_changes")
    op.drop_table("partnership_sdgs")
    with op.batch_alter_table("partnership_partners", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_partners_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_partners_actor_id"))

    op.drop_table("partnership_partners")
    op.drop_table("partnership_networks")
    with op.batch_alter_table("partnership_deadlines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnership_deadlines_partnership_id"))
        batch_op.drop_index(batch_op.f("ix_partnership_deadlines_due_on"))

    op.drop_table("partnership_deadlines")
    op.drop_table("partnership_countries")
    with op.batch_alter_table("memberships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_memberships_actor_id"))

    op.drop_table("memberships")
    op.drop_table("letter_templates")
    with op.batch_alter_table("governance_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_governance_events_held_on"))
        batch_op.drop_index(batch_op.f("ix_governance_events_body_id"))

    op.drop_table("governance_events")
    with op.batch_alter_table("decrees", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_decrees_call_id"))

    op.drop_table("decrees")
    op.drop_table("criteria")
    with op.batch_alter_table("committee_members", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_committee_members_user_id"))

    op.drop_table("committee_members")
    op.drop_table("call_themes")
    with op.batch_alter_table("call_status_changes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_status_changes_call_id"))

    op.drop_table("call_status_changes")
    op.drop_table("call_eligible_types")
    with op.batch_alter_table("call_documents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_call_documents_call_id"))

    op.drop_table("call_documents")
    op.drop_table("call_countries")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_entity")

    op.drop_table("audit_log")
    with op.batch_alter_table("applications", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_applications_lead_actor_id"))
        batch_op.drop_index("ix_applications_call_status")

    op.drop_table("applications")
    with op.batch_alter_table("actor_registrations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_registrations_actor_id"))

    op.drop_table("actor_registrations")
    with op.batch_alter_table("actor_contacts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_actor_contacts_actor_id"))

    op.drop_table("actor_contacts")
    op.drop_table("users")
    with op.batch_alter_table("partnerships", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_partnerships_submission_deadline"))
        batch_op.drop_index(batch_op.f("ix_partnerships_status"))

    op.drop_table("partnerships")
    op.drop_table("office_profile")
    op.drop_table("governance_bodies")
    with op.batch_alter_table("calls", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_calls_year"))

    op.drop_table("calls")
    with op.batch_alter_table("actors", schema=None) as batch_op:
        batch_op.drop_index("ix_actors_type_name")
        batch_op.drop_index("ix_actors_province_name")
        batch_op.drop_index(batch_op.f("ix_actors_name"))
        batch_op.drop_index(batch_op.f("ix_actors_municipality"))
        batch_op.drop_index(batch_op.f("ix_actors_is_archived"))

    op.drop_table("actors")
