"""Bad ADC timing keys (tile.adc.kind, step_ps, conversion_cycles) are refused with exit 2
and a message naming the key, in --set overrides and in config files."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot

KINDS = ("flash", "sar", "ramp", "integrating")


@settings(max_examples=15, deadline=None)
@given(kind=st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_", min_size=1, max_size=12))
def test_unknown_adc_kind(kind: str) -> None:
    if kind in KINDS:
        return
    outcome = run_cli(["config", "show", "--preset", "tiny", "--set", f"tile.adc.kind={kind}"])
    assert_refused(outcome, "tile.adc.kind")


@settings(max_examples=15, deadline=None)
@given(step_ps=st.one_of(st.floats(max_value=0.0009, allow_nan=False), st.floats(min_value=1.1e9)))
def test_step_time_out_of_range(step_ps: float) -> None:
    outcome = run_cli(["config", "show", "--set", f"tile.adc.step_ps={step_ps!r}"])
    assert_refused(outcome, "tile.adc.step_ps")


@settings(
    max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(kind=st.sampled_from(("flash", "integrating")))
def test_flash_or_integrating_adc_needs_a_conversion_cycle(tmp_path: Path, kind: str) -> None:
    config = tmp_path / "chip.toml"
    config.write_text(f'preset = "tiny"\n\n[tile.adc]\nkind = "{kind}"\nconversion_cycles = 0\n')
    before = snapshot(tmp_path)
    outcome = run_cli(["config", "show", "--config", str(config)])
    assert_refused(outcome, "tile.adc.conversion_cycles", repr(kind))
    assert_unchanged(tmp_path, before)
