"""Free text typed in the workspace (verdict comments, dispute reasons) is redacted like transcripts
before it is stored, so no page, log line, warehouse row or export carries personal data."""

from __future__ import annotations

import threading
from typing import overload

from pipeline.nlp.pii import PiiRedactor

_lock = threading.Lock()
_redactor: PiiRedactor | None = None


@overload
def redact_free_text(text: str) -> str: ...
@overload
def redact_free_text(text: None) -> None: ...
def redact_free_text(text: str | None) -> str | None:
    global _redactor
    if not text:
        return text
    with _lock:
        if _redactor is None:
            _redactor = PiiRedactor()
        return _redactor.redact(text).text
