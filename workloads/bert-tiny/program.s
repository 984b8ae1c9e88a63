# aimcsim program: 16 tile(s), ISA 1.0.0
.isa 1.0.0

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
    li       r4, 32768
    li       r1, 16384
    ld       r1, r4, dram, 16384
    li       r4, 49152
    li       r1, 49152
    ld       r1, r4, dram, 256
    li       r4, 49408
    li       r1, 65792
    ld       r1, r4, dram, 256
    li       r4, 49664
    li       r1, 98816
    ld       r1, r4, dram, 256
    li       r4, 50432
    li       r1, 164608
    ld       r1, r4, dram, 256
    li       r4, 50688
    li       r1, 279552
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L23:
.layer 0
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 0
    ld       r1, r4, dram, 16384
    li       r1, 32768
    li       r2, 0
    li       r3, 16384
    vadd     r1, r2, r3, 16384
.layer 1
    li       r1, 49408
    li       r2, 32768
    li       r3, 49152
    vlnorm   r1, r2, r3, 128, 128
.layer 2
    li       r8, 0
    li       r9, 66048
    li       r10, 49408
    li       r3, 65792
L40:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L40
    li       r10, 66048
    li       r12, 82432
    li       r8, 0
L49:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 64
    blt      r8, r13, L49
    li       r1, 66048
    send     r1, 1, 1, 16384
    li       r1, 90624
    recv     r1, 1, 2, 8192
    li       r8, 0
    li       r9, 82432
    li       r10, 82432
    li       r3, 98816
L66:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L66
.layer 3
    li       r1, 66048
    send     r1, 2, 3, 16384
    li       r1, 66048
    send     r1, 3, 4, 16384
.layer 4
    li       r1, 66048
    send     r1, 7, 6, 16384
    li       r1, 66048
    send     r1, 6, 7, 16384
.layer 6
    li       r1, 99072
    li       r2, 82432
    vcopy    r1, r2, 64
    li       r1, 99136
    li       r2, 82560
    vcopy    r1, r2, 64
    li       r1, 99200
    li       r2, 82688
    vcopy    r1, r2, 64
    li       r1, 99264
    li       r2, 82816
    vcopy    r1, r2, 64
    li       r1, 99328
    li       r2, 82944
    vcopy    r1, r2, 64
    li       r1, 99392
    li       r2, 83072
    vcopy    r1, r2, 64
    li       r1, 99456
    li       r2, 83200
    vcopy    r1, r2, 64
    li       r1, 99520
    li       r2, 83328
    vcopy    r1, r2, 64
    li       r1, 99584
    li       r2, 83456
    vcopy    r1, r2, 64
    li       r1, 99648
    li       r2, 83584
    vcopy    r1, r2, 64
    li       r1, 99712
    li       r2, 83712
    vcopy    r1, r2, 64
    li       r1, 99776
    li       r2, 83840
    vcopy    r1, r2, 64
    li       r1, 99840
    li       r2, 83968
    vcopy    r1, r2, 64
    li       r1, 99904
    li       r2, 84096
    vcopy    r1, r2, 64
    li       r1, 99968
    li       r2, 84224
    vcopy    r1, r2, 64
    li       r1, 100032
    li       r2, 84352
    vcopy    r1, r2, 64
    li       r1, 100096
    li       r2, 84480
    vcopy    r1, r2, 64
    li       r1, 100160
    li       r2, 84608
    vcopy    r1, r2, 64
    li       r1, 100224
    li       r2, 84736
    vcopy    r1, r2, 64
    li       r1, 100288
    li       r2, 84864
    vcopy    r1, r2, 64
    li       r1, 100352
    li       r2, 84992
    vcopy    r1, r2, 64
    li       r1, 100416
    li       r2, 85120
    vcopy    r1, r2, 64
    li       r1, 100480
    li       r2, 85248
    vcopy    r1, r2, 64
    li       r1, 100544
    li       r2, 85376
    vcopy    r1, r2, 64
    li       r1, 100608
    li       r2, 85504
    vcopy    r1, r2, 64
    li       r1, 100672
    li       r2, 85632
    vcopy    r1, r2, 64
    li       r1, 100736
    li       r2, 85760
    vcopy    r1, r2, 64
    li       r1, 100800
    li       r2, 85888
    vcopy    r1, r2, 64
    li       r1, 100864
    li       r2, 86016
    vcopy    r1, r2, 64
    li       r1, 100928
    li       r2, 86144
    vcopy    r1, r2, 64
    li       r1, 100992
    li       r2, 86272
    vcopy    r1, r2, 64
    li       r1, 101056
    li       r2, 86400
    vcopy    r1, r2, 64
    li       r1, 101120
    li       r2, 86528
    vcopy    r1, r2, 64
    li       r1, 101184
    li       r2, 86656
    vcopy    r1, r2, 64
    li       r1, 101248
    li       r2, 86784
    vcopy    r1, r2, 64
    li       r1, 101312
    li       r2, 86912
    vcopy    r1, r2, 64
    li       r1, 101376
    li       r2, 87040
    vcopy    r1, r2, 64
    li       r1, 101440
    li       r2, 87168
    vcopy    r1, r2, 64
    li       r1, 101504
    li       r2, 87296
    vcopy    r1, r2, 64
    li       r1, 101568
    li       r2, 87424
    vcopy    r1, r2, 64
    li       r1, 101632
    li       r2, 87552
    vcopy    r1, r2, 64
    li       r1, 101696
    li       r2, 87680
    vcopy    r1, r2, 64
    li       r1, 101760
    li       r2, 87808
    vcopy    r1, r2, 64
    li       r1, 101824
    li       r2, 87936
    vcopy    r1, r2, 64
    li       r1, 101888
    li       r2, 88064
    vcopy    r1, r2, 64
    li       r1, 101952
    li       r2, 88192
    vcopy    r1, r2, 64
    li       r1, 102016
    li       r2, 88320
    vcopy    r1, r2, 64
    li       r1, 102080
    li       r2, 88448
    vcopy    r1, r2, 64
    li       r1, 102144
    li       r2, 88576
    vcopy    r1, r2, 64
    li       r1, 102208
    li       r2, 88704
    vcopy    r1, r2, 64
    li       r1, 102272
    li       r2, 88832
    vcopy    r1, r2, 64
    li       r1, 102336
    li       r2, 88960
    vcopy    r1, r2, 64
    li       r1, 102400
    li       r2, 89088
    vcopy    r1, r2, 64
    li       r1, 102464
    li       r2, 89216
    vcopy    r1, r2, 64
    li       r1, 102528
    li       r2, 89344
    vcopy    r1, r2, 64
    li       r1, 102592
    li       r2, 89472
    vcopy    r1, r2, 64
    li       r1, 102656
    li       r2, 89600
    vcopy    r1, r2, 64
    li       r1, 102720
    li       r2, 89728
    vcopy    r1, r2, 64
    li       r1, 102784
    li       r2, 89856
    vcopy    r1, r2, 64
    li       r1, 102848
    li       r2, 89984
    vcopy    r1, r2, 64
    li       r1, 102912
    li       r2, 90112
    vcopy    r1, r2, 64
    li       r1, 102976
    li       r2, 90240
    vcopy    r1, r2, 64
    li       r1, 103040
    li       r2, 90368
    vcopy    r1, r2, 64
    li       r1, 103104
    li       r2, 90496
    vcopy    r1, r2, 64
    li       r1, 103168
    li       r2, 90624
    vcopy    r1, r2, 64
    li       r1, 103232
    li       r2, 90752
    vcopy    r1, r2, 64
    li       r1, 103296
    li       r2, 90880
    vcopy    r1, r2, 64
    li       r1, 103360
    li       r2, 91008
    vcopy    r1, r2, 64
    li       r1, 103424
    li       r2, 91136
    vcopy    r1, r2, 64
    li       r1, 103488
    li       r2, 91264
    vcopy    r1, r2, 64
    li       r1, 103552
    li       r2, 91392
    vcopy    r1, r2, 64
    li       r1, 103616
    li       r2, 91520
    vcopy    r1, r2, 64
    li       r1, 103680
    li       r2, 91648
    vcopy    r1, r2, 64
    li       r1, 103744
    li       r2, 91776
    vcopy    r1, r2, 64
    li       r1, 103808
    li       r2, 91904
    vcopy    r1, r2, 64
    li       r1, 103872
    li       r2, 92032
    vcopy    r1, r2, 64
    li       r1, 103936
    li       r2, 92160
    vcopy    r1, r2, 64
    li       r1, 104000
    li       r2, 92288
    vcopy    r1, r2, 64
    li       r1, 104064
    li       r2, 92416
    vcopy    r1, r2, 64
    li       r1, 104128
    li       r2, 92544
    vcopy    r1, r2, 64
    li       r1, 104192
    li       r2, 92672
    vcopy    r1, r2, 64
    li       r1, 104256
    li       r2, 92800
    vcopy    r1, r2, 64
    li       r1, 104320
    li       r2, 92928
    vcopy    r1, r2, 64
    li       r1, 104384
    li       r2, 93056
    vcopy    r1, r2, 64
    li       r1, 104448
    li       r2, 93184
    vcopy    r1, r2, 64
    li       r1, 104512
    li       r2, 93312
    vcopy    r1, r2, 64
    li       r1, 104576
    li       r2, 93440
    vcopy    r1, r2, 64
    li       r1, 104640
    li       r2, 93568
    vcopy    r1, r2, 64
    li       r1, 104704
    li       r2, 93696
    vcopy    r1, r2, 64
    li       r1, 104768
    li       r2, 93824
    vcopy    r1, r2, 64
    li       r1, 104832
    li       r2, 93952
    vcopy    r1, r2, 64
    li       r1, 104896
    li       r2, 94080
    vcopy    r1, r2, 64
    li       r1, 104960
    li       r2, 94208
    vcopy    r1, r2, 64
    li       r1, 105024
    li       r2, 94336
    vcopy    r1, r2, 64
    li       r1, 105088
    li       r2, 94464
    vcopy    r1, r2, 64
    li       r1, 105152
    li       r2, 94592
    vcopy    r1, r2, 64
    li       r1, 105216
    li       r2, 94720
    vcopy    r1, r2, 64
    li       r1, 105280
    li       r2, 94848
    vcopy    r1, r2, 64
    li       r1, 105344
    li       r2, 94976
    vcopy    r1, r2, 64
    li       r1, 105408
    li       r2, 95104
    vcopy    r1, r2, 64
    li       r1, 105472
    li       r2, 95232
    vcopy    r1, r2, 64
    li       r1, 105536
    li       r2, 95360
    vcopy    r1, r2, 64
    li       r1, 105600
    li       r2, 95488
    vcopy    r1, r2, 64
    li       r1, 105664
    li       r2, 95616
    vcopy    r1, r2, 64
    li       r1, 105728
    li       r2, 95744
    vcopy    r1, r2, 64
    li       r1, 105792
    li       r2, 95872
    vcopy    r1, r2, 64
    li       r1, 105856
    li       r2, 96000
    vcopy    r1, r2, 64
    li       r1, 105920
    li       r2, 96128
    vcopy    r1, r2, 64
    li       r1, 105984
    li       r2, 96256
    vcopy    r1, r2, 64
    li       r1, 106048
    li       r2, 96384
    vcopy    r1, r2, 64
    li       r1, 106112
    li       r2, 96512
    vcopy    r1, r2, 64
    li       r1, 106176
    li       r2, 96640
    vcopy    r1, r2, 64
    li       r1, 106240
    li       r2, 96768
    vcopy    r1, r2, 64
    li       r1, 106304
    li       r2, 96896
    vcopy    r1, r2, 64
    li       r1, 106368
    li       r2, 97024
    vcopy    r1, r2, 64
    li       r1, 106432
    li       r2, 97152
    vcopy    r1, r2, 64
    li       r1, 106496
    li       r2, 97280
    vcopy    r1, r2, 64
    li       r1, 106560
    li       r2, 97408
    vcopy    r1, r2, 64
    li       r1, 106624
    li       r2, 97536
    vcopy    r1, r2, 64
    li       r1, 106688
    li       r2, 97664
    vcopy    r1, r2, 64
    li       r1, 106752
    li       r2, 97792
    vcopy    r1, r2, 64
    li       r1, 106816
    li       r2, 97920
    vcopy    r1, r2, 64
    li       r1, 106880
    li       r2, 98048
    vcopy    r1, r2, 64
    li       r1, 106944
    li       r2, 98176
    vcopy    r1, r2, 64
    li       r1, 107008
    li       r2, 98304
    vcopy    r1, r2, 64
    li       r1, 107072
    li       r2, 98432
    vcopy    r1, r2, 64
    li       r1, 107136
    li       r2, 98560
    vcopy    r1, r2, 64
    li       r1, 107200
    li       r2, 98688
    vcopy    r1, r2, 64
    li       r1, 107264
    li       r2, 82496
    vcopy    r1, r2, 64
    li       r1, 107328
    li       r2, 82624
    vcopy    r1, r2, 64
    li       r1, 107392
    li       r2, 82752
    vcopy    r1, r2, 64
    li       r1, 107456
    li       r2, 82880
    vcopy    r1, r2, 64
    li       r1, 107520
    li       r2, 83008
    vcopy    r1, r2, 64
    li       r1, 107584
    li       r2, 83136
    vcopy    r1, r2, 64
    li       r1, 107648
    li       r2, 83264
    vcopy    r1, r2, 64
    li       r1, 107712
    li       r2, 83392
    vcopy    r1, r2, 64
    li       r1, 107776
    li       r2, 83520
    vcopy    r1, r2, 64
    li       r1, 107840
    li       r2, 83648
    vcopy    r1, r2, 64
    li       r1, 107904
    li       r2, 83776
    vcopy    r1, r2, 64
    li       r1, 107968
    li       r2, 83904
    vcopy    r1, r2, 64
    li       r1, 108032
    li       r2, 84032
    vcopy    r1, r2, 64
    li       r1, 108096
    li       r2, 84160
    vcopy    r1, r2, 64
    li       r1, 108160
    li       r2, 84288
    vcopy    r1, r2, 64
    li       r1, 108224
    li       r2, 84416
    vcopy    r1, r2, 64
    li       r1, 108288
    li       r2, 84544
    vcopy    r1, r2, 64
    li       r1, 108352
    li       r2, 84672
    vcopy    r1, r2, 64
    li       r1, 108416
    li       r2, 84800
    vcopy    r1, r2, 64
    li       r1, 108480
    li       r2, 84928
    vcopy    r1, r2, 64
    li       r1, 108544
    li       r2, 85056
    vcopy    r1, r2, 64
    li       r1, 108608
    li       r2, 85184
    vcopy    r1, r2, 64
    li       r1, 108672
    li       r2, 85312
    vcopy    r1, r2, 64
    li       r1, 108736
    li       r2, 85440
    vcopy    r1, r2, 64
    li       r1, 108800
    li       r2, 85568
    vcopy    r1, r2, 64
    li       r1, 108864
    li       r2, 85696
    vcopy    r1, r2, 64
    li       r1, 108928
    li       r2, 85824
    vcopy    r1, r2, 64
    li       r1, 108992
    li       r2, 85952
    vcopy    r1, r2, 64
    li       r1, 109056
    li       r2, 86080
    vcopy    r1, r2, 64
    li       r1, 109120
    li       r2, 86208
    vcopy    r1, r2, 64
    li       r1, 109184
    li       r2, 86336
    vcopy    r1, r2, 64
    li       r1, 109248
    li       r2, 86464
    vcopy    r1, r2, 64
    li       r1, 109312
    li       r2, 86592
    vcopy    r1, r2, 64
    li       r1, 109376
    li       r2, 86720
    vcopy    r1, r2, 64
    li       r1, 109440
    li       r2, 86848
    vcopy    r1, r2, 64
    li       r1, 109504
    li       r2, 86976
    vcopy    r1, r2, 64
    li       r1, 109568
    li       r2, 87104
    vcopy    r1, r2, 64
    li       r1, 109632
    li       r2, 87232
    vcopy    r1, r2, 64
    li       r1, 109696
    li       r2, 87360
    vcopy    r1, r2, 64
    li       r1, 109760
    li       r2, 87488
    vcopy    r1, r2, 64
    li       r1, 109824
    li       r2, 87616
    vcopy    r1, r2, 64
    li       r1, 109888
    li       r2, 87744
    vcopy    r1, r2, 64
    li       r1, 109952
    li       r2, 87872
    vcopy    r1, r2, 64
    li       r1, 110016
    li       r2, 88000
    vcopy    r1, r2, 64
    li       r1, 110080
    li       r2, 88128
    vcopy    r1, r2, 64
    li       r1, 110144
    li       r2, 88256
    vcopy    r1, r2, 64
    li       r1, 110208
    li       r2, 88384
    vcopy    r1, r2, 64
    li       r1, 110272
    li       r2, 88512
    vcopy    r1, r2, 64
    li       r1, 110336
    li       r2, 88640
    vcopy    r1, r2, 64
    li       r1, 110400
    li       r2, 88768
    vcopy    r1, r2, 64
    li       r1, 110464
    li       r2, 88896
    vcopy    r1, r2, 64
    li       r1, 110528
    li       r2, 89024
    vcopy    r1, r2, 64
    li       r1, 110592
    li       r2, 89152
    vcopy    r1, r2, 64
    li       r1, 110656
    li       r2, 89280
    vcopy    r1, r2, 64
    li       r1, 110720
    li       r2, 89408
    vcopy    r1, r2, 64
    li       r1, 110784
    li       r2, 89536
    vcopy    r1, r2, 64
    li       r1, 110848
    li       r2, 89664
    vcopy    r1, r2, 64
    li       r1, 110912
    li       r2, 89792
    vcopy    r1, r2, 64
    li       r1, 110976
    li       r2, 89920
    vcopy    r1, r2, 64
    li       r1, 111040
    li       r2, 90048
    vcopy    r1, r2, 64
    li       r1, 111104
    li       r2, 90176
    vcopy    r1, r2, 64
    li       r1, 111168
    li       r2, 90304
    vcopy    r1, r2, 64
    li       r1, 111232
    li       r2, 90432
    vcopy    r1, r2, 64
    li       r1, 111296
    li       r2, 90560
    vcopy    r1, r2, 64
    li       r1, 111360
    li       r2, 90688
    vcopy    r1, r2, 64
    li       r1, 111424
    li       r2, 90816
    vcopy    r1, r2, 64
    li       r1, 111488
    li       r2, 90944
    vcopy    r1, r2, 64
    li       r1, 111552
    li       r2, 91072
    vcopy    r1, r2, 64
    li       r1, 111616
    li       r2, 91200
    vcopy    r1, r2, 64
    li       r1, 111680
    li       r2, 91328
    vcopy    r1, r2, 64
    li       r1, 111744
    li       r2, 91456
    vcopy    r1, r2, 64
    li       r1, 111808
    li       r2, 91584
    vcopy    r1, r2, 64
    li       r1, 111872
    li       r2, 91712
    vcopy    r1, r2, 64
    li       r1, 111936
    li       r2, 91840
    vcopy    r1, r2, 64
    li       r1, 112000
    li       r2, 91968
    vcopy    r1, r2, 64
    li       r1, 112064
    li       r2, 92096
    vcopy    r1, r2, 64
    li       r1, 112128
    li       r2, 92224
    vcopy    r1, r2, 64
    li       r1, 112192
    li       r2, 92352
    vcopy    r1, r2, 64
    li       r1, 112256
    li       r2, 92480
    vcopy    r1, r2, 64
    li       r1, 112320
    li       r2, 92608
    vcopy    r1, r2, 64
    li       r1, 112384
    li       r2, 92736
    vcopy    r1, r2, 64
    li       r1, 112448
    li       r2, 92864
    vcopy    r1, r2, 64
    li       r1, 112512
    li       r2, 92992
    vcopy    r1, r2, 64
    li       r1, 112576
    li       r2, 93120
    vcopy    r1, r2, 64
    li       r1, 112640
    li       r2, 93248
    vcopy    r1, r2, 64
    li       r1, 112704
    li       r2, 93376
    vcopy    r1, r2, 64
    li       r1, 112768
    li       r2, 93504
    vcopy    r1, r2, 64
    li       r1, 112832
    li       r2, 93632
    vcopy    r1, r2, 64
    li       r1, 112896
    li       r2, 93760
    vcopy    r1, r2, 64
    li       r1, 112960
    li       r2, 93888
    vcopy    r1, r2, 64
    li       r1, 113024
    li       r2, 94016
    vcopy    r1, r2, 64
    li       r1, 113088
    li       r2, 94144
    vcopy    r1, r2, 64
    li       r1, 113152
    li       r2, 94272
    vcopy    r1, r2, 64
    li       r1, 113216
    li       r2, 94400
    vcopy    r1, r2, 64
    li       r1, 113280
    li       r2, 94528
    vcopy    r1, r2, 64
    li       r1, 113344
    li       r2, 94656
    vcopy    r1, r2, 64
    li       r1, 113408
    li       r2, 94784
    vcopy    r1, r2, 64
    li       r1, 113472
    li       r2, 94912
    vcopy    r1, r2, 64
    li       r1, 113536
    li       r2, 95040
    vcopy    r1, r2, 64
    li       r1, 113600
    li       r2, 95168
    vcopy    r1, r2, 64
    li       r1, 113664
    li       r2, 95296
    vcopy    r1, r2, 64
    li       r1, 113728
    li       r2, 95424
    vcopy    r1, r2, 64
    li       r1, 113792
    li       r2, 95552
    vcopy    r1, r2, 64
    li       r1, 113856
    li       r2, 95680
    vcopy    r1, r2, 64
    li       r1, 113920
    li       r2, 95808
    vcopy    r1, r2, 64
    li       r1, 113984
    li       r2, 95936
    vcopy    r1, r2, 64
    li       r1, 114048
    li       r2, 96064
    vcopy    r1, r2, 64
    li       r1, 114112
    li       r2, 96192
    vcopy    r1, r2, 64
    li       r1, 114176
    li       r2, 96320
    vcopy    r1, r2, 64
    li       r1, 114240
    li       r2, 96448
    vcopy    r1, r2, 64
    li       r1, 114304
    li       r2, 96576
    vcopy    r1, r2, 64
    li       r1, 114368
    li       r2, 96704
    vcopy    r1, r2, 64
    li       r1, 114432
    li       r2, 96832
    vcopy    r1, r2, 64
    li       r1, 114496
    li       r2, 96960
    vcopy    r1, r2, 64
    li       r1, 114560
    li       r2, 97088
    vcopy    r1, r2, 64
    li       r1, 114624
    li       r2, 97216
    vcopy    r1, r2, 64
    li       r1, 114688
    li       r2, 97344
    vcopy    r1, r2, 64
    li       r1, 114752
    li       r2, 97472
    vcopy    r1, r2, 64
    li       r1, 114816
    li       r2, 97600
    vcopy    r1, r2, 64
    li       r1, 114880
    li       r2, 97728
    vcopy    r1, r2, 64
    li       r1, 114944
    li       r2, 97856
    vcopy    r1, r2, 64
    li       r1, 115008
    li       r2, 97984
    vcopy    r1, r2, 64
    li       r1, 115072
    li       r2, 98112
    vcopy    r1, r2, 64
    li       r1, 115136
    li       r2, 98240
    vcopy    r1, r2, 64
    li       r1, 115200
    li       r2, 98368
    vcopy    r1, r2, 64
    li       r1, 115264
    li       r2, 98496
    vcopy    r1, r2, 64
    li       r1, 115328
    li       r2, 98624
    vcopy    r1, r2, 64
    li       r1, 115392
    li       r2, 98752
    vcopy    r1, r2, 64
