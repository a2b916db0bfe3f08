/* bench/jit: the same algorithm as programs/sieve.py (three sieves over an array of 0/1
   ints, the count of primes and the sum of the last 100 primes of each) */
#include <stdio.h>
#include <stdlib.h>

static long sieve(long *flags, long limit, long *tail_sum) {
  flags[0] = 0;
  flags[1] = 0;
  for (long i = 2; i * i <= limit; i++) {
    if (flags[i]) {
      for (long j = i * i; j < limit + 1; j += i) {
        flags[j] = 0;
      }
    }
  }
  long count = 0;
  for (long k = 0; k <= limit; k++) {
    if (flags[k]) {
      count += 1;
    }
  }
  long s = 0, found = 0;
  for (long k = limit; k >= 0 && found < 100; k--) {
    if (flags[k]) {
      s += k;
      found += 1;
    }
  }
  *tail_sum = s;
  return count;
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s N\n", argv[0]);
    return 2;
  }
  long n = atol(argv[1]);
  long total = 0, count = 0;
  for (long rep = 0; rep < 3; rep++) {
    long limit = n - rep;
    long *flags = malloc((limit + 1) * sizeof(long));
    for (long i = 0; i <= limit; i++) {
      flags[i] = 1; /* as the Python caller's [1] * (limit + 1) */
    }
    long tail;
    count += sieve(flags, limit, &tail);
    total = (total + tail) % 1000000007;
    free(flags);
  }
  printf("%ld %ld\n", count, total);
  return 0;
}
