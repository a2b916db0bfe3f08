# thousands separators: , and _
for n in (0, 999, 1000, 12345, 1234567, -1234567890, 10 ** 20):
    print(format(n, ","), format(n, "_"), format(n, "_x"), format(n, "_b") if n < 10 ** 6 else "")
print(format(1234567.891, ","), format(1234567.891, ",.2f"), format(-0.5, ","))
print(format(1234567.891, "_.1f"), format(1e20, ",.0f"), format(12345.6789, ",e"))
print(format(1234, "010,"), format(1234, "011,"), format(1234567, "012,"), format(1234, "0=10_"))
print(format(123456789, "_o"), format(0xDEADBEEF, "#_X"))
print(f"{1000000:,}", f"{1000000:_}", f"{-1234.5:,.3f}")
try:
    format(1000, ",_")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1000, ",x")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1000, ",c")
except ValueError as e:
    print("ValueError:", e)
