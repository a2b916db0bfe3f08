x = 1
def f(**k):
    return k
while x is 2:
    pass
try:
    f(a=x is 3)
finally:
    y = x is not ()
print("done", y)
