# aimcsim program: 84 tile(s), ISA 1.0.0
.isa 1.0.0

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
    li       r1, 3072
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
    li       r1, 1024
    li       r2, 1024
    li       r3, 1024
    vsub     r1, r2, r3, 1024
    li       r10, 0
    li       r12, 1024
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 1, 1, 256
    li       r1, 2048
    recv     r1, 1, 2, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 2, 3, 256
    li       r1, 2048
    recv     r1, 2, 4, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 3, 5, 256
    li       r1, 2048
    recv     r1, 3, 6, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 0
    send     r1, 4, 7, 256
    li       r1, 2048
    recv     r1, 4, 8, 256
    li       r1, 1280
    li       r2, 1280
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 256
    send     r1, 5, 9, 256
    li       r1, 2048
    recv     r1, 5, 10, 256
    li       r1, 1280
    li       r2, 1280
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 6, 11, 256
    li       r1, 2048
    recv     r1, 6, 12, 256
    li       r1, 1280
    li       r2, 1280
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 7, 13, 256
    li       r1, 2048
    recv     r1, 7, 14, 256
    li       r1, 1280
    li       r2, 1280
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 0
    send     r1, 8, 15, 256
    li       r1, 2048
    recv     r1, 8, 16, 256
    li       r1, 1536
    li       r2, 1536
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 256
    send     r1, 9, 17, 256
    li       r1, 2048
    recv     r1, 9, 18, 256
    li       r1, 1536
    li       r2, 1536
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 19, 19, 256
    li       r1, 2048
    recv     r1, 19, 20, 256
    li       r1, 1536
    li       r2, 1536
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 18, 21, 256
    li       r1, 2048
    recv     r1, 18, 22, 256
    li       r1, 1536
    li       r2, 1536
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 0
    send     r1, 17, 23, 256
    li       r1, 2048
    recv     r1, 17, 24, 256
    li       r1, 1792
    li       r2, 1792
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 256
    send     r1, 16, 25, 256
    li       r1, 2048
    recv     r1, 16, 26, 256
    li       r1, 1792
    li       r2, 1792
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 512
    send     r1, 15, 27, 256
    li       r1, 2048
    recv     r1, 15, 28, 256
    li       r1, 1792
    li       r2, 1792
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 768
    send     r1, 14, 29, 256
    li       r1, 2048
    recv     r1, 14, 30, 256
    li       r1, 1792
    li       r2, 1792
    li       r3, 2048
    vadd     r1, r2, r3, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 3072
    vaffine  r1, r2, r3, 1024
.layer 1
    li       r1, 5120
    li       r2, 1024
    vsigm    r1, r2, 1024
