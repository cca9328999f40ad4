"""The analysis stage end to end: order of steps, batching, errors per item, pass-through."""

from __future__ import annotations

import re
from datetime import datetime

import pytest

from pipeline.analyse.risk import SentimentSettings
from pipeline.analyse.stage import Analyser, analyse_stage, customer_sentiment
from pipeline.model import (
    AudioRef, Channel, CustomerRef, Interaction, SentimentResult, SignalResult, Speaker, Status, TopicResult, Turn,
)

PHONE_RE = re.compile(r"\+7 916")


class FakeTopics:
    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def predict_topics(self, texts: list[str]) -> list[list[TopicResult]]:
        self.calls.append(list(texts))
        return [[TopicResult("technical_problem", 0.9)] if "интернет" in t or "internet" in t
                else [TopicResult("other", 0.5)] for t in texts]


class FakeSentiment:
    """Negative on words of anger, positive on thanks; raises on BOOM (a broken item)."""

    def __init__(self) -> None:
        self.calls = 0
        self.e5_eligible: list[list[bool]] = []

    def predict(self, texts: list[str], languages: list[str] | None = None,
                e5_eligible: list[bool] | None = None) -> list[SentimentResult]:
        self.calls += 1
        assert languages is not None and len(languages) == len(texts)
        assert e5_eligible is not None and len(e5_eligible) == len(texts)
        self.e5_eligible.append(list(e5_eligible))
        out = []
        for text in texts:
            if "BOOM" in text:
                raise RuntimeError(f"model broke on this text: {text!r}")
            low = text.lower()
            if any(w in low for w in ("безобраз", "ужас", "суд", "terrible")):
                out.append(SentimentResult("negative", -0.8, 0.9))
            elif any(w in low for w in ("спасибо", "thank")):
                out.append(SentimentResult("positive", 0.7, 0.9))
            else:
                out.append(SentimentResult("neutral", 0.0, 0.8))
        return out


@pytest.fixture(scope="module")
def analyser() -> Analyser:
    a = Analyser(use_models=False)
    return a


@pytest.fixture()
def fakes(analyser: Analyser):
    topics, sentiment = FakeTopics(), FakeSentiment()
    analyser.models.topics, analyser.models.sentiment = topics, sentiment
    yield topics, sentiment
    analyser.models.topics = analyser.models.sentiment = None


def _chat(cid: str, *texts: str, lang_hint: str | None = None) -> Interaction:
    turns = [Turn(i, Speaker.AGENT if i % 2 == 0 else Speaker.CUSTOMER, t) for i, t in enumerate(texts)]
    return Interaction(f"chat:{cid}", Channel.CHAT, datetime(2026, 11, 20), turns=turns, source_path=f"chats/{cid}.jsonl",
                       customer=CustomerRef(name="Иван Петров"), metadata={"agent_name": "Ольга"})


def _angry() -> Interaction:
    return _chat("angry", "Здравствуйте, меня зовут Ольга, чем могу помочь?",
                 "Третий день не работает интернет, это безобразие! Мой телефон +7 916 123-45-67",
                 "Приношу извинения, проверяю.", "Если не почините, подам в суд и перейду в МТС",
                 "Мастер придёт завтра.", "Ну хорошо, спасибо")


