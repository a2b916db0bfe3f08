# Three-argument pow of floats and complex numbers through their special methods and pow().


def t(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as e:
        print(s, "!!", type(e).__name__, repr(str(e)))


for s in ["(2.0).__pow__(2, 3)", "(2.0).__rpow__(2, 3)", "(2.0).__pow__('a', 3)",
          "(2.0).__pow__(2, None)", "(2.0).__rpow__(3)", "(2).__pow__(2.0, 3)",
          "(2).__pow__(2, 3.0)", "(2).__pow__(5, 3)", "(2).__rpow__(5, 3)", "(2j).__pow__(2, 3)",
          "(2j).__rpow__(2, 3)", "(2j).__pow__('a', 3)", "(2j).__pow__(2, None)",
          "pow(2.0, 2, 3)", "pow(2, 2.0, 3)", "pow(2j, 2, 3)", "pow(2, 2, 3j)", "pow(7, 2, 5)",
          "pow(2.0, 3)", "pow(2j, 2)", "pow(2, 2, 'a')", "pow(2, 2.0, 3)", "pow(2, 2, 3.0)",
          "pow(2j, 2.0, 3)", "pow(2.0, 2, 3j)", "pow('a', 2, 3j)", "pow(True, 2, 3j)",
          "pow(2, 2j, 3)", "pow(True, False, 2)"]:
    t(s)
