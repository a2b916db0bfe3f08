# A small library system: dataclass-like classes written by hand, class registries,
# properties, custom exceptions with notes, sorting and grouped reports.
class LibraryError(Exception):
    """Base class of the library's errors."""

class NotAvailable(LibraryError):
    def __init__(self, item, holder):
        super().__init__(f"{item.title!r} is held by {holder}")
        self.item = item
        self.holder = holder

class LimitReached(LibraryError):
    pass

class Item:
    kinds = {}
    _next_id = 1

    def __init_subclass__(cls, kind, loan_days, **kw):
        super().__init_subclass__(**kw)
        cls.kind = kind
        cls.loan_days = loan_days
        Item.kinds[kind] = cls

    def __init__(self, title, year):
        self.id = Item._next_id
        Item._next_id += 1
        self.title = title
        self.year = year
        self.holder = None

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items() if k != "holder")
        return f"{type(self).__name__}({fields})"

    def __eq__(self, other):
        return type(self) is type(other) and self.id == other.id

    def __hash__(self):
        return hash((type(self).__name__, self.id))

    def __lt__(self, other):
        return (self.year, self.title) < (other.year, other.title)

    @property
    def available(self):
        return self.holder is None

class Book(Item, kind="book", loan_days=21):
    def __init__(self, title, year, author):
        super().__init__(title, year)
        self.author = author

class Film(Item, kind="film", loan_days=7):
    def __init__(self, title, year, minutes):
        super().__init__(title, year)
        self.minutes = minutes

class Member:
    limit = 2

    def __init__(self, name):
        self.name = name
        self.items = []

    def __str__(self):
        return self.name

    def borrow(self, item):
        if not item.available:
            raise NotAvailable(item, item.holder)
        if len(self.items) >= self.limit:
            err = LimitReached(f"{self.name} already has {len(self.items)} items")
            err.add_note("return something first")
            raise err
        item.holder = self
        self.items.append(item)
        return item.loan_days

    def give_back(self, item):
        try:
            self.items.remove(item)
        except ValueError:
            raise LibraryError(f"{self.name} does not have {item.title!r}") from None
        item.holder = None

class Premium(Member):
    limit = 4

catalog = [
    Book("Dune", 1965, "Herbert"),
    Film("Alien", 1979, 117),
    Book("Neuromancer", 1984, "Gibson"),
    Film("Brazil", 1985, 142),
    Book("Hyperion", 1989, "Simmons"),
    Book("Foundation", 1951, "Asimov"),
]
ann, bob = Member("ann"), Premium("bob")
log = []
for who, idx in [(ann, 0), (ann, 1), (ann, 2), (bob, 0), (bob, 2), (bob, 3), (bob, 4), (bob, 5)]:
    try:
        days = who.borrow(catalog[idx])
        log.append(f"{who} borrowed {catalog[idx].title} for {days} days")
    except NotAvailable as e:
        log.append(f"refused: {e} (holder type {type(e.holder).__name__})")
    except LimitReached as e:
        log.append(f"limit: {e} / notes={e.__notes__}")
print(*log, sep="\n")
for who, idx in [(ann, 0), (ann, 0), (bob, 5)]:
    try:
        who.give_back(catalog[idx])
        print(f"{who} returned {catalog[idx].title}")
    except LibraryError as e:
        print("error:", e, "| cause:", e.__cause__, "| suppress:", e.__suppress_context__, "| context:", type(e.__context__).__name__)
print(sorted(Item.kinds), [c.__name__ for c in Item.kinds.values()], Book.loan_days, Film.kind)
print(sorted(catalog)[0], max(catalog), min(catalog, key=lambda i: len(i.title)))
print(sorted(catalog, key=lambda i: (i.kind, -i.year)))
by_kind = {}
for item in catalog:
    by_kind.setdefault(item.kind, []).append(item)
for kind, items in sorted(by_kind.items()):
    print(f"{kind:>5}: {len(items)} item(s), avg year {sum(i.year for i in items) / len(items):.1f},"
          f" available {[i.title for i in items if i.available]}")
print(f"{'title':<12}|{'year':^6}|{'holder':>6}")
for item in sorted(catalog, key=lambda i: i.title):
    print(f"{item.title:<12}|{item.year:^6}|{str(item.holder or '-'):>6}")
print(len(set(catalog)), catalog[0] == catalog[0], catalog[0] == catalog[5], catalog[0] in {catalog[0]: 1})
print(LibraryError.__doc__, NotAvailable.__mro__[1].__name__, issubclass(LimitReached, LibraryError), Premium.limit, Member.limit)
try:
    class Bad(Item, kind="bad"):
        pass
except TypeError as e:
    print("TypeError:", e)
