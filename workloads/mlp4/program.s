# aimcsim program: 84 tile(s), ISA 2.1.0
.isa 2.1.0

.layer 0 "fc0"
.layer 1 "sig0"
.layer 2 "fc1"
.layer 3 "sig1"
.layer 4 "fc2"
.layer 5 "sig2"
.layer 6 "fc3"

.tile 0
    prog     x0, 0
    xwin     x0, 0, 256, 0, 256
    li       r4, 4136
    li       r1, 2560
    ld       r1, r4, dram, 2048
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 0
    li       r4, 1024
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 0
    ld       r1, r4, dram, 1024
    li       r1, 512
    send     r1, 19, 1, 256
    li       r1, 256
    send     r1, 9, 1, 256
    li       r1, 768
    send     r1, 18, 1, 256
    li       r1, 0
    send     r1, 8, 1, 256
    li       r1, 0
    send     r1, 17, 1, 256
    li       r1, 768
    send     r1, 7, 1, 256
    li       r1, 256
    send     r1, 16, 1, 256
    li       r1, 512
    send     r1, 6, 1, 256
    li       r1, 512
    send     r1, 15, 1, 256
    li       r1, 256
    send     r1, 5, 1, 256
    li       r1, 768
    send     r1, 14, 1, 256
    li       r1, 0
    send     r1, 4, 1, 256
    li       r1, 768
    send     r1, 3, 1, 256
    li       r1, 512
    send     r1, 2, 1, 256
    li       r1, 256
    send     r1, 1, 1, 256
    li       r10, 0
    li       r12, 1024
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 2048
    recv     r1, 1, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 2, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 4, 1, 256
    li       r1, 1536
    recv     r1, 8, 1, 256
    li       r1, 1792
    recv     r1, 17, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2560
    vaffine  r1, r2, r3, 1024
.layer 1
    li       r1, 4608
    li       r2, 1024
    vsigm    r1, r2, 1024
.layer 2
    li       r1, 5120
    send     r1, 39, 1, 256
    li       r1, 4864
    send     r1, 29, 1, 256
    li       r1, 5376
    send     r1, 38, 1, 256
    li       r1, 5376
    send     r1, 47, 1, 256
    li       r1, 4608
    send     r1, 28, 1, 256
    li       r1, 4608
    send     r1, 37, 1, 256
    li       r1, 5120
    send     r1, 46, 1, 256
    li       r1, 5376
    send     r1, 27, 1, 256
    li       r1, 4864
    send     r1, 36, 1, 256
    li       r1, 4864
    send     r1, 45, 1, 256
    li       r1, 5120
    send     r1, 26, 1, 256
    li       r1, 5120
    send     r1, 35, 1, 256
    li       r1, 4608
    send     r1, 44, 1, 256
    li       r1, 4864
    send     r1, 25, 1, 256
    li       r1, 5376
    send     r1, 34, 1, 256
    li       r1, 5376
    send     r1, 43, 1, 256
    li       r1, 4608
    send     r1, 24, 1, 256
    li       r1, 4608
    send     r1, 33, 1, 256
    li       r1, 5120
    send     r1, 42, 1, 256
    li       r1, 5376
    send     r1, 23, 1, 256
    li       r1, 4864
    send     r1, 32, 1, 256
    li       r1, 4864
    send     r1, 41, 1, 256
    li       r1, 5120
    send     r1, 22, 1, 256
    li       r1, 5120
    send     r1, 31, 1, 256
    li       r1, 4608
    send     r1, 40, 1, 256
    li       r1, 4864
    send     r1, 12, 1, 256
    li       r1, 4864
    send     r1, 21, 1, 256
    li       r1, 5376
    send     r1, 30, 1, 256
    li       r1, 5120
    send     r1, 11, 1, 256
    li       r1, 4608
    send     r1, 20, 1, 256
    li       r1, 5376
    send     r1, 10, 1, 256
    li       r1, 4608
    send     r1, 13, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 1
    prog     x0, 1
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 0, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 2
    prog     x0, 2
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 3, 1, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 256
    send     r1, 0, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 3
    prog     x0, 3
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 2, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 4
    prog     x0, 4
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 5, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1536
    recv     r1, 6, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1536
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 0, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 5
    prog     x0, 5
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 4, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 6
    prog     x0, 6
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 7, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 4, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 7
    prog     x0, 7
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 6, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 8
    prog     x0, 8
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 9, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1536
    recv     r1, 19, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1536
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 0, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 9
    prog     x0, 9
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 8, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 10
    prog     x0, 19
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 11, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 11
    prog     x0, 18
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 10, 1, 256
    li       r1, 256
    li       r2, 256
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 256
    send     r1, 13, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 12
    prog     x0, 17
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 13, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 13
    prog     x0, 16
    xwin     x0, 0, 256, 0, 256
    li       r4, 6184
    li       r1, 2816
    ld       r1, r4, dram, 4096
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 2
    li       r1, 2048
    recv     r1, 0, 1, 256
    li       r10, 2048
    li       r12, 0
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 12, 1, 256
    li       r1, 0
    li       r2, 0
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2560
    recv     r1, 11, 1, 256
    li       r1, 0
    li       r2, 0
    li       r3, 2560
    vadd     r1, r2, r3, 256
    li       r1, 512
    recv     r1, 24, 1, 256
    li       r1, 1280
    recv     r1, 33, 1, 256
    li       r1, 256
    recv     r1, 20, 1, 256
    li       r1, 1792
    recv     r1, 44, 1, 256
    li       r1, 768
    recv     r1, 28, 1, 256
    li       r1, 1024
    recv     r1, 37, 1, 256
    li       r1, 1536
    recv     r1, 40, 1, 256
    li       r1, 0
    li       r2, 0
    li       r3, 2816
    vaffine  r1, r2, r3, 2048
