# A bank of unit conversions printed with many format specs.
conversions = [
    ("inch", "cm", 2.54),
    ("mile", "km", 1.609344),
    ("pound", "kg", 0.45359237),
    ("gallon", "l", 3.785411784),
    ("ounce", "g", 28.349523125),
    ("lightyear", "m", 9.4607304725808e15),
    ("angstrom", "m", 1e-10),
    ("acre", "m2", 4046.8564224),
]
values = [0, 1, 2.5, 1000, 1e-3, 123456.789]
for src, dst, factor in conversions:
    for v in values:
        r = v * factor
        print(f"{v:>10g} {src:<9} = {r:<12.3g}|{r:e}|{r:.2E}|{r:12.4f}|{dst}")
    print(f"  factor {factor!r} {factor!s:>20} {factor:.17g} {factor:.0e} {factor:#.0f}")

for w in range(4, 13, 4):
    for p in range(0, 5, 2):
        x = 3.14159265358979
        print(f"[{x:{w}.{p}f}] [{x:>{w}.{p}e}] [{x:^{w}.{p}g}] [{-x:0={w}.{p}f}] [{x:+{w}.{p}%}]")

ratios = [0.5, 0.125, 1/3, 2/3, 1.0, 0.0, 1.5, 0.0005, -0.25]
for r in ratios:
    print(f"{r:%} {r:.0%} {r:.1%} {r:8.2%} {r:<8.2%}| {r:_>10.3%}")

for x in [1e-5, 1e-4, 0.0001234, 123456, 1234567, 1e16, 1.5e300, float('inf'), -float('inf'), float('nan'), -0.0]:
    print(f"{x:g} {x:.3g} {x:#.3g} {x:G} {x:.10g} {x:e} {x:12.3e} {x!r} {x:,.2f} {x:_.1f}")

# nested format specs with str.format
fmt = "{0:{fill}{align}{width}.{prec}f}"
for fill, align in [("*", "<"), ("-", ">"), (" ", "^"), ("0", "=")]:
    print(fmt.format(2 ** 0.5, fill=fill, align=align, width=12, prec=5))
print("{:{}{}}".format("x", ">", 5), "{:{}}".format(3.0, ".2f"))
print("{!r:>12}|{!s:<8}|{!a}".format("héllo", 12, "naïve"))
table = [("Celsius", 100.0), ("Fahrenheit", 212.0), ("Kelvin", 373.15)]
w = max(len(n) for n, _ in table)
for name, val in table:
    print(f"{name:.<{w + 3}}{val:>9.2f}")
print("%-10s|%10.3f|%+.2e|%x|%o|%%" % ("abc", 1.23456, 12345.678, 255, 8))
print("%*d|%-*d|%.*f|%*.*f" % (6, 42, 6, 42, 2, 3.14159, 10, 3, 2.71828))
print("%(name)s is %(age)03d years; %(ratio).1f%%" % {"name": "Ann", "age": 7, "ratio": 99.44})
print(format(1234567.891, ",.2f"), format(1234567, "_x"), format(-1234.5, "010,.1f"), format(0.1, ".30f"))
print(format(5, "#b"), format(5, "#o"), format(255, "#X"), format(-255, "#x"), format(65, "c"))
