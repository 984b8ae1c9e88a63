"""The CLI end to end for the config commands: output, and exit code 2 on bad input."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from aimcsim.cli import main
from aimcsim.config import list_presets

EXAMPLES = Path(__file__).resolve().parents[2] / "isa" / "examples"


def test_presets_lists_required_presets(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["presets", "--sources"]) == 0
    out = capsys.readouterr().out
    for name in ("hermes", "puma", "yu2025-rram", "tiny"):
        assert name in out
    assert "Le Gallo" in out


def test_config_show_marks_changes(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "show", "--preset", "tiny", "--set", "tile.adc.bits=6"]) == 0
    out = capsys.readouterr().out
    assert "* bits = 6  # bits   (default 8)" in out
    assert "value(s) differ from the defaults" in out


def test_config_show_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "show", "--preset", "hermes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["chip"]["mesh_rows"] == 8


def test_bad_key_exits_2_with_one_message(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "show", "--set", "tile.adc.bitz=6"]) == 2
    err = capsys.readouterr().err
    assert "did you mean 'tile.adc.bits'" in err
    assert "Traceback" not in err


def test_missing_config_file_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["config", "show", "--config", "/nonexistent/chip.toml"]) == 2
    assert "chip.toml: config file not found" in capsys.readouterr().err


def test_python_dash_m_entry_point() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "aimcsim", "config", "show", "--set", "chip.mesh_rows=0"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert "chip.mesh_rows' = 0: out of range" in proc.stderr
    assert "Traceback" not in proc.stderr


@pytest.mark.parametrize("example", sorted(p.name for p in EXAMPLES.glob("*.s")))
@pytest.mark.parametrize("preset", sorted(p.name for p in list_presets()))
def test_every_example_program_runs_on_presets(example: str, preset: str) -> None:
    assert main(["run", str(EXAMPLES / example), "--preset", preset, "--no-report"]) == 0


def test_every_documented_command_is_registered(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    for command in (
        "run",
        "compile",
        "sweep",
        "search",
        "report",
        "compare",
        "asm",
        "disasm",
        "isa",
        "presets",
        "config",
        "tile-error",
        "energy",
    ):
        assert command in out, command