.layer 3
    li       r1, 6912
    li       r2, 0
    vsigm    r1, r2, 2048
.layer 4
    li       r1, 8448
    send     r1, 79, 1, 256
    li       r1, 8192
    send     r1, 69, 1, 256
    li       r1, 8704
    send     r1, 78, 1, 256
    li       r1, 7424
    send     r1, 59, 1, 256
    li       r1, 7936
    send     r1, 68, 1, 256
    li       r1, 6912
    send     r1, 77, 1, 256
    li       r1, 7168
    send     r1, 49, 1, 256
    li       r1, 7680
    send     r1, 58, 1, 256
    li       r1, 7680
    send     r1, 67, 1, 256
    li       r1, 7168
    send     r1, 76, 1, 256
    li       r1, 8704
    send     r1, 70, 1, 256
    li       r1, 7936
    send     r1, 57, 1, 256
    li       r1, 7936
    send     r1, 60, 1, 256
    li       r1, 7424
    send     r1, 66, 1, 256
    li       r1, 7424
    send     r1, 75, 1, 256
    li       r1, 8448
    send     r1, 71, 1, 256
    li       r1, 8192
    send     r1, 56, 1, 256
    li       r1, 7680
    send     r1, 50, 1, 256
    li       r1, 8192
    send     r1, 61, 1, 256
    li       r1, 7168
    send     r1, 65, 1, 256
    li       r1, 7680
    send     r1, 74, 1, 256
    li       r1, 8192
    send     r1, 72, 1, 256
    li       r1, 8448
    send     r1, 55, 1, 256
    li       r1, 7424
    send     r1, 51, 1, 256
    li       r1, 8448
    send     r1, 62, 1, 256
    li       r1, 6912
    send     r1, 64, 1, 256
    li       r1, 7936
    send     r1, 73, 1, 256
    li       r1, 8704
    send     r1, 54, 1, 256
    li       r1, 7168
    send     r1, 52, 1, 256
    li       r1, 8704
    send     r1, 63, 1, 256
    li       r1, 6912
    send     r1, 53, 1, 256
    li       r1, 6912
    send     r1, 48, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 14
    prog     x0, 15
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 15, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 15
    prog     x0, 14
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 14, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1024
    send     r1, 17, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 16
    prog     x0, 13
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 17, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 17
    prog     x0, 12
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 16, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1536
    recv     r1, 15, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 1536
    vadd     r1, r2, r3, 256
    li       r1, 1024
    send     r1, 0, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 18
    prog     x0, 11
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 19, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 19
    prog     x0, 10
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 0
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 18, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 8, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 20
    prog     x0, 20
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 21, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2560
    recv     r1, 22, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 2560
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 13, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 21
    prog     x0, 21
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 20, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 22
    prog     x0, 22
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 23, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 20, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 23
    prog     x0, 23
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 22, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 24
    prog     x0, 24
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 25, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2560
    recv     r1, 26, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 2560
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 13, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 25
    prog     x0, 25
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 24, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 26
    prog     x0, 26
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 27, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 24, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 27
    prog     x0, 27
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 26, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 28
    prog     x0, 28
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 29, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2560
    recv     r1, 39, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2560
    vadd     r1, r2, r3, 256
    li       r1, 1024
    send     r1, 13, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 29
    prog     x0, 29
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 28, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 30
    prog     x0, 39
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 1280
    mvm      x0, r4, r5, 0
    li       r1, 1536
    send     r1, 31, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 31
    prog     x0, 38
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 1280
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 30, 1, 256
    li       r1, 1536
    li       r2, 1536
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 1536
    send     r1, 33, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 32
    prog     x0, 37
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 1280
    mvm      x0, r4, r5, 0
    li       r1, 1536
    send     r1, 33, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 33
    prog     x0, 36
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 1280
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 32, 1, 256
    li       r1, 1536
    li       r2, 1536
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2560
    recv     r1, 31, 1, 256
    li       r1, 1536
    li       r2, 1536
    li       r3, 2560
    vadd     r1, r2, r3, 256
    li       r1, 1536
    send     r1, 13, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 34
    prog     x0, 35
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 1024
    mvm      x0, r4, r5, 0
    li       r1, 1280
    send     r1, 35, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 35
    prog     x0, 34
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 1024
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 34, 1, 256
    li       r1, 1280
    li       r2, 1280
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 1280
    send     r1, 37, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 36
    prog     x0, 33
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 1024
    mvm      x0, r4, r5, 0
    li       r1, 1280
    send     r1, 37, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 37
    prog     x0, 32
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 1024
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 36, 1, 256
    li       r1, 1280
    li       r2, 1280
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2560
    recv     r1, 35, 1, 256
    li       r1, 1280
    li       r2, 1280
    li       r3, 2560
    vadd     r1, r2, r3, 256
    li       r1, 1280
    send     r1, 13, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 38
    prog     x0, 31
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 39, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 39
    prog     x0, 30
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 38, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 1024
    send     r1, 28, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 40
    prog     x0, 40
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 1536
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 41, 1, 256
    li       r1, 1792
    li       r2, 1792
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2560
    recv     r1, 42, 1, 256
    li       r1, 1792
    li       r2, 1792
    li       r3, 2560
    vadd     r1, r2, r3, 256
    li       r1, 1792
    send     r1, 13, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 41
    prog     x0, 41
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 1536
    mvm      x0, r4, r5, 0
    li       r1, 1792
    send     r1, 40, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 42
    prog     x0, 42
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 1536
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 43, 1, 256
    li       r1, 1792
    li       r2, 1792
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 1792
    send     r1, 40, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 43
    prog     x0, 43
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 1536
    mvm      x0, r4, r5, 0
    li       r1, 1792
    send     r1, 42, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 44
    prog     x0, 44
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 1792
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 45, 1, 256
    li       r1, 2048
    li       r2, 2048
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2560
    recv     r1, 46, 1, 256
    li       r1, 2048
    li       r2, 2048
    li       r3, 2560
    vadd     r1, r2, r3, 256
    li       r1, 2048
    send     r1, 13, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 45
    prog     x0, 45
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 1792
    mvm      x0, r4, r5, 0
    li       r1, 2048
    send     r1, 44, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 46
    prog     x0, 46
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 1792
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 47, 1, 256
    li       r1, 2048
    li       r2, 2048
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2048
    send     r1, 44, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 47
    prog     x0, 47
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 1792
    mvm      x0, r4, r5, 0
    li       r1, 2048
    send     r1, 46, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 48
    prog     x0, 48
    xwin     x0, 0, 256, 0, 256
    li       r4, 10280
    li       r1, 2048
    ld       r1, r4, dram, 2048
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 4
    li       r1, 1024
    recv     r1, 13, 1, 256
    li       r10, 1024
    li       r12, 0
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 49, 1, 256
    li       r1, 0
    li       r2, 0
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1536
    recv     r1, 59, 1, 256
    li       r1, 0
    li       r2, 0
    li       r3, 1536
    vadd     r1, r2, r3, 256
    li       r1, 1792
    recv     r1, 57, 1, 256
    li       r1, 0
    li       r2, 0
    li       r3, 1792
    vadd     r1, r2, r3, 256
    li       r1, 768
    recv     r1, 77, 1, 256
    li       r1, 256
    recv     r1, 53, 1, 256
    li       r1, 512
    recv     r1, 64, 1, 256
    li       r1, 0
    li       r2, 0
    li       r3, 2048
    vaffine  r1, r2, r3, 1024
