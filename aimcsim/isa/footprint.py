"""Buffer footprints of instructions, evaluated from the spec's ``reads``/``writes``.

The timing model uses them for hazards: an instruction waits for every earlier instruction
of its tile whose footprint overlaps its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from aimcsim.errors import IsaError, ProgramError
from aimcsim.isa.program import Instruction
from aimcsim.isa.spec import FootprintSpec, IsaSpec, builtin_spec

Span = tuple[int, int]
"""(first element address, length in elements) of a buffer region."""


def footprint(
    instr: Instruction,
    regs: Sequence[int],
    xbar_window: tuple[int, int] | None = None,
    spec: IsaSpec | None = None,
) -> tuple[list[Span], list[Span]]:
    """The (reads, writes) buffer regions of ``instr`` as (address, length) pairs.

    ``regs`` are the 16 register values at issue (r0 is taken as 0 whatever its entry);
    ``xbar_window`` is (rows, cols) of the window of the instruction's crossbar, needed only
    when a footprint expression uses ``xrows``/``xcols`` (ProgramError if it is then
    missing). IsaError if ``instr`` is not a valid instruction of the spec.
    """
    spec = spec or builtin_spec()
    ispec = spec.by_mnemonic.get(instr.mnemonic)
    if ispec is None:
        raise IsaError(f"unknown mnemonic {instr.mnemonic!r}", None, instr.line)
    if len(instr.operands) != len(ispec.fields):
        raise IsaError(
            f"{instr.mnemonic} takes {len(ispec.fields)} operand(s), got {len(instr.operands)}",
            None,
            instr.line,
        )
    if not ispec.reads and not ispec.writes:
        return [], []
    env = dict(zip(ispec.operand_names, instr.operands, strict=True))
    if xbar_window is not None:
        env["xrows"], env["xcols"] = xbar_window

    def span(fp: FootprintSpec) -> Span:
        if ("xrows" in fp.names or "xcols" in fp.names) and xbar_window is None:
            raise ProgramError(f"{instr.mnemonic}: footprint {fp.text!r} needs the crossbar window")
        reg = env[fp.reg]
        return (0 if reg == 0 else regs[reg]), fp.evaluate(env)

    return [span(fp) for fp in ispec.reads], [span(fp) for fp in ispec.writes]
