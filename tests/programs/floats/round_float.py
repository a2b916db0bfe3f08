# round() of floats: half to even on the exact binary value
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.675, 1.005, 0.125, 0.375):
    print(v, round(v), round(v, 2), round(v, 1))
print(round(1234.5678, -2), round(1234.5678, 0), round(1234.5678, 3), round(-1234.5678, -1))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__, type(round(2.5, None)).__name__)
print(round(1e300, 2), round(123.456, 20), round(5e-324, 400) if False else round(0.1, 30))
print(round(-0.4), round(-0.0, 1), round(0.0))
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(round(float("inf"), 2), round(float("nan"), 1))
# round(x) without digits at the 64-bit boundary and beyond, halves of both parities
for v in (2.0**63, -2.0**63, 2.0**63 - 1024, -(2.0**63) + 1024, 2.0**64, 1e300, -1e300,
          4503599627370495.5, -4503599627370496.5, 0.5, 1.5, -2.5, 0.49999999999999994):
    r = round(v)
    print(r, type(r).__name__)
