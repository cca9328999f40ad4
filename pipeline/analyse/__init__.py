"""The analyse stage: language, PII redaction, topics, sentiment, complaint and risk signals per interaction.

Entry point :func:`pipeline.analyse.stage.analyse_stage`. Training of these models lives in ``pipeline.training``.

Modules:

- ``complaint``  Is this contact a complaint? One binary signal with a confidence and evidence.
- ``linear_text``  A linear text classifier (TF-IDF + optional sentence embedding → linear SVM) with calibrated confidences, and its cross-validation. Shared by the topic and sentiment models.
- ``request_gate``  Request-negativity gate: which Russian texts the nightly head calls negative stay negative.
- ``request_text``  Request-domain model of the request gate: a logistic regression trained on labelled *requests*.
- ``risk``  Risk signals from the customer's words: escalation, churn, legal threat, abuse.
- ``sentiment``  Sentiment of a text (turn or whole contact): negative / neutral / positive, score in [-1, 1].
- ``sentiment_cascade``  The fast-e5 cascade of the Russian nightly sentiment (docs/SIGNALS.md, wave 7).
- ``sentiment_cues``  Emotional cues of a customer text (``rules/sentiment_cues.yaml``): reproach, criticism of the service, evaluative or emotive words, rows of ``!``/``?``, shouting.
- ``stage``  Analysis stage: language → PII redaction → topics → sentiment → complaint and risk signals.
- ``taxonomy``  Topic taxonomies (``rules/topics/<name>.yaml``): contact reasons with descriptions and seed phrases.
- ``text_features``  Text normalisation and sparse features shared by the topic and sentiment models.
- ``topics``  Contact-reason topics: multi-label with confidences, Russian and English.
- ``word_vectors``  Dense word-vector features for the linear text heads: the mean navec vector of a text's words.
- ``zero_shot``  Zero-shot topics: a new deployment with a taxonomy but no labelled contacts.
- ``zero_shot_head``  The zero-shot matcher as a topic head of the night, and its distillation into the fast head.
"""
