"""Content-Type parameters in RFC 2231 form (``format*=us-ascii''flowed``) are read like plain ones.

``Message.get_param`` returns a (charset, language, value) tuple for them; the body reader once
called ``.lower()`` on it. Found while adding mypy (issue 13, item 6).
"""

from __future__ import annotations

from pathlib import Path

from pipeline.ingest.config import IngestConfig
from pipeline.ingest.emails import read_emails
from pipeline.model import Interaction, Rejected

CONFIG = IngestConfig(company_domains=["ladoga-telecom.ru"], timezone="Europe/Moscow")
HEADERS = (
    "From: Anna Petrova <anna@example.org>\n"
    "To: support@ladoga-telecom.ru\n"
    "Subject: Internet\n"
    "Date: Mon, 03 Nov 2025 10:00:00 +0300\n"
    "Message-ID: <flowed-1@example.org>\n"
)
# RFC 3676: a line ending in a space continues on the next one
BODY = "Hello, my internet has been down since \nyesterday evening.\n"


def _body_text(tmp_path: Path, content_type: str) -> str:
    path = tmp_path / "flowed.eml"
    path.write_bytes((HEADERS + f"Content-Type: {content_type}\n\n" + BODY).encode("utf-8"))
    items = list(read_emails([path], CONFIG))
    assert [i for i in items if isinstance(i, Rejected)] == []
    (interaction,) = [i for i in items if isinstance(i, Interaction)]
    return interaction.turns[0].text


def test_plain_format_flowed_is_unflowed(tmp_path: Path) -> None:
    text = _body_text(tmp_path, "text/plain; charset=utf-8; format=flowed")
    assert "down since yesterday evening." in text


def test_rfc2231_format_flowed_is_unflowed(tmp_path: Path) -> None:
    text = _body_text(tmp_path, "text/plain; charset=utf-8; format*=us-ascii''flowed; delsp*=us-ascii''no")
    assert "down since yesterday evening." in text


def test_fixed_format_keeps_its_line_breaks(tmp_path: Path) -> None:
    text = _body_text(tmp_path, "text/plain; charset=utf-8; format=fixed")
    assert "since\nyesterday" in text
