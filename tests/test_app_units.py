"""QA workspace building blocks: kappa, evidence pieces, user accounts, waiting for a DuckDB lock."""

from __future__ import annotations

import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from pipeline.app.calibration import _kappa
from pipeline.app.interaction import split_pieces
from pipeline.app.store import Store


def test_cohen_kappa_for_two_reviewers():
    ratings = [["pass", "pass"], ["fail", "fail"], ["pass", "fail"], ["na", "na"], ["pass", "pass"]]
    # observed 4/5; expected from marginals: pass .6*.4 + fail .2*.4 + na .2*.2 = .36 -> (0.8-0.36)/0.64
    assert _kappa(ratings) == pytest.approx((0.8 - 0.36) / 0.64)


def test_fleiss_kappa_for_three_reviewers():
    ratings = [["pass", "pass", "pass"], ["fail", "fail", "pass"], ["na", "na", "na"], ["pass", "fail", "fail"]]
    # Fleiss by hand: P_i = (sum n_ij^2 - 3) / 6 -> 1, 1/3, 1, 1/3; P_bar = 2/3
    # p_j = pass 5/12, fail 4/12, na 3/12 -> P_e = (25 + 16 + 9) / 144 = 50/144
    p_bar, p_e = 2 / 3, 50 / 144
    assert _kappa(ratings) == pytest.approx((p_bar - p_e) / (1 - p_e))


def test_kappa_is_undefined_when_everyone_gives_one_label():
    assert _kappa([["pass", "pass"], ["pass", "pass"]]) is None  # 0/0: the page shows n/a beside 100% agreement
    assert _kappa([["na", "na", "na"]]) is None
    assert _kappa([]) is None


def test_evidence_spans_cut_the_text_into_marked_pieces():
    pieces = split_pieces("hello dear customer", [(6, 10, "empathy", "pass"), (0, 19, "greeting", "fail"),
                                                  (5, 99, "bad", "fail")])
    assert [(p.text, p.criteria) for p in pieces] == [
        ("hello ", ["greeting"]), ("dear", ["empathy", "greeting"]), (" customer", ["greeting"])]


def test_users_add_hashes_the_password(tmp_path):
    from pipeline.app.auth import login
    from pipeline.cli import main

    store_path = tmp_path / "store.sqlite"
    result = CliRunner().invoke(main, ["users", "add", "rita", "--role", "reviewer", "--password", "s3cret-pass",
                                       "--store", str(store_path)])
    assert result.exit_code == 0, result.output
    stored = Store(store_path).query("SELECT password_hash FROM app_user WHERE username = 'rita'")[0][0]
    assert stored.startswith("$argon2id$") and "s3cret-pass" not in stored
    user, token, csrf = login(Store(store_path), "rita", "s3cret-pass", "test")
    assert user.role == "reviewer" and token and csrf
    bad = CliRunner().invoke(main, ["users", "add", "x", "--role", "agent", "--password", "long-enough",
                                    "--store", str(store_path)])
    assert bad.exit_code != 0 and "--agent-id" in bad.output


def test_opening_duckdb_waits_for_a_short_lock_held_by_another_process(tmp_path):
    from pipeline.warehouse.backend import DuckDBWarehouse, WarehouseError

    path = tmp_path / "w.duckdb"
    DuckDBWarehouse(f"duckdb:///{path}").close()
    holder = subprocess.Popen([sys.executable, "-c", (
        "import duckdb, sys, time; c = duckdb.connect(sys.argv[1]); print('held', flush=True); time.sleep(2); c.close()"),
        str(path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "held"
    with pytest.raises(WarehouseError):
        DuckDBWarehouse(f"duckdb:///{path}", lock_wait_s=0)
    started = time.monotonic()
    wh = DuckDBWarehouse(f"duckdb:///{path}", lock_wait_s=30)
    assert time.monotonic() - started > 0.3  # it waited for the other process to let go
    wh.close()
    holder.wait(timeout=10)


def test_sync_writes_decisions_to_postgresql_once(postgres_url, tmp_path):
    from pipeline.app.disputes import open_dispute
    from pipeline.app.store import utcnow
    from pipeline.app.sync import sync_to_warehouse
    from pipeline.warehouse import Warehouse, ensure_schema

    with Warehouse.connect(postgres_url) as wh:
        ensure_schema(wh)
        ensure_schema(wh)  # idempotent, incl. the added column
    store = Store(tmp_path / "store.sqlite")
    store.execute("INSERT INTO qa_review (review_id, interaction_id, criterion_id, verdict, auto_result, "
                  "corrected_result, reviewer, reviewed_at) VALUES ('r1', 'chat:1', 'empathy', 'disagree', 'fail', "
                  "'pass', 'rita', ?)", (utcnow(),))
    open_dispute(store, "chat:1", "r1", "A-1", "james", "not fair")
    assert sync_to_warehouse(store, postgres_url) == {"reviews": 1, "answers": 0, "events": 1}
    store.execute("UPDATE qa_review SET synced = 0")  # as if the marking had been lost: still nothing twice
    assert sync_to_warehouse(store, postgres_url)["reviews"] == 0
    with Warehouse.connect(postgres_url) as wh:
        assert wh.query("SELECT corrected_result FROM qa_review WHERE review_id = 'r1'") == [("pass",)]
        assert wh.query("SELECT agreement_rate FROM qa_review_agreement WHERE criterion_id = 'empathy'")[0][0] == 0
        assert wh.query("SELECT action FROM qa_dispute_event") == [("opened",)]


def test_dispute_reason_is_redacted_before_it_is_stored(tmp_path):
    from pipeline.app.disputes import disputes, open_dispute

    store = Store(tmp_path / "store.sqlite")
    open_dispute(store, "chat:1", None, "A-1", "james", "customer said call me at +7 916 555-01-01 or x.y@mail.ru")
    reason = disputes(store)[0]["reason"]
    assert "555-01-01" not in reason and "x.y@mail.ru" not in reason
    assert "customer said call me at" in reason
