"""Output paths: ``-o`` (and every other output option) never loses a file of the user's.

A directory output replaces only an earlier output of the same command (recognised by its
marker); anything else at the path is refused with exit 2, a message naming the path, and
every file byte-identical. Writes are atomic, serialise between concurrent writers, and clean
up after killed ones (stale temporaries), never anything else.
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from aimcsim.errors import OutputPathError
from aimcsim.output_path import (
    MARKER,
    REPORT_DIR,
    SWEEP_DIR,
    check_output_dir,
    claimed_dir,
    staged_dir,
)

from .conftest import assert_unchanged, run_cli, snapshot

SHIPPED = Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits"

COMMANDS: dict[str, Callable[[str], list[str]]] = {
    "run": lambda out: ["run", "data/W", "--no-functional", "-o", out],
    "compile": lambda out: ["compile", "data/W/model.onnx", "--preset", "tiny", "-o", out],
    "sweep": lambda out: [
        *("sweep", "data/W", "--grid", "tile.adc.bits=4,6", "--no-functional"),
        *("--no-progress", "-o", out),
    ],
}
KIND_OF = {"run": "report", "compile": "workload", "sweep": "sweep"}


@pytest.fixture
def place(tmp_path: Path) -> Path:
    """The working directory: a workload under data/, notes, a file, a link, a report that
    has gained a file of the user's."""
    shutil.copytree(SHIPPED, tmp_path / "data" / "W")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "todo.txt").write_text("keep me\n")
    (tmp_path / "file.txt").write_text("a file of the user's\n")
    (tmp_path / "empty-target").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "empty-target")
    report = tmp_path / "R"
    report.mkdir()
    (report / "run.json").write_text("{}\n")
    (report / MARKER).write_text('kind = "report"\nfiles = ["run.json"]\n')
    (report / "mine.txt").write_text("the user's\n")
    return tmp_path


