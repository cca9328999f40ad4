"""The text a contact is embedded from: addresses, numbers, dates, greetings and portal formulas removed
(rules/themes.yaml ``clean_patterns``), the problem kept; keywords still read the text as written."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from pipeline.themes import ThemeConfig, load_theme_config
from pipeline.themes.clean import clean_text, embedding_text

SPB = Path(__file__).resolve().parents[2] / "shared" / "data" / "spb_citizen_complaints_ru" / "appeals.csv"


@pytest.fixture(scope="module")
def rules() -> ThemeConfig:
    return load_theme_config().model_copy(update={"clean_text": True})


def test_drops_address_greeting_and_numbers(rules: ThemeConfig) -> None:
    text = "Здравствуйте! Мусор на газоне у дома по ул. Ленина, д. 5, кв. 12, 3 подъезд. Спасибо!"
    out = embedding_text(text, rules)
    assert "Мусор на газоне" in out
    for gone in ("Здравствуйте", "Спасибо", "Ленина", "12", "5", "3"):
        assert gone not in out, gone


def test_drops_law_citation_appeal_numbers_and_dates(rules: ThemeConfig) -> None:
    law = ('Несанкционированные объявления на опоре освещения. Согласно ст. 37_1 Закона Санкт-Петербурга от '
           '12 мая 2010 года № 273-70 "Об административных правонарушениях в Санкт-Петербурге": штраф.')
    assert embedding_text(law, rules).startswith("Несанкционированные объявления на опоре освещения")
    assert "273" not in embedding_text(law, rules)
    repeat = "Обращение № 2786117, №3141552 не выполнено, уборка не проводится с 02.11.2020 г."
    out = embedding_text(repeat, rules)
    assert "уборка не проводится" in out and not re.search(r"\d", out)


def test_placeholders_go_and_nothing_removed_keeps_the_text(rules: ThemeConfig) -> None:
    assert embedding_text("Протекание осадков в квартиру [СКРЫТО] [ADDRESS]", rules) == "Протекание осадков в квартиру"
    same = "Несанкционированные надписи на стене."
    assert embedding_text(same, rules) == same  # unchanged text: its cached vector is reused


def test_too_little_left_keeps_the_text_as_written() -> None:
    assert clean_text("Спасибо! 5", [r"спасибо"], min_chars=8) == "Спасибо! 5"


def test_off_is_identity() -> None:
    text = "Здравствуйте! Яма на дороге у дома 5."
    assert embedding_text(text, ThemeConfig(clean_text=False)) == text


@pytest.mark.skipif(not SPB.exists(), reason="shared SPb complaints not present")
def test_real_complaints_keep_their_problem(rules: ThemeConfig) -> None:
    """On real SPb complaints: no digits survive, most words of the problem do, no text becomes empty."""
    texts = pd.read_csv(SPB, dtype=str, usecols=["text"])["text"].dropna().sample(2000, random_state=14)
    out = [embedding_text(t[:1000], rules) for t in texts]
    changed = [(t, o) for t, o in zip(texts, out) if o != t[:1000]]
    assert 0.15 < len(changed) / len(out) < 0.8
    assert all(o.strip() for o in out)
    kept_digits = sum(bool(re.search(r"\d", o)) for _, o in changed)
    assert kept_digits / len(changed) < 0.05
    # the words that carry the problem stay: most cleaned texts keep at least 60% of their letters
    letters = [len(re.findall(r"[а-яё]", o, re.I)) / max(len(re.findall(r"[а-яё]", t, re.I)), 1) for t, o in changed]
    assert sum(r >= 0.6 for r in letters) / len(letters) > 0.9


def test_nightly_step_embeds_the_cleaned_text_and_still_finds_the_new_problem(tmp_path: Path) -> None:
    """The warehouse path: each contact is embedded once, from its cleaned text (greetings, order numbers
    and amounts gone), and the new problem of the small corpus still comes out as the one emerging theme."""
    from test_themes import NIGHT, _load
    from themes_corpus import corpus

    from pipeline.nlp.embeddings import EmbeddingCache, text_key
    from pipeline.themes import run_themes
    from pipeline.warehouse import Warehouse, ensure_schema

    config = load_theme_config()
    assert config.clean_text  # the shipped setting
    docs = corpus(NIGHT)
    url = f"duckdb:///{tmp_path / 'wh.duckdb'}"
    cache_path = tmp_path / "emb.sqlite"
    with Warehouse.connect(url) as wh:
        ensure_schema(wh)
        _load(wh, docs)
        result = run_themes(wh, NIGHT, config=config, cache_path=cache_path)
    assert result is not None and len(result.emerging) == 1
    assert all(e["interaction_id"].startswith("chat:n") for e in result.emerging[0].examples)
    cache = EmbeddingCache(cache_path)
    texts = [d.text[: config.max_chars] for d in docs]
    cleaned = [embedding_text(t, config) for t in texts]
    changed = [(t, c) for t, c in zip(texts, cleaned) if t != c]
    assert len(changed) > len(texts) // 3  # the corpus's greetings, amounts and order numbers
    assert len(cache.get_many([text_key(config.encoder, c) for c in cleaned])) == len(set(cleaned))
    assert not cache.get_many([text_key(config.encoder, t) for t, _ in changed])
