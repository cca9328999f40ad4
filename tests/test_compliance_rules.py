"""Scorecard YAML: the shipped files load, bad files fail with the file, criterion and problem."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.scoring.scorecard_rules import load_scorecard_file, load_scorecards
from pipeline.config import DEFAULT_RULES_DIR, ConfigError

CARD_HEAD = {"scorecard": "t", "language": "ru", "criteria": []}


def write_card(tmp_path: Path, criteria: list[dict], **head) -> Path:
    path = tmp_path / "scorecards" / "ru.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({**CARD_HEAD, **head, "criteria": criteria}, allow_unicode=True), encoding="utf-8")
    return path


def test_shipped_scorecards_load_with_the_same_criteria():
    cards = load_scorecards(DEFAULT_RULES_DIR)
    assert set(cards) == {"ru", "en"}
    ru = {c.id for c in cards["ru"].criteria}
    en = {c.id for c in cards["en"].criteria}
    assert ru == en
    assert {"greeting", "introduction", "name_use", "closing", "more_help", "no_blame_shifting",
            "no_rudeness", "complaint_handling", "hold_announced", "first_response_sla"} <= ru
    assert cards["ru"].criterion("no_rudeness").critical


@pytest.mark.parametrize(
    ("criterion", "expected"),
    [
        ({"id": "greet", "description": "x"}, "criterion 'greet': <criterion>: check 'phrase' needs phrases"),
        ({"id": "greet", "description": "x", "regexes": ["(unclosed"]}, "criterion 'greet': regexes: regular expression '(unclosed'"),
        ({"id": "greet", "description": "x", "phrases": ["привет"], "weight": -1}, "criterion 'greet': weight"),
        ({"id": "greet", "description": "x", "phrases": ["привет"], "channels": ["fax"]}, "criterion 'greet': channels.0"),
        ({"id": "sla", "description": "x", "check": "first_response_sla"}, "criterion 'sla': <criterion>: check 'first_response_sla' needs sla_seconds"),
        ({"id": "greet", "description": "x", "phrases": ["привет"], "wher": {"first_turns": 1}}, "criterion 'greet': wher: Extra inputs"),
        ({"id": "greet", "description": "x", "lexicon": "nope"}, "criterion 'greet': unknown lexicon 'nope'"),
    ],
)
def test_validation_errors_name_file_criterion_and_problem(tmp_path, criterion, expected):
    path = write_card(tmp_path, [criterion])
    with pytest.raises(ConfigError) as err:
        load_scorecard_file(path)
    message = str(err.value)
    assert str(path) in message
    assert expected in message


def test_duplicate_ids_are_rejected(tmp_path):
    crit = {"id": "greet", "description": "x", "phrases": ["привет"]}
    with pytest.raises(ConfigError, match="duplicate id"):
        load_scorecard_file(write_card(tmp_path, [crit, crit]))


def test_unregistered_classifier_is_rejected_at_compile(tmp_path):
    write_card(tmp_path, [{"id": "greet", "description": "x", "phrases": ["привет"], "classifier": "bert"}])
    with pytest.raises(ConfigError, match="criterion 'greet': classifier 'bert' is not registered"):
        ScorecardEngine.from_rules(tmp_path)


def test_custom_card_matches_lemmas_with_gap(tmp_path):
    write_card(tmp_path, [{"id": "offer", "description": "x", "phrases": ["мочь помочь"], "max_gap": 3}],
               negation={"words": ["не"], "window": 2})
    engine = ScorecardEngine.from_rules(tmp_path)
    from datetime import datetime

    from pipeline.model import Channel, Interaction, Speaker, Turn

    def one(text: str) -> str:
        inter = Interaction("chat:x", Channel.CHAT, datetime(2026, 1, 1), language="ru",
                            turns=[Turn(0, Speaker.AGENT, text)])
        return engine.evaluate(inter)[0].result

    assert one("Могу ли я вам помочь?") == "pass"      # inflected, three words in the gap
    assert one("Я не могу вам помочь.") == "fail"       # negation guard
    assert one("Могу завтра утром или вечером помочь") == "fail"  # gap of four: too long


def test_hyphenated_alternatives_are_rejected(tmp_path):
    path = write_card(tmp_path, [{"id": "help", "description": "x", "phrases": ["еще что-то|что-нибудь"]}])
    with pytest.raises(ConfigError, match="criterion 'help': phrases: .*cannot hold hyphenated words"):
        load_scorecard_file(path)
