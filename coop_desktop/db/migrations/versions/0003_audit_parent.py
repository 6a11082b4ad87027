"""Audit entries name the record a child row belongs to

A contact's, criterion's or partner's changes show in the history of its actor, call or
partnership: audit_log gains parent_entity/parent_id and an index to list them.

Revision ID: 0003_audit_parent
Revises: 0002_actor_search
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_audit_parent"
down_revision: str | None = "0002_actor_search"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("audit_log", sa.Column("parent_entity", sa.String(length=60), nullable=True))
    op.add_column("audit_log", sa.Column("parent_id", sa.String(length=40), nullable=True))
    op.create_index("ix_audit_log_parent", "audit_log", ["parent_entity", "parent_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_audit_log_parent", table_name="audit_log")
    op.drop_column("audit_log", "parent_id")
    op.drop_column("audit_log", "parent_entity")
