"""Call transcription: audio → speaker turns with timings, language, audio metrics.

Entry point :func:`pipeline.transcribe.stage.transcribe_stage`.

Modules:

- ``audio``  Reading a call recording: probe, decode to 16 kHz float32, split stereo, hash.
- ``cache``  Transcript cache: one JSON file per (audio sha256, model, transcript-changing options).
- ``diarize``  Who spoke when on a one-channel recording: spectral clustering of voice features.
- ``engine``  Speech-to-text engines behind one small interface.
- ``guard``  Hallucination guard and the check for speech that got no text.
- ``levels``  Per-channel loudness: measure each channel's speech level and bring quiet passages up.
- ``merge``  Channel segments → ordered turns with speaker roles.
- ``metrics``  Per-call speech statistics (:class:`AudioMetrics`) from speech intervals of each party.
- ``normalize``  A normalised form of transcript text for matching (scorecard phrases, WER, search).
- ``options``  Typed options of the transcription stage, loaded from ``rules/transcribe.yaml``.
- ``stage``  Transcription stage: calls awaiting transcription → turns, language, audio metrics.
- ``vad``  Speech chunks of one stream (Silero VAD, as bundled with faster-whisper), in seconds.
- ``weights``  The bundled Whisper *base* weights, joined from two pip packages into a local model directory.
- ``wer``  Word error rate on normalised text (tests and the bench).
"""
