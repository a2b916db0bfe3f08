total = 1 + \
        2 + \
        3   # comment after continuation
items = [
    1,  # one
    2,  # two
]  # trailing
def f(
    a,  # first
    b,
):
    return (a +
            b)
# comment at end without newline