# aimcsim program: 8 tile(s), ISA 2.1.0
.isa 2.1.0

.layer 0 "conv1"
.layer 1 "relu1"
.layer 2 "conv2"
.layer 3 "relu2"
.layer 4 "conv3"
.layer 5 "relu3"
.layer 6 "conv4"
.layer 7 "relu4"
.layer 8 "pool"
.layer 9 "flatten"
.layer 10 "fc1"
.layer 11 "relu5"
.layer 12 "fc2"

.tile 0
    prog     x0, 0
    xwin     x0, 0, 9, 0, 16
    li       r4, 3176
    li       r1, 5725
    ld       r1, r4, dram, 32
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 0
    li       r4, 784
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 0
    ld       r1, r4, dram, 784
    li       r1, 4856
    li       r2, 0
    vcopy    r1, r2, 28
    li       r1, 4886
    li       r2, 28
    vcopy    r1, r2, 28
    li       r1, 4916
    li       r2, 56
    vcopy    r1, r2, 28
    li       r1, 4946
    li       r2, 84
    vcopy    r1, r2, 28
    li       r1, 4976
    li       r2, 112
    vcopy    r1, r2, 28
    li       r1, 5006
    li       r2, 140
    vcopy    r1, r2, 28
    li       r1, 5036
    li       r2, 168
    vcopy    r1, r2, 28
    li       r1, 5066
    li       r2, 196
    vcopy    r1, r2, 28
    li       r1, 5096
    li       r2, 224
    vcopy    r1, r2, 28
    li       r1, 5126
    li       r2, 252
    vcopy    r1, r2, 28
    li       r1, 5156
    li       r2, 280
    vcopy    r1, r2, 28
    li       r1, 5186
    li       r2, 308
    vcopy    r1, r2, 28
    li       r1, 5216
    li       r2, 336
    vcopy    r1, r2, 28
    li       r1, 5246
    li       r2, 364
    vcopy    r1, r2, 28
    li       r1, 5276
    li       r2, 392
    vcopy    r1, r2, 28
    li       r1, 5306
    li       r2, 420
    vcopy    r1, r2, 28
    li       r1, 5336
    li       r2, 448
    vcopy    r1, r2, 28
    li       r1, 5366
    li       r2, 476
    vcopy    r1, r2, 28
    li       r1, 5396
    li       r2, 504
    vcopy    r1, r2, 28
    li       r1, 5426
    li       r2, 532
    vcopy    r1, r2, 28
    li       r1, 5456
    li       r2, 560
    vcopy    r1, r2, 28
    li       r1, 5486
    li       r2, 588
    vcopy    r1, r2, 28
    li       r1, 5516
    li       r2, 616
    vcopy    r1, r2, 28
    li       r1, 5546
    li       r2, 644
    vcopy    r1, r2, 28
    li       r1, 5576
    li       r2, 672
    vcopy    r1, r2, 28
    li       r1, 5606
    li       r2, 700
    vcopy    r1, r2, 28
    li       r1, 5636
    li       r2, 728
    vcopy    r1, r2, 28
    li       r1, 5666
    li       r2, 756
    vcopy    r1, r2, 28
    li       r10, 4825
    li       r12, 793
    li       r8, 0
L100:
    li       r9, 0
    addi     r11, r10, 0
L102:
    addi     r1, r11, 0
    li       r2, 784
    vcopy    r2, r1, 3
    addi     r1, r11, 30
    li       r2, 787
    vcopy    r2, r1, 3
    addi     r1, r11, 60
    li       r2, 790
    vcopy    r2, r1, 3
    li       r4, 784
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 1
    addi     r12, r12, 16
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L102
    addi     r10, r10, 30
    addi     r8, r8, 1
    li       r13, 9
    blt      r8, r13, L100
    li       r8, 0
    li       r9, 793
    li       r10, 793
    li       r3, 5725
