"""The README's Python example runs as written (from the repository root)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def test_readme_python_example_runs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, flags=re.DOTALL)
    assert blocks, "the README has a Python example"
    monkeypatch.chdir(REPO)
    # The example writes a report under reports/; send it to tmp_path instead.
    code = blocks[0].replace('"reports/mlp-digits-adc6"', repr(str(tmp_path / "report")))
    exec(compile(code, "README.md", "exec"), {})
    assert (tmp_path / "report" / "report.html").is_file()


def test_public_api_names_resolve() -> None:
    import aimcsim

    for name in aimcsim.__all__:
        assert getattr(aimcsim, name) is not None, name
    from aimcsim.simulation import simulate

    assert aimcsim.simulate is simulate  # not shadowed by a submodule of the same name
