"""The learned sentence vote of no_rudeness / no_blame_shifting (issue 15 item 3,
pipeline/training/sentence_vote.py): a multiple-instance classifier per criterion on the agent's
sentences, switched on in rules/scorecards/*.yaml (`classifier: learned`).

The contacts below are written for this test (not from any evaluation batch, not in the training
file): rude and blame-shifting replies the phrase rules let pass, and polite near-misses (a reminder
that repeats, a redirect with a transfer) that must stay passes. Tests of the shipped model skip when
models/scorecard_criteria/ is absent."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import datetime, timezone
from pathlib import Path

import pytest

from pipeline.config import DEFAULT_MODELS_DIR, ConfigError
from pipeline.model import Channel, Interaction, Speaker, Turn
from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.scoring.scorecard_rules import load_scorecards
from pipeline.training.criteria import MODEL_FILE, MODEL_DIR_NAME
from pipeline.training.sentence_vote import (
    Bag,
    Features,
    LinearScorer,
    SentenceVoteSettings,
    choose_language_thresholds,
    choose_threshold,
    figures,
    fit_sentences,
    load_settings,
    rules_only_engine,
    sentence_vote_engine,
    sentence_vote_scorecards,
    sentences,
    unlabelled_real_bags,
)
from pipeline.training.real_reply_set import REPLIES_PATH, SPLITS, load_labels, read_replies, vote_negative_ids

MODEL_PATH = DEFAULT_MODELS_DIR / MODEL_DIR_NAME / MODEL_FILE
needs_model = pytest.mark.skipif(not MODEL_PATH.is_file(), reason="no trained models/scorecard_criteria")
T0 = datetime(2026, 12, 1, 10, 0, tzinfo=timezone.utc)


def _chat(lang: str, *agent: str) -> Interaction:
    turns = [Turn(index=0, speaker=Speaker.CUSTOMER, text="Здравствуйте, у меня вопрос по счёту." if lang == "ru"
                  else "Hi, I have a question about my bill.", started_at=T0)]
    for i, text in enumerate(agent, start=1):
        turns.append(Turn(index=i, speaker=Speaker.AGENT, text=text, started_at=T0))
    return Interaction(interaction_id=f"chat:vote-{abs(hash(agent))}", channel=Channel.CHAT, started_at=T0,
                       language=lang, turns=turns)


def _result(engine: ScorecardEngine, inter: Interaction, criterion: str):
    return next(r for r in engine.evaluate(inter) if r.criterion_id == criterion)


@pytest.fixture(scope="module")
def engines() -> tuple[ScorecardEngine, ScorecardEngine]:
    return sentence_vote_engine(), rules_only_engine()


RUDE = [
    ("ru", "Здравствуйте. Вам уже всё объяснили, дальше сами."),
    # round 71: the rules find "if you had bothered to" now (RUDE_NOW_RULES); the same reproach without the phrase
    ("en", "Hello. Had you opened the app even once, you would not need to ask this."),
    # round 10, wording of neither written file nor any batch: the round-10 model missed both (0.92 against the
    # Russian threshold 0.93; 0.41 in English), recorded as strict xfails so that a model that finds them shows;
    # the round-11 model (blind6 in training, Russian threshold 0.90) found the Russian one (0.93), the round-12
    # model (blind7 in training) missed it again, the round-13 model (blind8, blind9 in training) finds it
    ("ru", "Добрый день. С такими вопросами обычно приходят те, кто не читает ничего из того, что мы присылаем."),
    pytest.param("en", "Good morning. Frankly, I'm surprised anyone needs a helpline for a two-step form.",
                 marks=pytest.mark.xfail(strict=True, reason="rounds 10 and 11: missed (0.41, 0.40)")),
]
BLAME = [
    ("ru", "Здравствуйте. Задержку устроил ваш банк, к нему и обращайтесь."),
    # round 12: "the delay is down to the courier firm" is a phrase now (test_scorecard_blind_round12.py)
    ("en", "Hi. The courier firm caused the delay, so any questions about it are for them."),
    # round 10, wording of neither written file nor any batch (the round-10 model: 0.99 and 0.98)
    ("ru", "Добрый день. Посылку потеряла транспортная компания, все претензии предъявляйте им."),
]
# found by the vote in round 10 and by the phrases since round 11 ("between you and them"): a fail either way
BLAME_NOW_RULES = [
    ("en", "Good morning. The faulty part came from the manufacturer, so the warranty claim is between you and them."),
]
# found by the vote since round 10 and by the phrases since round 71 ("if you had bothered to"): a fail either way
RUDE_NOW_RULES = [
    ("en", "Hello. If you had bothered to open the app even once, you would not need to ask this."),
]
POLITE = [
    ("ru", "Здравствуйте! Как я уже писала выше, деньги вернутся на карту в течение трёх дней. Извините за ожидание."),
    ("ru", "Здравствуйте! Этим занимается отдел подключений, сейчас переведу вас к ним, пожалуйста, подождите."),
    ("en", "Hi! As I mentioned above, the refund will reach your card within three days. Sorry for the wait."),
    ("en", "Hi! The connections team handles that, so I'll transfer you to them now, please hold."),
    ("ru", "Добрый день! Понимаю, как это неприятно. Новую доставку я назначила на завтра, курьер позвонит за час."),
    ("en", "Good morning! The bank needs a day to release the hold; I've sent them our confirmation and will email you by 5 pm."),
]


@needs_model
@pytest.mark.parametrize(("lang", "text"), RUDE)
def test_the_vote_fails_a_rude_reply_the_phrases_miss(engines, lang, text):
    voted, rules = engines
    inter = _chat(lang, text)
    assert _result(rules, inter, "no_rudeness").result == "pass"          # the phrase rule misses it
    got = _result(voted, inter, "no_rudeness")
    assert (got.result, got.note) == ("fail", "classifier learned")
    assert [e.text for e in got.evidence] == [sentences(text)[1]]          # the sentence that decided


@needs_model
@pytest.mark.parametrize(("lang", "text"), BLAME)
def test_the_vote_fails_blame_shifting_the_phrases_miss(engines, lang, text):
    voted, rules = engines
    inter = _chat(lang, text)
    assert _result(rules, inter, "no_blame_shifting").result == "pass"
    got = _result(voted, inter, "no_blame_shifting")
    assert (got.result, got.note) == ("fail", "classifier learned")
    assert [e.text for e in got.evidence] == [sentences(text)[1]]


@needs_model
@pytest.mark.parametrize(("criterion", "lang", "text"),
                         [("no_blame_shifting", *row) for row in BLAME_NOW_RULES]
                         + [("no_rudeness", *row) for row in RUDE_NOW_RULES])
def test_what_the_phrases_learned_from_the_vote_stays_a_fail(engines, criterion, lang, text):
    voted, rules = engines
    inter = _chat(lang, text)
    assert _result(rules, inter, criterion).result == "fail"
    assert _result(voted, inter, criterion).result == "fail"


@needs_model
@pytest.mark.parametrize(("lang", "text"), POLITE)
def test_polite_near_misses_stay_passes(engines, lang, text):
    voted, _ = engines
    inter = _chat(lang, text)
    for criterion in ("no_rudeness", "no_blame_shifting"):
        assert _result(voted, inter, criterion).result == "pass", criterion


@needs_model
def test_a_rule_fail_stays_a_fail(engines):
    voted, _ = engines
    got = _result(voted, _chat("ru", "Успокойтесь, пожалуйста, и назовите номер договора."), "no_rudeness")
    assert got.result == "fail"


@needs_model
def test_the_rudeness_vote_ships_at_its_bar_and_the_card_says_what_it_learned_from():
    """Round 77: the shipped scorecards switch the rudeness vote on at vote_threshold 0.99, the threshold at
    which it met the round-11 shipping bar (out of fold, look-alikes, real false alarms, CPU; HELDOUT.md); the
    blame-shifting vote stays opt-in (`--learned-votes` and `classifier: learned` switch both on at the trained
    thresholds). blind4, blind5, blind6 (since round 11), blind7 (since round 12), blind8 and blind9 (since round
    13) and from blind10 on each blindN (since round N+4, blind67 since round 71, blind68 and blind69 since round
    72, blind70 and blind71 since round 73, blind72 since round 74) are tuning data, blind73 and blind74 (the
    untouched batches of round 74) never; the card leads with the held-out figures."""
    settings = load_settings()
    assert set(settings.sentence_criteria) == {"no_rudeness", "no_blame_shifting"}
    assert {f"blind{n}" for n in range(4, 73)} <= set(settings.demo_splits)
    assert not {"blind73", "blind74"} & set(settings.demo_splits)                 # scored once, untouched
    shipped = {(card.language, c.id): (c.classifier, c.vote_threshold) for card in load_scorecards().values()
               for c in card.criteria if c.id in settings.sentence_criteria}
    assert shipped == {("ru", "no_rudeness"): ("learned", 0.99), ("en", "no_rudeness"): ("learned", 0.99),
                       ("ru", "no_blame_shifting"): (None, None), ("en", "no_blame_shifting"): (None, None)}
    voted = {(c.classifier, c.vote_threshold) for card in sentence_vote_scorecards().values()
             for c in card.criteria if c.id in settings.sentence_criteria}
    assert voted == {("learned", None)}                                           # the trained thresholds
    rules = {(c.classifier, c.vote_threshold) for c in rules_only_engine().cards["ru"].card.criteria}
    assert rules == {(None, None)}
    card = (MODEL_PATH.parent / "MODEL_CARD.md").read_text(encoding="utf-8")
    assert card.index("Held-out") < card.index("Sentence votes")            # held-out figures first
    for criterion in settings.sentence_criteria:
        assert f"| {criterion} |" in card


@needs_model
def test_vote_threshold_raises_the_bar_a_sentence_must_reach():
    """A criterion's vote_threshold above the trained threshold silences a vote below it, and only then."""
    import joblib

    from pipeline.training.criteria import sentence_vote

    model = joblib.load(MODEL_PATH)["no_rudeness"]
    text = "Добрый день. С такими вопросами обычно приходят те, кто не читает ничего из того, что мы присылаем."
    turns = [t for t in _chat("ru", text).turns if t.speaker == Speaker.AGENT]
    score = model.worst(sentences(text))[1]
    if not model.threshold_for("ru") <= score < 1.0:
        pytest.skip(f"this model scores the sentence {score:.4f}: no room for a floor above it")
    assert sentence_vote(model, turns, "ru") is not None                          # the trained threshold
    assert sentence_vote(model, turns, "ru", floor=score) is not None
    assert sentence_vote(model, turns, "ru", floor=min(1.0, score + (1.0 - score) / 2)) is None
    assert sentence_vote(model, turns, "ru", floor=0.1) is not None               # a floor never lowers it