.layer 11
    li       r1, 115456
    recv     r1, 2, 9, 16384
    li       r1, 131840
    li       r2, 99072
    li       r3, 115456
    mmul     r1, r2, r3, 1, 128, 64, 128
    li       r1, 148224
    li       r2, 107264
    li       r3, 123648
    mmul     r1, r2, r3, 1, 128, 64, 128
.layer 12
    li       r8, 0
    li       r9, 164864
    li       r10, 131840
    li       r3, 164608
L862:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 256
    blt      r8, r13, L862
.layer 13
    li       r1, 197632
    li       r2, 164864
    vsoftmax r1, r2, 256, 128
.layer 14
    li       r1, 230400
    recv     r1, 7, 10, 16384
    li       r1, 246784
    li       r2, 197632
    li       r3, 230400
    mmul     r1, r2, r3, 0, 128, 128, 64
    li       r1, 254976
    li       r2, 214016
    li       r3, 238592
    mmul     r1, r2, r3, 0, 128, 128, 64
.layer 15
    li       r1, 263168
    li       r2, 246784
    vcopy    r1, r2, 64
    li       r1, 263232
    li       r2, 254976
    vcopy    r1, r2, 64
    li       r1, 263296
    li       r2, 246848
    vcopy    r1, r2, 64
    li       r1, 263360
    li       r2, 255040
    vcopy    r1, r2, 64
    li       r1, 263424
    li       r2, 246912
    vcopy    r1, r2, 64
    li       r1, 263488
    li       r2, 255104
    vcopy    r1, r2, 64
    li       r1, 263552
    li       r2, 246976
    vcopy    r1, r2, 64
    li       r1, 263616
    li       r2, 255168
    vcopy    r1, r2, 64
    li       r1, 263680
    li       r2, 247040
    vcopy    r1, r2, 64
    li       r1, 263744
    li       r2, 255232
    vcopy    r1, r2, 64
    li       r1, 263808
    li       r2, 247104
    vcopy    r1, r2, 64
    li       r1, 263872
    li       r2, 255296
    vcopy    r1, r2, 64
    li       r1, 263936
    li       r2, 247168
    vcopy    r1, r2, 64
    li       r1, 264000
    li       r2, 255360
    vcopy    r1, r2, 64
    li       r1, 264064
    li       r2, 247232
    vcopy    r1, r2, 64
    li       r1, 264128
    li       r2, 255424
    vcopy    r1, r2, 64
    li       r1, 264192
    li       r2, 247296
    vcopy    r1, r2, 64
    li       r1, 264256
    li       r2, 255488
    vcopy    r1, r2, 64
    li       r1, 264320
    li       r2, 247360
    vcopy    r1, r2, 64
    li       r1, 264384
    li       r2, 255552
    vcopy    r1, r2, 64
    li       r1, 264448
    li       r2, 247424
    vcopy    r1, r2, 64
    li       r1, 264512
    li       r2, 255616
    vcopy    r1, r2, 64
    li       r1, 264576
    li       r2, 247488
    vcopy    r1, r2, 64
    li       r1, 264640
    li       r2, 255680
    vcopy    r1, r2, 64
    li       r1, 264704
    li       r2, 247552
    vcopy    r1, r2, 64
    li       r1, 264768
    li       r2, 255744
    vcopy    r1, r2, 64
    li       r1, 264832
    li       r2, 247616
    vcopy    r1, r2, 64
    li       r1, 264896
    li       r2, 255808
    vcopy    r1, r2, 64
    li       r1, 264960
    li       r2, 247680
    vcopy    r1, r2, 64
    li       r1, 265024
    li       r2, 255872
    vcopy    r1, r2, 64
    li       r1, 265088
    li       r2, 247744
    vcopy    r1, r2, 64
    li       r1, 265152
    li       r2, 255936
    vcopy    r1, r2, 64
    li       r1, 265216
    li       r2, 247808
    vcopy    r1, r2, 64
    li       r1, 265280
    li       r2, 256000
    vcopy    r1, r2, 64
    li       r1, 265344
    li       r2, 247872
    vcopy    r1, r2, 64
    li       r1, 265408
    li       r2, 256064
    vcopy    r1, r2, 64
    li       r1, 265472
    li       r2, 247936
    vcopy    r1, r2, 64
    li       r1, 265536
    li       r2, 256128
    vcopy    r1, r2, 64
    li       r1, 265600
    li       r2, 248000
    vcopy    r1, r2, 64
    li       r1, 265664
    li       r2, 256192
    vcopy    r1, r2, 64
    li       r1, 265728
    li       r2, 248064
    vcopy    r1, r2, 64
    li       r1, 265792
    li       r2, 256256
    vcopy    r1, r2, 64
    li       r1, 265856
    li       r2, 248128
    vcopy    r1, r2, 64
    li       r1, 265920
    li       r2, 256320
    vcopy    r1, r2, 64
    li       r1, 265984
    li       r2, 248192
    vcopy    r1, r2, 64
    li       r1, 266048
    li       r2, 256384
    vcopy    r1, r2, 64
    li       r1, 266112
    li       r2, 248256
    vcopy    r1, r2, 64
    li       r1, 266176
    li       r2, 256448
    vcopy    r1, r2, 64
    li       r1, 266240
    li       r2, 248320
    vcopy    r1, r2, 64
    li       r1, 266304
    li       r2, 256512
    vcopy    r1, r2, 64
    li       r1, 266368
    li       r2, 248384
    vcopy    r1, r2, 64
    li       r1, 266432
    li       r2, 256576
    vcopy    r1, r2, 64
    li       r1, 266496
    li       r2, 248448
    vcopy    r1, r2, 64
    li       r1, 266560
    li       r2, 256640
    vcopy    r1, r2, 64
    li       r1, 266624
    li       r2, 248512
    vcopy    r1, r2, 64
    li       r1, 266688
    li       r2, 256704
    vcopy    r1, r2, 64
    li       r1, 266752
    li       r2, 248576
    vcopy    r1, r2, 64
    li       r1, 266816
    li       r2, 256768
    vcopy    r1, r2, 64
    li       r1, 266880
    li       r2, 248640
    vcopy    r1, r2, 64
    li       r1, 266944
    li       r2, 256832
    vcopy    r1, r2, 64
    li       r1, 267008
    li       r2, 248704
    vcopy    r1, r2, 64
    li       r1, 267072
    li       r2, 256896
    vcopy    r1, r2, 64
    li       r1, 267136
    li       r2, 248768
    vcopy    r1, r2, 64
    li       r1, 267200
    li       r2, 256960
    vcopy    r1, r2, 64
    li       r1, 267264
    li       r2, 248832
    vcopy    r1, r2, 64
    li       r1, 267328
    li       r2, 257024
    vcopy    r1, r2, 64
    li       r1, 267392
    li       r2, 248896
    vcopy    r1, r2, 64
    li       r1, 267456
    li       r2, 257088
    vcopy    r1, r2, 64
    li       r1, 267520
    li       r2, 248960
    vcopy    r1, r2, 64
    li       r1, 267584
    li       r2, 257152
    vcopy    r1, r2, 64
    li       r1, 267648
    li       r2, 249024
    vcopy    r1, r2, 64
    li       r1, 267712
    li       r2, 257216
    vcopy    r1, r2, 64
    li       r1, 267776
    li       r2, 249088
    vcopy    r1, r2, 64
    li       r1, 267840
    li       r2, 257280
    vcopy    r1, r2, 64
    li       r1, 267904
    li       r2, 249152
    vcopy    r1, r2, 64
    li       r1, 267968
    li       r2, 257344
    vcopy    r1, r2, 64
    li       r1, 268032
    li       r2, 249216
    vcopy    r1, r2, 64
    li       r1, 268096
    li       r2, 257408
    vcopy    r1, r2, 64
    li       r1, 268160
    li       r2, 249280
    vcopy    r1, r2, 64
    li       r1, 268224
    li       r2, 257472
    vcopy    r1, r2, 64
    li       r1, 268288
    li       r2, 249344
    vcopy    r1, r2, 64
    li       r1, 268352
    li       r2, 257536
    vcopy    r1, r2, 64
    li       r1, 268416
    li       r2, 249408
    vcopy    r1, r2, 64
    li       r1, 268480
    li       r2, 257600
    vcopy    r1, r2, 64
    li       r1, 268544
    li       r2, 249472
    vcopy    r1, r2, 64
    li       r1, 268608
    li       r2, 257664
    vcopy    r1, r2, 64
    li       r1, 268672
    li       r2, 249536
    vcopy    r1, r2, 64
    li       r1, 268736
    li       r2, 257728
    vcopy    r1, r2, 64
    li       r1, 268800
    li       r2, 249600
    vcopy    r1, r2, 64
    li       r1, 268864
    li       r2, 257792
    vcopy    r1, r2, 64
    li       r1, 268928
    li       r2, 249664
    vcopy    r1, r2, 64
    li       r1, 268992
    li       r2, 257856
    vcopy    r1, r2, 64
    li       r1, 269056
    li       r2, 249728
    vcopy    r1, r2, 64
    li       r1, 269120
    li       r2, 257920
    vcopy    r1, r2, 64
    li       r1, 269184
    li       r2, 249792
    vcopy    r1, r2, 64
    li       r1, 269248
    li       r2, 257984
    vcopy    r1, r2, 64
    li       r1, 269312
    li       r2, 249856
    vcopy    r1, r2, 64
    li       r1, 269376
    li       r2, 258048
    vcopy    r1, r2, 64
    li       r1, 269440
    li       r2, 249920
    vcopy    r1, r2, 64
    li       r1, 269504
    li       r2, 258112
    vcopy    r1, r2, 64
    li       r1, 269568
    li       r2, 249984
    vcopy    r1, r2, 64
    li       r1, 269632
    li       r2, 258176
    vcopy    r1, r2, 64
    li       r1, 269696
    li       r2, 250048
    vcopy    r1, r2, 64
    li       r1, 269760
    li       r2, 258240
    vcopy    r1, r2, 64
    li       r1, 269824
    li       r2, 250112
    vcopy    r1, r2, 64
    li       r1, 269888
    li       r2, 258304
    vcopy    r1, r2, 64
    li       r1, 269952
    li       r2, 250176
    vcopy    r1, r2, 64
    li       r1, 270016
    li       r2, 258368
    vcopy    r1, r2, 64
    li       r1, 270080
    li       r2, 250240
    vcopy    r1, r2, 64
    li       r1, 270144
    li       r2, 258432
    vcopy    r1, r2, 64
    li       r1, 270208
    li       r2, 250304
    vcopy    r1, r2, 64
    li       r1, 270272
    li       r2, 258496
    vcopy    r1, r2, 64
    li       r1, 270336
    li       r2, 250368
    vcopy    r1, r2, 64
    li       r1, 270400
    li       r2, 258560
    vcopy    r1, r2, 64
    li       r1, 270464
    li       r2, 250432
    vcopy    r1, r2, 64
    li       r1, 270528
    li       r2, 258624
    vcopy    r1, r2, 64
    li       r1, 270592
    li       r2, 250496
    vcopy    r1, r2, 64
    li       r1, 270656
    li       r2, 258688
    vcopy    r1, r2, 64
    li       r1, 270720
    li       r2, 250560
    vcopy    r1, r2, 64
    li       r1, 270784
    li       r2, 258752
    vcopy    r1, r2, 64
    li       r1, 270848
    li       r2, 250624
    vcopy    r1, r2, 64
    li       r1, 270912
    li       r2, 258816
    vcopy    r1, r2, 64
    li       r1, 270976
    li       r2, 250688
    vcopy    r1, r2, 64
    li       r1, 271040
    li       r2, 258880
    vcopy    r1, r2, 64
    li       r1, 271104
    li       r2, 250752
    vcopy    r1, r2, 64
    li       r1, 271168
    li       r2, 258944
    vcopy    r1, r2, 64
    li       r1, 271232
    li       r2, 250816
    vcopy    r1, r2, 64
    li       r1, 271296
    li       r2, 259008
    vcopy    r1, r2, 64
    li       r1, 271360
    li       r2, 250880
    vcopy    r1, r2, 64
    li       r1, 271424
    li       r2, 259072
    vcopy    r1, r2, 64
    li       r1, 271488
    li       r2, 250944
    vcopy    r1, r2, 64
    li       r1, 271552
    li       r2, 259136
    vcopy    r1, r2, 64
    li       r1, 271616
    li       r2, 251008
    vcopy    r1, r2, 64
    li       r1, 271680
    li       r2, 259200
    vcopy    r1, r2, 64
    li       r1, 271744
    li       r2, 251072
    vcopy    r1, r2, 64
    li       r1, 271808
    li       r2, 259264
    vcopy    r1, r2, 64
    li       r1, 271872
    li       r2, 251136
    vcopy    r1, r2, 64
    li       r1, 271936
    li       r2, 259328
    vcopy    r1, r2, 64
    li       r1, 272000
    li       r2, 251200
    vcopy    r1, r2, 64
    li       r1, 272064
    li       r2, 259392
    vcopy    r1, r2, 64
    li       r1, 272128
    li       r2, 251264
    vcopy    r1, r2, 64
    li       r1, 272192
    li       r2, 259456
    vcopy    r1, r2, 64
    li       r1, 272256
    li       r2, 251328
    vcopy    r1, r2, 64
    li       r1, 272320
    li       r2, 259520
    vcopy    r1, r2, 64
    li       r1, 272384
    li       r2, 251392
    vcopy    r1, r2, 64
    li       r1, 272448
    li       r2, 259584
    vcopy    r1, r2, 64
    li       r1, 272512
    li       r2, 251456
    vcopy    r1, r2, 64
    li       r1, 272576
    li       r2, 259648
    vcopy    r1, r2, 64
    li       r1, 272640
    li       r2, 251520
    vcopy    r1, r2, 64
    li       r1, 272704
    li       r2, 259712
    vcopy    r1, r2, 64
    li       r1, 272768
    li       r2, 251584
    vcopy    r1, r2, 64
    li       r1, 272832
    li       r2, 259776
    vcopy    r1, r2, 64
    li       r1, 272896
    li       r2, 251648
    vcopy    r1, r2, 64
    li       r1, 272960
    li       r2, 259840
    vcopy    r1, r2, 64
    li       r1, 273024
    li       r2, 251712
    vcopy    r1, r2, 64
    li       r1, 273088
    li       r2, 259904
    vcopy    r1, r2, 64
    li       r1, 273152
    li       r2, 251776
    vcopy    r1, r2, 64
    li       r1, 273216
    li       r2, 259968
    vcopy    r1, r2, 64
    li       r1, 273280
    li       r2, 251840
    vcopy    r1, r2, 64
    li       r1, 273344
    li       r2, 260032
    vcopy    r1, r2, 64
    li       r1, 273408
    li       r2, 251904
    vcopy    r1, r2, 64
    li       r1, 273472
    li       r2, 260096
    vcopy    r1, r2, 64
    li       r1, 273536
    li       r2, 251968
    vcopy    r1, r2, 64
    li       r1, 273600
    li       r2, 260160
    vcopy    r1, r2, 64
    li       r1, 273664
    li       r2, 252032
    vcopy    r1, r2, 64
    li       r1, 273728
    li       r2, 260224
    vcopy    r1, r2, 64
    li       r1, 273792
    li       r2, 252096
    vcopy    r1, r2, 64
    li       r1, 273856
    li       r2, 260288
    vcopy    r1, r2, 64
    li       r1, 273920
    li       r2, 252160
    vcopy    r1, r2, 64
    li       r1, 273984
    li       r2, 260352
    vcopy    r1, r2, 64
    li       r1, 274048
    li       r2, 252224
    vcopy    r1, r2, 64
    li       r1, 274112
    li       r2, 260416
    vcopy    r1, r2, 64
    li       r1, 274176
    li       r2, 252288
    vcopy    r1, r2, 64
    li       r1, 274240
    li       r2, 260480
    vcopy    r1, r2, 64
    li       r1, 274304
    li       r2, 252352
    vcopy    r1, r2, 64
    li       r1, 274368
    li       r2, 260544
    vcopy    r1, r2, 64
    li       r1, 274432
    li       r2, 252416
    vcopy    r1, r2, 64
    li       r1, 274496
    li       r2, 260608
    vcopy    r1, r2, 64
    li       r1, 274560
    li       r2, 252480
    vcopy    r1, r2, 64
    li       r1, 274624
    li       r2, 260672
    vcopy    r1, r2, 64
    li       r1, 274688
    li       r2, 252544
    vcopy    r1, r2, 64
    li       r1, 274752
    li       r2, 260736
    vcopy    r1, r2, 64
    li       r1, 274816
    li       r2, 252608
    vcopy    r1, r2, 64
    li       r1, 274880
    li       r2, 260800
    vcopy    r1, r2, 64
    li       r1, 274944
    li       r2, 252672
    vcopy    r1, r2, 64
    li       r1, 275008
    li       r2, 260864
    vcopy    r1, r2, 64
    li       r1, 275072
    li       r2, 252736
    vcopy    r1, r2, 64
    li       r1, 275136
    li       r2, 260928
    vcopy    r1, r2, 64
    li       r1, 275200
    li       r2, 252800
    vcopy    r1, r2, 64
    li       r1, 275264
    li       r2, 260992
    vcopy    r1, r2, 64
    li       r1, 275328
    li       r2, 252864
    vcopy    r1, r2, 64
    li       r1, 275392
    li       r2, 261056
    vcopy    r1, r2, 64
    li       r1, 275456
    li       r2, 252928
    vcopy    r1, r2, 64
    li       r1, 275520
    li       r2, 261120
    vcopy    r1, r2, 64
    li       r1, 275584
    li       r2, 252992
    vcopy    r1, r2, 64
    li       r1, 275648
    li       r2, 261184
    vcopy    r1, r2, 64
    li       r1, 275712
    li       r2, 253056
    vcopy    r1, r2, 64
    li       r1, 275776
    li       r2, 261248
    vcopy    r1, r2, 64
    li       r1, 275840
    li       r2, 253120
    vcopy    r1, r2, 64
    li       r1, 275904
    li       r2, 261312
    vcopy    r1, r2, 64
    li       r1, 275968
    li       r2, 253184
    vcopy    r1, r2, 64
    li       r1, 276032
    li       r2, 261376
    vcopy    r1, r2, 64
    li       r1, 276096
    li       r2, 253248
    vcopy    r1, r2, 64
    li       r1, 276160
    li       r2, 261440
    vcopy    r1, r2, 64
    li       r1, 276224
    li       r2, 253312
    vcopy    r1, r2, 64
    li       r1, 276288
    li       r2, 261504
    vcopy    r1, r2, 64
    li       r1, 276352
    li       r2, 253376
    vcopy    r1, r2, 64
    li       r1, 276416
    li       r2, 261568
    vcopy    r1, r2, 64
    li       r1, 276480
    li       r2, 253440
    vcopy    r1, r2, 64
    li       r1, 276544
    li       r2, 261632
    vcopy    r1, r2, 64
    li       r1, 276608
    li       r2, 253504
    vcopy    r1, r2, 64
    li       r1, 276672
    li       r2, 261696
    vcopy    r1, r2, 64
    li       r1, 276736
    li       r2, 253568
    vcopy    r1, r2, 64
    li       r1, 276800
    li       r2, 261760
    vcopy    r1, r2, 64
    li       r1, 276864
    li       r2, 253632
    vcopy    r1, r2, 64
    li       r1, 276928
    li       r2, 261824
    vcopy    r1, r2, 64
    li       r1, 276992
    li       r2, 253696
    vcopy    r1, r2, 64
    li       r1, 277056
    li       r2, 261888
    vcopy    r1, r2, 64
    li       r1, 277120
    li       r2, 253760
    vcopy    r1, r2, 64
    li       r1, 277184
    li       r2, 261952
    vcopy    r1, r2, 64
    li       r1, 277248
    li       r2, 253824
    vcopy    r1, r2, 64
    li       r1, 277312
    li       r2, 262016
    vcopy    r1, r2, 64
    li       r1, 277376
    li       r2, 253888
    vcopy    r1, r2, 64
    li       r1, 277440
    li       r2, 262080
    vcopy    r1, r2, 64
    li       r1, 277504
    li       r2, 253952
    vcopy    r1, r2, 64
    li       r1, 277568
    li       r2, 262144
    vcopy    r1, r2, 64
    li       r1, 277632
    li       r2, 254016
    vcopy    r1, r2, 64
    li       r1, 277696
    li       r2, 262208
    vcopy    r1, r2, 64
    li       r1, 277760
    li       r2, 254080
    vcopy    r1, r2, 64
    li       r1, 277824
    li       r2, 262272
    vcopy    r1, r2, 64
    li       r1, 277888
    li       r2, 254144
    vcopy    r1, r2, 64
    li       r1, 277952
    li       r2, 262336
    vcopy    r1, r2, 64
    li       r1, 278016
    li       r2, 254208
    vcopy    r1, r2, 64
    li       r1, 278080
    li       r2, 262400
    vcopy    r1, r2, 64
    li       r1, 278144
    li       r2, 254272
    vcopy    r1, r2, 64
    li       r1, 278208
    li       r2, 262464
    vcopy    r1, r2, 64
    li       r1, 278272
    li       r2, 254336
    vcopy    r1, r2, 64
    li       r1, 278336
    li       r2, 262528
    vcopy    r1, r2, 64
    li       r1, 278400
    li       r2, 254400
    vcopy    r1, r2, 64
    li       r1, 278464
    li       r2, 262592
    vcopy    r1, r2, 64
    li       r1, 278528
    li       r2, 254464
    vcopy    r1, r2, 64
    li       r1, 278592
    li       r2, 262656
    vcopy    r1, r2, 64
    li       r1, 278656
    li       r2, 254528
    vcopy    r1, r2, 64
    li       r1, 278720
    li       r2, 262720
    vcopy    r1, r2, 64
    li       r1, 278784
    li       r2, 254592
    vcopy    r1, r2, 64
    li       r1, 278848
    li       r2, 262784
    vcopy    r1, r2, 64
    li       r1, 278912
    li       r2, 254656
    vcopy    r1, r2, 64
    li       r1, 278976
    li       r2, 262848
    vcopy    r1, r2, 64
    li       r1, 279040
    li       r2, 254720
    vcopy    r1, r2, 64
    li       r1, 279104
    li       r2, 262912
    vcopy    r1, r2, 64
    li       r1, 279168
    li       r2, 254784
    vcopy    r1, r2, 64
    li       r1, 279232
    li       r2, 262976
    vcopy    r1, r2, 64
    li       r1, 279296
    li       r2, 254848
    vcopy    r1, r2, 64
    li       r1, 279360
    li       r2, 263040
    vcopy    r1, r2, 64
    li       r1, 279424
    li       r2, 254912
    vcopy    r1, r2, 64
    li       r1, 279488
    li       r2, 263104
    vcopy    r1, r2, 64
.layer 17
    li       r8, 0
    li       r9, 279808
    li       r10, 263168
    li       r3, 279552
L1653:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L1653
    li       r1, 279808
    send     r1, 5, 11, 16384
    li       r1, 279808
    send     r1, 4, 12, 16384
.layer 18
    li       r1, 49408
    send     r1, 5, 14, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L23
    halt

