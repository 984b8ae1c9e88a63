"""A gather without loop structure (a large random permutation of positions) is refused at
compile time: exit 2, one message naming the node and its operator, no traceback, no output
directory. Regular gathers of any size compile (tests/compiler/test_gather_loops.py)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import onnx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from onnx import TensorProto, helper, numpy_helper

from .conftest import assert_unchanged, snapshot


def _model(path: Path, name: str, width: int, seed: int) -> None:
    """``x (1, width)`` -> Gather of a random permutation along the features -> Relu."""
    perm = np.random.default_rng(seed).permutation(width).astype(np.int64)
    graph = helper.make_graph(
        [
            helper.make_node("Gather", ["x", "perm"], ["g"], name=name, axis=1),
            helper.make_node("Relu", ["g"], ["y"], name="relu"),
        ],
        "irregular",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, width])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, width])],
        [numpy_helper.from_array(perm, "perm")],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)])
    onnx.checker.check_model(model)
    onnx.save(model, str(path))


@settings(
    max_examples=3, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    name=st.from_regex(r"[a-z][a-z0-9_]{0,10}", fullmatch=True),
    width=st.integers(70_000, 90_000),
    seed=st.integers(0, 2**16),
    buffer=st.sampled_from(["65536", "1048576"]),  # streamed, resident
)
def test_random_permutation_is_refused_naming_node_and_op(
    tmp_path, refused, name, width, seed, buffer
):
    work = Path(tempfile.mkdtemp(dir=tmp_path))
    model = work / "m.onnx"
    _model(model, name, width, seed)
    before = snapshot(work)
    out = work / "out"
    args = ["compile", str(model), "--preset", "standard", "-o", str(out)]
    refused(
        [*args, "--set", f"tile.buffer.size_elements={buffer}"],
        f"{name!r}",
        "(op Gather)",
        "irregular",
    )
    assert not out.exists()
    assert_unchanged(work, before)
