/* bench/jit: the same algorithm as programs/fannkuch.py (fannkuch-redux: the same
   permutations in the same order) */
#include <stdio.h>
#include <stdlib.h>

static long fannkuch(long n, long *max_flips_out) {
  long *perm1 = malloc(n * sizeof(long));
  long *perm = malloc(n * sizeof(long));
  long *count = malloc(n * sizeof(long));
  for (long i = 0; i < n; i++) {
    perm1[i] = i;
    count[i] = 0;
  }
  long max_flips = 0, checksum = 0, r = n;
  int even = 1;
  for (;;) {
    while (r != 1) {
      count[r - 1] = r;
      r -= 1;
    }
    for (long i = 0; i < n; i++) {
      perm[i] = perm1[i];
    }
    long flips = 0;
    long k = perm[0];
    while (k) {
      for (long i = 0, j = k; i < j; i++, j--) {
        long t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      flips += 1;
      k = perm[0];
    }
    if (flips > max_flips) {
      max_flips = flips;
    }
    checksum += even ? flips : -flips;
    for (;;) {
      if (r == n) {
        free(perm1);
        free(perm);
        free(count);
        *max_flips_out = max_flips;
        return checksum;
      }
      long first = perm1[0];
      for (long i = 0; i < r; i++) {
        perm1[i] = perm1[i + 1];
      }
      perm1[r] = first;
      count[r] -= 1;
      if (count[r] > 0) {
        break;
      }
      r += 1;
    }
    even = !even;
  }
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s N\n", argv[0]);
    return 2;
  }
  long n = atol(argv[1]);
  long flips;
  long checksum = fannkuch(n, &flips);
  printf("%ld\nPfannkuchen(%ld) = %ld\n", checksum, n, flips);
  return 0;
}
