"""Zero-shot topics from a taxonomy's names, descriptions and seeds (issue 11)."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.analyse.taxonomy import Taxonomy, TopicSpec
from pipeline.analyse.zero_shot import ZeroShotTopics, top_k_accuracy, topic_phrase


def _taxonomy() -> Taxonomy:
    return Taxonomy(name="t", languages=["en"], min_seeds=0, fallback_topic="card_arrival", topics={
        "card_arrival": TopicSpec(description="card arrival"),
        "refund_request": TopicSpec(description="refund", seeds={"en": ["give me my money back"]}),
    })


def test_prototypes_come_from_names_descriptions_and_seeds():
    zs = ZeroShotTopics.from_taxonomy(_taxonomy())
    assert zs.topics == ["card_arrival", "refund_request"]
    assert zs.prototypes[0] == ["card arrival"]  # name phrase == description: kept once
    assert zs.prototypes[1] == ["refund request", "refund", "give me my money back"]
    assert ZeroShotTopics.from_taxonomy(_taxonomy(), use_seeds=False).prototypes[1] == ["refund request", "refund"]
    assert topic_phrase("card_payment_not_recognised") == "card payment not recognised"


def test_scores_closest_prototype_from_vectors():
    zs = ZeroShotTopics.from_taxonomy(_taxonomy(), max_weight=1.0)
    # fake unit vectors instead of an encoder: topic 0 prototype on axis 0, topic 1 prototypes on axes 1..3
    zs._proto_vecs = [np.eye(4)[[0]], np.eye(4)[[1, 2, 3]]]
    x = np.array([[0.9, 0.1, 0, 0], [0.1, 0, 0.95, 0]])
    assert zs.top_k(k=2, vectors=x) == [["card_arrival", "refund_request"], ["refund_request", "card_arrival"]]
    p = zs.predict_proba(vectors=x)
    assert np.allclose(p.sum(axis=1), 1.0) and p[0, 0] > 0.9 and p[1, 1] > 0.9
    assert top_k_accuracy(["refund_request", "refund_request"], zs.top_k(k=2, vectors=x), 1) == 0.5
    assert top_k_accuracy(["refund_request", "refund_request"], zs.top_k(k=2, vectors=x), 2) == 1.0


@pytest.mark.slow
def test_real_encoder_ranks_obvious_queries(tmp_path):
    zs = ZeroShotTopics.from_taxonomy(_taxonomy(), cache_path=str(tmp_path / "e.sqlite"))
    ranked = zs.top_k(["When will my new card be delivered?", "I want a refund for this purchase",
                       "Хочу вернуть деньги за покупку"], k=1)
    assert ranked == [["card_arrival"], ["refund_request"], ["refund_request"]]
