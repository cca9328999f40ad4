"""The shipped models hold no identifier of the texts they were trained on.

A TF-IDF model stores its vocabulary. Trained on real replies and appeals it would ship their appeal
numbers, house numbers, phone numbers, e-mail addresses and URLs inside ``models/`` (wave 7 found
«обращение 3133266» in the scorecard vote). Every model that learns from text masks them first
(:func:`pipeline.analyse.text_features.mask_identifiers` or ``normalise_text``: numbers become ``0``), and keeps
only n-grams of at least two texts. This scans every fitted vectoriser of every committed model.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import joblib
import pytest

from pipeline.analyse.text_features import mask_identifiers

ROOT = Path(__file__).resolve().parents[1]
MODEL_FILES = sorted((ROOT / "models").glob("*/*.joblib"))
EMAIL = re.compile(r"\w@\w")
NONZERO_DIGIT = re.compile(r"[1-9]")


def _vectorisers(obj: Any, path: str = "", seen: set[int] | None = None, depth: int = 0) -> list[tuple[str, Any]]:
    """Every fitted object with a ``vocabulary_`` dict inside ``obj`` (pipelines, unions, dataclasses, dicts)."""
    seen = set() if seen is None else seen
    if id(obj) in seen or depth > 12 or isinstance(obj, str | bytes | int | float):
        return []
    seen.add(id(obj))
    if isinstance(getattr(obj, "vocabulary_", None), dict):
        return [(path, obj)]
    if isinstance(obj, dict):
        children = [(f"{path}[{k!r}]", v) for k, v in obj.items()]
    elif isinstance(obj, list | tuple):
        children = [(f"{path}[{i}]", v) for i, v in enumerate(obj)]
    elif hasattr(obj, "__dict__"):
        children = [(f"{path}.{k}", v) for k, v in vars(obj).items()]
    else:
        return []
    return [found for name, child in children for found in _vectorisers(child, name, seen, depth + 1)]


def test_every_committed_model_is_scanned():
    names = {p.parent.name for p in MODEL_FILES}
    assert {"scorecard_criteria", "complaint", "sentiment", "topics-default"} <= names
    for path in MODEL_FILES:
        if path.parent.name in {"scorecard_criteria", "complaint"}:
            assert _vectorisers(joblib.load(path)), path  # the walk finds what it is meant to scan


@pytest.mark.parametrize("path", MODEL_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_no_number_email_or_url_in_a_shipped_vocabulary(path: Path):
    for where, vectoriser in _vectorisers(joblib.load(path)):
        entries = list(vectoriser.vocabulary_)
        numbers = [e for e in entries if NONZERO_DIGIT.search(e)]
        emails = [e for e in entries if EMAIL.search(e)]
        urls = [e for e in entries if re.search(r"https?:/|www\.|\w{2}\.(ru|com|org|net|рф)\b", e)]
        assert not numbers, f"{path.parent.name}{where}: {len(numbers)} entries with numbers, e.g. {numbers[:3]}"
        assert not emails, f"{path.parent.name}{where}: e-mail addresses, e.g. {emails[:3]}"
        assert not urls, f"{path.parent.name}{where}: URLs, e.g. {urls[:3]}"


@pytest.mark.parametrize(("text", "masked"), [
    ("Обращение № 3133266 от 12.03.2021", "обращение № 0 от 0.0"),
    ("ул. Заречная, д. 32, литера А, кв. 7", "ул. заречная, д. 0, литера а, кв. 0"),
    ("Звоните +7 (812) 576-00-00", "звоните +0 (0) 0-0-0"),
    ("Write to Jane.Doe+billing@mail.example.com or see https://gu.spb.ru/a/b?x=1", "write to email or see url"),
    ("пишите на support@payflow. Ответим", "пишите на email. ответим"),  # an address cut at a dot by a sentence split
    ("", ""),
])
def test_identifiers_are_masked_before_the_vectoriser(text: str, masked: str):
    assert mask_identifiers(text) == masked
