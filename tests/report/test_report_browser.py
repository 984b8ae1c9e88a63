"""report.html in a real headless browser: every figure decodes and shows, the layer table too.

Skipped where no Chromium/Chrome is installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from report_synthetic import synthetic_result

from aimcsim.report import write_report

CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _browser() -> str | None:
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return "/usr/bin/chromium" if Path("/usr/bin/chromium").exists() else None


def test_report_html_renders_in_headless_browser(tmp_path: Path) -> None:
    browser = _browser()
    if browser is None:
        pytest.skip("no Chromium/Chrome browser installed")
    result = synthetic_result()
    report = write_report(result, tmp_path / "r") / "report.html"
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
        f"--user-data-dir={tmp_path / 'profile'}",
        "--window-size=1280,2000",
        "--virtual-time-budget=5000",
        "--dump-dom",
        report.resolve().as_uri(),
    ]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    dom = proc.stdout
    assert proc.returncode == 0 and "<body" in dom, proc.stderr[-2000:]
    n_figures = 4  # latency/energy per layer, energy breakdown, accuracy per layer, vs time
    assert f'data-figures-rendered="{n_figures}"' in dom, proc.stderr[-2000:]
    widths = [int(w) for w in re.findall(r'data-rendered="(\d+)"', dom)]
    assert len(widths) == n_figures and min(widths) >= 300
    assert f'data-layer-rows="{len(result.layers)}"' in dom
    assert 'id="layers"' in dom and "fc1" in dom and "relu1" in dom
