"""``models/complaint/MODEL_CARD.md``: report-part figures first, then the tune cross-validation."""

from __future__ import annotations

from pathlib import Path
from typing import Any

# Today's detector before this model and the problem-report cues (rules of commit 7eb7b75, no
# model), on the same report part: kept for the comparison, measured with `evaluate complaint`.
BEFORE_REPORT: dict[str, Any] = {"n": 180, "complaints": 80, "precision": 0.548, "recall": 0.212, "f1": 0.306,
                 "ru": (0.727, 0.250), "en": (0.111, 0.062)}


def _f(v: float | None) -> str:
    return "–" if v is None else f"{v:.3f}"


def _table(report: dict) -> list[str]:
    lines = ["| group | n | complaints | TP | FP | FN | precision | recall | F1 |", "|---|---|---|---|---|---|---|---|---|"]
    groups = [("overall", report["overall"])]
    groups += [(f"language {k}", v) for k, v in report["by_language"].items()]
    groups += [(f"source {k}", v) for k, v in report["by_source"].items()]
    for name, c in groups:
        lines.append(f"| {name} | {c['n']} | {c['complaints']} | {c['tp']} | {c['fp']} | {c['fn']} | "
                     f"{_f(c['precision'])} | {_f(c['recall'])} | {_f(c['f1'])} |")
    return lines


def oof_summary(meta: dict, threshold: float = 0.5) -> dict:
    """Precision, recall and ROC AUC of the model alone on the tune part, out of fold."""
    from sklearn.metrics import roc_auc_score

    rows = meta.get("tune_oof") or []
    if not rows:
        return {}
    y = [r["label"] for r in rows]
    p = [r["p"] for r in rows]
    tp = sum(1 for a, b in zip(y, p) if a and b >= threshold)
    fp = sum(1 for a, b in zip(y, p) if not a and b >= threshold)
    fn = sum(1 for a, b in zip(y, p) if a and b < threshold)
    return {"n": len(rows), "precision": tp / (tp + fp) if tp + fp else None,
            "recall": tp / (tp + fn) if tp + fn else None, "auc": float(roc_auc_score(y, p)), "threshold": threshold}


def write_card(out_dir: Path, meta: dict, report: dict, model_weight: float) -> Path:
    oof = oof_summary(meta)
    b = BEFORE_REPORT
    weak = "\n".join(f"| {k} | {v['complaint']} | {v['not']} |" for k, v in meta["weak"].items())
    lines = [
        "# Complaint model (`models/complaint/`)",
        "",
        "Is this contact a complaint? TF-IDF (word 1–2-grams + character 2–5-grams) + logistic regression over",
        "the customer's text; the analysis stage adds `model_weight × P(complaint)` to the complaint cues and the",
        f"customer's negativity (`rules/risk.yaml`, `complaint:`; `model_weight: {model_weight}`). Definition:",
        f"`{meta['definition']}` (dissatisfaction or a problem report; `tests/data/COMPLAINT_LABELLING.md`).",
        "Rebuild: `servicelens train complaint` (part of `make models`). Numbers, e-mail addresses and URLs are",
        "masked before the n-grams (wave 7: the vocabulary held appeal and standard numbers of the training texts;",
        "masking cost 0.008 of report F1, 0.902 → 0.894).",
        "",
        "## Held-out figures: the report part (never tuned on)",
        "",
        "The whole complaint signal as a night computes it (cues + negativity + this model), on the `report` part",
        "of `tests/data/complaint_labels.csv` (40 % of the 450 hand-labelled messages, by the fixed sha1 rule,",
        "stratified by source). `servicelens evaluate complaint --split report` prints the same table.",
        "",
        *_table(report),
        "",
        "Before (the detector of commit 7eb7b75: complaint phrases + negativity, no problem cues, no model), same",
        f"report part: precision {b['precision']:.3f}, recall {b['recall']:.3f}, F1 {b['f1']:.3f} (ru P {b['ru'][0]:.3f} /",
        f"R {b['ru'][1]:.3f}; en P {b['en'][0]:.3f} / R {b['en'][1]:.3f}).",
        "",
        "## Tune part, cross-validated",
        "",
    ]
    if oof:
        lines += [f"The model alone, {meta['folds']}-fold out-of-fold on the {oof['n']} tune messages (each fold's model",
                  "trained on the other folds + all weak labels), P(complaint) ≥ 0.5: precision "
                  f"{_f(oof['precision'])}, recall {_f(oof['recall'])}, ROC AUC {oof['auc']:.3f}.",
                  "The cue list, the negativity weights and `model_weight` were chosen on the tune part",
                  "(model probabilities out of fold)."]
    lines += [
        "",
        "## Training data",
        "",
        f"* {meta['tune_messages']} hand-labelled tune messages ({meta['tune_complaints']} complaints), weight "
        f"{meta['hand_weight']} each;",
        "* weak labels from the sources' own annotations (never the report part, never our detector):",
        "",
        "| origin | complaint | not |",
        "|---|---|---|",
        weak,
        "",
        "BANKING77 train intents that name a problem (`card_not_working`, `declined_*`, `*_not_recognised`,",
        "`transaction_charged_twice`, `failed_transfer`, ...) are complaints; how-to, information and own-mishap",
        "intents (`lost_or_stolen_card`, `passcode_forgotten`, ...) are not; mixed intents (fees, pending, card",
        "arrival) are left out (`pipeline/training/complaint.py`). SPb appeals outside the labelled sample are",
        "complaints (the portal takes problem reports; 145 of 150 hand-labelled were). SentiRuEval neutral and",
        "positive tweets and TweetEval tweets outside the labelled sample are not (news, adverts, opinions).",
        "",
        "## Intended use and limitations",
        "",
        "* One input to the nightly complaint signal, never alone: with `model_weight` 0.5 the model needs a cue",
        "  or some negativity to reach the threshold. A deployment with `definition: dissatisfaction_only` does",
        "  not use it (trained for the other definition).",
        "* The weak labels tie style to label: Russian long-form appeals → complaint, tweets → not. The report",
        "  figures per source show where that helps; on Russian chat messages of a contact centre it is unmeasured.",
        "* One labeller; 180 report messages, so a figure per source has a wide interval (spb: 1 non-complaint).",
        "* Data is research-use only (`../shared/data/*/SOURCE.md`); only ids and labels are in the repository.",
        f"* Training took {meta['training_seconds']} s on the shared 2-core machine (with the CV folds).",
        "",
    ]
    path = Path(out_dir) / "MODEL_CARD.md"
    path.write_text("\n".join(lines), encoding="utf-8")
    return path
