"""Heap queue: a min-heap kept in a list, where heap[k] <= heap[2*k+1] and heap[2*k+2]."""

# pyjit's heapq, written for pyjit. The operations on the list are Java (_heapq,
# org.pyjit.modules.HeapqModule), placing items and comparing them as CPython's C module
# does (programs print heaps and count __lt__ calls); merge, nlargest and nsmallest are
# here. nlargest/nsmallest return what sorted(...)[:n] returns, which is what
# CPython's heap-based versions are documented (and made) to return.

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


from _heapq import (heappush, heappop, heapify, heapreplace, heappushpop, _heappop_max,
                    _heapreplace_max, _heapify_max)


def nlargest(n, iterable, key=None):
    return _first_n(n, iterable, key, max, True)


def nsmallest(n, iterable, key=None):
    return _first_n(n, iterable, key, min, False)


def _first_n(n, iterable, key, extreme, reverse):
    """The n first items of iterable sorted (by key, reversed or not), stable."""
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        best = extreme(it, default=sentinel, key=key)
        return [] if best is sentinel else [best]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=reverse)[:n]
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=reverse)[:n]


class _Descending:
    # a merge key for reverse=True: orders by the opposite of the key's <
    __slots__ = ("key",)

    def __init__(self, key):
        self.key = key

    def __lt__(self, other):
        return other.key < self.key

    def __eq__(self, other):
        return not (self.key < other.key or other.key < self.key)


def merge(*iterables, key=None, reverse=False):
    # heap entries [sort key, input number, item, next]: lists compare by key, then by the
    # input number (unique), so equal keys come out in input order as in a stable sort and
    # items themselves are never compared
    heap = []
    for order, iterable in enumerate(iterables):
        nxt = iter(iterable).__next__
        try:
            value = nxt()
        except StopIteration:
            continue
        k = value if key is None else key(value)
        heap.append([_Descending(k) if reverse else k, order, value, nxt])
    heapify(heap)
    while len(heap) > 1:
        entry = heap[0]
        yield entry[2]
        try:
            value = entry[3]()
        except StopIteration:
            heappop(heap)
            continue
        k = value if key is None else key(value)
        entry[0] = _Descending(k) if reverse else k
        entry[2] = value
        heapreplace(heap, entry)
    if heap:
        entry = heap[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(nxt):
    while True:
        try:
            yield nxt()
        except StopIteration:
            return
