"""xcfg drives both models: edit a workload's program, see the cycles *and* the values move.

The shipped mlp-digits program has no xcfg (the architecture's read configuration applies).
Each case inserts an ``xcfg`` for both crossbars after their programming, reassembles
``program.bin`` and compares timing and functional results with the unedited program.
"""

from __future__ import annotations

import shutil
import tomllib
import zlib
from pathlib import Path

import numpy as np
import pytest
import tomli_w

from aimcsim.config.loader import load_arch
from aimcsim.errors import ProgramError
from aimcsim.functional.executor import run_functional
from aimcsim.functional.forward import AnalogForwardParams
from aimcsim.functional.xcfg import xcfg_params
from aimcsim.isa import assemble
from aimcsim.isa.io import save_program
from aimcsim.timing import simulate_timing
from aimcsim.timing.latency import adc_window_cycles
from aimcsim.workload.format import load_workload

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"
ANCHOR = "    xwin     x1, 0, 64, 0, 10\n"


def _edited(tmp_path: Path, cfg: str) -> Path:
    """mlp-digits with ``xcfg xK, cfg`` for crossbars x0 and x1 after their programming."""
    dst = tmp_path / "mlp-digits-xcfg"
    shutil.copytree(WORKLOADS / "mlp-digits", dst)
    text = (dst / "program.s").read_text()
    assert ANCHOR in text
    text = text.replace(ANCHOR, ANCHOR + f"    xcfg     x0, {cfg}\n    xcfg     x1, {cfg}\n")
    (dst / "program.s").write_text(text)
    save_program(assemble(text, file=str(dst / "program.s")), dst / "program.bin")
    # An intended edit: the manifest records the new program's CRC (load checks it).
    manifest = tomllib.loads((dst / "manifest.toml").read_text(encoding="utf-8"))
    manifest["workload"]["program_crc32"] = zlib.crc32((dst / "program.bin").read_bytes())
    (dst / "manifest.toml").write_text(tomli_w.dumps(manifest), encoding="utf-8")
    return dst


def _measure(path: Path) -> tuple[int, np.ndarray, float]:
    wl = load_workload(path)
    arch = load_arch(preset="tiny")
    cycles = simulate_timing(wl.program, arch).total_cycles
    res = run_functional(wl, arch, n_samples=40)
    return cycles, next(iter(res.outputs.values())), res.mean_rel_error


@pytest.fixture(scope="module")
def baseline() -> tuple[int, np.ndarray, float]:
    return _measure(WORKLOADS / "mlp-digits")


@pytest.mark.parametrize(
    ("cfg", "cycles_change", "error_grows"),
    [
        ("bit_serial, 8, 1, 1, 0, 0", False, None),  # the architecture's own configuration
        ("pulse_width, 8, 1, 1, 0, 0", True, None),  # same code, one read: other noise
        ("bit_serial, 4, 1, 1, 0, 0", True, True),  # 4-bit inputs: fewer phases, coarser
        ("bit_serial, 8, 1, 4, 0, 0", True, None),  # four reads averaged (PCM noise dominates)
        ("bit_serial, 8, 1, 1, -3, 0", False, True),  # ADC full scale x8: coarser steps
    ],
)
def test_xcfg_changes_cycles_and_values(
    tmp_path: Path,
    baseline: tuple[int, np.ndarray, float],
    cfg: str,
    cycles_change: bool,
    error_grows: bool | None,
) -> None:
    cycles0, out0, err0 = baseline
    cycles, out, err = _measure(_edited(tmp_path, cfg))
    assert (cycles != cycles0) == cycles_change, (cycles0, cycles)
    if cfg.startswith("bit_serial, 8, 1, 1, 0,"):
        np.testing.assert_array_equal(out, out0)  # restating the default changes nothing
        return
    assert not np.array_equal(out, out0)
    if error_grows is not None:
        assert (err > err0) == error_grows, (err0, err)


def test_gain_and_itime_scale_the_adc_full_scale() -> None:
    arch = load_arch(preset="hermes")  # integrating CCO ADCs
    base = AnalogForwardParams.from_arch(arch)
    adc = arch.tile.adc
    window = adc_window_cycles(adc.kind, adc.bits, adc.step_ps, arch.chip.clock_mhz)
    assert window > 0
    p = xcfg_params(base, arch, (0, 1, 8, 1, 1, 2, 0), "here")
    assert p.out_bound == pytest.approx(base.out_bound / 4)
    p = xcfg_params(base, arch, (0, 1, 8, 1, 1, 0, 2 * window), "here")
    assert p.out_bound == pytest.approx(base.out_bound / 2)
    p = xcfg_params(base, arch, (0, 0, 6, 2, 4, 0, 0), "here")
    assert (p.dac_encoding, p.dac_bits, p.dac_bits_per_phase, p.read_phases) == (
        "bit_serial",
        6,
        2,
        4,
    )
    assert p.n_phases == 3


@pytest.mark.parametrize(
    ("preset", "sets", "operands", "named"),
    [
        ("tiny", [], (1, 0, 1, 1, 1, 0, 0), "in_bits = 1"),
        ("tiny", [], (1, 0, 8, 1, 1, 0, 5), "sampling ADC"),
        ("tiny", ["io.out_bound=0"], (1, 0, 8, 1, 1, 2, 0), "unbounded ADC"),
    ],
)
def test_xcfg_fields_it_cannot_model_are_refused(
    preset: str, sets: list[str], operands: tuple[int, ...], named: str
) -> None:
    arch = load_arch(preset=preset, overrides=sets)
    base = AnalogForwardParams.from_arch(arch)
    with pytest.raises(ProgramError, match=named) as info:
        xcfg_params(base, arch, operands, "tile 0 pc 7: xcfg x1")
    assert "tile 0 pc 7: xcfg x1" in str(info.value)


def test_cli_refuses_an_unmodelled_xcfg_with_exit_2(tmp_path: Path) -> None:
    from aimcsim.cli import main

    path = _edited(tmp_path, "bit_serial, 8, 1, 1, 0, 5")
    assert main(["run", str(path), "--no-report", "--samples", "4"]) == 2
