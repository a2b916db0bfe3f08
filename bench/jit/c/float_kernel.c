/* bench/jit: the same algorithm as programs/float_kernel.py, with the same order of float
   operations (built with -std=c11, so no contraction into fused multiply-adds) */
#include <stdio.h>
#include <stdlib.h>

static double float_kernel(long n) {
  double h = 1.0 / (double)n;
  double s = 0.0, p = 0.0;
  for (long i = 0; i < n; i++) {
    double x = ((double)i + 0.5) * h;
    s += 4.0 / (1.0 + x * x);
    p += (((0.5 * x - 1.25) * x + 2.0) * x - 0.75) * x + 0.125;
  }
  return s * h + p * h;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s SIZE\n", argv[0]);
    return 2;
  }
  long n = atol(argv[1]);
  printf("%.12f\n", float_kernel(n));
  return 0;
}
