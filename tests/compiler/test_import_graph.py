"""The compiler's and the timing model's modules import each other as a DAG.

Every import counts: module level, inside functions and under ``TYPE_CHECKING``, so no
module needs another that needs it back (no deferred imports to break a cycle).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import aimcsim

ROOT = Path(aimcsim.__file__).parent
PACKAGES = ("compiler", "timing")


def _imports(path: Path, package: str) -> set[str]:
    """Modules of ``aimcsim.<package>`` that the module at ``path`` imports anywhere."""
    prefix = f"aimcsim.{package}."
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith(prefix):
                found.add(node.module)
            elif node.module == f"aimcsim.{package}":
                found.update(
                    f"{prefix}{a.name}"
                    for a in node.names
                    if (path.parent / f"{a.name}.py").exists()
                )
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith(prefix))
    return found


def _graph(package: str) -> dict[str, set[str]]:
    return {
        f"aimcsim.{package}.{p.stem}": _imports(p, package)
        for p in sorted((ROOT / package).glob("*.py"))
        if p.stem != "__init__"
    }


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of ``graph``, or None (depth-first search)."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(m: str) -> list[str] | None:
        state[m] = 1
        stack.append(m)
        for d in sorted(graph.get(m, ())):
            if state.get(d) == 1:
                return [*stack[stack.index(d) :], d]
            if d not in state and (found := visit(d)):
                return found
        stack.pop()
        state[m] = 2
        return None

    for m in sorted(graph):
        if m not in state and (found := visit(m)):
            return found
    return None


@pytest.mark.parametrize("package", PACKAGES)
def test_modules_form_a_dag(package: str) -> None:
    graph = _graph(package)
    assert len(graph) > 5
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_the_cycle_check_finds_a_cycle() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
