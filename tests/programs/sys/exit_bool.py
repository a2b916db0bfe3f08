# sys.exit(True) is an int exit status of 1, printed nowhere
import sys
try:
    sys.exit(False)
except SystemExit as e:
    print("False code:", e.code)
print("now exiting with True")
sys.exit(True)