L127:
    vaffine  r9, r10, r3, 16
    addi     r9, r9, 16
    addi     r10, r10, 16
    addi     r8, r8, 1
    li       r13, 252
    blt      r8, r13, L127
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 793
    st       r4, r1, sram, 4032
    li       r1, 0
    send     r1, 1, 1, 784
    li       r1, 0
    send     r1, 2, 1, 784
.layer 1
    li       r1, 5757
    recv     r1, 1, 1, 1
    li       r1, 5757
    recv     r1, 2, 1, 1
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 5757
    ld       r1, r4, sram, 4096
    li       r1, 9853
    li       r2, 5757
    vrelu    r1, r2, 4096
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 50176
    li       r1, 9853
    st       r4, r1, sram, 4096
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 4096
    li       r1, 5757
    ld       r1, r4, sram, 4096
    li       r1, 9853
    li       r2, 5757
    vrelu    r1, r2, 4096
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 54272
    li       r1, 9853
    st       r4, r1, sram, 4096
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 8192
    li       r1, 5757
    ld       r1, r4, sram, 4096
    li       r1, 9853
    li       r2, 5757
    vrelu    r1, r2, 4096
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 58368
    li       r1, 9853
    st       r4, r1, sram, 4096
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 12288
    li       r1, 5757
    ld       r1, r4, sram, 256
    li       r1, 9853
    li       r2, 5757
    vrelu    r1, r2, 256
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 62464
    li       r1, 9853
    st       r4, r1, sram, 256
.layer 2
    li       r1, 10108
    vcopy    r1, r1, 1
    send     r1, 3, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 1
    prog     x0, 1
    xwin     x0, 0, 9, 0, 16
    li       r4, 3176
    li       r1, 5725
    ld       r1, r4, dram, 32
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 0
    li       r1, 4041
    recv     r1, 0, 1, 784
    li       r1, 4856
    li       r2, 4041
    vcopy    r1, r2, 28
    li       r1, 4886
    li       r2, 4069
    vcopy    r1, r2, 28
    li       r1, 4916
    li       r2, 4097
    vcopy    r1, r2, 28
    li       r1, 4946
    li       r2, 4125
    vcopy    r1, r2, 28
    li       r1, 4976
    li       r2, 4153
    vcopy    r1, r2, 28
    li       r1, 5006
    li       r2, 4181
    vcopy    r1, r2, 28
    li       r1, 5036
    li       r2, 4209
    vcopy    r1, r2, 28
    li       r1, 5066
    li       r2, 4237
    vcopy    r1, r2, 28
    li       r1, 5096
    li       r2, 4265
    vcopy    r1, r2, 28
    li       r1, 5126
    li       r2, 4293
    vcopy    r1, r2, 28
    li       r1, 5156
    li       r2, 4321
    vcopy    r1, r2, 28
    li       r1, 5186
    li       r2, 4349
    vcopy    r1, r2, 28
    li       r1, 5216
    li       r2, 4377
    vcopy    r1, r2, 28
    li       r1, 5246
    li       r2, 4405
    vcopy    r1, r2, 28
    li       r1, 5276
    li       r2, 4433
    vcopy    r1, r2, 28
    li       r1, 5306
    li       r2, 4461
    vcopy    r1, r2, 28
    li       r1, 5336
    li       r2, 4489
    vcopy    r1, r2, 28
    li       r1, 5366
    li       r2, 4517
    vcopy    r1, r2, 28
    li       r1, 5396
    li       r2, 4545
    vcopy    r1, r2, 28
    li       r1, 5426
    li       r2, 4573
    vcopy    r1, r2, 28
    li       r1, 5456
    li       r2, 4601
    vcopy    r1, r2, 28
    li       r1, 5486
    li       r2, 4629
    vcopy    r1, r2, 28
    li       r1, 5516
    li       r2, 4657
    vcopy    r1, r2, 28
    li       r1, 5546
    li       r2, 4685
    vcopy    r1, r2, 28
    li       r1, 5576
    li       r2, 4713
    vcopy    r1, r2, 28
    li       r1, 5606
    li       r2, 4741
    vcopy    r1, r2, 28
    li       r1, 5636
    li       r2, 4769
    vcopy    r1, r2, 28
    li       r1, 5666
    li       r2, 4797
    vcopy    r1, r2, 28
    li       r10, 5095
    li       r12, 9
    li       r8, 9
