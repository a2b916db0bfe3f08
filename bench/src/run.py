# The side-by-side benchmark runner behind bench/run (see bench/README.md), run by CPython
# 3.13. bench/run finds the JDK, builds the jar and the start-up cache, compiles the
# steady-state harness and the chart writer, and passes all that in the environment
# (BENCH_* variables, below); this script finds the other implementations, runs the
# programs, checks their outputs and writes the results. A benchmark, not a test: nothing
# here asserts a time.
#
# Every output is compared with CPython 3.13's output of the same file at the same size: a
# difference, a failure or a non-zero exit status is an error (the row says so, the
# difference goes to stderr and the exit status is 1). Times and peak RSS come from
# /usr/bin/time (GNU time), so every process, the JVM's included, is measured the same way.
import math
import os
import platform
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.environ["BENCH_ROOT"]
JAVA = os.environ["BENCH_JAVA"]
JAR = os.environ["BENCH_JAR"]
JVM_OPTS = shlex.split(os.environ["BENCH_JVM_OPTS"])  # as ./pyjit runs, start-up cache included
HARNESS_CP = os.environ["BENCH_HARNESS_CP"]  # SteadyState and Chart, compiled by bench/run
JAR_OPTS = shlex.split(os.environ["BENCH_JAR_OPTS"])  # the jar as ./pyjit gives it to the JVM
# the same with the harness's classes on the class path
HARNESS_JAR_OPTS = shlex.split(os.environ["BENCH_HARNESS_JAR_OPTS"])
JDK_VERSION = os.environ.get("BENCH_JDK_VERSION", "")
GNU_TIME = "/usr/bin/time"

INTERP = os.path.join(ROOT, "bench/interp/programs")
JIT = os.path.join(ROOT, "bench/jit/programs")
JIT_C = os.path.join(ROOT, "bench/jit/c")

# The suite: group -> (directory, programs). One copy of each program: bench/interp holds
# the plain Python programs, bench/jit the @jit variants (with their C twins in bench/jit/c).
GROUPS = [
    ("numeric", INTERP, ["fib", "loops", "mandelbrot", "nbody", "spectral_norm",
                         "fannkuch", "sieve"]),
    ("jit", JIT, ["fib", "int_loop", "mandelbrot", "float_kernel", "nbody", "spectral_norm",
                  "fannkuch", "sieve"]),
    ("general", INTERP, ["nqueens", "oo_sim", "binary_trees", "objects", "dict_str",
                         "pipeline", "generators", "closures_exc", "float_math",
                         "unpacking"]),
    ("modules", INTERP, ["json_roundtrip", "random_gen", "collections_ops", "re_match"]),
]

# the column order of the tables and the chart; "pyjit steady" is pyjit inside one JVM,
# "pypy steady" PyPy inside one process (bench/src/steady.py); the jit group also runs under
# pyjit with its compilers off (@jit returns the plain function)
JIT_OFF = "pyjit -X jit=off"
IMPLS = ["cpython3.13", "cpython3.11", "pypy", "pyjit", JIT_OFF, "pyjit steady", "pypy steady",
         "C gcc -O2"]
STEADY = ("pyjit steady", "pypy steady")
STEADY_PY = os.path.join(ROOT, "bench/src/steady.py")


def runners_for(group, path, args, impls):
    """impl -> the full command line for one program (the JIT-off run in the jit group only:
    elsewhere pyjit compiles nothing, so it would repeat the pyjit column)."""
    runners = {impl: argv + [path, *args] for impl, argv in impls.items()}
    if group == "jit":
        runners[JIT_OFF] = impls["pyjit"] + ["-X", "jit=off", path, *args]
    return runners


def die(msg):
    print("bench/run: " + msg, file=sys.stderr)
    sys.exit(2)


def header_number(path, key):
    """The N of a '# KEY: N' line at the top of a program, or None."""
    with open(path) as f:
        for line in f:
            if not line.startswith("#"):
                break
            if line.startswith("# " + key + ":"):
                return line.split(":", 1)[1].split()[0]
    return None


def check_groups():
    """Every program file belongs to exactly one group, so none is silently left out."""
    for d in (INTERP, JIT):
        listed = {p for _, dd, ps in GROUPS if dd == d for p in ps}
        present = {f[:-3] for f in os.listdir(d) if f.endswith(".py")}
        if listed != present:
            die(f"{d}: programs {sorted(present - listed)} are in no group, "
                f"{sorted(listed - present)} are missing (update GROUPS in bench/src/run.py)")


