"""The README's per-layer settings example runs as written (commands and settings file)."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from aimcsim.cli import main
from aimcsim.compiler.layer_settings import load_layer_settings
from aimcsim.workload import load_workload

REPO = Path(__file__).resolve().parents[2]


def _example() -> tuple[str, list[list[str]]]:
    """The settings file and the ``aimcsim`` commands of the README's example."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Per-layer crossbar settings", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, flags=re.DOTALL)
    assert block is not None
    text = block.group(1)
    settings = re.search(r"<<'EOF'\n(.*?)\nEOF\n", text, flags=re.DOTALL)
    assert settings is not None
    rest = text[settings.end() :].replace("\\\n", " ")
    commands = [
        shlex.split(line, comments=True)
        for line in rest.splitlines()
        if line.strip().startswith("aimcsim ")
    ]
    return settings.group(1) + "\n", commands


def test_readme_layer_settings_example_runs() -> None:
    """Run from a scratch directory (the suite chdirs to tmp_path), inputs from the repo."""
    text, commands = _example()
    Path("digits-yu.toml").write_text(text, encoding="utf-8")
    table = load_layer_settings("digits-yu.toml")
    assert table.default.input_bits == 6 and table.layers["conv1"].adc_gain == 1
    assert len(commands) == 3
    for command in commands:
        args = [str(REPO / a) if a.startswith("workloads/") else a for a in command[1:]]
        assert main(args) == 0, command
    layers = {la["name"]: la for la in load_workload("cnn-yu2").layers}
    assert layers["conv2"]["replicas"] == 2
    assert Path("reports/cnn-yu/layers.csv").is_file()
