# unexpected keyword arguments of builtins, with CPython 3.13's "Did you mean" suggestions
for f in [lambda: "a".split(x=1), lambda: "a".split(sepp=1), lambda: sorted([], keys=1), lambda: sorted([], revers=True), lambda: "a".encode(encodng="x"), lambda: int("1", bas=2), lambda: print(1, sepp=""), lambda: "a".splitlines(keepend=True), lambda: compile("1", "f", "eval", flag=0), lambda: "a".replace("a", "b", coun=1)]:
    try:
        f()
    except TypeError as e:
        print(e)
