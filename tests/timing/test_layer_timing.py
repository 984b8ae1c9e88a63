"""Per-layer timing: a layer's latency starts at its first useful work, not at its first
issued instruction; the time before is wait_cycles (exact cycles on a small pipeline, and
the staircase of resnet18 gone)."""

from __future__ import annotations

from pathlib import Path

import pytest

from aimcsim.cli import main

from .conftest import arch_of, run
from .test_control import MVM_TINY, dpu_simple

PIPELINE = """
.layer 0 "producer"
.layer 1 "consumer"
.layer 2 "sink"
.tile 0
    li r1, 0
    li r2, 64
.layer 0
    mvm x0, r1, r2, 0
    send r2, 1, 7, 64
    send r2, 3, 8, 64
.layer -
    halt
.tile 1
    li r1, 0
    li r2, 64
    li r3, 200
.layer 1
    vrelu r3, r3, 16
    recv r1, 0, 7, 64
    mvm x0, r1, r2, 0
.layer -
    halt
.tile 2
    li r3, 300
.layer 1
    vrelu r3, r3, 32
.layer -
    halt
.tile 3
    li r1, 0
.layer 2
    recv r1, 0, 8, 64
.layer -
    halt
"""


def test_a_layer_starts_with_its_work_on_received_data() -> None:
    res = run(PIPELINE)
    noc = arch_of().noc
    flits = 64 // noc.link_bytes + noc.header_flits
    send_start = 2 + MVM_TINY  # RAW on the MVM's output
    arrival = send_start + noc.router_delay_cycles + flits  # one hop to tile 1
    producer, consumer, sink = res.layer(0), res.layer(1), res.layer(2)
    assert (producer["issue_cycle"], producer["start_cycle"], producer["wait_cycles"]) == (2, 2, 0)
    # tile 1: zeroing (vrelu) at 3 is set-up, the recv at 4 waits; the MVM on the received
    # data starts at the arrival: that is the layer's start. Tile 2's vrelu of layer 1 at
    # cycle 1 does not count: it receives nothing while tile 1 works on what it receives.
    assert consumer["issue_cycle"] == 1
    assert consumer["start_cycle"] == arrival
    assert consumer["end_cycle"] == arrival + MVM_TINY
    assert consumer["latency_cycles"] == MVM_TINY
    assert consumer["wait_cycles"] == arrival - 1
    assert consumer["span_cycles"] == arrival + MVM_TINY - 1
    assert consumer["busy_cycles"] == MVM_TINY + dpu_simple(16) + dpu_simple(32)
    # a layer that only receives: zero latency at its arrival
    assert sink["latency_cycles"] == 0 and sink["start_cycle"] == sink["end_cycle"]
    assert sink["wait_cycles"] == sink["start_cycle"] - 1


def test_the_cli_flags_layers_with_zero_latency(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / "pipeline.s"
    src.write_text(PIPELINE)
    assert main(["run", str(src), "--no-report"]) == 0
    out = capsys.readouterr().out
    assert "wait_cycles" in out and "setup: " in out
    assert "zero latency (no timed work of their own, e.g. only messages received): sink" in out


def test_resnet18_latencies_exclude_waiting_for_inputs() -> None:
    from aimcsim.config import load_arch
    from aimcsim.timing import simulate_timing
    from aimcsim.workload import load_workload

    workload = load_workload(Path(__file__).resolve().parents[2] / "workloads" / "resnet18")
    preset, overrides = workload.compiled_for()
    res = simulate_timing(workload.program, load_arch(preset, overrides=overrides), trace=True)
    layers = res.per_layer.set_index("layer_name")
    assert (layers["latency_cycles"] == layers["end_cycle"] - layers["start_cycle"]).all()
    assert (layers["wait_cycles"] == layers["start_cycle"] - layers["issue_cycle"]).all()
    assert (layers["span_cycles"] == layers["end_cycle"] - layers["issue_cycle"]).all()
    assert (layers["wait_cycles"] >= 0).all() and (layers["latency_cycles"] >= 0).all()
    # the symptom of issue 16: fc waited 3.2 M cycles for avgpool and counted it as latency
    fc = layers.loc["fc"]
    assert fc["wait_cycles"] > 3_000_000 and fc["latency_cycles"] < 2 * fc["busy_cycles"]
    # no layer starts before a message of it has arrived, when it receives any
    first_arrival: dict[int, int] = {}
    for (_, track), _, start, dur, layer in res.trace_recorder.slices:  # type: ignore[union-attr]
        if track == "ni.recv":
            first_arrival[layer] = min(first_arrival.get(layer, start + dur), start + dur)
    for layer, row in res.per_layer.set_index("layer").iterrows():
        if layer in first_arrival:
            assert row["start_cycle"] >= first_arrival[layer], row["layer_name"]
    # no staircase: layers, one sample through the network, add up to about the inference
    dnn = res.per_layer[res.per_layer["layer"] >= 0]
    inference = int(dnn["end_cycle"].max() - dnn["start_cycle"].min())
    assert dnn["latency_cycles"].sum() < 1.5 * inference


def test_per_tile_busy_cycles_split_the_layers_busy_cycles_by_tile() -> None:
    res = run(PIPELINE)
    tiles = res.per_tile.set_index("tile")
    assert list(tiles.index) == [0, 1, 2, 3]
    # tile 2 works only for layer 1 (a 32-element vrelu); tile 1 does the rest of layer 1
    # (its recv is a message wait: not busy); tile 3 only receives
    assert tiles.loc[2, "inference_busy_cycles"] == dpu_simple(32)
    assert tiles.loc[1, "inference_busy_cycles"] == MVM_TINY + dpu_simple(16)
    assert tiles.loc[3, "inference_busy_cycles"] == 0
    layers = res.per_layer.set_index("layer")
    dnn = layers[layers.index >= 0]
    assert tiles["inference_busy_cycles"].sum() == dnn["busy_cycles"].sum()
    # instructions of no layer (none here: li and halt are not unit instructions)
    assert tiles["setup_busy_cycles"].sum() == layers["busy_cycles"].get(-1, 0) == 0
    assert tiles["finish_cycle"].to_dict() == res.tile_finish_cycles
    assert tiles["finish_cycle"].max() == res.total_cycles
