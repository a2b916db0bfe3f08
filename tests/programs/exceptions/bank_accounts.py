# A bank with custom exception classes, chaining and notes.
class BankError(Exception):
    """Base of the bank's errors."""


class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(account.owner, amount)

    def __str__(self):
        return f"{self.account.owner} cannot withdraw {self.amount:.2f} (balance {self.account.balance:.2f})"


class FrozenAccount(BankError):
    pass


class Account:
    _next = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.id = Account._next
        Account._next += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self._check()
        self.balance += amount
        self.history.append(("dep", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("wd", amount))

    def _check(self):
        if self.frozen:
            raise FrozenAccount(f"account {self.id} is frozen")

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"


def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise BankError("transfer failed") from e
    try:
        dst.deposit(amount)
    except BankError:
        src.deposit(amount)
        raise


a = Account("alice", 100)
b = Account("bob")
transfer(a, b, 30)
print(a, b, a.id, b.id)
try:
    transfer(b, a, 50)
except BankError as e:
    print(repr(e), "| cause:", e.__cause__, "|", repr(e.__cause__), e.__cause__.args)
    print(isinstance(e.__cause__, BankError), type(e.__cause__).__mro__[1:3])
b.frozen = True
try:
    transfer(a, b, 10)
except FrozenAccount as e:
    print("frozen:", e, a.balance, a.history)
try:
    a.deposit(-5)
except ValueError as e:
    e.add_note("while depositing")
    e.add_note(f"account {a.id}")
    print(e, e.__notes__)
for amount in (10, 1000, "x"):
    try:
        a.withdraw(amount)
    except InsufficientFunds as e:
        print("insufficient", e.amount)
    except TypeError as e:
        print("TypeError", e)
    else:
        print("ok", a.balance)
    finally:
        print("finally", amount)
print(BankError.__doc__, FrozenAccount.__doc__, InsufficientFunds.__bases__)
e = InsufficientFunds(a, 5)
print(e.args, str(e))
try:
    raise FrozenAccount("x", 1)
except BankError as e:
    print(e, repr(e), e.args)
try:
    try:
        {}["missing"]
    except KeyError:
        raise FrozenAccount("during")
except FrozenAccount as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
print(BankError(), repr(BankError()), str(BankError("a", "b")), repr(ValueError("a", 2)))
