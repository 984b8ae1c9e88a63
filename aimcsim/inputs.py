"""Reading the files a user hands us: TOML documents and ``.npz`` archives, never trusted.

Every reader here turns whatever can go wrong with a file (missing, a directory, unreadable,
not UTF-8, not TOML, a truncated or renamed zip, an array that pickle would be needed for)
into an :class:`~aimcsim.errors.InputFileError` that names the file, so that callers only
validate *content* (keys, types, shapes) and never see an ``OSError`` or a ``zipfile`` error.
"""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aimcsim.errors import InputFileError

if TYPE_CHECKING:
    import numpy as np


def read_text_file(path: str | Path, *, what: str = "file") -> str:
    """The UTF-8 text of ``path``; ``what`` names the file's role in messages."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except FileNotFoundError:
        raise InputFileError(f"{what} not found", file=str(p)) from None
    except IsADirectoryError:
        raise InputFileError(f"{what} is a directory, expected a file", file=str(p)) from None
    except OSError as exc:
        raise InputFileError(f"cannot read {what}: {exc.strerror}", file=str(p)) from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputFileError(
            f"{what} is not UTF-8 text (byte {exc.start}: {data[exc.start : exc.start + 1]!r})",
            file=str(p),
        ) from None


def read_toml(path: str | Path, *, what: str = "TOML file") -> dict[str, Any]:
    """The parsed TOML document at ``path``; decoding and syntax errors name the file and line."""
    text = read_text_file(path, what=what)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputFileError(f"{what} is not valid TOML: {exc}", file=str(path)) from None


ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
"""First bytes of a zip archive (with members / empty): what every ``.npz`` starts with."""

NPY_MAGIC = b"\x93NUM"
"""First bytes of a single ``.npy`` array."""


def load_npz(path: str | Path, *, what: str = "archive") -> dict[str, np.ndarray]:
    """Every array of the ``.npz`` archive at ``path``, read eagerly (no pickled objects).

    A file that is not a zip archive, a truncated archive, a member that is not a ``.npy``
    array or needs pickle all become an :class:`InputFileError` naming the file (and member).
    """
    import numpy as np  # here, not at import: the CLI starts without numpy

    p = Path(path)
    if p.is_dir():
        raise InputFileError(f"{what} is a directory, expected an .npz file", file=str(p))
    if not p.exists():
        raise InputFileError(f"{what} not found", file=str(p))
    try:
        with open(p, "rb") as fh:
            magic = fh.read(4)
    except OSError as exc:
        raise InputFileError(f"cannot read {what}: {exc.strerror}", file=str(p)) from None
    if magic == NPY_MAGIC:
        raise InputFileError(f"{what} is a single .npy array, expected an .npz", file=str(p))
    if magic not in ZIP_MAGICS:
        raise InputFileError(f"{what} is not an .npz archive (not a zip file)", file=str(p))
    arrays: dict[str, np.ndarray] = {}
    # numpy and zipfile parse untrusted bytes here and fail with many exception types
    # (BadZipFile, zlib.error, struct.error, ValueError, tokenize/SyntaxError from a damaged
    # .npy header...): every one of them means "this archive is damaged".
    try:
        with np.load(p, allow_pickle=False) as archive:
            for name in archive.files:
                try:
                    arrays[name] = np.asarray(archive[name])
                except ValueError as exc:  # object arrays need pickle, or a damaged header
                    raise InputFileError(f"array {name!r}: {exc}", file=str(p)) from None
                except Exception as exc:
                    raise InputFileError(f"array {name!r} is corrupt: {exc}", str(p)) from None
    except InputFileError:
        raise
    except Exception as exc:
        raise InputFileError(f"{what} is not a readable .npz archive: {exc}", str(p)) from None
    return arrays
