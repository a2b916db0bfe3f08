# decorators on methods, including with property/classmethod/staticmethod
def logged(fn):
    def wrapper(self, *a):
        print(f"{type(self).__name__}.{fn.__name__}{a}")
        return fn(self, *a)
    return wrapper
class Account:
    def __init__(self):
        self.balance = 0
    @logged
    def deposit(self, n):
        self.balance += n
        return self.balance
    @property
    def doubled(self):
        return self.balance * 2
    @classmethod
    def create(cls):
        return cls()
    @staticmethod
    def fee():
        return 1.5
acct = Account.create()
acct.deposit(10)
acct.deposit(5)
print(acct.balance, acct.doubled, Account.fee(), acct.fee())
