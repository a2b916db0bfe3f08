# Bad sub() templates and replacement values: CPython's exceptions and messages.
import re

p = re.compile(r"(?P<a>x)(y)")
for repl in [r"\3", r"\g<3>", r"\g<x>", r"\g<", r"\g", r"\g<>", r"\g<a", r"\g<1a>",
             r"\g<-1>", r"\q", "\\", r"\400", r"\g<a>\9", r"\g<4294967296>", r"\11",
             r"\08", r"\0777"]:
    try:
        print(repr(repl), "->", repr(p.sub(repl, "xy")))
    except re.error as e:
        print(repr(repl), "error:", e, "|", e.pos, repr(e.pattern))
    except IndexError as e:
        print(repr(repl), "IndexError:", e)
for repl in [3, None, b"x"]:
    try:
        print(p.sub(repl, "xy"))
    except TypeError as e:
        print(repr(repl), "TypeError:", e)
try:
    re.sub(b"a", "x", b"a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", lambda m: 1, "a")
except TypeError as e:
    print("TypeError:", e)
try:
    re.sub("a", lambda m: b"x", "ba")
except TypeError as e:
    print("TypeError:", e)
for call in [lambda: re.sub("a", "b", "a", 1, 0, 5), lambda: re.sub("a", "b", "a", 1, count=1),
             lambda: re.split("a", "a", 1, 0, 5), lambda: re.split("a", "b", 0, maxsplit=0),
             lambda: re.subn("a", "b", "a", 1, 0, 5, 6)]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
m = p.match("xy")
print(m.expand(r"\2\1\g<a>"))
m.expand(r"\g<zz>")
