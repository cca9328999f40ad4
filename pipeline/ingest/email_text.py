"""Email bodies and headers → the plain text a person newly wrote in one message.

Four jobs, each a function the email adapter (:mod:`pipeline.ingest.emails`) chains:

* :func:`decode_bytes` / :func:`decode_header_value` — bytes in a declared, mislabelled or
  undeclared charset (UTF-8, Windows-1251, KOI8-R, Latin) → ``str``;
* :func:`extract_body` — the text body of a parsed message: ``text/plain`` preferred, else the
  ``text/html`` part rendered by :func:`html_to_text`; attachments and forwarded
  ``message/rfc822`` parts are skipped;
* :func:`clean_body` — quoted earlier messages and signatures removed (they are kept nowhere);
* :func:`clean_subject` — ``Re:``/``Fwd:``/``Ответ:`` prefixes removed.

The cue phrases (attribution lines, separators, sign-offs, app footers, HTML containers) live in
``rules/email_text.yaml`` and are loaded once by :func:`load_email_text_rules`.
"""

from __future__ import annotations

import codecs
import math
import re
from dataclasses import dataclass
from email import errors
from email.header import decode_header
from email.message import Message
from functools import lru_cache
from html.parser import HTMLParser
from pathlib import Path

from pydantic import BaseModel, Field, field_validator

from pipeline.config import check_regexes, load_rules

RULES_FILE = "email_text.yaml"

# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------


