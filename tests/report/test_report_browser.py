"""report.html in a real headless browser: every figure decodes and shows, the headline
figures and the pipeline chart are there, for a synthetic run and for real workloads
(mlp-digits, bert-tiny, resnet18), each with a screenshot.

Skipped where no Chromium/Chrome is installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from report_synthetic import synthetic_result

from aimcsim.report import RunResult, write_report
from aimcsim.report.html import headline

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
WORKLOADS = Path(__file__).resolve().parents[2] / "workloads"


def _browser() -> str | None:
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def _chromium(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[str]:
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium/Chrome browser installed")
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
        f"--user-data-dir={profile}",
        "--window-size=1400,3000",
        "--virtual-time-budget=5000",
        *args,
        page.resolve().as_uri(),
    ]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=180, check=False)


def check_in_browser(result: RunResult, directory: Path) -> str:
    """Write the report, load it in the browser, check it, take a screenshot; the DOM."""
    report = write_report(result, directory / "report") / "report.html"
    n_figures = len(list((directory / "report" / "figures").glob("*.png")))
    proc = _chromium(report, directory / "profile", "--dump-dom")
    dom = proc.stdout
    assert proc.returncode == 0 and "<body" in dom, proc.stderr[-2000:]
    assert f'data-figures-rendered="{n_figures}"' in dom, proc.stderr[-2000:]
    widths = [int(w) for w in re.findall(r'data-rendered="(\d+)"', dom)]
    assert len(widths) == n_figures and min(widths) >= 300
    assert f'data-layer-rows="{len(result.layers)}"' in dom
    for label, value in headline(result.summary):
        assert value in dom, f"headline {label} = {value} not shown"
    shot = directory / "screenshot.png"
    proc = _chromium(report, directory / "profile", f"--screenshot={shot}")
    assert proc.returncode == 0 and shot.stat().st_size > 20_000, proc.stderr[-2000:]
    return dom


def test_synthetic_report_renders(tmp_path: Path) -> None:
    result = synthetic_result()
    dom = check_in_browser(result, tmp_path)
    assert 'id="layers"' in dom and "fc1" in dom and "relu1" in dom
    assert 'id="provenance"' in dom and "aimcsim run x" in dom


@pytest.mark.parametrize(
    ("workload", "kwargs"),
    [
        ("mlp-digits", {"n_samples": 64, "t_inference_s": [0.0, 3600.0]}),
        ("bert-tiny", {"n_samples": 2}),
        ("resnet18", {"functional": False}),
    ],
)
def test_workload_report_renders(tmp_path: Path, workload: str, kwargs: dict) -> None:
    if _browser() is None:
        pytest.skip("no Chromium/Chrome browser installed")
    import aimcsim

    result = aimcsim.simulate(WORKLOADS / workload, **kwargs)
    dom = check_in_browser(result, tmp_path)
    assert 'id="fig-pipeline"' in dom and 'id="fig-mesh_map"' in dom
    assert ('id="fig-accuracy_per_layer"' in dom) == kwargs.get("functional", True)
    assert "inferences/s" in dom and "TOPS/W" in dom
    # layers folded away by the compiler are listed, not silently missing
    folded = result.meta["layers_without_instructions"]
    assert ('id="zero-time-layers"' in dom) == bool(folded)
    for layer in folded:
        assert f"{layer['layer']}: {layer['layer_name']} ({layer['kind']})" in dom
    assert bool(folded) == (workload != "mlp-digits")
