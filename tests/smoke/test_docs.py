"""What the documentation promises runs as written: the workloads README's compile line,
the export recipe, readable --help texts, citations that resolve."""

from __future__ import annotations

import argparse
import re
import shlex
from pathlib import Path

import pytest

from aimcsim.cli import build_parser
from aimcsim.cli import main as cli_main

REPO = Path(__file__).resolve().parents[2]


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found[name] = sub
                found.update({f"{name} {k}": v for k, v in _subparsers(sub).items()})
    return found


def test_workloads_readme_compile_line_rebuilds_the_shipped_workload(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    text = (REPO / "workloads" / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^\s+(aimcsim compile .*?)(?<!\\)\n", text, flags=re.M | re.S)
    assert match, "the workloads README shows an aimcsim compile line"
    args = shlex.split(match.group(1).replace("\\\n", " "))[1:]
    out = tmp_path / "rebuilt"
    args[args.index("-o") + 1] = str(out)
    monkeypatch.chdir(REPO)
    assert cli_main(args) == 0
    shipped = REPO / "workloads" / Path(args[1]).parent.name
    for name in ("program.bin", "tensors.npz"):
        assert (out / name).read_bytes() == (shipped / name).read_bytes(), name


def test_readme_export_recipe_runs(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    pytest.importorskip("torch")
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Compiling your own model", 1)[1]
    block = re.search(r"```bash\n(.*?)```", section, flags=re.S)
    assert block, "the export recipe is a bash block"
    script = block.group(1)
    python = re.search(r"python - <<'PY'\n(.*?)\nPY\n", script, flags=re.S)
    assert python
    monkeypatch.chdir(tmp_path)
    exec(compile(python.group(1), "README.md", "exec"), {})
    for line in script.splitlines():
        if line.startswith("aimcsim "):
            assert cli_main(shlex.split(line)[1:]) == 0, line


def test_every_help_text_is_readable() -> None:
    """No example folded into one line by a stray backslash, no empty descriptions."""
    for name, sub in _subparsers(build_parser()).items():
        text = sub.format_help()
        assert not re.search(r"\S {6,}--", text), f"'aimcsim {name} --help' runs lines together"


def test_preset_sources_cite_nothing_outside_the_repository(capsys) -> None:
    assert cli_main(["presets", "--sources"]) == 0
    out = capsys.readouterr().out
    assert "shared/" not in out and "reports/examples" not in (REPO / "README.md").read_text()
