"""Reading text exports with a clear error when the encoding is wrong."""

from __future__ import annotations

import codecs
from pathlib import Path


class EncodingProblem(ValueError):
    """The file is not in an encoding we accept; the message says where and what to do."""


def read_text(path: Path) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused with the offset."""
    data = path.read_bytes()
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        sample = data[max(0, exc.start - 10): exc.start + 10]
        hint = ""
        try:
            sample.decode("cp1251")
            hint = " (looks like Windows-1251)"
        except UnicodeDecodeError:
            pass
        raise EncodingProblem(
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at offset {exc.start}{hint}; re-export the file as UTF-8"
        ) from exc
