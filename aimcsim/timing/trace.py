"""Chrome / Perfetto trace of a timing run (``chrome://tracing``, ui.perfetto.dev).

Recording is off by default: the model then keeps no recorder at all and its only cost is
one ``is not None`` test per unit instruction. When on, a :class:`TraceRecorder` collects

* one slice ``((group, track), mnemonic, start_cycle, duration_cycles, layer)`` per unit
  instruction (group = tile id, track = its unit) and per link reservation (group
  ``"noc"``, track = the link), and
* one message record per completed RECV: who sent it and when, when it was received.

:func:`chrome_trace` turns them into the JSON object format's ``traceEvents``:

* complete events (``ph = "X"``) named ``layer_name: mnemonic`` with a category per unit
  kind (:data:`CATEGORIES`), ``ts``/``dur`` in microseconds (cycles / clock_mhz) and the
  exact cycles in ``args``; one process per tile, one thread per unit; one process for the
  network with a thread per link;
* a ``chip`` process with one thread per layer, holding the layer's busy intervals (the
  union of its instructions' execution, message waits excluded), and two counters (``ph =
  "C"``): ``adc_banks_busy`` (ADC banks held by an MVM) and ``noc_links_busy`` (mesh links
  held by a transfer);
* a flow (``ph = "s"`` on the SEND's slice, ``ph = "f"``, ``bp = "e"`` on the RECV's slice,
  one ``id`` per message) from every send to its receive;
* metadata events (``ph = "M"``) naming processes and threads.

:func:`write_trace` writes it as compact JSON, gzip-compressed when the path ends in
``.gz`` (Perfetto opens both).
"""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from aimcsim.output_path import FileKind, write_output_file

TRACE_FILE = FileKind("Chrome trace", b'{"traceEvents":')
"""What a JSON trace written by :func:`write_trace` starts with (an earlier one may be
replaced, nothing else)."""

TRACE_GZ_FILE = FileKind("gzipped Chrome trace", gzip.compress(b"", mtime=0)[:10])
"""What a ``.gz`` trace written by :func:`write_trace` starts with: the gzip header with no
file name and no time stamp."""

CHIP_PID = 0
"""Process of the layer tracks and the counters."""

NOC_PID = 1
"""Process of the mesh links."""

TILE_PID_BASE = 2
"""Tile ``t`` is process ``TILE_PID_BASE + t``."""

CATEGORIES = {"xbar": "xbar", "dpu": "dpu", "mem": "memory", "ni": "network", "noc": "noc"}
"""Trace category of a slice by the first part of its track name (``xbar[0]`` -> xbar,
``ni.send`` -> network, a link -> noc)."""

SETUP_NAME = "(setup)"
"""Name of the instructions of no layer (layer -1)."""

Slice = tuple[tuple[Any, str], str, int, int, int]
"""((group, track), mnemonic, start_cycle, duration_cycles, layer)."""


class TraceRecorder:
    """What a traced run records (see the module docstring)."""

    __slots__ = ("messages", "slices")

    def __init__(self) -> None:
        self.slices: list[Slice] = []
        self.messages: list[tuple[int, int, int, int, int, int]] = []
        """(send tile, send start, recv tile, recv start, recv end, layer of the RECV)."""

    def received(self, tile: int, recv: Any, start: int, end: int, origin: Any) -> None:
        """RECV ``recv`` on ``tile``, issued at ``start``, got its message at ``end``;
        ``origin`` = (sending tile, instruction index, SEND op, send start cycle)."""
        layer = recv.stats.layer
        self.slices.append(((tile, recv.track), recv.mnemonic, start, end - start, layer))
        self.messages.append((origin[0], origin[3], tile, start, end, layer))


def _category(track: str, group: Any) -> str:
    if group == "noc":
        return "noc"
    return CATEGORIES.get(track.split("[")[0].split(".")[0], "other")


