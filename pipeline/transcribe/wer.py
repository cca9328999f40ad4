"""Word error rate on normalised text (tests and the bench)."""

from __future__ import annotations

from pipeline.transcribe.normalize import normalize_text


def edit_distance(ref: list[str], hyp: list[str]) -> int:
    """Levenshtein distance over words (substitutions, insertions, deletions)."""
    previous = list(range(len(hyp) + 1))
    for i, r in enumerate(ref, 1):
        current = [i] + [0] * len(hyp)
        for j, h in enumerate(hyp, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (r != h))
        previous = current
    return previous[-1]


def word_errors(reference: str, hypothesis: str) -> tuple[int, int]:
    """(errors, reference words) after :func:`normalize_text` on both sides."""
    ref = normalize_text(reference).split()
    hyp = normalize_text(hypothesis).split()
    return edit_distance(ref, hyp), len(ref)


def wer(reference: str, hypothesis: str) -> float:
    errors, n = word_errors(reference, hypothesis)
    return errors / n if n else float(bool(normalize_text(hypothesis)))


def call_word_errors(reference: list[tuple[str, str]], hypothesis: list[tuple[str, str]]) -> tuple[int, int]:
    """(errors, reference words) of a call, compared per speaker.

    Each party's turns are joined in time order and aligned against that party's reference: stereo
    channels are transcribed separately, so a turn boundary placed differently (or an overlap
    ordered differently) is not counted as a word error.
    """
    errors = words = 0
    for speaker in sorted({s for s, _ in reference} | {s for s, _ in hypothesis}):
        e, n = word_errors(
            " ".join(t for s, t in reference if s == speaker), " ".join(t for s, t in hypothesis if s == speaker)
        )
        errors, words = errors + e, words + n
    return errors, words
