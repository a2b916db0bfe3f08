import _circ_d
X = "x from c"
