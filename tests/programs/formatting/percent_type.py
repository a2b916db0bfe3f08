# the % presentation type
for v in (0, 0.5, 1, 0.123456, -0.0125, 2.5, float("inf")):
    print(format(v, "%"), format(v, ".0%"), format(v, ".1%"), format(v, "+08.2%"))
print(f"{1 / 3:.2%}", f"{0.999:.0%}", f"{0.995:.1%}")
