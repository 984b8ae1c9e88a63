"""Must show (issue 14), the larger workload: the tuned settings table the README shows for
cnn-fashion on yu2025-rram (``workloads/cnn-fashion/tuned.toml``, what ``aimcsim tune``
wrote as ``layer_settings.toml``) compiles and runs to a top-1 at least the default
settings' at t = 0 and at 1 d, on the same seed and samples, at no higher simulated latency.
The search that found it is ``test_improves.py``'s slow cnn-fashion test."""

from __future__ import annotations

from pathlib import Path

import aimcsim

REPO = Path(__file__).resolve().parents[2]
FASHION = REPO / "workloads" / "cnn-fashion"
TUNED = FASHION / "tuned.toml"
TIMES_S = (0.0, 86400.0)


def _figures(layer_settings: Path | None) -> tuple[list[float], float]:
    r = aimcsim.evaluate(
        str(FASHION),
        "yu2025-rram",
        t_inference_s=TIMES_S,
        seed=0,
        layer_settings=layer_settings,
    )
    return [a["top1_mean"] for a in r["accuracy"]], r["latency_ns"]


def test_the_readme_shows_the_tuned_table() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "workloads/cnn-fashion/tuned.toml" in readme


def test_tuned_table_beats_the_defaults_at_0_and_1d_within_their_latency() -> None:
    default_top1, default_latency_ns = _figures(None)
    tuned_top1, tuned_latency_ns = _figures(TUNED)
    assert [t > d for t, d in zip(tuned_top1, default_top1, strict=True)] == [True, True]
    assert tuned_latency_ns <= default_latency_ns
