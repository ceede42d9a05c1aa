# N-body: the Sun and the four gas giants, symplectic Euler steps of dt = 0.01
# (the Computer Language Benchmarks Game problem). Prints the total energy
# before and after, rounded to 9 decimals, and the kernel time.
#   nbody [steps]   (default 1000000)
from std.math import pi, sqrt
from std.sys import argv
from std.time import perf_counter_ns

comptime SOLAR_MASS = 4.0 * pi * pi
comptime DAYS_PER_YEAR = 365.24


@fieldwise_init
struct Body(Copyable, Movable):
    var x: Float64
    var y: Float64
    var z: Float64
    var vx: Float64
    var vy: Float64
    var vz: Float64
    var mass: Float64


def make_bodies() -> List[Body]:
    # Positions in AU, velocities in AU/day (scaled to AU/year), masses in
    # solar masses: the benchmark's fixed initial state.
    var bodies = List[Body]()
    bodies.append(Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS))
    bodies.append(
        Body(
            4.84143144246472090e00,
            -1.16032004402742839e00,
            -1.03622044471123109e-01,
            1.66007664274403694e-03 * DAYS_PER_YEAR,
            7.69901118419740425e-03 * DAYS_PER_YEAR,
            -6.90460016972063023e-05 * DAYS_PER_YEAR,
            9.54791938424326609e-04 * SOLAR_MASS,
        )
    )
    bodies.append(
        Body(
            8.34336671824457987e00,
            4.12479856412430479e00,
            -4.03523417114321381e-01,
            -2.76742510726862411e-03 * DAYS_PER_YEAR,
            4.99852801234917238e-03 * DAYS_PER_YEAR,
            2.30417297573763929e-05 * DAYS_PER_YEAR,
            2.85885980666130812e-04 * SOLAR_MASS,
        )
    )
    bodies.append(
        Body(
            1.28943695621391310e01,
            -1.51111514016986312e01,
            -2.23307578892655734e-01,
            2.96460137564761618e-03 * DAYS_PER_YEAR,
            2.37847173959480950e-03 * DAYS_PER_YEAR,
            -2.96589568540237556e-05 * DAYS_PER_YEAR,
            4.36624404335156298e-05 * SOLAR_MASS,
        )
    )
    bodies.append(
        Body(
            1.53796971148509165e01,
            -2.59193146099879641e01,
            1.79258772950371181e-01,
            2.68067772490389322e-03 * DAYS_PER_YEAR,
            1.62824170038242295e-03 * DAYS_PER_YEAR,
            -9.51592254519715870e-05 * DAYS_PER_YEAR,
            5.15138902046611451e-05 * SOLAR_MASS,
        )
    )
    return bodies^


def offset_momentum(mut bodies: List[Body]):
    # Give the Sun the momentum that makes the system's total zero.
    var px: Float64 = 0.0
    var py: Float64 = 0.0
    var pz: Float64 = 0.0
    for i in range(len(bodies)):
        px += bodies[i].vx * bodies[i].mass
        py += bodies[i].vy * bodies[i].mass
        pz += bodies[i].vz * bodies[i].mass
    bodies[0].vx = -px / SOLAR_MASS
    bodies[0].vy = -py / SOLAR_MASS
    bodies[0].vz = -pz / SOLAR_MASS


def energy(bodies: List[Body]) -> Float64:
    var e: Float64 = 0.0
    var n = len(bodies)
    for i in range(n):
        var vx = bodies[i].vx
        var vy = bodies[i].vy
        var vz = bodies[i].vz
        e += 0.5 * bodies[i].mass * (vx * vx + vy * vy + vz * vz)
        for j in range(i + 1, n):
            var dx = bodies[i].x - bodies[j].x
            var dy = bodies[i].y - bodies[j].y
            var dz = bodies[i].z - bodies[j].z
            e -= bodies[i].mass * bodies[j].mass / sqrt(dx * dx + dy * dy + dz * dz)
    return e


def advance(mut bodies: List[Body], dt: Float64, steps: Int):
    var n = len(bodies)
    for _ in range(steps):
        # Pairwise velocity updates, then positions (symplectic Euler).
        for i in range(n):
            for j in range(i + 1, n):
                var dx = bodies[i].x - bodies[j].x
                var dy = bodies[i].y - bodies[j].y
                var dz = bodies[i].z - bodies[j].z
                var d2 = dx * dx + dy * dy + dz * dz
                var mag = dt / (d2 * sqrt(d2))
                var mi = bodies[i].mass * mag
                var mj = bodies[j].mass * mag
                bodies[i].vx -= dx * mj
                bodies[i].vy -= dy * mj
                bodies[i].vz -= dz * mj
                bodies[j].vx += dx * mi
                bodies[j].vy += dy * mi
                bodies[j].vz += dz * mi
        for i in range(n):
            bodies[i].x += dt * bodies[i].vx
            bodies[i].y += dt * bodies[i].vy
            bodies[i].z += dt * bodies[i].vz


def main() raises:
    var steps = 1000000
    var args = argv()
    if len(args) > 1:
        steps = Int(args[1])
    var bodies = make_bodies()
    offset_momentum(bodies)
    var before = energy(bodies)
    var t0 = perf_counter_ns()
    advance(bodies, 0.01, steps)
    var t1 = perf_counter_ns()
    var after = energy(bodies)
    print("checksum:", round(before, 9), round(after, 9))
    print("kernel_ms:", Float64(t1 - t0) / 1e6)
