"""``aimcsim compile`` end to end into tmp_path."""

from __future__ import annotations

import numpy as np
import onnx

from aimcsim.cli import main
from aimcsim.workload import load_workload


def test_compile_cli(models_mod, tmp_path, capsys):
    model, samples, labels = models_mod.build_mlp_digits()
    onnx.save(model, str(tmp_path / "m.onnx"))
    np.savez(tmp_path / "s.npz", x=samples["x"][:20], labels=labels[:20])
    rc = main(
        [
            "compile",
            str(tmp_path / "m.onnx"),
            "--preset",
            "tiny",
            "--set",
            "tile.adc.bits=6",
            "-o",
            str(tmp_path / "w"),
            "--name",
            "mlp",
            "--slots",
            "2",
            "--samples",
            str(tmp_path / "s.npz"),
            "--pin",
            "fc2=3",
        ]
    )
    assert rc == 0
    assert "compiled mlp" in capsys.readouterr().out
    wl = load_workload(tmp_path / "w")
    assert wl.manifest["workload"]["overrides"] == ["tile.adc.bits=6"]
    assert [b["tile"] for b in wl.manifest["blocks"] if b["layer"] == "fc2"] == [3]
    assert wl.inputs()["x"].shape == (20, 64) and wl.labels is not None


def test_compile_cli_error_exit_code(tmp_path, capsys):
    (tmp_path / "bad.onnx").write_bytes(b"garbage")
    rc = main(
        ["compile", str(tmp_path / "bad.onnx"), "--preset", "tiny", "-o", str(tmp_path / "w")]
    )
    assert rc == 2
    assert "not a readable ONNX model" in capsys.readouterr().err


def test_samples_of_a_compiled_workload_compile_again(models_mod, tmp_path, capsys):
    """--samples takes a workload's tensors.npz: its input.* arrays and labels, nothing else;
    a file that is not an .npz is an error naming it."""
    from aimcsim.compiler import load_samples

    model, samples, labels = models_mod.build_mlp_digits()
    onnx.save(model, str(tmp_path / "m.onnx"))
    np.savez(tmp_path / "s.npz", x=samples["x"][:12], labels=labels[:12])
    args = ["compile", str(tmp_path / "m.onnx"), "--preset", "tiny"]
    assert main([*args, "-o", str(tmp_path / "w1"), "--samples", str(tmp_path / "s.npz")]) == 0
    again, again_labels = load_samples(tmp_path / "w1" / "tensors.npz")
    assert list(again) == ["x"] and np.array_equal(again["x"], samples["x"][:12])
    assert np.array_equal(again_labels, labels[:12])
    tensors = str(tmp_path / "w1" / "tensors.npz")
    assert main([*args, "-o", str(tmp_path / "w2"), "--samples", tensors]) == 0
    w1, w2 = load_workload(tmp_path / "w1"), load_workload(tmp_path / "w2")
    assert np.array_equal(w1.tensors["input.x"], w2.tensors["input.x"])
    (tmp_path / "bad.npz").write_text("not an npz")
    capsys.readouterr()
    assert main([*args, "-o", str(tmp_path / "w3"), "--samples", str(tmp_path / "bad.npz")]) == 2
    assert "bad.npz: samples is not an .npz archive" in capsys.readouterr().err
