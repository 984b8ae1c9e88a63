# A two-tile pipeline of two fully connected layers.
#
# Tile 0 computes h = relu(W0 x) and sends h to tile 1; tile 1 receives h, computes
# y = W1 h and stores it. The message is matched by source tile and tag.
.isa 2.0.0
.layer 0 "fc1"
.layer 1 "fc2"

.tile 0
    prog    x0, 0                         # weight block 0: W0, 64 x 64
    xwin    x0, 0, 64, 0, 64
    xcfg    x0, bit_serial, 8, 1, 1, 0, 0
    li      r1, 0                         # buffer: x
    li      r2, 64                        # buffer: h
    li      r3, 0                         # SRAM: x
.layer 0
    ld      r1, r3, sram, 64
    mvm     x0, r1, r2, 0
    vrelu   r2, r2, 64
    send    r2, 1, 7, 64                  # h -> tile 1, tag 7
.layer -
    halt

.tile 1
    prog    x0, 1                         # weight block 1: W1, 64 x 10
    xwin    x0, 0, 64, 0, 10
    xcfg    x0, bit_serial, 8, 1, 1, 0, 0
    li      r1, 0                         # buffer: h
    li      r2, 64                        # buffer: y
    li      r3, 8192                      # SRAM: y
.layer 1
    recv    r1, 0, 7, 64                  # h <- tile 0, tag 7
    mvm     x0, r1, r2, 0
    st      r3, r2, sram, 10
.layer -
    halt
