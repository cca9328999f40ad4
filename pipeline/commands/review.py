"""``servicelens review``: the QA review queue from the terminal.

* ``servicelens review``                      — the queue (flagged first, then the random sample)
* ``servicelens review show ID``              — transcript with evidence highlighted + criteria
* ``servicelens review verdict ID CRITERION agree|disagree --comment … --reviewer …``
* ``servicelens review interactive ID``       — walk the criteria of one interaction and record verdicts
* ``servicelens review --agreement``          — agreement of the automatic checks with reviewers

All take ``--warehouse URL`` (default ``outputs/warehouse.duckdb``).
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime, timezone
from pathlib import Path

import click
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from pipeline.commands.tables import OutputFormat, emit, make_console, output_options
from pipeline.scoring.flags import sync_review_settings
from pipeline.commands.options import lock_wait_option
from pipeline.warehouse.identifiers import sql_fragment
from pipeline.warehouse import Warehouse, WarehouseError, ensure_schema

RESULT_STYLE = {"pass": "green", "fail": "bold red", "na": "dim"}
SPEAKER_STYLE = {"agent": "cyan", "customer": "magenta", "bot": "blue", "system": "dim"}
VERDICTS = ("agree", "disagree")


def _open(ctx: click.Context, url: str | None, rules_dir: Path | None = None, write: bool = True) -> Warehouse:
    """Reading (queue, show, agreement) uses the analyst's read-only connection unless --rules-dir asks
    to refresh the review settings; verdicts write. Both wait while a night holds the DuckDB lock."""
    from pipeline.commands.reading import first_line, open_for_reading
    from pipeline.warehouse.waiting import connect_waiting

    obj = ctx.obj or {}
    url = url or obj.get("warehouse")
    rules_dir = rules_dir or obj.get("rules_dir")
    if not write and rules_dir is None:
        return open_for_reading(url, obj.get("lock_wait_s"))
    try:
        wh = connect_waiting(url, timeout_s=obj.get("lock_wait_s"), notify=lambda m: click.echo(m, err=True))
    except WarehouseError as exc:
        raise click.ClickException(first_line(exc)) from None
    ensure_schema(wh)
    sync_review_settings(wh, rules_dir)
    return wh


def _reading_errors(exc: Exception) -> click.ClickException:
    from pipeline.commands.reading import first_line

    return click.ClickException(f"cannot read the review queue: {first_line(exc)}")


def _fmt_score(value) -> str:
    return "–" if value is None else f"{float(value):.0f}"


# --- queue -------------------------------------------------------------------------------------


QUEUE_COLUMNS = ("interaction_id", "night", "channel", "started_at", "agent_id", "qa_score", "queue_reason",
                 "priority", "flags", "n_verdicts")


def queue_rows(wh: Warehouse, limit: int, include_reviewed: bool, night: date | None = None
               ) -> tuple[list[str], list[tuple]]:
    conditions, params = [], []
    if not include_reviewed:
        conditions.append("n_verdicts = 0")
    if night is not None:
        conditions.append("night = ?")
        params.append(night)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    return wh.query_with_columns(
        f"SELECT {', '.join(QUEUE_COLUMNS)} "
        f"FROM qa_review_queue {sql_fragment([where])} ORDER BY priority, qa_score NULLS LAST, started_at, interaction_id LIMIT ?",
        [*params, limit],
    )


def render_queue(console: Console, rows: list[tuple], wide: bool = False, show_reviewed: bool = False,
                 night: date | None = None) -> None:
    """The queue as a compact table of plain ``Text`` cells: ids never cut, the flags column wraps.

    The channel is the id's prefix and the night is in ``--json``/``--csv`` (and the title when filtered),
    so an 80-column terminal keeps room for the reasons.
    """
    from rich import box

    title = "QA review queue" + (f" — night {night}" if night else "")
    table = Table(title=title, header_style="bold", box=box.SIMPLE_HEAD, collapse_padding=True, pad_edge=False)
    longest_id = max([len("interaction")] + [len(str(r[0])) for r in rows])
    columns = ["prio", "interaction", "started", "agent", "QA", "why"]
    if show_reviewed:
        columns.append("reviewed")
    for col in columns:
        if col == "interaction":
            table.add_column(col, no_wrap=True, min_width=longest_id, overflow="ignore")
        elif col in ("prio", "QA", "reviewed"):
            table.add_column(col, justify="right", no_wrap=True, min_width=len(col))
        elif col == "why":
            table.add_column(col, overflow="fold", min_width=12)
        else:
            table.add_column(col, no_wrap=True, overflow="ellipsis")
    for iid, _night, _channel, started, agent, qa, reason, prio, flags, verdicts in rows:
        why = Text(str(flags or "")) if reason == "flagged" else Text("random sample", style="dim")
        prio_txt = Text(str(prio), style="bold red" if prio == 1 else "") if reason == "flagged" else Text("–")
        started_txt = started.strftime("%m-%d %H:%M") if isinstance(started, datetime) else str(started or "")
        cells: list[Text | str] = [prio_txt, Text(str(iid)), started_txt, Text(str(agent or "–")), _fmt_score(qa),
                                   why]
        if show_reviewed:
            cells.append(str(verdicts) if verdicts else "")
        table.add_row(*cells)
    console.print(table)
    if not rows:
        console.print("[green]The queue is empty.[/]")


# --- one interaction ----------------------------------------------------------------------------


def _evidence(value) -> list[dict]:
    if not value:
        return []
    try:
        data = json.loads(value) if isinstance(value, str) else value
    except json.JSONDecodeError:
        return []
    return [e for e in data if isinstance(e, dict)]


def load_interaction(wh: Warehouse, interaction_id: str) -> dict | None:
    cols, rows = wh.query_with_columns("SELECT * FROM fct_interaction WHERE interaction_id = ?", [interaction_id])
    if not rows:
        return None
    record = dict(zip(cols, rows[0]))
    record["turns"] = wh.query(
        "SELECT turn_index, speaker, text, started_at, start_offset_s FROM fct_turn "
        "WHERE interaction_id = ? ORDER BY turn_index", [interaction_id])
    record["criteria"] = wh.query(
        "SELECT criterion_id, result, confidence, weight, critical, evidence, note FROM fct_criterion "
        "WHERE interaction_id = ? ORDER BY criterion_id", [interaction_id])
    record["flags"] = wh.query(
        "SELECT flag, priority, reason FROM fct_flag WHERE interaction_id = ? ORDER BY priority, flag",
        [interaction_id])
    record["reviews"] = wh.query(
        "SELECT criterion_id, verdict, reviewer, comment, reviewed_at FROM qa_review "
        "WHERE interaction_id = ? ORDER BY reviewed_at", [interaction_id])
    return record


def render_interaction(console: Console, rec: dict) -> None:
    head = Text.assemble(
        (str(rec["interaction_id"]), "bold"),
        f"  {rec.get('channel')}  {rec.get('started_at')}  agent {rec.get('agent_id') or '–'}  "
        f"language {rec.get('language') or '–'}  QA score ",
        (_fmt_score(rec.get("qa_score")), "bold"))
    console.print(Panel(head, title="interaction", expand=False))
    if rec["flags"]:
        for flag, prio, reason in rec["flags"]:
            console.print(Text.assemble("  ", (f"⚑ {flag}", "bold red"), f" (priority {prio}): {reason}"))

    # evidence spans per turn: failed criteria in red, passed in green
    spans: dict[int, list[tuple[int, int, str, str]]] = {}
    for cid, result, _conf, _w, _crit, evidence, _note in rec["criteria"]:
        for ev in _evidence(evidence):
            style = "bold white on red" if result == "fail" else "black on green" if result == "pass" else "underline"
            spans.setdefault(int(ev.get("turn_index", -1)), []).append(
                (int(ev.get("start", 0)), int(ev.get("end", 0)), style, cid))

    console.print()
    for turn_index, speaker, text, started_at, offset in rec["turns"]:
        text = text or ""
        when = f"{offset:7.1f}s" if offset is not None else (
            started_at.strftime("%H:%M:%S") if isinstance(started_at, datetime) else "")
        line = Text(f"[{turn_index:>2}] {when:>8} {speaker:<8} ", style=SPEAKER_STYLE.get(speaker, ""))
        body = Text(text)
        tags = []
        for start, end, style, cid in sorted(spans.get(turn_index, [])):
            if 0 <= start < end <= len(text):
                body.stylize(style, start, end)
                tags.append(cid)
        line.append_text(body)
        if tags:
            line.append("  ← " + ", ".join(dict.fromkeys(tags)), style="dim italic")
        console.print(line)

    from rich import box

    table = Table(title="criteria", header_style="bold", box=box.SIMPLE_HEAD, collapse_padding=True, pad_edge=False)
    for col in ("criterion", "result", "conf", "w", "crit", "evidence / note", "review"):
        if col in ("evidence / note", "review"):
            table.add_column(col, overflow="fold", min_width=20 if col == "evidence / note" else 6, ratio=3 if col == "evidence / note" else 1)
        else:  # ids and short codes: never cut
            table.add_column(col, no_wrap=True)
    reviews = {}
    for cid, verdict, reviewer, comment, _at in rec["reviews"]:
        reviews[cid] = f"{verdict} ({reviewer or '?'})" + (f": {comment}" if comment else "")
    for cid, result, conf, weight, critical, evidence, note in rec["criteria"]:
        quotes = "; ".join(f"«{e.get('text', '')}»" for e in _evidence(evidence)[:2])
        detail = " — ".join(x for x in (quotes, note or "") if x)
        table.add_row(Text(str(cid)), Text(str(result), style=RESULT_STYLE.get(result, "")),
                      f"{conf:.2f}" if conf is not None else "–", f"{weight:g}" if weight is not None else "–",
                      "yes" if critical else "", Text(detail), Text(reviews.get(cid, "")))
    console.print(table)


# --- verdicts and agreement --------------------------------------------------------------------


def record_verdict(wh: Warehouse, interaction_id: str, criterion_id: str, verdict: str,
                   comment: str | None, reviewer: str | None) -> str:
    """Insert one reviewer verdict; returns its review_id. Raises ClickException on bad ids."""
    if verdict not in VERDICTS:
        raise click.BadParameter(f"verdict must be one of {', '.join(VERDICTS)}")
    if not wh.query("SELECT 1 FROM fct_interaction WHERE interaction_id = ?", [interaction_id]):
        raise click.ClickException(f"no interaction {interaction_id!r} in the warehouse")
    auto = None
    if criterion_id != "*":
        found = wh.query("SELECT result FROM fct_criterion WHERE interaction_id = ? AND criterion_id = ?",
                         [interaction_id, criterion_id])
        if not found:
            known = [r[0] for r in wh.query(
                "SELECT criterion_id FROM fct_criterion WHERE interaction_id = ? ORDER BY 1", [interaction_id])]
            raise click.ClickException(
                f"interaction {interaction_id!r} has no criterion {criterion_id!r}; known: {', '.join(known) or 'none'}")
        auto = found[0][0]
    now = datetime.now(timezone.utc).replace(tzinfo=None)
    review_id = hashlib.sha256(
        f"{interaction_id}|{criterion_id}|{reviewer}|{now.isoformat()}".encode()).hexdigest()[:16]
    wh.insert_rows("qa_review",
                   ["review_id", "interaction_id", "criterion_id", "verdict", "auto_result", "comment",
                    "reviewer", "reviewed_at"],
                   [(review_id, interaction_id, criterion_id, verdict, auto, comment, reviewer, now)])
    return review_id


def render_agreement(console: Console, wh: Warehouse) -> None:
    rows = wh.query("SELECT criterion_id, verdicts, agreed, disagreed, agreement_rate, false_fails, false_passes "
                    "FROM qa_review_agreement ORDER BY criterion_id")
    table = Table(title="Automatic checks vs reviewers", header_style="bold")
    for col in ("criterion", "verdicts", "agree", "disagree", "agreement", "wrong fails", "wrong passes"):
        table.add_column(col, justify="left" if col == "criterion" else "right")
    total = agreed = 0
    for cid, n, ok, bad, rate, ff, fp in rows:
        total += n
        agreed += ok
        colour = "green" if rate is not None and float(rate) >= 0.85 else "yellow" if rate and float(rate) >= 0.7 else "red"
        rate_txt = Text(f"{float(rate):.0%}", style=colour) if rate is not None else Text("–")
        table.add_row(Text(str(cid)), str(n), str(ok), str(bad), rate_txt, str(ff), str(fp))
    console.print(table)
    if total:
        console.print(f"Overall: {agreed}/{total} verdicts agree ({agreed / total:.0%}).")
    else:
        console.print("No reviewer verdicts yet: record some with `servicelens review verdict`.")


# --- click ------------------------------------------------------------------------------------


@click.group("review", invoke_without_command=True)
@click.option("--warehouse", "warehouse_url", default=None, help="Warehouse URL (default outputs/warehouse.duckdb).")
@click.option("--rules-dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Rules directory (review sample rate in flags.yaml).")
@click.option("--limit", default=30, show_default=True, help="How many queue entries to list.")
@click.option("--all", "include_reviewed", is_flag=True, help="Include interactions that already have verdicts.")
@click.option("--agreement", is_flag=True, help="Report agreement between automatic checks and reviewers.")
@click.option("--night", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
              help="Only the queue of this night (YYYY-MM-DD).")
@output_options
@lock_wait_option
@click.pass_context
def review(ctx: click.Context, warehouse_url: str | None, rules_dir: Path | None, limit: int,
           include_reviewed: bool, agreement: bool, night: datetime | None, fmt: OutputFormat, wide: bool,
           lock_wait_s: float | None) -> None:
    """The QA review queue: flagged interactions by priority plus a random sample of the rest."""
    ctx.ensure_object(dict)
    ctx.obj["warehouse"] = warehouse_url
    ctx.obj["rules_dir"] = rules_dir
    ctx.obj["lock_wait_s"] = lock_wait_s
    if ctx.invoked_subcommand is not None:
        return
    console = make_console(wide)
    wh = _open(ctx, warehouse_url, rules_dir, write=False)
    try:
        if agreement:
            render_agreement(console, wh)
        else:
            columns, rows = queue_rows(wh, limit, include_reviewed, night.date() if night else None)
            if fmt in ("json", "csv"):
                emit(columns, rows, fmt)
            else:
                render_queue(console, rows, wide, show_reviewed=include_reviewed,
                             night=night.date() if night else None)
    except click.ClickException:
        raise
    except Exception as exc:  # a warehouse without the review tables, a backend error: one line
        raise _reading_errors(exc) from None
    finally:
        wh.close()


@review.command("show")
@click.argument("interaction_id")
@click.option("--warehouse", "warehouse_url", default=None, help="Warehouse URL.")
@click.pass_context
def show(ctx: click.Context, interaction_id: str, warehouse_url: str | None) -> None:
    """One interaction as a transcript with the evidence highlighted and its criteria."""
    wh = _open(ctx, warehouse_url, write=False)
    try:
        rec = load_interaction(wh, interaction_id)
        if rec is None:
            raise click.ClickException(f"no interaction {interaction_id!r} in the warehouse")
        render_interaction(Console(), rec)
    except click.ClickException:
        raise
    except Exception as exc:
        raise _reading_errors(exc) from None
    finally:
        wh.close()


@review.command("verdict")
@click.argument("interaction_id")
@click.argument("criterion_id")
@click.argument("verdict", type=click.Choice(VERDICTS))
@click.option("--comment", default=None, help="Why the reviewer agrees or disagrees.")
@click.option("--reviewer", default=None, help="Who reviewed.")
@click.option("--warehouse", "warehouse_url", default=None, help="Warehouse URL.")
@click.pass_context
def verdict_cmd(ctx: click.Context, interaction_id: str, criterion_id: str, verdict: str,
                comment: str | None, reviewer: str | None, warehouse_url: str | None) -> None:
    """Record a reviewer's verdict on one automatic criterion result ('*' = the whole interaction)."""
    wh = _open(ctx, warehouse_url)
    try:
        review_id = record_verdict(wh, interaction_id, criterion_id, verdict, comment, reviewer)
    finally:
        wh.close()
    Console().print(Text.assemble(("recorded", "green"), f" {verdict} on {interaction_id} / {criterion_id} (review {review_id})"))