@needs_model
def test_the_shipped_scorecards_vote_on_rudeness_above_the_floor():
    """As shipped (round 77), a rude reply the phrases miss fails no_rudeness by the learned vote, with the deciding
    sentence as evidence; the rules alone pass it."""
    inter = _chat("ru", "Здравствуйте. Вам уже всё объяснили, дальше сами.")
    shipped = _result(ScorecardEngine.from_rules(), inter, "no_rudeness")
    assert _result(rules_only_engine(), inter, "no_rudeness").result == "pass"
    assert (shipped.result, shipped.note) == ("fail", "classifier learned")
    assert [e.text for e in shipped.evidence] == ["Вам уже всё объяснили, дальше сами."]
    assert _result(ScorecardEngine.from_rules(), inter, "no_blame_shifting").note != "classifier learned"


@needs_model
def test_the_learned_model_is_loaded_once_per_trained_file():
    """Every scorecard engine registers `learned`; the 11 MB model is read from disk once, not per engine."""
    from pipeline.scoring import scorecard_engine
    from pipeline.training.criteria import register_learned

    assert register_learned()
    first = scorecard_engine._CLASSIFIERS["learned"]
    ScorecardEngine.from_rules()
    assert register_learned() and scorecard_engine._CLASSIFIERS["learned"] is first