BAD_TARGETS = {
    "directory with other files": "notes",
    "the workload itself": "data/W",
    "parent of the workload": "data",
    "the working directory": ".",
    "the working directory by name": "notes/..",
    "a regular file": "file.txt",
    "a symbolic link": "link",
    "an earlier output holding a file of the user's": "R",
    "below a regular file": "file.txt/out",
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
@pytest.mark.parametrize("what", sorted(BAD_TARGETS))
def test_refused_targets_touch_nothing(place: Path, command: str, what: str, refused) -> None:
    out = BAD_TARGETS[what]
    before = snapshot(place)
    refused(COMMANDS[command](out), out)
    assert_unchanged(place, before)
    assert not list(place.glob(".*aimcsim-tmp-*"))


def test_absolute_parent_and_home_are_refused(place: Path, refused) -> None:
    before = snapshot(place)
    refused(COMMANDS["run"](str(place)), str(place))
    refused(COMMANDS["compile"]("/"), "/")
    home = Path.home()
    refused(COMMANDS["run"](str(home)), str(home))
    assert_unchanged(place, before)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_second_write_replaces_the_first(place: Path, command: str) -> None:
    first = run_cli(COMMANDS[command]("out/x"))
    assert first.code == 0, first.err
    marker = (place / "out" / "x" / MARKER).read_text()
    assert f'kind = "{KIND_OF[command]}"' in marker
    second = run_cli(COMMANDS[command]("out/x"))
    assert second.code == 0, second.err
    assert sorted(p.name for p in (place / "out").iterdir()) == ["x"]  # no temporaries
    # The earlier output of another command is refused, not replaced.
    other = next(c for c in sorted(COMMANDS) if c != command)
    before = snapshot(place)
    outcome = run_cli(COMMANDS[other]("out/x"))
    assert outcome.code == 2 and f"aimcsim {KIND_OF[command]} output" in outcome.err
    assert_unchanged(place, before)


def test_empty_directory_is_used(place: Path) -> None:
    outcome = run_cli(COMMANDS["run"]("empty-target"))
    assert outcome.code == 0, outcome.err
    assert (place / "empty-target" / "run.json").is_file()
    assert (place / "link").is_symlink()


def test_file_outputs_replace_only_their_own_kind(place: Path, refused) -> None:
    before = snapshot(place)
    refused(["run", "data/W", "--no-functional", "--no-report", "--trace", "file.txt"], "file.txt")
    refused(["asm", "data/W/program.s", "-o", "data/W/program.s"], "data/W/program.s")
    refused(["disasm", "data/W/program.bin", "-o", "file.txt"], "file.txt")
    refused(["disasm", "data/W/program.bin", "-o", "notes"], "notes")
    assert_unchanged(place, before)
    assert run_cli(["asm", "data/W/program.s", "-o", "p.bin"]).code == 0
    assert run_cli(["asm", "data/W/program.s", "-o", "p.bin"]).code == 0  # its own: replaced
    assert run_cli(["disasm", "p.bin", "-o", "p.s"]).code == 0
    assert run_cli(["disasm", "p.bin", "-o", "p.s"]).code == 0
    refused(["asm", "p.s", "-o", "p.s"], "p.s")  # the input itself


def test_compare_csv_and_report_rerender(place: Path, refused) -> None:
    assert run_cli(COMMANDS["run"]("a")).code == 0
    (place / "a" / "notes.md").write_text("my notes\n")
    assert run_cli(["report", "a"]).code == 0  # re-rendered in place, notes kept
    assert (place / "a" / "notes.md").read_text() == "my notes\n"
    before = snapshot(place)
    refused(["compare", "a", "a", "--csv", "a/layers.csv"], "a/layers.csv")
    refused(["compare", "a", "a", "--csv", "file.txt"], "file.txt")
    assert_unchanged(place, before)
    assert run_cli(["compare", "a", "a", "--csv", "cmp.csv"]).code == 0
    assert run_cli(["compare", "a", "a", "--csv", "cmp.csv"]).code == 0
    assert (place / "cmp.csv").read_text().startswith("layer,layer_name,latency_cycles_a")


# ------------------------------------------------------------------------ unwritable paths


@pytest.mark.parametrize(
    "args",
    [
        COMMANDS["run"]("file.txt/r"),
        COMMANDS["compile"]("file.txt/deeper/w"),
        COMMANDS["sweep"]("file.txt/s"),
        ["run", "data/W", "--no-functional", "--no-report", "--trace", "file.txt/t.json"],
        ["asm", "data/W/program.s", "-o", "file.txt/p.bin"],
    ],
    ids=["run", "compile", "sweep", "trace", "asm"],
)
def test_parent_is_a_file(place: Path, args: list[str], refused) -> None:
    before = snapshot(place)
    refused(args, "file.txt/", "not a directory")
    assert_unchanged(place, before)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only directories")
def test_permission_denied(place: Path, refused) -> None:
    locked = place / "locked"
    locked.mkdir(mode=0o555)
    before = snapshot(place)
    refused(COMMANDS["compile"]("locked/w"), "locked/w", "Permission denied")
    refused(COMMANDS["sweep"]("locked/s"), "locked/s", "Permission denied")
    assert_unchanged(place, before)


@pytest.mark.skipif(not Path("/sys").is_dir(), reason="needs sysfs (no directories can be made)")
def test_not_permitted_filesystem(place: Path, refused) -> None:
    refused(COMMANDS["run"]("/sys/aimcsim-test-out"), "/sys/aimcsim-test-out")


@pytest.mark.parametrize("err", [errno.ENOSPC, errno.EROFS, errno.EIO])
def test_write_failure_midway_leaves_nothing(
    place: Path, err: int, monkeypatch: pytest.MonkeyPatch, refused
) -> None:
    import aimcsim.report.io as report_io

    real_write = report_io._write

    def failing(path: Path, text: str | bytes) -> None:
        if path.name == "energy.csv":
            raise OSError(err, os.strerror(err), str(path))
        real_write(path, text)

    monkeypatch.setattr(report_io, "_write", failing)
    before = snapshot(place)
    refused(COMMANDS["run"]("new/deeper/r"), "new/deeper/r", os.strerror(err))
    assert_unchanged(place, before)
    assert not (place / "new").exists()  # the parents it created are gone again


# ------------------------------------------------------------ stale temporaries, concurrency


def test_stale_temporaries_are_removed_and_nothing_else(place: Path) -> None:
    stale_dir = place / ".r.aimcsim-tmp-4242-00ab"
    stale_dir.mkdir()
    (stale_dir / "layers.csv").write_text("half\n")
    stale_file = place / ".r.aimcsim-tmp-77-ff"
    stale_file.write_text("half\n")
    live = place / ".r.aimcsim-tmp-1-cafe"  # its writer is alive: it holds the lock
    live.mkdir()
    lookalikes = [place / ".r.aimcsim-tmp-notes", place / ".other.aimcsim-tmp-5-ab"]
    for p in lookalikes:
        p.write_text("the user's\n")
    (place / ".r.aimcsim-tmp-9-99").symlink_to(place / "notes")
    os.mkfifo(place / ".r.aimcsim-tmp-3-ab")  # not a file or directory aimcsim writes
    fd = os.open(live, os.O_RDONLY)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        assert run_cli(COMMANDS["run"]("r")).code == 0
    finally:
        os.close(fd)
    assert not stale_dir.exists() and not stale_file.exists()
    assert live.is_dir()
    assert all(p.read_text() == "the user's\n" for p in lookalikes)
    assert (place / ".r.aimcsim-tmp-3-ab").exists() and (place / ".r.aimcsim-tmp-9-99").exists()
    assert (place / "notes" / "todo.txt").read_text() == "keep me\n"


def test_concurrent_staged_writers_leave_one_whole_output(tmp_path: Path) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def writer(i: int) -> None:
        try:
            with staged_dir(tmp_path / "out", REPORT_DIR) as tmp:
                for j in range(20):
                    (tmp / f"part{j}.txt").write_text(f"{i}\n")
                barrier.wait()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    contents = {(tmp_path / "out" / f"part{j}.txt").read_text() for j in range(20)}
    assert len(contents) == 1  # every file from the same writer
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"]


def test_concurrent_cli_runs(place: Path) -> None:
    cmd = [sys.executable, "-m", "aimcsim", *COMMANDS["run"]("shared")]
    procs = [
        subprocess.Popen(cmd, cwd=place, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    outcomes = [(p.wait(timeout=300), p.stderr.read() if p.stderr else "") for p in procs]
    for code, err in outcomes:
        assert "Traceback" not in err
        assert code == 0 or (code == 2 and "shared" in err), err
    assert any(code == 0 for code, _ in outcomes)
    from aimcsim.report.io import read_report

    read_report(place / "shared")
    assert not list(place.glob(".shared*"))


def test_concurrent_sweep_is_refused_while_locked(place: Path) -> None:
    with claimed_dir(place / "s", SWEEP_DIR, ["sweep.csv"]):
        outcome = run_cli(COMMANDS["sweep"]("s"))
    assert outcome.code == 2 and "another aimcsim process" in outcome.err, outcome.err


# ------------------------------------------------------------------ what lies at the path

NAMES = st.sampled_from(["a", "b.csv", "run.json", "layers.csv", "figures", MARKER, "x y"])
CONTENT = st.binary(max_size=16)
MARKERS = st.sampled_from(
    [
        None,  # no marker
        'kind = "report"\nfiles = ["run.json", "layers.csv", "b.csv", "a", "figures/a"]\n',
        'kind = "report"\nfiles = ["run.json"]\n',
        'kind = "sweep"\nfiles = ["*"]\n',
        'kind = "report"\n',
        "kind = report",
        "",
        "\xff\xfe",
        "directory",
        "symlink",
    ]
)


@st.composite
def trees(draw: st.DrawFn) -> tuple[dict[str, bytes | None], str | None]:
    """Files (``None``: a directory) to create at the target, and a marker variant."""
    entries: dict[str, bytes | None] = {}
    for _ in range(draw(st.integers(0, 4))):
        name = draw(NAMES)
        if name == MARKER:
            continue
        if draw(st.booleans()) and name == "figures":
            entries["figures/" + draw(NAMES)] = draw(CONTENT)
        else:
            entries[name] = draw(CONTENT)
    return entries, draw(MARKERS)


def _make(target: Path, entries: dict[str, bytes | None], marker: str | None) -> None:
    target.mkdir()
    for rel, data in entries.items():
        p = target / rel
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            if not p.exists():
                p.write_bytes(data or b"")
        except (FileExistsError, NotADirectoryError):
            continue  # "figures" both a file and a directory: keep the first
    if marker == "directory":
        (target / MARKER).mkdir()
    elif marker == "symlink":
        good = target.parent / "good-marker"
        good.write_text('kind = "report"\nfiles = ["*"]\n')
        (target / MARKER).symlink_to(good)
    elif marker is not None:
        (target / MARKER).write_bytes(marker.encode("utf-8", "surrogateescape"))


def _replaceable(target: Path, marker: str | None) -> bool:
    """The rule, restated: empty, or a valid report marker listing every file present."""
    present = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
    present.discard(MARKER)
    if not any(target.iterdir()):
        return True
    if marker is None or not marker.startswith('kind = "report"\nfiles'):
        return False
    listed = {"run.json", "layers.csv", "b.csv", "a", "figures/a"}
    if marker.count(",") == 0:
        listed = {"run.json"}
    return present <= listed


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tree=trees())
def test_whatever_lies_at_the_path(tmp_path: Path, tree) -> None:
    entries, marker = tree
    root = tmp_path / "case"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir()
    target = root / "out"
    _make(target, entries, marker)
    expected = _replaceable(target, marker)
    before = snapshot(root)
    try:
        with staged_dir(target, REPORT_DIR) as tmp:
            (tmp / "run.json").write_text("new\n")
    except OutputPathError as exc:
        assert not expected, exc
        assert str(target) in str(exc)
        assert_unchanged(root, before)
    else:
        assert expected
        assert sorted(p.name for p in target.iterdir()) == [MARKER, "run.json"]
        check_output_dir(target, REPORT_DIR)  # the new output is replaceable in turn
    assert not list(root.glob(".out.aimcsim-tmp-*"))
