class CM:
    def __enter__(self): print('enter'); return self
    def __exit__(self, *a): print('exit'); return False
def g1(x):
    for count in [0, 1]:
        count2 = 0
        while count2 < 20:
            count2 += 10
            try:
                return count + count2
            finally:
                if x:
                    break
    return 'end', count, count2
print(g1(False), g1(True))

def g2(x):
    for count in [0, 1]:
        for count2 in [10, 20]:
            try:
                return count + count2
            finally:
                if x:
                    continue
    return 'end', count, count2
print(g2(False), g2(True))

def g3(x):
    try:
        return [x]
    finally:
        if x:
            return 'inner'
print(g3(0), g3(1))

def g4():
    for i in range(3):
        with CM() as f:
            try:
                return i
            finally:
                print('fin', i)
                if i < 2:
                    continue
    return 'done'
print(g4())
