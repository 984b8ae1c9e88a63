"""The on-chip network: a 2-D mesh with XY routing, in packet or circuit mode.

Tile ``id`` sits at ``(x, y) = (id % mesh_cols, id // mesh_cols)``. A message goes along
x first, then along y; ``hops`` is the Manhattan distance. Each directed link between two
neighbouring routers is a resource with a ``free_at_cycle``; a transfer reserves it at the
simulated cycle its head reaches it (``start = max(arrival, free_at)``), in SimPy's
deterministic event order, which is FIFO arbitration per link. Flits of one link
reservation follow each other, one flit per cycle (link width = flit size =
``noc.link_bytes``).

Packet mode (virtual cut-through, routers buffer a whole packet)
    A message is ``F`` flits: its payload flits split into packets of at most
    ``max_packet_flits``, each with ``header_flits`` headers. The source interface injects
    the packets back to back, so the message holds each link for ``F`` consecutive cycles.
    The head reserves link ``k`` at ``a_k`` (``a_0`` = the send's start) and reaches the
    next router ``router_delay`` cycles after its reservation starts:
    ``a_{k+1} = max(a_k, free_k) + router_delay``. The last flit arrives at
    ``a_hops + F``; unloaded, ``start + hops * router_delay + F``
    (:func:`~aimcsim.timing.latency.packet_unloaded_cycles`). The SEND completes when its
    last flit has left the tile: ``max(a_0, free_0) + F``.

Circuit mode
    The whole path is reserved at once when every link of it is free
    (``start = max(a_0, max free)``), set up in ``hops * circuit_setup_cycles_per_hop``,
    then the payload flits (no headers) stream through; every link is held until the last
    flit arrives at ``start + hops * (setup + router_delay) + payload_flits``. The SEND
    completes at ``start + hops * setup + payload_flits``.

Messages to the own tile (``hops = 0``) take ``F`` cycles (the interface loop-back).

Event cost: the first link is reserved synchronously by the sending controller; a
packet-mode message of ``hops >= 2`` runs one small SimPy process with one timeout per
further hop; everything else needs no event.
"""

from __future__ import annotations

from collections.abc import Callable, Generator
from typing import Any

import simpy

from aimcsim.config.arch import NocConfig
from aimcsim.timing import latency as lat
from aimcsim.timing.counters import ST_NET, Counters, LayerStats

Deliver = Callable[[int, int, int, int, int, Any], None]
"""``deliver(dst, src, tag, n_elements, arrival_cycle, origin)`` hands a message over."""


class Link:
    """One directed mesh link: when it is free, its component id and trace track."""

    __slots__ = ("component", "free_at_cycle", "name")

    def __init__(self, component: int, name: str) -> None:
        self.component = component
        self.name = name
        self.free_at_cycle = 0


