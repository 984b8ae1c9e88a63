# aimcsim program: 232 tile(s), ISA 1.0.0
.isa 1.0.0

.layer 0 "conv1"
.layer 1 "conv1.relu"
.layer 2 "maxpool"
.layer 3 "layer1.0.conv1"
.layer 4 "layer1.0.conv1.relu"
.layer 5 "layer1.0.conv2"
.layer 6 "layer1.0.add"
.layer 7 "layer1.0.relu"
.layer 8 "layer1.1.conv1"
.layer 9 "layer1.1.conv1.relu"
.layer 10 "layer1.1.conv2"
.layer 11 "layer1.1.add"
.layer 12 "layer1.1.relu"
.layer 13 "layer2.0.conv1"
.layer 14 "layer2.0.conv1.relu"
.layer 15 "layer2.0.conv2"
.layer 16 "layer2.0.downsample"
.layer 17 "layer2.0.add"
.layer 18 "layer2.0.relu"
.layer 19 "layer2.1.conv1"
.layer 20 "layer2.1.conv1.relu"
.layer 21 "layer2.1.conv2"
.layer 22 "layer2.1.add"
.layer 23 "layer2.1.relu"
.layer 24 "layer3.0.conv1"
.layer 25 "layer3.0.conv1.relu"
.layer 26 "layer3.0.conv2"
.layer 27 "layer3.0.downsample"
.layer 28 "layer3.0.add"
.layer 29 "layer3.0.relu"
.layer 30 "layer3.1.conv1"
.layer 31 "layer3.1.conv1.relu"
.layer 32 "layer3.1.conv2"
.layer 33 "layer3.1.add"
.layer 34 "layer3.1.relu"
.layer 35 "layer4.0.conv1"
.layer 36 "layer4.0.conv1.relu"
.layer 37 "layer4.0.conv2"
.layer 38 "layer4.0.downsample"
.layer 39 "layer4.0.add"
.layer 40 "layer4.0.relu"
.layer 41 "layer4.1.conv1"
.layer 42 "layer4.1.conv1.relu"
.layer 43 "layer4.1.conv2"
.layer 44 "layer4.1.add"
.layer 45 "layer4.1.relu"
.layer 46 "avgpool"
.layer 47 "flatten"
.layer 48 "fc"

.tile 0
    prog     x0, 0
    xwin     x0, 0, 147, 0, 64
    li       r4, 151528
    li       r1, 1112191
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 0
    li       r4, 150528
    mul      r4, r15, r4
    addi     r4, r4, 0
    li       r1, 0
    ld       r1, r4, dram, 65535
    li       r1, 65535
    addi     r5, r4, 65535
    ld       r1, r5, dram, 65535
    li       r1, 131070
    addi     r5, r4, 131070
    ld       r1, r5, dram, 19458
    li       r1, 955423
    li       r2, 0
    vcopy    r1, r2, 672
    li       r1, 956113
    li       r2, 672
    vcopy    r1, r2, 672
    li       r1, 956803
    li       r2, 1344
    vcopy    r1, r2, 672
    li       r1, 957493
    li       r2, 2016
    vcopy    r1, r2, 672
    li       r1, 958183
    li       r2, 2688
    vcopy    r1, r2, 672
    li       r1, 958873
    li       r2, 3360
    vcopy    r1, r2, 672
    li       r1, 959563
    li       r2, 4032
    vcopy    r1, r2, 672
    li       r1, 960253
    li       r2, 4704
    vcopy    r1, r2, 672
    li       r1, 960943
    li       r2, 5376
    vcopy    r1, r2, 672
    li       r1, 961633
    li       r2, 6048
    vcopy    r1, r2, 672
    li       r1, 962323
    li       r2, 6720
    vcopy    r1, r2, 672
    li       r1, 963013
    li       r2, 7392
    vcopy    r1, r2, 672
    li       r1, 963703
    li       r2, 8064
    vcopy    r1, r2, 672
    li       r1, 964393
    li       r2, 8736
    vcopy    r1, r2, 672
    li       r1, 965083
    li       r2, 9408
    vcopy    r1, r2, 672
    li       r1, 965773
    li       r2, 10080
    vcopy    r1, r2, 672
    li       r1, 966463
    li       r2, 10752
    vcopy    r1, r2, 672
    li       r1, 967153
    li       r2, 11424
    vcopy    r1, r2, 672
    li       r1, 967843
    li       r2, 12096
    vcopy    r1, r2, 672
    li       r1, 968533
    li       r2, 12768
    vcopy    r1, r2, 672
    li       r1, 969223
    li       r2, 13440
    vcopy    r1, r2, 672
    li       r1, 969913
    li       r2, 14112
    vcopy    r1, r2, 672
    li       r1, 970603
    li       r2, 14784
    vcopy    r1, r2, 672
    li       r1, 971293
    li       r2, 15456
    vcopy    r1, r2, 672
    li       r1, 971983
    li       r2, 16128
    vcopy    r1, r2, 672
    li       r1, 972673
    li       r2, 16800
    vcopy    r1, r2, 672
    li       r1, 973363
    li       r2, 17472
    vcopy    r1, r2, 672
    li       r1, 974053
    li       r2, 18144
    vcopy    r1, r2, 672
    li       r1, 974743
    li       r2, 18816
    vcopy    r1, r2, 672
    li       r1, 975433
    li       r2, 19488
    vcopy    r1, r2, 672
    li       r1, 976123
    li       r2, 20160
    vcopy    r1, r2, 672
    li       r1, 976813
    li       r2, 20832
    vcopy    r1, r2, 672
    li       r1, 977503
    li       r2, 21504
    vcopy    r1, r2, 672
    li       r1, 978193
    li       r2, 22176
    vcopy    r1, r2, 672
    li       r1, 978883
    li       r2, 22848
    vcopy    r1, r2, 672
    li       r1, 979573
    li       r2, 23520
    vcopy    r1, r2, 672
    li       r1, 980263
    li       r2, 24192
    vcopy    r1, r2, 672
    li       r1, 980953
    li       r2, 24864
    vcopy    r1, r2, 672
    li       r1, 981643
    li       r2, 25536
    vcopy    r1, r2, 672
    li       r1, 982333
    li       r2, 26208
    vcopy    r1, r2, 672
    li       r1, 983023
    li       r2, 26880
    vcopy    r1, r2, 672
    li       r1, 983713
    li       r2, 27552
    vcopy    r1, r2, 672
    li       r1, 984403
    li       r2, 28224
    vcopy    r1, r2, 672
    li       r1, 985093
    li       r2, 28896
    vcopy    r1, r2, 672
    li       r1, 985783
    li       r2, 29568
    vcopy    r1, r2, 672
    li       r1, 986473
    li       r2, 30240
    vcopy    r1, r2, 672
    li       r1, 987163
    li       r2, 30912
    vcopy    r1, r2, 672
    li       r1, 987853
    li       r2, 31584
    vcopy    r1, r2, 672
    li       r1, 988543
    li       r2, 32256
    vcopy    r1, r2, 672
    li       r1, 989233
    li       r2, 32928
    vcopy    r1, r2, 672
    li       r1, 989923
    li       r2, 33600
    vcopy    r1, r2, 672
    li       r1, 990613
    li       r2, 34272
    vcopy    r1, r2, 672
    li       r1, 991303
    li       r2, 34944
    vcopy    r1, r2, 672
    li       r1, 991993
    li       r2, 35616
    vcopy    r1, r2, 672
    li       r1, 992683
    li       r2, 36288
    vcopy    r1, r2, 672
    li       r1, 993373
    li       r2, 36960
    vcopy    r1, r2, 672
    li       r1, 994063
    li       r2, 37632
    vcopy    r1, r2, 672
    li       r1, 994753
    li       r2, 38304
    vcopy    r1, r2, 672
    li       r1, 995443
    li       r2, 38976
    vcopy    r1, r2, 672
    li       r1, 996133
    li       r2, 39648
    vcopy    r1, r2, 672
    li       r1, 996823
    li       r2, 40320
    vcopy    r1, r2, 672
    li       r1, 997513
    li       r2, 40992
    vcopy    r1, r2, 672
    li       r1, 998203
    li       r2, 41664
    vcopy    r1, r2, 672
    li       r1, 998893
    li       r2, 42336
    vcopy    r1, r2, 672
    li       r1, 999583
    li       r2, 43008
    vcopy    r1, r2, 672
    li       r1, 1000273
    li       r2, 43680
    vcopy    r1, r2, 672
    li       r1, 1000963
    li       r2, 44352
    vcopy    r1, r2, 672
    li       r1, 1001653
    li       r2, 45024
    vcopy    r1, r2, 672
    li       r1, 1002343
    li       r2, 45696
    vcopy    r1, r2, 672
    li       r1, 1003033
    li       r2, 46368
    vcopy    r1, r2, 672
    li       r1, 1003723
    li       r2, 47040
    vcopy    r1, r2, 672
    li       r1, 1004413
    li       r2, 47712
    vcopy    r1, r2, 672
    li       r1, 1005103
    li       r2, 48384
    vcopy    r1, r2, 672
    li       r1, 1005793
    li       r2, 49056
    vcopy    r1, r2, 672
    li       r1, 1006483
    li       r2, 49728
    vcopy    r1, r2, 672
    li       r1, 1007173
    li       r2, 50400
    vcopy    r1, r2, 672
    li       r1, 1007863
    li       r2, 51072
    vcopy    r1, r2, 672
    li       r1, 1008553
    li       r2, 51744
    vcopy    r1, r2, 672
    li       r1, 1009243
    li       r2, 52416
    vcopy    r1, r2, 672
    li       r1, 1009933
    li       r2, 53088
    vcopy    r1, r2, 672
    li       r1, 1010623
    li       r2, 53760
    vcopy    r1, r2, 672
    li       r1, 1011313
    li       r2, 54432
    vcopy    r1, r2, 672
    li       r1, 1012003
    li       r2, 55104
    vcopy    r1, r2, 672
    li       r1, 1012693
    li       r2, 55776
    vcopy    r1, r2, 672
    li       r1, 1013383
    li       r2, 56448
    vcopy    r1, r2, 672
    li       r1, 1014073
    li       r2, 57120
    vcopy    r1, r2, 672
    li       r1, 1014763
    li       r2, 57792
    vcopy    r1, r2, 672
    li       r1, 1015453
    li       r2, 58464
    vcopy    r1, r2, 672
    li       r1, 1016143
    li       r2, 59136
    vcopy    r1, r2, 672
    li       r1, 1016833
    li       r2, 59808
    vcopy    r1, r2, 672
    li       r1, 1017523
    li       r2, 60480
    vcopy    r1, r2, 672
    li       r1, 1018213
    li       r2, 61152
    vcopy    r1, r2, 672
    li       r1, 1018903
    li       r2, 61824
    vcopy    r1, r2, 672
    li       r1, 1019593
    li       r2, 62496
    vcopy    r1, r2, 672
    li       r1, 1020283
    li       r2, 63168
    vcopy    r1, r2, 672
    li       r1, 1020973
    li       r2, 63840
    vcopy    r1, r2, 672
    li       r1, 1021663
    li       r2, 64512
    vcopy    r1, r2, 672
    li       r1, 1022353
    li       r2, 65184
    vcopy    r1, r2, 672
    li       r1, 1023043
    li       r2, 65856
    vcopy    r1, r2, 672
    li       r1, 1023733
    li       r2, 66528
    vcopy    r1, r2, 672
    li       r1, 1024423
    li       r2, 67200
    vcopy    r1, r2, 672
    li       r1, 1025113
    li       r2, 67872
    vcopy    r1, r2, 672
    li       r1, 1025803
    li       r2, 68544
    vcopy    r1, r2, 672
    li       r1, 1026493
    li       r2, 69216
    vcopy    r1, r2, 672
    li       r1, 1027183
    li       r2, 69888
    vcopy    r1, r2, 672
    li       r1, 1027873
    li       r2, 70560
    vcopy    r1, r2, 672
    li       r1, 1028563
    li       r2, 71232
    vcopy    r1, r2, 672
    li       r1, 1029253
    li       r2, 71904
    vcopy    r1, r2, 672
    li       r1, 1029943
    li       r2, 72576
    vcopy    r1, r2, 672
    li       r1, 1030633
    li       r2, 73248
    vcopy    r1, r2, 672
    li       r1, 1031323
    li       r2, 73920
    vcopy    r1, r2, 672
    li       r1, 1032013
    li       r2, 74592
    vcopy    r1, r2, 672
    li       r1, 1032703
    li       r2, 75264
    vcopy    r1, r2, 672
    li       r1, 1033393
    li       r2, 75936
    vcopy    r1, r2, 672
    li       r1, 1034083
    li       r2, 76608
    vcopy    r1, r2, 672
    li       r1, 1034773
    li       r2, 77280
    vcopy    r1, r2, 672
    li       r1, 1035463
    li       r2, 77952
    vcopy    r1, r2, 672
    li       r1, 1036153
    li       r2, 78624
    vcopy    r1, r2, 672
    li       r1, 1036843
    li       r2, 79296
    vcopy    r1, r2, 672
    li       r1, 1037533
    li       r2, 79968
    vcopy    r1, r2, 672
    li       r1, 1038223
    li       r2, 80640
    vcopy    r1, r2, 672
    li       r1, 1038913
    li       r2, 81312
    vcopy    r1, r2, 672
    li       r1, 1039603
    li       r2, 81984
    vcopy    r1, r2, 672
    li       r1, 1040293
    li       r2, 82656
    vcopy    r1, r2, 672
    li       r1, 1040983
    li       r2, 83328
    vcopy    r1, r2, 672
    li       r1, 1041673
    li       r2, 84000
    vcopy    r1, r2, 672
    li       r1, 1042363
    li       r2, 84672
    vcopy    r1, r2, 672
    li       r1, 1043053
    li       r2, 85344
    vcopy    r1, r2, 672
    li       r1, 1043743
    li       r2, 86016
    vcopy    r1, r2, 672
    li       r1, 1044433
    li       r2, 86688
    vcopy    r1, r2, 672
    li       r1, 1045123
    li       r2, 87360
    vcopy    r1, r2, 672
    li       r1, 1045813
    li       r2, 88032
    vcopy    r1, r2, 672
    li       r1, 1046503
    li       r2, 88704
    vcopy    r1, r2, 672
    li       r1, 1047193
    li       r2, 89376
    vcopy    r1, r2, 672
    li       r1, 1047883
    li       r2, 90048
    vcopy    r1, r2, 672
    li       r1, 1048573
    li       r2, 90720
    vcopy    r1, r2, 672
    li       r1, 1049263
    li       r2, 91392
    vcopy    r1, r2, 672
    li       r1, 1049953
    li       r2, 92064
    vcopy    r1, r2, 672
    li       r1, 1050643
    li       r2, 92736
    vcopy    r1, r2, 672
    li       r1, 1051333
    li       r2, 93408
    vcopy    r1, r2, 672
    li       r1, 1052023
    li       r2, 94080
    vcopy    r1, r2, 672
    li       r1, 1052713
    li       r2, 94752
    vcopy    r1, r2, 672
    li       r1, 1053403
    li       r2, 95424
    vcopy    r1, r2, 672
    li       r1, 1054093
    li       r2, 96096
    vcopy    r1, r2, 672
    li       r1, 1054783
    li       r2, 96768
    vcopy    r1, r2, 672
    li       r1, 1055473
    li       r2, 97440
    vcopy    r1, r2, 672
    li       r1, 1056163
    li       r2, 98112
    vcopy    r1, r2, 672
    li       r1, 1056853
    li       r2, 98784
    vcopy    r1, r2, 672
    li       r1, 1057543
    li       r2, 99456
    vcopy    r1, r2, 672
    li       r1, 1058233
    li       r2, 100128
    vcopy    r1, r2, 672
    li       r1, 1058923
    li       r2, 100800
    vcopy    r1, r2, 672
    li       r1, 1059613
    li       r2, 101472
    vcopy    r1, r2, 672
    li       r1, 1060303
    li       r2, 102144
    vcopy    r1, r2, 672
    li       r1, 1060993
    li       r2, 102816
    vcopy    r1, r2, 672
    li       r1, 1061683
    li       r2, 103488
    vcopy    r1, r2, 672
    li       r1, 1062373
    li       r2, 104160
    vcopy    r1, r2, 672
    li       r1, 1063063
    li       r2, 104832
    vcopy    r1, r2, 672
    li       r1, 1063753
    li       r2, 105504
    vcopy    r1, r2, 672
    li       r1, 1064443
    li       r2, 106176
    vcopy    r1, r2, 672
    li       r1, 1065133
    li       r2, 106848
    vcopy    r1, r2, 672
    li       r1, 1065823
    li       r2, 107520
    vcopy    r1, r2, 672
    li       r1, 1066513
    li       r2, 108192
    vcopy    r1, r2, 672
    li       r1, 1067203
    li       r2, 108864
    vcopy    r1, r2, 672
    li       r1, 1067893
    li       r2, 109536
    vcopy    r1, r2, 672
    li       r1, 1068583
    li       r2, 110208
    vcopy    r1, r2, 672
    li       r1, 1069273
    li       r2, 110880
    vcopy    r1, r2, 672
    li       r1, 1069963
    li       r2, 111552
    vcopy    r1, r2, 672
    li       r1, 1070653
    li       r2, 112224
    vcopy    r1, r2, 672
    li       r1, 1071343
    li       r2, 112896
    vcopy    r1, r2, 672
    li       r1, 1072033
    li       r2, 113568
    vcopy    r1, r2, 672
    li       r1, 1072723
    li       r2, 114240
    vcopy    r1, r2, 672
    li       r1, 1073413
    li       r2, 114912
    vcopy    r1, r2, 672
    li       r1, 1074103
    li       r2, 115584
    vcopy    r1, r2, 672
    li       r1, 1074793
    li       r2, 116256
    vcopy    r1, r2, 672
    li       r1, 1075483
    li       r2, 116928
    vcopy    r1, r2, 672
    li       r1, 1076173
    li       r2, 117600
    vcopy    r1, r2, 672
    li       r1, 1076863
    li       r2, 118272
    vcopy    r1, r2, 672
    li       r1, 1077553
    li       r2, 118944
    vcopy    r1, r2, 672
    li       r1, 1078243
    li       r2, 119616
    vcopy    r1, r2, 672
    li       r1, 1078933
    li       r2, 120288
    vcopy    r1, r2, 672
    li       r1, 1079623
    li       r2, 120960
    vcopy    r1, r2, 672
    li       r1, 1080313
    li       r2, 121632
    vcopy    r1, r2, 672
    li       r1, 1081003
    li       r2, 122304
    vcopy    r1, r2, 672
    li       r1, 1081693
    li       r2, 122976
    vcopy    r1, r2, 672
    li       r1, 1082383
    li       r2, 123648
    vcopy    r1, r2, 672
    li       r1, 1083073
    li       r2, 124320
    vcopy    r1, r2, 672
    li       r1, 1083763
    li       r2, 124992
    vcopy    r1, r2, 672
    li       r1, 1084453
    li       r2, 125664
    vcopy    r1, r2, 672
    li       r1, 1085143
    li       r2, 126336
    vcopy    r1, r2, 672
    li       r1, 1085833
    li       r2, 127008
    vcopy    r1, r2, 672
    li       r1, 1086523
    li       r2, 127680
    vcopy    r1, r2, 672
    li       r1, 1087213
    li       r2, 128352
    vcopy    r1, r2, 672
    li       r1, 1087903
    li       r2, 129024
    vcopy    r1, r2, 672
    li       r1, 1088593
    li       r2, 129696
    vcopy    r1, r2, 672
    li       r1, 1089283
    li       r2, 130368
    vcopy    r1, r2, 672
    li       r1, 1089973
    li       r2, 131040
    vcopy    r1, r2, 672
    li       r1, 1090663
    li       r2, 131712
    vcopy    r1, r2, 672
    li       r1, 1091353
    li       r2, 132384
    vcopy    r1, r2, 672
    li       r1, 1092043
    li       r2, 133056
    vcopy    r1, r2, 672
    li       r1, 1092733
    li       r2, 133728
    vcopy    r1, r2, 672
    li       r1, 1093423
    li       r2, 134400
    vcopy    r1, r2, 672
    li       r1, 1094113
    li       r2, 135072
    vcopy    r1, r2, 672
    li       r1, 1094803
    li       r2, 135744
    vcopy    r1, r2, 672
    li       r1, 1095493
    li       r2, 136416
    vcopy    r1, r2, 672
    li       r1, 1096183
    li       r2, 137088
    vcopy    r1, r2, 672
    li       r1, 1096873
    li       r2, 137760
    vcopy    r1, r2, 672
    li       r1, 1097563
    li       r2, 138432
    vcopy    r1, r2, 672
    li       r1, 1098253
    li       r2, 139104
    vcopy    r1, r2, 672
    li       r1, 1098943
    li       r2, 139776
    vcopy    r1, r2, 672
    li       r1, 1099633
    li       r2, 140448
    vcopy    r1, r2, 672
    li       r1, 1100323
    li       r2, 141120
    vcopy    r1, r2, 672
    li       r1, 1101013
    li       r2, 141792
    vcopy    r1, r2, 672
    li       r1, 1101703
    li       r2, 142464
    vcopy    r1, r2, 672
    li       r1, 1102393
    li       r2, 143136
    vcopy    r1, r2, 672
    li       r1, 1103083
    li       r2, 143808
    vcopy    r1, r2, 672
    li       r1, 1103773
    li       r2, 144480
    vcopy    r1, r2, 672
    li       r1, 1104463
    li       r2, 145152
    vcopy    r1, r2, 672
    li       r1, 1105153
    li       r2, 145824
    vcopy    r1, r2, 672
    li       r1, 1105843
    li       r2, 146496
    vcopy    r1, r2, 672
    li       r1, 1106533
    li       r2, 147168
    vcopy    r1, r2, 672
    li       r1, 1107223
    li       r2, 147840
    vcopy    r1, r2, 672
    li       r1, 1107913
    li       r2, 148512
    vcopy    r1, r2, 672
    li       r1, 1108603
    li       r2, 149184
    vcopy    r1, r2, 672
    li       r1, 1109293
    li       r2, 149856
    vcopy    r1, r2, 672
    li       r10, 953344
    li       r12, 150528
    li       r8, 0
L694:
    li       r9, 0
    addi     r11, r10, 0
L696:
    addi     r1, r11, 0
    li       r2, 1112044
    vcopy    r2, r1, 21
    addi     r1, r11, 690
    li       r2, 1112065
    vcopy    r2, r1, 21
    addi     r1, r11, 1380
    li       r2, 1112086
    vcopy    r2, r1, 21
    addi     r1, r11, 2070
    li       r2, 1112107
    vcopy    r2, r1, 21
    addi     r1, r11, 2760
    li       r2, 1112128
    vcopy    r2, r1, 21
    addi     r1, r11, 3450
    li       r2, 1112149
    vcopy    r2, r1, 21
    addi     r1, r11, 4140
    li       r2, 1112170
    vcopy    r2, r1, 21
    li       r4, 1112044
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 6
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 112
    blt      r9, r13, L696
    addi     r10, r10, 1380
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L694
    li       r1, 0
    send     r1, 1, 1, 65535
    li       r1, 65535
    send     r1, 1, 1, 65535
    li       r1, 131070
    send     r1, 1, 1, 19458
    li       r1, 250880
    recv     r1, 1, 2, 65535
    li       r1, 316415
    recv     r1, 1, 2, 34817
    li       r1, 0
    send     r1, 2, 3, 65535
    li       r1, 65535
    send     r1, 2, 3, 65535
    li       r1, 131070
    send     r1, 2, 3, 19458
    li       r1, 351232
    recv     r1, 2, 4, 65535
    li       r1, 416767
    recv     r1, 2, 4, 34817
    li       r1, 0
    send     r1, 3, 5, 65535
    li       r1, 65535
    send     r1, 3, 5, 65535
    li       r1, 131070
    send     r1, 3, 5, 19458
    li       r1, 451584
    recv     r1, 3, 6, 65535
    li       r1, 517119
    recv     r1, 3, 6, 34817
    li       r1, 0
    send     r1, 4, 7, 65535
    li       r1, 65535
    send     r1, 4, 7, 65535
    li       r1, 131070
    send     r1, 4, 7, 19458
    li       r1, 551936
    recv     r1, 4, 8, 65535
    li       r1, 617471
    recv     r1, 4, 8, 34817
    li       r1, 0
    send     r1, 5, 9, 65535
    li       r1, 65535
    send     r1, 5, 9, 65535
    li       r1, 131070
    send     r1, 5, 9, 19458
    li       r1, 652288
    recv     r1, 5, 10, 65535
    li       r1, 717823
    recv     r1, 5, 10, 34817
    li       r1, 0
    send     r1, 6, 11, 65535
    li       r1, 65535
    send     r1, 6, 11, 65535
    li       r1, 131070
    send     r1, 6, 11, 19458
    li       r1, 752640
    recv     r1, 6, 12, 65535
    li       r1, 818175
    recv     r1, 6, 12, 34817
    li       r1, 0
    send     r1, 7, 13, 65535
    li       r1, 65535
    send     r1, 7, 13, 65535
    li       r1, 131070
    send     r1, 7, 13, 19458
    li       r1, 852992
    recv     r1, 7, 14, 65535
    li       r1, 918527
    recv     r1, 7, 14, 34817
    li       r8, 0
    li       r9, 150528
    li       r10, 150528
    li       r3, 1112191
L803:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 12544
    blt      r8, r13, L803
.layer 1
    li       r1, 1112319
    li       r2, 150528
    vrelu    r1, r2, 65535
    li       r1, 1177854
    li       r2, 216063
    vrelu    r1, r2, 65535
    li       r1, 1243389
    li       r2, 281598
    vrelu    r1, r2, 65535
    li       r1, 1308924
    li       r2, 347133
    vrelu    r1, r2, 65535
    li       r1, 1374459
    li       r2, 412668
    vrelu    r1, r2, 65535
    li       r1, 1439994
    li       r2, 478203
    vrelu    r1, r2, 65535
    li       r1, 1505529
    li       r2, 543738
    vrelu    r1, r2, 65535
    li       r1, 1571064
    li       r2, 609273
    vrelu    r1, r2, 65535
    li       r1, 1636599
    li       r2, 674808
    vrelu    r1, r2, 65535
    li       r1, 1702134
    li       r2, 740343
    vrelu    r1, r2, 65535
    li       r1, 1767669
    li       r2, 805878
    vrelu    r1, r2, 65535
    li       r1, 1833204
    li       r2, 871413
    vrelu    r1, r2, 65535
    li       r1, 1898739
    li       r2, 936948
    vrelu    r1, r2, 16396
.layer 2
    li       r1, 1922495
    li       r2, 1112319
    vcopy    r1, r2, 7168
    li       r1, 1929791
    li       r2, 1119487
    vcopy    r1, r2, 7168
    li       r1, 1937087
    li       r2, 1126655
    vcopy    r1, r2, 7168
    li       r1, 1944383
    li       r2, 1133823
    vcopy    r1, r2, 7168
    li       r1, 1951679
    li       r2, 1140991
    vcopy    r1, r2, 7168
    li       r1, 1958975
    li       r2, 1148159
    vcopy    r1, r2, 7168
    li       r1, 1966271
    li       r2, 1155327
    vcopy    r1, r2, 7168
    li       r1, 1973567
    li       r2, 1162495
    vcopy    r1, r2, 7168
    li       r1, 1980863
    li       r2, 1169663
    vcopy    r1, r2, 7168
    li       r1, 1988159
    li       r2, 1176831
    vcopy    r1, r2, 7168
    li       r1, 1995455
    li       r2, 1183999
    vcopy    r1, r2, 7168
    li       r1, 2002751
    li       r2, 1191167
    vcopy    r1, r2, 7168
    li       r1, 2010047
    li       r2, 1198335
    vcopy    r1, r2, 7168
    li       r1, 2017343
    li       r2, 1205503
    vcopy    r1, r2, 7168
    li       r1, 2024639
    li       r2, 1212671
    vcopy    r1, r2, 7168
    li       r1, 2031935
    li       r2, 1219839
    vcopy    r1, r2, 7168
    li       r1, 2039231
    li       r2, 1227007
    vcopy    r1, r2, 7168
    li       r1, 2046527
    li       r2, 1234175
    vcopy    r1, r2, 7168
    li       r1, 2053823
    li       r2, 1241343
    vcopy    r1, r2, 7168
    li       r1, 2061119
    li       r2, 1248511
    vcopy    r1, r2, 7168
    li       r1, 2068415
    li       r2, 1255679
    vcopy    r1, r2, 7168
    li       r1, 2075711
    li       r2, 1262847
    vcopy    r1, r2, 7168
    li       r1, 2083007
    li       r2, 1270015
    vcopy    r1, r2, 7168
    li       r1, 2090303
    li       r2, 1277183
    vcopy    r1, r2, 7168
    li       r1, 2097599
    li       r2, 1284351
    vcopy    r1, r2, 7168
    li       r1, 2104895
    li       r2, 1291519
    vcopy    r1, r2, 7168
    li       r1, 2112191
    li       r2, 1298687
    vcopy    r1, r2, 7168
    li       r1, 2119487
    li       r2, 1305855
    vcopy    r1, r2, 7168
    li       r1, 2126783
    li       r2, 1313023
    vcopy    r1, r2, 7168
    li       r1, 2134079
    li       r2, 1320191
    vcopy    r1, r2, 7168
    li       r1, 2141375
    li       r2, 1327359
    vcopy    r1, r2, 7168
    li       r1, 2148671
    li       r2, 1334527
    vcopy    r1, r2, 7168
    li       r1, 2155967
    li       r2, 1341695
    vcopy    r1, r2, 7168
    li       r1, 2163263
    li       r2, 1348863
    vcopy    r1, r2, 7168
    li       r1, 2170559
    li       r2, 1356031
    vcopy    r1, r2, 7168
    li       r1, 2177855
    li       r2, 1363199
    vcopy    r1, r2, 7168
    li       r1, 2185151
    li       r2, 1370367
    vcopy    r1, r2, 7168
    li       r1, 2192447
    li       r2, 1377535
    vcopy    r1, r2, 7168
    li       r1, 2199743
    li       r2, 1384703
    vcopy    r1, r2, 7168
    li       r1, 2207039
    li       r2, 1391871
    vcopy    r1, r2, 7168
    li       r1, 2214335
    li       r2, 1399039
    vcopy    r1, r2, 7168
    li       r1, 2221631
    li       r2, 1406207
    vcopy    r1, r2, 7168
    li       r1, 2228927
    li       r2, 1413375
    vcopy    r1, r2, 7168
    li       r1, 2236223
    li       r2, 1420543
    vcopy    r1, r2, 7168
    li       r1, 2243519
    li       r2, 1427711
    vcopy    r1, r2, 7168
    li       r1, 2250815
    li       r2, 1434879
    vcopy    r1, r2, 7168
    li       r1, 2258111
    li       r2, 1442047
    vcopy    r1, r2, 7168
    li       r1, 2265407
    li       r2, 1449215
    vcopy    r1, r2, 7168
    li       r1, 2272703
    li       r2, 1456383
    vcopy    r1, r2, 7168
    li       r1, 2279999
    li       r2, 1463551
    vcopy    r1, r2, 7168
    li       r1, 2287295
    li       r2, 1470719
    vcopy    r1, r2, 7168
    li       r1, 2294591
    li       r2, 1477887
    vcopy    r1, r2, 7168
    li       r1, 2301887
    li       r2, 1485055
    vcopy    r1, r2, 7168
    li       r1, 2309183
    li       r2, 1492223
    vcopy    r1, r2, 7168
    li       r1, 2316479
    li       r2, 1499391
    vcopy    r1, r2, 7168
    li       r1, 2323775
    li       r2, 1506559
    vcopy    r1, r2, 7168
    li       r1, 2331071
    li       r2, 1513727
    vcopy    r1, r2, 7168
    li       r1, 2338367
    li       r2, 1520895
    vcopy    r1, r2, 7168
    li       r1, 2345663
    li       r2, 1528063
    vcopy    r1, r2, 7168
    li       r1, 2352959
    li       r2, 1535231
    vcopy    r1, r2, 7168
    li       r1, 2360255
    li       r2, 1542399
    vcopy    r1, r2, 7168
    li       r1, 2367551
    li       r2, 1549567
    vcopy    r1, r2, 7168
    li       r1, 2374847
    li       r2, 1556735
    vcopy    r1, r2, 7168
    li       r1, 2382143
    li       r2, 1563903
    vcopy    r1, r2, 7168
    li       r1, 2389439
    li       r2, 1571071
    vcopy    r1, r2, 7168
    li       r1, 2396735
    li       r2, 1578239
    vcopy    r1, r2, 7168
    li       r1, 2404031
    li       r2, 1585407
    vcopy    r1, r2, 7168
    li       r1, 2411327
    li       r2, 1592575
    vcopy    r1, r2, 7168
    li       r1, 2418623
    li       r2, 1599743
    vcopy    r1, r2, 7168
    li       r1, 2425919
    li       r2, 1606911
    vcopy    r1, r2, 7168
    li       r1, 2433215
    li       r2, 1614079
    vcopy    r1, r2, 7168
    li       r1, 2440511
    li       r2, 1621247
    vcopy    r1, r2, 7168
    li       r1, 2447807
    li       r2, 1628415
    vcopy    r1, r2, 7168
    li       r1, 2455103
    li       r2, 1635583
    vcopy    r1, r2, 7168
    li       r1, 2462399
    li       r2, 1642751
    vcopy    r1, r2, 7168
    li       r1, 2469695
    li       r2, 1649919
    vcopy    r1, r2, 7168
    li       r1, 2476991
    li       r2, 1657087
    vcopy    r1, r2, 7168
    li       r1, 2484287
    li       r2, 1664255
    vcopy    r1, r2, 7168
    li       r1, 2491583
    li       r2, 1671423
    vcopy    r1, r2, 7168
    li       r1, 2498879
    li       r2, 1678591
    vcopy    r1, r2, 7168
    li       r1, 2506175
    li       r2, 1685759
    vcopy    r1, r2, 7168
    li       r1, 2513471
    li       r2, 1692927
    vcopy    r1, r2, 7168
    li       r1, 2520767
    li       r2, 1700095
    vcopy    r1, r2, 7168
    li       r1, 2528063
    li       r2, 1707263
    vcopy    r1, r2, 7168
    li       r1, 2535359
    li       r2, 1714431
    vcopy    r1, r2, 7168
    li       r1, 2542655
    li       r2, 1721599
    vcopy    r1, r2, 7168
    li       r1, 2549951
    li       r2, 1728767
    vcopy    r1, r2, 7168
    li       r1, 2557247
    li       r2, 1735935
    vcopy    r1, r2, 7168
    li       r1, 2564543
    li       r2, 1743103
    vcopy    r1, r2, 7168
    li       r1, 2571839
    li       r2, 1750271
    vcopy    r1, r2, 7168
    li       r1, 2579135
    li       r2, 1757439
    vcopy    r1, r2, 7168
    li       r1, 2586431
    li       r2, 1764607
    vcopy    r1, r2, 7168
    li       r1, 2593727
    li       r2, 1771775
    vcopy    r1, r2, 7168
    li       r1, 2601023
    li       r2, 1778943
    vcopy    r1, r2, 7168
    li       r1, 2608319
    li       r2, 1786111
    vcopy    r1, r2, 7168
    li       r1, 2615615
    li       r2, 1793279
    vcopy    r1, r2, 7168
    li       r1, 2622911
    li       r2, 1800447
    vcopy    r1, r2, 7168
    li       r1, 2630207
    li       r2, 1807615
    vcopy    r1, r2, 7168
    li       r1, 2637503
    li       r2, 1814783
    vcopy    r1, r2, 7168
    li       r1, 2644799
    li       r2, 1821951
    vcopy    r1, r2, 7168
    li       r1, 2652095
    li       r2, 1829119
    vcopy    r1, r2, 7168
    li       r1, 2659391
    li       r2, 1836287
    vcopy    r1, r2, 7168
    li       r1, 2666687
    li       r2, 1843455
    vcopy    r1, r2, 7168
    li       r1, 2673983
    li       r2, 1850623
    vcopy    r1, r2, 7168
    li       r1, 2681279
    li       r2, 1857791
    vcopy    r1, r2, 7168
    li       r1, 2688575
    li       r2, 1864959
    vcopy    r1, r2, 7168
    li       r1, 2695871
    li       r2, 1872127
    vcopy    r1, r2, 7168
    li       r1, 2703167
    li       r2, 1879295
    vcopy    r1, r2, 7168
    li       r1, 2710463
    li       r2, 1886463
    vcopy    r1, r2, 7168
    li       r1, 2717759
    li       r2, 1893631
    vcopy    r1, r2, 7168
    li       r1, 2725055
    li       r2, 1900799
    vcopy    r1, r2, 7168
    li       r1, 2732351
    li       r2, 1907967
    vcopy    r1, r2, 7168
    li       r8, 0
    li       r10, 1915135
    li       r12, 2746879
L1187:
    li       r9, 0
    addi     r11, r10, 0
