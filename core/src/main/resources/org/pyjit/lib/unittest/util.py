"""Helpers of pyjit's unittest: reprs shortened for failure messages, class names, and
the element-count differences assertCountEqual reports (CPython 3.13's texts)."""

from os.path import commonprefix

__unittest = True

# A repr pair longer than _WIDTH is shortened around the common prefix: the prefix keeps
# _HEAD characters and _TAIL before the point of difference, the differing parts keep
# _SPAN and _TAIL characters; the cuts become "[N chars]" (about _MARK wide).
_WIDTH = 80
_MARK = 12
_HEAD = 5
_TAIL = 5
_KEEP = 5
_SPAN = _WIDTH - (_HEAD + _MARK + _KEEP + _MARK + _TAIL)


def _shorten(s, head, tail):
    cut = len(s) - head - tail
    if cut > _MARK:
        return '%s[%d chars]%s' % (s[:head], cut, s[len(s) - tail:])
    return s


def _common_shorten_repr(*args):
    reprs = tuple(safe_repr(x) for x in args)
    longest = max(len(r) for r in reprs)
    if longest <= _WIDTH:
        return reprs
    shared = commonprefix(reprs)
    n = len(shared)
    room = _WIDTH - (longest - n + _HEAD + _MARK)
    if room > _KEEP:
        shared = _shorten(shared, _HEAD, room)
        return tuple(shared + r[n:] for r in reprs)
    shared = _shorten(shared, _HEAD, _KEEP)
    return tuple(shared + _shorten(r[n:], _SPAN, _TAIL) for r in reprs)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        text = object.__repr__(obj)
    if short and len(text) >= _WIDTH:
        return text[:_WIDTH] + ' [truncated]...'
    return text


def strclass(cls):
    return '%s.%s' % (cls.__module__, cls.__qualname__)


def sorted_list_difference(expected, actual):
    """(items only in expected, items only in actual) of two sorted lists, each
    distinct value once."""
    missing = []
    unexpected = []
    i = j = 0
    ne, na = len(expected), len(actual)
    while i < ne and j < na:
        e, a = expected[i], actual[j]
        if e < a:
            missing.append(e)
            while i < ne and expected[i] == e:
                i += 1
        elif e > a:
            unexpected.append(a)
            while j < na and actual[j] == a:
                j += 1
        else:
            while i < ne and expected[i] == e:
                i += 1
            while j < na and actual[j] == a:
                j += 1
    missing.extend(expected[i:])
    unexpected.extend(actual[j:])
    return missing, unexpected


def unorderable_list_difference(expected, actual):
    """Like sorted_list_difference for items that cannot be ordered; consumes both
    lists."""
    missing = []
    while expected:
        item = expected.pop()
        try:
            actual.remove(item)
        except ValueError:
            missing.append(item)
    return missing, actual


def three_way_cmp(x, y):
    return (x > y) - (x < y)


def _Mismatch(actual, expected, value):
    # a namedtuple 'Mismatch' (made at first use: collections is not loaded before)
    global _Mismatch
    from collections import namedtuple
    _Mismatch = namedtuple('Mismatch', 'actual expected value')
    return _Mismatch(actual, expected, value)


def _count_diff_all_purpose(actual, expected):
    # Counts by equality only (the items may be unhashable), in first-seen order.
    left, right = list(actual), list(expected)
    gone = object()
    out = []
    for pos, item in enumerate(left):
        if item is gone:
            continue
        n_left = n_right = 0
        for k in range(pos, len(left)):
            if left[k] == item:
                n_left += 1
                left[k] = gone
        for k, other in enumerate(right):
            if other == item:
                n_right += 1
                right[k] = gone
        if n_left != n_right:
            out.append(_Mismatch(n_left, n_right, item))
    for pos, item in enumerate(right):
        if item is gone:
            continue
        n_right = 0
        for k in range(pos, len(right)):
            if right[k] == item:
                n_right += 1
                right[k] = gone
        out.append(_Mismatch(0, n_right, item))
    return out


def _count_diff_hashable(actual, expected):
    from collections import Counter
    left, right = Counter(actual), Counter(expected)
    out = []
    for item, n_left in left.items():
        n_right = right.get(item, 0)
        if n_left != n_right:
            out.append(_Mismatch(n_left, n_right, item))
    for item, n_right in right.items():
        if item not in left:
            out.append(_Mismatch(0, n_right, item))
    return out