.tile 1
    prog     x0, 1
    xwin     x0, 0, 128, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 2
    li       r1, 8192
    recv     r1, 0, 1, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 64
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L10
    li       r1, 0
    send     r1, 0, 2, 8192
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 2
    prog     x0, 2
    xwin     x0, 0, 128, 0, 128
    li       r4, 49920
    li       r1, 32768
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 3
    li       r1, 16384
    recv     r1, 0, 3, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L13:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 64
    blt      r8, r13, L13
    li       r1, 8192
    recv     r1, 3, 5, 8192
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 32768
L28:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L28
.layer 8
    li       r1, 33024
    li       r2, 0
    vcopy    r1, r2, 64
    li       r1, 33088
    li       r2, 128
    vcopy    r1, r2, 64
    li       r1, 33152
    li       r2, 256
    vcopy    r1, r2, 64
    li       r1, 33216
    li       r2, 384
    vcopy    r1, r2, 64
    li       r1, 33280
    li       r2, 512
    vcopy    r1, r2, 64
    li       r1, 33344
    li       r2, 640
    vcopy    r1, r2, 64
    li       r1, 33408
    li       r2, 768
    vcopy    r1, r2, 64
    li       r1, 33472
    li       r2, 896
    vcopy    r1, r2, 64
    li       r1, 33536
    li       r2, 1024
    vcopy    r1, r2, 64
    li       r1, 33600
    li       r2, 1152
    vcopy    r1, r2, 64
    li       r1, 33664
    li       r2, 1280
    vcopy    r1, r2, 64
    li       r1, 33728
    li       r2, 1408
    vcopy    r1, r2, 64
    li       r1, 33792
    li       r2, 1536
    vcopy    r1, r2, 64
    li       r1, 33856
    li       r2, 1664
    vcopy    r1, r2, 64
    li       r1, 33920
    li       r2, 1792
    vcopy    r1, r2, 64
    li       r1, 33984
    li       r2, 1920
    vcopy    r1, r2, 64
    li       r1, 34048
    li       r2, 2048
    vcopy    r1, r2, 64
    li       r1, 34112
    li       r2, 2176
    vcopy    r1, r2, 64
    li       r1, 34176
    li       r2, 2304
    vcopy    r1, r2, 64
    li       r1, 34240
    li       r2, 2432
    vcopy    r1, r2, 64
    li       r1, 34304
    li       r2, 2560
    vcopy    r1, r2, 64
    li       r1, 34368
    li       r2, 2688
    vcopy    r1, r2, 64
    li       r1, 34432
    li       r2, 2816
    vcopy    r1, r2, 64
    li       r1, 34496
    li       r2, 2944
    vcopy    r1, r2, 64
    li       r1, 34560
    li       r2, 3072
    vcopy    r1, r2, 64
    li       r1, 34624
    li       r2, 3200
    vcopy    r1, r2, 64
    li       r1, 34688
    li       r2, 3328
    vcopy    r1, r2, 64
    li       r1, 34752
    li       r2, 3456
    vcopy    r1, r2, 64
    li       r1, 34816
    li       r2, 3584
    vcopy    r1, r2, 64
    li       r1, 34880
    li       r2, 3712
    vcopy    r1, r2, 64
    li       r1, 34944
    li       r2, 3840
    vcopy    r1, r2, 64
    li       r1, 35008
    li       r2, 3968
    vcopy    r1, r2, 64
    li       r1, 35072
    li       r2, 4096
    vcopy    r1, r2, 64
    li       r1, 35136
    li       r2, 4224
    vcopy    r1, r2, 64
    li       r1, 35200
    li       r2, 4352
    vcopy    r1, r2, 64
    li       r1, 35264
    li       r2, 4480
    vcopy    r1, r2, 64
    li       r1, 35328
    li       r2, 4608
    vcopy    r1, r2, 64
    li       r1, 35392
    li       r2, 4736
    vcopy    r1, r2, 64
    li       r1, 35456
    li       r2, 4864
    vcopy    r1, r2, 64
    li       r1, 35520
    li       r2, 4992
    vcopy    r1, r2, 64
    li       r1, 35584
    li       r2, 5120
    vcopy    r1, r2, 64
    li       r1, 35648
    li       r2, 5248
    vcopy    r1, r2, 64
    li       r1, 35712
    li       r2, 5376
    vcopy    r1, r2, 64
    li       r1, 35776
    li       r2, 5504
    vcopy    r1, r2, 64
    li       r1, 35840
    li       r2, 5632
    vcopy    r1, r2, 64
    li       r1, 35904
    li       r2, 5760
    vcopy    r1, r2, 64
    li       r1, 35968
    li       r2, 5888
    vcopy    r1, r2, 64
    li       r1, 36032
    li       r2, 6016
    vcopy    r1, r2, 64
    li       r1, 36096
    li       r2, 6144
    vcopy    r1, r2, 64
    li       r1, 36160
    li       r2, 6272
    vcopy    r1, r2, 64
    li       r1, 36224
    li       r2, 6400
    vcopy    r1, r2, 64
    li       r1, 36288
    li       r2, 6528
    vcopy    r1, r2, 64
    li       r1, 36352
    li       r2, 6656
    vcopy    r1, r2, 64
    li       r1, 36416
    li       r2, 6784
    vcopy    r1, r2, 64
    li       r1, 36480
    li       r2, 6912
    vcopy    r1, r2, 64
    li       r1, 36544
    li       r2, 7040
    vcopy    r1, r2, 64
    li       r1, 36608
    li       r2, 7168
    vcopy    r1, r2, 64
    li       r1, 36672
    li       r2, 7296
    vcopy    r1, r2, 64
    li       r1, 36736
    li       r2, 7424
    vcopy    r1, r2, 64
    li       r1, 36800
    li       r2, 7552
    vcopy    r1, r2, 64
    li       r1, 36864
    li       r2, 7680
    vcopy    r1, r2, 64
    li       r1, 36928
    li       r2, 7808
    vcopy    r1, r2, 64
    li       r1, 36992
    li       r2, 7936
    vcopy    r1, r2, 64
    li       r1, 37056
    li       r2, 8064
    vcopy    r1, r2, 64
    li       r1, 37120
    li       r2, 8192
    vcopy    r1, r2, 64
    li       r1, 37184
    li       r2, 8320
    vcopy    r1, r2, 64
    li       r1, 37248
    li       r2, 8448
    vcopy    r1, r2, 64
    li       r1, 37312
    li       r2, 8576
    vcopy    r1, r2, 64
    li       r1, 37376
    li       r2, 8704
    vcopy    r1, r2, 64
    li       r1, 37440
    li       r2, 8832
    vcopy    r1, r2, 64
    li       r1, 37504
    li       r2, 8960
    vcopy    r1, r2, 64
    li       r1, 37568
    li       r2, 9088
    vcopy    r1, r2, 64
    li       r1, 37632
    li       r2, 9216
    vcopy    r1, r2, 64
    li       r1, 37696
    li       r2, 9344
    vcopy    r1, r2, 64
    li       r1, 37760
    li       r2, 9472
    vcopy    r1, r2, 64
    li       r1, 37824
    li       r2, 9600
    vcopy    r1, r2, 64
    li       r1, 37888
    li       r2, 9728
    vcopy    r1, r2, 64
    li       r1, 37952
    li       r2, 9856
    vcopy    r1, r2, 64
    li       r1, 38016
    li       r2, 9984
    vcopy    r1, r2, 64
    li       r1, 38080
    li       r2, 10112
    vcopy    r1, r2, 64
    li       r1, 38144
    li       r2, 10240
    vcopy    r1, r2, 64
    li       r1, 38208
    li       r2, 10368
    vcopy    r1, r2, 64
    li       r1, 38272
    li       r2, 10496
    vcopy    r1, r2, 64
    li       r1, 38336
    li       r2, 10624
    vcopy    r1, r2, 64
    li       r1, 38400
    li       r2, 10752
    vcopy    r1, r2, 64
    li       r1, 38464
    li       r2, 10880
    vcopy    r1, r2, 64
    li       r1, 38528
    li       r2, 11008
    vcopy    r1, r2, 64
    li       r1, 38592
    li       r2, 11136
    vcopy    r1, r2, 64
    li       r1, 38656
    li       r2, 11264
    vcopy    r1, r2, 64
    li       r1, 38720
    li       r2, 11392
    vcopy    r1, r2, 64
    li       r1, 38784
    li       r2, 11520
    vcopy    r1, r2, 64
    li       r1, 38848
    li       r2, 11648
    vcopy    r1, r2, 64
    li       r1, 38912
    li       r2, 11776
    vcopy    r1, r2, 64
    li       r1, 38976
    li       r2, 11904
    vcopy    r1, r2, 64
    li       r1, 39040
    li       r2, 12032
    vcopy    r1, r2, 64
    li       r1, 39104
    li       r2, 12160
    vcopy    r1, r2, 64
    li       r1, 39168
    li       r2, 12288
    vcopy    r1, r2, 64
    li       r1, 39232
    li       r2, 12416
    vcopy    r1, r2, 64
    li       r1, 39296
    li       r2, 12544
    vcopy    r1, r2, 64
    li       r1, 39360
    li       r2, 12672
    vcopy    r1, r2, 64
    li       r1, 39424
    li       r2, 12800
    vcopy    r1, r2, 64
    li       r1, 39488
    li       r2, 12928
    vcopy    r1, r2, 64
    li       r1, 39552
    li       r2, 13056
    vcopy    r1, r2, 64
    li       r1, 39616
    li       r2, 13184
    vcopy    r1, r2, 64
    li       r1, 39680
    li       r2, 13312
    vcopy    r1, r2, 64
    li       r1, 39744
    li       r2, 13440
    vcopy    r1, r2, 64
    li       r1, 39808
    li       r2, 13568
    vcopy    r1, r2, 64
    li       r1, 39872
    li       r2, 13696
    vcopy    r1, r2, 64
    li       r1, 39936
    li       r2, 13824
    vcopy    r1, r2, 64
    li       r1, 40000
    li       r2, 13952
    vcopy    r1, r2, 64
    li       r1, 40064
    li       r2, 14080
    vcopy    r1, r2, 64
    li       r1, 40128
    li       r2, 14208
    vcopy    r1, r2, 64
    li       r1, 40192
    li       r2, 14336
    vcopy    r1, r2, 64
    li       r1, 40256
    li       r2, 14464
    vcopy    r1, r2, 64
    li       r1, 40320
    li       r2, 14592
    vcopy    r1, r2, 64
    li       r1, 40384
    li       r2, 14720
    vcopy    r1, r2, 64
    li       r1, 40448
    li       r2, 14848
    vcopy    r1, r2, 64
    li       r1, 40512
    li       r2, 14976
    vcopy    r1, r2, 64
    li       r1, 40576
    li       r2, 15104
    vcopy    r1, r2, 64
    li       r1, 40640
    li       r2, 15232
    vcopy    r1, r2, 64
    li       r1, 40704
    li       r2, 15360
    vcopy    r1, r2, 64
    li       r1, 40768
    li       r2, 15488
    vcopy    r1, r2, 64
    li       r1, 40832
    li       r2, 15616
    vcopy    r1, r2, 64
    li       r1, 40896
    li       r2, 15744
    vcopy    r1, r2, 64
    li       r1, 40960
    li       r2, 15872
    vcopy    r1, r2, 64
    li       r1, 41024
    li       r2, 16000
    vcopy    r1, r2, 64
    li       r1, 41088
    li       r2, 16128
    vcopy    r1, r2, 64
    li       r1, 41152
    li       r2, 16256
    vcopy    r1, r2, 64
    li       r1, 41216
    li       r2, 64
    vcopy    r1, r2, 64
    li       r1, 41280
    li       r2, 192
    vcopy    r1, r2, 64
    li       r1, 41344
    li       r2, 320
    vcopy    r1, r2, 64
    li       r1, 41408
    li       r2, 448
    vcopy    r1, r2, 64
    li       r1, 41472
    li       r2, 576
    vcopy    r1, r2, 64
    li       r1, 41536
    li       r2, 704
    vcopy    r1, r2, 64
    li       r1, 41600
    li       r2, 832
    vcopy    r1, r2, 64
    li       r1, 41664
    li       r2, 960
    vcopy    r1, r2, 64
    li       r1, 41728
    li       r2, 1088
    vcopy    r1, r2, 64
    li       r1, 41792
    li       r2, 1216
    vcopy    r1, r2, 64
    li       r1, 41856
    li       r2, 1344
    vcopy    r1, r2, 64
    li       r1, 41920
    li       r2, 1472
    vcopy    r1, r2, 64
    li       r1, 41984
    li       r2, 1600
    vcopy    r1, r2, 64
    li       r1, 42048
    li       r2, 1728
    vcopy    r1, r2, 64
    li       r1, 42112
    li       r2, 1856
    vcopy    r1, r2, 64
    li       r1, 42176
    li       r2, 1984
    vcopy    r1, r2, 64
    li       r1, 42240
    li       r2, 2112
    vcopy    r1, r2, 64
    li       r1, 42304
    li       r2, 2240
    vcopy    r1, r2, 64
    li       r1, 42368
    li       r2, 2368
    vcopy    r1, r2, 64
    li       r1, 42432
    li       r2, 2496
    vcopy    r1, r2, 64
    li       r1, 42496
    li       r2, 2624
    vcopy    r1, r2, 64
    li       r1, 42560
    li       r2, 2752
    vcopy    r1, r2, 64
    li       r1, 42624
    li       r2, 2880
    vcopy    r1, r2, 64
    li       r1, 42688
    li       r2, 3008
    vcopy    r1, r2, 64
    li       r1, 42752
    li       r2, 3136
    vcopy    r1, r2, 64
    li       r1, 42816
    li       r2, 3264
    vcopy    r1, r2, 64
    li       r1, 42880
    li       r2, 3392
    vcopy    r1, r2, 64
    li       r1, 42944
    li       r2, 3520
    vcopy    r1, r2, 64
    li       r1, 43008
    li       r2, 3648
    vcopy    r1, r2, 64
    li       r1, 43072
    li       r2, 3776
    vcopy    r1, r2, 64
    li       r1, 43136
    li       r2, 3904
    vcopy    r1, r2, 64
    li       r1, 43200
    li       r2, 4032
    vcopy    r1, r2, 64
    li       r1, 43264
    li       r2, 4160
    vcopy    r1, r2, 64
    li       r1, 43328
    li       r2, 4288
    vcopy    r1, r2, 64
    li       r1, 43392
    li       r2, 4416
    vcopy    r1, r2, 64
    li       r1, 43456
    li       r2, 4544
    vcopy    r1, r2, 64
    li       r1, 43520
    li       r2, 4672
    vcopy    r1, r2, 64
    li       r1, 43584
    li       r2, 4800
    vcopy    r1, r2, 64
    li       r1, 43648
    li       r2, 4928
    vcopy    r1, r2, 64
    li       r1, 43712
    li       r2, 5056
    vcopy    r1, r2, 64
    li       r1, 43776
    li       r2, 5184
    vcopy    r1, r2, 64
    li       r1, 43840
    li       r2, 5312
    vcopy    r1, r2, 64
    li       r1, 43904
    li       r2, 5440
    vcopy    r1, r2, 64
    li       r1, 43968
    li       r2, 5568
    vcopy    r1, r2, 64
    li       r1, 44032
    li       r2, 5696
    vcopy    r1, r2, 64
    li       r1, 44096
    li       r2, 5824
    vcopy    r1, r2, 64
    li       r1, 44160
    li       r2, 5952
    vcopy    r1, r2, 64
    li       r1, 44224
    li       r2, 6080
    vcopy    r1, r2, 64
    li       r1, 44288
    li       r2, 6208
    vcopy    r1, r2, 64
    li       r1, 44352
    li       r2, 6336
    vcopy    r1, r2, 64
    li       r1, 44416
    li       r2, 6464
    vcopy    r1, r2, 64
    li       r1, 44480
    li       r2, 6592
    vcopy    r1, r2, 64
    li       r1, 44544
    li       r2, 6720
    vcopy    r1, r2, 64
    li       r1, 44608
    li       r2, 6848
    vcopy    r1, r2, 64
    li       r1, 44672
    li       r2, 6976
    vcopy    r1, r2, 64
    li       r1, 44736
    li       r2, 7104
    vcopy    r1, r2, 64
    li       r1, 44800
    li       r2, 7232
    vcopy    r1, r2, 64
    li       r1, 44864
    li       r2, 7360
    vcopy    r1, r2, 64
    li       r1, 44928
    li       r2, 7488
    vcopy    r1, r2, 64
    li       r1, 44992
    li       r2, 7616
    vcopy    r1, r2, 64
    li       r1, 45056
    li       r2, 7744
    vcopy    r1, r2, 64
    li       r1, 45120
    li       r2, 7872
    vcopy    r1, r2, 64
    li       r1, 45184
    li       r2, 8000
    vcopy    r1, r2, 64
    li       r1, 45248
    li       r2, 8128
    vcopy    r1, r2, 64
    li       r1, 45312
    li       r2, 8256
    vcopy    r1, r2, 64
    li       r1, 45376
    li       r2, 8384
    vcopy    r1, r2, 64
    li       r1, 45440
    li       r2, 8512
    vcopy    r1, r2, 64
    li       r1, 45504
    li       r2, 8640
    vcopy    r1, r2, 64
    li       r1, 45568
    li       r2, 8768
    vcopy    r1, r2, 64
    li       r1, 45632
    li       r2, 8896
    vcopy    r1, r2, 64
    li       r1, 45696
    li       r2, 9024
    vcopy    r1, r2, 64
    li       r1, 45760
    li       r2, 9152
    vcopy    r1, r2, 64
    li       r1, 45824
    li       r2, 9280
    vcopy    r1, r2, 64
    li       r1, 45888
    li       r2, 9408
    vcopy    r1, r2, 64
    li       r1, 45952
    li       r2, 9536
    vcopy    r1, r2, 64
    li       r1, 46016
    li       r2, 9664
    vcopy    r1, r2, 64
    li       r1, 46080
    li       r2, 9792
    vcopy    r1, r2, 64
    li       r1, 46144
    li       r2, 9920
    vcopy    r1, r2, 64
    li       r1, 46208
    li       r2, 10048
    vcopy    r1, r2, 64
    li       r1, 46272
    li       r2, 10176
    vcopy    r1, r2, 64
    li       r1, 46336
    li       r2, 10304
    vcopy    r1, r2, 64
    li       r1, 46400
    li       r2, 10432
    vcopy    r1, r2, 64
    li       r1, 46464
    li       r2, 10560
    vcopy    r1, r2, 64
    li       r1, 46528
    li       r2, 10688
    vcopy    r1, r2, 64
    li       r1, 46592
    li       r2, 10816
    vcopy    r1, r2, 64
    li       r1, 46656
    li       r2, 10944
    vcopy    r1, r2, 64
    li       r1, 46720
    li       r2, 11072
    vcopy    r1, r2, 64
    li       r1, 46784
    li       r2, 11200
    vcopy    r1, r2, 64
    li       r1, 46848
    li       r2, 11328
    vcopy    r1, r2, 64
    li       r1, 46912
    li       r2, 11456
    vcopy    r1, r2, 64
    li       r1, 46976
    li       r2, 11584
    vcopy    r1, r2, 64
    li       r1, 47040
    li       r2, 11712
    vcopy    r1, r2, 64
    li       r1, 47104
    li       r2, 11840
    vcopy    r1, r2, 64
    li       r1, 47168
    li       r2, 11968
    vcopy    r1, r2, 64
    li       r1, 47232
    li       r2, 12096
    vcopy    r1, r2, 64
    li       r1, 47296
    li       r2, 12224
    vcopy    r1, r2, 64
    li       r1, 47360
    li       r2, 12352
    vcopy    r1, r2, 64
    li       r1, 47424
    li       r2, 12480
    vcopy    r1, r2, 64
    li       r1, 47488
    li       r2, 12608
    vcopy    r1, r2, 64
    li       r1, 47552
    li       r2, 12736
    vcopy    r1, r2, 64
    li       r1, 47616
    li       r2, 12864
    vcopy    r1, r2, 64
    li       r1, 47680
    li       r2, 12992
    vcopy    r1, r2, 64
    li       r1, 47744
    li       r2, 13120
    vcopy    r1, r2, 64
    li       r1, 47808
    li       r2, 13248
    vcopy    r1, r2, 64
    li       r1, 47872
    li       r2, 13376
    vcopy    r1, r2, 64
    li       r1, 47936
    li       r2, 13504
    vcopy    r1, r2, 64
    li       r1, 48000
    li       r2, 13632
    vcopy    r1, r2, 64
    li       r1, 48064
    li       r2, 13760
    vcopy    r1, r2, 64
    li       r1, 48128
    li       r2, 13888
    vcopy    r1, r2, 64
    li       r1, 48192
    li       r2, 14016
    vcopy    r1, r2, 64
    li       r1, 48256
    li       r2, 14144
    vcopy    r1, r2, 64
    li       r1, 48320
    li       r2, 14272
    vcopy    r1, r2, 64
    li       r1, 48384
    li       r2, 14400
    vcopy    r1, r2, 64
    li       r1, 48448
    li       r2, 14528
    vcopy    r1, r2, 64
    li       r1, 48512
    li       r2, 14656
    vcopy    r1, r2, 64
    li       r1, 48576
    li       r2, 14784
    vcopy    r1, r2, 64
    li       r1, 48640
    li       r2, 14912
    vcopy    r1, r2, 64
    li       r1, 48704
    li       r2, 15040
    vcopy    r1, r2, 64
    li       r1, 48768
    li       r2, 15168
    vcopy    r1, r2, 64
    li       r1, 48832
    li       r2, 15296
    vcopy    r1, r2, 64
    li       r1, 48896
    li       r2, 15424
    vcopy    r1, r2, 64
    li       r1, 48960
    li       r2, 15552
    vcopy    r1, r2, 64
    li       r1, 49024
    li       r2, 15680
    vcopy    r1, r2, 64
    li       r1, 49088
    li       r2, 15808
    vcopy    r1, r2, 64
    li       r1, 49152
    li       r2, 15936
    vcopy    r1, r2, 64
    li       r1, 49216
    li       r2, 16064
    vcopy    r1, r2, 64
    li       r1, 49280
    li       r2, 16192
    vcopy    r1, r2, 64
    li       r1, 49344
    li       r2, 16320
    vcopy    r1, r2, 64
.layer 11
    li       r1, 33024
    send     r1, 0, 9, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 3
    prog     x0, 3
    xwin     x0, 0, 128, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 3
    li       r1, 8192
    recv     r1, 0, 4, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 64
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L10
    li       r1, 0
    send     r1, 2, 5, 8192
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 4
    prog     x0, 7
    xwin     x0, 0, 128, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 17
    li       r1, 8192
    recv     r1, 0, 12, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 64
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L10
    li       r1, 0
    send     r1, 5, 13, 8192
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 5
    prog     x0, 6
    xwin     x0, 0, 128, 0, 128
    li       r4, 50944
    li       r1, 32768
    ld       r1, r4, dram, 256
    li       r4, 51200
    li       r1, 65792
    ld       r1, r4, dram, 256
    li       r4, 51456
    li       r1, 82432
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L14:
.layer 17
    li       r1, 16384
    recv     r1, 0, 11, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L19:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 64
    blt      r8, r13, L19
    li       r1, 8192
    recv     r1, 4, 13, 8192
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 32768
L34:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L34
.layer 18
    li       r1, 33024
    recv     r1, 0, 14, 16384
    li       r1, 49408
    li       r2, 0
    li       r3, 33024
    vadd     r1, r2, r3, 16384
