package org.pyjit.cli.tools;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The Java half of the whole-stdlib comparisons (tools/ast-compare, tools/symtable-compare):
 * runs a {@link Checker} on every file that the CPython dump script listed, in worker
 * threads, and reports.
 *
 * <p>Usage: {@code TOOL --root STDLIB_DIR --expected CACHE_DIR [--jobs N] [--timeout SECONDS]
 * [--results-out FILE] [--only RELPATH]... [tool flags]}. CACHE_DIR is the directory the dump
 * script printed (files.tsv plus expected/RELPATH.dump, see tools/lib/stdlib_dump.py).
 *
 * <p>Contract: a file passes when the checker returns null. A checker's exception, a
 * StackOverflowError included, and a timeout fail the file. Output: one line per failure,
 * sorted by path ({@code FAIL relpath: reason}), a line with the total time, and last,
 * exactly, {@code N passed, M failed}. --results-out gets one line per compared file,
 * {@code relpath TAB pass|fail}, for the baseline check in the run script. Exit status: 0
 * when nothing failed, 1 when something did, 2 on bad usage or input.
 *
 * <p>Why the worker threads: each check runs on a platform thread with a 512 MB stack,
 * because the recursive-descent parser and the recursive passes after it go deep on
 * legitimately nested code, and a deep-recursion bug must show up as a StackOverflowError
 * for that file rather than kill the run. A check that exceeds its time is reported and its
 * thread is abandoned (Java can no longer stop a thread), and a fresh worker takes over.
 * Time is measured as the worker's CPU time, with a wall-clock backstop at four times the
 * limit, so that a loaded machine or a CPU-burning abandoned thread does not make healthy
 * files time out.
 */
final class StdlibCompare {
  static final long STACK_BYTES = 512L << 20;
  /** Chars of context shown from each side around the first difference. */
  static final int CONTEXT = 60;

  /**
   * One line of files.tsv: {@code status} is "ok" for an accepted file, else the dump
   * script's word for why CPython rejected it, with its message.
   */
  record Entry(String rel, String status, String message) {
    boolean cpythonAccepts() {
      return status.equals("ok");
    }
  }

  /** Compares one file; returns null if it passes, else the reason it fails. */
  interface Checker {
    /**
     * @param source the file's bytes
     * @param expected CPython's dump for an accepted file, else null
     */
    String check(Entry e, Path file, byte[] source, String expected) throws Exception;
  }

  private final String tool;
  private final Path root;
  private final Path expected;
  private final long timeoutNanos;
  private final Checker checker;
  private final ConcurrentLinkedQueue<Entry> queue = new ConcurrentLinkedQueue<>();
  /** relpath -> reason, for failing files; with {@code passed}, guarded by {@code this}. */
  private final Map<String, String> failures = new TreeMap<>();
  private final List<String> passed = new ArrayList<>();
  private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();

  private StdlibCompare(String tool, Path root, Path expected, long timeoutNanos,
      Checker checker) {
    this.tool = tool;
    this.root = root;
    this.expected = expected;
    this.timeoutNanos = timeoutNanos;
    this.checker = checker;
  }

  /** Runs {@code main}'s body and exits: 2 for a broken run, never confused with 1. */
  static void exit(java.util.concurrent.Callable<Integer> body) {
    int status;
    try {
      status = body.call();
    } catch (Throwable e) {
      e.printStackTrace();
      status = 2;
    }
    System.out.flush();
    System.exit(status);
  }

