# finally can override return values and swallow exceptions
def override():
    try:
        return "try"
    finally:
        return "finally"
def swallow():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
def side_effect():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
def value_snapshot():
    x = 1
    try:
        return x
    finally:
        x = 2
def loop_break():
    for i in range(3):
        try:
            if i == 1:
                raise RuntimeError("gone")
        finally:
            if i == 1:
                break
    return i
def continue_in_finally():
    out = []
    for i in range(3):
        try:
            out.append(i)
            if i == 1:
                raise KeyError(i)
        finally:
            continue
    return out
print(override(), swallow(), side_effect(), value_snapshot(), loop_break(), continue_in_finally())
def counts():
    n = 0
    while True:
        try:
            n += 1
            if n < 3:
                continue
            return n
        finally:
            print("finally n =", n)
print(counts())