L1189:
    vpool    r12, r11, max, 3, 3, 7296, 64
    addi     r11, r11, 128
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L1189
    addi     r10, r10, 14592
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L1187
.layer 3
    li       r1, 2746879
    send     r1, 8, 15, 65535
    li       r1, 2812414
    send     r1, 8, 15, 65535
    li       r1, 2877949
    send     r1, 8, 15, 65535
    li       r1, 2943484
    send     r1, 8, 15, 4099
    li       r1, 2746879
    send     r1, 9, 16, 65535
    li       r1, 2812414
    send     r1, 9, 16, 65535
    li       r1, 2877949
    send     r1, 9, 16, 65535
    li       r1, 2943484
    send     r1, 9, 16, 4099
    li       r1, 2746879
    send     r1, 10, 18, 65535
    li       r1, 2812414
    send     r1, 10, 18, 65535
    li       r1, 2877949
    send     r1, 10, 18, 65535
    li       r1, 2943484
    send     r1, 10, 18, 4099
    li       r1, 2746879
    send     r1, 11, 20, 65535
    li       r1, 2812414
    send     r1, 11, 20, 65535
    li       r1, 2877949
    send     r1, 11, 20, 65535
    li       r1, 2943484
    send     r1, 11, 20, 4099
    li       r1, 2746879
    send     r1, 12, 21, 65535
    li       r1, 2812414
    send     r1, 12, 21, 65535
    li       r1, 2877949
    send     r1, 12, 21, 65535
    li       r1, 2943484
    send     r1, 12, 21, 4099
    li       r1, 2746879
    send     r1, 13, 23, 65535
    li       r1, 2812414
    send     r1, 13, 23, 65535
    li       r1, 2877949
    send     r1, 13, 23, 65535
    li       r1, 2943484
    send     r1, 13, 23, 4099
    li       r1, 2746879
    send     r1, 14, 26, 65535
    li       r1, 2812414
    send     r1, 14, 26, 65535
    li       r1, 2877949
    send     r1, 14, 26, 65535
    li       r1, 2943484
    send     r1, 14, 26, 4099
    li       r1, 2746879
    send     r1, 15, 27, 65535
    li       r1, 2812414
    send     r1, 15, 27, 65535
    li       r1, 2877949
    send     r1, 15, 27, 65535
    li       r1, 2943484
    send     r1, 15, 27, 4099
    li       r1, 2746879
    send     r1, 31, 29, 65535
    li       r1, 2812414
    send     r1, 31, 29, 65535
    li       r1, 2877949
    send     r1, 31, 29, 65535
    li       r1, 2943484
    send     r1, 31, 29, 4099
.layer 6
    li       r1, 2746879
    send     r1, 30, 49, 65535
    li       r1, 2812414
    send     r1, 30, 49, 65535
    li       r1, 2877949
    send     r1, 30, 49, 65535
    li       r1, 2943484
    send     r1, 30, 49, 4099
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 1
    prog     x0, 1
    xwin     x0, 0, 147, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 0
    li       r1, 100352
    recv     r1, 0, 1, 65535
    li       r1, 165887
    recv     r1, 0, 1, 65535
    li       r1, 231422
    recv     r1, 0, 1, 19458
    li       r1, 252959
    li       r2, 100352
    vcopy    r1, r2, 672
    li       r1, 253649
    li       r2, 101024
    vcopy    r1, r2, 672
    li       r1, 254339
    li       r2, 101696
    vcopy    r1, r2, 672
    li       r1, 255029
    li       r2, 102368
    vcopy    r1, r2, 672
    li       r1, 255719
    li       r2, 103040
    vcopy    r1, r2, 672
    li       r1, 256409
    li       r2, 103712
    vcopy    r1, r2, 672
    li       r1, 257099
    li       r2, 104384
    vcopy    r1, r2, 672
    li       r1, 257789
    li       r2, 105056
    vcopy    r1, r2, 672
    li       r1, 258479
    li       r2, 105728
    vcopy    r1, r2, 672
    li       r1, 259169
    li       r2, 106400
    vcopy    r1, r2, 672
    li       r1, 259859
    li       r2, 107072
    vcopy    r1, r2, 672
    li       r1, 260549
    li       r2, 107744
    vcopy    r1, r2, 672
    li       r1, 261239
    li       r2, 108416
    vcopy    r1, r2, 672
    li       r1, 261929
    li       r2, 109088
    vcopy    r1, r2, 672
    li       r1, 262619
    li       r2, 109760
    vcopy    r1, r2, 672
    li       r1, 263309
    li       r2, 110432
    vcopy    r1, r2, 672
    li       r1, 263999
    li       r2, 111104
    vcopy    r1, r2, 672
    li       r1, 264689
    li       r2, 111776
    vcopy    r1, r2, 672
    li       r1, 265379
    li       r2, 112448
    vcopy    r1, r2, 672
    li       r1, 266069
    li       r2, 113120
    vcopy    r1, r2, 672
    li       r1, 266759
    li       r2, 113792
    vcopy    r1, r2, 672
    li       r1, 267449
    li       r2, 114464
    vcopy    r1, r2, 672
    li       r1, 268139
    li       r2, 115136
    vcopy    r1, r2, 672
    li       r1, 268829
    li       r2, 115808
    vcopy    r1, r2, 672
    li       r1, 269519
    li       r2, 116480
    vcopy    r1, r2, 672
    li       r1, 270209
    li       r2, 117152
    vcopy    r1, r2, 672
    li       r1, 270899
    li       r2, 117824
    vcopy    r1, r2, 672
    li       r1, 271589
    li       r2, 118496
    vcopy    r1, r2, 672
    li       r1, 272279
    li       r2, 119168
    vcopy    r1, r2, 672
    li       r1, 272969
    li       r2, 119840
    vcopy    r1, r2, 672
    li       r1, 273659
    li       r2, 120512
    vcopy    r1, r2, 672
    li       r1, 274349
    li       r2, 121184
    vcopy    r1, r2, 672
    li       r1, 275039
    li       r2, 121856
    vcopy    r1, r2, 672
    li       r1, 275729
    li       r2, 122528
    vcopy    r1, r2, 672
    li       r1, 276419
    li       r2, 123200
    vcopy    r1, r2, 672
    li       r1, 277109
    li       r2, 123872
    vcopy    r1, r2, 672
    li       r1, 277799
    li       r2, 124544
    vcopy    r1, r2, 672
    li       r1, 278489
    li       r2, 125216
    vcopy    r1, r2, 672
    li       r1, 279179
    li       r2, 125888
    vcopy    r1, r2, 672
    li       r1, 279869
    li       r2, 126560
    vcopy    r1, r2, 672
    li       r1, 280559
    li       r2, 127232
    vcopy    r1, r2, 672
    li       r1, 281249
    li       r2, 127904
    vcopy    r1, r2, 672
    li       r1, 281939
    li       r2, 128576
    vcopy    r1, r2, 672
    li       r1, 282629
    li       r2, 129248
    vcopy    r1, r2, 672
    li       r1, 283319
    li       r2, 129920
    vcopy    r1, r2, 672
    li       r1, 284009
    li       r2, 130592
    vcopy    r1, r2, 672
    li       r1, 284699
    li       r2, 131264
    vcopy    r1, r2, 672
    li       r1, 285389
    li       r2, 131936
    vcopy    r1, r2, 672
    li       r1, 286079
    li       r2, 132608
    vcopy    r1, r2, 672
    li       r1, 286769
    li       r2, 133280
    vcopy    r1, r2, 672
    li       r1, 287459
    li       r2, 133952
    vcopy    r1, r2, 672
    li       r1, 288149
    li       r2, 134624
    vcopy    r1, r2, 672
    li       r1, 288839
    li       r2, 135296
    vcopy    r1, r2, 672
    li       r1, 289529
    li       r2, 135968
    vcopy    r1, r2, 672
    li       r1, 290219
    li       r2, 136640
    vcopy    r1, r2, 672
    li       r1, 290909
    li       r2, 137312
    vcopy    r1, r2, 672
    li       r1, 291599
    li       r2, 137984
    vcopy    r1, r2, 672
    li       r1, 292289
    li       r2, 138656
    vcopy    r1, r2, 672
    li       r1, 292979
    li       r2, 139328
    vcopy    r1, r2, 672
    li       r1, 293669
    li       r2, 140000
    vcopy    r1, r2, 672
    li       r1, 294359
    li       r2, 140672
    vcopy    r1, r2, 672
    li       r1, 295049
    li       r2, 141344
    vcopy    r1, r2, 672
    li       r1, 295739
    li       r2, 142016
    vcopy    r1, r2, 672
    li       r1, 296429
    li       r2, 142688
    vcopy    r1, r2, 672
    li       r1, 297119
    li       r2, 143360
    vcopy    r1, r2, 672
    li       r1, 297809
    li       r2, 144032
    vcopy    r1, r2, 672
    li       r1, 298499
    li       r2, 144704
    vcopy    r1, r2, 672
    li       r1, 299189
    li       r2, 145376
    vcopy    r1, r2, 672
    li       r1, 299879
    li       r2, 146048
    vcopy    r1, r2, 672
    li       r1, 300569
    li       r2, 146720
    vcopy    r1, r2, 672
    li       r1, 301259
    li       r2, 147392
    vcopy    r1, r2, 672
    li       r1, 301949
    li       r2, 148064
    vcopy    r1, r2, 672
    li       r1, 302639
    li       r2, 148736
    vcopy    r1, r2, 672
    li       r1, 303329
    li       r2, 149408
    vcopy    r1, r2, 672
    li       r1, 304019
    li       r2, 150080
    vcopy    r1, r2, 672
    li       r1, 304709
    li       r2, 150752
    vcopy    r1, r2, 672
    li       r1, 305399
    li       r2, 151424
    vcopy    r1, r2, 672
    li       r1, 306089
    li       r2, 152096
    vcopy    r1, r2, 672
    li       r1, 306779
    li       r2, 152768
    vcopy    r1, r2, 672
    li       r1, 307469
    li       r2, 153440
    vcopy    r1, r2, 672
    li       r1, 308159
    li       r2, 154112
    vcopy    r1, r2, 672
    li       r1, 308849
    li       r2, 154784
    vcopy    r1, r2, 672
    li       r1, 309539
    li       r2, 155456
    vcopy    r1, r2, 672
    li       r1, 310229
    li       r2, 156128
    vcopy    r1, r2, 672
    li       r1, 310919
    li       r2, 156800
    vcopy    r1, r2, 672
    li       r1, 311609
    li       r2, 157472
    vcopy    r1, r2, 672
    li       r1, 312299
    li       r2, 158144
    vcopy    r1, r2, 672
    li       r1, 312989
    li       r2, 158816
    vcopy    r1, r2, 672
    li       r1, 313679
    li       r2, 159488
    vcopy    r1, r2, 672
    li       r1, 314369
    li       r2, 160160
    vcopy    r1, r2, 672
    li       r1, 315059
    li       r2, 160832
    vcopy    r1, r2, 672
    li       r1, 315749
    li       r2, 161504
    vcopy    r1, r2, 672
    li       r1, 316439
    li       r2, 162176
    vcopy    r1, r2, 672
    li       r1, 317129
    li       r2, 162848
    vcopy    r1, r2, 672
    li       r1, 317819
    li       r2, 163520
    vcopy    r1, r2, 672
    li       r1, 318509
    li       r2, 164192
    vcopy    r1, r2, 672
    li       r1, 319199
    li       r2, 164864
    vcopy    r1, r2, 672
    li       r1, 319889
    li       r2, 165536
    vcopy    r1, r2, 672
    li       r1, 320579
    li       r2, 166208
    vcopy    r1, r2, 672
    li       r1, 321269
    li       r2, 166880
    vcopy    r1, r2, 672
    li       r1, 321959
    li       r2, 167552
    vcopy    r1, r2, 672
    li       r1, 322649
    li       r2, 168224
    vcopy    r1, r2, 672
    li       r1, 323339
    li       r2, 168896
    vcopy    r1, r2, 672
    li       r1, 324029
    li       r2, 169568
    vcopy    r1, r2, 672
    li       r1, 324719
    li       r2, 170240
    vcopy    r1, r2, 672
    li       r1, 325409
    li       r2, 170912
    vcopy    r1, r2, 672
    li       r1, 326099
    li       r2, 171584
    vcopy    r1, r2, 672
    li       r1, 326789
    li       r2, 172256
    vcopy    r1, r2, 672
    li       r1, 327479
    li       r2, 172928
    vcopy    r1, r2, 672
    li       r1, 328169
    li       r2, 173600
    vcopy    r1, r2, 672
    li       r1, 328859
    li       r2, 174272
    vcopy    r1, r2, 672
    li       r1, 329549
    li       r2, 174944
    vcopy    r1, r2, 672
    li       r1, 330239
    li       r2, 175616
    vcopy    r1, r2, 672
    li       r1, 330929
    li       r2, 176288
    vcopy    r1, r2, 672
    li       r1, 331619
    li       r2, 176960
    vcopy    r1, r2, 672
    li       r1, 332309
    li       r2, 177632
    vcopy    r1, r2, 672
    li       r1, 332999
    li       r2, 178304
    vcopy    r1, r2, 672
    li       r1, 333689
    li       r2, 178976
    vcopy    r1, r2, 672
    li       r1, 334379
    li       r2, 179648
    vcopy    r1, r2, 672
    li       r1, 335069
    li       r2, 180320
    vcopy    r1, r2, 672
    li       r1, 335759
    li       r2, 180992
    vcopy    r1, r2, 672
    li       r1, 336449
    li       r2, 181664
    vcopy    r1, r2, 672
    li       r1, 337139
    li       r2, 182336
    vcopy    r1, r2, 672
    li       r1, 337829
    li       r2, 183008
    vcopy    r1, r2, 672
    li       r1, 338519
    li       r2, 183680
    vcopy    r1, r2, 672
    li       r1, 339209
    li       r2, 184352
    vcopy    r1, r2, 672
    li       r1, 339899
    li       r2, 185024
    vcopy    r1, r2, 672
    li       r1, 340589
    li       r2, 185696
    vcopy    r1, r2, 672
    li       r1, 341279
    li       r2, 186368
    vcopy    r1, r2, 672
    li       r1, 341969
    li       r2, 187040
    vcopy    r1, r2, 672
    li       r1, 342659
    li       r2, 187712
    vcopy    r1, r2, 672
    li       r1, 343349
    li       r2, 188384
    vcopy    r1, r2, 672
    li       r1, 344039
    li       r2, 189056
    vcopy    r1, r2, 672
    li       r1, 344729
    li       r2, 189728
    vcopy    r1, r2, 672
    li       r1, 345419
    li       r2, 190400
    vcopy    r1, r2, 672
    li       r1, 346109
    li       r2, 191072
    vcopy    r1, r2, 672
    li       r1, 346799
    li       r2, 191744
    vcopy    r1, r2, 672
    li       r1, 347489
    li       r2, 192416
    vcopy    r1, r2, 672
    li       r1, 348179
    li       r2, 193088
    vcopy    r1, r2, 672
    li       r1, 348869
    li       r2, 193760
    vcopy    r1, r2, 672
    li       r1, 349559
    li       r2, 194432
    vcopy    r1, r2, 672
    li       r1, 350249
    li       r2, 195104
    vcopy    r1, r2, 672
    li       r1, 350939
    li       r2, 195776
    vcopy    r1, r2, 672
    li       r1, 351629
    li       r2, 196448
    vcopy    r1, r2, 672
    li       r1, 352319
    li       r2, 197120
    vcopy    r1, r2, 672
    li       r1, 353009
    li       r2, 197792
    vcopy    r1, r2, 672
    li       r1, 353699
    li       r2, 198464
    vcopy    r1, r2, 672
    li       r1, 354389
    li       r2, 199136
    vcopy    r1, r2, 672
    li       r1, 355079
    li       r2, 199808
    vcopy    r1, r2, 672
    li       r1, 355769
    li       r2, 200480
    vcopy    r1, r2, 672
    li       r1, 356459
    li       r2, 201152
    vcopy    r1, r2, 672
    li       r1, 357149
    li       r2, 201824
    vcopy    r1, r2, 672
    li       r1, 357839
    li       r2, 202496
    vcopy    r1, r2, 672
    li       r1, 358529
    li       r2, 203168
    vcopy    r1, r2, 672
    li       r1, 359219
    li       r2, 203840
    vcopy    r1, r2, 672
    li       r1, 359909
    li       r2, 204512
    vcopy    r1, r2, 672
    li       r1, 360599
    li       r2, 205184
    vcopy    r1, r2, 672
    li       r1, 361289
    li       r2, 205856
    vcopy    r1, r2, 672
    li       r1, 361979
    li       r2, 206528
    vcopy    r1, r2, 672
    li       r1, 362669
    li       r2, 207200
    vcopy    r1, r2, 672
    li       r1, 363359
    li       r2, 207872
    vcopy    r1, r2, 672
    li       r1, 364049
    li       r2, 208544
    vcopy    r1, r2, 672
    li       r1, 364739
    li       r2, 209216
    vcopy    r1, r2, 672
    li       r1, 365429
    li       r2, 209888
    vcopy    r1, r2, 672
    li       r1, 366119
    li       r2, 210560
    vcopy    r1, r2, 672
    li       r1, 366809
    li       r2, 211232
    vcopy    r1, r2, 672
    li       r1, 367499
    li       r2, 211904
    vcopy    r1, r2, 672
    li       r1, 368189
    li       r2, 212576
    vcopy    r1, r2, 672
    li       r1, 368879
    li       r2, 213248
    vcopy    r1, r2, 672
    li       r1, 369569
    li       r2, 213920
    vcopy    r1, r2, 672
    li       r1, 370259
    li       r2, 214592
    vcopy    r1, r2, 672
    li       r1, 370949
    li       r2, 215264
    vcopy    r1, r2, 672
    li       r1, 371639
    li       r2, 215936
    vcopy    r1, r2, 672
    li       r1, 372329
    li       r2, 216608
    vcopy    r1, r2, 672
    li       r1, 373019
    li       r2, 217280
    vcopy    r1, r2, 672
    li       r1, 373709
    li       r2, 217952
    vcopy    r1, r2, 672
    li       r1, 374399
    li       r2, 218624
    vcopy    r1, r2, 672
    li       r1, 375089
    li       r2, 219296
    vcopy    r1, r2, 672
    li       r1, 375779
    li       r2, 219968
    vcopy    r1, r2, 672
    li       r1, 376469
    li       r2, 220640
    vcopy    r1, r2, 672
    li       r1, 377159
    li       r2, 221312
    vcopy    r1, r2, 672
    li       r1, 377849
    li       r2, 221984
    vcopy    r1, r2, 672
    li       r1, 378539
    li       r2, 222656
    vcopy    r1, r2, 672
    li       r1, 379229
    li       r2, 223328
    vcopy    r1, r2, 672
    li       r1, 379919
    li       r2, 224000
    vcopy    r1, r2, 672
    li       r1, 380609
    li       r2, 224672
    vcopy    r1, r2, 672
    li       r1, 381299
    li       r2, 225344
    vcopy    r1, r2, 672
    li       r1, 381989
    li       r2, 226016
    vcopy    r1, r2, 672
    li       r1, 382679
    li       r2, 226688
    vcopy    r1, r2, 672
    li       r1, 383369
    li       r2, 227360
    vcopy    r1, r2, 672
    li       r1, 384059
    li       r2, 228032
    vcopy    r1, r2, 672
    li       r1, 384749
    li       r2, 228704
    vcopy    r1, r2, 672
    li       r1, 385439
    li       r2, 229376
    vcopy    r1, r2, 672
    li       r1, 386129
    li       r2, 230048
    vcopy    r1, r2, 672
    li       r1, 386819
    li       r2, 230720
    vcopy    r1, r2, 672
    li       r1, 387509
    li       r2, 231392
    vcopy    r1, r2, 672
    li       r1, 388199
    li       r2, 232064
    vcopy    r1, r2, 672
    li       r1, 388889
    li       r2, 232736
    vcopy    r1, r2, 672
    li       r1, 389579
    li       r2, 233408
    vcopy    r1, r2, 672
    li       r1, 390269
    li       r2, 234080
    vcopy    r1, r2, 672
    li       r1, 390959
    li       r2, 234752
    vcopy    r1, r2, 672
    li       r1, 391649
    li       r2, 235424
    vcopy    r1, r2, 672
    li       r1, 392339
    li       r2, 236096
    vcopy    r1, r2, 672
    li       r1, 393029
    li       r2, 236768
    vcopy    r1, r2, 672
    li       r1, 393719
    li       r2, 237440
    vcopy    r1, r2, 672
    li       r1, 394409
    li       r2, 238112
    vcopy    r1, r2, 672
    li       r1, 395099
    li       r2, 238784
    vcopy    r1, r2, 672
    li       r1, 395789
    li       r2, 239456
    vcopy    r1, r2, 672
    li       r1, 396479
    li       r2, 240128
    vcopy    r1, r2, 672
    li       r1, 397169
    li       r2, 240800
    vcopy    r1, r2, 672
    li       r1, 397859
    li       r2, 241472
    vcopy    r1, r2, 672
    li       r1, 398549
    li       r2, 242144
    vcopy    r1, r2, 672
    li       r1, 399239
    li       r2, 242816
    vcopy    r1, r2, 672
    li       r1, 399929
    li       r2, 243488
    vcopy    r1, r2, 672
    li       r1, 400619
    li       r2, 244160
    vcopy    r1, r2, 672
    li       r1, 401309
    li       r2, 244832
    vcopy    r1, r2, 672
    li       r1, 401999
    li       r2, 245504
    vcopy    r1, r2, 672
    li       r1, 402689
    li       r2, 246176
    vcopy    r1, r2, 672
    li       r1, 403379
    li       r2, 246848
    vcopy    r1, r2, 672
    li       r1, 404069
    li       r2, 247520
    vcopy    r1, r2, 672
    li       r1, 404759
    li       r2, 248192
    vcopy    r1, r2, 672
    li       r1, 405449
    li       r2, 248864
    vcopy    r1, r2, 672
    li       r1, 406139
    li       r2, 249536
    vcopy    r1, r2, 672
    li       r1, 406829
    li       r2, 250208
    vcopy    r1, r2, 672
    li       r10, 270200
    li       r12, 0
    li       r8, 14
L686:
    li       r9, 0
    addi     r11, r10, 0
L688:
    addi     r1, r11, 0
    li       r2, 409580
    vcopy    r2, r1, 21
    addi     r1, r11, 690
    li       r2, 409601
    vcopy    r2, r1, 21
    addi     r1, r11, 1380
    li       r2, 409622
    vcopy    r2, r1, 21
    addi     r1, r11, 2070
    li       r2, 409643
    vcopy    r2, r1, 21
    addi     r1, r11, 2760
    li       r2, 409664
    vcopy    r2, r1, 21
    addi     r1, r11, 3450
    li       r2, 409685
    vcopy    r2, r1, 21
    addi     r1, r11, 4140
    li       r2, 409706
    vcopy    r2, r1, 21
    li       r4, 409580
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 6
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 112
    blt      r9, r13, L688
    addi     r10, r10, 1380
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L686
    li       r1, 0
    send     r1, 0, 2, 65535
    li       r1, 65535
    send     r1, 0, 2, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 2
    prog     x0, 2
    xwin     x0, 0, 147, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 0
    li       r1, 100352
    recv     r1, 0, 3, 65535
    li       r1, 165887
    recv     r1, 0, 3, 65535
    li       r1, 231422
    recv     r1, 0, 3, 19458
    li       r1, 252959
    li       r2, 100352
    vcopy    r1, r2, 672
    li       r1, 253649
    li       r2, 101024
    vcopy    r1, r2, 672
    li       r1, 254339
    li       r2, 101696
    vcopy    r1, r2, 672
    li       r1, 255029
    li       r2, 102368
    vcopy    r1, r2, 672
    li       r1, 255719
    li       r2, 103040
    vcopy    r1, r2, 672
    li       r1, 256409
    li       r2, 103712
    vcopy    r1, r2, 672
    li       r1, 257099
    li       r2, 104384
    vcopy    r1, r2, 672
    li       r1, 257789
    li       r2, 105056
    vcopy    r1, r2, 672
    li       r1, 258479
    li       r2, 105728
    vcopy    r1, r2, 672
    li       r1, 259169
    li       r2, 106400
    vcopy    r1, r2, 672
    li       r1, 259859
    li       r2, 107072
    vcopy    r1, r2, 672
    li       r1, 260549
    li       r2, 107744
    vcopy    r1, r2, 672
    li       r1, 261239
    li       r2, 108416
    vcopy    r1, r2, 672
    li       r1, 261929
    li       r2, 109088
    vcopy    r1, r2, 672
    li       r1, 262619
    li       r2, 109760
    vcopy    r1, r2, 672
    li       r1, 263309
    li       r2, 110432
    vcopy    r1, r2, 672
    li       r1, 263999
    li       r2, 111104
    vcopy    r1, r2, 672
    li       r1, 264689
    li       r2, 111776
    vcopy    r1, r2, 672
    li       r1, 265379
    li       r2, 112448
    vcopy    r1, r2, 672
    li       r1, 266069
    li       r2, 113120
    vcopy    r1, r2, 672
    li       r1, 266759
    li       r2, 113792
    vcopy    r1, r2, 672
    li       r1, 267449
    li       r2, 114464
    vcopy    r1, r2, 672
    li       r1, 268139
    li       r2, 115136
    vcopy    r1, r2, 672
    li       r1, 268829
    li       r2, 115808
    vcopy    r1, r2, 672
    li       r1, 269519
    li       r2, 116480
    vcopy    r1, r2, 672
    li       r1, 270209
    li       r2, 117152
    vcopy    r1, r2, 672
    li       r1, 270899
    li       r2, 117824
    vcopy    r1, r2, 672
    li       r1, 271589
    li       r2, 118496
    vcopy    r1, r2, 672
    li       r1, 272279
    li       r2, 119168
    vcopy    r1, r2, 672
    li       r1, 272969
    li       r2, 119840
    vcopy    r1, r2, 672
    li       r1, 273659
    li       r2, 120512
    vcopy    r1, r2, 672
    li       r1, 274349
    li       r2, 121184
    vcopy    r1, r2, 672
    li       r1, 275039
    li       r2, 121856
    vcopy    r1, r2, 672
    li       r1, 275729
    li       r2, 122528
    vcopy    r1, r2, 672
    li       r1, 276419
    li       r2, 123200
    vcopy    r1, r2, 672
    li       r1, 277109
    li       r2, 123872
    vcopy    r1, r2, 672
    li       r1, 277799
    li       r2, 124544
    vcopy    r1, r2, 672
    li       r1, 278489
    li       r2, 125216
    vcopy    r1, r2, 672
    li       r1, 279179
    li       r2, 125888
    vcopy    r1, r2, 672
    li       r1, 279869
    li       r2, 126560
    vcopy    r1, r2, 672
    li       r1, 280559
    li       r2, 127232
    vcopy    r1, r2, 672
    li       r1, 281249
    li       r2, 127904
    vcopy    r1, r2, 672
    li       r1, 281939
    li       r2, 128576
    vcopy    r1, r2, 672
    li       r1, 282629
    li       r2, 129248
    vcopy    r1, r2, 672
    li       r1, 283319
    li       r2, 129920
    vcopy    r1, r2, 672
    li       r1, 284009
    li       r2, 130592
    vcopy    r1, r2, 672
    li       r1, 284699
    li       r2, 131264
    vcopy    r1, r2, 672
    li       r1, 285389
    li       r2, 131936
    vcopy    r1, r2, 672
    li       r1, 286079
    li       r2, 132608
    vcopy    r1, r2, 672
    li       r1, 286769
    li       r2, 133280
    vcopy    r1, r2, 672
    li       r1, 287459
    li       r2, 133952
    vcopy    r1, r2, 672
    li       r1, 288149
    li       r2, 134624
    vcopy    r1, r2, 672
    li       r1, 288839
    li       r2, 135296
    vcopy    r1, r2, 672
    li       r1, 289529
    li       r2, 135968
    vcopy    r1, r2, 672
    li       r1, 290219
    li       r2, 136640
    vcopy    r1, r2, 672
    li       r1, 290909
    li       r2, 137312
    vcopy    r1, r2, 672
    li       r1, 291599
    li       r2, 137984
    vcopy    r1, r2, 672
    li       r1, 292289
    li       r2, 138656
    vcopy    r1, r2, 672
    li       r1, 292979
    li       r2, 139328
    vcopy    r1, r2, 672
    li       r1, 293669
    li       r2, 140000
    vcopy    r1, r2, 672
    li       r1, 294359
    li       r2, 140672
    vcopy    r1, r2, 672
    li       r1, 295049
    li       r2, 141344
    vcopy    r1, r2, 672
    li       r1, 295739
    li       r2, 142016
    vcopy    r1, r2, 672
    li       r1, 296429
    li       r2, 142688
    vcopy    r1, r2, 672
    li       r1, 297119
    li       r2, 143360
    vcopy    r1, r2, 672
    li       r1, 297809
    li       r2, 144032
    vcopy    r1, r2, 672
    li       r1, 298499
    li       r2, 144704
    vcopy    r1, r2, 672
    li       r1, 299189
    li       r2, 145376
    vcopy    r1, r2, 672
    li       r1, 299879
    li       r2, 146048
    vcopy    r1, r2, 672
    li       r1, 300569
    li       r2, 146720
    vcopy    r1, r2, 672
    li       r1, 301259
    li       r2, 147392
    vcopy    r1, r2, 672
    li       r1, 301949
    li       r2, 148064
    vcopy    r1, r2, 672
    li       r1, 302639
    li       r2, 148736
    vcopy    r1, r2, 672
    li       r1, 303329
    li       r2, 149408
    vcopy    r1, r2, 672
    li       r1, 304019
    li       r2, 150080
    vcopy    r1, r2, 672
    li       r1, 304709
    li       r2, 150752
    vcopy    r1, r2, 672
    li       r1, 305399
    li       r2, 151424
    vcopy    r1, r2, 672
    li       r1, 306089
    li       r2, 152096
    vcopy    r1, r2, 672
    li       r1, 306779
    li       r2, 152768
    vcopy    r1, r2, 672
    li       r1, 307469
    li       r2, 153440
    vcopy    r1, r2, 672
    li       r1, 308159
    li       r2, 154112
    vcopy    r1, r2, 672
    li       r1, 308849
    li       r2, 154784
    vcopy    r1, r2, 672
    li       r1, 309539
    li       r2, 155456
    vcopy    r1, r2, 672
    li       r1, 310229
    li       r2, 156128
    vcopy    r1, r2, 672
    li       r1, 310919
    li       r2, 156800
    vcopy    r1, r2, 672
    li       r1, 311609
    li       r2, 157472
    vcopy    r1, r2, 672
    li       r1, 312299
    li       r2, 158144
    vcopy    r1, r2, 672
    li       r1, 312989
    li       r2, 158816
    vcopy    r1, r2, 672
    li       r1, 313679
    li       r2, 159488
    vcopy    r1, r2, 672
    li       r1, 314369
    li       r2, 160160
    vcopy    r1, r2, 672
    li       r1, 315059
    li       r2, 160832
    vcopy    r1, r2, 672
    li       r1, 315749
    li       r2, 161504
    vcopy    r1, r2, 672
    li       r1, 316439
    li       r2, 162176
    vcopy    r1, r2, 672
    li       r1, 317129
    li       r2, 162848
    vcopy    r1, r2, 672
    li       r1, 317819
    li       r2, 163520
    vcopy    r1, r2, 672
    li       r1, 318509
    li       r2, 164192
    vcopy    r1, r2, 672
    li       r1, 319199
    li       r2, 164864
    vcopy    r1, r2, 672
    li       r1, 319889
    li       r2, 165536
    vcopy    r1, r2, 672
    li       r1, 320579
    li       r2, 166208
    vcopy    r1, r2, 672
    li       r1, 321269
    li       r2, 166880
    vcopy    r1, r2, 672
    li       r1, 321959
    li       r2, 167552
    vcopy    r1, r2, 672
    li       r1, 322649
    li       r2, 168224
    vcopy    r1, r2, 672
    li       r1, 323339
    li       r2, 168896
    vcopy    r1, r2, 672
    li       r1, 324029
    li       r2, 169568
    vcopy    r1, r2, 672
    li       r1, 324719
    li       r2, 170240
    vcopy    r1, r2, 672
    li       r1, 325409
    li       r2, 170912
    vcopy    r1, r2, 672
    li       r1, 326099
    li       r2, 171584
    vcopy    r1, r2, 672
    li       r1, 326789
    li       r2, 172256
    vcopy    r1, r2, 672
    li       r1, 327479
    li       r2, 172928
    vcopy    r1, r2, 672
    li       r1, 328169
    li       r2, 173600
    vcopy    r1, r2, 672
    li       r1, 328859
    li       r2, 174272
    vcopy    r1, r2, 672
    li       r1, 329549
    li       r2, 174944
    vcopy    r1, r2, 672
    li       r1, 330239
    li       r2, 175616
    vcopy    r1, r2, 672
    li       r1, 330929
    li       r2, 176288
    vcopy    r1, r2, 672
    li       r1, 331619
    li       r2, 176960
    vcopy    r1, r2, 672
    li       r1, 332309
    li       r2, 177632
    vcopy    r1, r2, 672
    li       r1, 332999
    li       r2, 178304
    vcopy    r1, r2, 672
    li       r1, 333689
    li       r2, 178976
    vcopy    r1, r2, 672
    li       r1, 334379
    li       r2, 179648
    vcopy    r1, r2, 672
    li       r1, 335069
    li       r2, 180320
    vcopy    r1, r2, 672
    li       r1, 335759
    li       r2, 180992
    vcopy    r1, r2, 672
    li       r1, 336449
    li       r2, 181664
    vcopy    r1, r2, 672
    li       r1, 337139
    li       r2, 182336
    vcopy    r1, r2, 672
    li       r1, 337829
    li       r2, 183008
    vcopy    r1, r2, 672
    li       r1, 338519
    li       r2, 183680
    vcopy    r1, r2, 672
    li       r1, 339209
    li       r2, 184352
    vcopy    r1, r2, 672
    li       r1, 339899
    li       r2, 185024
    vcopy    r1, r2, 672
    li       r1, 340589
    li       r2, 185696
    vcopy    r1, r2, 672
    li       r1, 341279
    li       r2, 186368
    vcopy    r1, r2, 672
    li       r1, 341969
    li       r2, 187040
    vcopy    r1, r2, 672
    li       r1, 342659
    li       r2, 187712
    vcopy    r1, r2, 672
    li       r1, 343349
    li       r2, 188384
    vcopy    r1, r2, 672
    li       r1, 344039
    li       r2, 189056
    vcopy    r1, r2, 672
    li       r1, 344729
    li       r2, 189728
    vcopy    r1, r2, 672
    li       r1, 345419
    li       r2, 190400
    vcopy    r1, r2, 672
    li       r1, 346109
    li       r2, 191072
    vcopy    r1, r2, 672
    li       r1, 346799
    li       r2, 191744
    vcopy    r1, r2, 672
    li       r1, 347489
    li       r2, 192416
    vcopy    r1, r2, 672
    li       r1, 348179
    li       r2, 193088
    vcopy    r1, r2, 672
    li       r1, 348869
    li       r2, 193760
    vcopy    r1, r2, 672
    li       r1, 349559
    li       r2, 194432
    vcopy    r1, r2, 672
    li       r1, 350249
    li       r2, 195104
    vcopy    r1, r2, 672
    li       r1, 350939
    li       r2, 195776
    vcopy    r1, r2, 672
    li       r1, 351629
    li       r2, 196448
    vcopy    r1, r2, 672
    li       r1, 352319
    li       r2, 197120
    vcopy    r1, r2, 672
    li       r1, 353009
    li       r2, 197792
    vcopy    r1, r2, 672
    li       r1, 353699
    li       r2, 198464
    vcopy    r1, r2, 672
    li       r1, 354389
    li       r2, 199136
    vcopy    r1, r2, 672
    li       r1, 355079
    li       r2, 199808
    vcopy    r1, r2, 672
    li       r1, 355769
    li       r2, 200480
    vcopy    r1, r2, 672
    li       r1, 356459
    li       r2, 201152
    vcopy    r1, r2, 672
    li       r1, 357149
    li       r2, 201824
    vcopy    r1, r2, 672
    li       r1, 357839
    li       r2, 202496
    vcopy    r1, r2, 672
    li       r1, 358529
    li       r2, 203168
    vcopy    r1, r2, 672
    li       r1, 359219
    li       r2, 203840
    vcopy    r1, r2, 672
    li       r1, 359909
    li       r2, 204512
    vcopy    r1, r2, 672
    li       r1, 360599
    li       r2, 205184
    vcopy    r1, r2, 672
    li       r1, 361289
    li       r2, 205856
    vcopy    r1, r2, 672
    li       r1, 361979
    li       r2, 206528
    vcopy    r1, r2, 672
    li       r1, 362669
    li       r2, 207200
    vcopy    r1, r2, 672
    li       r1, 363359
    li       r2, 207872
    vcopy    r1, r2, 672
    li       r1, 364049
    li       r2, 208544
    vcopy    r1, r2, 672
    li       r1, 364739
    li       r2, 209216
    vcopy    r1, r2, 672
    li       r1, 365429
    li       r2, 209888
    vcopy    r1, r2, 672
    li       r1, 366119
    li       r2, 210560
    vcopy    r1, r2, 672
    li       r1, 366809
    li       r2, 211232
    vcopy    r1, r2, 672
    li       r1, 367499
    li       r2, 211904
    vcopy    r1, r2, 672
    li       r1, 368189
    li       r2, 212576
    vcopy    r1, r2, 672
    li       r1, 368879
    li       r2, 213248
    vcopy    r1, r2, 672
    li       r1, 369569
    li       r2, 213920
    vcopy    r1, r2, 672
    li       r1, 370259
    li       r2, 214592
    vcopy    r1, r2, 672
    li       r1, 370949
    li       r2, 215264
    vcopy    r1, r2, 672
    li       r1, 371639
    li       r2, 215936
    vcopy    r1, r2, 672
    li       r1, 372329
    li       r2, 216608
    vcopy    r1, r2, 672
    li       r1, 373019
    li       r2, 217280
    vcopy    r1, r2, 672
    li       r1, 373709
    li       r2, 217952
    vcopy    r1, r2, 672
    li       r1, 374399
    li       r2, 218624
    vcopy    r1, r2, 672
    li       r1, 375089
    li       r2, 219296
    vcopy    r1, r2, 672
    li       r1, 375779
    li       r2, 219968
    vcopy    r1, r2, 672
    li       r1, 376469
    li       r2, 220640
    vcopy    r1, r2, 672
    li       r1, 377159
    li       r2, 221312
    vcopy    r1, r2, 672
    li       r1, 377849
    li       r2, 221984
    vcopy    r1, r2, 672
    li       r1, 378539
    li       r2, 222656
    vcopy    r1, r2, 672
    li       r1, 379229
    li       r2, 223328
    vcopy    r1, r2, 672
    li       r1, 379919
    li       r2, 224000
    vcopy    r1, r2, 672
    li       r1, 380609
    li       r2, 224672
    vcopy    r1, r2, 672
    li       r1, 381299
    li       r2, 225344
    vcopy    r1, r2, 672
    li       r1, 381989
    li       r2, 226016
    vcopy    r1, r2, 672
    li       r1, 382679
    li       r2, 226688
    vcopy    r1, r2, 672
    li       r1, 383369
    li       r2, 227360
    vcopy    r1, r2, 672
    li       r1, 384059
    li       r2, 228032
    vcopy    r1, r2, 672
    li       r1, 384749
    li       r2, 228704
    vcopy    r1, r2, 672
    li       r1, 385439
    li       r2, 229376
    vcopy    r1, r2, 672
    li       r1, 386129
    li       r2, 230048
    vcopy    r1, r2, 672
    li       r1, 386819
    li       r2, 230720
    vcopy    r1, r2, 672
    li       r1, 387509
    li       r2, 231392
    vcopy    r1, r2, 672
    li       r1, 388199
    li       r2, 232064
    vcopy    r1, r2, 672
    li       r1, 388889
    li       r2, 232736
    vcopy    r1, r2, 672
    li       r1, 389579
    li       r2, 233408
    vcopy    r1, r2, 672
    li       r1, 390269
    li       r2, 234080
    vcopy    r1, r2, 672
    li       r1, 390959
    li       r2, 234752
    vcopy    r1, r2, 672
    li       r1, 391649
    li       r2, 235424
    vcopy    r1, r2, 672
    li       r1, 392339
    li       r2, 236096
    vcopy    r1, r2, 672
    li       r1, 393029
    li       r2, 236768
    vcopy    r1, r2, 672
    li       r1, 393719
    li       r2, 237440
    vcopy    r1, r2, 672
    li       r1, 394409
    li       r2, 238112
    vcopy    r1, r2, 672
    li       r1, 395099
    li       r2, 238784
    vcopy    r1, r2, 672
    li       r1, 395789
    li       r2, 239456
    vcopy    r1, r2, 672
    li       r1, 396479
    li       r2, 240128
    vcopy    r1, r2, 672
    li       r1, 397169
    li       r2, 240800
    vcopy    r1, r2, 672
    li       r1, 397859
    li       r2, 241472
    vcopy    r1, r2, 672
    li       r1, 398549
    li       r2, 242144
    vcopy    r1, r2, 672
    li       r1, 399239
    li       r2, 242816
    vcopy    r1, r2, 672
    li       r1, 399929
    li       r2, 243488
    vcopy    r1, r2, 672
    li       r1, 400619
    li       r2, 244160
    vcopy    r1, r2, 672
    li       r1, 401309
    li       r2, 244832
    vcopy    r1, r2, 672
    li       r1, 401999
    li       r2, 245504
    vcopy    r1, r2, 672
    li       r1, 402689
    li       r2, 246176
    vcopy    r1, r2, 672
    li       r1, 403379
    li       r2, 246848
    vcopy    r1, r2, 672
    li       r1, 404069
    li       r2, 247520
    vcopy    r1, r2, 672
    li       r1, 404759
    li       r2, 248192
    vcopy    r1, r2, 672
    li       r1, 405449
    li       r2, 248864
    vcopy    r1, r2, 672
    li       r1, 406139
    li       r2, 249536
    vcopy    r1, r2, 672
    li       r1, 406829
    li       r2, 250208
    vcopy    r1, r2, 672
    li       r10, 289520
    li       r12, 0
    li       r8, 28
