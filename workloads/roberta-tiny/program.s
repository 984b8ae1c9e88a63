# aimcsim program: 16 tile(s), ISA 2.1.0
.isa 2.1.0

.layer 0 "mask.bias.mask_bias"
.layer 1 "mask.bias"
.layer 2 "emb.add"
.layer 3 "emb.ln"
.layer 4 "l0.q"
.layer 5 "l0.k"
.layer 6 "l0.v"
.layer 7 "l0.qh.reshape"
.layer 8 "l0.qh.tr"
.layer 9 "l0.kt.reshape"
.layer 10 "l0.kt.tr"
.layer 11 "l0.vh.reshape"
.layer 12 "l0.vh.tr"
.layer 13 "l0.qk"
.layer 14 "l0.scale"
.layer 15 "l0.mask"
.layer 16 "l0.softmax"
.layer 17 "l0.av"
.layer 18 "l0.ctx.tr"
.layer 19 "l0.ctx.reshape"
.layer 20 "l0.o"
.layer 21 "l0.res1"
.layer 22 "l0.ln1"
.layer 23 "l0.ff1"
.layer 24 "l0.gelu.erf_gelu"
.layer 25 "l0.ff2"
.layer 26 "l0.res2"
.layer 27 "l0.ln2"

.tile 0
    prog     x0, 0
    xwin     x0, 0, 64, 0, 64
    li       r4, 6176
    li       r1, 32
    ld       r1, r4, dram, 64
    li       r4, 6240
    li       r1, 6304
    ld       r1, r4, dram, 128
    li       r4, 6368
    li       r1, 10528
    ld       r1, r4, dram, 128
    li       r4, 6496
    li       r1, 12704
    ld       r1, r4, dram, 128
    li       r4, 6880
    li       r1, 18976
    ld       r1, r4, dram, 64
    li       r4, 6944
    li       r1, 33376
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L23:
.layer 0
    li       r4, 32
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 0
    ld       r1, r4, dram, 32
    li       r1, 96
    li       r2, 0
    li       r3, 32
    vaffine  r1, r2, r3, 32
.layer 1
    li       r1, 128
    li       r2, 96
    vcopy    r1, r2, 32
.layer 2
    li       r4, 2048
    mul      r4, r15, r4
    addi     r4, r4, 32
    li       r1, 160
    ld       r1, r4, dram, 2048
    li       r4, 2048
    mul      r4, r15, r4
    addi     r4, r4, 2080
    li       r1, 2208
    ld       r1, r4, dram, 2048
    li       r1, 4256
    li       r2, 160
    li       r3, 2208
    vadd     r1, r2, r3, 2048
.layer 3
    li       r1, 6432
    li       r2, 4256
    li       r3, 6304
    vlnorm   r1, r2, r3, 32, 64
.layer 4
    li       r8, 0
    li       r9, 8480
    li       r10, 6432
    li       r3, 10528
L57:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L57
    li       r10, 8480
    li       r12, 10656
    li       r8, 0
L66:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 11
    blt      r8, r13, L66
    li       r1, 8480
    send     r1, 1, 1, 2048
    li       r1, 11360
    recv     r1, 1, 1, 640
    li       r1, 8480
    send     r1, 2, 1, 2048
    li       r1, 12000
    recv     r1, 2, 1, 704
    li       r8, 0
    li       r9, 10656
    li       r10, 10656
    li       r3, 12704
L87:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L87
.layer 5
    li       r1, 8480
    send     r1, 3, 1, 2048
    li       r1, 8480
    send     r1, 7, 1, 2048
    li       r1, 8480
    send     r1, 6, 1, 2048
.layer 6
    li       r1, 8480
    send     r1, 5, 1, 2048
    li       r1, 8480
    send     r1, 4, 1, 2048
    li       r1, 8480
    send     r1, 8, 1, 2048
.layer 8
    li       r3, 10656
    li       r1, 12832
    addi     r4, r3, 0
    addi     r5, r1, 2048
L109:
    addi     r6, r4, 0
    addi     r13, r1, 1024
L111:
    vcopy    r1, r6, 32
    addi     r1, r1, 32
    addi     r6, r6, 64
    blt      r1, r13, L111
    addi     r4, r4, 32
    blt      r1, r5, L109
.layer 13
    li       r1, 14880
    recv     r1, 3, 1, 2048
    li       r1, 16928
    li       r2, 12832
    li       r3, 14880
    mmul     r1, r2, r3, 1, 32, 32, 32
    li       r1, 17952
    li       r2, 13856
    li       r3, 15904
    mmul     r1, r2, r3, 1, 32, 32, 32
.layer 14
    li       r8, 0
    li       r9, 19040
    li       r10, 16928
    li       r3, 18976
L131:
    vaffine  r9, r10, r3, 32
    addi     r9, r9, 32
    addi     r10, r10, 32
    addi     r8, r8, 1
    li       r13, 64
    blt      r8, r13, L131
.layer 15
    li       r8, 0
    li       r9, 21088
    li       r10, 19040
    li       r3, 128
L141:
    vadd     r9, r10, r3, 32
    addi     r9, r9, 32
    addi     r10, r10, 32
    addi     r8, r8, 1
    li       r13, 64
    blt      r8, r13, L141
.layer 16
    li       r1, 23136
    li       r2, 21088
    vsoftmax r1, r2, 64, 32
.layer 17
    li       r1, 25184
    recv     r1, 5, 1, 2048
    li       r1, 27232
    li       r2, 23136
    li       r3, 25184
    mmul     r1, r2, r3, 0, 32, 32, 32
    li       r1, 28256
    li       r2, 24160
    li       r3, 26208
    mmul     r1, r2, r3, 0, 32, 32, 32
.layer 18
    li       r3, 27232
    li       r1, 29280
    addi     r4, r3, 0
    addi     r5, r1, 2048
L164:
    addi     r6, r4, 0
    addi     r13, r1, 64
L166:
    vcopy    r1, r6, 32
    addi     r1, r1, 32
    addi     r6, r6, 1024
    blt      r1, r13, L166
    addi     r4, r4, 32
    blt      r1, r5, L164
.layer 20
    li       r8, 0
    li       r9, 31328
    li       r10, 29280
    li       r3, 33376
L176:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L176
    li       r1, 31328
    send     r1, 9, 1, 2048
    li       r1, 31328
    send     r1, 10, 1, 2048
    li       r1, 31328
    send     r1, 11, 1, 2048
.layer 21
    li       r1, 6432
    send     r1, 9, 2, 2048
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L23
    halt

.tile 1
    prog     x0, 1
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 0, 1, 2048
    li       r10, 704
    li       r12, 2048
    li       r8, 11
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L10
    li       r1, 2048
    send     r1, 0, 1, 640
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 2
    prog     x0, 2
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 4
    li       r1, 0
    recv     r1, 0, 1, 2048
    li       r10, 1344
    li       r12, 2048
    li       r8, 21
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L10
    li       r1, 2048
    send     r1, 0, 1, 704
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 3
    prog     x0, 3
    xwin     x0, 0, 64, 0, 64
    li       r4, 6624
    li       r1, 4096
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 5
    li       r1, 2048
    recv     r1, 0, 1, 2048
    li       r10, 2048
    li       r12, 0
    li       r8, 0
L13:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 11
    blt      r8, r13, L13
    li       r1, 704
    recv     r1, 7, 1, 640
    li       r1, 1344
    recv     r1, 6, 1, 704
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4096
L30:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L30
.layer 10
    li       r3, 0
    li       r1, 4224
    addi     r4, r3, 0
    addi     r5, r1, 2048
L40:
    addi     r6, r4, 0
    addi     r13, r1, 1024
L42:
    vcopy    r1, r6, 32
    addi     r1, r1, 32
    addi     r6, r6, 64
    blt      r1, r13, L42
    addi     r4, r4, 32
    blt      r1, r5, L40
.layer 13
    li       r1, 4224
    send     r1, 0, 1, 2048
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 4
    prog     x0, 7
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 6
    li       r1, 0
    recv     r1, 0, 1, 2048
    li       r10, 704
    li       r12, 2048
    li       r8, 11
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L10
    li       r1, 2048
    send     r1, 5, 1, 640
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 5
    prog     x0, 6
    xwin     x0, 0, 64, 0, 64
    li       r4, 6752
    li       r1, 4096
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 6
    li       r1, 2048
    recv     r1, 0, 1, 2048
    li       r10, 2048
    li       r12, 0
    li       r8, 0
L13:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 11
    blt      r8, r13, L13
    li       r1, 704
    recv     r1, 4, 1, 640
    li       r1, 1344
    recv     r1, 8, 1, 704
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4096
L30:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L30
.layer 12
    li       r3, 0
    li       r1, 4224
    addi     r4, r3, 0
    addi     r5, r1, 2048
L40:
    addi     r6, r4, 0
    addi     r13, r1, 1024
L42:
    vcopy    r1, r6, 32
    addi     r1, r1, 32
    addi     r6, r6, 64
    blt      r1, r13, L42
    addi     r4, r4, 32
    blt      r1, r5, L40
.layer 17
    li       r1, 4224
    send     r1, 0, 1, 2048
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 6
    prog     x0, 5
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 5
    li       r1, 0
    recv     r1, 0, 1, 2048
    li       r10, 1344
    li       r12, 2048
    li       r8, 21
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L10
    li       r1, 2048
    send     r1, 3, 1, 704
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 7
    prog     x0, 4
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 5
    li       r1, 0
    recv     r1, 0, 1, 2048
    li       r10, 704
    li       r12, 2048
    li       r8, 11
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L10
    li       r1, 2048
    send     r1, 3, 1, 640
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 8
    prog     x0, 8
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 6
    li       r1, 0
    recv     r1, 0, 1, 2048
    li       r10, 1344
    li       r12, 2048
    li       r8, 21
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L10
    li       r1, 2048
    send     r1, 5, 1, 704
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 9
    prog     x0, 9
    xwin     x0, 0, 64, 0, 64
    li       r4, 7072
    li       r1, 4096
    ld       r1, r4, dram, 128
    li       r4, 7200
    li       r1, 8320
    ld       r1, r4, dram, 128
    li       r4, 7328
    li       r1, 12544
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L14:
.layer 20
    li       r1, 2048
    recv     r1, 0, 1, 2048
    li       r10, 2048
    li       r12, 0
    li       r8, 0
