"""Mapping: weight matrices -> crossbar blocks -> crossbars on tiles of the mesh.

Tiling: a weight layer's matrix ``(n_out, K)`` is read by the crossbar with inputs on rows
and outputs on columns, so it is cut into ``ceil(K / rows)`` row blocks times
``ceil(n_out / cols)`` column blocks. Row blocks of one output range are summed digitally
(``mvm acc=1`` on one tile, ``vadd`` of partial outputs across tiles, see
:mod:`aimcsim.compiler.reduce`); column blocks write side by side into the output vector.

Placement heuristic (documented, simple): tiles are visited in serpentine (boustrophedon) order
over the mesh (row 0 left to right, row 1 right to left, ...), so consecutive tiles in that
order are mesh neighbours. Weight layers are placed in topological order, each taking the next
free crossbars in that order; a layer therefore spans few, adjacent tiles, and a layer and its
successor sit next to each other. A user may pin a layer to a start tile
(``CompileOptions.pin``); placement then continues from there.

Copies: a layer may be given a fixed number of copies (``copies``, from the per-layer
settings table); its crossbars count that many times and its pixel loop is split between the
copies. Duplication: when crossbars are left over, the layers with the most output pixels (the
pipeline's slowest stages) among those without fixed copies get extra copies of all their
blocks, and their pixel loop is split between the copies (``CompileOptions.duplicate``). LSTM
layers are never duplicated: time step t needs h_{t-1}, so their MVMs are sequential.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from aimcsim.compiler.graph import WEIGHT_OPS, Graph, Node
from aimcsim.config.arch import ArchConfig
from aimcsim.errors import CompileError


@dataclass
class Block:
    """One crossbar's share of a weight layer: rows ``[row0, row1)`` (inputs) and columns
    ``[col0, col1)`` (outputs) of the layer matrix, placed on crossbar ``xb`` of ``tile``."""

    id: int
    layer: str
    tensor: str
    row0: int
    row1: int
    col0: int
    col1: int
    tile: int = -1
    xb: int = -1
    replica: int = 0


@dataclass
class LayerMap:
    """Placement of one weight layer: its blocks, per replica."""

    node: Node
    k: int
    n_out: int
    pixels: int
    analog: bool
    blocks: list[Block] = field(default_factory=list)
    replicas: int = 1

    def tiles(self, replica: int = 0) -> list[int]:
        """Tiles holding blocks of ``replica``, home tile first (the one with most blocks)."""
        ts = [b.tile for b in self.blocks if b.replica == replica]
        order = sorted(set(ts), key=lambda t: (-ts.count(t), ts.index(t)))
        return order

    @property
    def n_crossbars(self) -> int:
        return len(self.blocks)


def serpentine(rows: int, cols: int) -> list[int]:
    """Tile ids of a ``rows x cols`` mesh (row-major ids) in boustrophedon order."""
    order: list[int] = []
    for r in range(rows):
        cs = range(cols) if r % 2 == 0 else range(cols - 1, -1, -1)
        order.extend(r * cols + c for c in cs)
    return order


def layer_matrix_shape(g: Graph, n: Node) -> tuple[int, int, int]:
    """``(K, n_out, pixels)`` of a weight layer: inputs per MVM, outputs, MVMs per sample."""
    w = g.params[n.attrs["w"]]
    n_out, k = w.shape
    out_shape = g.shapes[n.output]
    if n.op == "conv":
        pixels = out_shape[1] * out_shape[2]
    elif n.op == "lstm":
        pixels = int(n.attrs["seq"])  # one MVM per time step
    else:
        pixels = int(math.prod(out_shape[:-1])) if len(out_shape) > 1 else 1
    return k, n_out, pixels


def map_layers(
    g: Graph,
    arch: ArchConfig,
    *,
    digital: tuple[str, ...] = (),
    pin: dict[str, int] | None = None,
    duplicate: bool = True,
    copies: dict[str, int] | None = None,
) -> list[LayerMap]:
    """Tile every weight layer onto crossbars and place them; ``copies``: layer -> fixed
    number of replicas (analog layers; others are duplicated automatically when
    ``duplicate``). CompileError if it cannot fit."""
    rows, cols = arch.tile.crossbar.rows, arch.tile.crossbar.cols
    per_tile = arch.tile.crossbar.per_tile
    n_tiles = arch.chip.n_tiles
    order = serpentine(arch.chip.mesh_rows, arch.chip.mesh_cols)
    slots = [(t, x) for t in order for x in range(per_tile)]
    pin = dict(pin or {})
    maps: list[LayerMap] = []
    for n in g.nodes:
        if n.op not in WEIGHT_OPS:
            continue
        k, n_out, pixels = layer_matrix_shape(g, n)
        analog = n.name not in digital
        fixed = (copies or {}).get(n.name, 1) if analog else 1
        maps.append(LayerMap(n, k, n_out, pixels, analog, replicas=fixed))
    unknown = set(pin) - {m.node.name for m in maps}
    if unknown:
        raise CompileError(f"pinned layer(s) {sorted(unknown)} are not weight layers of the model")
    needed = 0
    for m in maps:
        if m.analog:
            needed += math.ceil(m.k / rows) * math.ceil(m.n_out / cols) * m.replicas
    available = n_tiles * per_tile
    copied = sorted(f"{m.node.name}.copies = {m.replicas}" for m in maps if m.replicas > 1)
    if needed > available and copied:
        raise CompileError(
            f"the model needs {needed} crossbars of {rows}x{cols} with the copies of the layer "
            f"settings ({', '.join(copied)}) but the chip has {available} "
            f"({n_tiles} tiles x {per_tile}); lower the layers' 'copies'"
        )
    if needed > available:
        raise CompileError(
            f"the model needs {needed} crossbars of {rows}x{cols} but the chip has {available} "
            f"({n_tiles} tiles x {per_tile}); use a larger preset, more tiles "
            "(--set chip.mesh_rows=... chip.mesh_cols=...), larger crossbars, or force layers "
            "digital"
        )
    # replication factors: give the free crossbars to the layers with the most pixels
    free = available - needed
    fixed_copies = set(copies or {})
    if duplicate:
        # an LSTM's time steps depend on each other: copies could not work in parallel
        auto = [m for m in maps if m.node.name not in fixed_copies]
        cand = sorted(
            (m for m in auto if m.analog and m.pixels > 1 and m.node.op != "lstm"),
            key=lambda m: -m.pixels,
        )
        changed = True
        while changed and cand:
            changed = False
            for m in cand:
                per = math.ceil(m.k / rows) * math.ceil(m.n_out / cols)
                if (
                    per <= free
                    and m.replicas < min(m.pixels, 8)
                    and m.pixels / m.replicas >= max(x.pixels / x.replicas for x in cand)
                ):
                    m.replicas += 1
                    free -= per
                    changed = True
    pos = 0
    used: set[tuple[int, int]] = set()
    bid = 0
    for m in maps:
        if not m.analog:
            continue
        if m.node.name in pin:
            t = pin[m.node.name]
            if not 0 <= t < n_tiles:
                raise CompileError(
                    f"layer {m.node.name!r} pinned to tile {t}, chip has {n_tiles} tiles"
                )
            pos = next(i for i, s in enumerate(slots) if s[0] == t)
        for rep in range(m.replicas):
            for c0 in range(0, m.n_out, cols):
                for r0 in range(0, m.k, rows):
                    while slots[pos % len(slots)] in used:
                        pos += 1
                        if pos > 2 * len(slots):
                            raise CompileError("no free crossbar left (pinning overlaps)")
                    t, x = slots[pos % len(slots)]
                    used.add((t, x))
                    m.blocks.append(
                        Block(
                            bid,
                            m.node.name,
                            m.node.attrs["w"],
                            r0,
                            min(r0 + rows, m.k),
                            c0,
                            min(c0 + cols, m.n_out),
                            t,
                            x,
                            rep,
                        )
                    )
                    bid += 1
    return maps


def utilisation(m: LayerMap, arch: ArchConfig) -> float:
    """Fraction of the cells of the layer's crossbars that hold a weight (0..1)."""
    if not m.blocks:
        return 0.0
    cells = sum((b.row1 - b.row0) * (b.col1 - b.col0) for b in m.blocks)
    return cells / (len(m.blocks) * arch.tile.crossbar.rows * arch.tile.crossbar.cols)
