/* bench/jit: the same algorithm as programs/mandelbrot.py, with the same order of float
   operations (built with -std=c11, so no contraction into fused multiply-adds) */
#include <stdio.h>
#include <stdlib.h>

static long mandelbrot(long size, long max_iter) {
  long total = 0;
  for (long y = 0; y < size; y++) {
    double ci = 2.0 * (double)y / (double)size - 1.0;
    for (long x = 0; x < size; x++) {
      double cr = 2.5 * (double)x / (double)size - 2.0;
      double zr = 0.0, zi = 0.0;
      long i = 0;
      while (i < max_iter && zr * zr + zi * zi <= 4.0) {
        double t = zr * zr - zi * zi + cr;
        zi = 2.0 * zr * zi + ci;
        zr = t;
        i += 1;
      }
      total += i;
    }
  }
  return total;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s SIZE\n", argv[0]);
    return 2;
  }
  long size = atol(argv[1]);
  printf("%ld\n", mandelbrot(size, 100));
  return 0;
}
