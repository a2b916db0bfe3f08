# os: constants, environment, fspath and the other functions scripts use
import os

print(os.name, os.sep, repr(os.linesep), os.pathsep, os.curdir, os.pardir, os.devnull, os.extsep)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
print(isinstance(os.getpid(), int), os.cpu_count() >= 1, len(os.urandom(16)), type(os.urandom(0)))
print(os.strerror(2), os.strerror(13), os.strerror(17))
print(os.path is os.path, 'os.path' in __import__('sys').modules)

os.environ['PYJIT_TEST_VAR'] = 'value'
print(os.environ['PYJIT_TEST_VAR'], os.getenv('PYJIT_TEST_VAR'), 'PYJIT_TEST_VAR' in os.environ)
print(os.getenv('PYJIT_NO_SUCH_VAR'), os.getenv('PYJIT_NO_SUCH_VAR', 'dflt'), os.environ.get('PYJIT_NO_SUCH_VAR', 1))
print(os.path.expandvars('$PYJIT_TEST_VAR/${PYJIT_TEST_VAR}'))
print(os.environ.setdefault('PYJIT_TEST_VAR', 'other'), os.environ.pop('PYJIT_TEST_VAR'), os.environ.pop('PYJIT_TEST_VAR', None))
try:
    os.environ['PYJIT_NO_SUCH_VAR']
except KeyError as e:
    print('KeyError', e)
for bad in [lambda: os.environ.__setitem__('K', 1), lambda: os.environ.__setitem__(1, 'v')]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
os.environ.update({'PYJIT_A': '1'}, PYJIT_B='2')
print(os.environ['PYJIT_A'], os.environ['PYJIT_B'], isinstance(os.environ.copy(), dict), len(os.environ) > 2)
del os.environ['PYJIT_A']
print('PYJIT_A' in os.environ, 'PYJIT_A' in dict(os.environ))

class P:
    def __fspath__(self):
        return 'some/where'
print(os.fspath('x'), os.fspath(b'y'), os.fspath(P()), isinstance(P(), os.PathLike), isinstance('x', os.PathLike))
print(os.path.join(P(), 'z'), os.path.basename(P()))
for bad in (1, None, [1]):
    try:
        os.fspath(bad)
    except TypeError as e:
        print('TypeError', e)
class Bad:
    def __fspath__(self):
        return 1
try:
    os.fspath(Bad())
except TypeError as e:
    print('TypeError', e)
try:
    os.get_terminal_size()  # the output is a pipe or a file here
except OSError as e:
    print(type(e).__name__, e)
print(os.terminal_size((80, 24)), os.terminal_size((100, 30)).columns)
print(os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
print(os.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)).st_size)
print(issubclass(os.error, OSError), os.error is OSError)
