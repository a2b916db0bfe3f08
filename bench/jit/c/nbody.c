/* bench/jit: the same algorithm as programs/nbody.py (seven arrays of five bodies), with
   the same order of float operations (built with -std=c11, so no contraction into fused
   multiply-adds) */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#define N 5
static const double PI = 3.14159265358979323;
static const double DAYS_PER_YEAR = 365.24;

static double x[N], y[N], z[N], vx[N], vy[N], vz[N], m[N];

static double energy(void) {
  double e = 0.0;
  for (int i = 0; i < N; i++) {
    e += 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i]);
  }
  for (int i = 0; i < N; i++) {
    for (int j = i + 1; j < N; j++) {
      double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
      e -= m[i] * m[j] / sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

static void advance(double dt, long steps) {
  for (long s = 0; s < steps; s++) {
    for (int i = 0; i < N; i++) {
      for (int j = i + 1; j < N; j++) {
        double dx = x[i] - x[j], dy = y[i] - y[j], dz = z[i] - z[j];
        double d2 = dx * dx + dy * dy + dz * dz;
        double mag = dt / (d2 * sqrt(d2));
        double m1 = m[i] * mag, m2 = m[j] * mag;
        vx[i] -= dx * m2;
        vy[i] -= dy * m2;
        vz[i] -= dz * m2;
        vx[j] += dx * m1;
        vy[j] += dy * m1;
        vz[j] += dz * m1;
      }
    }
    for (int i = 0; i < N; i++) {
      x[i] += dt * vx[i];
      y[i] += dt * vy[i];
      z[i] += dt * vz[i];
    }
  }
}

int main(int argc, char **argv) {
  if (argc < 2) {
    fprintf(stderr, "usage: %s STEPS\n", argv[0]);
    return 2;
  }
  static const double planets[N][7] = {
      {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0},
      {4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
       1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
       9.54791938424326609e-04},
      {8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
       -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
       2.85885980666130812e-04},
      {1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
       2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
       4.36624404335156298e-05},
      {1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
       2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
       5.15138902046611451e-05},
  };
  double solar_mass = 4 * PI * PI;
  for (int i = 0; i < N; i++) {
    x[i] = planets[i][0];
    y[i] = planets[i][1];
    z[i] = planets[i][2];
    vx[i] = planets[i][3] * DAYS_PER_YEAR;
    vy[i] = planets[i][4] * DAYS_PER_YEAR;
    vz[i] = planets[i][5] * DAYS_PER_YEAR;
    m[i] = planets[i][6] * solar_mass;
  }
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int i = 0; i < N; i++) {
    px -= vx[i] * m[i];
    py -= vy[i] * m[i];
    pz -= vz[i] * m[i];
  }
  vx[0] = px / m[0];
  vy[0] = py / m[0];
  vz[0] = pz / m[0];
  printf("%.9f\n", energy());
  advance(0.01, atol(argv[1]));
  printf("%.9f\n", energy());
  return 0;
}
