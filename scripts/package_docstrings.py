"""Rewrite the "Modules:" list of every ``pipeline/<package>/__init__.py`` docstring from the
modules' own first docstring lines (``tests/test_docs_true.py`` checks they stay in step).

Usage: python scripts/package_docstrings.py
"""

from __future__ import annotations

import ast
from pathlib import Path

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"
MARK = "\nModules:\n"


def module_lines(package: Path) -> list[str]:
    lines = []
    for path in sorted(package.glob("*.py")):
        if path.name == "__init__.py":
            continue
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) or ""
        summary = " ".join(doc.split("\n\n")[0].split())  # the first paragraph, on one line
        lines.append(f"- ``{path.stem}``  {summary}".rstrip())
    return lines


def rewrite(init: Path) -> bool:
    source = init.read_text(encoding="utf-8")
    tree = ast.parse(source)
    first = tree.body[0] if tree.body else None
    if not (isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant)):
        raise SystemExit(f"{init}: no module docstring")
    doc = first.value.value
    head = doc.split(MARK)[0].rstrip()
    new_doc = head + "\n" + MARK + "\n" + "\n".join(module_lines(init.parent)) + "\n"
    lines = source.split("\n")
    before, after = "\n".join(lines[:first.lineno - 1]), "\n".join(lines[first.end_lineno:])
    rewritten = (before + "\n" if before else "") + '"""' + new_doc + '"""' + ("\n" + after if after else "\n")
    if rewritten != source:
        init.write_text(rewritten, encoding="utf-8")
        return True
    return False


def main() -> None:
    for init in sorted(PIPELINE.glob("*/__init__.py")):
        if rewrite(init):
            print(f"rewrote {init.relative_to(PIPELINE.parent)}")


if __name__ == "__main__":
    main()
