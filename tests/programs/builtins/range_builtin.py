# range() as a builtin: argument forms and errors
print(list(range(4)), list(range(2, 6)), list(range(6, 2, -1)), list(range(0, 10, 4)), list(range(-2)))
print(range(3) == range(0, 3, 1), len(range(0, 100, 7)), range(10)[-1], 5 in range(10))
for args in ((), (1, 2, 3, 4), (1.0,), ("1",), (1, 2, 0)):
    try:
        range(*args)
    except (TypeError, ValueError) as e:
        print(args, type(e).__name__ + ":", e)
