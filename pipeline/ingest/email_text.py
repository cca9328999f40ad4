"""Email bodies and headers → the plain text a person newly wrote in one message.

Four jobs, each a function the email adapter (:mod:`pipeline.ingest.emails`) chains:

* :func:`decode_bytes` / :func:`decode_header_value` — bytes in a declared, mislabelled or
  undeclared charset (UTF-8, Windows-1251, KOI8-R, Latin) → ``str`` (implemented in
  :mod:`pipeline.ingest.email_charset`, importable from here);
* :func:`extract_body` — the text body of a parsed message: ``text/plain`` preferred, else the
  ``text/html`` part rendered by :func:`~pipeline.ingest.email_html.html_to_text`; attachments
  and forwarded ``message/rfc822`` parts are skipped;
* :func:`clean_body` — quoted earlier messages and signatures removed (they are kept nowhere);
* :func:`clean_subject` — ``Re:``/``Fwd:``/``Ответ:`` prefixes removed.

The cue phrases (attribution lines, separators, sign-offs, app footers, HTML containers) live in
``rules/email_text.yaml`` and are loaded once by :func:`load_email_text_rules`.
"""

from __future__ import annotations

import email
import re
from dataclasses import dataclass
from email import errors
from email.message import Message
from email.utils import collapse_rfc2231_value
from functools import lru_cache
from pathlib import Path

from pydantic import Field, field_validator

from pipeline.scoring.rule_engine import set_regex
from pipeline.config import check_regexes, load_rules
from pipeline.config import RulesModel
from pipeline.ingest.email_charset import decode_bytes, looks_binary
from pipeline.ingest.email_charset import decode_header_value as decode_header_value  # re-exported for emails.py
from pipeline.ingest.email_html import _ZERO_WIDTH, html_to_text  # _ZERO_WIDTH: tidy() strips them too

RULES_FILE = "email_text.yaml"

# --------------------------------------------------------------------------------------------
# Rules
# --------------------------------------------------------------------------------------------


def _compile_lines(patterns: list[str]) -> re.Pattern[str]:
    """One case-insensitive regex that fullmatches a stripped line against any of ``patterns``."""
    return re.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", re.IGNORECASE)


class EmailTextRules(RulesModel):
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
    """Cue phrases (sign-offs, subject prefixes, header names) as one regex alternation, by the
    rule engine's phrase-list syntax (docs/RULES.md): folded words, any spacing, ``word*`` stems."""
    return set_regex([i for i in items if i.strip()])


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
# Body extraction
# --------------------------------------------------------------------------------------------


_BASE64_DEFECTS = (errors.InvalidBase64CharactersDefect, errors.InvalidBase64PaddingDefect)


class BodyDecodeError(ValueError):
    """A message body that no charset turns into text (binary data, corrupt transfer encoding)."""


@dataclass(slots=True)
class RawBody:
    """The chosen text body of a message, before quote and signature removal.

    ``forwarded``: text of forwarded messages (``message/rfc822`` parts, ``multipart/digest``
    entries), each under a ``[Forwarded message]`` line, already cleaned of their own quotes and
    signatures. ``why_empty``: when ``kind == "none"``, what the message held instead of text.
    """

    text: str
    kind: str  # "plain" | "html" | "none"
    charset: str | None = None
    forwarded: str = ""
    why_empty: str | None = None


FORWARD_MARK = "[Forwarded message]"
_MAX_FORWARD_DEPTH = 3
# A MIME delimiter line followed by a header line: a multipart whose boundary parameter is lost.
_DELIMITER_RE = re.compile(r"^--(\S{1,70})[ \t]*\r?\n(?=[A-Za-z][A-Za-z0-9-]*:)", re.M)


def _raw_payload(part: Message) -> str | list[Message | str] | None:
    """The payload as parsed, 8-bit bytes still surrogate-escaped (``get_payload()`` would decode
    them as ASCII with replacement marks when the part declares no charset)."""
    # private, so not in typeshed; the public accessor loses the 8-bit bytes
    return part._payload  # type: ignore[attr-defined]


def _recover_multipart(part: Message) -> Message | None:
    """A multipart part whose boundary is missing or wrong, re-read with the delimiter its body
    actually uses; None when the body shows no delimiter line."""
    payload = _raw_payload(part)
    if not isinstance(payload, str):
        return None
    match = _DELIMITER_RE.search(payload)
    if not match:
        return None
    boundary = match.group(1)
    if boundary.endswith("--") and payload.count(f"--{boundary}") == 1:
        boundary = boundary[:-2]
    header = f"Content-Type: {part.get_content_type()}; boundary=\"{boundary}\"\n\n"
    recovered = email.message_from_string(header + payload, policy=part.policy)
    return recovered if recovered.is_multipart() else None


def _as_plain(part: Message) -> Message:
    """A multipart part with no usable structure, read as one text/plain part."""
    plain = Message(policy=part.policy)
    charset = part.get_param("charset")
    plain["Content-Type"] = f"text/plain; charset=\"{charset}\"" if isinstance(charset, str) else "text/plain"
    if part.get("Content-Transfer-Encoding"):
        plain["Content-Transfer-Encoding"] = part["Content-Transfer-Encoding"]
    payload = _raw_payload(part)
    if payload is not None:  # a new Message's payload is already None
        plain.set_payload(payload)
    return plain


