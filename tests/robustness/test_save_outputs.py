"""``run --save-outputs``: only a new path or an earlier --save-outputs file is written;
anything else at the path (an input, another .npz, a directory, a link, a wrong suffix) is a
clean refusal and stays untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot

MLP = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"


def _make(kind: str, root: Path, wl: Path) -> Path:
    target = root / "out.npz"
    if kind == "input":
        return wl / "tensors.npz"
    if kind == "other-npz":
        np.savez(target, x=np.ones(3))
    elif kind == "directory":
        target.mkdir()
    elif kind == "link":
        (root / "real.npz").write_bytes(b"user data")
        target.symlink_to(root / "real.npz")
    elif kind == "text":
        target.write_text("notes")
    elif kind == "suffix":
        return root / "out.csv"
    return target


@pytest.mark.parametrize("kind", ["input", "other-npz", "directory", "link", "text", "suffix"])
def test_save_outputs_refuses_what_it_did_not_write(tmp_path: Path, kind: str) -> None:
    wl = tmp_path / "mlp-digits"
    shutil.copytree(MLP, wl)
    target = _make(kind, tmp_path, wl)
    before = snapshot(tmp_path)
    outcome = run_cli(
        ["run", str(wl), "--samples", "4", "--no-report", "--save-outputs", str(target)]
    )
    assert_refused(outcome, target.name)
    assert_unchanged(tmp_path, before)