L97:
    li       r9, 0
    addi     r11, r10, 0
L99:
    addi     r1, r11, 0
    li       r2, 0
    vcopy    r2, r1, 3
    addi     r1, r11, 30
    li       r2, 3
    vcopy    r2, r1, 3
    addi     r1, r11, 60
    li       r2, 6
    vcopy    r2, r1, 3
    li       r4, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 1
    addi     r12, r12, 16
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L99
    addi     r10, r10, 30
    addi     r8, r8, 1
    li       r13, 18
    blt      r8, r13, L97
    li       r8, 0
    li       r9, 9
    li       r10, 9
    li       r3, 5725
L124:
    vaffine  r9, r10, r3, 16
    addi     r9, r9, 16
    addi     r10, r10, 16
    addi     r8, r8, 1
    li       r13, 252
    blt      r8, r13, L124
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 4032
    li       r1, 9
    st       r4, r1, sram, 4032
    li       r10, 5365
    li       r12, 9
    li       r9, 0
    addi     r11, r10, 0
L139:
    addi     r1, r11, 0
    li       r2, 0
    vcopy    r2, r1, 3
    addi     r1, r11, 30
    li       r2, 3
    vcopy    r2, r1, 3
    addi     r1, r11, 60
    li       r2, 6
    vcopy    r2, r1, 3
    li       r4, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 1
    addi     r12, r12, 16
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L139
    li       r8, 0
    li       r9, 9
    li       r10, 9
    li       r3, 5725
L160:
    vaffine  r9, r10, r3, 16
    addi     r9, r9, 16
    addi     r10, r10, 16
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L160
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 8064
    li       r1, 9
    st       r4, r1, sram, 448
.layer 1
    li       r1, 456
    vcopy    r1, r1, 1
    send     r1, 0, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 2
    prog     x0, 2
    xwin     x0, 0, 9, 0, 16
    li       r4, 3176
    li       r1, 5725
    ld       r1, r4, dram, 32
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 0
    li       r1, 4041
    recv     r1, 0, 1, 784
    li       r1, 4856
    li       r2, 4041
    vcopy    r1, r2, 28
    li       r1, 4886
    li       r2, 4069
    vcopy    r1, r2, 28
    li       r1, 4916
    li       r2, 4097
    vcopy    r1, r2, 28
    li       r1, 4946
    li       r2, 4125
    vcopy    r1, r2, 28
    li       r1, 4976
    li       r2, 4153
    vcopy    r1, r2, 28
    li       r1, 5006
    li       r2, 4181
    vcopy    r1, r2, 28
    li       r1, 5036
    li       r2, 4209
    vcopy    r1, r2, 28
    li       r1, 5066
    li       r2, 4237
    vcopy    r1, r2, 28
    li       r1, 5096
    li       r2, 4265
    vcopy    r1, r2, 28
    li       r1, 5126
    li       r2, 4293
    vcopy    r1, r2, 28
    li       r1, 5156
    li       r2, 4321
    vcopy    r1, r2, 28
    li       r1, 5186
    li       r2, 4349
    vcopy    r1, r2, 28
    li       r1, 5216
    li       r2, 4377
    vcopy    r1, r2, 28
    li       r1, 5246
    li       r2, 4405
    vcopy    r1, r2, 28
    li       r1, 5276
    li       r2, 4433
    vcopy    r1, r2, 28
    li       r1, 5306
    li       r2, 4461
    vcopy    r1, r2, 28
    li       r1, 5336
    li       r2, 4489
    vcopy    r1, r2, 28
    li       r1, 5366
    li       r2, 4517
    vcopy    r1, r2, 28
    li       r1, 5396
    li       r2, 4545
    vcopy    r1, r2, 28
    li       r1, 5426
    li       r2, 4573
    vcopy    r1, r2, 28
    li       r1, 5456
    li       r2, 4601
    vcopy    r1, r2, 28
    li       r1, 5486
    li       r2, 4629
    vcopy    r1, r2, 28
    li       r1, 5516
    li       r2, 4657
    vcopy    r1, r2, 28
    li       r1, 5546
    li       r2, 4685
    vcopy    r1, r2, 28
    li       r1, 5576
    li       r2, 4713
    vcopy    r1, r2, 28
    li       r1, 5606
    li       r2, 4741
    vcopy    r1, r2, 28
    li       r1, 5636
    li       r2, 4769
    vcopy    r1, r2, 28
    li       r1, 5666
    li       r2, 4797
    vcopy    r1, r2, 28
    li       r10, 5395
    li       r12, 9
    li       r8, 19
