# A float kernel compiled by @jit: the Mandelbrot set as text, and a checksum
from pyjit import jit


@jit
def escape(cr, ci, limit):
    zr = 0.0
    zi = 0.0
    n = 0
    while n < limit and zr * zr + zi * zi <= 4.0:
        zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
        n += 1
    return n


@jit
def checksum(w, h, limit):
    total = 0
    for y in range(h):
        for x in range(w):
            total += escape(-2.0 + 2.5 * x / w, -1.25 + 2.5 * y / h, limit) * (x + y + 1)
    return total


for y in range(12):
    print("".join("#" if escape(-2.0 + 2.5 * x / 40, -1.25 + 2.5 * y / 12, 50) == 50 else "."
                  for x in range(40)))
print(checksum(60, 40, 100), checksum(7, 3, 1000))
