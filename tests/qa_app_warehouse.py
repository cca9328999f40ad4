"""A small warehouse for the QA workspace tests: the night_small fixture night (chats, emails) run
through the real pipeline, a chat carrying HTML/script text, and a call built from the English FLAC
fixture and its reference transcript (so no Whisper run is needed)."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import yaml

from pipeline.config import DEFAULT_RULES_DIR

FIXTURES = Path(__file__).parent / "fixtures"
NIGHT = "2026-11-20"
CALL_ID = "call-en_mono"
XSS_CHAT = "chat-xss-1"
XSS_TEXT = "<script>window.__xss = 1</script> my bill <img src=x onerror=\"window.__xss = 2\"> is wrong"


def make_rules(base: Path) -> Path:
    """Default rules with every unflagged interaction sampled into the review queue."""
    rules = base / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, rules)
    flags = yaml.safe_load((rules / "flags.yaml").read_text(encoding="utf-8"))
    flags["review_sample_rate"] = 1.0
    (rules / "flags.yaml").write_text(yaml.safe_dump(flags, allow_unicode=True), encoding="utf-8")
    return rules


def make_night(base: Path) -> Path:
    """night_small plus one English chat whose text carries <script> and <img onerror>."""
    night = base / "night"
    shutil.copytree(FIXTURES / "night_small", night)
    lines = [
        {"conversation_id": "xss-1", "timestamp": f"{NIGHT}T12:00:00+03:00", "author_role": "customer",
         "author_id": "cust-x", "text": XSS_TEXT, "queue": "en_support"},
        {"conversation_id": "xss-1", "timestamp": f"{NIGHT}T12:01:00+03:00", "author_role": "agent",
         "author_id": "A-201", "agent_name": "James Carter", "text": "Sorry to hear that, let me check."},
    ]
    (night / "chats" / "xss.jsonl").write_text("\n".join(json.dumps(x) for x in lines) + "\n", encoding="utf-8")
    return night


def call_interaction():
    """The English mono call fixture as the transcription stage would hand it on."""
    from pipeline.model import AudioRef, Channel, Interaction, Speaker, Status, Turn
    from pipeline.transcribe.metrics import compute_metrics

    ref = json.loads((FIXTURES / "audio" / "en_mono.json").read_text(encoding="utf-8"))
    turns = [Turn(index=t["index"], speaker=Speaker(t["speaker"]), text=t["text"], start_s=t["start_s"],
                  end_s=t["end_s"]) for t in ref["turns"]]
    agent = [(t.start_s, t.end_s) for t in turns if t.speaker == Speaker.AGENT]
    customer = [(t.start_s, t.end_s) for t in turns if t.speaker == Speaker.CUSTOMER]
    words = sum(len(t.text.split()) for t in turns if t.speaker == Speaker.AGENT)
    return Interaction(
        interaction_id=CALL_ID, channel=Channel.CALL, started_at=datetime(2026, 11, 20, 13, 0),
        ended_at=datetime(2026, 11, 20, 13, 0, 18), agent_id="A-201", queue="en_support", language="en",
        turns=turns, status=Status.TRANSCRIBED, source_path=str(FIXTURES / "audio" / "en_mono.flac"),
        audio=AudioRef(path=str((FIXTURES / "audio" / "en_mono.flac").resolve()), layout="mono",
                       duration_s=ref["duration_s"]),
        audio_metrics=compute_metrics(agent, customer, ref["duration_s"], words))


def build_warehouse(base: Path) -> tuple[str, Path]:
    """Build the test warehouse under ``base``; returns (URL, rules dir)."""
    from pipeline.scoring.stage import score_stage
    from pipeline.analyse.stage import analyse_stage
    from pipeline.flows.nightly import run_night
    from pipeline.warehouse import Warehouse
    from pipeline.warehouse.load import RunInfo, load_interactions

    rules = make_rules(base)
    url = f"duckdb:///{base / 'warehouse.duckdb'}"
    run_night(NIGHT, make_night(base), url, rules_dir=str(rules), use_prefect=False)
    analysed = analyse_stage([call_interaction()], rules)
    scored = score_stage(analysed.interactions, rules)
    assert scored.interactions, scored.rejected
    with Warehouse.connect(url) as wh:
        load_interactions(wh, scored.interactions, [], RunInfo("test-call", date(2026, 11, 20)))
    return url, rules


_BUILT: dict[str, tuple[str, Path]] = {}


def shared_warehouse(tmp_path_factory) -> tuple[str, Path]:
    """One built warehouse per test process (read-only users copy it when they write)."""
    if "wh" not in _BUILT:
        _BUILT["wh"] = build_warehouse(tmp_path_factory.mktemp("qa-app-wh"))
    return _BUILT["wh"]


def copy_warehouse(src_url: str, dest: Path) -> str:
    """A private copy of the built warehouse (for tests that write to it)."""
    src = Path(src_url[len("duckdb:///"):])
    dest.mkdir(parents=True, exist_ok=True)
    shutil.copy(src, dest / "warehouse.duckdb")
    return f"duckdb:///{dest / 'warehouse.duckdb'}"


USERS = {  # name: (role, agent_id)
    "rita": ("reviewer", None),
    "roman": ("reviewer", None),
    "lena": ("lead", None),
    "james": ("agent", "A-201"),
    "olga": ("agent", "A-101"),
    "adam": ("admin", None),
}
PASSWORD = "correct horse battery"


def add_users(store) -> None:
    from pipeline.app.auth import add_user

    for name, (role, agent) in USERS.items():
        add_user(store, name, role, PASSWORD, agent_id=agent)
