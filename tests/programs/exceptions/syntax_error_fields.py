# The fields of SyntaxError raised by compile(): text (with or without its newline), line,
# offsets and the exception type, for errors of the parser and of the tokenizer.
sources = ["x = (", "a b", "'abc", "x = 1\ny = )", "def f():\nreturn", "\tx\n y",
           "f(**x, *y)", "1 +", "x = 1 if 2", "if x:\npass", "del f()", "a = 1 = 2",
           '"""abc', "x = $", "print 'x'", "for x in y:\n  pass\n else: pass",
           "x = [1,\n2", "lambda: (yield)", "f(x for x in y, 1)"]
for s in sources:
    try:
        compile(s, "<c>", "exec")
        print("compiled", repr(s))
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), repr(e.text), e.lineno, e.offset, e.end_lineno,
              e.end_offset, e.filename)
