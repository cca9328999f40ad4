"""Promote a discovered theme to a configured topic: a seed-phrase entry in the taxonomy YAML, for review.

Seeds are the theme's member texts closest to its centroid (redacted customer text, first sentence),
grouped by script (Cyrillic → ru, else en). The entry is appended to ``rules/topics/<taxonomy>.yaml``
when the taxonomy still validates with it; otherwise (e.g. too few seeds in one of the taxonomy's
languages) it is written to ``<taxonomy>.proposed.yaml`` beside it, which the pipeline never loads,
with what is missing.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline.analyse.taxonomy import load_taxonomy, taxonomy_path
from pipeline.config import ConfigError
from pipeline.warehouse.backend import Warehouse

MAX_SEEDS = 12
_SENTENCE = re.compile(r"(?<=[.!?…])\s+")
_TOPIC_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass
class Promotion:
    path: Path
    active: bool  # written into the taxonomy itself (else a proposal file)
    problem: str = ""


def seed_texts(wh: Warehouse, theme_id: str) -> tuple[list[str], dict[str, list[str]]]:
    """The theme's keywords and seed phrases by language, from its latest night."""
    rows = wh.query("SELECT keywords, night FROM fct_theme WHERE theme_id = ? ORDER BY night DESC LIMIT 1",
                    [theme_id])
    if not rows:
        raise ValueError(f"no theme {theme_id!r} in the warehouse")
    keywords, night = json.loads(rows[0][0] or "[]"), rows[0][1]
    texts = wh.query("""
        SELECT string_agg(t.text, ' ' ORDER BY t.turn_index)
        FROM fct_interaction_theme m JOIN fct_turn t ON t.interaction_id = m.interaction_id
        WHERE m.theme_id = ? AND m.night = ? AND t.speaker = 'customer'
        GROUP BY m.interaction_id, m.score ORDER BY m.score DESC LIMIT 40""", [theme_id, night])
    seeds: dict[str, list[str]] = {}
    for (text,) in texts:
        first = _SENTENCE.split(" ".join((text or "").split()))[0][:160].strip()
        if not first or "[" in first:  # placeholders make poor seeds
            continue
        lang = "ru" if re.search("[а-яё]", first, re.I) else "en"
        if first not in seeds.setdefault(lang, []) and len(seeds[lang]) < MAX_SEEDS:
            seeds[lang].append(first)
    return keywords, seeds


def promote(wh: Warehouse, theme_id: str, topic: str, taxonomy: str = "default",
            rules_dir: str | Path | None = None) -> Promotion:
    if not _TOPIC_ID.match(topic):
        raise ValueError(f"topic id {topic!r} must be snake_case ascii (a-z, 0-9, _)")
    if topic in load_taxonomy(taxonomy, rules_dir).topics:
        raise ValueError(f"topic {topic!r} already exists in taxonomy {taxonomy!r}")
    keywords, seeds = seed_texts(wh, theme_id)
    entry = {topic: {"description": f"Promoted from theme {theme_id} ({', '.join(keywords[:6])}); review the "
                                    "description and seed phrases before the next night.",
                     "seeds": seeds}}
    block = "\n" + _indent(yaml.safe_dump(entry, allow_unicode=True, sort_keys=False, width=120))
    path = taxonomy_path(taxonomy, rules_dir)
    with tempfile.TemporaryDirectory() as tmp:
        trial = Path(tmp) / "topics" / path.name
        trial.parent.mkdir()
        shutil.copy(path, trial)
        with trial.open("a", encoding="utf-8") as fh:
            fh.write(block)
        try:
            load_taxonomy(taxonomy, tmp)
        except ConfigError as exc:
            proposal = path.with_name(f"{taxonomy}.proposed.yaml")
            with proposal.open("a", encoding="utf-8") as fh:
                fh.write(f"# {topic}: not yet valid in {path.name}: {exc}\n" + block)
            return Promotion(proposal, active=False, problem=str(exc))
    with path.open("a", encoding="utf-8") as fh:
        fh.write(block)
    return Promotion(path, active=True)


def _indent(text: str) -> str:
    return "".join(f"  {line}\n" if line else "\n" for line in text.splitlines())
