"""A structural validator of the Chrome trace event format (JSON object form), for tests.

It checks what a viewer relies on: the required fields of each phase, numeric times,
B/E events nesting per thread, X events with a non-negative ``dur``, flow start/finish
events paired by ``id`` (start before finish), counters with numeric values, and metadata
events naming processes and threads.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

REQUIRED = {
    "X": ("name", "ph", "ts", "dur", "pid", "tid"),
    "B": ("name", "ph", "ts", "pid", "tid"),
    "E": ("ph", "ts", "pid", "tid"),
    "i": ("name", "ph", "ts", "pid"),
    "C": ("name", "ph", "ts", "pid", "args"),
    "s": ("name", "ph", "ts", "pid", "tid", "id"),
    "t": ("name", "ph", "ts", "pid", "tid", "id"),
    "f": ("name", "ph", "ts", "pid", "tid", "id"),
    "M": ("name", "ph", "pid", "args"),
}
METADATA_NAMES = {"process_name", "thread_name", "process_sort_index", "thread_sort_index"}


def _number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def trace_problems(trace: Any) -> list[str]:
    """Every structural problem of ``trace`` (empty when it is a valid Chrome trace)."""
    if not isinstance(trace, dict) or not isinstance(trace.get("traceEvents"), list):
        return ["not an object with a traceEvents list"]
    problems: list[str] = []
    stacks: dict[tuple[Any, Any], list[str]] = defaultdict(list)
    flows: dict[Any, dict[str, float]] = defaultdict(dict)
    for i, ev in enumerate(trace["traceEvents"]):
        ph = ev.get("ph") if isinstance(ev, dict) else None
        if ph not in REQUIRED:
            problems.append(f"event {i}: unknown phase {ph!r}")
            continue
        missing = [k for k in REQUIRED[ph] if k not in ev]
        if missing:
            problems.append(f"event {i} ({ph}): missing {missing}")
            continue
        if ph != "M" and not _number(ev["ts"]):
            problems.append(f"event {i} ({ph}): ts {ev['ts']!r} is not a number")
            continue
        if ph == "X" and not (_number(ev["dur"]) and ev["dur"] >= 0):
            problems.append(f"event {i}: X needs a non-negative numeric dur")
        elif ph == "B":
            stacks[(ev["pid"], ev["tid"])].append(ev["name"])
        elif ph == "E":
            stack = stacks[(ev["pid"], ev["tid"])]
            if not stack:
                problems.append(f"event {i}: E without an open B on {ev['pid']}/{ev['tid']}")
            else:
                stack.pop()
        elif ph == "C":
            args = ev["args"]
            if not isinstance(args, dict) or not args or not all(map(_number, args.values())):
                problems.append(f"event {i}: counter {ev['name']!r} needs numeric args")
        elif ph in "stf":
            seen = flows[(ev.get("cat"), ev["id"])]
            if ph in seen:
                problems.append(f"event {i}: flow id {ev['id']} has a second {ph!r}")
            seen[ph] = ev["ts"]
        elif ph == "M" and (ev["name"] not in METADATA_NAMES or not isinstance(ev["args"], dict)):
            problems.append(f"event {i}: bad metadata event {ev['name']!r}")
    for (pid, tid), stack in stacks.items():
        if stack:
            problems.append(f"thread {pid}/{tid}: B events never ended: {stack}")
    for (_, flow_id), seen in flows.items():
        if "s" not in seen or "f" not in seen:
            problems.append(f"flow id {flow_id}: unpaired ({sorted(seen)})")
        elif seen["f"] < seen["s"]:
            problems.append(f"flow id {flow_id}: finishes before it starts")
    return problems