L97:
    li       r9, 0
    addi     r11, r10, 0
L99:
    addi     r1, r11, 0
    li       r2, 0
    vcopy    r2, r1, 3
    addi     r1, r11, 30
    li       r2, 3
    vcopy    r2, r1, 3
    addi     r1, r11, 60
    li       r2, 6
    vcopy    r2, r1, 3
    li       r4, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 1
    addi     r12, r12, 16
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L99
    addi     r10, r10, 30
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L97
    li       r8, 0
    li       r9, 9
    li       r10, 9
    li       r3, 5725
L124:
    vaffine  r9, r10, r3, 16
    addi     r9, r9, 16
    addi     r10, r10, 16
    addi     r8, r8, 1
    li       r13, 252
    blt      r8, r13, L124
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 8512
    li       r1, 9
    st       r4, r1, sram, 4032
.layer 1
    li       r1, 4040
    vcopy    r1, r1, 1
    send     r1, 0, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 3
    prog     x0, 3
    xwin     x0, 0, 144, 0, 32
    li       r4, 3208
    li       r1, 6256
    ld       r1, r4, dram, 64
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 2
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 480
    li       r1, 496
    recv     r1, 0, 1, 1
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 50176
    li       r1, 496
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 50624
    li       r1, 976
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 51072
    li       r1, 1456
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 51520
    li       r1, 1936
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 51968
    li       r1, 2416
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 52416
    li       r1, 2896
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 52864
    li       r1, 3376
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 53312
    li       r1, 3856
    ld       r1, r4, sram, 448
    li       r10, 0
    li       r12, 4464
    li       r8, 0
L57:
    li       r9, 0
    addi     r11, r10, 0
L59:
    addi     r1, r11, 0
    li       r2, 4320
    vcopy    r2, r1, 48
    addi     r1, r11, 480
    li       r2, 4368
    vcopy    r2, r1, 48
    addi     r1, r11, 960
    li       r2, 4416
    vcopy    r2, r1, 48
    li       r4, 4320
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 32
    addi     r12, r12, 32
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L59
    addi     r10, r10, 960
    addi     r8, r8, 1
    li       r13, 4
    blt      r8, r13, L57
    li       r8, 0
    li       r9, 4464
    li       r10, 4464
    li       r3, 6256
L84:
    vaffine  r9, r10, r3, 32
    addi     r9, r9, 32
    addi     r10, r10, 32
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L84
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 100352
    li       r1, 4464
    st       r4, r1, sram, 1792
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 53312
    li       r1, 16
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 53760
    li       r1, 496
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 54208
    li       r1, 976
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 54656
    li       r1, 1456
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 55104
    li       r1, 1936
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 55552
    li       r1, 2416
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 56000
    li       r1, 2896
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 56448
    li       r1, 3376
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 56896
    li       r1, 3856
    ld       r1, r4, sram, 448
    li       r10, 0
    li       r12, 4464
    li       r8, 4
L143:
    li       r9, 0
    addi     r11, r10, 0
L145:
    addi     r1, r11, 0
    li       r2, 4320
    vcopy    r2, r1, 48
    addi     r1, r11, 480
    li       r2, 4368
    vcopy    r2, r1, 48
    addi     r1, r11, 960
    li       r2, 4416
    vcopy    r2, r1, 48
    li       r4, 4320
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 32
    addi     r12, r12, 32
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L145
    addi     r10, r10, 960
    addi     r8, r8, 1
    li       r13, 8
    blt      r8, r13, L143
    li       r8, 0
    li       r9, 4464
    li       r10, 4464
    li       r3, 6256
