"""The output-path rule: what may lie at a path aimcsim writes, and the marker of its outputs.

See :mod:`aimcsim.output_path` for the rule in words. Checks never touch anything; they raise
an :class:`~aimcsim.errors.OutputPathError` naming the path.
"""

from __future__ import annotations

import errno
import fnmatch
import json
import os
import stat
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from aimcsim.errors import OutputPathError

MARKER = ".aimcsim-output"
TMP_TAG = ".aimcsim-tmp-"

PathLike = str | os.PathLike[str]


@dataclass(frozen=True)
class DirKind:
    """A kind of directory output: ``name`` goes into the marker; ``command`` (e.g.
    ``aimcsim run -o``) names the writer in messages."""

    name: str
    command: str


@dataclass(frozen=True)
class FileKind:
    """A kind of file output: ``name`` for messages; every output of this kind starts with
    ``signature``, by which an earlier one is recognised (and may be replaced)."""

    name: str
    signature: bytes


REPORT_DIR = DirKind("report", "aimcsim run -o")
WORKLOAD_DIR = DirKind("workload", "aimcsim compile -o")
SWEEP_DIR = DirKind("sweep", "aimcsim sweep -o")
TUNE_DIR = DirKind("tune", "aimcsim tune -o")
SEARCH_DIR = DirKind("search", "aimcsim search -o")


# ------------------------------------------------------------------------------- checks


def check_output_dir(
    path: PathLike, kind: DirKind, inputs: Iterable[PathLike] = (), *, in_place: bool = False
) -> Path:
    """The absolute target of a directory output at ``path``, after checking that it may be
    written: missing, empty, or an earlier ``kind`` output holding only its own files.
    ``inputs`` are the command's input paths (never replaced, nor any directory holding one).
    The working and home directories and their ancestors are refused too, unless the output
    is written ``in_place`` (never renamed or removed: :func:`claimed_dir`). Raises
    :class:`OutputPathError` naming ``path`` otherwise."""
    target = target_of(path)
    if not in_place:
        _refuse_places(path, target)
    _refuse_inputs(path, target, inputs, holds_inputs=True)
    st = _existing(path, target)
    if st is None:
        return target
    if not stat.S_ISDIR(st.st_mode):
        raise OutputPathError(
            f"is a file, not a directory; {kind.command} writes a new directory, an empty one "
            f"or an earlier {kind.name} output: choose another path",
            str(path),
        )
    try:
        with os.scandir(target) as it:
            if not any(it):
                return target
    except OSError as exc:
        raise os_error(path, exc) from None
    marked_kind, owned = read_marker(target)
    if marked_kind is not None and marked_kind != kind.name:
        raise OutputPathError(
            f"holds an aimcsim {marked_kind} output, not a {kind.name}: choose another path",
            str(path),
        )
    if owned is None:
        raise OutputPathError(
            f"exists and is not an aimcsim {kind.name} output (no valid {MARKER} marker); "
            f"{kind.command} writes only a new path, an empty directory or its own earlier "
            "output: choose another path",
            str(path),
        )
    foreign = [rel for rel, is_dir in tree(target, path) if not _owns(owned, rel, is_dir)]
    if foreign:
        more = f" (and {len(foreign) - 1} more)" if len(foreign) > 1 else ""
        raise OutputPathError(
            f"is an earlier aimcsim {kind.name} output but also holds {foreign[0]!r}{more}, "
            "which aimcsim did not write: move it away or choose another path",
            str(path),
        )
    return target


def check_output_file(path: PathLike, kind: FileKind, inputs: Iterable[PathLike] = ()) -> Path:
    """The absolute target of a file output at ``path``, after checking that it may be
    written: missing, empty, or an earlier ``kind`` output (it starts with the signature);
    never one of ``inputs``. Raises :class:`OutputPathError` naming ``path`` otherwise."""
    target = target_of(path)
    _refuse_places(path, target)
    _refuse_inputs(path, target, inputs, holds_inputs=False)
    st = _existing(path, target)
    if st is None:
        return target
    if stat.S_ISDIR(st.st_mode):
        raise OutputPathError(f"is a directory; expected the {kind.name} file to write", str(path))
    if not stat.S_ISREG(st.st_mode):
        raise OutputPathError("is not a regular file: choose another path", str(path))
    if st.st_size == 0:
        return target
    try:
        with open(target, "rb") as fh:
            head = fh.read(len(kind.signature))
    except OSError as exc:
        raise os_error(path, exc) from None
    if head != kind.signature:
        raise OutputPathError(
            f"exists and is not an earlier aimcsim {kind.name}; aimcsim replaces only its own "
            "output: choose another path",
            str(path),
        )
    return target


def _existing(path: PathLike, target: Path) -> os.stat_result | None:
    """What lies at ``target`` (not followed), None if nothing; a symbolic link there is an
    OutputPathError naming ``path``."""
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise os_error(path, exc) from None
    if stat.S_ISLNK(st.st_mode):
        raise OutputPathError(
            "is a symbolic link; aimcsim does not write through links: give a new path", str(path)
        )
    return st


