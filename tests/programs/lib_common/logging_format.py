# logging: Formatter with the three styles, record attributes, defaults, validation errors
import logging
import sys

log = logging.getLogger('fmt')
log.propagate = False
log.setLevel(logging.DEBUG)
h = logging.StreamHandler(sys.stdout)
log.addHandler(h)

def use(fmt, style='%', **kw):
    h.setFormatter(logging.Formatter(fmt, style=style, **kw))

use('%(levelname)-8s %(name)s %(module)s %(filename)s %(funcName)s %(lineno)d: %(message)s')
log.info('plain')
def inner():
    log.warning('from %s', 'inner')
inner()
use('{levelname:>8} {name} {funcName} {message!r}', style='{')
log.error('braces %s', 'ok')
use('$levelname/$name/${message}', style='$')
log.critical('dollars')
use('%(levelno)d %(msg)s %(args)s %(message)s')
log.debug('n=%d m=%s', 5, [1, 2])
log.debug('mapping %(a)s %(b)s', {'a': 1, 'b': 2})
log.debug('no args % here')
log.debug(12345)
use('%(message)s %(custom)s', defaults={'custom': 'dflt'})
log.info('with default')
log.info('with extra', extra={'custom': 'given'})
try:
    log.info('bad extra', extra={'message': 'x'})
except KeyError as e:
    print('KeyError', e)
try:
    log.info('bad extra', extra={'name': 'x'})
except KeyError as e:
    print('KeyError', e)
use('%(message)s [%(user)s]')
log.info('user', extra={'user': 'ann'})

for fmt, style in [('%(message)', '%'), ('no fields', '%'), ('{message', '{'),
                   ('{}', '{'), ('plain', '{'), ('{message!z}', '{'), ('{message:zz}', '{'),
                   ('nothing', '$'), ('$ x', '$'), ('%(message)s', '#')]:
    try:
        logging.Formatter(fmt, style=style)
        print('ok', fmt)
    except ValueError as e:
        print('ValueError', e)
f = logging.Formatter('no fields', validate=False)
print(f._fmt)
print(logging.Formatter()._fmt, logging.Formatter(style='{')._fmt, logging.Formatter(style='$')._fmt)

rec = logging.LogRecord('nm', logging.INFO, '/x/y/mod.py', 42, 'hello %s', ('w',), None, func='fn')
print(rec.name, rec.levelno, rec.levelname, rec.pathname, rec.filename, rec.module, rec.lineno,
      rec.funcName, rec.getMessage(), rec.exc_info, rec.exc_text, rec.stack_info)
print(repr(rec))
print(rec.processName, rec.threadName, rec.taskName, type(rec.process).__name__, type(rec.created).__name__)
print(0 <= rec.msecs < 1000, rec.msecs == int(rec.msecs))
rec.created = 86400 * 365.25 * 30 + 0.1234
rec.msecs = 123.0
f = logging.Formatter('%(asctime)s %(message)s', datefmt='%Y/%m/%d')
f.converter = __import__('time').gmtime
print(f.format(rec))
f = logging.Formatter('%(asctime)s|%(message)s')
f.converter = __import__('time').gmtime
print(f.format(rec), f.usesTime(), logging.Formatter('{asctime}', style='{').usesTime(),
      logging.Formatter('$asctime', style='$').usesTime(), logging.Formatter().usesTime())
f.default_msec_format = None
print(f.formatTime(rec))
f.default_msec_format = '%s.%03d'
print(f.formatTime(rec), f.formatTime(rec, '%H'))
r2 = logging.makeLogRecord({'msg': 'made %s', 'args': (1,), 'levelno': 5})
print(r2.getMessage(), r2.levelno, r2.name, r2.levelname)
print(logging.Formatter('%(missing)s').format if False else '')
try:
    logging.Formatter('%(missing)s').format(rec)
except ValueError as e:
    print('ValueError', e)
bf = logging.BufferingFormatter(logging.Formatter('<%(message)s>'))
print(repr(bf.format([rec, r2])), repr(bf.format([])))

class Upper(logging.Formatter):
    def formatMessage(self, record):
        return super().formatMessage(record).upper()
h.setFormatter(Upper('%(levelname)s %(message)s'))
log.info('subclassed')
print(logging.BASIC_FORMAT)
