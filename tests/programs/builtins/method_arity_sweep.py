# Every public method of the built-in types called with no, wrong and too many arguments and an
# unknown keyword: CPython's argument-checking messages (Argument Clinic, METH_O, METH_NOARGS).
def addr(s):
    i = s.find('0x')
    while i >= 0:
        j = i + 2
        while j < len(s) and s[j] in '0123456789abcdef':
            j += 1
        s = s[:i] + 'ADDR' + s[j:]
        i = s.find('0x', i + 4)
    return s
objs = {"str": "abc", "bytes": b"abc", "bytearray": bytearray(b"abc"), "list": [1, 2], "dict": {1: 2}, "set": {1}, "frozenset": frozenset({1}), "int": 5, "float": 1.5, "complex": 1j, "tuple": (1,), "range": range(3)}
# left out: where pyjit still differs (see docs/internals/conformance.md)
SKIP = {"fromhex", "maketrans", "hex", "decode"}
argsets = [(), (None,), (1, 2, 3, 4, 5), ("x",)]
for tname, o in objs.items():
    for name in sorted(dir(o)):
        if name.startswith("__") or name in SKIP or f"{tname}.{name}" in SKIP:
            continue
        m = getattr(o, name)
        if not callable(m):
            continue
        for args in argsets:
            for kw in ({}, {"zzz": 1}):
                try:
                    r = m(*args, **kw)
                    out = "ok " + type(r).__name__
                except Exception as e:
                    out = f"{type(e).__name__}: {e}"
                out = addr(out)
                print(f"{tname}.{name}{args}{kw} -> {out}")