def find_impls(tmp, want_pypy):
    """name -> argv prefix (the program path and size follow) of the implementations found."""
    impls = {"cpython3.13": [sys.executable]}
    for name, exe in (("cpython3.11", "python3.11"), ("pypy", "pypy3")):
        path = shutil.which(exe)
        if name == "pypy" and not want_pypy:
            path = None
        if path:
            real = subprocess.run([path, "-c", "import sys; print(sys.executable)"],
                                  capture_output=True, text=True).stdout.strip()
            impls[name] = [real or path]  # the interpreter itself, not a pyenv shim
    impls["pyjit"] = [JAVA, "-Xss64m", *JVM_OPTS, *JAR_OPTS, "org.pyjit.cli.Main"]
    return impls


def compile_c(tmp):
    """Each bench/jit/c/NAME.c built with gcc -O2 -std=c11 (no fused multiply-adds, so the
    floats are Python's bit for bit); name -> binary. Empty without gcc."""
    out = {}
    if not shutil.which("gcc"):
        return out
    for f in sorted(os.listdir(JIT_C)):
        if f.endswith(".c"):
            exe = os.path.join(tmp, f[:-2])
            subprocess.run(["gcc", "-O2", "-std=c11", "-o", exe, os.path.join(JIT_C, f), "-lm"],
                           check=True)
            out[f[:-2]] = exe
    return out


def measure(argv, tmp, env=None):
    """Runs argv once under GNU time: (stdout, stderr, status, wall s, cpu s, peak RSS MB).
    The wall time is this process's clock around the run (GNU time's own start included,
    about a millisecond)."""
    tfile = os.path.join(tmp, "time")
    t0 = time.perf_counter()  # GNU time's wall clock has a 10 ms resolution: too coarse for start-up
    p = subprocess.run([GNU_TIME, "-o", tfile, "-f", "%e %U %S %M", *argv],
                       capture_output=True, text=True, env=env)
    elapsed = time.perf_counter() - t0
    with open(tfile) as f:
        last = f.read().strip().splitlines()[-1].split()
    wall, user, sys_, rss = elapsed, float(last[1]), float(last[2]), int(last[3])
    return p.stdout, p.stderr, p.returncode, wall, user + sys_, rss / 1024


def steady(prog, args, rounds, runs, pypy=None):
    """pyjit inside one JVM (bench/interp/src/SteadyState.java), or with pypy (its command)
    PyPy inside one process (bench/src/steady.py): (stdout, stderr, status, wall s, cpu s)
    of the median run after the warm-up round. Both harnesses print the same line."""
    harness = ([*pypy, STEADY_PY] if pypy
               else [JAVA, "-Xss64m", *JVM_OPTS, *HARNESS_JAR_OPTS, "SteadyState"])
    p = subprocess.run([*harness, str(rounds), str(runs), prog, *args],
                       capture_output=True, text=True)
    wall = cpu = None
    for line in p.stderr.splitlines():
        if line.startswith("steady wall="):
            parts = dict(kv.split("=") for kv in line.split()[1:])
            wall, cpu = float(parts["wall"]), float(parts["cpu"])
    return p.stdout, p.stderr, p.returncode, wall, cpu


def report_diff(name, impl, ref, out, err, status):
    print(f"bench/run: {name}: {impl} ", end="", file=sys.stderr)
    if status != 0:
        print(f"exited with status {status}", file=sys.stderr)
    else:
        print("printed something else than CPython 3.13:", file=sys.stderr)
        print("  expected: " + ref[:300].replace("\n", "\\n"), file=sys.stderr)
        print("  got:      " + out[:300].replace("\n", "\\n"), file=sys.stderr)
    for line in err.strip().splitlines()[-5:]:
        print("  | " + line, file=sys.stderr)


def programs(names):
    for group, d, progs in GROUPS:
        for p in progs:
            key = f"{group}/{p}"
            if names and p not in names and key not in names and group not in names:
                continue
            yield group, p, os.path.join(d, p + ".py")


