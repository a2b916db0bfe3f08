/* The loops of StencilBench in C, with the same overflow checks as the int uops. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return t.tv_sec + t.tv_nsec * 1e-9;
}

__attribute__((noinline)) int64_t sum_range(int64_t n) {
  int64_t total = 0;
  for (int64_t i = 0; i < n; i++) {
    if (__builtin_add_overflow(total, i, &total)) return -1;
  }
  return total;
}

__attribute__((noinline)) double sum_squares(int64_t n) {
  double total = 0;
  for (int64_t i = 0; i < n; i++) {
    double x = (double)i;
    total += x * x;
  }
  return total;
}

int main(int argc, char **argv) {
  volatile int64_t n = 100000000;
  double best1 = 1e9, best2 = 1e9;
  int64_t r1 = 0;
  double r2 = 0;
  for (int round = 0; round < 5; round++) {
    double t = now();
    r1 += sum_range(n);
    double d1 = now() - t;
    t = now();
    r2 += sum_squares(n);
    double d2 = now() - t;
    if (d1 < best1) best1 = d1;
    if (d2 < best2) best2 = d2;
  }
  printf("  int sum of range(1e8):      %.3f ns/iter (%lld)\n", best1 / n * 1e9, (long long)r1);
  printf("  float sum of squares (1e8): %.3f ns/iter (%g)\n", best2 / n * 1e9, r2);
  return 0;
}
