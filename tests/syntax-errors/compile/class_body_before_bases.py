class A(f(x=1, x=2)):
    def m(self):
        return 1
    return 2
