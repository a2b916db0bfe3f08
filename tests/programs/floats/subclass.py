# subclassing float
class Meters(float):
    def __repr__(self):
        return f"Meters({float.__repr__(self)})"
    def __add__(self, other):
        return Meters(float(self) + float(other))

m = Meters(2.5)
print(m, repr(m), str(m), m + 1, type(m + 1).__name__, type(1 + m).__name__)
print(m * 2, type(m * 2).__name__, m == 2.5, m > 2, round(m), int(m))
print(isinstance(m, float), float(m), type(float(m)).__name__)
print(f"{m:.3f}", format(m, "e"))
