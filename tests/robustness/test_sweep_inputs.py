"""Bad sweep input: grids, --n-mvm, --repeats, --objectives and Dask schedulers that hang or
are not Dask. Each is refused with exit 2 and a message naming the option or key, before any
file is written, and (for schedulers) within the deadline."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .conftest import assert_unchanged, snapshot

STREAM = ["sweep", "streaming-mvm", "--preset", "tiny", "--no-progress", "--no-plot"]
MLP = str(Path(__file__).resolve().parents[2] / "workloads" / "mlp-digits")


def _values(n: int) -> str:
    return ",".join(str(i) for i in range(1, n + 1))


@pytest.mark.parametrize(
    ("args", "names"),
    [
        (["--grid", "tile.adc.bitz=4"], ["tile.adc.bitz", "did you mean 'tile.adc.bits'"]),
        (["--grid", "tile.adc.bits"], ["--grid 'tile.adc.bits'", "KEY=V1,V2"]),
        (["--grid", "tile.adc.bits=,"], ["no values for 'tile.adc.bits'"]),
        (["--grid", "=4"], ["--grid '=4'"]),
        (["--grid", "a.b=1"], ["unknown sweep key 'a.b'"]),
        (["--grid", "tile.adc.bits=4", "--grid", "tile.adc.bits=6"], ["given twice"]),
        (["--grid", "tile.adc.bits=four"], ["sweep point 0", "tile.adc.bits"]),
        (["--grid", "energy.adc.convert=lots"], ["'energy.adc.convert' must be a number"]),
        (
            [
                "--grid",
                f"tile.adc.count={_values(400)}",
                "--grid",
                f"noc.router_delay_cycles={_values(400)}",
            ],
            ["160000 points", "--random N"],
        ),
        (["--grid", "tile.adc.bits=4", "--random", "0"], ["--random", "got 0"]),
        (["--grid", "tile.adc.bits=4", "--random", "100001"], ["--random 100001"]),
        (["--grid", "tile.adc.bits=4", "--n-mvm", "0"], ["--n-mvm 0: must be between 1 and"]),
        (["--grid", "tile.adc.bits=4", "--n-mvm", "99999999999"], ["--n-mvm 99999999999"]),
        (["--grid", "tile.adc.bits=4", "--n-mvm", "-3"], ["--n-mvm -3"]),
        (["--grid", "tile.adc.bits=4", "--repeats", "0"], ["--repeats", "got 0"]),
        (["--grid", "tile.adc.bits=4", "--repeats", "1001"], ["--repeats 1001"]),
        (["--grid", "tile.adc.bits=4", "--workers", "0"], ["--workers", "got 0"]),
        (["--grid", "tile.adc.bits=4", "--seed", "-5"], ["--seed", "got -5"]),
        (["--grid", "tile.adc.bits=4", "--objectives", "speed"], ["unknown objective 'speed'"]),
        (["--grid", "tile.adc.bits=4", "--objectives", "top1"], ["'top1' needs the value model"]),
        (
            ["--grid", "tile.adc.bits=4", "--executor", "dask", "--scheduler", "http://x"],
            ["bad Dask scheduler address 'http://x'"],
        ),
        (
            ["--grid", "tile.adc.bits=4", "--executor", "dask", "--scheduler", "tcp://h:99999"],
            ["bad Dask scheduler address"],
        ),
        (
            ["--grid", "tile.adc.bits=4", "--executor", "dask", "--scheduler-timeout", "0"],
            ["--scheduler-timeout", "'0'"],
        ),
    ],
)
def test_bad_sweep_input_is_refused_before_any_write(
    refused: Callable[..., object], tmp_path: Path, args: list[str], names: list[str]
) -> None:
    before = snapshot(tmp_path)
    refused([*STREAM, *args, "-o", str(tmp_path / "out")], *names)
    assert_unchanged(tmp_path, before)


def test_n_mvm_for_another_workload_is_refused(
    refused: Callable[..., object], tmp_path: Path
) -> None:
    refused(
        ["sweep", MLP, "--grid", "tile.adc.bits=4", "--n-mvm", "8", "-o", str(tmp_path / "o")],
        "--n-mvm applies to the 'streaming-mvm' workload only",
    )
    assert not (tmp_path / "o").exists()


@contextmanager
def _server(greeting: bytes | None) -> Iterator[int]:
    """A TCP server on 127.0.0.1 that sends ``greeting`` to each client and then stays
    silent (``None``: sends nothing at all); yields its port."""
    listener = socket.create_server(("127.0.0.1", 0))
    listener.settimeout(0.2)
    stop = threading.Event()
    held: list[socket.socket] = []

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            held.append(conn)
            if greeting is not None:
                with suppress(OSError):
                    conn.sendall(greeting)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield listener.getsockname()[1]
    finally:
        stop.set()
        thread.join(2)
        listener.close()
        for conn in held:
            conn.close()


def _dask_sweep(port: int, out: Path) -> list[str]:
    return [
        *STREAM,
        "--grid",
        "tile.adc.bits=4",
        "--executor",
        "dask",
        "--scheduler",
        f"tcp://127.0.0.1:{port}",
        "--scheduler-timeout",
        "1",
        "-o",
        str(out),
    ]


@pytest.mark.parametrize(
    ("greeting", "names"),
    [
        (None, ["sent no Dask handshake within 1 s"]),
        (b"HTTP/1.1 400 Bad Request\r\n\r\n", ["is not a Dask scheduler", "claims"]),
        ((64).to_bytes(8, "little") + b"x" * 64, ["is not a Dask scheduler", "handshake"]),
        (b"\x05\x00", ["sent no Dask handshake"]),
    ],
    ids=["silent", "http", "framed-garbage", "short"],
)
def test_hung_or_foreign_scheduler_is_refused_in_time(
    refused: Callable[..., object], tmp_path: Path, greeting: bytes | None, names: list[str]
) -> None:
    pytest.importorskip("distributed")
    with _server(greeting) as port:
        started = time.monotonic()
        refused(_dask_sweep(port, tmp_path / "out"), f"tcp://127.0.0.1:{port}", *names)
        assert time.monotonic() - started < 5
    assert not (tmp_path / "out").exists()


@given(greeting=st.binary(min_size=0, max_size=64))
@settings(
    max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
def test_any_bytes_from_a_foreign_server_are_refused_in_time(
    refused: Callable[..., object], tmp_path: Path, greeting: bytes
) -> None:
    pytest.importorskip("distributed")
    with _server(greeting) as port:
        started = time.monotonic()
        refused(_dask_sweep(port, tmp_path / "out"), f"tcp://127.0.0.1:{port}")
        assert time.monotonic() - started < 5


def _real_greeting() -> bytes:
    """The first message of a real Dask scheduler (a thread-only local cluster)."""
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=0, processes=False, protocol="tcp", dashboard_address=None
    ) as cluster:
        host, port = cluster.scheduler_address.removeprefix("tcp://").rsplit(":", 1)
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.settimeout(10)
            data = b""
            while len(data) < 8 or len(data) < 8 + int.from_bytes(data[:8], "little"):
                chunk = sock.recv(4096)
                assert chunk, "the scheduler closed the connection"
                data += chunk
    return data


def test_scheduler_that_greets_then_hangs_is_refused_in_time(
    refused: Callable[..., object], tmp_path: Path
) -> None:
    """The handshake passes the probe; the client then waits for answers that never come:
    the deadline still holds."""
    pytest.importorskip("distributed")
    with _server(_real_greeting()) as port:
        started = time.monotonic()
        refused(
            _dask_sweep(port, tmp_path / "out"),
            f"tcp://127.0.0.1:{port}",
            "did not complete the connection within 1 s",
        )
        assert time.monotonic() - started < 8
