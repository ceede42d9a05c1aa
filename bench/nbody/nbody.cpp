// N-body, scalar C++ baseline: the same loop as nbody.mojo over a plain
// array of structs.   nbody [steps]   (default 1000000)
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>

constexpr double kPi = 3.141592653589793;
constexpr double kSolarMass = 4.0 * kPi * kPi;
constexpr double kDaysPerYear = 365.24;
constexpr int kBodies = 5;

struct Body {
  double x, y, z, vx, vy, vz, mass;
};

static Body g_bodies[kBodies] = {
    {0.0, 0.0, 0.0, 0.0, 0.0, 0.0, kSolarMass},
    {4.84143144246472090e00, -1.16032004402742839e00, -1.03622044471123109e-01,
     1.66007664274403694e-03 * kDaysPerYear, 7.69901118419740425e-03 * kDaysPerYear,
     -6.90460016972063023e-05 * kDaysPerYear, 9.54791938424326609e-04 * kSolarMass},
    {8.34336671824457987e00, 4.12479856412430479e00, -4.03523417114321381e-01,
     -2.76742510726862411e-03 * kDaysPerYear, 4.99852801234917238e-03 * kDaysPerYear,
     2.30417297573763929e-05 * kDaysPerYear, 2.85885980666130812e-04 * kSolarMass},
    {1.28943695621391310e01, -1.51111514016986312e01, -2.23307578892655734e-01,
     2.96460137564761618e-03 * kDaysPerYear, 2.37847173959480950e-03 * kDaysPerYear,
     -2.96589568540237556e-05 * kDaysPerYear, 4.36624404335156298e-05 * kSolarMass},
    {1.53796971148509165e01, -2.59193146099879641e01, 1.79258772950371181e-01,
     2.68067772490389322e-03 * kDaysPerYear, 1.62824170038242295e-03 * kDaysPerYear,
     -9.51592254519715870e-05 * kDaysPerYear, 5.15138902046611451e-05 * kSolarMass},
};

static void offset_momentum(Body* b) {
  double px = 0.0, py = 0.0, pz = 0.0;
  for (int i = 0; i < kBodies; ++i) {
    px += b[i].vx * b[i].mass;
    py += b[i].vy * b[i].mass;
    pz += b[i].vz * b[i].mass;
  }
  b[0].vx = -px / kSolarMass;
  b[0].vy = -py / kSolarMass;
  b[0].vz = -pz / kSolarMass;
}

static double energy(const Body* b) {
  double e = 0.0;
  for (int i = 0; i < kBodies; ++i) {
    e += 0.5 * b[i].mass * (b[i].vx * b[i].vx + b[i].vy * b[i].vy + b[i].vz * b[i].vz);
    for (int j = i + 1; j < kBodies; ++j) {
      double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
      e -= b[i].mass * b[j].mass / std::sqrt(dx * dx + dy * dy + dz * dz);
    }
  }
  return e;
}

static void advance(Body* b, double dt, long steps) {
  for (long s = 0; s < steps; ++s) {
    for (int i = 0; i < kBodies; ++i)
      for (int j = i + 1; j < kBodies; ++j) {
        double dx = b[i].x - b[j].x, dy = b[i].y - b[j].y, dz = b[i].z - b[j].z;
        double d2 = dx * dx + dy * dy + dz * dz;
        double mag = dt / (d2 * std::sqrt(d2));
        double mi = b[i].mass * mag, mj = b[j].mass * mag;
        b[i].vx -= dx * mj;
        b[i].vy -= dy * mj;
        b[i].vz -= dz * mj;
        b[j].vx += dx * mi;
        b[j].vy += dy * mi;
        b[j].vz += dz * mi;
      }
    for (int i = 0; i < kBodies; ++i) {
      b[i].x += dt * b[i].vx;
      b[i].y += dt * b[i].vy;
      b[i].z += dt * b[i].vz;
    }
  }
}

int main(int argc, char** argv) {
  long steps = argc > 1 ? std::atol(argv[1]) : 1000000;
  offset_momentum(g_bodies);
  double before = energy(g_bodies);
  auto t0 = std::chrono::steady_clock::now();
  advance(g_bodies, 0.01, steps);
  auto t1 = std::chrono::steady_clock::now();
  std::printf("checksum: %.9f %.9f\n", before, energy(g_bodies));
  std::printf("kernel_ms: %.6f\n", std::chrono::duration<double, std::milli>(t1 - t0).count());
}
