"""Training and evaluation of our own models (``servicelens train``, ``make models``), never run by a night.

Modules:

- ``calibration``  Decision thresholds and calibrated confidences for the linear text heads.
- ``complaint``  Training the complaint model (``servicelens train complaint``): TF-IDF + logistic regression.
- ``complaint_card``  ``models/complaint/MODEL_CARD.md``: report-part figures first, then the tune cross-validation.
- ``complaint_eval``  The complaint signal measured on hand-labelled messages: P/R/F1 overall, per language, per source.
- ``complaint_set``  The hand-labelled complaint set: sample plan, texts read back by id, the fixed tune/report split.
- ``criteria``  Criteria that learn: a text classifier per scorecard criterion that votes with the rule.
- ``en_requests``  Hand-labelled English support requests (BANKING77 / NLU++) for the English sentiment head's domain check.
- ``model_io``  Small helpers shared by model training and evaluation: labelled CSVs, metrics, model cards.
- ``real_reply_set``  The real-reply evaluation set: hand labels of official written replies, texts read by id.
- ``request_gate``  Fitting the request-negativity gate (:mod:`pipeline.analyse.request_gate`) on hand-labelled requests.
- ``request_margin``  The cue margin of the Russian sentiment head, chosen on hand-labelled real requests.
- ``sentence_vote``  Criteria that learn from sentences: a multiple-instance vote for the forbidden-behaviour criteria.
- ``sentiment``  Training the default sentiment model from SentiRuEval-2016 (bank + telecom train tweets).
- ``sentiment_calibration``  Neutral margin and confidence calibration of the sentiment heads, on validation slices only.
- ``sentiment_e5``  Training the e5 head of the Russian sentiment cascade (``models/sentiment/e5_head.joblib``).
- ``sentiment_english``  English sentiment head on TweetEval, built from ``rules/sentiment_en.yaml``; English-only retrain.
- ``topics``  Training a topic model from a labelled CSV (or from seed phrases) and writing its model card.
- ``topics_heldout``  Held-out figures of a topic model (``models/topics-<name>/heldout.json``) that lead its model card.
"""
