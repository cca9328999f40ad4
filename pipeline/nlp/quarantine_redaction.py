"""What a quarantine row may keep: where the item is, why it was rejected, a redacted excerpt.

Every stage's :class:`~pipeline.model.Rejected` goes through :func:`redact_rejected` in the loader
(:func:`pipeline.warehouse.load.load_quarantine`) before it is written, so no adapter can leak the
raw line it failed on into ``etl_quarantine`` (and from there into exports):

* ``source`` and ``item`` (file path, ``file:line`` / ``file#n`` / item id) keep their shape; any
  email, phone or card-like number in them is replaced;
* ``reason`` is free text for a person: structured PII and names are redacted, and a display name
  quoted from a header (``'Ivan Petrov'``, ``"Иван Петров" <...>``) is replaced by ``[NAME]``;
* ``detail`` becomes an excerpt of at most ``EXCERPT_CHARS`` characters, redacted *before* it is
  cut. A JSON record keeps its keys; identity fields (phone, email, names, customer id) lose their
  values whatever they hold, the other values go through the PII redactor with the record's own
  names as known names. Any number of 7+ digits the redactor did not type is masked as well
  (an excerpt cut by an adapter may hold half a card).
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from pipeline.model import Rejected
from pipeline.nlp.pii import PiiRedactor, apply_spans, load_pii_settings

EXCERPT_CHARS = 300
IDENTITY_FIELDS = {
    "customer_phone": "[PHONE]", "phone": "[PHONE]", "customer_email": "[EMAIL]", "email": "[EMAIL]",
    "customer_name": "[NAME]", "agent_name": "[NAME]", "first_name": "[NAME]", "name": "[NAME]",
    "from": "[EMAIL]", "to": "[EMAIL]", "cc": "[EMAIL]", "reply_to": "[EMAIL]", "customer_id": "[ID]",
}
_NAME_FIELDS = ("customer_name", "agent_name", "first_name", "name")
# a quoted run of 1-4 capitalised words ("'Ivan Petrov'", '"Иван Петров"') or the words before <addr>
_QUOTED_NAME_RE = re.compile(r"""(['"«])\s*((?:[^\W\d_][\w.'-]*\s*){1,4}?)\s*(['"»])""")
_DISPLAY_NAME_RE = re.compile(r"""(?:(?<=^)|(?<=[\s:'"(]))((?:[^\W\d_][\w.'-]*\s+){1,4})(?=<[^<>\s]*>?)""")
_LEFTOVER_NUMBER_RE = re.compile(r"(?<![\w\[])\+?\d(?:[\d \u00a0\-–()]*\d)?(?![\w\]])")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}[./]\d{2}[./]\d{4}|(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
# anything with an @ inside (an address the strict pattern misses: no TLD, cut short, IDN)
_LOOSE_EMAIL_RE = re.compile(r"""[^\s<>'"(),;]+@[^\s<>'"(),;]*""")


@lru_cache(maxsize=4)
def _redactor(rules_dir: str | None) -> PiiRedactor:
    return PiiRedactor(load_pii_settings(rules_dir))


def _mask_leftover_numbers(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        value = m.group(0)
        if sum(ch.isdigit() for ch in value) < 7 or _DATE_RE.fullmatch(value.strip()):
            return value
        return "[NUMBER]"

    return _LEFTOVER_NUMBER_RE.sub(repl, text)


class QuarantineRedactor:
    """Redacts the fields of quarantine rows; build once per load (the name finder is reused)."""

    def __init__(self, redactor: PiiRedactor | None = None, rules_dir: str | Path | None = None) -> None:
        self.redactor = redactor or _redactor(str(rules_dir) if rules_dir else None)

    def structured(self, text: str) -> str:
        """Emails and numbers only (paths and ids have capitalised words that are not names)."""
        red = apply_spans(text, self.redactor.structured_spans(text), self.redactor.settings).text
        return _mask_leftover_numbers(red)

    def free_text(self, text: str, known_names: list[str] | None = None) -> str:
        """Structured PII, names (cues, natasha, ``known_names``) and quoted display names."""
        text = _LOOSE_EMAIL_RE.sub("[EMAIL]", text)
        text = _DISPLAY_NAME_RE.sub(lambda m: "[NAME] ", text)
        text = _QUOTED_NAME_RE.sub(lambda m: self._quoted(m), text)
        red = self.redactor.redact(text, known_names=[n for n in known_names or [] if n]).text
        return _mask_leftover_numbers(red)

    @staticmethod
    def _quoted(m: re.Match[str]) -> str:
        words = m.group(2).split()
        if words and all(w[0].isupper() for w in words if w[0].isalpha()) and not m.group(2).startswith("["):
            return f"{m.group(1)}[NAME]{m.group(3)}"
        return m.group(0)

    def excerpt(self, detail: str | None) -> str | None:
        if not detail:
            return None
        try:
            record = json.loads(detail)
        except (ValueError, TypeError):
            record = None
        if isinstance(record, dict):
            names = [str(record[k]) for k in _NAME_FIELDS if isinstance(record.get(k), str)]
            clean = {}
            for key, value in record.items():
                low = str(key).strip().lower()
                if low in IDENTITY_FIELDS and value not in (None, ""):
                    clean[key] = IDENTITY_FIELDS[low]
                elif isinstance(value, str):
                    clean[key] = self.free_text(value, names)
                else:
                    clean[key] = value
            text = json.dumps(clean, ensure_ascii=False, default=str)
        else:
            text = self.free_text(self._mask_identity_pairs(detail))
        return text[:EXCERPT_CHARS]

    @staticmethod
    def _mask_identity_pairs(text: str) -> str:
        """``"customer_phone": "+7916...`` in a JSON text an adapter cut short: mask by key."""
        keys = "|".join(re.escape(k) for k in IDENTITY_FIELDS)
        return re.sub(rf'(?i)("(?:{keys})"\s*:\s*)"[^"]*"?',
                      lambda m: m.group(1) + '"' + IDENTITY_FIELDS[m.group(1).split('"')[1].lower()] + '"', text)

    def rejected(self, r: Rejected) -> Rejected:
        return Rejected(source=self.structured(r.source or ""), item=self.structured(r.item or ""),
                        stage=r.stage, reason=self.free_text(r.reason or "")[:500],
                        detail=self.excerpt(r.detail))


def redact_rejected(rejected: list[Rejected], rules_dir: str | Path | None = None) -> list[Rejected]:
    """The quarantine rows of ``rejected`` with no raw personal data (see the module docstring)."""
    if not rejected:
        return []
    q = QuarantineRedactor(rules_dir=rules_dir)
    return [q.rejected(r) for r in rejected]


def scrub_quarantine(wh, rules_dir: str | Path | None = None) -> int:
    """Redact the quarantine rows a warehouse got before quarantine redaction existed, in place.

    Each row is rewritten through :func:`redact_rejected` under the id the loader would give it
    now (rows that become identical collapse into one). Returns the number of rows changed.
    """
    from pipeline.warehouse.load import _quarantine_id

    rows = wh.query("SELECT quarantine_id, run_id, run_date, first_seen_at, source, item, stage, reason, detail "
                    "FROM etl_quarantine ORDER BY first_seen_at, quarantine_id")
    if not rows:
        return 0
    q = QuarantineRedactor(rules_dir=rules_dir)
    fresh: dict[str, tuple] = {}
    changed = 0
    for qid, run_id, run_date, seen, source, item, stage, reason, detail in rows:
        clean = q.rejected(Rejected(source or "", item or "", stage or "", reason or "", detail))
        new_id = _quarantine_id(clean)
        if (new_id, clean.source, clean.item, clean.reason, clean.detail) != (qid, source, item, reason, detail):
            changed += 1
        fresh.setdefault(new_id, (new_id, run_id, run_date, seen, clean.source, clean.item, clean.stage,
                                  clean.reason, clean.detail))
    if changed:
        wh.execute("BEGIN")
        try:
            wh.execute("DELETE FROM etl_quarantine")
            wh.insert_rows("etl_quarantine", ("quarantine_id", "run_id", "run_date", "first_seen_at", "source",
                                              "item", "stage", "reason", "detail"), list(fresh.values()))
            wh.execute("COMMIT")
        except Exception:
            wh.execute("ROLLBACK")
            raise
    return changed
