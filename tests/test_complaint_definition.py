"""The complaint definition switch and the problem-report cues, on small invented texts."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import joblib
import pytest
import yaml

from pipeline.analyse.complaint import ComplaintScorer, complaint_matches, load_complaint_model
from pipeline.analyse.risk import PROBLEM, RiskDetector, RiskSettings, load_risk_settings
from pipeline.config import DEFAULT_RULES_DIR, ConfigError
from pipeline.model import Channel, Interaction, Speaker, Turn


def _settings(definition: str) -> RiskSettings:
    data = yaml.safe_load((DEFAULT_RULES_DIR / "risk.yaml").read_text(encoding="utf-8"))
    data["complaint"]["definition"] = definition
    return RiskSettings.model_validate(data)


@pytest.fixture(scope="module")
def default() -> RiskDetector:
    return RiskDetector(load_risk_settings())


@pytest.fixture(scope="module")
def strict(default: RiskDetector) -> RiskDetector:
    return RiskDetector(_settings("dissatisfaction_only"), default.lemmatizer)


def _complaint(detector: RiskDetector, text: str, lang: str) -> bool:
    it = Interaction("chat:1", Channel.CHAT, datetime(2026, 11, 20), language=lang,
                     turns=[Turn(0, Speaker.CUSTOMER, text, language=lang)])
    matches = detector.matches(it)
    scorer = ComplaintScorer(detector.settings.complaint, detector.settings.absent_confidence)
    return scorer.score(it, complaint_matches(matches), detector.signals(matches)).detected


PROBLEM_REPORTS = [
    ("В третьей парадной не горит свет", "ru"),
    ("Не работает лифт во втором подъезде", "ru"),
    ("Деньги списали, а услуга так и не подключена", "ru"),
    ("Смс с кодом не приходит", "ru"),
    ("Во дворе огромная яма", "ru"),
    ("My card doesn't work at the shop", "en"),
    ("I was charged twice for one coffee", "en"),
    ("I still haven't received my new card", "en"),
    ("My transfer was declined", "en"),
    ("The wifi in my room is broken", "en"),
]

NOT_COMPLAINTS = [
    ("Подскажите, как подключить автоплатёж?", "ru"),
    ("Спасибо, всё работает", "ru"),
    ("Хочу забронировать столик на двоих", "ru"),
    ("How do I top up with Apple Pay?", "en"),
    ("What fees apply to international transfers?", "en"),
    ("Thanks a lot, cheers!", "en"),
    ("I'd like a double room for two nights", "en"),
]


def test_default_definition_is_dissatisfaction_or_problem() -> None:
    assert load_risk_settings().complaint.definition == "dissatisfaction_or_problem"


@pytest.mark.parametrize(("text", "lang"), PROBLEM_REPORTS)
def test_problem_report_is_a_complaint_by_default(default: RiskDetector, text: str, lang: str) -> None:
    assert _complaint(default, text, lang)


@pytest.mark.parametrize(("text", "lang"), PROBLEM_REPORTS)
def test_problem_report_alone_is_no_complaint_when_only_dissatisfaction_counts(strict: RiskDetector, text: str,
                                                                               lang: str) -> None:
    it = Interaction("chat:1", Channel.CHAT, datetime(2026, 11, 20), language=lang,
                     turns=[Turn(0, Speaker.CUSTOMER, text, language=lang)])
    assert PROBLEM not in strict.matches(it)  # the cues are not even looked for


@pytest.mark.parametrize(("text", "lang"), NOT_COMPLAINTS)
def test_questions_requests_and_thanks_are_not_complaints(default: RiskDetector, text: str, lang: str) -> None:
    assert not _complaint(default, text, lang)


def test_dissatisfaction_counts_under_both_definitions(default: RiskDetector, strict: RiskDetector) -> None:
    text = "Это безобразие, хочу подать жалобу"
    assert _complaint(default, text, "ru") and _complaint(strict, text, "ru")


@pytest.mark.parametrize(("text", "lang"), [("Не вижу никакой ошибки, просто вопрос", "ru"),
                                            ("There was no error, just a question", "en")])
def test_negated_problem_cue_does_not_count(default: RiskDetector, text: str, lang: str) -> None:
    it = Interaction("chat:1", Channel.CHAT, datetime(2026, 11, 20), language=lang,
                     turns=[Turn(0, Speaker.CUSTOMER, text, language=lang)])
    assert not default.matches(it)[PROBLEM]


def test_unknown_definition_is_a_config_error(tmp_path: Path) -> None:
    data = yaml.safe_load((DEFAULT_RULES_DIR / "risk.yaml").read_text(encoding="utf-8"))
    data["complaint"]["definition"] = "anything_negative"
    (tmp_path / "risk.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ConfigError, match="definition"):
        load_risk_settings(tmp_path)


class _Model:
    classes_ = [0, 1]

    def __init__(self, definition: str) -> None:
        self.complaint_definition_ = definition

    def predict_proba(self, texts):
        return [[0.2, 0.8] for _ in texts]


def test_model_of_another_definition_is_not_used(tmp_path: Path) -> None:
    (tmp_path / "complaint").mkdir()
    joblib.dump(_Model("dissatisfaction_or_problem"), tmp_path / "complaint" / "model.joblib")
    assert load_complaint_model(tmp_path, "dissatisfaction_or_problem") is not None
    assert load_complaint_model(tmp_path, "dissatisfaction_only") is None
