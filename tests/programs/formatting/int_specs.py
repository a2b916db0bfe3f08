# format specs for ints: fill, align, sign, width, zero padding
n = 42
for spec in ("", "d", "5", "<5", ">5", "^5", "^6", "*^7", "0>5", "05", "+", "-", " ",
             "+5", "=+6", "0=6", "x<8", "#>8", "010", "+010", "-010", " 010"):
    print(repr(spec), repr(format(n, spec)), repr(format(-n, spec)))
print(format(0, "+"), format(0, " "), format(-0, "05"))
print(f"{123:_^11}|{123:<1}|{123456:3}")
