# an exception raised deep in a chain of Python calls, methods and __init__ (the calls run
# without Java recursion) reaches the top: every frame in the traceback, with its carets
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = self.check(balance)

    def check(self, amount):
        return validate(amount, limit=1000)


def validate(amount, limit):
    if amount > limit:
        raise ValueError(f"amount {amount} over the limit {limit}")
    return amount


def open_accounts(n):
    return [Account("user%d" % i, i * 100) for i in range(n)]


def report(n):
    accounts = open_accounts(n)
    return sum(a.balance for a in accounts)


print(report(5))
print(report(12) + 1)
