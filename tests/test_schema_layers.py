"""Schema files: one table or view per file, in layer folders, applied in dependency order."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.warehouse import schema
from pipeline.warehouse.schema import LAYERS, SQL_DIR, dependency_order, schema_files

CREATED = re.compile(r"\bCREATE\s+(?:OR\s+REPLACE\s+)?(TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?([a-z_0-9]+)", re.I)
VIEW_LAYERS = {"staging", "intermediate", "marts"}


def _created(path: Path) -> list[tuple[str, str]]:
    return [(kind.upper(), name) for kind, name in CREATED.findall(path.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("dialect", ["duckdb", "postgresql"])
def test_one_object_per_file_named_after_it_in_its_layer(dialect: str):
    files = schema_files(dialect)
    assert len(files) >= 35
    wrong = []
    for path in files:
        layer = path.parent.name
        assert layer in LAYERS, f"{path} is outside the layer folders"
        if layer == "indexes":
            assert _created(path) == []
            continue
        created = _created(path)
        kind = "VIEW" if layer in VIEW_LAYERS else "TABLE"
        if created != [(kind, path.stem)]:
            wrong.append(f"{layer}/{path.name}: {created}")
    assert wrong == []


@pytest.mark.parametrize("dialect", ["duckdb", "postgresql"])
def test_every_file_runs_after_the_objects_it_names(dialect: str):
    files = schema_files(dialect)
    position = {p.stem.split(".")[0]: i for i, p in enumerate(files)}
    late = []
    for i, path in enumerate(files):
        code = schema._code(path.read_text(encoding="utf-8"))
        for word in set(re.findall(r"[a-z_][a-z0-9_]*", code)):
            if word in position and word != path.stem and position[word] > i:
                late.append(f"{path.name} before {word}")
    assert late == []
    views = [p for p in files if p.parent.name in VIEW_LAYERS]
    assert files.index(views[0]) > max(files.index(p) for p in files if p.parent.name == "facts")


def test_marts_of_the_issue_are_files_of_their_own():
    for mart in ("qa_review_queue", "kpi_daily", "complaint_topic_trends"):
        assert (SQL_DIR / "marts" / f"{mart}.sql").is_file()
    assert (SQL_DIR / "staging" / "stg_interaction_kpi.sql").is_file()


def test_order_follows_references_not_names(tmp_path: Path):
    (tmp_path / "staging").mkdir()
    a = tmp_path / "staging" / "a_view.sql"
    b = tmp_path / "staging" / "b_view.sql"
    a.write_text("CREATE OR REPLACE VIEW a_view AS SELECT * FROM b_view;\n")
    b.write_text("-- a_view is not a reference here: comments are ignored\nCREATE OR REPLACE VIEW b_view AS SELECT 1 AS x;\n")
    assert dependency_order([a, b]) == [b, a]
    b.write_text("CREATE OR REPLACE VIEW b_view AS SELECT * FROM a_view;\n")
    with pytest.raises(RuntimeError, match="cycle"):
        dependency_order([a, b])


def test_an_unknown_layer_folder_is_refused(tmp_path: Path, monkeypatch):
    (tmp_path / "reports").mkdir()
    monkeypatch.setattr(schema, "SQL_DIR", tmp_path)
    with pytest.raises(RuntimeError, match="unknown layer folder"):
        schema_files("duckdb")


def test_an_object_created_by_two_files_is_refused(tmp_path: Path):
    (tmp_path / "facts").mkdir()
    a = tmp_path / "facts" / "fct_x.sql"
    b = tmp_path / "00_old.sql"
    a.write_text("CREATE TABLE IF NOT EXISTS fct_x (a TEXT);\n")
    b.write_text("CREATE TABLE IF NOT EXISTS fct_x (a TEXT, b TEXT);\n")
    with pytest.raises(RuntimeError, match="fct_x is created by two schema files"):
        dependency_order([a, b])


def test_the_split_script_moves_a_former_file_into_layers(tmp_path: Path, monkeypatch):
    import importlib.util

    spec = importlib.util.spec_from_file_location("split_schema_files", SQL_DIR.parents[2] / "scripts" / "split_schema_files.py")
    split_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(split_module)
    (tmp_path / "etl").mkdir()
    (tmp_path / "etl" / "etl_run.sql").write_text("CREATE TABLE IF NOT EXISTS etl_run (run_id TEXT);\n")
    (tmp_path / "45_sla.sql").write_text(
        "-- SLA marts (a branch of the former layout). Opening block: dropped.\n\n"
        "-- the threshold per channel\nCREATE TABLE IF NOT EXISTS cfg_sla_v2 (channel TEXT PRIMARY KEY);\n\n"
        "ALTER TABLE etl_run ADD COLUMN IF NOT EXISTS sla_version TEXT;   -- which thresholds a run used\n\n"
        "CREATE OR REPLACE VIEW stg_sla AS SELECT channel FROM cfg_sla_v2;\n\n"
        "-- SLA per day\nCREATE OR REPLACE VIEW sla_daily AS\nSELECT channel FROM stg_sla;\n")
    split_module.split(tmp_path)
    assert not (tmp_path / "45_sla.sql").exists()
    assert (tmp_path / "config" / "cfg_sla_v2.sql").read_text().startswith("-- the threshold per channel\nCREATE")
    assert "Opening block" not in (tmp_path / "config" / "cfg_sla_v2.sql").read_text()
    assert (tmp_path / "etl" / "etl_run.sql").read_text().endswith("sla_version TEXT;   -- which thresholds a run used\n")
    assert (tmp_path / "marts" / "sla_daily.sql").read_text() == "-- SLA per day\nCREATE OR REPLACE VIEW sla_daily AS\nSELECT channel FROM stg_sla;\n"
    monkeypatch.setattr(schema, "SQL_DIR", tmp_path)
    assert [f"{p.parent.name}/{p.name}" for p in schema_files("duckdb")] == [
        "etl/etl_run.sql", "config/cfg_sla_v2.sql", "staging/stg_sla.sql", "marts/sla_daily.sql"]
