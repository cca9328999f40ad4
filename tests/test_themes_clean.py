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
