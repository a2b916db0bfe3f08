# The JVM options pyjit runs with, as a bash array: sourced by ./pyjit and by the benchmark
# runners, so that what bench/ measures is what users run.
# - SerialGC: the interpreter stores references into arrays on every instruction; on JDK 25
#   G1's write barrier takes a StoreLoad fence for a store into an old object (the thread
#   state, long-lived frames), which cost about 10% on call-heavy programs (measured with
#   bench/interp); a single-threaded interpreter gains nothing from a concurrent collector.
# - the JVM's full tiered JIT (C1 then C2): programs that run for a second or more are up to
#   2x faster than with C1 alone (fib, nbody, generators), for about 0.2 s more CPU at
#   start-up, which the start-up cache below wins back.
# - native access for the JIT's executable memory and JLine's terminal (no warnings).
PYJIT_JVM_OPTS=(-XX:+UseSerialGC --enable-native-access=ALL-UNNAMED)

# Start-up and memory (docs/internals/startup.md):
# - -Xmn (a fixed young generation; 24 MB first, 64 MB now, below) instead of a third of
#   the initial heap (126 MB on a 24 GB machine). A short-lived-garbage interpreter touches all of eden before its first
#   collection, so peak RSS followed the eden size: nbody 156 -> 75 MB, fib 155 -> 71 MB,
#   generators 207 -> 140 MB, with CPU time within the noise (bench/interp programs, min of
#   3-4 alternating runs). Start-up itself is unchanged by it.
# - 64 MB rather than 24 since branch sieve3 (docs/internals/interpreter.md, "Loop nests, call-heavy
#   programs and the collector"): a program that keeps a large array in the old generation
#   and stores into it (sieve's 4-million-element list) pays for each young collection a
#   scan of the array's dirty cards; sieve made 50 collections at 24 MB, 18 at 64 MB, and
#   the collector's CPU went from 0.37-0.45 s to 0.24-0.28 s (-Xlog:gc+cpu), wall time the
#   main thread waits. It costs resident memory where a program allocates more than 24 MB:
#   +25-40 MB of peak RSS on bench/interp's programs (sieve 195 -> 221 MB, binary_trees
#   96 -> 132); hello world stays at 41 MB. 96 and 128 MB saved little more on sieve (0.25,
#   0.24 s) for another 25 and 50 MB. The young generation does not grow by itself with
#   -XX:NewSize below -XX:MaxNewSize: the serial collector resizes it only after a full
#   collection.
# - ./pyjit and the benchmark runners start org.pyjit.cli.Main with the jar as pyjit_jar_opts
#   (below) gives it, not `-jar`: -jar opens the jar to read its manifest (a zip directory
#   of ~2000 entries) in Java, about 5 ms of CPU; with the AOT cache only the JVM's native
#   zip code opens it.
# - -XX:-UsePerfData: no hsperfdata file (/tmp/hsperfdata_$USER/PID, made, mapped and
#   deleted by every JVM for jps and jstat, which then do not list pyjit's JVMs; jcmd PID
#   still works) and no class-loading timers: 1.3-1.7 ms of wall time on `-c pass`, median
#   of 20-30 alternating runs real-time scheduled (docs/internals/startup.md, fifth pass).
# - -XX:StringTableSize=4096: the table of strings interned at run time starts with 4096
#   buckets instead of 65536, whose 512 KB the JVM zeroes at start-up (about 120 page
#   faults; 0.3-0.4 ms of wall time on `-c pass`, median of 30 runs). The table grows by
#   itself when a program interns more (its names: CodeObject), and the AOT cache's strings
#   are in a table of their own.
# - not used: -XX:+UseCompactObjectHeaders (none at
#   start-up, with a cache made with it), -XX:TieredStopAtLevel=1 (long runs up
#   to 2x slower); higher Tier3 thresholds save about 7 ms of CPU on `-c pass` but shift the
#   JIT's warm-up, which is another branch's business.
# - -XX:ArchiveRelocationMode=0 (a diagnostic option, hence the unlock): map the AOT cache at
#   the address it was made for, as JDKs before 20 did, instead of at a random one, which
#   makes the JVM rewrite every pointer in its 18 MB at each start (SharedDataRelocationTask
#   was the top symbol of a perf profile of `-c pass`; 2-4 ms of CPU, min of 20 runs). When
#   that address is taken the JVM still relocates. Costs the cache's metadata its address
#   randomisation; the code and the Java heap keep theirs.
# - -XX:-AOTReplayTraining (diagnostic): the cache holds no method profiles (see
#   pyjit_aot_prepare), but a JVM given a cache replays its training data by default: a
#   "Training replay" thread and work at class initialisation, about 3 ms of CPU on
#   `-c pass` (median of 30 alternating runs; docs/internals/startup.md). With no profiles
#   to replay it changes nothing else: bench/interp's programs as processes stayed within
#   their noise.
PYJIT_JVM_OPTS+=(-Xmn64m -XX:-UsePerfData -XX:StringTableSize=4096
  -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0 -XX:-AOTReplayTraining)

# Tier4BackEdgeThreshold 400000 instead of 40000 (branch sieve3; interpreter.md, "Loop
# nests, call-heavy programs and the collector"): C2's on-stack-replacement compile of a loop
# waits for ten times as many back edges. Interpreter.loop counts a back edge per Python
# instruction and an invocation per call, return or generator resumption; with the default,
# a program that calls a lot (nqueens: about 60 instructions per invocation) reached the OSR
# threshold before the standard compile's (1024 invocations at C1's notification interval),
# and C2's one thread compiled first a loop for the module frame alone (its `for` over the
# generator), while every other frame ran in C1's code until the standard compile after it.
# nqueens' process CPU 3.16-3.28 -> 2.67-2.80 s (min of 2-3 alternating runs, both
# alternations); the other 16 bench/interp programs within the noise (a single-frame loop,
# fannkuch or sieve, reaches 400000 back edges in C1's code in a few milliseconds).
PYJIT_JVM_OPTS+=(-XX:Tier4BackEdgeThreshold=400000)

