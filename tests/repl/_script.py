def half(n):
    return n / 2


def fails(n):
    return 10 / n


value = half(7)
print("script ran", value)
