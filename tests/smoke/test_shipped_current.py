"""Every shipped workload is what today's compiler makes of its model: a compiler change that
alters a program must come with the rebuilt workload (``python workloads/build.py NAME``), so
that `aimcsim run workloads/NAME` and `aimcsim compile` of its model never disagree."""

from __future__ import annotations

import shlex
import sys
from pathlib import Path

import pytest

from aimcsim.cli import main as cli_main

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "workloads"))

from build import WORKLOADS, build  # noqa: E402

SHIPPED = [name for name, spec in WORKLOADS.items() if not spec.get("recipe_only")]


def _rebuild_from_shipped_model(name: str, out: Path) -> None:
    """Compile the shipped model file of ``name`` with its recipe's options and its shipped
    samples (what the workloads README's compile line does; no retraining)."""
    spec = WORKLOADS[name]
    shipped = REPO / "workloads" / name
    line = f"compile {shipped / 'model.onnx'} --preset {spec['preset']} --slots {spec['slots']}"
    line += f" --name {name} --samples {shipped / 'tensors.npz'} -o {out}"
    args = shlex.split(line) + [a for kv in spec["set"] for a in ("--set", kv)]
    assert cli_main(args) == 0


@pytest.mark.parametrize("name", SHIPPED)
def test_shipped_program_is_what_the_compiler_makes_today(name: str, tmp_path: Path) -> None:
    spec = WORKLOADS[name]
    if spec["ship_model"]:
        out = tmp_path / name
        _rebuild_from_shipped_model(name, out)
    else:  # synthetic weights from a seed: the builder itself (no training)
        out = build(name, tmp_path)
    shipped = REPO / "workloads" / name
    for file in ("program.bin", "tensors.npz"):
        assert (out / file).read_bytes() == (shipped / file).read_bytes(), (
            f"workloads/{name}/{file} is out of date with the compiler: "
            f"run `python workloads/build.py {name}`"
        )
