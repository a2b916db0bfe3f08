# Subscripts with objects that have __int__ but no __index__: each container's own message.
class HasInt:
    def __int__(self): return 7
for s in ["[1,2][HasInt()]", "(1,2)[HasInt()]", "'ab'[HasInt()]", "b'ab'[HasInt()]", "range(3)[HasInt()]", "bytearray(b'ab')[HasInt()]", "memoryview(b'a')[HasInt()]", "[1,2][HasInt():]"]:
    try:
        eval(s)
    except Exception as e:
        print(s, type(e).__name__, e)
def st(o):
    try:
        o[HasInt()] = 1
    except Exception as e:
        print(type(e).__name__, e)
    try:
        del o[HasInt()]
    except Exception as e:
        print(type(e).__name__, e)
st([1]); st(bytearray(b'a'))
