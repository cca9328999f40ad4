"""Web-form complaints: the «Наш Санкт-Петербург» export (``appeals.csv`` + ``reasons.csv``).

One appeal becomes one ``Interaction(channel=WEBFORM)``:

* ``interaction_id`` = ``webform:<appeal_id>``; ``started_at`` = ``created_dt`` (Moscow time, no
  offset in the file) in UTC;
* ``customer`` = ``CustomerRef(customer_id=author_hash)`` (the portal's pseudonymous author);
* turns: the first message, then every follow-up message of the same ticket (``followup_texts``,
  no timestamps in the export), all spoken by the customer;
* ``queue`` = the category; ``metadata``: building_id, district, category(_id), reason(_id),
  final_status, satisfied (final status «Завершено: Пользователь удовлетворен решением
  проблемы»), n_user_messages, n_answers, first/last answer time;
* topics given by the source: the reason (taxonomy ``spb_reason``) and the category
  (``spb_category``), confidence 1; a detected ``complaint`` signal (every appeal is one).

Rows without an id, a readable time or any text are rejected with the reason.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterator

import pandas as pd

from pipeline.ingest.config import IngestConfig
from pipeline.model import Channel, CustomerRef, Interaction, Rejected, SignalResult, Speaker, TopicResult, Turn

SATISFIED = "Завершено: Пользователь удовлетворен решением проблемы"
REASON_TAXONOMY = "spb_reason"
CATEGORY_TAXONOMY = "spb_category"
STAGE = "ingest"


def _followups(raw: str) -> list[str]:
    if not raw or not raw.strip():
        return []
    try:
        items = json.loads(raw)
    except json.JSONDecodeError:
        return [raw.strip()]
    return [str(t).strip() for t in items if str(t).strip()] if isinstance(items, list) else [str(items)]


def read_reasons(folder: Path) -> dict[str, tuple[str, str]]:
    """reason_id -> (reason, category)."""
    path = folder / "reasons.csv"
    if not path.is_file():
        return {}
    df = pd.read_csv(path, dtype=str, keep_default_na=False)
    return {r.reason_id: (r.reason, r.category) for r in df.itertuples()}


def iter_appeals(source: str | Path, config: IngestConfig | None = None,
                 limit: int | None = None) -> Iterator[Interaction | Rejected]:
    """Interactions (or rejections) from ``appeals.csv`` in a folder, or that file itself."""
    config = config or IngestConfig(timezone="Europe/Moscow")
    path = Path(source)
    csv_path = path / "appeals.csv" if path.is_dir() else path
    reasons = read_reasons(csv_path.parent)
    df = pd.read_csv(csv_path, dtype=str, keep_default_na=False, nrows=limit)
    src = str(csv_path)
    for n, r in enumerate(df.itertuples(index=False), start=2):
        appeal_id = (r.appeal_id or "").strip()
        if not appeal_id:
            yield Rejected(src, f"row {n}", STAGE, "no appeal_id")
            continue
        try:
            started = config.parse_timestamp(r.created_dt)
        except (ValueError, TypeError) as exc:
            yield Rejected(src, f"appeal {appeal_id}", STAGE, f"created_dt {r.created_dt!r} is not a timestamp", str(exc))
            continue
        texts = [t for t in [(r.text or "").strip()] + _followups(r.followup_texts) if t]
        if not texts:
            yield Rejected(src, f"appeal {appeal_id}", STAGE, "no text in the appeal")
            continue
        reason, category = reasons.get(r.reason_id, (f"reason {r.reason_id}", f"category {r.category_id}"))
        turns = [Turn(index=k, speaker=Speaker.CUSTOMER, text=t, author_id=r.author_hash or None,
                      started_at=started if k == 0 else None) for k, t in enumerate(texts)]
        metadata = {
            "building_id": r.building_id or None, "district": r.district or None,
            "category_id": r.category_id, "category": category, "reason_id": r.reason_id, "reason": reason,
            "final_status": r.final_status or None, "satisfied": r.final_status == SATISFIED,
            "n_user_messages": int(r.n_user_messages) if r.n_user_messages.isdigit() else None,
            "n_answers": int(r.n_answers) if r.n_answers.isdigit() else None,
            "first_answer_dt": r.first_answer_dt or None, "last_answer_dt": r.last_answer_dt or None,
        }
        yield Interaction(
            interaction_id=f"webform:{appeal_id}", channel=Channel.WEBFORM, started_at=started,
            customer=CustomerRef(customer_id=r.author_hash or None), queue=category, language="ru",
            turns=turns, metadata=metadata, source_path=src,
            topics=[TopicResult(reason, 1.0, REASON_TAXONOMY), TopicResult(category, 1.0, CATEGORY_TAXONOMY)],
            signals=[SignalResult("complaint", True, 1.0)],
        )


def read_appeals(source: str | Path, config: IngestConfig | None = None,
                 limit: int | None = None) -> tuple[list[Interaction], list[Rejected]]:
    interactions: list[Interaction] = []
    rejected: list[Rejected] = []
    for item in iter_appeals(source, config, limit):
        if isinstance(item, Rejected):
            rejected.append(item)
        else:
            interactions.append(item)
    return interactions, rejected
