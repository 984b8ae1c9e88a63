"""Message tags: which tag each ``send``/``recv`` pair of the generated program uses.

A receiver matches a message by (source tile, tag), and the timing and functional models keep
one FIFO per (source, destination, tag): messages that share a key are taken in the order they
were sent. The code generator emits every message's ``send`` and ``recv`` together, so on any
pair of tiles the sends of the source and the receives of the destination come in the same
order. Two messages of one pair may therefore share a tag, and the FIFO still gives each
``recv`` its own message; messages of different pairs never meet in one FIFO at all.

Tags are counted per ordered pair (source, destination) and wrap around the tag field: the
first message of a pair gets tag 1, the 65535th tag 65535, the next tag 1 again. So a program
needs no more than the field holds however many messages it sends, and a tag still tells the
messages of a pair apart within any window of 65535 of them (what a trace or a length-mismatch
error shows).
"""

from __future__ import annotations

from collections import defaultdict

from aimcsim.isa import SPEC

MAX_TAG = min(SPEC.by_mnemonic[m].field("tag").max for m in ("send", "recv"))
"""Largest tag the ISA's ``send``/``recv`` tag field holds."""


class TagAllocator:
    """Per-pair tag counters (see the module docstring)."""

    def __init__(self, max_tag: int = MAX_TAG) -> None:
        self.max_tag = max_tag
        self._sent: defaultdict[tuple[int, int], int] = defaultdict(int)

    def new(self, src: int, dst: int) -> int:
        """The tag of the next message from tile ``src`` to tile ``dst`` (1..max_tag)."""
        n = self._sent[(src, dst)]
        self._sent[(src, dst)] = n + 1
        return n % self.max_tag + 1
