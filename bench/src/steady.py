# The steady-state harness for a Python implementation that warms up (PyPy), the
# counterpart of bench/interp/src/SteadyState.java for pyjit: run by that implementation as
#
#   pypy3 bench/src/steady.py ROUNDS RUNS PROGRAM.py [ARGS...]
#
# Each of ROUNDS rounds runs the program RUNS times, each time compiled afresh (the compile
# not timed) in a fresh __main__ module with sys.argv = [PROGRAM.py, *ARGS], its standard
# output captured. The first round is the JIT's warm-up; the times of every run of the later rounds
# are kept. Prints the first run's output to stdout (the runner checks it against CPython's),
# then one line on stderr: "steady wall=SECONDS cpu=SECONDS", the medians of the kept runs
# (the clock and the process's CPU time; PyPy's JIT and GC run on the program's thread).
# Exits 1 if the program raises or if a later run prints something else than the first
# (state leaking between runs would make the timing meaningless).
# Written for Python 3.9 and later (Debian's PyPy implements 3.9).
import io
import statistics
import sys
import time
import types


def main(argv):
    rounds, runs, path, args = int(argv[1]), int(argv[2]), argv[3], argv[4:]
    with open(path) as f:
        source = f.read()
    real_stdout = sys.stdout
    first = None
    walls, cpus = [], []
    for r in range(rounds):
        for _ in range(runs):
            # compiled for each run: PyPy's traces belong to a code object, and those of a
            # code object run again in a fresh module fail their guards on the old module's
            # globals (fib took 2.4 s per run at 3 rounds of 2, 0.32 s compiled afresh)
            code = compile(source, path, "exec")
            sys.argv = [path, *args]
            sys.stdout = out = io.StringIO()
            # a module's own namespace, not a plain dict: PyPy optimises the globals of a
            # module (a plain dict given to exec made fib 3x slower than as a process)
            module = types.ModuleType("__main__")
            module.__file__ = path
            sys.modules["__main__"] = module
            namespace = module.__dict__
            wall, cpu = time.perf_counter(), time.process_time()
            try:
                exec(code, namespace)
            finally:
                wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
                sys.stdout = real_stdout
            text = out.getvalue()
            if first is None:
                first = text
            elif text != first:
                print("steady.py: a later run printed something else than the first",
                      file=sys.stderr)
                return 1
            if r > 0:
                walls.append(wall)
                cpus.append(cpu)
    sys.stdout.write(first)
    sys.stdout.flush()
    print(f"steady wall={statistics.median(walls):.4f} cpu={statistics.median(cpus):.4f}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
