"""Heap queue: a min-heap kept in a list, where heap[k] <= heap[2*k+1] and heap[2*k+2]."""

# pyjit's heapq, written for pyjit. The items land where CPython's put them (programs
# print heaps): a pop moves the hole at the root down along the smaller children to a leaf,
# puts the last item there and lets it rise, and heapify does that for every parent from
# the last one up. nlargest/nsmallest return what sorted(...)[:n] returns, which is what
# CPython's heap-based versions are documented (and made) to return.

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _check_list(name, heap, only):
    if type(heap) is not list and not isinstance(heap, list):
        which = "argument" if only else "argument 1"
        raise TypeError(f"{name}() {which} must be list, not {type(heap).__name__}")


def _rise(heap, top, pos):
    # the item at pos moves up while it is smaller than its parent (stopping at top)
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if item < parent:
            heap[pos] = parent
            pos = parent_pos
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    # the hole at pos goes down to a leaf along the smaller children; the item that was
    # there is put at the leaf and rises back to its place
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, start, pos)


def heappush(heap, item, /):
    _check_list("heappush", heap, False)
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap, /):
    _check_list("heappop", heap, True)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        top = heap[0]
        heap[0] = last
        _sink(heap, 0)
        return top
    return last


def heapreplace(heap, item, /):
    _check_list("heapreplace", heap, False)
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return top


def heappushpop(heap, item, /):
    _check_list("heappushpop", heap, False)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    _check_list("heapify", heap, True)
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos)


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
