# A command-line style program that exits with a status from a nested call.
import sys


class UsageError(Exception):
    pass


def main(argv):
    try:
        if len(argv) < 2:
            raise UsageError("missing argument")
    except UsageError as e:
        print("error:", e)
        return 3
    return 0


def run():
    try:
        code = main(sys.argv)
        print("main returned", code)
        sys.exit(code)
    finally:
        print("cleanup runs before exit")


try:
    sys.exit(0)
except SystemExit as e:
    print("caught", repr(e), e.code, e.args)
try:
    sys.exit("message")
except SystemExit as e:
    print("caught", e.code)
try:
    raise SystemExit(4, "extra")
except SystemExit as e:
    print("caught", e.code, e.args)
try:
    exit(5)
except SystemExit as e:
    print("caught builtin exit", e.code)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(7)
    except Exception:
        print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException", type(e).__name__, e.code)
run()
print("never")
