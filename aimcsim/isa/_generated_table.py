"""ISA table generated from isa/aimc.isa.toml by ``python -m aimcsim.isa.codegen``.

DO NOT EDIT: edit the spec and regenerate. ``aimcsim.isa.spec.spec_from_dict(TABLE)``
rebuilds (and re-checks) the spec from this data."""

from typing import Any

TABLE: dict[str, Any] = {
    "isa": {
        "name": "aimc",
        "version": "2.1.0",
        "word_bits": 64,
        "opcode_bits": [63, 56],
        "doc": (
            "* A chip is a 2-D mesh of tiles. Each tile runs its own instruction stream, in order, "
            "on a\n"
            "  controller that dispatches to units which work concurrently: crossbars (xbar), the\n"
            "  digital processing unit (dpu), the network interface (noc), the memory port (mem), "
            "and\n"
            "  the controller itself (ctrl, scalar and control instructions).\n"
            "* Each tile has a buffer of elements (activations, one element = "
            "`tile.buffer.element_bytes`\n"
            "  bytes in timing; a float in the functional model), addressed by element index.\n"
            "* 16 scalar registers r0..r15 of 32 bits; r0 reads as 0 and ignores writes. Every "
            "buffer\n"
            "  or memory address operand is a register: the compiler sets it with `li`/`addi`, "
            "which is\n"
            "  how a loop walks over input samples.\n"
            "* Each crossbar xN has a persistent window (set by XWIN) and read configuration (set "
            "by\n"
            "  XCFG). MVM reads `nrows` input elements and writes `ncols` output elements.\n"
            "* Hazards: an instruction does not start before every earlier instruction of its "
            "tile\n"
            "  whose buffer footprint overlaps its own (read-after-write, write-after-read,\n"
            "  write-after-write) has completed. Footprints are given by `reads`/`writes` below:\n"
            '  "REG:LEN" means LEN elements from the address held in REG; LEN is an integer\n'
            "  expression (+ - * and parentheses) over field names, `xrows` and `xcols` (the size "
            "of\n"
            "  the crossbar window).\n"
            "* Branch targets are absolute instruction indices within the tile's stream; the\n"
            "  assembler resolves labels."
        ),
    },
    "enums": {
        "encoding": {
            "doc": "How a multi-bit input reaches the crossbar rows.",
            "values": {"bit_serial": 0, "pulse_width": 1},
        },
        "space": {
            "doc": "Memory level addressed by a load or store.",
            "values": {"sram": 0, "dram": 1},
        },
        "pool": {"doc": "Reduction applied over a pooling window.", "values": {"max": 0, "avg": 1}},
    },
    "units": {
        "xbar": {
            "title": "Crossbar",
            "doc": "Analog crossbar arrays with their DACs and the tile's shared ADC bank.",
        },
        "dpu": {
            "title": "Digital processing unit",
            "doc": (
                "Vector ALU of the tile: element-wise ops, activations, pooling, normalisation, "
                "digital matmul."
            ),
        },
        "noc": {
            "title": "Network interface",
            "doc": "Sends and receives over the on-chip mesh network.",
        },
        "mem": {
            "title": "Memory port",
            "doc": "Loads and stores between the tile buffer and the global SRAM or DRAM.",
        },
        "ctrl": {
            "title": "Controller",
            "doc": (
                "Scalar registers, control flow and synchronisation; executes in the issue stage."
            ),
        },
    },
    "instructions": [
        {
            "mnemonic": "mvm",
            "opcode": 16,
            "unit": "xbar",
            "summary": "Analog matrix-vector multiply on crossbar xb over its current window.",
            "semantics": (
                "out[0:ncols] (+)= ADC( W[window] . DAC(in[0:nrows]) ) with the crossbar's XCFG "
                "read\n"
                "configuration. With `acc` = 1 the result is added to the values already at "
                "`rout`\n"
                "(digital accumulation in the output buffer) instead of overwriting them. Inputs "
                "are\n"
                "driven bit-serially or as pulse widths (XCFG `enc`); each input phase is "
                "converted by\n"
                "the tile's ADC bank, whose converters are shared through a column multiplexer."
            ),
            "fields": [
                {
                    "name": "xb",
                    "kind": "xbar",
                    "bits": [55, 52],
                    "doc": "crossbar index within the tile",
                },
                {
                    "name": "rin",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the input vector's buffer address",
                },
                {
                    "name": "rout",
                    "kind": "reg",
                    "bits": [47, 44],
                    "doc": "register holding the output vector's buffer address",
                },
                {
                    "name": "acc",
                    "kind": "flag",
                    "bits": [43, 43],
                    "doc": "1: add into the output instead of overwriting it",
                },
            ],
            "reads": ["rin:xrows"],
            "writes": ["rout:xcols"],
            "actions": ["dac.drive", "xbar.read", "adc.convert"],
        },
        {
            "mnemonic": "xwin",
            "opcode": 17,
            "unit": "xbar",
            "summary": "Set the active row/column window of crossbar xb.",
            "semantics": (
                "Rows [row0, row0+nrows) and columns [col0, col0+ncols) take part in the following "
                "MVMs of\n"
                "xb. The window must lie inside the crossbar. Persistent until the next XWIN on xb."
            ),
            "fields": [
                {
                    "name": "xb",
                    "kind": "xbar",
                    "bits": [55, 52],
                    "doc": "crossbar index within the tile",
                },
                {"name": "row0", "kind": "uimm", "bits": [51, 41], "doc": "first active row"},
                {
                    "name": "nrows",
                    "kind": "uimm",
                    "bits": [40, 29],
                    "doc": "number of active rows",
                    "min": 1,
                    "max": 2048,
                },
                {"name": "col0", "kind": "uimm", "bits": [28, 18], "doc": "first active column"},
                {
                    "name": "ncols",
                    "kind": "uimm",
                    "bits": [17, 6],
                    "doc": "number of active columns",
                    "min": 1,
                    "max": 2048,
                },
            ],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "xcfg",
            "opcode": 18,
            "unit": "xbar",
            "summary": (
                "Set input encoding, input precision, read mode and ADC settings of crossbar xb."
            ),
            "semantics": (
                "`enc` selects bit-serial (in_bits/bpp input phases, shift-and-add of the "
                "per-phase ADC\n"
                "results) or pulse-width inputs (one phase of 2^(in_bits-1) unit pulses). `phases` "
                "is the\n"
                "number of read phases per input phase: 1 for a one-phase read, 4 for a "
                "HERMES-like\n"
                "four-phase (high-precision) read. `gain` is a signed ADC range exponent (full "
                "scale x\n"
                "2^-gain) and `itime` the ADC integration time in cycles (0: the architecture "
                "default).\n"
                "Persistent until the next XCFG on xb."
            ),
            "fields": [
                {
                    "name": "xb",
                    "kind": "xbar",
                    "bits": [55, 52],
                    "doc": "crossbar index within the tile",
                },
                {"name": "enc", "kind": "enum:encoding", "bits": [51, 51], "doc": "input encoding"},
                {
                    "name": "in_bits",
                    "kind": "uimm",
                    "bits": [50, 46],
                    "doc": "input precision in bits (sign included)",
                    "min": 1,
                    "max": 16,
                },
                {
                    "name": "bpp",
                    "kind": "uimm",
                    "bits": [45, 41],
                    "doc": "bits per phase for bit-serial inputs",
                    "min": 1,
                    "max": 16,
                },
                {
                    "name": "phases",
                    "kind": "uimm",
                    "bits": [40, 37],
                    "doc": "read phases per input phase (1 one-phase, 4 four-phase)",
                    "min": 1,
                    "max": 8,
                },
                {
                    "name": "gain",
                    "kind": "simm",
                    "bits": [36, 31],
                    "doc": "ADC range exponent: full scale x 2^-gain",
                },
                {
                    "name": "itime",
                    "kind": "uimm",
                    "bits": [30, 23],
                    "doc": "ADC integration time in cycles, 0 = architecture default",
                },
            ],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "prog",
            "opcode": 19,
            "unit": "xbar",
            "summary": "Program weight block `block` of the workload into crossbar xb.",
            "semantics": (
                "Writes the conductances of weight block `block` (a (rows x cols) slice of one "
                "layer's\n"
                "weight matrix, listed in the workload's block table) into xb starting at row 0, "
                "column 0,\n"
                "by row-wise write-verify programming. Drawn programming noise is fixed from then "
                "on."
            ),
            "fields": [
                {
                    "name": "xb",
                    "kind": "xbar",
                    "bits": [55, 52],
                    "doc": "crossbar index within the tile",
                },
                {
                    "name": "block",
                    "kind": "uimm",
                    "bits": [51, 32],
                    "doc": "weight block id in the workload's block table",
                },
            ],
            "reads": [],
            "writes": [],
            "actions": ["xbar.program_row"],
        },
        {
            "mnemonic": "vadd",
            "opcode": 32,
            "unit": "dpu",
            "summary": "Element-wise add: d[i] = a[i] + b[i].",
            "semantics": "d[i] = a[i] + b[i] for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the first operand's address",
                },
                {
                    "name": "rb",
                    "kind": "reg",
                    "bits": [47, 44],
                    "doc": "register holding the second operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len", "rb:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vsub",
            "opcode": 33,
            "unit": "dpu",
            "summary": "Element-wise subtract: d[i] = a[i] - b[i].",
            "semantics": "d[i] = a[i] - b[i] for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the first operand's address",
                },
                {
                    "name": "rb",
                    "kind": "reg",
                    "bits": [47, 44],
                    "doc": "register holding the second operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len", "rb:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vmul",
            "opcode": 34,
            "unit": "dpu",
            "summary": "Element-wise multiply: d[i] = a[i] * b[i].",
            "semantics": "d[i] = a[i] * b[i] for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the first operand's address",
                },
                {
                    "name": "rb",
                    "kind": "reg",
                    "bits": [47, 44],
                    "doc": "register holding the second operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len", "rb:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vmax",
            "opcode": 35,
            "unit": "dpu",
            "summary": "Element-wise maximum: d[i] = max(a[i], b[i]).",
            "semantics": "d[i] = max(a[i], b[i]) for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the first operand's address",
                },
                {
                    "name": "rb",
                    "kind": "reg",
                    "bits": [47, 44],
                    "doc": "register holding the second operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len", "rb:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vaffine",
            "opcode": 36,
            "unit": "dpu",
            "summary": "Per-element affine transform: d[i] = a[i] * p[i] + p[len + i].",
            "semantics": (
                "Scale and offset per element (per output column), as the HERMES core's local "
                "digital unit\n"
                "does: the `len` scales are at p[0:len] and the `len` offsets at p[len:2 len]. "
                "Used for\n"
                "column-wise weight scales, folded batch normalisation and biases."
            ),
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "rp",
                    "kind": "reg",
                    "bits": [47, 44],
                    "doc": "register holding the address of scales then offsets",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len", "rp:2*len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vquant",
            "opcode": 37,
            "unit": "dpu",
            "summary": (
                "Requantise: d[i] = clip(round(a[i] * 2^shift), +-(2^(bits-1) - 1)) * 2^-shift."
            ),
            "semantics": (
                "Rounds each element to a signed `bits`-bit grid whose step is 2^-shift (round "
                "half to even)\n"
                "and saturates it, keeping the value's scale. Models the fixed-point activation "
                "format\n"
                "between layers."
            ),
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "bits",
                    "kind": "uimm",
                    "bits": [47, 43],
                    "doc": "target precision in bits (sign included)",
                    "min": 2,
                    "max": 16,
                },
                {
                    "name": "shift",
                    "kind": "simm",
                    "bits": [42, 35],
                    "doc": "fractional bits of the grid (step 2^-shift)",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vcopy",
            "opcode": 38,
            "unit": "dpu",
            "summary": "Copy a vector within the tile buffer: d[i] = a[i].",
            "semantics": (
                "d[i] = a[i] for i in [0, len); used for concatenation and layout changes."
            ),
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the source address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vrelu",
            "opcode": 40,
            "unit": "dpu",
            "summary": "Rectified linear unit: d[i] = max(a[i], 0).",
            "semantics": "d[i] = max(a[i], 0) for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vsigm",
            "opcode": 41,
            "unit": "dpu",
            "summary": "Logistic sigmoid: d[i] = 1 / (1 + exp(-a[i])).",
            "semantics": "d[i] = 1 / (1 + exp(-a[i])) for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vtanh",
            "opcode": 42,
            "unit": "dpu",
            "summary": "Hyperbolic tangent: d[i] = tanh(a[i]).",
            "semantics": "d[i] = tanh(a[i]) for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vgelu",
            "opcode": 43,
            "unit": "dpu",
            "summary": "Gaussian error linear unit: d[i] = a[i] * Phi(a[i]) (exact, erf form).",
            "semantics": "d[i] = 0.5 * a[i] * (1 + erf(a[i] / sqrt(2))) for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vexp",
            "opcode": 44,
            "unit": "dpu",
            "summary": "Exponential: d[i] = exp(a[i]).",
            "semantics": "d[i] = exp(a[i]) for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vdiv",
            "opcode": 56,
            "unit": "dpu",
            "summary": "Element-wise divide: d[i] = a[i] / b[i].",
            "semantics": (
                "d[i] = a[i] / b[i] for i in [0, len) (IEEE division: b[i] = 0 gives +-inf or NaN)."
            ),
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the dividend's address",
                },
                {
                    "name": "rb",
                    "kind": "reg",
                    "bits": [47, 44],
                    "doc": "register holding the divisor's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len", "rb:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vrecip",
            "opcode": 57,
            "unit": "dpu",
            "summary": "Reciprocal: d[i] = 1 / a[i].",
            "semantics": "d[i] = 1 / a[i] (IEEE: a[i] = 0 gives +-inf) for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vsqrt",
            "opcode": 58,
            "unit": "dpu",
            "summary": "Square root: d[i] = sqrt(a[i]).",
            "semantics": "d[i] = sqrt(a[i]) (NaN for a[i] < 0) for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "verf",
            "opcode": 59,
            "unit": "dpu",
            "summary": "Error function: d[i] = erf(a[i]).",
            "semantics": "d[i] = erf(a[i]) for i in [0, len).",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vsum",
            "opcode": 48,
            "unit": "dpu",
            "summary": "Sum of `count` consecutive vectors: d[i] = sum_k a[k*len + i].",
            "semantics": (
                "Element-wise sum of `count` vectors of `len` elements stored one after another "
                "from `ra`.\n"
                "Accumulates the partial sums of a layer split over crossbar rows."
            ),
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the first vector's address",
                },
                {
                    "name": "count",
                    "kind": "uimm",
                    "bits": [31, 16],
                    "doc": "number of vectors summed",
                    "min": 1,
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "vector length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:count*len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vpool",
            "opcode": 49,
            "unit": "dpu",
            "summary": "Max or average over a kw x kh window of channel vectors.",
            "semantics": (
                "d[i] = reduce over dy < kh, dx < kw of a[dy*rstride + dx*len + i], for i in [0, "
                "len), with\n"
                "`op` max or avg. Pixels of a channel-last feature map row lie `len` elements "
                "apart and\n"
                "rows `rstride` elements apart. Global average pooling is one VPOOL over the whole "
                "map."
            ),
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the window's first element",
                },
                {
                    "name": "op",
                    "kind": "enum:pool",
                    "bits": [47, 47],
                    "doc": "reduction: max or avg",
                },
                {
                    "name": "kw",
                    "kind": "uimm",
                    "bits": [46, 41],
                    "doc": "window width in pixels",
                    "min": 1,
                },
                {
                    "name": "kh",
                    "kind": "uimm",
                    "bits": [40, 35],
                    "doc": "window height in pixels",
                    "min": 1,
                },
                {
                    "name": "rstride",
                    "kind": "uimm",
                    "bits": [34, 16],
                    "doc": "elements between two window rows",
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "channels (vector length in elements)",
                    "min": 1,
                },
            ],
            "reads": ["ra:(kh-1)*rstride+kw*len"],
            "writes": ["rd:len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vsoftmax",
            "opcode": 50,
            "unit": "dpu",
            "summary": "Softmax over each of `count` rows of `len` elements.",
            "semantics": (
                "For each row r: d[r, i] = exp(a[r, i] - max_j a[r, j]) / sum_j exp(a[r, j] - "
                "max_j a[r, j])."
            ),
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "count",
                    "kind": "uimm",
                    "bits": [31, 16],
                    "doc": "number of rows",
                    "min": 1,
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "row length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:count*len"],
            "writes": ["rd:count*len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "vlnorm",
            "opcode": 51,
            "unit": "dpu",
            "summary": "Layer normalisation of each of `count` rows, with gain and bias.",
            "semantics": (
                "For each row r: d[r, i] = (a[r, i] - mean_r) / sqrt(var_r + 1e-5) * p[i] + p[len "
                "+ i]; the\n"
                "`len` gains are at p[0:len], the `len` biases at p[len:2 len]."
            ),
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the operand's address",
                },
                {
                    "name": "rp",
                    "kind": "reg",
                    "bits": [47, 44],
                    "doc": "register holding the address of gains then biases",
                },
                {
                    "name": "count",
                    "kind": "uimm",
                    "bits": [31, 16],
                    "doc": "number of rows",
                    "min": 1,
                },
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "row length in elements",
                    "min": 1,
                },
            ],
            "reads": ["ra:count*len", "rp:2*len"],
            "writes": ["rd:count*len"],
            "actions": ["dpu.op", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "mmul",
            "opcode": 52,
            "unit": "dpu",
            "summary": (
                "Digital matrix multiply of two activations: D (m x n) = A (m x k) . B (k x n), or "
                ". B^T."
            ),
            "semantics": (
                "Both operands are activations in the tile buffer, row-major. With `tb` = 1, B is "
                "stored\n"
                "transposed (n x k), as for attention scores Q K^T; with `tb` = 0 it is k x n, as "
                "for the\n"
                "attention-weighted values A V. Accumulates in full precision."
            ),
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination address",
                },
                {
                    "name": "ra",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding A's address",
                },
                {
                    "name": "rb",
                    "kind": "reg",
                    "bits": [47, 44],
                    "doc": "register holding B's address",
                },
                {
                    "name": "tb",
                    "kind": "flag",
                    "bits": [43, 43],
                    "doc": "1: B is stored transposed (n x k)",
                },
                {"name": "m", "kind": "uimm", "bits": [42, 30], "doc": "rows of A and D", "min": 1},
                {
                    "name": "k",
                    "kind": "uimm",
                    "bits": [29, 17],
                    "doc": "columns of A, rows of B",
                    "min": 1,
                },
                {
                    "name": "n",
                    "kind": "uimm",
                    "bits": [16, 4],
                    "doc": "columns of B and D",
                    "min": 1,
                },
            ],
            "reads": ["ra:m*k", "rb:k*n"],
            "writes": ["rd:m*n"],
            "actions": ["dpu.mac", "buf.read", "buf.write"],
        },
        {
            "mnemonic": "ld",
            "opcode": 64,
            "unit": "mem",
            "summary": "Load `len` elements from global SRAM or DRAM into the tile buffer.",
            "semantics": "buf[rd : rd+len] = space[rs : rs+len]; memory addresses are in elements.",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the buffer destination address",
                },
                {
                    "name": "rs",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the memory source address",
                },
                {
                    "name": "space",
                    "kind": "enum:space",
                    "bits": [47, 47],
                    "doc": "memory level: sram or dram",
                },
                {"name": "len", "kind": "uimm", "bits": [15, 0], "doc": "elements moved", "min": 1},
            ],
            "reads": [],
            "writes": ["rd:len"],
            "actions": ["mem.read_byte", "buf.write"],
        },
        {
            "mnemonic": "st",
            "opcode": 65,
            "unit": "mem",
            "summary": "Store `len` elements from the tile buffer to global SRAM or DRAM.",
            "semantics": "space[rd : rd+len] = buf[rs : rs+len]; memory addresses are in elements.",
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the memory destination address",
                },
                {
                    "name": "rs",
                    "kind": "reg",
                    "bits": [51, 48],
                    "doc": "register holding the buffer source address",
                },
                {
                    "name": "space",
                    "kind": "enum:space",
                    "bits": [47, 47],
                    "doc": "memory level: sram or dram",
                },
                {"name": "len", "kind": "uimm", "bits": [15, 0], "doc": "elements moved", "min": 1},
            ],
            "reads": ["rs:len"],
            "writes": [],
            "actions": ["buf.read", "mem.write_byte"],
        },
        {
            "mnemonic": "send",
            "opcode": 72,
            "unit": "noc",
            "summary": "Send `len` elements to tile `dst` with tag `tag` over the mesh.",
            "semantics": (
                "Packs buf[rs : rs+len] into flits and sends them to tile `dst`, where a RECV with "
                "the same\n"
                "source and tag takes them. Completes when the last flit has left the tile."
            ),
            "fields": [
                {
                    "name": "rs",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the source buffer address",
                },
                {"name": "dst", "kind": "tile", "bits": [51, 40], "doc": "destination tile id"},
                {
                    "name": "tag",
                    "kind": "uimm",
                    "bits": [39, 24],
                    "doc": "message tag matched by the receiver",
                },
                {"name": "len", "kind": "uimm", "bits": [15, 0], "doc": "elements sent", "min": 1},
            ],
            "reads": ["rs:len"],
            "writes": [],
            "actions": ["noc.inject_byte", "buf.read"],
        },
        {
            "mnemonic": "recv",
            "opcode": 73,
            "unit": "noc",
            "summary": "Receive `len` elements from tile `src` with tag `tag`.",
            "semantics": (
                "Waits for the message from tile `src` with tag `tag` and writes its `len` "
                "elements to\n"
                "buf[rd : rd+len]. Completes when the last flit has arrived. Lengths must match "
                "the send."
            ),
            "fields": [
                {
                    "name": "rd",
                    "kind": "reg",
                    "bits": [55, 52],
                    "doc": "register holding the destination buffer address",
                },
                {"name": "src", "kind": "tile", "bits": [51, 40], "doc": "source tile id"},
                {"name": "tag", "kind": "uimm", "bits": [39, 24], "doc": "message tag to match"},
                {
                    "name": "len",
                    "kind": "uimm",
                    "bits": [15, 0],
                    "doc": "elements received",
                    "min": 1,
                },
            ],
            "reads": [],
            "writes": ["rd:len"],
            "actions": ["buf.write"],
        },
        {
            "mnemonic": "nop",
            "opcode": 0,
            "unit": "ctrl",
            "summary": "Do nothing for one issue cycle.",
            "semantics": "No effect.",
            "fields": [],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "halt",
            "opcode": 1,
            "unit": "ctrl",
            "summary": "Stop this tile once all its outstanding instructions have completed.",
            "semantics": "The tile's controller waits for every unit to drain, then stops.",
            "fields": [],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "barrier",
            "opcode": 2,
            "unit": "ctrl",
            "summary": "Wait until every tile of the program has reached barrier `id`.",
            "semantics": (
                "All earlier instructions of the tile complete first; then the tile waits until "
                "every tile\n"
                "with a stream in the program has reached a BARRIER with the same id."
            ),
            "fields": [{"name": "id", "kind": "uimm", "bits": [55, 48], "doc": "barrier id"}],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "li",
            "opcode": 3,
            "unit": "ctrl",
            "summary": "Load a 32-bit immediate: rd = imm.",
            "semantics": "rd = imm (two's complement).",
            "fields": [
                {"name": "rd", "kind": "reg", "bits": [55, 52], "doc": "destination register"},
                {"name": "imm", "kind": "simm", "bits": [31, 0], "doc": "value"},
            ],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "addi",
            "opcode": 4,
            "unit": "ctrl",
            "summary": "Add an immediate: rd = rs + imm.",
            "semantics": "rd = rs + imm, wrapping at 32 bits.",
            "fields": [
                {"name": "rd", "kind": "reg", "bits": [55, 52], "doc": "destination register"},
                {"name": "rs", "kind": "reg", "bits": [51, 48], "doc": "source register"},
                {"name": "imm", "kind": "simm", "bits": [31, 0], "doc": "value added"},
            ],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "add",
            "opcode": 5,
            "unit": "ctrl",
            "summary": "Add registers: rd = ra + rb.",
            "semantics": "rd = ra + rb, wrapping at 32 bits.",
            "fields": [
                {"name": "rd", "kind": "reg", "bits": [55, 52], "doc": "destination register"},
                {"name": "ra", "kind": "reg", "bits": [51, 48], "doc": "first source register"},
                {"name": "rb", "kind": "reg", "bits": [47, 44], "doc": "second source register"},
            ],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "sub",
            "opcode": 6,
            "unit": "ctrl",
            "summary": "Subtract registers: rd = ra - rb.",
            "semantics": "rd = ra - rb, wrapping at 32 bits.",
            "fields": [
                {"name": "rd", "kind": "reg", "bits": [55, 52], "doc": "destination register"},
                {"name": "ra", "kind": "reg", "bits": [51, 48], "doc": "first source register"},
                {"name": "rb", "kind": "reg", "bits": [47, 44], "doc": "second source register"},
            ],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "mul",
            "opcode": 7,
            "unit": "ctrl",
            "summary": "Multiply registers: rd = ra * rb.",
            "semantics": "rd = ra * rb, low 32 bits.",
            "fields": [
                {"name": "rd", "kind": "reg", "bits": [55, 52], "doc": "destination register"},
                {"name": "ra", "kind": "reg", "bits": [51, 48], "doc": "first source register"},
                {"name": "rb", "kind": "reg", "bits": [47, 44], "doc": "second source register"},
            ],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "beq",
            "opcode": 8,
            "unit": "ctrl",
            "summary": "Branch to `target` if ra == rb.",
            "semantics": "pc = target if ra == rb else pc + 1.",
            "fields": [
                {"name": "ra", "kind": "reg", "bits": [55, 52], "doc": "first compared register"},
                {"name": "rb", "kind": "reg", "bits": [51, 48], "doc": "second compared register"},
                {
                    "name": "target",
                    "kind": "label",
                    "bits": [23, 0],
                    "doc": "instruction index jumped to",
                },
            ],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "bne",
            "opcode": 9,
            "unit": "ctrl",
            "summary": "Branch to `target` if ra != rb.",
            "semantics": "pc = target if ra != rb else pc + 1.",
            "fields": [
                {"name": "ra", "kind": "reg", "bits": [55, 52], "doc": "first compared register"},
                {"name": "rb", "kind": "reg", "bits": [51, 48], "doc": "second compared register"},
                {
                    "name": "target",
                    "kind": "label",
                    "bits": [23, 0],
                    "doc": "instruction index jumped to",
                },
            ],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "blt",
            "opcode": 10,
            "unit": "ctrl",
            "summary": "Branch to `target` if ra < rb (signed).",
            "semantics": "pc = target if ra < rb else pc + 1.",
            "fields": [
                {"name": "ra", "kind": "reg", "bits": [55, 52], "doc": "first compared register"},
                {"name": "rb", "kind": "reg", "bits": [51, 48], "doc": "second compared register"},
                {
                    "name": "target",
                    "kind": "label",
                    "bits": [23, 0],
                    "doc": "instruction index jumped to",
                },
            ],
            "reads": [],
            "writes": [],
            "actions": [],
        },
        {
            "mnemonic": "jmp",
            "opcode": 11,
            "unit": "ctrl",
            "summary": "Jump to `target`.",
            "semantics": "pc = target.",
            "fields": [
                {
                    "name": "target",
                    "kind": "label",
                    "bits": [23, 0],
                    "doc": "instruction index jumped to",
                },
            ],
            "reads": [],
            "writes": [],
            "actions": [],
        },
    ],
}