L170:
    vaffine  r9, r10, r3, 32
    addi     r9, r9, 32
    addi     r10, r10, 32
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L170
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 102144
    li       r1, 4464
    st       r4, r1, sram, 1792
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 56896
    li       r1, 16
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 57344
    li       r1, 496
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 57792
    li       r1, 976
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 58240
    li       r1, 1456
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 58688
    li       r1, 1936
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 59136
    li       r1, 2416
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 59584
    li       r1, 2896
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 60032
    li       r1, 3376
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 60480
    li       r1, 3856
    ld       r1, r4, sram, 448
    li       r10, 0
    li       r12, 4464
    li       r8, 8
L229:
    li       r9, 0
    addi     r11, r10, 0
L231:
    addi     r1, r11, 0
    li       r2, 4320
    vcopy    r2, r1, 48
    addi     r1, r11, 480
    li       r2, 4368
    vcopy    r2, r1, 48
    addi     r1, r11, 960
    li       r2, 4416
    vcopy    r2, r1, 48
    li       r4, 4320
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 32
    addi     r12, r12, 32
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L231
    addi     r10, r10, 960
    addi     r8, r8, 1
    li       r13, 12
    blt      r8, r13, L229
    li       r8, 0
    li       r9, 4464
    li       r10, 4464
    li       r3, 6256
L256:
    vaffine  r9, r10, r3, 32
    addi     r9, r9, 32
    addi     r10, r10, 32
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L256
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 103936
    li       r1, 4464
    st       r4, r1, sram, 1792
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 60480
    li       r1, 16
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 60928
    li       r1, 496
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 61376
    li       r1, 976
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 61824
    li       r1, 1456
    ld       r1, r4, sram, 448
    li       r4, 12544
    mul      r4, r15, r4
    addi     r4, r4, 62272
    li       r1, 1936
    ld       r1, r4, sram, 448
    li       r10, 0
    li       r12, 4464
    li       r8, 12
L295:
    li       r9, 0
    addi     r11, r10, 0
L297:
    addi     r1, r11, 0
    li       r2, 4320
    vcopy    r2, r1, 48
    addi     r1, r11, 480
    li       r2, 4368
    vcopy    r2, r1, 48
    addi     r1, r11, 960
    li       r2, 4416
    vcopy    r2, r1, 48
    li       r4, 4320
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 32
    addi     r12, r12, 32
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L297
    addi     r10, r10, 960
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L295
    li       r8, 0
    li       r9, 4464
    li       r10, 4464
    li       r3, 6256
L322:
    vaffine  r9, r10, r3, 32
    addi     r9, r9, 32
    addi     r10, r10, 32
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L322
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 105728
    li       r1, 4464
    st       r4, r1, sram, 896
.layer 3
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 100352
    li       r1, 6320
    ld       r1, r4, sram, 4096
    li       r1, 10416
    li       r2, 6320
    vrelu    r1, r2, 4096
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 125440
    li       r1, 10416
    st       r4, r1, sram, 4096
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 104448
    li       r1, 6320
    ld       r1, r4, sram, 2176
    li       r1, 10416
    li       r2, 6320
    vrelu    r1, r2, 2176
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 129536
    li       r1, 10416
    st       r4, r1, sram, 2176
