package org.pyjit.jit.x64;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Text for machine code, for dumps ({@code pyjit --dump asm}) and test failures: objdump's
 * Intel-syntax disassembly when binutils' {@code objdump} is on the PATH, otherwise (or if it
 * fails in any way) a hex dump of 16 bytes a line. Never throws for a tool problem: the hex
 * dump is always available.
 */
public final class Disassembly {
  private static final long TIMEOUT_SECONDS = 20;

  private Disassembly() {}

  /** The disassembly of {@code code} as if loaded at {@code address}, headed by {@code name}. */
  public static String of(byte[] code, long address, String name) {
    String objdump = findOnPath("objdump");
    if (objdump != null) {
      String text = objdump(objdump, code, address, name);
      if (text != null) {
        return text;
      }
    }
    return hex(code, address, name);
  }

  /**
   * The instructions of {@code mc}, given as {@code linked} for {@code address} (see {@link
   * #of(byte[], long, String)}), followed by a hex dump of its constant pool: data, which a
   * disassembler would show as nonsense instructions.
   */
  public static String of(MachineCode mc, byte[] linked, long address, String name) {
    int end = mc.codeEnd();
    String text = of(Arrays.copyOf(linked, end), address, name);
    if (end == linked.length) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text).append("constant pool:\n");
    hexLines(sb, linked, end, address);
    return sb.toString();
  }

  /** The hex dump: a header, then lines of address, offset and up to 16 bytes. */
  static String hex(byte[] code, long address, String name) {
    StringBuilder sb = new StringBuilder(header(code, address, name));
    hexLines(sb, code, 0, address);
    return sb.toString();
  }

  /** Lines of 16 bytes from {@code from}; offsets count from the start of {@code code}. */
  private static void hexLines(StringBuilder sb, byte[] code, int from, long address) {
    for (int off = from; off < code.length; off += 16) {
      sb.append(String.format("%016x +%04x:", address + off, off));
      for (int i = off; i < Math.min(off + 16, code.length); i++) {
        sb.append(String.format(" %02x", code[i] & 0xFF));
      }
      sb.append('\n');
    }
  }

  private static String header(byte[] code, long address, String name) {
    return String.format("%s at 0x%x, %d bytes:%n", name, address, code.length);
  }

  /** objdump's instruction lines for the code, or null if it could not be run. */
  static String objdump(String tool, byte[] code, long address, String name) {
    Path in = null;
    Path out = null;
    try {
      in = Files.createTempFile("pyjit-code", ".bin");
      out = Files.createTempFile("pyjit-code", ".txt");
      Files.write(in, code);
      // Output goes to a file, so that a stuck tool cannot block us past the timeout.
      // -z: show runs of zero bytes too, rather than "...".
      Process p = new ProcessBuilder(tool, "-D", "-z", "-b", "binary", "-m", "i386:x86-64",
          "-M", "intel", "--adjust-vma=0x" + Long.toHexString(address), in.toString())
          .redirectErrorStream(true)
          .redirectOutput(out.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return null;
      }
      if (p.exitValue() != 0) {
        return null;
      }
      String text = Files.readString(out, StandardCharsets.UTF_8);
      // Keep what follows the "<.data>:" line: objdump's own header names the temp file.
      int start = text.indexOf("<.data>:\n");
      if (start < 0) {
        return code.length == 0 ? header(code, address, name) : null;
      }
      return header(code, address, name) + text.substring(start + "<.data>:\n".length());
    } catch (IOException | RuntimeException e) {
      return null; // e.g. malformed output, or the temp directory not writable
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    } finally {
      deleteQuietly(in);
      deleteQuietly(out);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p != null) {
      try {
        Files.deleteIfExists(p);
      } catch (IOException ignored) {
        // a leftover temp file is harmless
      }
    }
  }

  static String findOnPath(String tool) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isEmpty()) {
        continue;
      }
      File f = new File(dir, tool);
      if (f.isFile() && f.canExecute()) {
        return f.getPath();
      }
    }
    return null;
  }
}
