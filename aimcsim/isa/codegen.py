"""Generate the ISA table and manual from the spec; ``--check`` fails when they are stale.

Usage::

    python -m aimcsim.isa.codegen [--check] [--spec isa/aimc.isa.toml] [--root DIR]

Writes (relative to ``--root``, by default the repository root):

* ``aimcsim/isa/_generated_table.py``: the spec as plain Python data, which the package
  loads at run time (so an installed package needs no TOML file);
* ``isa/ISA.md``: the reference manual.

Output is deterministic: regenerating from the same spec gives byte-identical files.
``--check`` writes nothing and exits 1, naming the stale files, if either differs.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from aimcsim.errors import AimcSimError
from aimcsim.isa.manual import render_manual
from aimcsim.isa.spec import IsaSpec, load_spec

REPO_ROOT = Path(__file__).resolve().parents[2]
"""The repository root, found from this module's location."""

SPEC_PATH = Path("isa/aimc.isa.toml")
TABLE_PATH = Path("aimcsim/isa/_generated_table.py")
MANUAL_PATH = Path("isa/ISA.md")

_WIDTH = 100


def _q(s: str) -> str:
    """Python string literal of ``s``: double quotes, or single quotes when that avoids
    escaping double quotes (as ruff format prefers)."""
    lit = json.dumps(s, ensure_ascii=False)
    if '"' in s and "'" not in s:
        return "'" + lit[1:-1].replace('\\"', '"') + "'"
    return lit


def _str_literal(s: str, indent: int, used: int) -> str:
    """A double-quoted Python literal of ``s`` for a line whose first ``used`` columns are
    taken, split over lines inside parentheses when it would not fit in the line width."""
    one = _q(s)
    if used + len(one) + 1 <= _WIDTH:
        return one
    pad = " " * (indent + 4)
    limit = _WIDTH - len(pad)
    chunks: list[str] = []
    cur = ""
    for piece in re.findall(r"[^ \n]+[ \n]?|[ \n]", s):
        if cur and len(json.dumps(cur + piece, ensure_ascii=False)) > limit:
            chunks.append(cur)
            cur = ""
        cur += piece
        if cur.endswith("\n"):
            chunks.append(cur)
            cur = ""
    if cur:
        chunks.append(cur)
    lines = "\n".join(pad + _q(c) for c in chunks)
    return "(\n" + lines + "\n" + " " * indent + ")"


def _literal(value: Any, indent: int, used: int) -> str:
    """Python source of ``value`` (dict, list, str, int, bool) starting on a line whose
    first ``used`` columns are taken, nested blocks indented from ``indent``; formatted
    much as ruff would, within the line width."""
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return _str_literal(value, indent, used)
    pad = " " * (indent + 4)
    if isinstance(value, dict):
        if not value:
            return "{}"
        flat = "{" + ", ".join(f"{json.dumps(k)}: {_literal(v, 0, 0)}" for k, v in value.items())
        flat += "}"
        if "\n" not in flat and used + len(flat) + 1 <= _WIDTH:
            return flat
        items = []
        for k, v in value.items():
            head = f"{pad}{json.dumps(k)}: "
            items.append(head + _literal(v, indent + 4, len(head)) + ",")
        return "{\n" + "\n".join(items) + "\n" + " " * indent + "}"
    if isinstance(value, list | tuple):
        if not value:
            return "[]"
        flat = "[" + ", ".join(_literal(v, 0, 0) for v in value) + "]"
        if "\n" not in flat and used + len(flat) + 1 <= _WIDTH:
            return flat
        items = [f"{pad}{_literal(v, indent + 4, len(pad))}," for v in value]
        return "[\n" + "\n".join(items) + "\n" + " " * indent + "]"
    raise TypeError(f"cannot write {type(value).__name__} into the table")


def render_table(spec: IsaSpec, source: str) -> str:
    """Source of ``_generated_table.py``: the spec as a plain-data ``TABLE``."""
    return (
        f'"""ISA table generated from {source} by ``python -m aimcsim.isa.codegen``.\n'
        "\n"
        "DO NOT EDIT: edit the spec and regenerate. ``aimcsim.isa.spec.spec_from_dict(TABLE)``\n"
        'rebuilds (and re-checks) the spec from this data."""\n'
        "\n"
        "from typing import Any\n"
        "\n"
        f"TABLE: dict[str, Any] = {_literal(spec.to_dict(), 0, 24)}\n"
    )


def _display(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def generate(spec_path: Path, root: Path) -> dict[Path, str]:
    """Load and check the spec at ``spec_path``; return {output path: content}."""
    spec = load_spec(spec_path)
    source = _display(spec_path, root)
    return {
        root / TABLE_PATH: render_table(spec, source),
        root / MANUAL_PATH: render_manual(spec),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry; returns the exit status (0 ok, 1 stale, 2 bad spec)."""
    parser = argparse.ArgumentParser(
        prog="python -m aimcsim.isa.codegen",
        description="Generate the ISA table and the ISA.md manual from the spec.",
    )
    parser.add_argument(
        "--check", action="store_true", help="write nothing; exit 1 if a generated file is stale"
    )
    parser.add_argument(
        "--root",
        type=Path,
        default=REPO_ROOT,
        help="repository root the outputs are relative to (default: this repo)",
    )
    parser.add_argument(
        "--spec", type=Path, default=None, help="spec file (default: ROOT/isa/aimc.isa.toml)"
    )
    args = parser.parse_args(argv)
    root: Path = args.root
    spec_path: Path = args.spec if args.spec is not None else root / SPEC_PATH
    try:
        outputs = generate(spec_path, root)
    except AimcSimError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.check:
        stale = []
        for path, content in outputs.items():
            try:
                current = path.read_bytes()
            except OSError:
                current = None
            if current != content.encode("utf-8"):
                stale.append(_display(path, root))
        if stale:
            print(
                f"stale generated file(s): {', '.join(stale)}; run `python -m "
                f"aimcsim.isa.codegen` to regenerate them from {_display(spec_path, root)}",
                file=sys.stderr,
            )
            return 1
        print("generated ISA files are up to date")
        return 0
    for path, content in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        old = path.read_bytes() if path.exists() else None
        if old != content.encode("utf-8"):
            path.write_bytes(content.encode("utf-8"))
            print(f"wrote {_display(path, root)}")
        else:
            print(f"unchanged {_display(path, root)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
