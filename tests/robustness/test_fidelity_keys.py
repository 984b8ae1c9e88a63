"""Bad input: values of the drift-readout and input-range keys out of their domain.

Generator: hypothesis draws a bad value for each key (unknown readout names, non-positive
probe counts, negative ranges); ``run`` and ``tile-error`` must exit 2 naming the key, and
write nothing.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"

BAD = st.one_of(
    st.tuples(
        st.just("noise.drift_readout"),
        st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=12).filter(
            lambda s: s not in ("probe", "identity")
        ),
    ),
    st.tuples(st.just("noise.drift_readout_vectors"), st.integers(-5, 0).map(str)),
    st.tuples(
        st.just("io.input_range"),
        st.floats(-1e6, -1e-6, allow_nan=False).map(repr),
    ),
)


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(bad=BAD, command=st.sampled_from(["run", "tile-error"]))
def test_bad_fidelity_key_is_refused(tmp_path_factory, bad: tuple[str, str], command: str) -> None:
    key, value = bad
    work = tmp_path_factory.mktemp("keys")
    np.save(work / "w.npy", np.eye(4))
    np.save(work / "x.npy", np.ones((2, 4)))
    before = snapshot(work)
    if command == "run":
        args = ["run", str(WORKLOADS / "mlp-digits"), "-o", str(work / "out")]
    else:
        args = ["tile-error", "--weights", str(work / "w.npy"), "--inputs", str(work / "x.npy")]
    outcome = run_cli([*args, "--set", f"{key}={value}"])
    assert_refused(outcome, key)
    assert_unchanged(work, before)
