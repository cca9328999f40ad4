"""Docs true to the code (issue 13): every path, module and CLI command README.md and docs/ name exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.cli import LAZY_COMMANDS

ROOT = Path(__file__).resolve().parent.parent
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
ROOTS = ("pipeline/", "rules/", "models/", "bench/", "scripts/", "tests/", "docs/", "demo/", "sql/")
TICKED = re.compile(r"`([^`\s]+)`")
COMMAND = re.compile(r"(?:^\s*(?:\$ )?(?:\.venv/bin/)?|`)servicelens ([a-z][a-z-]+)", re.MULTILINE)
WRITTEN_BY_COMMANDS = {"models/scorecard_criteria/"}  # `servicelens train scorecard` writes it


def _named_paths(text: str) -> set[str]:
    names = set()
    for token in TICKED.findall(text):
        token = token.split(":")[0].rstrip(".,")
        if any(ch in token for ch in "<>*{}$") or "NN_" in token or token.startswith(("http", "../")):
            continue  # placeholders, globs, URLs, the shared folder beside the repo
        if token.startswith(ROOTS) or re.fullmatch(r"[\w./-]+\.(py|sql|yaml|md|json|jsonl)", token):
            names.add(token)
    return names


def _exists(name: str) -> bool:
    if name.startswith("sql/"):
        name = "pipeline/warehouse/" + name
    if (ROOT / name).exists() or (ROOT / "pipeline" / name).exists():  # "flows/x.py" inside the package
        return True
    if "/" not in name:  # a bare file name: somewhere in the package, the rules, tests or docs
        return any(any(base.rglob(name)) for base in (ROOT / "pipeline", ROOT / "rules", ROOT / "models",
                                                       ROOT / "docs", ROOT / "tests", ROOT / "bench"))
    return False


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_path_named_in_the_docs_exists(doc: Path):
    missing = sorted(n for n in _named_paths(doc.read_text(encoding="utf-8"))
                     if not _exists(n) and n not in WRITTEN_BY_COMMANDS)
    assert missing == [], f"{doc.name} names files that do not exist"


@pytest.mark.parametrize("doc", DOCS, ids=lambda p: p.name)
def test_every_cli_command_named_in_the_docs_exists(doc: Path):
    named = set(COMMAND.findall(doc.read_text(encoding="utf-8")))
    assert sorted(named - set(LAZY_COMMANDS)) == [], f"{doc.name} names servicelens commands that do not exist"


def test_the_warehouse_table_of_architecture_md_is_the_catalog():
    from pipeline.warehouse.dictionary import objects_markdown

    text = (ROOT / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
    assert objects_markdown() in text, ("docs/ARCHITECTURE.md: paste the output of "
                                        "`python -c 'from pipeline.warehouse.dictionary import objects_markdown; "
                                        "print(objects_markdown())'` over its warehouse table")


def test_every_package_lists_its_modules_in_its_docstring():
    import ast
    import importlib.util

    spec = importlib.util.spec_from_file_location("package_docstrings", ROOT / "scripts" / "package_docstrings.py")
    assert spec and spec.loader
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    for init in sorted((ROOT / "pipeline").glob("*/__init__.py")):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        missing = [line for line in generator.module_lines(init.parent) if line not in doc]
        assert not missing, f"{init}: run `python scripts/package_docstrings.py` ({missing[0]})"
