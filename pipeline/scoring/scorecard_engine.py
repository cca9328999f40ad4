"""The scorecard engine: one interaction × every criterion of its scorecard → CriterionResults.

``ScorecardEngine.from_rules(rules_dir)`` compiles the scorecards once (lemmatized phrases,
compiled regexes); ``engine.evaluate(interaction)`` returns the criterion results and
``engine.score(interaction)`` also fills ``interaction.criteria`` and ``interaction.qa_score``.

The scorecard is chosen by ``Interaction.language`` (falling back to Russian). Calls still
awaiting transcription (no turns) get no criteria and no score. The QA score is the weighted
share of passed criteria among those that apply (``na`` excluded), 0–100; a failed critical
criterion sets it to 0.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import overload

from pipeline.scoring.rule_engine import (
    NO_NEGATION,
    CompiledGroup,
    Match,
    NegationGuard,
    TurnTokens,
    compile_group,
    find_matches,
    negation_guard,
    overlaps,
)
from pipeline.scoring.jargon import (
    CustomerWords,
    explained_abbreviations,
    notations,
    rare_terms,
    unexplained_abbreviations,
)
from pipeline.scoring.scorecard_rules import Criterion, PatternGroup, Scorecard, load_scorecards
from pipeline.config import ConfigError
from pipeline.model import Channel, CriterionResult, Evidence, Interaction, Speaker, Turn
from pipeline.nlp.lemmas import Lemmatizer, get_lemmatizer
from pipeline.kpi.timings import first_response_seconds

FALLBACK_LANGUAGE = "ru"
ROLE_INFERRED_FACTOR = 0.85  # speaker roles guessed on a mono call: trust every decision less

# A trained model for one criterion: (interaction, criterion) -> (result, confidence) or
# (result, confidence, evidence match) or None to leave the decision to the patterns. Register it by
# name; a scorecard names it in `classifier`. Without its own evidence the rule's matches stay.
Classifier = Callable[[Interaction, Criterion], "tuple[str, float] | tuple[str, float, Match | None] | None"]
_CLASSIFIERS: dict[str, Classifier] = {}
LEARNED = "learned"  # the classifiers `servicelens train scorecard` writes; loaded on first use
LEARNED_MODEL_DIR = "scorecard_criteria"  # under models/: where `train scorecard` writes them


def register_classifier(name: str, classifier: Classifier) -> None:
    """Make a trained criterion classifier available to scorecards under ``name``."""
    _CLASSIFIERS[name] = classifier


@dataclass(slots=True)
class _Decision:
    result: str
    confidence: float
    evidence: list[Match] = field(default_factory=list)
    note: str | None = None


@dataclass(slots=True)
class CompiledCriterion:
    criterion: Criterion
    groups: list[CompiledGroup]
    exclude: CompiledGroup | None
    customer_says: CompiledGroup | None
    guard: NegationGuard


@dataclass(slots=True)
class CompiledScorecard:
    card: Scorecard
    criteria: list[CompiledCriterion]
    guard: NegationGuard
    decision_order: list[CompiledCriterion]  # criteria after those whose results they read (implied_by_passing)
    degraded: tuple[str, ...] = ()  # why a criterion scores with less than its scorecard names (a missing model)


class _View:
    """Tokens of an interaction's turns, computed once per interaction."""

    def __init__(self, interaction: Interaction, lemmatizer: Lemmatizer, lang: str, guard: NegationGuard):
        self.interaction = interaction
        self.guard = guard  # the card's negation rule, whatever a criterion's: a negated deed excuses nothing
        self._lemmatizer = lemmatizer
        self.lang = lang
        self._tokens: dict[int, TurnTokens] = {}
        self.decided: dict[str, _Decision] = {}  # criterion id -> its final decision, as they are taken

    def tokens(self, turn: Turn) -> TurnTokens:
        toks = self._tokens.get(turn.index)
        if toks is None:
            text = turn.text or ""
            toks = TurnTokens(text, self._lemmatizer.tokens(text, turn.language or self.lang))
            self._tokens[turn.index] = toks
        return toks


