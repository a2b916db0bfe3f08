package org.pyjit.cli.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.pyjit.ast.Mod;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SyntaxErrorException;

/**
 * Parse-throughput benchmark (bench/parse/run drives it; not a test, not run by CI).
 *
 * <p>Usage: {@code ParseBench --files-from LIST [--rounds N] [--warmup-seconds S]
 * [--parsed-out FILE]}. LIST names one source file per line.
 *
 * <p>Method, mirrored exactly by bench/parse/cpython_bench.py so the two figures compare:
 * all files are read into memory first; the first round finds the files that fail to parse
 * (any Throwable), which are then skipped and counted; warm-up rounds continue until
 * {@code S} seconds have passed (the JIT needs far more than CPython's single warm-up
 * round); then N measured rounds each call {@code Parser.parseModule(bytes, path)} (decode,
 * tokenize, parse; no dump) on every remaining file, and the median round time gives
 * lines/s and MB/s (10^6 bytes). Lines are newline bytes, plus one for a last line without
 * newline. The last stdout line is machine-readable: {@code RESULT key=value ...}.
 *
 * <p>Everything runs on one thread with a 512 MB stack, as the CLI parses, so deeply
 * nested files do not count as failures only because of the benchmark's stack.
 */
public final class ParseBench {
  private ParseBench() {}

  public static void main(String[] args) throws Exception {
    Throwable[] failure = {null};
    Thread t = new Thread(null, () -> {
      try {
        run(args);
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "parse-bench", 512L << 20);
    t.start();
    t.join();
    if (failure[0] != null) {
      System.err.println("ParseBench: " + failure[0]);
      System.exit(2);
    }
  }

  private static void run(String[] args) throws IOException {
    Path list = null;
    Path parsedOut = null;
    int rounds = 5;
    double warmupSeconds = 10;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(args[i] + " needs a value");
      }
      String v = args[i + 1];
      switch (args[i]) {
        case "--files-from" -> list = Path.of(v);
        case "--parsed-out" -> parsedOut = Path.of(v);
        case "--rounds" -> rounds = Integer.parseInt(v);
        case "--warmup-seconds" -> warmupSeconds = Double.parseDouble(v);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    if (list == null || rounds < 1) {
      throw new IllegalArgumentException("usage: ParseBench --files-from LIST [--rounds N]"
          + " [--warmup-seconds S] [--parsed-out FILE]");
    }
    List<String> names = new ArrayList<>();
    for (String line : Files.readAllLines(list, StandardCharsets.UTF_8)) {
      if (!line.isBlank()) {
        names.add(line.strip());
      }
    }
    byte[][] sources = new byte[names.size()][];
    for (int i = 0; i < sources.length; i++) {
      sources[i] = Files.readAllBytes(Path.of(names.get(i)));
    }

    // First round: which files parse at all.
    long t0 = System.nanoTime();
    boolean[] ok = new boolean[sources.length];
    int skipped = 0;
    String firstFailure = null;
    for (int i = 0; i < sources.length; i++) {
      try {
        Parser.parseModule(sources[i], names.get(i));
        ok[i] = true;
      } catch (Throwable e) {
        skipped++;
        if (firstFailure == null) {
          firstFailure = names.get(i) + ": " + e;
        }
      }
    }
    long lines = 0;
    long bytes = 0;
    List<String> parsed = new ArrayList<>();
    for (int i = 0; i < sources.length; i++) {
      if (ok[i]) {
        lines += countLines(sources[i]);
        bytes += sources[i].length;
        parsed.add(names.get(i));
      }
    }
    if (parsedOut != null) {
      Files.write(parsedOut, parsed, StandardCharsets.UTF_8);
    }
    System.err.printf(Locale.ROOT, "ParseBench: %d files, %d parse, %d skipped%s%n",
        sources.length, parsed.size(), skipped,
        firstFailure == null ? "" : " (first failure: " + firstFailure + ")");
    if (parsed.isEmpty()) {
      System.out.printf(Locale.ROOT, "RESULT files=0 lines=0 bytes=0 skipped=%d rounds=0"
          + " median_s=nan lines_per_s=nan mb_per_s=nan%n", skipped);
      return;
    }

    long sink = 0;
    int warmups = 1;
    while ((System.nanoTime() - t0) / 1e9 < warmupSeconds) {
      sink += round(sources, names, ok);
      warmups++;
    }
    double[] times = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      long s = System.nanoTime();
      sink += round(sources, names, ok);
      times[r] = (System.nanoTime() - s) / 1e9;
      System.err.printf(Locale.ROOT, "ParseBench: round %d: %.3f s%n", r + 1, times[r]);
    }
    double median = median(times);
    System.err.printf(Locale.ROOT, "ParseBench: %d warm-up rounds; checksum %d%n", warmups, sink);
    System.out.printf(Locale.ROOT, "RESULT files=%d lines=%d bytes=%d skipped=%d rounds=%d"
            + " median_s=%.4f lines_per_s=%.0f mb_per_s=%.3f%n", parsed.size(), lines, bytes,
        skipped, rounds, median, lines / median, bytes / 1e6 / median);
  }

  /** One pass over the parseable files; returns a value derived from the trees. */
  private static long round(byte[][] sources, List<String> names, boolean[] ok) {
    long sink = 0;
    for (int i = 0; i < sources.length; i++) {
      if (ok[i]) {
        try {
          Mod.Module m = Parser.parseModule(sources[i], names.get(i));
          sink += m.body().size();
        } catch (SyntaxErrorException e) {
          sink--; // the first round accepted it; count, do not abort a long run
        }
      }
    }
    return sink;
  }

  static long countLines(byte[] b) {
    long n = 0;
    for (byte x : b) {
      if (x == '\n') {
        n++;
      }
    }
    return b.length > 0 && b[b.length - 1] != '\n' ? n + 1 : n;
  }

  static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    int n = s.length;
    return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
  }
}
