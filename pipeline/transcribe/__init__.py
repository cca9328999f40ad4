"""Call transcription: audio → speaker turns with timings, language, audio metrics.

One module per concern (entry point :func:`pipeline.transcribe.stage.transcribe_stage`):

- ``options``   typed settings from ``rules/transcribe.yaml``
- ``weights``   the bundled Whisper base, joined from two pip packages and checksummed
- ``audio``     decode (PyAV), split stereo, duration, sha256; bad files → ``BadAudio``
- ``engine``    ``Transcriber`` interface and the faster-whisper engine (VAD, language, words)
- ``merge``     channel segments → ordered turns; mono role heuristic (``role_inferred``)
- ``metrics``   ``AudioMetrics``: talk, silence, hold, overtalk, interruptions, words per minute
- ``normalize`` text for matching: number words → digits ("две тысячи" = "2 000" = "2000")
- ``cache``     transcripts keyed by audio hash + model + options
- ``wer``       word error rate on normalised text (tests, bench)
"""
