# The argument checks of __format__ called directly on built-in values and of format().


def t(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as e:
        print(s, "!!", type(e).__name__, repr(str(e)))
for s in ["(1).__format__(1)", "(1.5).__format__(1)", "'a'.__format__(1)", "(1j).__format__(1)", "object().__format__(1)", "[].__format__(1)", "b''.__format__(1)", "True.__format__(1)", "format(1, 1)", "format(1.5, None)", "(1).__format__()", "'a'.__format__()", "object().__format__()", "object().__format__('x')", "[].__format__('x')", "(1).__format__('x')"]:
    t(s)


class P:
    def __repr__(self):
        return "P()"


t("P().__format__(1)")
t("P().__format__('')")
t("format(P(), '')")
t("format(P(), 'x')")
