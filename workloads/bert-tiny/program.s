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
    li       r1, 82176
    ld       r1, r4, dram, 256
    li       r4, 50176
    li       r1, 147968
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
    li       r10, 49408
    li       r12, 65792
    li       r8, 0
L33:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 64
    blt      r8, r13, L33
    li       r1, 49408
    send     r1, 1, 1, 16384
    li       r1, 73984
    recv     r1, 1, 2, 8192
    li       r8, 0
    li       r9, 65792
    li       r10, 65792
    li       r3, 82176
L50:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L50
.layer 3
    li       r1, 49408
    send     r1, 2, 3, 16384
    li       r1, 49408
    send     r1, 3, 4, 16384
.layer 4
    li       r1, 49408
    send     r1, 7, 6, 16384
    li       r1, 49408
    send     r1, 6, 7, 16384
.layer 6
    li       r1, 82432
    li       r2, 65792
    vcopy    r1, r2, 64
    li       r1, 82496
    li       r2, 65920
    vcopy    r1, r2, 64
    li       r1, 82560
    li       r2, 66048
    vcopy    r1, r2, 64
    li       r1, 82624
    li       r2, 66176
    vcopy    r1, r2, 64
    li       r1, 82688
    li       r2, 66304
    vcopy    r1, r2, 64
    li       r1, 82752
    li       r2, 66432
    vcopy    r1, r2, 64
    li       r1, 82816
    li       r2, 66560
    vcopy    r1, r2, 64
    li       r1, 82880
    li       r2, 66688
    vcopy    r1, r2, 64
    li       r1, 82944
    li       r2, 66816
    vcopy    r1, r2, 64
    li       r1, 83008
    li       r2, 66944
    vcopy    r1, r2, 64
    li       r1, 83072
    li       r2, 67072
    vcopy    r1, r2, 64
    li       r1, 83136
    li       r2, 67200
    vcopy    r1, r2, 64
    li       r1, 83200
    li       r2, 67328
    vcopy    r1, r2, 64
    li       r1, 83264
    li       r2, 67456
    vcopy    r1, r2, 64
    li       r1, 83328
    li       r2, 67584
    vcopy    r1, r2, 64
    li       r1, 83392
    li       r2, 67712
    vcopy    r1, r2, 64
    li       r1, 83456
    li       r2, 67840
    vcopy    r1, r2, 64
    li       r1, 83520
    li       r2, 67968
    vcopy    r1, r2, 64
    li       r1, 83584
    li       r2, 68096
    vcopy    r1, r2, 64
    li       r1, 83648
    li       r2, 68224
    vcopy    r1, r2, 64
    li       r1, 83712
    li       r2, 68352
    vcopy    r1, r2, 64
    li       r1, 83776
    li       r2, 68480
    vcopy    r1, r2, 64
    li       r1, 83840
    li       r2, 68608
    vcopy    r1, r2, 64
    li       r1, 83904
    li       r2, 68736
    vcopy    r1, r2, 64
    li       r1, 83968
    li       r2, 68864
    vcopy    r1, r2, 64
    li       r1, 84032
    li       r2, 68992
    vcopy    r1, r2, 64
    li       r1, 84096
    li       r2, 69120
    vcopy    r1, r2, 64
    li       r1, 84160
    li       r2, 69248
    vcopy    r1, r2, 64
    li       r1, 84224
    li       r2, 69376
    vcopy    r1, r2, 64
    li       r1, 84288
    li       r2, 69504
    vcopy    r1, r2, 64
    li       r1, 84352
    li       r2, 69632
    vcopy    r1, r2, 64
    li       r1, 84416
    li       r2, 69760
    vcopy    r1, r2, 64
    li       r1, 84480
    li       r2, 69888
    vcopy    r1, r2, 64
    li       r1, 84544
    li       r2, 70016
    vcopy    r1, r2, 64
    li       r1, 84608
    li       r2, 70144
    vcopy    r1, r2, 64
    li       r1, 84672
    li       r2, 70272
    vcopy    r1, r2, 64
    li       r1, 84736
    li       r2, 70400
    vcopy    r1, r2, 64
    li       r1, 84800
    li       r2, 70528
    vcopy    r1, r2, 64
    li       r1, 84864
    li       r2, 70656
    vcopy    r1, r2, 64
    li       r1, 84928
    li       r2, 70784
    vcopy    r1, r2, 64
    li       r1, 84992
    li       r2, 70912
    vcopy    r1, r2, 64
    li       r1, 85056
    li       r2, 71040
    vcopy    r1, r2, 64
    li       r1, 85120
    li       r2, 71168
    vcopy    r1, r2, 64
    li       r1, 85184
    li       r2, 71296
    vcopy    r1, r2, 64
    li       r1, 85248
    li       r2, 71424
    vcopy    r1, r2, 64
    li       r1, 85312
    li       r2, 71552
    vcopy    r1, r2, 64
    li       r1, 85376
    li       r2, 71680
    vcopy    r1, r2, 64
    li       r1, 85440
    li       r2, 71808
    vcopy    r1, r2, 64
    li       r1, 85504
    li       r2, 71936
    vcopy    r1, r2, 64
    li       r1, 85568
    li       r2, 72064
    vcopy    r1, r2, 64
    li       r1, 85632
    li       r2, 72192
    vcopy    r1, r2, 64
    li       r1, 85696
    li       r2, 72320
    vcopy    r1, r2, 64
    li       r1, 85760
    li       r2, 72448
    vcopy    r1, r2, 64
    li       r1, 85824
    li       r2, 72576
    vcopy    r1, r2, 64
    li       r1, 85888
    li       r2, 72704
    vcopy    r1, r2, 64
    li       r1, 85952
    li       r2, 72832
    vcopy    r1, r2, 64
    li       r1, 86016
    li       r2, 72960
    vcopy    r1, r2, 64
    li       r1, 86080
    li       r2, 73088
    vcopy    r1, r2, 64
    li       r1, 86144
    li       r2, 73216
    vcopy    r1, r2, 64
    li       r1, 86208
    li       r2, 73344
    vcopy    r1, r2, 64
    li       r1, 86272
    li       r2, 73472
    vcopy    r1, r2, 64
    li       r1, 86336
    li       r2, 73600
    vcopy    r1, r2, 64
    li       r1, 86400
    li       r2, 73728
    vcopy    r1, r2, 64
    li       r1, 86464
    li       r2, 73856
    vcopy    r1, r2, 64
    li       r1, 86528
    li       r2, 73984
    vcopy    r1, r2, 64
    li       r1, 86592
    li       r2, 74112
    vcopy    r1, r2, 64
    li       r1, 86656
    li       r2, 74240
    vcopy    r1, r2, 64
    li       r1, 86720
    li       r2, 74368
    vcopy    r1, r2, 64
    li       r1, 86784
    li       r2, 74496
    vcopy    r1, r2, 64
    li       r1, 86848
    li       r2, 74624
    vcopy    r1, r2, 64
    li       r1, 86912
    li       r2, 74752
    vcopy    r1, r2, 64
    li       r1, 86976
    li       r2, 74880
    vcopy    r1, r2, 64
    li       r1, 87040
    li       r2, 75008
    vcopy    r1, r2, 64
    li       r1, 87104
    li       r2, 75136
    vcopy    r1, r2, 64
    li       r1, 87168
    li       r2, 75264
    vcopy    r1, r2, 64
    li       r1, 87232
    li       r2, 75392
    vcopy    r1, r2, 64
    li       r1, 87296
    li       r2, 75520
    vcopy    r1, r2, 64
    li       r1, 87360
    li       r2, 75648
    vcopy    r1, r2, 64
    li       r1, 87424
    li       r2, 75776
    vcopy    r1, r2, 64
    li       r1, 87488
    li       r2, 75904
    vcopy    r1, r2, 64
    li       r1, 87552
    li       r2, 76032
    vcopy    r1, r2, 64
    li       r1, 87616
    li       r2, 76160
    vcopy    r1, r2, 64
    li       r1, 87680
    li       r2, 76288
    vcopy    r1, r2, 64
    li       r1, 87744
    li       r2, 76416
    vcopy    r1, r2, 64
    li       r1, 87808
    li       r2, 76544
    vcopy    r1, r2, 64
    li       r1, 87872
    li       r2, 76672
    vcopy    r1, r2, 64
    li       r1, 87936
    li       r2, 76800
    vcopy    r1, r2, 64
    li       r1, 88000
    li       r2, 76928
    vcopy    r1, r2, 64
    li       r1, 88064
    li       r2, 77056
    vcopy    r1, r2, 64
    li       r1, 88128
    li       r2, 77184
    vcopy    r1, r2, 64
    li       r1, 88192
    li       r2, 77312
    vcopy    r1, r2, 64
    li       r1, 88256
    li       r2, 77440
    vcopy    r1, r2, 64
    li       r1, 88320
    li       r2, 77568
    vcopy    r1, r2, 64
    li       r1, 88384
    li       r2, 77696
    vcopy    r1, r2, 64
    li       r1, 88448
    li       r2, 77824
    vcopy    r1, r2, 64
    li       r1, 88512
    li       r2, 77952
    vcopy    r1, r2, 64
    li       r1, 88576
    li       r2, 78080
    vcopy    r1, r2, 64
    li       r1, 88640
    li       r2, 78208
    vcopy    r1, r2, 64
    li       r1, 88704
    li       r2, 78336
    vcopy    r1, r2, 64
    li       r1, 88768
    li       r2, 78464
    vcopy    r1, r2, 64
    li       r1, 88832
    li       r2, 78592
    vcopy    r1, r2, 64
    li       r1, 88896
    li       r2, 78720
    vcopy    r1, r2, 64
    li       r1, 88960
    li       r2, 78848
    vcopy    r1, r2, 64
    li       r1, 89024
    li       r2, 78976
    vcopy    r1, r2, 64
    li       r1, 89088
    li       r2, 79104
    vcopy    r1, r2, 64
    li       r1, 89152
    li       r2, 79232
    vcopy    r1, r2, 64
    li       r1, 89216
    li       r2, 79360
    vcopy    r1, r2, 64
    li       r1, 89280
    li       r2, 79488
    vcopy    r1, r2, 64
    li       r1, 89344
    li       r2, 79616
    vcopy    r1, r2, 64
    li       r1, 89408
    li       r2, 79744
    vcopy    r1, r2, 64
    li       r1, 89472
    li       r2, 79872
    vcopy    r1, r2, 64
    li       r1, 89536
    li       r2, 80000
    vcopy    r1, r2, 64
    li       r1, 89600
    li       r2, 80128
    vcopy    r1, r2, 64
    li       r1, 89664
    li       r2, 80256
    vcopy    r1, r2, 64
    li       r1, 89728
    li       r2, 80384
    vcopy    r1, r2, 64
    li       r1, 89792
    li       r2, 80512
    vcopy    r1, r2, 64
    li       r1, 89856
    li       r2, 80640
    vcopy    r1, r2, 64
    li       r1, 89920
    li       r2, 80768
    vcopy    r1, r2, 64
    li       r1, 89984
    li       r2, 80896
    vcopy    r1, r2, 64
    li       r1, 90048
    li       r2, 81024
    vcopy    r1, r2, 64
    li       r1, 90112
    li       r2, 81152
    vcopy    r1, r2, 64
    li       r1, 90176
    li       r2, 81280
    vcopy    r1, r2, 64
    li       r1, 90240
    li       r2, 81408
    vcopy    r1, r2, 64
    li       r1, 90304
    li       r2, 81536
    vcopy    r1, r2, 64
    li       r1, 90368
    li       r2, 81664
    vcopy    r1, r2, 64
    li       r1, 90432
    li       r2, 81792
    vcopy    r1, r2, 64
    li       r1, 90496
    li       r2, 81920
    vcopy    r1, r2, 64
    li       r1, 90560
    li       r2, 82048
    vcopy    r1, r2, 64
    li       r1, 90624
    li       r2, 65856
    vcopy    r1, r2, 64
    li       r1, 90688
    li       r2, 65984
    vcopy    r1, r2, 64
    li       r1, 90752
    li       r2, 66112
    vcopy    r1, r2, 64
    li       r1, 90816
    li       r2, 66240
    vcopy    r1, r2, 64
    li       r1, 90880
    li       r2, 66368
    vcopy    r1, r2, 64
    li       r1, 90944
    li       r2, 66496
    vcopy    r1, r2, 64
    li       r1, 91008
    li       r2, 66624
    vcopy    r1, r2, 64
    li       r1, 91072
    li       r2, 66752
    vcopy    r1, r2, 64
    li       r1, 91136
    li       r2, 66880
    vcopy    r1, r2, 64
    li       r1, 91200
    li       r2, 67008
    vcopy    r1, r2, 64
    li       r1, 91264
    li       r2, 67136
    vcopy    r1, r2, 64
    li       r1, 91328
    li       r2, 67264
    vcopy    r1, r2, 64
    li       r1, 91392
    li       r2, 67392
    vcopy    r1, r2, 64
    li       r1, 91456
    li       r2, 67520
    vcopy    r1, r2, 64
    li       r1, 91520
    li       r2, 67648
    vcopy    r1, r2, 64
    li       r1, 91584
    li       r2, 67776
    vcopy    r1, r2, 64
    li       r1, 91648
    li       r2, 67904
    vcopy    r1, r2, 64
    li       r1, 91712
    li       r2, 68032
    vcopy    r1, r2, 64
    li       r1, 91776
    li       r2, 68160
    vcopy    r1, r2, 64
    li       r1, 91840
    li       r2, 68288
    vcopy    r1, r2, 64
    li       r1, 91904
    li       r2, 68416
    vcopy    r1, r2, 64
    li       r1, 91968
    li       r2, 68544
    vcopy    r1, r2, 64
    li       r1, 92032
    li       r2, 68672
    vcopy    r1, r2, 64
    li       r1, 92096
    li       r2, 68800
    vcopy    r1, r2, 64
    li       r1, 92160
    li       r2, 68928
    vcopy    r1, r2, 64
    li       r1, 92224
    li       r2, 69056
    vcopy    r1, r2, 64
    li       r1, 92288
    li       r2, 69184
    vcopy    r1, r2, 64
    li       r1, 92352
    li       r2, 69312
    vcopy    r1, r2, 64
    li       r1, 92416
    li       r2, 69440
    vcopy    r1, r2, 64
    li       r1, 92480
    li       r2, 69568
    vcopy    r1, r2, 64
    li       r1, 92544
    li       r2, 69696
    vcopy    r1, r2, 64
    li       r1, 92608
    li       r2, 69824
    vcopy    r1, r2, 64
    li       r1, 92672
    li       r2, 69952
    vcopy    r1, r2, 64
    li       r1, 92736
    li       r2, 70080
    vcopy    r1, r2, 64
    li       r1, 92800
    li       r2, 70208
    vcopy    r1, r2, 64
    li       r1, 92864
    li       r2, 70336
    vcopy    r1, r2, 64
    li       r1, 92928
    li       r2, 70464
    vcopy    r1, r2, 64
    li       r1, 92992
    li       r2, 70592
    vcopy    r1, r2, 64
    li       r1, 93056
    li       r2, 70720
    vcopy    r1, r2, 64
    li       r1, 93120
    li       r2, 70848
    vcopy    r1, r2, 64
    li       r1, 93184
    li       r2, 70976
    vcopy    r1, r2, 64
    li       r1, 93248
    li       r2, 71104
    vcopy    r1, r2, 64
    li       r1, 93312
    li       r2, 71232
    vcopy    r1, r2, 64
    li       r1, 93376
    li       r2, 71360
    vcopy    r1, r2, 64
    li       r1, 93440
    li       r2, 71488
    vcopy    r1, r2, 64
    li       r1, 93504
    li       r2, 71616
    vcopy    r1, r2, 64
    li       r1, 93568
    li       r2, 71744
    vcopy    r1, r2, 64
    li       r1, 93632
    li       r2, 71872
    vcopy    r1, r2, 64
    li       r1, 93696
    li       r2, 72000
    vcopy    r1, r2, 64
    li       r1, 93760
    li       r2, 72128
    vcopy    r1, r2, 64
    li       r1, 93824
    li       r2, 72256
    vcopy    r1, r2, 64
    li       r1, 93888
    li       r2, 72384
    vcopy    r1, r2, 64
    li       r1, 93952
    li       r2, 72512
    vcopy    r1, r2, 64
    li       r1, 94016
    li       r2, 72640
    vcopy    r1, r2, 64
    li       r1, 94080
    li       r2, 72768
    vcopy    r1, r2, 64
    li       r1, 94144
    li       r2, 72896
    vcopy    r1, r2, 64
    li       r1, 94208
    li       r2, 73024
    vcopy    r1, r2, 64
    li       r1, 94272
    li       r2, 73152
    vcopy    r1, r2, 64
    li       r1, 94336
    li       r2, 73280
    vcopy    r1, r2, 64
    li       r1, 94400
    li       r2, 73408
    vcopy    r1, r2, 64
    li       r1, 94464
    li       r2, 73536
    vcopy    r1, r2, 64
    li       r1, 94528
    li       r2, 73664
    vcopy    r1, r2, 64
    li       r1, 94592
    li       r2, 73792
    vcopy    r1, r2, 64
    li       r1, 94656
    li       r2, 73920
    vcopy    r1, r2, 64
    li       r1, 94720
    li       r2, 74048
    vcopy    r1, r2, 64
    li       r1, 94784
    li       r2, 74176
    vcopy    r1, r2, 64
    li       r1, 94848
    li       r2, 74304
    vcopy    r1, r2, 64
    li       r1, 94912
    li       r2, 74432
    vcopy    r1, r2, 64
    li       r1, 94976
    li       r2, 74560
    vcopy    r1, r2, 64
    li       r1, 95040
    li       r2, 74688
    vcopy    r1, r2, 64
    li       r1, 95104
    li       r2, 74816
    vcopy    r1, r2, 64
    li       r1, 95168
    li       r2, 74944
    vcopy    r1, r2, 64
    li       r1, 95232
    li       r2, 75072
    vcopy    r1, r2, 64
    li       r1, 95296
    li       r2, 75200
    vcopy    r1, r2, 64
    li       r1, 95360
    li       r2, 75328
    vcopy    r1, r2, 64
    li       r1, 95424
    li       r2, 75456
    vcopy    r1, r2, 64
    li       r1, 95488
    li       r2, 75584
    vcopy    r1, r2, 64
    li       r1, 95552
    li       r2, 75712
    vcopy    r1, r2, 64
    li       r1, 95616
    li       r2, 75840
    vcopy    r1, r2, 64
    li       r1, 95680
    li       r2, 75968
    vcopy    r1, r2, 64
    li       r1, 95744
    li       r2, 76096
    vcopy    r1, r2, 64
    li       r1, 95808
    li       r2, 76224
    vcopy    r1, r2, 64
    li       r1, 95872
    li       r2, 76352
    vcopy    r1, r2, 64
    li       r1, 95936
    li       r2, 76480
    vcopy    r1, r2, 64
    li       r1, 96000
    li       r2, 76608
    vcopy    r1, r2, 64
    li       r1, 96064
    li       r2, 76736
    vcopy    r1, r2, 64
    li       r1, 96128
    li       r2, 76864
    vcopy    r1, r2, 64
    li       r1, 96192
    li       r2, 76992
    vcopy    r1, r2, 64
    li       r1, 96256
    li       r2, 77120
    vcopy    r1, r2, 64
    li       r1, 96320
    li       r2, 77248
    vcopy    r1, r2, 64
    li       r1, 96384
    li       r2, 77376
    vcopy    r1, r2, 64
    li       r1, 96448
    li       r2, 77504
    vcopy    r1, r2, 64
    li       r1, 96512
    li       r2, 77632
    vcopy    r1, r2, 64
    li       r1, 96576
    li       r2, 77760
    vcopy    r1, r2, 64
    li       r1, 96640
    li       r2, 77888
    vcopy    r1, r2, 64
    li       r1, 96704
    li       r2, 78016
    vcopy    r1, r2, 64
    li       r1, 96768
    li       r2, 78144
    vcopy    r1, r2, 64
    li       r1, 96832
    li       r2, 78272
    vcopy    r1, r2, 64
    li       r1, 96896
    li       r2, 78400
    vcopy    r1, r2, 64
    li       r1, 96960
    li       r2, 78528
    vcopy    r1, r2, 64
    li       r1, 97024
    li       r2, 78656
    vcopy    r1, r2, 64
    li       r1, 97088
    li       r2, 78784
    vcopy    r1, r2, 64
    li       r1, 97152
    li       r2, 78912
    vcopy    r1, r2, 64
    li       r1, 97216
    li       r2, 79040
    vcopy    r1, r2, 64
    li       r1, 97280
    li       r2, 79168
    vcopy    r1, r2, 64
    li       r1, 97344
    li       r2, 79296
    vcopy    r1, r2, 64
    li       r1, 97408
    li       r2, 79424
    vcopy    r1, r2, 64
    li       r1, 97472
    li       r2, 79552
    vcopy    r1, r2, 64
    li       r1, 97536
    li       r2, 79680
    vcopy    r1, r2, 64
    li       r1, 97600
    li       r2, 79808
    vcopy    r1, r2, 64
    li       r1, 97664
    li       r2, 79936
    vcopy    r1, r2, 64
    li       r1, 97728
    li       r2, 80064
    vcopy    r1, r2, 64
    li       r1, 97792
    li       r2, 80192
    vcopy    r1, r2, 64
    li       r1, 97856
    li       r2, 80320
    vcopy    r1, r2, 64
    li       r1, 97920
    li       r2, 80448
    vcopy    r1, r2, 64
    li       r1, 97984
    li       r2, 80576
    vcopy    r1, r2, 64
    li       r1, 98048
    li       r2, 80704
    vcopy    r1, r2, 64
    li       r1, 98112
    li       r2, 80832
    vcopy    r1, r2, 64
    li       r1, 98176
    li       r2, 80960
    vcopy    r1, r2, 64
    li       r1, 98240
    li       r2, 81088
    vcopy    r1, r2, 64
    li       r1, 98304
    li       r2, 81216
    vcopy    r1, r2, 64
    li       r1, 98368
    li       r2, 81344
    vcopy    r1, r2, 64
    li       r1, 98432
    li       r2, 81472
    vcopy    r1, r2, 64
    li       r1, 98496
    li       r2, 81600
    vcopy    r1, r2, 64
    li       r1, 98560
    li       r2, 81728
    vcopy    r1, r2, 64
    li       r1, 98624
    li       r2, 81856
    vcopy    r1, r2, 64
    li       r1, 98688
    li       r2, 81984
    vcopy    r1, r2, 64
    li       r1, 98752
    li       r2, 82112
    vcopy    r1, r2, 64
