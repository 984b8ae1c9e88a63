"""Workload trace format: save/load round trip and clear errors for broken directories."""

from __future__ import annotations

import shutil
import tomllib

import numpy as np
import pytest
import tomli_w

from aimcsim.compiler import CompileOptions, compile_model
from aimcsim.errors import WorkloadError
from aimcsim.workload import load_workload, save_workload
from aimcsim.workload.format import _plain


@pytest.fixture(scope="module")
def saved(models_mod, tmp_path_factory):
    import onnx

    from aimcsim.config.loader import load_arch

    model, samples, labels = models_mod.build_mlp_digits()
    d = tmp_path_factory.mktemp("wl")
    onnx.save(model, str(d / "m.onnx"))
    wl = compile_model(
        d / "m.onnx",
        load_arch(preset="tiny"),
        CompileOptions(n_slots=2),
        samples=samples,
        labels=labels,
        preset="tiny",
    )
    save_workload(wl, d / "w")
    return wl, d / "w"


def test_round_trip(saved):
    wl, d = saved
    back = load_workload(d)
    assert back.program.streams.keys() == wl.program.streams.keys()
    for t, s in wl.program.streams.items():
        assert [i.operands for i in s.instructions] == [
            i.operands for i in back.program.streams[t].instructions
        ]
    assert back.manifest["layers"] == wl.manifest["layers"]
    for k, v in wl.tensors.items():
        np.testing.assert_array_equal(back.tensors[k], v)
    assert (d / "program.s").read_text().startswith("#")
    m = back.manifest
    assert m["workload"]["preset"] == "tiny" and m["workload"]["n_slots"] == 2
    for b in m["blocks"]:
        assert b["tensor"] in back.tensors and b["row1"] > b["row0"]
    assert {p["tensor"] for p in m["probes"]} == {"h1", "a1", "logits"}
    assert back.block_matrix(0).shape == (64, 64)


def test_assembly_reassembles_to_same_program(saved):
    from aimcsim.isa import assemble

    wl, d = saved
    prog = assemble((d / "program.s").read_text(), str(d / "program.s"))
    for t, s in wl.program.streams.items():
        assert [(i.mnemonic, i.operands, i.layer) for i in prog.streams[t].instructions] == [
            (i.mnemonic, i.operands, i.layer) for i in s.instructions
        ]


@pytest.mark.parametrize("victim", ["manifest.toml", "program.bin", "tensors.npz"])
def test_missing_file(saved, tmp_path, victim):
    _, d = saved
    c = tmp_path / "c"
    shutil.copytree(d, c)
    (c / victim).unlink()
    with pytest.raises(WorkloadError, match=f"missing {victim}"):
        load_workload(c)


def test_inconsistent_block_table(saved, tmp_path):
    _, d = saved
    c = tmp_path / "c"
    shutil.copytree(d, c)
    text = (c / "manifest.toml").read_text().replace('tensor = "fc1.w"', 'tensor = "nope"')
    (c / "manifest.toml").write_text(text)
    with pytest.raises(WorkloadError, match="nope"):
        load_workload(c)


def test_not_a_directory(tmp_path):
    with pytest.raises(WorkloadError, match="does not exist"):
        load_workload(tmp_path / "absent")


def test_manifest_values_round_trip_through_toml():
    """Manifests carry numpy scalars and tuples; they are written as plain TOML values."""
    data = {
        "a": np.int64(1),
        "b": (1, 2),
        "s": 'q"x\n',
        "t": {"f": np.float32(1.5), "ok": True, "e": []},
        "arr": [{"x": 1}, {"x": 2, "y": "z"}],
    }
    expected = {
        "a": 1,
        "b": [1, 2],
        "s": 'q"x\n',
        "t": {"f": 1.5, "ok": True, "e": []},
        "arr": [{"x": 1}, {"x": 2, "y": "z"}],
    }
    assert tomllib.loads(tomli_w.dumps(_plain(data))) == expected
