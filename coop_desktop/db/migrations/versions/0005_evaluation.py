"""Evaluation: conflicts declared with actors, reopened scoring forms

evaluator_conflicts keeps the conflicts of interest an evaluator declared with an actor, so that
automatic assignment never gives them that actor's applications; assignments record when and why
a submitted form was reopened.

Revision ID: 0005_evaluation
Revises: 0004_actor_list_speed
Create Date: 2026-11-22
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_evaluation"
down_revision: str | None = "0004_actor_list_speed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "evaluator_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("actor_id", sa.Integer(), nullable=False),
        sa.Column("call_id", sa.Integer(), nullable=True),
        sa.Column("declared_at", sa.DateTime(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(["actor_id"], ["actors.id"], name="fk_evaluator_conflicts_actor_id_actors"),
        sa.ForeignKeyConstraint(
            ["call_id"], ["calls.id"], name="fk_evaluator_conflicts_call_id_calls", ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name="fk_evaluator_conflicts_user_id_users"),
        sa.PrimaryKeyConstraint("id", name="pk_evaluator_conflicts"),
        sa.UniqueConstraint(
            "user_id", "actor_id", "call_id", name="uq_evaluator_conflicts_user_id_actor_id_call_id"
        ),
    )
    op.create_index("ix_evaluator_conflicts_actor_id", "evaluator_conflicts", ["actor_id"])
    op.create_index("ix_evaluator_conflicts_user_id", "evaluator_conflicts", ["user_id"])
    with op.batch_alter_table("assignments") as batch:
        batch.add_column(sa.Column("reopened_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("reopen_reason", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("assignments") as batch:
        batch.drop_column("reopen_reason")
        batch.drop_column("reopened_at")
    op.drop_index("ix_evaluator_conflicts_user_id", table_name="evaluator_conflicts")
    op.drop_index("ix_evaluator_conflicts_actor_id", table_name="evaluator_conflicts")
    op.drop_table("evaluator_conflicts")
