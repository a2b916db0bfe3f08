# g, G and no presentation type
vals = [0.0, -0.0, 1.0, 10.0, 123456.0, 1234567.0, 0.0001, 0.00001, 1e16, 1e-7,
        3.141592653589793, 100.0, 1.5e300, float("inf"), float("nan"), 2.5, 1 / 3]
for v in vals:
    print(repr(v), format(v, ""), format(v, "g"), format(v, "G"), format(v, ".3g"),
          format(v, "#g"), format(v, ".1g"), format(v, ".10"), format(v, "#.3"), format(v, "n"))
print(format(123.456, ".0g"), format(0.000012345, "g"), format(1234.5, ".2"), format(100, "g"))
print(format(1e22, ""), format(1e16, ".17"), format(1.0, "#"), format(5.0, ".0"))
print(format(1e-5, "15"), format(1e-5, "<15"), format(1e-5, "015"))
