"""A night of any size written like the demo nights: chats (web chat JSON lines) and e-mail threads
(.eml), Russian and English, with the demo generator's customers, topics, scripted dialogues,
typing styles and thread quoting (``scripts/make_demo_data.py``), not one conversation repeated.

    python bench/demo_like_night.py /tmp/night/2026-11-20 --n 10000

Used by ``bench/night_bench.py --texts demo`` (the default). Every contact gets its own customer,
so the repeat-contact step finds few links; the demo nights themselves test that.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"
NIGHT = "2026-11-20"


def demo_generator() -> ModuleType:
    """scripts/make_demo_data.py as a module (it puts scripts/ on the path for its phrase banks)."""
    spec = importlib.util.spec_from_file_location("make_demo_data", SCRIPTS / "make_demo_data.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_demo_data"] = module  # its dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


def write_night(folder: Path, n: int, email_share: float = 0.33, ru_share: float = 0.7, seed: int = 7,
                per_file: int = 20_000) -> dict[str, int]:
    """``n`` contacts into ``folder``/chats and ``folder``/emails; returns counts."""
    g = demo_generator()
    rng = random.Random(seed)
    world = g.World(random.Random(f"{seed}|world"))
    ymd = NIGHT.replace("-", "")
    (folder / "chats").mkdir(parents=True, exist_ok=True)
    (folder / "emails").mkdir(parents=True, exist_ok=True)
    counts = {"chats": 0, "emails": 0, "chat_messages": 0, "email_messages": 0, "ru": 0, "en": 0}
    rows: list[dict] = []
    files = 0

    def flush() -> None:
        nonlocal rows, files
        if rows:
            rows.sort(key=lambda r: (r["timestamp"], r["conversation_id"]))
            text = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n"
            (folder / "chats" / f"webchat_{ymd}_{files:03d}.jsonl").write_text(text, encoding="utf-8")
            files, rows = files + 1, []

    for i in range(n):
        lang = "ru" if rng.random() < ru_share else "en"
        channel = "email" if rng.random() < email_share else "chat"
        customer = world.new_customer(lang)
        contact = g.Contact(NIGHT, channel, customer, g.pick_topic(rng, NIGHT), lang, g.pick_agent(lang, rng),
                            slots=g.make_slots(customer, NIGHT, rng), start=g.start_time(NIGHT, channel, rng))
        crng = random.Random(f"{seed}|{i}")
        counts[lang] += 1
        if channel == "chat":
            contact.interaction_id = f"wc-{ymd}-{i:06d}"
            contact.slots = dict(contact.slots, _source="web")
            conversation = g.build_chat(contact, crng, "web")
            rows.extend(conversation)
            counts["chats"] += 1
            counts["chat_messages"] += len(conversation)
            if counts["chats"] % per_file == 0:
                flush()
        else:
            thread = g.build_email_thread(contact, crng)
            for k, mail in enumerate(thread):
                (folder / "emails" / f"{ymd}_{i:06d}_{k}.eml").write_bytes(g.encode_mail(mail, f"{seed}|{i}|{k}"))
            counts["emails"] += 1
            counts["email_messages"] += len(thread)
    flush()
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--n", type=int, default=1000)
    args = parser.parse_args()
    print(json.dumps(write_night(args.folder, args.n)))


if __name__ == "__main__":
    main()
