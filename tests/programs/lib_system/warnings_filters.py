# warnings: warn, the default filters, the registry, filters and catch_warnings
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
sys.stderr = sink if len(sys.argv) < 2 else sys.stderr


def warn_here(msg, category=UserWarning):
    warnings.warn(msg, category, stacklevel=2)


for i in range(3):
    warnings.warn('plain')            # shown once for this line (the default action)
warn_here('from a helper')
warnings.warn('dep', DeprecationWarning)   # __main__: shown
warnings.warn('pending', PendingDeprecationWarning)  # ignored by default
warnings.warn(RuntimeWarning('an instance'))
print([f[0] for f in warnings.filters], [f[2].__name__ for f in warnings.filters])

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('always')
    for i in range(2):
        warnings.warn('again', UserWarning)
    warnings.warn('dep2', DeprecationWarning)
    print(len(log), [str(w.message) for w in log], [w.category.__name__ for w in log],
          [w.lineno for w in log], log[0].filename == __file__)
print(len(warnings.filters))

with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        warnings.warn('now an error')
    except UserWarning as e:
        print('raised', type(e).__name__, e)
    try:
        warnings.warn('runtime', RuntimeWarning)
    except RuntimeWarning as e:
        print('raised', e)

with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    warnings.warn('never shown')

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter('once')
    for i in range(3):
        warnings.warn('once only')
    warnings.warn('once only')
    print(len(log))

with warnings.catch_warnings(record=True) as log:
    warnings.filterwarnings('ignore', category=DeprecationWarning)
    warnings.simplefilter('always', UserWarning)
    warnings.warn('kept')
    warnings.warn('dropped', DeprecationWarning)
    print([str(w.message) for w in log])

print(warnings.formatwarning('msg', UserWarning, 'file.py', 12, 'x = 1'), end='')
print(repr(warnings.formatwarning('msg', FutureWarning, 'file.py', 3, '')))
warnings.showwarning('shown', SyntaxWarning, 'other.py', 5, file=sink, line='  code  ')

def my_show(message, category, filename, lineno, file=None, line=None):
    print('custom:', message, category.__name__, lineno)
warnings.showwarning = my_show
warnings.warn('through custom')
warnings.showwarning = warnings._showwarning_orig

for bad in [lambda: warnings.simplefilter('bogus'), lambda: warnings.warn('x', int)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

warnings.resetwarnings()
print(warnings.filters)
sys.stderr = sys.__stderr__
print(sink.text.replace(__file__, 'FILE'), end='')
