"""SIGINT and SIGTERM as exceptions, so that an interrupted command cleans up and exits.

While :func:`signals_raise` is active, either signal raises :class:`Interrupted` in the main
thread wherever it is (an import, a simulation, a write), so ``finally`` blocks remove
temporary outputs; the command line turns it into one line on stderr and exit code
128 + signal number (130 for SIGINT, 143 for SIGTERM). Further signals are ignored while the
program unwinds, so that a second Ctrl-C cannot cut a cleanup short; :func:`signals_deferred`
holds them back over a section that must not be cut in two. Standard library only: the entry
point installs this before any heavy import.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType
from typing import Any

HANDLED = (signal.SIGINT, signal.SIGTERM)


class Interrupted(BaseException):
    """The process received ``signum``; ``exit_code`` is 128 + signum."""

    def __init__(self, signum: int) -> None:
        self.signum = signum
        self.exit_code = 128 + signum
        # args = (signum,): code that re-creates an exception from its args (simpy does,
        # when the signal lands while it processes an event) gets the same exception back.
        super().__init__(signum)

    def __str__(self) -> str:
        return signal.Signals(self.signum).name


def _raise(signum: int, frame: FrameType | None) -> None:
    for s in HANDLED:
        signal.signal(s, signal.SIG_IGN)
    raise Interrupted(signum)


@contextmanager
def signals_raise(restore: bool = True) -> Iterator[None]:
    """Install the handlers meanwhile (main thread only; elsewhere a no-op), then restore
    the previous ones, or (``restore=False``, the process is about to exit) ignore the
    signals."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    # A signal ignored from the start stays ignored (a background job, nohup).
    previous = {s: signal.getsignal(s) for s in HANDLED if signal.getsignal(s) != signal.SIG_IGN}
    previous_hook = sys.unraisablehook

    def resend_swallowed(unraisable: Any) -> None:
        """An Interrupted raised inside a finalizer (``__del__``, a weakref callback) cannot
        propagate: send the signal again, from a helper thread, so that it lands in the
        main flow."""
        exc = unraisable.exc_value
        if not isinstance(exc, Interrupted):
            previous_hook(unraisable)
            return
        for s in previous:
            signal.signal(s, _raise)
        threading.Timer(0.01, signal.raise_signal, [exc.signum]).start()

    for s in previous:
        signal.signal(s, _raise)
    sys.unraisablehook = resend_swallowed
    try:
        yield
    finally:
        sys.unraisablehook = previous_hook
        for s, handler in previous.items():
            signal.signal(s, handler if restore else signal.SIG_IGN)


@contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold SIGINT and SIGTERM back meanwhile (main thread only; elsewhere a no-op): a signal
    that arrives is recorded and raised again, through the handler that was in place, at
    the end. For short sections that must not be cut in two (renaming outputs into place)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received: list[int] = []
    previous = {s: signal.getsignal(s) for s in HANDLED}
    previous = {s: h for s, h in previous.items() if h is not None and h != signal.SIG_IGN}
    for s in previous:
        signal.signal(s, lambda signum, frame: received.append(signum))
    try:
        yield
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
        for signum in received[:1]:
            signal.raise_signal(signum)


def ignore_interrupts() -> None:
    """Worker-process initialiser: ignore SIGINT (a Ctrl-C reaches the whole process group;
    the parent handles it and stops the workers)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
