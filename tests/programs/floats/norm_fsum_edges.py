# hypot/dist over subnormal, tiny, huge and ordinary values (bits), fsum's rounding, ties and errors
import math
vals = [5e-324, 1e-320, 3e-310, 2.2e-308, 1e-300, 1.0, 3.0, 4.0, 1e300, 1e308, 0.1, 0.7]
out = []
for a in vals:
    for b in vals:
        out.append(math.hypot(a, b).hex())
        out.append(math.dist((a, b, 0.3), (b * 0.5, -a, 0.1)).hex())
        out.append(math.hypot(a, b, a * 0.25, 1e-310).hex())
print(len(out)); print(out)
for xs in ([0.1]*10, [1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50], [1.0, 1e-16, 1e-16], [2.0**53, 1.0, 2.0**-60], [float('inf'), 1.0], [-0.0, -0.0], []):
    print(math.fsum(xs).hex())
for bad in ([1e308, 1e308, -1e308], [float('inf'), float('-inf')], [float('nan'), 1.0]):
    try: print(math.fsum(bad))
    except Exception as e: print(type(e).__name__, e)