.layer 11
    li       r1, 98816
    recv     r1, 2, 9, 16384
    li       r1, 115200
    li       r2, 82432
    li       r3, 98816
    mmul     r1, r2, r3, 1, 128, 64, 128
    li       r1, 131584
    li       r2, 90624
    li       r3, 107008
    mmul     r1, r2, r3, 1, 128, 64, 128
.layer 12
    li       r8, 0
    li       r9, 148224
    li       r10, 115200
    li       r3, 147968
L846:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 256
    blt      r8, r13, L846
.layer 13
    li       r1, 180992
    li       r2, 148224
    vsoftmax r1, r2, 256, 128
.layer 14
    li       r1, 213760
    recv     r1, 7, 10, 16384
    li       r1, 230144
    li       r2, 180992
    li       r3, 213760
    mmul     r1, r2, r3, 0, 128, 128, 64
    li       r1, 238336
    li       r2, 197376
    li       r3, 221952
    mmul     r1, r2, r3, 0, 128, 128, 64
.layer 15
    li       r1, 246528
    li       r2, 230144
    vcopy    r1, r2, 64
    li       r1, 246592
    li       r2, 238336
    vcopy    r1, r2, 64
    li       r1, 246656
    li       r2, 230208
    vcopy    r1, r2, 64
    li       r1, 246720
    li       r2, 238400
    vcopy    r1, r2, 64
    li       r1, 246784
    li       r2, 230272
    vcopy    r1, r2, 64
    li       r1, 246848
    li       r2, 238464
    vcopy    r1, r2, 64
    li       r1, 246912
    li       r2, 230336
    vcopy    r1, r2, 64
    li       r1, 246976
    li       r2, 238528
    vcopy    r1, r2, 64
    li       r1, 247040
    li       r2, 230400
    vcopy    r1, r2, 64
    li       r1, 247104
    li       r2, 238592
    vcopy    r1, r2, 64
    li       r1, 247168
    li       r2, 230464
    vcopy    r1, r2, 64
    li       r1, 247232
    li       r2, 238656
    vcopy    r1, r2, 64
    li       r1, 247296
    li       r2, 230528
    vcopy    r1, r2, 64
    li       r1, 247360
    li       r2, 238720
    vcopy    r1, r2, 64
    li       r1, 247424
    li       r2, 230592
    vcopy    r1, r2, 64
    li       r1, 247488
    li       r2, 238784
    vcopy    r1, r2, 64
    li       r1, 247552
    li       r2, 230656
    vcopy    r1, r2, 64
    li       r1, 247616
    li       r2, 238848
    vcopy    r1, r2, 64
    li       r1, 247680
    li       r2, 230720
    vcopy    r1, r2, 64
    li       r1, 247744
    li       r2, 238912
    vcopy    r1, r2, 64
    li       r1, 247808
    li       r2, 230784
    vcopy    r1, r2, 64
    li       r1, 247872
    li       r2, 238976
    vcopy    r1, r2, 64
    li       r1, 247936
    li       r2, 230848
    vcopy    r1, r2, 64
    li       r1, 248000
    li       r2, 239040
    vcopy    r1, r2, 64
    li       r1, 248064
    li       r2, 230912
    vcopy    r1, r2, 64
    li       r1, 248128
    li       r2, 239104
    vcopy    r1, r2, 64
    li       r1, 248192
    li       r2, 230976
    vcopy    r1, r2, 64
    li       r1, 248256
    li       r2, 239168
    vcopy    r1, r2, 64
    li       r1, 248320
    li       r2, 231040
    vcopy    r1, r2, 64
    li       r1, 248384
    li       r2, 239232
    vcopy    r1, r2, 64
    li       r1, 248448
    li       r2, 231104
    vcopy    r1, r2, 64
    li       r1, 248512
    li       r2, 239296
    vcopy    r1, r2, 64
    li       r1, 248576
    li       r2, 231168
    vcopy    r1, r2, 64
    li       r1, 248640
    li       r2, 239360
    vcopy    r1, r2, 64
    li       r1, 248704
    li       r2, 231232
    vcopy    r1, r2, 64
    li       r1, 248768
    li       r2, 239424
    vcopy    r1, r2, 64
    li       r1, 248832
    li       r2, 231296
    vcopy    r1, r2, 64
    li       r1, 248896
    li       r2, 239488
    vcopy    r1, r2, 64
    li       r1, 248960
    li       r2, 231360
    vcopy    r1, r2, 64
    li       r1, 249024
    li       r2, 239552
    vcopy    r1, r2, 64
    li       r1, 249088
    li       r2, 231424
    vcopy    r1, r2, 64
    li       r1, 249152
    li       r2, 239616
    vcopy    r1, r2, 64
    li       r1, 249216
    li       r2, 231488
    vcopy    r1, r2, 64
    li       r1, 249280
    li       r2, 239680
    vcopy    r1, r2, 64
    li       r1, 249344
    li       r2, 231552
    vcopy    r1, r2, 64
    li       r1, 249408
    li       r2, 239744
    vcopy    r1, r2, 64
    li       r1, 249472
    li       r2, 231616
    vcopy    r1, r2, 64
    li       r1, 249536
    li       r2, 239808
    vcopy    r1, r2, 64
    li       r1, 249600
    li       r2, 231680
    vcopy    r1, r2, 64
    li       r1, 249664
    li       r2, 239872
    vcopy    r1, r2, 64
    li       r1, 249728
    li       r2, 231744
    vcopy    r1, r2, 64
    li       r1, 249792
    li       r2, 239936
    vcopy    r1, r2, 64
    li       r1, 249856
    li       r2, 231808
    vcopy    r1, r2, 64
    li       r1, 249920
    li       r2, 240000
    vcopy    r1, r2, 64
    li       r1, 249984
    li       r2, 231872
    vcopy    r1, r2, 64
    li       r1, 250048
    li       r2, 240064
    vcopy    r1, r2, 64
    li       r1, 250112
    li       r2, 231936
    vcopy    r1, r2, 64
    li       r1, 250176
    li       r2, 240128
    vcopy    r1, r2, 64
    li       r1, 250240
    li       r2, 232000
    vcopy    r1, r2, 64
    li       r1, 250304
    li       r2, 240192
    vcopy    r1, r2, 64
    li       r1, 250368
    li       r2, 232064
    vcopy    r1, r2, 64
    li       r1, 250432
    li       r2, 240256
    vcopy    r1, r2, 64
    li       r1, 250496
    li       r2, 232128
    vcopy    r1, r2, 64
    li       r1, 250560
    li       r2, 240320
    vcopy    r1, r2, 64
    li       r1, 250624
    li       r2, 232192
    vcopy    r1, r2, 64
    li       r1, 250688
    li       r2, 240384
    vcopy    r1, r2, 64
    li       r1, 250752
    li       r2, 232256
    vcopy    r1, r2, 64
    li       r1, 250816
    li       r2, 240448
    vcopy    r1, r2, 64
    li       r1, 250880
    li       r2, 232320
    vcopy    r1, r2, 64
    li       r1, 250944
    li       r2, 240512
    vcopy    r1, r2, 64
    li       r1, 251008
    li       r2, 232384
    vcopy    r1, r2, 64
    li       r1, 251072
    li       r2, 240576
    vcopy    r1, r2, 64
    li       r1, 251136
    li       r2, 232448
    vcopy    r1, r2, 64
    li       r1, 251200
    li       r2, 240640
    vcopy    r1, r2, 64
    li       r1, 251264
    li       r2, 232512
    vcopy    r1, r2, 64
    li       r1, 251328
    li       r2, 240704
    vcopy    r1, r2, 64
    li       r1, 251392
    li       r2, 232576
    vcopy    r1, r2, 64
    li       r1, 251456
    li       r2, 240768
    vcopy    r1, r2, 64
    li       r1, 251520
    li       r2, 232640
    vcopy    r1, r2, 64
    li       r1, 251584
    li       r2, 240832
    vcopy    r1, r2, 64
    li       r1, 251648
    li       r2, 232704
    vcopy    r1, r2, 64
    li       r1, 251712
    li       r2, 240896
    vcopy    r1, r2, 64
    li       r1, 251776
    li       r2, 232768
    vcopy    r1, r2, 64
    li       r1, 251840
    li       r2, 240960
    vcopy    r1, r2, 64
    li       r1, 251904
    li       r2, 232832
    vcopy    r1, r2, 64
    li       r1, 251968
    li       r2, 241024
    vcopy    r1, r2, 64
    li       r1, 252032
    li       r2, 232896
    vcopy    r1, r2, 64
    li       r1, 252096
    li       r2, 241088
    vcopy    r1, r2, 64
    li       r1, 252160
    li       r2, 232960
    vcopy    r1, r2, 64
    li       r1, 252224
    li       r2, 241152
    vcopy    r1, r2, 64
    li       r1, 252288
    li       r2, 233024
    vcopy    r1, r2, 64
    li       r1, 252352
    li       r2, 241216
    vcopy    r1, r2, 64
    li       r1, 252416
    li       r2, 233088
    vcopy    r1, r2, 64
    li       r1, 252480
    li       r2, 241280
    vcopy    r1, r2, 64
    li       r1, 252544
    li       r2, 233152
    vcopy    r1, r2, 64
    li       r1, 252608
    li       r2, 241344
    vcopy    r1, r2, 64
    li       r1, 252672
    li       r2, 233216
    vcopy    r1, r2, 64
    li       r1, 252736
    li       r2, 241408
    vcopy    r1, r2, 64
    li       r1, 252800
    li       r2, 233280
    vcopy    r1, r2, 64
    li       r1, 252864
    li       r2, 241472
    vcopy    r1, r2, 64
    li       r1, 252928
    li       r2, 233344
    vcopy    r1, r2, 64
    li       r1, 252992
    li       r2, 241536
    vcopy    r1, r2, 64
    li       r1, 253056
    li       r2, 233408
    vcopy    r1, r2, 64
    li       r1, 253120
    li       r2, 241600
    vcopy    r1, r2, 64
    li       r1, 253184
    li       r2, 233472
    vcopy    r1, r2, 64
    li       r1, 253248
    li       r2, 241664
    vcopy    r1, r2, 64
    li       r1, 253312
    li       r2, 233536
    vcopy    r1, r2, 64
    li       r1, 253376
    li       r2, 241728
    vcopy    r1, r2, 64
    li       r1, 253440
    li       r2, 233600
    vcopy    r1, r2, 64
    li       r1, 253504
    li       r2, 241792
    vcopy    r1, r2, 64
    li       r1, 253568
    li       r2, 233664
    vcopy    r1, r2, 64
    li       r1, 253632
    li       r2, 241856
    vcopy    r1, r2, 64
    li       r1, 253696
    li       r2, 233728
    vcopy    r1, r2, 64
    li       r1, 253760
    li       r2, 241920
    vcopy    r1, r2, 64
    li       r1, 253824
    li       r2, 233792
    vcopy    r1, r2, 64
    li       r1, 253888
    li       r2, 241984
    vcopy    r1, r2, 64
    li       r1, 253952
    li       r2, 233856
    vcopy    r1, r2, 64
    li       r1, 254016
    li       r2, 242048
    vcopy    r1, r2, 64
    li       r1, 254080
    li       r2, 233920
    vcopy    r1, r2, 64
    li       r1, 254144
    li       r2, 242112
    vcopy    r1, r2, 64
    li       r1, 254208
    li       r2, 233984
    vcopy    r1, r2, 64
    li       r1, 254272
    li       r2, 242176
    vcopy    r1, r2, 64
    li       r1, 254336
    li       r2, 234048
    vcopy    r1, r2, 64
    li       r1, 254400
    li       r2, 242240
    vcopy    r1, r2, 64
    li       r1, 254464
    li       r2, 234112
    vcopy    r1, r2, 64
    li       r1, 254528
    li       r2, 242304
    vcopy    r1, r2, 64
    li       r1, 254592
    li       r2, 234176
    vcopy    r1, r2, 64
    li       r1, 254656
    li       r2, 242368
    vcopy    r1, r2, 64
    li       r1, 254720
    li       r2, 234240
    vcopy    r1, r2, 64
    li       r1, 254784
    li       r2, 242432
    vcopy    r1, r2, 64
    li       r1, 254848
    li       r2, 234304
    vcopy    r1, r2, 64
    li       r1, 254912
    li       r2, 242496
    vcopy    r1, r2, 64
    li       r1, 254976
    li       r2, 234368
    vcopy    r1, r2, 64
    li       r1, 255040
    li       r2, 242560
    vcopy    r1, r2, 64
    li       r1, 255104
    li       r2, 234432
    vcopy    r1, r2, 64
    li       r1, 255168
    li       r2, 242624
    vcopy    r1, r2, 64
    li       r1, 255232
    li       r2, 234496
    vcopy    r1, r2, 64
    li       r1, 255296
    li       r2, 242688
    vcopy    r1, r2, 64
    li       r1, 255360
    li       r2, 234560
    vcopy    r1, r2, 64
    li       r1, 255424
    li       r2, 242752
    vcopy    r1, r2, 64
    li       r1, 255488
    li       r2, 234624
    vcopy    r1, r2, 64
    li       r1, 255552
    li       r2, 242816
    vcopy    r1, r2, 64
    li       r1, 255616
    li       r2, 234688
    vcopy    r1, r2, 64
    li       r1, 255680
    li       r2, 242880
    vcopy    r1, r2, 64
    li       r1, 255744
    li       r2, 234752
    vcopy    r1, r2, 64
    li       r1, 255808
    li       r2, 242944
    vcopy    r1, r2, 64
    li       r1, 255872
    li       r2, 234816
    vcopy    r1, r2, 64
    li       r1, 255936
    li       r2, 243008
    vcopy    r1, r2, 64
    li       r1, 256000
    li       r2, 234880
    vcopy    r1, r2, 64
    li       r1, 256064
    li       r2, 243072
    vcopy    r1, r2, 64
    li       r1, 256128
    li       r2, 234944
    vcopy    r1, r2, 64
    li       r1, 256192
    li       r2, 243136
    vcopy    r1, r2, 64
    li       r1, 256256
    li       r2, 235008
    vcopy    r1, r2, 64
    li       r1, 256320
    li       r2, 243200
    vcopy    r1, r2, 64
    li       r1, 256384
    li       r2, 235072
    vcopy    r1, r2, 64
    li       r1, 256448
    li       r2, 243264
    vcopy    r1, r2, 64
    li       r1, 256512
    li       r2, 235136
    vcopy    r1, r2, 64
    li       r1, 256576
    li       r2, 243328
    vcopy    r1, r2, 64
    li       r1, 256640
    li       r2, 235200
    vcopy    r1, r2, 64
    li       r1, 256704
    li       r2, 243392
    vcopy    r1, r2, 64
    li       r1, 256768
    li       r2, 235264
    vcopy    r1, r2, 64
    li       r1, 256832
    li       r2, 243456
    vcopy    r1, r2, 64
    li       r1, 256896
    li       r2, 235328
    vcopy    r1, r2, 64
    li       r1, 256960
    li       r2, 243520
    vcopy    r1, r2, 64
    li       r1, 257024
    li       r2, 235392
    vcopy    r1, r2, 64
    li       r1, 257088
    li       r2, 243584
    vcopy    r1, r2, 64
    li       r1, 257152
    li       r2, 235456
    vcopy    r1, r2, 64
    li       r1, 257216
    li       r2, 243648
    vcopy    r1, r2, 64
    li       r1, 257280
    li       r2, 235520
    vcopy    r1, r2, 64
    li       r1, 257344
    li       r2, 243712
    vcopy    r1, r2, 64
    li       r1, 257408
    li       r2, 235584
    vcopy    r1, r2, 64
    li       r1, 257472
    li       r2, 243776
    vcopy    r1, r2, 64
    li       r1, 257536
    li       r2, 235648
    vcopy    r1, r2, 64
    li       r1, 257600
    li       r2, 243840
    vcopy    r1, r2, 64
    li       r1, 257664
    li       r2, 235712
    vcopy    r1, r2, 64
    li       r1, 257728
    li       r2, 243904
    vcopy    r1, r2, 64
    li       r1, 257792
    li       r2, 235776
    vcopy    r1, r2, 64
    li       r1, 257856
    li       r2, 243968
    vcopy    r1, r2, 64
    li       r1, 257920
    li       r2, 235840
    vcopy    r1, r2, 64
    li       r1, 257984
    li       r2, 244032
    vcopy    r1, r2, 64
    li       r1, 258048
    li       r2, 235904
    vcopy    r1, r2, 64
    li       r1, 258112
    li       r2, 244096
    vcopy    r1, r2, 64
    li       r1, 258176
    li       r2, 235968
    vcopy    r1, r2, 64
    li       r1, 258240
    li       r2, 244160
    vcopy    r1, r2, 64
    li       r1, 258304
    li       r2, 236032
    vcopy    r1, r2, 64
    li       r1, 258368
    li       r2, 244224
    vcopy    r1, r2, 64
    li       r1, 258432
    li       r2, 236096
    vcopy    r1, r2, 64
    li       r1, 258496
    li       r2, 244288
    vcopy    r1, r2, 64
    li       r1, 258560
    li       r2, 236160
    vcopy    r1, r2, 64
    li       r1, 258624
    li       r2, 244352
    vcopy    r1, r2, 64
    li       r1, 258688
    li       r2, 236224
    vcopy    r1, r2, 64
    li       r1, 258752
    li       r2, 244416
    vcopy    r1, r2, 64
    li       r1, 258816
    li       r2, 236288
    vcopy    r1, r2, 64
    li       r1, 258880
    li       r2, 244480
    vcopy    r1, r2, 64
    li       r1, 258944
    li       r2, 236352
    vcopy    r1, r2, 64
    li       r1, 259008
    li       r2, 244544
    vcopy    r1, r2, 64
    li       r1, 259072
    li       r2, 236416
    vcopy    r1, r2, 64
    li       r1, 259136
    li       r2, 244608
    vcopy    r1, r2, 64
    li       r1, 259200
    li       r2, 236480
    vcopy    r1, r2, 64
    li       r1, 259264
    li       r2, 244672
    vcopy    r1, r2, 64
    li       r1, 259328
    li       r2, 236544
    vcopy    r1, r2, 64
    li       r1, 259392
    li       r2, 244736
    vcopy    r1, r2, 64
    li       r1, 259456
    li       r2, 236608
    vcopy    r1, r2, 64
    li       r1, 259520
    li       r2, 244800
    vcopy    r1, r2, 64
    li       r1, 259584
    li       r2, 236672
    vcopy    r1, r2, 64
    li       r1, 259648
    li       r2, 244864
    vcopy    r1, r2, 64
    li       r1, 259712
    li       r2, 236736
    vcopy    r1, r2, 64
    li       r1, 259776
    li       r2, 244928
    vcopy    r1, r2, 64
    li       r1, 259840
    li       r2, 236800
    vcopy    r1, r2, 64
    li       r1, 259904
    li       r2, 244992
    vcopy    r1, r2, 64
    li       r1, 259968
    li       r2, 236864
    vcopy    r1, r2, 64
    li       r1, 260032
    li       r2, 245056
    vcopy    r1, r2, 64
    li       r1, 260096
    li       r2, 236928
    vcopy    r1, r2, 64
    li       r1, 260160
    li       r2, 245120
    vcopy    r1, r2, 64
    li       r1, 260224
    li       r2, 236992
    vcopy    r1, r2, 64
    li       r1, 260288
    li       r2, 245184
    vcopy    r1, r2, 64
    li       r1, 260352
    li       r2, 237056
    vcopy    r1, r2, 64
    li       r1, 260416
    li       r2, 245248
    vcopy    r1, r2, 64
    li       r1, 260480
    li       r2, 237120
    vcopy    r1, r2, 64
    li       r1, 260544
    li       r2, 245312
    vcopy    r1, r2, 64
    li       r1, 260608
    li       r2, 237184
    vcopy    r1, r2, 64
    li       r1, 260672
    li       r2, 245376
    vcopy    r1, r2, 64
    li       r1, 260736
    li       r2, 237248
    vcopy    r1, r2, 64
    li       r1, 260800
    li       r2, 245440
    vcopy    r1, r2, 64
    li       r1, 260864
    li       r2, 237312
    vcopy    r1, r2, 64
    li       r1, 260928
    li       r2, 245504
    vcopy    r1, r2, 64
    li       r1, 260992
    li       r2, 237376
    vcopy    r1, r2, 64
    li       r1, 261056
    li       r2, 245568
    vcopy    r1, r2, 64
    li       r1, 261120
    li       r2, 237440
    vcopy    r1, r2, 64
    li       r1, 261184
    li       r2, 245632
    vcopy    r1, r2, 64
    li       r1, 261248
    li       r2, 237504
    vcopy    r1, r2, 64
    li       r1, 261312
    li       r2, 245696
    vcopy    r1, r2, 64
    li       r1, 261376
    li       r2, 237568
    vcopy    r1, r2, 64
    li       r1, 261440
    li       r2, 245760
    vcopy    r1, r2, 64
    li       r1, 261504
    li       r2, 237632
    vcopy    r1, r2, 64
    li       r1, 261568
    li       r2, 245824
    vcopy    r1, r2, 64
    li       r1, 261632
    li       r2, 237696
    vcopy    r1, r2, 64
    li       r1, 261696
    li       r2, 245888
    vcopy    r1, r2, 64
    li       r1, 261760
    li       r2, 237760
    vcopy    r1, r2, 64
    li       r1, 261824
    li       r2, 245952
    vcopy    r1, r2, 64
    li       r1, 261888
    li       r2, 237824
    vcopy    r1, r2, 64
    li       r1, 261952
    li       r2, 246016
    vcopy    r1, r2, 64
    li       r1, 262016
    li       r2, 237888
    vcopy    r1, r2, 64
    li       r1, 262080
    li       r2, 246080
    vcopy    r1, r2, 64
    li       r1, 262144
    li       r2, 237952
    vcopy    r1, r2, 64
    li       r1, 262208
    li       r2, 246144
    vcopy    r1, r2, 64
    li       r1, 262272
    li       r2, 238016
    vcopy    r1, r2, 64
    li       r1, 262336
    li       r2, 246208
    vcopy    r1, r2, 64
    li       r1, 262400
    li       r2, 238080
    vcopy    r1, r2, 64
    li       r1, 262464
    li       r2, 246272
    vcopy    r1, r2, 64
    li       r1, 262528
    li       r2, 238144
    vcopy    r1, r2, 64
    li       r1, 262592
    li       r2, 246336
    vcopy    r1, r2, 64
    li       r1, 262656
    li       r2, 238208
    vcopy    r1, r2, 64
    li       r1, 262720
    li       r2, 246400
    vcopy    r1, r2, 64
    li       r1, 262784
    li       r2, 238272
    vcopy    r1, r2, 64
    li       r1, 262848
    li       r2, 246464
    vcopy    r1, r2, 64