def _text_parts(part: Message, named: bool = False) -> list[Message]:
    """Inline text/plain and text/html leaves, depth first, outside attachments and forwards.

    ``named``: also text parts that carry a file name but no ``attachment`` disposition (some
    mailers name the body part; used when a message has no other text).
    """
    ctype = part.get_content_type()
    if ctype == "message/rfc822" or part.get_content_disposition() == "attachment":
        return []
    if ctype.startswith("multipart/") and not part.is_multipart():
        recovered = _recover_multipart(part)
        return _text_parts(recovered, named) if recovered is not None else [_as_plain(part)]
    if part.is_multipart():
        found: list[Message] = []
        for sub in part.get_payload():
            if isinstance(sub, Message):
                found.extend(_text_parts(sub, named))
        return found
    if ctype in ("text/plain", "text/html"):
        if not named and part.get_filename() and part.get_content_disposition() != "inline":
            return []  # a named text file: an attachment without a disposition
        return [part]
    return []


def _forwarded_messages(part: Message) -> list[Message]:
    """Messages carried inside ``part``: ``message/rfc822`` parts (inline or attached) and the
    entries of a ``multipart/digest``, in order."""
    if part.get_content_type() == "message/rfc822":
        inner = part.get_payload()
        if isinstance(inner, list):
            return [m for m in inner if isinstance(m, Message)]
        if isinstance(inner, str) and inner.strip():  # not parsed (unusual transfer encoding)
            data = part.get_payload(decode=True)
            if not isinstance(data, bytes) or not data.strip():
                return []
            return [email.message_from_bytes(data, policy=part.policy)]
        return []
    if part.get_content_type().startswith("multipart/") and not part.is_multipart():
        recovered = _recover_multipart(part)
        return _forwarded_messages(recovered) if recovered is not None else []
    if part.is_multipart():
        return [m for sub in part.get_payload() if isinstance(sub, Message) for m in _forwarded_messages(sub)]
    return []


def _leaf_types(part: Message) -> list[str]:
    if part.is_multipart():
        return [t for sub in part.get_payload() if isinstance(sub, Message) for t in _leaf_types(sub)]
    return [part.get_content_type()]


def _part_text(part: Message) -> tuple[str, str]:
    """Decoded text of one leaf part; raises :class:`BodyDecodeError`."""
    data = part.get_payload(decode=True)
    if not isinstance(data, bytes):  # None: no payload (a leaf part never holds a Message)
        data = b""
    if any(isinstance(d, errors.InvalidBase64LengthDefect) for d in part.defects):
        raise BodyDecodeError("corrupt base64 content")  # the parser gave up and returned it raw
    text, codec = decode_bytes(data, part.get_content_charset())
    if looks_binary(text):
        if any(isinstance(d, _BASE64_DEFECTS) for d in part.defects):
            raise BodyDecodeError("corrupt base64 content")
        raise BodyDecodeError(f"{part.get_content_type()} part is binary data, not text in {codec}")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # an RFC 2231 parameter (format*=us-ascii''flowed) comes as a (charset, language, value) tuple
    flowed = collapse_rfc2231_value(part.get_param("format", "")).lower() == "flowed"
    if part.get_content_type() == "text/plain" and flowed:
        text = unflow(text, delsp=collapse_rfc2231_value(part.get_param("delsp", "")).lower() == "yes")
    return text, codec


def _own_text(msg: Message, rules: TextRules, named: bool = False) -> RawBody:
    """The message's own text: the first non-empty text/plain part, else its HTML as plain text;
    named text parts without a disposition only when there is no other text."""
    parts = _text_parts(msg, named)
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
    if not named:
        return _own_text(msg, rules, named=True)
    return RawBody("", "none", None)


def _forwarded_text(msg: Message, rules: TextRules, depth: int) -> str:
    """Forwarded messages inside ``msg`` as text blocks (subject and new text of each)."""
    if depth >= _MAX_FORWARD_DEPTH:
        return ""
    blocks: list[str] = []
    for inner in _forwarded_messages(msg):
        try:
            body = extract_body(inner, rules, depth + 1)
        except BodyDecodeError:
            continue
        text = clean_body(body.text, rules).text
        subject = clean_subject(decode_header_value(inner.get("Subject")) if inner.get("Subject") else None, rules)
        lines = [FORWARD_MARK + (f" {subject}" if subject else "")]
        lines += [t for t in (text, body.forwarded) if t]
        if len(lines) > 1 or subject:
            blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def extract_body(msg: Message, rules: TextRules, depth: int = 0) -> RawBody:
    """The message's text: its own body (text/plain preferred, else HTML as plain text) and, in
    ``forwarded``, the text of messages it forwards (``message/rfc822``, ``multipart/digest``).
    A multipart whose boundary is missing is re-read with the delimiter its body uses, or as
    plain text.

    Raises :class:`BodyDecodeError` only when text parts exist, none decodes and nothing was forwarded.
    """
    try:
        own = _own_text(msg, rules)
    except BodyDecodeError:
        forwarded = _forwarded_text(msg, rules, depth)
        if not forwarded:
            raise
        own = RawBody("", "none", None)
    else:
        forwarded = _forwarded_text(msg, rules, depth)
    own.forwarded = forwarded
    if own.kind == "none" and forwarded:
        own.kind = "forward"
    if own.kind == "none":
        kinds = [t for t in _leaf_types(msg) if t not in ("text/plain", "text/html")]
        own.why_empty = (f"only non-text parts ({', '.join(sorted(set(kinds))[:5])})" if kinds
                         else "the text part is empty")
    return own


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
