# RecursionError raised from deep inside try/finally blocks
cleanups = 0
def dive(n):
    global cleanups
    try:
        dive(n + 1)
    finally:
        cleanups += 1
try:
    dive(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("cleanups ran:", cleanups > 900)
def safe(n):
    try:
        return safe(n + 1)
    except RecursionError:
        return n
print("safe returned a depth over 900:", safe(0) > 900)