L686:
    li       r9, 0
    addi     r11, r10, 0
L688:
    addi     r1, r11, 0
    li       r2, 409580
    vcopy    r2, r1, 21
    addi     r1, r11, 690
    li       r2, 409601
    vcopy    r2, r1, 21
    addi     r1, r11, 1380
    li       r2, 409622
    vcopy    r2, r1, 21
    addi     r1, r11, 2070
    li       r2, 409643
    vcopy    r2, r1, 21
    addi     r1, r11, 2760
    li       r2, 409664
    vcopy    r2, r1, 21
    addi     r1, r11, 3450
    li       r2, 409685
    vcopy    r2, r1, 21
    addi     r1, r11, 4140
    li       r2, 409706
    vcopy    r2, r1, 21
    li       r4, 409580
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 6
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 112
    blt      r9, r13, L688
    addi     r10, r10, 1380
    addi     r8, r8, 1
    li       r13, 42
    blt      r8, r13, L686
    li       r1, 0
    send     r1, 0, 4, 65535
    li       r1, 65535
    send     r1, 0, 4, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 3
    prog     x0, 3
    xwin     x0, 0, 147, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 0
    li       r1, 100352
    recv     r1, 0, 5, 65535
    li       r1, 165887
    recv     r1, 0, 5, 65535
    li       r1, 231422
    recv     r1, 0, 5, 19458
    li       r1, 252959
    li       r2, 100352
    vcopy    r1, r2, 672
    li       r1, 253649
    li       r2, 101024
    vcopy    r1, r2, 672
    li       r1, 254339
    li       r2, 101696
    vcopy    r1, r2, 672
    li       r1, 255029
    li       r2, 102368
    vcopy    r1, r2, 672
    li       r1, 255719
    li       r2, 103040
    vcopy    r1, r2, 672
    li       r1, 256409
    li       r2, 103712
    vcopy    r1, r2, 672
    li       r1, 257099
    li       r2, 104384
    vcopy    r1, r2, 672
    li       r1, 257789
    li       r2, 105056
    vcopy    r1, r2, 672
    li       r1, 258479
    li       r2, 105728
    vcopy    r1, r2, 672
    li       r1, 259169
    li       r2, 106400
    vcopy    r1, r2, 672
    li       r1, 259859
    li       r2, 107072
    vcopy    r1, r2, 672
    li       r1, 260549
    li       r2, 107744
    vcopy    r1, r2, 672
    li       r1, 261239
    li       r2, 108416
    vcopy    r1, r2, 672
    li       r1, 261929
    li       r2, 109088
    vcopy    r1, r2, 672
    li       r1, 262619
    li       r2, 109760
    vcopy    r1, r2, 672
    li       r1, 263309
    li       r2, 110432
    vcopy    r1, r2, 672
    li       r1, 263999
    li       r2, 111104
    vcopy    r1, r2, 672
    li       r1, 264689
    li       r2, 111776
    vcopy    r1, r2, 672
    li       r1, 265379
    li       r2, 112448
    vcopy    r1, r2, 672
    li       r1, 266069
    li       r2, 113120
    vcopy    r1, r2, 672
    li       r1, 266759
    li       r2, 113792
    vcopy    r1, r2, 672
    li       r1, 267449
    li       r2, 114464
    vcopy    r1, r2, 672
    li       r1, 268139
    li       r2, 115136
    vcopy    r1, r2, 672
    li       r1, 268829
    li       r2, 115808
    vcopy    r1, r2, 672
    li       r1, 269519
    li       r2, 116480
    vcopy    r1, r2, 672
    li       r1, 270209
    li       r2, 117152
    vcopy    r1, r2, 672
    li       r1, 270899
    li       r2, 117824
    vcopy    r1, r2, 672
    li       r1, 271589
    li       r2, 118496
    vcopy    r1, r2, 672
    li       r1, 272279
    li       r2, 119168
    vcopy    r1, r2, 672
    li       r1, 272969
    li       r2, 119840
    vcopy    r1, r2, 672
    li       r1, 273659
    li       r2, 120512
    vcopy    r1, r2, 672
    li       r1, 274349
    li       r2, 121184
    vcopy    r1, r2, 672
    li       r1, 275039
    li       r2, 121856
    vcopy    r1, r2, 672
    li       r1, 275729
    li       r2, 122528
    vcopy    r1, r2, 672
    li       r1, 276419
    li       r2, 123200
    vcopy    r1, r2, 672
    li       r1, 277109
    li       r2, 123872
    vcopy    r1, r2, 672
    li       r1, 277799
    li       r2, 124544
    vcopy    r1, r2, 672
    li       r1, 278489
    li       r2, 125216
    vcopy    r1, r2, 672
    li       r1, 279179
    li       r2, 125888
    vcopy    r1, r2, 672
    li       r1, 279869
    li       r2, 126560
    vcopy    r1, r2, 672
    li       r1, 280559
    li       r2, 127232
    vcopy    r1, r2, 672
    li       r1, 281249
    li       r2, 127904
    vcopy    r1, r2, 672
    li       r1, 281939
    li       r2, 128576
    vcopy    r1, r2, 672
    li       r1, 282629
    li       r2, 129248
    vcopy    r1, r2, 672
    li       r1, 283319
    li       r2, 129920
    vcopy    r1, r2, 672
    li       r1, 284009
    li       r2, 130592
    vcopy    r1, r2, 672
    li       r1, 284699
    li       r2, 131264
    vcopy    r1, r2, 672
    li       r1, 285389
    li       r2, 131936
    vcopy    r1, r2, 672
    li       r1, 286079
    li       r2, 132608
    vcopy    r1, r2, 672
    li       r1, 286769
    li       r2, 133280
    vcopy    r1, r2, 672
    li       r1, 287459
    li       r2, 133952
    vcopy    r1, r2, 672
    li       r1, 288149
    li       r2, 134624
    vcopy    r1, r2, 672
    li       r1, 288839
    li       r2, 135296
    vcopy    r1, r2, 672
    li       r1, 289529
    li       r2, 135968
    vcopy    r1, r2, 672
    li       r1, 290219
    li       r2, 136640
    vcopy    r1, r2, 672
    li       r1, 290909
    li       r2, 137312
    vcopy    r1, r2, 672
    li       r1, 291599
    li       r2, 137984
    vcopy    r1, r2, 672
    li       r1, 292289
    li       r2, 138656
    vcopy    r1, r2, 672
    li       r1, 292979
    li       r2, 139328
    vcopy    r1, r2, 672
    li       r1, 293669
    li       r2, 140000
    vcopy    r1, r2, 672
    li       r1, 294359
    li       r2, 140672
    vcopy    r1, r2, 672
    li       r1, 295049
    li       r2, 141344
    vcopy    r1, r2, 672
    li       r1, 295739
    li       r2, 142016
    vcopy    r1, r2, 672
    li       r1, 296429
    li       r2, 142688
    vcopy    r1, r2, 672
    li       r1, 297119
    li       r2, 143360
    vcopy    r1, r2, 672
    li       r1, 297809
    li       r2, 144032
    vcopy    r1, r2, 672
    li       r1, 298499
    li       r2, 144704
    vcopy    r1, r2, 672
    li       r1, 299189
    li       r2, 145376
    vcopy    r1, r2, 672
    li       r1, 299879
    li       r2, 146048
    vcopy    r1, r2, 672
    li       r1, 300569
    li       r2, 146720
    vcopy    r1, r2, 672
    li       r1, 301259
    li       r2, 147392
    vcopy    r1, r2, 672
    li       r1, 301949
    li       r2, 148064
    vcopy    r1, r2, 672
    li       r1, 302639
    li       r2, 148736
    vcopy    r1, r2, 672
    li       r1, 303329
    li       r2, 149408
    vcopy    r1, r2, 672
    li       r1, 304019
    li       r2, 150080
    vcopy    r1, r2, 672
    li       r1, 304709
    li       r2, 150752
    vcopy    r1, r2, 672
    li       r1, 305399
    li       r2, 151424
    vcopy    r1, r2, 672
    li       r1, 306089
    li       r2, 152096
    vcopy    r1, r2, 672
    li       r1, 306779
    li       r2, 152768
    vcopy    r1, r2, 672
    li       r1, 307469
    li       r2, 153440
    vcopy    r1, r2, 672
    li       r1, 308159
    li       r2, 154112
    vcopy    r1, r2, 672
    li       r1, 308849
    li       r2, 154784
    vcopy    r1, r2, 672
    li       r1, 309539
    li       r2, 155456
    vcopy    r1, r2, 672
    li       r1, 310229
    li       r2, 156128
    vcopy    r1, r2, 672
    li       r1, 310919
    li       r2, 156800
    vcopy    r1, r2, 672
    li       r1, 311609
    li       r2, 157472
    vcopy    r1, r2, 672
    li       r1, 312299
    li       r2, 158144
    vcopy    r1, r2, 672
    li       r1, 312989
    li       r2, 158816
    vcopy    r1, r2, 672
    li       r1, 313679
    li       r2, 159488
    vcopy    r1, r2, 672
    li       r1, 314369
    li       r2, 160160
    vcopy    r1, r2, 672
    li       r1, 315059
    li       r2, 160832
    vcopy    r1, r2, 672
    li       r1, 315749
    li       r2, 161504
    vcopy    r1, r2, 672
    li       r1, 316439
    li       r2, 162176
    vcopy    r1, r2, 672
    li       r1, 317129
    li       r2, 162848
    vcopy    r1, r2, 672
    li       r1, 317819
    li       r2, 163520
    vcopy    r1, r2, 672
    li       r1, 318509
    li       r2, 164192
    vcopy    r1, r2, 672
    li       r1, 319199
    li       r2, 164864
    vcopy    r1, r2, 672
    li       r1, 319889
    li       r2, 165536
    vcopy    r1, r2, 672
    li       r1, 320579
    li       r2, 166208
    vcopy    r1, r2, 672
    li       r1, 321269
    li       r2, 166880
    vcopy    r1, r2, 672
    li       r1, 321959
    li       r2, 167552
    vcopy    r1, r2, 672
    li       r1, 322649
    li       r2, 168224
    vcopy    r1, r2, 672
    li       r1, 323339
    li       r2, 168896
    vcopy    r1, r2, 672
    li       r1, 324029
    li       r2, 169568
    vcopy    r1, r2, 672
    li       r1, 324719
    li       r2, 170240
    vcopy    r1, r2, 672
    li       r1, 325409
    li       r2, 170912
    vcopy    r1, r2, 672
    li       r1, 326099
    li       r2, 171584
    vcopy    r1, r2, 672
    li       r1, 326789
    li       r2, 172256
    vcopy    r1, r2, 672
    li       r1, 327479
    li       r2, 172928
    vcopy    r1, r2, 672
    li       r1, 328169
    li       r2, 173600
    vcopy    r1, r2, 672
    li       r1, 328859
    li       r2, 174272
    vcopy    r1, r2, 672
    li       r1, 329549
    li       r2, 174944
    vcopy    r1, r2, 672
    li       r1, 330239
    li       r2, 175616
    vcopy    r1, r2, 672
    li       r1, 330929
    li       r2, 176288
    vcopy    r1, r2, 672
    li       r1, 331619
    li       r2, 176960
    vcopy    r1, r2, 672
    li       r1, 332309
    li       r2, 177632
    vcopy    r1, r2, 672
    li       r1, 332999
    li       r2, 178304
    vcopy    r1, r2, 672
    li       r1, 333689
    li       r2, 178976
    vcopy    r1, r2, 672
    li       r1, 334379
    li       r2, 179648
    vcopy    r1, r2, 672
    li       r1, 335069
    li       r2, 180320
    vcopy    r1, r2, 672
    li       r1, 335759
    li       r2, 180992
    vcopy    r1, r2, 672
    li       r1, 336449
    li       r2, 181664
    vcopy    r1, r2, 672
    li       r1, 337139
    li       r2, 182336
    vcopy    r1, r2, 672
    li       r1, 337829
    li       r2, 183008
    vcopy    r1, r2, 672
    li       r1, 338519
    li       r2, 183680
    vcopy    r1, r2, 672
    li       r1, 339209
    li       r2, 184352
    vcopy    r1, r2, 672
    li       r1, 339899
    li       r2, 185024
    vcopy    r1, r2, 672
    li       r1, 340589
    li       r2, 185696
    vcopy    r1, r2, 672
    li       r1, 341279
    li       r2, 186368
    vcopy    r1, r2, 672
    li       r1, 341969
    li       r2, 187040
    vcopy    r1, r2, 672
    li       r1, 342659
    li       r2, 187712
    vcopy    r1, r2, 672
    li       r1, 343349
    li       r2, 188384
    vcopy    r1, r2, 672
    li       r1, 344039
    li       r2, 189056
    vcopy    r1, r2, 672
    li       r1, 344729
    li       r2, 189728
    vcopy    r1, r2, 672
    li       r1, 345419
    li       r2, 190400
    vcopy    r1, r2, 672
    li       r1, 346109
    li       r2, 191072
    vcopy    r1, r2, 672
    li       r1, 346799
    li       r2, 191744
    vcopy    r1, r2, 672
    li       r1, 347489
    li       r2, 192416
    vcopy    r1, r2, 672
    li       r1, 348179
    li       r2, 193088
    vcopy    r1, r2, 672
    li       r1, 348869
    li       r2, 193760
    vcopy    r1, r2, 672
    li       r1, 349559
    li       r2, 194432
    vcopy    r1, r2, 672
    li       r1, 350249
    li       r2, 195104
    vcopy    r1, r2, 672
    li       r1, 350939
    li       r2, 195776
    vcopy    r1, r2, 672
    li       r1, 351629
    li       r2, 196448
    vcopy    r1, r2, 672
    li       r1, 352319
    li       r2, 197120
    vcopy    r1, r2, 672
    li       r1, 353009
    li       r2, 197792
    vcopy    r1, r2, 672
    li       r1, 353699
    li       r2, 198464
    vcopy    r1, r2, 672
    li       r1, 354389
    li       r2, 199136
    vcopy    r1, r2, 672
    li       r1, 355079
    li       r2, 199808
    vcopy    r1, r2, 672
    li       r1, 355769
    li       r2, 200480
    vcopy    r1, r2, 672
    li       r1, 356459
    li       r2, 201152
    vcopy    r1, r2, 672
    li       r1, 357149
    li       r2, 201824
    vcopy    r1, r2, 672
    li       r1, 357839
    li       r2, 202496
    vcopy    r1, r2, 672
    li       r1, 358529
    li       r2, 203168
    vcopy    r1, r2, 672
    li       r1, 359219
    li       r2, 203840
    vcopy    r1, r2, 672
    li       r1, 359909
    li       r2, 204512
    vcopy    r1, r2, 672
    li       r1, 360599
    li       r2, 205184
    vcopy    r1, r2, 672
    li       r1, 361289
    li       r2, 205856
    vcopy    r1, r2, 672
    li       r1, 361979
    li       r2, 206528
    vcopy    r1, r2, 672
    li       r1, 362669
    li       r2, 207200
    vcopy    r1, r2, 672
    li       r1, 363359
    li       r2, 207872
    vcopy    r1, r2, 672
    li       r1, 364049
    li       r2, 208544
    vcopy    r1, r2, 672
    li       r1, 364739
    li       r2, 209216
    vcopy    r1, r2, 672
    li       r1, 365429
    li       r2, 209888
    vcopy    r1, r2, 672
    li       r1, 366119
    li       r2, 210560
    vcopy    r1, r2, 672
    li       r1, 366809
    li       r2, 211232
    vcopy    r1, r2, 672
    li       r1, 367499
    li       r2, 211904
    vcopy    r1, r2, 672
    li       r1, 368189
    li       r2, 212576
    vcopy    r1, r2, 672
    li       r1, 368879
    li       r2, 213248
    vcopy    r1, r2, 672
    li       r1, 369569
    li       r2, 213920
    vcopy    r1, r2, 672
    li       r1, 370259
    li       r2, 214592
    vcopy    r1, r2, 672
    li       r1, 370949
    li       r2, 215264
    vcopy    r1, r2, 672
    li       r1, 371639
    li       r2, 215936
    vcopy    r1, r2, 672
    li       r1, 372329
    li       r2, 216608
    vcopy    r1, r2, 672
    li       r1, 373019
    li       r2, 217280
    vcopy    r1, r2, 672
    li       r1, 373709
    li       r2, 217952
    vcopy    r1, r2, 672
    li       r1, 374399
    li       r2, 218624
    vcopy    r1, r2, 672
    li       r1, 375089
    li       r2, 219296
    vcopy    r1, r2, 672
    li       r1, 375779
    li       r2, 219968
    vcopy    r1, r2, 672
    li       r1, 376469
    li       r2, 220640
    vcopy    r1, r2, 672
    li       r1, 377159
    li       r2, 221312
    vcopy    r1, r2, 672
    li       r1, 377849
    li       r2, 221984
    vcopy    r1, r2, 672
    li       r1, 378539
    li       r2, 222656
    vcopy    r1, r2, 672
    li       r1, 379229
    li       r2, 223328
    vcopy    r1, r2, 672
    li       r1, 379919
    li       r2, 224000
    vcopy    r1, r2, 672
    li       r1, 380609
    li       r2, 224672
    vcopy    r1, r2, 672
    li       r1, 381299
    li       r2, 225344
    vcopy    r1, r2, 672
    li       r1, 381989
    li       r2, 226016
    vcopy    r1, r2, 672
    li       r1, 382679
    li       r2, 226688
    vcopy    r1, r2, 672
    li       r1, 383369
    li       r2, 227360
    vcopy    r1, r2, 672
    li       r1, 384059
    li       r2, 228032
    vcopy    r1, r2, 672
    li       r1, 384749
    li       r2, 228704
    vcopy    r1, r2, 672
    li       r1, 385439
    li       r2, 229376
    vcopy    r1, r2, 672
    li       r1, 386129
    li       r2, 230048
    vcopy    r1, r2, 672
    li       r1, 386819
    li       r2, 230720
    vcopy    r1, r2, 672
    li       r1, 387509
    li       r2, 231392
    vcopy    r1, r2, 672
    li       r1, 388199
    li       r2, 232064
    vcopy    r1, r2, 672
    li       r1, 388889
    li       r2, 232736
    vcopy    r1, r2, 672
    li       r1, 389579
    li       r2, 233408
    vcopy    r1, r2, 672
    li       r1, 390269
    li       r2, 234080
    vcopy    r1, r2, 672
    li       r1, 390959
    li       r2, 234752
    vcopy    r1, r2, 672
    li       r1, 391649
    li       r2, 235424
    vcopy    r1, r2, 672
    li       r1, 392339
    li       r2, 236096
    vcopy    r1, r2, 672
    li       r1, 393029
    li       r2, 236768
    vcopy    r1, r2, 672
    li       r1, 393719
    li       r2, 237440
    vcopy    r1, r2, 672
    li       r1, 394409
    li       r2, 238112
    vcopy    r1, r2, 672
    li       r1, 395099
    li       r2, 238784
    vcopy    r1, r2, 672
    li       r1, 395789
    li       r2, 239456
    vcopy    r1, r2, 672
    li       r1, 396479
    li       r2, 240128
    vcopy    r1, r2, 672
    li       r1, 397169
    li       r2, 240800
    vcopy    r1, r2, 672
    li       r1, 397859
    li       r2, 241472
    vcopy    r1, r2, 672
    li       r1, 398549
    li       r2, 242144
    vcopy    r1, r2, 672
    li       r1, 399239
    li       r2, 242816
    vcopy    r1, r2, 672
    li       r1, 399929
    li       r2, 243488
    vcopy    r1, r2, 672
    li       r1, 400619
    li       r2, 244160
    vcopy    r1, r2, 672
    li       r1, 401309
    li       r2, 244832
    vcopy    r1, r2, 672
    li       r1, 401999
    li       r2, 245504
    vcopy    r1, r2, 672
    li       r1, 402689
    li       r2, 246176
    vcopy    r1, r2, 672
    li       r1, 403379
    li       r2, 246848
    vcopy    r1, r2, 672
    li       r1, 404069
    li       r2, 247520
    vcopy    r1, r2, 672
    li       r1, 404759
    li       r2, 248192
    vcopy    r1, r2, 672
    li       r1, 405449
    li       r2, 248864
    vcopy    r1, r2, 672
    li       r1, 406139
    li       r2, 249536
    vcopy    r1, r2, 672
    li       r1, 406829
    li       r2, 250208
    vcopy    r1, r2, 672
    li       r10, 308840
    li       r12, 0
    li       r8, 42
L686:
    li       r9, 0
    addi     r11, r10, 0
L688:
    addi     r1, r11, 0
    li       r2, 409580
    vcopy    r2, r1, 21
    addi     r1, r11, 690
    li       r2, 409601
    vcopy    r2, r1, 21
    addi     r1, r11, 1380
    li       r2, 409622
    vcopy    r2, r1, 21
    addi     r1, r11, 2070
    li       r2, 409643
    vcopy    r2, r1, 21
    addi     r1, r11, 2760
    li       r2, 409664
    vcopy    r2, r1, 21
    addi     r1, r11, 3450
    li       r2, 409685
    vcopy    r2, r1, 21
    addi     r1, r11, 4140
    li       r2, 409706
    vcopy    r2, r1, 21
    li       r4, 409580
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 6
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 112
    blt      r9, r13, L688
    addi     r10, r10, 1380
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L686
    li       r1, 0
    send     r1, 0, 6, 65535
    li       r1, 65535
    send     r1, 0, 6, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 4
    prog     x0, 4
    xwin     x0, 0, 147, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 0
    li       r1, 100352
    recv     r1, 0, 7, 65535
    li       r1, 165887
    recv     r1, 0, 7, 65535
    li       r1, 231422
    recv     r1, 0, 7, 19458
    li       r1, 252959
    li       r2, 100352
    vcopy    r1, r2, 672
    li       r1, 253649
    li       r2, 101024
    vcopy    r1, r2, 672
    li       r1, 254339
    li       r2, 101696
    vcopy    r1, r2, 672
    li       r1, 255029
    li       r2, 102368
    vcopy    r1, r2, 672
    li       r1, 255719
    li       r2, 103040
    vcopy    r1, r2, 672
    li       r1, 256409
    li       r2, 103712
    vcopy    r1, r2, 672
    li       r1, 257099
    li       r2, 104384
    vcopy    r1, r2, 672
    li       r1, 257789
    li       r2, 105056
    vcopy    r1, r2, 672
    li       r1, 258479
    li       r2, 105728
    vcopy    r1, r2, 672
    li       r1, 259169
    li       r2, 106400
    vcopy    r1, r2, 672
    li       r1, 259859
    li       r2, 107072
    vcopy    r1, r2, 672
    li       r1, 260549
    li       r2, 107744
    vcopy    r1, r2, 672
    li       r1, 261239
    li       r2, 108416
    vcopy    r1, r2, 672
    li       r1, 261929
    li       r2, 109088
    vcopy    r1, r2, 672
    li       r1, 262619
    li       r2, 109760
    vcopy    r1, r2, 672
    li       r1, 263309
    li       r2, 110432
    vcopy    r1, r2, 672
    li       r1, 263999
    li       r2, 111104
    vcopy    r1, r2, 672
    li       r1, 264689
    li       r2, 111776
    vcopy    r1, r2, 672
    li       r1, 265379
    li       r2, 112448
    vcopy    r1, r2, 672
    li       r1, 266069
    li       r2, 113120
    vcopy    r1, r2, 672
    li       r1, 266759
    li       r2, 113792
    vcopy    r1, r2, 672
    li       r1, 267449
    li       r2, 114464
    vcopy    r1, r2, 672
    li       r1, 268139
    li       r2, 115136
    vcopy    r1, r2, 672
    li       r1, 268829
    li       r2, 115808
    vcopy    r1, r2, 672
    li       r1, 269519
    li       r2, 116480
    vcopy    r1, r2, 672
    li       r1, 270209
    li       r2, 117152
    vcopy    r1, r2, 672
    li       r1, 270899
    li       r2, 117824
    vcopy    r1, r2, 672
    li       r1, 271589
    li       r2, 118496
    vcopy    r1, r2, 672
    li       r1, 272279
    li       r2, 119168
    vcopy    r1, r2, 672
    li       r1, 272969
    li       r2, 119840
    vcopy    r1, r2, 672
    li       r1, 273659
    li       r2, 120512
    vcopy    r1, r2, 672
    li       r1, 274349
    li       r2, 121184
    vcopy    r1, r2, 672
    li       r1, 275039
    li       r2, 121856
    vcopy    r1, r2, 672
    li       r1, 275729
    li       r2, 122528
    vcopy    r1, r2, 672
    li       r1, 276419
    li       r2, 123200
    vcopy    r1, r2, 672
    li       r1, 277109
    li       r2, 123872
    vcopy    r1, r2, 672
    li       r1, 277799
    li       r2, 124544
    vcopy    r1, r2, 672
    li       r1, 278489
    li       r2, 125216
    vcopy    r1, r2, 672
    li       r1, 279179
    li       r2, 125888
    vcopy    r1, r2, 672
    li       r1, 279869
    li       r2, 126560
    vcopy    r1, r2, 672
    li       r1, 280559
    li       r2, 127232
    vcopy    r1, r2, 672
    li       r1, 281249
    li       r2, 127904
    vcopy    r1, r2, 672
    li       r1, 281939
    li       r2, 128576
    vcopy    r1, r2, 672
    li       r1, 282629
    li       r2, 129248
    vcopy    r1, r2, 672
    li       r1, 283319
    li       r2, 129920
    vcopy    r1, r2, 672
    li       r1, 284009
    li       r2, 130592
    vcopy    r1, r2, 672
    li       r1, 284699
    li       r2, 131264
    vcopy    r1, r2, 672
    li       r1, 285389
    li       r2, 131936
    vcopy    r1, r2, 672
    li       r1, 286079
    li       r2, 132608
    vcopy    r1, r2, 672
    li       r1, 286769
    li       r2, 133280
    vcopy    r1, r2, 672
    li       r1, 287459
    li       r2, 133952
    vcopy    r1, r2, 672
    li       r1, 288149
    li       r2, 134624
    vcopy    r1, r2, 672
    li       r1, 288839
    li       r2, 135296
    vcopy    r1, r2, 672
    li       r1, 289529
    li       r2, 135968
    vcopy    r1, r2, 672
    li       r1, 290219
    li       r2, 136640
    vcopy    r1, r2, 672
    li       r1, 290909
    li       r2, 137312
    vcopy    r1, r2, 672
    li       r1, 291599
    li       r2, 137984
    vcopy    r1, r2, 672
    li       r1, 292289
    li       r2, 138656
    vcopy    r1, r2, 672
    li       r1, 292979
    li       r2, 139328
    vcopy    r1, r2, 672
    li       r1, 293669
    li       r2, 140000
    vcopy    r1, r2, 672
    li       r1, 294359
    li       r2, 140672
    vcopy    r1, r2, 672
    li       r1, 295049
    li       r2, 141344
    vcopy    r1, r2, 672
    li       r1, 295739
    li       r2, 142016
    vcopy    r1, r2, 672
    li       r1, 296429
    li       r2, 142688
    vcopy    r1, r2, 672
    li       r1, 297119
    li       r2, 143360
    vcopy    r1, r2, 672
    li       r1, 297809
    li       r2, 144032
    vcopy    r1, r2, 672
    li       r1, 298499
    li       r2, 144704
    vcopy    r1, r2, 672
    li       r1, 299189
    li       r2, 145376
    vcopy    r1, r2, 672
    li       r1, 299879
    li       r2, 146048
    vcopy    r1, r2, 672
    li       r1, 300569
    li       r2, 146720
    vcopy    r1, r2, 672
    li       r1, 301259
    li       r2, 147392
    vcopy    r1, r2, 672
    li       r1, 301949
    li       r2, 148064
    vcopy    r1, r2, 672
    li       r1, 302639
    li       r2, 148736
    vcopy    r1, r2, 672
    li       r1, 303329
    li       r2, 149408
    vcopy    r1, r2, 672
    li       r1, 304019
    li       r2, 150080
    vcopy    r1, r2, 672
    li       r1, 304709
    li       r2, 150752
    vcopy    r1, r2, 672
    li       r1, 305399
    li       r2, 151424
    vcopy    r1, r2, 672
    li       r1, 306089
    li       r2, 152096
    vcopy    r1, r2, 672
    li       r1, 306779
    li       r2, 152768
    vcopy    r1, r2, 672
    li       r1, 307469
    li       r2, 153440
    vcopy    r1, r2, 672
    li       r1, 308159
    li       r2, 154112
    vcopy    r1, r2, 672
    li       r1, 308849
    li       r2, 154784
    vcopy    r1, r2, 672
    li       r1, 309539
    li       r2, 155456
    vcopy    r1, r2, 672
    li       r1, 310229
    li       r2, 156128
    vcopy    r1, r2, 672
    li       r1, 310919
    li       r2, 156800
    vcopy    r1, r2, 672
    li       r1, 311609
    li       r2, 157472
    vcopy    r1, r2, 672
    li       r1, 312299
    li       r2, 158144
    vcopy    r1, r2, 672
    li       r1, 312989
    li       r2, 158816
    vcopy    r1, r2, 672
    li       r1, 313679
    li       r2, 159488
    vcopy    r1, r2, 672
    li       r1, 314369
    li       r2, 160160
    vcopy    r1, r2, 672
    li       r1, 315059
    li       r2, 160832
    vcopy    r1, r2, 672
    li       r1, 315749
    li       r2, 161504
    vcopy    r1, r2, 672
    li       r1, 316439
    li       r2, 162176
    vcopy    r1, r2, 672
    li       r1, 317129
    li       r2, 162848
    vcopy    r1, r2, 672
    li       r1, 317819
    li       r2, 163520
    vcopy    r1, r2, 672
    li       r1, 318509
    li       r2, 164192
    vcopy    r1, r2, 672
    li       r1, 319199
    li       r2, 164864
    vcopy    r1, r2, 672
    li       r1, 319889
    li       r2, 165536
    vcopy    r1, r2, 672
    li       r1, 320579
    li       r2, 166208
    vcopy    r1, r2, 672
    li       r1, 321269
    li       r2, 166880
    vcopy    r1, r2, 672
    li       r1, 321959
    li       r2, 167552
    vcopy    r1, r2, 672
    li       r1, 322649
    li       r2, 168224
    vcopy    r1, r2, 672
    li       r1, 323339
    li       r2, 168896
    vcopy    r1, r2, 672
    li       r1, 324029
    li       r2, 169568
    vcopy    r1, r2, 672
    li       r1, 324719
    li       r2, 170240
    vcopy    r1, r2, 672
    li       r1, 325409
    li       r2, 170912
    vcopy    r1, r2, 672
    li       r1, 326099
    li       r2, 171584
    vcopy    r1, r2, 672
    li       r1, 326789
    li       r2, 172256
    vcopy    r1, r2, 672
    li       r1, 327479
    li       r2, 172928
    vcopy    r1, r2, 672
    li       r1, 328169
    li       r2, 173600
    vcopy    r1, r2, 672
    li       r1, 328859
    li       r2, 174272
    vcopy    r1, r2, 672
    li       r1, 329549
    li       r2, 174944
    vcopy    r1, r2, 672
    li       r1, 330239
    li       r2, 175616
    vcopy    r1, r2, 672
    li       r1, 330929
    li       r2, 176288
    vcopy    r1, r2, 672
    li       r1, 331619
    li       r2, 176960
    vcopy    r1, r2, 672
    li       r1, 332309
    li       r2, 177632
    vcopy    r1, r2, 672
    li       r1, 332999
    li       r2, 178304
    vcopy    r1, r2, 672
    li       r1, 333689
    li       r2, 178976
    vcopy    r1, r2, 672
    li       r1, 334379
    li       r2, 179648
    vcopy    r1, r2, 672
    li       r1, 335069
    li       r2, 180320
    vcopy    r1, r2, 672
    li       r1, 335759
    li       r2, 180992
    vcopy    r1, r2, 672
    li       r1, 336449
    li       r2, 181664
    vcopy    r1, r2, 672
    li       r1, 337139
    li       r2, 182336
    vcopy    r1, r2, 672
    li       r1, 337829
    li       r2, 183008
    vcopy    r1, r2, 672
    li       r1, 338519
    li       r2, 183680
    vcopy    r1, r2, 672
    li       r1, 339209
    li       r2, 184352
    vcopy    r1, r2, 672
    li       r1, 339899
    li       r2, 185024
    vcopy    r1, r2, 672
    li       r1, 340589
    li       r2, 185696
    vcopy    r1, r2, 672
    li       r1, 341279
    li       r2, 186368
    vcopy    r1, r2, 672
    li       r1, 341969
    li       r2, 187040
    vcopy    r1, r2, 672
    li       r1, 342659
    li       r2, 187712
    vcopy    r1, r2, 672
    li       r1, 343349
    li       r2, 188384
    vcopy    r1, r2, 672
    li       r1, 344039
    li       r2, 189056
    vcopy    r1, r2, 672
    li       r1, 344729
    li       r2, 189728
    vcopy    r1, r2, 672
    li       r1, 345419
    li       r2, 190400
    vcopy    r1, r2, 672
    li       r1, 346109
    li       r2, 191072
    vcopy    r1, r2, 672
    li       r1, 346799
    li       r2, 191744
    vcopy    r1, r2, 672
    li       r1, 347489
    li       r2, 192416
    vcopy    r1, r2, 672
    li       r1, 348179
    li       r2, 193088
    vcopy    r1, r2, 672
    li       r1, 348869
    li       r2, 193760
    vcopy    r1, r2, 672
    li       r1, 349559
    li       r2, 194432
    vcopy    r1, r2, 672
    li       r1, 350249
    li       r2, 195104
    vcopy    r1, r2, 672
    li       r1, 350939
    li       r2, 195776
    vcopy    r1, r2, 672
    li       r1, 351629
    li       r2, 196448
    vcopy    r1, r2, 672
    li       r1, 352319
    li       r2, 197120
    vcopy    r1, r2, 672
    li       r1, 353009
    li       r2, 197792
    vcopy    r1, r2, 672
    li       r1, 353699
    li       r2, 198464
    vcopy    r1, r2, 672
    li       r1, 354389
    li       r2, 199136
    vcopy    r1, r2, 672
    li       r1, 355079
    li       r2, 199808
    vcopy    r1, r2, 672
    li       r1, 355769
    li       r2, 200480
    vcopy    r1, r2, 672
    li       r1, 356459
    li       r2, 201152
    vcopy    r1, r2, 672
    li       r1, 357149
    li       r2, 201824
    vcopy    r1, r2, 672
    li       r1, 357839
    li       r2, 202496
    vcopy    r1, r2, 672
    li       r1, 358529
    li       r2, 203168
    vcopy    r1, r2, 672
    li       r1, 359219
    li       r2, 203840
    vcopy    r1, r2, 672
    li       r1, 359909
    li       r2, 204512
    vcopy    r1, r2, 672
    li       r1, 360599
    li       r2, 205184
    vcopy    r1, r2, 672
    li       r1, 361289
    li       r2, 205856
    vcopy    r1, r2, 672
    li       r1, 361979
    li       r2, 206528
    vcopy    r1, r2, 672
    li       r1, 362669
    li       r2, 207200
    vcopy    r1, r2, 672
    li       r1, 363359
    li       r2, 207872
    vcopy    r1, r2, 672
    li       r1, 364049
    li       r2, 208544
    vcopy    r1, r2, 672
    li       r1, 364739
    li       r2, 209216
    vcopy    r1, r2, 672
    li       r1, 365429
    li       r2, 209888
    vcopy    r1, r2, 672
    li       r1, 366119
    li       r2, 210560
    vcopy    r1, r2, 672
    li       r1, 366809
    li       r2, 211232
    vcopy    r1, r2, 672
    li       r1, 367499
    li       r2, 211904
    vcopy    r1, r2, 672
    li       r1, 368189
    li       r2, 212576
    vcopy    r1, r2, 672
    li       r1, 368879
    li       r2, 213248
    vcopy    r1, r2, 672
    li       r1, 369569
    li       r2, 213920
    vcopy    r1, r2, 672
    li       r1, 370259
    li       r2, 214592
    vcopy    r1, r2, 672
    li       r1, 370949
    li       r2, 215264
    vcopy    r1, r2, 672
    li       r1, 371639
    li       r2, 215936
    vcopy    r1, r2, 672
    li       r1, 372329
    li       r2, 216608
    vcopy    r1, r2, 672
    li       r1, 373019
    li       r2, 217280
    vcopy    r1, r2, 672
    li       r1, 373709
    li       r2, 217952
    vcopy    r1, r2, 672
    li       r1, 374399
    li       r2, 218624
    vcopy    r1, r2, 672
    li       r1, 375089
    li       r2, 219296
    vcopy    r1, r2, 672
    li       r1, 375779
    li       r2, 219968
    vcopy    r1, r2, 672
    li       r1, 376469
    li       r2, 220640
    vcopy    r1, r2, 672
    li       r1, 377159
    li       r2, 221312
    vcopy    r1, r2, 672
    li       r1, 377849
    li       r2, 221984
    vcopy    r1, r2, 672
    li       r1, 378539
    li       r2, 222656
    vcopy    r1, r2, 672
    li       r1, 379229
    li       r2, 223328
    vcopy    r1, r2, 672
    li       r1, 379919
    li       r2, 224000
    vcopy    r1, r2, 672
    li       r1, 380609
    li       r2, 224672
    vcopy    r1, r2, 672
    li       r1, 381299
    li       r2, 225344
    vcopy    r1, r2, 672
    li       r1, 381989
    li       r2, 226016
    vcopy    r1, r2, 672
    li       r1, 382679
    li       r2, 226688
    vcopy    r1, r2, 672
    li       r1, 383369
    li       r2, 227360
    vcopy    r1, r2, 672
    li       r1, 384059
    li       r2, 228032
    vcopy    r1, r2, 672
    li       r1, 384749
    li       r2, 228704
    vcopy    r1, r2, 672
    li       r1, 385439
    li       r2, 229376
    vcopy    r1, r2, 672
    li       r1, 386129
    li       r2, 230048
    vcopy    r1, r2, 672
    li       r1, 386819
    li       r2, 230720
    vcopy    r1, r2, 672
    li       r1, 387509
    li       r2, 231392
    vcopy    r1, r2, 672
    li       r1, 388199
    li       r2, 232064
    vcopy    r1, r2, 672
    li       r1, 388889
    li       r2, 232736
    vcopy    r1, r2, 672
    li       r1, 389579
    li       r2, 233408
    vcopy    r1, r2, 672
    li       r1, 390269
    li       r2, 234080
    vcopy    r1, r2, 672
    li       r1, 390959
    li       r2, 234752
    vcopy    r1, r2, 672
    li       r1, 391649
    li       r2, 235424
    vcopy    r1, r2, 672
    li       r1, 392339
    li       r2, 236096
    vcopy    r1, r2, 672
    li       r1, 393029
    li       r2, 236768
    vcopy    r1, r2, 672
    li       r1, 393719
    li       r2, 237440
    vcopy    r1, r2, 672
    li       r1, 394409
    li       r2, 238112
    vcopy    r1, r2, 672
    li       r1, 395099
    li       r2, 238784
    vcopy    r1, r2, 672
    li       r1, 395789
    li       r2, 239456
    vcopy    r1, r2, 672
    li       r1, 396479
    li       r2, 240128
    vcopy    r1, r2, 672
    li       r1, 397169
    li       r2, 240800
    vcopy    r1, r2, 672
    li       r1, 397859
    li       r2, 241472
    vcopy    r1, r2, 672
    li       r1, 398549
    li       r2, 242144
    vcopy    r1, r2, 672
    li       r1, 399239
    li       r2, 242816
    vcopy    r1, r2, 672
    li       r1, 399929
    li       r2, 243488
    vcopy    r1, r2, 672
    li       r1, 400619
    li       r2, 244160
    vcopy    r1, r2, 672
    li       r1, 401309
    li       r2, 244832
    vcopy    r1, r2, 672
    li       r1, 401999
    li       r2, 245504
    vcopy    r1, r2, 672
    li       r1, 402689
    li       r2, 246176
    vcopy    r1, r2, 672
    li       r1, 403379
    li       r2, 246848
    vcopy    r1, r2, 672
    li       r1, 404069
    li       r2, 247520
    vcopy    r1, r2, 672
    li       r1, 404759
    li       r2, 248192
    vcopy    r1, r2, 672
    li       r1, 405449
    li       r2, 248864
    vcopy    r1, r2, 672
    li       r1, 406139
    li       r2, 249536
    vcopy    r1, r2, 672
    li       r1, 406829
    li       r2, 250208
    vcopy    r1, r2, 672
    li       r10, 328160
    li       r12, 0
    li       r8, 56
