"""Reading text exports line by line, with bounded memory and a clear reason for every bad line.

:func:`iter_lines` streams a file: each physical line comes back as a :class:`TextLine`, either
with its text or with a ``problem`` (invalid UTF-8 bytes, a line over the size limit) so that the
caller quarantines that line and goes on with the next one. Lines longer than the limit are
skipped without being held in memory. :func:`iter_csv_rows` builds CSV rows (quoted fields may
span lines) on top of it. The encoding is decided once per file from its first 64 KiB:

* UTF-8 (with or without BOM) — the default; a bad byte spoils only its own line;
* UTF-16 with a BOM followed by UTF-16 text (bytes ``FF FE`` in front of UTF-8 lines are a bad
  first line, not a BOM), or without one when the byte pattern is unmistakable (every other byte
  ``00`` or ``04``: Latin and Cyrillic text);
* a file whose first non-UTF-8 line reads as Windows-1251 Russian is refused whole
  (:class:`EncodingProblem`, "re-export as UTF-8"): every Russian line of it would be bad.

Reasons name line numbers and byte values, never the content of a line.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from pipeline.ingest.email_charset import cyrillic_score

SAMPLE_BYTES = 65536
_BLOCK = 1 << 20
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


class EncodingProblem(ValueError):
    """The file is not in an encoding we accept; the message says where and what to do."""


@dataclass(frozen=True, slots=True)
class TextLine:
    """One physical line: ``text`` (line end included), or a ``problem`` and no text."""

    number: int
    text: str
    problem: str | None = None


def _utf16_variant(sample: bytes) -> str | None:
    """'utf-16-le' / 'utf-16-be' when ``sample`` is UTF-16 text without a BOM, else None."""
    sample = sample[: len(sample) - len(sample) % 2]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    for name, high, low in (("utf-16-le", sample[1::2], sample[0::2]), ("utf-16-be", sample[0::2], sample[1::2])):
        high_ok = sum(1 for b in high if b in (0x00, 0x04)) / len(high)
        low_nul = low.count(0) / len(low)
        if high_ok >= 0.95 and high.count(0) > 0 and low_nul < 0.05:
            return name
    return None


def _utf16_after_bom(sample: bytes) -> bool:
    """True when the bytes after a UTF-16 BOM read as UTF-16 Latin/Cyrillic text: most high bytes
    ``00`` or ``04`` (emoji and other scripts allowed in part). A UTF-8 file whose first line happens
    to start with ``FF FE`` (a garbage line) is not UTF-16: that line is bad, the rest is UTF-8."""
    order = "le" if sample.startswith(codecs.BOM_UTF16_LE) else "be"
    body = sample[2:]
    body = body[: len(body) - len(body) % 2]
    if not body:
        return True  # a BOM alone: an empty UTF-16 file
    high = body[1::2] if order == "le" else body[0::2]
    return sum(1 for b in high if b in (0x00, 0x04)) / len(high) >= 0.6


def _cp1251_hint(data: bytes, min_letters: int = 1) -> bool:
    """True when bytes that are not UTF-8 read as Russian text in Windows-1251."""
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return False
    letters = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    return letters >= min_letters and not _CONTROL.search(text) and cyrillic_score(text) >= 0.5


def _windows_1251_file(sample: bytes) -> str | None:
    """A message when the whole file reads as Windows-1251: no line of the sample is non-ASCII
    UTF-8, and every line that is not UTF-8 reads as Russian text (a few words at least). One bad
    line among UTF-8 lines is that line's problem, not the file's."""
    first_bad: int | None = None
    offset = 0
    lines = sample.split(b"\n")
    if len(sample) == SAMPLE_BYTES and len(lines) > 1:
        lines = lines[:-1]  # the last line may be cut
    for line in lines:
        if not line.isascii():
            try:
                line.decode("utf-8")
                return None  # real UTF-8 text in the file
            except UnicodeDecodeError as exc:
                if not _cp1251_hint(line, min_letters=8):
                    return None
                if first_bad is None:
                    first_bad = offset + exc.start
        offset += len(line) + 1
    if first_bad is None:
        return None
    line_no = sample.count(b"\n", 0, first_bad) + 1
    return (f"not valid UTF-8: byte 0x{sample[first_bad]:02x} at offset {first_bad} (line {line_no}) "
            f"(looks like Windows-1251); re-export the file as UTF-8")


def detect_encoding(path: Path, sample: bytes) -> str:
    """Codec for the whole file from its first bytes; :class:`EncodingProblem` for a wrong one."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and _utf16_after_bom(sample):
        return "utf-16"
    if sample.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    variant = _utf16_variant(sample)
    if variant:
        return variant
    problem = _windows_1251_file(sample)
    if problem:
        raise EncodingProblem(problem)
    return "utf-8-sig"


def _bad_bytes_reason(raw: bytes, exc: UnicodeDecodeError) -> str:
    kind = "looks like Windows-1251" if _cp1251_hint(raw.strip()) else "binary data, not text"
    return f"not valid UTF-8: byte 0x{raw[exc.start]:02x} at byte {exc.start + 1} of the line ({kind})"


