/* bench/jit: the same algorithm as programs/int_loop.py (every operand of / and % is
   non-negative here, so C's truncating division agrees with Python's floor division) */
#include <stdio.h>
#include <stdlib.h>

static long int_loop(long n) {
  long x = 1, total = 0;
  for (long i = 0; i < n; i++) {
    x = x * 48271 % 2147483647;
    if (x % 3 == 0)
      total += x / 7;
    else
      total -= i % 1000;
  }
  return total;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s SIZE\n", argv[0]);
    return 2;
  }
  long n = atol(argv[1]);
  printf("%ld\n", int_loop(n));
  return 0;
}
