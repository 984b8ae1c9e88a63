"""Large data-movement layers compiled as copy loops: compile time, program size, values, timing.

Usage: ``python benchmarks/bench_gathers.py [CASE ...]`` (default: all). Cases:

* ``up-8x256``: a 1x1 Conv then a nearest 2x Resize of an 8 x 256 x 256 map to 512 x 512
  (refused before the loop nests: ``take 'up.y.axis3' needs 65664 copies``);
* ``up-64x128``: the same on a 64 x 128 x 128 map (a U-Net decoder stage);
* ``up-64x256``: the same on a 64 x 256 x 256 map (16.8 M output elements per sample);
* ``resize-1.5``: a fractional (1.5x) nearest Resize of a 32 x 100 x 100 model input;
* ``transpose``: a Transpose (perm 0,3,1,4,2) of a 24 x 20 x 36 x 12 map, then a Relu.

Each case is built with onnx.helper (synthetic weights, seed 0), compiled for ``standard``
(one sample slot, default buffer: these maps stream through global memory), run on an ideal
chip against onnxruntime (max error as a fraction of full scale) and through the timing
model. Prints one line per case: compile seconds, program instructions, value-run
seconds, max error, timing seconds, simulated cycles.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper


def _save(nodes, shape_in, shape_out, inits, path: Path) -> None:
    graph = helper.make_graph(
        nodes,
        "bench",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, shape_in)],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, shape_out)],
        inits,
    )
    onnx.save(helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17)]), path)


def _scales(s: float):
    return numpy_helper.from_array(np.array([1, 1, s, s], np.float32), "scales")


def upsampling(c: int, h: int, path: Path) -> list[int]:
    w = np.random.default_rng(0).standard_normal((c, c, 1, 1)).astype(np.float32) / c**0.5
    nodes = [
        helper.make_node("Conv", ["x", "w"], ["h"], name="conv"),
        helper.make_node("Resize", ["h", "", "scales"], ["y"], name="up", mode="nearest"),
    ]
    inits = [numpy_helper.from_array(w, "w"), _scales(2.0)]
    _save(nodes, [1, c, h, h], [1, c, 2 * h, 2 * h], inits, path)
    return [1, c, h, h]


def fractional(path: Path) -> list[int]:
    nodes = [helper.make_node("Resize", ["x", "", "scales"], ["y"], name="up", mode="nearest")]
    _save(nodes, [1, 32, 100, 100], [1, 32, 150, 150], [_scales(1.5)], path)
    return [1, 32, 100, 100]


def transpose(path: Path) -> list[int]:
    shape, perm = [1, 24, 20, 36, 12], [0, 3, 1, 4, 2]
    nodes = [
        helper.make_node("Transpose", ["x"], ["t"], name="perm", perm=perm),
        helper.make_node("Relu", ["t"], ["y"], name="relu"),
    ]
    _save(nodes, shape, [shape[p] for p in perm], [], path)
    return shape


CASES = {
    "up-8x256": lambda p: upsampling(8, 256, p),
    "up-64x128": lambda p: upsampling(64, 128, p),
    "up-64x256": lambda p: upsampling(64, 256, p),
    "resize-1.5": fractional,
    "transpose": transpose,
}


def measure(name: str) -> str:
    import onnxruntime as ort

    from aimcsim.compiler import CompileOptions, compile_model
    from aimcsim.config.loader import load_arch
    from aimcsim.functional.executor import Executor, ideal_arch
    from aimcsim.timing import simulate_timing

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{name}.onnx"
        shape = CASES[name](path)
        arch = load_arch(preset="standard")
        t0 = time.perf_counter()
        wl = compile_model(path, arch, CompileOptions(n_slots=1, duplicate=False))
        t1 = time.perf_counter()
        size = sum(len(s.instructions) for s in wl.program.streams.values())
        x = np.random.default_rng(1).standard_normal(shape).astype(np.float32)
        (y,) = Executor(wl, ideal_arch(arch)).run({"x": x}).outputs.values()
        t2 = time.perf_counter()
        ref = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(
            ["y"], {"x": x}
        )[0]
        err = float(np.abs(y.reshape(ref.shape) - ref).max()) / float(np.abs(ref).max())
        t3 = time.perf_counter()
        cycles = simulate_timing(wl.program, arch).total_cycles
        t4 = time.perf_counter()
    return (
        f"{name}: compile {t1 - t0:.2f} s, {size} instructions; values {t2 - t1:.2f} s, "
        f"max error {err:.1e} of full scale; timing {t4 - t3:.2f} s, {cycles} cycles"
    )


if __name__ == "__main__":
    for case in sys.argv[1:] or list(CASES):
        print(measure(case), flush=True)
