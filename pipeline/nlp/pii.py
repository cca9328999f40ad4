"""PII redaction: cards, phones, emails, passports, INN, SNILS, bank accounts, IBANs, postal
addresses and person names.

Runs first in the analysis stage, on every turn text and the email subject, so that everything
after it — and the warehouse — only sees typed placeholders (``[CARD]``, ``[PHONE]``...,
configured in ``rules/pii.yaml``).

Numbers are found as one candidate pattern (digit groups with spaces, dashes, brackets and an
optional ``+``) and typed by their digit count, checksum, grouping and the words before them:

========  =====================================================================================
card      13-19 digits passing Luhn (or 4×4 groups when ``card_grouped_without_luhn``)
account   20 digits
snils     11 digits as ``123-456-789 01``, or after «СНИЛС», or any 11 digits with its checksum
          that are not a Russian phone
phone     ``+`` and 8-15 digits; 11 digits from 7/8; 10 digits from 9 or in phone grouping;
          10-11 digits from a trunk 0 (UK, EU national formats); 7 digits as ``123-45-67``;
          validated by ``phonenumbers`` where the format allows
passport  10 digits as ``45 10 123456`` / ``4510 123456``, after «паспорт»/«серия»; also
          «серия 4510 номер 123456»
inn       10 / 12 digits with a valid INN checksum, or after «ИНН»
========  =====================================================================================

When a long candidate is none of these (two numbers written side by side), its digit groups are
tried as shorter runs. IBANs (mod-97 checked) and postal addresses (Russian and English) come from
:mod:`pipeline.nlp.addresses`, person names from :mod:`pipeline.nlp.names`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from pydantic import Field, field_validator

from pipeline.config import load_rules
from pipeline.config import RulesModel
from pipeline.model import Interaction, Speaker
from pipeline.nlp.addresses import AddressFinder, AddressSettings
from pipeline.nlp.names import KeptNames, NameFinder, NameSettings, NameSpan

ENTITIES = ("email", "iban", "card", "account", "passport", "snils", "inn", "phone", "address", "name")
# overlap resolution: earlier wins when two spans start at the same place
_PRIORITY = {e: i for i, e in enumerate(ENTITIES)}

_EMAIL_RE = re.compile(r"(?<![\w.+-])[\w.+%-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}(?![\w-])")
_NUMBER_RE = re.compile(
    r"(?<![\w+])(?<!\d[.,])\+?[ \u00a0]?\(?\d+\)?(?:(?:[ \u00a0]?[-–][ \u00a0]?|[ \u00a0]{1,2})?\(?\d+\)?)*(?![\w])"
)
_GROUP_RE = re.compile(r"\d+")
_DIGIT_RE = re.compile(r"\d")
_PASSPORT_PHRASE_RE = re.compile(
    r"(?i)(?:паспорт\w*|серия|серии)\D{0,20}?(?<!\d)(\d{2}[ \u00a0]?\d{2})\D{1,15}?(?<!\d)(\d{6})(?!\d)"
)


class EntitySettings(RulesModel):
    enabled: bool = True
    placeholder: str


class ContextSettings(RulesModel):
    inn: list[str] = Field(default_factory=list)
    snils: list[str] = Field(default_factory=list)
    passport: list[str] = Field(default_factory=list)


class PiiSettings(RulesModel):
    """``rules/pii.yaml``."""

    entities: dict[str, EntitySettings]
    card_grouped_without_luhn: bool = True
    keep_agent_first_name: bool = True
    keep_agent_self_introduction: bool = True
    context_window: int = Field(30, ge=0)
    context: ContextSettings = Field(default_factory=ContextSettings)
    names: NameSettings = Field(default_factory=NameSettings)
    addresses: AddressSettings = Field(default_factory=AddressSettings)
    metadata_keys: list[str] = Field(default_factory=list)
    default_region: str = "RU"

    @field_validator("entities")
    @classmethod
    def _known_entities(cls, value: dict[str, EntitySettings]) -> dict[str, EntitySettings]:
        unknown = sorted(set(value) - set(ENTITIES))
        if unknown:
            raise ValueError(f"unknown entities {unknown}; known: {list(ENTITIES)}")
        return value

    def enabled(self, entity: str) -> bool:
        cfg = self.entities.get(entity)
        return cfg is not None and cfg.enabled

    def placeholder(self, entity: str) -> str:
        cfg = self.entities.get(entity)
        return cfg.placeholder if cfg else f"[{entity.upper()}]"


def load_pii_settings(rules_dir: str | Path | None = None) -> PiiSettings:
    return load_rules(rules_dir, "pii", PiiSettings)


@dataclass(frozen=True, slots=True)
class PiiSpan:
    start: int
    end: int
    entity: str


@dataclass(slots=True)
class Redaction:
    """A redacted text, the spans found in the original and their counts per entity."""

    text: str
    spans: list[PiiSpan] = field(default_factory=list)

    @property
    def counts(self) -> dict[str, int]:
        return dict(Counter(s.entity for s in self.spans))


# ---- checksums ------------------------------------------------------------------------------------
def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = ord(ch) - 48
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def inn_ok(digits: str) -> bool:
    """Checksum of a Russian INN (10 digits for companies, 12 for persons)."""
    def check(ds: str, weights: tuple[int, ...]) -> int:
        return sum(int(d) * w for d, w in zip(ds, weights)) % 11 % 10

    if len(digits) == 10:
        return check(digits, (2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(digits[9])
    if len(digits) == 12:
        return (check(digits, (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(digits[10])
                and check(digits, (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)) == int(digits[11]))
    return False


def snils_ok(digits: str) -> bool:
    """Checksum of a SNILS (11 digits: 9-digit number + 2-digit control)."""
    if len(digits) != 11:
        return False
    total = sum(int(d) * (9 - i) for i, d in enumerate(digits[:9]))
    while total > 101:
        total %= 101
    control = 0 if total in (100, 101) else total
    return control == int(digits[9:])


# ---- numbers ------------------------------------------------------------------------------------
class _NumberClassifier:
    def __init__(self, settings: PiiSettings) -> None:
        self.s = settings
        self._ctx = {k: tuple(getattr(settings.context, k)) for k in ("inn", "snils", "passport")}

    def _phone_ok(self, text: str, digits: str) -> bool:
        candidate = text.strip()
        if not candidate.startswith("+") and len(digits) == 11 and digits[0] == "8":
            candidate = "+7" + digits[1:]
        elif not candidate.startswith("+") and len(digits) == 11 and digits[0] == "7":
            candidate = "+" + digits
        try:
            number = phonenumbers.parse(candidate, self.s.default_region)
        except phonenumbers.NumberParseException:
            return False
        return phonenumbers.is_possible_number(number)

    def classify(self, text: str, digits: str, groups: list[int], before: str) -> str | None:
        n = len(digits)
        plus = text.lstrip().startswith("+")
        paren = "(" in text
        ctx = before.lower()

        def last_cue(kind: str) -> int:
            return max((ctx.rfind(w) for w in self._ctx[kind]), default=-1)

        def cue(kind: str) -> bool:
            """A cue of ``kind`` before the number, and no cue of another kind closer to it
            («паспорт 4510 123456, ИНН 7707083893»: the INN is no passport)."""
            at = last_cue(kind)
            return at >= 0 and all(last_cue(other) <= at for other in self._ctx if other != kind)

        if plus:
            return "phone" if 8 <= n <= 15 and self._phone_ok(text, digits) else None
        if n == 20:
            return "account"
        if 13 <= n <= 19:
            if luhn_ok(digits) or (self.s.card_grouped_without_luhn and groups == [4, 4, 4, 4]):
                return "card"
            return None
        if digits[0] == "0" and n in (10, 11) and not cue("inn"):
            return "phone"  # a national number with a trunk 0 (UK 07700 900123, DE, FR...)
        if n == 11:
            if groups in ([3, 3, 3, 2], [9, 2]) or cue("snils"):
                return "snils"
            if digits[0] in "78" and self._phone_ok(text, digits):
                return "phone"
            return "snils" if snils_ok(digits) else None
        if n == 12:
            return "inn" if cue("inn") or inn_ok(digits) else None
        if n == 10:
            if cue("passport"):
                return "passport"
            if cue("inn"):
                return "inn"
            if groups in ([4, 6], [2, 2, 6]):
                return "passport"
            if (digits[0] == "9" or paren or groups in ([3, 3, 2, 2], [3, 3, 4], [3, 7])) and self._phone_ok(text, digits):
                return "phone"
            return "inn" if inn_ok(digits) else None
        if n == 7 and groups in ([3, 2, 2], [3, 4]):
            return "phone"
        if paren and 8 <= n <= 12:
            return "phone" if self._phone_ok(text, digits) else None
        return None

    def spans(self, text: str) -> list[PiiSpan]:
        out: list[PiiSpan] = []
        window = self.s.context_window
        for m in _NUMBER_RE.finditer(text):
            chunk = m.group(0)
            groups = list(_GROUP_RE.finditer(chunk))
            digits = "".join(g.group(0) for g in groups)
            if len(digits) < 7:
                continue
            before = text[max(0, m.start() - window):m.start()]
            kind = self.classify(chunk, digits, [len(g.group(0)) for g in groups], before)
            if kind is not None:
                out.append(PiiSpan(m.start() + (len(chunk) - len(chunk.lstrip())), m.end(), kind))
                continue
            if len(groups) > 1:
                out.extend(self._split(text, m.start(), chunk, groups))
        return out

    def _split(self, text: str, offset: int, chunk: str, groups: list[re.Match[str]]) -> list[PiiSpan]:
        """Try runs of digit groups, longest first, when the whole candidate is nothing."""
        found: list[PiiSpan] = []
        taken = [False] * len(groups)
        k = len(groups)
        for length in range(k - 1, 0, -1):
            for i in range(0, k - length + 1):
                j = i + length
                if any(taken[i:j]):
                    continue
                a, b = groups[i].start(), groups[j - 1].end()
                if a > 0 and chunk[a - 1] in "+(":
                    a -= 1
                if b < len(chunk) and chunk[b] == ")":
                    b += 1
                sub = chunk[a:b]
                digits = "".join(g.group(0) for g in groups[i:j])
                if len(digits) < 7:
                    continue
                before = text[max(0, offset + a - self.s.context_window):offset + a]
                kind = self.classify(sub, digits, [len(g.group(0)) for g in groups[i:j]], before)
                if kind is not None:
                    found.append(PiiSpan(offset + a, offset + b, kind))
                    for t in range(i, j):
                        taken[t] = True
        return found


# ---- the redactor ---------------------------------------------------------------------------------
@dataclass(slots=True)
class _Job:
    """One text of one interaction waiting for name detection."""

    owner: int  # index of the interaction in the batch
    target: tuple  # ("turn", k) | ("subject",) | ("metadata", key) | ("metadata", key, i)
    text: str
    lang: str | None
    spans: list[PiiSpan]
    agent: bool


class PiiRedactor:
    """Find and replace PII; build once (``rules/pii.yaml``) and reuse for a whole night."""

    def __init__(self, settings: PiiSettings | None = None, name_finder: NameFinder | None = None) -> None:
        self.settings = settings or load_pii_settings()
        self._numbers = _NumberClassifier(self.settings)
        self._addresses = AddressFinder(self.settings.addresses)
        self._names = name_finder if name_finder is not None else (
            NameFinder(self.settings.names) if self.settings.enabled("name") else None
        )

    @property
    def name_finder(self) -> NameFinder | None:
        return self._names

    # ---- structured entities ------------------------------------------------------------------
    def structured_spans(self, text: str) -> list[PiiSpan]:
        """Emails, passports and numbers (no names) found in ``text``."""
        s = self.settings
        spans: list[PiiSpan] = []
        if "@" in text and s.enabled("email"):
            spans.extend(PiiSpan(m.start(), m.end(), "email") for m in _EMAIL_RE.finditer(text))
        if s.enabled("address"):
            spans.extend(PiiSpan(a, b, "address") for a, b in self._addresses.address_spans(text))
        if _DIGIT_RE.search(text):
            if s.enabled("iban"):
                spans.extend(PiiSpan(a, b, "iban") for a, b in self._addresses.iban_spans(text))
            if s.enabled("passport"):
                spans.extend(PiiSpan(m.start(1), m.end(2), "passport") for m in _PASSPORT_PHRASE_RE.finditer(text))
            spans.extend(sp for sp in self._numbers.spans(text) if s.enabled(sp.entity))
        return spans

    # ---- one text -----------------------------------------------------------------------------
    def redact(self, text: str, lang: str | None = None, known_names: list[str] | None = None,
               keep_names: set[str] | None = None) -> Redaction:
        """Redact one text (names included; natasha runs on it alone)."""
        job = _Job(0, ("text",), text, lang, self.structured_spans(text), agent=False)
        if known_names and self._names is not None:
            known_names = [n for n in known_names if self._names.is_person_name(n)]
        known = NameFinder.known_name_regex(known_names or []) if known_names else None
        base = self._names.not_names if self._names is not None else KeptNames()
        self._add_names([job], [known], [base | (keep_names or set())])
        return apply_spans(text, job.spans, self.settings)

    # ---- interactions -------------------------------------------------------------------------
    def redact_interactions(self, interactions: list[Interaction]) -> list[Exception | None]:
        """Redact turn texts, subjects and customer names in place; set ``pii_counts``.

        Names are found in one natasha batch over all interactions. Returns, per interaction,
        None or the exception that stopped it (that interaction is left unredacted: reject it).
        """
        errors: list[Exception | None] = [None] * len(interactions)
        jobs: list[_Job] = []
        known: list = []
        keep: list[KeptNames] = []
        per_owner_keep: dict[int, KeptNames] = {}
        per_owner_known: dict[int, object] = {}
        for i, inter in enumerate(interactions):
            try:
                owner_jobs = self._jobs_for(i, inter)
                per_owner_known[i] = NameFinder.known_name_regex(self._known_names(inter))
                per_owner_keep[i] = self._keep_names(inter)
            except Exception as exc:  # noqa: BLE001 - reported per item
                errors[i] = exc
                continue
            jobs.extend(owner_jobs)
        for job in jobs:
            known.append(per_owner_known[job.owner])
            keep.append(per_owner_keep[job.owner])
        try:
            self._add_names(jobs, known, keep)
        except Exception:  # noqa: BLE001 - the batch failed: retry per interaction to find the culprit
            for i in sorted({j.owner for j in jobs}):
                owner = [k for k, j in enumerate(jobs) if j.owner == i]
                for k in owner:  # drop names a partial batch may have added
                    jobs[k].spans = [sp for sp in jobs[k].spans if sp.entity != "name"]
                try:
                    self._add_names([jobs[k] for k in owner], [known[k] for k in owner], [keep[k] for k in owner])
                except Exception as exc:  # noqa: BLE001
                    errors[i] = exc
        counts: dict[int, Counter] = {}
        for job in jobs:
            if errors[job.owner] is not None or not job.spans:
                continue
            red = apply_spans(job.text, job.spans, self.settings)
            _write_back(interactions[job.owner], job.target, red.text)
            counts.setdefault(job.owner, Counter()).update(red.counts)
        for i, inter in enumerate(interactions):
            if errors[i] is None:
                total = Counter(inter.pii_counts)
                total.update(counts.get(i, Counter()))
                inter.pii_counts = {k: int(v) for k, v in sorted(total.items())}
                inter.customer.name = None
        return errors

    def _jobs_for(self, owner: int, inter: Interaction) -> list[_Job]:
        jobs = []
        for k, turn in enumerate(inter.turns):
            text = turn.text or ""
            if text:
                jobs.append(_Job(owner, ("turn", k), text, turn.language or inter.language,
                                 self.structured_spans(text), agent=turn.speaker == Speaker.AGENT))
        if inter.subject:
            jobs.append(_Job(owner, ("subject",), inter.subject, inter.language,
                             self.structured_spans(inter.subject), agent=False))
        for key in self.settings.metadata_keys:
            value = inter.metadata.get(key) if inter.metadata else None
            texts = [((key,), value)] if isinstance(value, str) else (
                [((key, i), v) for i, v in enumerate(value) if isinstance(v, str)] if isinstance(value, list) else [])
            for path, text in texts:
                if text:
                    jobs.append(_Job(owner, ("metadata", *path), text, inter.language,
                                     self.structured_spans(text), agent=False))
        return jobs

    def _known_names(self, inter: Interaction) -> list[str]:
        """The customer's name from the source when it can be a person's (not «Mail Delivery
        Subsystem»: its words would be redacted from every subject and body of the thread)."""
        name = inter.customer.name
        if not name or (self._names is not None and not self._names.is_person_name(name)):
            return []
        return [name]

    def _keep_names(self, inter: Interaction) -> KeptNames:
        """Lower-cased words that stay in the text although they look like names: the agent's (or
        bot's) first name and the configured brand / product names (``names.not_names``)."""
        s = self.settings
        base = self._names.not_names if self._names is not None else KeptNames()
        keep: set[str] = set()
        if not s.keep_agent_first_name:
            return base
        agent_name = inter.metadata.get("agent_name") if inter.metadata else None
        if isinstance(agent_name, str) and agent_name.strip():
            keep.add(agent_name.split()[0].lower())
        if s.keep_agent_self_introduction and self._names is not None:
            for turn in inter.turns:
                if turn.speaker in (Speaker.AGENT, Speaker.BOT) and turn.text:
                    name = self._names.introduced_name(turn.text, turn.language or inter.language)
                    if name:
                        keep.add(name.lower())
        return base | keep if keep else base

    def _add_names(self, jobs: list[_Job], known: list, keep: list[KeptNames]) -> None:
        if self._names is None or not self.settings.enabled("name") or not jobs:
            return
        found = self._names.find_batch([j.text for j in jobs], [j.lang for j in jobs], known, keep)
        for job, spans, keep_set in zip(jobs, found, keep):
            for span in spans:
                job.spans.extend(self._split_kept(job.text, span, keep_set))

    def _split_kept(self, text: str, span: NameSpan, keep: KeptNames) -> list[PiiSpan]:
        """The span minus the words that are a kept agent first name (any inflection). The
        customer's own name (``known``) is always redacted, even when the agent shares it."""
        if not keep or span.source == "known":
            return [PiiSpan(span.start, span.end, "name")]
        out: list[PiiSpan] = []
        cur_start: int | None = None
        cur_end = 0  # set with cur_start
        for m in re.finditer(r"[^\W\d_]+(?:-[^\W\d_]+)*", text[span.start:span.end]):
            a, b = span.start + m.start(), span.start + m.end()
            if m.group(0) in keep:
                if cur_start is not None:
                    out.append(PiiSpan(cur_start, cur_end, "name"))
                    cur_start = None
                continue
            if cur_start is None:
                cur_start = a
            cur_end = b
        if cur_start is not None:
            out.append(PiiSpan(cur_start, cur_end, "name"))
        return out