.layer 17
    li       r1, 246528
    send     r1, 5, 11, 16384
    li       r1, 246528
    send     r1, 4, 12, 16384
.layer 18
    li       r1, 49408
    send     r1, 5, 14, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L17
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
    li       r4, 49664
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
    li       r4, 50432
    li       r1, 32768
    ld       r1, r4, dram, 256
    li       r4, 50688
    li       r1, 65792
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 17
    li       r1, 16384
    recv     r1, 0, 11, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L16:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 64
    blt      r8, r13, L16
    li       r1, 8192
    recv     r1, 4, 13, 8192
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 32768
L31:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L31
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
    li       r1, 66048
    send     r1, 8, 15, 16384
.layer 23
    li       r1, 66048
    send     r1, 9, 17, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
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
    li       r4, 49920
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
    li       r4, 50944
    li       r1, 81920
    ld       r1, r4, dram, 1024
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 20
    li       r1, 65536
    recv     r1, 5, 15, 16384
    li       r10, 65536
    li       r12, 0
    li       r8, 0
L13:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L13
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 81920
L26:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L26
.layer 21
    li       r1, 82944
    li       r2, 0
    vgelu    r1, r2, 65535
    li       r1, 148479
    li       r2, 65535
    vgelu    r1, r2, 1
.layer 22
    li       r1, 82944
    send     r1, 9, 16, 65535
    li       r1, 148479
    send     r1, 9, 16, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 9
    prog     x0, 9
    xwin     x0, 0, 512, 0, 128
    li       r4, 51968
    li       r1, 81920
    ld       r1, r4, dram, 256
    li       r4, 52224
    li       r1, 114944
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 22
    li       r1, 16384
    recv     r1, 8, 16, 65535
    li       r1, 81919
    recv     r1, 8, 16, 1
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
    li       r1, 115200
    send     r1, 10, 18, 16384