.layer 19
    li       r1, 66048
    li       r2, 49408
    li       r3, 65792
    vlnorm   r1, r2, r3, 128, 128
.layer 20
    li       r8, 0
    li       r9, 82688
    li       r10, 66048
    li       r3, 82432
L54:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L54
    li       r1, 82688
    send     r1, 8, 15, 16384
.layer 23
    li       r1, 66048
    send     r1, 9, 17, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L14
    halt

.tile 6
    prog     x0, 5
    xwin     x0, 0, 128, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 4
    li       r1, 8192
    recv     r1, 0, 7, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 64
L10:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L10
    li       r1, 0
    send     r1, 7, 8, 8192
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 7
    prog     x0, 4
    xwin     x0, 0, 128, 0, 128
    li       r4, 50176
    li       r1, 32768
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 4
    li       r1, 16384
    recv     r1, 0, 6, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L13:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 64
    blt      r8, r13, L13
    li       r1, 8192
    recv     r1, 6, 8, 8192
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 32768
L28:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L28
.layer 10
    li       r1, 33024
    li       r2, 0
    vcopy    r1, r2, 64
    li       r1, 33088
    li       r2, 128
    vcopy    r1, r2, 64
    li       r1, 33152
    li       r2, 256
    vcopy    r1, r2, 64
    li       r1, 33216
    li       r2, 384
    vcopy    r1, r2, 64
    li       r1, 33280
    li       r2, 512
    vcopy    r1, r2, 64
    li       r1, 33344
    li       r2, 640
    vcopy    r1, r2, 64
    li       r1, 33408
    li       r2, 768
    vcopy    r1, r2, 64
    li       r1, 33472
    li       r2, 896
    vcopy    r1, r2, 64
    li       r1, 33536
    li       r2, 1024
    vcopy    r1, r2, 64
    li       r1, 33600
    li       r2, 1152
    vcopy    r1, r2, 64
    li       r1, 33664
    li       r2, 1280
    vcopy    r1, r2, 64
    li       r1, 33728
    li       r2, 1408
    vcopy    r1, r2, 64
    li       r1, 33792
    li       r2, 1536
    vcopy    r1, r2, 64
    li       r1, 33856
    li       r2, 1664
    vcopy    r1, r2, 64
    li       r1, 33920
    li       r2, 1792
    vcopy    r1, r2, 64
    li       r1, 33984
    li       r2, 1920
    vcopy    r1, r2, 64
    li       r1, 34048
    li       r2, 2048
    vcopy    r1, r2, 64
    li       r1, 34112
    li       r2, 2176
    vcopy    r1, r2, 64
    li       r1, 34176
    li       r2, 2304
    vcopy    r1, r2, 64
    li       r1, 34240
    li       r2, 2432
    vcopy    r1, r2, 64
    li       r1, 34304
    li       r2, 2560
    vcopy    r1, r2, 64
    li       r1, 34368
    li       r2, 2688
    vcopy    r1, r2, 64
    li       r1, 34432
    li       r2, 2816
    vcopy    r1, r2, 64
    li       r1, 34496
    li       r2, 2944
    vcopy    r1, r2, 64
    li       r1, 34560
    li       r2, 3072
    vcopy    r1, r2, 64
    li       r1, 34624
    li       r2, 3200
    vcopy    r1, r2, 64
    li       r1, 34688
    li       r2, 3328
    vcopy    r1, r2, 64
    li       r1, 34752
    li       r2, 3456
    vcopy    r1, r2, 64
    li       r1, 34816
    li       r2, 3584
    vcopy    r1, r2, 64
    li       r1, 34880
    li       r2, 3712
    vcopy    r1, r2, 64
    li       r1, 34944
    li       r2, 3840
    vcopy    r1, r2, 64
    li       r1, 35008
    li       r2, 3968
    vcopy    r1, r2, 64
    li       r1, 35072
    li       r2, 4096
    vcopy    r1, r2, 64
    li       r1, 35136
    li       r2, 4224
    vcopy    r1, r2, 64
    li       r1, 35200
    li       r2, 4352
    vcopy    r1, r2, 64
    li       r1, 35264
    li       r2, 4480
    vcopy    r1, r2, 64
    li       r1, 35328
    li       r2, 4608
    vcopy    r1, r2, 64
    li       r1, 35392
    li       r2, 4736
    vcopy    r1, r2, 64
    li       r1, 35456
    li       r2, 4864
    vcopy    r1, r2, 64
    li       r1, 35520
    li       r2, 4992
    vcopy    r1, r2, 64
    li       r1, 35584
    li       r2, 5120
    vcopy    r1, r2, 64
    li       r1, 35648
    li       r2, 5248
    vcopy    r1, r2, 64
    li       r1, 35712
    li       r2, 5376
    vcopy    r1, r2, 64
    li       r1, 35776
    li       r2, 5504
    vcopy    r1, r2, 64
    li       r1, 35840
    li       r2, 5632
    vcopy    r1, r2, 64
    li       r1, 35904
    li       r2, 5760
    vcopy    r1, r2, 64
    li       r1, 35968
    li       r2, 5888
    vcopy    r1, r2, 64
    li       r1, 36032
    li       r2, 6016
    vcopy    r1, r2, 64
    li       r1, 36096
    li       r2, 6144
    vcopy    r1, r2, 64
    li       r1, 36160
    li       r2, 6272
    vcopy    r1, r2, 64
    li       r1, 36224
    li       r2, 6400
    vcopy    r1, r2, 64
    li       r1, 36288
    li       r2, 6528
    vcopy    r1, r2, 64
    li       r1, 36352
    li       r2, 6656
    vcopy    r1, r2, 64
    li       r1, 36416
    li       r2, 6784
    vcopy    r1, r2, 64
    li       r1, 36480
    li       r2, 6912
    vcopy    r1, r2, 64
    li       r1, 36544
    li       r2, 7040
    vcopy    r1, r2, 64
    li       r1, 36608
    li       r2, 7168
    vcopy    r1, r2, 64
    li       r1, 36672
    li       r2, 7296
    vcopy    r1, r2, 64
    li       r1, 36736
    li       r2, 7424
    vcopy    r1, r2, 64
    li       r1, 36800
    li       r2, 7552
    vcopy    r1, r2, 64
    li       r1, 36864
    li       r2, 7680
    vcopy    r1, r2, 64
    li       r1, 36928
    li       r2, 7808
    vcopy    r1, r2, 64
    li       r1, 36992
    li       r2, 7936
    vcopy    r1, r2, 64
    li       r1, 37056
    li       r2, 8064
    vcopy    r1, r2, 64
    li       r1, 37120
    li       r2, 8192
    vcopy    r1, r2, 64
    li       r1, 37184
    li       r2, 8320
    vcopy    r1, r2, 64
    li       r1, 37248
    li       r2, 8448
    vcopy    r1, r2, 64
    li       r1, 37312
    li       r2, 8576
    vcopy    r1, r2, 64
    li       r1, 37376
    li       r2, 8704
    vcopy    r1, r2, 64
    li       r1, 37440
    li       r2, 8832
    vcopy    r1, r2, 64
    li       r1, 37504
    li       r2, 8960
    vcopy    r1, r2, 64
    li       r1, 37568
    li       r2, 9088
    vcopy    r1, r2, 64
    li       r1, 37632
    li       r2, 9216
    vcopy    r1, r2, 64
    li       r1, 37696
    li       r2, 9344
    vcopy    r1, r2, 64
    li       r1, 37760
    li       r2, 9472
    vcopy    r1, r2, 64
    li       r1, 37824
    li       r2, 9600
    vcopy    r1, r2, 64
    li       r1, 37888
    li       r2, 9728
    vcopy    r1, r2, 64
    li       r1, 37952
    li       r2, 9856
    vcopy    r1, r2, 64
    li       r1, 38016
    li       r2, 9984
    vcopy    r1, r2, 64
    li       r1, 38080
    li       r2, 10112
    vcopy    r1, r2, 64
    li       r1, 38144
    li       r2, 10240
    vcopy    r1, r2, 64
    li       r1, 38208
    li       r2, 10368
    vcopy    r1, r2, 64
    li       r1, 38272
    li       r2, 10496
    vcopy    r1, r2, 64
    li       r1, 38336
    li       r2, 10624
    vcopy    r1, r2, 64
    li       r1, 38400
    li       r2, 10752
    vcopy    r1, r2, 64
    li       r1, 38464
    li       r2, 10880
    vcopy    r1, r2, 64
    li       r1, 38528
    li       r2, 11008
    vcopy    r1, r2, 64
    li       r1, 38592
    li       r2, 11136
    vcopy    r1, r2, 64
    li       r1, 38656
    li       r2, 11264
    vcopy    r1, r2, 64
    li       r1, 38720
    li       r2, 11392
    vcopy    r1, r2, 64
    li       r1, 38784
    li       r2, 11520
    vcopy    r1, r2, 64
    li       r1, 38848
    li       r2, 11648
    vcopy    r1, r2, 64
    li       r1, 38912
    li       r2, 11776
    vcopy    r1, r2, 64
    li       r1, 38976
    li       r2, 11904
    vcopy    r1, r2, 64
    li       r1, 39040
    li       r2, 12032
    vcopy    r1, r2, 64
    li       r1, 39104
    li       r2, 12160
    vcopy    r1, r2, 64
    li       r1, 39168
    li       r2, 12288
    vcopy    r1, r2, 64
    li       r1, 39232
    li       r2, 12416
    vcopy    r1, r2, 64
    li       r1, 39296
    li       r2, 12544
    vcopy    r1, r2, 64
    li       r1, 39360
    li       r2, 12672
    vcopy    r1, r2, 64
    li       r1, 39424
    li       r2, 12800
    vcopy    r1, r2, 64
    li       r1, 39488
    li       r2, 12928
    vcopy    r1, r2, 64
    li       r1, 39552
    li       r2, 13056
    vcopy    r1, r2, 64
    li       r1, 39616
    li       r2, 13184
    vcopy    r1, r2, 64
    li       r1, 39680
    li       r2, 13312
    vcopy    r1, r2, 64
    li       r1, 39744
    li       r2, 13440
    vcopy    r1, r2, 64
    li       r1, 39808
    li       r2, 13568
    vcopy    r1, r2, 64
    li       r1, 39872
    li       r2, 13696
    vcopy    r1, r2, 64
    li       r1, 39936
    li       r2, 13824
    vcopy    r1, r2, 64
    li       r1, 40000
    li       r2, 13952
    vcopy    r1, r2, 64
    li       r1, 40064
    li       r2, 14080
    vcopy    r1, r2, 64
    li       r1, 40128
    li       r2, 14208
    vcopy    r1, r2, 64
    li       r1, 40192
    li       r2, 14336
    vcopy    r1, r2, 64
    li       r1, 40256
    li       r2, 14464
    vcopy    r1, r2, 64
    li       r1, 40320
    li       r2, 14592
    vcopy    r1, r2, 64
    li       r1, 40384
    li       r2, 14720
    vcopy    r1, r2, 64
    li       r1, 40448
    li       r2, 14848
    vcopy    r1, r2, 64
    li       r1, 40512
    li       r2, 14976
    vcopy    r1, r2, 64
    li       r1, 40576
    li       r2, 15104
    vcopy    r1, r2, 64
    li       r1, 40640
    li       r2, 15232
    vcopy    r1, r2, 64
    li       r1, 40704
    li       r2, 15360
    vcopy    r1, r2, 64
    li       r1, 40768
    li       r2, 15488
    vcopy    r1, r2, 64
    li       r1, 40832
    li       r2, 15616
    vcopy    r1, r2, 64
    li       r1, 40896
    li       r2, 15744
    vcopy    r1, r2, 64
    li       r1, 40960
    li       r2, 15872
    vcopy    r1, r2, 64
    li       r1, 41024
    li       r2, 16000
    vcopy    r1, r2, 64
    li       r1, 41088
    li       r2, 16128
    vcopy    r1, r2, 64
    li       r1, 41152
    li       r2, 16256
    vcopy    r1, r2, 64
    li       r1, 41216
    li       r2, 64
    vcopy    r1, r2, 64
    li       r1, 41280
    li       r2, 192
    vcopy    r1, r2, 64
    li       r1, 41344
    li       r2, 320
    vcopy    r1, r2, 64
    li       r1, 41408
    li       r2, 448
    vcopy    r1, r2, 64
    li       r1, 41472
    li       r2, 576
    vcopy    r1, r2, 64
    li       r1, 41536
    li       r2, 704
    vcopy    r1, r2, 64
    li       r1, 41600
    li       r2, 832
    vcopy    r1, r2, 64
    li       r1, 41664
    li       r2, 960
    vcopy    r1, r2, 64
    li       r1, 41728
    li       r2, 1088
    vcopy    r1, r2, 64
    li       r1, 41792
    li       r2, 1216
    vcopy    r1, r2, 64
    li       r1, 41856
    li       r2, 1344
    vcopy    r1, r2, 64
    li       r1, 41920
    li       r2, 1472
    vcopy    r1, r2, 64
    li       r1, 41984
    li       r2, 1600
    vcopy    r1, r2, 64
    li       r1, 42048
    li       r2, 1728
    vcopy    r1, r2, 64
    li       r1, 42112
    li       r2, 1856
    vcopy    r1, r2, 64
    li       r1, 42176
    li       r2, 1984
    vcopy    r1, r2, 64
    li       r1, 42240
    li       r2, 2112
    vcopy    r1, r2, 64
    li       r1, 42304
    li       r2, 2240
    vcopy    r1, r2, 64
    li       r1, 42368
    li       r2, 2368
    vcopy    r1, r2, 64
    li       r1, 42432
    li       r2, 2496
    vcopy    r1, r2, 64
    li       r1, 42496
    li       r2, 2624
    vcopy    r1, r2, 64
    li       r1, 42560
    li       r2, 2752
    vcopy    r1, r2, 64
    li       r1, 42624
    li       r2, 2880
    vcopy    r1, r2, 64
    li       r1, 42688
    li       r2, 3008
    vcopy    r1, r2, 64
    li       r1, 42752
    li       r2, 3136
    vcopy    r1, r2, 64
    li       r1, 42816
    li       r2, 3264
    vcopy    r1, r2, 64
    li       r1, 42880
    li       r2, 3392
    vcopy    r1, r2, 64
    li       r1, 42944
    li       r2, 3520
    vcopy    r1, r2, 64
    li       r1, 43008
    li       r2, 3648
    vcopy    r1, r2, 64
    li       r1, 43072
    li       r2, 3776
    vcopy    r1, r2, 64
    li       r1, 43136
    li       r2, 3904
    vcopy    r1, r2, 64
    li       r1, 43200
    li       r2, 4032
    vcopy    r1, r2, 64
    li       r1, 43264
    li       r2, 4160
    vcopy    r1, r2, 64
    li       r1, 43328
    li       r2, 4288
    vcopy    r1, r2, 64
    li       r1, 43392
    li       r2, 4416
    vcopy    r1, r2, 64
    li       r1, 43456
    li       r2, 4544
    vcopy    r1, r2, 64
    li       r1, 43520
    li       r2, 4672
    vcopy    r1, r2, 64
    li       r1, 43584
    li       r2, 4800
    vcopy    r1, r2, 64
    li       r1, 43648
    li       r2, 4928
    vcopy    r1, r2, 64
    li       r1, 43712
    li       r2, 5056
    vcopy    r1, r2, 64
    li       r1, 43776
    li       r2, 5184
    vcopy    r1, r2, 64
    li       r1, 43840
    li       r2, 5312
    vcopy    r1, r2, 64
    li       r1, 43904
    li       r2, 5440
    vcopy    r1, r2, 64
    li       r1, 43968
    li       r2, 5568
    vcopy    r1, r2, 64
    li       r1, 44032
    li       r2, 5696
    vcopy    r1, r2, 64
    li       r1, 44096
    li       r2, 5824
    vcopy    r1, r2, 64
    li       r1, 44160
    li       r2, 5952
    vcopy    r1, r2, 64
    li       r1, 44224
    li       r2, 6080
    vcopy    r1, r2, 64
    li       r1, 44288
    li       r2, 6208
    vcopy    r1, r2, 64
    li       r1, 44352
    li       r2, 6336
    vcopy    r1, r2, 64
    li       r1, 44416
    li       r2, 6464
    vcopy    r1, r2, 64
    li       r1, 44480
    li       r2, 6592
    vcopy    r1, r2, 64
    li       r1, 44544
    li       r2, 6720
    vcopy    r1, r2, 64
    li       r1, 44608
    li       r2, 6848
    vcopy    r1, r2, 64
    li       r1, 44672
    li       r2, 6976
    vcopy    r1, r2, 64
    li       r1, 44736
    li       r2, 7104
    vcopy    r1, r2, 64
    li       r1, 44800
    li       r2, 7232
    vcopy    r1, r2, 64
    li       r1, 44864
    li       r2, 7360
    vcopy    r1, r2, 64
    li       r1, 44928
    li       r2, 7488
    vcopy    r1, r2, 64
    li       r1, 44992
    li       r2, 7616
    vcopy    r1, r2, 64
    li       r1, 45056
    li       r2, 7744
    vcopy    r1, r2, 64
    li       r1, 45120
    li       r2, 7872
    vcopy    r1, r2, 64
    li       r1, 45184
    li       r2, 8000
    vcopy    r1, r2, 64
    li       r1, 45248
    li       r2, 8128
    vcopy    r1, r2, 64
    li       r1, 45312
    li       r2, 8256
    vcopy    r1, r2, 64
    li       r1, 45376
    li       r2, 8384
    vcopy    r1, r2, 64
    li       r1, 45440
    li       r2, 8512
    vcopy    r1, r2, 64
    li       r1, 45504
    li       r2, 8640
    vcopy    r1, r2, 64
    li       r1, 45568
    li       r2, 8768
    vcopy    r1, r2, 64
    li       r1, 45632
    li       r2, 8896
    vcopy    r1, r2, 64
    li       r1, 45696
    li       r2, 9024
    vcopy    r1, r2, 64
    li       r1, 45760
    li       r2, 9152
    vcopy    r1, r2, 64
    li       r1, 45824
    li       r2, 9280
    vcopy    r1, r2, 64
    li       r1, 45888
    li       r2, 9408
    vcopy    r1, r2, 64
    li       r1, 45952
    li       r2, 9536
    vcopy    r1, r2, 64
    li       r1, 46016
    li       r2, 9664
    vcopy    r1, r2, 64
    li       r1, 46080
    li       r2, 9792
    vcopy    r1, r2, 64
    li       r1, 46144
    li       r2, 9920
    vcopy    r1, r2, 64
    li       r1, 46208
    li       r2, 10048
    vcopy    r1, r2, 64
    li       r1, 46272
    li       r2, 10176
    vcopy    r1, r2, 64
    li       r1, 46336
    li       r2, 10304
    vcopy    r1, r2, 64
    li       r1, 46400
    li       r2, 10432
    vcopy    r1, r2, 64
    li       r1, 46464
    li       r2, 10560
    vcopy    r1, r2, 64
    li       r1, 46528
    li       r2, 10688
    vcopy    r1, r2, 64
    li       r1, 46592
    li       r2, 10816
    vcopy    r1, r2, 64
    li       r1, 46656
    li       r2, 10944
    vcopy    r1, r2, 64
    li       r1, 46720
    li       r2, 11072
    vcopy    r1, r2, 64
    li       r1, 46784
    li       r2, 11200
    vcopy    r1, r2, 64
    li       r1, 46848
    li       r2, 11328
    vcopy    r1, r2, 64
    li       r1, 46912
    li       r2, 11456
    vcopy    r1, r2, 64
    li       r1, 46976
    li       r2, 11584
    vcopy    r1, r2, 64
    li       r1, 47040
    li       r2, 11712
    vcopy    r1, r2, 64
    li       r1, 47104
    li       r2, 11840
    vcopy    r1, r2, 64
    li       r1, 47168
    li       r2, 11968
    vcopy    r1, r2, 64
    li       r1, 47232
    li       r2, 12096
    vcopy    r1, r2, 64
    li       r1, 47296
    li       r2, 12224
    vcopy    r1, r2, 64
    li       r1, 47360
    li       r2, 12352
    vcopy    r1, r2, 64
    li       r1, 47424
    li       r2, 12480
    vcopy    r1, r2, 64
    li       r1, 47488
    li       r2, 12608
    vcopy    r1, r2, 64
    li       r1, 47552
    li       r2, 12736
    vcopy    r1, r2, 64
    li       r1, 47616
    li       r2, 12864
    vcopy    r1, r2, 64
    li       r1, 47680
    li       r2, 12992
    vcopy    r1, r2, 64
    li       r1, 47744
    li       r2, 13120
    vcopy    r1, r2, 64
    li       r1, 47808
    li       r2, 13248
    vcopy    r1, r2, 64
    li       r1, 47872
    li       r2, 13376
    vcopy    r1, r2, 64
    li       r1, 47936
    li       r2, 13504
    vcopy    r1, r2, 64
    li       r1, 48000
    li       r2, 13632
    vcopy    r1, r2, 64
    li       r1, 48064
    li       r2, 13760
    vcopy    r1, r2, 64
    li       r1, 48128
    li       r2, 13888
    vcopy    r1, r2, 64
    li       r1, 48192
    li       r2, 14016
    vcopy    r1, r2, 64
    li       r1, 48256
    li       r2, 14144
    vcopy    r1, r2, 64
    li       r1, 48320
    li       r2, 14272
    vcopy    r1, r2, 64
    li       r1, 48384
    li       r2, 14400
    vcopy    r1, r2, 64
    li       r1, 48448
    li       r2, 14528
    vcopy    r1, r2, 64
    li       r1, 48512
    li       r2, 14656
    vcopy    r1, r2, 64
    li       r1, 48576
    li       r2, 14784
    vcopy    r1, r2, 64
    li       r1, 48640
    li       r2, 14912
    vcopy    r1, r2, 64
    li       r1, 48704
    li       r2, 15040
    vcopy    r1, r2, 64
    li       r1, 48768
    li       r2, 15168
    vcopy    r1, r2, 64
    li       r1, 48832
    li       r2, 15296
    vcopy    r1, r2, 64
    li       r1, 48896
    li       r2, 15424
    vcopy    r1, r2, 64
    li       r1, 48960
    li       r2, 15552
    vcopy    r1, r2, 64
    li       r1, 49024
    li       r2, 15680
    vcopy    r1, r2, 64
    li       r1, 49088
    li       r2, 15808
    vcopy    r1, r2, 64
    li       r1, 49152
    li       r2, 15936
    vcopy    r1, r2, 64
    li       r1, 49216
    li       r2, 16064
    vcopy    r1, r2, 64
    li       r1, 49280
    li       r2, 16192
    vcopy    r1, r2, 64
    li       r1, 49344
    li       r2, 16320
    vcopy    r1, r2, 64
.layer 14
    li       r1, 33024
    send     r1, 0, 10, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 8
    prog     x0, 8
    xwin     x0, 0, 128, 0, 512
    li       r4, 51712
    li       r1, 81920
    ld       r1, r4, dram, 1024
    li       r4, 52736
    li       r1, 148480
    ld       r1, r4, dram, 1024
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 20
    li       r1, 65536
    recv     r1, 5, 15, 16384
    li       r10, 65536
    li       r12, 0
    li       r8, 0
L16:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L16
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 81920
L29:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L29
.layer 21
    li       r1, 82944
    li       r2, 0
    vgelu    r1, r2, 65535
    li       r1, 148479
    li       r2, 65535
    vgelu    r1, r2, 1
