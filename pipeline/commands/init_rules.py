"""``servicelens init-rules``: a starting rules folder for one deployment, without code.

Copies the project's rules (scorecards, jargon domain lexicons, risk, KPI, email text...) into a
new folder and sets there what differs between deployments: the company as agents and customers
say it (the ``company`` set used by the introduction, greeting and signature rules), the jargon
domains of the business (``rules/lexicons/jargon/<domain>.yaml``; IT terms are always added) and
the scorecard names. Greeting and closing formulas are then edited in that folder's
``scorecards/<lang>.yaml``; point the pipeline at it with ``--rules-dir`` (or the flow's
``rules_dir`` parameter).
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import click

from pipeline.config import DEFAULT_RULES_DIR

DOMAINS = ("telecom", "bank", "retail", "public-services")
ALWAYS_DOMAINS = ("it",)


def company_forms(name: str, aliases: tuple[str, ...] = ()) -> list[str]:
    """The company set: the full name and aliases with flexible endings (``ладог* телеком*``), the
    full name first, lower-cased, no quotes. A hyphenated or run-together name also gets its spaced form
    (``стоп-жук*`` and ``стоп жук*``, ``farroad`` and ``far road``): call transcripts write it as words.
    An ampersand is also said as a word (``chimney & stove`` and ``chimney and stove``, «… и …»)."""
    out: list[str] = []
    for raw in (name, *aliases):
        unquoted = re.sub(r"[«»\"“”„']", " ", raw)
        form = _form(unquoted)
        spaced = " ".join(_form(re.sub(r"(?<=[a-zа-яё])(?=[A-ZА-ЯЁ])", " ", unquoted)).replace("-", " ").split())
        for variant in (form, spaced, _ampersand_said(form), _ampersand_said(spaced)):
            if variant and variant not in out:
                out.append(variant)
    return out


def _ampersand_said(form: str) -> str:
    """The form with "&" said as a word ("and", «и» in a Cyrillic name); empty where there is no "&"."""
    if "&" not in form:
        return ""
    word = "и" if re.search(r"[а-яё]", form) else "and"
    return " ".join(form.replace("&", f" {word} ").split())


def _form(name: str) -> str:
    """Lower-cased words with flexible Russian endings; a hyphen stays inside its word («стоп-жук*»)."""
    return " ".join(_stem(w) for w in name.lower().split())


def _stem(word: str) -> str:
    """Inflected forms in Russian («Невской Энергии», «Ладоги Телекома»): a Cyrillic word of more
    than four letters keeps its stem (vowel, «й», «ь» endings cut) and matches any ending."""
    if len(word) <= 4 or not re.fullmatch(r"[а-яё\-]+", word):
        return word
    stem = re.sub(r"[аеёиоуыэюяйь]{1,2}$", "", word)
    return (stem if len(stem) >= 3 else word) + "*"


def _slug(name: str) -> str:
    return re.sub(r"\W+", "_", name.lower()).strip("_") or "company"


def _set_line(text: str, key: str, value: str) -> str:
    """Replace the top-level ``key:`` line of a YAML text (comments elsewhere stay as written)."""
    pattern = re.compile(rf"^{re.escape(key)}:.*$", re.MULTILINE)
    line = f"{key}: {value}"
    if pattern.search(text):
        return pattern.sub(lambda _: line, text, count=1)
    return f"{line}\n{text}"


def _flow(items: list[str]) -> str:
    return "[" + ", ".join(f'"{i}"' for i in items) + "]"


def init_rules(target: Path, company: str, domain: str, aliases: tuple[str, ...] = (),
               source: Path = DEFAULT_RULES_DIR) -> list[Path]:
    """Write the starting rules folder; returns the scorecard files written."""
    if domain not in DOMAINS:
        raise click.BadParameter(f"unknown domain '{domain}' (known: {', '.join(DOMAINS)})")
    if target.exists() and any(target.iterdir()):
        raise click.ClickException(f"{target} exists and is not empty: choose a new folder")
    shutil.copytree(source, target, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__"))
    forms = company_forms(company, aliases)
    domains = [domain, *(d for d in ALWAYS_DOMAINS if d != domain)]
    written = []
    for path in sorted((target / "scorecards").glob("*.yaml")):
        text = path.read_text(encoding="utf-8")
        lang = path.stem
        text = _set_line(text, "scorecard", f"{_slug(company)}_{lang}")
        text = _set_line(text, "company", _flow(forms))
        text = _set_line(text, "jargon_domains", _flow(domains))
        header = f"# Rules of {company} ({domain}), written by `servicelens init-rules` from the project defaults.\n"
        path.write_text(header + text, encoding="utf-8")
        written.append(path)
    return written


@click.command("init-rules")
@click.argument("target", type=click.Path(file_okay=False, path_type=Path))
@click.option("--company", required=True, help="The company's name as agents say it (e.g. \"Невская Энергия\").")
@click.option("--alias", "aliases", multiple=True, help="Other names customers and agents use (repeatable).")
@click.option("--domain", type=click.Choice(DOMAINS), required=True,
              help="The business: chooses the jargon lexicon (IT terms are always included).")
def init_rules_command(target: Path, company: str, aliases: tuple[str, ...], domain: str) -> None:
    """Write a starting rules folder for one deployment into TARGET (a new folder)."""
    written = init_rules(target, company, domain, aliases)
    from pipeline.scoring.scorecard_rules import load_scorecards

    cards = load_scorecards(target)  # validate what was written
    click.echo(f"Wrote {target} for {company} ({domain}): scorecards "
               + ", ".join(f"{c.scorecard} ({len(c.lexicons.get('jargon', []))} jargon terms)" for c in cards.values()))
    click.echo(f"Company set: {company_forms(company, aliases)}. Edit greeting and closing formulas in "
               f"{', '.join(str(p) for p in written)}; run with --rules-dir {target}.")


init_rules_cmd = init_rules_command
