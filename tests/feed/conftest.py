"""Fixtures for the feed server suite: a real server on SQLite and on PostgreSQL.

PostgreSQL comes from WHEELSHARE_TEST_PG_URL (``./dev test`` starts a throw-away
cluster and exports it). Without it the PostgreSQL half fails in CI and is
skipped, with the reason, elsewhere. Each test module gets a fresh database.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from psycopg import sql

from wheelshare.feed.testing import LiveFeed

PG_ENV = "WHEELSHARE_TEST_PG_URL"
BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgres", id="postgres", marks=pytest.mark.postgres),
]


def pg_server_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        message = f"{PG_ENV} is not set: run the tests with ./dev test (it starts PostgreSQL)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    return url


def _plain(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


class PgDatabases:
    """Creates fresh databases on the test server and drops them afterwards."""

    def __init__(self, server_url: str) -> None:
        self.server_url = server_url
        self.created: list[str] = []

    def create(self) -> str:
        name = f"feed_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(_plain(self.server_url), autocommit=True) as conn:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
        self.created.append(name)
        return self.server_url.rsplit("/", 1)[0] + "/" + name

    def drop_all(self) -> None:
        with psycopg.connect(_plain(self.server_url), autocommit=True) as conn:
            for name in self.created:
                conn.execute(
                    sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
                )


@pytest.fixture(scope="session")
def pg_databases() -> Iterator[PgDatabases]:
    dbs = PgDatabases(pg_server_url())
    yield dbs
    dbs.drop_all()


@pytest.fixture(scope="module", params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


def make_feed(
    backend: str, request: pytest.FixtureRequest, folder: Path, **settings: object
) -> LiveFeed:
    if backend == "postgres":
        dbs: PgDatabases = request.getfixturevalue("pg_databases")
        return LiveFeed(folder, db_url=dbs.create(), **settings)
    return LiveFeed(folder, **settings)


@pytest.fixture(scope="module")
def feed(
    backend: str, request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveFeed]:
    """A running feed with the small demo set, shared by the tests of one module
    (each test makes its own users and vehicles)."""
    with make_feed(backend, request, tmp_path_factory.mktemp("feed")) as f:
        yield f