def _compile_lines(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex that fullmatches a stripped line against any of ``patterns``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", re.IGNORECASE)


class EmailTextRules(BaseModel):
    """``rules/email_text.yaml`` as written: cue phrases for quote, signature and subject clean-up."""

    subject_prefixes: list[str] = Field(default_factory=list)
    quote_separators: list[str] = Field(default_factory=list)
    attributions: list[str] = Field(default_factory=list)
    attributions_before_quote: list[str] = Field(default_factory=list)
    outlook_from: list[str] = Field(default_factory=list)
    outlook_fields: list[str] = Field(default_factory=list)
    outlook_window: int = Field(default=6, ge=1, le=20)
    outlook_rule: str = r"[_\-=]{10,}"
    signature_delimiters: list[str] = Field(default_factory=lambda: ["--"])
    signoffs: list[str] = Field(default_factory=list)
    signoff_max_tail_lines: int = Field(default=7, ge=0, le=30)
    device_footers: list[str] = Field(default_factory=list)
    html_quote_containers: list[str] = Field(default_factory=list)
    html_signature_containers: list[str] = Field(default_factory=list)

    @field_validator("quote_separators", "attributions", "attributions_before_quote", "device_footers")
    @classmethod
    def _valid_patterns(cls, value: list[str]) -> list[str]:
        return check_regexes(value)

    @field_validator("outlook_rule")
    @classmethod
    def _valid_pattern(cls, value: str) -> str:
        return cls._valid_patterns([value])[0]


def _alternatives(items: list[str]) -> str:
    """Literal phrases as one regex alternation, longest first."""
    phrases = sorted((i.strip() for i in items if i.strip()), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) or r"(?!)"


@dataclass(frozen=True, slots=True)
class TextRules:
    """:class:`EmailTextRules` compiled for matching (what the functions of this module take)."""

    separator: re.Pattern[str]
    attribution: re.Pattern[str]
    attribution_before_quote: re.Pattern[str]
    outlook_from: re.Pattern[str]
    outlook_field: re.Pattern[str]
    outlook_window: int
    outlook_rule: re.Pattern[str]
    delimiters: frozenset[str]
    signoff: re.Pattern[str]
    signoff_max_tail_lines: int
    device_footer: re.Pattern[str]
    subject_prefix: re.Pattern[str]
    html_quote_containers: frozenset[str]
    html_signature_containers: frozenset[str]

    @classmethod
    def compile(cls, spec: EmailTextRules) -> "TextRules":
        return cls(
            separator=_compile_lines(spec.quote_separators),
            attribution=_compile_lines(spec.attributions),
            attribution_before_quote=_compile_lines(spec.attributions_before_quote),
            outlook_from=re.compile(rf"\*?(?:{_alternatives(spec.outlook_from)})\*?\s*:\s*\S.*", re.I),
            outlook_field=re.compile(rf"\*?(?:{_alternatives(spec.outlook_fields)})\*?\s*:.*", re.I),
            outlook_window=spec.outlook_window,
            outlook_rule=re.compile(spec.outlook_rule),
            delimiters=frozenset(d.strip() for d in spec.signature_delimiters),
            signoff=re.compile(rf"(?:{_alternatives(spec.signoffs)})(?![^\W\d_])", re.I),
            signoff_max_tail_lines=spec.signoff_max_tail_lines,
            device_footer=_compile_lines(spec.device_footers),
            subject_prefix=re.compile(
                rf"^\s*(?:{_alternatives(spec.subject_prefixes)})\s*(?:\[\d+\]|\(\d+\))?\s*:\s*", re.I
            ),
            html_quote_containers=frozenset(n.lower() for n in spec.html_quote_containers),
            html_signature_containers=frozenset(n.lower() for n in spec.html_signature_containers),
        )


@lru_cache(maxsize=8)
def _load_cached(rules_dir: str | None) -> TextRules:
    return TextRules.compile(load_rules(rules_dir, RULES_FILE, EmailTextRules))


def load_email_text_rules(rules_dir: str | Path | None = None) -> TextRules:
    """``rules_dir/email_text.yaml`` (the project's ``rules/`` by default), compiled once per folder."""
    return _load_cached(str(rules_dir) if rules_dir else None)


# --------------------------------------------------------------------------------------------
# Charsets
# --------------------------------------------------------------------------------------------

# Labels seen in real mail that Python's codec registry does not know.
_CHARSET_ALIASES = {
    "win-1251": "cp1251", "win1251": "cp1251", "cp-1251": "cp1251", "x-cp1251": "cp1251",
    "windows1251": "cp1251", "x-win-1251": "cp1251", "koi8r": "koi8-r", "x-koi8-r": "koi8-r",
    "koi8": "koi8-r", "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-mac-cyrillic": "mac-cyrillic",
}
# Labels that mean "we do not know": treated as undeclared.
_UNKNOWN_CHARSETS = frozenset({"unknown-8bit", "x-unknown", "unknown", "x-user-defined", "default", "charset"})
# Single-byte codecs that many mailers put on Russian text they did not really convert.
_LATIN_CODECS = frozenset({"ascii", "iso8859-1", "cp1252", "iso8859-15"})
_CYRILLIC_CODECS = ("cp1251", "koi8-r")
_SINGLE_BYTE = _LATIN_CODECS | frozenset({"cp1251", "koi8-r", "koi8-u", "cp866", "iso8859-5", "mac-cyrillic"})
# Score above which a Windows-1251 / KOI8-R reading counts as real Russian text.
_CYRILLIC_CONFIDENT = 0.8
_CYRILLIC_PLAUSIBLE = 0.5
# How much better the other Cyrillic codec must read before a declared one is overruled.
_CYRILLIC_MARGIN = 0.25
# Letter frequencies of Russian text (%); a wrong single-byte codec permutes letters away from them.
_RU_LETTER_PERCENT = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73, "в": 4.54,
    "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01, "ы": 1.90, "ь": 1.74,
    "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97, "ж": 0.94, "ш": 0.73, "ю": 0.64,
    "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04, "ё": 0.04,
}
_RU_LOG_P = {c: math.log(p / 100) for c, p in _RU_LETTER_PERCENT.items()}
_RU_LOG_P_OTHER = math.log(0.0001)  # Ukrainian/Belarusian letters, or a letter a wrong codec made
# Mean log-probability per letter of real Russian text (about -3.1) and of a permuted reading
# (about -3.5 and below): the letter score runs from 0 at _LL_FLOOR to 1 at _LL_REAL.
_LL_REAL, _LL_FLOOR = -3.3, -4.5
# Common Russian words of two letters or more (one-letter words can survive a wrong codec:
# Windows-1251 "с" is KOI8-R "Я"): a fifth of running text, scrambled by a wrong codec.
_RU_COMMON_WORDS = frozenset(
    "не на что по это как но за от мы вы вас нас вам нам для из до же то бы так все всё "
    "если мне меня уже или при он она они его её ее их был была было есть нет да ли только еще ещё "
    "когда где почему можно нужно очень спасибо здравствуйте добрый день пожалуйста ваш ваша наш "
    "счет счёт деньги номер договор вопрос ответ".split()
)
_COMMON_WORDS_FULL = 0.15  # share of common words at which that part of the score is full
_SCORE_SAMPLE = 4000  # characters scored: plenty to tell codecs apart, cheap on long bodies
_WORD_RE = re.compile(r"[^\W\d_]+")
_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")


