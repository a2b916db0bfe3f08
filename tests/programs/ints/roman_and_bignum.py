# Roman numerals, digit sums of big numbers, base conversions and number words.
ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
         (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def to_roman(n):
    if not 0 < n < 4000:
        raise ValueError(f"{n} is out of range for roman numerals")
    out = []
    for v, s in ROMAN:
        q, n = divmod(n, v)
        out.append(s * q)
    return "".join(out)


def from_roman(s):
    vals = dict((sym, v) for v, sym in ROMAN if len(sym) == 1)
    total = 0
    for a, b in zip(s, s[1:] + " "):
        v = vals[a]
        total += -v if b != " " and vals[b] > v else v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(f"{n:>5} {r:<12} {from_roman(r)}")
for bad in [0, 4000, -5]:
    try:
        to_roman(bad)
    except ValueError as e:
        print(e)
f = 1
for i in range(1, 101):
    f *= i
print(sum(map(int, str(f))), len(str(f)), str(f)[:20], str(f).rstrip("0")[-10:], len(str(f)) - len(str(f).rstrip("0")))
print(sum(int(d) for d in str(2 ** 1000)), 2 ** 1000 % 10 ** 12, (2 ** 1000).bit_length(), len(hex(2 ** 1000)))


def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))


for n in [0, 255, -255, 10 ** 20, 2 ** 64 - 1]:
    print(n, [to_base(n, b) for b in (2, 8, 16, 36)], [int(to_base(n, b), b) == n for b in (2, 7, 36)])
ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def words(n):
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    for unit, name in ((10 ** 9, "billion"), (10 ** 6, "million"), (1000, "thousand")):
        if n >= unit:
            rest = n % unit
            return words(n // unit) + " " + name + ((", " if rest >= 100 else " and ") + words(rest) if rest else "")


for n in [0, 13, 21, 100, 342, 1000, 1001, 123456, 1000000, 2147483647]:
    print(f"{n:,}: {words(n)}")
print(sum(len(words(i).replace(" ", "").replace("-", "")) for i in range(1, 1001)))
fib = [0, 1]
while len(str(fib[-1])) < 100:
    fib.append(fib[-1] + fib[-2])
print(len(fib) - 1, fib[-1] % 1000000007, f"{fib[-1]:.5e}", float(fib[-1]), fib[-1] / fib[-2])
print(int("1" * 50) * int("9" * 50), (10 ** 50 - 1) // 7, -(10 ** 30) // 7, (10 ** 30) % -7, pow(3, 10 ** 10, 10 ** 9 + 9))
