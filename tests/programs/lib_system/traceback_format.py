# traceback: formatting exceptions and stacks as the interpreter prints them
import sys
import traceback


def inner(x):
    return 10 // x


def outer(x):
    return inner(x) + 1


try:
    outer(0)
except ZeroDivisionError as e:
    exc = e
    text = traceback.format_exc()

print(text.replace(__file__, 'FILE'), end='')
for chunk in traceback.format_exception(exc):
    print(repr(chunk.replace(__file__, 'FILE')))
print(traceback.format_exception_only(exc))
print(traceback.format_exception_only(ValueError, ValueError('bad')))
print(traceback.format_exception(None))
summary = traceback.extract_tb(exc.__traceback__)
print(len(summary), [(f.name, f.lineno, f.line) for f in summary])
print([repr(f).replace(__file__, 'FILE') for f in summary])
print(summary[1].filename == __file__, tuple(summary[1])[1:], summary[1] == (__file__, 7, 'inner', 'return 10 // x'))
for chunk in traceback.format_tb(exc.__traceback__):
    print(chunk.replace(__file__, 'FILE'), end='')
for chunk in traceback.format_list(summary):
    print(chunk.replace(__file__, 'FILE'), end='')
print(traceback.format_tb(exc.__traceback__, limit=1)[0].replace(__file__, 'FILE'), end='')

# chained exceptions
try:
    try:
        {}['missing']
    except KeyError as k:
        raise RuntimeError('while looking up') from k
except RuntimeError as e:
    print(traceback.format_exc().replace(__file__, 'FILE'), end='')
    print(''.join(traceback.format_exception(e, chain=False)).replace(__file__, 'FILE'), end='')

try:
    try:
        1 / 0
    except ZeroDivisionError:
        int('x')
except ValueError:
    lines = traceback.format_exc().replace(__file__, 'FILE')
    print(lines, end='')

# print_exc and print_exception go to sys.stderr or the file given
class Sink:
    def __init__(self):
        self.text = ''
    def write(self, s):
        self.text += s
sink = Sink()
try:
    [][1]
except IndexError as e:
    traceback.print_exc(file=sink)
    traceback.print_exception(e, file=sink)
    traceback.print_exception(type(e), e, e.__traceback__, file=sink)
print(sink.text.replace(__file__, 'FILE'), end='')

# TracebackException
te = traceback.TracebackException.from_exception(exc)
print(te.exc_type_str, str(te), list(te.format_exception_only()))
print(''.join(te.format()).replace(__file__, 'FILE'), end='')

# the stack
def show_stack():
    return [(f.name, f.line) for f in traceback.extract_stack()][-2:]
print(show_stack())
def nested():
    return [s.replace(__file__, 'FILE') for s in traceback.format_stack()][-1]
print(nested(), end='')
err = Sink()
saved = sys.stderr
sys.stderr = err
traceback.print_stack()
sys.stderr = saved
print(err.text.replace(__file__, 'FILE'), end='')
