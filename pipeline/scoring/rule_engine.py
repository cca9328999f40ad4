"""The one rule engine: lemma phrases with gaps, regexes and one negation rule.

Every phrase/regex rule of the project goes through this module: scorecard criteria
(``rules/scorecards/*.yaml``), the risk and complaint lexicons (``rules/risk.yaml``) and the
scorecard's customer cues. The syntax is documented once, in ``docs/RULES.md``. In short, a
*phrase* is written in plain words; every word is lemmatized when the rules are compiled, so
``могу ли я вам помочь`` matches ``мочь помочь`` with a gap of two words. In a phrase:

* ``a|b``  — alternatives for one position;
* ``abc*`` — any lemma (or surface form) starting with ``abc``; ``*abc*`` — containing ``abc``;
* ``[name]`` — the PII placeholder of a redacted name;
* ``{set}`` — every entry of a named set (risk lexicons: competitors).

Up to ``max_gap`` other words may stand between consecutive phrase words, never across the end
of a sentence. *Regexes* run over the turn text lower-cased with ``ё`` folded (same length, so
spans stay valid). The *negation rule* (:class:`NegationGuard`) drops a match when a negation
word stands within ``window`` words before it (in the same clause) or inside one of its gaps,
unless the phrase itself contains a negation word: «не могу помочь» is not an offer of help,
«не буду расторгать договор» is not churn, but the phrase «не ко мне» is found as written.

Every finding is one :class:`Match`.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field

from pipeline.scoring.scorecard_rules import PatternGroup
from pipeline.nlp.lemmas import Lemmatizer, Token
from pipeline.nlp.normalize import fold, fold_same_length
from pipeline.scoring.regex_literals import caseless, required_literals


# prefixes (``abc*``) are filed by their first STEM letters in a PhraseIndex
STEM = 3


class TurnTokens:
    """The tokens of one turn with what matching needs precomputed: lemmas, folded surface forms,
    the positions of each lemma and the folded text for regexes (and for their required literals).
    Build once per turn."""

    __slots__ = ("text", "tokens", "lemmas", "surfaces", "positions", "folded", "caseless", "_prefixed", "_forms",
                 "_stems")

    def __init__(self, text: str, tokens: list[Token]):
        self.text = text
        self.tokens = tokens
        self.lemmas = [t.lemma for t in tokens]
        self.surfaces = [fold(t.text) for t in tokens]
        self.positions: dict[str, list[int]] = {}
        for i, lemma in enumerate(self.lemmas):
            self.positions.setdefault(lemma, []).append(i)
        self.folded = fold_same_length(text)
        # where regexes' required literals are looked for (None: lower-casing would move positions)
        self.caseless = caseless(self.folded)
        self._prefixed: dict[str, list[int]] = {}
        self._forms: list[tuple[str, int]] | None = None
        self._stems: set[str] | None = None

    def stems(self) -> set[str]:
        """The first 1 … :data:`STEM` letters of every lemma and folded surface form (cached): a
        prefix ``p`` can match here only if ``p[:STEM]`` is one of them."""
        if self._stems is None:
            self._stems = {form[:k] for form in (*self.lemmas, *self.surfaces) for k in range(1, STEM + 1)}
        return self._stems

    def prefixed(self, prefix: str) -> list[int]:
        """Positions of the tokens whose lemma or folded surface starts with ``prefix`` (cached;
        a binary search in the turn's sorted forms, not a scan of every token)."""
        found = self._prefixed.get(prefix)
        if found is None:
            if self._forms is None:
                self._forms = sorted({*zip(self.lemmas, itertools.count()), *zip(self.surfaces, itertools.count())})
            forms = self._forms
            hits: set[int] = set()
            for k in range(bisect.bisect_left(forms, (prefix, -1)), len(forms)):
                form, i = forms[k]
                if not form.startswith(prefix):
                    break
                hits.add(i)
            found = sorted(hits)
            self._prefixed[prefix] = found
        return found

    def within(self, lo: int, hi: int) -> TurnTokens:
        """Only the tokens inside the character span [lo, hi) (the folded text and forms are reused,
        not recomputed)."""
        keep = [i for i, t in enumerate(self.tokens) if t.start >= lo and t.end <= hi]
        sub = TurnTokens.__new__(TurnTokens)
        sub.text, sub.folded, sub.caseless = self.text, self.folded, self.caseless
        sub.tokens = [self.tokens[i] for i in keep]
        sub.lemmas = [self.lemmas[i] for i in keep]
        sub.surfaces = [self.surfaces[i] for i in keep]
        sub.positions = {}
        for i, lemma in enumerate(sub.lemmas):
            sub.positions.setdefault(lemma, []).append(i)
        sub._prefixed, sub._forms, sub._stems = {}, None, None
        return sub


@dataclass(frozen=True, slots=True)
class TokenMatcher:
    """One phrase position: a set of exact lemmas, prefixes (``x*``) and infixes (``*x*``)."""

    exact: frozenset[str]
    prefixes: tuple[str, ...] = ()
    infixes: tuple[str, ...] = ()

    def matches(self, token: Token) -> bool:
        return self._matches(token.lemma, fold(token.text))

    def match_at(self, tt: TurnTokens, i: int) -> bool:
        return self._matches(tt.lemmas[i], tt.surfaces[i])

    def _matches(self, lemma: str, surface: str) -> bool:
        if lemma in self.exact:
            return True
        if self.prefixes and any(lemma.startswith(p) or surface.startswith(p) for p in self.prefixes):
            return True
        return bool(self.infixes) and any(p in lemma or p in surface for p in self.infixes)

    def candidates(self, tt: TurnTokens) -> list[int]:
        """Token positions this matcher may match."""
        found: list[int] = []
        for lemma in self.exact:
            found.extend(tt.positions.get(lemma, ()))
        for prefix in self.prefixes:
            found.extend(tt.prefixed(prefix))
        if self.infixes:
            found.extend(i for i in range(len(tt.lemmas)) if self.match_at(tt, i))
        return sorted(set(found)) if (self.prefixes or self.infixes) else sorted(found)


@dataclass(frozen=True, slots=True)
class CompiledPhrase:
    source: str
    matchers: tuple[TokenMatcher, ...]
    max_gap: int
    weight: float = 1.0


class PhraseIndex:
    """Which of a list of phrases can match a turn at all, so that a turn is searched only for those.

    A phrase position without ``*abc*`` alternatives matches only a token whose lemma is one of its
    lemmas or whose lemma or surface form starts with one of its ``abc*`` prefixes, so a phrase
    can match only a turn holding such a token for every such position. Each phrase is filed
    under one such position (the one with the longest words: rarer than «я», «вы»): its lemmas,
    and its prefixes by their first :data:`STEM` letters; a turn looks up the lemmas and stems it
    holds (set intersections), then checks every position of the phrases found. A phrase with
    ``*abc*`` in every position is checked on every turn. Exact: the phrases it drops could not
    have matched, and the ones it keeps come in their written order (matches and their
    tie-breaks are those of searching every phrase)."""

    __slots__ = ("phrases", "_always", "_by_lemma", "_by_stem", "_required")

    def __init__(self, phrases: list[CompiledPhrase]) -> None:
        self.phrases = phrases
        self._always: list[int] = []
        self._by_lemma: dict[str, list[int]] = {}
        self._by_stem: dict[str, list[int]] = {}
        self._required: list[tuple[TokenMatcher, ...]] = []
        for n, phrase in enumerate(phrases):
            required = tuple(m for m in phrase.matchers if not m.infixes)
            self._required.append(required)
            if not required:
                self._always.append(n)
                continue
            anchor = max(required, key=lambda m: (not m.prefixes, min(map(len, (*m.exact, *m.prefixes)))))
            for lemma in anchor.exact:
                self._by_lemma.setdefault(lemma, []).append(n)
            for prefix in anchor.prefixes:
                self._by_stem.setdefault(prefix[:STEM], []).append(n)

    def candidates(self, tt: TurnTokens) -> list[CompiledPhrase]:
        """The phrases that may match ``tt``, in their written order."""
        found = set(self._always)
        for lemma in self._by_lemma.keys() & tt.positions.keys():
            found.update(self._by_lemma[lemma])
        if self._by_stem:
            for stem in self._by_stem.keys() & tt.stems():
                found.update(self._by_stem[stem])
        return [self.phrases[n] for n in sorted(found) if all(_may_match(m, tt) for m in self._required[n])]


def _may_match(matcher: TokenMatcher, tt: TurnTokens) -> bool:
    """Whether some token of ``tt`` can match ``matcher`` (one without ``*abc*`` alternatives)."""
    present = tt.positions
    return any(lemma in present for lemma in matcher.exact) or any(tt.prefixed(p) for p in matcher.prefixes)


@dataclass(slots=True)
class CompiledGroup:
    name: str
    phrases: list[CompiledPhrase] = field(default_factory=list)
    regexes: list[re.Pattern[str]] = field(default_factory=list)
    unless: CompiledGroup | None = None
    implied_unless: CompiledGroup | None = None
    _index: PhraseIndex | None = field(default=None, repr=False, compare=False)
    _filter: RegexFilter | None = field(default=None, repr=False, compare=False)

    @property
    def index(self) -> PhraseIndex:
        """The phrase index, built on first use (and again if ``phrases`` was replaced)."""
        if self._index is None or self._index.phrases is not self.phrases:
            self._index = PhraseIndex(self.phrases)
        return self._index

    @property
    def regex_filter(self) -> RegexFilter:
        """The ``regexes`` with their required literals, built on first use (and again if ``regexes``
        was replaced)."""
        if self._filter is None or self._filter.regexes is not self.regexes:
            self._filter = RegexFilter.of(self.regexes)
        return self._filter


@dataclass(frozen=True, slots=True)
class Match:
    """A rule found in one turn: the span in the turn text, the group (scorecard pattern group or
    risk signal) it belongs to, the weight of its phrase and the phrase as written."""

    turn_index: int
    start: int
    end: int
    text: str
    group: str
    weight: float = 1.0
    phrase: str = ""


_SENTENCE_END = re.compile(r"[.!?;\n]")
# a negation never reaches across one of these: «не знаю, но подам в суд», "no, but I will cancel"
_CLAUSE_BREAK = re.compile(r"[.!?;:,\u2014\u2013\n]|\s-\s")
_CLAUSE_WORDS = frozenset({"но", "а", "однако", "поэтому", "but", "however", "therefore"})
# a stand-alone "no" / «нет» (an answer or "no problem", "no exit fee") does not reach past a new
# subject: "no problem i've emailed you" (unpunctuated transcripts), unlike the verb's "not" / «не»
_STANDALONE_NEGATIONS = frozenset({"no", "нет"})
# ...and right after an interjection it is an exclamation that negates nothing: "oh no that's a stressful thing to spot"
_INTERJECTIONS = frozenset({"oh", "ah", "ой", "ох", "ах"})
# ...nor when an apology follows it: the "no" answers the customer ("no sorry anything else i can help with", «нет,
# извините» unpunctuated), and what comes after the apology is a clause of its own
_APOLOGIES = frozenset({"sorry", "unfortunately", "извините", "простите", "увы"})
_SUBJECTS = frozenset({"i", "we", "я", "мы"})
# ...nor past a demonstrative that opens a clause of its own: «паспорта нет это нервы продиктуйте номер», "no this one
# works" (a verb's «не» / "not" still reaches: «не это имела в виду»)
_DEMONSTRATIVES = frozenset({"это", "this", "that", "it"})
# a condition is a clause of its own (a transcript has no comma to say so): a negation before «если» / "if"
# does not reach into it («не переживайте если что звоните»), and a negation inside it negates the
# condition's own verb, not what follows it («если не заработает перезвоните нам», "if it doesn't arrive call us")
_CONDITIONALS = frozenset({"если", "ежели", "if", "unless"})
# purpose conjunctions: a negation right after one belongs to the purpose clause, not to a match after its verb
_PURPOSES = frozenset({"чтобы", "чтоб", "дабы"})
# words whose negation governs the clause after them, subject and all ("i'm not sure we can refund", «не думаю что мы
# вернём»), unlike "it's not your job i'll ring you" or «звонить не надо я свяжусь сама»
_CLAUSE_TAKERS = frozenset({
    "sure", "think", "know", "believe", "expect", "guarantee", "promise", "say", "certain", "suppose", "mean",
    "уверенный", "уверен", "думать", "знать", "обещать", "гарантировать", "сказать", "говорить", "считать", "верить",
    "ожидать", "чтобы",
})
# ... matched by lemma or by written form, except the conjunction «что», which takes a clause by its written form only:
# «чём» is lemmatised to «что», but «вы тут ни при чём я перевыпустила билеты» is "not involved", and the clause after
# it is the agent's own
_CLAUSE_TAKER_FORMS = _CLAUSE_TAKERS | {"что"}
# a thanks or a goodbye (one word or two) opens a clause of its own: in a transcript without commas «ничего сделать
# не могу спасибо за звонок» is a refusal and then a thanks, «спасибо что не промолчали до свидания» keeps its goodbye
_COURTESY_OPENERS = frozenset({
    ("спасибо",), ("благодарю",), ("благодарим",), ("thank",), ("thanks",), ("goodbye",), ("bye",),
    ("до", "свидания"), ("всего", "доброго"), ("всего", "хорошего"), ("good", "night"),
})


def _opens_courtesy(tokens: list[Token], first: int) -> bool:
    """Whether the words from ``first`` on begin with a thanks or a goodbye of :data:`_COURTESY_OPENERS`."""
    words = tuple(fold(t.text) for t in tokens[first:first + 2])
    return words[:1] in _COURTESY_OPENERS or words in _COURTESY_OPENERS


# a question or an offer opens a clause of its own: in a transcript without question marks «этим мы не занимаемся ещё
# что-то подсказать», «отношения не имеем номер заказа у вас есть», "no problem can i take your name" ask after the
# negation, which stays with its own verb (a clause-taking verb between them still carries it: «не знаю что ещё»)
# (folded words: «ещё» is «еще»)
_QUESTION_OPENERS = frozenset({
    ("еще",), ("что", "еще"), ("что", "то"), ("что", "нибудь"), ("что-то",), ("что-нибудь",),
    ("какой",), ("какая",), ("какое",), ("какие",), ("сколько",), ("когда",), ("где",), ("куда",),
    ("подскажите",), ("скажите",), ("назовите",), ("продиктуйте",), ("уточните",), ("номер",), ("адрес",),
    ("can", "i"), ("could", "i"), ("may", "i"), ("can", "you"), ("could", "you"), ("would", "you"), ("what",),
    ("which",), ("is", "there"), ("do", "you"), ("остались",), ("остался",), ("как", "зовут"),
})
_QUESTION_PREPOSITIONS = frozenset({"на", "в", "по", "с", "for", "on", "in"})


def _opens_question(tokens: list[Token], first: int) -> bool:
    """Whether the words from ``first`` on begin with a question or an offer of :data:`_QUESTION_OPENERS` (after a
    preposition: «на какое имя»)."""
    words = tuple(fold(t.text) for t in tokens[first:first + 3])
    if words[:1] and words[0] in _QUESTION_PREPOSITIONS:
        words = words[1:]
    return words[:1] in _QUESTION_OPENERS or words[:2] in _QUESTION_OPENERS


@dataclass(frozen=True, slots=True)
class NegationGuard:
    """The one negation rule: a negation word up to ``window`` words before a match (not across a
    clause break: comma, full stop, dash, «но», «а», "but") or inside one of its gaps cancels it,
    unless the phrase itself holds a negation word, the negation belongs to a condition before the
    match («если не заработает — звоните», unpunctuated in a transcript), or a subject pronoun (я, мы, I, we) at least
    two words after the negation opens a clause of its own (a transcript's "it's not your job i'll ring you",
    «звонить им не надо я свяжусь сама»; a stand-alone «нет» / "no" is cut off by any subject after it, and after an
    interjection — "oh no", «ой нет» — or before an apology — "no sorry …", since round 125 — negates nothing), and so
    does a question or an offer after the negated word («этим не занимаемся ещё что-то подсказать», "no problem can i
    take your name", since round 63 «не проходит остались вопросы», since round 66 «не приходят как зовут
    преподавателя», since round 70 "no problem do you know the …"; not "anything" / "any other", which a negated verb
    governs in "i can't help with anything else").
    ``words`` are lemmas and folded forms."""

    words: frozenset[str]
    window: int

    def _is_negation(self, token: Token) -> bool:
        return token.lemma in self.words or fold(token.text) in self.words

    def negated(self, tokens: list[Token], first: int, gap_positions: tuple[int, ...] = (),
                text: str | None = None, phrase: CompiledPhrase | None = None, at: int | None = None) -> bool:
        """``at``: where the match starts in ``text`` (a regex match after the last token of a span
        has no token ``first``)."""
        if not self.words or (phrase is not None and self.holds_negation(phrase)):
            return False
        if any(self._is_negation(tokens[i]) for i in gap_positions):
            return True
        if first < len(tokens) and _is_conditional(tokens[first]):
            return False  # the match opens a condition, a clause of its own: «не переживайте если что звоните»
        if _opens_courtesy(tokens, first):
            return False  # a thanks or goodbye is a clause of its own: «не могу спасибо за звонок»
        lo = max(0, first - self.window)
        # position of the subject pronoun nearest after the negation (the match's first word or one between them)
        subject_at = first if first < len(tokens) and _is_subject(tokens[first]) else None
        demonstrative = first < len(tokens) and fold(tokens[first].text) in _DEMONSTRATIVES
        for i in range(first - 1, lo - 1, -1):
            after = tokens[i + 1].start if i + 1 < len(tokens) else (at if at is not None else tokens[i].end)
            if text is not None and _CLAUSE_BREAK.search(text, tokens[i].end, after):
                return False
            if tokens[i].lemma in _CLAUSE_WORDS or _is_conditional(tokens[i]):
                return False
            if self._is_negation(tokens[i]):
                if i > 0 and _is_standalone_negation(tokens[i]) and fold(tokens[i - 1].text) in _INTERJECTIONS:
                    return False  # "oh no", «ой нет»: an exclamation
                if _is_standalone_negation(tokens[i]) and i + 1 < first and fold(tokens[i + 1].text) in _APOLOGIES:
                    return False  # "no sorry anything else …": an answer, then an apology
                if first - i >= 2 and _in_condition(tokens, i):
                    return False
                if subject_at is not None and (_is_standalone_negation(tokens[i]) or (
                        subject_at - i >= 2 and not any(_takes_a_clause(tokens[k]) for k in range(i + 1, subject_at)))):
                    return False  # a new subject opens a clause: "not your job i'll ring", «не надо я свяжусь»
                if demonstrative and _is_standalone_negation(tokens[i]):
                    return False  # «паспорта нет это нервы …»
                if first - i >= 2 and _opens_question(tokens, first) and not any(
                        _takes_a_clause(tokens[k]) for k in range(i + 1, first)):
                    return False  # «не занимаемся ещё что-то подсказать»: a question after the negated verb
                return True
            if _is_subject(tokens[i]):
                subject_at = i
            demonstrative = demonstrative or fold(tokens[i].text) in _DEMONSTRATIVES
        return False

    def holds_negation(self, phrase: CompiledPhrase) -> bool:
        return any(m.exact & self.words for m in phrase.matchers)


def _is_subject(token: Token) -> bool:
    return fold(token.text) in _SUBJECTS or token.lemma in _SUBJECTS


def _takes_a_clause(token: Token) -> bool:
    """A word whose negation reaches into the clause after it: "not sure we can", «не думаю, что мы»."""
    return token.lemma in _CLAUSE_TAKERS or fold(token.text) in _CLAUSE_TAKER_FORMS


def _is_conditional(token: Token) -> bool:
    return token.lemma in _CONDITIONALS or fold(token.text) in _CONDITIONALS


def _in_condition(tokens: list[Token], negation: int) -> bool:
    """The negation at ``negation`` is inside a condition: «если не …», «если что-то пойдёт не так …», "if it
    doesn't …" (a conditional word up to four words before it), or inside a purpose clause: «чтобы вам не повторять
    оставайтесь на линии» (the «не» is the purpose's, the match after it the main clause's)."""
    return any(_is_conditional(tokens[k]) or fold(tokens[k].text) in _PURPOSES
               for k in range(max(0, negation - 4), negation))


def _is_standalone_negation(token: Token) -> bool:
    return fold(token.text) in _STANDALONE_NEGATIONS


def negation_guard(words: list[str], window: int, lemmatizer: Lemmatizer, lang: str = "ru") -> NegationGuard:
    """A guard from the negation words of a rules file (lemmatized and folded)."""
    forms = {fold(w) for w in words} | {lemmatizer.lemma(w) for w in words}
    for w in words:
        lemmas = lemmatizer.lemmas(w, lang)
        if len(lemmas) == 1:  # "cannot" is two tokens in a text, "can" + "not": only "not" is a negation
            forms.update(lemmas)
    return NegationGuard(frozenset(f for f in forms if f), window)


NO_NEGATION = NegationGuard(frozenset(), 0)


def compile_phrase(phrase: str, lemmatizer: Lemmatizer, lang: str, max_gap: int,
                   weight: float = 1.0) -> CompiledPhrase:
    """Lemmatize every alternative of every word of ``phrase``."""
    matchers: list[TokenMatcher] = []
    for word in phrase.split():
        if "|" not in word and "*" not in word:
            parts = lemmatizer.lemmas(word, lang)
            if len(parts) > 1:
                # the tokenizer splits "что-то", "name's", "can't": match the parts in a row
                matchers.extend(TokenMatcher(frozenset({part})) for part in parts)
                continue
        exact: set[str] = set()
        prefixes: list[str] = []
        infixes: list[str] = []
        for alt in (a.strip() for a in word.split("|")):
            if alt.startswith("*") and alt.endswith("*") and len(alt) > 2:
                infixes.append(fold(alt.strip("*")))
            elif alt.endswith("*") and len(alt) > 1:
                prefixes.append(fold(alt[:-1]))
            elif alt:
                exact.update({lemmatizer.lemma(alt), fold(alt)})
        if exact or prefixes or infixes:
            matchers.append(TokenMatcher(frozenset(exact), tuple(prefixes), tuple(infixes)))
    return CompiledPhrase(phrase, tuple(matchers), max_gap, weight)


_SET_REF = re.compile(r"\{(\w+)\}")


def expand_sets(phrase: str, sets: dict[str, list[str]]) -> list[str]:
    """``{name}`` in a phrase → one phrase per entry of that set (all combinations)."""
    refs = _SET_REF.findall(phrase)
    if not refs:
        return [phrase]
    for ref in refs:
        if ref not in sets:
            raise ValueError(f"phrase {phrase!r} refers to an unknown set {{{ref}}}")
    out = []
    for combo in itertools.product(*(sets[r] for r in refs)):
        text = phrase
        for ref, value in zip(refs, combo):
            text = text.replace("{" + ref + "}", str(value), 1)
        out.append(text)
    return out


def set_regex(entries: list[str]) -> str:
    """A set's entries as one regex alternation: words folded and escaped, spaces as ``\\s+``,
    a trailing ``*`` on a word as ``\\w*`` (the phrase syntax, so one list serves both)."""
    alts = []
    for entry in sorted(entries, key=len, reverse=True):
        words = [re.escape(fold(w.rstrip("*"))) + (r"\w*" if w.endswith("*") else "") for w in entry.split()]
        if words:
            alts.append(r"\s+".join(words))
    return "(?:" + "|".join(alts) + ")" if alts else "(?!)"


def expand_sets_in_regex(regex: str, sets: dict[str, list[str]], patterns: dict[str, str] | None = None) -> str:
    """``{name}`` in a regex → the regex fragment ``patterns[name]`` as written (it may hold set names itself),
    then ``{name}`` of a set → the alternation of that set (only names of defined sets: ``{0,40}`` stays a
    quantifier)."""
    if patterns:
        regex = _SET_REF.sub(lambda m: patterns.get(m.group(1), m.group(0)), regex)
    return _SET_REF.sub(lambda m: set_regex(sets[m.group(1)]) if m.group(1) in sets else m.group(0), regex)


def compile_group(
    group: PatternGroup,
    lemmatizer: Lemmatizer,
    lang: str,
    default_gap: int,
    lexicons: dict[str, list[str]],
    sets: dict[str, list[str]] | None = None,
    patterns: dict[str, str] | None = None,
) -> CompiledGroup:
    gap = group.max_gap if group.max_gap is not None else default_gap
    written = list(group.phrases) + (list(lexicons.get(group.lexicon, [])) if group.lexicon else [])
    phrases = [text for ph in written for text in expand_sets(ph, sets or {})]
    return CompiledGroup(
        name=group.name,
        phrases=[p for p in (compile_phrase(ph, lemmatizer, lang, gap) for ph in phrases) if p.matchers],
        regexes=[re.compile(expand_sets_in_regex(rx, sets or {}, patterns), re.IGNORECASE) for rx in group.regexes],
        unless=compile_group(group.unless, lemmatizer, lang, default_gap, lexicons, sets, patterns) if group.unless else None,
        implied_unless=(compile_group(group.implied_unless, lemmatizer, lang, default_gap, lexicons, sets, patterns)
                        if group.implied_unless else None),
    )


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
                if not guard.negated(tt.tokens, i, gaps, tt.text, phrase):
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


@dataclass(frozen=True, slots=True)
class RegexFilter:
    """A group's regexes with the literal text every match of each must contain
    (:func:`~pipeline.scoring.regex_literals.required_literals`): a regex whose literals are absent
    from a turn is not run there (a ``str.find`` instead of a regex scan); one without literals
    always runs."""

    regexes: list[re.Pattern[str]]
    literals: tuple[tuple[str, ...] | None, ...]

    @classmethod
    def of(cls, regexes: list[re.Pattern[str]]) -> RegexFilter:
        return cls(regexes, tuple(required_literals(rx) for rx in regexes))

    def needed(self, tt: TurnTokens, lo: int, hi: int) -> list[re.Pattern[str]]:
        """The regexes that may match inside ``[lo, hi)`` of the turn, in written order."""
        text = tt.caseless
        if text is None:
            return self.regexes
        return [rx for rx, lits in zip(self.regexes, self.literals, strict=True)
                if lits is None or any(text.find(lit, lo, hi) >= 0 for lit in lits)]


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
    for phrase in group.index.candidates(tt):
        for a, b in _phrase_spans(phrase, tt, guard):
            start, end = tt.tokens[a].start, tt.tokens[b].end
            found.append(Match(turn_index, start, end, text[start:end], group.name, phrase.weight, phrase.source))
    for rx in group.regex_filter.needed(tt, lo, hi) if group.regexes else ():
        for m in rx.finditer(tt.folded, lo, hi):
            if m.end() == m.start():
                continue
            if guard.window and guard.negated(tt.tokens, _token_index_at(tt.tokens, m.start()), (), text, at=m.start()):
                continue
            found.append(Match(turn_index, m.start(), m.end(), text[m.start() : m.end()], group.name,
                               phrase=rx.pattern))
    found.sort(key=lambda m: (m.start, -m.end))
    return found


def overlaps(a: Match, b: Match) -> bool:
    return a.turn_index == b.turn_index and a.start < b.end and b.start < a.end


class Lexicon:
    """Weighted phrases of one signal (risk and complaint lexicons): in each turn, the longest
    non-negated match per start position, matches never overlapping."""

    def __init__(self, name: str, phrases: list[CompiledPhrase], guard: NegationGuard = NO_NEGATION) -> None:
        self.name = name
        self.guard = guard
        self.phrases = [p for p in phrases if p.matchers]
        self.index = PhraseIndex(self.phrases)

    def find(self, text: str, tokens: list[Token] | TurnTokens, turn_index: int) -> list[Match]:
        tt = tokens if isinstance(tokens, TurnTokens) else TurnTokens(text, tokens)
        best: dict[int, tuple[int, CompiledPhrase]] = {}
        for phrase in self.index.candidates(tt):
            for a, b in _phrase_spans(phrase, tt, self.guard):
                if a not in best or b > best[a][0]:
                    best[a] = (b, phrase)
        out: list[Match] = []
        covered = -1
        for a in sorted(best):
            if a <= covered:
                continue
            b, phrase = best[a]
            covered = b
            start, end = tt.tokens[a].start, tt.tokens[b].end
            out.append(Match(turn_index, start, end, text[start:end], self.name, phrase.weight, phrase.source))
        return out