.layer 26
    li       r1, 115200
    send     r1, 11, 19, 16384
.layer 27
    li       r1, 115200
    send     r1, 15, 20, 16384
.layer 41
    li       r1, 115200
    send     r1, 14, 24, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 10
    prog     x0, 10
    xwin     x0, 0, 128, 0, 128
    li       r4, 52480
    li       r1, 32768
    ld       r1, r4, dram, 256
    li       r4, 53248
    li       r1, 98560
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 25
    li       r1, 16384
    recv     r1, 9, 18, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L16:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L16
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 32768
L29:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L29
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
L817:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 256
    blt      r8, r13, L817
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
    li       r1, 197120
    send     r1, 14, 23, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 11
    prog     x0, 11
    xwin     x0, 0, 128, 0, 128
    li       r4, 52736
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
    li       r4, 55040
    li       r1, 81920
    ld       r1, r4, dram, 256
    li       r4, 55296
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
    li       r4, 54016
    li       r1, 81920
    ld       r1, r4, dram, 1024
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 43
    li       r1, 65536
    recv     r1, 14, 25, 16384
    li       r10, 65536
    li       r12, 0
    li       r8, 0
L13:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 512
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L13
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 81920
L26:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L26
.layer 44
    li       r1, 82944
    li       r2, 0
    vgelu    r1, r2, 65535
    li       r1, 148479
    li       r2, 65535
    vgelu    r1, r2, 1
.layer 45
    li       r1, 82944
    send     r1, 12, 26, 65535
    li       r1, 148479
    send     r1, 12, 26, 1
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 14
    prog     x0, 13
    xwin     x0, 0, 128, 0, 128
    li       r4, 53504
    li       r1, 32768
    ld       r1, r4, dram, 256
    li       r4, 53760
    li       r1, 65792
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L11:
.layer 40
    li       r1, 16384
    recv     r1, 10, 23, 16384
    li       r10, 16384
    li       r12, 0
    li       r8, 0
L16:
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r12, r12, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L16
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 32768
L29:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 128
    blt      r8, r13, L29
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
    li       r1, 66048
    send     r1, 13, 25, 16384
.layer 46
    li       r1, 66048
    send     r1, 12, 27, 16384
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L11
    halt

.tile 15
    prog     x0, 12
    xwin     x0, 0, 128, 0, 128
    li       r4, 52992
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
