"""No user-supplied value is ever formatted into SQL text anywhere in ``pipeline/``.

An AST scan finds every string that looks like SQL and is built with an f-string, ``%`` or
``.format()``. Each interpolated value must be provably safe: a constant, a name bound only to
constants in the code (a module tuple of table names, a loop over literal names, a choice between
two literal fragments), or the result of a whitelist check from ``pipeline/warehouse/identifiers.py``
(``table_name``, ``column_name``, ``column_list``, ``placeholders``). Anything else (a function
parameter, an attribute, a path) is a finding.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from pipeline.warehouse.identifiers import column_list, column_name, placeholders, schema_tables, table_name

PIPELINE = Path(__file__).resolve().parent.parent / "pipeline"
SQL_WORDS = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|COPY|ATTACH|DETACH|PRAGMA|FROM|WHERE|"
                       r"INTO|VALUES|SET|EXPORT|INSTALL|LOAD|TABLE|TO|IN|AS|ON|BY)\b")
SAFE_CALLS = {"table_name", "column_name", "column_list", "placeholders", "sql_fragment", "sql_string", "where_set",
              "len", "int",
              "str.join"}


def _is_where_set(target: ast.AST, value: ast.AST) -> bool:
    return (isinstance(target, ast.Tuple) and len(target.elts) == 2 and isinstance(target.elts[0], ast.Name)
            and isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "where_set")


class Scope:
    """Assignments visible from one function: its own, then the module's."""

    def __init__(self, module: ast.Module, function: ast.AST | None):
        self.layers = [self._bindings(function)] if function is not None else []
        self.layers.append(self._bindings(module, top_level_only=True))

    @staticmethod
    def _bindings(node: ast.AST, top_level_only: bool = False) -> dict[str, list[ast.AST]]:
        found: dict[str, list[ast.AST]] = {}
        nodes = node.body if top_level_only else list(ast.walk(node))
        for n in nodes:
            if isinstance(n, ast.Assign):
                for target in n.targets:
                    if isinstance(target, ast.Name):
                        found.setdefault(target.id, []).append(n.value)
                    elif _is_where_set(target, n.value):  # `sql, params = where_set(...)`: only sql is checked SQL
                        found.setdefault(target.elts[0].id, []).append(n.value)
            elif isinstance(n, (ast.AnnAssign, ast.AugAssign)) and isinstance(n.target, ast.Name) and n.value:
                found.setdefault(n.target.id, []).append(n.value)
            elif isinstance(n, (ast.For, ast.comprehension)) and isinstance(n.target, ast.Name):
                found.setdefault(n.target.id, []).append(ast.Starred(value=n.iter))  # an element of the iterable
            elif isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)) and not top_level_only:
                for arg in n.args.args + n.args.kwonlyargs + n.args.posonlyargs:
                    found.setdefault(arg.arg, []).append(arg)  # a parameter: safe only if every caller's value is
        return found

    def lookup(self, name: str) -> list[ast.AST] | None:
        for layer in self.layers:
            if name in layer:
                return layer[name]
        return None


class Checker:
    """Decides whether an expression is provably safe to format into SQL within one module."""

    def __init__(self, module: ast.Module):
        self.module = module
        self.parents: dict[ast.AST, ast.AST] = {}
        for parent in ast.walk(module):
            for child in ast.iter_child_nodes(parent):
                self.parents[child] = parent
        self.functions = {n.name: n for n in module.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))}
        self.calls: dict[str, list[ast.Call]] = {}
        for n in ast.walk(module):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name):
                self.calls.setdefault(n.func.id, []).append(n)

    def function_of(self, node: ast.AST) -> ast.AST | None:
        while node in self.parents:
            node = self.parents[node]
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                return node
        return None

    def scope_at(self, node: ast.AST) -> Scope:
        return Scope(self.module, self.function_of(node))

    def safe_parameter(self, arg: ast.arg, seen: frozenset) -> bool:
        """A parameter of a module-private function is safe when every call in the module passes a safe value."""
        function = self.function_of(arg)
        if function is None or not function.name.startswith("_") or function.name not in self.functions:
            return False
        if (function.name, arg.arg) in seen:
            return True
        seen = seen | {(function.name, arg.arg)}
        positional = [a.arg for a in function.args.posonlyargs + function.args.args]
        calls = self.calls.get(function.name, [])
        if not calls:
            return False
        for call in calls:
            passed = [k.value for k in call.keywords if k.arg == arg.arg]
            if arg.arg in positional and positional.index(arg.arg) < len(call.args):
                passed.append(call.args[positional.index(arg.arg)])
            if not all(self.is_safe(v, self.scope_at(call), seen) for v in passed):
                return False
        return True

    def safe_result(self, function: ast.AST, seen: frozenset) -> bool:
        """A module function's result is safe when each returned value is (given its parameters)."""
        if (function.name, "<return>") in seen:
            return True
        seen = seen | {(function.name, "<return>")}
        scope = Scope(self.module, function)
        returns = [n.value for n in ast.walk(function) if isinstance(n, ast.Return) and n.value is not None]
        return bool(returns) and all(self.is_safe(r, scope, seen) for r in returns)

    def is_safe(self, node: ast.AST, scope: Scope, seen: frozenset = frozenset()) -> bool:
        rec = lambda n: self.is_safe(n, scope, seen)  # noqa: E731
        if isinstance(node, ast.Constant):
            return True
        if isinstance(node, ast.arg):
            return self.safe_parameter(node, seen)
        if isinstance(node, ast.Starred):
            return rec(node.value)
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)):
            return all(rec(e) for e in node.elts)
        if isinstance(node, ast.Dict):
            return all(rec(v) for v in node.values)
        if isinstance(node, ast.JoinedStr):
            return all(rec(v.value) for v in node.values if isinstance(v, ast.FormattedValue))
        if isinstance(node, ast.IfExp):
            return rec(node.body) and rec(node.orelse)
        if isinstance(node, ast.BinOp):
            if isinstance(node.op, ast.Mult):  # "?" * n
                return any(isinstance(s, ast.Constant) and isinstance(s.value, str) for s in (node.left, node.right))
            return rec(node.left) and rec(node.right)
        if isinstance(node, ast.Subscript):
            return rec(node.value)  # an element of a constant mapping or tuple
        if isinstance(node, (ast.GeneratorExp, ast.ListComp)):
            return rec(node.elt)
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name in SAFE_CALLS:
                return True
            if isinstance(func, ast.Attribute) and name == "join" and isinstance(func.value, ast.Constant):
                return all(rec(a) for a in node.args)
            if isinstance(func, ast.Attribute) and name in ("get", "format"):
                return rec(func.value) and all(rec(a) for a in node.args) and all(rec(k.value) for k in node.keywords)
            if isinstance(func, ast.Name) and name in self.functions:
                return self.safe_result(self.functions[name], seen)
            return False
        if isinstance(node, ast.Name):
            if node.id in seen:
                return True
            bound = scope.lookup(node.id)
            return bool(bound) and all(self.is_safe(b, scope, seen | {node.id}) for b in bound)
        return False  # attributes, anything computed at run time