def target_of(path: PathLike) -> Path:
    """``path`` with its parent resolved (the last component is kept as given)."""
    p = Path(path)
    if p.name in ("", ".", ".."):
        raise OutputPathError(
            "names no new output path (it ends in '.', '..' or is '/'): choose another path",
            str(path),
        )
    return p.parent.resolve() / p.name


def _refuse_places(path: PathLike, target: Path) -> None:
    """Refuse the working directory, the home directory and their ancestors."""
    for place, what in ((_cwd(), "the working directory"), (_home(), "the home directory")):
        if place is not None and place.is_relative_to(target):
            relation = "is" if place == target else "holds"
            raise OutputPathError(f"{relation} {what}: choose another output path", str(path))


def _refuse_inputs(
    path: PathLike, target: Path, inputs: Iterable[PathLike], *, holds_inputs: bool
) -> None:
    """Refuse an input itself and (``holds_inputs``) any directory holding one."""
    for given in inputs:
        inp = Path(given)
        if not os.path.lexists(inp):
            continue  # a name (a preset, a shipped table), not a path
        resolved = inp.parent.resolve() / inp.name if inp.name not in ("", "..") else inp.resolve()
        if resolved == target or (holds_inputs and resolved.is_relative_to(target)):
            relation = "is" if resolved == target else "holds"
            raise OutputPathError(
                f"{relation} the input {str(given)!r} of this command: choose another output path",
                str(path),
            )


def _cwd() -> Path | None:
    try:
        return Path.cwd().resolve()
    except OSError:  # removed under our feet
        return None


def _home() -> Path | None:
    try:
        return Path.home().resolve()
    except (RuntimeError, KeyError):
        return None


def tree(root: Path, display: PathLike) -> list[tuple[str, bool]]:
    """Every entry under ``root`` as (relative POSIX path, is a real directory); symbolic
    links are reported as non-directories and not followed."""
    out: list[tuple[str, bool]] = []
    try:
        for dirpath, dirnames, filenames in os.walk(root, onerror=_raise):
            rel = Path(dirpath).relative_to(root)
            for name in dirnames:
                is_dir = not os.path.islink(os.path.join(dirpath, name))
                out.append(((rel / name).as_posix(), is_dir))
            out.extend(((rel / name).as_posix(), False) for name in filenames)
    except OSError as exc:
        raise os_error(display, exc) from None
    return sorted(out)


def _raise(exc: OSError) -> None:
    raise exc


def read_marker(directory: Path) -> tuple[str | None, tuple[str, ...] | None]:
    """The kind named by the marker in ``directory`` and the file patterns it owns; None
    for what is missing or malformed."""
    marker = directory / MARKER
    try:
        if not stat.S_ISREG(os.lstat(marker).st_mode):
            return None, None
        data = tomllib.loads(marker.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None, None
    kind, files = data.get("kind"), data.get("files")
    if not isinstance(kind, str):
        return None, None
    if not isinstance(files, list) or not all(isinstance(f, str) for f in files):
        return kind, None
    return kind, tuple(files)


def _owns(patterns: Sequence[str], rel: str, is_dir: bool) -> bool:
    """Whether the marker's ``patterns`` cover the entry ``rel`` (a directory: one of them
    lies inside it)."""
    if rel == MARKER or rel.startswith(MARKER + TMP_TAG):
        return True
    if is_dir:
        return any(p.startswith(rel + "/") for p in patterns)
    return any(fnmatch.fnmatchcase(rel, p) for p in patterns)


def os_error(path: PathLike, exc: OSError) -> OutputPathError:
    """The OutputPathError naming ``path`` for an OSError met while writing it."""
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOTDIR:
        reason = "a parent of it is not a directory"
    where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(path) else ""
    return OutputPathError(f"cannot write: {reason}{where}", str(path))


def add_to_marker(directory: PathLike, kind: DirKind, files: Iterable[str]) -> None:
    """Record ``files`` (relative POSIX paths) in the ``kind`` marker of ``directory``, if it
    has one (an earlier output without a marker stays unmarked)."""
    marked_kind, owned = read_marker(Path(directory))
    if marked_kind == kind.name and owned is not None:
        write_marker(Path(directory), kind, sorted({*owned, *files}))


def write_marker(directory: Path, kind: DirKind, files: Iterable[str]) -> None:
    """Write the marker that lets the next ``kind`` output replace ``directory``."""
    listed = "".join(f"\n    {json.dumps(f)}," for f in sorted(set(files)) if f != MARKER)
    text = (
        f"# Written by aimcsim: a later `{kind.command}` to this directory may replace or\n"
        "# reuse it as long as it holds only these files. Do not edit.\n"
        f'kind = "{kind.name}"\n'
        f"files = [{listed}\n]\n"
    )
    tmp = directory / f"{MARKER}{TMP_TAG}{os.getpid()}"
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, directory / MARKER)
