# Runs a Python program and then prints, on stderr, the CPU seconds each kind of thread of
# this process used: the main (program) thread, the C2 and C1 compiler threads, the VM
# thread with the collector, and the rest.
#
#   ./pyjit tools/perf/thread-cpu.py PROGRAM.py [ARGS...]
#   python3 tools/perf/thread-cpu.py PROGRAM.py [ARGS...]     (CPython: main thread only)
#
# Why: on a machine shared with other work, wall time measures the load, and process CPU
# mixes the program's thread with the JIT compiler's; the main thread's CPU is what the
# program's wall time would be on an idle machine with a core free for the compiler
# (docs/internals/interpreter.md, branch perf5). Linux only (/proc/self/task); the figures
# are in clock ticks (1/100 s).
import os
import sys
import time

program = sys.argv[1]
sys.argv = sys.argv[1:]
with open(program) as source:
    code = compile(source.read(), program, 'exec')
exec(code, {'__name__': '__main__', '__file__': program})
sys.stdout.flush()

main = time.thread_time()
kinds = {}
try:
    tick = os.sysconf('SC_CLK_TCK')
except (AttributeError, ValueError, OSError):
    tick = 100
try:
    for task in os.listdir('/proc/self/task'):
        with open('/proc/self/task/' + task + '/stat') as f:
            stat = f.read()
        name = stat[stat.index('(') + 1:stat.rindex(')')]
        fields = stat[stat.rindex(')') + 2:].split()
        seconds = (int(fields[11]) + int(fields[12])) / tick  # utime + stime
        if name.startswith('C2 Compiler'):
            kind = 'c2'
        elif name.startswith('C1 Compiler'):
            kind = 'c1'
        elif name.startswith('VM Thread') or 'GC' in name:
            kind = 'vm+gc'
        else:
            kind = 'other'  # includes the main thread, listed on its own below
        kinds[kind] = kinds.get(kind, 0.0) + seconds
except OSError:
    pass
kinds['other'] = max(0.0, kinds.get('other', 0.0) - main)
print('thread-cpu: main=%.3f' % main
      + ''.join(' %s=%.2f' % (k, kinds[k]) for k in ('c2', 'c1', 'vm+gc', 'other') if k in kinds),
      file=sys.stderr)
