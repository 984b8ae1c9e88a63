"""Where aimcsim may write, and how: one rule for every output path a user names.

Directory outputs (``run -o``, ``compile -o``, ``sweep -o``) go to a path that is missing, an
empty directory, or an earlier output of the same kind. An earlier output is recognised by the
marker file :data:`MARKER` that aimcsim writes into it, naming the kind of output and the files
it owns; it is replaced only while it holds nothing else. Everything else at the path (a
regular file, a symbolic link, a directory without that marker or with files aimcsim did not
write, ``.`` or any ancestor of the working directory, ``/``, the home directory, an input of
the command or a directory holding one) is refused with an :class:`OutputPathError`, and
nothing is touched.

File outputs (``--trace``, ``compare --csv``, ``asm -o``, ``disasm -o``) go to a path that is
missing, an empty file, or an earlier output of the same kind, recognised by its first bytes
(:class:`FileKind`); never to an input of the command.

Missing parent directories are created; those created for a write that fails are removed
again. Writes are atomic: an output is built under a hidden temporary name beside the target,
``.<name>.aimcsim-tmp-<pid>-<hex>``, on which the writer holds an ``flock``, then renamed into
place. A temporary whose lock is free (its writer was killed) is removed by the next write to
the same path; nothing else is ever removed. Writers of one path serialise on an ``flock`` of
the parent directory while they check and swap (the last one wins; each output is whole). A
directory written in place over a long time (:func:`claimed_dir`, the sweep) is locked for
the duration, and a second writer is refused; as it is never renamed or removed, it may be
the (empty, or an earlier sweep's) working directory when named by its path.
"""

from __future__ import annotations

import errno
import fcntl
import fnmatch
import json
import os
import re
import secrets
import shutil
import stat
import tomllib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from aimcsim.errors import OutputPathError
from aimcsim.interrupts import signals_deferred

MARKER = ".aimcsim-output"
TMP_TAG = ".aimcsim-tmp-"
_TMP_SUFFIX = re.compile(r"\d+-[0-9a-f]+(-old)?")

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
    target = _target(path)
    if not in_place:
        _refuse_places(path, target)
    _refuse_inputs(path, target, inputs, holds_inputs=True)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise _os_error(path, exc) from None
    if stat.S_ISLNK(st.st_mode):
        raise OutputPathError(
            "is a symbolic link; aimcsim does not write through links: give a new path", str(path)
        )
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
        raise _os_error(path, exc) from None
    marked_kind, owned = _read_marker(target)
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
    foreign = [rel for rel, is_dir in _tree(target, path) if not _owns(owned, rel, is_dir)]
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
    target = _target(path)
    _refuse_places(path, target)
    _refuse_inputs(path, target, inputs, holds_inputs=False)
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return target
    except OSError as exc:
        raise _os_error(path, exc) from None
    if stat.S_ISLNK(st.st_mode):
        raise OutputPathError(
            "is a symbolic link; aimcsim does not write through links: give a new path", str(path)
        )
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
        raise _os_error(path, exc) from None
    if head != kind.signature:
        raise OutputPathError(
            f"exists and is not an earlier aimcsim {kind.name}; aimcsim replaces only its own "
            "output: choose another path",
            str(path),
        )
    return target


def _target(path: PathLike) -> Path:
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


def _tree(root: Path, display: PathLike) -> list[tuple[str, bool]]:
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
        raise _os_error(display, exc) from None
    return sorted(out)


def _raise(exc: OSError) -> None:
    raise exc


def _read_marker(directory: Path) -> tuple[str | None, tuple[str, ...] | None]:
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


def _os_error(path: PathLike, exc: OSError) -> OutputPathError:
    reason = exc.strerror or str(exc)
    if exc.errno == errno.ENOTDIR:
        reason = "a parent of it is not a directory"
    where = f" ({exc.filename})" if exc.filename and str(exc.filename) != str(path) else ""
    return OutputPathError(f"cannot write: {reason}{where}", str(path))


# ------------------------------------------------------------------------------- writing


