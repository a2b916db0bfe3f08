# A sales report: str.format, f-strings and format specs as a user writes them.
sales = [
    ("North", "Widgets", 1234.5, 12),
    ("South", "Gadgets", 98765.4321, 3),
    ("East", "Doohickeys", 0.5, 1000),
    ("West", "Thingamajigs", -42.125, 7),
    ("Central", "Sprockets", 1e6, 0),
]
header = "{:<10}|{:^14}|{:>14}|{:>6}".format("Region", "Product", "Revenue", "Qty")
print(header)
print("-" * len(header))
total = 0.0
for region, product, revenue, qty in sales:
    total += revenue
    print(f"{region:<10}|{product:^14.12}|{revenue:>14,.2f}|{qty:>6d}")
print("=" * len(header))
print(f"{'TOTAL':<10}|{'':^14}|{total:>14,.2f}|{sum(s[3] for s in sales):>6}")
print(f"{'avg':>10}: {total / len(sales):_.3f}")
for r, p, rev, q in sales:
    share = rev / total
    print(f"{r:.<12}{share:>8.2%} {share:+.3e} {q:#06x} {q:#o} {q:b}")
print("{0:*^20}".format(" done "))
print("{name!r:>12} {name!s:<8}|".format(name="x'y"))
print("{:=+10.2f}|{:=10d}|{:0=10d}".format(3.14159, -42, -42))
print("{:,}".format(1234567890), "{:_}".format(1234567890), "{:_x}".format(0xdeadbeef))
print("{:#_b}".format(255), "{:#X}".format(255), "{:#_o}".format(8**8))
print(f"{1234567.891:,.1f} {-0.0:.1f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
print(f"{12345.6789:g} {0.00001234:g} {1e20:g} {123456789.0:g} {1e-5:.3g}")
print(f"{'abc':5}|{123:5}|{1.5:5}|{True:5}|{None!s:5}|")
w, p = 12, 3
print(f"{3.14159265:{w}.{p}f}|{'left':<{w}}|")
print("%-10s|%5.1f|%05d|%x|%r" % ("name", 2.25, 42, 255, "q"))
print("%(a)s and %(b)05.2f" % {"a": "A", "b": 3.14159})
print("%c%c%c" % (72, "i", 33), "%%", "%+d" % 5, "% d" % 5)
print(format(1e16, ","), format(-1234.5, "_.2f"), format(10**20, ","))
