# aimcsim program: 16 tile(s), ISA 2.1.0
.isa 2.1.0

.layer 0 "emb.add"
.layer 1 "emb.ln"
.layer 2 "l0.q"
.layer 3 "l0.k"
.layer 4 "l0.v"
.layer 5 "l0.qh.reshape"
.layer 6 "l0.qh.tr"
.layer 7 "l0.kt.reshape"
.layer 8 "l0.kt.tr"
.layer 9 "l0.vh.reshape"
.layer 10 "l0.vh.tr"
.layer 11 "l0.qk"
.layer 12 "l0.scale"
.layer 13 "l0.softmax"
.layer 14 "l0.av"
.layer 15 "l0.ctx.tr"
.layer 16 "l0.ctx.reshape"
.layer 17 "l0.o"
.layer 18 "l0.res1"
.layer 19 "l0.ln1"
.layer 20 "l0.ff1"
.layer 21 "l0.gelu.erf_gelu"
.layer 22 "l0.ff2"
.layer 23 "l0.res2"
.layer 24 "l0.ln2"
.layer 25 "l1.q"
.layer 26 "l1.k"
.layer 27 "l1.v"
.layer 28 "l1.qh.reshape"
.layer 29 "l1.qh.tr"
.layer 30 "l1.kt.reshape"
.layer 31 "l1.kt.tr"
.layer 32 "l1.vh.reshape"
.layer 33 "l1.vh.tr"
.layer 34 "l1.qk"
.layer 35 "l1.scale"
.layer 36 "l1.softmax"
.layer 37 "l1.av"
.layer 38 "l1.ctx.tr"
.layer 39 "l1.ctx.reshape"
.layer 40 "l1.o"
.layer 41 "l1.res1"
.layer 42 "l1.ln1"
.layer 43 "l1.ff1"
.layer 44 "l1.gelu.erf_gelu"
.layer 45 "l1.ff2"
.layer 46 "l1.res2"
.layer 47 "l1.ln2"

.tile 0
    prog     x0, 0
    xwin     x0, 0, 128, 0, 128
    li       r4, 49152
    li       r1, 8192
    ld       r1, r4, dram, 256
    li       r4, 49408
    li       r1, 13824
    ld       r1, r4, dram, 256
    li       r4, 49664
    li       r1, 14080
    ld       r1, r4, dram, 256
    li       r4, 50944
    li       r1, 22721
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L17:
.layer 0
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 0
    ld       r1, r4, dram, 2730
    li       r4, 32768
    li       r1, 2730
    ld       r1, r4, dram, 2730
    li       r1, 5460
    li       r2, 0
    li       r3, 2730
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 5460
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 2730
    li       r1, 0
    ld       r1, r4, dram, 2730
    li       r4, 35498
    li       r1, 2730
    ld       r1, r4, dram, 2730
    li       r1, 5460
    li       r2, 0
    li       r3, 2730
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 2730
    li       r1, 5460
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 5460
    li       r1, 0
    ld       r1, r4, dram, 2730
    li       r4, 38228
    li       r1, 2730
    ld       r1, r4, dram, 2730
    li       r1, 5460
    li       r2, 0
    li       r3, 2730
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 5460
    li       r1, 5460
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 8190
    li       r1, 0
    ld       r1, r4, dram, 2730
    li       r4, 40958
    li       r1, 2730
    ld       r1, r4, dram, 2730
    li       r1, 5460
    li       r2, 0
    li       r3, 2730
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 8190
    li       r1, 5460
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 10920
    li       r1, 0
    ld       r1, r4, dram, 2730
    li       r4, 43688
    li       r1, 2730
    ld       r1, r4, dram, 2730
    li       r1, 5460
    li       r2, 0
    li       r3, 2730
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 10920
    li       r1, 5460
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 13650
    li       r1, 0
    ld       r1, r4, dram, 2730
    li       r4, 46418
    li       r1, 2730
    ld       r1, r4, dram, 2730
    li       r1, 5460
    li       r2, 0
    li       r3, 2730
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 13650
    li       r1, 5460
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 16380
    li       r1, 0
    ld       r1, r4, dram, 4
    li       r4, 49148
    li       r1, 2730
    ld       r1, r4, dram, 4
    li       r1, 5460
    li       r2, 0
    li       r3, 2730
    vadd     r1, r2, r3, 4
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 16380
    li       r1, 5460
    st       r4, r1, sram, 4
.layer 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 0
    ld       r1, r4, sram, 4096
    li       r1, 4096
    li       r2, 0
    li       r3, 8192
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 16384
    li       r1, 4096
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 4096
    li       r1, 0
    ld       r1, r4, sram, 4096
    li       r1, 4096
    li       r2, 0
    li       r3, 8192
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 20480
    li       r1, 4096
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 8192
    li       r1, 0
    ld       r1, r4, sram, 4096
    li       r1, 4096
    li       r2, 0
    li       r3, 8192
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 24576
    li       r1, 4096
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 12288
    li       r1, 0
    ld       r1, r4, sram, 4096
    li       r1, 4096
    li       r2, 0
    li       r3, 8192
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 28672
    li       r1, 4096
    st       r4, r1, sram, 4096
.layer 2
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 16384
    li       r1, 8448
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 8448
    li       r10, 8448
    li       r3, 13824
L201:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L201
    li       r10, 8448
    li       r12, 11136
    li       r8, 0
L210:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L210
    li       r8, 0
    li       r9, 11136
    li       r10, 11136
    li       r3, 14080
L223:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L223
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 32768
    li       r1, 11136
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 19072
    li       r1, 8448
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 8448
    li       r10, 8448
    li       r3, 13824
L243:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L243
    li       r10, 8448
    li       r12, 11136
    li       r8, 21
L252:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 42
    blt      r8, r13, L252
    li       r8, 0
    li       r9, 11136
    li       r10, 11136
    li       r3, 14080
L265:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L265
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 35456
    li       r1, 11136
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 21760
    li       r1, 8448
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 8448
    li       r10, 8448
    li       r3, 13824
L285:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L285
    li       r10, 8448
    li       r12, 11136
    li       r8, 42
L294:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 63
    blt      r8, r13, L294
    li       r8, 0
    li       r9, 11136
    li       r10, 11136
    li       r3, 14080
L307:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L307
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 38144
    li       r1, 11136
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 24448
    li       r1, 8448
    ld       r1, r4, sram, 128
    li       r1, 8448
    li       r2, 8448
    li       r3, 13824
    vaffine  r1, r2, r3, 128
    li       r10, 8448
    li       r12, 11136
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 11136
    li       r2, 11136
    li       r3, 14080
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 40832
    li       r1, 11136
    st       r4, r1, sram, 128
    li       r1, 8191
    vcopy    r1, r1, 1
    send     r1, 1, 1, 1
.layer 3
    li       r1, 8191
    vcopy    r1, r1, 1
    send     r1, 2, 1, 1
    li       r1, 8191
    vcopy    r1, r1, 1
    send     r1, 3, 1, 1
.layer 4
    li       r1, 8191
    vcopy    r1, r1, 1
    send     r1, 7, 1, 1
    li       r1, 8191
    vcopy    r1, r1, 1
    send     r1, 6, 1, 1
.layer 6
    li       r1, 0
    recv     r1, 1, 1, 1
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 32768
    li       r1, 0
    addi     r4, r3, 0
    addi     r13, r1, 8192
L365:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L365
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 81920
    li       r1, 0
    st       r4, r1, sram, 8192
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 32832
    li       r1, 0
    addi     r4, r3, 0
    addi     r13, r1, 8192
L380:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L380
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90112
    li       r1, 0
    st       r4, r1, sram, 8192
.layer 11
    li       r1, 14400
    recv     r1, 2, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 98304
    li       r1, 14400
    ld       r1, r4, sram, 8192
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 81920
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 131072
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 81984
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 131200
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82048
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 131328
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82112
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 131456
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82176
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 131584
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82240
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 131712
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82304
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 131840
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82368
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 131968
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82432
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 132096
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82496
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 132224
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82560
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 132352
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82624
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 132480
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82688
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 132608
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82752
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 132736
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82816
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 132864
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82880
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 132992
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 82944
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 133120
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83008
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 133248
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83072
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 133376
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83136
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 133504
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83200
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 133632
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83264
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 133760
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83328
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 133888
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83392
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 134016
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83456
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 134144
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83520
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 134272
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83584
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 134400
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83648
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 134528
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83712
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 134656
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83776
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 134784
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83840
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 134912
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83904
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 135040
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 83968
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 135168
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84032
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 135296
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84096
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 135424
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84160
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 135552
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84224
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 135680
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84288
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 135808
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84352
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 135936
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84416
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 136064
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84480
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 136192
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84544
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 136320
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84608
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 136448
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84672
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 136576
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84736
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 136704
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84800
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 136832
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84864
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 136960
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84928
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 137088
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 84992
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 137216
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85056
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 137344
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85120
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 137472
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85184
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 137600
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85248
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 137728
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85312
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 137856
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85376
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 137984
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85440
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 138112
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85504
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 138240
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85568
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 138368
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85632
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 138496
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85696
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 138624
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85760
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 138752
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85824
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 138880
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85888
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 139008
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 85952
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 139136
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86016
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 139264
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86080
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 139392
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86144
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 139520
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86208
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 139648
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86272
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 139776
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86336
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 139904
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86400
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 140032
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86464
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 140160
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86528
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 140288
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86592
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 140416
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86656
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 140544
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86720
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 140672
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86784
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 140800
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86848
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 140928
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86912
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 141056
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 86976
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 141184
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87040
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 141312
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87104
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 141440
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87168
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 141568
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87232
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 141696
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87296
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 141824
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87360
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 141952
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87424
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 142080
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87488
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 142208
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87552
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 142336
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87616
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 142464
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87680
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 142592
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87744
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 142720
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87808
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 142848
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87872
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 142976
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 87936
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 143104
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88000
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 143232
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88064
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 143360
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88128
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 143488
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88192
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 143616
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88256
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 143744
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88320
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 143872
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88384
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 144000
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88448
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 144128
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88512
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 144256
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88576
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 144384
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88640
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 144512
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88704
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 144640
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88768
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 144768
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88832
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 144896
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88896
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 145024
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 88960
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 145152
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89024
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 145280
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89088
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 145408
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89152
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 145536
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89216
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 145664
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89280
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 145792
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89344
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 145920
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89408
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 146048
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89472
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 146176
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89536
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 146304
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89600
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 146432
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89664
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 146560
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89728
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 146688
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89792
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 146816
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89856
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 146944
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89920
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 147072
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 89984
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 147200
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90048
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 147328
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 106496
    li       r1, 14400
    ld       r1, r4, sram, 8192
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90112
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 147456
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90176
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 147584
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90240
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 147712
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90304
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 147840
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90368
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 147968
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90432
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 148096
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90496
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 148224
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90560
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 148352
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90624
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 148480
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90688
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 148608
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90752
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 148736
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90816
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 148864
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90880
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 148992
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 90944
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 149120
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91008
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 149248
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91072
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 149376
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91136
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 149504
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91200
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 149632
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91264
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 149760
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91328
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 149888
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91392
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 150016
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91456
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 150144
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91520
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 150272
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91584
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 150400
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91648
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 150528
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91712
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 150656
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91776
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 150784
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91840
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 150912
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91904
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 151040
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 91968
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 151168
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92032
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 151296
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92096
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 151424
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92160
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 151552
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92224
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 151680
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92288
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 151808
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92352
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 151936
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92416
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 152064
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92480
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 152192
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92544
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 152320
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92608
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 152448
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92672
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 152576
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92736
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 152704
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92800
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 152832
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92864
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 152960
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92928
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 153088
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 92992
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 153216
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93056
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 153344
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93120
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 153472
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93184
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 153600
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93248
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 153728
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93312
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 153856
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93376
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 153984
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93440
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 154112
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93504
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 154240
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93568
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 154368
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93632
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 154496
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93696
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 154624
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93760
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 154752
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93824
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 154880
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93888
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 155008
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 93952
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 155136
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94016
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 155264
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94080
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 155392
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94144
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 155520
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94208
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 155648
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94272
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 155776
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94336
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 155904
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94400
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 156032
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94464
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 156160
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94528
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 156288
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94592
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 156416
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94656
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 156544
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94720
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 156672
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94784
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 156800
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94848
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 156928
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94912
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 157056
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 94976
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 157184
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95040
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 157312
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95104
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 157440
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95168
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 157568
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95232
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 157696
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95296
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 157824
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95360
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 157952
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95424
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 158080
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95488
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 158208
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95552
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 158336
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95616
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 158464
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95680
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 158592
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95744
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 158720
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95808
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 158848
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95872
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 158976
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 95936
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 159104
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96000
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 159232
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96064
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 159360
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96128
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 159488
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96192
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 159616
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96256
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 159744
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96320
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 159872
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96384
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 160000
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96448
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 160128
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96512
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 160256
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96576
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 160384
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96640
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 160512
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96704
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 160640
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96768
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 160768
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96832
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 160896
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96896
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 161024
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 96960
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 161152
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97024
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 161280
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97088
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 161408
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97152
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 161536
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97216
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 161664
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97280
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 161792
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97344
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 161920
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97408
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 162048
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97472
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 162176
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97536
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 162304
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97600
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 162432
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97664
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 162560
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97728
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 162688
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97792
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 162816
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97856
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 162944
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97920
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 163072
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 97984
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 163200
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 98048
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 163328
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 98112
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 163456
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 98176
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 163584
    li       r1, 22593
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 98240
    li       r1, 14336
    ld       r1, r4, sram, 64
    li       r1, 22593
    li       r2, 14336
    li       r3, 14400
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 163712
    li       r1, 22593
    st       r4, r1, sram, 128
.layer 12
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 131072
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 18432
    li       r10, 14336
    li       r3, 22721
L3994:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L3994
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 163840
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 135168
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 18432
    li       r10, 14336
    li       r3, 22721
L4014:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4014
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 167936
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 139264
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 18432
    li       r10, 14336
    li       r3, 22721
L4034:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4034
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 172032
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 143360
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 18432
    li       r10, 14336
    li       r3, 22721
L4054:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4054
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 176128
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 147456
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 18432
    li       r10, 14336
    li       r3, 22721
L4074:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4074
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 180224
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 151552
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 18432
    li       r10, 14336
    li       r3, 22721
L4094:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4094
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 184320
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 155648
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 18432
    li       r10, 14336
    li       r3, 22721
L4114:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4114
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 188416
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 159744
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 18432
    li       r10, 14336
    li       r3, 22721
L4134:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4134
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 192512
    li       r1, 18432
    st       r4, r1, sram, 4096
.layer 13
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 163840
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r1, 18432
    li       r2, 14336
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 196608
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 167936
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r1, 18432
    li       r2, 14336
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 200704
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 172032
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r1, 18432
    li       r2, 14336
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 204800
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 176128
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r1, 18432
    li       r2, 14336
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 208896
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 180224
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r1, 18432
    li       r2, 14336
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 212992
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 184320
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r1, 18432
    li       r2, 14336
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 217088
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 188416
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r1, 18432
    li       r2, 14336
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 221184
    li       r1, 18432
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 192512
    li       r1, 14336
    ld       r1, r4, sram, 4096
    li       r1, 18432
    li       r2, 14336
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 225280
    li       r1, 18432
    st       r4, r1, sram, 4096
.layer 14
    li       r1, 14464
    recv     r1, 7, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 114688
    li       r1, 14464
    ld       r1, r4, sram, 8192
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 196608
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 229376
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 196736
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 229440
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 196864
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 229504
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 196992
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 229568
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 197120
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 229632
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 197248
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 229696
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 197376
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 229760
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 197504
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 229824
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 197632
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 229888
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 197760
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 229952
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 197888
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230016
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 198016
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230080
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 198144
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230144
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 198272
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230208
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 198400
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230272
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 198528
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230336
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 198656
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230400
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 198784
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230464
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 198912
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230528
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 199040
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230592
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 199168
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230656
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 199296
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230720
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 199424
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230784
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 199552
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230848
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 199680
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230912
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 199808
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 230976
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 199936
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231040
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 200064
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231104
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 200192
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231168
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 200320
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231232
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 200448
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231296
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 200576
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231360
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 200704
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231424
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 200832
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231488
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 200960
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231552
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 201088
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231616
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 201216
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231680
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 201344
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231744
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 201472
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231808
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 201600
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231872
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 201728
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 231936
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 201856
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232000
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 201984
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232064
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 202112
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232128
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 202240
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232192
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 202368
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232256
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 202496
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232320
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 202624
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232384
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 202752
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232448
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 202880
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232512
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 203008
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232576
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 203136
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232640
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 203264
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232704
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 203392
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232768
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 203520
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232832
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 203648
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232896
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 203776
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 232960
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 203904
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233024
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 204032
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233088
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 204160
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233152
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 204288
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233216
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 204416
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233280
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 204544
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233344
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 204672
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233408
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 204800
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233472
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 204928
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233536
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 205056
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233600
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 205184
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233664
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 205312
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233728
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 205440
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233792
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 205568
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233856
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 205696
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233920
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 205824
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 233984
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 205952
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234048
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 206080
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234112
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 206208
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234176
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 206336
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234240
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 206464
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234304
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 206592
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234368
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 206720
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234432
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 206848
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234496
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 206976
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234560
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 207104
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234624
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 207232
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234688
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 207360
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234752
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 207488
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234816
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 207616
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234880
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 207744
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 234944
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 207872
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235008
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 208000
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235072
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 208128
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235136
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 208256
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235200
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 208384
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235264
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 208512
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235328
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 208640
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235392
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 208768
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235456
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 208896
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235520
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 209024
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235584
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 209152
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235648
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 209280
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235712
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 209408
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235776
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 209536
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235840
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 209664
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235904
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 209792
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 235968
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 209920
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236032
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 210048
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236096
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 210176
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236160
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 210304
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236224
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 210432
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236288
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 210560
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236352
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 210688
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236416
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 210816
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236480
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 210944
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236544
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 211072
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236608
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 211200
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236672
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 211328
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236736
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 211456
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236800
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 211584
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236864
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 211712
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236928
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 211840
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 236992
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 211968
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237056
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 212096
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237120
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 212224
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237184
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 212352
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237248
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 212480
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237312
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 212608
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237376
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 212736
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237440
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 212864
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237504
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 122880
    li       r1, 14464
    ld       r1, r4, sram, 8192
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 212992
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237568
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 213120
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237632
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 213248
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237696
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 213376
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237760
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 213504
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237824
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 213632
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237888
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 213760
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 237952
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 213888
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238016
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 214016
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238080
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 214144
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238144
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 214272
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238208
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 214400
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238272
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 214528
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238336
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 214656
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238400
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 214784
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238464
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 214912
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238528
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 215040
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238592
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 215168
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238656
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 215296
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238720
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 215424
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238784
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 215552
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238848
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 215680
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238912
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 215808
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 238976
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 215936
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239040
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 216064
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239104
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 216192
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239168
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 216320
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239232
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 216448
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239296
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 216576
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239360
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 216704
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239424
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 216832
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239488
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 216960
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239552
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 217088
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239616
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 217216
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239680
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 217344
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239744
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 217472
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239808
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 217600
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239872
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 217728
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 239936
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 217856
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240000
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 217984
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240064
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 218112
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240128
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 218240
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240192
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 218368
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240256
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 218496
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240320
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 218624
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240384
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 218752
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240448
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 218880
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240512
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 219008
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240576
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 219136
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240640
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 219264
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240704
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 219392
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240768
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 219520
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240832
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 219648
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240896
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 219776
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 240960
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 219904
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241024
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 220032
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241088
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 220160
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241152
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 220288
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241216
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 220416
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241280
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 220544
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241344
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 220672
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241408
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 220800
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241472
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 220928
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241536
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 221056
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241600
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 221184
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241664
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 221312
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241728
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 221440
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241792
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 221568
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241856
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 221696
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241920
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 221824
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 241984
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 221952
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242048
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 222080
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242112
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 222208
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242176
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 222336
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242240
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 222464
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242304
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 222592
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242368
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 222720
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242432
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 222848
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242496
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 222976
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242560
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 223104
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242624
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 223232
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242688
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 223360
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242752
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 223488
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242816
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 223616
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242880
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 223744
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 242944
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 223872
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243008
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 224000
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243072
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 224128
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243136
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 224256
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243200
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 224384
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243264
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 224512
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243328
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 224640
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243392
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 224768
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243456
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 224896
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243520
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 225024
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243584
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 225152
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243648
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 225280
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243712
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 225408
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243776
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 225536
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243840
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 225664
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243904
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 225792
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 243968
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 225920
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244032
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 226048
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244096
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 226176
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244160
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 226304
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244224
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 226432
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244288
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 226560
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244352
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 226688
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244416
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 226816
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244480
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 226944
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244544
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 227072
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244608
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 227200
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244672
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 227328
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244736
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 227456
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244800
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 227584
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244864
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 227712
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244928
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 227840
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 244992
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 227968
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245056
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 228096
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245120
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 228224
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245184
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 228352
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245248
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 228480
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245312
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 228608
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245376
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 228736
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245440
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 228864
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245504
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 228992
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245568
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 229120
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245632
    li       r1, 22657
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 229248
    li       r1, 14336
    ld       r1, r4, sram, 128
    li       r1, 22657
    li       r2, 14336
    li       r3, 14464
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245696
    li       r1, 22657
    st       r4, r1, sram, 64
