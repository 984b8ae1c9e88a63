"""Input samples and labels, checked against the inputs of the model they are fed to.

Samples come from a workload's ``tensors.npz`` (arrays ``input.<name>`` and ``labels``) or
from the ``.npz`` given to ``aimcsim compile --samples`` (arrays named like the model inputs,
plus ``labels``). Either way :func:`check_samples` holds them to the model's
:class:`InputSignature` list: every input present, no unknown array (with a "did you mean"),
the per-sample shape, a numeric dtype, finite values, one sample count N >= 1 for all inputs,
token ids of an embedding look-up within the table, and labels of length N with values in
``0 .. n_classes - 1``. Every error is a :class:`~aimcsim.errors.WorkloadError` naming the
file and the array.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np

from aimcsim.errors import WorkloadError
from aimcsim.workload.prelude import input_key, key_shape
from aimcsim.workload.schema import did_you_mean

LABELS = "labels"
"""Name of the labels array."""


@dataclass(frozen=True)
class InputSignature:
    """What the samples of one model input look like.

    ``name``: the name samples are given under (the model input, or for an input fed through
    a host-side embedding look-up the original token-id input); ``shape``: one sample's shape;
    ``vocab``: for token ids, the number of rows of the embedding table (ids must be integers
    in ``0 .. vocab - 1``), else None (any finite real values); ``integer``: an integer input
    that the host prelude reads (integers or bools).
    """

    name: str
    shape: tuple[int, ...]
    vocab: int | None = None
    integer: bool = False


def signatures(
    entries: Iterable[Mapping[str, Any]],
    tables: Mapping[str, np.ndarray],
    prelude: Mapping[str, Any] | None = None,
) -> list[InputSignature]:
    """Signatures of model inputs described like the manifest's ``[[inputs]]`` (``name``,
    ``shape``, optional ``transform`` = {kind, table, source}) and ``[prelude]`` table;
    ``tables`` holds the embedding tables by name. An embedding input of shape ``(*s, d)``
    takes token ids of shape ``s``. Inputs made of what the prelude computes have no samples
    of their own: the prelude's integer inputs have."""
    table = prelude or {}
    produced = {o for n in table.get("nodes", []) for o in n["outputs"]}
    out: dict[str, InputSignature] = {}
    for e in entries:
        key = input_key(e)
        if key in produced:
            continue
        tr = e.get("transform")
        vocab = int(tables[str(tr["table"])].shape[0]) if tr else None
        seen = out.get(key)
        if seen is not None and seen.vocab is not None:  # ids of two tables: the smaller
            vocab = seen.vocab if vocab is None else min(vocab, seen.vocab)
        out[key] = InputSignature(key, key_shape(e), vocab)
    for p in table.get("inputs", []):
        out.setdefault(p["name"], InputSignature(p["name"], tuple(p["shape"]), integer=True))
    return list(out.values())


def check_samples(
    arrays: Mapping[str, np.ndarray],
    labels: np.ndarray | None,
    inputs: list[InputSignature],
    n_classes: int | None,
    file: str,
    *,
    prefix: str = "",
) -> int:
    """Check samples ``arrays`` (signature name -> ``(N, *shape)``) and ``labels`` read from
    ``file`` against ``inputs``; returns N. Arrays are named ``prefix + name`` in the file
    (``input.`` for a workload's tensors). ``n_classes`` bounds the labels (None: unchecked).
    """
    expected = {s.name: s for s in inputs}
    for name in sorted(set(arrays) - set(expected)):
        known = [prefix + k for k in expected]
        raise WorkloadError(
            f"{file}: array {prefix + name!r} is not an input of the model"
            f"{did_you_mean(prefix + name, known)} (model inputs: {', '.join(known)})"
        )
    count: int | None = None
    first = ""
    for sig in inputs:
        array_name = prefix + sig.name
        if sig.name not in arrays:
            raise WorkloadError(
                f"{file}: no samples for model input {sig.name!r} (array {array_name!r} is missing)"
            )
        n = _check_input(arrays[sig.name], sig, array_name, file)
        if count is None:
            count, first = n, array_name
        elif n != count:
            raise WorkloadError(
                f"{file}: array {array_name!r} has {n} samples, array {first!r} has {count}"
            )
    if count is None:
        raise WorkloadError(f"{file}: no sample arrays")
    if labels is not None:
        _check_labels(labels, count, n_classes, file)
    return count


