"""Writing outputs atomically under the rule of :mod:`aimcsim.output_path.rule`.

Outputs are built under locked temporary names beside their targets and renamed into place
(:class:`OutputBatch`), or locked and written in place (:func:`claimed_dir`); stale
temporaries of killed writers are removed by the next write to the same path.
"""

from __future__ import annotations

import fcntl
import fnmatch
import os
import re
import secrets
import shutil
import stat
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from aimcsim.errors import OutputPathError
from aimcsim.interrupts import signals_deferred
from aimcsim.output_path.rule import (
    MARKER,
    TMP_TAG,
    DirKind,
    FileKind,
    PathLike,
    check_output_dir,
    check_output_file,
    os_error,
    target_of,
    tree,
    write_marker,
)


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
            raise os_error(self._path, err) from None
        except BaseException:
            self._abandon()
            raise
        finally:
            for _, fd in self._temps:
                os.close(fd)
        if exc is not None:
            self._abandon()
            if isinstance(exc, OSError):
                raise os_error(self._path, exc) from None

    def _commit(self) -> None:
        for path, _, kind, _, tmp in self._dirs:
            self._path = path
            files = [rel for rel, is_dir in tree(tmp, path) if not is_dir]
            write_marker(tmp, kind, files)
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
            _make_parents(path, target.parent, self._created)
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
            raise os_error(path, exc) from None
        return tmp


_TMP_SUFFIX = re.compile(r"\d+-[0-9a-f]+(-old)?")
"""The part of a temporary's name after ``.<name>.aimcsim-tmp-``: ``<pid>-<hex>[-old]``."""


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
    created: list[Path] = []
    made = False
    try:
        _make_parents(path, target.parent, created)
        try:
            with _locked_all([target.parent]):
                check_output_dir(path, kind, inputs, in_place=True)
                if not target.exists():
                    os.mkdir(target)
                    made = True
            fd = os.open(target, os.O_RDONLY | os.O_DIRECTORY)
        except OSError as exc:
            raise os_error(path, exc) from None
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
        for rel, is_dir in tree(target, path):
            if not is_dir and any(fnmatch.fnmatchcase(rel, p) for p in temporary):
                os.unlink(target / rel)
        write_marker(target, kind, [*owned, *temporary])
    except OSError as exc:
        raise os_error(path, exc) from None


def write_output_file(
    path: PathLike, data: str | bytes, kind: FileKind, inputs: Iterable[PathLike] = ()
) -> None:
    """Write ``data`` (text as UTF-8) to the file output ``path`` atomically, after the checks
    of :func:`check_output_file` (see :class:`OutputBatch`)."""
    with OutputBatch() as batch:
        batch.file(path, data, kind, inputs)


def replace_file(path: PathLike, data: bytes) -> None:
    """Replace the file ``path`` (inside an output aimcsim owns) atomically with ``data``."""
    target = target_of(path)
    with OutputBatch() as batch:
        tmp = batch._temporary(path, target, directory=False)
        with open(tmp, "wb") as fh:
            fh.write(data)
        os.replace(tmp, target)


def _make_parents(path: PathLike, parent: Path, created: list[Path]) -> None:
    """Create the missing directories of ``parent``, outermost first, each appended to the
    caller's ``created`` as it is made (a signal held back meanwhile lands after the append,
    so the caller can remove it; returning the list instead lost it to such a signal)."""
    missing = []
    p = parent
    while not os.path.lexists(p):
        missing.append(p)
        p = p.parent
    if not p.is_dir():
        raise OutputPathError(f"cannot write: {p} is not a directory", str(path))
    made_here = len(created)
    try:
        for d in reversed(missing):
            with signals_deferred():  # created and recorded (for removal) as one step
                os.mkdir(d)
                created.append(d)
    except OSError as exc:
        _undo(None, created[made_here:])
        del created[made_here:]
        raise os_error(path, exc) from None


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
