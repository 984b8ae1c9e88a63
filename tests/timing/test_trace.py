"""The Chrome/Perfetto trace: slices named by layer, categories, layer tracks, NoC flows and
counters, compact JSON or gzip, one copy only; checked by a structural validator."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from aimcsim.cli import main
from aimcsim.workload import load_workload

from .chrome_trace_format import trace_problems
from .conftest import run
from .test_control import MVM_TINY

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("bad", "problem"),
    [
        ({"traceEvents": [{"ph": "X", "name": "a", "ts": 0, "pid": 1, "tid": 1}]}, "missing"),
        (
            {"traceEvents": [{"ph": "X", "name": "a", "ts": 0, "dur": -1, "pid": 1, "tid": 1}]},
            "dur",
        ),
        ({"traceEvents": [{"ph": "B", "name": "a", "ts": 0, "pid": 1, "tid": 1}]}, "never ended"),
        ({"traceEvents": [{"ph": "E", "ts": 0, "pid": 1, "tid": 1}]}, "without an open B"),
        (
            {"traceEvents": [{"ph": "s", "name": "m", "ts": 0, "pid": 1, "tid": 1, "id": 3}]},
            "unpaired",
        ),
        (
            {"traceEvents": [{"ph": "C", "name": "c", "ts": 0, "pid": 1, "args": {"v": "x"}}]},
            "numeric",
        ),
        ({"traceEvents": [{"ph": "Q"}]}, "unknown phase"),
        ({"events": []}, "traceEvents"),
    ],
)
def test_the_validator_finds_each_kind_of_fault(bad: dict, problem: str) -> None:
    assert any(problem in p for p in trace_problems(bad))


def test_small_program_trace_in_detail(tmp_path: Path) -> None:
    res = run(
        """
    .layer 0 "fc1"
    .tile 0
        li r1, 0
        li r2, 64
    .layer 0
        mvm x0, r1, r2, 0
        send r2, 1, 0, 64
    .layer -
        halt
    .tile 1
    .layer 0
        recv r0, 0, 0, 64
    .layer -
        halt
    """,
        trace=True,
    )
    out = res.write_trace(tmp_path / "trace.json")
    text = out.read_text()
    data = json.loads(text)
    assert text == json.dumps(data, separators=(",", ":"))  # compact: no spaces, one line
    assert trace_problems(data) == []
    events = data["traceEvents"]
    names = {e["args"]["name"] for e in events if e["ph"] == "M"}
    assert {"chip", "noc", "tile[0]", "tile[1]", "xbar[0]", "ni.send", "ni.recv"} <= names
    mvm = next(e for e in events if e["ph"] == "X" and e["name"] == "fc1: mvm")
    assert mvm["cat"] == "xbar" and mvm["ts"] == 0.002 and mvm["dur"] == MVM_TINY / 1000
    assert mvm["args"] == {"layer": 0, "start_cycle": 2, "cycles": MVM_TINY}
    cats = {e["cat"] for e in events if e["ph"] == "X"}
    assert cats == {"xbar", "network", "noc", "layer"}
    layer_track = [e for e in events if e["ph"] == "X" and e["cat"] == "layer"]
    # one busy interval: the MVM then the send, back to back
    assert [(e["name"], e["args"]["start_cycle"]) for e in layer_track] == [("fc1", 2)]
    flow = [e for e in events if e["ph"] in "sf"]
    assert [e["ph"] for e in flow] == ["s", "f"] and flow[0]["id"] == flow[1]["id"]
    counters = {e["name"] for e in events if e["ph"] == "C"}
    assert counters == {"adc_banks_busy", "noc_links_busy"}
    adc = [e["args"]["busy"] for e in events if e["name"] == "adc_banks_busy"]
    assert adc == [1, 0]
    assert run(".tile 0\n halt\n").trace_recorder is None


def test_bert_tiny_trace_gzip_with_layer_names_flows_and_counters(tmp_path: Path) -> None:
    out = tmp_path / "bert.json.gz"
    report = tmp_path / "report"
    code = main(
        [
            "run",
            str(REPO / "workloads/bert-tiny"),
            "--no-functional",
            "--trace",
            str(out),
            "-o",
            str(report),
        ]
    )
    assert code == 0
    assert not (report / "trace.json").exists()  # one copy only: where --trace says
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bert.json.gz", "report"]
    data = json.loads(gzip.decompress(out.read_bytes()))
    assert trace_problems(data) == []
    events = data["traceEvents"]
    layer_names = set(load_workload(REPO / "workloads/bert-tiny").program.layer_names.values())
    slices = [e for e in events if e["ph"] == "X" and e["cat"] != "layer"]
    named = {e["name"].split(": ")[0] for e in slices}
    # every slice carries its layer's name; most of the 48 layers have timed work
    assert named <= layer_names | {"(setup)"} and len(named & layer_names) >= 30
    assert {e["cat"] for e in slices} >= {"xbar", "dpu", "network", "noc"}
    tracks = {e["args"]["name"] for e in events if e["ph"] == "M" and e["pid"] == 0}
    assert any(t.endswith(": l0.q") for t in tracks)
    assert sum(e["ph"] == "s" for e in events) == sum(e["ph"] == "f" for e in events) > 0
    counters = {e["name"] for e in events if e["ph"] == "C"}
    assert counters == {"adc_banks_busy", "noc_links_busy"}


def test_unwritable_trace_path_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "p.s"
    src.write_text(".tile 0\n    li r1, 0\n    ld r1, r1, dram, 8\n    halt\n")
    (tmp_path / "a-file").write_text("not a directory")
    target = tmp_path / "a-file" / "t.json"  # its parent is a regular file
    assert main(["run", str(src), "--no-report", "--trace", str(target)]) == 2
    err = capsys.readouterr().err
    assert "a-file" in err and "Traceback" not in err
    assert (tmp_path / "a-file").read_text() == "not a directory"