def _check_input(x: np.ndarray, sig: InputSignature, name: str, file: str) -> int:
    """Shape, dtype and values of one input's samples; returns the sample count."""
    want = "(N, " + ", ".join(str(d) for d in sig.shape) + ")" if sig.shape else "(N,)"
    if x.ndim != len(sig.shape) + 1 or tuple(x.shape[1:]) != sig.shape:
        raise WorkloadError(
            f"{file}: array {name!r} has shape {tuple(x.shape)}, expected {want} "
            f"(N samples of the model input's shape)"
        )
    if x.shape[0] < 1:
        raise WorkloadError(f"{file}: array {name!r} holds no samples (shape {tuple(x.shape)})")
    if sig.vocab is not None:
        if x.dtype.kind not in "iu":
            raise WorkloadError(
                f"{file}: array {name!r} holds token ids of an embedding look-up and must be "
                f"integers, got dtype {x.dtype}"
            )
        _check_range(x, 0, sig.vocab - 1, f"array {name!r} (token ids)", file)
        return int(x.shape[0])
    if sig.integer and x.dtype.kind not in "iub":
        raise WorkloadError(
            f"{file}: array {name!r} is an integer input of the model (the host computes from "
            f"it) and must hold integers or bools, got dtype {x.dtype}"
        )
    if x.dtype.kind not in "fiu" and not sig.integer:
        raise WorkloadError(
            f"{file}: array {name!r} has dtype {x.dtype}, expected real numbers (float or int)"
        )
    if x.dtype.kind == "f" and x.size and not bool(np.isfinite(x).all()):
        bad = np.argwhere(~np.isfinite(x))[0]
        raise WorkloadError(
            f"{file}: array {name!r} holds {x[tuple(bad)]} at index {tuple(int(i) for i in bad)}"
            " (samples must be finite)"
        )
    return int(x.shape[0])


def _check_labels(labels: np.ndarray, n: int, n_classes: int | None, file: str) -> None:
    if labels.ndim != 1 or labels.shape[0] != n:
        raise WorkloadError(
            f"{file}: array {LABELS!r} has shape {tuple(labels.shape)}, expected ({n},): one "
            "label per sample"
        )
    if labels.dtype.kind not in "iu":
        raise WorkloadError(
            f"{file}: array {LABELS!r} has dtype {labels.dtype}, expected integer class indices"
        )
    hi = None if n_classes is None else n_classes - 1
    _check_range(labels, 0, hi, f"array {LABELS!r} (class indices)", file)


def _check_range(x: np.ndarray, lo: int, hi: int | None, what: str, file: str) -> None:
    if not x.size:
        return
    bad = x < lo if hi is None else (x < lo) | (x > hi)
    if bool(bad.any()):
        at = np.argwhere(bad)[0]
        bounds = f"{lo}..{hi}" if hi is not None else f">= {lo}"
        raise WorkloadError(
            f"{file}: {what} holds {x[tuple(at)]} at index {tuple(int(i) for i in at)}, "
            f"outside {bounds}"
        )


def n_classes_of(output_shape: Iterable[int]) -> int:
    """Number of classes top-1 scores against: the elements of one sample of the first
    output (its argmax over all of them is the predicted class)."""
    return math.prod(int(d) for d in output_shape)


def check_sample_count(requested: int | None, available: int, where: str) -> None:
    """``--samples N``: N must be in ``1 .. available`` (``where`` names the samples)."""
    if requested is None:
        return
    if requested < 1 or requested > available:
        raise WorkloadError(
            f"--samples {requested}: {where} holds {available} samples; give 1..{available}"
        )
