# == compares contents, is compares identity
class Eq:
    def __eq__(self, other):
        print("eq called")
        return True
x = Eq()
print([x] == [x])
print([x] == [Eq()])
nan = float("nan")
print([nan] == [nan], [float("nan")] == [float("nan")], nan in [nan], [nan].count(nan), [nan].index(nan))
print([1, 2] == [1, 2.0], [1] == [True], [[]] == [[]], [] is not [])
