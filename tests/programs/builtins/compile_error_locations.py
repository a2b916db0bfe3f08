# Where compile()'s SyntaxErrors point for errors at the end of a string (CPython's string
# tokenizer stands after the last line), legacy print in eval mode, and single mode's
# "multiple statements" whatever follows the first simple statement.


def t(src, mode):
    try:
        compile(src, "<s>", mode)
        print(repr(src), mode, "ok")
    except SyntaxError as e:
        print(repr(src), mode, type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno,
              e.end_offset, repr(e.text))


t("try:\n pass\n", "exec")
t("try:\n    pass\n", "exec")
t("try:\n    pass", "exec")
t("try:\n    pass\n\n", "exec")
t("try:\n    x = 'é'\n", "exec")
t("try:\n    pass\nx = 1\n", "exec")
t("print 'x'", "eval")
t("print 'x'", "exec")
t("exec 'x'", "eval")
t("print", "eval")
t("print -1", "eval")
t("x = 1 +", "exec")
t("x = 1\n  y = 2\n", "single")
t("x = 1\ny = 2\n", "single")
t("x = 1\n)\n", "single")
t("if x:\n    y = 1\n  z = 2\n", "single")
t("if x:\n    y = 1\nz = 2\n", "single")
t("x = 1; y = 2\n", "single")
t("while x:\n", "exec")
t("while x:", "exec")
t("def f():\n", "exec")
t("class C:\n    def f(self):\n", "exec")
t("if x:\n    pass\nelse:\n", "exec")
t("for x in y:\n    pass\nelse", "exec")
for src in ["while x:\n", "try:\n    pass\n", "def f():\n"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(repr(src), "exec()", e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
