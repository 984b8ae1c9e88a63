"""Code generation: deterministic output and ``--check`` on the repo and on edited copies."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from aimcsim.isa import SPEC
from aimcsim.isa.codegen import MANUAL_PATH, SPEC_PATH, TABLE_PATH, generate, main
from aimcsim.isa.manual import encoding_diagram, render_manual


def test_check_passes_on_the_repo(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--check"]) == 0
    assert "up to date" in capsys.readouterr().out


def test_check_as_a_module(repo: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "aimcsim.isa.codegen", "--check"],
        cwd=repo,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def test_output_is_deterministic_and_matches_the_files(repo: Path) -> None:
    first = generate(repo / SPEC_PATH, repo)
    second = generate(repo / SPEC_PATH, repo)
    assert first == second
    for path, content in first.items():
        assert path.read_text(encoding="utf-8") == content


def _copy_spec(repo: Path, root: Path) -> Path:
    spec = root / SPEC_PATH
    spec.parent.mkdir(parents=True)
    shutil.copy(repo / SPEC_PATH, spec)
    return spec


def test_generate_into_a_copy_then_check_then_edit(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _copy_spec(repo, tmp_path)
    assert main(["--root", str(tmp_path)]) == 0
    assert (tmp_path / TABLE_PATH).read_bytes() == (repo / TABLE_PATH).read_bytes()
    assert (tmp_path / MANUAL_PATH).read_bytes() == (repo / MANUAL_PATH).read_bytes()
    assert main(["--check", "--root", str(tmp_path)]) == 0
    spec.write_text(spec.read_text().replace("Do nothing for one issue cycle.", "Idle."))
    capsys.readouterr()
    assert main(["--check", "--root", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "aimcsim/isa/_generated_table.py" in err and "isa/ISA.md" in err
    # regenerating fixes it
    assert main(["--root", str(tmp_path)]) == 0
    assert main(["--check", "--root", str(tmp_path)]) == 0


def test_check_against_repo_with_edited_spec_fails_without_writing(
    repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = _copy_spec(repo, tmp_path)
    spec.write_text(spec.read_text().replace("opcode = 0x0B", "opcode = 0x0C"))
    before = (repo / TABLE_PATH).read_bytes()
    assert main(["--check", "--spec", str(spec)]) == 1
    assert "stale" in capsys.readouterr().err
    assert (repo / TABLE_PATH).read_bytes() == before


def test_bad_spec_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text("[isa]\nname = 1\n")
    assert main(["--check", "--spec", str(bad), "--root", str(tmp_path)]) == 2
    assert "bad.toml" in capsys.readouterr().err


def test_manual_has_every_instruction_and_diagram() -> None:
    text = render_manual(SPEC)
    for ins in SPEC.instructions:
        assert f"### {ins.mnemonic}\n" in text
        assert f"`{ins.opcode:#04x}`" in text
    diagram = encoding_diagram(SPEC, SPEC.by_mnemonic["mvm"])
    lines = diagram.splitlines()
    assert lines[0].split()[0] == "63" and lines[0].split()[-1] == "0"
    assert "opcode" in lines[2] and "rout" in lines[2] and "0x10" in lines[3]
    assert len({len(s) for s in lines[1:]}) == 1  # rectangular box
