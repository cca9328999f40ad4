"""Pattern matching on lemmas: phrases with allowed gaps, regexes and a negation guard.

A *phrase* is written in plain words (``добрый день|утро|вечер``, ``могу помочь``); every word is
lemmatized when the rules are compiled, so ``могу ли я вам помочь`` matches ``мочь помочь`` with
a gap of two words. In a phrase:

* ``a|b``  — alternatives for one position;
* ``abc*`` — any lemma (or surface form) starting with ``abc`` (ASR variants, compounds);
* ``[name]`` — the PII placeholder of a redacted name.

Up to ``max_gap`` other words may stand between consecutive phrase words. *Regexes* run over the
turn text lower-cased with ``ё`` folded (same length, so spans stay valid). The *negation guard*
drops a match when a negation word (``не``, ``нет``, ``not``...) stands within ``window`` words
before it or inside one of its gaps: «не могу помочь» is not an offer of help.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.analyse.scorecard_rules import PatternGroup
from pipeline.nlp.lemmas import Lemmatizer, Token
from pipeline.nlp.normalize import fold


class TurnTokens:
    """The tokens of one turn with what matching needs precomputed: lemmas, folded surface forms,
    the positions of each lemma and the folded text for regexes. Build once per turn."""

    __slots__ = ("text", "tokens", "lemmas", "surfaces", "positions", "folded", "_prefixed")

    def __init__(self, text: str, tokens: list[Token]):
        self.text = text
        self.tokens = tokens
        self.lemmas = [t.lemma for t in tokens]
        self.surfaces = [fold(t.text) for t in tokens]
        self.positions: dict[str, list[int]] = {}
        for i, lemma in enumerate(self.lemmas):
            self.positions.setdefault(lemma, []).append(i)
        self.folded = fold_same_length(text)
        self._prefixed: dict[str, list[int]] = {}

    def prefixed(self, prefix: str) -> list[int]:
        """Positions of the tokens whose lemma or folded surface starts with ``prefix`` (cached)."""
        found = self._prefixed.get(prefix)
        if found is None:
            found = [i for i, (lemma, surface) in enumerate(zip(self.lemmas, self.surfaces))
                     if lemma.startswith(prefix) or surface.startswith(prefix)]
            self._prefixed[prefix] = found
        return found

    def within(self, lo: int, hi: int) -> TurnTokens:
        """Only the tokens inside the character span [lo, hi)."""
        return TurnTokens(self.text, [t for t in self.tokens if t.start >= lo and t.end <= hi])


@dataclass(frozen=True, slots=True)
class TokenMatcher:
    """One phrase position: a set of exact lemmas and a tuple of prefixes."""

    exact: frozenset[str]
    prefixes: tuple[str, ...] = ()

    def matches(self, token: Token) -> bool:
        if token.lemma in self.exact:
            return True
        if self.prefixes:
            surface = fold(token.text)
            return any(token.lemma.startswith(p) or surface.startswith(p) for p in self.prefixes)
        return False

    def match_at(self, tt: TurnTokens, i: int) -> bool:
        lemma = tt.lemmas[i]
        if lemma in self.exact:
            return True
        if self.prefixes:
            surface = tt.surfaces[i]
            return any(lemma.startswith(p) or surface.startswith(p) for p in self.prefixes)
        return False

    def candidates(self, tt: TurnTokens) -> list[int]:
        """Token positions this matcher may match (all of them when it has prefixes)."""
        found: list[int] = []
        for lemma in self.exact:
            found.extend(tt.positions.get(lemma, ()))
        for prefix in self.prefixes:
            found.extend(tt.prefixed(prefix))
        return sorted(set(found)) if self.prefixes else sorted(found)


@dataclass(frozen=True, slots=True)
class CompiledPhrase:
    source: str
    matchers: tuple[TokenMatcher, ...]
    max_gap: int


@dataclass(slots=True)
class CompiledGroup:
    name: str
    phrases: list[CompiledPhrase] = field(default_factory=list)
    regexes: list[re.Pattern[str]] = field(default_factory=list)
    unless: CompiledGroup | None = None


@dataclass(frozen=True, slots=True)
class Match:
    """A pattern found in one turn: the span in the turn text and the group it satisfies."""

    turn_index: int
    start: int
    end: int
    text: str
    group: str


_SENTENCE_END = re.compile(r"[.!?;\n]")
_CLAUSE_BREAK = re.compile(r"[.!?;:,\u2014\n]|\s-\s")


@dataclass(frozen=True, slots=True)
class NegationGuard:
    """Negation words up to ``window`` words before a match (not across a clause break such as
    a comma or a full stop), or inside one of its gaps, cancel the match."""

    words: frozenset[str]
    window: int

    def negated(self, tokens: list[Token], first: int, gap_positions: tuple[int, ...] = (),
                text: str | None = None) -> bool:
        if any(tokens[i].lemma in self.words for i in gap_positions):
            return True
        lo = max(0, first - self.window)
        for i in range(first - 1, lo - 1, -1):
            if text is not None and _CLAUSE_BREAK.search(text, tokens[i].end, tokens[i + 1].start):
                return False
            if tokens[i].lemma in self.words:
                return True
        return False


NO_NEGATION = NegationGuard(frozenset(), 0)


def compile_phrase(phrase: str, lemmatizer: Lemmatizer, lang: str, max_gap: int) -> CompiledPhrase:
    """Lemmatize every alternative of every word of ``phrase``."""
    matchers: list[TokenMatcher] = []
    for word in phrase.split():
        if "|" not in word and not word.endswith("*"):
            parts = lemmatizer.lemmas(word, lang)
            if len(parts) > 1:
                # the tokenizer splits "что-то", "name's", "can't": match the parts in a row
                matchers.extend(TokenMatcher(frozenset({part})) for part in parts)
                continue
        exact: set[str] = set()
        prefixes: list[str] = []
        for alt in (a.strip() for a in word.split("|")):
            if alt.endswith("*") and len(alt) > 1:
                prefixes.append(fold(alt[:-1]))
            elif alt:
                exact.update({lemmatizer.lemma(alt), fold(alt)})
        if exact or prefixes:
            matchers.append(TokenMatcher(frozenset(exact), tuple(prefixes)))
    return CompiledPhrase(phrase, tuple(matchers), max_gap)


def compile_group(
    group: PatternGroup,
    lemmatizer: Lemmatizer,
    lang: str,
    default_gap: int,
    lexicons: dict[str, list[str]],
) -> CompiledGroup:
    gap = group.max_gap if group.max_gap is not None else default_gap
    phrases = list(group.phrases) + (list(lexicons.get(group.lexicon, [])) if group.lexicon else [])
    return CompiledGroup(
        name=group.name,
        phrases=[p for p in (compile_phrase(ph, lemmatizer, lang, gap) for ph in phrases) if p.matchers],
        regexes=[re.compile(rx, re.IGNORECASE) for rx in group.regexes],
        unless=compile_group(group.unless, lemmatizer, lang, default_gap, lexicons) if group.unless else None,
    )


def fold_same_length(text: str) -> str:
    """Lower-case with ``ё`` → ``е`` without changing the length (spans stay valid)."""
    lowered = text.lower().replace("ё", "е")
    return lowered if len(lowered) == len(text) else text.replace("ё", "е").replace("Ё", "Е")


def _phrase_spans(phrase: CompiledPhrase, tt: TurnTokens, guard: NegationGuard) -> list[tuple[int, int]]:
    """(first token index, last token index) of each non-negated occurrence of ``phrase``."""
    out: list[tuple[int, int]] = []
    n = len(phrase.matchers)
    n_tokens = len(tt.lemmas)
    for i in phrase.matchers[0].candidates(tt):
        # depth-first search over the allowed gaps; phrases are short, so this stays cheap
        stack: list[tuple[int, int, tuple[int, ...]]] = [(1, i, ())]
        while stack:
            k, pos, gaps = stack.pop()
            if k == n:
                if not guard.negated(tt.tokens, i, gaps, tt.text):
                    out.append((i, pos))
                    stack.clear()
                continue
            matcher = phrase.matchers[k]
            reachable = []
            for nxt in range(pos + 1, min(n_tokens, pos + 2 + phrase.max_gap)):
                # a phrase never runs on across the end of a sentence ("…пишу. Звоните…")
                if _SENTENCE_END.search(tt.text, tt.tokens[nxt - 1].end, tt.tokens[nxt].start):
                    break
                reachable.append(nxt)
            for nxt in reversed(reachable):
                if matcher.match_at(tt, nxt):
                    stack.append((k + 1, nxt, gaps + tuple(range(pos + 1, nxt))))
    return out


def _token_index_at(tokens: list[Token], char: int) -> int:
    for i, tok in enumerate(tokens):
        if tok.end > char:
            return i
    return len(tokens)


def find_matches(
    group: CompiledGroup,
    turn_index: int,
    text: str,
    tokens: list[Token] | TurnTokens,
    guard: NegationGuard = NO_NEGATION,
    span: tuple[int, int] | None = None,
) -> list[Match]:
    """All matches of ``group`` in one turn, optionally only inside the character ``span``."""
    tt = tokens if isinstance(tokens, TurnTokens) else TurnTokens(text, tokens)
    lo, hi = span if span else (0, len(text))
    if span:
        tt = tt.within(lo, hi)
    found: list[Match] = []
    for phrase in group.phrases:
        for a, b in _phrase_spans(phrase, tt, guard):
            start, end = tt.tokens[a].start, tt.tokens[b].end
            found.append(Match(turn_index, start, end, text[start:end], group.name))
    for rx in group.regexes:
        for m in rx.finditer(tt.folded, lo, hi):
            if m.end() == m.start():
                continue
            if guard.window and guard.negated(tt.tokens, _token_index_at(tt.tokens, m.start()), (), text):
                continue
            found.append(Match(turn_index, m.start(), m.end(), text[m.start() : m.end()], group.name))
    found.sort(key=lambda m: (m.start, -m.end))
    return found


def overlaps(a: Match, b: Match) -> bool:
    return a.turn_index == b.turn_index and a.start < b.end and b.start < a.end
