"""The serial and parallel compilations of each kernel give identical numbers, so the size
rule that picks one (aimcsim.kernels.variants) never changes a result."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import aimcsim
from aimcsim.kernels import device, mvm, variants

MLP = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"


def _outputs(monkeypatch: pytest.MonkeyPatch, threshold: int) -> dict[str, np.ndarray]:
    monkeypatch.setattr(variants, "PARALLEL_MIN_ELEMENTS", threshold)
    result = aimcsim.simulate(MLP, n_samples=96, t_inference_s=[0.0, 86400.0])
    assert result.outputs is not None
    return result.outputs


def test_serial_and_parallel_kernels_agree_bit_for_bit(monkeypatch: pytest.MonkeyPatch) -> None:
    serial = _outputs(monkeypatch, 1 << 62)
    parallel = _outputs(monkeypatch, 0)
    assert sorted(serial) == sorted(parallel)
    for key in serial:
        np.testing.assert_array_equal(serial[key], parallel[key], err_msg=key)


def test_size_rule_and_separate_cache_names() -> None:
    for kernel in (
        mvm.dac_prepare_by_size,
        mvm.output_stage_by_size,
        device.program_pairs_by_size,
        device.drift_exponents_by_size,
        device.drift_pairs_by_size,
    ):
        small = kernel.for_size(variants.PARALLEL_MIN_ELEMENTS - 1)
        large = kernel.for_size(variants.PARALLEL_MIN_ELEMENTS)
        assert small is kernel.serial and large is kernel.parallel
        assert small.py_func.__qualname__ == large.py_func.__qualname__ + "_serial"
        assert not small.targetoptions.get("parallel") and large.targetoptions.get("parallel")
