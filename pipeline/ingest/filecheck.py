"""File-level checks every adapter runs before reading: readable, not empty, not over the size limit."""

from __future__ import annotations

import errno
import os
from pathlib import Path

from pipeline.ingest.config import IngestConfig


def file_problem(path: Path, config: IngestConfig) -> str | None:
    """Why ``path`` cannot be read as a whole (empty, too large, unreadable); None when it can."""
    try:
        size = os.stat(path).st_size
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return "symbolic link loop: the file cannot be opened"
        if exc.errno == errno.ENOENT:
            return "broken symbolic link: its target does not exist"
        return f"cannot read file: {exc.strerror or exc}"
    if not path.is_file():
        return "not a regular file"
    if size == 0:
        return "empty file"
    limit = config.limits.max_file_bytes
    if size > limit:
        return f"file is {size} bytes, over the limit of {limit} (ingest.limits.max_file_bytes); not read"
    return None
