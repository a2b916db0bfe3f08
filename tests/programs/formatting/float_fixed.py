# f and F presentation types
vals = [0.0, -0.0, 1.0, 3.14159265, -2.5, 0.125, 1e10, 1.5e-7, 123456789.987654321,
        float("inf"), float("-inf"), float("nan")]
for v in vals:
    print(format(v, "f"), format(v, ".2f"), format(v, ".0f"), format(v, "#.0f"), format(v, "F"),
          format(v, "+.3f"), format(v, "10.1f"), format(v, "<10.1f"), format(v, "010.2f"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(2.675, ".2f"))
print(format(1e300, ".2f")[:20], len(format(1e300, ".2f")))
print(format(0.1, ".30f"), format(1 / 3, ".17f"))
print(format(5, "f"), format(5, ".1F"), format(True, ".2f"))