def _literal_text(node: ast.AST) -> str:
    if isinstance(node, ast.JoinedStr):
        return "".join(str(v.value) for v in node.values if isinstance(v, ast.Constant))
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return ""


def findings_in(source: str, filename: str = "<string>") -> list[str]:
    """``file:line: what`` for each SQL string built from a value that is not provably safe."""
    module = ast.parse(source)
    checker = Checker(module)
    found = []
    for node in ast.walk(module):
        template, values = None, []
        if isinstance(node, ast.JoinedStr):
            template, values = node, [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
        elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and _literal_text(node.left):
            template, values = node.left, [node.right]
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format"
              and _literal_text(node.func.value)):
            template, values = node.func.value, list(node.args) + [k.value for k in node.keywords]
        if template is None or len(set(SQL_WORDS.findall(_literal_text(template)))) < 2:
            continue  # not SQL (messages may name one keyword: "a SELECT-only role")
        scope = checker.scope_at(node)
        for value in values:
            if not checker.is_safe(value, scope):
                found.append(f"{filename}:{node.lineno}: {ast.unparse(value)!s} formatted into SQL")
    return found


def test_no_sql_in_pipeline_is_built_from_unchecked_values():
    findings = []
    for path in sorted(PIPELINE.rglob("*.py")):
        findings += findings_in(path.read_text(encoding="utf-8"), str(path.relative_to(PIPELINE.parent)))
    assert findings == []


@pytest.mark.parametrize("source", [
    "def f(wh, path):\n    wh.execute(f\"COPY t TO '{path}'\")\n",
    "def f(wh, table):\n    wh.execute(f\"DELETE FROM {table}\")\n",
    "def f(wh, who):\n    wh.execute(\"SELECT * FROM t WHERE a = '%s'\" % who)\n",
    "def f(wh, who):\n    wh.execute(\"SELECT * FROM t WHERE a = '{}'\".format(who))\n",
    "def f(wh, out):\n    target = out / 'x'\n    wh.execute(f\"COPY t TO '{target}'\")\n",
    "def f(wh, self):\n    wh.execute(f\"SELECT * FROM {self.table}\")\n",
    "def _t(wh, sql):\n    wh.execute(f\"CREATE TABLE x AS {sql}\")\ndef g(wh, who):\n    _t(wh, f\"SELECT '{who}'\")\n",
])
def test_the_scan_flags_user_values(source: str):
    assert len(findings_in(source)) == 1


@pytest.mark.parametrize("source", [
    "from x import table_name\ndef f(wh, table):\n    wh.execute(f\"DELETE FROM {table_name(table)}\")\n",
    "TABLES = ('a', 'b')\ndef f(wh):\n    for t in TABLES + ('c',):\n        wh.execute(f\"DELETE FROM {t}\")\n",
    "def f(wh, full):\n    extra = 'OR TRUE' if full else ''\n    wh.execute(f\"SELECT 1 FROM t WHERE a = ? {extra}\", [1])\n",
    "def _t(wh, sql):\n    wh.execute(f\"CREATE TABLE x AS {sql}\")\ndef g(wh):\n    _t(wh, \"SELECT 1\")\n",
    "def _q(e):\n    return f\"lower({e})\"\ndef g(wh):\n    wh.execute(f\"SELECT {_q('a')} FROM t\")\n",
    "def f(db, chunk):\n    marks = ','.join('?' * len(chunk))\n    db.execute(f\"SELECT 1 FROM t WHERE k IN ({marks})\", chunk)\n",
])
def test_the_scan_allows_constants_and_checked_identifiers(source: str):
    assert findings_in(source) == []


def test_identifier_checks():
    assert {"fct_turn", "etl_run", "qa_review_queue"} <= schema_tables()
    assert table_name("fct_turn") == "fct_turn" and table_name("_sl_keys") == "_sl_keys"
    for bad in ("fct_turn; DROP TABLE etl_run", "nope", "fct_turn --", "'x'", "_sl_x y"):
        with pytest.raises(ValueError):
            table_name(bad)
    with pytest.raises(ValueError):
        column_name("a) FROM x; --")
    assert column_list(["a", "b_2"]) == "a, b_2" and placeholders(3) == "?, ?, ?"
