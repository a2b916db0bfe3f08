package org.pyjit.parse;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test support: runs tasks one at a time on a daemon thread with a large stack and a CPU-time
 * limit, and hands back whatever happened (value, any Throwable including Errors, or a
 * timeout) instead of letting it escape.
 *
 * <p>Why: the parser tests must tell "threw StackOverflowError" and "ran too long" apart from
 * ordinary failures, and one runaway input must not stop the rest of a run. The stack is
 * large because recursive-descent parsing and dumping legitimately recurse deep; the limit is
 * on the worker's CPU time (with a wall-clock backstop) so a loaded build machine does not
 * produce false timeouts. Java cannot stop a thread, so a timed-out worker is abandoned (it
 * is a daemon) and the next task gets a fresh one.
 */
final class BigStackRunner implements AutoCloseable {
  /** Wall-clock backstop, as a multiple of the CPU limit. */
  private static final int WALL_FACTOR = 10;

  /** What a task did. Exactly one of value/thrown is meaningful unless timedOut. */
  record Outcome<T>(T value, Throwable thrown, boolean timedOut, long cpuNanos, long wallNanos,
      String stuckAt) {}

  private final String name;
  private final long stackBytes;
  private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
  private ExecutorService executor;
  private volatile Thread worker;
  private int abandoned;

  BigStackRunner(String name, long stackBytes) {
    this.name = name;
    this.stackBytes = stackBytes;
    this.executor = newExecutor();
  }

  private ExecutorService newExecutor() {
    return Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(null, r, name, stackBytes);
      t.setDaemon(true);
      worker = t;
      return t;
    });
  }

  /** Threads abandoned after a timeout; each may still be burning a core. */
  int abandonedThreads() {
    return abandoned;
  }

  <T> Outcome<T> run(Callable<T> task, Duration cpuLimit) {
    long limit = cpuLimit.toNanos();
    AtomicLong startCpu = new AtomicLong(-1);
    long startWall = System.nanoTime();
    Future<T> f = executor.submit(() -> {
      startCpu.set(mx.getCurrentThreadCpuTime());
      return task.call();
    });
    while (true) {
      try {
        T v = f.get(50, TimeUnit.MILLISECONDS);
        return new Outcome<>(v, null, false, cpuSince(startCpu.get()), System.nanoTime() - startWall,
            null);
      } catch (ExecutionException e) {
        return new Outcome<>(null, e.getCause(), false, cpuSince(startCpu.get()),
            System.nanoTime() - startWall, null);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      } catch (TimeoutException e) {
        long cpu = cpuSince(startCpu.get());
        long wall = System.nanoTime() - startWall;
        if (cpu > limit || wall > WALL_FACTOR * limit) {
          String at = stackTop(worker);
          executor.shutdownNow();
          abandoned++;
          executor = newExecutor();
          return new Outcome<>(null, null, true, cpu, wall, at);
        }
      }
    }
  }

  private long cpuSince(long start) {
    Thread t = worker;
    if (start < 0 || t == null) {
      return 0;
    }
    long now = mx.getThreadCpuTime(t.threadId());
    return now < 0 ? 0 : now - start;
  }

  /** A few top frames, fetched without walking a possibly enormous stack. */
  private String stackTop(Thread t) {
    ThreadInfo info = t == null ? null : mx.getThreadInfo(t.threadId(), 6);
    if (info == null) {
      return "?";
    }
    StringBuilder sb = new StringBuilder();
    for (StackTraceElement e : info.getStackTrace()) {
      sb.append("\n    at ").append(e);
    }
    return sb.toString();
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
