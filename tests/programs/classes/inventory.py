# An inventory with dataclass-like classes written by hand.
class Item:
    __match_args__ = ("name", "price", "qty")

    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    def __repr__(self):
        return f"{type(self).__name__}(name={self.name!r}, price={self.price!r}, qty={self.qty!r})"

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return (self.name, self.price, self.qty) == (other.name, other.price, other.qty)
        return NotImplemented

    def __lt__(self, other):
        return (self.price, self.name) < (other.price, other.name)

    __hash__ = None

    @property
    def value(self):
        return self.price * self.qty


class Perishable(Item):
    def __init__(self, name, price, qty=0, days=7):
        super().__init__(name, price, qty)
        self.days = days

    def __repr__(self):
        return super().__repr__()[:-1] + f", days={self.days})"


class Inventory:
    def __init__(self):
        self._items = {}

    def add(self, item):
        if item.name in self._items:
            self._items[item.name].qty += item.qty
        else:
            self._items[item.name] = item
        return self

    def remove(self, name, qty):
        try:
            item = self._items[name]
        except KeyError:
            raise KeyError(f"no item {name!r}") from None
        if qty > item.qty:
            raise ValueError(f"only {item.qty} of {name} left, asked {qty}")
        item.qty -= qty
        if item.qty == 0:
            del self._items[name]

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items.values())

    def __contains__(self, name):
        return name in self._items

    def total(self):
        return sum(i.value for i in self)


inv = Inventory()
inv.add(Item("bolt", 0.25, 100)).add(Item("nut", 0.1, 250)).add(Perishable("milk", 1.99, 3, days=5))
inv.add(Item("bolt", 0.25, 20))
for it in sorted(inv):
    print(repr(it), f"{it.value:.2f}")
print(len(inv), "nut" in inv, "screw" in inv, f"{inv.total():.2f}")
try:
    inv.remove("screw", 1)
except KeyError as e:
    print("KeyError:", e, e.args, e.__suppress_context__, e.__context__ is not None)
try:
    inv.remove("milk", 5)
except ValueError as e:
    print("ValueError:", e)
inv.remove("milk", 3)
print([i.name for i in inv])
print(Item("a", 1) == Item("a", 1), Item("a", 1) == Perishable("a", 1), Item("a", 1) != 3)
try:
    hash(Item("a", 1))
except TypeError as e:
    print(e)
print(vars(Perishable("egg", 0.3)))
print(Item.__dict__["value"].__class__.__name__, Item.value.fget.__name__)
print(sorted([Item("b", 2), Item("a", 2), Item("c", 1)]))
print(max(inv, key=lambda i: i.qty).name, min(inv, key=lambda i: i.qty).name)
for it in inv:
    match it:
        case Perishable(name, days=d):
            print("perishable", name, d)
        case Item(name, price, qty) if qty > 100:
            print("bulk", name, price, qty)
        case Item(name=n):
            print("item", n)
