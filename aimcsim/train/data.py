"""The inputs of ``aimcsim train``: the ONNX model and its labelled training samples.

Errors name the file (and the array): an unreadable model is an
:class:`~aimcsim.errors.InputFileError`; samples are held to the model's inputs by
:func:`aimcsim.workload.samples.check_samples` (names, shapes, dtypes, finite values, labels
within the classes of the first output), and training needs labels.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from aimcsim.compiler import load_samples
from aimcsim.errors import InputFileError, TrainError
from aimcsim.workload.samples import LABELS, InputSignature, check_samples


def load_model(path: str | Path) -> Any:
    """The ``onnx.ModelProto`` at ``path``; InputFileError naming the file if it is not one."""
    import onnx

    p = Path(path)
    if p.suffix.lower() != ".onnx":
        raise InputFileError("aimcsim train takes an ONNX model (.onnx)", file=str(p))
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputFileError("model file not found", file=str(p)) from None
    except OSError as exc:
        raise InputFileError(f"cannot read the model: {exc.strerror}", file=str(p)) from None
    try:
        model = onnx.load_from_string(data)
        onnx.checker.check_model(model)
    except Exception as exc:
        raise InputFileError(
            f"not a valid ONNX model ({type(exc).__name__}: {str(exc).splitlines()[0]})",
            file=str(p),
        ) from None
    if not model.graph.node or not model.graph.output:
        raise InputFileError("the ONNX graph has no nodes or no outputs", file=str(p))
    return model


def _dims(value_info: Any) -> list[int | None]:
    return [
        d.dim_value if d.HasField("dim_value") else None
        for d in value_info.type.tensor_type.shape.dim
    ]


def load_training_samples(path: str | Path, model: Any) -> tuple[dict[str, np.ndarray], np.ndarray]:
    """``(input name -> (N, *shape), labels (N,))`` from the ``.npz`` at ``path``, checked
    against ``model``'s inputs and first output."""
    arrays, labels = load_samples(path)
    if labels is None:
        raise TrainError(f"{path}: no {LABELS!r} array: training needs one label per sample")
    inits = {t.name for t in model.graph.initializer}
    sigs = []
    for inp in model.graph.input:
        if inp.name in inits:
            continue
        dims = _dims(inp)[1:]
        given = arrays.get(inp.name)
        if given is not None and given.ndim == len(dims) + 1:
            dims = [int(g) if d is None else d for d, g in zip(dims, given.shape[1:], strict=True)]
        sigs.append(InputSignature(inp.name, tuple(int(d or 0) for d in dims)))
    out_dims = _dims(model.graph.output[0])
    n_classes = out_dims[-1] if len(out_dims) > 1 else None
    check_samples(arrays, labels, sigs, n_classes, str(path))
    return arrays, labels
