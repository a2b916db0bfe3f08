"""Arrays of one machine type: array.array(typecode, initializer)."""

# pyjit's array, written for pyjit. An array keeps its items as a list of Python values,
# each checked (and for 'f' rounded to 32 bits) when it goes in, with CPython's error for
# a value its C type cannot hold; _array (org.pyjit.modules.ArrayModule, Java) makes the
# bytes of tobytes() and reads frombytes(). Not there: buffer_info() addresses, the buffer
# protocol (memoryview(array)), fromfile/tofile, pickling, the 'u' DeprecationWarning.

import _array

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuwhHiIlLqQfd"

_SIZES = {"b": 1, "B": 1, "u": 4, "w": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
          "q": 8, "Q": 8, "f": 4, "d": 8}
_SHORT = (-(1 << 15), (1 << 15) - 1)
_INT = (-(1 << 31), (1 << 31) - 1)
_LONG = (-(1 << 63), (1 << 63) - 1)


def _as_int(v):
    if type(v) is int:
        return v
    if isinstance(v, float) or not hasattr(type(v), "__index__"):
        raise TypeError(f"'{type(v).__name__}' object cannot be interpreted as an integer")
    return v.__index__()


def _in(v, bounds, low_msg, high_msg):
    if v < bounds[0]:
        raise OverflowError(low_msg)
    if v > bounds[1]:
        raise OverflowError(high_msg)


def _long(v):
    _in(v, _LONG, "Python int too large to convert to C long",
        "Python int too large to convert to C long")


def _unsigned_long(v):
    if v < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if v >= 1 << 64:
        raise OverflowError("Python int too large to convert to C unsigned long")


def _check(tc, v):
    # the checks and messages of CPython's setitem function for each type code (which
    # parse the value through a wider C type first)
    if tc == "f" or tc == "d":
        if isinstance(v, float):
            return v if tc == "d" else _array.f32(v)
        if isinstance(v, int) or hasattr(type(v), "__float__") or hasattr(type(v), "__index__"):
            v = float(v)
            return v if tc == "d" else _array.f32(v)
        raise TypeError(f"must be real number, not {type(v).__name__}")
    if tc == "u" or tc == "w":
        if type(v) is not str or len(v) != 1:
            raise TypeError("array item must be unicode character")
        return v
    v = _as_int(v)
    if tc == "b":
        _long(v)
        _in(v, _SHORT, "signed short integer is less than minimum",
            "signed short integer is greater than maximum")
        _in(v, (-128, 127), "signed char is less than minimum",
            "signed char is greater than maximum")
    elif tc == "B":
        _long(v)
        _in(v, (0, 255), "unsigned byte integer is less than minimum",
            "unsigned byte integer is greater than maximum")
    elif tc == "h":
        _long(v)
        _in(v, _SHORT, "signed short integer is less than minimum",
            "signed short integer is greater than maximum")
    elif tc == "H":
        _long(v)
        _in(v, _INT, "signed integer is less than minimum",
            "signed integer is greater than maximum")
        _in(v, (0, 65535), "unsigned short is less than minimum",
            "unsigned short is greater than maximum")
    elif tc == "i":
        _long(v)
        _in(v, _INT, "signed integer is less than minimum",
            "signed integer is greater than maximum")
    elif tc == "I":
        _unsigned_long(v)
        if v > 0xFFFFFFFF:
            raise OverflowError("unsigned int is greater than maximum")
    elif tc == "l":
        _long(v)
    elif tc == "L":
        _unsigned_long(v)
    elif tc == "q":
        if not _LONG[0] <= v <= _LONG[1]:
            raise OverflowError("int too big to convert")
    else:
        if v < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if v >= 1 << 64:
            raise OverflowError("int too big to convert")
    return v


