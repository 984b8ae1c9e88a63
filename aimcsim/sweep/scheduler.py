"""Connecting to a Dask scheduler, with a deadline that holds whatever the peer does.

``distributed.Client`` can wait forever on a peer that accepts TCP and never answers, and
reads a garbage length prefix from a server that is not Dask as a huge allocation. So, for a
``tcp://`` address, :func:`probe_scheduler` first reads the scheduler's greeting itself on a
plain socket with a deadline (a Dask scheduler speaks first: a length-prefixed handshake
naming its Python and pickle protocol), and the client is then created in a daemon thread
that the caller stops waiting for at the deadline.
"""

from __future__ import annotations

import os
import socket
import struct
import threading
import time
from typing import Any
from urllib.parse import urlsplit

from aimcsim.sweep.errors import SweepError
from aimcsim.sweep.limits import DEFAULT_TIMEOUT_S

DEFAULT_PORT = 8786
_MAX_HANDSHAKE_BYTES = 1 << 16
_HANDSHAKE_MARKERS = (b"pickle-protocol", b"python")


def connect_dask(
    scheduler: str | None, workers: int | None, timeout_s: float = DEFAULT_TIMEOUT_S
) -> tuple[Any, Any]:
    """(client, local cluster or None) for ``scheduler`` (a ``tcp://HOST:PORT`` address) or a
    new local cluster of ``workers`` processes, which die with this process. SweepError if
    Dask is missing, the address is bad, the peer is unreachable or silent for ``timeout_s``
    seconds, or not a Dask scheduler."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise SweepError(
            "the dask executor needs 'dask[distributed]' (pip install 'dask[distributed]')"
        ) from None
    if scheduler is None:
        from aimcsim.sweep.dask_workers import DieWithParent

        cluster = LocalCluster(
            n_workers=workers or 2, threads_per_worker=1, processes=True, dashboard_address=None
        )
        client = Client(cluster)
        client.register_plugin(DieWithParent(os.getpid()))
        return client, cluster
    deadline = time.monotonic() + timeout_s
    probe_scheduler(scheduler, timeout_s)
    outcome: dict[str, Any] = {}

    def connect() -> None:
        try:
            outcome["client"] = Client(scheduler, timeout=max(deadline - time.monotonic(), 0.1))
        except BaseException as exc:  # reported to the caller below
            outcome["error"] = exc

    thread = threading.Thread(target=connect, name="aimcsim-dask-connect", daemon=True)
    thread.start()
    thread.join(max(deadline - time.monotonic(), 0.0) + 1.0)
    if "client" in outcome:
        return outcome["client"], None
    error = outcome.get("error")
    reason = str(error) if error is not None else ""
    if not reason or isinstance(error, TimeoutError):
        reason = f"the scheduler did not complete the connection within {timeout_s:g} s"
    raise SweepError(f"cannot reach the Dask scheduler at {scheduler}: {reason}")


def probe_scheduler(scheduler: str, timeout_s: float) -> None:
    """SweepError unless a Dask scheduler answers at ``scheduler`` within ``timeout_s``.

    For ``tcp://``: connect, then read the peer's greeting (8-byte little-endian length,
    then the handshake message) under the deadline and check that it is a Dask handshake.
    ``tls://`` addresses are only checked for syntax (the greeting is encrypted).
    """
    parts = urlsplit(scheduler if "://" in scheduler else f"tcp://{scheduler}")
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        port = -1
    if parts.scheme not in ("tcp", "tls") or parts.hostname is None or port < 0:
        raise SweepError(f"bad Dask scheduler address '{scheduler}' (expected tcp://HOST:PORT)")
    if parts.scheme == "tls":
        return
    deadline = time.monotonic() + timeout_s
    try:
        with socket.create_connection((parts.hostname, port), timeout=timeout_s) as sock:
            header = _recv_exactly(sock, 8, deadline)
            (length,) = struct.unpack("<Q", header)
            if not 0 < length <= _MAX_HANDSHAKE_BYTES:
                raise SweepError(_not_dask(scheduler, f"its first message claims {length} bytes"))
            greeting = _recv_exactly(sock, length, deadline)
    except TimeoutError:
        raise SweepError(
            f"cannot reach the Dask scheduler at {scheduler}: the peer accepted the connection "
            f"but sent no Dask handshake within {timeout_s:g} s"
        ) from None
    except OSError as exc:
        raise SweepError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    if not all(marker in greeting for marker in _HANDSHAKE_MARKERS):
        raise SweepError(_not_dask(scheduler, "its first message is not a Dask handshake"))


def _recv_exactly(sock: socket.socket, n: int, deadline: float) -> bytes:
    """``n`` bytes from ``sock`` before ``deadline`` (TimeoutError) or the peer closes
    (ConnectionError)."""
    data = bytearray()
    while len(data) < n:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError
        sock.settimeout(remaining)
        chunk = sock.recv(n - len(data))
        if not chunk:
            raise ConnectionError(
                f"the peer closed the connection after {len(data)} bytes, before a Dask handshake"
            )
        data += chunk
    return bytes(data)


def _not_dask(scheduler: str, why: str) -> str:
    return f"{scheduler} is not a Dask scheduler ({why})"
