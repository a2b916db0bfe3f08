package org.pyjit.runtime;

import java.io.IOException;
import java.io.InputStream;

/**
 * Standard input whose blocking reads Ctrl-C interrupts, as CPython's input() and
 * sys.stdin reads raise KeyboardInterrupt when their read(2) fails with EINTR. A Java
 * thread blocked in a file read cannot be woken, so a read that would block runs on a
 * helper daemon thread while the caller waits, and {@link Interrupts#signal()} wakes the
 * caller to raise KeyboardInterrupt. The helper's read stays under way: what it reads is
 * kept and returned by the next read, so no input is lost. Data already available is read
 * directly, without a thread.
 *
 * <p>Known limit: after an interrupted read on a terminal, that helper read is still
 * waiting, so the next bytes typed go to the next read of standard input (input(),
 * sys.stdin) even if a line editor (the REPL's JLine) asks for them first.
 */
public final class InterruptibleInput extends InputStream {
  /** One lock for all instances, so the signal handler can wake any waiting reader. */
  private static final Object LOCK = new Object();

  private final InputStream in;
  // guarded by LOCK: the helper's read under way, and what it read not yet returned
  private boolean reading;
  private byte[] buf = new byte[0];
  private int start;
  private int end;
  private boolean eof;
  private IOException failed;

  public InterruptibleInput(InputStream in) {
    this.in = in;
  }

  static void wakeReaders() {
    synchronized (LOCK) {
      LOCK.notifyAll();
    }
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    synchronized (LOCK) {
      if (!reading && start == end && !eof && failed == null && directlyAvailable()) {
        return in.read(b, off, len); // would not block: no helper reads concurrently
      }
      if (!reading && start == end && !eof && failed == null) {
        startHelper(len);
      }
      while (reading && start == end) {
        if (Interrupts.pending) {
          throw Interrupts.raise();
        }
        try {
          LOCK.wait();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException();
        }
      }
      if (start < end) {
        int n = Math.min(len, end - start);
        System.arraycopy(buf, start, b, off, n);
        start += n;
        return n;
      }
      if (failed != null) {
        IOException e = failed;
        failed = null;
        throw e;
      }
      eof = false; // end of input is reported once: a terminal may give more afterwards
      return -1;
    }
  }

  private boolean directlyAvailable() {
    try {
      return in.available() > 0;
    } catch (IOException e) {
      return false; // the helper's read reports the error
    }
  }

  private void startHelper(int len) {
    reading = true;
    byte[] into = new byte[Math.max(len, 8192)];
    Thread.ofPlatform().daemon().name("pyjit-stdin").start(() -> {
      int n;
      IOException error = null;
      try {
        n = in.read(into, 0, into.length);
      } catch (IOException e) {
        n = -1;
        error = e;
      }
      synchronized (LOCK) {
        reading = false;
        if (n > 0) {
          buf = into;
          start = 0;
          end = n;
        } else if (error != null) {
          failed = error;
        } else {
          eof = true;
        }
        LOCK.notifyAll();
      }
    });
  }

  @Override
  public int available() throws IOException {
    synchronized (LOCK) {
      if (start < end) {
        return end - start;
      }
      return reading ? 0 : in.available();
    }
  }
}
