"""Split schema files of the former layout (``pipeline/warehouse/sql/NN_name.sql``, several objects
each) into the layer folders, one table or view per file, and delete them.

    .venv/bin/python scripts/split_schema_files.py            # every sql/NN_*.sql there is
    .venv/bin/python scripts/split_schema_files.py --dry-run  # only say where each object goes

For merging a branch that still edits an ``NN_name.sql`` file: keep that branch's version of the
file, run this script, review ``git diff``. Each object's file is rewritten from the statements
found (its ``CREATE``, then its ``ALTER TABLE``s and default ``INSERT``s, each with the comment lines
directly above it); a file's opening comment block (followed by a blank line) is dropped. Objects
found in no NN file keep their layer file. ``NN_name.<dialect>.sql`` files are left alone.
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

SQL_DIR = Path(__file__).resolve().parent.parent / "pipeline" / "warehouse" / "sql"
_OBJECT = re.compile(r"^\s*(?:CREATE\s+(?:OR\s+REPLACE\s+)?(?:TABLE|VIEW)\s+(?:IF\s+NOT\s+EXISTS\s+)?|"
                     r"ALTER\s+TABLE\s+|INSERT\s+INTO\s+)([A-Za-z_0-9]+)", re.IGNORECASE)
_VIEW = re.compile(r"^\s*CREATE\s+(?:OR\s+REPLACE\s+)?VIEW", re.IGNORECASE)
_TABLE_LAYERS = (("etl_", "etl"), ("cfg_", "config"), ("dim_", "dims"), ("fct_", "facts"), ("qa_", "qa"))
_VIEW_LAYERS = (("stg_", "staging"), ("int_", "intermediate"))


def layer_of(name: str, is_view: bool) -> str:
    """The layer folder of an object, from its kind and name prefix."""
    for prefix, folder in _VIEW_LAYERS if is_view else _TABLE_LAYERS:
        if name.startswith(prefix):
            return folder
    if is_view:
        return "marts"
    raise SystemExit(f"no layer for table {name!r}: name it etl_, cfg_, dim_, fct_ or qa_")


def statements_by_object(text: str, origin: str) -> list[tuple[str, bool | None, str]]:
    """(object, is_view or None when not a CREATE, statement with the comments directly above it)."""
    found: list[tuple[str, bool | None, str]] = []
    lines = text.splitlines()
    pending: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            pending = []  # a blank line detaches comments (the file's opening block among them)
            i += 1
            continue
        if line.lstrip().startswith("--"):
            pending.append(line)
            i += 1
            continue
        statement = []
        while i < len(lines):
            statement.append(lines[i])
            i += 1
            if statement[-1].split("--")[0].rstrip().endswith(";"):
                break
        match = _OBJECT.match(statement[0])
        if not match:
            raise SystemExit(f"{origin}: cannot tell which object this statement belongs to: {statement[0]!r}")
        creates = statement[0].lstrip().upper().startswith("CREATE")
        found.append((match.group(1).lower(), bool(_VIEW.match(statement[0])) if creates else None,
                      "\n".join(pending + statement)))
        pending = []
    return found


def split(sql_dir: Path, dry_run: bool = False) -> list[Path]:
    legacy = sorted(p for p in sql_dir.glob("[0-9]*.sql") if p.name.count(".") == 1)
    chunks: dict[str, list[str]] = {}
    kinds: dict[str, bool] = {}
    for path in legacy:
        for name, is_view, statement in statements_by_object(path.read_text(encoding="utf-8"), path.name):
            chunks.setdefault(name, []).append(statement)
            if is_view is not None:
                kinds[name] = is_view
    written = []
    for name, parts in chunks.items():
        if name not in kinds:
            existing = list(sql_dir.glob(f"*/{name}.sql"))
            if not existing:
                raise SystemExit(f"{name}: altered but created nowhere")
            target = existing[0]
            parts = [target.read_text(encoding="utf-8").rstrip("\n")] + parts
        else:
            target = sql_dir / layer_of(name, kinds[name]) / f"{name}.sql"
        print(f"{name} -> {target.relative_to(sql_dir)}")
        if not dry_run:
            target.parent.mkdir(exist_ok=True)
            target.write_text("\n\n".join(parts) + "\n", encoding="utf-8")
        written.append(target)
    if not dry_run:
        for path in legacy:
            path.unlink()
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sql-dir", type=Path, default=SQL_DIR)
    ap.add_argument("--dry-run", action="store_true")
    args = ap.parse_args()
    split(args.sql_dir, args.dry_run)


if __name__ == "__main__":
    main()
