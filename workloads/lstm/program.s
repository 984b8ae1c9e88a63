# aimcsim program: 6 tile(s), ISA 2.1.0
.isa 2.1.0

.layer 0 "lstm0"
.layer 1 "lstm0.squeeze"
.layer 2 "lstm1"
.layer 3 "lstm1.squeeze"
.layer 4 "decoder"

.tile 0
    prog     x0, 0
    xwin     x0, 0, 96, 0, 128
    prog     x1, 1
    xwin     x1, 0, 96, 0, 128
    li       r4, 7872
    li       r1, 5152
    ld       r1, r4, dram, 512
    barrier  0
    li       r14, 4
    li       r15, 0
L10:
.layer 0
    li       r4, 768
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 0
    ld       r1, r4, dram, 768
    li       r1, 3424
    li       r2, 3424
    li       r3, 3424
    vsub     r1, r2, r3, 64
    li       r10, 0
    li       r8, 0
    li       r9, 768
    li       r11, 3616
L23:
    vcopy    r9, r10, 32
    addi     r4, r9, 0
    li       r5, 3168
    mvm      x0, r4, r5, 0
    addi     r4, r9, 0
    li       r5, 3296
    mvm      x1, r4, r5, 0
    li       r1, 3168
    li       r3, 5152
    vaffine  r1, r1, r3, 256
    li       r1, 3168
    li       r2, 3168
    vsigm    r1, r2, 192
    li       r1, 3360
    li       r2, 3360
    vtanh    r1, r2, 64
    li       r1, 3488
    li       r2, 3296
    li       r3, 3424
    vmul     r1, r2, r3, 64
    li       r1, 3552
    li       r2, 3168
    li       r3, 3360
    vmul     r1, r2, r3, 64
    li       r1, 3424
    li       r2, 3488
    li       r3, 3552
    vadd     r1, r2, r3, 64
    li       r1, 3488
    li       r2, 3424
    vtanh    r1, r2, 64
    li       r2, 3232
    li       r3, 3488
    vmul     r11, r2, r3, 64
    addi     r4, r9, 128
    vcopy    r4, r11, 64
    addi     r9, r9, 96
    addi     r11, r11, 64
    addi     r10, r10, 32
    addi     r8, r8, 1
    li       r13, 24
    blt      r8, r13, L23
.layer 2
    li       r1, 3616
    send     r1, 1, 1, 1536
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L10
    halt

.tile 1
    prog     x0, 2
    xwin     x0, 0, 128, 0, 128
    prog     x1, 3
    xwin     x1, 0, 128, 0, 128
    li       r4, 8384
    li       r1, 6720
    ld       r1, r4, dram, 512
    barrier  0
    li       r14, 4
    li       r15, 0
L10:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 1536
    li       r1, 4992
    li       r2, 4992
    li       r3, 4992
    vsub     r1, r2, r3, 64
    li       r10, 0
    li       r8, 0
    li       r9, 1536
    li       r11, 5184
L20:
    vcopy    r9, r10, 64
    addi     r4, r9, 0
    li       r5, 4736
    mvm      x0, r4, r5, 0
    addi     r4, r9, 0
    li       r5, 4864
    mvm      x1, r4, r5, 0
    li       r1, 4736
    li       r3, 6720
    vaffine  r1, r1, r3, 256
    li       r1, 4736
    li       r2, 4736
    vsigm    r1, r2, 192
    li       r1, 4928
    li       r2, 4928
    vtanh    r1, r2, 64
    li       r1, 5056
    li       r2, 4864
    li       r3, 4992
    vmul     r1, r2, r3, 64
    li       r1, 5120
    li       r2, 4736
    li       r3, 4928
    vmul     r1, r2, r3, 64
    li       r1, 4992
    li       r2, 5056
    li       r3, 5120
    vadd     r1, r2, r3, 64
    li       r1, 5056
    li       r2, 4992
    vtanh    r1, r2, 64
    li       r2, 4800
    li       r3, 5056
    vmul     r11, r2, r3, 64
    addi     r4, r9, 192
    vcopy    r4, r11, 64
    addi     r9, r9, 128
    addi     r11, r11, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 24
    blt      r8, r13, L20
