"""Round 5 of the real-reply set (issue 15): the blind fresh4 split and the relabel of the older
splits' clear_language labels by the lead's decision (GUIDE.md, 2026-12-02). Ids + labels only; the
tests that read reply texts skip cleanly where ../shared/data is absent."""

from __future__ import annotations

import json
from collections import Counter

import pytest

from pipeline.commands.evaluate_scorecard_real import meets_target
from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.training.real_reply_set import (
    REAL_SET_DIR,
    RELABELS,
    REPLIES_PATH,
    SPLITS,
    evaluate_real,
    load_labels,
    load_relabels,
    read_replies,
    sample_fresh4_ids,
)

needs_data = pytest.mark.skipif(not REPLIES_PATH.exists(), reason="../shared/data replies not present")
EARLIER = ("tune", "untouched", "fresh", "fresh2", "fresh3")


def test_fresh4_labels_are_ids_and_labels_only_and_new():
    earlier = {r["id"] for r in load_labels(EARLIER)}
    fresh4 = load_labels(["fresh4"], first_labels=True)
    assert len(fresh4) >= 100 and "fresh4" in SPLITS
    assert not {r["id"] for r in fresh4} & earlier
    keys = set(load_labels(["tune"])[0]["gold"])
    for rec in fresh4:
        assert set(rec) == {"id", "split", "stratum", "gold"} and rec["stratum"] == "random"
        assert set(rec["gold"]) == keys
        assert set(rec["gold"].values()) <= {"pass", "fail", "present", "absent"}


@needs_data
def test_the_fresh4_sample_is_reproducible_from_the_guide_rule():
    earlier = [r["id"] for r in load_labels(EARLIER)]
    fresh4 = [r["id"] for r in load_labels(["fresh4"])]
    assert sample_fresh4_ids(read_replies(), earlier, len(fresh4)) == fresh4


def test_every_relabel_names_a_label_as_first_given_and_keeps_it_recoverable():
    first = {r["id"]: r for r in load_labels(first_labels=True)}
    relabels = load_relabels()
    assert relabels, f"{RELABELS} is empty"
    for (rid, criterion), change in relabels.items():
        assert rid in first and first[rid]["split"] == change["split"]
        assert first[rid]["gold"][criterion] == change["first"] != change["relabel"]
        assert change["reason"]
    relabelled = {r["id"]: r for r in load_labels()}
    for (rid, criterion), change in relabels.items():
        assert relabelled[rid]["gold"][criterion] == change["relabel"]
        assert relabelled[rid]["first_gold"][criterion] == change["first"]
    untouched_ids = set(first) - {rid for rid, _ in relabels}
    assert all(relabelled[rid]["gold"] == first[rid]["gold"] and "first_gold" not in relabelled[rid]
               for rid in untouched_ids)
    # fresh4 was labelled with the decision: nothing of it needs relabelling
    assert "fresh4" not in Counter(change["split"] for change in relabels.values())


def test_the_relabel_file_is_ids_and_labels_only():
    with open(REAL_SET_DIR / RELABELS, encoding="utf-8") as fh:
        for rec in map(json.loads, filter(str.strip, fh)):
            assert set(rec) == {"id", "split", "criterion", "first", "relabel", "reason", "decided"}


@pytest.mark.slow
@needs_data
def test_clear_language_meets_its_target_on_the_held_out_fresh4_and_the_relabelled_fresh3():
    engine = ScorecardEngine.from_rules()
    replies = read_replies()
    for split in ("fresh4", "fresh3"):
        stats = evaluate_real(load_labels([split]), replies, engine)
        assert meets_target(stats["clear_language"]) is True, split