L686:
    li       r9, 0
    addi     r11, r10, 0
L688:
    addi     r1, r11, 0
    li       r2, 409580
    vcopy    r2, r1, 21
    addi     r1, r11, 690
    li       r2, 409601
    vcopy    r2, r1, 21
    addi     r1, r11, 1380
    li       r2, 409622
    vcopy    r2, r1, 21
    addi     r1, r11, 2070
    li       r2, 409643
    vcopy    r2, r1, 21
    addi     r1, r11, 2760
    li       r2, 409664
    vcopy    r2, r1, 21
    addi     r1, r11, 3450
    li       r2, 409685
    vcopy    r2, r1, 21
    addi     r1, r11, 4140
    li       r2, 409706
    vcopy    r2, r1, 21
    li       r4, 409580
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 6
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 112
    blt      r9, r13, L688
    addi     r10, r10, 1380
    addi     r8, r8, 1
    li       r13, 70
    blt      r8, r13, L686
    li       r1, 0
    send     r1, 0, 8, 65535
    li       r1, 65535
    send     r1, 0, 8, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 5
    prog     x0, 5
    xwin     x0, 0, 147, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 0
    li       r1, 100352
    recv     r1, 0, 9, 65535
    li       r1, 165887
    recv     r1, 0, 9, 65535
    li       r1, 231422
    recv     r1, 0, 9, 19458
    li       r1, 252959
    li       r2, 100352
    vcopy    r1, r2, 672
    li       r1, 253649
    li       r2, 101024
    vcopy    r1, r2, 672
    li       r1, 254339
    li       r2, 101696
    vcopy    r1, r2, 672
    li       r1, 255029
    li       r2, 102368
    vcopy    r1, r2, 672
    li       r1, 255719
    li       r2, 103040
    vcopy    r1, r2, 672
    li       r1, 256409
    li       r2, 103712
    vcopy    r1, r2, 672
    li       r1, 257099
    li       r2, 104384
    vcopy    r1, r2, 672
    li       r1, 257789
    li       r2, 105056
    vcopy    r1, r2, 672
    li       r1, 258479
    li       r2, 105728
    vcopy    r1, r2, 672
    li       r1, 259169
    li       r2, 106400
    vcopy    r1, r2, 672
    li       r1, 259859
    li       r2, 107072
    vcopy    r1, r2, 672
    li       r1, 260549
    li       r2, 107744
    vcopy    r1, r2, 672
    li       r1, 261239
    li       r2, 108416
    vcopy    r1, r2, 672
    li       r1, 261929
    li       r2, 109088
    vcopy    r1, r2, 672
    li       r1, 262619
    li       r2, 109760
    vcopy    r1, r2, 672
    li       r1, 263309
    li       r2, 110432
    vcopy    r1, r2, 672
    li       r1, 263999
    li       r2, 111104
    vcopy    r1, r2, 672
    li       r1, 264689
    li       r2, 111776
    vcopy    r1, r2, 672
    li       r1, 265379
    li       r2, 112448
    vcopy    r1, r2, 672
    li       r1, 266069
    li       r2, 113120
    vcopy    r1, r2, 672
    li       r1, 266759
    li       r2, 113792
    vcopy    r1, r2, 672
    li       r1, 267449
    li       r2, 114464
    vcopy    r1, r2, 672
    li       r1, 268139
    li       r2, 115136
    vcopy    r1, r2, 672
    li       r1, 268829
    li       r2, 115808
    vcopy    r1, r2, 672
    li       r1, 269519
    li       r2, 116480
    vcopy    r1, r2, 672
    li       r1, 270209
    li       r2, 117152
    vcopy    r1, r2, 672
    li       r1, 270899
    li       r2, 117824
    vcopy    r1, r2, 672
    li       r1, 271589
    li       r2, 118496
    vcopy    r1, r2, 672
    li       r1, 272279
    li       r2, 119168
    vcopy    r1, r2, 672
    li       r1, 272969
    li       r2, 119840
    vcopy    r1, r2, 672
    li       r1, 273659
    li       r2, 120512
    vcopy    r1, r2, 672
    li       r1, 274349
    li       r2, 121184
    vcopy    r1, r2, 672
    li       r1, 275039
    li       r2, 121856
    vcopy    r1, r2, 672
    li       r1, 275729
    li       r2, 122528
    vcopy    r1, r2, 672
    li       r1, 276419
    li       r2, 123200
    vcopy    r1, r2, 672
    li       r1, 277109
    li       r2, 123872
    vcopy    r1, r2, 672
    li       r1, 277799
    li       r2, 124544
    vcopy    r1, r2, 672
    li       r1, 278489
    li       r2, 125216
    vcopy    r1, r2, 672
    li       r1, 279179
    li       r2, 125888
    vcopy    r1, r2, 672
    li       r1, 279869
    li       r2, 126560
    vcopy    r1, r2, 672
    li       r1, 280559
    li       r2, 127232
    vcopy    r1, r2, 672
    li       r1, 281249
    li       r2, 127904
    vcopy    r1, r2, 672
    li       r1, 281939
    li       r2, 128576
    vcopy    r1, r2, 672
    li       r1, 282629
    li       r2, 129248
    vcopy    r1, r2, 672
    li       r1, 283319
    li       r2, 129920
    vcopy    r1, r2, 672
    li       r1, 284009
    li       r2, 130592
    vcopy    r1, r2, 672
    li       r1, 284699
    li       r2, 131264
    vcopy    r1, r2, 672
    li       r1, 285389
    li       r2, 131936
    vcopy    r1, r2, 672
    li       r1, 286079
    li       r2, 132608
    vcopy    r1, r2, 672
    li       r1, 286769
    li       r2, 133280
    vcopy    r1, r2, 672
    li       r1, 287459
    li       r2, 133952
    vcopy    r1, r2, 672
    li       r1, 288149
    li       r2, 134624
    vcopy    r1, r2, 672
    li       r1, 288839
    li       r2, 135296
    vcopy    r1, r2, 672
    li       r1, 289529
    li       r2, 135968
    vcopy    r1, r2, 672
    li       r1, 290219
    li       r2, 136640
    vcopy    r1, r2, 672
    li       r1, 290909
    li       r2, 137312
    vcopy    r1, r2, 672
    li       r1, 291599
    li       r2, 137984
    vcopy    r1, r2, 672
    li       r1, 292289
    li       r2, 138656
    vcopy    r1, r2, 672
    li       r1, 292979
    li       r2, 139328
    vcopy    r1, r2, 672
    li       r1, 293669
    li       r2, 140000
    vcopy    r1, r2, 672
    li       r1, 294359
    li       r2, 140672
    vcopy    r1, r2, 672
    li       r1, 295049
    li       r2, 141344
    vcopy    r1, r2, 672
    li       r1, 295739
    li       r2, 142016
    vcopy    r1, r2, 672
    li       r1, 296429
    li       r2, 142688
    vcopy    r1, r2, 672
    li       r1, 297119
    li       r2, 143360
    vcopy    r1, r2, 672
    li       r1, 297809
    li       r2, 144032
    vcopy    r1, r2, 672
    li       r1, 298499
    li       r2, 144704
    vcopy    r1, r2, 672
    li       r1, 299189
    li       r2, 145376
    vcopy    r1, r2, 672
    li       r1, 299879
    li       r2, 146048
    vcopy    r1, r2, 672
    li       r1, 300569
    li       r2, 146720
    vcopy    r1, r2, 672
    li       r1, 301259
    li       r2, 147392
    vcopy    r1, r2, 672
    li       r1, 301949
    li       r2, 148064
    vcopy    r1, r2, 672
    li       r1, 302639
    li       r2, 148736
    vcopy    r1, r2, 672
    li       r1, 303329
    li       r2, 149408
    vcopy    r1, r2, 672
    li       r1, 304019
    li       r2, 150080
    vcopy    r1, r2, 672
    li       r1, 304709
    li       r2, 150752
    vcopy    r1, r2, 672
    li       r1, 305399
    li       r2, 151424
    vcopy    r1, r2, 672
    li       r1, 306089
    li       r2, 152096
    vcopy    r1, r2, 672
    li       r1, 306779
    li       r2, 152768
    vcopy    r1, r2, 672
    li       r1, 307469
    li       r2, 153440
    vcopy    r1, r2, 672
    li       r1, 308159
    li       r2, 154112
    vcopy    r1, r2, 672
    li       r1, 308849
    li       r2, 154784
    vcopy    r1, r2, 672
    li       r1, 309539
    li       r2, 155456
    vcopy    r1, r2, 672
    li       r1, 310229
    li       r2, 156128
    vcopy    r1, r2, 672
    li       r1, 310919
    li       r2, 156800
    vcopy    r1, r2, 672
    li       r1, 311609
    li       r2, 157472
    vcopy    r1, r2, 672
    li       r1, 312299
    li       r2, 158144
    vcopy    r1, r2, 672
    li       r1, 312989
    li       r2, 158816
    vcopy    r1, r2, 672
    li       r1, 313679
    li       r2, 159488
    vcopy    r1, r2, 672
    li       r1, 314369
    li       r2, 160160
    vcopy    r1, r2, 672
    li       r1, 315059
    li       r2, 160832
    vcopy    r1, r2, 672
    li       r1, 315749
    li       r2, 161504
    vcopy    r1, r2, 672
    li       r1, 316439
    li       r2, 162176
    vcopy    r1, r2, 672
    li       r1, 317129
    li       r2, 162848
    vcopy    r1, r2, 672
    li       r1, 317819
    li       r2, 163520
    vcopy    r1, r2, 672
    li       r1, 318509
    li       r2, 164192
    vcopy    r1, r2, 672
    li       r1, 319199
    li       r2, 164864
    vcopy    r1, r2, 672
    li       r1, 319889
    li       r2, 165536
    vcopy    r1, r2, 672
    li       r1, 320579
    li       r2, 166208
    vcopy    r1, r2, 672
    li       r1, 321269
    li       r2, 166880
    vcopy    r1, r2, 672
    li       r1, 321959
    li       r2, 167552
    vcopy    r1, r2, 672
    li       r1, 322649
    li       r2, 168224
    vcopy    r1, r2, 672
    li       r1, 323339
    li       r2, 168896
    vcopy    r1, r2, 672
    li       r1, 324029
    li       r2, 169568
    vcopy    r1, r2, 672
    li       r1, 324719
    li       r2, 170240
    vcopy    r1, r2, 672
    li       r1, 325409
    li       r2, 170912
    vcopy    r1, r2, 672
    li       r1, 326099
    li       r2, 171584
    vcopy    r1, r2, 672
    li       r1, 326789
    li       r2, 172256
    vcopy    r1, r2, 672
    li       r1, 327479
    li       r2, 172928
    vcopy    r1, r2, 672
    li       r1, 328169
    li       r2, 173600
    vcopy    r1, r2, 672
    li       r1, 328859
    li       r2, 174272
    vcopy    r1, r2, 672
    li       r1, 329549
    li       r2, 174944
    vcopy    r1, r2, 672
    li       r1, 330239
    li       r2, 175616
    vcopy    r1, r2, 672
    li       r1, 330929
    li       r2, 176288
    vcopy    r1, r2, 672
    li       r1, 331619
    li       r2, 176960
    vcopy    r1, r2, 672
    li       r1, 332309
    li       r2, 177632
    vcopy    r1, r2, 672
    li       r1, 332999
    li       r2, 178304
    vcopy    r1, r2, 672
    li       r1, 333689
    li       r2, 178976
    vcopy    r1, r2, 672
    li       r1, 334379
    li       r2, 179648
    vcopy    r1, r2, 672
    li       r1, 335069
    li       r2, 180320
    vcopy    r1, r2, 672
    li       r1, 335759
    li       r2, 180992
    vcopy    r1, r2, 672
    li       r1, 336449
    li       r2, 181664
    vcopy    r1, r2, 672
    li       r1, 337139
    li       r2, 182336
    vcopy    r1, r2, 672
    li       r1, 337829
    li       r2, 183008
    vcopy    r1, r2, 672
    li       r1, 338519
    li       r2, 183680
    vcopy    r1, r2, 672
    li       r1, 339209
    li       r2, 184352
    vcopy    r1, r2, 672
    li       r1, 339899
    li       r2, 185024
    vcopy    r1, r2, 672
    li       r1, 340589
    li       r2, 185696
    vcopy    r1, r2, 672
    li       r1, 341279
    li       r2, 186368
    vcopy    r1, r2, 672
    li       r1, 341969
    li       r2, 187040
    vcopy    r1, r2, 672
    li       r1, 342659
    li       r2, 187712
    vcopy    r1, r2, 672
    li       r1, 343349
    li       r2, 188384
    vcopy    r1, r2, 672
    li       r1, 344039
    li       r2, 189056
    vcopy    r1, r2, 672
    li       r1, 344729
    li       r2, 189728
    vcopy    r1, r2, 672
    li       r1, 345419
    li       r2, 190400
    vcopy    r1, r2, 672
    li       r1, 346109
    li       r2, 191072
    vcopy    r1, r2, 672
    li       r1, 346799
    li       r2, 191744
    vcopy    r1, r2, 672
    li       r1, 347489
    li       r2, 192416
    vcopy    r1, r2, 672
    li       r1, 348179
    li       r2, 193088
    vcopy    r1, r2, 672
    li       r1, 348869
    li       r2, 193760
    vcopy    r1, r2, 672
    li       r1, 349559
    li       r2, 194432
    vcopy    r1, r2, 672
    li       r1, 350249
    li       r2, 195104
    vcopy    r1, r2, 672
    li       r1, 350939
    li       r2, 195776
    vcopy    r1, r2, 672
    li       r1, 351629
    li       r2, 196448
    vcopy    r1, r2, 672
    li       r1, 352319
    li       r2, 197120
    vcopy    r1, r2, 672
    li       r1, 353009
    li       r2, 197792
    vcopy    r1, r2, 672
    li       r1, 353699
    li       r2, 198464
    vcopy    r1, r2, 672
    li       r1, 354389
    li       r2, 199136
    vcopy    r1, r2, 672
    li       r1, 355079
    li       r2, 199808
    vcopy    r1, r2, 672
    li       r1, 355769
    li       r2, 200480
    vcopy    r1, r2, 672
    li       r1, 356459
    li       r2, 201152
    vcopy    r1, r2, 672
    li       r1, 357149
    li       r2, 201824
    vcopy    r1, r2, 672
    li       r1, 357839
    li       r2, 202496
    vcopy    r1, r2, 672
    li       r1, 358529
    li       r2, 203168
    vcopy    r1, r2, 672
    li       r1, 359219
    li       r2, 203840
    vcopy    r1, r2, 672
    li       r1, 359909
    li       r2, 204512
    vcopy    r1, r2, 672
    li       r1, 360599
    li       r2, 205184
    vcopy    r1, r2, 672
    li       r1, 361289
    li       r2, 205856
    vcopy    r1, r2, 672
    li       r1, 361979
    li       r2, 206528
    vcopy    r1, r2, 672
    li       r1, 362669
    li       r2, 207200
    vcopy    r1, r2, 672
    li       r1, 363359
    li       r2, 207872
    vcopy    r1, r2, 672
    li       r1, 364049
    li       r2, 208544
    vcopy    r1, r2, 672
    li       r1, 364739
    li       r2, 209216
    vcopy    r1, r2, 672
    li       r1, 365429
    li       r2, 209888
    vcopy    r1, r2, 672
    li       r1, 366119
    li       r2, 210560
    vcopy    r1, r2, 672
    li       r1, 366809
    li       r2, 211232
    vcopy    r1, r2, 672
    li       r1, 367499
    li       r2, 211904
    vcopy    r1, r2, 672
    li       r1, 368189
    li       r2, 212576
    vcopy    r1, r2, 672
    li       r1, 368879
    li       r2, 213248
    vcopy    r1, r2, 672
    li       r1, 369569
    li       r2, 213920
    vcopy    r1, r2, 672
    li       r1, 370259
    li       r2, 214592
    vcopy    r1, r2, 672
    li       r1, 370949
    li       r2, 215264
    vcopy    r1, r2, 672
    li       r1, 371639
    li       r2, 215936
    vcopy    r1, r2, 672
    li       r1, 372329
    li       r2, 216608
    vcopy    r1, r2, 672
    li       r1, 373019
    li       r2, 217280
    vcopy    r1, r2, 672
    li       r1, 373709
    li       r2, 217952
    vcopy    r1, r2, 672
    li       r1, 374399
    li       r2, 218624
    vcopy    r1, r2, 672
    li       r1, 375089
    li       r2, 219296
    vcopy    r1, r2, 672
    li       r1, 375779
    li       r2, 219968
    vcopy    r1, r2, 672
    li       r1, 376469
    li       r2, 220640
    vcopy    r1, r2, 672
    li       r1, 377159
    li       r2, 221312
    vcopy    r1, r2, 672
    li       r1, 377849
    li       r2, 221984
    vcopy    r1, r2, 672
    li       r1, 378539
    li       r2, 222656
    vcopy    r1, r2, 672
    li       r1, 379229
    li       r2, 223328
    vcopy    r1, r2, 672
    li       r1, 379919
    li       r2, 224000
    vcopy    r1, r2, 672
    li       r1, 380609
    li       r2, 224672
    vcopy    r1, r2, 672
    li       r1, 381299
    li       r2, 225344
    vcopy    r1, r2, 672
    li       r1, 381989
    li       r2, 226016
    vcopy    r1, r2, 672
    li       r1, 382679
    li       r2, 226688
    vcopy    r1, r2, 672
    li       r1, 383369
    li       r2, 227360
    vcopy    r1, r2, 672
    li       r1, 384059
    li       r2, 228032
    vcopy    r1, r2, 672
    li       r1, 384749
    li       r2, 228704
    vcopy    r1, r2, 672
    li       r1, 385439
    li       r2, 229376
    vcopy    r1, r2, 672
    li       r1, 386129
    li       r2, 230048
    vcopy    r1, r2, 672
    li       r1, 386819
    li       r2, 230720
    vcopy    r1, r2, 672
    li       r1, 387509
    li       r2, 231392
    vcopy    r1, r2, 672
    li       r1, 388199
    li       r2, 232064
    vcopy    r1, r2, 672
    li       r1, 388889
    li       r2, 232736
    vcopy    r1, r2, 672
    li       r1, 389579
    li       r2, 233408
    vcopy    r1, r2, 672
    li       r1, 390269
    li       r2, 234080
    vcopy    r1, r2, 672
    li       r1, 390959
    li       r2, 234752
    vcopy    r1, r2, 672
    li       r1, 391649
    li       r2, 235424
    vcopy    r1, r2, 672
    li       r1, 392339
    li       r2, 236096
    vcopy    r1, r2, 672
    li       r1, 393029
    li       r2, 236768
    vcopy    r1, r2, 672
    li       r1, 393719
    li       r2, 237440
    vcopy    r1, r2, 672
    li       r1, 394409
    li       r2, 238112
    vcopy    r1, r2, 672
    li       r1, 395099
    li       r2, 238784
    vcopy    r1, r2, 672
    li       r1, 395789
    li       r2, 239456
    vcopy    r1, r2, 672
    li       r1, 396479
    li       r2, 240128
    vcopy    r1, r2, 672
    li       r1, 397169
    li       r2, 240800
    vcopy    r1, r2, 672
    li       r1, 397859
    li       r2, 241472
    vcopy    r1, r2, 672
    li       r1, 398549
    li       r2, 242144
    vcopy    r1, r2, 672
    li       r1, 399239
    li       r2, 242816
    vcopy    r1, r2, 672
    li       r1, 399929
    li       r2, 243488
    vcopy    r1, r2, 672
    li       r1, 400619
    li       r2, 244160
    vcopy    r1, r2, 672
    li       r1, 401309
    li       r2, 244832
    vcopy    r1, r2, 672
    li       r1, 401999
    li       r2, 245504
    vcopy    r1, r2, 672
    li       r1, 402689
    li       r2, 246176
    vcopy    r1, r2, 672
    li       r1, 403379
    li       r2, 246848
    vcopy    r1, r2, 672
    li       r1, 404069
    li       r2, 247520
    vcopy    r1, r2, 672
    li       r1, 404759
    li       r2, 248192
    vcopy    r1, r2, 672
    li       r1, 405449
    li       r2, 248864
    vcopy    r1, r2, 672
    li       r1, 406139
    li       r2, 249536
    vcopy    r1, r2, 672
    li       r1, 406829
    li       r2, 250208
    vcopy    r1, r2, 672
    li       r10, 347480
    li       r12, 0
    li       r8, 70
L686:
    li       r9, 0
    addi     r11, r10, 0