.layer 22
    li       r8, 0
    li       r9, 149504
    li       r10, 82944
    li       r3, 148480
L45:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L45
    li       r1, 149504
    send     r1, 9, 16, 65535
    li       r1, 215039
    send     r1, 9, 16, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 9
    prog     x0, 9
    xwin     x0, 0, 512, 0, 128
    li       r4, 53760
    li       r1, 81920
    ld       r1, r4, dram, 256
    li       r4, 54016
    li       r1, 114944
    ld       r1, r4, dram, 256
    li       r4, 54272
    li       r1, 131584
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L14:
.layer 22
    li       r1, 16384
    recv     r1, 8, 16, 65535
    li       r1, 81919
    recv     r1, 8, 16, 1
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L21:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L21
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 81920
L34:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L34
.layer 23
    li       r1, 82176
    recv     r1, 5, 17, 16384
    li       r1, 98560
    li       r2, 0
    li       r3, 82176
    vadd     r1, r2, r3, 16384
.layer 24
    li       r1, 115200
    li       r2, 98560
    li       r3, 114944
    vlnorm   r1, r2, r3, 128, 128
.layer 25
    li       r8, 0
    li       r9, 131840
    li       r10, 115200
    li       r3, 131584
L54:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L54
    li       r1, 131840
    send     r1, 10, 18, 16384
.layer 26
    li       r1, 131840
    send     r1, 11, 19, 16384
.layer 27
    li       r1, 131840
    send     r1, 15, 20, 16384
.layer 41
    li       r1, 115200
    send     r1, 14, 24, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L14
    halt

.tile 10
    prog     x0, 10
    xwin     x0, 0, 128, 0, 128
    li       r4, 54528
    li       r1, 32768
    ld       r1, r4, dram, 256
    li       r4, 55296
    li       r1, 98560
    ld       r1, r4, dram, 256
    li       r4, 55552
    li       r1, 213504
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L14:
.layer 25
    li       r1, 16384
    recv     r1, 9, 18, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L19:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L19
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 32768
L32:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L32
.layer 29
    li       r1, 33024
    li       r2, 0
    vcopy    r1, r2, 64
    li       r1, 33088
    li       r2, 128
    vcopy    r1, r2, 64
    li       r1, 33152
    li       r2, 256
    vcopy    r1, r2, 64
    li       r1, 33216
    li       r2, 384
    vcopy    r1, r2, 64
    li       r1, 33280
    li       r2, 512
    vcopy    r1, r2, 64
    li       r1, 33344
    li       r2, 640
    vcopy    r1, r2, 64
    li       r1, 33408
    li       r2, 768
    vcopy    r1, r2, 64
    li       r1, 33472
    li       r2, 896
    vcopy    r1, r2, 64
    li       r1, 33536
    li       r2, 1024
    vcopy    r1, r2, 64
    li       r1, 33600
    li       r2, 1152
    vcopy    r1, r2, 64
    li       r1, 33664
    li       r2, 1280
    vcopy    r1, r2, 64
    li       r1, 33728
    li       r2, 1408
    vcopy    r1, r2, 64
    li       r1, 33792
    li       r2, 1536
    vcopy    r1, r2, 64
    li       r1, 33856
    li       r2, 1664
    vcopy    r1, r2, 64
    li       r1, 33920
    li       r2, 1792
    vcopy    r1, r2, 64
    li       r1, 33984
    li       r2, 1920
    vcopy    r1, r2, 64
    li       r1, 34048
    li       r2, 2048
    vcopy    r1, r2, 64
    li       r1, 34112
    li       r2, 2176
    vcopy    r1, r2, 64
    li       r1, 34176
    li       r2, 2304
    vcopy    r1, r2, 64
    li       r1, 34240
    li       r2, 2432
    vcopy    r1, r2, 64
    li       r1, 34304
    li       r2, 2560
    vcopy    r1, r2, 64
    li       r1, 34368
    li       r2, 2688
    vcopy    r1, r2, 64
    li       r1, 34432
    li       r2, 2816
    vcopy    r1, r2, 64
    li       r1, 34496
    li       r2, 2944
    vcopy    r1, r2, 64
    li       r1, 34560
    li       r2, 3072
    vcopy    r1, r2, 64
    li       r1, 34624
    li       r2, 3200
    vcopy    r1, r2, 64
    li       r1, 34688
    li       r2, 3328
    vcopy    r1, r2, 64
    li       r1, 34752
    li       r2, 3456
    vcopy    r1, r2, 64
    li       r1, 34816
    li       r2, 3584
    vcopy    r1, r2, 64
    li       r1, 34880
    li       r2, 3712
    vcopy    r1, r2, 64
    li       r1, 34944
    li       r2, 3840
    vcopy    r1, r2, 64
    li       r1, 35008
    li       r2, 3968
    vcopy    r1, r2, 64
    li       r1, 35072
    li       r2, 4096
    vcopy    r1, r2, 64
    li       r1, 35136
    li       r2, 4224
    vcopy    r1, r2, 64
    li       r1, 35200
    li       r2, 4352
    vcopy    r1, r2, 64
    li       r1, 35264
    li       r2, 4480
    vcopy    r1, r2, 64
    li       r1, 35328
    li       r2, 4608
    vcopy    r1, r2, 64
    li       r1, 35392
    li       r2, 4736
    vcopy    r1, r2, 64
    li       r1, 35456
    li       r2, 4864
    vcopy    r1, r2, 64
    li       r1, 35520
    li       r2, 4992
    vcopy    r1, r2, 64
    li       r1, 35584
    li       r2, 5120
    vcopy    r1, r2, 64
    li       r1, 35648
    li       r2, 5248
    vcopy    r1, r2, 64
    li       r1, 35712
    li       r2, 5376
    vcopy    r1, r2, 64
    li       r1, 35776
    li       r2, 5504
    vcopy    r1, r2, 64
    li       r1, 35840
    li       r2, 5632
    vcopy    r1, r2, 64
    li       r1, 35904
    li       r2, 5760
    vcopy    r1, r2, 64
    li       r1, 35968
    li       r2, 5888
    vcopy    r1, r2, 64
    li       r1, 36032
    li       r2, 6016
    vcopy    r1, r2, 64
    li       r1, 36096
    li       r2, 6144
    vcopy    r1, r2, 64
    li       r1, 36160
    li       r2, 6272
    vcopy    r1, r2, 64
    li       r1, 36224
    li       r2, 6400
    vcopy    r1, r2, 64
    li       r1, 36288
    li       r2, 6528
    vcopy    r1, r2, 64
    li       r1, 36352
    li       r2, 6656
    vcopy    r1, r2, 64
    li       r1, 36416
    li       r2, 6784
    vcopy    r1, r2, 64
    li       r1, 36480
    li       r2, 6912
    vcopy    r1, r2, 64
    li       r1, 36544
    li       r2, 7040
    vcopy    r1, r2, 64
    li       r1, 36608
    li       r2, 7168
    vcopy    r1, r2, 64
    li       r1, 36672
    li       r2, 7296
    vcopy    r1, r2, 64
    li       r1, 36736
    li       r2, 7424
    vcopy    r1, r2, 64
    li       r1, 36800
    li       r2, 7552
    vcopy    r1, r2, 64
    li       r1, 36864
    li       r2, 7680
    vcopy    r1, r2, 64
    li       r1, 36928
    li       r2, 7808
    vcopy    r1, r2, 64
    li       r1, 36992
    li       r2, 7936
    vcopy    r1, r2, 64
    li       r1, 37056
    li       r2, 8064
    vcopy    r1, r2, 64
    li       r1, 37120
    li       r2, 8192
    vcopy    r1, r2, 64
    li       r1, 37184
    li       r2, 8320
    vcopy    r1, r2, 64
    li       r1, 37248
    li       r2, 8448
    vcopy    r1, r2, 64
    li       r1, 37312
    li       r2, 8576
    vcopy    r1, r2, 64
    li       r1, 37376
    li       r2, 8704
    vcopy    r1, r2, 64
    li       r1, 37440
    li       r2, 8832
    vcopy    r1, r2, 64
    li       r1, 37504
    li       r2, 8960
    vcopy    r1, r2, 64
    li       r1, 37568
    li       r2, 9088
    vcopy    r1, r2, 64
    li       r1, 37632
    li       r2, 9216
    vcopy    r1, r2, 64
    li       r1, 37696
    li       r2, 9344
    vcopy    r1, r2, 64
    li       r1, 37760
    li       r2, 9472
    vcopy    r1, r2, 64
    li       r1, 37824
    li       r2, 9600
    vcopy    r1, r2, 64
    li       r1, 37888
    li       r2, 9728
    vcopy    r1, r2, 64
    li       r1, 37952
    li       r2, 9856
    vcopy    r1, r2, 64
    li       r1, 38016
    li       r2, 9984
    vcopy    r1, r2, 64
    li       r1, 38080
    li       r2, 10112
    vcopy    r1, r2, 64
    li       r1, 38144
    li       r2, 10240
    vcopy    r1, r2, 64
    li       r1, 38208
    li       r2, 10368
    vcopy    r1, r2, 64
    li       r1, 38272
    li       r2, 10496
    vcopy    r1, r2, 64
    li       r1, 38336
    li       r2, 10624
    vcopy    r1, r2, 64
    li       r1, 38400
    li       r2, 10752
    vcopy    r1, r2, 64
    li       r1, 38464
    li       r2, 10880
    vcopy    r1, r2, 64
    li       r1, 38528
    li       r2, 11008
    vcopy    r1, r2, 64
    li       r1, 38592
    li       r2, 11136
    vcopy    r1, r2, 64
    li       r1, 38656
    li       r2, 11264
    vcopy    r1, r2, 64
    li       r1, 38720
    li       r2, 11392
    vcopy    r1, r2, 64
    li       r1, 38784
    li       r2, 11520
    vcopy    r1, r2, 64
    li       r1, 38848
    li       r2, 11648
    vcopy    r1, r2, 64
    li       r1, 38912
    li       r2, 11776
    vcopy    r1, r2, 64
    li       r1, 38976
    li       r2, 11904
    vcopy    r1, r2, 64
    li       r1, 39040
    li       r2, 12032
    vcopy    r1, r2, 64
    li       r1, 39104
    li       r2, 12160
    vcopy    r1, r2, 64
    li       r1, 39168
    li       r2, 12288
    vcopy    r1, r2, 64
    li       r1, 39232
    li       r2, 12416
    vcopy    r1, r2, 64
    li       r1, 39296
    li       r2, 12544
    vcopy    r1, r2, 64
    li       r1, 39360
    li       r2, 12672
    vcopy    r1, r2, 64
    li       r1, 39424
    li       r2, 12800
    vcopy    r1, r2, 64
    li       r1, 39488
    li       r2, 12928
    vcopy    r1, r2, 64
    li       r1, 39552
    li       r2, 13056
    vcopy    r1, r2, 64
    li       r1, 39616
    li       r2, 13184
    vcopy    r1, r2, 64
    li       r1, 39680
    li       r2, 13312
    vcopy    r1, r2, 64
    li       r1, 39744
    li       r2, 13440
    vcopy    r1, r2, 64
    li       r1, 39808
    li       r2, 13568
    vcopy    r1, r2, 64
    li       r1, 39872
    li       r2, 13696
    vcopy    r1, r2, 64
    li       r1, 39936
    li       r2, 13824
    vcopy    r1, r2, 64
    li       r1, 40000
    li       r2, 13952
    vcopy    r1, r2, 64
    li       r1, 40064
    li       r2, 14080
    vcopy    r1, r2, 64
    li       r1, 40128
    li       r2, 14208
    vcopy    r1, r2, 64
    li       r1, 40192
    li       r2, 14336
    vcopy    r1, r2, 64
    li       r1, 40256
    li       r2, 14464
    vcopy    r1, r2, 64
    li       r1, 40320
    li       r2, 14592
    vcopy    r1, r2, 64
    li       r1, 40384
    li       r2, 14720
    vcopy    r1, r2, 64
    li       r1, 40448
    li       r2, 14848
    vcopy    r1, r2, 64
    li       r1, 40512
    li       r2, 14976
    vcopy    r1, r2, 64
    li       r1, 40576
    li       r2, 15104
    vcopy    r1, r2, 64
    li       r1, 40640
    li       r2, 15232
    vcopy    r1, r2, 64
    li       r1, 40704
    li       r2, 15360
    vcopy    r1, r2, 64
    li       r1, 40768
    li       r2, 15488
    vcopy    r1, r2, 64
    li       r1, 40832
    li       r2, 15616
    vcopy    r1, r2, 64
    li       r1, 40896
    li       r2, 15744
    vcopy    r1, r2, 64
    li       r1, 40960
    li       r2, 15872
    vcopy    r1, r2, 64
    li       r1, 41024
    li       r2, 16000
    vcopy    r1, r2, 64
    li       r1, 41088
    li       r2, 16128
    vcopy    r1, r2, 64
    li       r1, 41152
    li       r2, 16256
    vcopy    r1, r2, 64
    li       r1, 41216
    li       r2, 64
    vcopy    r1, r2, 64
    li       r1, 41280
    li       r2, 192
    vcopy    r1, r2, 64
    li       r1, 41344
    li       r2, 320
    vcopy    r1, r2, 64
    li       r1, 41408
    li       r2, 448
    vcopy    r1, r2, 64
    li       r1, 41472
    li       r2, 576
    vcopy    r1, r2, 64
    li       r1, 41536
    li       r2, 704
    vcopy    r1, r2, 64
    li       r1, 41600
    li       r2, 832
    vcopy    r1, r2, 64
    li       r1, 41664
    li       r2, 960
    vcopy    r1, r2, 64
    li       r1, 41728
    li       r2, 1088
    vcopy    r1, r2, 64
    li       r1, 41792
    li       r2, 1216
    vcopy    r1, r2, 64
    li       r1, 41856
    li       r2, 1344
    vcopy    r1, r2, 64
    li       r1, 41920
    li       r2, 1472
    vcopy    r1, r2, 64
    li       r1, 41984
    li       r2, 1600
    vcopy    r1, r2, 64
    li       r1, 42048
    li       r2, 1728
    vcopy    r1, r2, 64
    li       r1, 42112
    li       r2, 1856
    vcopy    r1, r2, 64
    li       r1, 42176
    li       r2, 1984
    vcopy    r1, r2, 64
    li       r1, 42240
    li       r2, 2112
    vcopy    r1, r2, 64
    li       r1, 42304
    li       r2, 2240
    vcopy    r1, r2, 64
    li       r1, 42368
    li       r2, 2368
    vcopy    r1, r2, 64
    li       r1, 42432
    li       r2, 2496
    vcopy    r1, r2, 64
    li       r1, 42496
    li       r2, 2624
    vcopy    r1, r2, 64
    li       r1, 42560
    li       r2, 2752
    vcopy    r1, r2, 64
    li       r1, 42624
    li       r2, 2880
    vcopy    r1, r2, 64
    li       r1, 42688
    li       r2, 3008
    vcopy    r1, r2, 64
    li       r1, 42752
    li       r2, 3136
    vcopy    r1, r2, 64
    li       r1, 42816
    li       r2, 3264
    vcopy    r1, r2, 64
    li       r1, 42880
    li       r2, 3392
    vcopy    r1, r2, 64
    li       r1, 42944
    li       r2, 3520
    vcopy    r1, r2, 64
    li       r1, 43008
    li       r2, 3648
    vcopy    r1, r2, 64
    li       r1, 43072
    li       r2, 3776
    vcopy    r1, r2, 64
    li       r1, 43136
    li       r2, 3904
    vcopy    r1, r2, 64
    li       r1, 43200
    li       r2, 4032
    vcopy    r1, r2, 64
    li       r1, 43264
    li       r2, 4160
    vcopy    r1, r2, 64
    li       r1, 43328
    li       r2, 4288
    vcopy    r1, r2, 64
    li       r1, 43392
    li       r2, 4416
    vcopy    r1, r2, 64
    li       r1, 43456
    li       r2, 4544
    vcopy    r1, r2, 64
    li       r1, 43520
    li       r2, 4672
    vcopy    r1, r2, 64
    li       r1, 43584
    li       r2, 4800
    vcopy    r1, r2, 64
    li       r1, 43648
    li       r2, 4928
    vcopy    r1, r2, 64
    li       r1, 43712
    li       r2, 5056
    vcopy    r1, r2, 64
    li       r1, 43776
    li       r2, 5184
    vcopy    r1, r2, 64
    li       r1, 43840
    li       r2, 5312
    vcopy    r1, r2, 64
    li       r1, 43904
    li       r2, 5440
    vcopy    r1, r2, 64
    li       r1, 43968
    li       r2, 5568
    vcopy    r1, r2, 64
    li       r1, 44032
    li       r2, 5696
    vcopy    r1, r2, 64
    li       r1, 44096
    li       r2, 5824
    vcopy    r1, r2, 64
    li       r1, 44160
    li       r2, 5952
    vcopy    r1, r2, 64
    li       r1, 44224
    li       r2, 6080
    vcopy    r1, r2, 64
    li       r1, 44288
    li       r2, 6208
    vcopy    r1, r2, 64
    li       r1, 44352
    li       r2, 6336
    vcopy    r1, r2, 64
    li       r1, 44416
    li       r2, 6464
    vcopy    r1, r2, 64
    li       r1, 44480
    li       r2, 6592
    vcopy    r1, r2, 64
    li       r1, 44544
    li       r2, 6720
    vcopy    r1, r2, 64
    li       r1, 44608
    li       r2, 6848
    vcopy    r1, r2, 64
    li       r1, 44672
    li       r2, 6976
    vcopy    r1, r2, 64
    li       r1, 44736
    li       r2, 7104
    vcopy    r1, r2, 64
    li       r1, 44800
    li       r2, 7232
    vcopy    r1, r2, 64
    li       r1, 44864
    li       r2, 7360
    vcopy    r1, r2, 64
    li       r1, 44928
    li       r2, 7488
    vcopy    r1, r2, 64
    li       r1, 44992
    li       r2, 7616
    vcopy    r1, r2, 64
    li       r1, 45056
    li       r2, 7744
    vcopy    r1, r2, 64
    li       r1, 45120
    li       r2, 7872
    vcopy    r1, r2, 64
    li       r1, 45184
    li       r2, 8000
    vcopy    r1, r2, 64
    li       r1, 45248
    li       r2, 8128
    vcopy    r1, r2, 64
    li       r1, 45312
    li       r2, 8256
    vcopy    r1, r2, 64
    li       r1, 45376
    li       r2, 8384
    vcopy    r1, r2, 64
    li       r1, 45440
    li       r2, 8512
    vcopy    r1, r2, 64
    li       r1, 45504
    li       r2, 8640
    vcopy    r1, r2, 64
    li       r1, 45568
    li       r2, 8768
    vcopy    r1, r2, 64
    li       r1, 45632
    li       r2, 8896
    vcopy    r1, r2, 64
    li       r1, 45696
    li       r2, 9024
    vcopy    r1, r2, 64
    li       r1, 45760
    li       r2, 9152
    vcopy    r1, r2, 64
    li       r1, 45824
    li       r2, 9280
    vcopy    r1, r2, 64
    li       r1, 45888
    li       r2, 9408
    vcopy    r1, r2, 64
    li       r1, 45952
    li       r2, 9536
    vcopy    r1, r2, 64
    li       r1, 46016
    li       r2, 9664
    vcopy    r1, r2, 64
    li       r1, 46080
    li       r2, 9792
    vcopy    r1, r2, 64
    li       r1, 46144
    li       r2, 9920
    vcopy    r1, r2, 64
    li       r1, 46208
    li       r2, 10048
    vcopy    r1, r2, 64
    li       r1, 46272
    li       r2, 10176
    vcopy    r1, r2, 64
    li       r1, 46336
    li       r2, 10304
    vcopy    r1, r2, 64
    li       r1, 46400
    li       r2, 10432
    vcopy    r1, r2, 64
    li       r1, 46464
    li       r2, 10560
    vcopy    r1, r2, 64
    li       r1, 46528
    li       r2, 10688
    vcopy    r1, r2, 64
    li       r1, 46592
    li       r2, 10816
    vcopy    r1, r2, 64
    li       r1, 46656
    li       r2, 10944
    vcopy    r1, r2, 64
    li       r1, 46720
    li       r2, 11072
    vcopy    r1, r2, 64
    li       r1, 46784
    li       r2, 11200
    vcopy    r1, r2, 64
    li       r1, 46848
    li       r2, 11328
    vcopy    r1, r2, 64
    li       r1, 46912
    li       r2, 11456
    vcopy    r1, r2, 64
    li       r1, 46976
    li       r2, 11584
    vcopy    r1, r2, 64
    li       r1, 47040
    li       r2, 11712
    vcopy    r1, r2, 64
    li       r1, 47104
    li       r2, 11840
    vcopy    r1, r2, 64
    li       r1, 47168
    li       r2, 11968
    vcopy    r1, r2, 64
    li       r1, 47232
    li       r2, 12096
    vcopy    r1, r2, 64
    li       r1, 47296
    li       r2, 12224
    vcopy    r1, r2, 64
    li       r1, 47360
    li       r2, 12352
    vcopy    r1, r2, 64
    li       r1, 47424
    li       r2, 12480
    vcopy    r1, r2, 64
    li       r1, 47488
    li       r2, 12608
    vcopy    r1, r2, 64
    li       r1, 47552
    li       r2, 12736
    vcopy    r1, r2, 64
    li       r1, 47616
    li       r2, 12864
    vcopy    r1, r2, 64
    li       r1, 47680
    li       r2, 12992
    vcopy    r1, r2, 64
    li       r1, 47744
    li       r2, 13120
    vcopy    r1, r2, 64
    li       r1, 47808
    li       r2, 13248
    vcopy    r1, r2, 64
    li       r1, 47872
    li       r2, 13376
    vcopy    r1, r2, 64
    li       r1, 47936
    li       r2, 13504
    vcopy    r1, r2, 64
    li       r1, 48000
    li       r2, 13632
    vcopy    r1, r2, 64
    li       r1, 48064
    li       r2, 13760
    vcopy    r1, r2, 64
    li       r1, 48128
    li       r2, 13888
    vcopy    r1, r2, 64
    li       r1, 48192
    li       r2, 14016
    vcopy    r1, r2, 64
    li       r1, 48256
    li       r2, 14144
    vcopy    r1, r2, 64
    li       r1, 48320
    li       r2, 14272
    vcopy    r1, r2, 64
    li       r1, 48384
    li       r2, 14400
    vcopy    r1, r2, 64
    li       r1, 48448
    li       r2, 14528
    vcopy    r1, r2, 64
    li       r1, 48512
    li       r2, 14656
    vcopy    r1, r2, 64
    li       r1, 48576
    li       r2, 14784
    vcopy    r1, r2, 64
    li       r1, 48640
    li       r2, 14912
    vcopy    r1, r2, 64
    li       r1, 48704
    li       r2, 15040
    vcopy    r1, r2, 64
    li       r1, 48768
    li       r2, 15168
    vcopy    r1, r2, 64
    li       r1, 48832
    li       r2, 15296
    vcopy    r1, r2, 64
    li       r1, 48896
    li       r2, 15424
    vcopy    r1, r2, 64
    li       r1, 48960
    li       r2, 15552
    vcopy    r1, r2, 64
    li       r1, 49024
    li       r2, 15680
    vcopy    r1, r2, 64
    li       r1, 49088
    li       r2, 15808
    vcopy    r1, r2, 64
    li       r1, 49152
    li       r2, 15936
    vcopy    r1, r2, 64
    li       r1, 49216
    li       r2, 16064
    vcopy    r1, r2, 64
    li       r1, 49280
    li       r2, 16192
    vcopy    r1, r2, 64
    li       r1, 49344
    li       r2, 16320
    vcopy    r1, r2, 64
