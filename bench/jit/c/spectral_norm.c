/* bench/jit: the same algorithm as programs/spectral_norm.py, with the same order of float
   operations (built with -std=c11, so no contraction into fused multiply-adds) */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

static double a(long i, long j) {
  long ij = i + j;
  return 1.0 / (double)(ij * (ij + 1) / 2 + i + 1);
}

static void mul_av(const double *v, double *out, long n) {
  for (long i = 0; i < n; i++) {
    double s = 0.0;
    for (long j = 0; j < n; j++) {
      s += a(i, j) * v[j];
    }
    out[i] = s;
  }
}

static void mul_atv(const double *v, double *out, long n) {
  for (long i = 0; i < n; i++) {
    double s = 0.0;
    for (long j = 0; j < n; j++) {
      s += a(j, i) * v[j];
    }
    out[i] = s;
  }
}

static void mul_atav(const double *v, double *tmp, double *out, long n) {
  mul_av(v, tmp, n);
  mul_atv(tmp, out, n);
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s N\n", argv[0]);
    return 2;
  }
  long n = atol(argv[1]);
  double *u = malloc(n * sizeof(double));
  double *v = malloc(n * sizeof(double));
  double *tmp = malloc(n * sizeof(double));
  for (long i = 0; i < n; i++) {
    u[i] = 1.0;
  }
  for (int k = 0; k < 10; k++) {
    mul_atav(u, tmp, v, n);
    mul_atav(v, tmp, u, n);
  }
  double vbv = 0.0, vv = 0.0;
  for (long i = 0; i < n; i++) {
    vbv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  printf("%.9f\n", sqrt(vbv / vv));
  free(u);
  free(v);
  free(tmp);
  return 0;
}
