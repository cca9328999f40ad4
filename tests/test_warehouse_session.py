"""The night's warehouse connections take their memory limit and threads from rules/pipeline.yaml."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from pipeline.flows.run_config import load_pipeline_config
from pipeline.warehouse import Warehouse
from pipeline.warehouse.session import SessionConfig, apply_session


def test_the_rules_bound_duckdb_memory_and_threads(tmp_path):
    config = load_pipeline_config(None).warehouse
    assert config.duckdb_memory_limit == "128MB" and config.duckdb_threads == 1
    with Warehouse.connect(f"duckdb:///{tmp_path / 'wh.duckdb'}") as wh:
        default_limit = wh.query("SELECT current_setting('memory_limit')")[0][0]
        apply_session(wh, config)
        limit, threads = wh.query("SELECT current_setting('memory_limit'), current_setting('threads')")[0]
    assert limit != default_limit and limit.replace(" ", "") in {"122.0MiB", "128.0MiB"}, limit
    assert int(threads) == 1


def test_the_night_opens_its_connections_with_them(tmp_path):
    from pipeline.flows.nightly import open_for_writing

    with open_for_writing(f"duckdb:///{tmp_path / 'wh.duckdb'}", SessionConfig(duckdb_memory_limit="300MB",
                                                                                duckdb_threads=2)) as wh:
        limit, threads = wh.query("SELECT current_setting('memory_limit'), current_setting('threads')")[0]
    assert limit.replace(" ", "") in {"286.1MiB", "300.0MiB"} and int(threads) == 2


def test_a_bad_size_is_refused():
    with pytest.raises(ValidationError):
        SessionConfig(duckdb_memory_limit="lots")
    with pytest.raises(ValidationError):
        SessionConfig(postgres_work_mem="64MB; DROP TABLE x")
