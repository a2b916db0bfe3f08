# writing to sys.stderr; the exit status stays 0
import sys
print("out 1")
sys.stderr.write("err 1\n")
print("out 2")
print("err 2", file=sys.stderr)
sys.stderr.write("err without newline")
sys.stderr.write("\n")
print("done")
