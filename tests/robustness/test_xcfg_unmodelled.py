"""Bad input: a program whose xcfg the value model cannot honour.

Generator: hypothesis draws xcfg operands of the three refused classes (1-bit DAC, integration
time on a sampling ADC, gain on an unbounded ADC) for a crossbar of mlp-digits; each run must
exit 2 naming the tile, pc and crossbar and the field, and touch nothing.
"""

from __future__ import annotations

import shutil
import tomllib
import zlib
from pathlib import Path

import tomli_w
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimcsim.isa import assemble
from aimcsim.isa.io import save_program

from .conftest import assert_refused, assert_unchanged, run_cli, snapshot

WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"
ANCHOR = "    xwin     x1, 0, 64, 0, 10\n"

CASES = st.one_of(
    st.tuples(st.just("in_bits = 1"), st.just([]), st.builds(lambda: (1, 1, 0, 0))),
    st.tuples(
        st.just("sampling ADC"),
        st.just([]),
        st.tuples(st.just(8), st.just(1), st.just(0), st.integers(1, 255)),
    ),
    st.tuples(
        st.just("unbounded ADC"),
        st.just(["io.out_bound=0"]),
        st.tuples(st.just(8), st.just(1), st.integers(-31, 31).filter(bool), st.just(0)),
    ),
)


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(case=CASES, xb=st.sampled_from([0, 1]), enc=st.sampled_from(["bit_serial", "pulse_width"]))
def test_unmodelled_xcfg_is_refused(
    tmp_path_factory, case: tuple[str, list[str], tuple[int, int, int, int]], xb: int, enc: str
) -> None:
    named, sets, (in_bits, bpp, gain, itime) = case
    work = tmp_path_factory.mktemp("wl")
    wl = work / "mlp-digits"
    shutil.copytree(WORKLOADS / "mlp-digits", wl)
    text = (wl / "program.s").read_text()
    line = f"    xcfg     x{xb}, {enc}, {in_bits}, {bpp}, 1, {gain}, {itime}\n"
    text = text.replace(ANCHOR, ANCHOR + line)
    save_program(assemble(text), wl / "program.bin")
    manifest = tomllib.loads((wl / "manifest.toml").read_text(encoding="utf-8"))
    manifest["workload"]["program_crc32"] = zlib.crc32((wl / "program.bin").read_bytes())
    (wl / "manifest.toml").write_text(tomli_w.dumps(manifest), encoding="utf-8")
    before = snapshot(work)
    out = work / "out"
    args = ["run", str(wl), "--samples", "4", "-o", str(out)]
    for s in sets:
        args += ["--set", s]
    outcome = run_cli(args)
    assert_refused(outcome, f"xcfg x{xb}", "tile 0 pc", named)
    assert not out.exists()
    assert_unchanged(work, before)
