"""Person-name spans in Russian and English text, for PII redaction.

Three sources, cheapest first:

* **cues** — the words after "меня зовут", "это", "my name is", "Mr", "Dear"... (``rules/pii.yaml``);
* **known names** — the customer's name from the source, matched in any inflection
  («Иван» → «Ивана», «Иваном»);
* **natasha** — the Russian NER model (slovnet + navec, shipped in the natasha wheel, numpy
  only), run in batches and only on texts that contain a capitalised Cyrillic word that pymorphy3
  knows as a first name, surname or patronymic. English has no NER here: cues and known names.

natasha imports ``pymorphy2``, which does not work on Python 3.11; :func:`load_natasha_ner`
aliases ``pymorphy3`` (and the submodules natasha and yargy import) under that name first.
"""

from __future__ import annotations

import importlib
import logging
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from pydantic import Field

from pipeline.config import RulesModel

_PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
_CAP_CYR_RE = re.compile(r"(?<![\w-])[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?")
_NEXT_WORD_RE = re.compile(r"[ \t\u00a0]*(?:[,:\-—–][ \t\u00a0]*\n?[ \t\u00a0]*)?([^\W\d_]+(?:-[^\W\d_]+)?\.?)")
_FOLLOW_WORD_RE = re.compile(r"[ \t\u00a0]+([^\W\d_]+(?:-[^\W\d_]+)?\.?)")
_CYR_RE = re.compile(r"[а-яё]", re.IGNORECASE)
# a line or a sentence (ending before a capitalised word; not after an initial «А. С. Пушкин»)
_SEGMENT_RE = re.compile(
    r"(?:[^\n]{1,300}?(?:(?<!\b[А-ЯЁA-Z])[.!?…]+(?=\s+[А-ЯЁA-Z])|(?=\n)|$)|[^\n]{300})"
)
_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "mr.", "mrs.", "ms.", "dr."})


class NameSettings(RulesModel):
    """The ``names`` section of ``rules/pii.yaml``."""

    use_natasha: bool = True
    natasha_batch_size: int = Field(32, ge=1)
    strong_cues_ru: list[str] = Field(default_factory=list)
    weak_cues_ru: list[str] = Field(default_factory=list)
    strong_cues_en: list[str] = Field(default_factory=list)
    weak_cues_en: list[str] = Field(default_factory=list)
    not_names_en: list[str] = Field(default_factory=list)
    not_names: list[str] = Field(default_factory=list)
    introduction_cues_ru: list[str] = Field(default_factory=list)
    introduction_cues_en: list[str] = Field(default_factory=list)
    max_cue_words: int = Field(3, ge=1, le=5)
    # Words that make a sender's display name not a person («Mail Delivery Subsystem», «Customer
    # Care»): such a name is not used as a known name (its words would be redacted everywhere).
    not_person_words: list[str] = Field(default_factory=list)
    # An English line this Title-Cased (share of capitalised words, at least 4 words) is a headline
    # or a subject: weak cues there find no names ("This Is Going To Change The World").
    title_case_share: float = Field(0.7, gt=0, le=1)


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A person name at ``text[start:end]``; ``source`` is ``ner``, ``cue`` or ``known``."""

    start: int
    end: int
    source: str


# Russian noun case endings (names and brands): «Мари|я» → «Мари|и», «Мари|ей», not «Мари|на».
_CASE_ENDINGS = frozenset("а я у ю е и ы о ь й ой ей ою ею ом ем ам ям ах ях ами ями".split()) | {""}


class KeptNames:
    """Lower-cased names that stay in the text, matched in any Russian inflection
    («Ольгой», «Ольге» for «ольга»; «Билайну» for «билайн»); O(1) per word."""

    __slots__ = ("exact", "stems")

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.exact = frozenset(n.lower().replace("ё", "е") for n in names if n)
        self.stems = frozenset(
            stem for n in self.exact if _CYR_RE.search(n)
            for stem in [n[:-1] if len(n) >= 4 and n[-1] in "аяйьоеиыу" else n] if len(stem) >= 3
        )

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str):
            return False
        low = word.lower().replace("ё", "е")
        if low in self.exact:
            return True
        if self.stems:
            for cut in range(4):  # a case ending of up to three letters after the stem
                if len(low) - cut < 3:
                    break
                if low[len(low) - cut:] in _CASE_ENDINGS and low[:len(low) - cut] in self.stems:
                    return True
        return False

    def __bool__(self) -> bool:
        return bool(self.exact)

    def __or__(self, other: Iterable[str]) -> "KeptNames":
        return KeptNames([*self.exact, *other])


def _single_blas_thread():
    try:
        from threadpoolctl import threadpool_limits
    except ImportError:  # pragma: no cover - threadpoolctl comes with scikit-learn
        import contextlib

        return contextlib.nullcontext()
    return threadpool_limits(limits=1, user_api="blas")


def _alias_pymorphy2() -> None:
    """Make ``import pymorphy2`` (used by natasha and yargy) resolve to pymorphy3."""
    if "pymorphy2" in sys.modules:
        return
    for sub in ("", ".analyzer", ".units", ".units.base", ".tagset", ".shapes"):
        try:
            sys.modules["pymorphy2" + sub] = importlib.import_module("pymorphy3" + sub)
        except ImportError:  # pragma: no cover - depends on the pymorphy3 version
            pass


def load_natasha_ner(batch_size: int = 32):
    """natasha's ``NewsNERTagger`` (≈1.7 s to load, ~100 MB); raises ImportError when missing."""
    _alias_pymorphy2()
    from natasha import NewsEmbedding, NewsNERTagger

    tagger = NewsNERTagger(NewsEmbedding())
    tagger.batch_size = batch_size
    return tagger


