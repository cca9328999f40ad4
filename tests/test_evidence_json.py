"""The single writer's evidence JSON (pipeline.warehouse.load._evidence_json) is byte for byte what
``json.dumps`` writes, whatever the evidence text holds: stored JSON and content hashes stay as before."""

from __future__ import annotations

import json
import random

from pipeline.model import Evidence
from pipeline.warehouse.load import _evidence_json

TRICKY = ['', 'plain', 'кавычки «ёлка» "quoted"', 'back\\slash', 'tab\tnew\nline\r', '\x00\x01\x1f\x7f',
          'emoji 😀 and \u2028 \u2029', 'surrogate \ud800 alone', '</script>', "apostrophe's", '\\u0041']


def _dumps(evidence):
    return json.dumps([e.as_dict() for e in evidence], ensure_ascii=False)


def test_same_text_as_json_dumps_on_tricky_and_random_texts():
    rng = random.Random(7)
    alphabet = "abcяё \"\\\n\t\x00\x1f/{}[]:,😀\u2028"
    for n in range(300):
        texts = TRICKY if n == 0 else ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
                                       for _ in range(rng.randint(1, 4))]
        evidence = [Evidence(i, rng.randint(0, 10**6), rng.randint(0, 10**6), t) for i, t in enumerate(texts)]
        assert _evidence_json(evidence) == _dumps(evidence)
        assert json.loads(_evidence_json(evidence)) == [e.as_dict() for e in evidence]


def test_no_evidence_is_null_and_odd_types_fall_back_to_the_encoder():
    assert _evidence_json([]) is None
    odd = [Evidence(True, 1.5, None, "x")]  # type: ignore[arg-type]
    assert _evidence_json(odd) == _dumps(odd) == '[{"turn_index": true, "start": 1.5, "end": null, "text": "x"}]'
