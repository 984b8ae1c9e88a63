"""Corrupt host-prelude data in a workload (``[prelude]`` of manifest.toml, its constants
``prelude.c*`` and the integer samples it reads, in ``tensors.npz``): each is refused with
exit 2, no traceback, a message naming the file and the key or array, nothing touched.
The shipped ``roberta-tiny`` (position ids and mask computed from the token ids) is edited."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot
from .workload_edits import WORKLOADS, copy_workload, edit_manifest, edit_tensors, read_manifest

BASE = "roberta-tiny"
NODES = read_manifest(WORKLOADS / BASE)["prelude"]["nodes"]
"""The prelude nodes of the base: Equal, Not, Cast, CumSum, Mul, Cast, Add, Unsqueeze."""


def _index(op: str) -> int:
    return next(k for k, n in enumerate(NODES) if n["op"] == op)


CUMSUM, CAST, EQUAL = _index("CumSum"), _index("Cast"), _index("Equal")


def _node(k: int, key: str, value: Any):
    def edit(doc: dict[str, Any]) -> None:
        doc["prelude"]["nodes"][k][key] = value

    return edit


def _first_input(key: str, value: Any):
    def edit(doc: dict[str, Any]) -> None:
        doc["prelude"]["inputs"][0][key] = value

    return edit


MANIFEST_EDITS = [
    ("unknown-op", _node(CUMSUM, "op", "CumSun"), [f"prelude.nodes[{CUMSUM}].op", "'CumSum'"]),
    ("op-outside-set", _node(CUMSUM, "op", "NonZero"), [f"prelude.nodes[{CUMSUM}].op"]),
    (
        "undefined-input",
        _node(CUMSUM, "inputs", ["nowhere", "prelude.c1"]),
        [f"prelude.nodes[{CUMSUM}].inputs[0]", "'nowhere'"],
    ),
    (
        "missing-constant",
        _node(EQUAL, "inputs", ["input_ids", "prelude.c99"]),
        [f"prelude.nodes[{EQUAL}].inputs[1]", "'prelude.c99'", "tensors.npz"],
    ),
    (
        "too-many-inputs",
        _node(CAST, "inputs", ["not_pad", "not_pad"]),
        [f"prelude.nodes[{CAST}].inputs", "Cast takes 1 to 1"],
    ),
    ("unknown-attr", _node(CAST, "attrs", {"too": 7}), [f"prelude.nodes[{CAST}].attrs.too"]),
    ("bad-cast-type", _node(CAST, "attrs", {"to": 99}), [f"prelude.nodes[{CAST}].attrs.to"]),
    ("two-outputs", _node(CAST, "outputs", ["a", "b"]), [f"prelude.nodes[{CAST}].outputs"]),
    (
        "output-redefined",
        _node(CAST, "outputs", ["input_ids"]),
        [f"prelude.nodes[{CAST}].outputs[0]", "already defined"],
    ),
    ("bad-dtype", _first_input("dtype", "int128"), ["prelude.inputs[0].dtype", "'int128'"]),
    ("batch-axis", _first_input("batch_axis", 5), ["prelude.inputs[0].batch_axis"]),
    (
        "input-shape",
        _first_input("shape", [31]),
        ["prelude.inputs[0].shape", "[31]", "inputs[1]"],
    ),
    ("huge-input", _first_input("shape", [1 << 20, 1 << 10]), ["prelude.inputs[0].shape"]),
]


@pytest.mark.parametrize(
    ("edit", "names"),
    [pytest.param(e, n, id=label) for label, e, n in MANIFEST_EDITS],
)
def test_corrupt_prelude_manifest_is_refused(tmp_path: Path, edit, names) -> None:
    wl = copy_workload(BASE, tmp_path / "wl")
    edit_manifest(wl, edit)
    _refused(wl, "manifest.toml", *names)


def _constant_of(k: int, j: int) -> str:
    return str(NODES[k]["inputs"][j])


TENSOR_EDITS = [
    (
        "cumsum-axis-out-of-range",
        {_constant_of(CUMSUM, 1): np.asarray(5, dtype=np.int64)},
        ["manifest.toml", f"prelude.nodes[{CUMSUM}]", "axis 5"],
    ),
    (
        "constant-of-strings",
        {_constant_of(EQUAL, 1): np.asarray(["x"])},
        ["manifest.toml", f"prelude.nodes[{EQUAL}].inputs[1]", "dtype"],
    ),
    (
        # positions computed past the position table: the samples are refused
        "padding-id-shifts-positions",
        {_constant_of(EQUAL, 1): np.asarray(90, dtype=np.int64)},
        ["tensors.npz", "'emb.pos.table'", "outside"],
    ),
    (
        "float-token-ids",
        {"input.input_ids": np.full((4, 32), 2.5, dtype=np.float32)},
        ["tensors.npz", "'input.input_ids'"],
    ),
]


@pytest.mark.parametrize(
    ("arrays", "names"),
    [pytest.param(a, n, id=label) for label, a, n in TENSOR_EDITS],
)
def test_corrupt_prelude_arrays_are_refused(tmp_path: Path, arrays, names) -> None:
    wl = copy_workload(BASE, tmp_path / "wl")
    edit_tensors(wl, lambda a: a.update(arrays))
    _refused(wl, *names)


def test_unreferenced_prelude_constant_is_refused(tmp_path: Path) -> None:
    wl = copy_workload(BASE, tmp_path / "wl")
    edit_tensors(wl, lambda a: a.update({"prelude.c77": np.zeros(3, dtype=np.int64)}))
    _refused(wl, "tensors.npz", "'prelude.c77'", "not referenced")


def _refused(wl: Path, *names: str) -> None:
    before, cwd_before = snapshot(wl), snapshot(Path.cwd())
    assert_refused(run_cli(["run", str(wl), "--no-report"]), *names)
    assert_unchanged(wl, before)
    assert_unchanged(Path.cwd(), cwd_before)


FIELD_VALUES = st.one_of(
    st.text(max_size=12),
    st.integers(-(1 << 40), 1 << 40),
    st.lists(st.text(max_size=8), max_size=4),
    st.lists(st.sampled_from(sorted({t for n in NODES for t in n["inputs"]})), max_size=4),
    st.dictionaries(
        st.sampled_from(["to", "axis", "exclusive", "reverse", "x"]),
        st.integers(-(1 << 31), (1 << 31) - 1),
        max_size=2,
    ),
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    k=st.integers(0, len(NODES) - 1),
    key=st.sampled_from(["name", "op", "inputs", "outputs", "attrs"]),
    value=FIELD_VALUES,
)
def test_any_prelude_node_edit_runs_or_is_refused_cleanly(
    tmp_path_factory: pytest.TempPathFactory, k: int, key: str, value: Any
) -> None:
    """Any value in any field of any node: the run succeeds or is refused with one message
    naming manifest.toml (exit 2, no traceback), and the workload is left as it was."""
    wl = copy_workload(BASE, tmp_path_factory.mktemp("wl"))
    edit_manifest(wl, _node(k, key, value))
    _runs_or_refused(wl, "manifest.toml", "tensors.npz")


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    which=st.sampled_from(sorted({t for n in NODES for t in n["inputs"] if "prelude." in t})),
    shape=st.lists(st.integers(0, 4), max_size=3),
    fill=st.integers(-(1 << 40), 1 << 40),
    dtype=st.sampled_from(["int64", "int32", "bool", "float32", "uint8"]),
)
def test_any_prelude_constant_runs_or_is_refused_cleanly(
    tmp_path_factory: pytest.TempPathFactory, which: str, shape: list[int], fill: int, dtype: str
) -> None:
    """Any prelude constant replaced by an array of any shape, value and type."""
    wl = copy_workload(BASE, tmp_path_factory.mktemp("wl"))
    value = np.full(shape, fill).astype(dtype)
    edit_tensors(wl, lambda a: a.update({which: value}))
    _runs_or_refused(wl, "tensors.npz", "manifest.toml")


def _runs_or_refused(wl: Path, *files: str) -> None:
    before = snapshot(wl)
    outcome = run_cli(["run", str(wl), "--no-report", "--no-functional"])
    assert outcome.exception is None, f"escaped {outcome.exception!r}"
    assert "Traceback" not in outcome.err
    assert outcome.code in (0, 2), outcome.err
    if outcome.code == 2:
        assert outcome.err.count("aimcsim: error:") == 1, outcome.err
        assert any(f in outcome.err for f in files), outcome.err
    assert_unchanged(wl, before)


@pytest.mark.parametrize(
    ("ids", "names"),
    [
        (np.full((2, 32), 2.5, dtype=np.float32), ["'input_ids'", "integers"]),
        (np.full((2, 31), 5, dtype=np.int64), ["'input_ids'", "(N, 32)"]),
        (np.full((2, 32), 100, dtype=np.int64), ["'input_ids'", "outside 0..99"]),
    ],
    ids=["float-ids", "short-ids", "ids-past-vocabulary"],
)
def test_compile_samples_of_a_prelude_model_are_checked(tmp_path: Path, ids, names) -> None:
    """``compile --samples`` for a model with a host prelude: the integer input it reads is
    checked (dtype, shape, range), naming the samples file; nothing is written."""
    samples = tmp_path / "bad.npz"
    np.savez(samples, input_ids=ids)
    before = snapshot(tmp_path)
    model = WORKLOADS / BASE / "model.onnx"
    args = ["compile", str(model), "--preset", "standard", "--samples", str(samples)]
    assert_refused(run_cli([*args, "-o", str(tmp_path / "out")]), "bad.npz", *names)
    assert_unchanged(tmp_path, before)
