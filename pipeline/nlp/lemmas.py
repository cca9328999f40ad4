"""Word tokens with lemmas and character offsets, for Russian and English.

``get_lemmatizer().tokens(text, lang)`` returns the word tokens of ``text`` (punctuation dropped
unless asked for) with

* ``text``  — the token as written,
* ``lemma`` — its dictionary form, folded (lower case, ``ё`` → ``е``),
* ``start``/``end`` — character offsets into the original ``text`` (``text[start:end]``).

Russian words go through the ``spacy.blank("ru")`` tokenizer and the first pymorphy3 parse; English
words through ``spacy.blank("en")`` and a small rule-based lemmatizer (irregular forms + suffix
rules). The lemmatiser is chosen per token by its script, so a Latin word in a Russian chat
("роутер TP-Link") and a Cyrillic one in an English email both get a sensible lemma; ``lang``
only selects the tokenizer. Lemmas are cached per word form, so a night of chats costs one
pymorphy3 parse per distinct word. PII placeholders (``[NAME]``) stay one token, lemma ``[name]``.

Everything is offline: spaCy's blank pipelines and pymorphy3 ship their data in the packages.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from pipeline.nlp.normalize import PLACEHOLDER_RE, fold, is_word

_CYRILLIC_RE = re.compile(r"[а-яё]", re.IGNORECASE)
_LATIN_RE = re.compile(r"[a-z]", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a text: as written, its folded lemma and its span in the original text."""

    text: str
    lemma: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return is_word(self.text)


# --- English -----------------------------------------------------------------------------------

_EN_IRREGULAR: dict[str, str] = {
    # be / have / do and modals (including spaCy's split contractions: ca|n't, wo|n't, 'm, 're)
    "am": "be", "is": "be", "are": "be", "was": "be", "were": "be", "been": "be", "being": "be",
    "'m": "be", "'re": "be", "'s": "'s", "has": "have", "had": "have", "having": "have", "'ve": "have",
    "does": "do", "did": "do", "done": "do", "doing": "do", "ca": "can", "could": "can", "wo": "will",
    "'ll": "will", "would": "will", "'d": "will", "shall": "will", "should": "should", "n't": "not",
    "sha": "shall", "cannot": "cannot",
    # common irregular verbs in service talk
    "said": "say", "says": "say", "told": "tell", "got": "get", "gotten": "get", "gave": "give",
    "given": "give", "took": "take", "taken": "take", "made": "make", "went": "go", "gone": "go",
    "goes": "go", "came": "come", "sent": "send", "spent": "spend", "paid": "pay", "bought": "buy",
    "brought": "bring", "thought": "think", "felt": "feel", "found": "find", "heard": "hear",
    "kept": "keep", "left": "leave", "lost": "lose", "meant": "mean", "met": "meet", "put": "put",
    "ran": "run", "saw": "see", "seen": "see", "sold": "sell", "stood": "stand", "understood":
    "understand", "wrote": "write", "written": "write", "knew": "know", "known": "know",
    "began": "begin", "begun": "begin", "broke": "break", "broken": "break", "chose": "choose",
    "fixed": "fix", "held": "hold", "hung": "hang", "led": "lead", "let": "let", "read": "read",
    "set": "set", "shut": "shut", "cut": "cut", "hurt": "hurt", "became": "become",
    # plurals and pronouns worth folding
    "people": "person", "children": "child", "men": "man", "women": "woman", "me": "i", "us": "we",
    "him": "he", "them": "they", "my": "my", "our": "our", "your": "your", "yours": "your",
    "this": "this", "his": "his", "its": "its", "as": "as", 
    "less": "less", "unless": "unless", "process": "process", "address": "address",
    "business": "business", "access": "access", "success": "success", "always": "always",
    "sorry": "sorry", "thanks": "thank", "during": "during", "nothing": "nothing",
    "something": "something", "anything": "anything", "everything": "everything",
    "morning": "morning", "evening": "evening", "thing": "thing", "things": "thing",
    "news": "news", "series": "series", "bus": "bus", "yes": "yes",
    "please": "please", "cancelled": "cancel", "cancelling": "cancel", "owed": "owe",
    "proceed": "proceed", "succeed": "succeed", "exceed": "exceed", "travelled": "travel",
    "labelled": "label", "modelled": "model", "showed": "show", "shown": "show", "ringing": "ring", "ring": "ring", "bring": "bring",
}

_VOWELS = set("aeiouy")


_RESTORE_E_RE = re.compile(
    r"(?:(?:^|[^aeiou])[aeiou](?:s|z|c|d|l|m|n|k|p|r|t)|u"  # us(e), clos(e), provid(e), declin(e), creat(e)
    r"|[aeiou][aeiou]s"  # caus(e), releas(e)
    r"|(?:v|z|c|rg|ng|dg|lv|rv|rs|ns|ls|nc|rc|at|ut))$"  # resolv(e), chang(e), charg(e), updat(e)
)
_NO_RESTORE_RE = re.compile(r"(?:ing|ang|ong|ung|el|oat|ait|ear|oor|air|een|oin|ain|oon|ook|eek|"
                            r"ent|ort|ard|ord|ist|est|ast|ost|ect|ept|ict|alt|elt|ilt|ult|er|en|on|it|ck)$")