L688:
    addi     r1, r11, 0
    li       r2, 409580
    vcopy    r2, r1, 21
    addi     r1, r11, 690
    li       r2, 409601
    vcopy    r2, r1, 21
    addi     r1, r11, 1380
    li       r2, 409622
    vcopy    r2, r1, 21
    addi     r1, r11, 2070
    li       r2, 409643
    vcopy    r2, r1, 21
    addi     r1, r11, 2760
    li       r2, 409664
    vcopy    r2, r1, 21
    addi     r1, r11, 3450
    li       r2, 409685
    vcopy    r2, r1, 21
    addi     r1, r11, 4140
    li       r2, 409706
    vcopy    r2, r1, 21
    li       r4, 409580
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 6
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 112
    blt      r9, r13, L688
    addi     r10, r10, 1380
    addi     r8, r8, 1
    li       r13, 84
    blt      r8, r13, L686
    li       r1, 0
    send     r1, 0, 10, 65535
    li       r1, 65535
    send     r1, 0, 10, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 6
    prog     x0, 6
    xwin     x0, 0, 147, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 0
    li       r1, 100352
    recv     r1, 0, 11, 65535
    li       r1, 165887
    recv     r1, 0, 11, 65535
    li       r1, 231422
    recv     r1, 0, 11, 19458
    li       r1, 252959
    li       r2, 100352
    vcopy    r1, r2, 672
    li       r1, 253649
    li       r2, 101024
    vcopy    r1, r2, 672
    li       r1, 254339
    li       r2, 101696
    vcopy    r1, r2, 672
    li       r1, 255029
    li       r2, 102368
    vcopy    r1, r2, 672
    li       r1, 255719
    li       r2, 103040
    vcopy    r1, r2, 672
    li       r1, 256409
    li       r2, 103712
    vcopy    r1, r2, 672
    li       r1, 257099
    li       r2, 104384
    vcopy    r1, r2, 672
    li       r1, 257789
    li       r2, 105056
    vcopy    r1, r2, 672
    li       r1, 258479
    li       r2, 105728
    vcopy    r1, r2, 672
    li       r1, 259169
    li       r2, 106400
    vcopy    r1, r2, 672
    li       r1, 259859
    li       r2, 107072
    vcopy    r1, r2, 672
    li       r1, 260549
    li       r2, 107744
    vcopy    r1, r2, 672
    li       r1, 261239
    li       r2, 108416
    vcopy    r1, r2, 672
    li       r1, 261929
    li       r2, 109088
    vcopy    r1, r2, 672
    li       r1, 262619
    li       r2, 109760
    vcopy    r1, r2, 672
    li       r1, 263309
    li       r2, 110432
    vcopy    r1, r2, 672
    li       r1, 263999
    li       r2, 111104
    vcopy    r1, r2, 672
    li       r1, 264689
    li       r2, 111776
    vcopy    r1, r2, 672
    li       r1, 265379
    li       r2, 112448
    vcopy    r1, r2, 672
    li       r1, 266069
    li       r2, 113120
    vcopy    r1, r2, 672
    li       r1, 266759
    li       r2, 113792
    vcopy    r1, r2, 672
    li       r1, 267449
    li       r2, 114464
    vcopy    r1, r2, 672
    li       r1, 268139
    li       r2, 115136
    vcopy    r1, r2, 672
    li       r1, 268829
    li       r2, 115808
    vcopy    r1, r2, 672
    li       r1, 269519
    li       r2, 116480
    vcopy    r1, r2, 672
    li       r1, 270209
    li       r2, 117152
    vcopy    r1, r2, 672
    li       r1, 270899
    li       r2, 117824
    vcopy    r1, r2, 672
    li       r1, 271589
    li       r2, 118496
    vcopy    r1, r2, 672
    li       r1, 272279
    li       r2, 119168
    vcopy    r1, r2, 672
    li       r1, 272969
    li       r2, 119840
    vcopy    r1, r2, 672
    li       r1, 273659
    li       r2, 120512
    vcopy    r1, r2, 672
    li       r1, 274349
    li       r2, 121184
    vcopy    r1, r2, 672
    li       r1, 275039
    li       r2, 121856
    vcopy    r1, r2, 672
    li       r1, 275729
    li       r2, 122528
    vcopy    r1, r2, 672
    li       r1, 276419
    li       r2, 123200
    vcopy    r1, r2, 672
    li       r1, 277109
    li       r2, 123872
    vcopy    r1, r2, 672
    li       r1, 277799
    li       r2, 124544
    vcopy    r1, r2, 672
    li       r1, 278489
    li       r2, 125216
    vcopy    r1, r2, 672
    li       r1, 279179
    li       r2, 125888
    vcopy    r1, r2, 672
    li       r1, 279869
    li       r2, 126560
    vcopy    r1, r2, 672
    li       r1, 280559
    li       r2, 127232
    vcopy    r1, r2, 672
    li       r1, 281249
    li       r2, 127904
    vcopy    r1, r2, 672
    li       r1, 281939
    li       r2, 128576
    vcopy    r1, r2, 672
    li       r1, 282629
    li       r2, 129248
    vcopy    r1, r2, 672
    li       r1, 283319
    li       r2, 129920
    vcopy    r1, r2, 672
    li       r1, 284009
    li       r2, 130592
    vcopy    r1, r2, 672
    li       r1, 284699
    li       r2, 131264
    vcopy    r1, r2, 672
    li       r1, 285389
    li       r2, 131936
    vcopy    r1, r2, 672
    li       r1, 286079
    li       r2, 132608
    vcopy    r1, r2, 672
    li       r1, 286769
    li       r2, 133280
    vcopy    r1, r2, 672
    li       r1, 287459
    li       r2, 133952
    vcopy    r1, r2, 672
    li       r1, 288149
    li       r2, 134624
    vcopy    r1, r2, 672
    li       r1, 288839
    li       r2, 135296
    vcopy    r1, r2, 672
    li       r1, 289529
    li       r2, 135968
    vcopy    r1, r2, 672
    li       r1, 290219
    li       r2, 136640
    vcopy    r1, r2, 672
    li       r1, 290909
    li       r2, 137312
    vcopy    r1, r2, 672
    li       r1, 291599
    li       r2, 137984
    vcopy    r1, r2, 672
    li       r1, 292289
    li       r2, 138656
    vcopy    r1, r2, 672
    li       r1, 292979
    li       r2, 139328
    vcopy    r1, r2, 672
    li       r1, 293669
    li       r2, 140000
    vcopy    r1, r2, 672
    li       r1, 294359
    li       r2, 140672
    vcopy    r1, r2, 672
    li       r1, 295049
    li       r2, 141344
    vcopy    r1, r2, 672
    li       r1, 295739
    li       r2, 142016
    vcopy    r1, r2, 672
    li       r1, 296429
    li       r2, 142688
    vcopy    r1, r2, 672
    li       r1, 297119
    li       r2, 143360
    vcopy    r1, r2, 672
    li       r1, 297809
    li       r2, 144032
    vcopy    r1, r2, 672
    li       r1, 298499
    li       r2, 144704
    vcopy    r1, r2, 672
    li       r1, 299189
    li       r2, 145376
    vcopy    r1, r2, 672
    li       r1, 299879
    li       r2, 146048
    vcopy    r1, r2, 672
    li       r1, 300569
    li       r2, 146720
    vcopy    r1, r2, 672
    li       r1, 301259
    li       r2, 147392
    vcopy    r1, r2, 672
    li       r1, 301949
    li       r2, 148064
    vcopy    r1, r2, 672
    li       r1, 302639
    li       r2, 148736
    vcopy    r1, r2, 672
    li       r1, 303329
    li       r2, 149408
    vcopy    r1, r2, 672
    li       r1, 304019
    li       r2, 150080
    vcopy    r1, r2, 672
    li       r1, 304709
    li       r2, 150752
    vcopy    r1, r2, 672
    li       r1, 305399
    li       r2, 151424
    vcopy    r1, r2, 672
    li       r1, 306089
    li       r2, 152096
    vcopy    r1, r2, 672
    li       r1, 306779
    li       r2, 152768
    vcopy    r1, r2, 672
    li       r1, 307469
    li       r2, 153440
    vcopy    r1, r2, 672
    li       r1, 308159
    li       r2, 154112
    vcopy    r1, r2, 672
    li       r1, 308849
    li       r2, 154784
    vcopy    r1, r2, 672
    li       r1, 309539
    li       r2, 155456
    vcopy    r1, r2, 672
    li       r1, 310229
    li       r2, 156128
    vcopy    r1, r2, 672
    li       r1, 310919
    li       r2, 156800
    vcopy    r1, r2, 672
    li       r1, 311609
    li       r2, 157472
    vcopy    r1, r2, 672
    li       r1, 312299
    li       r2, 158144
    vcopy    r1, r2, 672
    li       r1, 312989
    li       r2, 158816
    vcopy    r1, r2, 672
    li       r1, 313679
    li       r2, 159488
    vcopy    r1, r2, 672
    li       r1, 314369
    li       r2, 160160
    vcopy    r1, r2, 672
    li       r1, 315059
    li       r2, 160832
    vcopy    r1, r2, 672
    li       r1, 315749
    li       r2, 161504
    vcopy    r1, r2, 672
    li       r1, 316439
    li       r2, 162176
    vcopy    r1, r2, 672
    li       r1, 317129
    li       r2, 162848
    vcopy    r1, r2, 672
    li       r1, 317819
    li       r2, 163520
    vcopy    r1, r2, 672
    li       r1, 318509
    li       r2, 164192
    vcopy    r1, r2, 672
    li       r1, 319199
    li       r2, 164864
    vcopy    r1, r2, 672
    li       r1, 319889
    li       r2, 165536
    vcopy    r1, r2, 672
    li       r1, 320579
    li       r2, 166208
    vcopy    r1, r2, 672
    li       r1, 321269
    li       r2, 166880
    vcopy    r1, r2, 672
    li       r1, 321959
    li       r2, 167552
    vcopy    r1, r2, 672
    li       r1, 322649
    li       r2, 168224
    vcopy    r1, r2, 672
    li       r1, 323339
    li       r2, 168896
    vcopy    r1, r2, 672
    li       r1, 324029
    li       r2, 169568
    vcopy    r1, r2, 672
    li       r1, 324719
    li       r2, 170240
    vcopy    r1, r2, 672
    li       r1, 325409
    li       r2, 170912
    vcopy    r1, r2, 672
    li       r1, 326099
    li       r2, 171584
    vcopy    r1, r2, 672
    li       r1, 326789
    li       r2, 172256
    vcopy    r1, r2, 672
    li       r1, 327479
    li       r2, 172928
    vcopy    r1, r2, 672
    li       r1, 328169
    li       r2, 173600
    vcopy    r1, r2, 672
    li       r1, 328859
    li       r2, 174272
    vcopy    r1, r2, 672
    li       r1, 329549
    li       r2, 174944
    vcopy    r1, r2, 672
    li       r1, 330239
    li       r2, 175616
    vcopy    r1, r2, 672
    li       r1, 330929
    li       r2, 176288
    vcopy    r1, r2, 672
    li       r1, 331619
    li       r2, 176960
    vcopy    r1, r2, 672
    li       r1, 332309
    li       r2, 177632
    vcopy    r1, r2, 672
    li       r1, 332999
    li       r2, 178304
    vcopy    r1, r2, 672
    li       r1, 333689
    li       r2, 178976
    vcopy    r1, r2, 672
    li       r1, 334379
    li       r2, 179648
    vcopy    r1, r2, 672
    li       r1, 335069
    li       r2, 180320
    vcopy    r1, r2, 672
    li       r1, 335759
    li       r2, 180992
    vcopy    r1, r2, 672
    li       r1, 336449
    li       r2, 181664
    vcopy    r1, r2, 672
    li       r1, 337139
    li       r2, 182336
    vcopy    r1, r2, 672
    li       r1, 337829
    li       r2, 183008
    vcopy    r1, r2, 672
    li       r1, 338519
    li       r2, 183680
    vcopy    r1, r2, 672
    li       r1, 339209
    li       r2, 184352
    vcopy    r1, r2, 672
    li       r1, 339899
    li       r2, 185024
    vcopy    r1, r2, 672
    li       r1, 340589
    li       r2, 185696
    vcopy    r1, r2, 672
    li       r1, 341279
    li       r2, 186368
    vcopy    r1, r2, 672
    li       r1, 341969
    li       r2, 187040
    vcopy    r1, r2, 672
    li       r1, 342659
    li       r2, 187712
    vcopy    r1, r2, 672
    li       r1, 343349
    li       r2, 188384
    vcopy    r1, r2, 672
    li       r1, 344039
    li       r2, 189056
    vcopy    r1, r2, 672
    li       r1, 344729
    li       r2, 189728
    vcopy    r1, r2, 672
    li       r1, 345419
    li       r2, 190400
    vcopy    r1, r2, 672
    li       r1, 346109
    li       r2, 191072
    vcopy    r1, r2, 672
    li       r1, 346799
    li       r2, 191744
    vcopy    r1, r2, 672
    li       r1, 347489
    li       r2, 192416
    vcopy    r1, r2, 672
    li       r1, 348179
    li       r2, 193088
    vcopy    r1, r2, 672
    li       r1, 348869
    li       r2, 193760
    vcopy    r1, r2, 672
    li       r1, 349559
    li       r2, 194432
    vcopy    r1, r2, 672
    li       r1, 350249
    li       r2, 195104
    vcopy    r1, r2, 672
    li       r1, 350939
    li       r2, 195776
    vcopy    r1, r2, 672
    li       r1, 351629
    li       r2, 196448
    vcopy    r1, r2, 672
    li       r1, 352319
    li       r2, 197120
    vcopy    r1, r2, 672
    li       r1, 353009
    li       r2, 197792
    vcopy    r1, r2, 672
    li       r1, 353699
    li       r2, 198464
    vcopy    r1, r2, 672
    li       r1, 354389
    li       r2, 199136
    vcopy    r1, r2, 672
    li       r1, 355079
    li       r2, 199808
    vcopy    r1, r2, 672
    li       r1, 355769
    li       r2, 200480
    vcopy    r1, r2, 672
    li       r1, 356459
    li       r2, 201152
    vcopy    r1, r2, 672
    li       r1, 357149
    li       r2, 201824
    vcopy    r1, r2, 672
    li       r1, 357839
    li       r2, 202496
    vcopy    r1, r2, 672
    li       r1, 358529
    li       r2, 203168
    vcopy    r1, r2, 672
    li       r1, 359219
    li       r2, 203840
    vcopy    r1, r2, 672
    li       r1, 359909
    li       r2, 204512
    vcopy    r1, r2, 672
    li       r1, 360599
    li       r2, 205184
    vcopy    r1, r2, 672
    li       r1, 361289
    li       r2, 205856
    vcopy    r1, r2, 672
    li       r1, 361979
    li       r2, 206528
    vcopy    r1, r2, 672
    li       r1, 362669
    li       r2, 207200
    vcopy    r1, r2, 672
    li       r1, 363359
    li       r2, 207872
    vcopy    r1, r2, 672
    li       r1, 364049
    li       r2, 208544
    vcopy    r1, r2, 672
    li       r1, 364739
    li       r2, 209216
    vcopy    r1, r2, 672
    li       r1, 365429
    li       r2, 209888
    vcopy    r1, r2, 672
    li       r1, 366119
    li       r2, 210560
    vcopy    r1, r2, 672
    li       r1, 366809
    li       r2, 211232
    vcopy    r1, r2, 672
    li       r1, 367499
    li       r2, 211904
    vcopy    r1, r2, 672
    li       r1, 368189
    li       r2, 212576
    vcopy    r1, r2, 672
    li       r1, 368879
    li       r2, 213248
    vcopy    r1, r2, 672
    li       r1, 369569
    li       r2, 213920
    vcopy    r1, r2, 672
    li       r1, 370259
    li       r2, 214592
    vcopy    r1, r2, 672
    li       r1, 370949
    li       r2, 215264
    vcopy    r1, r2, 672
    li       r1, 371639
    li       r2, 215936
    vcopy    r1, r2, 672
    li       r1, 372329
    li       r2, 216608
    vcopy    r1, r2, 672
    li       r1, 373019
    li       r2, 217280
    vcopy    r1, r2, 672
    li       r1, 373709
    li       r2, 217952
    vcopy    r1, r2, 672
    li       r1, 374399
    li       r2, 218624
    vcopy    r1, r2, 672
    li       r1, 375089
    li       r2, 219296
    vcopy    r1, r2, 672
    li       r1, 375779
    li       r2, 219968
    vcopy    r1, r2, 672
    li       r1, 376469
    li       r2, 220640
    vcopy    r1, r2, 672
    li       r1, 377159
    li       r2, 221312
    vcopy    r1, r2, 672
    li       r1, 377849
    li       r2, 221984
    vcopy    r1, r2, 672
    li       r1, 378539
    li       r2, 222656
    vcopy    r1, r2, 672
    li       r1, 379229
    li       r2, 223328
    vcopy    r1, r2, 672
    li       r1, 379919
    li       r2, 224000
    vcopy    r1, r2, 672
    li       r1, 380609
    li       r2, 224672
    vcopy    r1, r2, 672
    li       r1, 381299
    li       r2, 225344
    vcopy    r1, r2, 672
    li       r1, 381989
    li       r2, 226016
    vcopy    r1, r2, 672
    li       r1, 382679
    li       r2, 226688
    vcopy    r1, r2, 672
    li       r1, 383369
    li       r2, 227360
    vcopy    r1, r2, 672
    li       r1, 384059
    li       r2, 228032
    vcopy    r1, r2, 672
    li       r1, 384749
    li       r2, 228704
    vcopy    r1, r2, 672
    li       r1, 385439
    li       r2, 229376
    vcopy    r1, r2, 672
    li       r1, 386129
    li       r2, 230048
    vcopy    r1, r2, 672
    li       r1, 386819
    li       r2, 230720
    vcopy    r1, r2, 672
    li       r1, 387509
    li       r2, 231392
    vcopy    r1, r2, 672
    li       r1, 388199
    li       r2, 232064
    vcopy    r1, r2, 672
    li       r1, 388889
    li       r2, 232736
    vcopy    r1, r2, 672
    li       r1, 389579
    li       r2, 233408
    vcopy    r1, r2, 672
    li       r1, 390269
    li       r2, 234080
    vcopy    r1, r2, 672
    li       r1, 390959
    li       r2, 234752
    vcopy    r1, r2, 672
    li       r1, 391649
    li       r2, 235424
    vcopy    r1, r2, 672
    li       r1, 392339
    li       r2, 236096
    vcopy    r1, r2, 672
    li       r1, 393029
    li       r2, 236768
    vcopy    r1, r2, 672
    li       r1, 393719
    li       r2, 237440
    vcopy    r1, r2, 672
    li       r1, 394409
    li       r2, 238112
    vcopy    r1, r2, 672
    li       r1, 395099
    li       r2, 238784
    vcopy    r1, r2, 672
    li       r1, 395789
    li       r2, 239456
    vcopy    r1, r2, 672
    li       r1, 396479
    li       r2, 240128
    vcopy    r1, r2, 672
    li       r1, 397169
    li       r2, 240800
    vcopy    r1, r2, 672
    li       r1, 397859
    li       r2, 241472
    vcopy    r1, r2, 672
    li       r1, 398549
    li       r2, 242144
    vcopy    r1, r2, 672
    li       r1, 399239
    li       r2, 242816
    vcopy    r1, r2, 672
    li       r1, 399929
    li       r2, 243488
    vcopy    r1, r2, 672
    li       r1, 400619
    li       r2, 244160
    vcopy    r1, r2, 672
    li       r1, 401309
    li       r2, 244832
    vcopy    r1, r2, 672
    li       r1, 401999
    li       r2, 245504
    vcopy    r1, r2, 672
    li       r1, 402689
    li       r2, 246176
    vcopy    r1, r2, 672
    li       r1, 403379
    li       r2, 246848
    vcopy    r1, r2, 672
    li       r1, 404069
    li       r2, 247520
    vcopy    r1, r2, 672
    li       r1, 404759
    li       r2, 248192
    vcopy    r1, r2, 672
    li       r1, 405449
    li       r2, 248864
    vcopy    r1, r2, 672
    li       r1, 406139
    li       r2, 249536
    vcopy    r1, r2, 672
    li       r1, 406829
    li       r2, 250208
    vcopy    r1, r2, 672
    li       r10, 366800
    li       r12, 0
    li       r8, 84
L686:
    li       r9, 0
    addi     r11, r10, 0
L688:
    addi     r1, r11, 0
    li       r2, 409580
    vcopy    r2, r1, 21
    addi     r1, r11, 690
    li       r2, 409601
    vcopy    r2, r1, 21
    addi     r1, r11, 1380
    li       r2, 409622
    vcopy    r2, r1, 21
    addi     r1, r11, 2070
    li       r2, 409643
    vcopy    r2, r1, 21
    addi     r1, r11, 2760
    li       r2, 409664
    vcopy    r2, r1, 21
    addi     r1, r11, 3450
    li       r2, 409685
    vcopy    r2, r1, 21
    addi     r1, r11, 4140
    li       r2, 409706
    vcopy    r2, r1, 21
    li       r4, 409580
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 6
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 112
    blt      r9, r13, L688
    addi     r10, r10, 1380
    addi     r8, r8, 1
    li       r13, 98
    blt      r8, r13, L686
    li       r1, 0
    send     r1, 0, 12, 65535
    li       r1, 65535
    send     r1, 0, 12, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 7
    prog     x0, 7
    xwin     x0, 0, 147, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 0
    li       r1, 100352
    recv     r1, 0, 13, 65535
    li       r1, 165887
    recv     r1, 0, 13, 65535
    li       r1, 231422
    recv     r1, 0, 13, 19458
    li       r1, 252959
    li       r2, 100352
    vcopy    r1, r2, 672
    li       r1, 253649
    li       r2, 101024
    vcopy    r1, r2, 672
    li       r1, 254339
    li       r2, 101696
    vcopy    r1, r2, 672
    li       r1, 255029
    li       r2, 102368
    vcopy    r1, r2, 672
    li       r1, 255719
    li       r2, 103040
    vcopy    r1, r2, 672
    li       r1, 256409
    li       r2, 103712
    vcopy    r1, r2, 672
    li       r1, 257099
    li       r2, 104384
    vcopy    r1, r2, 672
    li       r1, 257789
    li       r2, 105056
    vcopy    r1, r2, 672
    li       r1, 258479
    li       r2, 105728
    vcopy    r1, r2, 672
    li       r1, 259169
    li       r2, 106400
    vcopy    r1, r2, 672
    li       r1, 259859
    li       r2, 107072
    vcopy    r1, r2, 672
    li       r1, 260549
    li       r2, 107744
    vcopy    r1, r2, 672
    li       r1, 261239
    li       r2, 108416
    vcopy    r1, r2, 672
    li       r1, 261929
    li       r2, 109088
    vcopy    r1, r2, 672
    li       r1, 262619
    li       r2, 109760
    vcopy    r1, r2, 672
    li       r1, 263309
    li       r2, 110432
    vcopy    r1, r2, 672
    li       r1, 263999
    li       r2, 111104
    vcopy    r1, r2, 672
    li       r1, 264689
    li       r2, 111776
    vcopy    r1, r2, 672
    li       r1, 265379
    li       r2, 112448
    vcopy    r1, r2, 672
    li       r1, 266069
    li       r2, 113120
    vcopy    r1, r2, 672
    li       r1, 266759
    li       r2, 113792
    vcopy    r1, r2, 672
    li       r1, 267449
    li       r2, 114464
    vcopy    r1, r2, 672
    li       r1, 268139
    li       r2, 115136
    vcopy    r1, r2, 672
    li       r1, 268829
    li       r2, 115808
    vcopy    r1, r2, 672
    li       r1, 269519
    li       r2, 116480
    vcopy    r1, r2, 672
    li       r1, 270209
    li       r2, 117152
    vcopy    r1, r2, 672
    li       r1, 270899
    li       r2, 117824
    vcopy    r1, r2, 672
    li       r1, 271589
    li       r2, 118496
    vcopy    r1, r2, 672
    li       r1, 272279
    li       r2, 119168
    vcopy    r1, r2, 672
    li       r1, 272969
    li       r2, 119840
    vcopy    r1, r2, 672
    li       r1, 273659
    li       r2, 120512
    vcopy    r1, r2, 672
    li       r1, 274349
    li       r2, 121184
    vcopy    r1, r2, 672
    li       r1, 275039
    li       r2, 121856
    vcopy    r1, r2, 672
    li       r1, 275729
    li       r2, 122528
    vcopy    r1, r2, 672
    li       r1, 276419
    li       r2, 123200
    vcopy    r1, r2, 672
    li       r1, 277109
    li       r2, 123872
    vcopy    r1, r2, 672
    li       r1, 277799
    li       r2, 124544
    vcopy    r1, r2, 672
    li       r1, 278489
    li       r2, 125216
    vcopy    r1, r2, 672
    li       r1, 279179
    li       r2, 125888
    vcopy    r1, r2, 672
    li       r1, 279869
    li       r2, 126560
    vcopy    r1, r2, 672
    li       r1, 280559
    li       r2, 127232
    vcopy    r1, r2, 672
    li       r1, 281249
    li       r2, 127904
    vcopy    r1, r2, 672
    li       r1, 281939
    li       r2, 128576
    vcopy    r1, r2, 672
    li       r1, 282629
    li       r2, 129248
    vcopy    r1, r2, 672
    li       r1, 283319
    li       r2, 129920
    vcopy    r1, r2, 672
    li       r1, 284009
    li       r2, 130592
    vcopy    r1, r2, 672
    li       r1, 284699
    li       r2, 131264
    vcopy    r1, r2, 672
    li       r1, 285389
    li       r2, 131936
    vcopy    r1, r2, 672
    li       r1, 286079
    li       r2, 132608
    vcopy    r1, r2, 672
    li       r1, 286769
    li       r2, 133280
    vcopy    r1, r2, 672
    li       r1, 287459
    li       r2, 133952
    vcopy    r1, r2, 672
    li       r1, 288149
    li       r2, 134624
    vcopy    r1, r2, 672
    li       r1, 288839
    li       r2, 135296
    vcopy    r1, r2, 672
    li       r1, 289529
    li       r2, 135968
    vcopy    r1, r2, 672
    li       r1, 290219
    li       r2, 136640
    vcopy    r1, r2, 672
    li       r1, 290909
    li       r2, 137312
    vcopy    r1, r2, 672
    li       r1, 291599
    li       r2, 137984
    vcopy    r1, r2, 672
    li       r1, 292289
    li       r2, 138656
    vcopy    r1, r2, 672
    li       r1, 292979
    li       r2, 139328
    vcopy    r1, r2, 672
    li       r1, 293669
    li       r2, 140000
    vcopy    r1, r2, 672
    li       r1, 294359
    li       r2, 140672
    vcopy    r1, r2, 672
    li       r1, 295049
    li       r2, 141344
    vcopy    r1, r2, 672
    li       r1, 295739
    li       r2, 142016
    vcopy    r1, r2, 672
    li       r1, 296429
    li       r2, 142688
    vcopy    r1, r2, 672
    li       r1, 297119
    li       r2, 143360
    vcopy    r1, r2, 672
    li       r1, 297809
    li       r2, 144032
    vcopy    r1, r2, 672
    li       r1, 298499
    li       r2, 144704
    vcopy    r1, r2, 672
    li       r1, 299189
    li       r2, 145376
    vcopy    r1, r2, 672
    li       r1, 299879
    li       r2, 146048
    vcopy    r1, r2, 672
    li       r1, 300569
    li       r2, 146720
    vcopy    r1, r2, 672
    li       r1, 301259
    li       r2, 147392
    vcopy    r1, r2, 672
    li       r1, 301949
    li       r2, 148064
    vcopy    r1, r2, 672
    li       r1, 302639
    li       r2, 148736
    vcopy    r1, r2, 672
    li       r1, 303329
    li       r2, 149408
    vcopy    r1, r2, 672
    li       r1, 304019
    li       r2, 150080
    vcopy    r1, r2, 672
    li       r1, 304709
    li       r2, 150752
    vcopy    r1, r2, 672
    li       r1, 305399
    li       r2, 151424
    vcopy    r1, r2, 672
    li       r1, 306089
    li       r2, 152096
    vcopy    r1, r2, 672
    li       r1, 306779
    li       r2, 152768
    vcopy    r1, r2, 672
    li       r1, 307469
    li       r2, 153440
    vcopy    r1, r2, 672
    li       r1, 308159
    li       r2, 154112
    vcopy    r1, r2, 672
    li       r1, 308849
    li       r2, 154784
    vcopy    r1, r2, 672
    li       r1, 309539
    li       r2, 155456
    vcopy    r1, r2, 672
    li       r1, 310229
    li       r2, 156128
    vcopy    r1, r2, 672
    li       r1, 310919
    li       r2, 156800
    vcopy    r1, r2, 672
    li       r1, 311609
    li       r2, 157472
    vcopy    r1, r2, 672
    li       r1, 312299
    li       r2, 158144
    vcopy    r1, r2, 672
    li       r1, 312989
    li       r2, 158816
    vcopy    r1, r2, 672
    li       r1, 313679
    li       r2, 159488
    vcopy    r1, r2, 672
    li       r1, 314369
    li       r2, 160160
    vcopy    r1, r2, 672
    li       r1, 315059
    li       r2, 160832
    vcopy    r1, r2, 672
    li       r1, 315749
    li       r2, 161504
    vcopy    r1, r2, 672
    li       r1, 316439
    li       r2, 162176
    vcopy    r1, r2, 672
    li       r1, 317129
    li       r2, 162848
    vcopy    r1, r2, 672
    li       r1, 317819
    li       r2, 163520
    vcopy    r1, r2, 672
    li       r1, 318509
    li       r2, 164192
    vcopy    r1, r2, 672
    li       r1, 319199
    li       r2, 164864
    vcopy    r1, r2, 672
    li       r1, 319889
    li       r2, 165536
    vcopy    r1, r2, 672
    li       r1, 320579
    li       r2, 166208
    vcopy    r1, r2, 672
    li       r1, 321269
    li       r2, 166880
    vcopy    r1, r2, 672
    li       r1, 321959
    li       r2, 167552
    vcopy    r1, r2, 672
    li       r1, 322649
    li       r2, 168224
    vcopy    r1, r2, 672
    li       r1, 323339
    li       r2, 168896
    vcopy    r1, r2, 672
    li       r1, 324029
    li       r2, 169568
    vcopy    r1, r2, 672
    li       r1, 324719
    li       r2, 170240
    vcopy    r1, r2, 672
    li       r1, 325409
    li       r2, 170912
    vcopy    r1, r2, 672
    li       r1, 326099
    li       r2, 171584
    vcopy    r1, r2, 672
    li       r1, 326789
    li       r2, 172256
    vcopy    r1, r2, 672
    li       r1, 327479
    li       r2, 172928
    vcopy    r1, r2, 672
    li       r1, 328169
    li       r2, 173600
    vcopy    r1, r2, 672
    li       r1, 328859
    li       r2, 174272
    vcopy    r1, r2, 672
    li       r1, 329549
    li       r2, 174944
    vcopy    r1, r2, 672
    li       r1, 330239
    li       r2, 175616
    vcopy    r1, r2, 672
    li       r1, 330929
    li       r2, 176288
    vcopy    r1, r2, 672
    li       r1, 331619
    li       r2, 176960
    vcopy    r1, r2, 672
    li       r1, 332309
    li       r2, 177632
    vcopy    r1, r2, 672
    li       r1, 332999
    li       r2, 178304
    vcopy    r1, r2, 672
    li       r1, 333689
    li       r2, 178976
    vcopy    r1, r2, 672
    li       r1, 334379
    li       r2, 179648
    vcopy    r1, r2, 672
    li       r1, 335069
    li       r2, 180320
    vcopy    r1, r2, 672
    li       r1, 335759
    li       r2, 180992
    vcopy    r1, r2, 672
    li       r1, 336449
    li       r2, 181664
    vcopy    r1, r2, 672
    li       r1, 337139
    li       r2, 182336
    vcopy    r1, r2, 672
    li       r1, 337829
    li       r2, 183008
    vcopy    r1, r2, 672
    li       r1, 338519
    li       r2, 183680
    vcopy    r1, r2, 672
    li       r1, 339209
    li       r2, 184352
    vcopy    r1, r2, 672
    li       r1, 339899
    li       r2, 185024
    vcopy    r1, r2, 672
    li       r1, 340589
    li       r2, 185696
    vcopy    r1, r2, 672
    li       r1, 341279
    li       r2, 186368
    vcopy    r1, r2, 672
    li       r1, 341969
    li       r2, 187040
    vcopy    r1, r2, 672
    li       r1, 342659
    li       r2, 187712
    vcopy    r1, r2, 672
    li       r1, 343349
    li       r2, 188384
    vcopy    r1, r2, 672
    li       r1, 344039
    li       r2, 189056
    vcopy    r1, r2, 672
    li       r1, 344729
    li       r2, 189728
    vcopy    r1, r2, 672
    li       r1, 345419
    li       r2, 190400
    vcopy    r1, r2, 672
    li       r1, 346109
    li       r2, 191072
    vcopy    r1, r2, 672
    li       r1, 346799
    li       r2, 191744
    vcopy    r1, r2, 672
    li       r1, 347489
    li       r2, 192416
    vcopy    r1, r2, 672
    li       r1, 348179
    li       r2, 193088
    vcopy    r1, r2, 672
    li       r1, 348869
    li       r2, 193760
    vcopy    r1, r2, 672
    li       r1, 349559
    li       r2, 194432
    vcopy    r1, r2, 672
    li       r1, 350249
    li       r2, 195104
    vcopy    r1, r2, 672
    li       r1, 350939
    li       r2, 195776
    vcopy    r1, r2, 672
    li       r1, 351629
    li       r2, 196448
    vcopy    r1, r2, 672
    li       r1, 352319
    li       r2, 197120
    vcopy    r1, r2, 672
    li       r1, 353009
    li       r2, 197792
    vcopy    r1, r2, 672
    li       r1, 353699
    li       r2, 198464
    vcopy    r1, r2, 672
    li       r1, 354389
    li       r2, 199136
    vcopy    r1, r2, 672
    li       r1, 355079
    li       r2, 199808
    vcopy    r1, r2, 672
    li       r1, 355769
    li       r2, 200480
    vcopy    r1, r2, 672
    li       r1, 356459
    li       r2, 201152
    vcopy    r1, r2, 672
    li       r1, 357149
    li       r2, 201824
    vcopy    r1, r2, 672
    li       r1, 357839
    li       r2, 202496
    vcopy    r1, r2, 672
    li       r1, 358529
    li       r2, 203168
    vcopy    r1, r2, 672
    li       r1, 359219
    li       r2, 203840
    vcopy    r1, r2, 672
    li       r1, 359909
    li       r2, 204512
    vcopy    r1, r2, 672
    li       r1, 360599
    li       r2, 205184
    vcopy    r1, r2, 672
    li       r1, 361289
    li       r2, 205856
    vcopy    r1, r2, 672
    li       r1, 361979
    li       r2, 206528
    vcopy    r1, r2, 672
    li       r1, 362669
    li       r2, 207200
    vcopy    r1, r2, 672
    li       r1, 363359
    li       r2, 207872
    vcopy    r1, r2, 672
    li       r1, 364049
    li       r2, 208544
    vcopy    r1, r2, 672
    li       r1, 364739
    li       r2, 209216
    vcopy    r1, r2, 672
    li       r1, 365429
    li       r2, 209888
    vcopy    r1, r2, 672
    li       r1, 366119
    li       r2, 210560
    vcopy    r1, r2, 672
    li       r1, 366809
    li       r2, 211232
    vcopy    r1, r2, 672
    li       r1, 367499
    li       r2, 211904
    vcopy    r1, r2, 672
    li       r1, 368189
    li       r2, 212576
    vcopy    r1, r2, 672
    li       r1, 368879
    li       r2, 213248
    vcopy    r1, r2, 672
    li       r1, 369569
    li       r2, 213920
    vcopy    r1, r2, 672
    li       r1, 370259
    li       r2, 214592
    vcopy    r1, r2, 672
    li       r1, 370949
    li       r2, 215264
    vcopy    r1, r2, 672
    li       r1, 371639
    li       r2, 215936
    vcopy    r1, r2, 672
    li       r1, 372329
    li       r2, 216608
    vcopy    r1, r2, 672
    li       r1, 373019
    li       r2, 217280
    vcopy    r1, r2, 672
    li       r1, 373709
    li       r2, 217952
    vcopy    r1, r2, 672
    li       r1, 374399
    li       r2, 218624
    vcopy    r1, r2, 672
    li       r1, 375089
    li       r2, 219296
    vcopy    r1, r2, 672
    li       r1, 375779
    li       r2, 219968
    vcopy    r1, r2, 672
    li       r1, 376469
    li       r2, 220640
    vcopy    r1, r2, 672
    li       r1, 377159
    li       r2, 221312
    vcopy    r1, r2, 672
    li       r1, 377849
    li       r2, 221984
    vcopy    r1, r2, 672
    li       r1, 378539
    li       r2, 222656
    vcopy    r1, r2, 672
    li       r1, 379229
    li       r2, 223328
    vcopy    r1, r2, 672
    li       r1, 379919
    li       r2, 224000
    vcopy    r1, r2, 672
    li       r1, 380609
    li       r2, 224672
    vcopy    r1, r2, 672
    li       r1, 381299
    li       r2, 225344
    vcopy    r1, r2, 672
    li       r1, 381989
    li       r2, 226016
    vcopy    r1, r2, 672
    li       r1, 382679
    li       r2, 226688
    vcopy    r1, r2, 672
    li       r1, 383369
    li       r2, 227360
    vcopy    r1, r2, 672
    li       r1, 384059
    li       r2, 228032
    vcopy    r1, r2, 672
    li       r1, 384749
    li       r2, 228704
    vcopy    r1, r2, 672
    li       r1, 385439
    li       r2, 229376
    vcopy    r1, r2, 672
    li       r1, 386129
    li       r2, 230048
    vcopy    r1, r2, 672
    li       r1, 386819
    li       r2, 230720
    vcopy    r1, r2, 672
    li       r1, 387509
    li       r2, 231392
    vcopy    r1, r2, 672
    li       r1, 388199
    li       r2, 232064
    vcopy    r1, r2, 672
    li       r1, 388889
    li       r2, 232736
    vcopy    r1, r2, 672
    li       r1, 389579
    li       r2, 233408
    vcopy    r1, r2, 672
    li       r1, 390269
    li       r2, 234080
    vcopy    r1, r2, 672
    li       r1, 390959
    li       r2, 234752
    vcopy    r1, r2, 672
    li       r1, 391649
    li       r2, 235424
    vcopy    r1, r2, 672
    li       r1, 392339
    li       r2, 236096
    vcopy    r1, r2, 672
    li       r1, 393029
    li       r2, 236768
    vcopy    r1, r2, 672
    li       r1, 393719
    li       r2, 237440
    vcopy    r1, r2, 672
    li       r1, 394409
    li       r2, 238112
    vcopy    r1, r2, 672
    li       r1, 395099
    li       r2, 238784
    vcopy    r1, r2, 672
    li       r1, 395789
    li       r2, 239456
    vcopy    r1, r2, 672
    li       r1, 396479
    li       r2, 240128
    vcopy    r1, r2, 672
    li       r1, 397169
    li       r2, 240800
    vcopy    r1, r2, 672
    li       r1, 397859
    li       r2, 241472
    vcopy    r1, r2, 672
    li       r1, 398549
    li       r2, 242144
    vcopy    r1, r2, 672
    li       r1, 399239
    li       r2, 242816
    vcopy    r1, r2, 672
    li       r1, 399929
    li       r2, 243488
    vcopy    r1, r2, 672
    li       r1, 400619
    li       r2, 244160
    vcopy    r1, r2, 672
    li       r1, 401309
    li       r2, 244832
    vcopy    r1, r2, 672
    li       r1, 401999
    li       r2, 245504
    vcopy    r1, r2, 672
    li       r1, 402689
    li       r2, 246176
    vcopy    r1, r2, 672
    li       r1, 403379
    li       r2, 246848
    vcopy    r1, r2, 672
    li       r1, 404069
    li       r2, 247520
    vcopy    r1, r2, 672
    li       r1, 404759
    li       r2, 248192
    vcopy    r1, r2, 672
    li       r1, 405449
    li       r2, 248864
    vcopy    r1, r2, 672
    li       r1, 406139
    li       r2, 249536
    vcopy    r1, r2, 672
    li       r1, 406829
    li       r2, 250208
    vcopy    r1, r2, 672
    li       r10, 386120
    li       r12, 0
    li       r8, 98
L686:
    li       r9, 0
    addi     r11, r10, 0
L688:
    addi     r1, r11, 0
    li       r2, 409580
    vcopy    r2, r1, 21
    addi     r1, r11, 690
    li       r2, 409601
    vcopy    r2, r1, 21
    addi     r1, r11, 1380
    li       r2, 409622
    vcopy    r2, r1, 21
    addi     r1, r11, 2070
    li       r2, 409643
    vcopy    r2, r1, 21
    addi     r1, r11, 2760
    li       r2, 409664
    vcopy    r2, r1, 21
    addi     r1, r11, 3450
    li       r2, 409685
    vcopy    r2, r1, 21
    addi     r1, r11, 4140
    li       r2, 409706
    vcopy    r2, r1, 21
    li       r4, 409580
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 6
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 112
    blt      r9, r13, L688
    addi     r10, r10, 1380
    addi     r8, r8, 1
    li       r13, 112
    blt      r8, r13, L686
    li       r1, 0
    send     r1, 0, 14, 65535
    li       r1, 65535
    send     r1, 0, 14, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 8
    prog     x0, 8
    xwin     x0, 0, 256, 0, 64
    li       r4, 151656
    li       r1, 685376
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 3
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 2561
    li       r1, 200704
    recv     r1, 0, 15, 65535
    li       r1, 266239
    recv     r1, 0, 15, 65535
    li       r1, 331774
    recv     r1, 0, 15, 65535
    li       r1, 397309
    recv     r1, 0, 15, 4099
    li       r1, 405184
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 408896
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 412608
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 416320
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 420032
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 423744
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 427456
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 431168
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 434880
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 438592
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 442304
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 446016
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 449728
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 453440
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 457152
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 460864
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 464576
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 468288
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r1, 472000
    li       r2, 265216
    vcopy    r1, r2, 3584
    li       r1, 475712
    li       r2, 268800
    vcopy    r1, r2, 3584
    li       r1, 479424
    li       r2, 272384
    vcopy    r1, r2, 3584
    li       r1, 483136
    li       r2, 275968
    vcopy    r1, r2, 3584
    li       r1, 486848
    li       r2, 279552
    vcopy    r1, r2, 3584
    li       r1, 490560
    li       r2, 283136
    vcopy    r1, r2, 3584
    li       r1, 494272
    li       r2, 286720
    vcopy    r1, r2, 3584
    li       r1, 497984
    li       r2, 290304
    vcopy    r1, r2, 3584
    li       r1, 501696
    li       r2, 293888
    vcopy    r1, r2, 3584
    li       r1, 505408
    li       r2, 297472
    vcopy    r1, r2, 3584
    li       r1, 509120
    li       r2, 301056
    vcopy    r1, r2, 3584
    li       r1, 512832
    li       r2, 304640
    vcopy    r1, r2, 3584
    li       r1, 516544
    li       r2, 308224
    vcopy    r1, r2, 3584
    li       r1, 520256
    li       r2, 311808
    vcopy    r1, r2, 3584
    li       r1, 523968
    li       r2, 315392
    vcopy    r1, r2, 3584
    li       r1, 527680
    li       r2, 318976
    vcopy    r1, r2, 3584
    li       r1, 531392
    li       r2, 322560
    vcopy    r1, r2, 3584
    li       r1, 535104
    li       r2, 326144
    vcopy    r1, r2, 3584
    li       r1, 538816
    li       r2, 329728
    vcopy    r1, r2, 3584
    li       r1, 542528
    li       r2, 333312
    vcopy    r1, r2, 3584
    li       r1, 546240
    li       r2, 336896
    vcopy    r1, r2, 3584
    li       r1, 549952
    li       r2, 340480
    vcopy    r1, r2, 3584
    li       r1, 553664
    li       r2, 344064
    vcopy    r1, r2, 3584
    li       r1, 557376
    li       r2, 347648
    vcopy    r1, r2, 3584
    li       r1, 561088
    li       r2, 351232
    vcopy    r1, r2, 3584
    li       r1, 564800
    li       r2, 354816
    vcopy    r1, r2, 3584
    li       r1, 568512
    li       r2, 358400
    vcopy    r1, r2, 3584
    li       r1, 572224
    li       r2, 361984
    vcopy    r1, r2, 3584
    li       r1, 575936
    li       r2, 365568
    vcopy    r1, r2, 3584
    li       r1, 579648
    li       r2, 369152
    vcopy    r1, r2, 3584
    li       r1, 583360
    li       r2, 372736
    vcopy    r1, r2, 3584
    li       r1, 587072
    li       r2, 376320
    vcopy    r1, r2, 3584
    li       r1, 590784
    li       r2, 379904
    vcopy    r1, r2, 3584
    li       r1, 594496
    li       r2, 383488
    vcopy    r1, r2, 3584
    li       r1, 598208
    li       r2, 387072
    vcopy    r1, r2, 3584
    li       r1, 601920
    li       r2, 390656
    vcopy    r1, r2, 3584
    li       r1, 605632
    li       r2, 394240
    vcopy    r1, r2, 3584
    li       r1, 609344
    li       r2, 397824
    vcopy    r1, r2, 3584
    li       r10, 401408
    li       r12, 0
    li       r8, 0