.layer 34
    li       r1, 49408
    recv     r1, 11, 21, 16384
    li       r1, 65792
    li       r2, 33024
    li       r3, 49408
    mmul     r1, r2, r3, 1, 128, 64, 128
    li       r1, 82176
    li       r2, 41216
    li       r3, 57600
    mmul     r1, r2, r3, 1, 128, 64, 128
.layer 35
    li       r8, 0
    li       r9, 98816
    li       r10, 65792
    li       r3, 98560
L820:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 256
    blt      r8, r13, L820
.layer 36
    li       r1, 131584
    li       r2, 98816
    vsoftmax r1, r2, 256, 128
.layer 37
    li       r1, 164352
    recv     r1, 15, 22, 16384
    li       r1, 180736
    li       r2, 131584
    li       r3, 164352
    mmul     r1, r2, r3, 0, 128, 128, 64
    li       r1, 188928
    li       r2, 147968
    li       r3, 172544
    mmul     r1, r2, r3, 0, 128, 128, 64
.layer 38
    li       r1, 197120
    li       r2, 180736
    vcopy    r1, r2, 64
    li       r1, 197184
    li       r2, 188928
    vcopy    r1, r2, 64
    li       r1, 197248
    li       r2, 180800
    vcopy    r1, r2, 64
    li       r1, 197312
    li       r2, 188992
    vcopy    r1, r2, 64
    li       r1, 197376
    li       r2, 180864
    vcopy    r1, r2, 64
    li       r1, 197440
    li       r2, 189056
    vcopy    r1, r2, 64
    li       r1, 197504
    li       r2, 180928
    vcopy    r1, r2, 64
    li       r1, 197568
    li       r2, 189120
    vcopy    r1, r2, 64
    li       r1, 197632
    li       r2, 180992
    vcopy    r1, r2, 64
    li       r1, 197696
    li       r2, 189184
    vcopy    r1, r2, 64
    li       r1, 197760
    li       r2, 181056
    vcopy    r1, r2, 64
    li       r1, 197824
    li       r2, 189248
    vcopy    r1, r2, 64
    li       r1, 197888
    li       r2, 181120
    vcopy    r1, r2, 64
    li       r1, 197952
    li       r2, 189312
    vcopy    r1, r2, 64
    li       r1, 198016
    li       r2, 181184
    vcopy    r1, r2, 64
    li       r1, 198080
    li       r2, 189376
    vcopy    r1, r2, 64
    li       r1, 198144
    li       r2, 181248
    vcopy    r1, r2, 64
    li       r1, 198208
    li       r2, 189440
    vcopy    r1, r2, 64
    li       r1, 198272
    li       r2, 181312
    vcopy    r1, r2, 64
    li       r1, 198336
    li       r2, 189504
    vcopy    r1, r2, 64
    li       r1, 198400
    li       r2, 181376
    vcopy    r1, r2, 64
    li       r1, 198464
    li       r2, 189568
    vcopy    r1, r2, 64
    li       r1, 198528
    li       r2, 181440
    vcopy    r1, r2, 64
    li       r1, 198592
    li       r2, 189632
    vcopy    r1, r2, 64
    li       r1, 198656
    li       r2, 181504
    vcopy    r1, r2, 64
    li       r1, 198720
    li       r2, 189696
    vcopy    r1, r2, 64
    li       r1, 198784
    li       r2, 181568
    vcopy    r1, r2, 64
    li       r1, 198848
    li       r2, 189760
    vcopy    r1, r2, 64
    li       r1, 198912
    li       r2, 181632
    vcopy    r1, r2, 64
    li       r1, 198976
    li       r2, 189824
    vcopy    r1, r2, 64
    li       r1, 199040
    li       r2, 181696
    vcopy    r1, r2, 64
    li       r1, 199104
    li       r2, 189888
    vcopy    r1, r2, 64
    li       r1, 199168
    li       r2, 181760
    vcopy    r1, r2, 64
    li       r1, 199232
    li       r2, 189952
    vcopy    r1, r2, 64
    li       r1, 199296
    li       r2, 181824
    vcopy    r1, r2, 64
    li       r1, 199360
    li       r2, 190016
    vcopy    r1, r2, 64
    li       r1, 199424
    li       r2, 181888
    vcopy    r1, r2, 64
    li       r1, 199488
    li       r2, 190080
    vcopy    r1, r2, 64
    li       r1, 199552
    li       r2, 181952
    vcopy    r1, r2, 64
    li       r1, 199616
    li       r2, 190144
    vcopy    r1, r2, 64
    li       r1, 199680
    li       r2, 182016
    vcopy    r1, r2, 64
    li       r1, 199744
    li       r2, 190208
    vcopy    r1, r2, 64
    li       r1, 199808
    li       r2, 182080
    vcopy    r1, r2, 64
    li       r1, 199872
    li       r2, 190272
    vcopy    r1, r2, 64
    li       r1, 199936
    li       r2, 182144
    vcopy    r1, r2, 64
    li       r1, 200000
    li       r2, 190336
    vcopy    r1, r2, 64
    li       r1, 200064
    li       r2, 182208
    vcopy    r1, r2, 64
    li       r1, 200128
    li       r2, 190400
    vcopy    r1, r2, 64
    li       r1, 200192
    li       r2, 182272
    vcopy    r1, r2, 64
    li       r1, 200256
    li       r2, 190464
    vcopy    r1, r2, 64
    li       r1, 200320
    li       r2, 182336
    vcopy    r1, r2, 64
    li       r1, 200384
    li       r2, 190528
    vcopy    r1, r2, 64
    li       r1, 200448
    li       r2, 182400
    vcopy    r1, r2, 64
    li       r1, 200512
    li       r2, 190592
    vcopy    r1, r2, 64
    li       r1, 200576
    li       r2, 182464
    vcopy    r1, r2, 64
    li       r1, 200640
    li       r2, 190656
    vcopy    r1, r2, 64
    li       r1, 200704
    li       r2, 182528
    vcopy    r1, r2, 64
    li       r1, 200768
    li       r2, 190720
    vcopy    r1, r2, 64
    li       r1, 200832
    li       r2, 182592
    vcopy    r1, r2, 64
    li       r1, 200896
    li       r2, 190784
    vcopy    r1, r2, 64
    li       r1, 200960
    li       r2, 182656
    vcopy    r1, r2, 64
    li       r1, 201024
    li       r2, 190848
    vcopy    r1, r2, 64
    li       r1, 201088
    li       r2, 182720
    vcopy    r1, r2, 64
    li       r1, 201152
    li       r2, 190912
    vcopy    r1, r2, 64
    li       r1, 201216
    li       r2, 182784
    vcopy    r1, r2, 64
    li       r1, 201280
    li       r2, 190976
    vcopy    r1, r2, 64
    li       r1, 201344
    li       r2, 182848
    vcopy    r1, r2, 64
    li       r1, 201408
    li       r2, 191040
    vcopy    r1, r2, 64
    li       r1, 201472
    li       r2, 182912
    vcopy    r1, r2, 64
    li       r1, 201536
    li       r2, 191104
    vcopy    r1, r2, 64
    li       r1, 201600
    li       r2, 182976
    vcopy    r1, r2, 64
    li       r1, 201664
    li       r2, 191168
    vcopy    r1, r2, 64
    li       r1, 201728
    li       r2, 183040
    vcopy    r1, r2, 64
    li       r1, 201792
    li       r2, 191232
    vcopy    r1, r2, 64
    li       r1, 201856
    li       r2, 183104
    vcopy    r1, r2, 64
    li       r1, 201920
    li       r2, 191296
    vcopy    r1, r2, 64
    li       r1, 201984
    li       r2, 183168
    vcopy    r1, r2, 64
    li       r1, 202048
    li       r2, 191360
    vcopy    r1, r2, 64
    li       r1, 202112
    li       r2, 183232
    vcopy    r1, r2, 64
    li       r1, 202176
    li       r2, 191424
    vcopy    r1, r2, 64
    li       r1, 202240
    li       r2, 183296
    vcopy    r1, r2, 64
    li       r1, 202304
    li       r2, 191488
    vcopy    r1, r2, 64
    li       r1, 202368
    li       r2, 183360
    vcopy    r1, r2, 64
    li       r1, 202432
    li       r2, 191552
    vcopy    r1, r2, 64
    li       r1, 202496
    li       r2, 183424
    vcopy    r1, r2, 64
    li       r1, 202560
    li       r2, 191616
    vcopy    r1, r2, 64
    li       r1, 202624
    li       r2, 183488
    vcopy    r1, r2, 64
    li       r1, 202688
    li       r2, 191680
    vcopy    r1, r2, 64
    li       r1, 202752
    li       r2, 183552
    vcopy    r1, r2, 64
    li       r1, 202816
    li       r2, 191744
    vcopy    r1, r2, 64
    li       r1, 202880
    li       r2, 183616
    vcopy    r1, r2, 64
    li       r1, 202944
    li       r2, 191808
    vcopy    r1, r2, 64
    li       r1, 203008
    li       r2, 183680
    vcopy    r1, r2, 64
    li       r1, 203072
    li       r2, 191872
    vcopy    r1, r2, 64
    li       r1, 203136
    li       r2, 183744
    vcopy    r1, r2, 64
    li       r1, 203200
    li       r2, 191936
    vcopy    r1, r2, 64
    li       r1, 203264
    li       r2, 183808
    vcopy    r1, r2, 64
    li       r1, 203328
    li       r2, 192000
    vcopy    r1, r2, 64
    li       r1, 203392
    li       r2, 183872
    vcopy    r1, r2, 64
    li       r1, 203456
    li       r2, 192064
    vcopy    r1, r2, 64
    li       r1, 203520
    li       r2, 183936
    vcopy    r1, r2, 64
    li       r1, 203584
    li       r2, 192128
    vcopy    r1, r2, 64
    li       r1, 203648
    li       r2, 184000
    vcopy    r1, r2, 64
    li       r1, 203712
    li       r2, 192192
    vcopy    r1, r2, 64
    li       r1, 203776
    li       r2, 184064
    vcopy    r1, r2, 64
    li       r1, 203840
    li       r2, 192256
    vcopy    r1, r2, 64
    li       r1, 203904
    li       r2, 184128
    vcopy    r1, r2, 64
    li       r1, 203968
    li       r2, 192320
    vcopy    r1, r2, 64
    li       r1, 204032
    li       r2, 184192
    vcopy    r1, r2, 64
    li       r1, 204096
    li       r2, 192384
    vcopy    r1, r2, 64
    li       r1, 204160
    li       r2, 184256
    vcopy    r1, r2, 64
    li       r1, 204224
    li       r2, 192448
    vcopy    r1, r2, 64
    li       r1, 204288
    li       r2, 184320
    vcopy    r1, r2, 64
    li       r1, 204352
    li       r2, 192512
    vcopy    r1, r2, 64
    li       r1, 204416
    li       r2, 184384
    vcopy    r1, r2, 64
    li       r1, 204480
    li       r2, 192576
    vcopy    r1, r2, 64
    li       r1, 204544
    li       r2, 184448
    vcopy    r1, r2, 64
    li       r1, 204608
    li       r2, 192640
    vcopy    r1, r2, 64
    li       r1, 204672
    li       r2, 184512
    vcopy    r1, r2, 64
    li       r1, 204736
    li       r2, 192704
    vcopy    r1, r2, 64
    li       r1, 204800
    li       r2, 184576
    vcopy    r1, r2, 64
    li       r1, 204864
    li       r2, 192768
    vcopy    r1, r2, 64
    li       r1, 204928
    li       r2, 184640
    vcopy    r1, r2, 64
    li       r1, 204992
    li       r2, 192832
    vcopy    r1, r2, 64
    li       r1, 205056
    li       r2, 184704
    vcopy    r1, r2, 64
    li       r1, 205120
    li       r2, 192896
    vcopy    r1, r2, 64
    li       r1, 205184
    li       r2, 184768
    vcopy    r1, r2, 64
    li       r1, 205248
    li       r2, 192960
    vcopy    r1, r2, 64
    li       r1, 205312
    li       r2, 184832
    vcopy    r1, r2, 64
    li       r1, 205376
    li       r2, 193024
    vcopy    r1, r2, 64
    li       r1, 205440
    li       r2, 184896
    vcopy    r1, r2, 64
    li       r1, 205504
    li       r2, 193088
    vcopy    r1, r2, 64
    li       r1, 205568
    li       r2, 184960
    vcopy    r1, r2, 64
    li       r1, 205632
    li       r2, 193152
    vcopy    r1, r2, 64
    li       r1, 205696
    li       r2, 185024
    vcopy    r1, r2, 64
    li       r1, 205760
    li       r2, 193216
    vcopy    r1, r2, 64
    li       r1, 205824
    li       r2, 185088
    vcopy    r1, r2, 64
    li       r1, 205888
    li       r2, 193280
    vcopy    r1, r2, 64
    li       r1, 205952
    li       r2, 185152
    vcopy    r1, r2, 64
    li       r1, 206016
    li       r2, 193344
    vcopy    r1, r2, 64
    li       r1, 206080
    li       r2, 185216
    vcopy    r1, r2, 64
    li       r1, 206144
    li       r2, 193408
    vcopy    r1, r2, 64
    li       r1, 206208
    li       r2, 185280
    vcopy    r1, r2, 64
    li       r1, 206272
    li       r2, 193472
    vcopy    r1, r2, 64
    li       r1, 206336
    li       r2, 185344
    vcopy    r1, r2, 64
    li       r1, 206400
    li       r2, 193536
    vcopy    r1, r2, 64
    li       r1, 206464
    li       r2, 185408
    vcopy    r1, r2, 64
    li       r1, 206528
    li       r2, 193600
    vcopy    r1, r2, 64
    li       r1, 206592
    li       r2, 185472
    vcopy    r1, r2, 64
    li       r1, 206656
    li       r2, 193664
    vcopy    r1, r2, 64
    li       r1, 206720
    li       r2, 185536
    vcopy    r1, r2, 64
    li       r1, 206784
    li       r2, 193728
    vcopy    r1, r2, 64
    li       r1, 206848
    li       r2, 185600
    vcopy    r1, r2, 64
    li       r1, 206912
    li       r2, 193792
    vcopy    r1, r2, 64
    li       r1, 206976
    li       r2, 185664
    vcopy    r1, r2, 64
    li       r1, 207040
    li       r2, 193856
    vcopy    r1, r2, 64
    li       r1, 207104
    li       r2, 185728
    vcopy    r1, r2, 64
    li       r1, 207168
    li       r2, 193920
    vcopy    r1, r2, 64
    li       r1, 207232
    li       r2, 185792
    vcopy    r1, r2, 64
    li       r1, 207296
    li       r2, 193984
    vcopy    r1, r2, 64
    li       r1, 207360
    li       r2, 185856
    vcopy    r1, r2, 64
    li       r1, 207424
    li       r2, 194048
    vcopy    r1, r2, 64
    li       r1, 207488
    li       r2, 185920
    vcopy    r1, r2, 64
    li       r1, 207552
    li       r2, 194112
    vcopy    r1, r2, 64
    li       r1, 207616
    li       r2, 185984
    vcopy    r1, r2, 64
    li       r1, 207680
    li       r2, 194176
    vcopy    r1, r2, 64
    li       r1, 207744
    li       r2, 186048
    vcopy    r1, r2, 64
    li       r1, 207808
    li       r2, 194240
    vcopy    r1, r2, 64
    li       r1, 207872
    li       r2, 186112
    vcopy    r1, r2, 64
    li       r1, 207936
    li       r2, 194304
    vcopy    r1, r2, 64
    li       r1, 208000
    li       r2, 186176
    vcopy    r1, r2, 64
    li       r1, 208064
    li       r2, 194368
    vcopy    r1, r2, 64
    li       r1, 208128
    li       r2, 186240
    vcopy    r1, r2, 64
    li       r1, 208192
    li       r2, 194432
    vcopy    r1, r2, 64
    li       r1, 208256
    li       r2, 186304
    vcopy    r1, r2, 64
    li       r1, 208320
    li       r2, 194496
    vcopy    r1, r2, 64
    li       r1, 208384
    li       r2, 186368
    vcopy    r1, r2, 64
    li       r1, 208448
    li       r2, 194560
    vcopy    r1, r2, 64
    li       r1, 208512
    li       r2, 186432
    vcopy    r1, r2, 64
    li       r1, 208576
    li       r2, 194624
    vcopy    r1, r2, 64
    li       r1, 208640
    li       r2, 186496
    vcopy    r1, r2, 64
    li       r1, 208704
    li       r2, 194688
    vcopy    r1, r2, 64
    li       r1, 208768
    li       r2, 186560
    vcopy    r1, r2, 64
    li       r1, 208832
    li       r2, 194752
    vcopy    r1, r2, 64
    li       r1, 208896
    li       r2, 186624
    vcopy    r1, r2, 64
    li       r1, 208960
    li       r2, 194816
    vcopy    r1, r2, 64
    li       r1, 209024
    li       r2, 186688
    vcopy    r1, r2, 64
    li       r1, 209088
    li       r2, 194880
    vcopy    r1, r2, 64
    li       r1, 209152
    li       r2, 186752
    vcopy    r1, r2, 64
    li       r1, 209216
    li       r2, 194944
    vcopy    r1, r2, 64
    li       r1, 209280
    li       r2, 186816
    vcopy    r1, r2, 64
    li       r1, 209344
    li       r2, 195008
    vcopy    r1, r2, 64
    li       r1, 209408
    li       r2, 186880
    vcopy    r1, r2, 64
    li       r1, 209472
    li       r2, 195072
    vcopy    r1, r2, 64
    li       r1, 209536
    li       r2, 186944
    vcopy    r1, r2, 64
    li       r1, 209600
    li       r2, 195136
    vcopy    r1, r2, 64
    li       r1, 209664
    li       r2, 187008
    vcopy    r1, r2, 64
    li       r1, 209728
    li       r2, 195200
    vcopy    r1, r2, 64
    li       r1, 209792
    li       r2, 187072
    vcopy    r1, r2, 64
    li       r1, 209856
    li       r2, 195264
    vcopy    r1, r2, 64
    li       r1, 209920
    li       r2, 187136
    vcopy    r1, r2, 64
    li       r1, 209984
    li       r2, 195328
    vcopy    r1, r2, 64
    li       r1, 210048
    li       r2, 187200
    vcopy    r1, r2, 64
    li       r1, 210112
    li       r2, 195392
    vcopy    r1, r2, 64
    li       r1, 210176
    li       r2, 187264
    vcopy    r1, r2, 64
    li       r1, 210240
    li       r2, 195456
    vcopy    r1, r2, 64
    li       r1, 210304
    li       r2, 187328
    vcopy    r1, r2, 64
    li       r1, 210368
    li       r2, 195520
    vcopy    r1, r2, 64
    li       r1, 210432
    li       r2, 187392
    vcopy    r1, r2, 64
    li       r1, 210496
    li       r2, 195584
    vcopy    r1, r2, 64
    li       r1, 210560
    li       r2, 187456
    vcopy    r1, r2, 64
    li       r1, 210624
    li       r2, 195648
    vcopy    r1, r2, 64
    li       r1, 210688
    li       r2, 187520
    vcopy    r1, r2, 64
    li       r1, 210752
    li       r2, 195712
    vcopy    r1, r2, 64
    li       r1, 210816
    li       r2, 187584
    vcopy    r1, r2, 64
    li       r1, 210880
    li       r2, 195776
    vcopy    r1, r2, 64
    li       r1, 210944
    li       r2, 187648
    vcopy    r1, r2, 64
    li       r1, 211008
    li       r2, 195840
    vcopy    r1, r2, 64
    li       r1, 211072
    li       r2, 187712
    vcopy    r1, r2, 64
    li       r1, 211136
    li       r2, 195904
    vcopy    r1, r2, 64
    li       r1, 211200
    li       r2, 187776
    vcopy    r1, r2, 64
    li       r1, 211264
    li       r2, 195968
    vcopy    r1, r2, 64
    li       r1, 211328
    li       r2, 187840
    vcopy    r1, r2, 64
    li       r1, 211392
    li       r2, 196032
    vcopy    r1, r2, 64
    li       r1, 211456
    li       r2, 187904
    vcopy    r1, r2, 64
    li       r1, 211520
    li       r2, 196096
    vcopy    r1, r2, 64
    li       r1, 211584
    li       r2, 187968
    vcopy    r1, r2, 64
    li       r1, 211648
    li       r2, 196160
    vcopy    r1, r2, 64
    li       r1, 211712
    li       r2, 188032
    vcopy    r1, r2, 64
    li       r1, 211776
    li       r2, 196224
    vcopy    r1, r2, 64
    li       r1, 211840
    li       r2, 188096
    vcopy    r1, r2, 64
    li       r1, 211904
    li       r2, 196288
    vcopy    r1, r2, 64
    li       r1, 211968
    li       r2, 188160
    vcopy    r1, r2, 64
    li       r1, 212032
    li       r2, 196352
    vcopy    r1, r2, 64
    li       r1, 212096
    li       r2, 188224
    vcopy    r1, r2, 64
    li       r1, 212160
    li       r2, 196416
    vcopy    r1, r2, 64
    li       r1, 212224
    li       r2, 188288
    vcopy    r1, r2, 64
    li       r1, 212288
    li       r2, 196480
    vcopy    r1, r2, 64
    li       r1, 212352
    li       r2, 188352
    vcopy    r1, r2, 64
    li       r1, 212416
    li       r2, 196544
    vcopy    r1, r2, 64
    li       r1, 212480
    li       r2, 188416
    vcopy    r1, r2, 64
    li       r1, 212544
    li       r2, 196608
    vcopy    r1, r2, 64
    li       r1, 212608
    li       r2, 188480
    vcopy    r1, r2, 64
    li       r1, 212672
    li       r2, 196672
    vcopy    r1, r2, 64
    li       r1, 212736
    li       r2, 188544
    vcopy    r1, r2, 64
    li       r1, 212800
    li       r2, 196736
    vcopy    r1, r2, 64
    li       r1, 212864
    li       r2, 188608
    vcopy    r1, r2, 64
    li       r1, 212928
    li       r2, 196800
    vcopy    r1, r2, 64
    li       r1, 212992
    li       r2, 188672
    vcopy    r1, r2, 64
    li       r1, 213056
    li       r2, 196864
    vcopy    r1, r2, 64
    li       r1, 213120
    li       r2, 188736
    vcopy    r1, r2, 64
    li       r1, 213184
    li       r2, 196928
    vcopy    r1, r2, 64
    li       r1, 213248
    li       r2, 188800
    vcopy    r1, r2, 64
    li       r1, 213312
    li       r2, 196992
    vcopy    r1, r2, 64
    li       r1, 213376
    li       r2, 188864
    vcopy    r1, r2, 64
    li       r1, 213440
    li       r2, 197056
    vcopy    r1, r2, 64
.layer 40
    li       r8, 0
    li       r9, 213760
    li       r10, 197120
    li       r3, 213504
L1611:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L1611
    li       r1, 213760
    send     r1, 14, 23, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L14
    halt

