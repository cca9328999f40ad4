"""Test settings: Prefect offline with its own home (never the user's), fixture paths."""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp(prefix="servicelens-prefect-"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "180")
# Prefect stops its temporary server at interpreter exit and logs that to the console handler it
# bound to pytest's (by then closed) capture stream; don't print a traceback for that last line.
logging.raiseExceptions = False
# Deployment secrets of test runs (never the project's outputs/secrets/ key files).
os.environ.setdefault("SERVICELENS_IDENTITY_KEY", "servicelens-tests-identity-key-not-secret")
os.environ.setdefault("SERVICELENS_TRANSCRIPT_CACHE_KEY", "servicelens-tests-cache-key-not-secret")

FIXTURES = Path(__file__).parent / "fixtures"
PROJECT = Path(__file__).resolve().parent.parent
SHARED_DATA = PROJECT.parent / "shared" / "data"


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def duckdb_url(tmp_path: Path) -> str:
    return f"duckdb:///{tmp_path / 'warehouse.duckdb'}"


@pytest.fixture(scope="session")
def postgres_url():
    """A throwaway PostgreSQL server on a free loopback port (skipped when PostgreSQL is absent)."""
    from pipeline.warehouse.throwaway_postgres import PostgresUnavailable, postgres_bin, throwaway_postgres

    if postgres_bin() is None:
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql)")
    try:
        server = throwaway_postgres()
        url = server.__enter__()
    except PostgresUnavailable as exc:
        pytest.skip(str(exc))
    try:
        yield url
    finally:
        server.__exit__(None, None, None)


@pytest.fixture
def fresh_postgres_url(postgres_url: str, request) -> str:
    """A new, empty database on the throwaway PostgreSQL server (one per test)."""
    import re

    import psycopg

    name = "t_" + re.sub(r"\W", "_", request.node.name.lower())[:50]
    with psycopg.connect(postgres_url, autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}"')
        con.execute(f'CREATE DATABASE "{name}"')
    return postgres_url.rsplit("/", 1)[0] + "/" + name
