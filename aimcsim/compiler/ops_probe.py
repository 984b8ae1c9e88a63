"""Run one ONNX node alone with onnxruntime, on inputs the compiler chooses.

Some lowerings read an operator's exact semantics off onnxruntime instead of re-deriving
every attribute combination: the interpolation matrix of a ``Resize``, the index map of a
data-movement operator, the divisors of an ``AveragePool``. The node keeps its attributes;
its constant inputs (scales, sizes, ...) become initializers of the one-node model.
"""

from __future__ import annotations

from typing import Any

import numpy as np


class NodeRunner:
    """One onnxruntime session of ``node`` alone, fed its activation inputs ``names``."""

    def __init__(
        self, model: Any, node: Any, shapes: dict[str, tuple[int, ...]], static: dict[str, Any]
    ) -> None:
        import onnx
        import onnxruntime as ort

        helper = onnx.helper
        self.names = list(shapes)
        inputs = [
            helper.make_tensor_value_info(t, onnx.TensorProto.FLOAT, list(s))
            for t, s in shapes.items()
        ]
        inits = [
            onnx.numpy_helper.from_array(np.asarray(static[t]), t)
            for t in node.input
            if t and t not in shapes
        ]
        self.outputs = [o for o in node.output if o]
        outputs = [onnx.ValueInfoProto(name=o) for o in self.outputs]
        graph = helper.make_graph([node], "probe", inputs, outputs, inits)
        m = helper.make_model(graph, opset_imports=list(model.opset_import))
        m.ir_version = model.ir_version
        opts = ort.SessionOptions()
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_DISABLE_ALL
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(
            m.SerializeToString(), opts, providers=["CPUExecutionProvider"]
        )

    def __call__(self, *arrays: np.ndarray) -> np.ndarray:
        """The node's first output for activation inputs ``arrays`` (float32)."""
        feeds = {
            t: np.asarray(v, dtype=np.float32) for t, v in zip(self.names, arrays, strict=True)
        }
        return np.asarray(self.session.run(self.outputs[:1], feeds)[0])
