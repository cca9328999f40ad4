"""A warehouse that documents itself (issue 17, item 4): every table, view and column carries a
description on both backends, and `servicelens docs` writes the HTML data dictionary."""

from pathlib import Path

from click.testing import CliRunner

from pipeline.cli import main
from pipeline.warehouse import Warehouse, ensure_schema
from pipeline.warehouse.catalog import load_catalog, schema_objects, stored_comments


def _undocumented(wh: Warehouse) -> list[str]:
    comments = stored_comments(wh)
    missing = []
    for name, (_kind, columns) in schema_objects(wh).items():
        if not comments.get((name, None)):
            missing.append(name)
        missing += [f"{name}.{c}" for c in columns if not comments.get((name, c))]
    return missing


def test_every_table_view_and_column_has_a_comment_on_duckdb(duckdb_url: str):
    with Warehouse.connect(duckdb_url) as wh:
        ensure_schema(wh)
        ensure_schema(wh)  # views are recreated: their comments come back
        objects = schema_objects(wh)
        assert len(objects) >= 30 and sum(len(c) for _, c in objects.values()) >= 300
        assert _undocumented(wh) == [], "describe them in pipeline/warehouse/sql/catalog.yaml"
        comment = stored_comments(wh)[("agent_scorecard_summary", None)]
        assert "Grain: one agent." in comment


def test_every_table_view_and_column_has_a_comment_on_postgres(fresh_postgres_url: str):
    with Warehouse.connect(fresh_postgres_url) as wh:
        ensure_schema(wh)
        ensure_schema(wh)
        assert len(schema_objects(wh)) >= 30
        assert _undocumented(wh) == [], "describe them in pipeline/warehouse/sql/catalog.yaml"


def test_catalog_names_only_objects_and_columns_that_exist():
    catalog = load_catalog()
    with Warehouse.connect("duckdb:///:memory:") as wh:
        ensure_schema(wh)
        objects = schema_objects(wh)
    stale = [name for name in catalog.objects if name not in objects]
    stale += [f"{name}.{col}" for name, doc in catalog.objects.items() if name in objects
              for col in doc.columns if col not in objects[name][1]]
    stale += [f"{name} key {k}" for name, doc in catalog.objects.items() if name in objects
              for k in doc.keys if k not in objects[name][1]]
    assert stale == []


def test_docs_writes_a_browsable_dictionary(tmp_path: Path):
    out = tmp_path / "dd.html"
    result = CliRunner().invoke(main, ["docs", "--out", str(out)])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    for name in load_catalog().objects:
        assert f'id="{name}"' in html
    assert "Grain:</b> one agent x criterion" in html and "(undocumented)" not in html
    assert html.index('id="qa_review_queue"') < html.index('id="fct_interaction"')  # views first
