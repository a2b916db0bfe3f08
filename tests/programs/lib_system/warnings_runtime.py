# the interpreter's own warnings go through the warnings filters once warnings is imported
import sys
import warnings


class Sink:
    def __init__(self):
        self.text = ''
    def write(self, s):
        self.text += s
    def flush(self):
        pass


sink = Sink()
t = True
f = False
sys.stderr = sink if len(sys.argv) < 2 else sys.stderr
print(~t)                   # DeprecationWarning in __main__: shown by the default filter
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    print(~f)               # silenced
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    print(~t)
    print([(w.category.__name__, str(w.message)) for w in log])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        ~t
    except DeprecationWarning as e:
        print('error:', e)
    try:
        compile('"\\d"', '<s>', 'eval')
    except SyntaxError as e:
        print('SyntaxError:', e.msg)
with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    compile('"\\d"', '<s>', 'eval')
    print([(w.category.__name__, str(w.message), w.filename, w.lineno) for w in log])
sys.stderr = sys.__stderr__
print(sink.text.replace(__file__, 'FILE'), end='')
warnings.simplefilter('error')
print(~t)
