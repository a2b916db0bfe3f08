# TypeError unpacking a non-iterable
a, b = 5