def _too_long(number: int, size: int, limit: int) -> TextLine:
    return TextLine(number, "", f"line {number} is over {limit} characters (about {size} bytes); "
                                f"limit ingest.limits.max_record_chars")


def _utf8_lines(raw: BinaryIO, limit: int) -> Iterator[TextLine]:
    """Lines of a UTF-8 stream read in 1 MiB blocks; a line longer than ``4 * limit`` bytes is
    dropped while it is read (never held whole), shorter ones are decoded one by one."""
    number, carry, skipping, skipped = 0, b"", False, 0

    def one(number: int, data: bytes) -> TextLine:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            return TextLine(number, "", f"line {number}: {_bad_bytes_reason(data, exc)}")
        if len(data) > limit and len(text.rstrip("\r\n")) > limit:
            return _too_long(number, len(data), limit)
        return TextLine(number, text)

    first = True
    while True:
        block = raw.read(_BLOCK)
        if not block:
            break
        if first and block.startswith(codecs.BOM_UTF8):
            block = block[len(codecs.BOM_UTF8):]
        first = False
        parts = block.split(b"\n")
        parts[0] = carry + parts[0]
        carry = parts.pop()
        for part in parts:
            number += 1
            if skipping:
                yield _too_long(number, skipped + len(part), limit)
                skipping, skipped = False, 0
            else:
                yield one(number, part + b"\n")
        if skipping:
            skipped += len(carry)
            carry = b""
        elif len(carry) > 4 * limit:  # 4 bytes per character at most
            skipping, skipped, carry = True, len(carry), b""
    if skipping:
        yield _too_long(number + 1, skipped, limit)
    elif carry:
        yield one(number + 1, carry)


def iter_lines(path: Path, max_line_chars: int) -> Iterator[TextLine]:
    """Every physical line of ``path``; memory stays within a few times ``max_line_chars``.

    Raises :class:`EncodingProblem` (whole file in a wrong encoding) or ``OSError`` before the
    first line only.
    """
    with path.open("rb") as raw:
        encoding = detect_encoding(path, raw.read(SAMPLE_BYTES))
        raw.seek(0)
        if encoding.startswith("utf-8"):
            yield from _utf8_lines(raw, max_line_chars)
            return
        stream = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        number = 0
        while True:
            line = stream.readline(max_line_chars + 1)
            if not line:
                return
            number += 1
            if len(line) > max_line_chars and not line.endswith(("\n", "\r")):
                size = len(line)
                while line and not line.endswith(("\n", "\r")):
                    line = stream.readline(max_line_chars + 1)
                    size += len(line)
                yield TextLine(number, "", f"line {number} is over {max_line_chars} characters "
                                           f"(about {size}); limit ingest.limits.max_record_chars")
                continue
            if "\ufffd" in line:
                yield TextLine(number, "", f"line {number}: not valid {encoding.upper()} text")
                continue
            yield TextLine(number, line)


@dataclass(frozen=True, slots=True)
class CsvRow:
    """One CSV record: its cells, the physical lines it spans, and problems found on them."""

    first_line: int
    last_line: int
    cells: list[str]
    problems: list[str]


def iter_csv_rows(path: Path, max_line_chars: int) -> Iterator[CsvRow]:
    """CSV records of ``path`` streamed; a bad physical line spoils only the record it belongs to.

    Blank lines that carried a problem come back as a record with no cells and that problem.
    """
    problems: list[tuple[int, str]] = []

    def feed() -> Iterator[str]:
        for line in iter_lines(path, max_line_chars):
            if line.problem:
                problems.append((line.number, line.problem))
                yield "\n"
            else:
                yield line.text

    previous = csv.field_size_limit()
    csv.field_size_limit(max(previous, max_line_chars))
    lines = feed()
    reader = csv.reader(lines)
    last = 0
    try:
        while True:
            try:
                cells = next(reader)
                error = None
            except StopIteration:
                break
            except csv.Error as exc:
                cells, error = [], f"CSV syntax error: {exc}"
            span = (last + 1, reader.line_num)
            found = [p for n, p in problems if span[0] <= n <= span[1]]
            problems[:] = [(n, p) for n, p in problems if n > span[1]]
            if error:
                found.append(error)
            last = reader.line_num
            if cells or found:
                yield CsvRow(span[0], span[1], cells, found)
    finally:
        csv.field_size_limit(previous)


def read_text(path: Path) -> str:
    """The whole file as text (UTF-8 with or without BOM, UTF-16); :class:`EncodingProblem` otherwise.

    For small files whose format needs all of it at once (JSON sidecars); line-oriented formats
    use :func:`iter_lines`.
    """
    data = path.read_bytes()
    encoding = detect_encoding(path, data[:SAMPLE_BYTES])
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise EncodingProblem(
            f"not valid {encoding.upper()}: byte 0x{data[exc.start]:02x} at offset {exc.start}; "
            f"re-export the file as UTF-8"
        ) from exc