def _english_stop_words() -> frozenset[str]:
    """spaCy's English stop words ("in", "us", "is", "going"...): never a name after a weak cue."""
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:  # pragma: no cover - spaCy is a dependency
        return frozenset()
    return frozenset(w.lower() for w in STOP_WORDS)


_EN_WORD_RE = re.compile(r"[A-Za-z][A-Za-z'’]*")


def is_title_case(line: str, share: float = 0.7) -> bool:
    """A headline / subject line: at least 4 Latin words and ``share`` of them capitalised."""
    words = _EN_WORD_RE.findall(line)
    return len(words) >= 4 and sum(w[0].isupper() for w in words) >= share * len(words)


def _cue_regex(cues: list[str]) -> re.Pattern[str] | None:
    if not cues:
        return None
    alts = "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in sorted(cues, key=len, reverse=True))
    return re.compile(rf"(?<![\w])(?:{alts})(?![\w])", re.IGNORECASE)


class NameFinder:
    """Find person names; build once per process (natasha loads lazily on first Russian name)."""

    def __init__(self, settings: NameSettings | None = None) -> None:
        import pymorphy3

        self.settings = settings or NameSettings()
        self._morph = pymorphy3.MorphAnalyzer()
        self._ner = None
        self._ner_failed = ""  # why natasha could not be loaded
        s = self.settings
        self._strong = {"ru": _cue_regex(s.strong_cues_ru), "en": _cue_regex(s.strong_cues_en)}
        self._weak = {"ru": _cue_regex(s.weak_cues_ru), "en": _cue_regex(s.weak_cues_en)}
        self._not_names_en = frozenset(w.lower() for w in s.not_names_en) | _english_stop_words()
        self._not_person = frozenset(w.lower() for w in s.not_person_words)
        self.not_names = KeptNames(s.not_names)
        self._intro = {
            "ru": [self._strong["ru"], _cue_regex(s.introduction_cues_ru)],
            "en": [self._strong["en"], _cue_regex(s.introduction_cues_en)],
        }
        self.ner_calls = 0  # texts sent to natasha (for the benchmark)
        self.is_person_word = lru_cache(maxsize=100_000)(self._is_person_word)

    # ---- word level -------------------------------------------------------------------------------
    def _is_person_word(self, word: str) -> bool:
        """pymorphy3 knows ``word`` as a first name, surname or patronymic (any parse)."""
        return any(_PERSON_GRAMMEMES & p.tag.grammemes for p in self._morph.parse(word.lower()))

    def _looks_like_name(self, word: str, lang: str, strong: bool) -> bool:
        bare = word.rstrip(".")
        if not bare or bare in self.not_names:
            return False
        if _CYR_RE.search(bare):
            if strong:
                return self.is_person_word(bare) or bare[0].isupper()
            return bare[0].isupper() and self.is_person_word(bare)
        if bare.lower() in self._not_names_en or bare.lower() in _TITLES:
            return False
        return bare[0].isupper() and (strong or bare[1:].islower() or len(bare) == 1)

    def needs_ner(self, text: str, keep: KeptNames | Iterable[str] = ()) -> bool:
        """Whether natasha should read ``text``: it has a capitalised Russian person word that is
        not a kept name (the agent's «Меня зовут Ольга» alone needs no NER)."""
        keep = keep if isinstance(keep, KeptNames) else KeptNames(keep)
        for m in _CAP_CYR_RE.finditer(text):
            word = m.group(0).split("-")[0]
            if self.is_person_word(word) and word not in keep and word not in self.not_names:
                return True
        return False

    # ---- cues and known names ----------------------------------------------------------------
    def is_person_name(self, name: str | None) -> bool:
        """Whether a known name from the source (a display name) can be a person's: 1-4 words, no
        digits or @, none of ``not_person_words`` («Mail Delivery Subsystem» is not)."""
        if not name or "@" in name or any(ch.isdigit() for ch in name):
            return False
        words = re.findall(r"[^\W\d_]+", name)
        return 0 < len(words) <= 4 and not any(w.lower() in self._not_person for w in words)

    def cue_names(self, text: str, lang: str | None) -> list[NameSpan]:
        """Names right after cue phrases ("меня зовут", "my name is", "Mr")."""
        out: list[NameSpan] = []
        langs = ("ru",) if lang == "ru" else ("en",) if lang == "en" else ("ru", "en")
        for code in langs:
            for strong, regex in ((True, self._strong[code]), (False, self._weak[code])):
                if regex is None:
                    continue
                for match in regex.finditer(text):
                    if (not strong and code == "en" and match.group(0).rstrip(".").lower() not in _TITLES
                            and self._in_title_case_sentence(text, match.start())):
                        continue
                    span = self._words_after(text, match.end(), code, strong)
                    if span is not None:
                        out.append(NameSpan(span[0], span[1], "cue"))
        return out

    def _in_title_case_sentence(self, text: str, pos: int) -> bool:
        """The cue at ``pos`` stands in a Title-Cased sentence or line (a headline, a subject)."""
        start = max(text.rfind(ch, 0, pos) for ch in "\n.!?") + 1
        ends = [i for i in (text.find(ch, pos) for ch in "\n.!?") if i >= 0]
        return is_title_case(text[start:min(ends) if ends else len(text)], self.settings.title_case_share)

    def _words_after(self, text: str, pos: int, lang: str, strong: bool,
                     adjacent: bool = False) -> tuple[int, int] | None:
        """The name words right after a cue; ``adjacent``: no punctuation or title in between
        ("this is James", not "this is, Mr Fischer")."""
        start: int | None = None
        end = 0  # set with start
        count = 0
        regex = _FOLLOW_WORD_RE if adjacent else _NEXT_WORD_RE
        while count < self.settings.max_cue_words:
            m = regex.match(text, pos)
            if not m:
                break
            word = m.group(1)
            if word.rstrip(".").lower() in _TITLES and not adjacent:  # "Dear Mr Smith": skip the title
                pos = m.end()
                regex = _FOLLOW_WORD_RE
                continue
            if not self._looks_like_name(word, lang, strong):
                break
            bare_end = m.start(1) + len(word.rstrip("."))
            start = m.start(1) if start is None else start
            end = bare_end
            count += 1
            pos = bare_end
            regex = _FOLLOW_WORD_RE
            strong = strong and _CYR_RE.search(word) is not None  # "меня зовут ольга петрова"
        return (start, end) if start is not None else None

    @staticmethod
    def known_name_regex(names: list[str]) -> re.Pattern[str] | None:
        """A pattern for the words of known names in any inflection («Иван» → «Иваном»)."""
        parts: list[str] = []
        for name in names:
            for word in re.findall(r"[^\W\d_]+", name or ""):
                if len(word) < 2:
                    continue
                if _CYR_RE.search(word):
                    stem = word[:-1] if len(word) >= 4 and word[-1].lower() in "аяйьоеиыуё" else word
                    parts.append(re.escape(stem) + r"\w{0,3}")
                else:
                    parts.append(re.escape(word) + r"(?:'s)?")
        if not parts:
            return None
        return re.compile(r"(?<![\w])(?:" + "|".join(sorted(set(parts), key=len, reverse=True)) + r")(?![\w])",
                          re.IGNORECASE)

    # ---- natasha -------------------------------------------------------------------------------
    def _get_ner(self):
        from pipeline.runtime import degradation

        if self._ner is None and not self._ner_failed:
            try:
                self._ner = load_natasha_ner(self.settings.natasha_batch_size)
            except Exception as exc:  # noqa: BLE001 - without natasha, cues and known names still work
                logging.getLogger(__name__).warning("natasha NER unavailable, Russian names by cues only: %s", exc)
                self._ner_failed = f"{type(exc).__name__}: {exc}"
        if self._ner is None and self._ner_failed:  # every night that needed it, not only the first
            degradation.note(f"natasha NER unavailable ({self._ner_failed}): Russian names redacted by cues "
                             "and known names only")
        return self._ner

    def ner_names(self, texts: list[str]) -> list[list[NameSpan]]:
        """natasha PER spans of each text (one batched call); ``ner_calls`` counts the texts."""
        if not texts or not self.settings.use_natasha:
            return [[] for _ in texts]
        ner = self._get_ner()
        if ner is None:
            return [[] for _ in texts]
        self.ner_calls += len(texts)
        # sorted by length: slovnet pads each batch to its longest text
        order = sorted(range(len(texts)), key=lambda k: len(texts[k]))
        out: list[list[NameSpan]] = [[] for _ in texts]
        # One BLAS thread: slovnet's small matrix products get ~20x slower when OpenBLAS threads
        # compete for 2 busy cores (measured: 2,600 → 90-140 texts/s).
        with _single_blas_thread():
            for k, markup in zip(order, ner.map([texts[k] for k in order])):
                out[k] = [NameSpan(s.start, s.stop, "ner") for s in markup.spans if s.type == "PER"]
        return out

    def candidate_segments(self, text: str, keep: KeptNames) -> list[tuple[int, int]]:
        """The lines (long lines: sentences) of ``text`` that hold a name candidate: natasha reads
        only those, so a long email costs a line or two, not its whole body."""
        out = []
        for line in _SEGMENT_RE.finditer(text):
            if self.needs_ner(line.group(0), keep):
                out.append((line.start(), line.end()))
        return out

    # ---- everything ----------------------------------------------------------------------------
    def find_batch(self, texts: list[str], langs: list[str | None],
                   known: list[re.Pattern[str] | None] | None = None,
                   keep: list[KeptNames] | None = None) -> list[list[NameSpan]]:
        """Name spans of each text: cues + known names for all, natasha for Russian candidates.

        ``keep`` (per text) are names that will stay (the agent's first name): a text whose only
        name candidates are kept names is not sent to natasha.
        """
        known = known if known is not None else [None] * len(texts)
        keep = keep if keep is not None else [KeptNames()] * len(texts)
        results: list[list[NameSpan]] = []
        ner_idx: list[int] = []
        for i, (text, lang) in enumerate(zip(texts, langs)):
            spans = self.cue_names(text, lang)
            regex = known[i]
            if regex is not None:
                spans.extend(NameSpan(m.start(), m.end(), "known") for m in regex.finditer(text))
            results.append(spans)
            if self.settings.use_natasha and lang != "en" and self.needs_ner(text, keep[i]):
                ner_idx.append(i)
        if ner_idx:
            segments = [(i, a, b) for i in ner_idx for a, b in self.candidate_segments(texts[i], keep[i])]
            found = self.ner_names([texts[i][a:b] for i, a, b in segments])
            for (i, a, _), spans in zip(segments, found):
                results[i].extend(NameSpan(sp.start + a, sp.end + a, sp.source) for sp in spans)
        return results

    def introduced_name(self, text: str, lang: str | None) -> str | None:
        """The first name someone gives for themself ("меня зовут Ольга", "my name is Kate")."""
        langs = ("ru",) if lang == "ru" else ("en",) if lang == "en" else ("ru", "en")
        for code in langs:
            for i, regex in enumerate(self._intro[code]):
                if regex is None:
                    continue
                for match in regex.finditer(text):
                    span = self._words_after(text, match.end(), code, strong=(i == 0), adjacent=True)
                    if span is not None:
                        return text[span[0]:span[1]].split()[0]
        return None