L195:
    li       r9, 0
    addi     r11, r10, 0
L197:
    addi     r1, r11, 0
    li       r2, 616704
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 616896
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 617088
    vcopy    r2, r1, 192
    li       r4, 616704
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L197
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L195
    li       r1, 617280
    recv     r1, 9, 17, 65535
    li       r1, 682815
    recv     r1, 9, 17, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 617280
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 682815
    vadd     r1, r2, r3, 2561
    li       r1, 617280
    recv     r1, 10, 19, 65535
    li       r1, 682815
    recv     r1, 10, 19, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 617280
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 682815
    vadd     r1, r2, r3, 2561
    li       r1, 68096
    recv     r1, 11, 25, 64512
    li       r1, 132608
    recv     r1, 14, 31, 65535
    li       r1, 198143
    recv     r1, 14, 31, 2561
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 685376
L252:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 3136
    blt      r8, r13, L252
.layer 4
    li       r1, 685504
    li       r2, 0
    vrelu    r1, r2, 65535
    li       r1, 751039
    li       r2, 65535
    vrelu    r1, r2, 65535
    li       r1, 816574
    li       r2, 131070
    vrelu    r1, r2, 65535
    li       r1, 882109
    li       r2, 196605
    vrelu    r1, r2, 4099
.layer 5
    li       r1, 685504
    send     r1, 30, 32, 65535
    li       r1, 751039
    send     r1, 30, 32, 65535
    li       r1, 816574
    send     r1, 30, 32, 65535
    li       r1, 882109
    send     r1, 30, 32, 4099
    li       r1, 685504
    send     r1, 29, 33, 65535
    li       r1, 751039
    send     r1, 29, 33, 65535
    li       r1, 816574
    send     r1, 29, 33, 65535
    li       r1, 882109
    send     r1, 29, 33, 4099
    li       r1, 685504
    send     r1, 28, 35, 65535
    li       r1, 751039
    send     r1, 28, 35, 65535
    li       r1, 816574
    send     r1, 28, 35, 65535
    li       r1, 882109
    send     r1, 28, 35, 4099
    li       r1, 685504
    send     r1, 27, 37, 65535
    li       r1, 751039
    send     r1, 27, 37, 65535
    li       r1, 816574
    send     r1, 27, 37, 65535
    li       r1, 882109
    send     r1, 27, 37, 4099
    li       r1, 685504
    send     r1, 26, 38, 65535
    li       r1, 751039
    send     r1, 26, 38, 65535
    li       r1, 816574
    send     r1, 26, 38, 65535
    li       r1, 882109
    send     r1, 26, 38, 4099
    li       r1, 685504
    send     r1, 25, 40, 65535
    li       r1, 751039
    send     r1, 25, 40, 65535
    li       r1, 816574
    send     r1, 25, 40, 65535
    li       r1, 882109
    send     r1, 25, 40, 4099
    li       r1, 685504
    send     r1, 24, 43, 65535
    li       r1, 751039
    send     r1, 24, 43, 65535
    li       r1, 816574
    send     r1, 24, 43, 65535
    li       r1, 882109
    send     r1, 24, 43, 4099
    li       r1, 685504
    send     r1, 23, 44, 65535
    li       r1, 751039
    send     r1, 23, 44, 65535
    li       r1, 816574
    send     r1, 23, 44, 65535
    li       r1, 882109
    send     r1, 23, 44, 4099
    li       r1, 685504
    send     r1, 22, 46, 65535
    li       r1, 751039
    send     r1, 22, 46, 65535
    li       r1, 816574
    send     r1, 22, 46, 65535
    li       r1, 882109
    send     r1, 22, 46, 4099
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 9
    prog     x0, 9
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 3
    li       r1, 0
    recv     r1, 0, 16, 65535
    li       r1, 65535
    recv     r1, 0, 16, 65535
    li       r1, 131070
    recv     r1, 0, 16, 65535
    li       r1, 196605
    recv     r1, 0, 16, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 268800
    li       r12, 200704
    li       r8, 0
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484352
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 8, 17, 65535
    li       r1, 266239
    send     r1, 8, 17, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 10
    prog     x0, 10
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 3
    li       r1, 0
    recv     r1, 0, 18, 65535
    li       r1, 65535
    recv     r1, 0, 18, 65535
    li       r1, 131070
    recv     r1, 0, 18, 65535
    li       r1, 196605
    recv     r1, 0, 18, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 268800
    li       r12, 200704
    li       r8, 0
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484608
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 8, 19, 65535
    li       r1, 266239
    send     r1, 8, 19, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 11
    prog     x0, 11
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 3
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 64512
    li       r1, 64512
    recv     r1, 0, 20, 65535
    li       r1, 130047
    recv     r1, 0, 20, 65535
    li       r1, 195582
    recv     r1, 0, 20, 65535
    li       r1, 261117
    recv     r1, 0, 20, 4099
    li       r1, 268992
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 0
    li       r8, 19
L188:
    li       r9, 0
    addi     r11, r10, 0
L190:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 480512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L190
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L188
    li       r1, 481088
    recv     r1, 12, 22, 64512
    li       r1, 0
    li       r2, 0
    li       r3, 481088
    vadd     r1, r2, r3, 64512
    li       r1, 481088
    recv     r1, 13, 24, 64512
    li       r1, 0
    li       r2, 0
    li       r3, 481088
    vadd     r1, r2, r3, 64512
    li       r1, 0
    send     r1, 8, 25, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 12
    prog     x0, 12
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 3
    li       r1, 0
    recv     r1, 0, 21, 65535
    li       r1, 65535
    recv     r1, 0, 21, 65535
    li       r1, 131070
    recv     r1, 0, 21, 65535
    li       r1, 196605
    recv     r1, 0, 21, 4099
    li       r1, 268992
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 200704
    li       r8, 19
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 480768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 11, 22, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 13
    prog     x0, 13
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 3
    li       r1, 0
    recv     r1, 0, 23, 65535
    li       r1, 65535
    recv     r1, 0, 23, 65535
    li       r1, 131070
    recv     r1, 0, 23, 65535
    li       r1, 196605
    recv     r1, 0, 23, 4099
    li       r1, 268992
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 200704
    li       r8, 19
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 481024
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 11, 24, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 14
    prog     x0, 14
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 3
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 2561
    li       r1, 68096
    recv     r1, 0, 26, 65535
    li       r1, 133631
    recv     r1, 0, 26, 65535
    li       r1, 199166
    recv     r1, 0, 26, 65535
    li       r1, 264701
    recv     r1, 0, 26, 4099
    li       r1, 272576
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 265216
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 0
    li       r8, 37
L192:
    li       r9, 0
    addi     r11, r10, 0
L194:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484096
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L194
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L192
    li       r1, 484672
    recv     r1, 15, 28, 65535
    li       r1, 550207
    recv     r1, 15, 28, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 484672
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 550207
    vadd     r1, r2, r3, 2561
    li       r1, 484672
    recv     r1, 31, 30, 65535
    li       r1, 550207
    recv     r1, 31, 30, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 484672
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 550207
    vadd     r1, r2, r3, 2561
    li       r1, 0
    send     r1, 8, 31, 65535
    li       r1, 65535
    send     r1, 8, 31, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 15
    prog     x0, 15
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 3
    li       r1, 0
    recv     r1, 0, 27, 65535
    li       r1, 65535
    recv     r1, 0, 27, 65535
    li       r1, 131070
    recv     r1, 0, 27, 65535
    li       r1, 196605
    recv     r1, 0, 27, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 200704
    li       r8, 37
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484352
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 14, 28, 65535
    li       r1, 266239
    send     r1, 14, 28, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 16
    prog     x0, 31
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 8
    li       r1, 0
    recv     r1, 30, 58, 65535
    li       r1, 65535
    recv     r1, 30, 58, 65535
    li       r1, 131070
    recv     r1, 30, 58, 65535
    li       r1, 196605
    recv     r1, 30, 58, 4099
    li       r1, 268992
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 200704
    li       r8, 19
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 481024
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 18, 59, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 17
    prog     x0, 30
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 8
    li       r1, 0
    recv     r1, 30, 56, 65535
    li       r1, 65535
    recv     r1, 30, 56, 65535
    li       r1, 131070
    recv     r1, 30, 56, 65535
    li       r1, 196605
    recv     r1, 30, 56, 4099
    li       r1, 268992
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 200704
    li       r8, 19
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 480768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 18, 57, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 18
    prog     x0, 29
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 8
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 64512
    li       r1, 64512
    recv     r1, 30, 55, 65535
    li       r1, 130047
    recv     r1, 30, 55, 65535
    li       r1, 195582
    recv     r1, 30, 55, 65535
    li       r1, 261117
    recv     r1, 30, 55, 4099
    li       r1, 268992
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 0
    li       r8, 19
L188:
    li       r9, 0
    addi     r11, r10, 0
L190:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 480512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L190
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L188
    li       r1, 481088
    recv     r1, 17, 57, 64512
    li       r1, 0
    li       r2, 0
    li       r3, 481088
    vadd     r1, r2, r3, 64512
    li       r1, 481088
    recv     r1, 16, 59, 64512
    li       r1, 0
    li       r2, 0
    li       r3, 481088
    vadd     r1, r2, r3, 64512
    li       r1, 0
    send     r1, 21, 60, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 19
    prog     x0, 28
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 8
    li       r1, 0
    recv     r1, 30, 53, 65535
    li       r1, 65535
    recv     r1, 30, 53, 65535
    li       r1, 131070
    recv     r1, 30, 53, 65535
    li       r1, 196605
    recv     r1, 30, 53, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 268800
    li       r12, 200704
    li       r8, 0
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484608
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 21, 54, 65535
    li       r1, 266239
    send     r1, 21, 54, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 20
    prog     x0, 27
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 8
    li       r1, 0
    recv     r1, 30, 51, 65535
    li       r1, 65535
    recv     r1, 30, 51, 65535
    li       r1, 131070
    recv     r1, 30, 51, 65535
    li       r1, 196605
    recv     r1, 30, 51, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 268800
    li       r12, 200704
    li       r8, 0
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484352
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 21, 52, 65535
    li       r1, 266239
    send     r1, 21, 52, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 21
    prog     x0, 26
    xwin     x0, 0, 256, 0, 64
    li       r4, 151912
    li       r1, 685376
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 8
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 2561
    li       r1, 200704
    recv     r1, 30, 50, 65535
    li       r1, 266239
    recv     r1, 30, 50, 65535
    li       r1, 331774
    recv     r1, 30, 50, 65535
    li       r1, 397309
    recv     r1, 30, 50, 4099
    li       r1, 405184
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 408896
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 412608
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 416320
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 420032
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 423744
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 427456
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 431168
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 434880
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 438592
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 442304
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 446016
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 449728
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 453440
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 457152
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 460864
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 464576
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 468288
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r1, 472000
    li       r2, 265216
    vcopy    r1, r2, 3584
    li       r1, 475712
    li       r2, 268800
    vcopy    r1, r2, 3584
    li       r1, 479424
    li       r2, 272384
    vcopy    r1, r2, 3584
    li       r1, 483136
    li       r2, 275968
    vcopy    r1, r2, 3584
    li       r1, 486848
    li       r2, 279552
    vcopy    r1, r2, 3584
    li       r1, 490560
    li       r2, 283136
    vcopy    r1, r2, 3584
    li       r1, 494272
    li       r2, 286720
    vcopy    r1, r2, 3584
    li       r1, 497984
    li       r2, 290304
    vcopy    r1, r2, 3584
    li       r1, 501696
    li       r2, 293888
    vcopy    r1, r2, 3584
    li       r1, 505408
    li       r2, 297472
    vcopy    r1, r2, 3584
    li       r1, 509120
    li       r2, 301056
    vcopy    r1, r2, 3584
    li       r1, 512832
    li       r2, 304640
    vcopy    r1, r2, 3584
    li       r1, 516544
    li       r2, 308224
    vcopy    r1, r2, 3584
    li       r1, 520256
    li       r2, 311808
    vcopy    r1, r2, 3584
    li       r1, 523968
    li       r2, 315392
    vcopy    r1, r2, 3584
    li       r1, 527680
    li       r2, 318976
    vcopy    r1, r2, 3584
    li       r1, 531392
    li       r2, 322560
    vcopy    r1, r2, 3584
    li       r1, 535104
    li       r2, 326144
    vcopy    r1, r2, 3584
    li       r1, 538816
    li       r2, 329728
    vcopy    r1, r2, 3584
    li       r1, 542528
    li       r2, 333312
    vcopy    r1, r2, 3584
    li       r1, 546240
    li       r2, 336896
    vcopy    r1, r2, 3584
    li       r1, 549952
    li       r2, 340480
    vcopy    r1, r2, 3584
    li       r1, 553664
    li       r2, 344064
    vcopy    r1, r2, 3584
    li       r1, 557376
    li       r2, 347648
    vcopy    r1, r2, 3584
    li       r1, 561088
    li       r2, 351232
    vcopy    r1, r2, 3584
    li       r1, 564800
    li       r2, 354816
    vcopy    r1, r2, 3584
    li       r1, 568512
    li       r2, 358400
    vcopy    r1, r2, 3584
    li       r1, 572224
    li       r2, 361984
    vcopy    r1, r2, 3584
    li       r1, 575936
    li       r2, 365568
    vcopy    r1, r2, 3584
    li       r1, 579648
    li       r2, 369152
    vcopy    r1, r2, 3584
    li       r1, 583360
    li       r2, 372736
    vcopy    r1, r2, 3584
    li       r1, 587072
    li       r2, 376320
    vcopy    r1, r2, 3584
    li       r1, 590784
    li       r2, 379904
    vcopy    r1, r2, 3584
    li       r1, 594496
    li       r2, 383488
    vcopy    r1, r2, 3584
    li       r1, 598208
    li       r2, 387072
    vcopy    r1, r2, 3584
    li       r1, 601920
    li       r2, 390656
    vcopy    r1, r2, 3584
    li       r1, 605632
    li       r2, 394240
    vcopy    r1, r2, 3584
    li       r1, 609344
    li       r2, 397824
    vcopy    r1, r2, 3584
    li       r10, 401408
    li       r12, 0
    li       r8, 0
L195:
    li       r9, 0
    addi     r11, r10, 0
L197:
    addi     r1, r11, 0
    li       r2, 616704
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 616896
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 617088
    vcopy    r2, r1, 192
    li       r4, 616704
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L197
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L195
    li       r1, 617280
    recv     r1, 20, 52, 65535
    li       r1, 682815
    recv     r1, 20, 52, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 617280
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 682815
    vadd     r1, r2, r3, 2561
    li       r1, 617280
    recv     r1, 19, 54, 65535
    li       r1, 682815
    recv     r1, 19, 54, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 617280
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 682815
    vadd     r1, r2, r3, 2561
    li       r1, 68096
    recv     r1, 18, 60, 64512
    li       r1, 132608
    recv     r1, 32, 66, 65535
    li       r1, 198143
    recv     r1, 32, 66, 2561
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 685376
L252:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 3136
    blt      r8, r13, L252
.layer 9
    li       r1, 685504
    li       r2, 0
    vrelu    r1, r2, 65535
    li       r1, 751039
    li       r2, 65535
    vrelu    r1, r2, 65535
    li       r1, 816574
    li       r2, 131070
    vrelu    r1, r2, 65535
    li       r1, 882109
    li       r2, 196605
    vrelu    r1, r2, 4099
.layer 10
    li       r1, 685504
    send     r1, 35, 67, 65535
    li       r1, 751039
    send     r1, 35, 67, 65535
    li       r1, 816574
    send     r1, 35, 67, 65535
    li       r1, 882109
    send     r1, 35, 67, 4099
    li       r1, 685504
    send     r1, 36, 68, 65535
    li       r1, 751039
    send     r1, 36, 68, 65535
    li       r1, 816574
    send     r1, 36, 68, 65535
    li       r1, 882109
    send     r1, 36, 68, 4099
    li       r1, 685504
    send     r1, 37, 70, 65535
    li       r1, 751039
    send     r1, 37, 70, 65535
    li       r1, 816574
    send     r1, 37, 70, 65535
    li       r1, 882109
    send     r1, 37, 70, 4099
    li       r1, 685504
    send     r1, 38, 72, 65535
    li       r1, 751039
    send     r1, 38, 72, 65535
    li       r1, 816574
    send     r1, 38, 72, 65535
    li       r1, 882109
    send     r1, 38, 72, 4099
    li       r1, 685504
    send     r1, 39, 73, 65535
    li       r1, 751039
    send     r1, 39, 73, 65535
    li       r1, 816574
    send     r1, 39, 73, 65535
    li       r1, 882109
    send     r1, 39, 73, 4099
    li       r1, 685504
    send     r1, 40, 75, 65535
    li       r1, 751039
    send     r1, 40, 75, 65535
    li       r1, 816574
    send     r1, 40, 75, 65535
    li       r1, 882109
    send     r1, 40, 75, 4099
    li       r1, 685504
    send     r1, 41, 78, 65535
    li       r1, 751039
    send     r1, 41, 78, 65535
    li       r1, 816574
    send     r1, 41, 78, 65535
    li       r1, 882109
    send     r1, 41, 78, 4099
    li       r1, 685504
    send     r1, 42, 79, 65535
    li       r1, 751039
    send     r1, 42, 79, 65535
    li       r1, 816574
    send     r1, 42, 79, 65535
    li       r1, 882109
    send     r1, 42, 79, 4099
    li       r1, 685504
    send     r1, 43, 81, 65535
    li       r1, 751039
    send     r1, 43, 81, 65535
    li       r1, 816574
    send     r1, 43, 81, 65535
    li       r1, 882109
    send     r1, 43, 81, 4099
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 22
    prog     x0, 25
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 5
    li       r1, 0
    recv     r1, 8, 46, 65535
    li       r1, 65535
    recv     r1, 8, 46, 65535
    li       r1, 131070
    recv     r1, 8, 46, 65535
    li       r1, 196605
    recv     r1, 8, 46, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 200704
    li       r8, 37
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484608
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 24, 47, 65535
    li       r1, 266239
    send     r1, 24, 47, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 23
    prog     x0, 24
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 5
    li       r1, 0
    recv     r1, 8, 44, 65535
    li       r1, 65535
    recv     r1, 8, 44, 65535
    li       r1, 131070
    recv     r1, 8, 44, 65535
    li       r1, 196605
    recv     r1, 8, 44, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 200704
    li       r8, 37
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484352
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 24, 45, 65535
    li       r1, 266239
    send     r1, 24, 45, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 24
    prog     x0, 23
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 5
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 2561
    li       r1, 68096
    recv     r1, 8, 43, 65535
    li       r1, 133631
    recv     r1, 8, 43, 65535
    li       r1, 199166
    recv     r1, 8, 43, 65535
    li       r1, 264701
    recv     r1, 8, 43, 4099
    li       r1, 272576
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 265216
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 0
    li       r8, 37
L192:
    li       r9, 0
    addi     r11, r10, 0
L194:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484096
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L194
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L192
    li       r1, 484672
    recv     r1, 23, 45, 65535
    li       r1, 550207
    recv     r1, 23, 45, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 484672
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 550207
    vadd     r1, r2, r3, 2561
    li       r1, 484672
    recv     r1, 22, 47, 65535
    li       r1, 550207
    recv     r1, 22, 47, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 484672
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 550207
    vadd     r1, r2, r3, 2561
    li       r1, 0
    send     r1, 30, 48, 65535
    li       r1, 65535
    send     r1, 30, 48, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 25
    prog     x0, 22
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 5
    li       r1, 0
    recv     r1, 8, 40, 65535
    li       r1, 65535
    recv     r1, 8, 40, 65535
    li       r1, 131070
    recv     r1, 8, 40, 65535
    li       r1, 196605
    recv     r1, 8, 40, 4099
    li       r1, 268992
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 200704
    li       r8, 19
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 481024
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 27, 41, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 26
    prog     x0, 21
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 5
    li       r1, 0
    recv     r1, 8, 38, 65535
    li       r1, 65535
    recv     r1, 8, 38, 65535
    li       r1, 131070
    recv     r1, 8, 38, 65535
    li       r1, 196605
    recv     r1, 8, 38, 4099
    li       r1, 268992
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 200704
    li       r8, 19
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 480768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 27, 39, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 27
    prog     x0, 20
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 5
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 64512
    li       r1, 64512
    recv     r1, 8, 37, 65535
    li       r1, 130047
    recv     r1, 8, 37, 65535
    li       r1, 195582
    recv     r1, 8, 37, 65535
    li       r1, 261117
    recv     r1, 8, 37, 4099
    li       r1, 268992
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 0
    li       r8, 19
L188:
    li       r9, 0
    addi     r11, r10, 0
L190:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 480512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L190
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L188
    li       r1, 481088
    recv     r1, 26, 39, 64512
    li       r1, 0
    li       r2, 0
    li       r3, 481088
    vadd     r1, r2, r3, 64512
    li       r1, 481088
    recv     r1, 25, 41, 64512
    li       r1, 0
    li       r2, 0
    li       r3, 481088
    vadd     r1, r2, r3, 64512
    li       r1, 0
    send     r1, 30, 42, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 28
    prog     x0, 19
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 5
    li       r1, 0
    recv     r1, 8, 35, 65535
    li       r1, 65535
    recv     r1, 8, 35, 65535
    li       r1, 131070
    recv     r1, 8, 35, 65535
    li       r1, 196605
    recv     r1, 8, 35, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 268800
    li       r12, 200704
    li       r8, 0
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484608
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 30, 36, 65535
    li       r1, 266239
    send     r1, 30, 36, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 29
    prog     x0, 18
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 5
    li       r1, 0
    recv     r1, 8, 33, 65535
    li       r1, 65535
    recv     r1, 8, 33, 65535
    li       r1, 131070
    recv     r1, 8, 33, 65535
    li       r1, 196605
    recv     r1, 8, 33, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 268800
    li       r12, 200704
    li       r8, 0
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484352
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 30, 34, 65535
    li       r1, 266239
    send     r1, 30, 34, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 30
    prog     x0, 17
    xwin     x0, 0, 256, 0, 64
    li       r4, 151784
    li       r1, 685376
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 5
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 2561
    li       r1, 200704
    recv     r1, 8, 32, 65535
    li       r1, 266239
    recv     r1, 8, 32, 65535
    li       r1, 331774
    recv     r1, 8, 32, 65535
    li       r1, 397309
    recv     r1, 8, 32, 4099
    li       r1, 405184
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 408896
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 412608
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 416320
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 420032
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 423744
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 427456
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 431168
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 434880
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 438592
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 442304
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 446016
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 449728
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 453440
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 457152
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 460864
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 464576
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 468288
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r1, 472000
    li       r2, 265216
    vcopy    r1, r2, 3584
    li       r1, 475712
    li       r2, 268800
    vcopy    r1, r2, 3584
    li       r1, 479424
    li       r2, 272384
    vcopy    r1, r2, 3584
    li       r1, 483136
    li       r2, 275968
    vcopy    r1, r2, 3584
    li       r1, 486848
    li       r2, 279552
    vcopy    r1, r2, 3584
    li       r1, 490560
    li       r2, 283136
    vcopy    r1, r2, 3584
    li       r1, 494272
    li       r2, 286720
    vcopy    r1, r2, 3584
    li       r1, 497984
    li       r2, 290304
    vcopy    r1, r2, 3584
    li       r1, 501696
    li       r2, 293888
    vcopy    r1, r2, 3584
    li       r1, 505408
    li       r2, 297472
    vcopy    r1, r2, 3584
    li       r1, 509120
    li       r2, 301056
    vcopy    r1, r2, 3584
    li       r1, 512832
    li       r2, 304640
    vcopy    r1, r2, 3584
    li       r1, 516544
    li       r2, 308224
    vcopy    r1, r2, 3584
    li       r1, 520256
    li       r2, 311808
    vcopy    r1, r2, 3584
    li       r1, 523968
    li       r2, 315392
    vcopy    r1, r2, 3584
    li       r1, 527680
    li       r2, 318976
    vcopy    r1, r2, 3584
    li       r1, 531392
    li       r2, 322560
    vcopy    r1, r2, 3584
    li       r1, 535104
    li       r2, 326144
    vcopy    r1, r2, 3584
    li       r1, 538816
    li       r2, 329728
    vcopy    r1, r2, 3584
    li       r1, 542528
    li       r2, 333312
    vcopy    r1, r2, 3584
    li       r1, 546240
    li       r2, 336896
    vcopy    r1, r2, 3584
    li       r1, 549952
    li       r2, 340480
    vcopy    r1, r2, 3584
    li       r1, 553664
    li       r2, 344064
    vcopy    r1, r2, 3584
    li       r1, 557376
    li       r2, 347648
    vcopy    r1, r2, 3584
    li       r1, 561088
    li       r2, 351232
    vcopy    r1, r2, 3584
    li       r1, 564800
    li       r2, 354816
    vcopy    r1, r2, 3584
    li       r1, 568512
    li       r2, 358400
    vcopy    r1, r2, 3584
    li       r1, 572224
    li       r2, 361984
    vcopy    r1, r2, 3584
    li       r1, 575936
    li       r2, 365568
    vcopy    r1, r2, 3584
    li       r1, 579648
    li       r2, 369152
    vcopy    r1, r2, 3584
    li       r1, 583360
    li       r2, 372736
    vcopy    r1, r2, 3584
    li       r1, 587072
    li       r2, 376320
    vcopy    r1, r2, 3584
    li       r1, 590784
    li       r2, 379904
    vcopy    r1, r2, 3584
    li       r1, 594496
    li       r2, 383488
    vcopy    r1, r2, 3584
    li       r1, 598208
    li       r2, 387072
    vcopy    r1, r2, 3584
    li       r1, 601920
    li       r2, 390656
    vcopy    r1, r2, 3584
    li       r1, 605632
    li       r2, 394240
    vcopy    r1, r2, 3584
    li       r1, 609344
    li       r2, 397824
    vcopy    r1, r2, 3584
    li       r10, 401408
    li       r12, 0
    li       r8, 0
L195:
    li       r9, 0
    addi     r11, r10, 0
L197:
    addi     r1, r11, 0
    li       r2, 616704
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 616896
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 617088
    vcopy    r2, r1, 192
    li       r4, 616704
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L197
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L195
    li       r1, 617280
    recv     r1, 29, 34, 65535
    li       r1, 682815
    recv     r1, 29, 34, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 617280
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 682815
    vadd     r1, r2, r3, 2561
    li       r1, 617280
    recv     r1, 28, 36, 65535
    li       r1, 682815
    recv     r1, 28, 36, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 617280
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 682815
    vadd     r1, r2, r3, 2561
    li       r1, 68096
    recv     r1, 27, 42, 64512
    li       r1, 132608
    recv     r1, 24, 48, 65535
    li       r1, 198143
    recv     r1, 24, 48, 2561
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 685376
L252:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 3136
    blt      r8, r13, L252
.layer 6
    li       r1, 685504
    recv     r1, 0, 49, 65535
    li       r1, 751039
    recv     r1, 0, 49, 65535
    li       r1, 816574
    recv     r1, 0, 49, 65535
    li       r1, 882109
    recv     r1, 0, 49, 4099
    li       r1, 886208
    li       r2, 0
    li       r3, 685504
    vadd     r1, r2, r3, 65535
    li       r1, 951743
    li       r2, 65535
    li       r3, 751039
    vadd     r1, r2, r3, 65535
    li       r1, 1017278
    li       r2, 131070
    li       r3, 816574
    vadd     r1, r2, r3, 65535
    li       r1, 1082813
    li       r2, 196605
    li       r3, 882109
    vadd     r1, r2, r3, 4099
.layer 7
    li       r1, 1086912
    li       r2, 886208
    vrelu    r1, r2, 65535
    li       r1, 1152447
    li       r2, 951743
    vrelu    r1, r2, 65535
    li       r1, 1217982
    li       r2, 1017278
    vrelu    r1, r2, 65535
    li       r1, 1283517
    li       r2, 1082813
    vrelu    r1, r2, 4099
.layer 8
    li       r1, 1086912
    send     r1, 21, 50, 65535
    li       r1, 1152447
    send     r1, 21, 50, 65535
    li       r1, 1217982
    send     r1, 21, 50, 65535
    li       r1, 1283517
    send     r1, 21, 50, 4099
    li       r1, 1086912
    send     r1, 20, 51, 65535
    li       r1, 1152447
    send     r1, 20, 51, 65535
    li       r1, 1217982
    send     r1, 20, 51, 65535
    li       r1, 1283517
    send     r1, 20, 51, 4099
    li       r1, 1086912
    send     r1, 19, 53, 65535
    li       r1, 1152447
    send     r1, 19, 53, 65535
    li       r1, 1217982
    send     r1, 19, 53, 65535
    li       r1, 1283517
    send     r1, 19, 53, 4099
    li       r1, 1086912
    send     r1, 18, 55, 65535
    li       r1, 1152447
    send     r1, 18, 55, 65535
    li       r1, 1217982
    send     r1, 18, 55, 65535
    li       r1, 1283517
    send     r1, 18, 55, 4099
    li       r1, 1086912
    send     r1, 17, 56, 65535
    li       r1, 1152447
    send     r1, 17, 56, 65535
    li       r1, 1217982
    send     r1, 17, 56, 65535
    li       r1, 1283517
    send     r1, 17, 56, 4099
    li       r1, 1086912
    send     r1, 16, 58, 65535
    li       r1, 1152447
    send     r1, 16, 58, 65535
    li       r1, 1217982
    send     r1, 16, 58, 65535
    li       r1, 1283517
    send     r1, 16, 58, 4099
    li       r1, 1086912
    send     r1, 32, 61, 65535
    li       r1, 1152447
    send     r1, 32, 61, 65535
    li       r1, 1217982
    send     r1, 32, 61, 65535
    li       r1, 1283517
    send     r1, 32, 61, 4099
    li       r1, 1086912
    send     r1, 33, 62, 65535
    li       r1, 1152447
    send     r1, 33, 62, 65535
    li       r1, 1217982
    send     r1, 33, 62, 65535
    li       r1, 1283517
    send     r1, 33, 62, 4099
    li       r1, 1086912
    send     r1, 34, 64, 65535
    li       r1, 1152447
    send     r1, 34, 64, 65535
    li       r1, 1217982
    send     r1, 34, 64, 65535
    li       r1, 1283517
    send     r1, 34, 64, 4099
.layer 11
    li       r1, 1086912
    send     r1, 35, 84, 65535
    li       r1, 1152447
    send     r1, 35, 84, 65535
    li       r1, 1217982
    send     r1, 35, 84, 65535
    li       r1, 1283517
    send     r1, 35, 84, 4099
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 31
    prog     x0, 16
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 3
    li       r1, 0
    recv     r1, 0, 29, 65535
    li       r1, 65535
    recv     r1, 0, 29, 65535
    li       r1, 131070
    recv     r1, 0, 29, 65535
    li       r1, 196605
    recv     r1, 0, 29, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 200704
    li       r8, 37
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484608
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 14, 30, 65535
    li       r1, 266239
    send     r1, 14, 30, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 32
    prog     x0, 32
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 8
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 2561
    li       r1, 68096
    recv     r1, 30, 61, 65535
    li       r1, 133631
    recv     r1, 30, 61, 65535
    li       r1, 199166
    recv     r1, 30, 61, 65535
    li       r1, 264701
    recv     r1, 30, 61, 4099
    li       r1, 272576
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 265216
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 0
    li       r8, 37
L192:
    li       r9, 0
    addi     r11, r10, 0
L194:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484096
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L194
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L192
    li       r1, 484672
    recv     r1, 33, 63, 65535
    li       r1, 550207
    recv     r1, 33, 63, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 484672
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 550207
    vadd     r1, r2, r3, 2561
    li       r1, 484672
    recv     r1, 34, 65, 65535
    li       r1, 550207
    recv     r1, 34, 65, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 484672
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 550207
    vadd     r1, r2, r3, 2561
    li       r1, 0
    send     r1, 21, 66, 65535
    li       r1, 65535
    send     r1, 21, 66, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 33
    prog     x0, 33
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 8
    li       r1, 0
    recv     r1, 30, 62, 65535
    li       r1, 65535
    recv     r1, 30, 62, 65535
    li       r1, 131070
    recv     r1, 30, 62, 65535
    li       r1, 196605
    recv     r1, 30, 62, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 200704
    li       r8, 37
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484352
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 32, 63, 65535
    li       r1, 266239
    send     r1, 32, 63, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 34
    prog     x0, 34
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 8
    li       r1, 0
    recv     r1, 30, 64, 65535
    li       r1, 65535
    recv     r1, 30, 64, 65535
    li       r1, 131070
    recv     r1, 30, 64, 65535
    li       r1, 196605
    recv     r1, 30, 64, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 200704
    li       r8, 37
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484608
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 32, 65, 65535
    li       r1, 266239
    send     r1, 32, 65, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 35
    prog     x0, 35
    xwin     x0, 0, 256, 0, 64
    li       r4, 152040
    li       r1, 685376
    ld       r1, r4, dram, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 10
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 2561
    li       r1, 200704
    recv     r1, 21, 67, 65535
    li       r1, 266239
    recv     r1, 21, 67, 65535
    li       r1, 331774
    recv     r1, 21, 67, 65535
    li       r1, 397309
    recv     r1, 21, 67, 4099
    li       r1, 405184
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 408896
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 412608
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 416320
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 420032
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 423744
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 427456
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 431168
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 434880
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 438592
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 442304
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 446016
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 449728
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 453440
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 457152
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 460864
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 464576
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 468288
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r1, 472000
    li       r2, 265216
    vcopy    r1, r2, 3584
    li       r1, 475712
    li       r2, 268800
    vcopy    r1, r2, 3584
    li       r1, 479424
    li       r2, 272384
    vcopy    r1, r2, 3584
    li       r1, 483136
    li       r2, 275968
    vcopy    r1, r2, 3584
    li       r1, 486848
    li       r2, 279552
    vcopy    r1, r2, 3584
    li       r1, 490560
    li       r2, 283136
    vcopy    r1, r2, 3584
    li       r1, 494272
    li       r2, 286720
    vcopy    r1, r2, 3584
    li       r1, 497984
    li       r2, 290304
    vcopy    r1, r2, 3584
    li       r1, 501696
    li       r2, 293888
    vcopy    r1, r2, 3584
    li       r1, 505408
    li       r2, 297472
    vcopy    r1, r2, 3584
    li       r1, 509120
    li       r2, 301056
    vcopy    r1, r2, 3584
    li       r1, 512832
    li       r2, 304640
    vcopy    r1, r2, 3584
    li       r1, 516544
    li       r2, 308224
    vcopy    r1, r2, 3584
    li       r1, 520256
    li       r2, 311808
    vcopy    r1, r2, 3584
    li       r1, 523968
    li       r2, 315392
    vcopy    r1, r2, 3584
    li       r1, 527680
    li       r2, 318976
    vcopy    r1, r2, 3584
    li       r1, 531392
    li       r2, 322560
    vcopy    r1, r2, 3584
    li       r1, 535104
    li       r2, 326144
    vcopy    r1, r2, 3584
    li       r1, 538816
    li       r2, 329728
    vcopy    r1, r2, 3584
    li       r1, 542528
    li       r2, 333312
    vcopy    r1, r2, 3584
    li       r1, 546240
    li       r2, 336896
    vcopy    r1, r2, 3584
    li       r1, 549952
    li       r2, 340480
    vcopy    r1, r2, 3584
    li       r1, 553664
    li       r2, 344064
    vcopy    r1, r2, 3584
    li       r1, 557376
    li       r2, 347648
    vcopy    r1, r2, 3584
    li       r1, 561088
    li       r2, 351232
    vcopy    r1, r2, 3584
    li       r1, 564800
    li       r2, 354816
    vcopy    r1, r2, 3584
    li       r1, 568512
    li       r2, 358400
    vcopy    r1, r2, 3584
    li       r1, 572224
    li       r2, 361984
    vcopy    r1, r2, 3584
    li       r1, 575936
    li       r2, 365568
    vcopy    r1, r2, 3584
    li       r1, 579648
    li       r2, 369152
    vcopy    r1, r2, 3584
    li       r1, 583360
    li       r2, 372736
    vcopy    r1, r2, 3584
    li       r1, 587072
    li       r2, 376320
    vcopy    r1, r2, 3584
    li       r1, 590784
    li       r2, 379904
    vcopy    r1, r2, 3584
    li       r1, 594496
    li       r2, 383488
    vcopy    r1, r2, 3584
    li       r1, 598208
    li       r2, 387072
    vcopy    r1, r2, 3584
    li       r1, 601920
    li       r2, 390656
    vcopy    r1, r2, 3584
    li       r1, 605632
    li       r2, 394240
    vcopy    r1, r2, 3584
    li       r1, 609344
    li       r2, 397824
    vcopy    r1, r2, 3584
    li       r10, 401408
    li       r12, 0
    li       r8, 0