class OutputBatch:
    """The outputs of one command, built under temporary names and committed together.

    Use as a context manager: :meth:`directory` and :meth:`file` check a target (as
    :func:`check_output_dir` / :func:`check_output_file`) and stage it; a normal exit checks
    every target again and swaps them all into place, with SIGINT and SIGTERM held back
    meanwhile (a signal then lands after the commit); an exception removes every temporary
    and the parent directories created for them, and becomes an OutputPathError if it was
    an OSError.
    """

    def __init__(self) -> None:
        self._dirs: list[tuple[PathLike, Path, DirKind, tuple[PathLike, ...], Path]] = []
        self._files: list[tuple[PathLike, Path, FileKind, tuple[PathLike, ...], Path]] = []
        self._temps: list[tuple[Path, int]] = []
        self._created: list[Path] = []
        self._path: PathLike = ""

    def directory(self, path: PathLike, kind: DirKind, inputs: Iterable[PathLike] = ()) -> Path:
        """A new empty temporary directory to fill; it becomes ``path`` on commit."""
        inputs = tuple(inputs)
        target = check_output_dir(path, kind, inputs)
        tmp = self._temporary(path, target, directory=True)
        self._dirs.append((path, target, kind, inputs, tmp))
        return tmp

    def file(
        self, path: PathLike, data: str | bytes, kind: FileKind, inputs: Iterable[PathLike] = ()
    ) -> None:
        """Stage ``data`` (text as UTF-8) to become the file ``path`` on commit."""
        inputs = tuple(inputs)
        target = check_output_file(path, kind, inputs)
        tmp = self._temporary(path, target, directory=False)
        with open(tmp, "wb") as fh:
            fh.write(data.encode("utf-8") if isinstance(data, str) else data)
        self._files.append((path, target, kind, inputs, tmp))

    def __enter__(self) -> OutputBatch:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: object
    ) -> None:
        try:
            if exc is None:
                self._commit()
        except OSError as err:
            self._abandon()
            raise _os_error(self._path, err) from None
        except BaseException:
            self._abandon()
            raise
        finally:
            for _, fd in self._temps:
                os.close(fd)
        if exc is not None:
            self._abandon()
            if isinstance(exc, OSError):
                raise _os_error(self._path, exc) from None

    def _commit(self) -> None:
        for path, _, kind, _, tmp in self._dirs:
            self._path = path
            files = [rel for rel, is_dir in _tree(tmp, path) if not is_dir]
            _write_marker(tmp, kind, files)
        with signals_deferred(), _locked_all(t.parent for _, t, *_ in [*self._dirs, *self._files]):
            for path, _, dir_kind, inputs, _ in self._dirs:
                check_output_dir(path, dir_kind, inputs)
            for path, _, file_kind, inputs, _ in self._files:
                check_output_file(path, file_kind, inputs)
            for path, target, *_, tmp in self._dirs:
                self._path = path
                _swap_in(tmp, target)
            for path, target, *_, tmp in self._files:
                self._path = path
                os.replace(tmp, target)

    def _abandon(self) -> None:
        for tmp, _ in self._temps:
            _remove(tmp)
        _undo(None, self._created)

    def _temporary(self, path: PathLike, target: Path, *, directory: bool) -> Path:
        """A new temporary beside ``target``, locked while we live; stale ones go first."""
        self._path = path
        try:
            self._created += _make_parents(path, target.parent)
            # Deferred: a temporary is created and recorded (for removal) as one step.
            with signals_deferred(), _locked_all([target.parent]):
                _remove_stale(target)
                tmp = target.parent / f".{target.name}{TMP_TAG}{os.getpid()}-{secrets.token_hex(4)}"
                if directory:
                    os.mkdir(tmp)
                    fd = os.open(tmp, os.O_RDONLY | os.O_DIRECTORY)
                else:
                    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
                self._temps.append((tmp, fd))
                fcntl.flock(fd, fcntl.LOCK_EX)
        except OSError as exc:
            raise _os_error(path, exc) from None
        return tmp


@contextmanager
def staged_dir(path: PathLike, kind: DirKind, inputs: Iterable[PathLike] = ()) -> Iterator[Path]:
    """Build a ``kind`` directory output for ``path`` in the yielded temporary directory; on
    a normal exit, mark it and swap it into place (replacing an earlier output), else remove
    it (see :class:`OutputBatch`)."""
    with OutputBatch() as batch:
        yield batch.directory(path, kind, inputs)


@contextmanager
def claimed_dir(
    path: PathLike,
    kind: DirKind,
    owned: Sequence[str],
    temporary: Sequence[str] = (),
    inputs: Iterable[PathLike] = (),
) -> Iterator[Path]:
    """Lock a ``kind`` directory output at ``path`` (created if missing) for writing in place
    over a long time, e.g. a resumable sweep; yields it. ``owned`` are the file patterns the
    writer may create in it (recorded in the marker); ``temporary`` patterns name the
    writer's own temporary files, removed on entry (they are stale: the lock excludes other
    writers). A second writer gets an OutputPathError; a directory this call created and
    that holds nothing but the marker on an error exit is removed again."""
    inputs = tuple(inputs)
    target = check_output_dir(path, kind, inputs, in_place=True)
    created = _make_parents(path, target.parent)
    made = False
    try:
        try:
            with _locked_all([target.parent]):
                check_output_dir(path, kind, inputs, in_place=True)
                if not target.exists():
                    os.mkdir(target)
                    made = True
            fd = os.open(target, os.O_RDONLY | os.O_DIRECTORY)
        except OSError as exc:
            raise _os_error(path, exc) from None
        try:
            _claim(path, target, fd, kind, owned, temporary)
            yield target
        finally:
            os.close(fd)
    except BaseException:
        _undo(target if made else None, created)
        raise