.tile 11
    prog     x0, 11
    xwin     x0, 0, 128, 0, 128
    li       r4, 54784
    li       r1, 32768
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 26
    li       r1, 16384
    recv     r1, 9, 19, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L13:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L13
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 32768
L26:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L26
.layer 31
    li       r1, 33024
    li       r2, 0
    vcopy    r1, r2, 64
    li       r1, 33088
    li       r2, 128
    vcopy    r1, r2, 64
    li       r1, 33152
    li       r2, 256
    vcopy    r1, r2, 64
    li       r1, 33216
    li       r2, 384
    vcopy    r1, r2, 64
    li       r1, 33280
    li       r2, 512
    vcopy    r1, r2, 64
    li       r1, 33344
    li       r2, 640
    vcopy    r1, r2, 64
    li       r1, 33408
    li       r2, 768
    vcopy    r1, r2, 64
    li       r1, 33472
    li       r2, 896
    vcopy    r1, r2, 64
    li       r1, 33536
    li       r2, 1024
    vcopy    r1, r2, 64
    li       r1, 33600
    li       r2, 1152
    vcopy    r1, r2, 64
    li       r1, 33664
    li       r2, 1280
    vcopy    r1, r2, 64
    li       r1, 33728
    li       r2, 1408
    vcopy    r1, r2, 64
    li       r1, 33792
    li       r2, 1536
    vcopy    r1, r2, 64
    li       r1, 33856
    li       r2, 1664
    vcopy    r1, r2, 64
    li       r1, 33920
    li       r2, 1792
    vcopy    r1, r2, 64
    li       r1, 33984
    li       r2, 1920
    vcopy    r1, r2, 64
    li       r1, 34048
    li       r2, 2048
    vcopy    r1, r2, 64
    li       r1, 34112
    li       r2, 2176
    vcopy    r1, r2, 64
    li       r1, 34176
    li       r2, 2304
    vcopy    r1, r2, 64
    li       r1, 34240
    li       r2, 2432
    vcopy    r1, r2, 64
    li       r1, 34304
    li       r2, 2560
    vcopy    r1, r2, 64
    li       r1, 34368
    li       r2, 2688
    vcopy    r1, r2, 64
    li       r1, 34432
    li       r2, 2816
    vcopy    r1, r2, 64
    li       r1, 34496
    li       r2, 2944
    vcopy    r1, r2, 64
    li       r1, 34560
    li       r2, 3072
    vcopy    r1, r2, 64
    li       r1, 34624
    li       r2, 3200
    vcopy    r1, r2, 64
    li       r1, 34688
    li       r2, 3328
    vcopy    r1, r2, 64
    li       r1, 34752
    li       r2, 3456
    vcopy    r1, r2, 64
    li       r1, 34816
    li       r2, 3584
    vcopy    r1, r2, 64
    li       r1, 34880
    li       r2, 3712
    vcopy    r1, r2, 64
    li       r1, 34944
    li       r2, 3840
    vcopy    r1, r2, 64
    li       r1, 35008
    li       r2, 3968
    vcopy    r1, r2, 64
    li       r1, 35072
    li       r2, 4096
    vcopy    r1, r2, 64
    li       r1, 35136
    li       r2, 4224
    vcopy    r1, r2, 64
    li       r1, 35200
    li       r2, 4352
    vcopy    r1, r2, 64
    li       r1, 35264
    li       r2, 4480
    vcopy    r1, r2, 64
    li       r1, 35328
    li       r2, 4608
    vcopy    r1, r2, 64
    li       r1, 35392
    li       r2, 4736
    vcopy    r1, r2, 64
    li       r1, 35456
    li       r2, 4864
    vcopy    r1, r2, 64
    li       r1, 35520
    li       r2, 4992
    vcopy    r1, r2, 64
    li       r1, 35584
    li       r2, 5120
    vcopy    r1, r2, 64
    li       r1, 35648
    li       r2, 5248
    vcopy    r1, r2, 64
    li       r1, 35712
    li       r2, 5376
    vcopy    r1, r2, 64
    li       r1, 35776
    li       r2, 5504
    vcopy    r1, r2, 64
    li       r1, 35840
    li       r2, 5632
    vcopy    r1, r2, 64
    li       r1, 35904
    li       r2, 5760
    vcopy    r1, r2, 64
    li       r1, 35968
    li       r2, 5888
    vcopy    r1, r2, 64
    li       r1, 36032
    li       r2, 6016
    vcopy    r1, r2, 64
    li       r1, 36096
    li       r2, 6144
    vcopy    r1, r2, 64
    li       r1, 36160
    li       r2, 6272
    vcopy    r1, r2, 64
    li       r1, 36224
    li       r2, 6400
    vcopy    r1, r2, 64
    li       r1, 36288
    li       r2, 6528
    vcopy    r1, r2, 64
    li       r1, 36352
    li       r2, 6656
    vcopy    r1, r2, 64
    li       r1, 36416
    li       r2, 6784
    vcopy    r1, r2, 64
    li       r1, 36480
    li       r2, 6912
    vcopy    r1, r2, 64
    li       r1, 36544
    li       r2, 7040
    vcopy    r1, r2, 64
    li       r1, 36608
    li       r2, 7168
    vcopy    r1, r2, 64
    li       r1, 36672
    li       r2, 7296
    vcopy    r1, r2, 64
    li       r1, 36736
    li       r2, 7424
    vcopy    r1, r2, 64
    li       r1, 36800
    li       r2, 7552
    vcopy    r1, r2, 64
    li       r1, 36864
    li       r2, 7680
    vcopy    r1, r2, 64
    li       r1, 36928
    li       r2, 7808
    vcopy    r1, r2, 64
    li       r1, 36992
    li       r2, 7936
    vcopy    r1, r2, 64
    li       r1, 37056
    li       r2, 8064
    vcopy    r1, r2, 64
    li       r1, 37120
    li       r2, 8192
    vcopy    r1, r2, 64
    li       r1, 37184
    li       r2, 8320
    vcopy    r1, r2, 64
    li       r1, 37248
    li       r2, 8448
    vcopy    r1, r2, 64
    li       r1, 37312
    li       r2, 8576
    vcopy    r1, r2, 64
    li       r1, 37376
    li       r2, 8704
    vcopy    r1, r2, 64
    li       r1, 37440
    li       r2, 8832
    vcopy    r1, r2, 64
    li       r1, 37504
    li       r2, 8960
    vcopy    r1, r2, 64
    li       r1, 37568
    li       r2, 9088
    vcopy    r1, r2, 64
    li       r1, 37632
    li       r2, 9216
    vcopy    r1, r2, 64
    li       r1, 37696
    li       r2, 9344
    vcopy    r1, r2, 64
    li       r1, 37760
    li       r2, 9472
    vcopy    r1, r2, 64
    li       r1, 37824
    li       r2, 9600
    vcopy    r1, r2, 64
    li       r1, 37888
    li       r2, 9728
    vcopy    r1, r2, 64
    li       r1, 37952
    li       r2, 9856
    vcopy    r1, r2, 64
    li       r1, 38016
    li       r2, 9984
    vcopy    r1, r2, 64
    li       r1, 38080
    li       r2, 10112
    vcopy    r1, r2, 64
    li       r1, 38144
    li       r2, 10240
    vcopy    r1, r2, 64
    li       r1, 38208
    li       r2, 10368
    vcopy    r1, r2, 64
    li       r1, 38272
    li       r2, 10496
    vcopy    r1, r2, 64
    li       r1, 38336
    li       r2, 10624
    vcopy    r1, r2, 64
    li       r1, 38400
    li       r2, 10752
    vcopy    r1, r2, 64
    li       r1, 38464
    li       r2, 10880
    vcopy    r1, r2, 64
    li       r1, 38528
    li       r2, 11008
    vcopy    r1, r2, 64
    li       r1, 38592
    li       r2, 11136
    vcopy    r1, r2, 64
    li       r1, 38656
    li       r2, 11264
    vcopy    r1, r2, 64
    li       r1, 38720
    li       r2, 11392
    vcopy    r1, r2, 64
    li       r1, 38784
    li       r2, 11520
    vcopy    r1, r2, 64
    li       r1, 38848
    li       r2, 11648
    vcopy    r1, r2, 64
    li       r1, 38912
    li       r2, 11776
    vcopy    r1, r2, 64
    li       r1, 38976
    li       r2, 11904
    vcopy    r1, r2, 64
    li       r1, 39040
    li       r2, 12032
    vcopy    r1, r2, 64
    li       r1, 39104
    li       r2, 12160
    vcopy    r1, r2, 64
    li       r1, 39168
    li       r2, 12288
    vcopy    r1, r2, 64
    li       r1, 39232
    li       r2, 12416
    vcopy    r1, r2, 64
    li       r1, 39296
    li       r2, 12544
    vcopy    r1, r2, 64
    li       r1, 39360
    li       r2, 12672
    vcopy    r1, r2, 64
    li       r1, 39424
    li       r2, 12800
    vcopy    r1, r2, 64
    li       r1, 39488
    li       r2, 12928
    vcopy    r1, r2, 64
    li       r1, 39552
    li       r2, 13056
    vcopy    r1, r2, 64
    li       r1, 39616
    li       r2, 13184
    vcopy    r1, r2, 64
    li       r1, 39680
    li       r2, 13312
    vcopy    r1, r2, 64
    li       r1, 39744
    li       r2, 13440
    vcopy    r1, r2, 64
    li       r1, 39808
    li       r2, 13568
    vcopy    r1, r2, 64
    li       r1, 39872
    li       r2, 13696
    vcopy    r1, r2, 64
    li       r1, 39936
    li       r2, 13824
    vcopy    r1, r2, 64
    li       r1, 40000
    li       r2, 13952
    vcopy    r1, r2, 64
    li       r1, 40064
    li       r2, 14080
    vcopy    r1, r2, 64
    li       r1, 40128
    li       r2, 14208
    vcopy    r1, r2, 64
    li       r1, 40192
    li       r2, 14336
    vcopy    r1, r2, 64
    li       r1, 40256
    li       r2, 14464
    vcopy    r1, r2, 64
    li       r1, 40320
    li       r2, 14592
    vcopy    r1, r2, 64
    li       r1, 40384
    li       r2, 14720
    vcopy    r1, r2, 64
    li       r1, 40448
    li       r2, 14848
    vcopy    r1, r2, 64
    li       r1, 40512
    li       r2, 14976
    vcopy    r1, r2, 64
    li       r1, 40576
    li       r2, 15104
    vcopy    r1, r2, 64
    li       r1, 40640
    li       r2, 15232
    vcopy    r1, r2, 64
    li       r1, 40704
    li       r2, 15360
    vcopy    r1, r2, 64
    li       r1, 40768
    li       r2, 15488
    vcopy    r1, r2, 64
    li       r1, 40832
    li       r2, 15616
    vcopy    r1, r2, 64
    li       r1, 40896
    li       r2, 15744
    vcopy    r1, r2, 64
    li       r1, 40960
    li       r2, 15872
    vcopy    r1, r2, 64
    li       r1, 41024
    li       r2, 16000
    vcopy    r1, r2, 64
    li       r1, 41088
    li       r2, 16128
    vcopy    r1, r2, 64
    li       r1, 41152
    li       r2, 16256
    vcopy    r1, r2, 64
    li       r1, 41216
    li       r2, 64
    vcopy    r1, r2, 64
    li       r1, 41280
    li       r2, 192
    vcopy    r1, r2, 64
    li       r1, 41344
    li       r2, 320
    vcopy    r1, r2, 64
    li       r1, 41408
    li       r2, 448
    vcopy    r1, r2, 64
    li       r1, 41472
    li       r2, 576
    vcopy    r1, r2, 64
    li       r1, 41536
    li       r2, 704
    vcopy    r1, r2, 64
    li       r1, 41600
    li       r2, 832
    vcopy    r1, r2, 64
    li       r1, 41664
    li       r2, 960
    vcopy    r1, r2, 64
    li       r1, 41728
    li       r2, 1088
    vcopy    r1, r2, 64
    li       r1, 41792
    li       r2, 1216
    vcopy    r1, r2, 64
    li       r1, 41856
    li       r2, 1344
    vcopy    r1, r2, 64
    li       r1, 41920
    li       r2, 1472
    vcopy    r1, r2, 64
    li       r1, 41984
    li       r2, 1600
    vcopy    r1, r2, 64
    li       r1, 42048
    li       r2, 1728
    vcopy    r1, r2, 64
    li       r1, 42112
    li       r2, 1856
    vcopy    r1, r2, 64
    li       r1, 42176
    li       r2, 1984
    vcopy    r1, r2, 64
    li       r1, 42240
    li       r2, 2112
    vcopy    r1, r2, 64
    li       r1, 42304
    li       r2, 2240
    vcopy    r1, r2, 64
    li       r1, 42368
    li       r2, 2368
    vcopy    r1, r2, 64
    li       r1, 42432
    li       r2, 2496
    vcopy    r1, r2, 64
    li       r1, 42496
    li       r2, 2624
    vcopy    r1, r2, 64
    li       r1, 42560
    li       r2, 2752
    vcopy    r1, r2, 64
    li       r1, 42624
    li       r2, 2880
    vcopy    r1, r2, 64
    li       r1, 42688
    li       r2, 3008
    vcopy    r1, r2, 64
    li       r1, 42752
    li       r2, 3136
    vcopy    r1, r2, 64
    li       r1, 42816
    li       r2, 3264
    vcopy    r1, r2, 64
    li       r1, 42880
    li       r2, 3392
    vcopy    r1, r2, 64
    li       r1, 42944
    li       r2, 3520
    vcopy    r1, r2, 64
    li       r1, 43008
    li       r2, 3648
    vcopy    r1, r2, 64
    li       r1, 43072
    li       r2, 3776
    vcopy    r1, r2, 64
    li       r1, 43136
    li       r2, 3904
    vcopy    r1, r2, 64
    li       r1, 43200
    li       r2, 4032
    vcopy    r1, r2, 64
    li       r1, 43264
    li       r2, 4160
    vcopy    r1, r2, 64
    li       r1, 43328
    li       r2, 4288
    vcopy    r1, r2, 64
    li       r1, 43392
    li       r2, 4416
    vcopy    r1, r2, 64
    li       r1, 43456
    li       r2, 4544
    vcopy    r1, r2, 64
    li       r1, 43520
    li       r2, 4672
    vcopy    r1, r2, 64
    li       r1, 43584
    li       r2, 4800
    vcopy    r1, r2, 64
    li       r1, 43648
    li       r2, 4928
    vcopy    r1, r2, 64
    li       r1, 43712
    li       r2, 5056
    vcopy    r1, r2, 64
    li       r1, 43776
    li       r2, 5184
    vcopy    r1, r2, 64
    li       r1, 43840
    li       r2, 5312
    vcopy    r1, r2, 64
    li       r1, 43904
    li       r2, 5440
    vcopy    r1, r2, 64
    li       r1, 43968
    li       r2, 5568
    vcopy    r1, r2, 64
    li       r1, 44032
    li       r2, 5696
    vcopy    r1, r2, 64
    li       r1, 44096
    li       r2, 5824
    vcopy    r1, r2, 64
    li       r1, 44160
    li       r2, 5952
    vcopy    r1, r2, 64
    li       r1, 44224
    li       r2, 6080
    vcopy    r1, r2, 64
    li       r1, 44288
    li       r2, 6208
    vcopy    r1, r2, 64
    li       r1, 44352
    li       r2, 6336
    vcopy    r1, r2, 64
    li       r1, 44416
    li       r2, 6464
    vcopy    r1, r2, 64
    li       r1, 44480
    li       r2, 6592
    vcopy    r1, r2, 64
    li       r1, 44544
    li       r2, 6720
    vcopy    r1, r2, 64
    li       r1, 44608
    li       r2, 6848
    vcopy    r1, r2, 64
    li       r1, 44672
    li       r2, 6976
    vcopy    r1, r2, 64
    li       r1, 44736
    li       r2, 7104
    vcopy    r1, r2, 64
    li       r1, 44800
    li       r2, 7232
    vcopy    r1, r2, 64
    li       r1, 44864
    li       r2, 7360
    vcopy    r1, r2, 64
    li       r1, 44928
    li       r2, 7488
    vcopy    r1, r2, 64
    li       r1, 44992
    li       r2, 7616
    vcopy    r1, r2, 64
    li       r1, 45056
    li       r2, 7744
    vcopy    r1, r2, 64
    li       r1, 45120
    li       r2, 7872
    vcopy    r1, r2, 64
    li       r1, 45184
    li       r2, 8000
    vcopy    r1, r2, 64
    li       r1, 45248
    li       r2, 8128
    vcopy    r1, r2, 64
    li       r1, 45312
    li       r2, 8256
    vcopy    r1, r2, 64
    li       r1, 45376
    li       r2, 8384
    vcopy    r1, r2, 64
    li       r1, 45440
    li       r2, 8512
    vcopy    r1, r2, 64
    li       r1, 45504
    li       r2, 8640
    vcopy    r1, r2, 64
    li       r1, 45568
    li       r2, 8768
    vcopy    r1, r2, 64
    li       r1, 45632
    li       r2, 8896
    vcopy    r1, r2, 64
    li       r1, 45696
    li       r2, 9024
    vcopy    r1, r2, 64
    li       r1, 45760
    li       r2, 9152
    vcopy    r1, r2, 64
    li       r1, 45824
    li       r2, 9280
    vcopy    r1, r2, 64
    li       r1, 45888
    li       r2, 9408
    vcopy    r1, r2, 64
    li       r1, 45952
    li       r2, 9536
    vcopy    r1, r2, 64
    li       r1, 46016
    li       r2, 9664
    vcopy    r1, r2, 64
    li       r1, 46080
    li       r2, 9792
    vcopy    r1, r2, 64
    li       r1, 46144
    li       r2, 9920
    vcopy    r1, r2, 64
    li       r1, 46208
    li       r2, 10048
    vcopy    r1, r2, 64
    li       r1, 46272
    li       r2, 10176
    vcopy    r1, r2, 64
    li       r1, 46336
    li       r2, 10304
    vcopy    r1, r2, 64
    li       r1, 46400
    li       r2, 10432
    vcopy    r1, r2, 64
    li       r1, 46464
    li       r2, 10560
    vcopy    r1, r2, 64
    li       r1, 46528
    li       r2, 10688
    vcopy    r1, r2, 64
    li       r1, 46592
    li       r2, 10816
    vcopy    r1, r2, 64
    li       r1, 46656
    li       r2, 10944
    vcopy    r1, r2, 64
    li       r1, 46720
    li       r2, 11072
    vcopy    r1, r2, 64
    li       r1, 46784
    li       r2, 11200
    vcopy    r1, r2, 64
    li       r1, 46848
    li       r2, 11328
    vcopy    r1, r2, 64
    li       r1, 46912
    li       r2, 11456
    vcopy    r1, r2, 64
    li       r1, 46976
    li       r2, 11584
    vcopy    r1, r2, 64
    li       r1, 47040
    li       r2, 11712
    vcopy    r1, r2, 64
    li       r1, 47104
    li       r2, 11840
    vcopy    r1, r2, 64
    li       r1, 47168
    li       r2, 11968
    vcopy    r1, r2, 64
    li       r1, 47232
    li       r2, 12096
    vcopy    r1, r2, 64
    li       r1, 47296
    li       r2, 12224
    vcopy    r1, r2, 64
    li       r1, 47360
    li       r2, 12352
    vcopy    r1, r2, 64
    li       r1, 47424
    li       r2, 12480
    vcopy    r1, r2, 64
    li       r1, 47488
    li       r2, 12608
    vcopy    r1, r2, 64
    li       r1, 47552
    li       r2, 12736
    vcopy    r1, r2, 64
    li       r1, 47616
    li       r2, 12864
    vcopy    r1, r2, 64
    li       r1, 47680
    li       r2, 12992
    vcopy    r1, r2, 64
    li       r1, 47744
    li       r2, 13120
    vcopy    r1, r2, 64
    li       r1, 47808
    li       r2, 13248
    vcopy    r1, r2, 64
    li       r1, 47872
    li       r2, 13376
    vcopy    r1, r2, 64
    li       r1, 47936
    li       r2, 13504
    vcopy    r1, r2, 64
    li       r1, 48000
    li       r2, 13632
    vcopy    r1, r2, 64
    li       r1, 48064
    li       r2, 13760
    vcopy    r1, r2, 64
    li       r1, 48128
    li       r2, 13888
    vcopy    r1, r2, 64
    li       r1, 48192
    li       r2, 14016
    vcopy    r1, r2, 64
    li       r1, 48256
    li       r2, 14144
    vcopy    r1, r2, 64
    li       r1, 48320
    li       r2, 14272
    vcopy    r1, r2, 64
    li       r1, 48384
    li       r2, 14400
    vcopy    r1, r2, 64
    li       r1, 48448
    li       r2, 14528
    vcopy    r1, r2, 64
    li       r1, 48512
    li       r2, 14656
    vcopy    r1, r2, 64
    li       r1, 48576
    li       r2, 14784
    vcopy    r1, r2, 64
    li       r1, 48640
    li       r2, 14912
    vcopy    r1, r2, 64
    li       r1, 48704
    li       r2, 15040
    vcopy    r1, r2, 64
    li       r1, 48768
    li       r2, 15168
    vcopy    r1, r2, 64
    li       r1, 48832
    li       r2, 15296
    vcopy    r1, r2, 64
    li       r1, 48896
    li       r2, 15424
    vcopy    r1, r2, 64
    li       r1, 48960
    li       r2, 15552
    vcopy    r1, r2, 64
    li       r1, 49024
    li       r2, 15680
    vcopy    r1, r2, 64
    li       r1, 49088
    li       r2, 15808
    vcopy    r1, r2, 64
    li       r1, 49152
    li       r2, 15936
    vcopy    r1, r2, 64
    li       r1, 49216
    li       r2, 16064
    vcopy    r1, r2, 64
    li       r1, 49280
    li       r2, 16192
    vcopy    r1, r2, 64
    li       r1, 49344
    li       r2, 16320
    vcopy    r1, r2, 64
.layer 34
    li       r1, 33024
    send     r1, 10, 21, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 12
    prog     x0, 15
    xwin     x0, 0, 512, 0, 128
    li       r4, 58624
    li       r1, 81920
    ld       r1, r4, dram, 256
    li       r4, 58880
    li       r1, 114944
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 45
    li       r1, 16384
    recv     r1, 13, 26, 65535
    li       r1, 81919
    recv     r1, 13, 26, 1
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L18:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L18
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 81920
L31:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L31
.layer 46
    li       r1, 82176
    recv     r1, 14, 27, 16384
    li       r1, 98560
    li       r2, 0
    li       r3, 82176
    vadd     r1, r2, r3, 16384
.layer 47
    li       r1, 115200
    li       r2, 98560
    li       r3, 114944
    vlnorm   r1, r2, r3, 128, 128
    li       r4, 16384
    mul      r4, r15, r4
    addi     r4, r4, 16384
    li       r1, 115200
    st       r4, r1, dram, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 13
    prog     x0, 14
    xwin     x0, 0, 128, 0, 512
    li       r4, 56576
    li       r1, 81920
    ld       r1, r4, dram, 1024
    li       r4, 57600
    li       r1, 148480
    ld       r1, r4, dram, 1024
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 43
    li       r1, 65536
    recv     r1, 14, 25, 16384
    li       r10, 65536
    li       r12, 0
    li       r8, 0
L16:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L16
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 81920
L29:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L29
.layer 44
    li       r1, 82944
    li       r2, 0
    vgelu    r1, r2, 65535
    li       r1, 148479
    li       r2, 65535
    vgelu    r1, r2, 1
