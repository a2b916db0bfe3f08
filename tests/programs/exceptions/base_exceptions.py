# SystemExit and KeyboardInterrupt are not caught by except Exception
def trap(exc):
    try:
        try:
            raise exc
        except Exception:
            return "caught by Exception"
    except BaseException as b:
        return f"caught by BaseException: {type(b).__name__}"
for exc in (ValueError(), SystemExit(1), KeyboardInterrupt(), GeneratorExit(), StopIteration()):
    print(trap(exc))
try:
    raise SystemExit("bye")
except SystemExit as e:
    print("SystemExit caught:", e.code, repr(e))
try:
    exit_code = 0
    raise SystemExit
except SystemExit as e:
    print("code:", e.code)
