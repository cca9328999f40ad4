"""Scoring stage: scorecard criteria, QA score and review flags for every interaction.

``score_stage(interactions, rules_dir)`` compiles the scorecards and flag rules once, then for each
interaction fills ``criteria``, ``qa_score`` and ``flags`` (see :mod:`pipeline.scoring.scorecard_engine`
and :mod:`pipeline.scoring.flags`). Calls still awaiting transcription (no turns) pass through with no
criteria and ``qa_score = None``. One failing interaction is rejected, never the whole night.
"""

from __future__ import annotations

import logging
from pathlib import Path

from rich.progress import Progress

from pipeline.scoring.scorecard_engine import LEARNED_MODEL_DIR, ScorecardEngine
from pipeline.config import DEFAULT_MODELS_DIR, DEFAULT_RULES_DIR
from pipeline.runtime.rules_cache import built_for
from pipeline.model import Interaction, Rejected
from pipeline.scoring.flags import FlagRules, apply_flags, load_flag_rules
from pipeline.model import StageResult

log = logging.getLogger(__name__)

STAGE = "score"
PROGRESS_MIN_ITEMS = 500  # show a progress bar only when a run is long enough to need one


def get_engine(rules_dir: str | Path | None = None) -> ScorecardEngine:
    """The compiled scorecards of ``rules_dir``, rebuilt when any file of the rules folder changed
    (scorecards, and ``kpi.yaml`` whose SLA thresholds the scorecard reads)."""
    base = (Path(rules_dir) if rules_dir else DEFAULT_RULES_DIR).resolve()
    learned = DEFAULT_MODELS_DIR / LEARNED_MODEL_DIR  # a retrained learned criterion counts as a change too
    return built_for("scorecards", lambda: ScorecardEngine.from_rules(base), base, learned)


def score_one(interaction: Interaction, engine: ScorecardEngine, flag_rules: FlagRules) -> Interaction:
    """Criteria, QA score and flags for one interaction, in place."""
    if not interaction.turns:
        interaction.criteria = []
        interaction.qa_score = None
        return apply_flags(interaction, flag_rules)
    engine.score(interaction)
    return apply_flags(interaction, flag_rules)


def score_stage(interactions: list[Interaction], rules_dir: str | Path | None = None,
                show_progress: bool | None = None) -> StageResult:
    """Score every interaction; the ones that raise come back as ``Rejected(stage="score")``."""
    from pipeline.runtime import degradation

    engine = get_engine(rules_dir)
    for reason in engine.degraded_reasons:  # noted every night the cached engine serves
        degradation.note(reason)
    flag_rules = load_flag_rules(rules_dir)
    result = StageResult()
    show = len(interactions) >= PROGRESS_MIN_ITEMS if show_progress is None else show_progress
    with Progress(transient=True, disable=not show) as progress:
        task = progress.add_task("scoring", total=len(interactions))
        for inter in interactions:
            try:
                result.interactions.append(score_one(inter, engine, flag_rules))
            except Exception as exc:  # one bad interaction never fails the night
                log.warning("scoring %s failed: %s", inter.interaction_id, exc)
                result.rejected.append(
                    Rejected(source=inter.source_path or "", item=inter.interaction_id, stage=STAGE,
                             reason=f"scoring failed: {type(exc).__name__}", detail=str(exc)[:500])
                )
            progress.advance(task)
    return result
