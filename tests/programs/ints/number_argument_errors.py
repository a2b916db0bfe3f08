# Wrong arguments to int/float/complex constructors and methods, pow, divmod, round and the operators: CPython's messages.
def t(src):
    try:
        r = eval(src, globals())
        print(src, "->", repr(r))
    except Exception as e:
        print(src, "!!", type(e).__name__, e)
for s in ["(5).to_bytes()", "(5).to_bytes(2, 'big', True)", "(5).to_bytes(length=2, byteorder='little', signed=True)", "(5).to_bytes(2, byteorder='x')", "int.from_bytes()", "int.from_bytes(b'\\x01', 'big', True)", "int.from_bytes(1)", "int.from_bytes('ab')", "(5).bit_length(1)", "(5).as_integer_ratio(1)", "(5).__round__(1, 2)", "(5).__round__('a')", "(5).conjugate(1)", "(1.5).hex(1)", "float.fromhex(1)", "float.fromhex()", "(1.5).is_integer(1)", "(1.5).__round__(1, 2)", "(1.5).__round__('a')", "round(1.5, 'a')", "round(1.5, 1.0)", "round('a')", "round(None)", "int(1, 2)", "int('1', 2.0)", "int('1', base='2')", "int('1', 1)", "int('1', 37)", "int('1', -1)", "int(x='1')", "int(base=2)", "float(1, 2)", "float(None)", "float([])", "float('')", "complex('1', 2)", "complex(1, '2')", "complex([])", "complex(None)", "bool(x=1)", "divmod(1, 'a')", "divmod('a', 1)", "pow(1, 2, 3.0)", "pow(1.0, 2, 3)", "pow('a', 2)", "pow(2, 'a')", "pow(0, -1, 5)", "pow(2, 3, -5)", "pow(2, -3, -5)", "pow(3, -1, 1)", "abs('a')", "1 + 'a'", "1.0 * 'a'", "'a' * 1.0", "[] * 1.0", "1 // 'a'", "1 << 1.0", "1.0 << 1", "1 & 1.0", "~1.0", "-'a'", "1 < 'a'", "1.0 >= None", "(1j) < 1", "1 == 'a'", "hex(1.0)", "oct('8')", "bin(None)", "chr(1.0)", "chr('a')", "ord(1)", "int.__add__(1, 1.0)", "float.__add__(1.0, 1)", "int.__truediv__(1, 0)", "float.__floordiv__(1.0, 0.0)", "(1).__pow__(2, 3)", "int.real.__get__(5)", "int.__new__(int, '5')", "int.__new__(float, 1)", "float.__new__(int)", "object.__new__(int)"]:
    t(s)
