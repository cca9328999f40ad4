"""Peak memory of ingest with one huge chat message: streaming keeps it bounded.

Usage: ``python bench/ingest_memory_bench.py [--message-mb 20] [--conversations 500]``.
Writes a night folder to a temporary directory (JSONL and CSV chats, each with one message of
``--message-mb`` MB among ordinary ones), then runs ingest in a fresh child process per case
and prints its peak resident memory (``ru_maxrss``) and time. Cases: ordinary chats only; the
same plus the huge messages. With the default ``ingest.limits.max_record_chars`` the huge messages
are quarantined without being held whole, so both cases should peak at about the same memory.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

CHILD = """
import resource, sys, time
from datetime import date
from pipeline.ingest import ingest_night, load_ingest_config
start = time.perf_counter()
result = ingest_night(sys.argv[1], load_ingest_config(), night=date(2026, 11, 20))
elapsed = time.perf_counter() - start
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{len(result.interactions)} {len(result.rejected)} {peak_mb:.0f} {elapsed:.2f}")
"""


def _message(conv: str, n: int, text: str) -> dict:
    return {"conversation_id": conv, "timestamp": f"2026-11-20T10:{n % 60:02d}:00+03:00",
            "author_role": "customer" if n % 2 == 0 else "agent", "author_id": f"a{n % 2}", "text": text}


def write_night(folder: Path, conversations: int, huge_chars: int) -> None:
    chats = folder / "chats"
    chats.mkdir(parents=True)
    with (chats / "ordinary.jsonl").open("w", encoding="utf-8") as f:
        for c in range(conversations):
            for n in range(6):
                f.write(json.dumps(_message(f"c-{c}", n, "Здравствуйте, у меня не работает интернет " * 3),
                                   ensure_ascii=False) + "\n")
    if huge_chars:  # written in chunks: this process must stay small (ru_maxrss survives exec in the child)
        with (chats / "huge.jsonl").open("w", encoding="utf-8") as f:
            f.write(json.dumps(_message("h-1", 0, "Короткое сообщение"), ensure_ascii=False) + "\n")
            head = json.dumps(_message("h-1", 1, "@"), ensure_ascii=False)
            before, after = head.split("@")
            f.write(before)
            _write_chars(f, "ж", huge_chars)
            f.write(after + "\n")
            f.write(json.dumps(_message("h-1", 2, "Ещё одно"), ensure_ascii=False) + "\n")
        with (chats / "huge.csv").open("w", encoding="utf-8") as f:
            f.write("conversation_id,timestamp,author_role,author_id,text\n")
            f.write('h-2,2026-11-20T11:00:00+03:00,customer,u,"')
            _write_chars(f, "ы", huge_chars)
            f.write('"\nh-2,2026-11-20T11:01:00+03:00,agent,a,Здравствуйте\n')


def _write_chars(f, char: str, n: int, chunk: int = 1_000_000) -> None:
    for start in range(0, n, chunk):
        f.write(char * min(chunk, n - start))


def run_case(folder: Path) -> tuple[str, ...]:
    out = subprocess.run([sys.executable, "-c", CHILD, str(folder)], capture_output=True, text=True, check=True)
    return tuple(out.stdout.split())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--message-mb", type=float, default=20.0, help="size of the huge message (MB of text)")
    parser.add_argument("--conversations", type=int, default=500, help="ordinary conversations (6 messages each)")
    args = parser.parse_args()
    huge = int(args.message_mb * 1_000_000)
    print(f"ingest peak memory, {args.conversations} ordinary conversations (machine shared and loaded: "
          f"times are pessimistic)")
    print(f"{'case':32s} {'loaded':>7s} {'rejected':>8s} {'peak MB':>8s} {'seconds':>8s}")
    with tempfile.TemporaryDirectory() as tmp:
        for label, chars in (("ordinary chats only", 0), (f"+ two {args.message_mb:g}M-char messages", huge)):
            folder = Path(tmp) / f"night-{chars}"
            write_night(folder, args.conversations, chars)
            loaded, rejected, peak, seconds = run_case(folder)
            print(f"{label:32s} {loaded:>7s} {rejected:>8s} {peak:>8s} {seconds:>8s}")


if __name__ == "__main__":
    main()
