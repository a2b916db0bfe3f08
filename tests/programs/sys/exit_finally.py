# SystemExit unwinds through finally blocks and can be caught
import sys
def shutdown():
    try:
        sys.exit(5)
    finally:
        print("finally in shutdown")
try:
    shutdown()
except SystemExit as e:
    print("caught SystemExit with code", e.code, type(e.code).__name__)
def nested():
    try:
        try:
            raise SystemExit(7)
        finally:
            print("inner finally")
    finally:
        print("outer finally")
nested()
