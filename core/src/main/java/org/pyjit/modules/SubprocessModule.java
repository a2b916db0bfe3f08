package org.pyjit.modules;

import static org.pyjit.modules.PythonHalf.fn;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyObject;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * {@code _subprocess}: child processes over java.lang.ProcessBuilder for subprocess.py,
 * which holds the API (Popen, run, the exceptions, text decoding).
 *
 * <p>{@code spawn(argv, cwd, env, stdin, stdout, stderr)} starts a process: argv a list of
 * str, cwd a str or None, env a dict of str or None (the parent's environment), and each
 * stream a mode: {@code "inherit"}, {@code "pipe"}, {@code "devnull"}, {@code "stdout"}
 * (stderr only: merged into stdout), or a file path (the stream redirected to it, stdout
 * and stderr appending). A failure to start raises OSError with the errno the JDK reports.
 * The handle then serves {@code read}, {@code write}, {@code close}, {@code wait} (with a
 * timeout: None when it passes), {@code poll}, {@code signal} and {@code communicate},
 * which drains the pipes on threads while it writes the input, so a child filling one
 * pipe cannot block on the other; called again after a timeout it goes on collecting.
 *
 * <p>Exit status: the JDK reports a child killed by signal N as 128+N, indistinguishable
 * from an exit with that status; only a signal this module sent (signal()) is reported as
 * CPython reports it, -N.
 */
public final class SubprocessModule {
  private SubprocessModule() {}

  private static final PyType HANDLE = PythonHalf.handleType("process_handle", "_subprocess");

  /** A started child and what communicate() has collected from it so far. */
  private static final class Child extends PyObject {
    final Process process;
    int sentSignal;
    Thread outReader;
    Thread errReader;
    Thread writer;
    /** Copiers of an inherited stream into a redirected standard stream (see spawn). */
    final List<Thread> pumps = new ArrayList<>();
    boolean pumpedOut;
    boolean pumpedErr;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    volatile IOException writeError;

    Child(Process process) {
      this.process = process;
    }

    @Override
    public PyType type() {
      return HANDLE;
    }
  }

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_subprocess");
    fn(d, "spawn", SubprocessModule::spawn);
    fn(d, "pid", a -> child(a[0]).process.pid());
    fn(d, "read", a -> read(child(a[0]), (String) a[1], Ops.asIndex(a[2])));
    fn(d, "readline", a -> readline(child(a[0]), (String) a[1]));
    fn(d, "write", a -> {
      try {
        OutputStream o = child(a[0]).process.getOutputStream();
        byte[] b = BinasciiModule.binary(a[1]);
        o.write(b);
        o.flush();
        return (long) b.length;
      } catch (IOException e) {
        throw Errors.osError(32, "Broken pipe");
      }
    });
    fn(d, "close", a -> {
      Child c = child(a[0]);
      try {
        switch ((String) a[1]) {
          case "stdin" -> c.process.getOutputStream().close();
          case "stdout" -> c.process.getInputStream().close();
          default -> c.process.getErrorStream().close();
        }
      } catch (IOException e) {
        // closing an already broken pipe: nothing left to release
      }
      return PySingleton.NONE;
    });
    fn(d, "wait", a -> {
      Child c = child(a[0]);
      double timeout = a[1] == PySingleton.NONE ? -1 : Ops.toDouble(a[1]);
      return waitFor(c, timeout) ? status(c) : PySingleton.NONE;
    });
    fn(d, "poll", a -> {
      Child c = child(a[0]);
      if (c.process.isAlive()) {
        return PySingleton.NONE;
      }
      try {
        joinPumps(c);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw Errors.raise(Types.KEYBOARD_INTERRUPT, "");
      }
      return status(c);
    });
    fn(d, "signal", a -> {
      Child c = child(a[0]);
      int sig = (int) Ops.asIndex(a[1]);
      if (c.process.isAlive()) {
        c.sentSignal = sig;
        if (sig == 9) {
          c.process.destroyForcibly();
        } else {
          c.process.destroy(); // SIGTERM: the JDK sends no other signal
        }
      }
      return PySingleton.NONE;
    });
    fn(d, "communicate", a -> communicate(child(a[0]), a[1],
        a[2] == PySingleton.NONE ? -1 : Ops.toDouble(a[2])));
    fn(d, "collected", a -> { // what communicate() has read so far (after a timeout)
      Child c = child(a[0]);
      synchronized (c.out) {
        synchronized (c.err) {
          return PyTuple.of(new PyBytes(c.out.toByteArray()), new PyBytes(c.err.toByteArray()));
        }
      }
    });
    return new PyModule("_subprocess", d);
  }

  private static Child child(Object o) {
    return (Child) o;
  }

  private static ProcessBuilder.Redirect redirect(Object mode, boolean input) {
    String m = (String) mode;
    return switch (m) {
      case "inherit" -> ProcessBuilder.Redirect.INHERIT;
      case "pipe" -> ProcessBuilder.Redirect.PIPE;
      case "devnull" -> input ? ProcessBuilder.Redirect.from(new File("/dev/null"))
          : ProcessBuilder.Redirect.DISCARD;
      default -> input ? ProcessBuilder.Redirect.from(new File(m))
          : ProcessBuilder.Redirect.appendTo(new File(m));
    };
  }

  private static Object spawn(Object[] a) {
    List<String> argv = new ArrayList<>();
    for (Object o : ((PyList) a[0]).toArray()) {
      argv.add((String) o);
    }
    ProcessBuilder pb = new ProcessBuilder(argv);
    // os.chdir moves pyjit's own working directory, not the JVM's
    String cwd = a[1] != PySingleton.NONE ? (String) a[1]
        : org.pyjit.runtime.WorkingDirectory.get();
    pb.directory(new File(cwd));
    String program = argv.get(0);
    if (program.contains("/") && !program.startsWith("/")) {
      argv.set(0, new File(cwd, program).getPath());
    }
    if (a[2] == PySingleton.NONE) {
      PosixModule.applyEnv(pb.environment());
    } else {
      java.util.Map<String, String> env = pb.environment();
      env.clear();
      for (Object key : ((PyDict) a[2]).keys()) {
        env.put((String) key, (String) ((PyDict) a[2]).get(key));
      }
    }
    // A child inherits the JVM's descriptors 1 and 2; when pyjit's standard streams are
    // not those (pyjit run inside a Java program that captures its output), the child's
    // output is piped and copied into them instead.
    java.io.PrintStream toOut = org.pyjit.runtime.Builtins.stdout;
    java.io.PrintStream toErr = org.pyjit.runtime.Builtins.stderr;
    boolean pumpOut = "inherit".equals(a[4]) && toOut != System.out;
    boolean pumpErr = "inherit".equals(a[5]) && toErr != System.err;
    pb.redirectInput(redirect(a[3], true));
    pb.redirectOutput(pumpOut ? ProcessBuilder.Redirect.PIPE : redirect(a[4], false));
    if ("stdout".equals(a[5])) {
      pb.redirectErrorStream(true);
    } else {
      pb.redirectError(pumpErr ? ProcessBuilder.Redirect.PIPE : redirect(a[5], false));
    }
    toOut.flush(); // the child writes after what was printed
    Child c;
    try {
      c = new Child(pb.start());
    } catch (IOException e) {
      throw startError(e, argv.get(0), a[1]);
    }
    if (pumpOut) {
      c.pumpedOut = true;
      c.pumps.add(pump(c.process.getInputStream(), toOut));
    }
    if (pumpErr) {
      c.pumpedErr = true;
      c.pumps.add(pump(c.process.getErrorStream(), toErr));
    }
    return c;
  }

  private static Thread pump(InputStream in, java.io.PrintStream to) {
    return Thread.ofPlatform().daemon().start(() -> {
      byte[] buf = new byte[8192];
      try {
        int n;
        while ((n = in.read(buf)) > 0) {
          synchronized (to) {
            to.write(buf, 0, n);
            to.flush();
          }
        }
      } catch (IOException e) {
        // the child is gone
      }
    });
  }

  /** Waits for the copiers of a finished child, so its output precedes what follows. */
  private static void joinPumps(Child c) throws InterruptedException {
    for (Thread t : c.pumps) {
      t.join();
    }
  }

  /** The OSError for a failed start: the errno in the JDK's message ("error=2, ..."). */
  private static RuntimeException startError(IOException e, String program, Object cwd) {
    String msg = String.valueOf(e.getMessage());
    int errno = 2;
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("error=(\\d+)").matcher(msg);
    if (m.find()) {
      errno = Integer.parseInt(m.group(1));
    }
    Object filename = program;
    if (cwd != PySingleton.NONE && !new File((String) cwd).isDirectory()) {
      filename = cwd;
    }
    return PosixModule.osError(errno, filename, null);
  }

  private static InputStream stream(Child c, String which) {
    return which.equals("stdout") ? c.process.getInputStream() : c.process.getErrorStream();
  }

  private static Object read(Child c, String which, long n) {
    try {
      InputStream in = stream(c, which);
      if (n < 0) {
        return new PyBytes(in.readAllBytes());
      }
      return new PyBytes(in.readNBytes((int) n));
    } catch (IOException e) {
      return new PyBytes(new byte[0]);
    }
  }

  private static Object readline(Child c, String which) {
    try {
      InputStream in = stream(c, which);
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) >= 0) {
        line.write(b);
        if (b == '\n') {
          break;
        }
      }
      return new PyBytes(line.toByteArray());
    } catch (IOException e) {
      return new PyBytes(new byte[0]);
    }
  }

  private static boolean waitFor(Child c, double timeout) {
    try {
      boolean done = timeout < 0 ? c.process.waitFor() >= Integer.MIN_VALUE
          : c.process.waitFor((long) (timeout * 1e9), TimeUnit.NANOSECONDS);
      if (done) {
        joinPumps(c);
      }
      return done;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Errors.raise(Types.KEYBOARD_INTERRUPT, "");
    }
  }

  private static long status(Child c) {
    int code = c.process.exitValue();
    if (c.sentSignal != 0 && code == 128 + c.sentSignal) {
      return -c.sentSignal;
    }
    return code;
  }

  private static Thread drain(InputStream in, ByteArrayOutputStream sink) {
    Thread t = Thread.ofPlatform().daemon().start(() -> {
      byte[] buf = new byte[8192];
      try {
        int n;
        while ((n = in.read(buf)) > 0) {
          synchronized (sink) {
            sink.write(buf, 0, n);
          }
        }
      } catch (IOException e) {
        // the pipe closed under us (the process was killed): keep what came
      }
    });
    return t;
  }

  /**
   * Writes {@code input} (bytes or None) and collects both pipes until the process ends;
   * (stdout, stderr) as bytes (None for a stream that is not a pipe), or None when {@code
   * timeout} seconds pass first.
   */
  private static Object communicate(Child c, Object input, double timeout) {
    if (c.outReader == null) {
      c.outReader = drain(c.pumpedOut ? InputStream.nullInputStream()
          : c.process.getInputStream(), c.out);
      c.errReader = drain(c.pumpedErr ? InputStream.nullInputStream()
          : c.process.getErrorStream(), c.err);
      byte[] data = input == PySingleton.NONE ? null : BinasciiModule.binary(input);
      OutputStream stdin = c.process.getOutputStream();
      c.writer = Thread.ofPlatform().daemon().start(() -> {
        try {
          if (data != null) {
            stdin.write(data);
          }
          stdin.close();
        } catch (IOException e) {
          c.writeError = e; // a child that exits without reading: as CPython, ignored
          try {
            stdin.close();
          } catch (IOException ignored) {
            // already broken
          }
        }
      });
    }
    long deadline = timeout < 0 ? Long.MAX_VALUE : System.nanoTime() + (long) (timeout * 1e9);
    try {
      for (Thread t : new Thread[] {c.writer, c.outReader, c.errReader}) {
        long left = deadline - System.nanoTime();
        if (deadline == Long.MAX_VALUE) {
          t.join();
        } else if (left <= 0 || !t.join(java.time.Duration.ofNanos(left))) {
          return PySingleton.NONE;
        }
      }
      if (!waitFor(c, deadline == Long.MAX_VALUE ? -1
          : Math.max(0, (deadline - System.nanoTime()) / 1e9))) {
        return PySingleton.NONE;
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw Errors.raise(Types.KEYBOARD_INTERRUPT, "");
    }
    synchronized (c.out) {
      synchronized (c.err) {
        return PyTuple.of(new PyBytes(c.out.toByteArray()), new PyBytes(c.err.toByteArray()));
      }
    }
  }

}
