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
