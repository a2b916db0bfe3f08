# @jit benchmark: the n-body simulation of bench/interp/programs/nbody.py (same bodies, same
# order of float operations, the same two energies printed) with the bodies' coordinates,
# velocities and masses in seven float lists; math.sqrt where the plain program has ** 0.5
# (equal results here: both are correctly rounded)
# size: 250000 (bench/jit/run)
# smoke size: 1000 (bench/jit/run --smoke)
import math
import sys

try:
    from pyjit import jit
except ImportError:  # CPython runs the plain functions
    def jit(f):
        return f

PI = 3.14159265358979323
SOLAR_MASS = 4 * PI * PI
DAYS_PER_YEAR = 365.24


@jit
def energy(x, y, z, vx, vy, vz, m):
    e = 0.0
    n = len(m)
    for i in range(n):
        e += 0.5 * m[i] * (vx[i] * vx[i] + vy[i] * vy[i] + vz[i] * vz[i])
    for i in range(n):
        for j in range(i + 1, n):
            dx = x[i] - x[j]
            dy = y[i] - y[j]
            dz = z[i] - z[j]
            e -= m[i] * m[j] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


@jit
def advance(x, y, z, vx, vy, vz, m, dt, steps):
    n = len(m)
    for _ in range(steps):
        for i in range(n):
            for j in range(i + 1, n):
                dx = x[i] - x[j]
                dy = y[i] - y[j]
                dz = z[i] - z[j]
                d2 = dx * dx + dy * dy + dz * dz
                mag = dt / (d2 * math.sqrt(d2))
                m1 = m[i] * mag
                m2 = m[j] * mag
                vx[i] -= dx * m2
                vy[i] -= dy * m2
                vz[i] -= dz * m2
                vx[j] += dx * m1
                vy[j] += dy * m1
                vz[j] += dz * m1
        for i in range(n):
            x[i] += dt * vx[i]
            y[i] += dt * vy[i]
            z[i] += dt * vz[i]
    return steps


# [x, y, z, vx, vy, vz, mass]: the sun and four gas giants
planets = [
    (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0),
    (4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
     1.66007664274403694e-03, 7.69901118419740425e-03, -6.90460016972063023e-05,
     9.54791938424326609e-04),
    (8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
     -2.76742510726862411e-03, 4.99852801234917238e-03, 2.30417297573763929e-05,
     2.85885980666130812e-04),
    (1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
     2.96460137564761618e-03, 2.37847173959480950e-03, -2.96589568540237556e-05,
     4.36624404335156298e-05),
    (1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
     2.68067772490389322e-03, 1.62824170038242295e-03, -9.51592254519715870e-05,
     5.15138902046611451e-05),
]
x = [p[0] for p in planets]
y = [p[1] for p in planets]
z = [p[2] for p in planets]
vx = [p[3] * DAYS_PER_YEAR for p in planets]
vy = [p[4] * DAYS_PER_YEAR for p in planets]
vz = [p[5] * DAYS_PER_YEAR for p in planets]
m = [p[6] * SOLAR_MASS for p in planets]
# offset the sun's momentum
px = py = pz = 0.0
for i in range(len(m)):
    px -= vx[i] * m[i]
    py -= vy[i] * m[i]
    pz -= vz[i] * m[i]
vx[0] = px / m[0]
vy[0] = py / m[0]
vz[0] = pz / m[0]

n = int(sys.argv[1]) if len(sys.argv) > 1 else 250_000
print(f"{energy(x, y, z, vx, vy, vz, m):.9f}")
advance(x, y, z, vx, vy, vz, m, 0.01, n)
print(f"{energy(x, y, z, vx, vy, vz, m):.9f}")