def _claim(
    path: PathLike,
    target: Path,
    fd: int,
    kind: DirKind,
    owned: Sequence[str],
    temporary: Sequence[str],
) -> None:
    """Lock the directory ``target`` (open as ``fd``) without waiting, remove the stale
    ``temporary`` files in it and (re)write its marker."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise OutputPathError(
            "another aimcsim process is writing this directory: wait for it or choose another path",
            str(path),
        ) from None
    try:
        for rel, is_dir in _tree(target, path):
            if not is_dir and any(fnmatch.fnmatchcase(rel, p) for p in temporary):
                os.unlink(target / rel)
        _write_marker(target, kind, [*owned, *temporary])
    except OSError as exc:
        raise _os_error(path, exc) from None


def write_output_file(
    path: PathLike, data: str | bytes, kind: FileKind, inputs: Iterable[PathLike] = ()
) -> None:
    """Write ``data`` (text as UTF-8) to the file output ``path`` atomically, after the checks
    of :func:`check_output_file` (see :class:`OutputBatch`)."""
    with OutputBatch() as batch:
        batch.file(path, data, kind, inputs)


def replace_file(path: PathLike, data: bytes) -> None:
    """Replace the file ``path`` (inside an output aimcsim owns) atomically with ``data``."""
    target = _target(path)
    with OutputBatch() as batch:
        tmp = batch._temporary(path, target, directory=False)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)


def add_to_marker(directory: PathLike, kind: DirKind, files: Iterable[str]) -> None:
    """Record ``files`` (relative POSIX paths) in the ``kind`` marker of ``directory``, if it
    has one (an earlier output without a marker stays unmarked)."""
    marked_kind, owned = _read_marker(Path(directory))
    if marked_kind == kind.name and owned is not None:
        _write_marker(Path(directory), kind, sorted({*owned, *files}))


def _make_parents(path: PathLike, parent: Path) -> list[Path]:
    """Create the missing directories of ``parent``; returns those created, outermost first."""
    missing = []
    p = parent
    while not os.path.lexists(p):
        missing.append(p)
        p = p.parent
    if not p.is_dir():
        raise OutputPathError(f"cannot write: {p} is not a directory", str(path))
    created: list[Path] = []
    try:
        for d in reversed(missing):
            with signals_deferred():  # created and recorded (for removal) as one step
                os.mkdir(d)
                created.append(d)
    except OSError as exc:
        _undo(None, created)
        raise _os_error(path, exc) from None
    return created


def _undo(made: Path | None, created: list[Path]) -> None:
    """Remove the output directory ``made`` if it holds only the marker, then the parents
    ``created`` that are empty (innermost first)."""
    if made is not None and set(os.listdir(made)) <= {MARKER}:
        _remove(made)
    for d in reversed(created):
        try:
            os.rmdir(d)
        except OSError:
            break


def _write_marker(directory: Path, kind: DirKind, files: Iterable[str]) -> None:
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


def _swap_in(tmp: Path, target: Path) -> None:
    """Rename the finished ``tmp`` to ``target``; an earlier output there is renamed aside
    (to a stale-looking name, in case we die) and removed."""
    old = None
    if os.path.lexists(target):
        if not os.listdir(target):
            os.rmdir(target)
        else:
            old = target.parent / f".{target.name}{TMP_TAG}{os.getpid()}-0-old"
            os.rename(target, old)
    os.rename(tmp, target)
    if old is not None:
        _remove(old)


def _remove_stale(target: Path) -> None:
    """Remove the temporaries of ``target`` whose writer is gone (their flock is free)."""
    prefix = f".{target.name}{TMP_TAG}"
    for name in os.listdir(target.parent):
        if not name.startswith(prefix) or not _TMP_SUFFIX.fullmatch(name[len(prefix) :]):
            continue
        stale = target.parent / name
        try:
            fd = os.open(stale, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
        except OSError:
            continue  # a symbolic link, or not ours to open
        try:
            mode = os.fstat(fd).st_mode
            if stat.S_ISDIR(mode) or stat.S_ISREG(mode):
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                _remove(stale)
        except BlockingIOError:
            pass  # its writer is alive
        finally:
            os.close(fd)


def _remove(path: Path) -> None:
    """Remove the file or directory tree ``path`` (which aimcsim wrote), if it exists."""
    if os.path.isdir(path) and not os.path.islink(path):
        shutil.rmtree(path, ignore_errors=True)
    else:
        with suppress(FileNotFoundError):
            os.unlink(path)


@contextmanager
def _locked_all(directories: Iterable[Path]) -> Iterator[None]:
    """Hold an exclusive flock on each of ``directories`` (parents of outputs; each once, in
    a fixed order so that writers cannot deadlock) meanwhile."""
    fds: list[int] = []
    try:
        for d in sorted({Path(os.path.realpath(d)) for d in directories}):
            fds.append(os.open(d, os.O_RDONLY | os.O_DIRECTORY))
            fcntl.flock(fds[-1], fcntl.LOCK_EX)
        yield
    finally:
        for fd in fds:
            os.close(fd)