.layer 2
    li       r1, 5120
    send     r1, 13, 31, 256
    li       r1, 5376
    send     r1, 12, 32, 256
    li       r1, 5632
    send     r1, 11, 34, 256
    li       r1, 5888
    send     r1, 10, 36, 256
    li       r1, 5120
    send     r1, 20, 38, 256
    li       r1, 5376
    send     r1, 21, 40, 256
    li       r1, 5632
    send     r1, 22, 42, 256
    li       r1, 5888
    send     r1, 23, 44, 256
    li       r1, 5120
    send     r1, 24, 46, 256
    li       r1, 5376
    send     r1, 25, 48, 256
    li       r1, 5632
    send     r1, 26, 50, 256
    li       r1, 5888
    send     r1, 27, 52, 256
    li       r1, 5120
    send     r1, 28, 54, 256
    li       r1, 5376
    send     r1, 29, 56, 256
    li       r1, 5632
    send     r1, 39, 58, 256
    li       r1, 5888
    send     r1, 38, 60, 256
    li       r1, 5120
    send     r1, 37, 62, 256
    li       r1, 5376
    send     r1, 36, 64, 256
    li       r1, 5632
    send     r1, 35, 66, 256
    li       r1, 5888
    send     r1, 34, 68, 256
    li       r1, 5120
    send     r1, 33, 70, 256
    li       r1, 5376
    send     r1, 32, 72, 256
    li       r1, 5632
    send     r1, 31, 74, 256
    li       r1, 5888
    send     r1, 30, 76, 256
    li       r1, 5120
    send     r1, 40, 78, 256
    li       r1, 5376
    send     r1, 41, 80, 256
    li       r1, 5632
    send     r1, 42, 82, 256
    li       r1, 5888
    send     r1, 43, 84, 256
    li       r1, 5120
    send     r1, 44, 86, 256
    li       r1, 5376
    send     r1, 45, 88, 256
    li       r1, 5632
    send     r1, 46, 90, 256
    li       r1, 5888
    send     r1, 47, 92, 256
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
    send     r1, 0, 2, 256
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
    recv     r1, 0, 3, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 0, 4, 256
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
    recv     r1, 0, 5, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 0, 6, 256
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
    recv     r1, 0, 7, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 0, 8, 256
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
    recv     r1, 0, 9, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 0, 10, 256
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
    recv     r1, 0, 11, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 0, 12, 256
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
    recv     r1, 0, 13, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 0, 14, 256
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
    recv     r1, 0, 15, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 0, 16, 256
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
    recv     r1, 0, 17, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 0, 18, 256
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
    recv     r1, 0, 36, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 13, 37, 256
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
    recv     r1, 0, 34, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 13, 35, 256
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
    recv     r1, 0, 32, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 13, 33, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 13
    prog     x0, 16
    xwin     x0, 0, 256, 0, 256
    li       r4, 6184
    li       r1, 4352
    ld       r1, r4, dram, 4096
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 2
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 2048
    li       r1, 2048
    recv     r1, 0, 31, 256
    li       r10, 2048
    li       r12, 0
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 2304
    recv     r1, 12, 33, 256
    li       r1, 0
    li       r2, 0
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 11, 35, 256
    li       r1, 0
    li       r2, 0
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 10, 37, 256
    li       r1, 0
    li       r2, 0
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 20, 39, 256
    li       r1, 256
    li       r2, 256
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 21, 41, 256
    li       r1, 256
    li       r2, 256
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 22, 43, 256
    li       r1, 256
    li       r2, 256
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 23, 45, 256
    li       r1, 256
    li       r2, 256
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 24, 47, 256
    li       r1, 512
    li       r2, 512
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 25, 49, 256
    li       r1, 512
    li       r2, 512
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 26, 51, 256
    li       r1, 512
    li       r2, 512
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 27, 53, 256
    li       r1, 512
    li       r2, 512
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 28, 55, 256
    li       r1, 768
    li       r2, 768
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 29, 57, 256
    li       r1, 768
    li       r2, 768
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 39, 59, 256
    li       r1, 768
    li       r2, 768
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 38, 61, 256
    li       r1, 768
    li       r2, 768
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 37, 63, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 36, 65, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 35, 67, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 34, 69, 256
    li       r1, 1024
    li       r2, 1024
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 33, 71, 256
    li       r1, 1280
    li       r2, 1280
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 32, 73, 256
    li       r1, 1280
    li       r2, 1280
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 31, 75, 256
    li       r1, 1280
    li       r2, 1280
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 30, 77, 256
    li       r1, 1280
    li       r2, 1280
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 40, 79, 256
    li       r1, 1536
    li       r2, 1536
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 41, 81, 256
    li       r1, 1536
    li       r2, 1536
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 42, 83, 256
    li       r1, 1536
    li       r2, 1536
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 43, 85, 256
    li       r1, 1536
    li       r2, 1536
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 44, 87, 256
    li       r1, 1792
    li       r2, 1792
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 45, 89, 256
    li       r1, 1792
    li       r2, 1792
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 46, 91, 256
    li       r1, 1792
    li       r2, 1792
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 2304
    recv     r1, 47, 93, 256
    li       r1, 1792
    li       r2, 1792
    li       r3, 2304
    vadd     r1, r2, r3, 256
    li       r1, 0
    li       r2, 0
    li       r3, 4352
    vaffine  r1, r2, r3, 2048