.layer 4
    li       r1, 12591
    vcopy    r1, r1, 1
    send     r1, 7, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 4
    prog     x0, 7
    xwin     x0, 0, 64, 0, 10
    li       r4, 3656
    li       r1, 74
    ld       r1, r4, dram, 20
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 12
    li       r1, 0
    recv     r1, 5, 1, 1
    li       r4, 64
    mul      r4, r15, r4
    addi     r4, r4, 185088
    li       r1, 0
    ld       r1, r4, sram, 64
    li       r10, 0
    li       r12, 64
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 64
    li       r2, 64
    li       r3, 74
    vaffine  r1, r2, r3, 10
    li       r4, 10
    mul      r4, r15, r4
    addi     r4, r4, 3136
    li       r1, 64
    st       r4, r1, dram, 10
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 5
    prog     x0, 6
    xwin     x0, 0, 256, 0, 64
    li       r4, 3528
    li       r1, 320
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 10
    li       r1, 0
    recv     r1, 6, 1, 1
    li       r4, 256
    mul      r4, r15, r4
    addi     r4, r4, 183808
    li       r1, 0
    ld       r1, r4, sram, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    li       r2, 256
    li       r3, 320
    vaffine  r1, r2, r3, 64
    li       r4, 64
    mul      r4, r15, r4
    addi     r4, r4, 184832
    li       r1, 256
    st       r4, r1, sram, 64
.layer 11
    li       r4, 64
    mul      r4, r15, r4
    addi     r4, r4, 184832
    li       r1, 448
    ld       r1, r4, sram, 64
    li       r1, 512
    li       r2, 448
    vrelu    r1, r2, 64
    li       r4, 64
    mul      r4, r15, r4
    addi     r4, r4, 185088
    li       r1, 512
    st       r4, r1, sram, 64
.layer 12
    li       r1, 575
    vcopy    r1, r1, 1
    send     r1, 4, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 6
    prog     x0, 5
    xwin     x0, 0, 576, 0, 64
    li       r4, 3400
    li       r1, 6784
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 6
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 576
    li       r1, 640
    recv     r1, 7, 1, 1
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 163072
    li       r1, 640
    ld       r1, r4, sram, 448
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 163520
    li       r1, 1216
    ld       r1, r4, sram, 448
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 163968
    li       r1, 1792
    ld       r1, r4, sram, 448
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 164416
    li       r1, 2368
    ld       r1, r4, sram, 448
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 164864
    li       r1, 2944
    ld       r1, r4, sram, 448
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 165312
    li       r1, 3520
    ld       r1, r4, sram, 448
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 165760
    li       r1, 4096
    ld       r1, r4, sram, 448
    li       r1, 4608
    li       r2, 4608
    li       r3, 4608
    vsub     r1, r2, r3, 576
    li       r10, 0
    li       r12, 5760
    li       r8, 0
L56:
    li       r9, 0
    addi     r11, r10, 0
L58:
    addi     r1, r11, 0
    li       r2, 5184
    vcopy    r2, r1, 192
    addi     r1, r11, 576
    li       r2, 5376
    vcopy    r2, r1, 192
    addi     r1, r11, 1152
    li       r2, 5568
    vcopy    r2, r1, 192
    li       r4, 5184
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 4
    blt      r9, r13, L58
    addi     r10, r10, 1152
    addi     r8, r8, 1
    li       r13, 4
    blt      r8, r13, L56
    li       r8, 0
    li       r9, 5760
    li       r10, 5760
    li       r3, 6784
L83:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 16
    blt      r8, r13, L83
    li       r4, 1024
    mul      r4, r15, r4
    addi     r4, r4, 175616
    li       r1, 5760
    st       r4, r1, sram, 1024
.layer 7
    li       r4, 1024
    mul      r4, r15, r4
    addi     r4, r4, 175616
    li       r1, 6912
    ld       r1, r4, sram, 1024
    li       r1, 7936
    li       r2, 6912
    vrelu    r1, r2, 1024
    li       r4, 1024
    mul      r4, r15, r4
    addi     r4, r4, 179712
    li       r1, 7936
    st       r4, r1, sram, 1024
.layer 8
    li       r4, 1024
    mul      r4, r15, r4
    addi     r4, r4, 179712
    li       r1, 15104
    ld       r1, r4, sram, 1024
    li       r8, 0
    li       r10, 15104
    li       r12, 16128
L115:
    li       r9, 0
    addi     r11, r10, 0
L117:
    vpool    r12, r11, avg, 2, 2, 256, 64
    addi     r11, r11, 128
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 2
    blt      r9, r13, L117
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 2
    blt      r8, r13, L115
    li       r4, 256
    mul      r4, r15, r4
    addi     r4, r4, 183808
    li       r1, 16128
    st       r4, r1, sram, 256
