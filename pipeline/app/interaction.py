"""One interaction for its page: transcript split into evidence-marked pieces, criteria, flags,
topics, the customer's sentiment as chart points, the repeat-contact chain and call metrics."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pipeline.app.reader import WarehouseReader


@dataclass
class Piece:
    text: str
    criteria: list[str] = field(default_factory=list)  # criteria whose evidence covers this piece
    results: list[str] = field(default_factory=list)


@dataclass
class TurnView:
    index: int
    speaker: str
    when: str
    start_s: float | None
    end_s: float | None
    pieces: list[Piece]
    sentiment: float | None


def evidence_list(value) -> list[dict]:
    if not value:
        return []
    try:
        data = json.loads(value) if isinstance(value, str) else value
    except (json.JSONDecodeError, TypeError):
        return []
    return [e for e in data if isinstance(e, dict)] if isinstance(data, list) else []


def split_pieces(text: str, spans: list[tuple[int, int, str, str]]) -> list[Piece]:
    """Cut ``text`` at every span boundary; each piece knows which criteria's evidence covers it."""
    bounds = {0, len(text)}
    valid = [(s, e, cid, res) for s, e, cid, res in spans if 0 <= s < e <= len(text)]
    for s, e, _, _ in valid:
        bounds.update((s, e))
    cuts = sorted(bounds)
    pieces = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [(cid, res) for s, e, cid, res in valid if s <= a and b <= e]
        pieces.append(Piece(text[a:b], [c for c, _ in covering], [r for _, r in covering]))
    return pieces or [Piece(text)]


def load_detail(reader: WarehouseReader, interaction_id: str) -> dict | None:
    rows = reader.query_dicts("SELECT * FROM fct_interaction WHERE interaction_id = ?", [interaction_id])
    if not rows:
        return None
    rec = rows[0]
    criteria = reader.query_dicts(
        "SELECT criterion_id, result, confidence, weight, critical, evidence, note FROM fct_criterion "
        "WHERE interaction_id = ? ORDER BY criterion_id", [interaction_id])
    spans: dict[int, list[tuple[int, int, str, str]]] = {}
    for c in criteria:
        c["evidence"] = evidence_list(c["evidence"])
        for ev in c["evidence"]:
            try:
                spans.setdefault(int(ev.get("turn_index", -1)), []).append(
                    (int(ev.get("start", 0)), int(ev.get("end", 0)), c["criterion_id"], c["result"]))
            except (TypeError, ValueError):
                continue
    turns = []
    for t in reader.query_dicts(
            "SELECT turn_index, speaker, text, started_at, start_offset_s, end_offset_s, sentiment_score "
            "FROM fct_turn WHERE interaction_id = ? ORDER BY turn_index", [interaction_id]):
        when = (f"{t['start_offset_s']:.1f} s" if t["start_offset_s"] is not None
                else t["started_at"].strftime("%H:%M:%S") if t["started_at"] else "")
        turns.append(TurnView(t["turn_index"], t["speaker"], when, t["start_offset_s"], t["end_offset_s"],
                              split_pieces(t["text"] or "", spans.get(t["turn_index"], [])), t["sentiment_score"]))
    rec["turns"] = turns
    rec["criteria"] = criteria
    rec["flags"] = reader.query_dicts(
        "SELECT flag, priority, reason FROM fct_flag WHERE interaction_id = ? ORDER BY priority, flag", [interaction_id])
    rec["topics"] = reader.query_dicts(
        "SELECT taxonomy, topic, confidence FROM fct_topic WHERE interaction_id = ? ORDER BY rank, topic",
        [interaction_id])
    metrics = reader.query_dicts("SELECT * FROM fct_call_metrics WHERE interaction_id = ?", [interaction_id])
    rec["call_metrics"] = {k: v for k, v in metrics[0].items() if k not in ("interaction_id", "run_id")} if metrics else {}
    rec["chain"] = []
    if rec.get("customer_id"):
        rec["chain"] = reader.query_dicts(
            "SELECT interaction_id, channel, started_at, agent_id, is_repeat FROM fct_interaction "
            "WHERE customer_id = ? ORDER BY started_at, interaction_id LIMIT 50", [rec["customer_id"]])
    rec["sentiment_points"] = [(t.index, t.sentiment) for t in turns
                               if t.speaker == "customer" and t.sentiment is not None]
    return rec


def sentiment_svg_coords(points: list[tuple[int, float]], width: int = 320,
                         height: int = 80) -> list[tuple[float, float, int, float]]:
    """(x, y, turn index, score) of the customer's sentiment (-1..1) over their turns, for an inline SVG."""
    n = len(points)
    coords = []
    for k, (turn, score) in enumerate(points):
        x = 10 + (width - 20) * (k / (n - 1) if n > 1 else 0.5)
        y = height / 2 - (height / 2 - 8) * max(-1.0, min(1.0, float(score)))
        coords.append((round(x, 1), round(y, 1), turn, float(score)))
    return coords


def sentiment_svg_points(points: list[tuple[int, float]], width: int = 320, height: int = 80) -> str:
    """Polyline points of the customer's sentiment chart."""
    return " ".join(f"{x},{y}" for x, y, _, _ in sentiment_svg_coords(points, width, height))
