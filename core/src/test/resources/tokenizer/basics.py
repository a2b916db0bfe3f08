# comment line
import os, sys as system

def f(a, b=1, *args, c: int = 2, **kw) -> None:
    """Docstring."""
    if a and not b or c:
        return a + b - c * 2 / 3 // 4 % 5 @ m ** 2
    elif a is not b and a not in b:
        pass
    else:
        x = [1, 2,
             3]  # implicit joining
        y = {'k': (1,
                   2)}
        z = 1 + \
            2
    return x

class C(Base, metaclass=Meta):
    x: int = 0b1010 + 0o17 + 0xFF + 1_000 + 1.5e-3 + 2j + .5 + 5.
    a <<= 1; b >>= 2; c **= 3; d //= 4; e @= 5; f ^= 6; g |= 7; h &= 8
    lam = lambda x: x if x != 0 else -x
    walrus = (n := 10) >= 5 <= 3 > 1 < 2 == 2
    s = 'single' "double" '''triple
quoted''' r'raw\n' u'u'
    bs = b'bytes' Rb'x'
    ell = ...
    arrow = ~x
	
async def g():
    await h()
    async for i in j:
        async with k as l:
            yield from m
