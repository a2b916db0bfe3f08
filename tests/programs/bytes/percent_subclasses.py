# bytes and str %-formatting with mapping subclasses and reflected __rmod__ of bytes subclasses.
class D(dict): pass
class L(list): pass
class B(bytes):
    def __rmod__(self, o): return "Brmod"
print(b"%(a)s" % D({b"a": b"x"}))
print(b"%s" % L([1]) if False else b"%d" % 5)
print(b"%s" % B(b"q"))
print(bytearray(b"%s") % B(b"q"))
print("%s" % L([1]), "%r" % (D(),))
