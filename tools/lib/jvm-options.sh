# The JVM options pyjit runs with, as a bash array: sourced by ./pyjit and by the benchmark
# runners, so that what bench/ measures is what users run.
# - SerialGC: the interpreter stores references into arrays on every instruction; on JDK 25
#   G1's write barrier takes a StoreLoad fence for a store into an old object (the thread
#   state, long-lived frames), which cost about 10% on call-heavy programs (measured with
#   bench/interp); a single-threaded interpreter gains nothing from a concurrent collector.
# - the JVM's full tiered JIT (C1 then C2): programs that run for a second or more are up to
#   2x faster than with C1 alone (fib, nbody, generators), for about 0.2 s more CPU at
#   start-up.
# - native access for the JIT's executable memory and JLine's terminal (no warnings).
PYJIT_JVM_OPTS=(-XX:+UseSerialGC -Xshare:auto --enable-native-access=ALL-UNNAMED)
