# An index out of range at a hot list subscript whose loads were fused with it: the
# IndexError comes from the subscript's own position (its line and carets).


def sift(heap, n):
    i = 0
    while True:
        child = 2 * i + 1
        if heap[child] < heap[i]:
            heap[i], heap[child] = heap[child], heap[i]
        i = child
        if i > n:
            return heap


for k in range(200):
    sift([5, 3, 4, 1, 2, 0, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0], 3)
print("warm")
sift([5, 3, 4, 1, 2, 0, 9, 8], 10)