class BodyDecodeError(ValueError):
    """A message body that no charset turns into text (binary data, corrupt transfer encoding)."""


def codec_name(label: str | None) -> str | None:
    """Python codec name for a MIME charset label; None when missing or unknown."""
    if not label:
        return None
    key = str(label).strip().strip("\"'").lower()
    if not key or key in _UNKNOWN_CHARSETS:
        return None
    key = _CHARSET_ALIASES.get(key, key)
    try:
        return codecs.lookup(key).name
    except LookupError:
        return None


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _case_ok(word: str) -> bool:
    return word.islower() or word.isupper() or (word[0].isupper() and word[1:].islower())


def cyrillic_score(text: str) -> float:
    """How much ``text`` reads like Russian, 0..1 (near 1 for real text, low for a wrong codec).

    A wrong single-byte codec permutes letters (so their frequencies stop looking Russian),
    scrambles letter case inside words ("пРИВЕТ"), mixes Latin and Cyrillic letters in one word
    and turns punctuation into box-drawing characters.
    """
    text = text[:_SCORE_SAMPLE]
    words = [w for w in _WORD_RE.findall(text) if any(_is_cyrillic(c) for c in w)]
    if not words:
        return 0.0
    good = sum(1 for w in words if all(_is_cyrillic(c) for c in w) and (len(w) == 1 or _case_ok(w)))
    common = sum(1 for w in words if w.lower() in _RU_COMMON_WORDS) / len(words)
    letters = [c.lower() for w in words for c in w if _is_cyrillic(c)]
    mean_ll = sum(_RU_LOG_P.get(c, _RU_LOG_P_OTHER) for c in letters) / len(letters)
    letter_score = min(1.0, max(0.0, (mean_ll - _LL_FLOOR) / (_LL_REAL - _LL_FLOOR)))
    non_ascii = [c for c in text if ord(c) > 127]
    junk = sum(1 for c in non_ascii if "\u2500" <= c <= "\u259f" or c == "\ufffd") / max(1, len(non_ascii))
    score = 0.4 * min(1.0, common / _COMMON_WORDS_FULL) + 0.3 * letter_score + 0.3 * good / len(words)
    return max(0.0, score - junk)


def _best_cyrillic(data: bytes) -> tuple[str, str, float]:
    best = ("", "cp1251", -1.0)
    for codec in _CYRILLIC_CODECS:
        text = data.decode(codec, errors="replace")
        score = cyrillic_score(text)
        if score > best[2]:
            best = (text, codec, score)
    return best


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str]:
    """(text, codec used) for ``data`` labelled with charset ``declared`` (may be None or wrong).

    Valid UTF-8 wins over a single-byte label (a Cyrillic single-byte text is never valid UTF-8);
    a Windows-1251 text labelled KOI8-R (or the reverse) or labelled Latin-1 is read in the codec
    that gives real words; undeclared 8-bit data is read as UTF-8, else the better of
    Windows-1251 / KOI8-R, else Windows-1252. Never raises: undecodable bytes become U+FFFD.
    """
    if not data:
        return "", "ascii"
    codec = codec_name(declared)
    if data.isascii() and (codec is None or codec in _SINGLE_BYTE or codec == "utf-8"):
        return data.decode("ascii"), "ascii"
    if codec is not None and codec not in _SINGLE_BYTE and codec != "utf-8":
        try:  # UTF-16, Shift-JIS, GB2312...: trust the label
            return data.decode(codec), codec
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if codec in _CYRILLIC_CODECS or codec in ("koi8-u", "cp866", "iso8859-5", "mac-cyrillic"):
        text = data.decode(codec, errors="replace")
        own = cyrillic_score(text)
        other_text, other, score = _best_cyrillic(data)
        if other != codec and score >= _CYRILLIC_CONFIDENT and score - own >= _CYRILLIC_MARGIN:
            return other_text, other
        return text, codec
    text, cyr_codec, score = _best_cyrillic(data)
    if codec in _LATIN_CODECS:
        if score >= _CYRILLIC_PLAUSIBLE:  # Western text read as Cyrillic mixes scripts in words
            return text, cyr_codec
        return data.decode(codec if codec != "ascii" else "cp1252", errors="replace"), codec
    if codec == "utf-8" and score < _CYRILLIC_CONFIDENT:
        return data.decode("utf-8", errors="replace"), "utf-8"
    if score >= _CYRILLIC_PLAUSIBLE:
        return text, cyr_codec
    return data.decode("cp1252", errors="replace"), "cp1252"


