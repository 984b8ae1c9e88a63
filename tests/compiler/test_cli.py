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
