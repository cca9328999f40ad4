"""The phrase index of the rule engine (pipeline.scoring.rule_engine.PhraseIndex) only skips work:
every shipped scorecard group finds exactly what searching each of its phrases finds, on the agent
and customer turns of the scorecard evaluation set, in the same order."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.scoring.rule_engine import (
    NO_NEGATION,
    CompiledGroup,
    PhraseIndex,
    RegexFilter,
    TurnTokens,
    compile_group,
    find_matches,
)
from pipeline.analyse.risk import RiskDetector
from pipeline.scoring.scorecard_engine import ScorecardEngine
from pipeline.scoring.scorecard_rules import PatternGroup
from pipeline.nlp.lemmas import get_lemmatizer

EVAL = Path(__file__).parent / "data" / "scorecard_eval"


def _searching_everything(group: CompiledGroup) -> CompiledGroup:
    """The same group with neither shortcut: every phrase searched, every regex run on every turn."""
    plain = CompiledGroup(group.name, group.phrases, group.regexes, group.unless)
    index = PhraseIndex(plain.phrases)
    index._always = list(range(len(plain.phrases)))
    index._required = [() for _ in plain.phrases]
    plain._index = index
    plain._filter = RegexFilter(plain.regexes, (None,) * len(plain.regexes))  # every regex runs
    return plain


@pytest.fixture(scope="module")
def engine():
    return ScorecardEngine.from_rules()


@pytest.fixture(scope="module")
def turns():
    texts = []
    for path in sorted(EVAL.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            contact = json.loads(line)
            texts += [(contact["language"], t["text"]) for t in contact["turns"] if t.get("text")]
    return texts


def test_every_scorecard_group_finds_what_searching_everything_finds(engine, turns):
    """Phrase index and regex filter on, then off: the same matches in the same order, over every group
    of the shipped scorecards (spans of a criterion too) on the evaluation set's turns."""
    lem = engine.lemmatizer
    checked = matched = filtered = 0
    for lang, card in engine.cards.items():
        tts = [TurnTokens(text, lem.tokens(text, lang)) for tl, text in turns if tl == lang][:400]
        for cc in card.criteria:
            for group in cc.groups + ([cc.exclude] if cc.exclude is not None else []):
                plain = _searching_everything(group)
                filtered += sum(lits is not None for lits in group.regex_filter.literals)
                for tt in tts:
                    for span in (None, (0, len(tt.text) // 2)):
                        found = find_matches(group, 0, tt.text, tt, cc.guard, span)
                        assert found == find_matches(plain, 0, tt.text, tt, cc.guard, span), (group.name, tt.text)
                        checked += 1
                        matched += bool(found)
    assert checked > 20_000 and matched > 1_000 and filtered > 1_000


def test_every_risk_lexicon_finds_what_every_phrase_finds(turns):
    """Lexicon.find keeps the longest match per start: the same with and without the index."""
    detector = RiskDetector()
    lexicons = [*detector.lexicons.values(), detector.complaint_lexicon]
    found_any = 0
    for lang, text in turns:
        tt = TurnTokens(text, detector.lemmatizer.tokens(text, lang))
        for lexicon in lexicons:
            indexed = lexicon.find(text, tt, 0)
            index, lexicon.index = lexicon.index, PhraseIndex(lexicon.phrases)
            lexicon.index._always = list(range(len(lexicon.phrases)))  # every phrase searched
            lexicon.index._required = [() for _ in lexicon.phrases]
            try:
                every = lexicon.find(text, tt, 0)
            finally:
                lexicon.index = index
            assert indexed == every, (lexicon.name, text)
            found_any += bool(every)
    assert found_any > 100


def test_index_skips_phrases_whose_words_are_absent_and_keeps_written_order():
    lem = get_lemmatizer()
    group = compile_group(PatternGroup(name="g", phrases=["подать в суд", "суд*", "*дуват*", "жалоба"]),
                          lem, "ru", 2, {})
    text = "Подам в суд, это надувательство"
    tt = TurnTokens(text, lem.tokens(text, "ru"))
    assert [p.source for p in group.index.candidates(tt)] == ["подать в суд", "суд*", "*дуват*"]
    other = "Спасибо, всё работает"
    tt2 = TurnTokens(other, lem.tokens(other, "ru"))
    # «*дуват*» (an infix in its only position) is checked on every turn; the rest need their words
    assert [p.source for p in group.index.candidates(tt2)] == ["*дуват*"]
    assert find_matches(group, 0, other, tt2, NO_NEGATION) == []


def test_a_regex_runs_only_on_turns_holding_its_literal_text():
    lem = get_lemmatizer()
    group = compile_group(PatternGroup(name="g", regexes=[r"(\w)\1", r"\d{3}", r"\bабв\b", r"\bне\s+моя\s+вина\b"]),
                          lem, "ru", 2, {})
    assert group.regex_filter.literals == (None, None, ("абв",), ("вина",))
    for text, run, found in (
        ("аа и 777", [0, 1], ["аа", "777", "77"]),
        ("Это НЕ МОЯ ВИНА, абв", [0, 1, 2, 3], ["не моя вина", "абв"]),
        ("вина не моя", [0, 1, 3], []),
    ):
        tt = TurnTokens(text, lem.tokens(text, "ru"))
        assert group.regex_filter.needed(tt, 0, len(text)) == [group.regexes[i] for i in run]
        assert [tt.folded[m.start:m.end] for m in find_matches(group, 0, text, tt)] == found
    # inside a span only the span's text counts: «вина» after it skips the regex
    text = "не моя вина"
    tt = TurnTokens(text, lem.tokens(text, "ru"))
    assert group.regexes[3] not in group.regex_filter.needed(tt, 0, 7)


def test_prefix_lookup_matches_a_scan_of_every_token():
    lem = get_lemmatizer()
    text = "Переподключение роутера и перезагрузка помогли, перепроверьте пересылку"
    tt = TurnTokens(text, lem.tokens(text, "ru"))
    for prefix in ("пере", "перез", "р", "роут", "помо", "xyz", "перепров"):
        scan = [i for i, (lemma, surface) in enumerate(zip(tt.lemmas, tt.surfaces))
                if lemma.startswith(prefix) or surface.startswith(prefix)]
        assert tt.prefixed(prefix) == scan


def test_index_is_rebuilt_when_the_phrases_are_replaced():
    lem = get_lemmatizer()
    group = compile_group(PatternGroup(name="g", phrases=["жалоба"]), lem, "ru", 2, {})
    first = group.index
    assert isinstance(first, PhraseIndex) and group.index is first
    group.phrases = compile_group(PatternGroup(name="g", phrases=["претензия"]), lem, "ru", 2, {}).phrases
    text = "Пишу претензию"
    tt = TurnTokens(text, lem.tokens(text, "ru"))
    assert [m.text for m in find_matches(group, 0, text, tt)] == ["претензию"]
