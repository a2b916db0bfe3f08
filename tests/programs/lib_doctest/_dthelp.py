"""Helpers of the lib_doctest programs: run something that prints doctest reports and show
its output without what depends on the machine (the programs' directory, doctest's own
frame in tracebacks of unexpected exceptions, whose file and line are the library's)."""
import io
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def clean(text):
    kept = []
    lines = text.split('\n')
    i = 0
    while i < len(lines):
        line = lines[i]
        body = line.lstrip()
        if body.startswith('File "') and 'doctest.py"' in body:
            depth = len(line) - len(body)
            i += 1
            while i < len(lines) and len(lines[i]) - len(lines[i].lstrip()) > depth:
                i += 1
            continue
        kept.append(line.replace(HERE, '<dir>'))
        i += 1
    return '\n'.join(kept)


def capture(fn, *args, **kwargs):
    """Calls fn with stdout captured, prints the cleaned output, returns fn's result."""
    saved = sys.stdout
    sys.stdout = buffer = io.StringIO()
    try:
        result = fn(*args, **kwargs)
    finally:
        sys.stdout = saved
    print(clean(buffer.getvalue()), end='')
    return result