.layer 5
    li       r1, 4096
    li       r2, 0
    vsigm    r1, r2, 1024
.layer 6
    li       r1, 4352
    send     r1, 81, 1, 256
    li       r1, 4608
    send     r1, 82, 1, 256
    li       r1, 4864
    send     r1, 83, 1, 256
    li       r1, 4096
    send     r1, 80, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 49
    prog     x0, 49
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 48, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 50
    prog     x0, 59
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 51, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 51
    prog     x0, 58
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 50, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 53, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 52
    prog     x0, 57
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 53, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 53
    prog     x0, 56
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 52, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1536
    recv     r1, 51, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1536
    vadd     r1, r2, r3, 256
    li       r1, 1792
    recv     r1, 60, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1792
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 48, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 54
    prog     x0, 55
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1792
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1792
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 55, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 55
    prog     x0, 54
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1536
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1536
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 54, 1, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 256
    send     r1, 57, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 56
    prog     x0, 53
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1280
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1280
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 57, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 57
    prog     x0, 52
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1024
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1024
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 56, 1, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1536
    recv     r1, 55, 1, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1536
    vadd     r1, r2, r3, 256
    li       r1, 256
    send     r1, 48, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 58
    prog     x0, 51
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 59, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 59
    prog     x0, 50
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 58, 1, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 256
    send     r1, 48, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 60
    prog     x0, 60
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1024
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1024
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 61, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1536
    recv     r1, 62, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1536
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 53, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 61
    prog     x0, 61
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1280
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1280
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 60, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 62
    prog     x0, 62
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1536
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1536
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 63, 1, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 60, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 63
    prog     x0, 63
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1792
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1792
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 62, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 64
    prog     x0, 64
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 65, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1536
    recv     r1, 66, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1536
    vadd     r1, r2, r3, 256
    li       r1, 1792
    recv     r1, 68, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1792
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 48, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 65
    prog     x0, 65
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 64, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 66
    prog     x0, 66
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 67, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 64, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 67
    prog     x0, 67
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 66, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 68
    prog     x0, 68
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1024
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1024
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 69, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1536
    recv     r1, 79, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1536
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 64, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 69
    prog     x0, 69
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1280
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1280
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 68, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 70
    prog     x0, 79
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1792
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1792
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 71, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 71
    prog     x0, 78
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1536
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1536
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 70, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1024
    send     r1, 73, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 72
    prog     x0, 77
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1280
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1280
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 73, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 73
    prog     x0, 76
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1024
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1024
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 72, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1536
    recv     r1, 71, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 1536
    vadd     r1, r2, r3, 256
    li       r1, 1024
    send     r1, 77, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 74
    prog     x0, 75
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 75, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 75
    prog     x0, 74
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 74, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1024
    send     r1, 77, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 76
    prog     x0, 73
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 77, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 77
    prog     x0, 72
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 76, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1536
    recv     r1, 75, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 1536
    vadd     r1, r2, r3, 256
    li       r1, 1792
    recv     r1, 73, 1, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 1792
    vadd     r1, r2, r3, 256
    li       r1, 1024
    send     r1, 48, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 78
    prog     x0, 71
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1792
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1792
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 79, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 79
    prog     x0, 70
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 13, 1, 256
    li       r10, -1536
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1536
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 78, 1, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 68, 1, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 80
    prog     x0, 80
    xwin     x0, 0, 256, 0, 10
    li       r4, 12328
    li       r1, 296
    ld       r1, r4, dram, 20
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 6
    li       r1, 10
    recv     r1, 48, 1, 256
    li       r10, 10
    li       r12, 0
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 266
    recv     r1, 81, 1, 10
    li       r1, 0
    li       r2, 0
    li       r3, 266
    vadd     r1, r2, r3, 10
    li       r1, 276
    recv     r1, 82, 1, 10
    li       r1, 0
    li       r2, 0
    li       r3, 276
    vadd     r1, r2, r3, 10
    li       r1, 286
    recv     r1, 83, 1, 10
    li       r1, 0
    li       r2, 0
    li       r3, 286
    vadd     r1, r2, r3, 10
    li       r1, 0
    li       r2, 0
    li       r3, 296
    vaffine  r1, r2, r3, 10
    li       r4, 10
    mul      r4, r15, r4
    addi     r4, r4, 4096
    li       r1, 0
    st       r4, r1, dram, 10
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 81
    prog     x0, 81
    xwin     x0, 0, 256, 0, 10
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 6
    li       r1, 0
    recv     r1, 48, 1, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 80, 1, 10
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 82
    prog     x0, 82
    xwin     x0, 0, 256, 0, 10
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 6
    li       r1, 0
    recv     r1, 48, 1, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 80, 1, 10
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 83
    prog     x0, 83
    xwin     x0, 0, 256, 0, 10
    barrier  0
    li       r14, 4
    li       r15, 0
L5:
.layer 6
    li       r1, 0
    recv     r1, 48, 1, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 80, 1, 10
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt
