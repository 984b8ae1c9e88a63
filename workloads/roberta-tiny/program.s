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
    li       r1, 12832
    li       r2, 10656
    vcopy    r1, r2, 32
    li       r1, 12864
    li       r2, 10720
    vcopy    r1, r2, 32
    li       r1, 12896
    li       r2, 10784
    vcopy    r1, r2, 32
    li       r1, 12928
    li       r2, 10848
    vcopy    r1, r2, 32
    li       r1, 12960
    li       r2, 10912
    vcopy    r1, r2, 32
    li       r1, 12992
    li       r2, 10976
    vcopy    r1, r2, 32
    li       r1, 13024
    li       r2, 11040
    vcopy    r1, r2, 32
    li       r1, 13056
    li       r2, 11104
    vcopy    r1, r2, 32
    li       r1, 13088
    li       r2, 11168
    vcopy    r1, r2, 32
    li       r1, 13120
    li       r2, 11232
    vcopy    r1, r2, 32
    li       r1, 13152
    li       r2, 11296
    vcopy    r1, r2, 32
    li       r1, 13184
    li       r2, 11360
    vcopy    r1, r2, 32
    li       r1, 13216
    li       r2, 11424
    vcopy    r1, r2, 32
    li       r1, 13248
    li       r2, 11488
    vcopy    r1, r2, 32
    li       r1, 13280
    li       r2, 11552
    vcopy    r1, r2, 32
    li       r1, 13312
    li       r2, 11616
    vcopy    r1, r2, 32
    li       r1, 13344
    li       r2, 11680
    vcopy    r1, r2, 32
    li       r1, 13376
    li       r2, 11744
    vcopy    r1, r2, 32
    li       r1, 13408
    li       r2, 11808
    vcopy    r1, r2, 32
    li       r1, 13440
    li       r2, 11872
    vcopy    r1, r2, 32
    li       r1, 13472
    li       r2, 11936
    vcopy    r1, r2, 32
    li       r1, 13504
    li       r2, 12000
    vcopy    r1, r2, 32
    li       r1, 13536
    li       r2, 12064
    vcopy    r1, r2, 32
    li       r1, 13568
    li       r2, 12128
    vcopy    r1, r2, 32
    li       r1, 13600
    li       r2, 12192
    vcopy    r1, r2, 32
    li       r1, 13632
    li       r2, 12256
    vcopy    r1, r2, 32
    li       r1, 13664
    li       r2, 12320
    vcopy    r1, r2, 32
    li       r1, 13696
    li       r2, 12384
    vcopy    r1, r2, 32
    li       r1, 13728
    li       r2, 12448
    vcopy    r1, r2, 32
    li       r1, 13760
    li       r2, 12512
    vcopy    r1, r2, 32
    li       r1, 13792
    li       r2, 12576
    vcopy    r1, r2, 32
    li       r1, 13824
    li       r2, 12640
    vcopy    r1, r2, 32
    li       r1, 13856
    li       r2, 10688
    vcopy    r1, r2, 32
    li       r1, 13888
    li       r2, 10752
    vcopy    r1, r2, 32
    li       r1, 13920
    li       r2, 10816
    vcopy    r1, r2, 32
    li       r1, 13952
    li       r2, 10880
    vcopy    r1, r2, 32
    li       r1, 13984
    li       r2, 10944
    vcopy    r1, r2, 32
    li       r1, 14016
    li       r2, 11008
    vcopy    r1, r2, 32
    li       r1, 14048
    li       r2, 11072
    vcopy    r1, r2, 32
    li       r1, 14080
    li       r2, 11136
    vcopy    r1, r2, 32
    li       r1, 14112
    li       r2, 11200
    vcopy    r1, r2, 32
    li       r1, 14144
    li       r2, 11264
    vcopy    r1, r2, 32
    li       r1, 14176
    li       r2, 11328
    vcopy    r1, r2, 32
    li       r1, 14208
    li       r2, 11392
    vcopy    r1, r2, 32
    li       r1, 14240
    li       r2, 11456
    vcopy    r1, r2, 32
    li       r1, 14272
    li       r2, 11520
    vcopy    r1, r2, 32
    li       r1, 14304
    li       r2, 11584
    vcopy    r1, r2, 32
    li       r1, 14336
    li       r2, 11648
    vcopy    r1, r2, 32
    li       r1, 14368
    li       r2, 11712
    vcopy    r1, r2, 32
    li       r1, 14400
    li       r2, 11776
    vcopy    r1, r2, 32
    li       r1, 14432
    li       r2, 11840
    vcopy    r1, r2, 32
    li       r1, 14464
    li       r2, 11904
    vcopy    r1, r2, 32
    li       r1, 14496
    li       r2, 11968
    vcopy    r1, r2, 32
    li       r1, 14528
    li       r2, 12032
    vcopy    r1, r2, 32
    li       r1, 14560
    li       r2, 12096
    vcopy    r1, r2, 32
    li       r1, 14592
    li       r2, 12160
    vcopy    r1, r2, 32
    li       r1, 14624
    li       r2, 12224
    vcopy    r1, r2, 32
    li       r1, 14656
    li       r2, 12288
    vcopy    r1, r2, 32
    li       r1, 14688
    li       r2, 12352
    vcopy    r1, r2, 32
    li       r1, 14720
    li       r2, 12416
    vcopy    r1, r2, 32
    li       r1, 14752
    li       r2, 12480
    vcopy    r1, r2, 32
    li       r1, 14784
    li       r2, 12544
    vcopy    r1, r2, 32
    li       r1, 14816
    li       r2, 12608
    vcopy    r1, r2, 32
    li       r1, 14848
    li       r2, 12672
    vcopy    r1, r2, 32
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
L311:
    vaffine  r9, r10, r3, 32
    addi     r9, r9, 32
    addi     r10, r10, 32
    addi     r8, r8, 1
    li       r13, 64
    blt      r8, r13, L311
.layer 15
    li       r8, 0
    li       r9, 21088
    li       r10, 19040
    li       r3, 128
L321:
    vadd     r9, r10, r3, 32
    addi     r9, r9, 32
    addi     r10, r10, 32
    addi     r8, r8, 1
    li       r13, 64
    blt      r8, r13, L321
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
    li       r1, 29280
    li       r2, 27232
    vcopy    r1, r2, 32
    li       r1, 29312
    li       r2, 28256
    vcopy    r1, r2, 32
    li       r1, 29344
    li       r2, 27264
    vcopy    r1, r2, 32
    li       r1, 29376
    li       r2, 28288
    vcopy    r1, r2, 32
    li       r1, 29408
    li       r2, 27296
    vcopy    r1, r2, 32
    li       r1, 29440
    li       r2, 28320
    vcopy    r1, r2, 32
    li       r1, 29472
    li       r2, 27328
    vcopy    r1, r2, 32
    li       r1, 29504
    li       r2, 28352
    vcopy    r1, r2, 32
    li       r1, 29536
    li       r2, 27360
    vcopy    r1, r2, 32
    li       r1, 29568
    li       r2, 28384
    vcopy    r1, r2, 32
    li       r1, 29600
    li       r2, 27392
    vcopy    r1, r2, 32
    li       r1, 29632
    li       r2, 28416
    vcopy    r1, r2, 32
    li       r1, 29664
    li       r2, 27424
    vcopy    r1, r2, 32
    li       r1, 29696
    li       r2, 28448
    vcopy    r1, r2, 32
    li       r1, 29728
    li       r2, 27456
    vcopy    r1, r2, 32
    li       r1, 29760
    li       r2, 28480
    vcopy    r1, r2, 32
    li       r1, 29792
    li       r2, 27488
    vcopy    r1, r2, 32
    li       r1, 29824
    li       r2, 28512
    vcopy    r1, r2, 32
    li       r1, 29856
    li       r2, 27520
    vcopy    r1, r2, 32
    li       r1, 29888
    li       r2, 28544
    vcopy    r1, r2, 32
    li       r1, 29920
    li       r2, 27552
    vcopy    r1, r2, 32
    li       r1, 29952
    li       r2, 28576
    vcopy    r1, r2, 32
    li       r1, 29984
    li       r2, 27584
    vcopy    r1, r2, 32
    li       r1, 30016
    li       r2, 28608
    vcopy    r1, r2, 32
    li       r1, 30048
    li       r2, 27616
    vcopy    r1, r2, 32
    li       r1, 30080
    li       r2, 28640
    vcopy    r1, r2, 32
    li       r1, 30112
    li       r2, 27648
    vcopy    r1, r2, 32
    li       r1, 30144
    li       r2, 28672
    vcopy    r1, r2, 32
    li       r1, 30176
    li       r2, 27680
    vcopy    r1, r2, 32
    li       r1, 30208
    li       r2, 28704
    vcopy    r1, r2, 32
    li       r1, 30240
    li       r2, 27712
    vcopy    r1, r2, 32
    li       r1, 30272
    li       r2, 28736
    vcopy    r1, r2, 32
    li       r1, 30304
    li       r2, 27744
    vcopy    r1, r2, 32
    li       r1, 30336
    li       r2, 28768
    vcopy    r1, r2, 32
    li       r1, 30368
    li       r2, 27776
    vcopy    r1, r2, 32
    li       r1, 30400
    li       r2, 28800
    vcopy    r1, r2, 32
    li       r1, 30432
    li       r2, 27808
    vcopy    r1, r2, 32
    li       r1, 30464
    li       r2, 28832
    vcopy    r1, r2, 32
    li       r1, 30496
    li       r2, 27840
    vcopy    r1, r2, 32
    li       r1, 30528
    li       r2, 28864
    vcopy    r1, r2, 32
    li       r1, 30560
    li       r2, 27872
    vcopy    r1, r2, 32
    li       r1, 30592
    li       r2, 28896
    vcopy    r1, r2, 32
    li       r1, 30624
    li       r2, 27904
    vcopy    r1, r2, 32
    li       r1, 30656
    li       r2, 28928
    vcopy    r1, r2, 32
    li       r1, 30688
    li       r2, 27936
    vcopy    r1, r2, 32
    li       r1, 30720
    li       r2, 28960
    vcopy    r1, r2, 32
    li       r1, 30752
    li       r2, 27968
    vcopy    r1, r2, 32
    li       r1, 30784
    li       r2, 28992
    vcopy    r1, r2, 32
    li       r1, 30816
    li       r2, 28000
    vcopy    r1, r2, 32
    li       r1, 30848
    li       r2, 29024
    vcopy    r1, r2, 32
    li       r1, 30880
    li       r2, 28032
    vcopy    r1, r2, 32
    li       r1, 30912
    li       r2, 29056
    vcopy    r1, r2, 32
    li       r1, 30944
    li       r2, 28064
    vcopy    r1, r2, 32
    li       r1, 30976
    li       r2, 29088
    vcopy    r1, r2, 32
    li       r1, 31008
    li       r2, 28096
    vcopy    r1, r2, 32
    li       r1, 31040
    li       r2, 29120
    vcopy    r1, r2, 32
    li       r1, 31072
    li       r2, 28128
    vcopy    r1, r2, 32
    li       r1, 31104
    li       r2, 29152
    vcopy    r1, r2, 32
    li       r1, 31136
    li       r2, 28160
    vcopy    r1, r2, 32
    li       r1, 31168
    li       r2, 29184
    vcopy    r1, r2, 32
    li       r1, 31200
    li       r2, 28192
    vcopy    r1, r2, 32
    li       r1, 31232
    li       r2, 29216
    vcopy    r1, r2, 32
    li       r1, 31264
    li       r2, 28224
    vcopy    r1, r2, 32
    li       r1, 31296
    li       r2, 29248
    vcopy    r1, r2, 32
.layer 20
    li       r8, 0
    li       r9, 31328
    li       r10, 29280
    li       r3, 33376
L536:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 32
    blt      r8, r13, L536
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
    li       r1, 4224
    li       r2, 0
    vcopy    r1, r2, 32
    li       r1, 4256
    li       r2, 64
    vcopy    r1, r2, 32
    li       r1, 4288
    li       r2, 128
    vcopy    r1, r2, 32
    li       r1, 4320
    li       r2, 192
    vcopy    r1, r2, 32
    li       r1, 4352
    li       r2, 256
    vcopy    r1, r2, 32
    li       r1, 4384
    li       r2, 320
    vcopy    r1, r2, 32
    li       r1, 4416
    li       r2, 384
    vcopy    r1, r2, 32
    li       r1, 4448
    li       r2, 448
    vcopy    r1, r2, 32
    li       r1, 4480
    li       r2, 512
    vcopy    r1, r2, 32
    li       r1, 4512
    li       r2, 576
    vcopy    r1, r2, 32
    li       r1, 4544
    li       r2, 640
    vcopy    r1, r2, 32
    li       r1, 4576
    li       r2, 704
    vcopy    r1, r2, 32
    li       r1, 4608
    li       r2, 768
    vcopy    r1, r2, 32
    li       r1, 4640
    li       r2, 832
    vcopy    r1, r2, 32
    li       r1, 4672
    li       r2, 896
    vcopy    r1, r2, 32
    li       r1, 4704
    li       r2, 960
    vcopy    r1, r2, 32
    li       r1, 4736
    li       r2, 1024
    vcopy    r1, r2, 32
    li       r1, 4768
    li       r2, 1088
    vcopy    r1, r2, 32
    li       r1, 4800
    li       r2, 1152
    vcopy    r1, r2, 32
    li       r1, 4832
    li       r2, 1216
    vcopy    r1, r2, 32
    li       r1, 4864
    li       r2, 1280
    vcopy    r1, r2, 32
    li       r1, 4896
    li       r2, 1344
    vcopy    r1, r2, 32
    li       r1, 4928
    li       r2, 1408
    vcopy    r1, r2, 32
    li       r1, 4960
    li       r2, 1472
    vcopy    r1, r2, 32
    li       r1, 4992
    li       r2, 1536
    vcopy    r1, r2, 32
    li       r1, 5024
    li       r2, 1600
    vcopy    r1, r2, 32
    li       r1, 5056
    li       r2, 1664
    vcopy    r1, r2, 32
    li       r1, 5088
    li       r2, 1728
    vcopy    r1, r2, 32
    li       r1, 5120
    li       r2, 1792
    vcopy    r1, r2, 32
    li       r1, 5152
    li       r2, 1856
    vcopy    r1, r2, 32
    li       r1, 5184
    li       r2, 1920
    vcopy    r1, r2, 32
    li       r1, 5216
    li       r2, 1984
    vcopy    r1, r2, 32
    li       r1, 5248
    li       r2, 32
    vcopy    r1, r2, 32
    li       r1, 5280
    li       r2, 96
    vcopy    r1, r2, 32
    li       r1, 5312
    li       r2, 160
    vcopy    r1, r2, 32
    li       r1, 5344
    li       r2, 224
    vcopy    r1, r2, 32
    li       r1, 5376
    li       r2, 288
    vcopy    r1, r2, 32
    li       r1, 5408
    li       r2, 352
    vcopy    r1, r2, 32
    li       r1, 5440
    li       r2, 416
    vcopy    r1, r2, 32
    li       r1, 5472
    li       r2, 480
    vcopy    r1, r2, 32
    li       r1, 5504
    li       r2, 544
    vcopy    r1, r2, 32
    li       r1, 5536
    li       r2, 608
    vcopy    r1, r2, 32
    li       r1, 5568
    li       r2, 672
    vcopy    r1, r2, 32
    li       r1, 5600
    li       r2, 736
    vcopy    r1, r2, 32
    li       r1, 5632
    li       r2, 800
    vcopy    r1, r2, 32
    li       r1, 5664
    li       r2, 864
    vcopy    r1, r2, 32
    li       r1, 5696
    li       r2, 928
    vcopy    r1, r2, 32
    li       r1, 5728
    li       r2, 992
    vcopy    r1, r2, 32
    li       r1, 5760
    li       r2, 1056
    vcopy    r1, r2, 32
    li       r1, 5792
    li       r2, 1120
    vcopy    r1, r2, 32
    li       r1, 5824
    li       r2, 1184
    vcopy    r1, r2, 32
    li       r1, 5856
    li       r2, 1248
    vcopy    r1, r2, 32
    li       r1, 5888
    li       r2, 1312
    vcopy    r1, r2, 32
    li       r1, 5920
    li       r2, 1376
    vcopy    r1, r2, 32
    li       r1, 5952
    li       r2, 1440
    vcopy    r1, r2, 32
    li       r1, 5984
    li       r2, 1504
    vcopy    r1, r2, 32
    li       r1, 6016
    li       r2, 1568
    vcopy    r1, r2, 32
    li       r1, 6048
    li       r2, 1632
    vcopy    r1, r2, 32
    li       r1, 6080
    li       r2, 1696
    vcopy    r1, r2, 32
    li       r1, 6112
    li       r2, 1760
    vcopy    r1, r2, 32
    li       r1, 6144
    li       r2, 1824
    vcopy    r1, r2, 32
    li       r1, 6176
    li       r2, 1888
    vcopy    r1, r2, 32
    li       r1, 6208
    li       r2, 1952
    vcopy    r1, r2, 32
    li       r1, 6240
    li       r2, 2016
    vcopy    r1, r2, 32
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
    li       r1, 4224
    li       r2, 0
    vcopy    r1, r2, 32
    li       r1, 4256
    li       r2, 64
    vcopy    r1, r2, 32
    li       r1, 4288
    li       r2, 128
    vcopy    r1, r2, 32
    li       r1, 4320
    li       r2, 192
    vcopy    r1, r2, 32
    li       r1, 4352
    li       r2, 256
    vcopy    r1, r2, 32
    li       r1, 4384
    li       r2, 320
    vcopy    r1, r2, 32
    li       r1, 4416
    li       r2, 384
    vcopy    r1, r2, 32
    li       r1, 4448
    li       r2, 448
    vcopy    r1, r2, 32
    li       r1, 4480
    li       r2, 512
    vcopy    r1, r2, 32
    li       r1, 4512
    li       r2, 576
    vcopy    r1, r2, 32
    li       r1, 4544
    li       r2, 640
    vcopy    r1, r2, 32
    li       r1, 4576
    li       r2, 704
    vcopy    r1, r2, 32
    li       r1, 4608
    li       r2, 768
    vcopy    r1, r2, 32
    li       r1, 4640
    li       r2, 832
    vcopy    r1, r2, 32
    li       r1, 4672
    li       r2, 896
    vcopy    r1, r2, 32
    li       r1, 4704
    li       r2, 960
    vcopy    r1, r2, 32
    li       r1, 4736
    li       r2, 1024
    vcopy    r1, r2, 32
    li       r1, 4768
    li       r2, 1088
    vcopy    r1, r2, 32
    li       r1, 4800
    li       r2, 1152
    vcopy    r1, r2, 32
    li       r1, 4832
    li       r2, 1216
    vcopy    r1, r2, 32
    li       r1, 4864
    li       r2, 1280
    vcopy    r1, r2, 32
    li       r1, 4896
    li       r2, 1344
    vcopy    r1, r2, 32
    li       r1, 4928
    li       r2, 1408
    vcopy    r1, r2, 32
    li       r1, 4960
    li       r2, 1472
    vcopy    r1, r2, 32
    li       r1, 4992
    li       r2, 1536
    vcopy    r1, r2, 32
    li       r1, 5024
    li       r2, 1600
    vcopy    r1, r2, 32
    li       r1, 5056
    li       r2, 1664
    vcopy    r1, r2, 32
    li       r1, 5088
    li       r2, 1728
    vcopy    r1, r2, 32
    li       r1, 5120
    li       r2, 1792
    vcopy    r1, r2, 32
    li       r1, 5152
    li       r2, 1856
    vcopy    r1, r2, 32
    li       r1, 5184
    li       r2, 1920
    vcopy    r1, r2, 32
    li       r1, 5216
    li       r2, 1984
    vcopy    r1, r2, 32
    li       r1, 5248
    li       r2, 32
    vcopy    r1, r2, 32
    li       r1, 5280
    li       r2, 96
    vcopy    r1, r2, 32
    li       r1, 5312
    li       r2, 160
    vcopy    r1, r2, 32
    li       r1, 5344
    li       r2, 224
    vcopy    r1, r2, 32
    li       r1, 5376
    li       r2, 288
    vcopy    r1, r2, 32
    li       r1, 5408
    li       r2, 352
    vcopy    r1, r2, 32
    li       r1, 5440
    li       r2, 416
    vcopy    r1, r2, 32
    li       r1, 5472
    li       r2, 480
    vcopy    r1, r2, 32
    li       r1, 5504
    li       r2, 544
    vcopy    r1, r2, 32
    li       r1, 5536
    li       r2, 608
    vcopy    r1, r2, 32
    li       r1, 5568
    li       r2, 672
    vcopy    r1, r2, 32
    li       r1, 5600
    li       r2, 736
    vcopy    r1, r2, 32
    li       r1, 5632
    li       r2, 800
    vcopy    r1, r2, 32
    li       r1, 5664
    li       r2, 864
    vcopy    r1, r2, 32
    li       r1, 5696
    li       r2, 928
    vcopy    r1, r2, 32
    li       r1, 5728
    li       r2, 992
    vcopy    r1, r2, 32
    li       r1, 5760
    li       r2, 1056
    vcopy    r1, r2, 32
    li       r1, 5792
    li       r2, 1120
    vcopy    r1, r2, 32
    li       r1, 5824
    li       r2, 1184
    vcopy    r1, r2, 32
    li       r1, 5856
    li       r2, 1248
    vcopy    r1, r2, 32
    li       r1, 5888
    li       r2, 1312
    vcopy    r1, r2, 32
    li       r1, 5920
    li       r2, 1376
    vcopy    r1, r2, 32
    li       r1, 5952
    li       r2, 1440
    vcopy    r1, r2, 32
    li       r1, 5984
    li       r2, 1504
    vcopy    r1, r2, 32
    li       r1, 6016
    li       r2, 1568
    vcopy    r1, r2, 32
    li       r1, 6048
    li       r2, 1632
    vcopy    r1, r2, 32
    li       r1, 6080
    li       r2, 1696
    vcopy    r1, r2, 32
    li       r1, 6112
    li       r2, 1760
    vcopy    r1, r2, 32
    li       r1, 6144
    li       r2, 1824
    vcopy    r1, r2, 32
    li       r1, 6176
    li       r2, 1888
    vcopy    r1, r2, 32
    li       r1, 6208
    li       r2, 1952
    vcopy    r1, r2, 32
    li       r1, 6240
    li       r2, 2016
    vcopy    r1, r2, 32
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