.layer 15
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 229376
    li       r1, 14336
    addi     r4, r3, 0
    addi     r5, r1, 8192
L7851:
    addi     r6, r4, 0
    addi     r13, r1, 128
L7853:
    ld       r1, r6, sram, 64
    addi     r1, r1, 64
    addi     r6, r6, 8192
    blt      r1, r13, L7853
    addi     r4, r4, 64
    blt      r1, r5, L7851
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245760
    li       r1, 14336
    st       r4, r1, sram, 8192
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 233472
    li       r1, 14336
    addi     r4, r3, 0
    addi     r5, r1, 8192
L7870:
    addi     r6, r4, 0
    addi     r13, r1, 128
L7872:
    ld       r1, r6, sram, 64
    addi     r1, r1, 64
    addi     r6, r6, 8192
    blt      r1, r13, L7872
    addi     r4, r4, 64
    blt      r1, r5, L7870
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 253952
    li       r1, 14336
    st       r4, r1, sram, 8192
.layer 17
    li       r1, 22527
    vcopy    r1, r1, 1
    send     r1, 5, 1, 1
    li       r1, 22527
    vcopy    r1, r1, 1
    send     r1, 4, 1, 1
.layer 18
    li       r1, 8191
    vcopy    r1, r1, 1
    send     r1, 5, 2, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L17
    halt

.tile 1
    prog     x0, 1
    xwin     x0, 0, 128, 0, 128
    li       r4, 49408
    li       r1, 5376
    ld       r1, r4, dram, 256
    li       r4, 49664
    li       r1, 5632
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 2
    li       r1, 0
    recv     r1, 0, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 24576
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L22:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L22
    li       r10, 0
    li       r12, 2688
    li       r8, 64
L31:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 85
    blt      r8, r13, L31
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L44:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L44
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 40960
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 27264
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L64:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L64
    li       r10, 0
    li       r12, 2688
    li       r8, 85
L73:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 106
    blt      r8, r13, L73
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L86:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L86
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 43648
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 29952
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L106:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L106
    li       r10, 0
    li       r12, 2688
    li       r8, 106
L115:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 127
    blt      r8, r13, L115
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L128:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 46336
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 32640
    li       r1, 0
    ld       r1, r4, sram, 128
    li       r1, 0
    li       r2, 0
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 2688
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 2688
    li       r2, 2688
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 49024
    li       r1, 2688
    st       r4, r1, sram, 128
.layer 6
    li       r1, 2815
    vcopy    r1, r1, 1
    send     r1, 0, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 2
    prog     x0, 2
    xwin     x0, 0, 128, 0, 128
    li       r4, 49920
    li       r1, 5376
    ld       r1, r4, dram, 256
    li       r4, 50176
    li       r1, 5632
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 3
    li       r1, 0
    recv     r1, 0, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 16384
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L22:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L22
    li       r10, 0
    li       r12, 2688
    li       r8, 0
L31:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L31
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L44:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L44
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 49152
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 19072
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L64:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L64
    li       r10, 0
    li       r12, 2688
    li       r8, 21
L73:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 42
    blt      r8, r13, L73
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L86:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L86
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 51840
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 21760
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L106:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L106
    li       r10, 0
    li       r12, 2688
    li       r8, 42
L115:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 63
    blt      r8, r13, L115
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L128:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 54528
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 24448
    li       r1, 0
    ld       r1, r4, sram, 128
    li       r1, 0
    li       r2, 0
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 2688
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 2688
    li       r2, 2688
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 57216
    li       r1, 2688
    st       r4, r1, sram, 128
.layer 8
    li       r1, 5888
    recv     r1, 3, 1, 1
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 49152
    li       r1, 5888
    addi     r4, r3, 0
    addi     r13, r1, 8192
L171:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L171
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 98304
    li       r1, 5888
    st       r4, r1, sram, 8192
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 49216
    li       r1, 5888
    addi     r4, r3, 0
    addi     r13, r1, 8192
L186:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L186
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 106496
    li       r1, 5888
    st       r4, r1, sram, 8192
.layer 11
    li       r1, 14079
    vcopy    r1, r1, 1
    send     r1, 0, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 3
    prog     x0, 3
    xwin     x0, 0, 128, 0, 128
    li       r4, 49920
    li       r1, 5376
    ld       r1, r4, dram, 256
    li       r4, 50176
    li       r1, 5632
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 3
    li       r1, 0
    recv     r1, 0, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 24576
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L22:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L22
    li       r10, 0
    li       r12, 2688
    li       r8, 64
L31:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 85
    blt      r8, r13, L31
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L44:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L44
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 57344
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 27264
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L64:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L64
    li       r10, 0
    li       r12, 2688
    li       r8, 85
L73:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 106
    blt      r8, r13, L73
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L86:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L86
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 60032
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 29952
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L106:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L106
    li       r10, 0
    li       r12, 2688
    li       r8, 106
L115:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 127
    blt      r8, r13, L115
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L128:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 62720
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 32640
    li       r1, 0
    ld       r1, r4, sram, 128
    li       r1, 0
    li       r2, 0
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 2688
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 2688
    li       r2, 2688
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 65408
    li       r1, 2688
    st       r4, r1, sram, 128
.layer 8
    li       r1, 2815
    vcopy    r1, r1, 1
    send     r1, 2, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 4
    prog     x0, 7
    xwin     x0, 0, 128, 0, 128
    li       r4, 51200
    li       r1, 5376
    ld       r1, r4, dram, 256
    li       r4, 51456
    li       r1, 5632
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 17
    li       r1, 0
    recv     r1, 0, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 253952
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L22:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L22
    li       r10, 0
    li       r12, 2688
    li       r8, 64
L31:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 85
    blt      r8, r13, L31
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L44:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L44
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 270336
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 256640
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L64:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L64
    li       r10, 0
    li       r12, 2688
    li       r8, 85
L73:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 106
    blt      r8, r13, L73
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L86:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L86
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 273024
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 259328
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L106:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L106
    li       r10, 0
    li       r12, 2688
    li       r8, 106
L115:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 127
    blt      r8, r13, L115
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L128:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 275712
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 262016
    li       r1, 0
    ld       r1, r4, sram, 128
    li       r1, 0
    li       r2, 0
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 2688
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 2688
    li       r2, 2688
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 278400
    li       r1, 2688
    st       r4, r1, sram, 128
.layer 18
    li       r1, 2815
    vcopy    r1, r1, 1
    send     r1, 5, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 5
    prog     x0, 6
    xwin     x0, 0, 128, 0, 128
    li       r4, 51200
    li       r1, 5376
    ld       r1, r4, dram, 256
    li       r4, 51456
    li       r1, 5632
    ld       r1, r4, dram, 256
    li       r4, 51712
    li       r1, 14080
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L14:
.layer 17
    li       r1, 0
    recv     r1, 0, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 245760
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L25:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L25
    li       r10, 0
    li       r12, 2688
    li       r8, 0
L34:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L34
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L47:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L47
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 262144
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 248448
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L67:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L67
    li       r10, 0
    li       r12, 2688
    li       r8, 21
L76:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 42
    blt      r8, r13, L76
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L89:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L89
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 264832
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 251136
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L109:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L109
    li       r10, 0
    li       r12, 2688
    li       r8, 42
L118:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 63
    blt      r8, r13, L118
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L131:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L131
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 267520
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 253824
    li       r1, 0
    ld       r1, r4, sram, 128
    li       r1, 0
    li       r2, 0
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 2688
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 2688
    li       r2, 2688
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 270208
    li       r1, 2688
    st       r4, r1, sram, 128
.layer 18
    li       r1, 5888
    recv     r1, 4, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 262144
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r1, 8618
    recv     r1, 0, 2, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 16384
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 278528
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 264874
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 19114
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 281258
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 267604
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 21844
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 283988
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 270334
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 24574
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 286718
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 273064
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 27304
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 289448
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 275794
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 30034
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 292178
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 278524
    li       r1, 5888
    ld       r1, r4, sram, 4
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 32764
    li       r1, 8618
    ld       r1, r4, sram, 4
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 4
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 294908
    li       r1, 11348
    st       r4, r1, sram, 4
.layer 19
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 278528
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    li       r3, 14080
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 294912
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 282624
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    li       r3, 14080
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 299008
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 286720
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    li       r3, 14080
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 303104
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 290816
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    li       r3, 14080
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 307200
    li       r1, 9984
    st       r4, r1, sram, 4096
.layer 20
    li       r1, 14079
    vcopy    r1, r1, 1
    send     r1, 8, 1, 1
.layer 23
    li       r1, 14079
    vcopy    r1, r1, 1
    send     r1, 9, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L14
    halt

.tile 6
    prog     x0, 5
    xwin     x0, 0, 128, 0, 128
    li       r4, 50432
    li       r1, 5376
    ld       r1, r4, dram, 256
    li       r4, 50688
    li       r1, 5632
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 4
    li       r1, 0
    recv     r1, 0, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 24576
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L22:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L22
    li       r10, 0
    li       r12, 2688
    li       r8, 64
L31:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 85
    blt      r8, r13, L31
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L44:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L44
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 73728
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 27264
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L64:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L64
    li       r10, 0
    li       r12, 2688
    li       r8, 85
L73:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 106
    blt      r8, r13, L73
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L86:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L86
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 76416
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 29952
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L106:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L106
    li       r10, 0
    li       r12, 2688
    li       r8, 106
L115:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 127
    blt      r8, r13, L115
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L128:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 79104
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 32640
    li       r1, 0
    ld       r1, r4, sram, 128
    li       r1, 0
    li       r2, 0
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 2688
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 2688
    li       r2, 2688
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 81792
    li       r1, 2688
    st       r4, r1, sram, 128
.layer 10
    li       r1, 2815
    vcopy    r1, r1, 1
    send     r1, 7, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 7
    prog     x0, 4
    xwin     x0, 0, 128, 0, 128
    li       r4, 50432
    li       r1, 5376
    ld       r1, r4, dram, 256
    li       r4, 50688
    li       r1, 5632
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 4
    li       r1, 0
    recv     r1, 0, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 16384
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L22:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L22
    li       r10, 0
    li       r12, 2688
    li       r8, 0
L31:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L31
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L44:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L44
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 65536
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 19072
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L64:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L64
    li       r10, 0
    li       r12, 2688
    li       r8, 21
L73:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 42
    blt      r8, r13, L73
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L86:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L86
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 68224
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 21760
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L106:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L106
    li       r10, 0
    li       r12, 2688
    li       r8, 42
L115:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 63
    blt      r8, r13, L115
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L128:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 70912
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 24448
    li       r1, 0
    ld       r1, r4, sram, 128
    li       r1, 0
    li       r2, 0
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 2688
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 2688
    li       r2, 2688
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 73600
    li       r1, 2688
    st       r4, r1, sram, 128
.layer 10
    li       r1, 5888
    recv     r1, 6, 1, 1
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 65536
    li       r1, 5888
    addi     r4, r3, 0
    addi     r13, r1, 8192
L171:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L171
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 114688
    li       r1, 5888
    st       r4, r1, sram, 8192
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 65600
    li       r1, 5888
    addi     r4, r3, 0
    addi     r13, r1, 8192
L186:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L186
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 122880
    li       r1, 5888
    st       r4, r1, sram, 8192
.layer 14
    li       r1, 14079
    vcopy    r1, r1, 1
    send     r1, 0, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 8
    prog     x0, 8
    xwin     x0, 0, 128, 0, 512
    li       r4, 51968
    li       r1, 4480
    ld       r1, r4, dram, 256
    li       r4, 52224
    li       r1, 4736
    ld       r1, r4, dram, 1024
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 20
    li       r1, 0
    recv     r1, 5, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 294912
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L22:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L22
    li       r10, 0
    li       r12, 896
    li       r8, 0
L31:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L44:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L44
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 311296
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 295808
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L64:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L64
    li       r10, 0
    li       r12, 896
    li       r8, 7
L73:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L73
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L86:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L86
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 314880
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 296704
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L106:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L106
    li       r10, 0
    li       r12, 896
    li       r8, 14
L115:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L115
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L128:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L128
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 318464
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 297600
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L148:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L148
    li       r10, 0
    li       r12, 896
    li       r8, 21
L157:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L157
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L170:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L170
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 322048
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 298496
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L190:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L190
    li       r10, 0
    li       r12, 896
    li       r8, 28
L199:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 35
    blt      r8, r13, L199
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L212:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L212
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 325632
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 299392
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L232:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L232
    li       r10, 0
    li       r12, 896
    li       r8, 35
L241:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 42
    blt      r8, r13, L241
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L254:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L254
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 329216
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 300288
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L274:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L274
    li       r10, 0
    li       r12, 896
    li       r8, 42
L283:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 49
    blt      r8, r13, L283
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L296:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L296
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 332800
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 301184
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L316:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L316
    li       r10, 0
    li       r12, 896
    li       r8, 49
L325:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L325
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L338:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L338
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 336384
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 302080
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L358:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L358
    li       r10, 0
    li       r12, 896
    li       r8, 56
L367:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 63
    blt      r8, r13, L367
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L380:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L380
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 339968
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 302976
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L400:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L400
    li       r10, 0
    li       r12, 896
    li       r8, 63
L409:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 70
    blt      r8, r13, L409
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L422:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L422
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 343552
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 303872
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L442:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L442
    li       r10, 0
    li       r12, 896
    li       r8, 70
L451:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 77
    blt      r8, r13, L451
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L464:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L464
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 347136
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 304768
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L484:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L484
    li       r10, 0
    li       r12, 896
    li       r8, 77
L493:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 84
    blt      r8, r13, L493
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L506:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L506
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 350720
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 305664
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L526:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L526
    li       r10, 0
    li       r12, 896
    li       r8, 84
L535:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 91
    blt      r8, r13, L535
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L548:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L548
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 354304
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 306560
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L568:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L568
    li       r10, 0
    li       r12, 896
    li       r8, 91
L577:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 98
    blt      r8, r13, L577
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L590:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L590
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 357888
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 307456
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L610:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L610
    li       r10, 0
    li       r12, 896
    li       r8, 98
L619:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 105
    blt      r8, r13, L619
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L632:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L632
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 361472
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 308352
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L652:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L652
    li       r10, 0
    li       r12, 896
    li       r8, 105
L661:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 112
    blt      r8, r13, L661
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L674:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L674
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 365056
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 309248
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L694:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L694
    li       r10, 0
    li       r12, 896
    li       r8, 112
L703:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 119
    blt      r8, r13, L703
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L716:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L716
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 368640
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 310144
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L736:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L736
    li       r10, 0
    li       r12, 896
    li       r8, 119
L745:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 126
    blt      r8, r13, L745
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L758:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L758
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 372224
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 311040
    li       r1, 0
    ld       r1, r4, sram, 256
    li       r1, 0
    li       r2, 0
    li       r3, 4480
    vaffine  r1, r2, r3, 128
    li       r1, 128
    li       r2, 128
    li       r3, 4480
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 896
    li       r8, 126
L785:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L785
    li       r1, 896
    li       r2, 896
    li       r3, 4736
    vaffine  r1, r2, r3, 512
    li       r1, 1408
    li       r2, 1408
    li       r3, 4736
    vaffine  r1, r2, r3, 512
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 375808
    li       r1, 896
    st       r4, r1, sram, 1024
.layer 21
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 311296
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 376832
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 315392
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 380928
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 319488
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 385024
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 323584
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 389120
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 327680
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 393216
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 331776
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 397312
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 335872
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 401408
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 339968
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 405504
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 344064
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 409600
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 348160
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 413696
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 352256
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 417792
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 356352
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 421888
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 360448
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 425984
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 364544
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 430080
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 368640
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 434176
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 372736
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 438272
    li       r1, 9856
    st       r4, r1, sram, 4096
.layer 22
    li       r1, 13951
    vcopy    r1, r1, 1
    send     r1, 9, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 9
    prog     x0, 9
    xwin     x0, 0, 512, 0, 128
    li       r4, 53248
    li       r1, 6400
    ld       r1, r4, dram, 1024
    li       r4, 54272
    li       r1, 7424
    ld       r1, r4, dram, 256
    li       r4, 54528
    li       r1, 15872
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L14:
.layer 22
    li       r1, 0
    recv     r1, 8, 1, 1
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 376832
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L25:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L25
    li       r10, 0
    li       r12, 5120
    li       r8, 0
L34:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L34
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L47:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L47
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 442368
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 381952
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L67:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L67
    li       r10, 0
    li       r12, 5120
    li       r8, 10
L76:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 20
    blt      r8, r13, L76
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L89:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L89
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 443648
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 387072
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L109:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L109
    li       r10, 0
    li       r12, 5120
    li       r8, 20
L118:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 30
    blt      r8, r13, L118
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L131:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L131
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 444928
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 392192
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L151:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L151
    li       r10, 0
    li       r12, 5120
    li       r8, 30
L160:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 40
    blt      r8, r13, L160
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L173:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L173
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 446208
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 397312
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L193:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L193
    li       r10, 0
    li       r12, 5120
    li       r8, 40
L202:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 50
    blt      r8, r13, L202
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L215:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L215
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 447488
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 402432
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L235:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L235
    li       r10, 0
    li       r12, 5120
    li       r8, 50
L244:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 60
    blt      r8, r13, L244
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L257:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L257
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 448768
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 407552
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L277:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L277
    li       r10, 0
    li       r12, 5120
    li       r8, 60
L286:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 70
    blt      r8, r13, L286
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L299:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L299
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 450048
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 412672
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L319:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L319
    li       r10, 0
    li       r12, 5120
    li       r8, 70
L328:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 80
    blt      r8, r13, L328
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L341:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L341
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 451328
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 417792
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L361:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L361
    li       r10, 0
    li       r12, 5120
    li       r8, 80
L370:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 90
    blt      r8, r13, L370
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L383:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L383
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 452608
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 422912
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L403:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L403
    li       r10, 0
    li       r12, 5120
    li       r8, 90
L412:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 100
    blt      r8, r13, L412
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L425:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L425
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 453888
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 428032
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L445:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L445
    li       r10, 0
    li       r12, 5120
    li       r8, 100
L454:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 110
    blt      r8, r13, L454
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L467:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L467
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 455168
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 433152
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L487:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L487
    li       r10, 0
    li       r12, 5120
    li       r8, 110
L496:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 120
    blt      r8, r13, L496
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L509:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L509
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 456448
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 438272
    li       r1, 0
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L529:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 8
    blt      r8, r13, L529
    li       r10, 0
    li       r12, 5120
    li       r8, 120
L538:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L538
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L551:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 8
    blt      r8, r13, L551
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 457728
    li       r1, 5120
    st       r4, r1, sram, 1024
.layer 23
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 442368
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r1, 10410
    recv     r1, 5, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 294912
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 458752
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 445098
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 297642
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 461482
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 447828
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 300372
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 464212
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 450558
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 303102
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 466942
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 453288
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 305832
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 469672
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 456018
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 308562
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 472402
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 458748
    li       r1, 7680
    ld       r1, r4, sram, 4
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 311292
    li       r1, 10410
    ld       r1, r4, sram, 4
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 4
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 475132
    li       r1, 13140
    st       r4, r1, sram, 4
.layer 24
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 458752
    li       r1, 7680
    ld       r1, r4, sram, 4096
    li       r1, 11776
    li       r2, 7680
    li       r3, 15872
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 475136
    li       r1, 11776
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 462848
    li       r1, 7680
    ld       r1, r4, sram, 4096
    li       r1, 11776
    li       r2, 7680
    li       r3, 15872
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 479232
    li       r1, 11776
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 466944
    li       r1, 7680
    ld       r1, r4, sram, 4096
    li       r1, 11776
    li       r2, 7680
    li       r3, 15872
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 483328
    li       r1, 11776
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 471040
    li       r1, 7680
    ld       r1, r4, sram, 4096
    li       r1, 11776
    li       r2, 7680
    li       r3, 15872
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 487424
    li       r1, 11776
    st       r4, r1, sram, 4096
.layer 25
    li       r1, 15871
    vcopy    r1, r1, 1
    send     r1, 10, 1, 1
.layer 26
    li       r1, 15871
    vcopy    r1, r1, 1
    send     r1, 11, 1, 1
.layer 27
    li       r1, 15871
    vcopy    r1, r1, 1
    send     r1, 15, 1, 1
.layer 41
    li       r1, 15871
    vcopy    r1, r1, 1
    send     r1, 14, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L14
    halt

.tile 10
    prog     x0, 10
    xwin     x0, 0, 128, 0, 128
    li       r4, 54784
    li       r1, 5376
    ld       r1, r4, dram, 256
    li       r4, 55040
    li       r1, 5632
    ld       r1, r4, dram, 256
    li       r4, 56320
    li       r1, 14273
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L14:
.layer 25
    li       r1, 0
    recv     r1, 9, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 475136
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L25:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L25
    li       r10, 0
    li       r12, 2688
    li       r8, 0
L34:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L34
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L47:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L47
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 491520
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 477824
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L67:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L67
    li       r10, 0
    li       r12, 2688
    li       r8, 21
L76:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 42
    blt      r8, r13, L76
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L89:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L89
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 494208
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 480512
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L109:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L109
    li       r10, 0
    li       r12, 2688
    li       r8, 42
L118:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 63
    blt      r8, r13, L118
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L131:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L131
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 496896
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 483200
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L151:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L151
    li       r10, 0
    li       r12, 2688
    li       r8, 63
L160:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 84
    blt      r8, r13, L160
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L173:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L173
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 499584
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 485888
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L193:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L193
    li       r10, 0
    li       r12, 2688
    li       r8, 84
L202:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 105
    blt      r8, r13, L202
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L215:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L215
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 502272
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 488576
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L235:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L235
    li       r10, 0
    li       r12, 2688
    li       r8, 105
L244:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 126
    blt      r8, r13, L244
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L257:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L257
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 504960
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 491264
    li       r1, 0
    ld       r1, r4, sram, 256
    li       r1, 0
    li       r2, 0
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r1, 128
    li       r2, 128
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 2688
    li       r8, 126
L284:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L284
    li       r1, 2688
    li       r2, 2688
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r1, 2816
    li       r2, 2816
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 507648
    li       r1, 2688
    st       r4, r1, sram, 256
.layer 29
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 491520
    li       r1, 5888
    addi     r4, r3, 0
    addi     r13, r1, 8192
L312:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L312
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 540672
    li       r1, 5888
    st       r4, r1, sram, 8192
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 491584
    li       r1, 5888
    addi     r4, r3, 0
    addi     r13, r1, 8192
L327:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L327
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548864
    li       r1, 5888
    st       r4, r1, sram, 8192
.layer 34
    li       r1, 5952
    recv     r1, 11, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 557056
    li       r1, 5952
    ld       r1, r4, sram, 8192
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 540672
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 589824
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 540736
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 589952
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 540800
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 590080
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 540864
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 590208
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 540928
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 590336
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 540992
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 590464
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541056
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 590592
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541120
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 590720
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541184
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 590848
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541248
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 590976
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541312
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 591104
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541376
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 591232
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541440
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 591360
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541504
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 591488
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541568
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 591616
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541632
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 591744
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541696
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 591872
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541760
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 592000
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541824
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 592128
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541888
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 592256
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 541952
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 592384
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542016
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 592512
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542080
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 592640
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542144
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 592768
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542208
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 592896
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542272
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 593024
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542336
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 593152
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542400
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 593280
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542464
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 593408
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542528
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 593536
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542592
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 593664
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542656
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 593792
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542720
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 593920
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542784
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 594048
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542848
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 594176
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542912
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 594304
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 542976
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 594432
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543040
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 594560
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543104
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 594688
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543168
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 594816
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543232
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 594944
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543296
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 595072
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543360
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 595200
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543424
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 595328
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543488
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 595456
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543552
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 595584
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543616
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 595712
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543680
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 595840
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543744
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 595968
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543808
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 596096
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543872
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 596224
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 543936
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 596352
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544000
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 596480
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544064
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 596608
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544128
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 596736
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544192
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 596864
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544256
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 596992
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544320
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 597120
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544384
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 597248
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544448
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 597376
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544512
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 597504
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544576
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 597632
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544640
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 597760
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544704
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 597888
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544768
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 598016
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544832
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 598144
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544896
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 598272
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 544960
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 598400
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545024
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 598528
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545088
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 598656
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545152
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 598784
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545216
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 598912
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545280
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 599040
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545344
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 599168
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545408
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 599296
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545472
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 599424
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545536
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 599552
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545600
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 599680
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545664
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 599808
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545728
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 599936
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545792
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 600064
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545856
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 600192
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545920
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 600320
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 545984
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 600448
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546048
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 600576
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546112
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 600704
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546176
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 600832
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546240
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 600960
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546304
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 601088
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546368
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 601216
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546432
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 601344
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546496
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 601472
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546560
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 601600
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546624
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 601728
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546688
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 601856
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546752
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 601984
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546816
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 602112
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546880
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 602240
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 546944
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 602368
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547008
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 602496
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547072
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 602624
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547136
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 602752
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547200
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 602880
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547264
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 603008
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547328
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 603136
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547392
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 603264
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547456
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 603392
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547520
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 603520
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547584
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 603648
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547648
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 603776
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547712
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 603904
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547776
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 604032
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547840
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 604160
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547904
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 604288
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 547968
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 604416
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548032
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 604544
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548096
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 604672
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548160
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 604800
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548224
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 604928
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548288
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 605056
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548352
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 605184
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548416
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 605312
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548480
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 605440
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548544
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 605568
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548608
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 605696
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548672
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 605824
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548736
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 605952
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548800
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 606080
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 565248
    li       r1, 5952
    ld       r1, r4, sram, 8192
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548864
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 606208
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548928
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 606336
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 548992
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 606464
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549056
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 606592
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549120
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 606720
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549184
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 606848
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549248
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 606976
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549312
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 607104
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549376
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 607232
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549440
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 607360
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549504
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 607488
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549568
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 607616
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549632
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 607744
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549696
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 607872
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549760
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 608000
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549824
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 608128
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549888
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 608256
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 549952
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 608384
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550016
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 608512
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550080
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 608640
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550144
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 608768
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550208
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 608896
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550272
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 609024
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550336
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 609152
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550400
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 609280
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550464
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 609408
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550528
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 609536
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550592
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 609664
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550656
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 609792
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550720
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 609920
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550784
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 610048
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550848
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 610176
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550912
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 610304
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 550976
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 610432
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551040
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 610560
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551104
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 610688
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551168
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 610816
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551232
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 610944
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551296
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 611072
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551360
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 611200
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551424
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 611328
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551488
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 611456
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551552
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 611584
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551616
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 611712
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551680
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 611840
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551744
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 611968
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551808
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 612096
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551872
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 612224
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 551936
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 612352
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552000
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 612480
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552064
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 612608
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552128
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 612736
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552192
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 612864
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552256
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 612992
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552320
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 613120
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552384
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 613248
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552448
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 613376
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552512
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 613504
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552576
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 613632
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552640
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 613760
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552704
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 613888
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552768
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 614016
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552832
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 614144
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552896
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 614272
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 552960
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 614400
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553024
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 614528
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553088
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 614656
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553152
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 614784
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553216
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 614912
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553280
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 615040
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553344
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 615168
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553408
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 615296
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553472
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 615424
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553536
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 615552
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553600
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 615680
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553664
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 615808
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553728
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 615936
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553792
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 616064
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553856
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 616192
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553920
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 616320
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 553984
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 616448
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554048
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 616576
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554112
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 616704
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554176
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 616832
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554240
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 616960
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554304
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 617088
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554368
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 617216
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554432
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 617344
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554496
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 617472
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554560
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 617600
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554624
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 617728
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554688
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 617856
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554752
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 617984
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554816
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 618112
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554880
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 618240
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 554944
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 618368
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555008
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 618496
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555072
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 618624
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555136
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 618752
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555200
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 618880
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555264
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 619008
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555328
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 619136
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555392
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 619264
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555456
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 619392
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555520
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 619520
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555584
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 619648
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555648
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 619776
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555712
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 619904
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555776
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 620032
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555840
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 620160
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555904
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 620288
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 555968
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 620416
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556032
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 620544
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556096
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 620672
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556160
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 620800
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556224
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 620928
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556288
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 621056
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556352
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 621184
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556416
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 621312
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556480
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 621440
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556544
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 621568
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556608
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 621696
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556672
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 621824
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556736
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 621952
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556800
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 622080
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556864
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 622208
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556928
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 622336
    li       r1, 14145
    st       r4, r1, sram, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 556992
    li       r1, 5888
    ld       r1, r4, sram, 64
    li       r1, 14145
    li       r2, 5888
    li       r3, 5952
    mmul     r1, r2, r3, 1, 1, 64, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 622464
    li       r1, 14145
    st       r4, r1, sram, 128
.layer 35
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 589824
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 9984
    li       r10, 5888
    li       r3, 14273
L3941:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L3941
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 622592
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 593920
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 9984
    li       r10, 5888
    li       r3, 14273
L3961:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L3961
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 626688
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 598016
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 9984
    li       r10, 5888
    li       r3, 14273
L3981:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L3981
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 630784
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 602112
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 9984
    li       r10, 5888
    li       r3, 14273
L4001:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4001
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 634880
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 606208
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 9984
    li       r10, 5888
    li       r3, 14273
L4021:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4021
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 638976
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 610304
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 9984
    li       r10, 5888
    li       r3, 14273
L4041:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4041
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 643072
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 614400
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 9984
    li       r10, 5888
    li       r3, 14273
L4061:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4061
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 647168
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 618496
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 9984
    li       r10, 5888
    li       r3, 14273
L4081:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L4081
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 651264
    li       r1, 9984
    st       r4, r1, sram, 4096
.layer 36
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 622592
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 655360
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 626688
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 659456
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 630784
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 663552
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 634880
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 667648
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 638976
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 671744
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 643072
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 675840
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 647168
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 679936
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 651264
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    vsoftmax r1, r2, 32, 128
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 684032
    li       r1, 9984
    st       r4, r1, sram, 4096
.layer 37
    li       r1, 6016
    recv     r1, 15, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 573440
    li       r1, 6016
    ld       r1, r4, sram, 8192
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 655360
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688128
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 655488
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688192
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 655616
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688256
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 655744
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688320
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 655872
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688384
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 656000
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688448
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 656128
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688512
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 656256
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688576
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 656384
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688640
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 656512
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688704
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 656640
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688768
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 656768
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688832
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 656896
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688896
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 657024
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 688960
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 657152
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689024
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 657280
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689088
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 657408
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689152
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 657536
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689216
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 657664
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689280
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 657792
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689344
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 657920
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689408
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 658048
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689472
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 658176
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689536
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 658304
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689600
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 658432
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689664
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 658560
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689728
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 658688
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689792
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 658816
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689856
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 658944
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689920
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 659072
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 689984
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 659200
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690048
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 659328
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690112
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 659456
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690176
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 659584
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690240
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 659712
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690304
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 659840
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690368
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 659968
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690432
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 660096
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690496
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 660224
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690560
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 660352
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690624
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 660480
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690688
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 660608
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690752
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 660736
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690816
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 660864
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690880
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 660992
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 690944
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 661120
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691008
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 661248
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691072
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 661376
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691136
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 661504
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691200
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 661632
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691264
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 661760
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691328
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 661888
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691392
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 662016
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691456
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 662144
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691520
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 662272
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691584
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 662400
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691648
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 662528
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691712
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 662656
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691776
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 662784
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691840
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 662912
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691904
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 663040
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 691968
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 663168
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692032
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 663296
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692096
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 663424
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692160
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 663552
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692224
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 663680
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692288
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 663808
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692352
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 663936
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692416
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 664064
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692480
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 664192
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692544
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 664320
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692608
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 664448
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692672
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 664576
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692736
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 664704
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692800
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 664832
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692864
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 664960
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692928
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 665088
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 692992
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 665216
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693056
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 665344
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693120
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 665472
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693184
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 665600
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693248
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 665728
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693312
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 665856
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693376
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 665984
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693440
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 666112
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693504
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 666240
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693568
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 666368
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693632
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 666496
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693696
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 666624
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693760
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 666752
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693824
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 666880
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693888
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 667008
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 693952
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 667136
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694016
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 667264
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694080
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 667392
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694144
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 667520
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694208
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 667648
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694272
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 667776
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694336
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 667904
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694400
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 668032
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694464
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 668160
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694528
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 668288
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694592
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 668416
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694656
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 668544
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694720
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 668672
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694784
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 668800
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694848
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 668928
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694912
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 669056
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 694976
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 669184
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695040
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 669312
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695104
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 669440
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695168
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 669568
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695232
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 669696
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695296
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 669824
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695360
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 669952
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695424
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 670080
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695488
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 670208
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695552
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 670336
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695616
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 670464
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695680
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 670592
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695744
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 670720
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695808
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 670848
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695872
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 670976
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 695936
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 671104
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696000
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 671232
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696064
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 671360
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696128
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 671488
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696192
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 671616
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696256
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 581632
    li       r1, 6016
    ld       r1, r4, sram, 8192
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 671744
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696320
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 671872
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696384
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 672000
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696448
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 672128
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696512
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 672256
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696576
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 672384
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696640
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 672512
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696704
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 672640
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696768
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 672768
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696832
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 672896
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696896
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 673024
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 696960
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 673152
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697024
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 673280
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697088
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 673408
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697152
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 673536
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697216
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 673664
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697280
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 673792
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697344
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 673920
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697408
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 674048
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697472
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 674176
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697536
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 674304
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697600
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 674432
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697664
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 674560
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697728
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 674688
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697792
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 674816
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697856
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 674944
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697920
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 675072
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 697984
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 675200
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698048
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 675328
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698112
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 675456
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698176
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 675584
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698240
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 675712
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698304
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 675840
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698368
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 675968
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698432
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 676096
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698496
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 676224
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698560
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 676352
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698624
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 676480
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698688
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 676608
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698752
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 676736
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698816
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 676864
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698880
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 676992
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 698944
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 677120
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699008
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 677248
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699072
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 677376
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699136
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 677504
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699200
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 677632
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699264
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 677760
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699328
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 677888
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699392
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 678016
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699456
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 678144
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699520
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 678272
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699584
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 678400
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699648
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 678528
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699712
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 678656
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699776
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 678784
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699840
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 678912
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699904
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 679040
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 699968
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 679168
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700032
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 679296
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700096
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 679424
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700160
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 679552
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700224
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 679680
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700288
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 679808
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700352
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 679936
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700416
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 680064
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700480
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 680192
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700544
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 680320
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700608
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 680448
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700672
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 680576
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700736
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 680704
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700800
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 680832
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700864
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 680960
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700928
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 681088
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 700992
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 681216
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701056
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 681344
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701120
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 681472
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701184
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 681600
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701248
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 681728
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701312
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 681856
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701376
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 681984
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701440
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 682112
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701504
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 682240
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701568
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 682368
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701632
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 682496
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701696
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 682624
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701760
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 682752
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701824
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 682880
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701888
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 683008
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 701952
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 683136
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702016
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 683264
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702080
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 683392
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702144
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 683520
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702208
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 683648
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702272
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 683776
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702336
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 683904
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702400
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 684032
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702464
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 684160
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702528
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 684288
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702592
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 684416
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702656
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 684544
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702720
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 684672
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702784
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 684800
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702848
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 684928
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702912
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 685056
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 702976
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 685184
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703040
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 685312
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703104
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 685440
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703168
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 685568
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703232
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 685696
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703296
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 685824
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703360
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 685952
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703424
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 686080
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703488
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 686208
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703552
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 686336
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703616
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 686464
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703680
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 686592
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703744
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 686720
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703808
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 686848
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703872
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 686976
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 703936
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 687104
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 704000
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 687232
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 704064
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 687360
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 704128
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 687488
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 704192
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 687616
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 704256
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 687744
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 704320
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 687872
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 704384
    li       r1, 14209
    st       r4, r1, sram, 64
    li       r4, 32768
    mul      r4, r15, r4
    addi     r4, r4, 688000
    li       r1, 5888
    ld       r1, r4, sram, 128
    li       r1, 14209
    li       r2, 5888
    li       r3, 6016
    mmul     r1, r2, r3, 0, 1, 128, 64
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 704448
    li       r1, 14209
    st       r4, r1, sram, 64
.layer 38
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 688128
    li       r1, 5888
    addi     r4, r3, 0
    addi     r5, r1, 8192
L7798:
    addi     r6, r4, 0
    addi     r13, r1, 128
L7800:
    ld       r1, r6, sram, 64
    addi     r1, r1, 64
    addi     r6, r6, 8192
    blt      r1, r13, L7800
    addi     r4, r4, 64
    blt      r1, r5, L7798
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 704512
    li       r1, 5888
    st       r4, r1, sram, 8192
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 692224
    li       r1, 5888
    addi     r4, r3, 0
    addi     r5, r1, 8192
L7817:
    addi     r6, r4, 0
    addi     r13, r1, 128
L7819:
    ld       r1, r6, sram, 64
    addi     r1, r1, 64
    addi     r6, r6, 8192
    blt      r1, r13, L7819
    addi     r4, r4, 64
    blt      r1, r5, L7817
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 712704
    li       r1, 5888
    st       r4, r1, sram, 8192
.layer 40
    li       r1, 14079
    vcopy    r1, r1, 1
    send     r1, 14, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L14
    halt

.tile 11
    prog     x0, 11
    xwin     x0, 0, 128, 0, 128
    li       r4, 55296
    li       r1, 5376
    ld       r1, r4, dram, 256
    li       r4, 55552
    li       r1, 5632
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 26
    li       r1, 0
    recv     r1, 9, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 475136
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L22:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L22
    li       r10, 0
    li       r12, 2688
    li       r8, 0
L31:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L31
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L44:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L44
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 507904
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 477824
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L64:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L64
    li       r10, 0
    li       r12, 2688
    li       r8, 21
L73:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 42
    blt      r8, r13, L73
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L86:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L86
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 510592
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 480512
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L106:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L106
    li       r10, 0
    li       r12, 2688
    li       r8, 42
L115:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 63
    blt      r8, r13, L115
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L128:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 513280
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 483200
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L148:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L148
    li       r10, 0
    li       r12, 2688
    li       r8, 63
L157:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 84
    blt      r8, r13, L157
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L170:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L170
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 515968
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 485888
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L190:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L190
    li       r10, 0
    li       r12, 2688
    li       r8, 84
L199:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 105
    blt      r8, r13, L199
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L212:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L212
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 518656
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 488576
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L232:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L232
    li       r10, 0
    li       r12, 2688
    li       r8, 105
L241:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 126
    blt      r8, r13, L241
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L254:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L254
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 521344
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 491264
    li       r1, 0
    ld       r1, r4, sram, 256
    li       r1, 0
    li       r2, 0
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r1, 128
    li       r2, 128
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 2688
    li       r8, 126
L281:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L281
    li       r1, 2688
    li       r2, 2688
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r1, 2816
    li       r2, 2816
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 524032
    li       r1, 2688
    st       r4, r1, sram, 256
.layer 31
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 507904
    li       r1, 5888
    addi     r4, r3, 0
    addi     r13, r1, 8192
L309:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L309
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 557056
    li       r1, 5888
    st       r4, r1, sram, 8192
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 507968
    li       r1, 5888
    addi     r4, r3, 0
    addi     r13, r1, 8192
L324:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L324
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 565248
    li       r1, 5888
    st       r4, r1, sram, 8192
.layer 34
    li       r1, 14079
    vcopy    r1, r1, 1
    send     r1, 10, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 12
    prog     x0, 15
    xwin     x0, 0, 512, 0, 128
    li       r4, 58624
    li       r1, 6400
    ld       r1, r4, dram, 1024
    li       r4, 59648
    li       r1, 7424
    ld       r1, r4, dram, 256
    li       r4, 59904
    li       r1, 15872
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L14:
.layer 45
    li       r1, 0
    recv     r1, 13, 1, 1
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 835584
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L25:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L25
    li       r10, 0
    li       r12, 5120
    li       r8, 0
L34:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L34
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L47:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L47
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 901120
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 840704
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L67:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L67
    li       r10, 0
    li       r12, 5120
    li       r8, 10
L76:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 20
    blt      r8, r13, L76
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L89:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L89
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 902400
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 845824
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L109:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L109
    li       r10, 0
    li       r12, 5120
    li       r8, 20
L118:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 30
    blt      r8, r13, L118
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L131:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L131
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 903680
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 850944
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L151:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L151
    li       r10, 0
    li       r12, 5120
    li       r8, 30
L160:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 40
    blt      r8, r13, L160
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L173:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L173
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 904960
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 856064
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L193:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L193
    li       r10, 0
    li       r12, 5120
    li       r8, 40
L202:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 50
    blt      r8, r13, L202
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L215:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L215
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 906240
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 861184
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L235:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L235
    li       r10, 0
    li       r12, 5120
    li       r8, 50
L244:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 60
    blt      r8, r13, L244
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L257:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L257
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 907520
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 866304
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L277:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L277
    li       r10, 0
    li       r12, 5120
    li       r8, 60
L286:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 70
    blt      r8, r13, L286
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L299:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L299
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 908800
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 871424
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L319:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L319
    li       r10, 0
    li       r12, 5120
    li       r8, 70
L328:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 80
    blt      r8, r13, L328
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L341:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L341
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 910080
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 876544
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L361:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L361
    li       r10, 0
    li       r12, 5120
    li       r8, 80
L370:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 90
    blt      r8, r13, L370
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L383:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L383
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 911360
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 881664
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L403:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L403
    li       r10, 0
    li       r12, 5120
    li       r8, 90
L412:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 100
    blt      r8, r13, L412
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L425:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L425
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 912640
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 886784
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L445:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L445
    li       r10, 0
    li       r12, 5120
    li       r8, 100
L454:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 110
    blt      r8, r13, L454
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L467:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L467
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 913920
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 891904
    li       r1, 0
    ld       r1, r4, sram, 5120
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L487:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L487
    li       r10, 0
    li       r12, 5120
    li       r8, 110
L496:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 120
    blt      r8, r13, L496
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L509:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 10
    blt      r8, r13, L509
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 915200
    li       r1, 5120
    st       r4, r1, sram, 1280
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 897024
    li       r1, 0
    ld       r1, r4, sram, 4096
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 6400
L529:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 8
    blt      r8, r13, L529
    li       r10, 0
    li       r12, 5120
    li       r8, 120
L538:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L538
    li       r8, 0
    li       r9, 5120
    li       r10, 5120
    li       r3, 7424
L551:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 8
    blt      r8, r13, L551
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 916480
    li       r1, 5120
    st       r4, r1, sram, 1024
.layer 46
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 901120
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r1, 10410
    recv     r1, 14, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 753664
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 917504
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 903850
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 756394
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 920234
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 906580
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 759124
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 922964
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 909310
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 761854
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 925694
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 912040
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 764584
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 928424
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 914770
    li       r1, 7680
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 767314
    li       r1, 10410
    ld       r1, r4, sram, 2730
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 931154
    li       r1, 13140
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 917500
    li       r1, 7680
    ld       r1, r4, sram, 4
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 770044
    li       r1, 10410
    ld       r1, r4, sram, 4
    li       r1, 13140
    li       r2, 7680
    li       r3, 10410
    vadd     r1, r2, r3, 4
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 933884
    li       r1, 13140
    st       r4, r1, sram, 4
.layer 47
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 917504
    li       r1, 7680
    ld       r1, r4, sram, 4096
    li       r1, 11776
    li       r2, 7680
    li       r3, 15872
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 16384
    li       r1, 11776
    st       r4, r1, dram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 921600
    li       r1, 7680
    ld       r1, r4, sram, 4096
    li       r1, 11776
    li       r2, 7680
    li       r3, 15872
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 20480
    li       r1, 11776
    st       r4, r1, dram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 925696
    li       r1, 7680
    ld       r1, r4, sram, 4096
    li       r1, 11776
    li       r2, 7680
    li       r3, 15872
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 24576
    li       r1, 11776
    st       r4, r1, dram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 929792
    li       r1, 7680
    ld       r1, r4, sram, 4096
    li       r1, 11776
    li       r2, 7680
    li       r3, 15872
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 28672
    li       r1, 11776
    st       r4, r1, dram, 4096
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L14
    halt

.tile 13
    prog     x0, 14
    xwin     x0, 0, 128, 0, 512
    li       r4, 57344
    li       r1, 4480
    ld       r1, r4, dram, 256
    li       r4, 57600
    li       r1, 4736
    ld       r1, r4, dram, 1024
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 43
    li       r1, 0
    recv     r1, 14, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 753664
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L22:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L22
    li       r10, 0
    li       r12, 896
    li       r8, 0
L31:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L44:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L44
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 770048
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 754560
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L64:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L64
    li       r10, 0
    li       r12, 896
    li       r8, 7
L73:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L73
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L86:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L86
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 773632
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 755456
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L106:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L106
    li       r10, 0
    li       r12, 896
    li       r8, 14
L115:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L115
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L128:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L128
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 777216
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 756352
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L148:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L148
    li       r10, 0
    li       r12, 896
    li       r8, 21
L157:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L157
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L170:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L170
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 780800
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 757248
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L190:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L190
    li       r10, 0
    li       r12, 896
    li       r8, 28
L199:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 35
    blt      r8, r13, L199
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L212:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L212
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 784384
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 758144
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L232:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L232
    li       r10, 0
    li       r12, 896
    li       r8, 35
L241:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 42
    blt      r8, r13, L241
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L254:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L254
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 787968
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 759040
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L274:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L274
    li       r10, 0
    li       r12, 896
    li       r8, 42
L283:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 49
    blt      r8, r13, L283
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L296:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L296
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 791552
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 759936
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L316:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L316
    li       r10, 0
    li       r12, 896
    li       r8, 49