def test_vote_threshold_needs_a_classifier():
    from pydantic import ValidationError

    from pipeline.scoring.scorecard_rules import Criterion

    with pytest.raises(ValidationError, match="vote_threshold needs a classifier"):
        Criterion(id="no_rudeness", description="x", check="forbidden", phrases=["дурак"], vote_threshold=0.99)


def test_multiple_instance_fit_finds_the_violating_sentence_of_a_bag():
    rude = ["ты вообще читать умеешь", "сам разбирайся раз такой умный", "не ной, всё работает"]
    polite = ["подскажите номер договора", "спасибо за ожидание", "всё готово, хорошего дня",
              "деньги вернутся через три дня", "сейчас проверю", "пожалуйста, подождите минуту"]
    bags = [Bag((s,), "fail", "written", known=True) for s in rude]
    bags += [Bag((s,), "pass", "demo:a") for s in polite]
    bags += [Bag(("добрый день", "ты вообще читать умеешь, сам разбирайся"), "fail", "demo:a")]
    bags += [Bag(("добрый день", "спасибо за ожидание"), "pass", "demo:b")] * 2
    model = fit_sentences(bags, c=10.0, rounds=1)
    probs = model.predict_proba(["добрый день", "сам разбирайся, не ной"])[:, list(model.classes_).index(1)]
    assert probs[1] > 0.5 > probs[0]


def test_the_dictionary_scorer_gives_the_pipelines_probabilities():
    """The night scores sentences with LinearScorer (no sparse matrices); it must be the fitted pipeline."""
    rude = ["ты вообще читать умеешь", "сам разбирайся раз такой умный", "не ной, всё работает",
            "read the manual before you write to us", "obviously you never read anything"]
    polite = ["подскажите номер договора", "спасибо за ожидание", "всё готово, хорошего дня",
              "деньги вернутся через три дня", "thank you for waiting", "the refund is on its way",
              "заказ 4512 придёт через 3 дня", "заказ 77 придёт завтра"]
    bags = [Bag((t,), "fail", "written", known=True) for t in rude] + \
        [Bag((t,), "pass", "written", known=True) for t in polite]
    bags += [Bag(("пишите на help@shop.example, ответим",), "pass", "written", known=True)] * 2
    model = fit_sentences(bags, c=10.0, rounds=0, features=Features(char_ngrams=(3, 5)))
    texts = ["Ты вообще читать умеешь?", "Thank you, the refund is on its way.", "совсем новое слово", "",
             "Заказ 31337 придёт через 5 дней, пишите на help@shop.example"]
    expected = model.predict_proba(texts)[:, list(model.classes_).index(1)]
    assert LinearScorer(model).probabilities(texts) == pytest.approx(list(expected), abs=1e-9)
    grams = [g for _, vec in model.steps[0][1].transformer_list for g in vec.vocabulary_]
    assert " 0 " in grams and not any(ch in "".join(grams) for ch in "123456789@")  # numbers and addresses masked


def test_a_threshold_per_language_is_chosen_on_that_languages_folds():
    settings = SentenceVoteSettings(sentence_criteria={}, thresholds=[0.8, 0.9], min_precision=0.9,
                                    max_false_alarms=0.01)
    # Russian: the polite replies score up to 0.85, so 0.8 would add false alarms; English: 0.8 is clean
    demo = [("fail", "pass", 0.95, "ru")] * 6 + [("pass", "pass", 0.85, "ru")] * 3 + [("pass", "pass", 0.1, "ru")] * 20
    demo += [("fail", "pass", 0.82, "en")] * 6 + [("pass", "pass", 0.1, "en")] * 20
    shared, _ = choose_threshold(demo, [], settings)
    assert shared == 0.9                                   # one threshold for both: the English fails at 0.82 lost
    per_lang = choose_language_thresholds(demo, [], settings, shared)
    assert per_lang == {"en": 0.8, "ru": 0.9}
    assert figures(demo, [], per_lang)["R_fail"] == 1.0 and figures(demo, [], per_lang)["P_fail"] == 1.0


def test_the_threshold_keeps_precision_and_the_real_false_alarms():
    settings = SentenceVoteSettings(sentence_criteria={}, thresholds=[0.8, 0.9, 0.95], min_precision=0.9,
                                    max_false_alarms=0.01)
    demo = [("fail", "pass", 0.92)] * 9 + [("fail", "fail", 0.1)] + [("pass", "pass", 0.85)] * 3 + \
        [("pass", "pass", 0.1)] * 30
    real = [("pass", "pass", 0.1)] * 99 + [("pass", "pass", 0.93)]
    t, cv = choose_threshold(demo, real, settings)
    # 0.8 adds 3 demo false alarms (fail precision 10/13); 0.9 keeps it but adds 1 % on the real replies
    assert t == 0.9 and cv["R_fail"] == 1.0 and cv["real_false_alarms"] == 1
    t, _ = choose_threshold(demo, real + [("pass", "pass", 0.91)], settings)
    assert t == 0.95                      # 2 of 101 at 0.9: too many; none qualifies, so the highest


def test_settings_are_validated(tmp_path):
    (tmp_path / "scorecard_learned.yaml").write_text("sentence_criteria:\n  no_rudeness: {C: 10, treshold: 1}\n")
    with pytest.raises(ConfigError, match="treshold"):
        load_settings(tmp_path)


# stock offers of more help that a batch's writer used too (near-misses, a pass for both criteria): the first
# found after blind4/5 were scored, the second shared by sentences.jsonl (round 9) and blind6 (found when
# blind6 was committed, before anything scored it; left in, as an offer of help decides neither criterion)
SHARED_STOCK_PHRASES = {"is there anything else i can help with?", "чем ещё могу помочь?"}


def test_the_written_training_files_are_labelled_and_not_from_the_evaluation_batches():
    settings = load_settings()
    rows = [json.loads(line) for path in settings.written_paths()
            for line in path.read_text(encoding="utf-8").splitlines()]
    assert len(settings.written_paths()) >= 2
    kinds = Counter((r["kind"], r["language"]) for r in rows)
    assert all(kinds[(k, lang)] >= 30 for k in ("rude", "blame_shifting", "near_miss") for lang in ("ru", "en"))
    assert len({r["id"] for r in rows}) == len(rows)
    assert len({r["text"].strip().lower() for r in rows}) == len(rows)          # no sentence twice
    gold = {"rude": {"no_rudeness": "fail"}, "blame_shifting": {"no_blame_shifting": "fail"}}
    for r in rows:
        if r["kind"] == "near_miss":
            assert set(r["gold"].values()) == {"pass"}, r["id"]
        else:
            assert r["gold"] == gold[r["kind"]], r["id"]
    from pipeline.commands.evaluate_scorecard import EVAL_DIR, load_split

    # blind4 … blind7 are tuning batches now, but the written sentences were checked against their wording
    # so that a batch's figures never rest on a copied sentence
    batches = [split for split in ("blind4", "blind5", "blind6", "blind7") if (EVAL_DIR / f"{split}.jsonl").is_file()]
    assert "blind7" in batches
    held_out = {s.strip().lower() for split in batches
                for rec in load_split(split) for t in rec["turns"] for s in sentences(t["text"] or "")}
    assert not held_out & {r["text"].strip().lower() for r in rows if r["kind"] != "near_miss"}
    assert held_out & {r["text"].strip().lower() for r in rows} <= SHARED_STOCK_PHRASES


def test_the_held_out_third_of_the_round_35_sentences_is_never_trained_on():
    """Round 35: a blind helper wrote 700 hard negatives and close-in-form fails; a seeded split put two thirds in
    `written:` and kept one third out, for bench/scorecard_written_heldout.py."""
    settings = load_settings()
    trained = [path.resolve() for path in settings.written_paths()]
    heldout_path = (Path(__file__).parent / "data" / "scorecard_written" / "sentences_w35_eval.jsonl").resolve()
    assert heldout_path not in trained
    assert heldout_path.with_name("sentences_w35.jsonl") in trained
    heldout = [json.loads(line) for line in heldout_path.read_text(encoding="utf-8").splitlines()]
    kinds = Counter((r["kind"], r["language"]) for r in heldout)
    assert kinds[("near_miss", "ru")] == 100 and kinds[("near_miss", "en")] == 50
    assert kinds[("rude", "ru")] == 33 and kinds[("blame_shifting", "en")] == 13
    trained_rows = [json.loads(line) for path in trained for line in path.read_text(encoding="utf-8").splitlines()]
    assert not {r["id"] for r in heldout} & {r["id"] for r in trained_rows}
    assert not {r["text"].strip().lower() for r in heldout} & {r["text"].strip().lower() for r in trained_rows}


# the vote's false alarms on the polite look-alikes written for the phrase-rule tests
# (tests/test_compliance_phrases.py; they test the rules alone): 4 of the 14 pass cases of the two criteria
# in round 9 (all English), 2 in round 10 ("So what would you like to do next?", «Что именно вам непонятно
# в счёте? Поясню.»; the other two English ones fall below the English threshold now), the same 2 in round 11
# (blind6 in training), 1 in round 12 (blind7 in training: only «Что именно вам непонятно в счёте? Поясню.»), 2 in
# round 27 (blind23 a fold: the unchanged selection rule lowered the English threshold 0.95 → 0.93, and "So what
# would you like to do next?" failed again), 1 again in round 28 (blind24 a fold) — a limit that must not grow;
# switching the vote on by default needs at most 1
LOOK_ALIKE_FALSE_ALARMS_AT_SHIPPING = 1