def smoke(names, impls, cbins, tmp):
    """Each program once at its smoke size under every implementation, outputs compared."""
    failed = False
    checks = []
    for group, name, path in programs(names):
        size = header_number(path, "smoke size")
        if size is None:
            die(f"{path} has no '# smoke size:' line")
        checks.append((group, name, path, size))
    # the steady-state harness runs every program twice in one JVM per group (a JVM start
    # saved per program; one per group because it names its outputs by file name)
    for group in dict.fromkeys(g for g, *_ in checks):
        sdir = os.path.join(tmp, "steady", group)
        os.makedirs(sdir)
        harness_args = [a for g, _, path, size in checks if g == group for a in (path, size)]
        hp = subprocess.run([JAVA, "-Xss64m", *JVM_OPTS, *HARNESS_JAR_OPTS,
                             "SteadyState", "--check", sdir, *harness_args],
                            capture_output=True, text=True)
        if hp.returncode != 0:
            print(hp.stderr, file=sys.stderr)
            failed = True
    for group, name, path, size in checks:
        outs = {}
        ok = True
        ref = None
        for impl, argv in runners_for(group, path, [size], impls).items():
            out, err, status, *_ = measure(argv, tmp)
            if impl == "cpython3.13":
                ref = out
                if status != 0:
                    report_diff(name, impl, "", out, err, status)
                    ok = False
            elif out != ref or status != 0:
                report_diff(name, impl, ref, out, err, status)
                ok = False
            outs[impl] = status
        sout = os.path.join(tmp, "steady", group, name + ".out")
        sgot = open(sout).read() if os.path.exists(sout) else ""
        if sgot != ref:
            report_diff(name, "pyjit steady", ref or "", sgot, "", 0)
            ok = False
        if group == "jit" and name in cbins:
            out, err, status, *_ = measure([cbins[name], size], tmp)
            if out != ref or status != 0:
                report_diff(name, "C", ref, out, err, status)
                ok = False
        print(f"{'ok  ' if ok else 'FAIL'} {group}/{name} {size}", flush=True)
        failed |= not ok
    return 1 if failed else 0


def geomean(xs):
    xs = [x for x in xs if x]
    return math.exp(sum(math.log(x) for x in xs) / len(xs)) if xs else None


def fmt(x, digits=2):
    return "" if x is None else f"{x:.{digits}f}"


def ratio(x, ref):
    return "" if x is None or not ref else f"{x / ref:.2f}×"


def timed(names, impls, cbins, tmp, n, steady_rounds, steady_runs):
    """rows: (group, name, {impl: (wall, cpu, rss)}) with medians of n runs, or None for
    a program whose outputs differ."""
    rows = []
    order = list(impls) + [JIT_OFF] + (["C gcc -O2"] if cbins else [])
    for group, name, path in programs(names):
        size = header_number(path, "size")
        args = [size] if size else []
        runners = runners_for(group, path, args, impls)
        if group == "jit" and name in cbins:
            runners["C gcc -O2"] = [cbins[name], *args]
        samples = {impl: [] for impl in runners}
        ok = True
        ref = None
        for r in range(n):
            # alternate: each run starts at another implementation, so a change in the
            # machine's load does not always hit the same one (CPython 3.13 first in run 0
            # gives the reference output)
            names_r = [i for i in order if i in runners]
            names_r = names_r[r % len(names_r):] + names_r[:r % len(names_r)]
            for impl in names_r:
                out, err, status, wall, cpu, rss = measure(runners[impl], tmp)
                if impl == "cpython3.13" and ref is None:
                    ref = out
                samples[impl].append((wall, cpu, rss, out, err, status))
        for impl, ss in samples.items():
            for (_, _, _, out, err, status) in ss:
                if out != ref or status != 0:
                    report_diff(name, impl, ref or "", out, err, status)
                    ok = False
                    break
        if not ok:
            rows.append((group, name, None))
            print(f"bench/run: {group}/{name}: outputs differ", file=sys.stderr, flush=True)
            continue
        res = {impl: tuple(statistics.median(s[k] for s in ss) for k in range(3))
               for impl, ss in samples.items()}
        for impl in STEADY:
            if impl == "pypy steady" and "pypy" not in impls:
                continue
            out, err, status, wall, cpu = steady(path, args, steady_rounds, steady_runs,
                                                 impls["pypy"] if impl == "pypy steady" else None)
            if status != 0 or out != ref or wall is None:
                report_diff(name, impl, ref, out, err, status)
                ok = False
                break
            res[impl] = (wall, cpu, None)
        if not ok:
            rows.append((group, name, None))
            continue
        rows.append((group, name, res))
        print(f"bench/run: {group}/{name}: " + ", ".join(
            f"{i} {v[0]:.2f} s" for i, v in res.items()), file=sys.stderr, flush=True)
    return rows


