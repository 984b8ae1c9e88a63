"""ONNX operators of convolutional and vision models, each lowered by its own module:
``op_type -> handler(converter, node, attributes, inputs, output)``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from aimcsim.compiler.ops_act import elu_family, leaky, softplus
from aimcsim.compiler.ops_convt import conv_transpose
from aimcsim.compiler.ops_movement import movement
from aimcsim.compiler.ops_norm import instance_norm
from aimcsim.compiler.ops_pool import pool
from aimcsim.compiler.ops_resize import resize

VISION_OPS: dict[str, Callable[[Any, Any, dict[str, Any], list[str], str], None]] = {
    "LeakyRelu": leaky,
    "PRelu": leaky,
    "Elu": elu_family,
    "Selu": elu_family,
    "Celu": elu_family,
    "Softplus": softplus,
    "Mish": softplus,
    "MaxPool": pool,
    "AveragePool": pool,
    "GlobalMaxPool": pool,
    "Resize": resize,
    "Upsample": resize,
    "ConvTranspose": conv_transpose,
    "InstanceNormalization": instance_norm,
    "DepthToSpace": movement,
    "SpaceToDepth": movement,
}
"""Handlers of the operators above, called by :meth:`_Converter.convert`."""

VISION_SUPPORTED = (
    "LeakyRelu / PRelu / Elu / Selu / Celu / Softplus / Mish",
    "MaxPool / AveragePool (any pads, ceil_mode, count_include_pad) / GlobalMaxPool",
    "Resize / Upsample (nearest, linear, cubic)",
    "ConvTranspose (1-D and 2-D)",
    "InstanceNormalization (and GroupNorm as exported)",
    "DepthToSpace / SpaceToDepth",
)
"""What the error message for an unsupported operator lists for these."""
