# the Mandelbrot set on a size x size grid with floats (no complex numbers): nested loops,
# float `*` `+` `-`, a `while` with `and`; prints the iteration total and a row checksum
# smoke size: 30 (bench/run --smoke)
import sys


def row(y, size, max_iter):
    ci = 2.0 * y / size - 1.0
    counts = []
    for x in range(size):
        cr = 2.5 * x / size - 2.0
        zr = zi = 0.0
        n = 0
        while n < max_iter and zr * zr + zi * zi <= 4.0:
            zr, zi = zr * zr - zi * zi + cr, 2.0 * zr * zi + ci
            n += 1
        counts.append(n)
    return counts


size = int(sys.argv[1]) if len(sys.argv) > 1 else 700
total = 0
check = 0
for y in range(size):
    counts = row(y, size, 50)
    total += sum(counts)
    check = (check * 31 + max(counts)) % 1000003
print(total, check)