@review.command("interactive")
@click.argument("interaction_id")
@click.option("--reviewer", prompt="Reviewer", help="Who reviews.")
@click.option("--warehouse", "warehouse_url", default=None, help="Warehouse URL.")
@click.pass_context
def interactive(ctx: click.Context, interaction_id: str, reviewer: str, warehouse_url: str | None) -> None:
    """Show one interaction, then ask agree / disagree / skip for each applicable criterion."""
    console = Console()
    wh = _open(ctx, warehouse_url)
    try:
        rec = load_interaction(wh, interaction_id)
        if rec is None:
            raise click.ClickException(f"no interaction {interaction_id!r} in the warehouse")
        render_interaction(console, rec)
        n = 0
        for cid, result, *_rest in rec["criteria"]:
            answer = click.prompt(f"{cid} = {result}: agree / disagree / skip", default="skip",
                                  type=click.Choice(["agree", "disagree", "skip", "a", "d", "s"]), show_choices=False)
            answer = {"a": "agree", "d": "disagree", "s": "skip"}.get(answer, answer)
            if answer == "skip":
                continue
            comment = click.prompt("comment", default="", show_default=False) or None
            record_verdict(wh, interaction_id, cid, answer, comment, reviewer)
            n += 1
        console.print(f"[green]{n} verdict(s) recorded.[/]")
    finally:
        wh.close()
