# A single analog MVM on one tile: y = W x for one 64 x 32 weight block.
#
# Load x (64 elements) from global SRAM, multiply it on crossbar x0, store y (32 elements).
.isa 2.0.0
.layer 0 "fc1"

.tile 0
.layer -                                  # set-up belongs to no layer
    prog    x0, 0                         # program weight block 0 into crossbar x0
    xwin    x0, 0, 64, 0, 32              # window: rows 0..63, columns 0..31
    xcfg    x0, bit_serial, 8, 1, 1, 0, 0 # 8-bit inputs, 1 bit per phase, one-phase read
    li      r1, 0                         # buffer address of x
    li      r2, 64                        # buffer address of y
    li      r3, 0                         # SRAM address of x
    li      r4, 4096                      # SRAM address of y
.layer 0
    ld      r1, r3, sram, 64              # x: SRAM -> buffer
    mvm     x0, r1, r2, 0                 # y = W x
    st      r4, r2, sram, 32              # y: buffer -> SRAM
.layer -
    halt
