# sys: the attributes and functions scripts use beyond argv and exit
import sys

print(type(sys.executable).__name__, isinstance(sys.prefix, str), sys.prefix == sys.base_prefix)
print(sys.platform, sys.maxunicode, sys.byteorder, sys.maxsize == 2**63 - 1)
print(sys.getdefaultencoding(), sys.getfilesystemencoding(), sys.getfilesystemencodeerrors())
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info.width, sys.hash_info.modulus, sys.hash_info.inf)
print(sys.flags.optimize, sys.flags.dont_write_bytecode in (0, 1), sys.flags.int_max_str_digits)
print(type(sys.orig_argv).__name__, type(sys.argv).__name__, len(sys.argv))
print(sys.dont_write_bytecode in (True, False), sys.warnoptions, sys.abiflags == '', sys.pycache_prefix)
print(sys.intern('abc') == 'abc', sys.getrecursionlimit())
for bad in (1, b'x'):
    try:
        sys.intern(bad)
    except TypeError as e:
        print('TypeError:', e)

# getsizeof: an estimate on pyjit, but always a positive int; __sizeof__ is honoured
print(all(isinstance(sys.getsizeof(x), int) and sys.getsizeof(x) > 0
          for x in (0, 2**100, 1.5, 'abc', b'', [], (), {}, set(), None, object())))
class Sized:
    def __sizeof__(self):
        return 1000
print(sys.getsizeof(Sized()) >= 1000)

# exc_info and exception
print(sys.exc_info(), sys.exception())
try:
    raise KeyError('k')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, repr(sys.exception()))
print(sys.exc_info()[0])

# the int string limit
try:
    int('1' * 5000)
except ValueError as e:
    print(str(e)[:60])
print(sys.get_int_max_str_digits())
sys.set_int_max_str_digits(6000)
print(len(str(int('7' * 5000))))
sys.set_int_max_str_digits(4300)
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print('ValueError:', e)

# settrace / setprofile are accepted and reported back
def tracer(frame, event, arg):
    return None
print(sys.gettrace())
sys.settrace(tracer)
print(sys.gettrace() is tracer)
sys.settrace(None)
print(sys.gettrace(), sys.getprofile())

# frames
def outer():
    return inner()
def inner():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name
print(outer())
print(sys._getframe().f_globals is globals(), sys._getframe().f_lineno)

# stdout and stderr reassigned: print and tracebacks follow them
class Collect:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def flush(self):
        pass
out = Collect()
saved = sys.stdout
sys.stdout = out
print('captured', 42)
sys.stdout.write('direct\n')
sys.stdout = saved
print(out.parts)
err = Collect()
sys.stderr = err
try:
    1 / 0
except ZeroDivisionError:
    sys.excepthook(*sys.exc_info())
sys.stderr = sys.__stderr__
text = ''.join(err.parts)
print(text.startswith('Traceback (most recent call last):'), text.splitlines()[-1])
print(sys.displayhook is sys.__displayhook__, sys.excepthook is sys.__excepthook__)
print(sys.call_tracing(pow, (2, 10)))
