# SyntaxError fields of compile() in its three modes: the text's newline, None for the compiler's
# own errors (no file to read the line from), offsets of tokenizer and parser errors.
srcs = ["x = (1,\n", "def f(:\n    pass", "x = 1 +\n", "x = 1 +", "if True\n    pass\n", "a b", "a b\n", "f(**k, *a)\n", "x = [1, 2\ny = 3\n", "print 'x'\n", "print 'x'", "  x = 1\n", "x = 1\n  y = 2\n", "for x in range(3):\npass\n", "'abc\n", '"""abc\n', "x = 08\n", "x = 1_\n", "def f():\n    return\n  x\n", "x := 1\n", "f(x for x in y, 1)\n", "del f()\n", "a, b += 1\n", "lambda: (yield)\n", "class C:\n    return 1\n", "x = {1: 2, 3}\n", "import a.b as\n", "from x import (a, b\n", "1 = x\n", "f() = 1\n", "x = yield = 1\n", "\tif x:\n        pass\n", "x = (\n", "x = )\n", "é = 1 ?\n", "x = 'a' 'b' f'{'\n", "f'{x!z}'\n", "nonlocal x\n", "def f(a, a): pass\n", "def f(a=1, b): pass\n", "x = 1 if 2\n", "match x:\n    case 1 + 1:\n        pass\n", "async def f():\n    yield from x\n", "with (a as b, c as d:\n    pass\n", "x = 1; ; y = 2\n", "return\n", "break\n", "x = [i for i in range(3) if]\n", "True = 1\n", "__debug__ = 1\n", "f(a=1, a=2)\n", "x = 0b102\n", "x = 1e\n", "x = 5 6\n", "if x = 1:\n    pass\n", "a.b.c = d = 1 +\n"]
for mode in ("exec", "eval", "single"):
    for s in srcs:
        if mode != "exec" and s in ("print 'x'", "print 'x'\n", "x = 1 +", "x = 1\n  y = 2\n"):
            continue
        try:
            compile(s, "<test>", mode)
            print(mode, repr(s), "compiled")
        except SyntaxError as e:
            print(mode, repr(s), type(e).__name__, repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