L195:
    li       r9, 0
    addi     r11, r10, 0
L197:
    addi     r1, r11, 0
    li       r2, 616704
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 616896
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 617088
    vcopy    r2, r1, 192
    li       r4, 616704
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L197
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L195
    li       r1, 617280
    recv     r1, 36, 69, 65535
    li       r1, 682815
    recv     r1, 36, 69, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 617280
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 682815
    vadd     r1, r2, r3, 2561
    li       r1, 617280
    recv     r1, 37, 71, 65535
    li       r1, 682815
    recv     r1, 37, 71, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 617280
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 682815
    vadd     r1, r2, r3, 2561
    li       r1, 68096
    recv     r1, 38, 77, 64512
    li       r1, 132608
    recv     r1, 41, 83, 65535
    li       r1, 198143
    recv     r1, 41, 83, 2561
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 685376
L252:
    vaffine  r9, r10, r3, 64
    addi     r9, r9, 64
    addi     r10, r10, 64
    addi     r8, r8, 1
    li       r13, 3136
    blt      r8, r13, L252
.layer 11
    li       r1, 685504
    recv     r1, 30, 84, 65535
    li       r1, 751039
    recv     r1, 30, 84, 65535
    li       r1, 816574
    recv     r1, 30, 84, 65535
    li       r1, 882109
    recv     r1, 30, 84, 4099
    li       r1, 886208
    li       r2, 0
    li       r3, 685504
    vadd     r1, r2, r3, 65535
    li       r1, 951743
    li       r2, 65535
    li       r3, 751039
    vadd     r1, r2, r3, 65535
    li       r1, 1017278
    li       r2, 131070
    li       r3, 816574
    vadd     r1, r2, r3, 65535
    li       r1, 1082813
    li       r2, 196605
    li       r3, 882109
    vadd     r1, r2, r3, 4099
.layer 12
    li       r1, 1086912
    li       r2, 886208
    vrelu    r1, r2, 65535
    li       r1, 1152447
    li       r2, 951743
    vrelu    r1, r2, 65535
    li       r1, 1217982
    li       r2, 1017278
    vrelu    r1, r2, 65535
    li       r1, 1283517
    li       r2, 1082813
    vrelu    r1, r2, 4099
.layer 13
    li       r1, 1086912
    send     r1, 44, 85, 65535
    li       r1, 1152447
    send     r1, 44, 85, 65535
    li       r1, 1217982
    send     r1, 44, 85, 65535
    li       r1, 1283517
    send     r1, 44, 85, 4099
    li       r1, 1086912
    send     r1, 45, 86, 65535
    li       r1, 1152447
    send     r1, 45, 86, 65535
    li       r1, 1217982
    send     r1, 45, 86, 65535
    li       r1, 1283517
    send     r1, 45, 86, 4099
    li       r1, 1086912
    send     r1, 46, 88, 65535
    li       r1, 1152447
    send     r1, 46, 88, 65535
    li       r1, 1217982
    send     r1, 46, 88, 65535
    li       r1, 1283517
    send     r1, 46, 88, 4099
.layer 16
    li       r1, 1086912
    send     r1, 59, 99, 65535
    li       r1, 1152447
    send     r1, 59, 99, 65535
    li       r1, 1217982
    send     r1, 59, 99, 65535
    li       r1, 1283517
    send     r1, 59, 99, 4099
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 36
    prog     x0, 36
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 10
    li       r1, 0
    recv     r1, 21, 68, 65535
    li       r1, 65535
    recv     r1, 21, 68, 65535
    li       r1, 131070
    recv     r1, 21, 68, 65535
    li       r1, 196605
    recv     r1, 21, 68, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 268800
    li       r12, 200704
    li       r8, 0
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484352
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 35, 69, 65535
    li       r1, 266239
    send     r1, 35, 69, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 37
    prog     x0, 37
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 10
    li       r1, 0
    recv     r1, 21, 70, 65535
    li       r1, 65535
    recv     r1, 21, 70, 65535
    li       r1, 131070
    recv     r1, 21, 70, 65535
    li       r1, 196605
    recv     r1, 21, 70, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 268800
    li       r12, 200704
    li       r8, 0
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484608
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 19
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 35, 71, 65535
    li       r1, 266239
    send     r1, 35, 71, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 38
    prog     x0, 38
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 10
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 64512
    li       r1, 64512
    recv     r1, 21, 72, 65535
    li       r1, 130047
    recv     r1, 21, 72, 65535
    li       r1, 195582
    recv     r1, 21, 72, 65535
    li       r1, 261117
    recv     r1, 21, 72, 4099
    li       r1, 268992
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 0
    li       r8, 19
L188:
    li       r9, 0
    addi     r11, r10, 0
L190:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 480512
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L190
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L188
    li       r1, 481088
    recv     r1, 39, 74, 64512
    li       r1, 0
    li       r2, 0
    li       r3, 481088
    vadd     r1, r2, r3, 64512
    li       r1, 481088
    recv     r1, 40, 76, 64512
    li       r1, 0
    li       r2, 0
    li       r3, 481088
    vadd     r1, r2, r3, 64512
    li       r1, 0
    send     r1, 35, 77, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 39
    prog     x0, 39
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 10
    li       r1, 0
    recv     r1, 21, 73, 65535
    li       r1, 65535
    recv     r1, 21, 73, 65535
    li       r1, 131070
    recv     r1, 21, 73, 65535
    li       r1, 196605
    recv     r1, 21, 73, 4099
    li       r1, 268992
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 200704
    li       r8, 19
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 480768
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 38, 74, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 40
    prog     x0, 40
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 10
    li       r1, 0
    recv     r1, 21, 75, 65535
    li       r1, 65535
    recv     r1, 21, 75, 65535
    li       r1, 131070
    recv     r1, 21, 75, 65535
    li       r1, 196605
    recv     r1, 21, 75, 4099
    li       r1, 268992
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 272704
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 276416
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 280128
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 283840
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 287552
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 291264
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 294976
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 298688
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 302400
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 306112
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 309824
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 313536
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 317248
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 320960
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 324672
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 328384
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 332096
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 335808
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 339520
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 343232
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 346944
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 350656
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 354368
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 358080
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 361792
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 365504
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 369216
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 372928
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 376640
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 380352
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 384064
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 387776
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 391488
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 395200
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 398912
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 402624
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 406336
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 410048
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 413760
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 417472
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 421184
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 424896
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 428608
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 432320
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 436032
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 439744
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 443456
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 447168
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 450880
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 454592
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 458304
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 462016
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 465728
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 469440
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 473152
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 335744
    li       r12, 200704
    li       r8, 19
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 480512
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 480704
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 480896
    vcopy    r2, r1, 192
    li       r4, 481024
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 37
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 38, 76, 64512
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 41
    prog     x0, 41
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 10
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 2561
    li       r1, 68096
    recv     r1, 21, 78, 65535
    li       r1, 133631
    recv     r1, 21, 78, 65535
    li       r1, 199166
    recv     r1, 21, 78, 65535
    li       r1, 264701
    recv     r1, 21, 78, 4099
    li       r1, 272576
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 265216
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 0
    li       r8, 37
L192:
    li       r9, 0
    addi     r11, r10, 0
L194:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484096
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L194
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L192
    li       r1, 484672
    recv     r1, 42, 80, 65535
    li       r1, 550207
    recv     r1, 42, 80, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 484672
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 550207
    vadd     r1, r2, r3, 2561
    li       r1, 484672
    recv     r1, 43, 82, 65535
    li       r1, 550207
    recv     r1, 43, 82, 2561
    li       r1, 0
    li       r2, 0
    li       r3, 484672
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 550207
    vadd     r1, r2, r3, 2561
    li       r1, 0
    send     r1, 35, 83, 65535
    li       r1, 65535
    send     r1, 35, 83, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 42
    prog     x0, 42
    xwin     x0, 0, 256, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 10
    li       r1, 0
    recv     r1, 21, 79, 65535
    li       r1, 65535
    recv     r1, 21, 79, 65535
    li       r1, 131070
    recv     r1, 21, 79, 65535
    li       r1, 196605
    recv     r1, 21, 79, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 200704
    li       r8, 37
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484352
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 41, 80, 65535
    li       r1, 266239
    send     r1, 41, 80, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 43
    prog     x0, 43
    xwin     x0, 0, 64, 0, 64
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 10
    li       r1, 0
    recv     r1, 21, 81, 65535
    li       r1, 65535
    recv     r1, 21, 81, 65535
    li       r1, 131070
    recv     r1, 21, 81, 65535
    li       r1, 196605
    recv     r1, 21, 81, 4099
    li       r1, 272576
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 276288
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 280000
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 283712
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 287424
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 291136
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 294848
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 298560
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 302272
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 305984
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 309696
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 313408
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 317120
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 320832
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 324544
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 328256
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 331968
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 335680
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 339392
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 343104
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 346816
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 350528
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 354240
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 357952
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 361664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 365376
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 369088
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 372800
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 376512
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 380224
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 383936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 387648
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 391360
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 395072
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 398784
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 402496
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 406208
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 409920
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 413632
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 417344
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 421056
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 424768
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 428480
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 432192
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 435904
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 439616
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 443328
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 447040
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 450752
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 454464
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 458176
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 461888
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 465600
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 469312
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 473024
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 476736
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 406144
    li       r12, 200704
    li       r8, 37
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 484096
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 484288
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 484480
    vcopy    r2, r1, 192
    li       r4, 484608
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 64
    addi     r12, r12, 64
    addi     r9, r9, 1
    li       r13, 56
    blt      r9, r13, L186
    addi     r10, r10, 3712
    addi     r8, r8, 1
    li       r13, 56
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 41, 82, 65535
    li       r1, 266239
    send     r1, 41, 82, 2561
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 44
    prog     x0, 44
    xwin     x0, 0, 256, 0, 128
    li       r4, 152168
    li       r1, 617280
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 13
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 34817
    li       r1, 100352
    recv     r1, 35, 85, 65535
    li       r1, 165887
    recv     r1, 35, 85, 65535
    li       r1, 231422
    recv     r1, 35, 85, 65535
    li       r1, 296957
    recv     r1, 35, 85, 4099
    li       r1, 304832
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 308544
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 312256
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 315968
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 319680
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 323392
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 327104
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 330816
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 334528
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 338240
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 341952
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 345664
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 349376
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 353088
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 356800
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 360512
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 364224
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 367936
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 371648
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 375360
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 379072
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 382784
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 386496
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 390208
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 393920
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 397632
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 401344
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 405056
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r1, 408768
    li       r2, 200704
    vcopy    r1, r2, 3584
    li       r1, 412480
    li       r2, 204288
    vcopy    r1, r2, 3584
    li       r1, 416192
    li       r2, 207872
    vcopy    r1, r2, 3584
    li       r1, 419904
    li       r2, 211456
    vcopy    r1, r2, 3584
    li       r1, 423616
    li       r2, 215040
    vcopy    r1, r2, 3584
    li       r1, 427328
    li       r2, 218624
    vcopy    r1, r2, 3584
    li       r1, 431040
    li       r2, 222208
    vcopy    r1, r2, 3584
    li       r1, 434752
    li       r2, 225792
    vcopy    r1, r2, 3584
    li       r1, 438464
    li       r2, 229376
    vcopy    r1, r2, 3584
    li       r1, 442176
    li       r2, 232960
    vcopy    r1, r2, 3584
    li       r1, 445888
    li       r2, 236544
    vcopy    r1, r2, 3584
    li       r1, 449600
    li       r2, 240128
    vcopy    r1, r2, 3584
    li       r1, 453312
    li       r2, 243712
    vcopy    r1, r2, 3584
    li       r1, 457024
    li       r2, 247296
    vcopy    r1, r2, 3584
    li       r1, 460736
    li       r2, 250880
    vcopy    r1, r2, 3584
    li       r1, 464448
    li       r2, 254464
    vcopy    r1, r2, 3584
    li       r1, 468160
    li       r2, 258048
    vcopy    r1, r2, 3584
    li       r1, 471872
    li       r2, 261632
    vcopy    r1, r2, 3584
    li       r1, 475584
    li       r2, 265216
    vcopy    r1, r2, 3584
    li       r1, 479296
    li       r2, 268800
    vcopy    r1, r2, 3584
    li       r1, 483008
    li       r2, 272384
    vcopy    r1, r2, 3584
    li       r1, 486720
    li       r2, 275968
    vcopy    r1, r2, 3584
    li       r1, 490432
    li       r2, 279552
    vcopy    r1, r2, 3584
    li       r1, 494144
    li       r2, 283136
    vcopy    r1, r2, 3584
    li       r1, 497856
    li       r2, 286720
    vcopy    r1, r2, 3584
    li       r1, 501568
    li       r2, 290304
    vcopy    r1, r2, 3584
    li       r1, 505280
    li       r2, 293888
    vcopy    r1, r2, 3584
    li       r1, 508992
    li       r2, 297472
    vcopy    r1, r2, 3584
    li       r10, 301056
    li       r12, 0
    li       r8, 0
L195:
    li       r9, 0
    addi     r11, r10, 0
L197:
    addi     r1, r11, 0
    li       r2, 516352
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 516544
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 516736
    vcopy    r2, r1, 192
    li       r4, 516352
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L197
    addi     r10, r10, 7424
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L195
    li       r1, 516928
    recv     r1, 45, 87, 65535
    li       r1, 582463
    recv     r1, 45, 87, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 516928
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 582463
    vadd     r1, r2, r3, 34817
    li       r1, 516928
    recv     r1, 46, 89, 65535
    li       r1, 582463
    recv     r1, 46, 89, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 516928
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 582463
    vadd     r1, r2, r3, 34817
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 617280
L246:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 784
    blt      r8, r13, L246
.layer 14
    li       r1, 617536
    li       r2, 0
    vrelu    r1, r2, 65535
    li       r1, 683071
    li       r2, 65535
    vrelu    r1, r2, 34817
.layer 15
    li       r1, 617536
    send     r1, 47, 90, 65535
    li       r1, 683071
    send     r1, 47, 90, 34817
    li       r1, 617536
    send     r1, 63, 91, 65535
    li       r1, 683071
    send     r1, 63, 91, 34817
    li       r1, 617536
    send     r1, 62, 93, 65535
    li       r1, 683071
    send     r1, 62, 93, 34817
    li       r1, 617536
    send     r1, 61, 95, 65535
    li       r1, 683071
    send     r1, 61, 95, 34817
    li       r1, 617536
    send     r1, 60, 97, 65535
    li       r1, 683071
    send     r1, 60, 97, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 45
    prog     x0, 45
    xwin     x0, 0, 256, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 13
    li       r1, 0
    recv     r1, 35, 86, 65535
    li       r1, 65535
    recv     r1, 35, 86, 65535
    li       r1, 131070
    recv     r1, 35, 86, 65535
    li       r1, 196605
    recv     r1, 35, 86, 4099
    li       r1, 304832
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 308544
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 312256
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 315968
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 319680
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 323392
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 327104
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 330816
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 334528
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 338240
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 341952
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 345664
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 349376
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 353088
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 356800
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 360512
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 364224
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 367936
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 371648
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 375360
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 379072
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 382784
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 386496
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 390208
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 393920
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 397632
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 401344
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 405056
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 408768
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 412480
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 416192
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 419904
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 423616
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 427328
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 431040
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 434752
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 438464
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 442176
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 445888
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 449600
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 453312
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 457024
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 460736
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 464448
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 468160
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 471872
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 475584
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 479296
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 483008
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 486720
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 490432
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 494144
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 497856
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 501568
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 505280
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 508992
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 301056
    li       r12, 200704
    li       r8, 0
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 516352
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 516544
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 516736
    vcopy    r2, r1, 192
    li       r4, 516608
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L186
    addi     r10, r10, 7424
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 44, 87, 65535
    li       r1, 266239
    send     r1, 44, 87, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 46
    prog     x0, 46
    xwin     x0, 0, 64, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 13
    li       r1, 0
    recv     r1, 35, 88, 65535
    li       r1, 65535
    recv     r1, 35, 88, 65535
    li       r1, 131070
    recv     r1, 35, 88, 65535
    li       r1, 196605
    recv     r1, 35, 88, 4099
    li       r1, 304832
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 308544
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 312256
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 315968
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 319680
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 323392
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 327104
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 330816
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 334528
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 338240
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 341952
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 345664
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 349376
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 353088
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 356800
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 360512
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 364224
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 367936
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 371648
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 375360
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 379072
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 382784
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 386496
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 390208
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 393920
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 397632
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 401344
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 405056
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 408768
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 412480
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 416192
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 419904
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 423616
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 427328
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 431040
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 434752
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 438464
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 442176
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 445888
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 449600
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 453312
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 457024
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 460736
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 464448
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 468160
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 471872
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 475584
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 479296
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 483008
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 486720
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 490432
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 494144
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 497856
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 501568
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 505280
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 508992
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 301056
    li       r12, 200704
    li       r8, 0
L184:
    li       r9, 0
    addi     r11, r10, 0
L186:
    addi     r1, r11, 0
    li       r2, 516352
    vcopy    r2, r1, 192
    addi     r1, r11, 3712
    li       r2, 516544
    vcopy    r2, r1, 192
    addi     r1, r11, 7424
    li       r2, 516736
    vcopy    r2, r1, 192
    li       r4, 516864
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L186
    addi     r10, r10, 7424
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L184
    li       r1, 200704
    send     r1, 44, 89, 65535
    li       r1, 266239
    send     r1, 44, 89, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 47
    prog     x0, 47
    xwin     x0, 0, 256, 0, 128
    li       r4, 152424
    li       r1, 417408
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 15
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 34817
    li       r1, 100352
    recv     r1, 44, 90, 65535
    li       r1, 165887
    recv     r1, 44, 90, 34817
    li       r1, 204672
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 0
    li       r8, 0
L107:
    li       r9, 0
    addi     r11, r10, 0
L109:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 315904
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L109
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L107
    li       r1, 317056
    recv     r1, 63, 92, 65535
    li       r1, 382591
    recv     r1, 63, 92, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r1, 317056
    recv     r1, 62, 94, 65535
    li       r1, 382591
    recv     r1, 62, 94, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r1, 317056
    recv     r1, 61, 96, 65535
    li       r1, 382591
    recv     r1, 61, 96, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r1, 317056
    recv     r1, 60, 98, 65535
    li       r1, 382591
    recv     r1, 60, 98, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 417408
L182:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 784
    blt      r8, r13, L182
.layer 17
    li       r1, 417664
    recv     r1, 59, 100, 65535
    li       r1, 483199
    recv     r1, 59, 100, 34817
    li       r1, 518016
    li       r2, 0
    li       r3, 417664
    vadd     r1, r2, r3, 65535
    li       r1, 583551
    li       r2, 65535
    li       r3, 483199
    vadd     r1, r2, r3, 34817
.layer 18
    li       r1, 618368
    li       r2, 518016
    vrelu    r1, r2, 65535
    li       r1, 683903
    li       r2, 583551
    vrelu    r1, r2, 34817
.layer 19
    li       r1, 618368
    send     r1, 58, 101, 65535
    li       r1, 683903
    send     r1, 58, 101, 34817
    li       r1, 618368
    send     r1, 57, 102, 65535
    li       r1, 683903
    send     r1, 57, 102, 34817
    li       r1, 618368
    send     r1, 56, 104, 65535
    li       r1, 683903
    send     r1, 56, 104, 34817
    li       r1, 618368
    send     r1, 55, 106, 65535
    li       r1, 683903
    send     r1, 55, 106, 34817
    li       r1, 618368
    send     r1, 54, 108, 65535
    li       r1, 683903
    send     r1, 54, 108, 34817
.layer 22
    li       r1, 618368
    send     r1, 53, 119, 65535
    li       r1, 683903
    send     r1, 53, 119, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 48
    prog     x0, 63
    xwin     x0, 0, 256, 0, 256
    li       r4, 153448
    li       r1, 317056
    ld       r1, r4, dram, 512
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 24
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 50176
    li       r1, 50176
    recv     r1, 53, 120, 65535
    li       r1, 115711
    recv     r1, 53, 120, 34817
    li       r1, 154496
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 158336
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 162176
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 166016
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 169856
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 173696
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 177536
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 181376
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 185216
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 189056
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 192896
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 196736
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 200576
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 204416
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r1, 208256
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 212096
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 215936
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 219776
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 223616
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 227456
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 231296
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 235136
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 238976
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 242816
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 246656
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 250496
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 254336
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 258176
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r10, 150528
    li       r12, 0
    li       r8, 0
L103:
    li       r9, 0
    addi     r11, r10, 0
L105:
    addi     r1, r11, 0
    li       r2, 265728
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 266112
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 266496
    vcopy    r2, r1, 384
    li       r4, 265728
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L105
    addi     r10, r10, 7680
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L103
    li       r1, 266880
    recv     r1, 64, 122, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 266880
    vadd     r1, r2, r3, 50176
    li       r1, 266880
    recv     r1, 65, 124, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 266880
    vadd     r1, r2, r3, 50176
    li       r1, 266880
    recv     r1, 66, 126, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 266880
    vadd     r1, r2, r3, 50176
    li       r1, 266880
    recv     r1, 67, 128, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 266880
    vadd     r1, r2, r3, 50176
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 317056
L154:
    vaffine  r9, r10, r3, 256
    addi     r9, r9, 256
    addi     r10, r10, 256
    addi     r8, r8, 1
    li       r13, 196
    blt      r8, r13, L154
.layer 25
    li       r1, 317568
    li       r2, 0
    vrelu    r1, r2, 50176
.layer 26
    li       r1, 317568
    send     r1, 68, 129, 50176
    li       r1, 317568
    send     r1, 69, 130, 50176
    li       r1, 317568
    send     r1, 70, 132, 50176
    li       r1, 317568
    send     r1, 71, 134, 50176
    li       r1, 317568
    send     r1, 72, 136, 50176
    li       r1, 317568
    send     r1, 73, 138, 50176
    li       r1, 317568
    send     r1, 74, 140, 50176
    li       r1, 317568
    send     r1, 75, 142, 50176
    li       r1, 317568
    send     r1, 76, 144, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 49
    prog     x0, 62
    xwin     x0, 0, 128, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 21
    li       r1, 0
    recv     r1, 58, 117, 65535
    li       r1, 65535
    recv     r1, 58, 117, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316928
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 53, 118, 65535
    li       r1, 165887
    send     r1, 53, 118, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 50
    prog     x0, 61
    xwin     x0, 0, 256, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 21
    li       r1, 0
    recv     r1, 58, 115, 65535
    li       r1, 65535
    recv     r1, 58, 115, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316672
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 53, 116, 65535
    li       r1, 165887
    send     r1, 53, 116, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 51
    prog     x0, 60
    xwin     x0, 0, 256, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 21
    li       r1, 0
    recv     r1, 58, 113, 65535
    li       r1, 65535
    recv     r1, 58, 113, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316416
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 53, 114, 65535
    li       r1, 165887
    send     r1, 53, 114, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 52
    prog     x0, 59
    xwin     x0, 0, 256, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 21
    li       r1, 0
    recv     r1, 58, 111, 65535
    li       r1, 65535
    recv     r1, 58, 111, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316160
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 53, 112, 65535
    li       r1, 165887
    send     r1, 53, 112, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 53
    prog     x0, 58
    xwin     x0, 0, 256, 0, 128
    li       r4, 153192
    li       r1, 417408
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 21
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 34817
    li       r1, 100352
    recv     r1, 58, 110, 65535
    li       r1, 165887
    recv     r1, 58, 110, 34817
    li       r1, 204672
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 0
    li       r8, 0
L107:
    li       r9, 0
    addi     r11, r10, 0
L109:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 315904
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L109
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L107
    li       r1, 317056
    recv     r1, 52, 112, 65535
    li       r1, 382591
    recv     r1, 52, 112, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r1, 317056
    recv     r1, 51, 114, 65535
    li       r1, 382591
    recv     r1, 51, 114, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r1, 317056
    recv     r1, 50, 116, 65535
    li       r1, 382591
    recv     r1, 50, 116, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r1, 317056
    recv     r1, 49, 118, 65535
    li       r1, 382591
    recv     r1, 49, 118, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 417408
L182:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 784
    blt      r8, r13, L182
.layer 22
    li       r1, 417664
    recv     r1, 47, 119, 65535
    li       r1, 483199
    recv     r1, 47, 119, 34817
    li       r1, 518016
    li       r2, 0
    li       r3, 417664
    vadd     r1, r2, r3, 65535
    li       r1, 583551
    li       r2, 65535
    li       r3, 483199
    vadd     r1, r2, r3, 34817
.layer 23
    li       r1, 618368
    li       r2, 518016
    vrelu    r1, r2, 65535
    li       r1, 683903
    li       r2, 583551
    vrelu    r1, r2, 34817
.layer 24
    li       r1, 618368
    send     r1, 48, 120, 65535
    li       r1, 683903
    send     r1, 48, 120, 34817
    li       r1, 618368
    send     r1, 64, 121, 65535
    li       r1, 683903
    send     r1, 64, 121, 34817
    li       r1, 618368
    send     r1, 65, 123, 65535
    li       r1, 683903
    send     r1, 65, 123, 34817
    li       r1, 618368
    send     r1, 66, 125, 65535
    li       r1, 683903
    send     r1, 66, 125, 34817
    li       r1, 618368
    send     r1, 67, 127, 65535
    li       r1, 683903
    send     r1, 67, 127, 34817
.layer 27
    li       r1, 618368
    send     r1, 77, 146, 65535
    li       r1, 683903
    send     r1, 77, 146, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 54
    prog     x0, 57
    xwin     x0, 0, 128, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 19
    li       r1, 0
    recv     r1, 47, 108, 65535
    li       r1, 65535
    recv     r1, 47, 108, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316928
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 58, 109, 65535
    li       r1, 165887
    send     r1, 58, 109, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 55
    prog     x0, 56
    xwin     x0, 0, 256, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 19
    li       r1, 0
    recv     r1, 47, 106, 65535
    li       r1, 65535
    recv     r1, 47, 106, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316672
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 58, 107, 65535
    li       r1, 165887
    send     r1, 58, 107, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 56
    prog     x0, 55
    xwin     x0, 0, 256, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 19
    li       r1, 0
    recv     r1, 47, 104, 65535
    li       r1, 65535
    recv     r1, 47, 104, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316416
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 58, 105, 65535
    li       r1, 165887
    send     r1, 58, 105, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 57
    prog     x0, 54
    xwin     x0, 0, 256, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 19
    li       r1, 0
    recv     r1, 47, 102, 65535
    li       r1, 65535
    recv     r1, 47, 102, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316160
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 58, 103, 65535
    li       r1, 165887
    send     r1, 58, 103, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 58
    prog     x0, 53
    xwin     x0, 0, 256, 0, 128
    li       r4, 152936
    li       r1, 417408
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 19
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 65535
    vsub     r1, r2, r3, 34817
    li       r1, 100352
    recv     r1, 47, 101, 65535
    li       r1, 165887
    recv     r1, 47, 101, 34817
    li       r1, 204672
    li       r2, 100352
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 103936
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 107520
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 111104
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 114688
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 118272
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 121856
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 125440
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 129024
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 132608
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 136192
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 139776
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 143360
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 146944
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 150528
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 154112
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 157696
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 161280
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 164864
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 168448
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 172032
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 175616
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 179200
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 182784
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 186368
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 189952
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 193536
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 197120
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 0
    li       r8, 0
L107:
    li       r9, 0
    addi     r11, r10, 0
L109:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 315904
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L109
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L107
    li       r1, 317056
    recv     r1, 57, 103, 65535
    li       r1, 382591
    recv     r1, 57, 103, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r1, 317056
    recv     r1, 56, 105, 65535
    li       r1, 382591
    recv     r1, 56, 105, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r1, 317056
    recv     r1, 55, 107, 65535
    li       r1, 382591
    recv     r1, 55, 107, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r1, 317056
    recv     r1, 54, 109, 65535
    li       r1, 382591
    recv     r1, 54, 109, 34817
    li       r1, 0
    li       r2, 0
    li       r3, 317056
    vadd     r1, r2, r3, 65535
    li       r1, 65535
    li       r2, 65535
    li       r3, 382591
    vadd     r1, r2, r3, 34817
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 417408
L182:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 784
    blt      r8, r13, L182
.layer 20
    li       r1, 417664
    li       r2, 0
    vrelu    r1, r2, 65535
    li       r1, 483199
    li       r2, 65535
    vrelu    r1, r2, 34817
.layer 21
    li       r1, 417664
    send     r1, 53, 110, 65535
    li       r1, 483199
    send     r1, 53, 110, 34817
    li       r1, 417664
    send     r1, 52, 111, 65535
    li       r1, 483199
    send     r1, 52, 111, 34817
    li       r1, 417664
    send     r1, 51, 113, 65535
    li       r1, 483199
    send     r1, 51, 113, 34817
    li       r1, 417664
    send     r1, 50, 115, 65535
    li       r1, 483199
    send     r1, 50, 115, 34817
    li       r1, 417664
    send     r1, 49, 117, 65535
    li       r1, 483199
    send     r1, 49, 117, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 59
    prog     x0, 52
    xwin     x0, 0, 64, 0, 128
    li       r4, 152680
    li       r1, 301056
    ld       r1, r4, dram, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 16
    li       r1, 100352
    recv     r1, 35, 99, 65535
    li       r1, 165887
    recv     r1, 35, 99, 65535
    li       r1, 231422
    recv     r1, 35, 99, 65535
    li       r1, 296957
    recv     r1, 35, 99, 4099
    li       r10, 100352
    li       r12, 0
    li       r8, 0
L19:
    li       r9, 0
    addi     r11, r10, 0
L21:
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L21
    addi     r10, r10, 7168
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L19
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 301056
L37:
    vaffine  r9, r10, r3, 128
    addi     r9, r9, 128
    addi     r10, r10, 128
    addi     r8, r8, 1
    li       r13, 784
    blt      r8, r13, L37
.layer 17
    li       r1, 0
    send     r1, 47, 100, 65535
    li       r1, 65535
    send     r1, 47, 100, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 60
    prog     x0, 51
    xwin     x0, 0, 128, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 15
    li       r1, 0
    recv     r1, 44, 97, 65535
    li       r1, 65535
    recv     r1, 44, 97, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316928
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 47, 98, 65535
    li       r1, 165887
    send     r1, 47, 98, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 61
    prog     x0, 50
    xwin     x0, 0, 256, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 15
    li       r1, 0
    recv     r1, 44, 95, 65535
    li       r1, 65535
    recv     r1, 44, 95, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316672
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 47, 96, 65535
    li       r1, 165887
    send     r1, 47, 96, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 62
    prog     x0, 49
    xwin     x0, 0, 256, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 15
    li       r1, 0
    recv     r1, 44, 93, 65535
    li       r1, 65535
    recv     r1, 44, 93, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316416
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 47, 94, 65535
    li       r1, 165887
    send     r1, 47, 94, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 63
    prog     x0, 48
    xwin     x0, 0, 256, 0, 128
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 15
    li       r1, 0
    recv     r1, 44, 91, 65535
    li       r1, 65535
    recv     r1, 44, 91, 34817
    li       r1, 204672
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 208512
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 212352
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 216192
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 220032
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 223872
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 227712
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 231552
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 235392
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 239232
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 243072
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 246912
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 250752
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 254592
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 258432
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 262272
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 266112
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 269952
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 273792
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 277632
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 281472
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 285312
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 289152
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 292992
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 296832
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 300672
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 304512
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 308352
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 200704
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 315904
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 316288
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 316672
    vcopy    r2, r1, 384
    li       r4, 316160
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 128
    addi     r12, r12, 128
    addi     r9, r9, 1
    li       r13, 28
    blt      r9, r13, L98
    addi     r10, r10, 3840
    addi     r8, r8, 1
    li       r13, 28
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 47, 92, 65535
    li       r1, 165887
    send     r1, 47, 92, 34817
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 64
    prog     x0, 64
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 24
    li       r1, 0
    recv     r1, 53, 121, 65535
    li       r1, 65535
    recv     r1, 53, 121, 34817
    li       r1, 154496
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 158336
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 162176
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 166016
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 169856
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 173696
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 177536
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 181376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 185216
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 189056
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 192896
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 196736
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 200576
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 204416
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 208256
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 212096
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 215936
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 219776
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 223616
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 227456
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 231296
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 235136
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 238976
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 242816
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 246656
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 250496
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 254336
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 258176
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 150528
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 265728
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 266112
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 266496
    vcopy    r2, r1, 384
    li       r4, 265984
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L98
    addi     r10, r10, 7680
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 48, 122, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 65
    prog     x0, 65
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 24
    li       r1, 0
    recv     r1, 53, 123, 65535
    li       r1, 65535
    recv     r1, 53, 123, 34817
    li       r1, 154496
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 158336
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 162176
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 166016
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 169856
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 173696
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 177536
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 181376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 185216
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 189056
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 192896
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 196736
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 200576
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 204416
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 208256
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 212096
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 215936
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 219776
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 223616
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 227456
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 231296
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 235136
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 238976
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 242816
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 246656
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 250496
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 254336
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 258176
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 150528
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 265728
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 266112
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 266496
    vcopy    r2, r1, 384
    li       r4, 266240
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L98
    addi     r10, r10, 7680
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 48, 124, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 66
    prog     x0, 66
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 24
    li       r1, 0
    recv     r1, 53, 125, 65535
    li       r1, 65535
    recv     r1, 53, 125, 34817
    li       r1, 154496
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 158336
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 162176
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 166016
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 169856
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 173696
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 177536
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 181376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 185216
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 189056
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 192896
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 196736
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 200576
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 204416
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 208256
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 212096
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 215936
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 219776
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 223616
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 227456
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 231296
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 235136
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 238976
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 242816
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 246656
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 250496
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 254336
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 258176
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 150528
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 265728
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 266112
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 266496
    vcopy    r2, r1, 384
    li       r4, 266496
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L98
    addi     r10, r10, 7680
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 48, 126, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 67
    prog     x0, 67
    xwin     x0, 0, 128, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 24
    li       r1, 0
    recv     r1, 53, 127, 65535
    li       r1, 65535
    recv     r1, 53, 127, 34817
    li       r1, 154496
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 158336
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 162176
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 166016
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 169856
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 173696
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 177536
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 181376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 185216
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 189056
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 192896
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 196736
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 200576
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 204416
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 208256
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 212096
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 215936
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 219776
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 223616
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 227456
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 231296
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 235136
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 238976
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 242816
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 246656
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 250496
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 254336
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 258176
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 150528
    li       r12, 100352
    li       r8, 0
L96:
    li       r9, 0
    addi     r11, r10, 0
L98:
    addi     r1, r11, 0
    li       r2, 265728
    vcopy    r2, r1, 384
    addi     r1, r11, 3840
    li       r2, 266112
    vcopy    r2, r1, 384
    addi     r1, r11, 7680
    li       r2, 266496
    vcopy    r2, r1, 384
    li       r4, 266752
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L98
    addi     r10, r10, 7680
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L96
    li       r1, 100352
    send     r1, 48, 128, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 68
    prog     x0, 68
    xwin     x0, 0, 256, 0, 256
    li       r4, 153960
    li       r1, 218368
    ld       r1, r4, dram, 512
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 26
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 50176
    li       r1, 50176
    recv     r1, 48, 129, 50176
    li       r1, 104704
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 0
    li       r8, 0
L59:
    li       r9, 0
    addi     r11, r10, 0
L61:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 165888
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L61
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L59
    li       r1, 168192
    recv     r1, 69, 131, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 70, 133, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 71, 135, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 72, 137, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 73, 139, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 74, 141, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 75, 143, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 76, 145, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 218368
L134:
    vaffine  r9, r10, r3, 256
    addi     r9, r9, 256
    addi     r10, r10, 256
    addi     r8, r8, 1
    li       r13, 196
    blt      r8, r13, L134
.layer 28
    li       r1, 218880
    recv     r1, 77, 147, 50176
    li       r1, 269056
    li       r2, 0
    li       r3, 218880
    vadd     r1, r2, r3, 50176
.layer 29
    li       r1, 319232
    li       r2, 269056
    vrelu    r1, r2, 50176
