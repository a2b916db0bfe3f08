def f(:
    pass
z = "abc
