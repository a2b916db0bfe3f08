# e, E presentation types
vals = [0.0, 1.0, -1.0, 12345.678, 0.000123, 1e100, 5e-324, float("inf"), float("nan")]
for v in vals:
    print(format(v, "e"), format(v, ".2e"), format(v, "E"), format(v, ".0e"), format(v, "#.0e"),
          format(v, "+.1e"), format(v, "12.3e"))
print(format(123, "e"), format(-5, ".3E"), format(9.9999, ".2e"), format(9.5, ".0e"))