def test_full_analysis(analyser: Analyser, fakes) -> None:
    topics, sentiment = fakes
    calm = _chat("calm", "Hello, my name is Kate, how can I help?", "Hi, how do I change my plan?",
                 "You can do it in the app.", "ok", "Anything else?", "Thank you!")
    result = analyser.run([_angry(), calm])
    assert result.rejected == []
    angry, calm = result.interactions
    assert angry.status == calm.status == Status.ANALYSED
    assert (angry.language, calm.language) == ("ru", "en")
    assert calm.turns[3].language == "en"  # "ok" inherits
    # redaction happened first: the models never saw the phone, the warehouse will not either
    assert all(not PHONE_RE.search(t) for call in topics.calls for t in call)
    assert "[PHONE]" in angry.turns[1].text and angry.pii_counts == {"phone": 1}
    assert angry.turns[0].text.startswith("Здравствуйте, меня зовут Ольга")  # agent's name kept
    assert angry.customer.name is None
    # one batched call per model for the chunk; topics see the customer's text only
    assert len(topics.calls) == 1 and sentiment.calls == 1
    assert "Приношу извинения" not in topics.calls[0][0]
    assert angry.topics[0].topic == "technical_problem"
    # sentiment per turn (customer and agent) and over the contact; only customer turns may go to the e5 cascade
    assert all(t.sentiment is not None for t in angry.turns)
    assert sentiment.e5_eligible[0][:6] == [False, True] * 3  # angry: agent, customer, … (the batch's first contact)
    assert angry.sentiment.label == "negative" or angry.sentiment.score < 0
    assert angry.sentiment.trajectory == "improved"  # angry start, thanks at the end
    assert calm.sentiment.label == "positive" or calm.sentiment.score >= 0
    # signals with evidence in the redacted text
    signals = {s.signal: s for s in angry.signals}
    assert set(signals) == {"complaint", "escalation", "churn", "legal", "abuse"}
    assert signals["complaint"].detected and signals["legal"].detected and signals["churn"].detected
    assert not signals["abuse"].detected and not signals["escalation"].detected
    for sig in angry.signals:
        for ev in sig.evidence:
            assert angry.turns[ev.turn_index].text[ev.start:ev.end] == ev.text
    assert not {s.signal for s in calm.signals if s.detected}


def test_bad_item_rejected_night_goes_on(analyser: Analyser, fakes) -> None:
    broken = _chat("broken", "Здравствуйте", "BOOM у меня всё сломалось, карта 4276 3800 1234 5679")
    result = analyser.run([_angry(), broken, _angry()])
    assert [it.interaction_id for it in result.interactions] == ["chat:angry", "chat:angry"]
    (rej,) = result.rejected
    assert (rej.source, rej.item, rej.stage) == ("chats/broken.jsonl", "chat:broken", "analyse")
    assert "model broke" in rej.reason and "[CARD]" in rej.reason and "4276" not in rej.reason
    assert all(it.status == Status.ANALYSED for it in result.interactions)


class KeywordComplaintModel:
    """A stand-in for a trained complaint classifier (scikit-learn API)."""

    classes_ = [0, 1]

    def __init__(self) -> None:
        self.texts: list[str] = []

    def predict_proba(self, texts: list[str]) -> list[list[float]]:
        self.texts.extend(texts)
        return [[0.02, 0.98] if "опять" in t.lower() else [0.9, 0.1] for t in texts]


def test_complaint_model_is_used_when_present(analyser: Analyser) -> None:
    model = KeywordComplaintModel()
    analyser.models.complaint = model
    try:
        quiet = _chat("quiet", "Здравствуйте", "Опять то же самое с роутером, как вчера", "Проверяю")
        plain = _chat("plain", "Здравствуйте", "Как поменять тариф на другой?", "Сейчас подскажу")
        result = analyser.run([quiet, plain])
    finally:
        analyser.models.complaint = None
    quiet, plain = result.interactions
    assert quiet.signal("complaint").detected and not plain.signal("complaint").detected
    assert model.texts == ["Опять то же самое с роутером, как вчера", "Как поменять тариф на другой?"]


def test_what_the_source_knows_is_kept(analyser: Analyser, fakes) -> None:
    form = Interaction("webform:7", Channel.WEBFORM, datetime(2026, 11, 20), language="ru",
                       turns=[Turn(0, Speaker.CUSTOMER, "Во дворе не вывозят мусор уже неделю, телефон 89161234567")],
                       topics=[TopicResult("Мусор", 1.0, "spb_reason")],
                       signals=[SignalResult("complaint", True, 1.0)])
    (out,) = analyser.run([form]).interactions
    assert [(t.topic, t.taxonomy) for t in out.topics] == [("Мусор", "spb_reason"), ("other", "default")]
    assert [s.signal for s in out.signals].count("complaint") == 1
    assert out.signal("complaint").confidence == 1.0
    assert out.turns[0].text.endswith("телефон [PHONE]")


