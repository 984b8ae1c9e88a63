"""ADC precision costs time: a sweep of tile.adc.bits on a SAR chip moves inference latency."""

from __future__ import annotations

from pathlib import Path

from aimcsim.cli import main

WORKLOAD = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"


def test_sweep_of_adc_bits_gives_different_inference_cycles(tmp_path: Path) -> None:
    import pandas as pd

    out = tmp_path / "sweep"
    code = main(
        ["sweep", str(WORKLOAD), "--grid", "tile.adc.bits=4,8", "--no-functional", "-o", str(out)]
    )
    assert code == 0
    df = pd.read_csv(out / "sweep.csv").set_index("tile.adc.bits")
    four, eight = int(df.loc[4, "inference_cycles"]), int(df.loc[8, "inference_cycles"])
    # tiny's SAR ADC decides one bit per 500 ps: 8 bits take 2 cycles more per conversion
    assert eight > four
