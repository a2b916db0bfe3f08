# A private (mangled) attribute read from outside its class.
class Vault:
    def __init__(self):
        self.__secret = 42

    def reveal(self):
        return self.__secret

v = Vault()
print(v.reveal(), v._Vault__secret)
print(v.__secret)