def machine(impls):
    def first_line(cmd):
        try:
            p = subprocess.run(cmd, capture_output=True, text=True)
            return (p.stdout + p.stderr).strip().splitlines()[0]
        except (OSError, IndexError):
            return "?"
    cpu = "?"
    with open("/proc/cpuinfo") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = "?"
    with open("/proc/meminfo") as f:
        mem = f"{int(f.readline().split()[1]) / 1024 / 1024:.1f} GiB"
    lines = [f"- CPU: {cpu}, {os.cpu_count()} logical cores, {mem} of memory; "
             f"{platform.system()} {platform.release()}; load average at the end "
             f"{os.getloadavg()[0]:.1f} (other work shares the machine)",
             f"- JDK: {JDK_VERSION}; pyjit: {first_line(['git', '-C', ROOT, 'describe', '--always', '--dirty'])}"]
    for name, argv in impls.items():
        if name != "pyjit":
            lines.append(f"- {name}: {first_line([argv[0], '--version'])} ({argv[0]})")
    if shutil.which("gcc"):
        lines.append(f"- C: {first_line(['gcc', '--version'])}, -O2 -std=c11")
    return lines


def startup(impls, tmp, n):
    """`-c pass` and hello world: median wall, CPU and peak RSS of n runs each."""
    hello = os.path.join(tmp, "hello.py")
    with open(hello, "w") as f:
        f.write('print("hello world")\n')
    rows = []
    for what, args in (("-c pass", ["-c", "pass"]), ("hello world", [hello])):
        res = {}
        for impl, argv in impls.items():
            ss = [measure(argv + args, tmp)[3:] for _ in range(n)]
            res[impl] = tuple(statistics.median(s[k] for s in ss) for k in range(3))
        rows.append((what, res))
    return rows


def write_results(rows, start_rows, impls, n, steady_rounds, steady_runs, outdir, jit_off_note):
    cols = [i for i in IMPLS if any(r and i in r for _, _, r in rows)]
    lines = ["# Benchmark results", "",
             f"Produced by `bench/run` on {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}: "
             f"median of {n} runs per implementation (alternating), as processes (start-up "
             f"included); pyjit steady and pypy steady: {steady_rounds} rounds of {steady_runs} runs "
             "in one JVM or PyPy process, the first round warm-up, the median later run. Ratios are against CPython 3.13 "
             "(below 1× is faster than CPython). The last row of each group is its geometric mean.",
             "", jit_off_note, "", "## Machine", ""] + machine(impls)
    for title, k, unit in (("Wall time", 0, "s"), ("CPU time (user + system)", 1, "CPU s")):
        lines += ["", f"## {title}", ""]
        head = "| group | program | " + " | ".join(f"{c} ({unit})" for c in cols)
        head += " | " + " | ".join(f"{c} / 3.13" for c in cols if c != "cpython3.13") + " |"
        lines += [head, "| " + " | ".join(["---", "---"] + ["--:"] * (2 * len(cols) - 1)) + " |"]
        for group, _, _ in GROUPS:
            grows = [(name, r) for g, name, r in rows if g == group]
            if not grows:
                continue
            for name, r in grows:
                if r is None:
                    lines.append(f"| {group} | {name} | outputs differ or a run failed (see stderr) |")
                    continue
                v = {c: (r[c][k] if c in r else None) for c in cols}
                lines.append(f"| {group} | {name} | " + " | ".join(fmt(v[c]) for c in cols) + " | "
                             + " | ".join(ratio(v[c], v["cpython3.13"]) for c in cols
                                          if c != "cpython3.13") + " |")
            ok = [r for _, r in grows if r]
            g = {c: geomean([r[c][k] for r in ok if c in r]) if all(c in r for r in ok) else None
                 for c in cols}
            lines.append(f"| {group} | **geometric mean** | " + " | ".join(fmt(g[c]) for c in cols)
                         + " | " + " | ".join(ratio(g[c], g["cpython3.13"]) for c in cols
                                              if c != "cpython3.13") + " |")
    mcols = [c for c in cols if c not in STEADY]
    lines += ["", "## Peak memory (maximum resident set size, MB)", "",
              "| group | program | " + " | ".join(mcols) + " | pyjit / 3.13 |",
              "| " + " | ".join(["---", "---"] + ["--:"] * (len(mcols) + 1)) + " |"]
    for group, name, r in rows:
        if r:
            lines.append(f"| {group} | {name} | " + " | ".join(
                fmt(r[c][2], 0) if c in r else "" for c in mcols) + " | "
                + ratio(r["pyjit"][2], r["cpython3.13"][2]) + " |")
    if start_rows:
        scols = list(impls)
        lines += ["", "## Start-up", "",
                  "Median of the runs; `pyjit` is started as `./pyjit` starts it (JVM options "
                  "of tools/lib/jvm-options.sh, the AOT start-up cache).", "",
                  "| what | " + " | ".join(f"{c} wall (s)" for c in scols)
                  + " | pyjit / 3.13 wall | " + " | ".join(f"{c} CPU (s)" for c in scols)
                  + " | " + " | ".join(f"{c} RSS (MB)" for c in scols) + " |",
                  "| " + " | ".join(["---"] + ["--:"] * (3 * len(scols) + 1)) + " |"]
        for what, res in start_rows:
            lines.append(f"| `{what}` | " + " | ".join(f"{res[c][0]:.3f}" for c in scols)
                         + " | " + ratio(res["pyjit"][0], res["cpython3.13"][0]) + " | "
                         + " | ".join(f"{res[c][1]:.3f}" for c in scols) + " | "
                         + " | ".join(f"{res[c][2]:.0f}" for c in scols) + " |")
    os.makedirs(outdir, exist_ok=True)
    md = os.path.join(outdir, "results.md")
    with open(md, "w") as f:
        f.write("\n".join(lines) + "\n")
    # the chart's data: one line per program, the wall-time ratio of each implementation
    tsv = os.path.join(outdir, "results.tsv")
    with open(tsv, "w") as f:
        f.write("program\t" + "\t".join(c for c in cols if c != "cpython3.13") + "\n")
        for group, name, r in rows:
            if r:
                f.write(f"{group}/{name}\t" + "\t".join(
                    f"{r[c][0] / r['cpython3.13'][0]:.4f}" if c in r else ""
                    for c in cols if c != "cpython3.13") + "\n")
    png = os.path.join(outdir, "chart.png")
    subprocess.run([JAVA, "-Djava.awt.headless=true", "-cp", HARNESS_CP, "Chart", tsv, png,
                    f"Wall time relative to CPython 3.13 (log scale, lower is faster; median of {n})"],
                   check=True)
    print(f"bench/run: wrote {md}, {tsv} and {png}", file=sys.stderr)
    print("\n".join(lines))