def _compile(card: Scorecard, lemmatizer: Lemmatizer) -> CompiledScorecard:
    lang = card.language
    guard = negation_guard(card.negation.words, card.negation.window, lemmatizer, lang)

    @overload
    def comp(group: PatternGroup) -> CompiledGroup: ...
    @overload
    def comp(group: None) -> None: ...
    def comp(group: PatternGroup | None) -> CompiledGroup | None:
        if group is None:
            return None
        return compile_group(group, lemmatizer, lang, card.max_gap, card.lexicons, card.all_sets(), card.patterns)

    compiled, degraded = [], []
    for crit in card.criteria:
        if crit.classifier == LEARNED:
            reason = _learned_unavailable()
            if reason:  # the shipped scorecards vote on no_rudeness: without the model the rules decide, and say so
                degraded.append(f"scorecard '{card.scorecard}': '{crit.id}' scored by its rules alone ({reason})")
                crit = crit.model_copy(update={"classifier": None, "vote_threshold": None})
        if crit.classifier and crit.classifier not in _CLASSIFIERS:
            hint = " (train it: `servicelens train scorecard`)" if crit.classifier == LEARNED else ""
            raise ConfigError(
                f"scorecard '{card.scorecard}': criterion '{crit.id}': classifier '{crit.classifier}' "
                f"is not registered{hint} (known: {sorted(_CLASSIFIERS) or 'none'})"
            )
        compiled.append(
            CompiledCriterion(
                criterion=crit,
                groups=[comp(g) for g in crit.groups()],
                exclude=comp(crit.exclude),
                customer_says=comp(crit.applies_when.customer_says if crit.applies_when else None),
                guard=guard if crit.negation_guard else NO_NEGATION,
            )
        )
    by_id = {cc.criterion.id: cc for cc in compiled}
    return CompiledScorecard(card, compiled, guard, [by_id[c.id] for c in card.decision_order()], tuple(degraded))


def _learned_unavailable() -> str | None:
    """Why the ``learned`` classifier cannot vote (no trained model, or one that does not load); None when it can."""
    from pipeline.training.criteria import learned_model_path, register_learned

    try:
        if register_learned():  # the project's models/scorecard_criteria/ as it is now, when trained
            return None
    except Exception as exc:  # a damaged model file must not stop the night
        return f"learned model unreadable: {type(exc).__name__}: {exc}"[:300]
    if LEARNED in _CLASSIFIERS:  # registered by the caller (a test, a deployment's own model)
        return None
    return f"no learned model at {learned_model_path()}: run `servicelens train scorecard`"


class ScorecardEngine:
    """Compiled scorecards by language; stateless apart from the compiled rules."""

    def __init__(self, cards: dict[str, Scorecard], lemmatizer: Lemmatizer | None = None):
        self.lemmatizer = lemmatizer or get_lemmatizer()
        self.cards = {lang: _compile(card, self.lemmatizer) for lang, card in cards.items()}

    @property
    def degraded_reasons(self) -> list[str]:
        """What the compiled scorecards could not honour (the night notes them: it runs ``degraded``)."""
        return [reason for compiled in self.cards.values() for reason in compiled.degraded]

    @classmethod
    def from_rules(cls, rules_dir: str | Path | None = None) -> ScorecardEngine:
        return cls(load_scorecards(rules_dir))

    def scorecard_for(self, interaction: Interaction) -> CompiledScorecard:
        lang = (interaction.language or "").lower()[:2]
        if lang in self.cards:
            return self.cards[lang]
        return self.cards.get(FALLBACK_LANGUAGE) or next(iter(self.cards.values()))

    # --- public API ------------------------------------------------------------------------
    def evaluate(self, interaction: Interaction) -> list[CriterionResult]:
        """Results for every criterion of the interaction's scorecard that covers its channel."""
        if not interaction.turns:
            return []
        compiled = self.scorecard_for(interaction)
        view = _View(interaction, self.lemmatizer, compiled.card.language, compiled.guard)
        inferred = any(t.role_inferred for t in interaction.turns)
        for cc in compiled.decision_order:
            if interaction.channel.value in cc.criterion.channels:
                view.decided[cc.criterion.id] = self._final_decision(cc, view)
        results = []
        for cc in compiled.criteria:
            crit = cc.criterion
            decision = view.decided.get(crit.id)
            if decision is None:
                continue
            confidence = decision.confidence * (ROLE_INFERRED_FACTOR if inferred else 1.0)
            results.append(
                CriterionResult(
                    criterion_id=crit.id,
                    result=decision.result,
                    confidence=round(confidence, 3),
                    weight=crit.weight,
                    critical=crit.critical,
                    scorecard=compiled.card.scorecard,
                    evidence=[Evidence(m.turn_index, m.start, m.end, m.text) for m in decision.evidence],
                    note=decision.note,
                )
            )
        return results

    def score(self, interaction: Interaction) -> Interaction:
        """Fill ``interaction.criteria`` and ``interaction.qa_score`` in place."""
        interaction.criteria = self.evaluate(interaction)
        interaction.qa_score = qa_score(interaction.criteria)
        return interaction

    # --- one criterion -----------------------------------------------------------------------
    def _final_decision(self, cc: CompiledCriterion, view: _View) -> _Decision:
        """The rules' decision, then the criterion's classifier where it disagrees more confidently."""
        crit = cc.criterion
        decision = self._decide(cc, view)
        if crit.classifier:
            verdict = _CLASSIFIERS[crit.classifier](view.interaction, crit)
            # a vote that agrees with the rule leaves the rule's decision (its matches are the evidence)
            if verdict is not None and verdict[0] != decision.result and verdict[1] > decision.confidence:
                own = verdict[2] if len(verdict) > 2 else None
                decision = _Decision(verdict[0], verdict[1], [own] if own is not None else decision.evidence,
                                     f"classifier {crit.classifier}")
        return decision

    def _decide(self, cc: CompiledCriterion, view: _View) -> _Decision:
        crit = cc.criterion
        inter = view.interaction
        reason = _not_applicable(cc, view)
        if reason:
            return _Decision("na", crit.confidence.match, note=reason)
        if crit.speaker != "customer" and not inter.turns_by(Speaker.AGENT):
            return _Decision("na", crit.confidence.match, note="no agent turns")
        check = crit.check
        if check == "phrase":
            return self._phrase(cc, view)
        if check == "forbidden":
            return self._forbidden(cc, view)
        if check == "name_use":
            return self._name_use(cc, view)
        if check == "first_response_sla":
            return _first_response(crit, inter)
        if check == "interruptions":
            return _interruptions(crit, inter)
        if check == "hold":
            return self._hold(cc, view)
        if check == "jargon":
            return self._jargon(cc, view)
        raise AssertionError(check)

    def _scoped_matches(self, cc: CompiledCriterion, view: _View, group: CompiledGroup,
                        turns: list[Turn] | None = None, guard: NegationGuard | None = None) -> list[Match]:
        crit = cc.criterion
        found: list[Match] = []
        for turn in turns if turns is not None else _scope(crit, view.interaction):
            toks = view.tokens(turn)
            span = _char_span(crit, turn.text or "")
            hits = find_matches(group, turn.index, turn.text or "", toks, cc.guard if guard is None else guard, span)
            if hits and cc.exclude is not None:
                excluded = find_matches(cc.exclude, turn.index, turn.text or "", toks, NO_NEGATION, span)
                hits = [h for h in hits if not any(overlaps(h, x) for x in excluded)]
            found.extend(hits)
        return found

    def _metadata_matches(self, cc: CompiledCriterion, group_index: int, view: _View) -> list[Match]:
        """Scoped turns listed in ``metadata[group.metadata_turns]`` (e.g. emails whose signature
        the ingest stripped): a zero-width match at the end of the turn."""
        key = cc.criterion.groups()[group_index].metadata_turns
        listed = view.interaction.metadata.get(key) if key else None
        if not listed:
            return []
        wanted = set(listed)
        return [Match(t.index, len(t.text or ""), len(t.text or ""), "", f"{key} (stripped at ingest)")
                for t in _scope(cc.criterion, view.interaction) if t.index in wanted]

    def _phrase(self, cc: CompiledCriterion, view: _View) -> _Decision:
        crit = cc.criterion
        evidence: list[Match] = []
        missing: list[str] = []
        implied: list[str] = []
        for n, group in enumerate(cc.groups):
            hits = self._scoped_matches(cc, view, group) or self._metadata_matches(cc, n, view)
            if not hits:
                by_passing = crit.groups()[n].implied_by_passing
                hits = _implied_matches(by_passing, view)
                if hits and group.implied_unless is not None:
                    refused = self._scoped_matches(cc, view, group.implied_unless)
                    if refused:
                        hits = []
                        implied.append(f"{group.name} not implied: '{refused[0].text}'")
                if hits:
                    implied.append(f"{group.name} implied: {', '.join(by_passing)} passed")
            voided_by = _failed(crit.groups()[n].void_if_failing, view)
            if hits and voided_by:
                hits = []
                implied.append(f"{group.name} void: {', '.join(voided_by)} failed")
            if hits:
                evidence.append(hits[0])
            else:
                missing.append(group.name)
        if not missing:
            note = "; ".join(implied) or None
            return _Decision("pass", crit.confidence.match, evidence, note=note)
        if missing == ["match"]:
            return _Decision("fail", crit.confidence.no_match, evidence, note="no matching phrase where expected")
        return _Decision("fail", crit.confidence.no_match, evidence,
                         note="; ".join(["missing: " + ", ".join(missing), *implied]))

    def _forbidden(self, cc: CompiledCriterion, view: _View) -> _Decision:
        crit = cc.criterion
        hits: list[Match] = []
        excused: list[str] = []
        agent_turns = view.interaction.turns_by(Speaker.AGENT)
        for group in cc.groups:
            found = self._scoped_matches(cc, view, group)
            if found and group.unless is not None:
                excuse = self._scoped_matches(cc, view, group.unless, agent_turns, view.guard)
                if excuse:
                    excused.append(f"'{found[0].text}' excused by '{excuse[0].text}'")
                    continue
            hits.extend(found)
        if not hits:
            return _Decision("pass", crit.confidence.no_match, note="; ".join(excused) or None)
        return _Decision("fail", crit.confidence.match, _distinct(hits)[:5])

    def _jargon(self, cc: CompiledCriterion, view: _View) -> _Decision:
        """Lexicon terms of the deployment's domains, then the generic detectors."""
        decision = self._forbidden(cc, view)
        settings = cc.criterion.jargon
        if settings is None:
            return decision
        inter = view.interaction
        customer = CustomerWords.of(view.tokens(t) for t in inter.turns_by(Speaker.CUSTOMER) if t.text)
        turns = {t.index: t for t in inter.turns}
        explained = {i: explained_abbreviations(t.text or "") for i, t in turns.items()}
        hits = [m for m in decision.evidence
                if not customer.said(view.tokens(turns[m.turn_index]), m.start, m.end)
                and m.text.upper() not in explained[m.turn_index]]
        for turn in _scope(cc.criterion, inter):
            tt = view.tokens(turn)
            if settings.abbreviations:
                hits += unexplained_abbreviations(turn.text or "", tt, turn.index, settings, customer, view.lang)
            if settings.rare_terms:
                hits += rare_terms(tt, turn.index, settings, customer, view.lang)
            hits += notations(turn.text or "", turn.index, settings)
        if not hits:
            return _Decision("pass", cc.criterion.confidence.no_match, note=decision.note)
        return _Decision("fail", cc.criterion.confidence.match, _distinct(hits)[:5])

    def _name_use(self, cc: CompiledCriterion, view: _View) -> _Decision:
        crit = cc.criterion
        inter = view.interaction
        name_lemmas = {"[name]"}
        if inter.customer.name:
            name_lemmas |= {
                tok.lemma for tok in self.lemmatizer.tokens(inter.customer.name, view.lang) if len(tok.text) >= 3
            }
        hits: list[Match] = []
        for turn in _scope(crit, inter):
            toks = view.tokens(turn)
            excluded = (
                find_matches(cc.exclude, turn.index, turn.text, toks) if cc.exclude is not None else []
            )
            for tok in toks.tokens:
                if tok.lemma in name_lemmas:
                    m = Match(turn.index, tok.start, tok.end, tok.text, "name")
                    if not any(overlaps(m, x) for x in excluded):
                        hits.append(m)
        if hits:
            return _Decision("pass", crit.confidence.match, hits[:3])
        return _Decision("fail", crit.confidence.no_match, note="the agent never addressed the customer by name")

    def _hold(self, cc: CompiledCriterion, view: _View) -> _Decision:
        crit = cc.criterion
        inter = view.interaction
        silence, at_s = _longest_silence(inter)
        if silence is None:
            return _Decision("na", crit.confidence.match, note="no call timings")
        limit = crit.max_silence_s or 0.0
        if silence <= limit:  # no hold: nothing to announce (a pass would lift the QA score of every silence-free call)
            return _Decision("na", crit.confidence.match, note=f"no hold: longest silence {silence:.0f} s ≤ {limit:.0f} s")
        before = [t for t in inter.turns_by(Speaker.AGENT) if (t.start_s or 0.0) <= at_s + 0.5]
        window = before[-crit.announce_within_turns :]
        for group in cc.groups:
            hits = self._scoped_matches(cc, view, group, window)
            if hits:
                return _Decision("pass", crit.confidence.match, hits[:1],
                                 note=f"silence {silence:.0f} s at {at_s:.0f} s, announced")
        evidence = []
        if window:
            last = window[-1]
            evidence = [Match(last.index, 0, len(last.text), last.text, "before_silence")]
        return _Decision("fail", crit.confidence.match, evidence,
                         note=f"silence {silence:.0f} s at {at_s:.0f} s (> {limit:.0f} s) without a hold announcement")


# --- helpers --------------------------------------------------------------------------------------


def _failed(criteria: list[str], view: _View) -> list[str]:
    """Those of ``criteria`` that failed for this contact."""
    return [name for name in criteria if (d := view.decided.get(name)) is not None and d.result == "fail"]


def _implied_matches(criteria: list[str], view: _View) -> list[Match]:
    """A group found by others' results: every one of ``criteria`` passed for this contact. The evidence is the
    first of their evidence (complaint_handling's ownership points at the remedy), else the last agent turn."""
    if not criteria:
        return []
    decisions = [view.decided.get(name) for name in criteria]
    if not all(d is not None and d.result == "pass" for d in decisions):
        return []
    evidence = next((d.evidence[0] for d in decisions if d is not None and d.evidence), None)
    if evidence is not None:
        return [evidence]
    agent = view.interaction.turns_by(Speaker.AGENT)
    return [Match(agent[-1].index, 0, 0, "", "implied")] if agent else []


def _speaker_turns(crit: Criterion, inter: Interaction) -> list[Turn]:
    if crit.speaker == "agent":
        return [t for t in inter.turns if t.speaker == Speaker.AGENT]
    if crit.speaker == "customer":
        return [t for t in inter.turns if t.speaker == Speaker.CUSTOMER]
    return [t for t in inter.turns if t.speaker in (Speaker.AGENT, Speaker.CUSTOMER)]


def _seconds_from_start(turn: Turn, origin: datetime | None) -> float | None:
    if turn.start_s is not None:
        return turn.start_s
    if turn.started_at is not None and origin is not None:
        return (turn.started_at - origin).total_seconds()
    return None


def _scope(crit: Criterion, inter: Interaction) -> list[Turn]:
    """The turns a criterion looks at: its speaker's turns, cut to the ``where`` window."""
    turns = _speaker_turns(crit, inter)
    where = crit.where
    if where.first_seconds is not None:
        origin = next((t.started_at for t in inter.turns if t.started_at is not None), None)
        timed = [(t, _seconds_from_start(t, origin)) for t in turns]
        if any(s is not None for _, s in timed):
            turns = [t for t, s in timed if s is not None and s <= where.first_seconds]
    if where.first_turns:
        turns = turns[: where.first_turns]
    if where.last_turns:
        turns = turns[-where.last_turns :]
    return turns


def _char_span(crit: Criterion, text: str) -> tuple[int, int] | None:
    where = crit.where
    if where.first_chars:
        return 0, min(len(text), where.first_chars)
    if where.last_chars:
        return max(0, len(text) - where.last_chars), len(text)
    return None


def _not_applicable(cc: CompiledCriterion, view: _View) -> str | None:
    """A reason when the criterion does not apply to this interaction, else None."""
    cond = cc.criterion.applies_when
    if cond is None:
        return None
    inter = view.interaction
    for name in cond.signals:
        sig = inter.signal(name)
        if sig is not None and sig.detected:
            return None
    if cond.customer_sentiment_below is not None and inter.sentiment is not None:
        values = [inter.sentiment.score, inter.sentiment.customer_start, inter.sentiment.customer_end]
        if any(v is not None and v < cond.customer_sentiment_below for v in values):
            return None
    if cc.customer_says is not None:
        for turn in inter.turns_by(Speaker.CUSTOMER):
            if find_matches(cc.customer_says, turn.index, turn.text or "", view.tokens(turn), cc.guard):
                return None
    wanted = []
    if cond.signals:
        wanted.append("signal " + "/".join(cond.signals))
    if cond.customer_sentiment_below is not None:
        wanted.append(f"customer sentiment < {cond.customer_sentiment_below}")
    if cond.customer_says is not None:
        wanted.append(f"customer cue '{cond.customer_says.name}'")
    return "not applicable: no " + " or ".join(wanted)


def _first_response(crit: Criterion, inter: Interaction) -> _Decision:
    limit = crit.sla_seconds.get(inter.channel.value)
    if limit is None:
        return _Decision("na", crit.confidence.match, note=f"no SLA for channel {inter.channel.value}")
    seconds = first_response_seconds(inter)
    if seconds is None:
        return _Decision("na", crit.confidence.no_match, note="no timed agent reply after the customer")
    first_customer = next((t for t in inter.turns if t.speaker == Speaker.CUSTOMER and t.started_at), None)
    reply = next(
        (t for t in inter.turns
         if t.speaker == Speaker.AGENT and t.started_at and first_customer and first_customer.started_at
         and t.started_at >= first_customer.started_at and t.index > first_customer.index),
        None,
    )
    evidence = [Match(reply.index, 0, min(len(reply.text), 120), reply.text[:120], "first_response")] if reply else []
    note = f"first response {seconds:.0f} s, SLA {limit:.0f} s"
    return _Decision("pass" if seconds <= limit else "fail", 0.95, evidence, note)


def _timed_interruptions(inter: Interaction, tolerance_s: float = 0.3) -> list[Turn]:
    """Agent turns that start before the customer's previous turn has ended."""
    out = []
    prev: Turn | None = None
    for turn in inter.turns:
        if (
            prev is not None and turn.speaker == Speaker.AGENT and prev.speaker == Speaker.CUSTOMER
            and turn.start_s is not None and prev.end_s is not None and turn.start_s < prev.end_s - tolerance_s
        ):
            out.append(turn)
        if turn.speaker in (Speaker.AGENT, Speaker.CUSTOMER):
            prev = turn
    return out


def _interruptions(crit: Criterion, inter: Interaction) -> _Decision:
    if inter.channel != Channel.CALL:
        return _Decision("na", crit.confidence.match, note="not a call")
    timed = _timed_interruptions(inter)
    counts = [len(timed)] if any(t.start_s is not None for t in inter.turns) else []
    if inter.audio_metrics is not None:
        counts.append(inter.audio_metrics.interruptions_by_agent)
    if not counts:
        return _Decision("na", crit.confidence.match, note="no call timings")
    count = max(counts)
    limit = crit.max_interruptions or 0
    evidence = [Match(t.index, 0, min(len(t.text), 80), t.text[:80], "interruption") for t in timed[:5]]
    note = f"{count} interruption(s) by the agent, allowed {limit}"
    return _Decision("fail" if count > limit else "pass", crit.confidence.match, evidence, note)


def _longest_silence(inter: Interaction) -> tuple[float | None, float]:
    """Longest silence (seconds) and when it started: from audio metrics, else turn timings."""
    if inter.audio_metrics is not None:
        return inter.audio_metrics.longest_silence_s, inter.audio_metrics.longest_silence_at_s
    timed = [t for t in inter.turns if t.start_s is not None and t.end_s is not None]
    if len(timed) < 2:
        return None, 0.0
    best, at = 0.0, 0.0
    reached = timed[0].end_s or 0.0
    for turn in timed[1:]:
        gap = (turn.start_s or 0.0) - reached
        if gap > best:
            best, at = gap, reached
        reached = max(reached, turn.end_s or 0.0)
    return best, at


def _distinct(matches: list[Match]) -> list[Match]:
    """Matches in text order without duplicates or spans inside a longer one."""
    ordered = sorted(matches, key=lambda m: (m.turn_index, m.start, -m.end))
    out: list[Match] = []
    for m in ordered:
        if any(o.turn_index == m.turn_index and o.start <= m.start and m.end <= o.end for o in out):
            continue
        out.append(m)
    return out


def qa_score(results: list[CriterionResult]) -> float | None:
    """Weighted share of passed applicable criteria, 0–100; 0 on a critical failure."""
    applicable = [r for r in results if r.result in ("pass", "fail")]
    if not applicable:
        return None
    if any(r.critical and r.result == "fail" for r in applicable):
        return 0.0
    total = sum(r.weight for r in applicable)
    if total <= 0:
        return None
    return round(100.0 * sum(r.weight for r in applicable if r.result == "pass") / total, 1)
