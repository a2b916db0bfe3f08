import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.compiler.CodeGen;
import org.pyjit.interp.Interpreter;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.Sys;
import org.pyjit.runtime.TracebackPrinter;

/**
 * pyjit's steady-state speed on one program, for bench/interp/run (not part of the Maven
 * build: the runner compiles it against cli/target/pyjit.jar).
 *
 * <pre>
 * java -cp pyjit.jar:DIR SteadyState ROUNDS RUNS program.py [arg...]
 * java -cp pyjit.jar:DIR SteadyState --check OUTDIR program.py size [program.py size...]
 * </pre>
 *
 * Each of ROUNDS rounds parses and compiles the program once, then runs the code object
 * RUNS times, each time in a fresh __main__ globals dict, as the launcher would. The first
 * round is the JIT's warm-up; the times of every run of the later rounds are kept. Prints
 * the first run's standard output to stdout (the runner checks it against CPython's), then
 * one line on stderr: {@code steady wall=SECONDS cpu=SECONDS}, the medians of the kept runs
 * (wall clock and this thread's CPU time; compile time excluded). Exits 1 if the program
 * raises or if a later run prints something else than the first (state leaking between
 * runs would make the timing meaningless).
 *
 * <p>--check (the runner's --smoke) runs each program twice with its size argument in this
 * one JVM, which saves a JVM start per program, and writes the first run's output to
 * OUTDIR/NAME.out, NAME being the file's name without .py.
 */
public final class SteadyState {
  private SteadyState() {}

  public static void main(String[] args) throws Exception {
    int[] status = {0};
    // the launcher's program thread has this stack size too: deep recursion must not differ
    Thread t = new Thread(null, () -> {
      try {
        status[0] = args[0].equals("--check") ? check(args) : measure(args);
      } catch (RuntimeException | Error e) { // a syntax error, or a bug in pyjit
        System.err.println("SteadyState: " + e);
        status[0] = 70;
      }
    }, "main", 1L << 30);
    t.start();
    t.join();
    System.exit(status[0]);
  }

  /** What {@link #time} found: the first run's output, or null if a run failed. */
  private record Timings(String output, List<Double> walls, List<Double> cpus) {}

  private static int measure(String[] args) {
    Timings t = time(Integer.parseInt(args[0]), Integer.parseInt(args[1]),
        Arrays.copyOfRange(args, 2, args.length));
    if (t.output == null) {
      return 1;
    }
    System.out.print(t.output);
    System.out.flush();
    System.err.printf("steady wall=%.4f cpu=%.4f%n", median(t.walls), median(t.cpus));
    return 0;
  }

  private static int check(String[] args) {
    Path dir = Path.of(args[1]);
    int status = 0;
    for (int i = 2; i + 1 < args.length; i += 2) {
      Timings t = time(1, 2, new String[] {args[i], args[i + 1]});
      String name = Path.of(args[i]).getFileName().toString().replaceFirst("\\.py$", "");
      try {
        Files.writeString(dir.resolve(name + ".out"), t.output == null ? "" : t.output,
            StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        System.err.println("SteadyState: " + e);
        return 1;
      }
      if (t.output == null) {
        status = 1;
      }
    }
    return status;
  }

  /** Runs argv[0] (a program, argv the program's sys.argv) as the class comment says. */
  private static Timings time(int rounds, int runs, String[] argv) {
    List<Double> walls = new ArrayList<>();
    List<Double> cpus = new ArrayList<>();
    String file = Path.of(argv[0]).toAbsolutePath().toString();
    byte[] source;
    try {
      source = Files.readAllBytes(Path.of(file));
    } catch (java.io.IOException e) {
      System.err.println("SteadyState: " + e);
      return new Timings(null, walls, cpus);
    }
    Sys.setArgv(List.of(argv), Path.of(file).getParent().toString());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    String first = null;
    for (int round = 0; round < rounds; round++) {
      String text = new String(source, StandardCharsets.UTF_8);
      CodeObject code = CodeGen.compileModule(Parser.parseModule(source, file), file, text);
      for (int run = 0; run < runs; run++) {
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(captured, false, StandardCharsets.UTF_8);
        long wall0 = System.nanoTime();
        long cpu0 = threads.getCurrentThreadCpuTime();
        boolean ok = runOnce(code, file, out);
        long cpu1 = threads.getCurrentThreadCpuTime();
        long wall1 = System.nanoTime();
        out.flush();
        String printed = captured.toString(StandardCharsets.UTF_8);
        if (!ok) {
          System.err.println("SteadyState: " + argv[0] + " failed; it printed:");
          System.err.print(printed);
          return new Timings(null, walls, cpus);
        }
        if (first == null) {
          first = printed;
        } else if (!printed.equals(first)) {
          System.err.println("SteadyState: " + argv[0] + ": run " + (round * runs + run + 1)
              + " printed something else than the first run");
          return new Timings(null, walls, cpus);
        }
        if (round > 0 || rounds == 1) {
          walls.add((wall1 - wall0) / 1e9);
          cpus.add((cpu1 - cpu0) / 1e9);
        }
      }
    }
    return new Timings(first, walls, cpus);
  }

  private static boolean runOnce(CodeObject code, String file, PrintStream out) {
    PrintStream savedOut = Builtins.stdout;
    Builtins.stdout = out;
    try {
      PyDict globals = new PyDict();
      globals.put("__name__", "__main__");
      globals.put("__file__", file);
      globals.put("__doc__", PySingleton.NONE);
      globals.put("__builtins__", Sys.MODULES.get("builtins"));
      globals.put("__spec__", PySingleton.NONE);
      globals.put("__package__", PySingleton.NONE);
      Sys.MODULES.put("__main__", new PyModule("__main__", globals));
      Interpreter.runModule(code, globals);
      return true;
    } catch (PyException e) {
      System.err.print(TracebackPrinter.format(e.value, name -> null));
      return false;
    } finally {
      Builtins.stdout = savedOut;
    }
  }

  private static double median(List<Double> xs) {
    List<Double> sorted = new ArrayList<>(xs);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
