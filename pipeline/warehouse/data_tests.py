"""Declared data tests of the warehouse (``sql/tests.yaml``), each one SELECT counting offending rows.

Kinds: unique, not_null, accepted_values, relationships and composite unique keys.

The night runs them as its last step (:func:`run_data_tests`, then :func:`record_results` into
``etl_data_test``; a failing test marks the run ``degraded`` with the test named), and
``servicelens check-warehouse`` runs them read-only. Table and column names go through
:mod:`pipeline.warehouse.identifiers`; accepted values travel as parameters.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import datetime, timezone
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Sequence, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, RootModel

from pipeline.warehouse.identifiers import column_list, column_name, placeholders, table_name

TESTS_PATH = Path(__file__).parent / "sql" / "tests.yaml"
RESULT_COLUMNS = ("run_id", "test_name", "test_kind", "object_name", "column_name", "offending_rows", "passed",
                  "error", "elapsed_s", "checked_at")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Relationship(_Strict):
    to: str
    field: str


class AcceptedValuesTest(_Strict):
    accepted_values: list[Union[str, int, bool]] = Field(min_length=1)


class RelationshipsTest(_Strict):
    relationships: Relationship


ColumnTest = Union[Literal["unique", "not_null"], AcceptedValuesTest, RelationshipsTest]


class ObjectTests(_Strict):
    unique_key: list[str] = []
    columns: dict[str, list[ColumnTest]] = {}


class DataTestSuite(RootModel[dict[str, ObjectTests]]):
    """The whole of ``tests.yaml``: object name -> its tests."""


@dataclass(frozen=True)
class DataTest:
    """One compiled test: a SELECT returning one number, the offending rows."""

    name: str
    kind: str
    table: str
    column: str | None
    sql: str
    params: tuple[Any, ...] = ()


@dataclass(frozen=True)
class DataTestResult:
    test: DataTest
    offending: int
    elapsed_s: float
    error: str | None = None

    @property
    def passed(self) -> bool:
        return self.error is None and self.offending == 0

    def describe(self) -> str:
        if self.error:
            return f"{self.test.name}: error: {self.error}"
        return f"{self.test.name}: {self.offending} offending row{'s' if self.offending != 1 else ''}"


def _unique(table: str, column: str) -> DataTest:
    t = table_name(table)
    c = column_name(column)
    sql = (f"SELECT COALESCE(sum(n), 0) FROM (SELECT count(*) AS n FROM {t} WHERE {c} IS NOT NULL "
           f"GROUP BY {c} HAVING count(*) > 1) d")
    return DataTest(f"unique({t}.{c})", "unique", t, c, sql)


def _unique_key(table: str, columns: Sequence[str]) -> DataTest:
    t = table_name(table)
    cols = column_list(columns)
    sql = f"SELECT COALESCE(sum(n), 0) FROM (SELECT count(*) AS n FROM {t} GROUP BY {cols} HAVING count(*) > 1) d"
    return DataTest(f"unique_key({t}: {cols})", "unique_key", t, cols, sql)


def _not_null(table: str, column: str) -> DataTest:
    t = table_name(table)
    c = column_name(column)
    return DataTest(f"not_null({t}.{c})", "not_null", t, c, f"SELECT count(*) FROM {t} WHERE {c} IS NULL")


def _accepted_values(table: str, column: str, values: Sequence[Any]) -> DataTest:
    t = table_name(table)
    c = column_name(column)
    texts = tuple(str(v).lower() if isinstance(v, bool) else str(v) for v in values)
    sql = f"SELECT count(*) FROM {t} WHERE {c} IS NOT NULL AND CAST({c} AS TEXT) NOT IN ({placeholders(len(texts))})"
    return DataTest(f"accepted_values({t}.{c})", "accepted_values", t, c, sql, texts)


def _relationships(table: str, column: str, to: str, field: str) -> DataTest:
    t = table_name(table)
    c = column_name(column)
    p = table_name(to)
    f = column_name(field)
    sql = (f"SELECT count(*) FROM {t} child WHERE child.{c} IS NOT NULL "
           f"AND NOT EXISTS (SELECT 1 FROM {p} parent WHERE parent.{f} = child.{c})")
    return DataTest(f"relationships({t}.{c} -> {p}.{f})", "relationships", t, c, sql)


def compile_tests(suite: DataTestSuite) -> list[DataTest]:
    """Every declared test as one SELECT, in the file's order."""
    tests: list[DataTest] = []
    for table, declared in suite.root.items():
        if declared.unique_key:
            tests.append(_unique_key(table, declared.unique_key))
        for column, column_tests in declared.columns.items():
            for test in column_tests:
                if test == "unique":
                    tests.append(_unique(table, column))
                elif test == "not_null":
                    tests.append(_not_null(table, column))
                elif isinstance(test, AcceptedValuesTest):
                    tests.append(_accepted_values(table, column, test.accepted_values))
                elif isinstance(test, RelationshipsTest):
                    tests.append(_relationships(table, column, test.relationships.to, test.relationships.field))
    return tests


def load_suite(path: Path = TESTS_PATH) -> DataTestSuite:
    return DataTestSuite.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")) or {})


@lru_cache(maxsize=4)
def declared_tests(path: Path = TESTS_PATH) -> tuple[DataTest, ...]:
    """The compiled tests of ``tests.yaml`` (validated; unknown tables or bad names raise ValueError)."""
    return tuple(compile_tests(load_suite(path)))


def run_data_tests(wh: Any, tests: Sequence[DataTest] | None = None, only: str | None = None) -> list[DataTestResult]:
    """Run the tests (all declared ones by default; ``only`` = those of one table or view).

    A test whose query fails (a table that is not there yet) is reported with its error, never raised.
    """
    chosen = [t for t in (declared_tests() if tests is None else tests) if only is None or t.table == only]
    results = []
    for test in chosen:
        started = time.perf_counter()
        try:
            offending = int(wh.query(test.sql, list(test.params))[0][0] or 0)
            error = None
        except Exception as exc:  # noqa: BLE001 - reported as the test's error
            offending, error = 0, str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            _recover(wh)
        results.append(DataTestResult(test, offending, time.perf_counter() - started, error))
    return results


def _recover(wh: Any) -> None:
    """After a failed statement PostgreSQL aborts an open transaction: roll it back if there is one."""
    try:
        wh.execute("ROLLBACK")
    except Exception:  # noqa: BLE001 - no transaction open
        pass


def failures(results: Sequence[DataTestResult]) -> list[DataTestResult]:
    return [r for r in results if not r.passed]


def record_results(wh: Any, run_id: str, results: Sequence[DataTestResult]) -> int:
    """Write the results of a run into ``etl_data_test`` (a re-run replaces the run's rows)."""
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    rows = [(run_id, r.test.name, r.test.kind, r.test.table, r.test.column, r.offending, r.passed, r.error,
             round(r.elapsed_s, 4), now) for r in results]
    return wh.replace_rows("etl_data_test", "run_id", [run_id], RESULT_COLUMNS, rows)