.layer 45
    li       r8, 0
    li       r9, 149504
    li       r10, 82944
    li       r3, 148480
L45:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L45
    li       r1, 149504
    send     r1, 12, 26, 65535
    li       r1, 215039
    send     r1, 12, 26, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 14
    prog     x0, 13
    xwin     x0, 0, 128, 0, 128
    li       r4, 55808
    li       r1, 32768
    ld       r1, r4, dram, 256
    li       r4, 56064
    li       r1, 65792
    ld       r1, r4, dram, 256
    li       r4, 56320
    li       r1, 82432
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L14:
.layer 40
    li       r1, 16384
    recv     r1, 10, 23, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L19:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L19
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 32768
L32:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L32
.layer 41
    li       r1, 33024
    recv     r1, 9, 24, 16384
    li       r1, 49408
    li       r2, 0
    li       r3, 33024
    vadd     r1, r2, r3, 16384
.layer 42
    li       r1, 66048
    li       r2, 49408
    li       r3, 65792
    vlnorm   r1, r2, r3, 128, 128
.layer 43
    li       r8, 0
    li       r9, 82688
    li       r10, 66048
    li       r3, 82432
L52:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L52
    li       r1, 82688
    send     r1, 13, 25, 16384
.layer 46
    li       r1, 66048
    send     r1, 12, 27, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L14
    halt

.tile 15
    prog     x0, 12
    xwin     x0, 0, 128, 0, 128
    li       r4, 55040
    li       r1, 32768
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 27
    li       r1, 16384
    recv     r1, 9, 20, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L13:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L13
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 32768
L26:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L26
.layer 33
    li       r1, 33024
    li       r2, 0
    vcopy    r1, r2, 64
    li       r1, 33088
    li       r2, 128
    vcopy    r1, r2, 64
    li       r1, 33152
    li       r2, 256
    vcopy    r1, r2, 64
    li       r1, 33216
    li       r2, 384
    vcopy    r1, r2, 64
    li       r1, 33280
    li       r2, 512
    vcopy    r1, r2, 64
    li       r1, 33344
    li       r2, 640
    vcopy    r1, r2, 64
    li       r1, 33408
    li       r2, 768
    vcopy    r1, r2, 64
    li       r1, 33472
    li       r2, 896
    vcopy    r1, r2, 64
    li       r1, 33536
    li       r2, 1024
    vcopy    r1, r2, 64
    li       r1, 33600
    li       r2, 1152
    vcopy    r1, r2, 64
    li       r1, 33664
    li       r2, 1280
    vcopy    r1, r2, 64
    li       r1, 33728
    li       r2, 1408
    vcopy    r1, r2, 64
    li       r1, 33792
    li       r2, 1536
    vcopy    r1, r2, 64
    li       r1, 33856
    li       r2, 1664
    vcopy    r1, r2, 64
    li       r1, 33920
    li       r2, 1792
    vcopy    r1, r2, 64
    li       r1, 33984
    li       r2, 1920
    vcopy    r1, r2, 64
    li       r1, 34048
    li       r2, 2048
    vcopy    r1, r2, 64
    li       r1, 34112
    li       r2, 2176
    vcopy    r1, r2, 64
    li       r1, 34176
    li       r2, 2304
    vcopy    r1, r2, 64
    li       r1, 34240
    li       r2, 2432
    vcopy    r1, r2, 64
    li       r1, 34304
    li       r2, 2560
    vcopy    r1, r2, 64
    li       r1, 34368
    li       r2, 2688
    vcopy    r1, r2, 64
    li       r1, 34432
    li       r2, 2816
    vcopy    r1, r2, 64
    li       r1, 34496
    li       r2, 2944
    vcopy    r1, r2, 64
    li       r1, 34560
    li       r2, 3072
    vcopy    r1, r2, 64
    li       r1, 34624
    li       r2, 3200
    vcopy    r1, r2, 64
    li       r1, 34688
    li       r2, 3328
    vcopy    r1, r2, 64
    li       r1, 34752
    li       r2, 3456
    vcopy    r1, r2, 64
    li       r1, 34816
    li       r2, 3584
    vcopy    r1, r2, 64
    li       r1, 34880
    li       r2, 3712
    vcopy    r1, r2, 64
    li       r1, 34944
    li       r2, 3840
    vcopy    r1, r2, 64
    li       r1, 35008
    li       r2, 3968
    vcopy    r1, r2, 64
    li       r1, 35072
    li       r2, 4096
    vcopy    r1, r2, 64
    li       r1, 35136
    li       r2, 4224
    vcopy    r1, r2, 64
    li       r1, 35200
    li       r2, 4352
    vcopy    r1, r2, 64
    li       r1, 35264
    li       r2, 4480
    vcopy    r1, r2, 64
    li       r1, 35328
    li       r2, 4608
    vcopy    r1, r2, 64
    li       r1, 35392
    li       r2, 4736
    vcopy    r1, r2, 64
    li       r1, 35456
    li       r2, 4864
    vcopy    r1, r2, 64
    li       r1, 35520
    li       r2, 4992
    vcopy    r1, r2, 64
    li       r1, 35584
    li       r2, 5120
    vcopy    r1, r2, 64
    li       r1, 35648
    li       r2, 5248
    vcopy    r1, r2, 64
    li       r1, 35712
    li       r2, 5376
    vcopy    r1, r2, 64
    li       r1, 35776
    li       r2, 5504
    vcopy    r1, r2, 64
    li       r1, 35840
    li       r2, 5632
    vcopy    r1, r2, 64
    li       r1, 35904
    li       r2, 5760
    vcopy    r1, r2, 64
    li       r1, 35968
    li       r2, 5888
    vcopy    r1, r2, 64
    li       r1, 36032
    li       r2, 6016
    vcopy    r1, r2, 64
    li       r1, 36096
    li       r2, 6144
    vcopy    r1, r2, 64
    li       r1, 36160
    li       r2, 6272
    vcopy    r1, r2, 64
    li       r1, 36224
    li       r2, 6400
    vcopy    r1, r2, 64
    li       r1, 36288
    li       r2, 6528
    vcopy    r1, r2, 64
    li       r1, 36352
    li       r2, 6656
    vcopy    r1, r2, 64
    li       r1, 36416
    li       r2, 6784
    vcopy    r1, r2, 64
    li       r1, 36480
    li       r2, 6912
    vcopy    r1, r2, 64
    li       r1, 36544
    li       r2, 7040
    vcopy    r1, r2, 64
    li       r1, 36608
    li       r2, 7168
    vcopy    r1, r2, 64
    li       r1, 36672
    li       r2, 7296
    vcopy    r1, r2, 64
    li       r1, 36736
    li       r2, 7424
    vcopy    r1, r2, 64
    li       r1, 36800
    li       r2, 7552
    vcopy    r1, r2, 64
    li       r1, 36864
    li       r2, 7680
    vcopy    r1, r2, 64
    li       r1, 36928
    li       r2, 7808
    vcopy    r1, r2, 64
    li       r1, 36992
    li       r2, 7936
    vcopy    r1, r2, 64
    li       r1, 37056
    li       r2, 8064
    vcopy    r1, r2, 64
    li       r1, 37120
    li       r2, 8192
    vcopy    r1, r2, 64
    li       r1, 37184
    li       r2, 8320
    vcopy    r1, r2, 64
    li       r1, 37248
    li       r2, 8448
    vcopy    r1, r2, 64
    li       r1, 37312
    li       r2, 8576
    vcopy    r1, r2, 64
    li       r1, 37376
    li       r2, 8704
    vcopy    r1, r2, 64
    li       r1, 37440
    li       r2, 8832
    vcopy    r1, r2, 64
    li       r1, 37504
    li       r2, 8960
    vcopy    r1, r2, 64
    li       r1, 37568
    li       r2, 9088
    vcopy    r1, r2, 64
    li       r1, 37632
    li       r2, 9216
    vcopy    r1, r2, 64
    li       r1, 37696
    li       r2, 9344
    vcopy    r1, r2, 64
    li       r1, 37760
    li       r2, 9472
    vcopy    r1, r2, 64
    li       r1, 37824
    li       r2, 9600
    vcopy    r1, r2, 64
    li       r1, 37888
    li       r2, 9728
    vcopy    r1, r2, 64
    li       r1, 37952
    li       r2, 9856
    vcopy    r1, r2, 64
    li       r1, 38016
    li       r2, 9984
    vcopy    r1, r2, 64
    li       r1, 38080
    li       r2, 10112
    vcopy    r1, r2, 64
    li       r1, 38144
    li       r2, 10240
    vcopy    r1, r2, 64
    li       r1, 38208
    li       r2, 10368
    vcopy    r1, r2, 64
    li       r1, 38272
    li       r2, 10496
    vcopy    r1, r2, 64
    li       r1, 38336
    li       r2, 10624
    vcopy    r1, r2, 64
    li       r1, 38400
    li       r2, 10752
    vcopy    r1, r2, 64
    li       r1, 38464
    li       r2, 10880
    vcopy    r1, r2, 64
    li       r1, 38528
    li       r2, 11008
    vcopy    r1, r2, 64
    li       r1, 38592
    li       r2, 11136
    vcopy    r1, r2, 64
    li       r1, 38656
    li       r2, 11264
    vcopy    r1, r2, 64
    li       r1, 38720
    li       r2, 11392
    vcopy    r1, r2, 64
    li       r1, 38784
    li       r2, 11520
    vcopy    r1, r2, 64
    li       r1, 38848
    li       r2, 11648
    vcopy    r1, r2, 64
    li       r1, 38912
    li       r2, 11776
    vcopy    r1, r2, 64
    li       r1, 38976
    li       r2, 11904
    vcopy    r1, r2, 64
    li       r1, 39040
    li       r2, 12032
    vcopy    r1, r2, 64
    li       r1, 39104
    li       r2, 12160
    vcopy    r1, r2, 64
    li       r1, 39168
    li       r2, 12288
    vcopy    r1, r2, 64
    li       r1, 39232
    li       r2, 12416
    vcopy    r1, r2, 64
    li       r1, 39296
    li       r2, 12544
    vcopy    r1, r2, 64
    li       r1, 39360
    li       r2, 12672
    vcopy    r1, r2, 64
    li       r1, 39424
    li       r2, 12800
    vcopy    r1, r2, 64
    li       r1, 39488
    li       r2, 12928
    vcopy    r1, r2, 64
    li       r1, 39552
    li       r2, 13056
    vcopy    r1, r2, 64
    li       r1, 39616
    li       r2, 13184
    vcopy    r1, r2, 64
    li       r1, 39680
    li       r2, 13312
    vcopy    r1, r2, 64
    li       r1, 39744
    li       r2, 13440
    vcopy    r1, r2, 64
    li       r1, 39808
    li       r2, 13568
    vcopy    r1, r2, 64
    li       r1, 39872
    li       r2, 13696
    vcopy    r1, r2, 64
    li       r1, 39936
    li       r2, 13824
    vcopy    r1, r2, 64
    li       r1, 40000
    li       r2, 13952
    vcopy    r1, r2, 64
    li       r1, 40064
    li       r2, 14080
    vcopy    r1, r2, 64
    li       r1, 40128
    li       r2, 14208
    vcopy    r1, r2, 64
    li       r1, 40192
    li       r2, 14336
    vcopy    r1, r2, 64
    li       r1, 40256
    li       r2, 14464
    vcopy    r1, r2, 64
    li       r1, 40320
    li       r2, 14592
    vcopy    r1, r2, 64
    li       r1, 40384
    li       r2, 14720
    vcopy    r1, r2, 64
    li       r1, 40448
    li       r2, 14848
    vcopy    r1, r2, 64
    li       r1, 40512
    li       r2, 14976
    vcopy    r1, r2, 64
    li       r1, 40576
    li       r2, 15104
    vcopy    r1, r2, 64
    li       r1, 40640
    li       r2, 15232
    vcopy    r1, r2, 64
    li       r1, 40704
    li       r2, 15360
    vcopy    r1, r2, 64
    li       r1, 40768
    li       r2, 15488
    vcopy    r1, r2, 64
    li       r1, 40832
    li       r2, 15616
    vcopy    r1, r2, 64
    li       r1, 40896
    li       r2, 15744
    vcopy    r1, r2, 64
    li       r1, 40960
    li       r2, 15872
    vcopy    r1, r2, 64
    li       r1, 41024
    li       r2, 16000
    vcopy    r1, r2, 64
    li       r1, 41088
    li       r2, 16128
    vcopy    r1, r2, 64
    li       r1, 41152
    li       r2, 16256
    vcopy    r1, r2, 64
    li       r1, 41216
    li       r2, 64
    vcopy    r1, r2, 64
    li       r1, 41280
    li       r2, 192
    vcopy    r1, r2, 64
    li       r1, 41344
    li       r2, 320
    vcopy    r1, r2, 64
    li       r1, 41408
    li       r2, 448
    vcopy    r1, r2, 64
    li       r1, 41472
    li       r2, 576
    vcopy    r1, r2, 64
    li       r1, 41536
    li       r2, 704
    vcopy    r1, r2, 64
    li       r1, 41600
    li       r2, 832
    vcopy    r1, r2, 64
    li       r1, 41664
    li       r2, 960
    vcopy    r1, r2, 64
    li       r1, 41728
    li       r2, 1088
    vcopy    r1, r2, 64
    li       r1, 41792
    li       r2, 1216
    vcopy    r1, r2, 64
    li       r1, 41856
    li       r2, 1344
    vcopy    r1, r2, 64
    li       r1, 41920
    li       r2, 1472
    vcopy    r1, r2, 64
    li       r1, 41984
    li       r2, 1600
    vcopy    r1, r2, 64
    li       r1, 42048
    li       r2, 1728
    vcopy    r1, r2, 64
    li       r1, 42112
    li       r2, 1856
    vcopy    r1, r2, 64
    li       r1, 42176
    li       r2, 1984
    vcopy    r1, r2, 64
    li       r1, 42240
    li       r2, 2112
    vcopy    r1, r2, 64
    li       r1, 42304
    li       r2, 2240
    vcopy    r1, r2, 64
    li       r1, 42368
    li       r2, 2368
    vcopy    r1, r2, 64
    li       r1, 42432
    li       r2, 2496
    vcopy    r1, r2, 64
    li       r1, 42496
    li       r2, 2624
    vcopy    r1, r2, 64
    li       r1, 42560
    li       r2, 2752
    vcopy    r1, r2, 64
    li       r1, 42624
    li       r2, 2880
    vcopy    r1, r2, 64
    li       r1, 42688
    li       r2, 3008
    vcopy    r1, r2, 64
    li       r1, 42752
    li       r2, 3136
    vcopy    r1, r2, 64
    li       r1, 42816
    li       r2, 3264
    vcopy    r1, r2, 64
    li       r1, 42880
    li       r2, 3392
    vcopy    r1, r2, 64
    li       r1, 42944
    li       r2, 3520
    vcopy    r1, r2, 64
    li       r1, 43008
    li       r2, 3648
    vcopy    r1, r2, 64
    li       r1, 43072
    li       r2, 3776
    vcopy    r1, r2, 64
    li       r1, 43136
    li       r2, 3904
    vcopy    r1, r2, 64
    li       r1, 43200
    li       r2, 4032
    vcopy    r1, r2, 64
    li       r1, 43264
    li       r2, 4160
    vcopy    r1, r2, 64
    li       r1, 43328
    li       r2, 4288
    vcopy    r1, r2, 64
    li       r1, 43392
    li       r2, 4416
    vcopy    r1, r2, 64
    li       r1, 43456
    li       r2, 4544
    vcopy    r1, r2, 64
    li       r1, 43520
    li       r2, 4672
    vcopy    r1, r2, 64
    li       r1, 43584
    li       r2, 4800
    vcopy    r1, r2, 64
    li       r1, 43648
    li       r2, 4928
    vcopy    r1, r2, 64
    li       r1, 43712
    li       r2, 5056
    vcopy    r1, r2, 64
    li       r1, 43776
    li       r2, 5184
    vcopy    r1, r2, 64
    li       r1, 43840
    li       r2, 5312
    vcopy    r1, r2, 64
    li       r1, 43904
    li       r2, 5440
    vcopy    r1, r2, 64
    li       r1, 43968
    li       r2, 5568
    vcopy    r1, r2, 64
    li       r1, 44032
    li       r2, 5696
    vcopy    r1, r2, 64
    li       r1, 44096
    li       r2, 5824
    vcopy    r1, r2, 64
    li       r1, 44160
    li       r2, 5952
    vcopy    r1, r2, 64
    li       r1, 44224
    li       r2, 6080
    vcopy    r1, r2, 64
    li       r1, 44288
    li       r2, 6208
    vcopy    r1, r2, 64
    li       r1, 44352
    li       r2, 6336
    vcopy    r1, r2, 64
    li       r1, 44416
    li       r2, 6464
    vcopy    r1, r2, 64
    li       r1, 44480
    li       r2, 6592
    vcopy    r1, r2, 64
    li       r1, 44544
    li       r2, 6720
    vcopy    r1, r2, 64
    li       r1, 44608
    li       r2, 6848
    vcopy    r1, r2, 64
    li       r1, 44672
    li       r2, 6976
    vcopy    r1, r2, 64
    li       r1, 44736
    li       r2, 7104
    vcopy    r1, r2, 64
    li       r1, 44800
    li       r2, 7232
    vcopy    r1, r2, 64
    li       r1, 44864
    li       r2, 7360
    vcopy    r1, r2, 64
    li       r1, 44928
    li       r2, 7488
    vcopy    r1, r2, 64
    li       r1, 44992
    li       r2, 7616
    vcopy    r1, r2, 64
    li       r1, 45056
    li       r2, 7744
    vcopy    r1, r2, 64
    li       r1, 45120
    li       r2, 7872
    vcopy    r1, r2, 64
    li       r1, 45184
    li       r2, 8000
    vcopy    r1, r2, 64
    li       r1, 45248
    li       r2, 8128
    vcopy    r1, r2, 64
    li       r1, 45312
    li       r2, 8256
    vcopy    r1, r2, 64
    li       r1, 45376
    li       r2, 8384
    vcopy    r1, r2, 64
    li       r1, 45440
    li       r2, 8512
    vcopy    r1, r2, 64
    li       r1, 45504
    li       r2, 8640
    vcopy    r1, r2, 64
    li       r1, 45568
    li       r2, 8768
    vcopy    r1, r2, 64
    li       r1, 45632
    li       r2, 8896
    vcopy    r1, r2, 64
    li       r1, 45696
    li       r2, 9024
    vcopy    r1, r2, 64
    li       r1, 45760
    li       r2, 9152
    vcopy    r1, r2, 64
    li       r1, 45824
    li       r2, 9280
    vcopy    r1, r2, 64
    li       r1, 45888
    li       r2, 9408
    vcopy    r1, r2, 64
    li       r1, 45952
    li       r2, 9536
    vcopy    r1, r2, 64
    li       r1, 46016
    li       r2, 9664
    vcopy    r1, r2, 64
    li       r1, 46080
    li       r2, 9792
    vcopy    r1, r2, 64
    li       r1, 46144
    li       r2, 9920
    vcopy    r1, r2, 64
    li       r1, 46208
    li       r2, 10048
    vcopy    r1, r2, 64
    li       r1, 46272
    li       r2, 10176
    vcopy    r1, r2, 64
    li       r1, 46336
    li       r2, 10304
    vcopy    r1, r2, 64
    li       r1, 46400
    li       r2, 10432
    vcopy    r1, r2, 64
    li       r1, 46464
    li       r2, 10560
    vcopy    r1, r2, 64
    li       r1, 46528
    li       r2, 10688
    vcopy    r1, r2, 64
    li       r1, 46592
    li       r2, 10816
    vcopy    r1, r2, 64
    li       r1, 46656
    li       r2, 10944
    vcopy    r1, r2, 64
    li       r1, 46720
    li       r2, 11072
    vcopy    r1, r2, 64
    li       r1, 46784
    li       r2, 11200
    vcopy    r1, r2, 64
    li       r1, 46848
    li       r2, 11328
    vcopy    r1, r2, 64
    li       r1, 46912
    li       r2, 11456
    vcopy    r1, r2, 64
    li       r1, 46976
    li       r2, 11584
    vcopy    r1, r2, 64
    li       r1, 47040
    li       r2, 11712
    vcopy    r1, r2, 64
    li       r1, 47104
    li       r2, 11840
    vcopy    r1, r2, 64
    li       r1, 47168
    li       r2, 11968
    vcopy    r1, r2, 64
    li       r1, 47232
    li       r2, 12096
    vcopy    r1, r2, 64
    li       r1, 47296
    li       r2, 12224
    vcopy    r1, r2, 64
    li       r1, 47360
    li       r2, 12352
    vcopy    r1, r2, 64
    li       r1, 47424
    li       r2, 12480
    vcopy    r1, r2, 64
    li       r1, 47488
    li       r2, 12608
    vcopy    r1, r2, 64
    li       r1, 47552
    li       r2, 12736
    vcopy    r1, r2, 64
    li       r1, 47616
    li       r2, 12864
    vcopy    r1, r2, 64
    li       r1, 47680
    li       r2, 12992
    vcopy    r1, r2, 64
    li       r1, 47744
    li       r2, 13120
    vcopy    r1, r2, 64
    li       r1, 47808
    li       r2, 13248
    vcopy    r1, r2, 64
    li       r1, 47872
    li       r2, 13376
    vcopy    r1, r2, 64
    li       r1, 47936
    li       r2, 13504
    vcopy    r1, r2, 64
    li       r1, 48000
    li       r2, 13632
    vcopy    r1, r2, 64
    li       r1, 48064
    li       r2, 13760
    vcopy    r1, r2, 64
    li       r1, 48128
    li       r2, 13888
    vcopy    r1, r2, 64
    li       r1, 48192
    li       r2, 14016
    vcopy    r1, r2, 64
    li       r1, 48256
    li       r2, 14144
    vcopy    r1, r2, 64
    li       r1, 48320
    li       r2, 14272
    vcopy    r1, r2, 64
    li       r1, 48384
    li       r2, 14400
    vcopy    r1, r2, 64
    li       r1, 48448
    li       r2, 14528
    vcopy    r1, r2, 64
    li       r1, 48512
    li       r2, 14656
    vcopy    r1, r2, 64
    li       r1, 48576
    li       r2, 14784
    vcopy    r1, r2, 64
    li       r1, 48640
    li       r2, 14912
    vcopy    r1, r2, 64
    li       r1, 48704
    li       r2, 15040
    vcopy    r1, r2, 64
    li       r1, 48768
    li       r2, 15168
    vcopy    r1, r2, 64
    li       r1, 48832
    li       r2, 15296
    vcopy    r1, r2, 64
    li       r1, 48896
    li       r2, 15424
    vcopy    r1, r2, 64
    li       r1, 48960
    li       r2, 15552
    vcopy    r1, r2, 64
    li       r1, 49024
    li       r2, 15680
    vcopy    r1, r2, 64
    li       r1, 49088
    li       r2, 15808
    vcopy    r1, r2, 64
    li       r1, 49152
    li       r2, 15936
    vcopy    r1, r2, 64
    li       r1, 49216
    li       r2, 16064
    vcopy    r1, r2, 64
    li       r1, 49280
    li       r2, 16192
    vcopy    r1, r2, 64
    li       r1, 49344
    li       r2, 16320
    vcopy    r1, r2, 64
.layer 37
    li       r1, 33024
    send     r1, 10, 22, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt
