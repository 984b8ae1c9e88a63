"""The tile's ADC bank as a timing resource.

One bank per tile, with ``adc.count`` converters behind a column multiplexer; the
bank serves one crossbar at a time, so MVMs of two crossbars of one tile contend for it.
An MVM holds the bank from its start to its end (the conversions of every phase of one MVM
go through it, and an integrating ADC is busy for the whole MVM anyway), so a second MVM
on another crossbar of the tile starts when the first ends.

Only the tile's own in-order controller dispatches MVMs to the bank, so its arbitration is
the deterministic reservation ``start = max(ready, free_at_cycle)``, computed in closed form
at dispatch: exactly what a FIFO SimPy resource of capacity one would give, without the
request/release events.
"""

from __future__ import annotations


class AdcBank:
    """A tile's ADC bank: the cycle it becomes free and its component id for counters."""

    __slots__ = ("component", "free_at_cycle")

    def __init__(self, component: int) -> None:
        self.component = component
        self.free_at_cycle = 0
