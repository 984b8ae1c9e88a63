"""The vocabulary of energy actions and component kinds the timing model counts.

Actions come from the ISA spec (each instruction's ``actions``) plus those the timing model
counts outside any one instruction (``noc.flit_hop``: one flit crossing one router). Every
shipped energy table must price every action here and every component kind
(``tests/energy/test_tables.py`` checks it).
"""

from __future__ import annotations

import functools

TIMING_EXTRA_ACTIONS: tuple[str, ...] = ("noc.flit_hop",)
"""Actions counted by the timing model that no instruction lists in the ISA spec."""

COMPONENT_KINDS: tuple[str, ...] = (
    "adc",
    "buffer",
    "ctrl",
    "dac",
    "dpu",
    "dram",
    "link",
    "mem",
    "ni",
    "noc",
    "sram",
    "xbar",
)
"""Component kinds of the timing model (``components`` records' ``kind``)."""

AREA_KINDS: tuple[str, ...] = tuple(k for k in COMPONENT_KINDS if k != "mem")
"""Component kinds that have silicon area (every shipped table has an entry for each): all
timing-model kinds but ``mem``, which names no instance (SRAM banks and DRAM channels do)."""

LEAKAGE_ACTION = "leakage"
"""The ``action`` of ledger rows that charge leakage power over the run time."""


@functools.cache
def spec_actions() -> tuple[str, ...]:
    """Every action named by an instruction of the ISA spec, sorted."""
    from aimcsim.isa.spec import builtin_spec

    return tuple(sorted({a for ins in builtin_spec().instructions for a in ins.actions}))


@functools.cache
def all_actions() -> tuple[str, ...]:
    """Every action the timing model can count: the spec's plus the timing extras, sorted.

    If the timing package declares its own vocabulary (``aimcsim.timing.ACTIONS``), that is
    included too.
    """
    names = set(spec_actions()) | set(TIMING_EXTRA_ACTIONS)
    try:
        from aimcsim import timing

        names |= set(getattr(timing, "ACTIONS", ()))
    except ImportError:  # timing model not available in this build
        pass
    return tuple(sorted(names))
