"""Language identification per turn and per interaction: ``ru`` / ``en`` / ``other`` + confidence.

Fast and offline. A turn is first judged by its script and by stop words (tens of thousands of
turns per second):

* mostly Cyrillic → Russian, unless it carries letters Russian does not have (Ukrainian і ї є ґ,
  Belarusian ў, Kazakh ә ғ қ ң ө ұ ү һ...) or Ukrainian function words → ``other``;
* mostly Latin → English when English function words are present (or the turn is too short to
  tell); a longer Latin turn with no English function word, or with non-English diacritics, is
  handed to ``py3langid`` (a naive-Bayes model shipped inside its wheel) when it is installed;
* another script (CJK, Arabic, Georgian...) → ``other``.

What is judged is the text without the parts that carry no language: URLs, e-mail addresses,
@mentions, #hash signs, redaction placeholders (``[CARD]``, ``[СКРЫТО]``) and retweet markers
(:func:`language_text`). Texts that mix scripts (a Russian sentence around a Latin brand name,
«Sberbank Online не пускает») are decided by ``py3langid`` when it is installed, not by counting
letters.

Turns with fewer than ``short_turn_letters`` letters ("ok", "да", "+") say little about the
language: they inherit the interaction's language, which is a length-weighted vote of the
longer turns (and the subject).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from pydantic import Field

from pipeline.config import RulesModel

from pipeline.model import Interaction

RU, EN, OTHER = "ru", "en", "other"

# Function words: very frequent, short, and telling. These are model data, not settings.
_RU_STOP = frozenset(
    """и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее
    мне было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был
    него до вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней
    для мы тебя их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того
    потому этого какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем
    всех никогда можно при наконец два об другой хоть после над больше тот через эти нас про всего
    них какая много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя
    такой им более всегда конечно всю между это мой моё ваш ваша ваше здравствуйте спасибо пожалуйста
    добрый день подскажите хочу можете""".split()
)
_EN_STOP = frozenset(
    """the a an and or but if of at by for with about to from in on is are was were be been am
    i you he she it we they me my your our their this that these those what which who not no do
    does did have has had can could will would should please thanks thank hello hi yes ok okay
    there here how why when where just so as up out all any some my i'm it's don't can't won't
    dear regards order account card help need want get still""".split()
)
_UK_STOP = frozenset("що це та як але який яка його мене мені вже тільки дуже ще добрий будь ласка".split())
_OTHER_CYRILLIC = frozenset("іїєґўәғқңөұүһђћџљњјѓќѕ")
_NON_EN_LATIN = frozenset("äöüßéèêëàâçñìíîïòóôõùúûœøåæłśźżąęćńšžčřďťľĺŕůőűğşı")

_LETTER_RE = re.compile(r"[^\W\d_]")
_RU_LETTER_RE = re.compile(r"[а-яёА-ЯЁ]")
_LATIN_LETTER_RE = re.compile(r"[a-zA-Z]")
_OTHER_CYR_RE = re.compile("[" + "".join(sorted(_OTHER_CYRILLIC)) + "]", re.IGNORECASE)
_NON_EN_RE = re.compile("[" + "".join(sorted(_NON_EN_LATIN)) + "]", re.IGNORECASE)
_WORD_RE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# Parts of a text that carry no language (checked in this order).
_NO_LANGUAGE_RE = re.compile(
    r"(?:https?://|www\.)\S+"                          # URLs
    r"|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b"                # e-mail addresses
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:ru|com|net|org|рф|su|io|co)\b(?:/\S*)?"  # bare domains
    r"|@\w+"                                           # @mentions
    r"|\[[^\]\s]{1,24}\]|\{[^}\s]{1,24}\}|<[A-Z_]{2,24}>"  # placeholders: [CARD], [СКРЫТО], {NAME}, <PHONE>
    r"|^\s*RT\b:?"                                      # retweet marker
    r"|#",
    re.IGNORECASE,
)


def language_text(text: str) -> str:
    """``text`` without URLs, e-mail addresses, @mentions, placeholders and retweet markers: the
    part that says which language it is written in.

    >>> language_text("RT @sberbank: смотрите http://t.co/x [CARD] a.b@mail.ru")
    ' : смотрите   '
    """
    return _NO_LANGUAGE_RE.sub(" ", text or "")


class LanguageSettings(RulesModel):
    """Thresholds of the detector (defaults measured on ru/en service chats)."""

    short_turn_letters: int = Field(8, ge=0, description="turns with fewer letters inherit the interaction's language")
    min_letters: int = Field(2, ge=1, description="below this nothing is decided for the turn")
    script_share: float = Field(0.6, gt=0.5, le=1.0, description="share of letters a script needs to decide")
    fallback_min_words: int = Field(3, ge=1, description="Latin turns this long without English words go to py3langid")
    min_english_share: float = Field(0.25, ge=0, le=1, description="share of English function words below which py3langid decides")
    use_py3langid: bool = True
    short_turn_discount: float = Field(0.8, gt=0, le=1.0, description="confidence factor for inherited languages")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A detected language (``ru``/``en``/``other``; None when the text says nothing) and confidence."""

    language: str | None
    confidence: float
    letters: int = 0


