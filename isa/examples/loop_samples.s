# A loop over 4 input samples on one tile: y_s = relu(W x_s) for s = 0..3.
#
# Registers walk the SRAM addresses of the inputs and outputs; r4 counts samples and the
# loop ends when it reaches r5 = 4.
.isa 2.0.0
.layer 0 "fc1"

.tile 0
    prog    x0, 0                         # weight block 0: 64 x 64
    xwin    x0, 0, 64, 0, 64
    xcfg    x0, bit_serial, 8, 2, 1, 0, 0 # 8-bit inputs, 2 bits per phase
    li      r1, 0                         # SRAM address of x_s
    li      r6, 0x4000                    # SRAM address of y_s
    li      r2, 0                         # buffer: x
    li      r3, 64                        # buffer: y
    li      r4, 0                         # sample counter
    li      r5, 4                         # number of samples
.layer 0
loop:
    ld      r2, r1, sram, 64              # x_s
    mvm     x0, r2, r3, 0
    vrelu   r3, r3, 64
    st      r6, r3, sram, 64              # y_s
    addi    r1, r1, 64
    addi    r6, r6, 64
    addi    r4, r4, 1
    bne     r4, r5, loop
.layer -
    halt
