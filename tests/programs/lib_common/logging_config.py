# logging: basicConfig's arguments and errors, the module-level functions, exceptions,
# stack_info and stacklevel, filters, adapters, the last resort, captureWarnings, files
import logging
import os
import sys
import tempfile

logging.warning('last resort: %s only', 'message')
logging.getLogger('q').error('still last resort')
logging.getLogger('q').info('below WARNING: dropped')
print(logging.root.handlers)
logging.lastResort = None
logging.getLogger('q').error('no handlers')
logging.getLogger('q').error('warned once')
logging.lastResort = logging._defaultLastResort

logging.basicConfig(stream=sys.stdout, level=logging.INFO,
                    format='%(levelname)s:%(name)s:%(funcName)s:%(message)s')
print(len(logging.root.handlers), type(logging.root.handlers[0]).__name__,
      logging.root.handlers[0].stream is sys.stdout, logging.root.level)
logging.basicConfig(stream=sys.stderr, format='ignored: already configured')
logging.info('module %s', 'info')
logging.debug('not shown')
logging.log(logging.ERROR, 'module log')
logging.getLogger('app.sub').warning('propagated')
logging.basicConfig(stream=sys.stdout, style='{', format='{levelname}|{message}', force=True)
import io
saved, sys.stderr = sys.stderr, io.StringIO()
logging.warning('forced {}', 'x')
report, sys.stderr = sys.stderr.getvalue(), saved
lines = report.splitlines()
print(lines[0], lines[-3:])
logging.warning('forced %s', 'y')
logging.basicConfig(stream=sys.stdout, style='$', format='$levelname $message', force=True,
                    level='DEBUG')
logging.debug('dollar style')
for kw in [dict(stream=sys.stdout, filename='x'), dict(handlers=[], stream=sys.stdout),
           dict(style='?'), dict(foo=1, bar=2), dict(level='LOUDEST')]:
    try:
        logging.basicConfig(force=True, **kw)
        print('ok')
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('H %(message)s'))
h2 = logging.StreamHandler(sys.stdout)
logging.basicConfig(handlers=[h, h2], force=True, format='%(levelname)s - %(message)s')
logging.warning('two handlers')
logging.basicConfig(stream=sys.stderr, force=True, format='%(levelname)s %(message)s')

# exceptions (on stderr, where the expected output has no repository path)
def fail():
    return 1 / 0
try:
    fail()
except ZeroDivisionError:
    logging.exception('caught %d', 1)
    logging.error('with exc_info', exc_info=True)
    logging.warning('exc_info off', exc_info=False)
try:
    int('x')
except ValueError as e:
    err = e
logging.error('instance', exc_info=err)
logging.error('tuple', exc_info=(type(err), err, None))
logging.error('no exception active', exc_info=True)

def helper(msg):
    logging.getLogger('lvl').warning(msg, stacklevel=2)
def caller():
    helper('reported at the caller')
logging.basicConfig(stream=sys.stderr, force=True,
                    format='%(funcName)s:%(lineno)d %(message)s')
caller()
helper('top level')
logging.warning('deep stacklevel', stacklevel=50)
def stacky():
    logging.warning('with stack', stack_info=True)
stacky()

# filters
logging.basicConfig(stream=sys.stdout, force=True, format='%(name)s %(message)s')
flt = logging.Filter('a.b')
for name in ('a', 'a.b', 'a.b.c', 'a.bc', 'x'):
    print(name, bool(flt.filter(logging.makeLogRecord({'name': name}))))
print(logging.Filter().filter(logging.makeLogRecord({'name': 'any'})))
lg = logging.getLogger('f')
lg.addFilter(lambda r: 'secret' not in r.getMessage())
lg.warning('public')
lg.warning('secret stuff')
class Tag(logging.Filter):
    def filter(self, record):
        record.msg = '[tagged] ' + record.msg
        return True
t = Tag()
lg.addFilter(t)
lg.addFilter(t)
print(len(lg.filters))
lg.warning('message')
def replace(record):
    return logging.makeLogRecord({'name': 'replaced', 'msg': 'new', 'levelno': 30})
lg.addFilter(replace)
lg.warning('old')
lg.filters.clear()
root_h = logging.root.handlers[0]
root_h.addFilter(lambda r: r.levelno >= logging.ERROR)
lg.warning('filtered by the handler')
lg.error('passes the handler filter')
root_h.filters.clear()

# adapters
class Ctx(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return '[%s] %s' % (self.extra['conn'], msg), kwargs
ad = Ctx(logging.getLogger('net'), {'conn': 7})
ad.warning('opened %s', 'ok')
ad.info('below level')
print(ad.isEnabledFor(logging.WARNING), ad.getEffectiveLevel(), ad.hasHandlers())
logging.basicConfig(stream=sys.stdout, force=True, format='%(message)s %(who)s')
base = logging.LoggerAdapter(logging.getLogger('m'), {'who': 'base'})
base.warning('plain')
base.warning('kw', extra={'who': 'call'})
merged = logging.LoggerAdapter(logging.getLogger('m'), {'who': 'base', 'x': 1}, merge_extra=True)
merged.warning('merged', extra={'who': 'call'})

# warnings
logging.basicConfig(stream=sys.stderr, force=True, format='%(name)s %(levelname)s %(message)s')
import warnings
logging.captureWarnings(True)
warnings.warn('captured', UserWarning)
logging.captureWarnings(False)
print(warnings.showwarning.__module__)

# files
d = tempfile.mkdtemp()
path = os.path.join(d, 'out.log')
logging.basicConfig(filename=path, filemode='w', force=True, format='%(levelname)s %(message)s')
fh = logging.root.handlers[0]
print(type(fh).__name__, fh.baseFilename == path, fh.mode)
logging.warning('to the file %d', 1)
logging.error('second')
fh.close()
with open(path) as f:
    print(repr(f.read()))
fh2 = logging.FileHandler(path, delay=True)
print(fh2.stream)
lg2 = logging.getLogger('file2')
lg2.addHandler(fh2)
lg2.warning('appended')
fh2.close()
with open(path) as f:
    print(repr(f.read()))
print(repr(fh2).replace(d, 'DIR'))
os.remove(path)
os.rmdir(d)
logging.shutdown()
logging.basicConfig(stream=sys.stdout, force=True)
logging.getLogger('end').critical('BASIC_FORMAT')
h3 = logging.Handler()
try:
    h3.emit(None)
except NotImplementedError as e:
    print('NotImplementedError', e)
logging.getLogger('end').handlers.append(h3)
try:
    logging.getLogger('end').error('unhandled')
except NotImplementedError as e:
    print('NotImplementedError', e)
logging.getLogger('end').handlers.remove(h3)
logging.basicConfig(stream=sys.stdout, force=True, format='%(message)s')
