# aimcsim program: 4 tile(s), ISA 2.1.0
.isa 2.1.0

.layer 0 "conv1"
.layer 1 "relu1"
.layer 2 "conv2"
.layer 3 "relu2"
.layer 4 "flatten"
.layer 5 "fc"

.tile 0
    prog     x0, 0
    xwin     x0, 0, 9, 0, 8
    prog     x1, 1
    xwin     x1, 0, 9, 0, 8
    li       r4, 296
    li       r1, 694
    ld       r1, r4, dram, 16
    barrier  0
    li       r14, 4
    li       r15, 0
L10:
.layer 0
    li       r4, 64
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 0
    ld       r1, r4, dram, 64
    li       r1, 587
    li       r2, 0
    vcopy    r1, r2, 8
    li       r1, 597
    li       r2, 8
    vcopy    r1, r2, 8
    li       r1, 607
    li       r2, 16
    vcopy    r1, r2, 8
    li       r1, 617
    li       r2, 24
    vcopy    r1, r2, 8
    li       r1, 627
    li       r2, 32
    vcopy    r1, r2, 8
    li       r1, 637
    li       r2, 40
    vcopy    r1, r2, 8
    li       r1, 647
    li       r2, 48
    vcopy    r1, r2, 8
    li       r1, 657
    li       r2, 56
    vcopy    r1, r2, 8
    li       r10, 576
    li       r12, 64
    li       r8, 0
L42:
    li       r9, 0
    addi     r11, r10, 0
L44:
    addi     r1, r11, 0
    li       r2, 676
    vcopy    r2, r1, 3
    addi     r1, r11, 10
    li       r2, 679
    vcopy    r2, r1, 3
    addi     r1, r11, 20
    li       r2, 682
    vcopy    r2, r1, 3
    li       r4, 676
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 1
    addi     r12, r12, 8
    addi     r9, r9, 1
    li       r13, 8
    blt      r9, r13, L44
    addi     r10, r10, 10
    addi     r8, r8, 1
    li       r13, 4
    blt      r8, r13, L42
    li       r10, 616
    li       r12, 320
    li       r8, 4
L68:
    li       r9, 0
    addi     r11, r10, 0
L70:
    addi     r1, r11, 0
    li       r2, 685
    vcopy    r2, r1, 3
    addi     r1, r11, 10
    li       r2, 688
    vcopy    r2, r1, 3
    addi     r1, r11, 20
    li       r2, 691
    vcopy    r2, r1, 3
    li       r4, 685
    addi     r5, r12, 0
    mvm      x1, r4, r5, 0
    addi     r11, r11, 1
    addi     r12, r12, 8
    addi     r9, r9, 1
    li       r13, 8
    blt      r9, r13, L70
    addi     r10, r10, 10
    addi     r8, r8, 1
    li       r13, 8
    blt      r8, r13, L68
    li       r8, 0
    li       r9, 64
    li       r10, 64
    li       r3, 694
L95:
    vaffine  r9, r10, r3, 8
    addi     r9, r9, 8
    addi     r10, r10, 8
    addi     r8, r8, 1
    li       r13, 64
    blt      r8, r13, L95
.layer 1
    li       r1, 710
    li       r2, 64
    vrelu    r1, r2, 512
.layer 2
    li       r1, 710
    send     r1, 1, 1, 512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L10
    halt

.tile 1
    prog     x0, 2
    xwin     x0, 0, 64, 0, 16
    prog     x1, 3
    xwin     x1, 0, 8, 0, 16
    li       r4, 312
    li       r1, 1640
    ld       r1, r4, dram, 32
    barrier  0
    li       r14, 4
    li       r15, 0
L10:
.layer 2
    li       r1, 256
    recv     r1, 0, 1, 512
    li       r1, 856
    li       r2, 256
    vcopy    r1, r2, 64
    li       r1, 936
    li       r2, 320
    vcopy    r1, r2, 64
    li       r1, 1016
    li       r2, 384
    vcopy    r1, r2, 64
    li       r1, 1096
    li       r2, 448
    vcopy    r1, r2, 64
    li       r1, 1176
    li       r2, 512
    vcopy    r1, r2, 64
    li       r1, 1256
    li       r2, 576
    vcopy    r1, r2, 64
    li       r1, 1336
    li       r2, 640
    vcopy    r1, r2, 64
    li       r1, 1416
    li       r2, 704
    vcopy    r1, r2, 64
    li       r10, 768
    li       r12, 0
    li       r8, 0
L39:
    li       r9, 0
    addi     r11, r10, 0
L41:
    addi     r1, r11, 0
    li       r2, 1568
    vcopy    r2, r1, 24
    addi     r1, r11, 80
    li       r2, 1592
    vcopy    r2, r1, 24
    addi     r1, r11, 160
    li       r2, 1616
    vcopy    r2, r1, 24
    li       r4, 1568
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r4, 1632
    addi     r5, r12, 0
    mvm      x1, r4, r5, 1
    addi     r11, r11, 16
    addi     r12, r12, 16
    addi     r9, r9, 1
    li       r13, 4
    blt      r9, r13, L41
    addi     r10, r10, 160
    addi     r8, r8, 1
    li       r13, 4
    blt      r8, r13, L39
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 1640
L69:
    vaffine  r9, r10, r3, 16
    addi     r9, r9, 16
    addi     r10, r10, 16
    addi     r8, r8, 1
    li       r13, 16
    blt      r8, r13, L69
.layer 3
    li       r1, 1672
    li       r2, 0
    vrelu    r1, r2, 256
.layer 5
    li       r1, 1800
    send     r1, 2, 1, 128
    li       r1, 1672
    send     r1, 3, 1, 128
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L10
    halt

.tile 2
    prog     x0, 6
    xwin     x0, 0, 64, 0, 10
    prog     x1, 7
    xwin     x1, 0, 64, 0, 10
    barrier  0
    li       r14, 4
    li       r15, 0
L7:
.layer 5
    li       r1, 0
    recv     r1, 1, 1, 128
    li       r10, -128
    li       r12, 128
    addi     r11, r10, 0
    addi     r4, r11, 128
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r4, r11, 192
    addi     r5, r12, 0
    mvm      x1, r4, r5, 1
    li       r1, 128
    send     r1, 3, 1, 10
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L7
    halt

.tile 3
    prog     x0, 4
    xwin     x0, 0, 64, 0, 10
    prog     x1, 5
    xwin     x1, 0, 64, 0, 10
    li       r4, 344
    li       r1, 148
    ld       r1, r4, dram, 20
    barrier  0
    li       r14, 4
    li       r15, 0
L10:
.layer 5
    li       r1, 10
    recv     r1, 1, 1, 128
    li       r10, 10
    li       r12, 0
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r4, r11, 64
    addi     r5, r12, 0
    mvm      x1, r4, r5, 1
    li       r1, 138
    recv     r1, 2, 1, 10
    li       r1, 0
    li       r2, 0
    li       r3, 138
    vadd     r1, r2, r3, 10
    li       r1, 0
    li       r2, 0
    li       r3, 148
    vaffine  r1, r2, r3, 10
    li       r4, 10
    mul      r4, r15, r4
    addi     r4, r4, 256
    li       r1, 0
    st       r4, r1, dram, 10
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L10
    halt
