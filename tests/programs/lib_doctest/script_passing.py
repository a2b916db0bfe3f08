"""A script carrying its tests, as scripts do: testmod() at the end prints nothing when
every example passes.

>>> fizzbuzz(15)
'FizzBuzz'
"""


def fizzbuzz(n):
    """
    >>> [fizzbuzz(i) for i in range(1, 6)]
    [1, 2, 'Fizz', 4, 'Buzz']
    >>> fizzbuzz(30)
    'FizzBuzz'
    """
    if n % 15 == 0:
        return 'FizzBuzz'
    if n % 3 == 0:
        return 'Fizz'
    if n % 5 == 0:
        return 'Buzz'
    return n


class Stack:
    """
    >>> s = Stack()
    >>> s.push(1); s.push(2)
    >>> s.pop()
    2
    >>> len(s)
    1
    >>> Stack().pop()
    Traceback (most recent call last):
        ...
    IndexError: pop from empty list
    """
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        return self.items.pop()

    def __len__(self):
        return len(self.items)


if __name__ == "__main__":
    import doctest
    doctest.testmod()
    print(doctest.testmod())
