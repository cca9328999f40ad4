"""The warehouse data dictionary as one self-contained HTML page (``servicelens docs``).

Built from ``sql/catalog.yaml`` and the live schema (column order and types come from the database:
a fresh in-memory DuckDB with the schema applied, or the warehouse given by URL). Views come first:
they are what analysts query.
"""

from __future__ import annotations

from datetime import datetime, timezone
from html import escape
from pathlib import Path

from pipeline.warehouse.backend import Warehouse
from pipeline.warehouse.catalog import Catalog, load_catalog

SECTIONS = (
    ("Views for analysts", lambda name, kind: kind == "view" and not name.startswith(("stg_", "int_"))),
    ("Facts", lambda name, kind: name.startswith("fct_")),
    ("Dimensions", lambda name, kind: name.startswith("dim_")),
    ("Reviews and settings", lambda name, kind: name.startswith(("qa_", "cfg_")) and kind == "table"),
    ("Runs and quarantine", lambda name, kind: name.startswith("etl_")),
    ("Staging and intermediate views (building blocks)", lambda name, kind: name.startswith(("stg_", "int_"))),
    ("Other", lambda name, kind: True),  # whatever no section above claims is still listed
)
STYLE = """body{font:14px/1.45 system-ui,sans-serif;margin:0}nav{width:250px;height:100vh;overflow:auto;
position:fixed;left:0;top:0;background:#f6f7f9;padding:12px;box-sizing:border-box;border-right:1px solid #ddd}
nav a{display:block;color:#234;text-decoration:none;padding:1px 0}nav h4{margin:12px 0 4px;color:#555}
main{margin-left:250px;padding:16px 28px;max-width:1100px}h2{border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:32px}
table{border-collapse:collapse;width:100%;margin:8px 0 20px}td,th{border:1px solid #ddd;padding:4px 8px;
text-align:left;vertical-align:top}th{background:#f0f0f0}code{background:#f3f3f3;padding:0 3px}.key{font-weight:bold}
.kind{font-size:12px;color:#fff;background:#58a;border-radius:3px;padding:1px 6px;margin-left:6px}
.kind.table{background:#777}.meta{color:#444}#q{width:100%;box-sizing:border-box;margin-bottom:8px;padding:4px}"""
SCRIPT = """document.getElementById('q').addEventListener('input',e=>{const q=e.target.value.toLowerCase();
document.querySelectorAll('section').forEach(s=>{s.style.display=s.textContent.toLowerCase().includes(q)?'':'none'})});"""


def column_types(wh: Warehouse) -> dict[str, list[tuple[str, str]]]:
    rows = wh.query("SELECT table_name, column_name, data_type FROM information_schema.columns "
                    "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position")
    out: dict[str, list[tuple[str, str]]] = {}
    for table, column, data_type in rows:
        out.setdefault(table, []).append((column, str(data_type)))
    return out


def render_html(wh: Warehouse, catalog: Catalog | None = None) -> str:
    from pipeline.warehouse.catalog import schema_objects

    catalog = catalog or load_catalog()
    objects = schema_objects(wh)
    types = column_types(wh)
    nav, body = [], []
    placed: set[str] = set()
    for title, belongs in SECTIONS:
        names = sorted(n for n, (kind, _) in objects.items() if n not in placed and belongs(n, kind))
        if not names:
            continue
        placed.update(names)
        nav.append(f"<h4>{escape(title)}</h4>" + "".join(f'<a href="#{n}">{escape(n)}</a>' for n in names))
        body.append(f"<h1>{escape(title)}</h1>")
        for name in names:
            kind = objects[name][0]
            doc = catalog.objects.get(name)
            keys = set(doc.keys) if doc else set()
            rows = "".join(
                f'<tr><td class="{"key" if col in keys else ""}"><code>{escape(col)}</code>'
                f'{" (key)" if col in keys else ""}</td><td>{escape(dtype)}</td>'
                f"<td>{escape(catalog.column(name, col) or '(undocumented)')}</td></tr>"
                for col, dtype in types.get(name, []))
            meta = (f'<p>{escape(doc.description)}</p><p class="meta"><b>Grain:</b> {escape(doc.grain)}. '
                    f'<b>Keys:</b> {escape(", ".join(doc.keys))}.</p>') if doc else "<p>(undocumented)</p>"
            body.append(f'<section id="{name}"><h2>{escape(name)}<span class="kind {kind}">{kind}</span></h2>{meta}'
                        f"<table><tr><th>column</th><th>type</th><th>description</th></tr>{rows}</table></section>")
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    return (f'<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Servicelens data dictionary</title>'
            f"<style>{STYLE}</style></head><body><nav><b>Servicelens warehouse</b>"
            f'<input id="q" placeholder="filter tables, columns…">{"".join(nav)}</nav><main>'
            f"<p class=meta>Data dictionary of the Servicelens warehouse ({escape(wh.dialect)}), generated {stamp} "
            f"from <code>pipeline/warehouse/sql/catalog.yaml</code>. The same descriptions are stored as "
            f"<code>COMMENT ON</code> in the database.</p>{''.join(body)}</main><script>{SCRIPT}</script></body></html>")


def write_dictionary(out: Path, warehouse_url: str | None = None) -> Path:
    """Write the HTML page; without a warehouse URL the schema of a fresh in-memory DuckDB is described."""
    from pipeline.warehouse import ensure_schema

    with Warehouse.connect(warehouse_url or "duckdb:///:memory:", read_only=bool(warehouse_url)) as wh:
        if not warehouse_url:
            ensure_schema(wh)
        html = render_html(wh)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    return out


def objects_markdown(catalog: Catalog | None = None) -> str:
    """One Markdown table row per table and view (section, kind, grain, keys), in the order of the
    HTML page's sections: the warehouse overview in docs/ARCHITECTURE.md is this text verbatim."""
    catalog = catalog or load_catalog()
    lines = ["| section | object | kind | one row is | keys |", "|---|---|---|---|---|"]
    seen: set[str] = set()
    for title, belongs in SECTIONS:
        for name in sorted(n for n, o in catalog.objects.items() if n not in seen and belongs(n, o.kind)):
            seen.add(name)
            obj = catalog.objects[name]
            grain = obj.grain.rstrip(".").replace("|", "\\|")
            keys = ", ".join(f"`{k}`" for k in obj.keys)
            lines.append(f"| {title} | `{name}` | {obj.kind} | {grain} | {keys} |")
    return "\n".join(lines) + "\n"
