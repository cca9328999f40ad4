"""How many messages of a public email corpus load with text, load empty, or are quarantined.

Usage: ``python bench/email_corpus_bench.py [FOLDER]``; FOLDER defaults to CPython's own email test
corpus (``Lib/test/test_email/data/msg_*.txt``) when a Python installation on this machine ships it.
Each file is read as one ``.eml`` on its own (no thread joins, no night window). Prints figures only.
"""

from __future__ import annotations

import glob
import shutil
import sys
import tempfile
from pathlib import Path

from pipeline.ingest.config import IngestConfig
from pipeline.ingest.emails import read_emails
from pipeline.model import Rejected


def default_corpus() -> Path | None:
    """The test corpus of this Python version if installed, else of any other installed one."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    candidates = (glob.glob(f"/usr/lib/{version}/test/test_email/data")
                  + glob.glob(str(Path.home() / f".pyenv/versions/*/lib/{version}/test/test_email/data"))
                  + glob.glob("/usr/lib/python3*/test/test_email/data")
                  + glob.glob(str(Path.home() / ".pyenv/versions/*/lib/python3*/test/test_email/data")))
    return Path(candidates[0]) if candidates else None


def main() -> None:
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else default_corpus()
    if folder is None or not folder.is_dir():
        print("no email corpus found; pass a folder of raw messages")
        return
    files = sorted(folder.glob("msg_*.txt"))
    config = IngestConfig()
    counts = {"with_text": 0, "empty_turn": 0, "quarantined": 0}
    reasons: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for src in files:
            path = Path(tmp) / (src.stem + ".eml")
            shutil.copyfile(src, path)
            for item in read_emails([path], config):
                if isinstance(item, Rejected):
                    counts["quarantined"] += 1
                    key = item.reason.split(":")[0][:60]
                    reasons[key] = reasons.get(key, 0) + 1
                else:
                    for turn in item.turns:
                        counts["with_text" if turn.text.strip() else "empty_turn"] += 1
    print(f"corpus: {folder} ({len(files)} files)")
    for name, value in counts.items():
        print(f"  {name:12s} {value}")
    for reason, n in sorted(reasons.items(), key=lambda kv: -kv[1]):
        print(f"  quarantined: {n} x {reason}")


if __name__ == "__main__":
    main()
