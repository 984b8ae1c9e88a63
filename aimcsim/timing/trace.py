"""Chrome / Perfetto trace export of a timing run (``chrome://tracing``, ui.perfetto.dev).

Recording is off by default: the model then keeps no trace list at all and its only cost is
one ``is not None`` test per unit instruction. When on, the model appends one tuple
``((group, track), name, start_cycle, duration_cycles, layer)`` per unit instruction and
per link reservation; :func:`chrome_trace` turns them into ``traceEvents``: complete events
(``ph = "X"``) with ``ts``/``dur`` in microseconds (cycles x 1 / clock_mhz), one process per
tile (pid = tile + 1) and one for the network (pid 0), one thread (tid) per unit or link,
with process/thread name metadata events.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from aimcsim.output_path import FileKind

TRACE_FILE = FileKind("Chrome trace", b'{"traceEvents": ')
"""What a trace file written by aimcsim starts with (json.dumps of :func:`chrome_trace`)."""

NOC_PID = 0


def chrome_trace(records: Iterable[tuple[Any, ...]], clock_mhz: float) -> dict[str, Any]:
    """The trace JSON object (``{"traceEvents": [...], "displayTimeUnit": "ns"}``)."""
    us_per_cycle = 1.0 / clock_mhz
    tids: dict[tuple[int, str], int] = {}
    pids: dict[Any, int] = {}
    events: list[dict[str, Any]] = []
    for (group, track), name, start, dur, layer in records:
        pid = pids.get(group)
        if pid is None:
            pid = pids[group] = NOC_PID if group == "noc" else int(group) + 1
        key = (pid, track)
        tid = tids.get(key)
        if tid is None:
            tid = tids[key] = len(tids) + 1
        events.append(
            {
                "name": name,
                "ph": "X",
                "pid": pid,
                "tid": tid,
                "ts": start * us_per_cycle,
                "dur": dur * us_per_cycle,
                "args": {"layer": layer, "start_cycle": start, "cycles": dur},
            }
        )
    meta: list[dict[str, Any]] = []
    for group, pid in pids.items():
        label = "noc" if pid == NOC_PID else f"tile[{group}]"
        meta.append(
            {"name": "process_name", "ph": "M", "pid": pid, "tid": 0, "args": {"name": label}}
        )
    for (pid, track), tid in tids.items():
        meta.append(
            {"name": "thread_name", "ph": "M", "pid": pid, "tid": tid, "args": {"name": track}}
        )
    return {"traceEvents": meta + events, "displayTimeUnit": "ns"}
