"""Alembic environment: migrates the engine handed over by coop_desktop.db.schema."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from coop_desktop.db.models import Base
from coop_desktop.db.schema import include_object

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine: Engine | None = config.attributes.get("engine")
    if engine is None:
        from coop_desktop.db.engine import Database

        engine = Database.open(config.get_main_option("sqlalchemy.url")).engine
    with engine.begin() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            # SQLite cannot ALTER most things: batch mode rebuilds tables instead.
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
            include_object=include_object,
        )
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Le migrazioni offline non sono supportate.")
run_migrations_online()
