# @jit benchmark: the Mandelbrot set on a size x size grid (float arithmetic in a while loop
# with an `and` condition, int counters); prints the total number of iterations
# size: 600 (bench/jit/run)
# smoke size: 40 (bench/jit/run --smoke)
import sys

try:
    from pyjit import jit
except ImportError:  # CPython runs the plain function
    def jit(f):
        return f


@jit
def mandelbrot(size, max_iter):
    total = 0
    for y in range(size):
        ci = 2.0 * y / size - 1.0
        for x in range(size):
            cr = 2.5 * x / size - 2.0
            zr = 0.0
            zi = 0.0
            i = 0
            while i < max_iter and zr * zr + zi * zi <= 4.0:
                t = zr * zr - zi * zi + cr
                zi = 2.0 * zr * zi + ci
                zr = t
                i += 1
            total += i
    return total


print(mandelbrot(int(sys.argv[1]), 100))