L19:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 11
    blt      r8, r13, L19
    li       r1, 704
    recv     r1, 10, 1, 640
    li       r1, 1344
    recv     r1, 11, 1, 704
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4096
L36:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L36
.layer 21
    li       r1, 4224
    recv     r1, 0, 2, 2048
    li       r1, 6272
    li       r2, 0
    li       r3, 4224
    vadd     r1, r2, r3, 2048
.layer 22
    li       r1, 8448
    li       r2, 6272
    li       r3, 8320
    vlnorm   r1, r2, r3, 32, 64
.layer 23
    li       r8, 0
    li       r9, 10496
    li       r10, 8448
    li       r3, 12544
L56:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L56
    li       r1, 10496
    send     r1, 15, 1, 2048
    li       r1, 10496
    send     r1, 14, 1, 2048
.layer 26
    li       r1, 8448
    send     r1, 13, 1, 2048
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L14
    halt

.tile 10
    prog     x0, 10
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 20
    li       r1, 0
    recv     r1, 0, 1, 2048
    li       r10, 704
    li       r12, 2048
    li       r8, 11
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L10
    li       r1, 2048
    send     r1, 9, 1, 640
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 11
    prog     x0, 11
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 20
    li       r1, 0
    recv     r1, 0, 1, 2048
    li       r10, 1344
    li       r12, 2048
    li       r8, 21
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L10
    li       r1, 2048
    send     r1, 9, 1, 704
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 12
    prog     x0, 15
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 25
    li       r1, 0
    recv     r1, 15, 1, 8192
    li       r10, 4096
    li       r12, 8192
    li       r8, 16
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 256
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L10
    li       r1, 8192
    send     r1, 13, 1, 1024
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 13
    prog     x0, 14
    xwin     x0, 0, 256, 0, 64
    li       r4, 8480
    li       r1, 10240
    ld       r1, r4, dram, 128
    li       r4, 8608
    li       r1, 14464
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 25
    li       r1, 2048
    recv     r1, 15, 1, 8192
    li       r10, 2048
    li       r12, 0
    li       r8, 0
L16:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 64
    addi     r10, r10, 256
    addi     r8, r8, 1
    li       r13, 16
    blt      r8, r13, L16
    li       r1, 1024
    recv     r1, 12, 1, 1024
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 10240
L31:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L31
.layer 26
    li       r1, 10368
    recv     r1, 9, 1, 2048
    li       r1, 12416
    li       r2, 0
    li       r3, 10368
    vadd     r1, r2, r3, 2048
.layer 27
    li       r1, 14592
    li       r2, 12416
    li       r3, 14464
    vlnorm   r1, r2, r3, 32, 64
    li       r4, 2048
    mul      r4, r15, r4
    addi     r4, r4, 4128
    li       r1, 14592
    st       r4, r1, dram, 2048
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 14
    prog     x0, 13
    xwin     x0, 0, 64, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 23
    li       r1, 0
    recv     r1, 9, 1, 2048
    li       r10, 1024
    li       r12, 2048
    li       r8, 16
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 256
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L10
    li       r1, 2048
    send     r1, 15, 1, 4096
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 15
    prog     x0, 12
    xwin     x0, 0, 64, 0, 256
    li       r4, 7456
    li       r1, 10240
    ld       r1, r4, dram, 512
    li       r4, 7968
    li       r1, 27136
    ld       r1, r4, dram, 512
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 23
    li       r1, 8192
    recv     r1, 9, 1, 2048
    li       r10, 8192
    li       r12, 0
    li       r8, 0
L16:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 256
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 16
    blt      r8, r13, L16
    li       r1, 4096
    recv     r1, 14, 1, 4096
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 10240
L31:
    vaffine  r9, r10, r3, 256
    addi     r9, r9, 256
    addi     r10, r10, 256
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L31
.layer 24
    li       r1, 10752
    li       r2, 0
    vgelu    r1, r2, 8192
.layer 25
    li       r8, 0
    li       r9, 18944
    li       r10, 10752
    li       r3, 27136
L44:
    vaffine  r9, r10, r3, 256
    addi     r9, r9, 256
    addi     r10, r10, 256
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L44
    li       r1, 18944
    send     r1, 13, 1, 8192
    li       r1, 18944
    send     r1, 12, 1, 8192
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt
