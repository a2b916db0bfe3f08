# an uncaught user-defined exception
class InventoryError(Exception):
    pass
def take(stock, n):
    if n > stock:
        raise InventoryError(f"only {stock} left, wanted {n}")
    return stock - n
print(take(5, 2))
take(1, 3)
