case = 'upper'
case: str = 'lower'
print(case)
def f(case=None):
    return case
