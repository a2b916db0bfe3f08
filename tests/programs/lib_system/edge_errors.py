# the system modules given wrong types and impossible values: CPython's exception types and messages
import os, io, time, datetime, pathlib, warnings, traceback, argparse, sys
tests = [
 lambda: os.stat(None), lambda: os.mkdir(''), lambda: os.remove(''),
 lambda: os.path.join(), lambda: os.path.exists(None) if False else os.path.exists(''),
 lambda: os.path.getsize('/nonexistent'), lambda: os.chdir(''), lambda: os.environ[1],
 lambda: os.path.splitext(1), lambda: os.makedirs(''), lambda: os.walk(1).__next__(),
 lambda: io.StringIO().read('x'), lambda: io.BytesIO().write(1), lambda: io.StringIO(b'x'),
 lambda: time.strftime(1), lambda: time.localtime(1e30), lambda: time.gmtime(None)[0] > 2000,
 lambda: datetime.date(2020, 1), lambda: datetime.date(2020), lambda: datetime.datetime.fromisoformat(1), lambda: datetime.timezone(1),
 lambda: pathlib.Path('a') / None, lambda: pathlib.Path('a').read_text(), lambda: pathlib.Path(None),
 lambda: warnings.warn(1), lambda: warnings.warn('x', 'y'), lambda: traceback.format_exception(1),
 lambda: argparse.ArgumentParser().add_argument('x', required=True), lambda: argparse.ArgumentParser().add_argument('-x', action='nope'),
 lambda: os.fspath(pathlib.Path('q')), lambda: os.path.abspath(pathlib.Path('/x/../y')), lambda: os.path.basename(pathlib.PurePath('/a/b')),
 lambda: sys.getsizeof(), lambda: sys.settrace(), lambda: time.sleep(), lambda: os.urandom(-1), lambda: os.strerror('x'),
]
for t in tests:
    try:
        r = t()
        print('ok', repr(r)[:60])
    except Exception as e:
        print(type(e).__name__, str(e)[:100])
