# 3.13's DeprecationWarning for count/maxsplit/flags passed by position to the module's
# sub, subn and split (shown once per line, at the caller's line), captured from
# sys.stderr.
import re
import sys


class Capture:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass


def captured(fn):
    saved = sys.stderr
    sys.stderr = cap = Capture()
    try:
        result = fn()
    finally:
        sys.stderr = saved
    text = "".join(cap.parts).replace(__file__, "<file>")
    print(repr(result), repr(text))


captured(lambda: re.sub("a", "b", "aaa", 1))
captured(lambda: re.subn("a", "b", "aaa", 2))
captured(lambda: re.split(",", "a,b,c", 1))
captured(lambda: re.sub("A", "b", "aaa", 0, re.I))
captured(lambda: re.split(",", "a,b,c", maxsplit=1))
captured(lambda: re.sub("a", "b", "aaa", count=1))
for i in range(2):
    captured(lambda: re.sub("a", "b", "aaa", 1))
