"""Scoring: the one rule engine, the scorecards built on it, the QA score and the review flags.

Entry point :func:`pipeline.scoring.stage.score_stage`; rule syntax in docs/RULES.md.

Modules:

- ``flags``  Flags that send an interaction to QA review, from the scorecard and the analysis signals.
- ``jargon``  Generic jargon detectors of the ``clear_language`` criterion, beside its domain lexicons.
- ``regex_literals``  Which literal text every match of a regex must contain: a cheap first look before running it.
- ``rule_engine``  The one rule engine: lemma phrases with gaps, regexes and one negation rule.
- ``scorecard_engine``  The scorecard engine: one interaction × every criterion of its scorecard → CriterionResults.
- ``scorecard_rules``  Typed scorecards: the YAML in ``rules/scorecards/<lang>.yaml`` as validated pydantic models.
- ``stage``  Scoring stage: scorecard criteria, QA score and review flags for every interaction.
"""
