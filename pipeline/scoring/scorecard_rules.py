"""Typed scorecards: the YAML in ``rules/scorecards/<lang>.yaml`` as validated pydantic models.

A scorecard is a list of criteria. Each criterion says **who** must (or must not) say
**what**, **where** in the contact, on which **channels**, with which **weight**, whether a
failure is **critical** (auto-fail) and when the criterion does **not apply**. The ``check``
field selects how it is decided:

``phrase``     pass when every pattern group matches in scope (greeting, introduction...)
``forbidden``  fail when any pattern group matches in scope (blame-shifting, rudeness, jargon)
``name_use``   pass when the agent addresses the customer by ``[NAME]`` / the customer's name
``first_response_sla``  first agent reply after the first customer turn within ``sla_seconds``
                        (or the thresholds of ``rules/kpi.yaml`` with ``sla_from_kpi: true``)
``interruptions``       calls: the agent cut the customer off more than ``max_interruptions``
``hold``       calls: a silence over ``max_silence_s`` not announced by a hold phrase just before
``jargon``     fail on a lexicon term (the jargon domains of the deployment) or, with ``jargon:``
               settings, on an unexplained abbreviation or a rare technical word the customer
               did not use first (:mod:`pipeline.scoring.jargon`)

Patterns are the one rule syntax of ``docs/RULES.md`` (engine: :mod:`pipeline.scoring.rule_engine`):
lemma phrases with gaps, regexes over the folded text, the one negation rule, named ``lexicons``
shared by several criteria (the jargon list) and ``sets``. Loading fails with a :class:`ConfigError` naming the
file, the criterion and the problem.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, TypeGuard

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.config import DEFAULT_RULES_DIR, ConfigError, check_regexes, describe_errors, read_yaml

CheckKind = Literal["phrase", "forbidden", "name_use", "first_response_sla", "interruptions", "hold", "jargon"]
SpeakerName = Literal["agent", "customer", "any"]
ChannelName = Literal["call", "chat", "email", "webform"]
ALL_CHANNELS: tuple[ChannelName, ...] = ("call", "chat", "email", "webform")


def is_channel_name(name: str) -> TypeGuard[ChannelName]:
    return name in ALL_CHANNELS


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


def _check_phrases(value: list[str]) -> list[str]:
    for phrase in value:
        if not phrase.strip():
            raise ValueError("empty phrase")
        for word in phrase.split():
            if "|" in word and "-" in word.strip("-"):
                raise ValueError(
                    f"phrase {phrase!r}: alternatives ('|') cannot hold hyphenated words (the tokenizer "
                    f"splits them into parts); write the hyphenated form as a phrase of its own")
            if word.strip("|*") == "" or "||" in word:
                raise ValueError(f"phrase {phrase!r}: empty alternative in {word!r}")
    return value


class PatternGroup(_Strict):
    """One set of alternatives: any phrase, regex or lexicon entry matching counts as a match."""

    name: str = "match"
    phrases: list[str] = Field(default_factory=list)
    regexes: list[str] = Field(default_factory=list)
    lexicon: str | None = None  # name of an entry in Scorecard.lexicons, used as extra phrases
    max_gap: int | None = Field(default=None, ge=0, le=10)
    # forbidden checks: matches of this group are excused when `unless` matches anywhere in the
    # agent's turns («звоните в другой отдел» is fine when the agent also transfers the call)
    unless: PatternGroup | None = None
    # the group also counts as found in a scoped turn listed in Interaction.metadata[<key>]: the
    # email ingest strips signatures and lists the turns that had one under "signatures"
    metadata_turns: str | None = None
    # phrase checks: the group also counts as found when every one of these criteria (of the same scorecard)
    # passed for the contact — complaint_handling's ownership is shown by a remedy given without blame or rudeness,
    # even with no «я займусь» said; the evidence is the first of these criteria's evidence
    implied_by_passing: list[str] = Field(default_factory=list)
    # ...except when this group matches in the criterion's turns (a refusal: «перерасчёта не будет», "no refund")
    implied_unless: PatternGroup | None = None
    # phrase checks: the group counts as not found, said or implied, when any of these criteria failed for the
    # contact — complaint_handling's ownership is contradicted by shifting the blame («должна была она сама»)
    void_if_failing: list[str] = Field(default_factory=list)

    @field_validator("regexes")
    @classmethod
    def _regexes_compile(cls, value: list[str]) -> list[str]:
        return check_regexes(value)

    @field_validator("phrases")
    @classmethod
    def _phrases_well_formed(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)

    def is_empty(self) -> bool:
        return not (self.phrases or self.regexes or self.lexicon or self.metadata_turns)


class Where(_Strict):
    """Where in the contact to look: the first/last N turns of the criterion's speaker, the
    first N seconds of a call (or of a chat by timestamps), and optionally only the first/last
    characters of those turns (an email's opening line, its signature)."""

    first_turns: int | None = Field(default=None, ge=1)
    last_turns: int | None = Field(default=None, ge=1)
    first_seconds: float | None = Field(default=None, gt=0)
    first_chars: int | None = Field(default=None, ge=1)
    last_chars: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _one_window(self) -> Where:
        if self.first_turns and self.last_turns:
            raise ValueError("first_turns and last_turns exclude each other")
        if self.first_chars and self.last_chars:
            raise ValueError("first_chars and last_chars exclude each other")
        return self


class AppliesWhen(_Strict):
    """When a criterion applies; any one condition listed suffices. Without any, it always applies.

    ``signals``: the analysis stage detected one of these signals (``complaint``...);
    ``customer_sentiment_below``: customer sentiment (overall, start or end) under this value;
    ``customer_says``: the customer's turns match this pattern group (a fallback cue when the
    analysis signals are absent).
    """

    signals: list[str] = Field(default_factory=list)
    customer_sentiment_below: float | None = Field(default=None, ge=-1, le=1)
    customer_says: PatternGroup | None = None


class Confidence(_Strict):
    """Confidence reported for a decision found by a pattern and for one made by absence."""

    match: float = Field(default=0.9, ge=0, le=1)
    no_match: float = Field(default=0.75, ge=0, le=1)


class JargonSettings(_Strict):
    """The generic detectors of ``check: jargon`` (beside the lexicon of domain terms).

    An *abbreviation* is a word of 2–``max_abbreviation_length`` capitals («ГВС», "HEVC") that is
    not widely known (``known_abbreviations``), not explained in the same text («… (далее – ИТП)»,
    «индивидуальный тепловой пункт (ИТП)»), not part of an organisation's name (after one of
    ``name_markers`` such as «ООО», or inside quotes) and not used by the customer first.
    A *rare term* is a word of at least ``rare_min_length`` letters whose lemma's Zipf frequency in
    a general word list (``wordfreq``) is below ``rare_zipf_below``, unless listed in
    ``known_terms`` or used by the customer first."""

    abbreviations: bool = True
    max_abbreviation_length: int = Field(default=6, ge=2, le=10)
    known_abbreviations: list[str] = Field(default_factory=list)
    name_markers: list[str] = Field(default_factory=list)
    rare_terms: bool = False
    rare_zipf_below: float = Field(default=1.0, ge=0, le=8)
    rare_min_length: int = Field(default=7, ge=3)
    known_terms: list[str] = Field(default_factory=list)
    # an abbreviation the customer wrote first excuses the agent (False: it still needs explaining — the
    # SPb guide's call: a resident's «ГВС» in their own complaint text does not make it plain)
    customer_excuses_abbreviations: bool = True
    # trade notations no word list knows, as regular expressions: room numbers «2-Н», units «кгс/см2»
    notations: list[str] = Field(default_factory=list)

    @field_validator("notations")
    @classmethod
    def _notations_compile(cls, value: list[str]) -> list[str]:
        return check_regexes(value)


class Criterion(_Strict):
    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    description: str
    check: CheckKind = "phrase"
    channels: list[ChannelName] = Field(default_factory=lambda: list(ALL_CHANNELS))
    speaker: SpeakerName = "agent"
    where: Where = Field(default_factory=Where)
    # patterns: either the shorthand phrases/regexes/lexicon (one group) or require: [groups]
    phrases: list[str] = Field(default_factory=list)
    regexes: list[str] = Field(default_factory=list)
    lexicon: str | None = None
    require: list[PatternGroup] = Field(default_factory=list)
    exclude: PatternGroup | None = None  # matches overlapping these spans do not count
    negation_guard: bool | None = None  # default: on for phrase checks, off for forbidden
    max_gap: int | None = Field(default=None, ge=0, le=10)
    applies_when: AppliesWhen | None = None
    weight: float = Field(default=1.0, ge=0)
    critical: bool = False
    confidence: Confidence = Field(default_factory=Confidence)
    classifier: str | None = None  # name registered with compliance.register_classifier
    # the lowest score at which the classifier's vote counts (None: the classifier's own threshold; with
    # `learned`, the trained one); a deployment raises it to trade recall for fewer false alarms
    vote_threshold: float | None = Field(default=None, gt=0, le=1)
    # parameters of the non-phrase checks
    sla_seconds: dict[ChannelName, float] = Field(default_factory=dict)
    sla_from_kpi: bool = False  # take the thresholds from rules/kpi.yaml (sla.<channel>.threshold_s)
    max_interruptions: int | None = Field(default=None, ge=0)
    max_silence_s: float | None = Field(default=None, gt=0)
    announce_within_turns: int = Field(default=2, ge=1)
    jargon: JargonSettings | None = None  # check 'jargon': the generic detectors

    @field_validator("regexes")
    @classmethod
    def _regexes_compile(cls, value: list[str]) -> list[str]:
        return PatternGroup._regexes_compile(value)

    @field_validator("phrases")
    @classmethod
    def _phrases_well_formed(cls, value: list[str]) -> list[str]:
        return _check_phrases(value)

    @model_validator(mode="after")
    def _consistent(self) -> Criterion:
        shorthand = bool(self.phrases or self.regexes or self.lexicon)
        if shorthand and self.require:
            raise ValueError("give either phrases/regexes/lexicon or require: [groups], not both")
        if shorthand:
            self.require = [PatternGroup(name="match", phrases=self.phrases, regexes=self.regexes,
                                         lexicon=self.lexicon, max_gap=self.max_gap)]
        if self.check == "jargon" and self.jargon is None:
            self.jargon = JargonSettings()
        if self.check in ("phrase", "forbidden"):
            if not self.require or all(g.is_empty() for g in self.require):
                raise ValueError(f"check '{self.check}' needs phrases, regexes, a lexicon or require groups")
            for group in self.require:
                if group.is_empty():
                    raise ValueError(f"pattern group '{group.name}' is empty")
        if self.check == "first_response_sla" and not (self.sla_seconds or self.sla_from_kpi):
            raise ValueError("check 'first_response_sla' needs sla_seconds per channel or sla_from_kpi: true")
        if self.check == "interruptions" and self.max_interruptions is None:
            raise ValueError("check 'interruptions' needs max_interruptions")
        if self.check == "hold" and self.max_silence_s is None:
            raise ValueError("check 'hold' needs max_silence_s")
        if self.check == "hold" and not self.require:
            raise ValueError("check 'hold' needs the hold-announcement phrases")
        if self.vote_threshold is not None and not self.classifier:
            raise ValueError("vote_threshold needs a classifier (e.g. classifier: learned)")
        if self.negation_guard is None:
            self.negation_guard = self.check in ("phrase", "name_use", "hold")
        return self

    def groups(self) -> list[PatternGroup]:
        return self.require


class Negation(_Strict):
    """Words that turn a phrase into its opposite when they come just before it (or inside a gap)."""

    words: list[str] = Field(default_factory=list)
    window: int = Field(default=2, ge=0, le=6)


class Scorecard(_Strict):
    scorecard: str
    language: Literal["ru", "en"]
    version: str = "1"
    max_gap: int = Field(default=1, ge=0, le=10)
    negation: Negation = Field(default_factory=Negation)
    lexicons: dict[str, list[str]] = Field(default_factory=dict)
    sets: dict[str, list[str]] = Field(default_factory=dict)  # {name} in a phrase or regex: each entry
    # {name} in a regex: this regex fragment, pasted as written (one group; it may hold {company} and sets)
    patterns: dict[str, str] = Field(default_factory=dict)
    # the deployment's company as agents and customers say it ("ладог* телеком*"): the set {company}
    company: list[str] = Field(default_factory=list)
    # rules/lexicons/jargon/<domain>.yaml files whose terms join lexicons.jargon (the deployment's domains)
    jargon_domains: list[str] = Field(default_factory=list)
    criteria: list[Criterion]

    @field_validator("lexicons")
    @classmethod
    def _lexicon_phrases(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, phrases in value.items():
            try:
                _check_phrases(phrases)
            except ValueError as exc:
                raise ValueError(f"lexicon '{name}': {exc}") from exc
        return value

    @model_validator(mode="after")
    def _references(self) -> Scorecard:
        seen: set[str] = set()
        for crit in self.criteria:
            if crit.id in seen:
                raise ValueError(f"criterion '{crit.id}': duplicate id")
            seen.add(crit.id)
            groups = list(crit.require) + [g.unless for g in crit.require if g.unless]
            groups += [g.implied_unless for g in crit.require if g.implied_unless]
            groups += [crit.exclude] if crit.exclude else []
            if crit.applies_when and crit.applies_when.customer_says:
                groups.append(crit.applies_when.customer_says)
            for group in groups:
                if group.lexicon and group.lexicon not in self.lexicons and not (
                        group.lexicon == "jargon" and self.jargon_domains):
                    raise ValueError(f"criterion '{crit.id}': unknown lexicon '{group.lexicon}'")
        self.decision_order()  # implied_by_passing, void_if_failing: known criteria, phrase checks only, no cycle
        return self

    def dependencies(self, crit: Criterion) -> list[str]:
        """The criteria whose results ``crit`` reads (its groups' ``implied_by_passing`` and ``void_if_failing``)."""
        return list(dict.fromkeys(name for g in crit.require for name in [*g.implied_by_passing, *g.void_if_failing]))

    def decision_order(self) -> list[Criterion]:
        """The criteria in file order, except that a criterion comes after those it reads."""
        by_id = {c.id: c for c in self.criteria}
        for crit in self.criteria:
            for field in ("implied_by_passing", "void_if_failing"):
                names = list(dict.fromkeys(name for g in crit.require for name in getattr(g, field)))
                if names and crit.check != "phrase":
                    raise ValueError(f"criterion '{crit.id}': {field} works in phrase checks only")
                for name in names:
                    if name not in by_id or name == crit.id:
                        raise ValueError(f"criterion '{crit.id}': {field} names "
                                         f"{'itself' if name == crit.id else f'an unknown criterion {name!r}'}")
            if any(g.implied_unless and not g.implied_by_passing for g in crit.require):
                raise ValueError(f"criterion '{crit.id}': implied_unless needs implied_by_passing")
        order: list[Criterion] = []
        placed: set[str] = set()
        visiting: list[str] = []

        def place(crit: Criterion) -> None:
            if crit.id in placed:
                return
            if crit.id in visiting:
                raise ValueError("implied_by_passing / void_if_failing goes round in a circle: "
                                 + " → ".join([*visiting, crit.id]))
            visiting.append(crit.id)
            for name in self.dependencies(crit):
                place(by_id[name])
            visiting.pop()
            placed.add(crit.id)
            order.append(crit)

        for crit in self.criteria:
            place(crit)
        return order

    def all_sets(self) -> dict[str, list[str]]:
        """``sets`` plus ``{company}`` from ``company``."""
        return {**({"company": self.company} if self.company else {}), **self.sets}

    def criterion(self, criterion_id: str) -> Criterion:
        return next(c for c in self.criteria if c.id == criterion_id)


def _describe(exc: ValidationError, data: dict) -> str:
    """Turn pydantic errors into 'criterion <id>: field: message' lines."""
    criteria = data.get("criteria")
    if not isinstance(criteria, list):
        criteria = []
    problems = []
    for err in exc.errors():
        loc = list(err["loc"])
        where = ".".join(str(p) for p in loc) or "<root>"
        if len(loc) >= 2 and loc[0] == "criteria" and isinstance(loc[1], int):
            idx = loc[1]
            raw = criteria[idx] if idx < len(criteria) else {}
            cid = raw.get("id", f"#{idx + 1}") if isinstance(raw, dict) else f"#{idx + 1}"
            field = ".".join(str(p) for p in loc[2:]) or "<criterion>"
            where = f"criterion '{cid}': {field}"
        msg = err["msg"].removeprefix("Value error, ")
        problems.append(f"{where}: {msg}")
    return "; ".join(problems)


def load_scorecard_file(path: str | Path) -> Scorecard:
    """Load and validate one scorecard file; errors name the file, the criterion and the problem.
    The terms of its ``jargon_domains`` (``<rules>/lexicons/jargon/<domain>.yaml`` beside its
    ``scorecards/`` folder) join its ``jargon`` lexicon."""
    path = Path(path)
    data = read_yaml(path)
    try:
        card = Scorecard.model_validate(data)
    except ValidationError as exc:
        unknown = describe_errors(path, exc, only_unknown_keys=True)  # file:line: unknown key 'x'
        raise ConfigError("\n".join(x for x in (unknown, f"{path}: {_describe(exc, data)}") if x)) from exc
    if card.jargon_domains:
        terms = card.lexicons.setdefault("jargon", [])
        for domain in card.jargon_domains:
            terms.extend(t for t in jargon_domain_terms(path.parent.parent, domain, card.language) if t not in terms)
            known = jargon_domain_known_abbreviations(path.parent.parent, domain, card.language)
            for crit in card.criteria:
                if crit.jargon is not None:
                    crit.jargon.known_abbreviations.extend(a for a in known if a not in crit.jargon.known_abbreviations)
    return card


def _jargon_domain_path(rules_dir: Path, domain: str) -> Path:
    path = rules_dir / "lexicons" / "jargon" / f"{domain}.yaml"
    if not path.is_file():  # a rules folder without its own domain files uses the project's
        path = DEFAULT_RULES_DIR / "lexicons" / "jargon" / f"{domain}.yaml"
    return path


def jargon_domain_known_abbreviations(rules_dir: Path, domain: str, language: str) -> list[str]:
    """The ``known_abbreviations: {<language>: [...]}`` of a jargon domain file: abbreviations a
    customer of that domain knows (organisations, institutions, document types), which the generic
    abbreviation detector of ``clear_language`` lets pass. Missing: none."""
    path = _jargon_domain_path(rules_dir, domain)
    if not path.is_file():
        return []
    data = read_yaml(path) or {}
    section = data.get("known_abbreviations") or {}
    if not isinstance(section, dict):
        raise ConfigError(f"{path}: 'known_abbreviations' must map a language to a list of abbreviations")
    known = section.get(language) or []
    if not isinstance(known, list) or not all(isinstance(a, str) and a.strip() and " " not in a.strip() for a in known):
        raise ConfigError(f"{path}: known_abbreviations.{language} must be a list of single words")
    return [a.strip() for a in known]


def jargon_domain_terms(rules_dir: Path, domain: str, language: str) -> list[str]:
    """The ``language`` terms of ``rules_dir/lexicons/jargon/<domain>.yaml`` (validated phrases); a
    rules folder without that file falls back to the project's."""
    path = _jargon_domain_path(rules_dir, domain)
    if not path.is_file():
        folders = {rules_dir / "lexicons" / "jargon", path.parent}
        known = sorted({p.stem for f in folders if f.is_dir() for p in f.glob("*.yaml")})
        raise ConfigError(f"{rules_dir / 'lexicons' / 'jargon' / domain}.yaml: no jargon domain '{domain}' "
                          f"(known: {known or 'none'})")
    data = read_yaml(path) or {}
    terms = data.get(language) or []
    if not isinstance(terms, list) or not all(isinstance(t, str) for t in terms):
        raise ConfigError(f"{path}: '{language}' must be a list of phrases")
    try:
        return _check_phrases([t for t in terms if t.strip()])
    except ValueError as exc:
        raise ConfigError(f"{path}: {exc}") from exc


def load_scorecards(rules_dir: str | Path | None = None) -> dict[str, Scorecard]:
    """All scorecards under ``rules_dir/scorecards``, keyed by language."""
    base = (Path(rules_dir) if rules_dir else DEFAULT_RULES_DIR) / "scorecards"
    cards: dict[str, Scorecard] = {}
    for path in sorted(base.glob("*.yaml")):
        card = load_scorecard_file(path)
        if card.language in cards:
            raise ConfigError(f"{path}: a second scorecard for language '{card.language}'")
        cards[card.language] = card
    kpi_sla: dict[str, float] | None = None
    for card in cards.values():
        for crit in card.criteria:
            if crit.check == "first_response_sla" and crit.sla_from_kpi:
                if kpi_sla is None:
                    from pipeline.kpi.config import load_kpi_config, sla_thresholds

                    has_kpi = (base.parent / "kpi.yaml").is_file()  # a scorecard-only folder: no SLA
                    kpi_sla = sla_thresholds(load_kpi_config(rules_dir)) if has_kpi else {}
                from_kpi = {c: s for c, s in kpi_sla.items() if is_channel_name(c)}
                crit.sla_seconds = {**from_kpi, **crit.sla_seconds}
    if not cards:
        raise ConfigError(f"{base}: no scorecard files (*.yaml)")
    return cards
