# an uncaught SystemExit with an int code: no traceback, that exit status
print("exiting with 4")
raise SystemExit(4)
