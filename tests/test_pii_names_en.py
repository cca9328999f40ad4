"""English name redaction does not eat subjects, headlines or mailer display names."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from pipeline.model import Channel, CustomerRef, Interaction, Speaker, Turn
from pipeline.nlp.names import is_title_case
from pipeline.nlp.pii import PiiRedactor


@pytest.fixture(scope="module")
def redactor() -> PiiRedactor:
    return PiiRedactor()


def _email(subject: str, sender: str, body: str) -> Interaction:
    return Interaction(
        interaction_id="email:x", channel=Channel.EMAIL, started_at=datetime(2026, 11, 20, tzinfo=timezone.utc),
        subject=subject, customer=CustomerRef(name=sender, email="mailer-daemon@example.com"),
        turns=[Turn(index=0, speaker=Speaker.CUSTOMER, text=body, started_at=datetime(2026, 11, 20, tzinfo=timezone.utc))],
        language="en",
    )


def test_mailer_display_name_is_not_a_known_name(redactor: PiiRedactor) -> None:
    ix = _email("Delivery Status Notification (Failure)", "Mail Delivery Subsystem",
                "Delivery to the following recipient failed permanently. Mail Delivery Subsystem")
    assert redactor.redact_interactions([ix]) == [None]
    assert ix.subject == "Delivery Status Notification (Failure)"
    assert "[NAME]" not in ix.turns[0].text


def test_a_persons_display_name_is_still_redacted_everywhere(redactor: PiiRedactor) -> None:
    ix = _email("Refund for Margaret Thornton", "Margaret Thornton", "Thanks, Thornton family")
    redactor.redact_interactions([ix])
    assert ix.subject.startswith("Refund for [NAME]") and ix.turns[0].text.startswith("Thanks, [NAME]")
    assert "Margaret" not in ix.subject + ix.turns[0].text and "Thornton" not in ix.subject + ix.turns[0].text


@pytest.mark.parametrize("text", [
    "This Is Going To Change The World",
    "Re: Thanks For Your Order Confirmation",
    "Hi, In the morning my card was declined",
    "Dear Customer Service, my transfer is pending",
    "Mr. President, please answer",
])
def test_no_name_in_headlines_and_function_words(redactor: PiiRedactor, text: str) -> None:
    assert "[NAME]" not in redactor.redact(text, lang="en").text


@pytest.mark.parametrize("text, expected", [
    ("Hi Kate, my card is blocked", "Hi [NAME], my card is blocked"),
    ("Breaking News Today. Hi Kate, call me", "Breaking News Today. Hi [NAME], call me"),
    ("Ask Dr. Ben Carson About It Now", "Ask Dr. [NAME] About It Now"),  # a title is evidence even in a headline
    ("my name is Maria Stone.", "my name is [NAME]."),
])
def test_names_after_cues_still_found(redactor: PiiRedactor, text: str, expected: str) -> None:
    assert redactor.redact(text, lang="en").text == expected


def test_title_case() -> None:
    assert is_title_case("Delivery Status Notification For You")
    assert not is_title_case("Hi Kate, my card is blocked")
    assert not is_title_case("Hi Kate")  # too short to tell