def _en_restore_e(stem: str) -> str:
    """Undo ``-ing``/``-ed`` stem changes: ``stopp`` → ``stop``, ``resolv`` → ``resolve``."""
    if len(stem) >= 3 and stem[-1] == stem[-2] and stem[-1] not in "lsz" and stem[-1] not in _VOWELS:
        return stem[:-1]
    if _NO_RESTORE_RE.search(stem) and not stem.endswith(("ang", "ing")):
        return stem
    if _RESTORE_E_RE.search(stem):
        return stem + "e"
    return stem


@lru_cache(maxsize=200_000)
def english_lemma(word: str) -> str:
    """A light English lemmatizer: irregular forms, then plural / -ing / -ed / -ly suffix rules."""
    w = fold(word)
    if w in _EN_IRREGULAR:
        return _EN_IRREGULAR[w]
    if len(w) <= 3 or not w.isalpha():
        return w
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches", "xes", "zzes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")):
        return w[:-1]
    if w.endswith("ing") and len(w) > 4:
        stem = w[:-3]
        if any(ch in _VOWELS for ch in stem):
            return _en_restore_e(stem)
        return w
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ed") and len(w) > 3:
        stem = w[:-2]
        if w.endswith("eed"):
            return w[:-1] if len(w) > 5 else w
        if any(ch in _VOWELS for ch in stem):
            return _en_restore_e(stem)
    if w.endswith("ly") and len(w) > 5 and not w.endswith("ily"):
        return w[:-2]
    return w


# --- Lemmatizer --------------------------------------------------------------------------------


class Lemmatizer:
    """Tokenizer + lemmatizer for Russian and English; build it once via :func:`get_lemmatizer`."""

    def __init__(self) -> None:
        import pymorphy3
        import spacy

        self._morph = pymorphy3.MorphAnalyzer()
        self._tokenizers = {"ru": spacy.blank("ru").tokenizer, "en": spacy.blank("en").tokenizer}
        self._ru_cache: dict[str, str] = {}

    # word level
    def russian_lemma(self, word: str) -> str:
        """pymorphy3's first normal form, folded; cached per lower-cased word form."""
        key = word.lower()
        lemma = self._ru_cache.get(key)
        if lemma is None:
            parses = self._morph.parse(key)
            lemma = fold(parses[0].normal_form) if parses else fold(key)
            self._ru_cache[key] = lemma
        return lemma

    def lemma(self, word: str) -> str:
        """Lemma of one word, by its script: Cyrillic → pymorphy3, Latin → English rules."""
        if PLACEHOLDER_RE.fullmatch(word):
            return word.lower()
        if _CYRILLIC_RE.search(word):
            return self.russian_lemma(word)
        if _LATIN_RE.search(word):
            return english_lemma(word)
        return fold(word)

    # text level
    def tokens(self, text: str, lang: str | None = "ru", keep_punct: bool = False) -> list[Token]:
        """Tokens of ``text`` with folded lemmas and offsets into ``text``.

        ``lang`` (``ru``/``en``; anything else → by script) picks the tokenizer. Punctuation-only
        tokens are dropped unless ``keep_punct``; digits and placeholders are kept.
        """
        if not text:
            return []
        return list(self._tokens_cached(text, self._lang(text, lang), keep_punct))

    def lemmas(self, text: str, lang: str | None = "ru") -> list[str]:
        """Just the lemmas of the word tokens of ``text``."""
        return [t.lemma for t in self.tokens(text, lang)]

    @staticmethod
    def _lang(text: str, lang: str | None) -> str:
        if lang in ("ru", "en"):
            return lang
        return "ru" if _CYRILLIC_RE.search(text) else "en"

    @lru_cache(maxsize=8192)  # noqa: B019 - the lemmatizer is a process-wide singleton
    def _tokens_cached(self, text: str, lang: str, keep_punct: bool) -> tuple[Token, ...]:
        out: list[Token] = []
        last = 0
        for match in PLACEHOLDER_RE.finditer(text):
            self._tokenize_span(text, last, match.start(), lang, keep_punct, out)
            out.append(Token(match.group(0), match.group(0).lower(), match.start(), match.end()))
            last = match.end()
        self._tokenize_span(text, last, len(text), lang, keep_punct, out)
        return tuple(out)

    def _tokenize_span(
        self, text: str, begin: int, end: int, lang: str, keep_punct: bool, out: list[Token]
    ) -> None:
        if begin >= end:
            return
        for tok in self._tokenizers[lang](text[begin:end]):
            word = tok.text
            if not word or word.isspace():
                continue
            if not is_word(word):
                if keep_punct:
                    out.append(Token(word, word, begin + tok.idx, begin + tok.idx + len(word)))
                continue
            start = begin + tok.idx
            out.append(Token(word, self.lemma(word), start, start + len(word)))


_LOCK = threading.Lock()
_INSTANCE: Lemmatizer | None = None


def get_lemmatizer() -> Lemmatizer:
    """The process-wide :class:`Lemmatizer` (built on first use, ~0.7 s)."""
    global _INSTANCE
    if _INSTANCE is None:
        with _LOCK:
            if _INSTANCE is None:
                _INSTANCE = Lemmatizer()
    return _INSTANCE
