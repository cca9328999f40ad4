"""Training and evaluation of our own models (``servicelens train``, ``make models``), never run by a night.

Modules:

- ``calibration``  Decision thresholds and calibrated confidences for the linear text heads.
- ``complaint``  Training the complaint model: tune part of the hand labels + weak labels from the sources' annotations.
- ``complaint_card``  The complaint model card: report-part figures first, then the tune cross-validation.
- ``complaint_eval``  The complaint signal measured on hand-labelled messages (P/R/F1 per language and source).
- ``complaint_set``  The hand-labelled complaint set: sample plan, texts read back by id, the fixed tune/report split.
- ``criteria``  Criteria that learn: a text classifier per scorecard criterion that votes with the rule.
- ``model_io``  Small helpers shared by model training and evaluation: labelled CSVs, metrics, model cards.
- ``real_reply_set``  The real-reply evaluation set: hand labels of official written replies, texts read by id.
- ``sentiment``  Training the default sentiment model from SentiRuEval-2016 (bank + telecom train tweets).
- ``sentiment_calibration``  Neutral margin and confidence calibration of the sentiment heads, on validation slices only.
- ``topics``  Training a topic model from a labelled CSV (or from seed phrases) and writing its model card.
"""