.layer 30
    li       r1, 319232
    send     r1, 78, 148, 50176
    li       r1, 319232
    send     r1, 79, 149, 50176
    li       r1, 319232
    send     r1, 95, 151, 50176
    li       r1, 319232
    send     r1, 94, 153, 50176
    li       r1, 319232
    send     r1, 93, 155, 50176
    li       r1, 319232
    send     r1, 92, 157, 50176
    li       r1, 319232
    send     r1, 91, 159, 50176
    li       r1, 319232
    send     r1, 90, 161, 50176
    li       r1, 319232
    send     r1, 89, 163, 50176
.layer 33
    li       r1, 319232
    send     r1, 88, 182, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 69
    prog     x0, 69
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 26
    li       r1, 0
    recv     r1, 48, 130, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166144
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 68, 131, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 70
    prog     x0, 70
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 26
    li       r1, 0
    recv     r1, 48, 132, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166400
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 68, 133, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 71
    prog     x0, 71
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 26
    li       r1, 0
    recv     r1, 48, 134, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166656
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 68, 135, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 72
    prog     x0, 72
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 26
    li       r1, 0
    recv     r1, 48, 136, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166912
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 68, 137, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 73
    prog     x0, 73
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 26
    li       r1, 0
    recv     r1, 48, 138, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167168
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 68, 139, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 74
    prog     x0, 74
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 26
    li       r1, 0
    recv     r1, 48, 140, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167424
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 68, 141, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 75
    prog     x0, 75
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 26
    li       r1, 0
    recv     r1, 48, 142, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167680
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 68, 143, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 76
    prog     x0, 76
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 26
    li       r1, 0
    recv     r1, 48, 144, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167936
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 68, 145, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 77
    prog     x0, 77
    xwin     x0, 0, 128, 0, 256
    li       r4, 154472
    li       r1, 150528
    ld       r1, r4, dram, 512
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 27
    li       r1, 50176
    recv     r1, 53, 146, 65535
    li       r1, 115711
    recv     r1, 53, 146, 34817
    li       r10, 50176
    li       r12, 0
    li       r8, 0
L15:
    li       r9, 0
    addi     r11, r10, 0
L17:
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L17
    addi     r10, r10, 7168
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L15
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 150528
L33:
    vaffine  r9, r10, r3, 256
    addi     r9, r9, 256
    addi     r10, r10, 256
    addi     r8, r8, 1
    li       r13, 196
    blt      r8, r13, L33
.layer 28
    li       r1, 0
    send     r1, 68, 147, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 78
    prog     x0, 78
    xwin     x0, 0, 256, 0, 256
    li       r4, 154984
    li       r1, 218368
    ld       r1, r4, dram, 512
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 30
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 50176
    li       r1, 50176
    recv     r1, 68, 148, 50176
    li       r1, 104704
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 0
    li       r8, 0
L59:
    li       r9, 0
    addi     r11, r10, 0
L61:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 165888
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L61
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L59
    li       r1, 168192
    recv     r1, 79, 150, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 95, 152, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 94, 154, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 93, 156, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 92, 158, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 91, 160, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 90, 162, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 89, 164, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 218368
L134:
    vaffine  r9, r10, r3, 256
    addi     r9, r9, 256
    addi     r10, r10, 256
    addi     r8, r8, 1
    li       r13, 196
    blt      r8, r13, L134
.layer 31
    li       r1, 218880
    li       r2, 0
    vrelu    r1, r2, 50176
.layer 32
    li       r1, 218880
    send     r1, 88, 165, 50176
    li       r1, 218880
    send     r1, 87, 166, 50176
    li       r1, 218880
    send     r1, 86, 168, 50176
    li       r1, 218880
    send     r1, 85, 170, 50176
    li       r1, 218880
    send     r1, 84, 172, 50176
    li       r1, 218880
    send     r1, 83, 174, 50176
    li       r1, 218880
    send     r1, 82, 176, 50176
    li       r1, 218880
    send     r1, 81, 178, 50176
    li       r1, 218880
    send     r1, 80, 180, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 79
    prog     x0, 79
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 30
    li       r1, 0
    recv     r1, 68, 149, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166144
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 78, 150, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 80
    prog     x0, 95
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 32
    li       r1, 0
    recv     r1, 78, 180, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167936
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 88, 181, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 81
    prog     x0, 94
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 32
    li       r1, 0
    recv     r1, 78, 178, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167680
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 88, 179, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 82
    prog     x0, 93
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 32
    li       r1, 0
    recv     r1, 78, 176, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167424
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 88, 177, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 83
    prog     x0, 92
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 32
    li       r1, 0
    recv     r1, 78, 174, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167168
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 88, 175, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 84
    prog     x0, 91
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 32
    li       r1, 0
    recv     r1, 78, 172, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166912
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 88, 173, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 85
    prog     x0, 90
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 32
    li       r1, 0
    recv     r1, 78, 170, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166656
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 88, 171, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 86
    prog     x0, 89
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 32
    li       r1, 0
    recv     r1, 78, 168, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166400
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 88, 169, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 87
    prog     x0, 88
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 32
    li       r1, 0
    recv     r1, 78, 166, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166144
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 88, 167, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 88
    prog     x0, 87
    xwin     x0, 0, 256, 0, 256
    li       r4, 155496
    li       r1, 218368
    ld       r1, r4, dram, 512
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 32
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 50176
    li       r1, 50176
    recv     r1, 78, 165, 50176
    li       r1, 104704
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 75264
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 78848
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 82432
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 86016
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 89600
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 93184
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 96768
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 0
    li       r8, 0
L59:
    li       r9, 0
    addi     r11, r10, 0
L61:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 165888
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L61
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L59
    li       r1, 168192
    recv     r1, 87, 167, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 86, 169, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 85, 171, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 84, 173, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 83, 175, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 82, 177, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 81, 179, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r1, 168192
    recv     r1, 80, 181, 50176
    li       r1, 0
    li       r2, 0
    li       r3, 168192
    vadd     r1, r2, r3, 50176
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 218368
L134:
    vaffine  r9, r10, r3, 256
    addi     r9, r9, 256
    addi     r10, r10, 256
    addi     r8, r8, 1
    li       r13, 196
    blt      r8, r13, L134
.layer 33
    li       r1, 218880
    recv     r1, 68, 182, 50176
    li       r1, 269056
    li       r2, 0
    li       r3, 218880
    vadd     r1, r2, r3, 50176
.layer 34
    li       r1, 319232
    li       r2, 269056
    vrelu    r1, r2, 50176
.layer 35
    li       r1, 319232
    send     r1, 96, 183, 50176
    li       r1, 319232
    send     r1, 97, 184, 50176
    li       r1, 319232
    send     r1, 98, 186, 50176
    li       r1, 319232
    send     r1, 99, 188, 50176
    li       r1, 319232
    send     r1, 100, 190, 50176
    li       r1, 319232
    send     r1, 101, 192, 50176
    li       r1, 319232
    send     r1, 102, 194, 50176
    li       r1, 319232
    send     r1, 103, 196, 50176
    li       r1, 319232
    send     r1, 104, 198, 50176
    li       r1, 319232
    send     r1, 105, 200, 50176
    li       r1, 319232
    send     r1, 106, 202, 50176
    li       r1, 319232
    send     r1, 107, 204, 50176
    li       r1, 319232
    send     r1, 108, 206, 50176
    li       r1, 319232
    send     r1, 109, 208, 50176
    li       r1, 319232
    send     r1, 110, 210, 50176
    li       r1, 319232
    send     r1, 111, 212, 50176
    li       r1, 319232
    send     r1, 127, 214, 50176
    li       r1, 319232
    send     r1, 126, 216, 50176
.layer 38
    li       r1, 319232
    send     r1, 153, 289, 50176
    li       r1, 319232
    send     r1, 152, 290, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 89
    prog     x0, 86
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 30
    li       r1, 0
    recv     r1, 68, 163, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167936
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 78, 164, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 90
    prog     x0, 85
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 30
    li       r1, 0
    recv     r1, 68, 161, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167680
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 78, 162, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 91
    prog     x0, 84
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 30
    li       r1, 0
    recv     r1, 68, 159, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167424
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 78, 160, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 92
    prog     x0, 83
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 30
    li       r1, 0
    recv     r1, 68, 157, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 167168
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 78, 158, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 93
    prog     x0, 82
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 30
    li       r1, 0
    recv     r1, 68, 155, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166912
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 78, 156, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 94
    prog     x0, 81
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 30
    li       r1, 0
    recv     r1, 68, 153, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166656
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 78, 154, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 95
    prog     x0, 80
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 30
    li       r1, 0
    recv     r1, 68, 151, 50176
    li       r1, 104704
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 108800
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 112896
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 116992
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 121088
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 125184
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 129280
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 133376
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 137472
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 141568
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 145664
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 149760
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 153856
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 157952
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 100352
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 165888
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 166656
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 167424
    vcopy    r2, r1, 768
    li       r4, 166400
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 256
    addi     r12, r12, 256
    addi     r9, r9, 1
    li       r13, 14
    blt      r9, r13, L54
    addi     r10, r10, 4096
    addi     r8, r8, 1
    li       r13, 14
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 78, 152, 50176
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 96
    prog     x0, 96
    xwin     x0, 0, 256, 0, 256
    li       r4, 156008
    li       r1, 168192
    ld       r1, r4, dram, 1024
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 35
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 25088
    li       r1, 25088
    recv     r1, 88, 183, 50176
    li       r1, 79616
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 50176
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 53760
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 57344
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 60928
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 64512
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 68096
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 71680
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 0
    li       r8, 0
L59:
    li       r9, 0
    addi     r11, r10, 0
L61:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 140800
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L61
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L59
    li       r1, 143104
    recv     r1, 97, 185, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 98, 187, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 99, 189, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 100, 191, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 101, 193, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 102, 195, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 103, 197, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 104, 199, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 105, 201, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 106, 203, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 107, 205, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 108, 207, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 109, 209, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 110, 211, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 111, 213, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 127, 215, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r1, 143104
    recv     r1, 126, 217, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 143104
    vadd     r1, r2, r3, 25088
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 168192
L188:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 49
    blt      r8, r13, L188
.layer 36
    li       r1, 169216
    li       r2, 0
    vrelu    r1, r2, 25088
.layer 37
    li       r1, 169216
    send     r1, 125, 218, 25088
    li       r1, 169216
    send     r1, 124, 219, 25088
    li       r1, 169216
    send     r1, 123, 221, 25088
    li       r1, 169216
    send     r1, 122, 223, 25088
    li       r1, 169216
    send     r1, 121, 225, 25088
    li       r1, 169216
    send     r1, 120, 227, 25088
    li       r1, 169216
    send     r1, 119, 229, 25088
    li       r1, 169216
    send     r1, 118, 231, 25088
    li       r1, 169216
    send     r1, 117, 233, 25088
    li       r1, 169216
    send     r1, 116, 235, 25088
    li       r1, 169216
    send     r1, 115, 237, 25088
    li       r1, 169216
    send     r1, 114, 239, 25088
    li       r1, 169216
    send     r1, 113, 241, 25088
    li       r1, 169216
    send     r1, 112, 243, 25088
    li       r1, 169216
    send     r1, 128, 245, 25088
    li       r1, 169216
    send     r1, 129, 247, 25088
    li       r1, 169216
    send     r1, 130, 249, 25088
    li       r1, 169216
    send     r1, 131, 251, 25088
    li       r1, 169216
    send     r1, 132, 253, 25088
    li       r1, 169216
    send     r1, 133, 255, 25088
    li       r1, 169216
    send     r1, 134, 257, 25088
    li       r1, 169216
    send     r1, 135, 259, 25088
    li       r1, 169216
    send     r1, 136, 261, 25088
    li       r1, 169216
    send     r1, 137, 263, 25088
    li       r1, 169216
    send     r1, 138, 265, 25088
    li       r1, 169216
    send     r1, 139, 267, 25088
    li       r1, 169216
    send     r1, 140, 269, 25088
    li       r1, 169216
    send     r1, 141, 271, 25088
    li       r1, 169216
    send     r1, 142, 273, 25088
    li       r1, 169216
    send     r1, 143, 275, 25088
    li       r1, 169216
    send     r1, 159, 277, 25088
    li       r1, 169216
    send     r1, 158, 279, 25088
    li       r1, 169216
    send     r1, 157, 281, 25088
    li       r1, 169216
    send     r1, 156, 283, 25088
    li       r1, 169216
    send     r1, 155, 285, 25088
    li       r1, 169216
    send     r1, 154, 287, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 97
    prog     x0, 97
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 184, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 141056
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 185, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 98
    prog     x0, 98
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 186, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 141312
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 187, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 99
    prog     x0, 99
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 188, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 141568
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 189, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 100
    prog     x0, 100
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 190, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 141824
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 191, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 101
    prog     x0, 101
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 192, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 142080
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 193, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 102
    prog     x0, 102
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 194, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 142336
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 195, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 103
    prog     x0, 103
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 196, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 142592
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 197, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 104
    prog     x0, 104
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 198, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 142848
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 199, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 105
    prog     x0, 105
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 200, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 140800
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 201, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 106
    prog     x0, 106
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 202, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 141056
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 203, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 107
    prog     x0, 107
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 204, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 141312
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 205, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 108
    prog     x0, 108
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 206, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 141568
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 207, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 109
    prog     x0, 109
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 208, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 141824
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 209, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 110
    prog     x0, 110
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 210, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 142080
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 211, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 111
    prog     x0, 111
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 212, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 142336
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 213, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 112
    prog     x0, 127
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 243, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94976
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 244, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 113
    prog     x0, 126
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 241, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94720
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 242, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 114
    prog     x0, 125
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 239, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94464
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 240, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 115
    prog     x0, 124
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 237, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94208
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 238, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 116
    prog     x0, 123
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 235, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93952
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 236, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 117
    prog     x0, 122
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 233, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93696
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 234, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 118
    prog     x0, 121
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 231, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93440
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 232, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 119
    prog     x0, 120
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 229, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93184
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 230, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 120
    prog     x0, 119
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 227, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92928
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 228, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 121
    prog     x0, 118
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 225, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92672
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 226, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 122
    prog     x0, 117
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 223, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92416
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 224, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 123
    prog     x0, 116
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 221, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92160
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 222, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 124
    prog     x0, 115
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 219, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91904
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 220, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 125
    prog     x0, 114
    xwin     x0, 0, 256, 0, 256
    li       r4, 157032
    li       r1, 121344
    ld       r1, r4, dram, 1024
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 37
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 25088
    li       r1, 25088
    recv     r1, 96, 218, 25088
    li       r1, 55296
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 0
    li       r8, 0
L38:
    li       r9, 0
    addi     r11, r10, 0
L40:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91648
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L40
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L38
    li       r1, 96256
    recv     r1, 124, 220, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 123, 222, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 122, 224, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 121, 226, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 120, 228, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 119, 230, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 118, 232, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 117, 234, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 116, 236, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 115, 238, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 114, 240, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 113, 242, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 112, 244, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 128, 246, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 129, 248, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 130, 250, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 131, 252, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 132, 254, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 133, 256, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 134, 258, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 135, 260, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 136, 262, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 137, 264, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 138, 266, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 139, 268, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 140, 270, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 141, 272, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 142, 274, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 143, 276, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 159, 278, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 158, 280, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 157, 282, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 156, 284, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 155, 286, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 154, 288, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 121344
L275:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 49
    blt      r8, r13, L275
.layer 39
    li       r1, 122368
    recv     r1, 153, 292, 25088
    li       r1, 147456
    li       r2, 0
    li       r3, 122368
    vadd     r1, r2, r3, 25088
.layer 40
    li       r1, 172544
    li       r2, 147456
    vrelu    r1, r2, 25088
.layer 41
    li       r1, 172544
    send     r1, 151, 293, 25088
    li       r1, 172544
    send     r1, 150, 294, 25088
    li       r1, 172544
    send     r1, 149, 296, 25088
    li       r1, 172544
    send     r1, 148, 298, 25088
    li       r1, 172544
    send     r1, 147, 300, 25088
    li       r1, 172544
    send     r1, 146, 302, 25088
    li       r1, 172544
    send     r1, 145, 304, 25088
    li       r1, 172544
    send     r1, 144, 306, 25088
    li       r1, 172544
    send     r1, 160, 308, 25088
    li       r1, 172544
    send     r1, 161, 310, 25088
    li       r1, 172544
    send     r1, 162, 312, 25088
    li       r1, 172544
    send     r1, 163, 314, 25088
    li       r1, 172544
    send     r1, 164, 316, 25088
    li       r1, 172544
    send     r1, 165, 318, 25088
    li       r1, 172544
    send     r1, 166, 320, 25088
    li       r1, 172544
    send     r1, 167, 322, 25088
    li       r1, 172544
    send     r1, 168, 324, 25088
    li       r1, 172544
    send     r1, 169, 326, 25088
    li       r1, 172544
    send     r1, 170, 328, 25088
    li       r1, 172544
    send     r1, 171, 330, 25088
    li       r1, 172544
    send     r1, 172, 332, 25088
    li       r1, 172544
    send     r1, 173, 334, 25088
    li       r1, 172544
    send     r1, 174, 336, 25088
    li       r1, 172544
    send     r1, 175, 338, 25088
    li       r1, 172544
    send     r1, 191, 340, 25088
    li       r1, 172544
    send     r1, 190, 342, 25088
    li       r1, 172544
    send     r1, 189, 344, 25088
    li       r1, 172544
    send     r1, 188, 346, 25088
    li       r1, 172544
    send     r1, 187, 348, 25088
    li       r1, 172544
    send     r1, 186, 350, 25088
    li       r1, 172544
    send     r1, 185, 352, 25088
    li       r1, 172544
    send     r1, 184, 354, 25088
    li       r1, 172544
    send     r1, 183, 356, 25088
    li       r1, 172544
    send     r1, 182, 358, 25088
    li       r1, 172544
    send     r1, 181, 360, 25088
    li       r1, 172544
    send     r1, 180, 362, 25088
.layer 44
    li       r1, 172544
    send     r1, 179, 435, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 126
    prog     x0, 113
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 216, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 142848
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 217, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 127
    prog     x0, 112
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 35
    li       r1, 0
    recv     r1, 88, 214, 50176
    li       r1, 79616
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 83712
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 87808
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 91904
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 96000
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 100096
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 104192
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r1, 108288
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 112384
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 116480
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 120576
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 124672
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 128768
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 132864
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 75264
    li       r12, 50176
    li       r8, 0
L52:
    li       r9, 0
    addi     r11, r10, 0
L54:
    addi     r1, r11, 0
    li       r2, 140800
    vcopy    r2, r1, 768
    addi     r1, r11, 4096
    li       r2, 141568
    vcopy    r2, r1, 768
    addi     r1, r11, 8192
    li       r2, 142336
    vcopy    r2, r1, 768
    li       r4, 142592
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L54
    addi     r10, r10, 8192
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L52
    li       r1, 50176
    send     r1, 96, 215, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 128
    prog     x0, 128
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 245, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95232
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 246, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 129
    prog     x0, 129
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 247, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95488
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 248, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 130
    prog     x0, 130
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 249, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95744
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 250, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 131
    prog     x0, 131
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 251, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 96000
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 252, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 132
    prog     x0, 132
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 253, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91648
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 254, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 133
    prog     x0, 133
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 255, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91904
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 256, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 134
    prog     x0, 134
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 257, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92160
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 258, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 135
    prog     x0, 135
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 259, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92416
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 260, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 136
    prog     x0, 136
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 261, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92672
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 262, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 137
    prog     x0, 137
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 263, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92928
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 264, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 138
    prog     x0, 138
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 265, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93184
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 266, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 139
    prog     x0, 139
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 267, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93440
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 268, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 140
    prog     x0, 140
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 269, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93696
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 270, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 141
    prog     x0, 141
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 271, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93952
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 272, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 142
    prog     x0, 142
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 273, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94208
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 274, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 143
    prog     x0, 143
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 275, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94464
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 276, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 144
    prog     x0, 159
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 306, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93440
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 307, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 145
    prog     x0, 158
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 304, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93184
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 305, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 146
    prog     x0, 157
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 302, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92928
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 303, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 147
    prog     x0, 156
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 300, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92672
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 301, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 148
    prog     x0, 155
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 298, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92416
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 299, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 149
    prog     x0, 154
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 296, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92160
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 297, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 150
    prog     x0, 153
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 294, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91904
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 295, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 151
    prog     x0, 152
    xwin     x0, 0, 256, 0, 256
    li       r4, 159080
    li       r1, 121344
    ld       r1, r4, dram, 1024
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 41
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 25088
    li       r1, 25088
    recv     r1, 125, 293, 25088
    li       r1, 55296
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 0
    li       r8, 0
L38:
    li       r9, 0
    addi     r11, r10, 0
L40:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91648
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L40
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L38
    li       r1, 96256
    recv     r1, 150, 295, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 149, 297, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 148, 299, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 147, 301, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 146, 303, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 145, 305, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 144, 307, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 160, 309, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 161, 311, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 162, 313, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 163, 315, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 164, 317, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 165, 319, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 166, 321, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 167, 323, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 168, 325, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 169, 327, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 170, 329, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 171, 331, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 172, 333, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 173, 335, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 174, 337, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 175, 339, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 191, 341, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 190, 343, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 189, 345, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 188, 347, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 187, 349, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 186, 351, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 185, 353, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 184, 355, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 183, 357, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 182, 359, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 181, 361, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 180, 363, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 121344
L275:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 49
    blt      r8, r13, L275
.layer 42
    li       r1, 122368
    li       r2, 0
    vrelu    r1, r2, 25088
.layer 43
    li       r1, 122368
    send     r1, 179, 364, 25088
    li       r1, 122368
    send     r1, 178, 365, 25088
    li       r1, 122368
    send     r1, 177, 367, 25088
    li       r1, 122368
    send     r1, 176, 369, 25088
    li       r1, 122368
    send     r1, 192, 371, 25088
    li       r1, 122368
    send     r1, 193, 373, 25088
    li       r1, 122368
    send     r1, 194, 375, 25088
    li       r1, 122368
    send     r1, 195, 377, 25088
    li       r1, 122368
    send     r1, 196, 379, 25088
    li       r1, 122368
    send     r1, 197, 381, 25088
    li       r1, 122368
    send     r1, 198, 383, 25088
    li       r1, 122368
    send     r1, 199, 385, 25088
    li       r1, 122368
    send     r1, 200, 387, 25088
    li       r1, 122368
    send     r1, 201, 389, 25088
    li       r1, 122368
    send     r1, 202, 391, 25088
    li       r1, 122368
    send     r1, 203, 393, 25088
    li       r1, 122368
    send     r1, 204, 395, 25088
    li       r1, 122368
    send     r1, 205, 397, 25088
    li       r1, 122368
    send     r1, 206, 399, 25088
    li       r1, 122368
    send     r1, 207, 401, 25088
    li       r1, 122368
    send     r1, 223, 403, 25088
    li       r1, 122368
    send     r1, 222, 405, 25088
    li       r1, 122368
    send     r1, 221, 407, 25088
    li       r1, 122368
    send     r1, 220, 409, 25088
    li       r1, 122368
    send     r1, 219, 411, 25088
    li       r1, 122368
    send     r1, 218, 413, 25088
    li       r1, 122368
    send     r1, 217, 415, 25088
    li       r1, 122368
    send     r1, 216, 417, 25088
    li       r1, 122368
    send     r1, 215, 419, 25088
    li       r1, 122368
    send     r1, 214, 421, 25088
    li       r1, 122368
    send     r1, 213, 423, 25088
    li       r1, 122368
    send     r1, 212, 425, 25088
    li       r1, 122368
    send     r1, 211, 427, 25088
    li       r1, 122368
    send     r1, 210, 429, 25088
    li       r1, 122368
    send     r1, 209, 431, 25088
    li       r1, 122368
    send     r1, 208, 433, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 152
    prog     x0, 151
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 38
    li       r1, 0
    recv     r1, 88, 290, 50176
    li       r10, 0
    li       r12, 50176
    li       r8, 0
L10:
    li       r9, 0
    addi     r11, r10, 0
L12:
    addi     r4, r11, 0
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L12
    addi     r10, r10, 7168
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L10
    li       r1, 50176
    send     r1, 153, 291, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 153
    prog     x0, 150
    xwin     x0, 0, 256, 0, 256
    li       r4, 158056
    li       r1, 100352
    ld       r1, r4, dram, 1024
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 38
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 25088
    li       r1, 25088
    recv     r1, 88, 289, 50176
    li       r10, 25088
    li       r12, 0
    li       r8, 0
L17:
    li       r9, 0
    addi     r11, r10, 0
L19:
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L19
    addi     r10, r10, 7168
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L17
    li       r1, 75264
    recv     r1, 152, 291, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 75264
    vadd     r1, r2, r3, 25088
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 100352
L41:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 49
    blt      r8, r13, L41
.layer 39
    li       r1, 0
    send     r1, 125, 292, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 154
    prog     x0, 149
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 287, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 96000
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 288, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 155
    prog     x0, 148
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 285, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95744
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 286, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 156
    prog     x0, 147
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 283, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95488
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 284, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 157
    prog     x0, 146
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 281, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95232
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 282, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 158
    prog     x0, 145
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 279, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94976
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 280, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 159
    prog     x0, 144
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 37
    li       r1, 0
    recv     r1, 96, 277, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94720
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 125, 278, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 160
    prog     x0, 160
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 308, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93696
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 309, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 161
    prog     x0, 161
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 310, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93952
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 311, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 162
    prog     x0, 162
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 312, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94208
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 313, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 163
    prog     x0, 163
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 314, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94464
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 315, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 164
    prog     x0, 164
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 316, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94720
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 317, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 165
    prog     x0, 165
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 318, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94976
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 319, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 166
    prog     x0, 166
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 320, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95232
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 321, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 167
    prog     x0, 167
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 322, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95488
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 323, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 168
    prog     x0, 168
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 324, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95744
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 325, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 169
    prog     x0, 169
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 326, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 96000
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 327, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 170
    prog     x0, 170
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 328, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91648
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 329, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 171
    prog     x0, 171
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 330, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91904
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 331, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 172
    prog     x0, 172
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 332, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92160
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 333, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 173
    prog     x0, 173
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 334, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92416
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 335, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 174
    prog     x0, 174
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 336, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92672
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 337, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 175
    prog     x0, 175
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 338, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92928
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 339, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 176
    prog     x0, 191
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 369, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92416
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 370, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 177
    prog     x0, 190
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 367, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92160
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 368, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 178
    prog     x0, 189
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 365, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91904
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 366, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 179
    prog     x0, 188
    xwin     x0, 0, 256, 0, 256
    li       r4, 160104
    li       r1, 121344
    ld       r1, r4, dram, 1024
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 43
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 25088
    li       r1, 25088
    recv     r1, 151, 364, 25088
    li       r1, 55296
    li       r2, 25088
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 28672
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 32256
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 35840
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 39424
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 43008
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 46592
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 0
    li       r8, 0
L38:
    li       r9, 0
    addi     r11, r10, 0
L40:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91648
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L40
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L38
    li       r1, 96256
    recv     r1, 178, 366, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 177, 368, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 176, 370, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 192, 372, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 193, 374, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 194, 376, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 195, 378, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 196, 380, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 197, 382, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 198, 384, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 199, 386, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 200, 388, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 201, 390, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 202, 392, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 203, 394, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 204, 396, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 205, 398, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 206, 400, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 207, 402, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 223, 404, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 222, 406, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 221, 408, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 220, 410, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 219, 412, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 218, 414, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 217, 416, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 216, 418, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 215, 420, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 214, 422, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 213, 424, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 212, 426, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 211, 428, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 210, 430, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 209, 432, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r1, 96256
    recv     r1, 208, 434, 25088
    li       r1, 0
    li       r2, 0
    li       r3, 96256
    vadd     r1, r2, r3, 25088
    li       r8, 0
    li       r9, 0
    li       r10, 0
    li       r3, 121344
L275:
    vaffine  r9, r10, r3, 512
    addi     r9, r9, 512
    addi     r10, r10, 512
    addi     r8, r8, 1
    li       r13, 49
    blt      r8, r13, L275
.layer 44
    li       r1, 122368
    recv     r1, 125, 435, 25088
    li       r1, 147456
    li       r2, 0
    li       r3, 122368
    vadd     r1, r2, r3, 25088
.layer 45
    li       r1, 172544
    li       r2, 147456
    vrelu    r1, r2, 25088
.layer 46
    li       r8, 0
    li       r10, 172544
    li       r12, 197632
L293:
    li       r9, 0
    addi     r11, r10, 0
L295:
    vpool    r12, r11, avg, 7, 7, 3584, 512
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 1
    blt      r9, r13, L295
    addi     r10, r10, 3584
    addi     r8, r8, 1
    li       r13, 1
    blt      r8, r13, L293
.layer 48
    li       r1, 197632
    send     r1, 224, 436, 256
    li       r1, 197888
    send     r1, 225, 437, 256
    li       r1, 197632
    send     r1, 226, 439, 256
    li       r1, 197888
    send     r1, 227, 441, 256
    li       r1, 197632
    send     r1, 228, 443, 256
    li       r1, 197888
    send     r1, 229, 445, 256
    li       r1, 197632
    send     r1, 230, 447, 256
    li       r1, 197888
    send     r1, 231, 449, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 180
    prog     x0, 187
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 362, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 96000
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 363, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 181
    prog     x0, 186
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 360, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95744
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 361, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 182
    prog     x0, 185
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 358, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95488
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 359, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 183
    prog     x0, 184
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 356, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95232
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 357, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 184
    prog     x0, 183
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 354, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94976
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 355, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 185
    prog     x0, 182
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 352, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94720
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 353, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 186
    prog     x0, 181
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 350, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94464
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 351, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 187
    prog     x0, 180
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 348, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94208
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 349, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 188
    prog     x0, 179
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 346, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93952
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 347, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 189
    prog     x0, 178
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 344, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93696
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 345, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 190
    prog     x0, 177
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 342, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93440
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 343, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 191
    prog     x0, 176
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 41
    li       r1, 0
    recv     r1, 125, 340, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93184
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 151, 341, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 192
    prog     x0, 192
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 371, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92672
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 372, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 193
    prog     x0, 193
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 373, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92928
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 374, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 194
    prog     x0, 194
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 375, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93184
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 376, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 195
    prog     x0, 195
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 377, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93440
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 378, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 196
    prog     x0, 196
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 379, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93696
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 380, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 197
    prog     x0, 197
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 381, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93952
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 382, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 198
    prog     x0, 198
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 383, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94208
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 384, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 199
    prog     x0, 199
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 385, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94464
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 386, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 200
    prog     x0, 200
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 387, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94720
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 388, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 201
    prog     x0, 201
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 389, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94976
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 390, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 202
    prog     x0, 202
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 391, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95232
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 392, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 203
    prog     x0, 203
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 393, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95488
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 394, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 204
    prog     x0, 204
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 395, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95744
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 396, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 205
    prog     x0, 205
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 397, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 96000
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 398, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 206
    prog     x0, 206
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 399, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91648
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 400, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 207
    prog     x0, 207
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 401, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 91904
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 402, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 208
    prog     x0, 223
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 433, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 96000
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 434, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 209
    prog     x0, 222
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 431, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95744
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 432, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 210
    prog     x0, 221
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 429, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95488
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 430, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 211
    prog     x0, 220
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 427, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 95232
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 428, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 212
    prog     x0, 219
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 425, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94976
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 426, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 213
    prog     x0, 218
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 423, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94720
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 424, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 214
    prog     x0, 217
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 421, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94464
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 422, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 215
    prog     x0, 216
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 419, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 94208
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 420, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 216
    prog     x0, 215
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 417, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93952
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 418, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 217
    prog     x0, 214
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 415, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93696
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 416, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 218
    prog     x0, 213
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 413, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93440
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 414, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 219
    prog     x0, 212
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 411, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 93184
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 412, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 220
    prog     x0, 211
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 409, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92928
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 410, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 221
    prog     x0, 210
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 407, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92672
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 408, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 222
    prog     x0, 209
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 405, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92416
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 406, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 223
    prog     x0, 208
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 43
    li       r1, 0
    recv     r1, 151, 403, 25088
    li       r1, 55296
    li       r2, 0
    vcopy    r1, r2, 3584
    li       r1, 59904
    li       r2, 3584
    vcopy    r1, r2, 3584
    li       r1, 64512
    li       r2, 7168
    vcopy    r1, r2, 3584
    li       r1, 69120
    li       r2, 10752
    vcopy    r1, r2, 3584
    li       r1, 73728
    li       r2, 14336
    vcopy    r1, r2, 3584
    li       r1, 78336
    li       r2, 17920
    vcopy    r1, r2, 3584
    li       r1, 82944
    li       r2, 21504
    vcopy    r1, r2, 3584
    li       r10, 50176
    li       r12, 25088
    li       r8, 0
L31:
    li       r9, 0
    addi     r11, r10, 0
L33:
    addi     r1, r11, 0
    li       r2, 91648
    vcopy    r2, r1, 1536
    addi     r1, r11, 4608
    li       r2, 93184
    vcopy    r2, r1, 1536
    addi     r1, r11, 9216
    li       r2, 94720
    vcopy    r2, r1, 1536
    li       r4, 92160
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    addi     r11, r11, 512
    addi     r12, r12, 512
    addi     r9, r9, 1
    li       r13, 7
    blt      r9, r13, L33
    addi     r10, r10, 4608
    addi     r8, r8, 1
    li       r13, 7
    blt      r8, r13, L31
    li       r1, 25088
    send     r1, 179, 404, 25088
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 224
    prog     x0, 224
    xwin     x0, 0, 256, 0, 256
    li       r4, 161128
    li       r1, 2256
    ld       r1, r4, dram, 2000
    barrier  0
    li       r14, 1
    li       r15, 0
L8:
.layer 48
    li       r1, 0
    li       r2, 0
    li       r3, 0
    vsub     r1, r2, r3, 1000
    li       r1, 1000
    recv     r1, 179, 436, 256
    li       r10, 1000
    li       r12, 0
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 1256
    recv     r1, 225, 438, 256
    li       r1, 0
    li       r2, 0
    li       r3, 1256
    vadd     r1, r2, r3, 256
    li       r1, 1256
    recv     r1, 226, 440, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1256
    vadd     r1, r2, r3, 256
    li       r1, 1256
    recv     r1, 227, 442, 256
    li       r1, 256
    li       r2, 256
    li       r3, 1256
    vadd     r1, r2, r3, 256
    li       r1, 1256
    recv     r1, 228, 444, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1256
    vadd     r1, r2, r3, 256
    li       r1, 1256
    recv     r1, 229, 446, 256
    li       r1, 512
    li       r2, 512
    li       r3, 1256
    vadd     r1, r2, r3, 256
    li       r1, 1256
    recv     r1, 230, 448, 232
    li       r1, 768
    li       r2, 768
    li       r3, 1256
    vadd     r1, r2, r3, 232
    li       r1, 1256
    recv     r1, 231, 450, 232
    li       r1, 768
    li       r2, 768
    li       r3, 1256
    vadd     r1, r2, r3, 232
    li       r1, 0
    li       r2, 0
    li       r3, 2256
    vaffine  r1, r2, r3, 1000
    li       r4, 1000
    mul      r4, r15, r4
    addi     r4, r4, 150528
    li       r1, 0
    st       r4, r1, dram, 1000
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L8
    halt

.tile 225
    prog     x0, 225
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 48
    li       r1, 0
    recv     r1, 179, 437, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 0
    mvm      x0, r4, r5, 0
    li       r1, 256
    send     r1, 224, 438, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 226
    prog     x0, 226
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 48
    li       r1, 0
    recv     r1, 179, 439, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 224, 440, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 227
    prog     x0, 227
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 48
    li       r1, 0
    recv     r1, 179, 441, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 256
    mvm      x0, r4, r5, 0
    li       r1, 512
    send     r1, 224, 442, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 228
    prog     x0, 228
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 48
    li       r1, 0
    recv     r1, 179, 443, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 224, 444, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 229
    prog     x0, 229
    xwin     x0, 0, 256, 0, 256
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 48
    li       r1, 0
    recv     r1, 179, 445, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 512
    mvm      x0, r4, r5, 0
    li       r1, 768
    send     r1, 224, 446, 256
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 230
    prog     x0, 230
    xwin     x0, 0, 256, 0, 232
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 48
    li       r1, 0
    recv     r1, 179, 447, 256
    li       r10, 0
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 0
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 224, 448, 232
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt

.tile 231
    prog     x0, 231
    xwin     x0, 0, 256, 0, 232
    barrier  0
    li       r14, 1
    li       r15, 0
L5:
.layer 48
    li       r1, 0
    recv     r1, 179, 449, 256
    li       r10, -256
    li       r12, 256
    addi     r11, r10, 0
    addi     r4, r11, 256
    addi     r5, r12, 768
    mvm      x0, r4, r5, 0
    li       r1, 1024
    send     r1, 224, 450, 232
.layer -
    addi     r15, r15, 1
    blt      r15, r14, L5
    halt
