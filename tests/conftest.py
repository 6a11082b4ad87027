"""Shared fixtures: offscreen Qt, an isolated home folder, a fresh database per test."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

# Set before anything imports Qt: tests never open real windows.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep tests away from the real user's data folder and settings.
_HOME = tempfile.mkdtemp(prefix="coop-test-home-")
os.environ["COOP_DESKTOP_HOME"] = _HOME
os.environ.pop("COOP_DESKTOP_DB", None)

import pytest  # noqa: E402

from coop_desktop.db.engine import Database  # noqa: E402
from tests.helpers.databases import TemplateDatabase, postgres_url  # noqa: E402


def pytest_report_header(config: pytest.Config) -> str:
    url = postgres_url()
    return f"database: {'PostgreSQL ' + url.render_as_string(hide_password=True) if url else 'SQLite'}"


@pytest.fixture(scope="session", autouse=True)
def cheap_password_hashing() -> Iterator[None]:
    """argon2 with its smallest parameters: the real ones take a third of a second per hash, by design."""
    from argon2 import PasswordHasher

    from coop_desktop.services import users

    real = users.PASSWORD_HASHER
    users.PASSWORD_HASHER = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)
    yield
    users.PASSWORD_HASHER = real


@pytest.fixture(scope="session")
def empty_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TemplateDatabase]:
    template = TemplateDatabase("empty", tmp_path_factory.mktemp("templates"))
    yield template
    template.drop()


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TemplateDatabase]:
    from coop_desktop.demo import load_demo

    template = TemplateDatabase("demo", tmp_path_factory.mktemp("templates"), fill=load_demo)
    yield template
    template.drop()


@pytest.fixture
def db(empty_template: TemplateDatabase, tmp_path: Path) -> Iterator[Database]:
    """A fresh, migrated, empty database."""
    with empty_template.clone(tmp_path) as url:
        database = Database.open(url)
        yield database
        database.close()


@pytest.fixture
def demo_db(demo_template: TemplateDatabase, tmp_path: Path) -> Iterator[Database]:
    """A fresh copy of the demo database."""
    with demo_template.clone(tmp_path) as url:
        database = Database.open(url)
        yield database
        database.close()


@pytest.fixture
def is_postgres() -> bool:
    return postgres_url() is not None
