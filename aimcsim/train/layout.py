"""The input order of each weight layer's crossbar rows, as the compiler lays it out.

The compiler stores a dense layer's input in the layout of the tensor it comes from; after a
channels-last convolution a flatten yields the vector in (row, column, channel) order, so the
compiler permutes the matrix columns to match (``w[:, perm]``, :mod:`aimcsim.compiler`), and
its crossbar row blocks then hold the inputs ``perm[r0:r1]``. Training cuts the same blocks
(:class:`aimcsim.train.analog.AnalogContext`) with the orders found here, from the compiler's
own front end.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from aimcsim.compiler.onnx_frontend import onnx_to_graph


def compiler_input_orders(model: Any, name: str) -> dict[str, np.ndarray]:
    """Layer name -> the order of its inputs on the crossbar rows, for every dense layer
    whose input the compiler permutes (``model``: an ``onnx.ModelProto``)."""
    g = onnx_to_graph(model, name=name)
    orders = {}
    for node in g.nodes:
        perm = g.perms.get(node.inputs[0]) if node.op == "dense" and node.inputs else None
        if perm is not None:
            orders[node.name] = np.asarray(perm, dtype=np.int64)
    return orders
