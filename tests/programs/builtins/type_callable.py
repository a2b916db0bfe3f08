# type() of values and callable()
for v in (1, 1.0, 1j, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), None, True, range(1),
          slice(1), len, print, lambda: 0, int, type, object(), iter([]), ..., NotImplemented):
    print(type(v).__name__, callable(v))
class K:
    def __call__(self):
        pass
    def m(self):
        pass
print(callable(K), callable(K()), callable(K().m), callable(K.m), type(K()).__name__, type(K).__name__)
