"""Where a sweep writes: the output directory the user named (``-o``), and nothing else.

The one place that creates the directory and writes files into it (atomically: a reader sees
the old file or the new one), so that the output-path policy can change here alone.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

SWEEP_OWNED = (
    "sweep.csv",
    "points.csv",
    "points.parquet",
    "pareto.png",
    "cache/*.json",
)
"""What a sweep writes into its ``-o`` directory (recorded in the output marker)."""

SWEEP_TEMPORARY = ("cache/.tmp-*", ".*.tmp-*")
"""The sweep's own temporary files (:func:`write_atomic`, the cache's entries): stale ones
are removed when the directory is claimed again."""


@contextmanager
def sweep_out_dir(out_dir: str | Path, inputs: Iterable[str | Path]) -> Iterator[Path]:
    """The sweep's output directory, claimed for the whole sweep (see
    :func:`aimcsim.output_path.claimed_dir`): a new path, an empty directory or an earlier
    sweep (resumed); anything else is an OutputPathError, untouched. A second sweep on the
    same directory at the same time is refused."""
    from aimcsim.output_path import SWEEP_DIR, claimed_dir

    with claimed_dir(out_dir, SWEEP_DIR, SWEEP_OWNED, SWEEP_TEMPORARY, inputs) as out:
        yield out


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same directory."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