class array:
    __slots__ = ("_tc", "_items", "__weakref__")

    def __new__(cls, typecode, initializer=None, /):
        if type(typecode) is not str or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not "
                            f"{type(typecode).__name__}")
        if typecode not in _SIZES:
            # (CPython's message leaves out 'w')
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._tc = typecode
        self._items = []
        if initializer is not None:
            if isinstance(initializer, str):
                if typecode not in "uw":
                    raise TypeError("cannot use a str to initialize an array with typecode "
                                    f"'{typecode}'")
                self._items = list(initializer)
            elif isinstance(initializer, (bytes, bytearray)):
                self.frombytes(initializer)
            elif isinstance(initializer, array):
                if initializer._tc in "uw" and typecode not in "uw":
                    raise TypeError("cannot use a unicode array to initialize an array with "
                                    f"typecode '{typecode}'")
                self._items = [_check(typecode, v) for v in initializer._items]
            else:
                self._items = [_check(typecode, v) for v in initializer]
        return self

    @property
    def typecode(self):
        return self._tc

    @property
    def itemsize(self):
        return _SIZES[self._tc]

    def _same(self, other, what):
        if not isinstance(other, array):
            raise TypeError(f'can only {what} array (not "{type(other).__name__}") to array')
        if other._tc != self._tc:
            raise TypeError("bad argument type for built-in operation")

    def append(self, v, /):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable, /):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
        else:
            tc = self._tc
            self._items.extend([_check(tc, v) for v in iterable])

    def fromlist(self, items, /):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        tc = self._tc
        self._items.extend([_check(tc, v) for v in items])

    def tolist(self, /):
        return list(self._items)

    def frombytes(self, data, /):
        data = bytes(memoryview(data)) if not isinstance(data, bytes) else data
        if len(data) % _SIZES[self._tc]:
            raise ValueError("bytes length not a multiple of item size")
        self._items.extend(_array.unpack(self._tc, data))

    def tobytes(self, /):
        return _array.pack(self._tc, self._items)

    def fromunicode(self, s, /):
        if self._tc not in "uw":
            raise ValueError("fromunicode() may only be called on unicode type arrays "
                             "('u' or 'w')")
        if not isinstance(s, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(s).__name__}")
        self._items.extend(s)

    def tounicode(self, /):
        if self._tc not in "uw":
            raise ValueError("tounicode() may only be called on unicode type arrays "
                             "('u' or 'w')")
        return "".join(self._items)

    def byteswap(self, /):
        size = _SIZES[self._tc]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        self._items = _array.unpack(self._tc, swapped)

    def buffer_info(self, /):
        return (id(self), len(self._items))

    def count(self, v, /):
        return self._items.count(v)

    def index(self, v, start=0, stop=None, /):
        items = self._items
        n = len(items)
        start, stop, _ = slice(start, n if stop is None else stop).indices(n)
        for i in range(start, stop):
            if items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def insert(self, i, v, /):
        self._items.insert(i, _check(self._tc, v))

    def pop(self, i=-1, /):
        items = self._items
        if not items:
            raise IndexError("pop from empty array")
        try:
            return items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def reverse(self, /):
        self._items.reverse()

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, index):
        if isinstance(index, slice):
            new = object.__new__(type(self))
            new._tc = self._tc
            new._items = self._items[index]
            return new
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None
        except TypeError:
            raise TypeError("array indices must be integers") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError("can only assign array (not "
                                f'"{type(value).__name__}") to array slice')
            if value._tc != self._tc:
                raise TypeError("bad argument type for built-in operation")
            self._items[index] = value._items
            return
        value = _check(self._tc, value)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        try:
            del self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        self._same(other, "append")
        new = object.__new__(type(self))
        new._tc = self._tc
        new._items = self._items + other._items
        return new

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        self.extend(other)
        return self

    def __mul__(self, n):
        new = object.__new__(type(self))
        new._tc = self._tc
        new._items = self._items * n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, list.__eq__)

    def __ne__(self, other):
        return self._compare(other, list.__ne__)

    def __lt__(self, other):
        return self._compare(other, list.__lt__)

    def __le__(self, other):
        return self._compare(other, list.__le__)

    def __gt__(self, other):
        return self._compare(other, list.__gt__)

    def __ge__(self, other):
        return self._compare(other, list.__ge__)

    __hash__ = None

    def __repr__(self):
        tc = self._tc
        if not self._items:
            return f"{type(self).__name__}({tc!r})"
        if tc in "uw":
            return f"{type(self).__name__}({tc!r}, {''.join(self._items)!r})"
        return f"{type(self).__name__}({tc!r}, {self._items!r})"

    def __copy__(self):
        return self[:]

    def __deepcopy__(self, memo):
        return self[:]

    def __reduce_ex__(self, protocol):
        return (type(self), (self._tc, list(self._items)))

    __class_getitem__ = classmethod(list.__dict__["__class_getitem__"].__func__)


ArrayType = array