def looks_binary(text: str) -> bool:
    """True when decoded text is mostly not text (NULs, control characters, replacement marks)."""
    if not text:
        return False
    if "\x00" in text:
        return True
    return len(_CONTROL_RE.findall(text)) > 0.05 * len(text)


_FOLD_RE = re.compile(r"\r?\n(?=[ \t])")


def decode_header_value(raw: str | None) -> str:
    """Readable text of a raw header value: RFC 2047 encoded words (``=?koi8-r?B?...?=``) and raw
    8-bit bytes (kept by the parser as surrogate escapes) decoded; folding removed."""
    if raw is None:
        return ""
    value = _FOLD_RE.sub("", str(raw))
    if "=?" in value:
        try:
            chunks = decode_header(value)
        except (ValueError, UnicodeError, LookupError):
            chunks = [(value, None)]
    else:
        chunks = [(value, None)]
    out: list[str] = []
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            chunk = chunk.encode("ascii", errors="surrogateescape")
        elif charset is None and b"\\udc" in chunk:
            # decode_header wrote the raw 8-bit bytes next to encoded words as \\udcXX escapes
            try:
                chunk = chunk.decode("raw-unicode-escape").encode("ascii", errors="surrogateescape")
            except UnicodeError:
                pass
        out.append(decode_bytes(chunk, charset)[0])
    return re.sub(r"\s+", " ", "".join(out)).strip()


# --------------------------------------------------------------------------------------------
# Body extraction
# --------------------------------------------------------------------------------------------


_BASE64_DEFECTS = (errors.InvalidBase64CharactersDefect, errors.InvalidBase64PaddingDefect)


@dataclass(slots=True)
class RawBody:
    """The chosen text body of a message, before quote and signature removal."""

    text: str
    kind: str  # "plain" | "html" | "none"
    charset: str | None = None


def _text_parts(part: Message) -> list[Message]:
    """Inline text/plain and text/html leaves, depth first, outside attachments and forwards."""
    ctype = part.get_content_type()
    if ctype == "message/rfc822" or part.get_content_disposition() == "attachment":
        return []
    if part.is_multipart():
        found: list[Message] = []
        for sub in part.get_payload():
            if isinstance(sub, Message):
                found.extend(_text_parts(sub))
        return found
    if ctype in ("text/plain", "text/html"):
        if part.get_filename() and part.get_content_disposition() != "inline":
            return []  # a named text file: an attachment without a disposition
        return [part]
    return []


