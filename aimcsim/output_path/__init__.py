"""Where aimcsim may write, and how: one rule for every output path a user names.

Directory outputs (``run -o``, ``compile -o``, ``sweep -o``, ``search -o``) go to a path that
is missing, an empty directory, or an earlier output of the same kind. An earlier output is
recognised by the marker file :data:`MARKER` that aimcsim writes into it, naming the kind of
output and the files it owns; it is replaced only while it holds nothing else. Everything else
at the path (a regular file, a symbolic link, a directory without that marker or with files
aimcsim did not write, ``.`` or any ancestor of the working directory, ``/``, the home
directory, an input of the command or a directory holding one) is refused with an
:class:`OutputPathError`, and nothing is touched.

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

from aimcsim.output_path.rule import (
    MARKER,
    REPORT_DIR,
    SEARCH_DIR,
    SWEEP_DIR,
    TMP_TAG,
    TUNE_DIR,
    WORKLOAD_DIR,
    DirKind,
    FileKind,
    add_to_marker,
    check_output_dir,
    check_output_file,
)
from aimcsim.output_path.writing import (
    OutputBatch,
    claimed_dir,
    replace_file,
    staged_dir,
    write_output_file,
)

__all__ = [
    "MARKER",
    "REPORT_DIR",
    "SEARCH_DIR",
    "SWEEP_DIR",
    "TMP_TAG",
    "TUNE_DIR",
    "WORKLOAD_DIR",
    "DirKind",
    "FileKind",
    "OutputBatch",
    "add_to_marker",
    "check_output_dir",
    "check_output_file",
    "claimed_dir",
    "replace_file",
    "staged_dir",
    "write_output_file",
]