@needs_model
def test_the_vote_stays_within_its_false_alarms_on_the_phrase_tests_look_alikes(engines):
    from scorecard_contacts import verdict
    from test_compliance_phrases import CASES

    voted, _ = engines
    polite = [(lang, crit, turns) for lang, crit, expected, turns in CASES
              if crit in ("no_rudeness", "no_blame_shifting") and expected == "pass"]
    alarms = [turns for lang, crit, turns in polite if verdict(voted, lang, crit, *turns) == "fail"]
    assert len(polite) >= 14
    assert len(alarms) <= LOOK_ALIKE_FALSE_ALARMS_AT_SHIPPING, alarms


needs_replies = pytest.mark.skipif(not REPLIES_PATH.is_file(), reason="no ../shared/data SPb replies")


@needs_replies
def test_unlabelled_real_passes_leave_every_labelled_reply_out():
    """Round 22: real replies no split labels become passes of no_rudeness only; none is a labelled reply of any
    split (fresh2, the bar, included), one per template, the same ones on every run."""
    settings = load_settings()
    replies = read_replies()
    labelled = {rec["id"] for rec in load_labels(SPLITS, first_labels=True)}
    ids = vote_negative_ids(replies, settings.unlabelled_real.size, settings.unlabelled_real.salt)
    assert settings.unlabelled_real.criteria == ["no_rudeness"]
    assert len(ids) == settings.unlabelled_real.size == len(set(ids))
    assert not set(ids) & labelled
    assert len({re.sub(r"\W+", " ", replies[rid].text.lower())[:150] for rid in ids}) == len(ids)   # templates
    assert vote_negative_ids(replies, 10, settings.unlabelled_real.salt) == ids[:10]
    bags = unlabelled_real_bags("no_rudeness", settings.unlabelled_real, None, replies)
    assert {(b.label, b.fold) for b in bags} == {("pass", "real:unlabelled")} and len(bags) == len(ids)
    assert unlabelled_real_bags("no_blame_shifting", settings.unlabelled_real, None, replies) == []


@pytest.mark.parametrize("model_bytes", [None, b"not a joblib file"], ids=["missing", "damaged"])
def test_without_a_usable_learned_model_the_night_goes_on_degraded(monkeypatch, tmp_path, model_bytes):
    """The shipped scorecards name `classifier: learned` on no_rudeness. A deployment whose models folder has no
    trained vote, or a damaged one, still scores every contact: the rules decide no_rudeness and the night is
    marked degraded with the reason, instead of the scorecards refusing to compile."""
    from pipeline.runtime import degradation, rules_cache
    from pipeline.scoring import scorecard_engine
    from pipeline.scoring.stage import score_stage
    from pipeline.training import criteria

    path = tmp_path / "scorecard_criteria" / "model.joblib"
    if model_bytes is not None:
        path.parent.mkdir()
        path.write_bytes(model_bytes)
    monkeypatch.setattr(criteria, "learned_model_path", lambda models_dir=None: path)
    monkeypatch.delitem(scorecard_engine._CLASSIFIERS, "learned", raising=False)
    rules_cache.clear()
    try:
        engine = ScorecardEngine.from_rules()
        assert len(engine.degraded_reasons) == 2                                  # ru and en no_rudeness
        assert all("'no_rudeness' scored by its rules alone" in r for r in engine.degraded_reasons)
        inter = _chat("ru", "Здравствуйте. Вам уже всё объяснили, дальше сами.")
        assert _result(engine, inter, "no_rudeness").result == "pass"            # the rules alone, as before the vote
        assert _result(engine, _chat("ru", "Успокойтесь и назовите номер договора."), "no_rudeness").result == "fail"
        degradation.start()
        result = score_stage([_chat("ru", "Здравствуйте. Вам уже всё объяснили, дальше сами.")])
        assert len(result.interactions) == 1 and not result.rejected
        assert any("no_rudeness" in r for r in degradation.reasons())
    finally:
        degradation.start()
        rules_cache.clear()
