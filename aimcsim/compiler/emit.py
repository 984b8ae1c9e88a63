"""Per-tile instruction emission: register conventions, chunking, loops, buffer allocation.

Register conventions of generated code (r0 reads 0):

====== =====================================================================
r1-r7  scratch address registers, set right before the instruction using them
r8-r12 loop counters and walking addresses of pixel loops
r13    loop limit (set with ``li`` right before each loop branch)
r14    number of sample slots S of the program
r15    current sample slot s (0..S-1); memory addresses of slot data are base + s*size
====== =====================================================================

Each tile's stream is ``pre`` (crossbar programming, constant loads: once), then the slot loop
``body`` (everything per inference), then ``halt``. Branch targets inside ``body`` are kept
relative to the body while emitting and made absolute in :meth:`TileCode.finish`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from aimcsim.isa.program import NO_LAYER, Instruction

SETUP_BARRIER = 0
"""Barrier id that separates the set-up phase (programming, constants) from inference."""

MAX_LEN = 65535
"""Largest ``len`` field of vector, send/recv and ld/st instructions (16 bits)."""

BRANCHES = ("beq", "bne", "blt", "jmp")
R_LIMIT = 13
R_SLOTS = 14
R_SLOT = 15


@dataclass
class TileCode:
    """The instructions of one tile being generated plus its buffer allocator."""

    tile: int
    pre: list[Instruction] = field(default_factory=list)
    body: list[Instruction] = field(default_factory=list)
    top: int = 0
    layer: int = NO_LAYER
    probes: list[tuple[int, int, int, int, str]] = field(default_factory=list)
    """(layer, body pc, buffer address, length, tensor) of every probe on this tile."""

    # ----------------------------------------------------------------- allocation
    def alloc(self, n: int) -> int:
        """Reserve ``n`` buffer elements; returns the start address (bump allocation; every
        region keeps its address for the whole program, and starts as zeros)."""
        a = self.top
        self.top += max(int(n), 1)
        return a

    # ----------------------------------------------------------------- emission
    def emit(self, mnemonic: str, *operands: int, pre: bool = False) -> int:
        """Append one instruction to the body (or ``pre``); returns its body index."""
        # Set-up work (weight programming, constant loads) runs once, before inference: it
        # belongs to no layer, so per-layer latency is inference latency and the set-up
        # cost is reported on its own.
        ins = Instruction(mnemonic, tuple(map(int, operands)), NO_LAYER if pre else self.layer)
        (self.pre if pre else self.body).append(ins)
        return len(self.body) - 1

    def li(self, reg: int, value: int, pre: bool = False) -> None:
        self.emit("li", reg, value, pre=pre)

    def here(self) -> int:
        """Body index of the next instruction (a loop label)."""
        return len(self.body)

    def loop_end(self, counter: int, limit: int, label: int) -> None:
        """``counter += 1; if counter < limit: goto label`` (label is a body index)."""
        self.emit("addi", counter, counter, 1)
        self.li(R_LIMIT, limit)
        self.emit("blt", counter, R_LIMIT, label)

    def pool_rows(
        self,
        src: int,
        dst: int,
        rows: int,
        ow: int,
        c: int,
        window: tuple[int, int, int, int],
        op: int,
        wp: int,
    ) -> None:
        """``rows`` x ``ow`` output pixels of ``c`` channels, one ``vpool`` each, from a
        channel-last map at ``src`` whose rows are ``wp`` pixels wide; results at ``dst``.
        ``window`` = (kw, kh, sw, sh). Uses r8-r12."""
        kw, kh, sw, sh = window
        self.li(8, 0)
        self.li(10, src)
        self.li(12, dst)
        outer = self.here()
        self.li(9, 0)
        self.emit("addi", 11, 10, 0)
        inner = self.here()
        self.emit("vpool", 12, 11, op, kw, kh, wp * c, c)
        self.emit("addi", 11, 11, sw * c)
        self.emit("addi", 12, 12, c)
        self.loop_end(9, ow, inner)
        self.emit("addi", 10, 10, sh * wp * c)
        self.loop_end(8, rows, outer)

    def vec(
        self,
        mnemonic: str,
        dst: int,
        srcs: tuple[int, ...],
        n: int,
        extra: tuple[int, ...] = (),
        pre: bool = False,
    ) -> None:
        """Element-wise DPU op over ``n`` elements, split into chunks of at most MAX_LEN.

        Operand order follows the spec: ``rd, ra[, rb], *extra, len``; addresses go through
        r1 (dst), r2, r3 (sources).
        """
        for off in range(0, n, MAX_LEN):
            ln = min(MAX_LEN, n - off)
            self.li(1, dst + off, pre)
            regs = []
            for k, s in enumerate(srcs):
                self.li(2 + k, s + off, pre)
                regs.append(2 + k)
            self.emit(mnemonic, 1, *regs, *extra, ln, pre=pre)

    def mem(
        self,
        mnemonic: str,
        buf: int,
        addr: int,
        n: int,
        slot_stride: int = 0,
        pre: bool = False,
        space: int = 1,
    ) -> None:
        """``ld``/``st`` of ``n`` elements between buffer ``buf`` and DRAM (``space`` 1) or
        SRAM (0) ``addr`` (+ s * ``slot_stride`` for per-slot data), chunked."""
        if slot_stride:
            self.li(4, slot_stride, pre)
            self.emit("mul", 4, R_SLOT, 4, pre=pre)
            self.emit("addi", 4, 4, addr, pre=pre)
        else:
            self.li(4, addr, pre)
        for off in range(0, n, MAX_LEN):
            ln = min(MAX_LEN, n - off)
            self.li(1, buf + off, pre)
            if off:
                self.emit("addi", 5, 4, off, pre=pre)
                src = 5
            else:
                src = 4
            if mnemonic == "ld":
                self.emit("ld", 1, src, space, ln, pre=pre)
            else:
                self.emit("st", src, 1, space, ln, pre=pre)

    def send(self, buf: int, dst: int, tag: int, n: int) -> None:
        for off in range(0, n, MAX_LEN):
            self.li(1, buf + off)
            self.emit("send", 1, dst, tag, min(MAX_LEN, n - off))

    def recv(self, buf: int, src: int, tag: int, n: int) -> None:
        for off in range(0, n, MAX_LEN):
            self.li(1, buf + off)
            self.emit("recv", 1, src, tag, min(MAX_LEN, n - off))

    def probe(self, tensor: str, addr: int, n: int) -> None:
        """Record the current layer's output ``tensor`` at ``addr``: the executor snapshots it
        right before the next body instruction runs (the first instruction emitted after
        the layer, or the slot loop's tail), which happens once per slot."""
        self.probes.append((self.layer, len(self.body), addr, n, tensor))

    # ----------------------------------------------------------------- assembly
    def finish(
        self, n_slots: int
    ) -> tuple[list[Instruction], list[tuple[int, int, int, int, str]]]:
        """The full stream ``pre; barrier; li r14,S; li r15,0; body; r15++ < S ? loop; halt``
        and the probes with absolute program counters."""
        # The barrier ends the set-up phase: every tile's weights are programmed and its
        # constants loaded before any tile starts inference.
        head = [
            *self.pre,
            Instruction("barrier", (SETUP_BARRIER,)),
            Instruction("li", (R_SLOTS, n_slots)),
            Instruction("li", (R_SLOT, 0)),
        ]
        base = len(head)
        body = []
        for ins in self.body:
            if ins.mnemonic in BRANCHES:
                ops = (*ins.operands[:-1], ins.operands[-1] + base)
                ins = Instruction(ins.mnemonic, ops, ins.layer)
            body.append(ins)
        tail = [
            Instruction("addi", (R_SLOT, R_SLOT, 1)),
            Instruction("blt", (R_SLOT, R_SLOTS, base)),
            Instruction("halt", ()),
        ]
        probes = [(lay, pc + base, a, n, t) for lay, pc, a, n, t in self.probes]
        return head + body + tail, probes