.layer 10
    li       r1, 16383
    vcopy    r1, r1, 1
    send     r1, 5, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 7
    prog     x0, 4
    xwin     x0, 0, 288, 0, 64
    li       r4, 3272
    li       r1, 5216
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 4
    li       r15, 0
L8:
.layer 4
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 512
    li       r1, 544
    recv     r1, 3, 1, 1
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 125440
    li       r1, 544
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 125888
    li       r1, 1056
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 126336
    li       r1, 1568
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 126784
    li       r1, 2080
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 127232
    li       r1, 2592
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 127680
    li       r1, 3104
    ld       r1, r4, sram, 448
    li       r10, 0
    li       r12, 3872
    li       r8, 0
L47:
    li       r9, 0
    addi     r11, r10, 0
L49:
    addi     r1, r11, 0
    li       r2, 3584
    vcopy    r2, r1, 96
    addi     r1, r11, 512
    li       r2, 3680
    vcopy    r2, r1, 96
    addi     r1, r11, 1024
    li       r2, 3776
    vcopy    r2, r1, 96
    li       r4, 3584
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L49
    addi     r10, r10, 1024
    addi     r8, r8, 1
    li       r13, 3
    blt      r8, r13, L47
    li       r8, 0
    li       r9, 3872
    li       r10, 3872
    li       r3, 5216
L74:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L74
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 150528
    li       r1, 3872
    st       r4, r1, sram, 1344
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 127680
    li       r1, 32
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 128128
    li       r1, 544
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 128576
    li       r1, 1056
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 129024
    li       r1, 1568
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 129472
    li       r1, 2080
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 129920
    li       r1, 2592
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 130368
    li       r1, 3104
    ld       r1, r4, sram, 448
    li       r10, 0
    li       r12, 3872
    li       r8, 3
L123:
    li       r9, 0
    addi     r11, r10, 0
L125:
    addi     r1, r11, 0
    li       r2, 3584
    vcopy    r2, r1, 96
    addi     r1, r11, 512
    li       r2, 3680
    vcopy    r2, r1, 96
    addi     r1, r11, 1024
    li       r2, 3776
    vcopy    r2, r1, 96
    li       r4, 3584
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L125
    addi     r10, r10, 1024
    addi     r8, r8, 1
    li       r13, 6
    blt      r8, r13, L123
    li       r8, 0
    li       r9, 3872
    li       r10, 3872
    li       r3, 5216
L150:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 21
    blt      r8, r13, L150
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 151872
    li       r1, 3872
    st       r4, r1, sram, 1344
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 130368
    li       r1, 32
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 130816
    li       r1, 544
    ld       r1, r4, sram, 448
    li       r4, 6272
    mul      r4, r15, r4
    addi     r4, r4, 131264
    li       r1, 1056
    ld       r1, r4, sram, 448
    li       r10, 0
    li       r12, 3872
    li       r9, 0
    addi     r11, r10, 0
L180:
    addi     r1, r11, 0
    li       r2, 3584
    vcopy    r2, r1, 96
    addi     r1, r11, 512
    li       r2, 3680
    vcopy    r2, r1, 96
    addi     r1, r11, 1024
    li       r2, 3776
    vcopy    r2, r1, 96
    li       r4, 3584
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L180
    li       r8, 0
    li       r9, 3872
    li       r10, 3872
    li       r3, 5216
L201:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L201
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 153216
    li       r1, 3872
    st       r4, r1, sram, 448
.layer 5
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 150528
    li       r1, 5344
    ld       r1, r4, sram, 3136
    li       r1, 8480
    li       r2, 5344
    vrelu    r1, r2, 3136
    li       r4, 3136
    mul      r4, r15, r4
    addi     r4, r4, 163072
    li       r1, 8480
    st       r4, r1, sram, 3136
.layer 6
    li       r1, 11615
    vcopy    r1, r1, 1
    send     r1, 6, 1, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt
