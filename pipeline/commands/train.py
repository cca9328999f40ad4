"""``servicelens train topics|sentiment``: rebuild the models under ``models/`` from data."""

from __future__ import annotations

import click

from pipeline.nlp.embeddings import DEFAULT_CACHE_PATH

_ENCODERS = click.Choice(["use", "e5", "none"])


@click.group("train")
def train() -> None:
    """Train the topic, sentiment and scorecard-criteria models (artifacts + MODEL_CARD.md under models/)."""


@train.command("topics")
@click.option("--taxonomy", required=True, help="Name of the taxonomy: writes models/topics-NAME/.")
@click.option("--data", type=click.Path(dir_okay=False), default=None,
              help="Labelled CSV. Without it the model is built from the seed phrases of rules/topics/NAME.yaml.")
@click.option("--text-column", default="text", show_default=True)
@click.option("--label-column", default="label", show_default=True)
@click.option("--encoder", type=_ENCODERS, default="use", show_default=True,
              help="Sentence encoder of the full head ('none': fast head only).")
@click.option("--C", "c", type=float, default=1.0, show_default=True, help="SVM regularisation.")
@click.option("--folds", type=int, default=3, show_default=True, help="Cross-validation folds for the card (0: none).")
@click.option("--class-weight", type=click.Choice(["none", "balanced"]), default="none", show_default=True)
@click.option("--models-dir", type=click.Path(file_okay=False), default=None, help="Default: models/.")
@click.option("--rules-dir", type=click.Path(file_okay=False), default=None, help="Default: rules/.")
@click.option("--cache", type=click.Path(dir_okay=False), default=str(DEFAULT_CACHE_PATH), show_default=True,
              help="Embedding cache (SQLite); '' for memory only.")
@click.option("--unlabelled", type=click.Path(exists=True, dir_okay=False), multiple=True,
              help="Seed mode only: CSV(s) of unlabelled in-domain texts; the fast head is distilled from the "
                   "encoder head on them (from the zero-shot matcher when the taxonomy says scorer: distilled).")
@click.option("--unlabelled-column", default="text", show_default=True)
@click.option("--pool-limit", type=click.IntRange(min=1), default=None,
              help="Use at most this many unlabelled texts (a seeded random sample; the encoder is the cost).")
def train_topics_cmd(taxonomy, data, text_column, label_column, encoder, c, folds, class_weight, models_dir,
                     rules_dir, cache, unlabelled, unlabelled_column, pool_limit):
    """Train the contact-reason classifier of a taxonomy."""
    from pipeline.training.model_io import DataError
    from pipeline.training.topics import train_topics
    from pipeline.config import ConfigError

    try:
        meta = train_topics(
            taxonomy, data, text_column, label_column, encoder=None if encoder == "none" else encoder, C=c,
            folds=folds, class_weight=None if class_weight == "none" else class_weight, models_dir=models_dir,
            rules_dir=rules_dir, cache_path=cache or None, unlabelled=list(unlabelled),
            unlabelled_column=unlabelled_column, pool_limit=pool_limit,
        )
    except (DataError, ConfigError, FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote topics-{taxonomy} in {meta['training_seconds']} s")
    if (meta.get("distilled") or {}).get("teacher") == "zero_shot":
        d = meta["distilled"]
        click.echo(f"  distilled from the zero-shot matcher: {d['pseudo_labelled']} of {d['pool_texts']} pool texts "
                   f"pseudo-labelled")
    scv = (meta.get("distilled") or {}).get("seed_cv")
    if scv:
        click.echo(f"  held-out seeds: plain fast {scv['fast_accuracy']:.4f}, distilled {scv['distilled_accuracy']:.4f},"
                   f" full {scv['teacher_accuracy']:.4f}")
    for head, cv in (meta.get("cv") or {}).items():
        if cv and cv.get("macro_f1") is not None:
            click.echo(f"  {head:4s} head: {cv['folds']}-fold CV accuracy {cv['accuracy']:.4f}  macro-F1 {cv['macro_f1']:.4f}")


@train.command("sentiment")
@click.option("--data-dir", type=click.Path(file_okay=False), default=None,
              help="Folder with SentiRuEval-2016 bank_train.csv and ttk_train.csv (default ../shared/data/sentirueval2016_ru).")
@click.option("--data", "extra", type=click.Path(dir_okay=False), multiple=True,
              help="Extra labelled CSV(s) (text,label with negative/neutral/positive), added to the training data.")
@click.option("--text-column", default="text", show_default=True)
@click.option("--label-column", default="label", show_default=True)
@click.option("--folds", type=int, default=5, show_default=True)
@click.option("--models-dir", type=click.Path(file_okay=False), default=None, help="Default: models/.")
@click.option("--no-cv", is_flag=True, help="Skip the cross-validation (card without CV figures).")
@click.option("--encoder", type=_ENCODERS, default="use", show_default=True,
              help="Sentence encoder of the full head ('none': fast head only).")
@click.option("--cache", type=click.Path(dir_okay=False), default=str(DEFAULT_CACHE_PATH), show_default=True,
              help="Embedding cache (SQLite).")
@click.option("--select", type=click.Choice(["time", "cv"]), default="time", show_default=True,
              help="Choose C on a time-ordered split (latest 20% of tweets; the test set is a later period) "
                   "or on grouped CV.")
@click.option("--english-data-dir", type=click.Path(file_okay=False), default=None,
              help="Folder with TweetEval train.csv (+ val.csv) for the English head "
                   "(default ../shared/data/tweeteval_sentiment_en; absent: English falls back to VADER).")
@click.option("--requests-data", type=click.Path(dir_okay=False), default=None,
              help="SPb appeals.csv whose hand-labelled rows (tests/data/spb_appeals_sentiment_labels.csv) choose "
                   "the cue margin (split=tune, tune2) and fit the request gate (fit_splits of request_gate.yaml: tune … tune4) "
                   "and report them (split=report, its blind relabel, report2); "
                   "default ../shared/data/spb_citizen_complaints_ru/appeals.csv; absent: no cue margin, no gate.")
@click.option("--rules-dir", type=click.Path(file_okay=False), default=None,
              help="Folder with sentiment_cues.yaml, request_gate.yaml and sentiment_en.yaml (default rules/).")
@click.option("--english-only", is_flag=True,
              help="Retrain only the English head (rules/sentiment_en.yaml) inside the existing artifact; the Russian "
                   "heads and the request gate stay as they are.")
def train_sentiment_cmd(data_dir, extra, text_column, label_column, folds, models_dir, no_cv, encoder, cache, select,
                        english_data_dir, requests_data, rules_dir, english_only):
    """Train the default sentiment model (models/sentiment/) from SentiRuEval-2016 train files."""
    from pipeline.training.model_io import DataError
    from pipeline.training.sentiment import train_sentiment

    if english_only:
        from pipeline.training.sentiment_english import retrain_english

        try:
            en = retrain_english(models_dir, english_data_dir, rules_dir)["english_head"]
        except (DataError, FileNotFoundError, ValueError) as exc:
            raise click.ClickException(str(exc)) from exc
        for test, r in en["tests"].items():
            click.echo(f"English head, {test}: F1(pos,neg) {r['trained']['f1_pos_neg']:.4f} (VADER "
                       f"{r['vader']['f1_pos_neg']:.4f}), macro-recall {r['trained']['macro_recall']:.4f}, "
                       f"ECE {r['trained']['ece']:.4f}")
        return
    try:
        meta = train_sentiment(data_dir=data_dir, extra=list(extra), text_column=text_column,
                               label_column=label_column, folds=0 if no_cv else folds, models_dir=models_dir,
                               encoder=None if encoder == "none" else encoder, cache_path=cache or None,
                               select=select, english_dir=english_data_dir, rules_dir=rules_dir,
                               appeals_csv=requests_data)
    except (DataError, FileNotFoundError, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote sentiment model in {meta['training_seconds']} s ({meta['rows']} rows); C chosen by {meta['selection']}")
    cv = meta.get("cv")
    if cv:
        click.echo(f"  fast head {cv['folds']}-fold grouped CV: F1(pos,neg) {cv['f1_pos_neg']:.4f}  accuracy "
                   f"{cv['accuracy']:.4f}  macro-F1 {cv['macro_f1']:.4f}  (C={cv['best_C']})")
    cvf = meta.get("cv_full")
    if cvf:
        click.echo(f"  full head {cvf['folds']}-fold grouped CV: F1(pos,neg) {cvf['f1_pos_neg']:.4f}  accuracy "
                   f"{cvf['accuracy']:.4f}  macro-F1 {cvf['macro_f1']:.4f}  (C={cvf['best_C']})")
    for head, split in (meta.get("time_split") or {}).items():
        if split:
            click.echo(f"  {head} head, time split (latest 20%): F1(pos,neg) {split['f1_pos_neg']:.4f}  "
                       f"accuracy {split['accuracy']:.4f}")


if __name__ == "__main__":  # python -m pipeline.commands.train ...
    train()


@train.command("sentiment-e5")
@click.option("--data-dir", type=click.Path(file_okay=False), default=None,
              help="Folder with SentiRuEval-2016 bank_train.csv and ttk_train.csv (default ../shared/data/sentirueval2016_ru).")
@click.option("--models-dir", type=click.Path(file_okay=False), default=None, help="Default: models/.")
@click.option("--share", type=float, default=0.32, show_default=True,
              help="Cascade share the later-period check uses (the artifact keeps every share's threshold).")
@click.option("--no-cv", is_flag=True, help="Skip the e5 head's grouped 5-fold CV.")
@click.option("--no-later", is_flag=True, help="Skip the later-period check (earliest 80 % -> latest 20 %).")
@click.option("--e5-layers", type=click.IntRange(1, 12), default=8, show_default=True,
              help="Depth of the int8 e5 encoder (12: full; fewer: cut after the first N layers, built into "
                   "e5-small-ct2-int8-LN); kept in the artifact.")
def train_sentiment_e5_cmd(data_dir, models_dir, share, no_cv, no_later, e5_layers):
    """Train the e5 head of the Russian sentiment cascade (models/sentiment/e5_head.joblib) and build the int8
    e5 encoder in the cache (run after `train sentiment`: its figures go into that card)."""
    from pipeline.training.model_io import DataError
    from pipeline.training.sentiment_e5 import train_e5_head

    try:
        meta = train_e5_head(data_dir, models_dir, share=share, evaluate=not no_later, cv=not no_cv, log=click.echo,
                             layers=e5_layers)
    except (DataError, FileNotFoundError, ValueError, ImportError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote e5 head ({meta['layers']}-layer encoder) in {meta['training_seconds']} s ({meta['rows']} rows); "
               f"threshold {meta['threshold']} (share {meta['share']})")
    lp = meta.get("later_period")
    if lp:
        click.echo("  later period F1(pos,neg): " + ", ".join(
            f"{k} {lp[k]['f1_pos_neg']:.4f}" for k in ("fast", "cascade", "e5")) + f"; cascade ECE {lp['cascade']['ece']:.4f}")
    if meta.get("cv"):
        click.echo(f"  e5 head grouped CV F1(pos,neg) {meta['cv']['f1_pos_neg']:.4f}")


@train.command("scorecard")
@click.option("--warehouse", "warehouse_url", default=None,
              help="Warehouse URL whose qa_review verdicts are used (default: the project's warehouse).")
@click.option("--no-verdicts", is_flag=True, help="Train on the real set only.")
@click.option("--real-set/--no-real-set", default=True, show_default=True,
              help="Use the hand-labelled real replies (tune + untouched + fresh splits, never fresh2; texts from ../shared/data).")
@click.option("--min-per-class", type=int, default=5, show_default=True,
              help="A criterion gets a model only with this many pass and fail examples.")
@click.option("--models-dir", type=click.Path(file_okay=False), default=None, help="Default: models/.")
@click.option("--C", "c", type=float, default=10.0, show_default=True,
              help="Inverse regularisation of each criterion's logistic regression.")
@click.option("--rules-dir", type=click.Path(file_okay=False), default=None,
              help="Default: rules/ (scorecard_learned.yaml: the sentence votes; scorecards: the rule decisions).")
@click.option("--sentence-votes/--no-sentence-votes", default=True, show_default=True,
              help="Train the sentence votes of rules/scorecard_learned.yaml (a few minutes on 2 busy cores).")
def train_scorecard_cmd(warehouse_url, no_verdicts, real_set, min_per_class, models_dir, c, rules_dir,
                        sentence_votes) -> None:
    """Per-criterion classifiers that vote with the scorecard rules (criterion `classifier: learned`):
    whole-text classifiers, and the sentence votes of rules/scorecard_learned.yaml (no_rudeness,
    no_blame_shifting: written sentences + demo tuning splits + real set + verdicts)."""
    from pathlib import Path

    from pipeline.training.criteria import (
        MODEL_DIR_NAME,
        real_set_examples,
        train_criteria,
        read_verdict_examples,
        write_models,
    )
    from pipeline.training.real_reply_set import REPLIES_PATH
    from pipeline.config import DEFAULT_MODELS_DIR

    examples = []
    if real_set:
        if REPLIES_PATH.exists():
            examples += real_set_examples()
        else:
            click.echo(f"Real-set texts not found ({REPLIES_PATH}); skipping them.")
    n_verdicts = 0
    verdicts = []
    if not no_verdicts:
        from pipeline.warehouse.backend import WarehouseError

        try:
            verdicts = read_verdict_examples(warehouse_url)
        except WarehouseError as exc:
            click.echo(f"No reviewer verdicts read: {exc}")
        else:
            n_verdicts = len(verdicts)
            examples += verdicts
    if not examples and not sentence_votes:
        raise click.ClickException("no labelled examples: no real-set texts and no qa_review verdicts")
    models, counts = train_criteria(examples, min_per_class=min_per_class, c=c) if examples else ({}, {})
    sentence_models = {}
    if sentence_votes:
        from pipeline.config import ConfigError
        from pipeline.training.sentence_vote import train_sentence_models

        try:
            sentence_models = train_sentence_models(verdicts, real_set=real_set, rules_dir=rules_dir)
        except (ConfigError, ValueError) as exc:
            raise click.ClickException(f"sentence votes: {exc}") from exc
    out = write_models(models, counts, Path(models_dir or DEFAULT_MODELS_DIR) / MODEL_DIR_NAME, sentence_models)
    click.echo(f"{len(examples)} examples ({n_verdicts} reviewer verdicts); models for "
               f"{', '.join(models) or 'no criterion'}; sentence votes for {', '.join(sentence_models) or 'none'}; "
               f"wrote {out}")


@train.command("complaint")
@click.option("--labels", type=click.Path(exists=True, dir_okay=False), default=None,
              help="source,id,label CSV (default tests/data/complaint_labels.csv); only its tune part is used.")
@click.option("--data-dir", type=click.Path(file_okay=False), default=None,
              help="Folder of the research data (default ../shared/data).")
@click.option("--folds", type=int, default=5, show_default=True, help="Out-of-fold figures on the tune part (0: none).")
@click.option("--models-dir", type=click.Path(file_okay=False), default=None, help="Default: models/.")
@click.option("--rules-dir", type=click.Path(file_okay=False), default=None, help="Default: rules/.")
def train_complaint_cmd(labels, data_dir, folds, models_dir, rules_dir) -> None:
    """The complaint classifier (models/complaint/): tune part of the hand labels + weak labels; the card
    leads with the report part."""
    from pathlib import Path

    from pipeline.analyse.risk import load_risk_settings
    from pipeline.config import DEFAULT_MODELS_DIR
    from pipeline.training.complaint import train_complaint
    from pipeline.training.complaint_card import write_card
    from pipeline.training.complaint_eval import evaluate
    from pipeline.training.complaint_set import DATA_DIR, LABELS_PATH, MissingData, load_labelled

    labels_path = Path(labels) if labels else LABELS_PATH
    data = Path(data_dir) if data_dir else DATA_DIR
    try:
        meta = train_complaint(models_dir, labels_path, data, folds=folds)
        report = evaluate(load_labelled("report", labels_path, data), "report", rules_dir, models_dir).as_dict()
    except (MissingData, ValueError) as exc:
        raise click.ClickException(str(exc)) from exc
    out = Path(models_dir or DEFAULT_MODELS_DIR) / "complaint"
    card = write_card(out, meta, report, load_risk_settings(rules_dir).complaint.model_weight)
    o = report["overall"]
    click.echo(f"wrote {out} in {meta['training_seconds']} s; report part: precision {o['precision']:.3f} "
               f"recall {o['recall']:.3f} (n={o['n']}); card {card}")
