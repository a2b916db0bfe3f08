# open() argument checks, missing files, closed files and unsupported operations
attempts = [
    ("no_such_file_here.txt",),
    ("no_such_dir/x.txt", "r"),
    (".",),
    (__file__, "rw"),
    (__file__, "rr"),
    (__file__, "rbt"),
    (__file__, "b"),
    (__file__, "+"),
    (__file__, "rU"),
    (__file__, "rb", -1, "utf-8"),
    (__file__, "rb", -1, None, "strict"),
    (__file__, "rb", -1, None, None, ""),
    (__file__, "r", -1, None, None, "x"),
    (__file__, "r", -1, "no-such-codec"),
    ([1],),
    (__file__, 5),
    ("",),
    (__file__, "x"),
]
for args in attempts:
    try:
        open(*args).close()
        print("opened", args[1:])
    except OSError as e:
        # (the name of this file is an absolute path: not printed)
        shown = e if e.filename != __file__ else e.strerror
        print(type(e).__name__, shown, e.errno, e.strerror, e.filename == args[0])
    except Exception as e:
        print(type(e).__name__, e)
f = open(__file__)
f.close()
f.close()
for m in ["read", "readline", "readlines", "tell", "readable", "writable", "seekable", "flush",
          "isatty", "__iter__", "__next__", "__enter__"]:
    try:
        getattr(f, m)()
        print(m, "ok")
    except ValueError as e:
        print(m, "ValueError:", e)
b = open(__file__, "rb")
b.close()
for m in ["read", "readline", "tell", "readable", "__next__"]:
    try:
        getattr(b, m)()
        print(m, "ok")
    except ValueError as e:
        print(m, "ValueError:", e)
f = open(__file__)
b = open(__file__, "rb")
for call in [lambda: f.write("x"), lambda: f.writelines(["a"]), lambda: f.truncate(),
             lambda: f.seek(1, 1), lambda: f.seek(1, 2), lambda: f.seek(0, 5),
             lambda: f.seek(-1), lambda: f.read(1.5), lambda: b.write(b"x"),
             lambda: b.seek(-1), lambda: b.read("x")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e, isinstance(e, OSError),
              isinstance(e, ValueError))
print(f.seek(0, 1), f.seek(0, 2) > 1000, b.read(None)[:6], b.read(0))
f.close()
b.close()
