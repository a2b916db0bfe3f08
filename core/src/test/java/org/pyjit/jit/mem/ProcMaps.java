package org.pyjit.jit.mem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The process's mappings as the kernel reports them in /proc/self/maps: the tests' witness. */
record ProcMaps(List<Mapping> mappings) {
  record Mapping(long start, long end, String perms) {
    boolean writable() {
      return perms.charAt(1) == 'w';
    }

    boolean executable() {
      return perms.charAt(2) == 'x';
    }

    /** "r-x", "rw-", "---": the permission bits without the private/shared flag. */
    String prot() {
      return perms.substring(0, 3);
    }

    @Override
    public String toString() {
      return Long.toHexString(start) + "-" + Long.toHexString(end) + " " + perms;
    }
  }

  static ProcMaps read() {
    try {
      List<Mapping> list = new ArrayList<>();
      for (String line : Files.readAllLines(Path.of("/proc/self/maps"))) {
        String[] f = line.split("\\s+");
        String[] range = f[0].split("-");
        list.add(new Mapping(Long.parseUnsignedLong(range[0], 16), Long.parseUnsignedLong(range[1], 16), f[1]));
      }
      return new ProcMaps(list);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The mappings overlapping [from, to). */
  List<Mapping> within(long from, long to) {
    return mappings.stream().filter(m -> m.start() < to && m.end() > from).toList();
  }

  /**
   * The protection of the byte at {@code address} ("---" when it lies in no mapping at all).
   */
  String protAt(long address) {
    for (Mapping m : mappings) {
      if (m.start() <= address && address < m.end()) {
        return m.prot();
      }
    }
    return "unmapped";
  }

  /** Mappings in [from, to) that are writable and executable at once. */
  List<Mapping> writableAndExecutable(long from, long to) {
    return within(from, to).stream().filter(m -> m.writable() && m.executable()).toList();
  }
}
