# Argument errors of bytes.fromhex, bytes.maketrans and hex()'s separator, for bytes,
# bytearray and memoryview.


def t(s):
    try:
        r = eval(s)
        print(s, "->", repr(r))
    except Exception as e:
        print(s, "!!", type(e).__name__, repr(str(e)))


for s in ["b''.fromhex()", "bytes.fromhex()", "bytes.fromhex(1)", "bytes.fromhex('a', 1)",
          "bytes.fromhex(string='00')", "bytes.fromhex('zz')", "bytes.fromhex('0')",
          "bytes.fromhex(' 01 0a ')", "bytearray.fromhex(1)", "bytearray.fromhex()",
          "bytearray.fromhex('ff 00')", "bytearray.fromhex('ff', x=1)",
          "bytes.maketrans()", "bytes.maketrans(b'a')", "bytes.maketrans(b'a', b'bc')",
          "bytes.maketrans(1, 2)", "bytes.maketrans(b'a', 2)", "bytes.maketrans('a', 'b')",
          "bytes.maketrans(b'a', b'b', b'c')", "bytes.maketrans(frm=b'a', to=b'b')",
          "bytearray.maketrans(1, 2)", "bytes.maketrans(b'ab', b'xy')[97:99]",
          "b'ab'.hex(None)", "b'ab'.hex(1)", "b'ab'.hex('')", "b'ab'.hex('::')",
          "b'ab'.hex(':', 'x')", "b'ab'.hex(':', 1, 2)", "bytearray(b'ab').hex(None)",
          "b'ab'.hex(sep=None)", "b'abc'.hex('\u00e9')", "b'abc'.hex(b'\\xe9')",
          "b'abc'.hex([1])", "b'abc'.hex(b'-')", "b'abcde'.hex(':', 2)",
          "b'abcde'.hex(sep=':', bytes_per_sep=-2)", "b'abc'.hex(bytes_per_sep=2)",
          "b'abc'.hex(sepp=':')", "memoryview(b'ab').hex(None)", "memoryview(b'ab').hex('.')",
          "bytearray(b'abc').hex(bytearray(b'|'))"]:
    t(s)
