"""Run the demo night and scan every text column of the warehouse for unredacted PII.

Zero cards, phones and emails allowed. The patterns here are written independently of
``pipeline.nlp.pii`` (its own Luhn, its own phone shapes) so the scan cannot pass just because it
shares the redactor's blind spots.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parent.parent
DEMO_NIGHTS = PROJECT / "demo" / "nights"

SCAN_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
SCAN_PHONE = re.compile(
    r"(?<![\w+])(?:"
    r"(?:\+7|8)[\s\-]?\(?\d{3}\)?[\s\-]?\d{3}[\s\-]?\d{2}[\s\-]?\d{2}"  # Russian, +7 / 8 trunk
    r"|\+\d{1,3}[\s\-]?\(?\d{1,4}\)?(?:[\s\-]?\d{2,4}){2,4}"  # international with a +
    r"|9\d{9}"  # Russian mobile without a prefix
    r"|0\d{3,4}[\s\-]?\d{3}[\s\-]?\d{3,4}"  # national format with a trunk 0 (UK 07700 900123)
    r")(?!\w)"
)
# Card numbers as people write them: 13-19 digits in one run, or in groups of four (the last group
# shorter), or Amex 4-6-5 — not any digits with dashes (a run id "2026-11-20-191451" is no card).
SCAN_CARD = re.compile(
    r"(?<![\w-])(?<!\d\.)(?:\d{13,19}|\d{4}(?:[ \-]\d{4}){2,3}(?:[ \-]\d{1,3})?|\d{4}[ \-]\d{6}[ \-]\d{5})(?![\w-])"
)
# Identity keys are salted hashes by contract (pipeline.customers.identity): "id:" + 16 hex digits; a digest
# that happens to be all digits is not a card.
IDENTITY_HASH = re.compile(r"\b(?:id|phone|email):[0-9a-f]{16}\b")
NON_TEXT_TYPES = ("INT", "DOUBLE", "FLOAT", "DECIMAL", "REAL", "NUMERIC", "BOOL", "DATE", "TIME", "INTERVAL", "UUID")


def luhn_valid(digits: str) -> bool:
    """Luhn check, written here again on purpose (not imported from the redactor)."""
    checksum, parity = 0, len(digits) % 2
    for i, ch in enumerate(digits):
        d = int(ch)
        if i % 2 == parity:
            d = d * 2 - 9 if d > 4 else d * 2
        checksum += d
    return checksum % 10 == 0


def find_pii(text: str) -> list[tuple[str, str]]:
    hits = [("email", m.group(0)) for m in SCAN_EMAIL.finditer(text)]
    hits += [("phone", m.group(0)) for m in SCAN_PHONE.finditer(text)]
    for m in SCAN_CARD.finditer(text):
        digits = re.sub(r"\D", "", m.group(0))
        if luhn_valid(digits):
            hits.append(("card", m.group(0)))
    return hits


def test_scanner_finds_what_it_must() -> None:
    """The scan itself must be able to fail."""
    assert find_pii("пишите на ivan@mail.ru") == [("email", "ivan@mail.ru")]
    assert [k for k, _ in find_pii("тел. +7 (916) 123-45-67 или 8 903 111 22 33")] == ["phone", "phone"]
    assert [k for k, _ in find_pii("call +44 20 7946 0958 or 07700 900894")] == ["phone", "phone"]
    assert find_pii("карта 4276 3800 1234 5679") == [("card", "4276 3800 1234 5679")]
    assert find_pii("заказ 4276380012345678 от 2026-11-20, [PHONE], [CARD], [EMAIL]") == []
    assert find_pii("survey 9790361857ac0eef1c62746a") == []  # a hex id is no phone
    assert find_pii("run 2026-11-20-191451-2a9849") == []  # a run id is no card
    assert find_pii("share 0.14346666666666666") == []  # the digits of a decimal fraction are no card
    assert [k for k, _ in find_pii("4111-1111-1111-1111 / 4111111111111111 / 3782 822463 10005")] == ["card"] * 3
    assert find_pii(scrub_identifiers("id:2451435494024688 phone:4915550101123456")) == []
    assert find_pii(scrub_identifiers("email:crm.1@ladoga-telecom.ru ivan@mail.ru")) == [
        ("email", "crm.1@ladoga-telecom.ru"), ("email", "ivan@mail.ru")]


def scrub_identifiers(text: str) -> str:
    """Identity keys are salted hashes by contract; nothing else is excused (email interaction ids
    and Message-ID references are hashed too, so no email-shaped id reaches the warehouse)."""
    return IDENTITY_HASH.sub("<hash>", text)


def _text_columns(wh) -> list[tuple[str, str]]:
    rows = wh.query(
        "SELECT c.table_name, c.column_name, c.data_type FROM information_schema.columns c "
        "JOIN information_schema.tables t ON t.table_name = c.table_name AND t.table_schema = c.table_schema "
        "WHERE t.table_type = 'BASE TABLE' AND c.table_schema = 'main' ORDER BY 1, 2"
    )
    return [(table, column) for table, column, dtype in rows
            if not any(k in str(dtype).upper() for k in NON_TEXT_TYPES)]


@pytest.mark.slow
def test_demo_night_warehouse_has_no_unredacted_pii(tmp_path: Path) -> None:
    nights = sorted(p for p in DEMO_NIGHTS.iterdir() if p.is_dir()) if DEMO_NIGHTS.is_dir() else []
    if not nights:
        pytest.skip(f"demo data absent: no night folder under {DEMO_NIGHTS}")
    from pipeline.flows.nightly import run_night
    from pipeline.warehouse import Warehouse

    url = f"duckdb:///{tmp_path / 'warehouse.duckdb'}"
    for night in nights:
        run_night(night.name, DEMO_NIGHTS, warehouse_url=url, use_prefect=False)

    with Warehouse.connect(url) as wh:
        columns = _text_columns(wh)
        assert columns, "the warehouse has no text columns to scan"
        turns = wh.query("SELECT count(*) FROM fct_turn")[0][0]
        assert turns > 0, "the demo night loaded no turns: nothing was scanned"
        redacted = wh.query("SELECT count(*) FROM fct_turn WHERE text LIKE '%[PHONE]%' OR text LIKE '%[EMAIL]%'")[0][0]
        assert redacted > 0, "the demo carries phones and emails: none was replaced, was the text redacted at all?"
        leaks: list[str] = []
        scanned = 0
        for table, column in columns:
            for (value,) in wh.query(f'SELECT DISTINCT CAST("{column}" AS VARCHAR) FROM "{table}" '
                                     f'WHERE "{column}" IS NOT NULL'):
                scanned += 1
                for kind, found in find_pii(scrub_identifiers(str(value))):
                    leaks.append(f"{table}.{column}: {kind} {found!r} in {str(value)[:120]!r}")
    assert scanned > 0
    assert leaks == [], f"{len(leaks)} unredacted values:\n" + "\n".join(leaks[:30])


# ---- a night of our own PII: every table, view, export, cache file and log line -------------------
CALL_TRANSCRIPT_CUSTOMER = ("меня зовут Светлана Кузнецова карта 5469 3800 4418 2292 "
                            "адрес ул. Ленина, д. 5, кв. 12 телефон +7 916 204-55-17")


def _add_cached_call(night: Path, tmp_path: Path):
    """A stereo call whose transcript sits in the (encrypted) cache: the night needs no Whisper."""
    from pipeline.transcribe.audio import load_audio
    from pipeline.transcribe.cache import TranscriptCache, cache_key
    from pipeline.transcribe.engine import CallTranscript
    from pipeline.transcribe.options import load_options
    from pipeline.transcribe.weights import resolve_model_dir
    from transcribe_helpers import seg, write_stereo

    model_dir = tmp_path / "fake-model"
    model_dir.mkdir()
    (model_dir / "model.bin").write_bytes(b"not a model: every call is a cache hit")
    options = load_options().model_copy(update={"cache_dir": tmp_path / "cache" / "transcripts",
                                                "model_dir": model_dir, "progress": False})
    audio_path = write_stereo(night / "calls" / "call1.flac", [(0.0, 3.0)], [(3.5, 9.0)], 10.0)
    with open(night / "calls" / "calls.csv", "a", encoding="utf-8") as fh:
        fh.write("k-1,2026-11-20T13:00:00+03:00,A-102,+79161112233,inbound,billing,stereo_agent_left,call1.flac\n")
    audio = load_audio(str(audio_path), options.max_duration_s)
    key = cache_key(audio.sha256, resolve_model_dir(model_dir, options.model_cache_dir)[1],
                    options.cache_fingerprint(), "stereo")
    TranscriptCache.from_options(options).put(key, CallTranscript("ru", 0.95, [
        [seg(0.0, 3.0, "Добрый день, меня зовут Ольга, слушаю вас")],
        [seg(3.5, 9.0, CALL_TRANSCRIPT_CUSTOMER)],
    ]))
    return options


def _all_values(wh) -> dict[str, list[str]]:
    """Every value of every table and view, as text."""
    out: dict[str, list[str]] = {}
    for table, kind in wh.query("SELECT table_name, table_type FROM information_schema.tables "
                                "WHERE table_schema = 'main' ORDER BY 1"):
        cols = [c for (c,) in wh.query("SELECT column_name FROM information_schema.columns "
                                       "WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position", [table])]
        select = ", ".join(f'CAST("{c}" AS VARCHAR)' for c in cols)
        out[f"{kind.lower()} {table}"] = [" | ".join("" if v is None else str(v) for v in row)
                                         for row in wh.query(f'SELECT {select} FROM "{table}"')]
    return out


@pytest.mark.slow
def test_night_with_own_pii_leaves_none_anywhere(tmp_path: Path) -> None:
    import logging

    from pii_night import NIGHT, PLANTED, leaks_in, write_night
    from pipeline.flows.nightly import run_night
    from pipeline.warehouse import Warehouse
    from pipeline.warehouse.export import export_parquet

    source = write_night(tmp_path / "src")
    options = _add_cached_call(source / NIGHT, tmp_path)
    log_file = tmp_path / "night.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(name)s %(levelname)s %(message)s"))
    watched = [logging.getLogger(), logging.getLogger("servicelens"), logging.getLogger("pipeline"),
               logging.getLogger("prefect")]
    levels = [lg.level for lg in watched]
    for lg in watched:
        lg.addHandler(handler)
        lg.setLevel(logging.DEBUG)
    url = f"duckdb:///{tmp_path / 'warehouse.duckdb'}"
    try:
        summary = run_night(NIGHT, source, warehouse_url=url, use_prefect=False, transcribe_options=options)
        run_night(NIGHT, source, warehouse_url=url, use_prefect=False, transcribe_options=options)  # a re-run too
    finally:
        for lg, level in zip(watched, levels):
            lg.removeHandler(handler)
            lg.setLevel(level)
        handler.close()
    assert summary.per_channel.get("chat") == 2 and summary.per_channel.get("email") == 1
    assert summary.per_channel.get("call") == 1, "the cached call was not loaded: its transcript went unscanned"
    assert summary.quarantined >= 4

    places: dict[str, list[str]] = {}
    with Warehouse.connect(url) as wh:
        places.update(_all_values(wh))
        export_dir = tmp_path / "parquet"
        export_parquet(wh, export_dir)
        for path in sorted(export_dir.rglob("*.parquet")):
            rows = wh.query(f"SELECT * FROM read_parquet('{path}')")
            places[f"export {path.relative_to(export_dir)}"] = [" | ".join(map(str, r)) for r in rows]
        turns = " ".join(t for (t,) in wh.query("SELECT text FROM fct_turn"))
    for path in sorted((tmp_path / "cache").rglob("*")):
        if path.is_file():
            places[f"cache {path.name}"] = [path.read_bytes().decode("utf-8", errors="replace")]
    places["log"] = log_file.read_text(encoding="utf-8").splitlines()
    assert places["log"], "nothing was logged: the log scan would prove nothing"
    assert any(k.startswith("export ") for k in places) and any(k.startswith("cache ") for k in places)
    # the redacted placeholders are there, so the text was stored and scanned, not dropped
    for placeholder in ("[CARD]", "[PHONE]", "[EMAIL]", "[ADDRESS]", "[IBAN]", "[PASSPORT]", "[INN]", "[NAME]"):
        assert placeholder in turns, f"{placeholder} missing from the stored turns"

    leaks = []
    for where, values in places.items():
        for value in values:
            for hit in leaks_in(value, PLANTED) + [f"{k} {v!r}" for k, v in find_pii(scrub_identifiers(value))]:
                leaks.append(f"{where}: {hit} in {value[:160]!r}")
    assert leaks == [], f"{len(leaks)} leaks:\n" + "\n".join(leaks[:40])
