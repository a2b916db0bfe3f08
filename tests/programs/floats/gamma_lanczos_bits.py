# math.gamma and math.lgamma bit for bit: CPython computes them with its own Lanczos sum, not libm.
import math
vals = [0.5, 1.5, 2.5, 3.3, 4.9, 5.0001, 5.5, 7.25, 10.1, 23.5, 24.0, 30.0, 50.5, 100.0, 139.9, 140.5, 171.5, 171.7, 199.9, 250.0, 1e-5, 1e-21, -1e-21, -0.5, -1.5, -2.5, -10.3, -100.7, -150.2, -170.5, -180.9, -199.99, -200.5, -1000.5, 1e300, 3.0, 1.0, 2.0, -0.0001, 0.999999, 1.0000001]
for i in range(1, 200):
    vals.append(i * 0.37 - 20)
for v in vals:
    out = []
    for f in (math.gamma, math.lgamma):
        try:
            out.append(repr(f(v)))
        except (ValueError, OverflowError) as e:
            out.append(type(e).__name__ + ":" + str(e))
    print(v, *out)
for v in [0.0, -0.0, -1.0, -2.0, float('inf'), float('-inf'), float('nan')]:
    for f in (math.gamma, math.lgamma):
        try:
            print(v, f.__name__, f(v))
        except (ValueError, OverflowError) as e:
            print(v, f.__name__, type(e).__name__, e)