  /**
   * Parses the common options (the tool's own flags, which take no value, are added to
   * {@code flags}), runs the checker made by {@code factory} on every listed file.
   */
  static int run(String tool, String[] args, Set<String> toolFlags,
      java.util.function.Function<Set<String>, Checker> factory, PrintStream out,
      PrintStream err) throws IOException, InterruptedException {
    Path root = null;
    Path expected = null;
    Path resultsOut = null;
    int jobs = Runtime.getRuntime().availableProcessors();
    double timeoutSeconds = 10;
    List<String> only = new ArrayList<>();
    Set<String> flags = new java.util.HashSet<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (toolFlags.contains(a)) {
        flags.add(a);
        continue;
      }
      if (i + 1 >= args.length) {
        err.println(tool + ": " + a + " needs a value");
        return 2;
      }
      String v = args[++i];
      switch (a) {
        case "--root" -> root = Path.of(v);
        case "--expected" -> expected = Path.of(v);
        case "--results-out" -> resultsOut = Path.of(v);
        case "--jobs" -> jobs = Math.max(1, Integer.parseInt(v));
        case "--timeout" -> timeoutSeconds = Double.parseDouble(v);
        case "--only" -> only.add(v);
        default -> {
          err.println(tool + ": unknown option " + a);
          return 2;
        }
      }
    }
    if (root == null || expected == null) {
      err.println("usage: " + tool + " --root STDLIB_DIR --expected CACHE_DIR " + toolFlags
          + " [--jobs N] [--timeout SECONDS] [--results-out FILE] [--only RELPATH]...");
      return 2;
    }
    List<Entry> entries = readManifest(expected.resolve("files.tsv"));
    if (!only.isEmpty()) {
      entries = entries.stream().filter(e -> only.contains(e.rel())).toList();
      if (entries.size() != only.stream().distinct().count()) {
        err.println(tool + ": --only names a file that is not in "
            + expected.resolve("files.tsv"));
        return 2;
      }
    }
    long t0 = System.nanoTime();
    StdlibCompare c = new StdlibCompare(tool, root, expected, (long) (timeoutSeconds * 1e9),
        factory.apply(flags));
    c.queue.addAll(entries);
    c.runWorkers(jobs);
    double seconds = (System.nanoTime() - t0) / 1e9;
    for (Map.Entry<String, String> f : c.failures.entrySet()) {
      out.println("FAIL " + f.getKey() + ": " + f.getValue());
    }
    out.printf("time: %.1f s (%d files, %d threads)%n", seconds, entries.size(), jobs);
    out.println(c.passed.size() + " passed, " + c.failures.size() + " failed");
    out.flush();
    if (resultsOut != null) {
      List<String> lines = new ArrayList<>();
      c.passed.forEach(rel -> lines.add(rel + "\tpass"));
      c.failures.keySet().forEach(rel -> lines.add(rel + "\tfail"));
      Files.write(resultsOut, lines, StandardCharsets.UTF_8);
    }
    return c.failures.isEmpty() ? 0 : 1;
  }

  static List<Entry> readManifest(Path tsv) throws IOException {
    List<Entry> entries = new ArrayList<>();
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", 3);
      if (f.length < 2 || (!f[1].equals("ok") && f.length < 3)) {
        throw new IOException("bad line in " + tsv + ": " + line);
      }
      entries.add(new Entry(f[0], f[1], f.length > 2 ? f[2] : null));
    }
    return entries;
  }

  private synchronized void record(Entry e, String failure) {
    if (failure == null) {
      passed.add(e.rel());
    } else {
      failures.put(e.rel(), failure);
    }
  }

  /** A worker thread; {@code current} is the entry it is on, claimed by CAS when done. */
  private final class Worker implements Runnable {
    final AtomicReference<Entry> current = new AtomicReference<>();
    volatile long startWall;
    volatile long startCpu;
    volatile boolean abandoned;
    Thread thread;

    @Override
    public void run() {
      while (!abandoned) {
        Entry e = queue.poll();
        if (e == null) {
          return;
        }
        startCpu = mx.getCurrentThreadCpuTime();
        startWall = System.nanoTime();
        current.set(e);
        String failure = check(e);
        if (current.compareAndSet(e, null)) {
          record(e, failure);
        }
      }
    }
  }

  private Worker startWorker(int n) {
    Worker w = new Worker();
    w.thread = new Thread(null, w, tool + "-" + n, STACK_BYTES);
    w.thread.setDaemon(true);
    w.thread.start();
    return w;
  }

  private void runWorkers(int jobs) throws InterruptedException {
    List<Worker> live = new ArrayList<>();
    int started = 0;
    for (int i = 0; i < jobs; i++) {
      live.add(startWorker(started++));
    }
    while (!live.isEmpty()) {
      Thread.sleep(20);
      for (int i = 0; i < live.size(); i++) {
        Worker w = live.get(i);
        if (!w.thread.isAlive()) {
          live.remove(i--);
          continue;
        }
        Entry e = w.current.get();
        if (e == null) {
          continue;
        }
        long wall = System.nanoTime() - w.startWall;
        long cpu = mx.getThreadCpuTime(w.thread.threadId()) - w.startCpu;
        if ((cpu > timeoutNanos || wall > 4 * timeoutNanos) && w.current.compareAndSet(e, null)) {
          record(e, String.format("timeout: still running after %.1f s CPU, %.1f s wall"
              + " (thread abandoned), in %s", cpu / 1e9, wall / 1e9, where(w.thread)));
          w.abandoned = true;
          live.set(i, startWorker(started++));
        }
      }
    }
  }

  /**
   * The top frames of a stuck thread: tells an endless loop from runaway recursion. Asks
   * the VM for three frames only: Thread.getStackTrace walks the whole stack, which takes
   * seconds on millions of recursive frames.
   */
  private String where(Thread t) {
    var info = mx.getThreadInfo(t.threadId(), 3);
    StackTraceElement[] st = info == null ? new StackTraceElement[0] : info.getStackTrace();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(3, st.length); i++) {
      sb.append(i == 0 ? "" : " <- ").append(st[i]);
    }
    return sb.isEmpty() ? "?" : sb.toString();
  }

  private String check(Entry e) {
    Path file = root.resolve(e.rel());
    String want = null;
    byte[] source;
    try {
      source = Files.readAllBytes(file);
      if (e.cpythonAccepts()) {
        want = Files.readString(expected.resolve("expected").resolve(e.rel() + ".dump"),
            StandardCharsets.UTF_8);
      }
    } catch (IOException ex) {
      return "cannot read input: " + ex;
    }
    try {
      return checker.check(e, file, source, want);
    } catch (Throwable ex) {
      return describe(ex);
    }
  }

  /** The exception and where it was thrown; StackOverflowError traces are too deep to print. */
  static String describe(Throwable ex) {
    StringBuilder sb = new StringBuilder(ex.getClass().getName());
    if (ex.getMessage() != null) {
      sb.append(": ").append(oneLine(ex.getMessage(), 200));
    }
    StackTraceElement[] st = ex.getStackTrace();
    if (st.length > 0) {
      sb.append(" at ").append(st[0]);
    }
    return sb.toString();
  }

  static String firstDifference(String want, String got) {
    int n = Math.min(want.length(), got.length());
    int i = 0;
    while (i < n && want.charAt(i) == got.charAt(i)) {
      i++;
    }
    int from = Math.max(0, i - CONTEXT / 3);
    return "dump differs at char " + i + " (CPython " + want.length() + " chars, pyjit "
        + got.length() + "): CPython «" + slice(want, from) + "» pyjit «" + slice(got, from)
        + "»";
  }

  private static String slice(String s, int from) {
    if (from >= s.length()) {
      return "<end>";
    }
    return oneLine(s.substring(from, Math.min(s.length(), from + CONTEXT)), CONTEXT);
  }

  /** Keeps a report on one line whatever the text contains. */
  static String oneLine(String s, int max) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length() && sb.length() < max; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        sb.append(String.format("\\x%02x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