def main():
    argv = sys.argv[1:]
    n, steady_rounds, steady_runs = 5, 3, 2
    do_smoke = do_startup_only = False
    want_pypy = True
    outdir = os.path.join(ROOT, "bench/results")
    names = []
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--smoke":
            do_smoke = True
        elif a == "--startup":
            do_startup_only = True
        elif a in ("-n", "--runs"):
            i += 1
            n = int(argv[i])
        elif a == "--steady":
            i += 1
            steady_rounds, steady_runs = (int(x) for x in argv[i].split("x"))
        elif a == "--no-pypy":
            want_pypy = False
        elif a == "--out":
            i += 1
            outdir = os.path.abspath(argv[i])
        elif a.startswith("-"):
            die(f"unknown option {a}")
        else:
            names.append(a)
        i += 1
    check_groups()
    with tempfile.TemporaryDirectory(prefix="pyjit-bench-") as tmp:
        impls = find_impls(tmp, want_pypy)
        missing = [i for i in ("cpython3.11", "pypy") if i not in impls]
        if missing:
            print(f"bench/run: not found: {', '.join(missing)} (their columns stay empty; "
                  "bench/run --install-pypy installs PyPy)", file=sys.stderr)
        # pyjit compiles only @jit functions (tier 2 is not yet entered by the interpreter)
        jit_off_note = ("pyjit with the JIT off (`pyjit -X jit=off`, where @jit returns the "
                        "plain function) is shown for the jit group, whose `pyjit` column is "
                        "the @jit variant; in the numeric and general groups pyjit compiles "
                        "nothing (no automatic JIT tier yet), so their `pyjit` column already "
                        "is the interpreter.")
        cbins = compile_c(tmp)
        if do_smoke:
            sys.exit(smoke(names, impls, cbins, tmp))
        start_rows = startup(impls, tmp, max(n, 5)) if not names or do_startup_only else []
        if do_startup_only:  # printed only: bench/results keeps the whole suite's run
            for what, res in start_rows:
                print(f"{what}: " + ", ".join(
                    f"{impl} {w:.3f} s wall, {c:.2f} s CPU, {m:.0f} MB" for impl, (w, c, m)
                    in res.items()) + f"; pyjit / 3.13 wall {res['pyjit'][0] / res['cpython3.13'][0]:.1f}×")
            return
        rows = [] if do_startup_only else timed(names, impls, cbins, tmp, n, steady_rounds,
                                                 steady_runs)
        write_results(rows, start_rows, impls, n, steady_rounds, steady_runs, outdir,
                      jit_off_note)
        sys.exit(1 if any(r is None for _, _, r in rows) else 0)


main()
