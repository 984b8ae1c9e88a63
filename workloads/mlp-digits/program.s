# aimcsim program: 1 tile(s), ISA 2.1.0
.isa 2.1.0

.layer 0 "fc1"
.layer 1 "relu1"
.layer 2 "fc2"

.tile 0
    prog     x0, 0
    xwin     x0, 0, 64, 0, 64
    prog     x1, 1
    xwin     x1, 0, 64, 0, 10
    li       r4, 296
    li       r1, 128
    ld       r1, r4, dram, 128
    li       r4, 424
    li       r1, 330
    ld       r1, r4, dram, 20
    barrier  0
    li       r14, 4
    li       r15, 0
L13:
.layer 0
    li       r4, 64
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 0
    ld       r1, r4, dram, 64
    li       r10, 0
    li       r12, 64
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 64
    li       r2, 64
    li       r3, 128
    vaffine  r1, r2, r3, 64
.layer 1
    li       r1, 256
    li       r2, 64
    vrelu    r1, r2, 64
.layer 2
    li       r10, 256
    li       r12, 320
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x1, r4, r5, 0
    li       r1, 320
    li       r2, 320
    li       r3, 330
    vaffine  r1, r2, r3, 10
    li       r4, 10
    mul      r4, r15, r4
    addi     r4, r4, 256
    li       r1, 320
    st       r4, r1, dram, 10
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L13
    halt