# The interpreter loop's inlining budget (docs/internals/interpreter.md, "What C2 inlines
# into the loop"): C2 inlines callees into Interpreter.loop until their bytecode and the
# loop's own (~6000 bytes) reach 8000 (DesiredMethodLimit), and whatever it parses after
# that stays a call. These callees are not worth that budget: Calls.callBuiltin's target is
# a different lambda per builtin (inlined, it and the one builtin the profile saw cost
# mandelbrot ~250 bytes, for `counts.append`), the slow halves of the int and float
# operators are the rare operators and overflows, and the others run once per function
# made (PyFunction's constructor, 118 bytes), per loop (Ops.iter) or per site specialized.
PYJIT_JVM_OPTS+=(-XX:CompileCommand=quiet
  -XX:CompileCommand=dontinline,org.pyjit.runtime.Calls::callBuiltin
  -XX:CompileCommand=dontinline,org.pyjit.runtime.PyFunction::\<init\>
  -XX:CompileCommand=dontinline,org.pyjit.runtime.Ops::iter
  -XX:CompileCommand=dontinline,org.pyjit.interp.Specializer::forIter
  -XX:CompileCommand=dontinline,org.pyjit.interp.SpecializedOps::intOpSlow
  -XX:CompileCommand=dontinline,org.pyjit.interp.SpecializedOps::floatArithSlow)

# pyjit_jar_opts JAR [CLASSPATH]: sets PYJIT_JAR_OPTS to the options that put pyjit's jar
# where the JVM and the start-up cache expect it, to be followed by org.pyjit.cli.Main (or a
# harness on CLASSPATH). The jar is on the boot class path, not the application's: the
# application class loader defines a class from a jar through Java code run at start-up,
# interpreted (a URL for the jar, its manifest, a protection domain, a Package per package),
# 3-4 ms of CPU on `-c pass` that the boot loader, which does that natively, does not spend
# (docs/internals/startup.md). pyjit's code relies on no class loader of its own: its
# resources are found through the system class loader, which asks the boot loader first.
# The jar is also the class path, so that a class or resource the boot loader misses is not
# looked for in the working directory (the default class path), and the class path is the
# one the cache was made with: a JVM whose class path differs ignores the cache, silently.
pyjit_jar_opts() {
  PYJIT_JAR_OPTS=("-Xbootclasspath/a:$1" -cp "$1${2:+:$2}")
}

# pyjit_aot_prepare JAR: sets PYJIT_AOT_OPTS to use the start-up cache next to JAR
# (pyjit.aot), first making it when it is missing or older than the jar. The cache is JDK
# 25's AOT cache (JEPs 483, 514): the classes a training run (tools/aot/train.py) loaded and
# linked, so that a run starts with them instead of loading and verifying them again
# (`-c pass`: 0.50 s of CPU without, 0.06 s with; fib 35: 3.5 s without, 3.0 s with). It
# keeps no method profiles (-AOTRecordTraining, a diagnostic flag of the building JVM only):
# with the training run's profiles the JVM left the interpreter loop at C1 and fib took
# 5.3 s. The JVM checks that the cache matches the jar and JDK and ignores it silently
# otherwise (its logs are off); if a JDK cannot build it, pyjit runs without it.
# PYJIT_AOT=0 runs without it.
pyjit_aot_prepare() {
  local jar=$1 aot tmp
  [[ $jar == /* ]] || jar=$PWD/$jar # the training run below starts in another directory
  aot=${jar%.jar}.aot
  PYJIT_AOT_OPTS=()
  [ "${PYJIT_AOT:-1}" = 0 ] && return 0
  # remade after a build, and after a change of the training program (its path without a
  # fork: this runs at every start)
  if [ ! -f "$aot" ] || [ "$jar" -nt "$aot" ] \
      || [ "${BASH_SOURCE[0]%/*}/../aot/train.py" -nt "$aot" ]; then
    echo "pyjit: preparing the start-up cache (after a build)..." >&2
    tmp="$aot.$$.tmp"
    # run from the repository with a relative script path, as programs are usually run: the
    # paths the training takes are the ones the cache has linked
    pyjit_jar_opts "$jar"
    if (cd "$(dirname "${BASH_SOURCE[0]}")/../.." && "$PYJIT_JDK/bin/java" "${PYJIT_JVM_OPTS[@]}" \
        -Xlog:aot=off -Xlog:cds=off -XX:+UnlockDiagnosticVMOptions -XX:-AOTRecordTraining \
        -XX:AOTCacheOutput="$tmp" "${PYJIT_JAR_OPTS[@]}" org.pyjit.cli.Main tools/aot/train.py) \
        >/dev/null 2>&1 \
        && [ -s "$tmp" ]; then
      mv -f "$tmp" "$aot"
    else
      echo "pyjit: could not make the start-up cache; running without it" >&2
    fi
    rm -f "$tmp" "$tmp.config"
  fi
  PYJIT_AOT_OPTS=(-Xlog:aot=off -Xlog:cds=off)
  [ -f "$aot" ] && PYJIT_AOT_OPTS+=("-XX:AOTCache=$aot")
  return 0
}
