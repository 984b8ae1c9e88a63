"""Where a sweep writes: the output directory the user named (``-o``), and nothing else.

The one place that creates the directory and writes files into it (atomically: a reader sees
the old file or the new one), so that the output-path policy can change here alone.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from aimcsim.sweep.errors import SweepError


def prepare_out_dir(out_dir: str | Path) -> Path:
    """The output directory, created if missing; SweepError if it is a file or cannot be
    created."""
    out = Path(out_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise SweepError(f"-o {out}: exists and is not a directory") from None
    except OSError as exc:
        raise SweepError(f"-o {out}: cannot create the output directory: {exc.strerror}") from None
    return out


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
