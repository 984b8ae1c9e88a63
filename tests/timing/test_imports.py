"""The timing package's modules import each other one way only (no circles, not even under
TYPE_CHECKING or inside functions)."""

from __future__ import annotations

import ast
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import aimcsim.timing

PACKAGE = Path(aimcsim.timing.__file__).parent


def _timing_imports(path: Path) -> set[str]:
    """Modules of aimcsim.timing that ``path`` imports anywhere in its body."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module == "aimcsim.timing":
                out.update(a.name for a in node.names)
            elif node.module.startswith("aimcsim.timing."):
                out.add(node.module.split(".")[2])
        elif isinstance(node, ast.Import):
            out.update(
                a.name.split(".")[2] for a in node.names if a.name.startswith("aimcsim.timing.")
            )
    return out


def import_graph() -> dict[str, set[str]]:
    modules = {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    return {
        m: {d for d in _timing_imports(PACKAGE / f"{m}.py") if d in modules and d != m}
        for m in modules
    }


def test_timing_modules_import_one_way() -> None:
    graph = import_graph()
    try:
        order = list(TopologicalSorter(graph).static_order())
    except CycleError as exc:  # pragma: no cover - the failure message
        raise AssertionError(f"import circle in aimcsim.timing: {exc.args[1]}") from None
    assert order.index("latency") < order.index("crossbar") < order.index("controller")
    assert order.index("controller") < order.index("engine")
    assert order.index("result") < order.index("engine")
    assert "engine" not in graph["controller"] | graph["result"]


def test_the_check_sees_a_circle() -> None:
    graph = import_graph()
    graph["latency"] = graph["latency"] | {"engine"}
    try:
        list(TopologicalSorter(graph).static_order())
    except CycleError:
        return
    raise AssertionError("a circle through latency -> engine went unnoticed")