def test_subject_only_email_is_redacted(analyser: Analyser) -> None:
    mail = Interaction("email:1", Channel.EMAIL, datetime(2026, 11, 20), subject="Звонок на +7 916 123-45-67")
    (out,) = analyser.run([mail]).interactions
    assert out.subject == "Звонок на [PHONE]" and out.status == Status.ANALYSED and out.language == "ru"


def test_calls_awaiting_transcription_pass_through(analyser: Analyser) -> None:
    call = Interaction("call:1", Channel.CALL, datetime(2026, 11, 20), status=Status.AWAITING_TRANSCRIPTION,
                       audio=AudioRef("calls/1.flac"), customer=CustomerRef(phone="+79161234567"))
    result = analyser.run([call])
    assert result.interactions == [call] and result.rejected == []
    assert call.status == Status.AWAITING_TRANSCRIPTION and call.signals == [] and call.language is None


@pytest.mark.slow
def test_without_models_the_rest_still_runs() -> None:
    result = analyse_stage([_angry()])  # real models when they are built, none otherwise
    (it,) = result.interactions
    assert it.status == Status.ANALYSED and "[PHONE]" in it.turns[1].text
    assert it.signal("legal").detected


def test_customer_sentiment_trajectory() -> None:
    it = _chat("t", "a", "b", "c", "d", "e", "f", "g", "h")
    customer = [t for t in it.turns if t.speaker == Speaker.CUSTOMER]
    for turn, score in zip(customer, [-0.9, -0.6, 0.6, 0.5], strict=True):
        turn.sentiment = SentimentResult("x", score)
    it.turns[0].sentiment = SentimentResult("x", -1.0)  # the agent's turns do not count
    s = customer_sentiment(it, SentimentSettings(edge_turns=2, trajectory_threshold=0.3))
    assert s.score == pytest.approx(-0.1)
    assert s.customer_start == pytest.approx(-0.75) and s.customer_end == pytest.approx(0.55)
    assert s.trajectory == "improved" and s.label == "neutral"
    assert customer_sentiment(it, SentimentSettings(trajectory_threshold=1.5)).trajectory == "stable"
    for turn in it.turns:
        turn.sentiment = SentimentResult("x", 0.4 if turn.index < 4 else -0.5)
    worse = customer_sentiment(it, SentimentSettings())
    assert worse.trajectory == "worsened"


def test_analyser_rebuilt_when_rules_change(tmp_path) -> None:
    import shutil

    from pipeline.analyse.stage import get_analyser
    from pipeline.config import DEFAULT_RULES_DIR

    rules = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    first = get_analyser(rules, tmp_path / "no-models")
    assert get_analyser(rules, tmp_path / "no-models") is first
    pii = rules / "pii.yaml"
    pii.write_text(pii.read_text(encoding="utf-8").replace('"[PHONE]"', '"<PHONE>"'), encoding="utf-8")
    second = get_analyser(rules, tmp_path / "no-models")
    assert second is not first
    assert second.redactor.redact("+7 916 123-45-67").text == "<PHONE>"


def test_quarantine_reason_carries_no_raw_pii(analyser: Analyser, monkeypatch) -> None:
    def broken(it: Interaction):
        raise ValueError(f"cannot read {it.turns[1].text!r}")  # fails before redaction

    monkeypatch.setattr(analyser.language, "detect_interaction", broken)
    result = analyser.run([_angry()])
    (rej,) = result.rejected
    assert result.interactions == []
    assert rej.reason.startswith("ValueError: cannot read") and "[PHONE]" in rej.reason
    assert "916" not in rej.reason