def _merge(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Union of half-open intervals, sorted."""
    out: list[tuple[int, int]] = []
    for lo, hi in sorted(intervals):
        if out and lo <= out[-1][1]:
            if hi > out[-1][1]:
                out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _occupancy(intervals: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """(cycle, number of intervals open from it on) at every change, for a counter track."""
    delta: dict[int, int] = {}
    for lo, hi in intervals:
        if hi > lo:
            delta[lo] = delta.get(lo, 0) + 1
            delta[hi] = delta.get(hi, 0) - 1
    out = []
    level = 0
    for cycle in sorted(delta):
        if delta[cycle]:
            level += delta[cycle]
            out.append((cycle, level))
    return out


def chrome_trace(
    recorder: TraceRecorder, clock_mhz: float, layer_names: Mapping[int, str]
) -> dict[str, Any]:
    """The trace JSON object (``{"traceEvents": [...], "displayTimeUnit": "ns"}``)."""

    def us(cycles: int) -> float:
        return round(cycles / clock_mhz, 6)

    def name_of(layer: int) -> str:
        return layer_names.get(layer) or (SETUP_NAME if layer < 0 else f"layer {layer}")

    tids: dict[tuple[int, str], int] = {}
    pids: dict[int, str] = {CHIP_PID: "chip"}
    events: list[dict[str, Any]] = []
    layer_busy: dict[int, list[tuple[int, int]]] = {}
    adc_busy: list[tuple[int, int]] = []
    links_busy: list[tuple[int, int]] = []

    def tid_of(pid: int, track: str) -> int:
        tid = tids.get((pid, track))
        if tid is None:
            tid = tids[(pid, track)] = len(tids) + 1
        return tid

    for (group, track), mnemonic, start, dur, layer in recorder.slices:
        if group == "noc":
            pid = NOC_PID
            pids[pid] = "noc"
            links_busy.append((start, start + dur))
        else:
            pid = TILE_PID_BASE + int(group)
            pids[pid] = f"tile[{group}]"
            if mnemonic == "mvm":
                adc_busy.append((start, start + dur))
            if mnemonic != "recv":
                layer_busy.setdefault(layer, []).append((start, start + dur))
        events.append(
            {
                "name": f"{name_of(layer)}: {mnemonic}",
                "cat": _category(track, group),
                "ph": "X",
                "pid": pid,
                "tid": tid_of(pid, track),
                "ts": us(start),
                "dur": us(dur),
                "args": {"layer": layer, "start_cycle": start, "cycles": dur},
            }
        )
    for layer in sorted(layer_busy):
        tid = tid_of(CHIP_PID, f"layer {layer}: {name_of(layer)}")
        for lo, hi in _merge(layer_busy[layer]):
            events.append(
                {
                    "name": name_of(layer),
                    "cat": "layer",
                    "ph": "X",
                    "pid": CHIP_PID,
                    "tid": tid,
                    "ts": us(lo),
                    "dur": us(hi - lo),
                    "args": {"layer": layer, "start_cycle": lo, "cycles": hi - lo},
                }
            )
    for counter, intervals in (("adc_banks_busy", adc_busy), ("noc_links_busy", links_busy)):
        for cycle, level in _occupancy(intervals):
            events.append(
                {
                    "name": counter,
                    "ph": "C",
                    "pid": CHIP_PID,
                    "ts": us(cycle),
                    "args": {"busy": level},
                }
            )
    for flow_id, (s_tile, s_start, r_tile, r_start, r_end, layer) in enumerate(
        recorder.messages, start=1
    ):
        common = {"name": f"{name_of(layer)}: message", "cat": "flow", "id": flow_id}
        s_pid, r_pid = TILE_PID_BASE + s_tile, TILE_PID_BASE + r_tile
        # bound to the enclosing slices: the SEND's first cycle, the RECV's last one
        events.append(
            {**common, "ph": "s", "pid": s_pid, "tid": tid_of(s_pid, "ni.send"), "ts": us(s_start)}
        )
        events.append(
            {
                **common,
                "ph": "f",
                "bp": "e",
                "pid": r_pid,
                "tid": tid_of(r_pid, "ni.recv"),
                "ts": us(max(r_start, r_end - 1)),
            }
        )
    meta: list[dict[str, Any]] = [
        {"name": "process_name", "ph": "M", "pid": pid, "tid": 0, "args": {"name": label}}
        for pid, label in sorted(pids.items())
    ]
    meta += [
        {"name": "thread_name", "ph": "M", "pid": pid, "tid": tid, "args": {"name": track}}
        for (pid, track), tid in tids.items()
    ]
    return {"traceEvents": meta + events, "displayTimeUnit": "ns"}


def trace_kind(path: str | Path) -> FileKind:
    """The kind of trace file :func:`write_trace` writes at ``path`` (by its suffix)."""
    return TRACE_GZ_FILE if Path(path).suffix == ".gz" else TRACE_FILE


def trace_bytes(trace: Mapping[str, Any], path: str | Path) -> bytes:
    """``trace`` as compact JSON (``traceEvents`` first), gzip-compressed for a ``.gz`` path
    (deterministic bytes: no time stamp in the gzip header)."""
    ordered = {"traceEvents": trace["traceEvents"], **trace}
    data = json.dumps(ordered, separators=(",", ":")).encode("utf-8")
    return gzip.compress(data, mtime=0) if Path(path).suffix == ".gz" else data


def write_trace(trace: Mapping[str, Any], path: str | Path) -> Path:
    """Write ``trace`` to ``path`` (see :func:`trace_bytes`) under the output-path rule: a
    new path, an empty file or an earlier trace of the same kind, atomically."""
    write_output_file(path, trace_bytes(trace, path), trace_kind(path))
    return Path(path)