.layer 4
    li       r1, 5184
    send     r1, 2, 1, 1536
    li       r1, 5184
    send     r1, 3, 1, 1536
    li       r1, 5184
    send     r1, 4, 1, 1536
    li       r1, 5184
    send     r1, 5, 1, 1536
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L10
    halt

.tile 2
    prog     x0, 4
    xwin     x0, 0, 64, 0, 50
    prog     x1, 5
    xwin     x1, 0, 64, 0, 50
    li       r4, 8896
    li       r1, 2736
    ld       r1, r4, dram, 100
    barrier  0
    li       r14, 4
    li       r15, 0
L10:
.layer 4
    li       r1, 1200
    recv     r1, 1, 1, 1536
    li       r10, 1200
    li       r12, 0
    li       r8, 0
L15:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 50
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 3
    blt      r8, r13, L15
    li       r10, 1392
    li       r12, 150
    li       r8, 3
L27:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x1, r4, r5, 0
    addi     r12, r12, 50
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 6
    blt      r8, r13, L27
    li       r1, 300
    recv     r1, 3, 1, 150
    li       r1, 450
    recv     r1, 3, 2, 150
    li       r1, 600
    recv     r1, 4, 1, 150
    li       r1, 750
    recv     r1, 4, 2, 150
    li       r1, 900
    recv     r1, 5, 1, 150
    li       r1, 1050
    recv     r1, 5, 2, 150
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 2736
L52:
    vaffine  r9, r10, r3, 50
    addi     r9, r9, 50
    addi     r10, r10, 50
    addi     r8, r8, 1
    li       r13, 24
    blt      r8, r13, L52
    li       r4, 1200
    mul      r4, r15, r4
    addi     r4, r4, 3072
    li       r1, 0
    st       r4, r1, dram, 1200
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L10
    halt

.tile 3
    prog     x0, 6
    xwin     x0, 0, 64, 0, 50
    prog     x1, 7
    xwin     x1, 0, 64, 0, 50
    barrier  0
    li       r14, 4
    li       r15, 0
L7:
.layer 4
    li       r1, 0
    recv     r1, 1, 1, 1536
    li       r10, 384
    li       r12, 1536
    li       r8, 6
L12:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 50
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 9
    blt      r8, r13, L12
    li       r1, 1536
    send     r1, 2, 1, 150
    li       r10, 576
    li       r12, 1686
    li       r8, 9
L26:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x1, r4, r5, 0
    addi     r12, r12, 50
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 12
    blt      r8, r13, L26
    li       r1, 1686
    send     r1, 2, 2, 150
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L7
    halt

.tile 4
    prog     x0, 8
    xwin     x0, 0, 64, 0, 50
    prog     x1, 9
    xwin     x1, 0, 64, 0, 50
    barrier  0
    li       r14, 4
    li       r15, 0
L7:
.layer 4
    li       r1, 0
    recv     r1, 1, 1, 1536
    li       r10, 768
    li       r12, 1536
    li       r8, 12
L12:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 50
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 15
    blt      r8, r13, L12
    li       r1, 1536
    send     r1, 2, 1, 150
    li       r10, 960
    li       r12, 1686
    li       r8, 15
L26:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x1, r4, r5, 0
    addi     r12, r12, 50
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 18
    blt      r8, r13, L26
    li       r1, 1686
    send     r1, 2, 2, 150
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L7
    halt

.tile 5
    prog     x0, 10
    xwin     x0, 0, 64, 0, 50
    prog     x1, 11
    xwin     x1, 0, 64, 0, 50
    barrier  0
    li       r14, 4
    li       r15, 0
L7:
.layer 4
    li       r1, 0
    recv     r1, 1, 1, 1536
    li       r10, 1152
    li       r12, 1536
    li       r8, 18
L12:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 50
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L12
    li       r1, 1536
    send     r1, 2, 1, 150
    li       r10, 1344
    li       r12, 1686
    li       r8, 21
L26:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x1, r4, r5, 0
    addi     r12, r12, 50
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 24
    blt      r8, r13, L26
    li       r1, 1686
    send     r1, 2, 2, 150
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L7
    halt
