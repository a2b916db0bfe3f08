# b, o, x, X, c, d and n presentation types with #
for n in (0, 5, 255, -255, 4096, 2 ** 40):
    print(format(n, "b"), format(n, "#b"), format(n, "o"), format(n, "#o"),
          format(n, "x"), format(n, "#x"), format(n, "X"), format(n, "#X"), format(n, "n"))
print(format(65, "c"), format(0x1F600, "c"), format(97, "^5c"), format(10, "c") == "\n")
print(format(255, "#010x"), format(-255, "#010x"), format(5, "#08b"), format(5, "+#b"))
print(format(255, "08X"), format(255, "#<10o"), format(255, "#^12b"))
try:
    format(65, "+c")
except ValueError as e:
    print("ValueError:", e)
try:
    format(-1, "c")
except OverflowError as e:
    print("OverflowError:", e)
try:
    format(5, "s")
except ValueError as e:
    print("ValueError:", e)