class LanguageDetector:
    """Detect the language of texts and fill the language fields of interactions."""

    def __init__(self, settings: LanguageSettings | None = None) -> None:
        self.settings = settings or LanguageSettings()
        self._fallback_fn = None
        self._fallback_loaded = not self.settings.use_py3langid
        self._cached = lru_cache(maxsize=50_000)(self._detect)

    # ---- one text ------------------------------------------------------------------------------
    def _detect(self, text: str) -> LanguageGuess:
        s = self.settings
        text = language_text(text)
        # letter counts per script, each one C-level regex pass
        letters = len(_LETTER_RE.findall(text))
        if letters < s.min_letters:
            return LanguageGuess(None, 0.0, letters)
        cyr = len(_RU_LETTER_RE.findall(text))
        lat = len(_LATIN_LETTER_RE.findall(text))
        other_cyr = len(_OTHER_CYR_RE.findall(text)) if cyr + lat < letters else 0
        non_en = len(_NON_EN_RE.findall(text)) if cyr + lat + other_cyr < letters else 0
        other_script = letters - cyr - lat - other_cyr - non_en
        length_factor = min(1.0, letters / 40.0)
        cyr_all, lat_all = cyr + other_cyr, lat + non_en
        words = [w.lower() for w in _WORD_RE.findall(text)]
        if cyr_all / letters >= s.script_share:
            uk_hits = sum(1 for w in words if w in _UK_STOP)
            ru_hits = sum(1 for w in words if w in _RU_STOP)
            if other_cyr >= max(1, 0.02 * cyr_all) or uk_hits > ru_hits:
                return LanguageGuess(OTHER, round(0.6 + 0.35 * length_factor, 3), letters)
            conf = 0.75 + 0.15 * length_factor + (0.1 if ru_hits else 0.0)
            return LanguageGuess(RU, round(min(conf, 0.99), 3), letters)
        if lat_all / letters >= s.script_share:
            en_hits = sum(1 for w in words if w in _EN_STOP)
            share = en_hits / max(1, len(words))
            if non_en == 0 and (share >= s.min_english_share or len(words) < s.fallback_min_words):
                conf = 0.7 + 0.15 * length_factor + 0.14 * min(1.0, share * 3)
                return LanguageGuess(EN, round(min(conf, 0.99), 3), letters)
            fallback = self._fallback()
            if fallback is not None:
                lang, prob = fallback(text)
                if lang == EN:
                    return LanguageGuess(EN, round(max(0.5, min(prob, 0.95)), 3), letters)
                if lang == RU and cyr:  # a Russian sentence around Latin brand names
                    return LanguageGuess(RU, round(max(0.5, min(prob, 0.9)), 3), letters)
                return LanguageGuess(OTHER, round(max(0.5, min(prob, 0.95)), 3), letters)
            if non_en > 0.03 * lat_all or not en_hits:
                return LanguageGuess(OTHER, round(0.5 + 0.3 * length_factor, 3), letters)
            return LanguageGuess(EN, 0.6, letters)
        if other_script / letters >= s.script_share:
            return LanguageGuess(OTHER, round(0.8 + 0.19 * length_factor, 3), letters)
        # mixed scripts (a Latin brand name in a Russian sentence...): a real language identifier
        fallback = self._fallback()
        if fallback is not None:
            lang, prob = fallback(text)
            if lang in (RU, EN):
                return LanguageGuess(lang, round(max(0.4, min(prob, 0.9)), 3), letters)
        # no identifier, or it names neither: the larger script wins, with low confidence
        best = max(((RU, cyr), (EN, lat), (OTHER, other_cyr + non_en + other_script)), key=lambda p: p[1])
        return LanguageGuess(best[0], round(0.4 + 0.2 * best[1] / letters, 3), letters)

    def _fallback(self):
        """py3langid, loaded on first use (≈1 s): most turns never need it."""
        if not self._fallback_loaded:
            self._fallback_fn = _load_py3langid()
            self._fallback_loaded = True
        if self._fallback_fn is None:  # every night that needed it: the run is marked degraded
            from pipeline.runtime import degradation

            degradation.note("py3langid unavailable: Latin-script languages other than English guessed by rules only")
        return self._fallback_fn

    def detect(self, text: str) -> LanguageGuess:
        """Language of one text (cached per distinct text)."""
        return self._cached(text)

    # ---- one interaction -----------------------------------------------------------------------
    def detect_interaction(self, interaction: Interaction) -> LanguageGuess:
        """Set ``language``/``language_confidence`` of every turn and of the interaction."""
        s = self.settings
        guesses = [self.detect(t.text or "") for t in interaction.turns]
        votes: dict[str, float] = defaultdict(float)
        total = 0.0
        texts = list(guesses)
        if interaction.subject:
            texts.append(self.detect(interaction.subject))
        for guess in texts:
            if guess.language is None or guess.letters < s.short_turn_letters:
                continue
            weight = guess.letters * guess.confidence
            votes[guess.language] += weight
            total += weight
        if total == 0.0:
            # only short turns: judge the whole contact as one text
            joined = " ".join(t.text or "" for t in interaction.turns) + " " + (interaction.subject or "")
            whole = self.detect(joined)
            if whole.language is not None:
                votes[whole.language] = whole.confidence
                total = 1.0
        if total > 0.0:
            lang = max(votes, key=votes.__getitem__)
            share = votes[lang] / total
            mean_conf = _mean_conf(texts, lang, s.short_turn_letters) or votes[lang]
            overall = LanguageGuess(lang, round(min(0.99, share * mean_conf), 3))
        elif interaction.language:  # nothing to read: keep what the source said
            overall = LanguageGuess(interaction.language, 0.5)
        else:
            overall = LanguageGuess(None, 0.0)
        for turn, guess in zip(interaction.turns, guesses):
            if guess.language is None or guess.letters < s.short_turn_letters:
                if overall.language is not None:
                    turn.language = overall.language
                    turn.language_confidence = round(overall.confidence * s.short_turn_discount, 3)
                else:
                    turn.language, turn.language_confidence = guess.language, guess.confidence
            else:
                turn.language, turn.language_confidence = guess.language, guess.confidence
        interaction.language = overall.language
        interaction.language_confidence = overall.confidence
        return overall


def _mean_conf(guesses: list[LanguageGuess], lang: str, min_letters: int) -> float:
    confs = [g.confidence for g in guesses if g.language == lang and g.letters >= min_letters]
    return sum(confs) / len(confs) if confs else 0.0


def _load_py3langid():
    """A ``text -> (lang, probability)`` function from py3langid, or None when not installed."""
    try:
        from py3langid.langid import MODEL_FILE, LanguageIdentifier
    except ImportError:
        return None
    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

    def classify(text: str) -> tuple[str, float]:
        lang, prob = identifier.classify(text)
        return lang, float(prob)

    return classify


_DEFAULT: LanguageDetector | None = None


def get_detector() -> LanguageDetector:
    """The process-wide detector with default settings."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = LanguageDetector()
    return _DEFAULT


def detect_language(text: str) -> LanguageGuess:
    """Language of one text with the default detector."""
    return get_detector().detect(text)