class Mesh:
    """Routers and links of the chip, and the transfer of messages over them."""

    def __init__(
        self,
        env: simpy.Environment,
        cfg: NocConfig,
        mesh_rows: int,
        mesh_cols: int,
        counters: Counters,
        deliver: Deliver,
        trace: list[tuple[Any, ...]] | None = None,
    ) -> None:
        self.env = env
        self.cfg = cfg
        self.mesh_rows = mesh_rows
        self.mesh_cols = mesh_cols
        self.counters = counters
        self.deliver = deliver
        self.trace = trace
        self.circuit = cfg.mode == "circuit"
        self._links: dict[tuple[int, int], Link] = {}
        self._routes: dict[tuple[int, int], list[Link]] = {}

    def xy(self, tile: int) -> tuple[int, int]:
        """Mesh coordinates (x, y) of ``tile``."""
        return tile % self.mesh_cols, tile // self.mesh_cols

    def link(self, a: int, b: int) -> Link:
        """The directed link from tile ``a``'s router to its neighbour ``b``'s router."""
        key = (a, b)
        found = self._links.get(key)
        if found is None:
            (xa, ya), (xb, yb) = self.xy(a), self.xy(b)
            name = f"link[({xa},{ya})->({xb},{yb})]"
            found = Link(self.counters.component(f"chip.noc.{name}", "link"), name)
            self._links[key] = found
        return found

    def route(self, src: int, dst: int) -> list[Link]:
        """Links crossed from ``src`` to ``dst`` by XY routing (cached per pair)."""
        key = (src, dst)
        path = self._routes.get(key)
        if path is None:
            path = []
            cols = self.mesh_cols
            cur = src
            dx = dst % cols - src % cols
            step = 1 if dx > 0 else -1
            for _ in range(abs(dx)):
                path.append(self.link(cur, cur + step))
                cur += step
            dy = dst // cols - src // cols
            step = cols if dy > 0 else -cols
            for _ in range(abs(dy)):
                path.append(self.link(cur, cur + step))
                cur += step
            self._routes[key] = path
        return path

    def send(
        self,
        src: int,
        dst: int,
        tag: int,
        n_elements: int,
        n_bytes: int,
        now_cycle: int,
        stats: LayerStats,
        ni_component: int,
        origin: Any,
    ) -> int:
        """Start a message at ``now_cycle`` (= SimPy's current time); returns the cycle at
        which the SEND completes (its last flit has left the tile)."""
        cfg = self.cfg
        path = self.route(src, dst)
        counts = self.counters.counts
        busy = self.counters.busy_cycles
        layer = stats.layer
        if self.circuit:
            flits = lat.payload_flits(n_bytes, cfg.link_bytes)
            start = now_cycle
            for link in path:
                if link.free_at_cycle > start:
                    start = link.free_at_cycle
            hops = len(path)
            arrival = start + hops * (cfg.circuit_setup_cycles_per_hop + cfg.router_delay_cycles)
            arrival += flits
            for link in path:
                link.free_at_cycle = arrival
                busy[link.component] += arrival - start
                counts[(layer, link.component, "noc.flit_hop")] += flits
                if self.trace is not None:
                    self.trace.append(
                        (("noc", link.name), f"{src}->{dst}", start, arrival - start, layer)
                    )
            stats.stall_cycles[ST_NET] += start - now_cycle
            send_end = start + hops * cfg.circuit_setup_cycles_per_hop + flits
            busy[ni_component] += send_end - start
            self.deliver(dst, src, tag, n_elements, arrival, origin)
            return send_end
        flits = lat.message_flits(n_bytes, cfg.link_bytes, cfg.max_packet_flits, cfg.header_flits)
        if not path:
            busy[ni_component] += flits
            self.deliver(dst, src, tag, n_elements, now_cycle + flits, origin)
            return now_cycle + flits
        first = path[0]
        start = max(now_cycle, first.free_at_cycle)
        self._hold(first, start, flits, layer, src, dst)
        stats.stall_cycles[ST_NET] += start - now_cycle
        busy[ni_component] += flits
        head = start + cfg.router_delay_cycles
        if len(path) == 1:
            self.deliver(dst, src, tag, n_elements, head + flits, origin)
        else:
            self.env.process(
                self._forward(path, head, flits, stats, src, dst, tag, n_elements, origin)
            )
        return start + flits

    def _hold(self, link: Link, start: int, flits: int, layer: int, src: int, dst: int) -> None:
        link.free_at_cycle = start + flits
        self.counters.busy_cycles[link.component] += flits
        self.counters.counts[(layer, link.component, "noc.flit_hop")] += flits
        if self.trace is not None:
            self.trace.append((("noc", link.name), f"{src}->{dst}", start, flits, layer))

    def _forward(
        self,
        path: list[Link],
        head: int,
        flits: int,
        stats: LayerStats,
        src: int,
        dst: int,
        tag: int,
        n_elements: int,
        origin: Any,
    ) -> Generator[simpy.Event, Any, None]:
        """Packet mode: reserve links 1.. of ``path`` as the head reaches each router."""
        env = self.env
        delay = self.cfg.router_delay_cycles
        for i in range(1, len(path)):
            link = path[i]
            wait = head - env.now
            if wait > 0:
                yield env.timeout(wait)
            start = head if head >= link.free_at_cycle else link.free_at_cycle
            stats.stall_cycles[ST_NET] += start - head
            self._hold(link, start, flits, stats.layer, src, dst)
            head = start + delay
        self.deliver(dst, src, tag, n_elements, head + flits, origin)
