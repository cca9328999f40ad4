"""Round 8 (issue 15): the generic rudeness vote (pipeline/scoring/rudeness.py, rules/rudeness_cues.yaml),
off by default (``classifier: rudeness_cues`` on no_rudeness switches it on); switched on here.

Contacts written for these tests (not copied from any evaluation file). Each rude reply is one the
phrase rule lets pass — the result's note names the ``rudeness_cues`` classifier, which only
overrides a *pass* of the rule — and the evidence is the deciding sentence. The polite guards
(apologies, firm polite refusals, plain instructions) must pass."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.config import ConfigError
from pipeline.model import Channel, CriterionResult, Interaction, Speaker, Turn
from pipeline.scoring.rudeness import RudenessCues, load_rudeness_cues, sentence_cues
from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.scoring.scorecard_rules import load_scorecards

T0 = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


def rudeness(engine: ScorecardEngine, lang: str, *agent_turns: str, customer: str = "...") -> CriterionResult:
    turns = [(Speaker.CUSTOMER, customer)] + [(Speaker.AGENT, t) for t in agent_turns]
    built = [Turn(i, s, t, started_at=T0 + timedelta(seconds=30 * i)) for i, (s, t) in enumerate(turns)]
    inter = Interaction("chat:r8", Channel.CHAT, T0, turns=built, language=lang)
    return next(r for r in engine.evaluate(inter) if r.criterion_id == "no_rudeness")


@pytest.fixture(scope="module")
def engine() -> ScorecardEngine:
    """The project's scorecards with the (off by default) ``rudeness_cues`` vote switched on."""
    cards = load_scorecards()
    for card in cards.values():
        card.criterion("no_rudeness").classifier = "rudeness_cues"
    return ScorecardEngine(cards)


def test_the_vote_is_off_by_default():
    cards = load_scorecards()
    assert all(card.criterion("no_rudeness").classifier is None for card in cards.values())


@pytest.mark.parametrize(("lang", "reply", "deciding"), [
    ("en", "Clearly you skipped the instructions. Check the cable FIRST.", "Check the cable FIRST."),
    ("en", "Surely you can find a power button. Try the one on the left.", "Surely you can find a power button."),
    ("en", "The fee is on page two, obviously. Wait for the bill like everyone else.",
     "The fee is on page two, obviously."),
    ("en", "You failed to send the form on time. Deal with the courier yourself.",
     "You failed to send the form on time."),
    ("ru", "Разумеется, у вас опять ничего не работает. Ждите мастера.",
     "Разумеется, у вас опять ничего не работает."),
    ("ru", "Вы сами отключили услугу в кабинете. Включайте обратно.", "Вы сами отключили услугу в кабинете."),
    ("ru", "Следовало читать договор. Звоните в банк.", "Следовало читать договор."),
])
def test_unseen_rude_wording_fails_through_the_cues(engine, lang, reply, deciding):
    result = rudeness(engine, lang, reply)
    assert result.result == "fail"
    assert result.note == "classifier rudeness_cues"  # the phrase rule alone let it pass
    assert [e.text for e in result.evidence] == [deciding]


@pytest.mark.parametrize(("lang", "reply"), [
    ("en", "I'm so sorry, I already checked and the refund is pending. Please allow 3 days."),
    ("en", "Unfortunately we can't refund a used voucher. Please contact the shop that sold it."),
    ("en", "Check the cable at the back. Restart the router. It should come back within two minutes."),
    ("en", "Take care! Have a lovely weekend."),
    ("ru", "Извините, я уже уточнила: заявка в работе, мастер придёт завтра до 14:00."),
    ("ru", "К сожалению, вернуть деньги за использованный пакет нельзя. Подскажите, чем ещё помочь?"),
    ("ru", "Здравствуйте, [NAME]! Перезагрузите приставку. Проверьте кабель HDMI."),
    ("ru", "Подскажите номер договора. Уточните, когда начались обрывы?"),
])
def test_apologies_firm_polite_refusals_and_instructions_pass(engine, lang, reply):
    assert rudeness(engine, lang, reply).result == "pass"


def test_ty_is_only_a_cue_when_the_customer_says_vy():
    cues = load_rudeness_cues()
    text = "Проверь кабель, тебе же говорили!!"
    with_vy = sentence_cues(text, "ru", cues, customer_says_vy=True)
    without = sentence_cues(text, "ru", cues, customer_says_vy=False)
    assert "familiar_you" in with_vy[0].cues and "familiar_you" not in without[0].cues
    assert "shouting" in with_vy[0].cues


def test_a_polite_marker_cancels_the_sentence_cues():
    cues = load_rudeness_cues()
    assert not any(sc.cues for sc in sentence_cues("As I said, please read the terms.", "en", cues, False))
    assert sentence_cues("As I said, read the terms.", "en", cues, False)[0].cues == ("reproach",)


def test_bad_cue_config_is_refused(tmp_path):
    (tmp_path / "rudeness_cues.yaml").write_text("min_cues: 0\nlanguages: {}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="min_cues"):
        load_rudeness_cues(tmp_path)
    assert RudenessCues.model_validate({"languages": {"en": {"imperative": "^stop"}}}).min_cues == 2
