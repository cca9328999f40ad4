"""Bounded theme discovery (pipeline/themes/capped.py): a window over ``max_clustered`` is discovered on a
sample and the rest assigned chunk by chunk; a window under the cap gives exactly what it gave before."""

from __future__ import annotations

from pipeline.nlp.embeddings import Encoder
from pipeline.themes import ThemeConfig, discover, run_themes
from pipeline.themes import capped
from pipeline.themes.store import known_themes, window_chunks, window_docs, window_size
from pipeline.warehouse import Warehouse
import test_themes
from test_themes import NIGHT

TAXONOMY = "default"
warehouse = test_themes.warehouse  # the themes tests' fixture: their corpus for NIGHT in a fresh DuckDB


def _rows(wh: Warehouse) -> tuple[list, list]:
    themes = wh.query("""SELECT theme_id, size, n_recent, keywords, examples, is_emerging, emerging_reason,
                                matched_topic, topic_coverage, topic_similarity, q_value, daily_counts, channels
                         FROM fct_theme WHERE night = ? ORDER BY theme_id""", [NIGHT])
    members = wh.query("SELECT interaction_id, theme_id, score FROM fct_interaction_theme WHERE night = ? "
                       "ORDER BY interaction_id", [NIGHT])
    return themes, members


def test_chunks_read_the_whole_window_once(warehouse):
    config = ThemeConfig(chunk_size=100)
    with Warehouse.connect(warehouse) as wh:
        whole = window_docs(wh, NIGHT, config, TAXONOMY)
        chunks = list(window_chunks(wh, NIGHT, config, TAXONOMY))
        n = window_size(wh, NIGHT, config)
    assert n == len(whole) == 150 and [len(c) for c in chunks] == [100, 50]
    assert [d for c in chunks for d in c] == sorted(whole, key=lambda d: d.interaction_id)


def test_a_window_under_the_cap_is_discovered_as_before(warehouse, tmp_path):
    """At the cap (150 contacts, ``max_clustered: 150``) the step is the whole-window discovery of
    before this module existed: the same themes, members and scores as ``discover`` over ``window_docs``."""
    config = ThemeConfig(max_clustered=150)
    with Warehouse.connect(warehouse) as wh:
        docs = window_docs(wh, NIGHT, config, TAXONOMY)
        direct = discover(docs, Encoder("use").encode([d.text for d in docs]), NIGHT, config,
                          known_themes(wh, NIGHT))
        run_themes(wh, NIGHT, config=config, cache_path=tmp_path / "emb.sqlite")
        themes, members = _rows(wh)
    assert len(themes) == len(direct.themes) >= 3
    assert {(r[0], r[1], r[5]) for r in themes} == {(t.theme_id, t.size, t.is_emerging) for t in direct.themes}
    assert members == sorted((docs[i].interaction_id, t.theme_id, s)
                             for t in direct.themes for i, s in zip(t.members, t.scores))


def test_a_window_over_the_cap_clusters_a_sample_and_assigns_the_rest(warehouse, tmp_path, monkeypatch):
    seen: list[int] = []
    real = capped.discover

    def counting(docs, *args, **kwargs):
        seen.append(len(docs))
        return real(docs, *args, **kwargs)

    monkeypatch.setattr(capped, "discover", counting)
    config = ThemeConfig(max_clustered=100, chunk_size=100)
    with Warehouse.connect(warehouse) as wh:
        result = run_themes(wh, NIGHT, config=config, cache_path=tmp_path / "emb.sqlite")
        themes, members = _rows(wh)
        run_themes(wh, NIGHT, config=config, cache_path=tmp_path / "emb.sqlite")  # deterministic, replaces
        again = _rows(wh)
    assert seen == [100, 100]  # only the sample is held and clustered
    assert result is not None and result.n_docs == 150
    assert again == (themes, members)
    by_theme: dict[str, set[str]] = {}
    for interaction_id, theme_id, _score in members:
        by_theme.setdefault(theme_id, set()).add(interaction_id)
    assert {r[0]: r[1] for r in themes} == {k: len(v) for k, v in by_theme.items()}  # sizes over the window
    assert sum(t.size for t in result.themes) + result.n_noise == 150
    assert len(members) > sum(len(t.members) for t in result.themes)  # contacts outside the sample joined
    # the new problem is still one emerging theme, pure and found in the whole window, not only the sample
    assert len(result.emerging) == 1, [(t.keywords, t.emerging_reason) for t in result.themes]
    new = by_theme[result.emerging[0].theme_id]
    assert sum(i.startswith("chat:n") for i in new) / len(new) >= 0.9
    assert sum(i.startswith("chat:n") for i in new) >= 0.8 * 30  # recall over all 30 of them
    assert result.emerging[0].emerging_reason.startswith("new: no configured topic covers it")
    covered = [t for t in result.themes if not t.is_emerging]
    assert covered and all(t.matched_topic in {"payment_charges", "order_delivery", "internet_outage"}
                           for t in covered)
    assert all(sum(t.daily_counts.values()) == t.size == sum(t.channels.values()) for t in result.themes)


def test_the_capped_path_on_postgres_gives_the_duckdb_themes(warehouse, fresh_postgres_url, tmp_path):
    """Over the cap, PostgreSQL (keyset chunks, the same sample, members written chunk by chunk in one
    transaction) stores what DuckDB stores: the same themes, sizes, keywords and members."""
    from pipeline.warehouse import ensure_schema
    from test_themes import _load, corpus

    with Warehouse.connect(fresh_postgres_url) as pg:
        ensure_schema(pg)
        _load(pg, corpus(NIGHT))
    config = ThemeConfig(max_clustered=100, chunk_size=100)
    stored = []
    for url in (warehouse, fresh_postgres_url):
        with Warehouse.connect(url) as wh:
            assert window_size(wh, NIGHT, config) == 150
            run_themes(wh, NIGHT, config=config, cache_path=tmp_path / "emb.sqlite")
            themes, members = _rows(wh)
        stored.append(([(r[0], r[1], r[2], r[5], r[7]) for r in themes],
                       [(m[0], m[1], round(float(m[2]), 4)) for m in members]))
    assert stored[0][0] and len(stored[0][1]) > 100
    assert stored[1] == stored[0]