.layer 3
    li       r1, 8448
    li       r2, 0
    vsigm    r1, r2, 2048
.layer 4
    li       r1, 8448
    send     r1, 48, 94, 256
    li       r1, 8704
    send     r1, 49, 95, 256
    li       r1, 8960
    send     r1, 59, 97, 256
    li       r1, 9216
    send     r1, 58, 99, 256
    li       r1, 9472
    send     r1, 57, 101, 256
    li       r1, 9728
    send     r1, 56, 103, 256
    li       r1, 9984
    send     r1, 55, 105, 256
    li       r1, 10240
    send     r1, 54, 107, 256
    li       r1, 8448
    send     r1, 53, 109, 256
    li       r1, 8704
    send     r1, 52, 111, 256
    li       r1, 8960
    send     r1, 51, 113, 256
    li       r1, 9216
    send     r1, 50, 115, 256
    li       r1, 9472
    send     r1, 60, 117, 256
    li       r1, 9728
    send     r1, 61, 119, 256
    li       r1, 9984
    send     r1, 62, 121, 256
    li       r1, 10240
    send     r1, 63, 123, 256
    li       r1, 8448
    send     r1, 64, 125, 256
    li       r1, 8704
    send     r1, 65, 127, 256
    li       r1, 8960
    send     r1, 66, 129, 256
    li       r1, 9216
    send     r1, 67, 131, 256
    li       r1, 9472
    send     r1, 68, 133, 256
    li       r1, 9728
    send     r1, 69, 135, 256
    li       r1, 9984
    send     r1, 79, 137, 256
    li       r1, 10240
    send     r1, 78, 139, 256
    li       r1, 8448
    send     r1, 77, 141, 256
    li       r1, 8704
    send     r1, 76, 143, 256
    li       r1, 8960
    send     r1, 75, 145, 256
    li       r1, 9216
    send     r1, 74, 147, 256
    li       r1, 9472
    send     r1, 73, 149, 256
    li       r1, 9728
    send     r1, 72, 151, 256
    li       r1, 9984
    send     r1, 71, 153, 256
    li       r1, 10240
    send     r1, 70, 155, 256
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
    recv     r1, 0, 29, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 0, 30, 256
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
    recv     r1, 0, 27, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 0, 28, 256
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
    recv     r1, 0, 25, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 0, 26, 256
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
    recv     r1, 0, 23, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 0, 24, 256
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
    recv     r1, 0, 21, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 0, 22, 256
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
    recv     r1, 0, 19, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 0, 20, 256
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
    recv     r1, 0, 38, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 13, 39, 256
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
    recv     r1, 0, 40, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 13, 41, 256
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
    recv     r1, 0, 42, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 13, 43, 256
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
    recv     r1, 0, 44, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 13, 45, 256
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
    recv     r1, 0, 46, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 13, 47, 256
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
    recv     r1, 0, 48, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 13, 49, 256
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
    recv     r1, 0, 50, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 13, 51, 256
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
    recv     r1, 0, 52, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 13, 53, 256
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
    recv     r1, 0, 54, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 13, 55, 256
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
    recv     r1, 0, 56, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 13, 57, 256
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
    recv     r1, 0, 76, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 1280
    mvm      x0, r4, r5, 0
    li       r1, 1536
    send     r1, 13, 77, 256
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
    recv     r1, 0, 74, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 1280
    mvm      x0, r4, r5, 0
    li       r1, 1536
    send     r1, 13, 75, 256
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
    recv     r1, 0, 72, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 1280
    mvm      x0, r4, r5, 0
    li       r1, 1536
    send     r1, 13, 73, 256
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
    recv     r1, 0, 70, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 1280
    mvm      x0, r4, r5, 0
    li       r1, 1536
    send     r1, 13, 71, 256
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
    recv     r1, 0, 68, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 1024
    mvm      x0, r4, r5, 0
    li       r1, 1280
    send     r1, 13, 69, 256
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
    recv     r1, 0, 66, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 1024
    mvm      x0, r4, r5, 0
    li       r1, 1280
    send     r1, 13, 67, 256
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
    recv     r1, 0, 64, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 1024
    mvm      x0, r4, r5, 0
    li       r1, 1280
    send     r1, 13, 65, 256
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
    recv     r1, 0, 62, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 1024
    mvm      x0, r4, r5, 0
    li       r1, 1280
    send     r1, 13, 63, 256
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
    recv     r1, 0, 60, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 13, 61, 256
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
    recv     r1, 0, 58, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 13, 59, 256
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
    recv     r1, 0, 78, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 1536
    mvm      x0, r4, r5, 0
    li       r1, 1792
    send     r1, 13, 79, 256
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
    recv     r1, 0, 80, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 1536
    mvm      x0, r4, r5, 0
    li       r1, 1792
    send     r1, 13, 81, 256
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
    recv     r1, 0, 82, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 1536
    mvm      x0, r4, r5, 0
    li       r1, 1792
    send     r1, 13, 83, 256
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
    recv     r1, 0, 84, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 1536
    mvm      x0, r4, r5, 0
    li       r1, 1792
    send     r1, 13, 85, 256
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
    recv     r1, 0, 86, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 1792
    mvm      x0, r4, r5, 0
    li       r1, 2048
    send     r1, 13, 87, 256
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
    recv     r1, 0, 88, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 1792
    mvm      x0, r4, r5, 0
    li       r1, 2048
    send     r1, 13, 89, 256
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
    recv     r1, 0, 90, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 1792
    mvm      x0, r4, r5, 0
    li       r1, 2048
    send     r1, 13, 91, 256
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
    recv     r1, 0, 92, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 1792
    mvm      x0, r4, r5, 0
    li       r1, 2048
    send     r1, 13, 93, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 48
    prog     x0, 48
    xwin     x0, 0, 256, 0, 256
    li       r4, 10280
    li       r1, 2304
    ld       r1, r4, dram, 2048
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 4
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 1024
    li       r1, 1024
    recv     r1, 13, 94, 256
    li       r10, 1024
    li       r12, 0
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 1280
    recv     r1, 49, 96, 256
    li       r1, 0
    li       r2, 0
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 59, 98, 256
    li       r1, 0
    li       r2, 0
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 58, 100, 256
    li       r1, 0
    li       r2, 0
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 57, 102, 256
    li       r1, 0
    li       r2, 0
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 56, 104, 256
    li       r1, 0
    li       r2, 0
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 55, 106, 256
    li       r1, 0
    li       r2, 0
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 54, 108, 256
    li       r1, 0
    li       r2, 0
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 53, 110, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 52, 112, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 51, 114, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 50, 116, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 60, 118, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 61, 120, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 62, 122, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 63, 124, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 64, 126, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 65, 128, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 66, 130, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 67, 132, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 68, 134, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 69, 136, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 79, 138, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 78, 140, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 77, 142, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 76, 144, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 75, 146, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 74, 148, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 73, 150, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 72, 152, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 71, 154, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 1280
    recv     r1, 70, 156, 256
    li       r1, 768
    li       r2, 768
    li       r3, 1280
    vadd     r1, r2, r3, 256
    li       r1, 0
    li       r2, 0
    li       r3, 2304
    vaffine  r1, r2, r3, 1024
.layer 5
    li       r1, 4352
    li       r2, 0
    vsigm    r1, r2, 1024
.layer 6
    li       r1, 4352
    send     r1, 80, 157, 256
    li       r1, 4608
    send     r1, 81, 158, 256
    li       r1, 4864
    send     r1, 82, 160, 256
    li       r1, 5120
    send     r1, 83, 162, 256
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
    recv     r1, 13, 95, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 48, 96, 256
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
    recv     r1, 13, 115, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 48, 116, 256
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
    recv     r1, 13, 113, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 48, 114, 256
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
    recv     r1, 13, 111, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 48, 112, 256
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
    recv     r1, 13, 109, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 48, 110, 256
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
    recv     r1, 13, 107, 256
    li       r10, -1792
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1792
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 48, 108, 256
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
    recv     r1, 13, 105, 256
    li       r10, -1536
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1536
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 48, 106, 256
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
    recv     r1, 13, 103, 256
    li       r10, -1280
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1280
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 48, 104, 256
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
    recv     r1, 13, 101, 256
    li       r10, -1024
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1024
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 48, 102, 256
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
    recv     r1, 13, 99, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 48, 100, 256
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
    recv     r1, 13, 97, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 48, 98, 256
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
    recv     r1, 13, 117, 256
    li       r10, -1024
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1024
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 48, 118, 256
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
    recv     r1, 13, 119, 256
    li       r10, -1280
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1280
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 48, 120, 256
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
    recv     r1, 13, 121, 256
    li       r10, -1536
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1536
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 48, 122, 256
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
    recv     r1, 13, 123, 256
    li       r10, -1792
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1792
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 48, 124, 256
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
    recv     r1, 13, 125, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 48, 126, 256
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
    recv     r1, 13, 127, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 48, 128, 256
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
    recv     r1, 13, 129, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 48, 130, 256
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
    recv     r1, 13, 131, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 48, 132, 256
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
    recv     r1, 13, 133, 256
    li       r10, -1024
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1024
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 48, 134, 256
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
    recv     r1, 13, 135, 256
    li       r10, -1280
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1280
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 48, 136, 256
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
    recv     r1, 13, 155, 256
    li       r10, -1792
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1792
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 48, 156, 256
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
    recv     r1, 13, 153, 256
    li       r10, -1536
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1536
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 48, 154, 256
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
    recv     r1, 13, 151, 256
    li       r10, -1280
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1280
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 48, 152, 256
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
    recv     r1, 13, 149, 256
    li       r10, -1024
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1024
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 48, 150, 256
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
    recv     r1, 13, 147, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 48, 148, 256
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
    recv     r1, 13, 145, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 48, 146, 256
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
    recv     r1, 13, 143, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 48, 144, 256
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
    recv     r1, 13, 141, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 48, 142, 256
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
    recv     r1, 13, 139, 256
    li       r10, -1792
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1792
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 48, 140, 256
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
    recv     r1, 13, 137, 256
    li       r10, -1536
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 1536
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 48, 138, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 80
    prog     x0, 80
    xwin     x0, 0, 256, 0, 10
    li       r4, 12328
    li       r1, 276
    ld       r1, r4, dram, 20
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 6
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 10
    li       r1, 10
    recv     r1, 48, 157, 256
    li       r10, 10
    li       r12, 0
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 266
    recv     r1, 81, 159, 10
    li       r1, 0
    li       r2, 0
    li       r3, 266
    vadd     r1, r2, r3, 10
    li       r1, 266
    recv     r1, 82, 161, 10
    li       r1, 0
    li       r2, 0
    li       r3, 266
    vadd     r1, r2, r3, 10
    li       r1, 266
    recv     r1, 83, 163, 10
    li       r1, 0
    li       r2, 0
    li       r3, 266
    vadd     r1, r2, r3, 10
    li       r1, 0
    li       r2, 0
    li       r3, 276
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
    recv     r1, 48, 158, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 80, 159, 10
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
    recv     r1, 48, 160, 256
    li       r10, -512
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 80, 161, 10
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
    recv     r1, 48, 162, 256
    li       r10, -768
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 80, 163, 10
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt
