"""Theme discovery cost on a 14-day window of 50,000 complaints (issue 14 target: <= 2 minutes).

Embeddings are cached per text (outputs/cache/embeddings.sqlite), so a night embeds only its new
contacts; this bench measures what runs every night over the whole window: reading the cached
vectors, clustering (PCA + HDBSCAN), merging clusters of one problem and tightening them, keywords
(c-TF-IDF over lemmas), coverage and the growth test.
The vectors are a seeded mixture of themes in the encoder's 512 dimensions (directions drawn at
random, members spread around them at a median cosine of about 0.83 to their centre, as members of
real themes on the SPb replay (median 0.85), a share of loose contacts), so the clustering works on the
same shape of data as a real window; texts are templated Russian complaints for the keywords step.
Half the contacts carry their topic at a low confidence (as on the SPb replay: 53% below 0.5), so the
residual clustering of poorly covered contacts (``pipeline/themes/residual.py``) works on half the window.

    python bench/themes_bench.py [--n 50000] [--themes 60] [--set residual_clustering=true]

``--warehouse`` measures the nightly step itself instead (``run_themes``: the window read from a DuckDB
warehouse, whole or in chunks, its vectors from the cache file, discovery, the rows written), each cap in
a fresh process so its peak RSS is its own, with how well the planted themes are found (adjusted Rand
index over the planted contacts, loose ones left out):

    python bench/themes_bench.py --warehouse --n 50000 --caps 50000 20000 10000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.nlp.embeddings import EmbeddingCache, text_key  # noqa: E402
from pipeline.themes import ThemeConfig, ThemeDoc, discover, load_theme_config  # noqa: E402
from pipeline.themes.clean import embedding_texts  # noqa: E402
from pipeline.themes.cluster import cluster  # noqa: E402
from pipeline.themes.merge import merge_clusters  # noqa: E402
from pipeline.themes.residual import add_residual_themes  # noqa: E402
from pipeline.themes.space import fit_labels, topic_aware  # noqa: E402

WORDS = ["списание", "заказ", "интернет", "приложение", "тариф", "роутер", "курьер", "баланс", "карта", "счет",
         "доставка", "оператор", "скорость", "обновление", "возврат", "номер", "договор", "пароль", "мастер", "сим-карта"]


def window(n: int, n_themes: int, seed: int = 14) -> tuple[list[ThemeDoc], np.ndarray]:
    rnd = np.random.default_rng(seed)
    centers = rnd.normal(size=(n_themes, 512))
    centers /= np.linalg.norm(centers, axis=1, keepdims=True)
    theme = rnd.integers(0, n_themes, size=n)
    loose = rnd.random(n) < 0.25
    vectors = centers[theme] * 3 + rnd.normal(size=(n, 512)) * 0.03 * 3
    vectors[loose] = rnd.normal(size=(int(loose.sum()), 512))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    night = date(2026, 11, 20)
    docs = []
    for i in range(n):
        words = [WORDS[(theme[i] + k) % len(WORDS)] for k in range(3)]
        docs.append(ThemeDoc(f"chat:b{i}", night - timedelta(days=int(rnd.integers(0, 14))),
                             f"Проблема: {' '.join(words)} снова не работает, обращение {_tag(i)}", channel="chat",
                             topic=f"topic_{theme[i] % 20}",
                             topic_confidence=0.3 if rnd.random() < 0.5 else 0.7))
    return docs, vectors.astype(np.float32)


def _tag(i: int) -> str:
    """A word unique to contact ``i`` (letters, so the text cleaning, which drops numbers, keeps it): every
    text stays distinct after cleaning and keeps its own vector in the cache."""
    return "".join("абвгдежзик"[int(c)] for c in str(i))


def planted(n: int, n_themes: int, seed: int = 14) -> np.ndarray:
    """The planted theme of each contact of :func:`window` (-1: a loose contact)."""
    rnd = np.random.default_rng(seed)
    rnd.normal(size=(n_themes, 512))
    theme = rnd.integers(0, n_themes, size=n)
    return np.where(rnd.random(n) < 0.25, -1, theme)


NIGHT = date(2026, 11, 20)


def build_warehouse(folder: Path, n: int, n_themes: int, config: ThemeConfig) -> None:
    """The window as a night's warehouse would hold it (complaints, one customer turn each, primary topic)
    and every vector in the embedding cache file, so the step never runs the encoder."""
    from datetime import datetime, time as clock

    from pipeline.warehouse import Warehouse, ensure_schema

    docs, vectors = window(n, n_themes)
    with Warehouse.connect(f"duckdb:///{folder / 'wh.duckdb'}") as wh:
        ensure_schema(wh)
        wh.insert_rows("fct_interaction", ["interaction_id", "channel", "started_at", "run_date", "queue",
                                           "is_complaint", "is_repeat", "customer_sentiment_end"],
                       [(d.interaction_id, d.channel, datetime.combine(d.day, clock(12)), d.day, d.queue, True,
                         False, 0.1) for d in docs])
        wh.insert_rows("fct_turn", ["interaction_id", "turn_index", "speaker", "text"],
                       [(d.interaction_id, 0, "customer", d.text) for d in docs])
        wh.insert_rows("fct_topic", ["interaction_id", "taxonomy", "topic", "confidence", "rank"],
                       [(d.interaction_id, "default", d.topic, d.topic_confidence, 1) for d in docs])
    # keyed as the step keys them: by the cleaned text (rules/themes.yaml clean_text), not the text as written
    keys = [text_key(config.encoder, t) for t in embedding_texts([d.text for d in docs], config)]
    assert len(set(keys)) == len(keys), "two planted contacts share a cleaned text, so they would share a vector"
    EmbeddingCache(folder / "emb.sqlite").put_many(dict(zip(keys, vectors)))


def run_step(folder: Path, n: int, n_themes: int, config: ThemeConfig) -> dict:
    """``run_themes`` on the built warehouse in this (fresh) process: wall time, RSS, planted themes found."""
    from sklearn.metrics import adjusted_rand_score

    from pipeline.themes import run_themes
    from pipeline.warehouse import Warehouse

    with Warehouse.connect(f"duckdb:///{folder / 'wh.duckdb'}") as wh:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        t0 = time.perf_counter()
        result = run_themes(wh, NIGHT, config=config, cache_path=folder / "emb.sqlite")
        wall = time.perf_counter() - t0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        found = dict(wh.query("SELECT interaction_id, theme_id FROM fct_interaction_theme WHERE night = ?", [NIGHT]))
    truth = planted(n, n_themes)
    keep = truth >= 0
    labels = [found.get(f"chat:b{i}", "") for i in np.flatnonzero(keep)]
    assert result is not None
    return {"max_clustered": config.max_clustered, "wall_s": round(wall, 1), "rss_before_mb": round(before),
            "peak_rss_mb": round(peak), "themes": len(result.themes), "in_no_theme": result.n_noise,
            "ari_planted": round(float(adjusted_rand_score(truth[keep], labels)), 3)}


def warehouse_main(args: argparse.Namespace, config: ThemeConfig) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        # built in a process of its own: on Linux a child's ru_maxrss starts from its parent's RSS at fork
        subprocess.run([sys.executable, __file__, "--build", tmp, "--n", str(args.n), "--themes", str(args.themes),
                        *[a for s in args.set for a in ("--set", s)]], check=True)
        print(f"window: {args.n:,} complaints, {args.themes} planted themes, 25% loose contacts (run_themes from "
              "a DuckDB warehouse, vectors cached)")
        print(f"{'max_clustered':>13} {'wall s':>7} {'RSS before MB':>13} {'peak RSS MB':>11} {'themes':>6} "
              f"{'in no theme':>11} {'ARI planted':>11}")
        for cap in args.caps:
            sets = [*args.set, f"max_clustered={cap}"]
            out = subprocess.run([sys.executable, __file__, "--run-step", tmp, "--n", str(args.n), "--themes",
                                  str(args.themes), *[a for s in sets for a in ("--set", s)]],
                                 capture_output=True, text=True, check=True)
            r = json.loads(out.stdout.strip().splitlines()[-1])
            print(f"{r['max_clustered']:>13} {r['wall_s']:>7} {r['rss_before_mb']:>13} {r['peak_rss_mb']:>11} "
                  f"{r['themes']:>6} {r['in_no_theme']:>11} {r['ari_planted']:>11}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=50_000)
    ap.add_argument("--themes", type=int, default=60)
    ap.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                    help="override a rules/themes.yaml setting (repeatable), e.g. residual_clustering=true")
    ap.add_argument("--warehouse", action="store_true", help="measure the nightly step (run_themes) per cap")
    ap.add_argument("--caps", type=int, nargs="*", default=[50_000, 20_000, 10_000],
                    help="max_clustered values of --warehouse")
    ap.add_argument("--run-step", metavar="DIR", help=argparse.SUPPRESS)
    ap.add_argument("--build", metavar="DIR", help=argparse.SUPPRESS)
    args = ap.parse_args()
    config = load_theme_config()
    if args.set:
        config = ThemeConfig.model_validate({**config.model_dump(), **dict(i.split("=", 1) for i in args.set)})
    if args.build:
        build_warehouse(Path(args.build), args.n, args.themes, config)
        return
    if args.run_step:
        print(json.dumps(run_step(Path(args.run_step), args.n, args.themes, config)))
        return
    if args.warehouse:
        warehouse_main(args, config)
        return
    docs, vectors = window(args.n, args.themes)
    with tempfile.TemporaryDirectory() as tmp:  # the nightly cache read: every vector from SQLite
        cache = EmbeddingCache(Path(tmp) / "emb.sqlite")
        keys = [text_key(config.encoder, d.text) for d in docs]
        cache.put_many(dict(zip(keys, vectors)))
        t0 = time.perf_counter()
        cached = EmbeddingCache(Path(tmp) / "emb.sqlite").get_many(keys)
        t_read = time.perf_counter() - t0
        assert len(cached) == len(keys)
    t0 = time.perf_counter()
    space = topic_aware(vectors, fit_labels(docs, config), config) if config.space == "topic_aware" else vectors
    t_space = time.perf_counter() - t0
    t0 = time.perf_counter()
    labels = cluster(space, config)
    t_cluster = time.perf_counter() - t0
    n_clusters = len(set(labels.tolist()) - {-1})
    t0 = time.perf_counter()
    labels = merge_clusters([d.text for d in docs], space, labels, config)
    t_merge = time.perf_counter() - t0
    t0 = time.perf_counter()
    n_merged = len(set(labels.tolist()) - {-1})
    if config.residual_clustering:
        labels = add_residual_themes(docs, vectors, labels, config)
    t_residual = time.perf_counter() - t0
    t0 = time.perf_counter()
    result = discover(docs, vectors, date(2026, 11, 20), config.model_copy(update={"residual_clustering": False}),
                      labels=labels)
    t_rest = time.perf_counter() - t0
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"window: {args.n:,} complaints, {args.themes} planted themes, 25% loose contacts")
    print(f"  read cached vectors: {t_read:6.1f} s")
    print(f"  topic-aware space:   {t_space:6.1f} s  ({config.space})")
    print(f"  PCA + HDBSCAN:       {t_cluster:6.1f} s  -> {n_clusters} clusters")
    print(f"  merge + tighten:     {t_merge:6.1f} s  -> {n_merged} themes")
    print(f"  residual clustering: {t_residual:6.1f} s  -> {len(result.themes)} themes, {result.n_noise:,} in none")
    print(f"  keywords, coverage, growth: {t_rest:6.1f} s")
    total = t_read + t_space + t_cluster + t_merge + t_residual + t_rest
    print(f"  total:               {total:6.1f} s  (target <= 120 s); peak RSS {rss:,.0f} MB")


if __name__ == "__main__":
    main()
