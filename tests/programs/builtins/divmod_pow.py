# divmod and pow, including the three-argument form
print(divmod(7, 3), divmod(-7, 3), divmod(7, -3), divmod(7.5, 2), divmod(-7.5, 2), divmod(10 ** 20, 7))
print(pow(2, 10), pow(2, -2), pow(2.0, 3), pow(-8, 1 / 3) if False else pow(9, 0.5), pow(0, 0), pow(2, 100))
print(pow(3, 4, 5), pow(7, -1, 40), pow(10, 100, 97), pow(-2, 3, 5), pow(2, 0, 1), pow(5, 3, -7))
for args in ((2, 3, 0), (2, -1, 4), (2.0, 3, 5), (2, 3.0, 5)):
    try:
        pow(*args)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__ + ":", e)
print(pow(base=2, exp=5), pow(2, exp=3, mod=5))
