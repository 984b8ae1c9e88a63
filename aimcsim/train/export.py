"""The retrained model as ONNX, and its learned input ranges as a layer-settings table.

The exported model is the input model with the trained initialisers replaced in place (same
names, dtypes and shapes; nodes untouched, so the compiler names and maps the layers as
before), its ``producer_name`` set to :data:`PRODUCER` and three ``metadata_props``:

* ``aimcsim.layer_settings``: the per-layer settings table (TOML, ``version = 1``, one
  ``[layer."NAME"]`` table per weight layer with its learned ``input_range``), which
  ``aimcsim compile`` takes as its base table;
* ``aimcsim.float_top1``: the model's float top-1 on the held-out validation split
  (a fraction in [0, 1]);
* ``aimcsim.train``: JSON of how it was trained (preset, config file, overrides, epochs,
  learning rate, batch size, seed, t_inference in seconds, validation split, the exported
  epoch and its top-1 on the chip).

The same table is written beside the model as ``OUT.layers.toml``.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from aimcsim.compiler.layer_settings import (
    ONNX_METADATA_KEY,
    LayerSettings,
    LayerSettingsTable,
    dumps_layer_settings,
)
from aimcsim.output_path import FileKind

PRODUCER = "aimcsim train"
SETTINGS_KEY = ONNX_METADATA_KEY
FLOAT_TOP1_KEY = "aimcsim.float_top1"
TRAIN_KEY = "aimcsim.train"
SETTINGS_HEADER = "# aimcsim train: learned per-layer settings\n"
SETTINGS_FILE = FileKind("layer-settings file (aimcsim train)", SETTINGS_HEADER.encode())


def settings_path(onnx_path: str | Path) -> Path:
    """``OUT.layers.toml`` beside ``OUT.onnx`` (the ``.onnx`` suffix replaced)."""
    p = Path(onnx_path)
    stem = p.name[: -len(".onnx")] if p.name.endswith(".onnx") else p.name
    return p.with_name(f"{stem}.layers.toml")


def layer_settings_toml(input_ranges: Mapping[str, float]) -> str:
    """The layer-settings table (:mod:`aimcsim.compiler.layer_settings`) of the learned
    ranges, after a comment line :data:`SETTINGS_HEADER`."""
    layers = {
        name: LayerSettings(input_range=float(np.float32(r))) for name, r in input_ranges.items()
    }
    return SETTINGS_HEADER + dumps_layer_settings(LayerSettingsTable(layers=layers))


def trained_model(
    model: Any,
    params: Mapping[str, np.ndarray],
    settings_toml: str,
    float_top1: float,
    train_info: Mapping[str, Any],
) -> Any:
    """A copy of ``model`` (``onnx.ModelProto``) with the initialisers named in ``params``
    replaced by those arrays (cast to each initialiser's dtype) and the metadata above."""
    import onnx
    from onnx import helper, numpy_helper

    out = onnx.ModelProto()
    out.CopyFrom(model)
    for init in out.graph.initializer:
        if init.name in params:
            dtype = helper.tensor_dtype_to_np_dtype(init.data_type)
            arr = np.asarray(params[init.name]).astype(dtype).reshape(tuple(init.dims))
            init.CopyFrom(numpy_helper.from_array(arr, init.name))
    out.producer_name = PRODUCER
    out.producer_version = ""
    meta = {
        SETTINGS_KEY: settings_toml,
        FLOAT_TOP1_KEY: repr(float(float_top1)),
        TRAIN_KEY: json.dumps(dict(train_info), sort_keys=True),
    }
    kept = [p for p in out.metadata_props if p.key not in meta]
    del out.metadata_props[:]
    out.metadata_props.extend(kept)
    for key, value in meta.items():
        out.metadata_props.add(key=key, value=value)
    return out


def model_file_kind(model: Any) -> FileKind:
    """The :class:`FileKind` of models this trainer writes with ``model``'s IR version: their
    serialisation starts with the IR version and :data:`PRODUCER`, by which an earlier
    output is recognised (and may be replaced)."""
    import onnx

    head = onnx.ModelProto(ir_version=model.ir_version, producer_name=PRODUCER)
    return FileKind("model written by aimcsim train", head.SerializeToString())
