package org.pyjit.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Python conformance corpus: every program tests/programs/GROUP/NAME.py (helpers, whose
 * name or directory starts with "_", excepted) is run as {@code pyjit
 * tests/programs/GROUP/NAME.py} from the repository root with empty standard input, and must
 * behave as CPython 3.13 did (tests/programs/regen.py stored NAME.out, and NAME.err and
 * NAME.code when the status was not 0 or stderr not empty):
 *
 * <ul>
 *   <li>stdout: byte for byte;
 *   <li>the exit status (0 when there is no NAME.code);
 *   <li>stderr: when the expected status is not 0, only its last line (the exception line of
 *       a traceback) unless the group or case is in {@link #FULL_STDERR}; when it is 0, all
 *       of it (usually nothing).
 * </ul>
 *
 * <p>Each program runs on its own thread with a 512 MB stack (as {@link Main#main} does for
 * deep recursion) and a time limit; a program still running at the limit fails.
 *
 * <p><b>Baseline.</b> tests/programs/known-failures.txt lists the programs expected to fail
 * for now (GROUP/NAME, one a line, '#' starts a comment). A failing program that is not
 * listed fails the test with a short diff; a listed one that fails is reported as skipped.
 * At the end a summary prints the listed programs that now pass, then the line
 * {@code N passed, M failed} for the whole corpus. {@code -Dpyjit.corpus.updateBaseline=true}
 * rewrites the baseline with the current failures (keeping its header comment) instead of
 * failing; it needs a whole run.
 *
 * <p>Other system properties: {@code pyjit.corpus.only=GROUP,GROUP/NAME,...} runs a subset;
 * {@code pyjit.corpus.timeout=SECONDS} (default 20); {@code pyjit.corpus.fullStderr=true}
 * compares complete stderr (tracebacks) everywhere; {@code pyjit.corpus.modes=interp,...}
 * picks the {@link Mode}s to run (default: all).
 */
class ProgramCorpusTest {
  /**
   * The ways the corpus is run: the same programs and expectations each time, with extra
   * command-line options before the file. Each mode has its own baseline file.
   */
  enum Mode {
    /** {@code pyjit FILE}: the bytecode interpreter. */
    INTERP("interp", List.of(), "known-failures.txt"),
    // a mode is one line, e.g. (with its own baseline, made by -Dpyjit.corpus.updateBaseline):
    // JIT_STRESS("jit-stress", List.of("-X", "jit-stress"), "known-failures-jit-stress.txt"),
    ;

    final String id;
    final List<String> options;
    final String baseline;

    Mode(String id, List<String> options, String baseline) {
      this.id = id;
      this.options = options;
      this.baseline = baseline;
    }

    String[] args(String file) {
      List<String> args = new ArrayList<>(options);
      args.add(file);
      return args.toArray(String[]::new);
    }

    Path baselinePath() {
      return Corpus.root().resolve(TOP).resolve(baseline);
    }
  }

  /**
   * Groups ("exceptions") and cases ("errors/chained_cause") whose stderr must be equal in
   * full, tracebacks included, even when the program fails. None yet: tracebacks come after
   * the interpreter runs the corpus.
   */
  static final Set<String> FULL_STDERR =
      Set.of("errors/recursion_error", "errors/recursion_repeated_lines",
          "errors/fused_compare_traceback", // raised in or after instructions the loop fuses
          "imports/import_raises", "imports/import_syntax_error", // frames of imported code
          "imports/import_errors", // the "Did you mean" of a from-import
          "jit"); // a failed guard re-runs the call in the interpreter: its traceback in full


  static final String TOP = "tests/programs";
  static final long STACK_SIZE = 512L << 20;
  static final int OUTPUT_LIMIT = 16 << 20;

  private static final Duration TIMEOUT =
      Duration.ofSeconds(Long.getLong("pyjit.corpus.timeout", 20));
  private static final boolean UPDATE = Boolean.getBoolean("pyjit.corpus.updateBaseline");
  private static final boolean FULL_EVERYWHERE = Boolean.getBoolean("pyjit.corpus.fullStderr");
  private static final String ONLY = System.getProperty("pyjit.corpus.only", "").strip();

  /** Per mode: case -> null when it passed, else the problem. Filled as tests run. */
  private static final Map<Mode, Map<String, String>> RESULTS = new ConcurrentHashMap<>();
  private static final Map<Mode, Set<String>> BASELINES = new ConcurrentHashMap<>();
  private static final Map<Mode, Integer> PLANNED = new ConcurrentHashMap<>();

  @TestFactory
  Stream<DynamicNode> corpus() {
    List<String> cases = selected();
    return modes().stream().map(mode -> {
      Set<String> baseline = readBaseline(mode);
      BASELINES.put(mode, baseline);
      RESULTS.put(mode, new ConcurrentHashMap<>());
      PLANNED.put(mode, cases.size());
      Map<String, List<String>> groups = new LinkedHashMap<>();
      for (String rel : cases) {
        groups.computeIfAbsent(group(rel), g -> new ArrayList<>()).add(rel);
      }
      return DynamicContainer.dynamicContainer(mode.id, groups.entrySet().stream().map(
          g -> DynamicContainer.dynamicContainer(g.getKey(), g.getValue().stream().map(
              rel -> DynamicTest.dynamicTest(name(rel).substring(g.getKey().length() + 1),
                  () -> check(mode, rel, baseline))))));
    });
  }

  private static void check(Mode mode, String rel, Set<String> baseline) {
    String name = name(rel);
    String problem = compare(name, execute(mode, rel));
    RESULTS.get(mode).put(name, problem == null ? "" : problem);
    if (problem == null) {
      return;
    }
    if (baseline.contains(name)) {
      Assumptions.abort("known failure (" + mode.baseline + "): " + problem.lines().findFirst()
          .orElse(""));
    }
    if (UPDATE) {
      Assumptions.abort("failure recorded in the new baseline: " + problem.lines().findFirst()
          .orElse(""));
    }
    fail("pyjit " + String.join(" ", mode.args(rel)) + " differs from CPython 3.13"
        + " (not in " + TOP + "/" + mode.baseline + "):\n" + problem);
  }

  /** What one run did; {@code crash} is set when it timed out or threw. */
  record Run(int code, byte[] out, String err, String crash) {}

  /** Runs one program on a fresh thread with a large stack, within the time limit. */
  static Run execute(Mode mode, String rel) {
    LimitedBuffer out = new LimitedBuffer();
    LimitedBuffer err = new LimitedBuffer();
    int[] code = {-1};
    Throwable[] thrown = {null};
    String[] args = mode.args(Corpus.argPath(rel));
    Thread t = new Thread(null, () -> {
      try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
          PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
        code[0] = Main.run(args, new ByteArrayInputStream(new byte[0]), o, e);
      } catch (Throwable x) {
        thrown[0] = x;
      }
    }, "corpus " + rel, STACK_SIZE);
    t.setDaemon(true);
    t.start();
    try {
      t.join(TIMEOUT.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + rel, e);
    }
    if (t.isAlive()) {
      t.interrupt(); // a daemon: if it ignores the interrupt it dies with the JVM
      return new Run(-1, new byte[0], "", "timed out after " + TIMEOUT.toSeconds() + " s");
    }
    String crash = null;
    if (thrown[0] != null) {
      StringWriter sw = new StringWriter();
      thrown[0].printStackTrace(new PrintWriter(sw));
      crash = "Main.run threw " + sw.toString().lines().limit(12)
          .reduce((a, b) -> a + "\n    " + b).orElse("");
    }
    return new Run(code[0], out.bytes(),
        Corpus.stripRoot(new String(err.bytes(), StandardCharsets.UTF_8)), crash);
  }

  /** The differences from CPython's run, or null when there are none. */
  static String compare(String name, Run run) {
    if (run.crash() != null) {
      return run.crash();
    }
    String base = TOP + "/" + name;
    if (!Corpus.exists(base + ".out")) {
      return "no " + base + ".out: run PYENV_VERSION=3.13.0 python3 " + TOP + "/regen.py";
    }
    byte[] expectedOut = readBytes(base + ".out");
    String expectedErr = Corpus.exists(base + ".err") ? Corpus.read(base + ".err") : "";
    int expectedCode = Corpus.exists(base + ".code")
        ? Integer.parseInt(Corpus.read(base + ".code").strip()) : 0;
    List<String> problems = new ArrayList<>();
    if (expectedCode != run.code()) {
      problems.add("exit status: expected " + expectedCode + ", got " + run.code());
    }
    if (!Arrays.equals(expectedOut, run.out())) {
      problems.add("stdout " + firstDifference(
          new String(expectedOut, StandardCharsets.UTF_8),
          new String(run.out(), StandardCharsets.UTF_8)));
    }
    if (expectedCode != 0 && !fullStderr(name)) {
      String want = lastLine(expectedErr);
      String got = lastLine(run.err());
      if (!want.equals(got)) {
        problems.add("stderr last line: expected " + quote(want) + ", got " + quote(got)
            + (run.err().isEmpty() ? " (stderr is empty)" : ""));
      }
    } else if (!expectedErr.equals(run.err())) {
      problems.add("stderr " + firstDifference(expectedErr, run.err()));
    }
    return problems.isEmpty() ? null : String.join("\n", problems);
  }

  static boolean fullStderr(String name) {
    return FULL_EVERYWHERE || FULL_STDERR.contains(name) || FULL_STDERR.contains(group(name));
  }

  /** The last line of a stream's text, without its line end; "" for nothing. */
  static String lastLine(String s) {
    String t = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
    return t.substring(t.lastIndexOf('\n') + 1);
  }

  /** Where two texts first differ, by line, with a little of both sides. */
  static String firstDifference(String expected, String actual) {
    List<String> e = expected.lines().toList();
    List<String> a = actual.lines().toList();
    int i = 0;
    while (i < e.size() && i < a.size() && e.get(i).equals(a.get(i))) {
      i++;
    }
    StringBuilder sb = new StringBuilder();
    if (i == e.size() && i == a.size()) {
      sb.append("differs in line ends or a final newline (expected ").append(expected.length())
          .append(" chars, got ").append(actual.length()).append(")");
      return sb.toString();
    }
    sb.append("differs at line ").append(i + 1).append(" (expected ").append(e.size())
        .append(" lines, got ").append(a.size()).append("):");
    for (int k = i; k < Math.min(i + 3, e.size()); k++) {
      sb.append("\n  - ").append(quote(e.get(k)));
    }
    for (int k = i; k < Math.min(i + 3, a.size()); k++) {
      sb.append("\n  + ").append(quote(a.get(k)));
    }
    return sb.toString();
  }

  private static String quote(String s) {
    String t = s.length() > 160 ? s.substring(0, 160) + "..." : s;
    return "'" + t.replace("\r", "\\r").replace("\t", "\\t").replace("\0", "\\0") + "'";
  }

  @AfterAll
  static void summary() {
    for (Mode mode : modes()) {
      Map<String, String> results = RESULTS.get(mode);
      if (results == null) {
        continue;
      }
      Set<String> baseline = BASELINES.get(mode);
      Set<String> failed = new TreeSet<>();
      Set<String> nowPassing = new TreeSet<>();
      results.forEach((name, problem) -> {
        if (!problem.isEmpty()) {
          failed.add(name);
        } else if (baseline.contains(name)) {
          nowPassing.add(name);
        }
      });
      Set<String> stale = new TreeSet<>(baseline);
      stale.removeAll(Corpus.programs("programs").stream().map(ProgramCorpusTest::name)
          .toList());
      System.out.println();
      System.out.println("program corpus, mode " + mode.id + " (baseline " + TOP + "/"
          + mode.baseline + ", " + baseline.size() + " entries):");
      if (!stale.isEmpty()) {
        System.out.println("baseline entries that are not programs (" + stale.size() + "): "
            + String.join(", ", stale));
      }
      System.out.println("baseline entries that now pass (" + nowPassing.size() + ")"
          + (nowPassing.isEmpty() ? "" : "; remove them, or rerun with"
              + " -Dpyjit.corpus.updateBaseline=true:"));
      nowPassing.forEach(n -> System.out.println("  " + n));
      boolean whole = ONLY.isEmpty() && results.size() == PLANNED.getOrDefault(mode, -1);
      if (UPDATE && whole) {
        writeBaseline(mode, failed);
        System.out.println("rewrote " + TOP + "/" + mode.baseline + " with " + failed.size()
            + " failures");
      } else if (UPDATE) {
        System.out.println("baseline NOT rewritten: it needs a whole run (no"
            + " pyjit.corpus.only, every program run)");
      }
      System.out.println((results.size() - failed.size()) + " passed, " + failed.size()
          + " failed");
    }
  }

  private static List<Mode> modes() {
    String want = System.getProperty("pyjit.corpus.modes", "").strip();
    if (want.isEmpty()) {
      return List.of(Mode.values());
    }
    Set<String> ids = Set.of(want.split("\\s*,\\s*"));
    return Stream.of(Mode.values()).filter(m -> ids.contains(m.id)).toList();
  }

  private static List<String> selected() {
    List<String> all = Corpus.programs("programs");
    if (ONLY.isEmpty()) {
      return all;
    }
    Set<String> want = Set.of(ONLY.split("\\s*,\\s*"));
    return all.stream().filter(rel -> want.contains(group(rel)) || want.contains(name(rel)))
        .toList();
  }

  /** GROUP/NAME of tests/programs/GROUP/NAME.py (or of GROUP/NAME itself). */
  static String name(String rel) {
    String s = rel.startsWith(TOP + "/") ? rel.substring(TOP.length() + 1) : rel;
    return s.endsWith(".py") ? s.substring(0, s.length() - 3) : s;
  }

  static String group(String relOrName) {
    return name(relOrName).split("/")[0];
  }

  static Set<String> readBaseline(Mode mode) {
    Path p = mode.baselinePath();
    Set<String> entries = new TreeSet<>();
    if (!Files.exists(p)) {
      return entries;
    }
    try {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        int hash = line.indexOf('#');
        String entry = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!entry.isEmpty()) {
          entries.add(name(entry));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }

  /** Rewrites the baseline with {@code failed}, keeping the file's leading comment lines. */
  static void writeBaseline(Mode mode, Set<String> failed) {
    Path p = mode.baselinePath();
    List<String> header = new ArrayList<>();
    try {
      if (Files.exists(p)) {
        for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
          if (!line.startsWith("#")) {
            break;
          }
          header.add(line);
        }
      }
      if (header.isEmpty()) {
        header.add("# Known failures of ProgramCorpusTest in mode " + mode.id + ": programs of"
            + " tests/programs (GROUP/NAME) that do not yet behave as CPython 3.13.");
        header.add("# Rewrite with -Dpyjit.corpus.updateBaseline=true; '#' starts a comment.");
      }
      List<String> lines = new ArrayList<>(header);
      lines.addAll(failed);
      Files.write(p, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] readBytes(String rel) {
    try {
      return Files.readAllBytes(Corpus.root().resolve(rel));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An in-memory stream that keeps at most {@link #OUTPUT_LIMIT} bytes. */
  private static final class LimitedBuffer extends OutputStream {
    private byte[] buf = new byte[256];
    private int size;
    private boolean truncated;

    @Override
    public synchronized void write(int b) {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
      int n = Math.min(len, OUTPUT_LIMIT - size);
      if (n < len) {
        truncated = true;
      }
      if (n <= 0) {
        return;
      }
      if (size + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
      }
      System.arraycopy(b, off, buf, size, n);
      size += n;
    }

    synchronized byte[] bytes() {
      byte[] b = Arrays.copyOf(buf, size);
      if (!truncated) {
        return b;
      }
      byte[] note = "\n[pyjit corpus: output truncated]\n".getBytes(StandardCharsets.UTF_8);
      byte[] all = Arrays.copyOf(b, b.length + note.length);
      System.arraycopy(note, 0, all, b.length, note.length);
      return all;
    }
  }
}