def _part_text(part: Message) -> tuple[str, str]:
    """Decoded text of one leaf part; raises :class:`BodyDecodeError`."""
    data = part.get_payload(decode=True)
    if data is None:
        data = b""
    if any(isinstance(d, errors.InvalidBase64LengthDefect) for d in part.defects):
        raise BodyDecodeError("corrupt base64 content")  # the parser gave up and returned it raw
    text, codec = decode_bytes(data, part.get_content_charset())
    if looks_binary(text):
        if any(isinstance(d, _BASE64_DEFECTS) for d in part.defects):
            raise BodyDecodeError("corrupt base64 content")
        raise BodyDecodeError(f"{part.get_content_type()} part is binary data, not text in {codec}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if part.get_content_type() == "text/plain" and part.get_param("format", "").lower() == "flowed":
        text = unflow(text, delsp=str(part.get_param("delsp", "")).lower() == "yes")
    return text, codec


def extract_body(msg: Message, rules: TextRules) -> RawBody:
    """The message's text: the first non-empty text/plain part, else its HTML as plain text.

    Raises :class:`BodyDecodeError` only when text parts exist and none of them decodes.
    """
    parts = _text_parts(msg)
    problems: list[str] = []
    blank = 0
    for want in ("text/plain", "text/html"):
        for part in (p for p in parts if p.get_content_type() == want):
            try:
                text, codec = _part_text(part)
            except BodyDecodeError as exc:
                problems.append(str(exc))
                continue
            if want == "text/html":
                text = html_to_text(text, rules)
            if text.strip():
                return RawBody(text, "plain" if want == "text/plain" else "html", codec)
            blank += 1
    if problems and not blank:
        raise BodyDecodeError("; ".join(problems))
    return RawBody("", "none", None)


def unflow(text: str, delsp: bool = False) -> str:
    """Undo RFC 3676 ``format=flowed``: lines ending in a space continue on the next line."""
    out: list[str] = []
    current: str | None = None
    depth = 0

    def flush() -> None:
        nonlocal current
        if current is not None:
            out.append(f"{'>' * depth} {current}".rstrip() if depth else current)
        current = None

    for line in text.split("\n"):
        level = len(line) - len(line.lstrip(">"))
        content = line[level:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing / quote marker spacing
        if current is not None and level != depth:
            flush()
        if current is None:
            current, depth = "", level
        if content.endswith(" ") and content.rstrip() != "--":
            current += content[:-1] if delsp else content
            continue
        current += content
        flush()
    flush()
    return "\n".join(out)


# --------------------------------------------------------------------------------------------
# HTML → text
# --------------------------------------------------------------------------------------------

_SKIP_TAGS = frozenset({"script", "style", "head", "title", "template", "noscript", "svg", "object", "iframe"})
_BLOCK_TAGS = frozenset({
    "div", "section", "article", "header", "footer", "main", "nav", "aside", "address", "center",
    "form", "fieldset", "figure", "figcaption", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot",
    "tr", "caption", "ul", "ol", "hr", "body", "html",
})
_PARAGRAPH_TAGS = frozenset({"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre"})
_VOID_TAGS = frozenset({
    "br", "hr", "img", "meta", "link", "input", "wbr", "area", "base", "col", "embed", "source", "track", "param",
})
_LIST_MARKER_RE = re.compile(r"\s*(?:-|\d+\.)\s*")
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


class _HtmlText(HTMLParser):
    """Renders HTML as plain text lines, each tagged with its blockquote depth."""

    def __init__(self, rules: TextRules) -> None:
        super().__init__(convert_charrefs=True)
        self._quote_names = rules.html_quote_containers
        self._signature_names = rules.html_signature_containers
        self.lines: list[tuple[int, str]] = []
        self._line: list[str] = []
        self._line_depth = 0
        self._stack: list[tuple[str, str | None]] = []  # open elements: (tag, effect)
        self._lists: list[str] = []  # "ul" / "ol" of the open lists, innermost last
        self._counters: list[int] = []  # items seen so far in each open list

    # state derived from the open elements
    def _count(self, effect: str) -> int:
        return sum(1 for _, e in self._stack if e == effect)

    def _append(self, text: str) -> None:
        if not self._line:
            self._line_depth = self._count("quote")
        self._line.append(text)

    def _newline(self, opening: bool = False) -> None:
        text = re.sub(r" {2,}", " ", "".join(self._line)).strip() if not self._count("pre") else "".join(self._line)
        if opening and _LIST_MARKER_RE.fullmatch(text):
            return  # <li><p>text</p></li>: the marker stays on the text's line
        if text.strip():
            self.lines.append((self._line_depth, text.rstrip()))
        self._line = []
        self._line_depth = self._count("quote")

    def _paragraph(self, opening: bool = False) -> None:
        self._newline(opening)
        if self._line:
            return
        if self.lines and self.lines[-1][1] != "":
            self.lines.append((self._count("quote"), ""))

    def _effect(self, tag: str, attrs: list[tuple[str, str | None]]) -> str | None:
        if tag in _SKIP_TAGS:
            return "skip"
        if tag == "pre":
            return "pre"
        names = set()
        for key, value in attrs:
            if key in ("class", "id") and value:
                names.update(value.lower().split())
        if tag == "blockquote" or names & self._quote_names:
            return "quote"
        if names & self._signature_names:
            return "signature"
        return None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self._newline()
            return
        if tag in _VOID_TAGS:
            if tag == "hr":
                self._paragraph()
            return
        effect = self._effect(tag, attrs)
        if tag in _PARAGRAPH_TAGS or effect in ("quote", "signature"):
            self._paragraph(opening=True)
        elif tag in _BLOCK_TAGS or tag == "li":
            self._newline(opening=tag != "li")
        self._stack.append((tag, effect))
        if effect == "signature":
            self._newline()
            self.lines.append((self._count("quote"), "-- "))
        if tag in ("ul", "ol"):
            self._lists.append(tag)
            self._counters.append(0)
        elif tag == "li":
            if self._lists and self._lists[-1] == "ol":
                self._counters[-1] += 1
                self._append(f"{self._counters[-1]}. ")
            else:
                self._append("- ")
        elif tag in ("td", "th") and "".join(self._line).strip():
            self._append(" | ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if not any(t == tag for t, _ in self._stack):
            return  # stray end tag
        while self._stack:
            if self._stack[-1][1] == "pre":
                self._newline()  # flush while the line still counts as preformatted
            open_tag, effect = self._stack.pop()
            if open_tag in ("ul", "ol") and self._lists:
                self._lists.pop()
                self._counters.pop()
            if open_tag in _PARAGRAPH_TAGS or effect in ("quote", "signature"):
                self._paragraph()
            elif open_tag in _BLOCK_TAGS or open_tag == "li":
                self._newline()
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self._count("skip"):
            return
        if self._count("pre"):
            parts = data.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self._newline()
                self._append(part)
            return
        text = re.sub(r"\s+", " ", data)
        if not self._line:
            text = text.lstrip()
        if text:
            self._append(text)

    def text(self) -> str:
        self._newline()
        out: list[str] = []
        for depth, line in self.lines:
            if not line and out and out[-1].lstrip("> ") == "":
                continue  # one blank line at most
            out.append(("> " * depth + line).rstrip() if depth else line)
        return "\n".join(out).strip("\n")


def html_to_text(html: str, rules: TextRules) -> str:
    """Readable plain text of an HTML body.

    Block elements and ``<br>`` become line breaks, list items ``- `` / ``1. `` lines, entities
    characters; ``<style>``, ``<script>`` and ``<head>`` are dropped. Blockquotes and the quote
    containers of ``rules`` come out as ``> `` lines, signature containers after a ``-- `` line,
    so :func:`clean_body` removes them like in plain-text mail.
    """
    parser = _HtmlText(rules)
    parser.feed(html)
    parser.close()
    return parser.text().replace("\xa0", " ").translate(_ZERO_WIDTH)


# --------------------------------------------------------------------------------------------
# Quotes and signatures
# --------------------------------------------------------------------------------------------


@dataclass(slots=True)
class CleanBody:
    """New text of one message and whether a signature was removed from it."""

    text: str
    had_signature: bool


def _is_quote(line: str) -> bool:
    return line.lstrip().startswith(">")


def _next_content(lines: list[str], start: int) -> int:
    j = start
    while j < len(lines) and not lines[j].strip():
        j += 1
    return j


def _attribution(lines: list[str], i: int, rules: TextRules) -> tuple[int, bool] | None:
    """(lines it spans, strong?) when an attribution line starts at ``i``."""
    line = lines[i].strip()
    candidates = [(1, line)]
    if i + 1 < len(lines) and lines[i + 1].strip().endswith(":") and line and not _is_quote(lines[i + 1]):
        candidates.append((2, f"{line} {lines[i + 1].strip()}"))
    for span, text in candidates:
        if not text.endswith(":") or len(text) > 400:
            continue
        if rules.attribution.fullmatch(text):
            return span, True
        if rules.attribution_before_quote.fullmatch(text):
            return span, False
    return None


def _outlook_header(lines: list[str], i: int, rules: TextRules) -> bool:
    if not rules.outlook_from.fullmatch(lines[i].strip()):
        return False
    following = [l.strip() for l in lines[i + 1: i + 1 + rules.outlook_window] if l.strip()]
    return sum(1 for l in following if rules.outlook_field.fullmatch(l)) >= 2


def strip_quotes(text: str, rules: TextRules) -> str:
    """``text`` without quoted earlier messages.

    Removed: ``>`` lines; attribution lines ("On ... wrote:", «... пишет:») before them; and,
    from the first history marker on, everything (separators such as ``-----Original
    Message-----`` / «-------- Исходное сообщение --------», Outlook ``From:/Sent:/To:`` header
    blocks, a dated attribution with no ``>`` quote after it). Text written below a ``>`` quote
    (bottom posting, inline answers) is kept.
    """
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if _is_quote(lines[i]):
            i += 1
            continue
        if stripped and rules.separator.fullmatch(stripped):
            break
        if stripped and _outlook_header(lines, i, rules):
            while out and (not out[-1].strip() or rules.outlook_rule.fullmatch(out[-1].strip())):
                out.pop()
            break
        found = _attribution(lines, i, rules) if stripped else None
        if found:
            span, strong = found
            after = _next_content(lines, i + span)
            if after < len(lines) and _is_quote(lines[after]):
                i += span
                continue
            if strong:
                break
        out.append(lines[i])
        i += 1
    return "\n".join(out)


def strip_signature(text: str, rules: TextRules) -> tuple[str, bool]:
    """(``text`` without its signature, whether one was there).

    A signature is everything from the first ``-- `` delimiter line, and a closing block at the
    end that starts with a sign-off («С уважением,», "Best regards,", "Kind regards, Anna")
    followed by at most ``signoff_max_tail_lines`` lines. Mail-app footers («Отправлено с
    iPhone», "Sent from my iPhone") are removed too but do not count as a signature.
    """
    lines = [l for l in text.split("\n") if not (l.strip() and rules.device_footer.fullmatch(l.strip()))]
    had = False
    for idx, line in enumerate(lines):
        if line.strip() in rules.delimiters:
            lines, had = lines[:idx], True
            break
    while lines and not lines[-1].strip():
        lines.pop()
    content = [idx for idx, line in enumerate(lines) if line.strip()]
    for idx in reversed(content[-(rules.signoff_max_tail_lines + 1):]):
        if _is_signoff(lines[idx].strip(), rules):
            lines, had = lines[:idx], True
            break
    return "\n".join(lines), had


_SIGNOFF_PUNCT = ",.!;:\u2013\u2014-"


def _is_signoff(line: str, rules: TextRules) -> bool:
    """A sign-off phrase alone («С уважением,») or followed by a short name ("Regards, Anna P.")."""
    match = rules.signoff.match(line)
    if not match:
        return False
    rest = line[match.end():]
    if not rest.strip(" " + _SIGNOFF_PUNCT):
        return True
    if rest.lstrip()[:1] not in (",", ";", ":", "\u2013", "\u2014", "-"):
        return False  # "Regards to the team..." is a sentence, not a sign-off
    name = rest.lstrip(" " + _SIGNOFF_PUNCT).strip()
    sentence_end = re.search(r"[^\W\d_]{2}[.!?]$", name)  # "Regards, the router still fails."
    return len(name) <= 60 and len(name.split()) <= 6 and "?" not in name and not sentence_end


def tidy(text: str) -> str:
    """Trailing spaces off, at most one blank line in a row, no blank lines at either end."""
    out: list[str] = []
    for line in text.replace("\xa0", " ").translate(_ZERO_WIDTH).split("\n"):
        line = line.rstrip()
        if not line and (not out or not out[-1]):
            continue
        out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def clean_body(text: str, rules: TextRules) -> CleanBody:
    """New content of a message body: quotes, then signature removed, whitespace tidied."""
    unquoted = strip_quotes(text.replace("\r\n", "\n").replace("\r", "\n"), rules)
    unsigned, had = strip_signature(unquoted, rules)
    return CleanBody(tidy(unsigned), had)


def clean_subject(subject: str | None, rules: TextRules) -> str | None:
    """Thread subject without reply/forward prefixes (``Re: Fwd: Ответ:``); None when empty."""
    if not subject:
        return None
    text = subject.strip()
    while True:
        shorter = rules.subject_prefix.sub("", text, count=1)
        if shorter == text:
            break
        text = shorter
    return text.strip() or None
