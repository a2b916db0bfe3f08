# ranges with big bounds and huge lengths
r = range(10 ** 20)
print(r[-1], r[10 ** 19], 10 ** 19 in r, r.index(5), r[::10 ** 19])
big = range(0, 2 ** 70, 2 ** 60)
print(len(big), big[3], big[-1] == 2 ** 70 - 2 ** 60)
try:
    len(range(2 ** 64))
except OverflowError as e:
    print("OverflowError:", e)
print(range(2 ** 64)[-1], range(-(10 ** 20), 0)[5], list(range(2 ** 63 - 2, 2 ** 63 + 2)))
