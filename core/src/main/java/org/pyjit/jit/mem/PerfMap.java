package org.pyjit.jit.mem;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Linux perf's map of JIT code: when {@code PYJIT_PERF_MAP=1} is in the environment (or the
 * system property {@code pyjit.perfMap} is true), every piece of code the arena installs adds
 * a line {@code <start hex> <size hex> <name>} to {@code /tmp/perf-<pid>.map}, the file
 * {@code perf report} reads to name samples that fall in anonymous executable memory. Lines
 * are only ever appended (perf takes the last entry that covers an address), and a failure to
 * write turns the map off rather than disturbing the program.
 */
final class PerfMap {
  private static final boolean FROM_ENV = "1".equals(System.getenv("PYJIT_PERF_MAP"));
  private static volatile boolean broken;

  private PerfMap() {}

  static boolean enabled() {
    return !broken && (FROM_ENV || Boolean.getBoolean("pyjit.perfMap"));
  }

  static Path path() {
    return Path.of("/tmp/perf-" + ProcessHandle.current().pid() + ".map");
  }

  static synchronized void record(long address, long size, String name) {
    if (!enabled()) {
      return;
    }
    // perf splits on white space and ends the name at the line's end
    String line = Long.toHexString(address) + " " + Long.toHexString(size) + " "
        + name.replaceAll("[\\s]+", "_") + "\n";
    try {
      Files.writeString(path(), line, StandardCharsets.UTF_8,
          StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    } catch (IOException e) {
      broken = true;
    }
  }
}
