# AttributeError with a suggestion from the instance's attributes
class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amount):
        self.balance += amount
a = Account("ann")
a.deposit(10)
print(a.owner, a.balance)
print(a.balanse)