def _write_back(inter: Interaction, target: tuple, text: str) -> None:
    if target[0] == "turn":
        turn = inter.turns[target[1]]
        turn.text = text
        turn.normalized_text = None  # derived from the raw text: rebuilt downstream
    elif target[0] == "subject":
        inter.subject = text
    elif len(target) == 2:
        inter.metadata[target[1]] = text
    else:
        inter.metadata[target[1]][target[2]] = text


def apply_spans(text: str, spans: list[PiiSpan], settings: PiiSettings) -> Redaction:
    """Replace non-overlapping spans (longer / higher-priority first at a tie) by placeholders."""
    if not spans:
        return Redaction(text, [])
    ordered = sorted(spans, key=lambda s: (s.start, -(s.end - s.start), _PRIORITY.get(s.entity, 99)))
    chosen: list[PiiSpan] = []
    last_end = -1
    for sp in ordered:
        if sp.start >= last_end and sp.end > sp.start:
            chosen.append(sp)
            last_end = sp.end
        elif chosen and sp.start < last_end and sp.end > last_end and _PRIORITY[sp.entity] < _PRIORITY[chosen[-1].entity]:
            # a stronger entity reaching further (name inside an email): take the union as it
            prev = chosen.pop()
            chosen.append(PiiSpan(prev.start, sp.end, sp.entity))
            last_end = sp.end
    parts: list[str] = []
    pos = 0
    for sp in chosen:
        parts.append(text[pos:sp.start])
        parts.append(settings.placeholder(sp.entity))
        pos = sp.end
    parts.append(text[pos:])
    return Redaction("".join(parts), chosen)