L325:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L325
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L338:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L338
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 795136
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 760832
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L358:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L358
    li       r10, 0
    li       r12, 896
    li       r8, 56
L367:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 63
    blt      r8, r13, L367
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L380:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L380
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 798720
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 761728
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L400:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L400
    li       r10, 0
    li       r12, 896
    li       r8, 63
L409:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 70
    blt      r8, r13, L409
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L422:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L422
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 802304
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 762624
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L442:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L442
    li       r10, 0
    li       r12, 896
    li       r8, 70
L451:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 77
    blt      r8, r13, L451
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L464:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L464
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 805888
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 763520
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L484:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L484
    li       r10, 0
    li       r12, 896
    li       r8, 77
L493:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 84
    blt      r8, r13, L493
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L506:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L506
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 809472
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 764416
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L526:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L526
    li       r10, 0
    li       r12, 896
    li       r8, 84
L535:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 91
    blt      r8, r13, L535
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L548:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L548
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 813056
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 765312
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L568:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L568
    li       r10, 0
    li       r12, 896
    li       r8, 91
L577:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 98
    blt      r8, r13, L577
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L590:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L590
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 816640
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 766208
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L610:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L610
    li       r10, 0
    li       r12, 896
    li       r8, 98
L619:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 105
    blt      r8, r13, L619
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L632:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L632
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 820224
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 767104
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L652:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L652
    li       r10, 0
    li       r12, 896
    li       r8, 105
L661:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 112
    blt      r8, r13, L661
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L674:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L674
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 823808
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 768000
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L694:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L694
    li       r10, 0
    li       r12, 896
    li       r8, 112
L703:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 119
    blt      r8, r13, L703
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L716:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L716
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 827392
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 768896
    li       r1, 0
    ld       r1, r4, sram, 896
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 4480
L736:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L736
    li       r10, 0
    li       r12, 896
    li       r8, 119
L745:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 126
    blt      r8, r13, L745
    li       r8, 0
    li       r9, 896
    li       r10, 896
    li       r3, 4736
L758:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L758
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 830976
    li       r1, 896
    st       r4, r1, sram, 3584
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 769792
    li       r1, 0
    ld       r1, r4, sram, 256
    li       r1, 0
    li       r2, 0
    li       r3, 4480
    vaffine  r1, r2, r3, 128
    li       r1, 128
    li       r2, 128
    li       r3, 4480
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 896
    li       r8, 126
L785:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L785
    li       r1, 896
    li       r2, 896
    li       r3, 4736
    vaffine  r1, r2, r3, 512
    li       r1, 1408
    li       r2, 1408
    li       r3, 4736
    vaffine  r1, r2, r3, 512
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 834560
    li       r1, 896
    st       r4, r1, sram, 1024
.layer 44
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 770048
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 835584
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 774144
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 839680
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 778240
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 843776
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 782336
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 847872
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 786432
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 851968
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 790528
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 856064
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 794624
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 860160
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 798720
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 864256
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 802816
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 868352
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 806912
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 872448
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 811008
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 876544
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 815104
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 880640
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 819200
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 884736
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 823296
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 888832
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 827392
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 892928
    li       r1, 9856
    st       r4, r1, sram, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 831488
    li       r1, 5760
    ld       r1, r4, sram, 4096
    li       r1, 9856
    li       r2, 5760
    vgelu    r1, r2, 4096
    li       r4, 65536
    mul      r4, r15, r4
    addi     r4, r4, 897024
    li       r1, 9856
    st       r4, r1, sram, 4096
.layer 45
    li       r1, 13951
    vcopy    r1, r1, 1
    send     r1, 12, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 14
    prog     x0, 13
    xwin     x0, 0, 128, 0, 128
    li       r4, 56576
    li       r1, 5376
    ld       r1, r4, dram, 256
    li       r4, 56832
    li       r1, 5632
    ld       r1, r4, dram, 256
    li       r4, 57088
    li       r1, 14080
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L14:
.layer 40
    li       r1, 0
    recv     r1, 10, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 704512
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L25:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L25
    li       r10, 0
    li       r12, 2688
    li       r8, 0
L34:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L34
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L47:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L47
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 720896
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 707200
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L67:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L67
    li       r10, 0
    li       r12, 2688
    li       r8, 21
L76:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 42
    blt      r8, r13, L76
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L89:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L89
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 723584
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 709888
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L109:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L109
    li       r10, 0
    li       r12, 2688
    li       r8, 42
L118:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 63
    blt      r8, r13, L118
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L131:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L131
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 726272
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 712576
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L151:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L151
    li       r10, 0
    li       r12, 2688
    li       r8, 63
L160:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 84
    blt      r8, r13, L160
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L173:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L173
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 728960
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 715264
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L193:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L193
    li       r10, 0
    li       r12, 2688
    li       r8, 84
L202:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 105
    blt      r8, r13, L202
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L215:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L215
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 731648
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 717952
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L235:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L235
    li       r10, 0
    li       r12, 2688
    li       r8, 105
L244:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 126
    blt      r8, r13, L244
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L257:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L257
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 734336
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 720640
    li       r1, 0
    ld       r1, r4, sram, 256
    li       r1, 0
    li       r2, 0
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r1, 128
    li       r2, 128
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 2688
    li       r8, 126
L284:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L284
    li       r1, 2688
    li       r2, 2688
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r1, 2816
    li       r2, 2816
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 737024
    li       r1, 2688
    st       r4, r1, sram, 256
.layer 41
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 720896
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r1, 8618
    recv     r1, 9, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 475136
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 737280
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 723626
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 477866
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 740010
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 726356
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 480596
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 742740
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 729086
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 483326
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 745470
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 731816
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 486056
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 748200
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 734546
    li       r1, 5888
    ld       r1, r4, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 488786
    li       r1, 8618
    ld       r1, r4, sram, 2730
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 750930
    li       r1, 11348
    st       r4, r1, sram, 2730
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 737276
    li       r1, 5888
    ld       r1, r4, sram, 4
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 491516
    li       r1, 8618
    ld       r1, r4, sram, 4
    li       r1, 11348
    li       r2, 5888
    li       r3, 8618
    vadd     r1, r2, r3, 4
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 753660
    li       r1, 11348
    st       r4, r1, sram, 4
.layer 42
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 737280
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    li       r3, 14080
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 753664
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 741376
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    li       r3, 14080
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 757760
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 745472
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    li       r3, 14080
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 761856
    li       r1, 9984
    st       r4, r1, sram, 4096
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 749568
    li       r1, 5888
    ld       r1, r4, sram, 4096
    li       r1, 9984
    li       r2, 5888
    li       r3, 14080
    vlnorm   r1, r2, r3, 32, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 765952
    li       r1, 9984
    st       r4, r1, sram, 4096
.layer 43
    li       r1, 14079
    vcopy    r1, r1, 1
    send     r1, 13, 1, 1
.layer 46
    li       r1, 14079
    vcopy    r1, r1, 1
    send     r1, 12, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L14
    halt

.tile 15
    prog     x0, 12
    xwin     x0, 0, 128, 0, 128
    li       r4, 55808
    li       r1, 5376
    ld       r1, r4, dram, 256
    li       r4, 56064
    li       r1, 5632
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 27
    li       r1, 0
    recv     r1, 9, 1, 1
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 475136
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L22:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L22
    li       r10, 0
    li       r12, 2688
    li       r8, 0
L31:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L31
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L44:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L44
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 524288
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 477824
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L64:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L64
    li       r10, 0
    li       r12, 2688
    li       r8, 21
L73:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 42
    blt      r8, r13, L73
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L86:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L86
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 526976
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 480512
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L106:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L106
    li       r10, 0
    li       r12, 2688
    li       r8, 42
L115:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 63
    blt      r8, r13, L115
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L128:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 529664
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 483200
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L148:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L148
    li       r10, 0
    li       r12, 2688
    li       r8, 63
L157:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 84
    blt      r8, r13, L157
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L170:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L170
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 532352
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 485888
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L190:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L190
    li       r10, 0
    li       r12, 2688
    li       r8, 84
L199:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 105
    blt      r8, r13, L199
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L212:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L212
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 535040
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 488576
    li       r1, 0
    ld       r1, r4, sram, 2688
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 5376
L232:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L232
    li       r10, 0
    li       r12, 2688
    li       r8, 105
L241:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 126
    blt      r8, r13, L241
    li       r8, 0
    li       r9, 2688
    li       r10, 2688
    li       r3, 5632
L254:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L254
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 537728
    li       r1, 2688
    st       r4, r1, sram, 2688
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 491264
    li       r1, 0
    ld       r1, r4, sram, 256
    li       r1, 0
    li       r2, 0
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r1, 128
    li       r2, 128
    li       r3, 5376
    vaffine  r1, r2, r3, 128
    li       r10, 0
    li       r12, 2688
    li       r8, 126
L281:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L281
    li       r1, 2688
    li       r2, 2688
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r1, 2816
    li       r2, 2816
    li       r3, 5632
    vaffine  r1, r2, r3, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 540416
    li       r1, 2688
    st       r4, r1, sram, 256
.layer 33
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 524288
    li       r1, 5888
    addi     r4, r3, 0
    addi     r13, r1, 8192
L309:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L309
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 573440
    li       r1, 5888
    st       r4, r1, sram, 8192
    li       r3, 16384
    mul      r3, r15, r3
    addi     r3, r3, 524352
    li       r1, 5888
    addi     r4, r3, 0
    addi     r13, r1, 8192
L324:
    ld       r1, r4, sram, 64
    addi     r1, r1, 64
    addi     r4, r4, 128
    blt      r1, r13, L324
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 581632
    li       r1, 5888
    st       r4, r1, sram, 8192
.layer 37
    li       r1, 14079
    vcopy    r1, r1, 1
    send     r1, 10, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt
