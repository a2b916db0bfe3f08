# errors raised by %-formatting
cases = [
    ("%d", "x"),
    ("%d %d", (1,)),
    ("%d", (1, 2)),
    ("%s %s", 5),
    ("%z", 1),
    ("%c", "ab"),
    ("%c", -1),
    ("%(a)s", (1,)),
    ("%(a)s", {}),
    ("%x", 1.5),
    ("%", ()),
    ("%*d", ("a", 1)),
    ("no args", (1,)),
]
for fmt, args in cases:
    try:
        print(fmt % args)
    except Exception as e:
        print(repr(fmt), type(e).__name__, e)
print("ok: %s" % {"a": 1}, "%s" % ({},))
