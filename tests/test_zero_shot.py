"""Zero-shot topics from a taxonomy's names, descriptions and seeds (issue 11)."""

from __future__ import annotations

import numpy as np
import pytest

from pipeline.analyse.taxonomy import Taxonomy, TopicSpec
from pipeline.analyse.zero_shot import ZeroShotTopics, top_k_accuracy, topic_phrase


def _taxonomy() -> Taxonomy:
    return Taxonomy(name="t", languages=["en"], min_seeds=0, scorer="zero_shot", fallback_topic="card_arrival", topics={
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
    zs = ZeroShotTopics.from_taxonomy(_taxonomy(), max_weight=1.0, lexical_weight=0.0)
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


# -- matcher options: per-topic normalisation, lexical part, e5 passage prototypes ----------------

def _two_topic_model(**kwargs) -> ZeroShotTopics:
    kwargs = {"lexical_weight": 0.0, **kwargs}
    zs = ZeroShotTopics(["broad_topic", "narrow_topic"], [["anything at all"], ["card swallowed by the atm"]], **kwargs)
    # fake unit vectors: prototype of topic 0 on axis 0, of topic 1 on axis 1
    zs._proto_vecs = [np.eye(3)[[0]], np.eye(3)[[1]]]
    return zs


def _unit(rows: list[list[float]]) -> np.ndarray:
    x = np.asarray(rows, dtype=np.float64)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


# unlabelled background: every text is close to the broad topic, far from the narrow one
_BACKGROUND = _unit([[0.9, 0.1 + 0.01 * i, 0.4] for i in range(60)])
_TEXT = _unit([[0.8, 0.7, 0.1]])  # raw cosine: broad 0.75 > narrow 0.66, yet unusually close to narrow


def test_centring_on_unlabelled_texts_changes_the_winner():
    raw = _two_topic_model()
    assert raw.top_k(k=1, vectors=_TEXT) == [["broad_topic"]]
    for norm in ("center", "zscore"):
        zs = _two_topic_model(normalise=norm).fit_background(vectors=_BACKGROUND)
        assert zs.top_k(k=1, vectors=_TEXT) == [["narrow_topic"]], norm
        assert np.allclose(zs.predict_proba(vectors=_TEXT).sum(axis=1), 1.0)


def test_normalising_on_the_batch_itself_needs_enough_texts():
    zs = _two_topic_model(normalise="center", min_background=50)
    assert zs.top_k(k=1, vectors=_TEXT) == [["broad_topic"]]  # one text: nothing to learn a bias from
    batch = np.vstack([_BACKGROUND, _TEXT])  # 61 texts: the batch is its own background
    assert zs.top_k(k=1, vectors=batch)[-1] == ["narrow_topic"]


def test_lexical_part_breaks_a_dense_tie_on_shared_words():
    texts = ["the atm swallowed my card", "hello there"]
    tie = _unit([[1.0, 1.0, 0.2], [1.0, 1.0, 0.2]])  # equal cosine to both topics
    zs = _two_topic_model(lexical_weight=0.5, max_weight=1.0)
    assert zs.top_k(texts, k=1, vectors=tie)[0] == ["narrow_topic"]
    lex = zs.lexical_scores(texts)
    assert lex[0, 1] > 0 and lex[0, 0] == 0 and lex[1].sum() == 0
    with pytest.raises(ValueError, match="needs the texts"):
        zs.similarities(vectors=tie)


def test_option_validation():
    with pytest.raises(ValueError, match="passage"):
        ZeroShotTopics(["a", "b"], [["a"], ["b"]], encoder="use", prototype_prefix="passage")
    with pytest.raises(ValueError, match="normalise"):
        ZeroShotTopics(["a", "b"], [["a"], ["b"]], normalise="minmax")  # type: ignore[arg-type]


@pytest.mark.slow
def test_passage_prototypes_are_embedded_with_the_passage_prefix(tmp_path):
    from pipeline.nlp.embeddings import Encoder

    cache = str(tmp_path / "e.sqlite")
    query = Encoder("e5", cache_path=cache).encode(["card arrival"])
    passage = Encoder("e5-passage", cache_path=cache).encode(["card arrival"])
    assert query.shape == passage.shape and float(query[0] @ passage[0]) < 0.999
    zs = ZeroShotTopics.from_taxonomy(_taxonomy(), cache_path=cache, prototype_prefix="passage")
    ranked = zs.top_k(["When will my new card be delivered?", "I want a refund for this purchase"], k=1)
    assert ranked == [["card_arrival"], ["refund_request"]]


def test_bench_taxonomies_are_valid_and_cover_their_label_sets():
    import json
    from pathlib import Path

    import yaml

    root = Path(__file__).resolve().parents[1] / "bench" / "taxonomies"
    b77 = Taxonomy(**yaml.safe_load((root / "banking77_en.yaml").read_text(encoding="utf-8")))
    assert len(b77.topics) == 77 and all(len(s.seeds["en"]) >= 5 for s in b77.topics.values())
    spb = yaml.safe_load((root / "spb_categories_ru.yaml").read_text(encoding="utf-8"))["categories"]
    assert len(spb) == 15 and len({c["id"] for c in spb.values()}) == 15
    assert all(len(c["seeds"]) >= 5 and c["description"] for c in spb.values())
    data = Path(__file__).resolve().parents[2] / "shared" / "data"
    if (data / "banking77_en" / "categories.json").exists():
        names = json.loads((data / "banking77_en" / "categories.json").read_text())
        assert {n.lower().rstrip("?") for n in names} == set(b77.topics)
    if (data / "spb_citizen_complaints_ru" / "reasons.csv").exists():
        import pandas as pd

        reasons = pd.read_csv(data / "spb_citizen_complaints_ru" / "reasons.csv", dtype=str, keep_default_na=False)
        assert set(reasons["category"]) == set(spb)


def test_mean_over_the_closest_prototypes_keeps_a_many_prototype_topic_from_dilution():
    # topic 0: one matching prototype among five unrelated ones; topic 1: two middling prototypes
    zs = ZeroShotTopics(["many_reasons", "two_seeds"], [[f"r{i}" for i in range(6)], ["s1", "s2"]], max_weight=0.3,
                        mean_top=None, lexical_weight=0.0)
    e = np.eye(8)
    zs._proto_vecs = [e[[0, 2, 3, 4, 5, 6]], _unit([[0.7, 1.0, 0, 0, 0, 0, 0, 0.2], [0.7, 1.0, 0, 0, 0, 0, 0, -0.2]])]
    x = _unit([[1.0, 0.3, 0, 0, 0, 0, 0, 0]])
    assert zs.top_k(k=1, vectors=x) == [["two_seeds"]]  # the mean over all six drags topic 0 down
    zs.mean_top = 1
    assert zs.top_k(k=1, vectors=x) == [["many_reasons"]]
    with pytest.raises(ValueError, match="mean_top"):
        ZeroShotTopics(["a", "b"], [["a"], ["b"]], mean_top=0)
