package org.pyjit.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pyjit.ast.AstDump;
import org.pyjit.ast.Mod;

/**
 * Robustness fuzzing of {@link Parser#parseModule(byte[], String)} with seeded mutations of
 * the valid Python files in {@code src/test/resources/fuzz-seeds/}.
 *
 * <p>Contract checked for every input: parseModule either returns a non-null Module whose
 * {@link AstDump#dump} completes, or throws {@link SyntaxErrorException} (whose
 * {@code format()}, which the CLI prints, must complete too). Any other exception, any Error
 * (StackOverflowError, OutOfMemoryError) and running longer than the per-input CPU limit
 * fail the test. Correctness of the trees is not checked here; tools/ast-compare does that.
 *
 * <p>Mutations: token deletion, duplication, swap and insertion on a crude regex
 * tokenization (deliberately independent of the real tokenizer, so the fuzzer does not
 * share its bugs), truncation, byte insertion and replacement (invalid UTF-8, NUL, tab,
 * form feed, CR, BOM, odd Unicode), deep bracket nesting, very long lines, coding
 * declarations. One to five mutations are stacked per input.
 *
 * <p>Reproducibility: input {@code i} is a pure function of (seed, i). System properties:
 * {@code pyjit.fuzz.count} (inputs, default 30000), {@code pyjit.fuzz.seed} (default fixed),
 * {@code pyjit.fuzz.from} (first index, default 0; with count=1 it replays one input),
 * {@code pyjit.fuzz.cpuMillis} (per-input limit, default 2000). A failing input is printed
 * escaped and written to {@code target/fuzz-failures/}.
 */
class ParserFuzzTest {
  static final int COUNT = Integer.getInteger("pyjit.fuzz.count", 30_000);
  static final long SEED = Long.decode(System.getProperty("pyjit.fuzz.seed", "0x5EED0313"));
  static final int FROM = Integer.getInteger("pyjit.fuzz.from", 0);
  static final Duration LIMIT = Duration.ofMillis(Long.getLong("pyjit.fuzz.cpuMillis", 2000));
  /** Big enough for legitimately deep trees, small enough that runaway recursion ends fast. */
  static final long STACK_BYTES = 256L << 20;
  /** Failures with the same signature after this many are only counted. */
  static final int DETAILED_PER_SIGNATURE = 1;
  static final int MAX_SIGNATURES_SHOWN = 10;
  /** Stop early after this many timeouts: each leaves a thread spinning. */
  static final int MAX_TIMEOUTS = 3;
  static final int MAX_ESCAPED_CHARS = 4000;

  static List<Seed> seeds;

  record Seed(String name, byte[] bytes) {}

  @BeforeAll
  static void loadSeeds() throws IOException, URISyntaxException {
    Path dir = Path.of(ParserFuzzTest.class.getResource("/fuzz-seeds").toURI());
    try (Stream<Path> s = Files.list(dir)) {
      List<Seed> list = new ArrayList<>();
      for (Path p : s.filter(p -> p.toString().endsWith(".py")).sorted().toList()) {
        list.add(new Seed(p.getFileName().toString(), Files.readAllBytes(p)));
      }
      seeds = list;
    }
    if (seeds.size() < 5) {
      throw new IllegalStateException("fuzz seed corpus missing: " + dir);
    }
  }

  /** The seeds are valid CPython 3.13 programs; if these fail, mutations test little. */
  @Test
  void seedsParse() {
    try (BigStackRunner runner = new BigStackRunner("fuzz-seed", STACK_BYTES)) {
      List<String> bad = new ArrayList<>();
      for (Seed s : seeds) {
        var o = runner.run(() -> AstDump.dump(Parser.parseModule(s.bytes(), s.name())),
            LIMIT.multipliedBy(5));
        if (o.timedOut() || o.thrown() != null) {
          bad.add(s.name() + ": " + (o.timedOut() ? "timeout" : o.thrown().toString()));
        }
      }
      assertEquals(List.of(), bad, "valid seed files must parse");
    }
  }

  /** The fuzzer's own tokenizer must be lossless, or token mutations would also garble. */
  @Test
  void crudeTokenizerIsLossless() {
    for (Seed s : seeds) {
      String text = new String(s.bytes(), StandardCharsets.ISO_8859_1);
      assertEquals(text, String.join("", tokenize(text)), s.name());
    }
  }

  @Test
  void mutatedSeedsParseOrRaiseSyntaxError() throws IOException {
    Map<String, List<String>> bySignature = new LinkedHashMap<>();
    int failures = 0;
    int syntaxErrors = 0;
    int timeouts = 0;
    int done = 0;
    long t0 = System.nanoTime();
    try (BigStackRunner runner = new BigStackRunner("fuzz", STACK_BYTES)) {
      for (int i = FROM; i < FROM + COUNT; i++) {
        byte[] input = generate(SEED, i);
        var o = runner.run(() -> check(input), LIMIT);
        done++;
        String signature;
        if (o.timedOut()) {
          timeouts++;
          signature = "timeout (over " + LIMIT.toMillis() + " ms CPU), stuck at:" + o.stuckAt();
        } else if (o.thrown() != null) {
          signature = signature(o.thrown());
        } else {
          if (Boolean.FALSE.equals(o.value())) {
            syntaxErrors++;
          }
          continue;
        }
        failures++;
        List<String> examples = bySignature.computeIfAbsent(signature, k -> new ArrayList<>());
        if (examples.size() < DETAILED_PER_SIGNATURE) {
          examples.add(report(i, input));
        } else if (examples.size() == DETAILED_PER_SIGNATURE) {
          examples.add(null); // marks "more of the same", counted below
        }
        if (timeouts >= MAX_TIMEOUTS) {
          break;
        }
      }
    }
    double secs = (System.nanoTime() - t0) / 1e9;
    System.out.printf("ParserFuzzTest: seed %s, inputs %d..%d: %d run, %d syntax errors,"
        + " %d failures, %.1f s%n", hex(SEED), FROM, FROM + COUNT - 1, done, syntaxErrors,
        failures, secs);
    if (failures == 0) {
      return;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(failures).append(" of ").append(done).append(" fuzz inputs failed (seed ")
        .append(hex(SEED)).append(", ").append(bySignature.size()).append(" distinct failures")
        .append(timeouts >= MAX_TIMEOUTS ? ", stopped after " + timeouts + " timeouts" : "")
        .append(")\n");
    int shown = 0;
    for (var e : bySignature.entrySet()) {
      if (shown++ == MAX_SIGNATURES_SHOWN) {
        sb.append("... ").append(bySignature.size() - MAX_SIGNATURES_SHOWN)
            .append(" more distinct failures\n");
        break;
      }
      sb.append("\n=== ").append(e.getKey()).append('\n');
      for (String ex : e.getValue()) {
        sb.append(ex == null ? "(and more inputs with the same failure)\n" : ex);
      }
    }
    fail(sb.toString());
  }

  /**
   * True if parsed, false if SyntaxErrorException (or SourceTooComplexException, CPython's
   * MemoryError for nesting too deep); anything else escapes to the caller.
   */
  static Boolean check(byte[] input) {
    Mod.Module m;
    try {
      m = Parser.parseModule(input, "<fuzz>");
    } catch (SourceTooComplexException e) {
      return false;
    } catch (SyntaxErrorException e) {
      if (e.msg() == null) {
        throw new AssertionError("SyntaxErrorException without a message", e);
      }
      e.format();
      return false;
    }
    if (m == null) {
      throw new AssertionError("parseModule returned null");
    }
    AstDump.dump(m);
    return true;
  }

  static String signature(Throwable t) {
    StringBuilder sb = new StringBuilder(t.getClass().getName());
    if (!(t instanceof StackOverflowError) && t.getMessage() != null) {
      String m = t.getMessage();
      sb.append(": ").append(m, 0, Math.min(m.length(), 120));
    }
    StackTraceElement[] st = t.getStackTrace();
    for (int i = 0; i < Math.min(3, st.length); i++) {
      sb.append("\n    at ").append(st[i]);
    }
    return sb.toString();
  }

  private static String report(int index, byte[] input) throws IOException {
    Path dir = Path.of("target", "fuzz-failures");
    Files.createDirectories(dir);
    Path file = dir.resolve("seed-" + hex(SEED) + "-input-" + index + ".py");
    Files.write(file, input);
    String esc = escape(input);
    if (esc.length() > MAX_ESCAPED_CHARS) {
      esc = esc.substring(0, MAX_ESCAPED_CHARS) + "' ... (" + (esc.length() - MAX_ESCAPED_CHARS)
          + " more escaped chars)";
    }
    return "input " + index + " (" + input.length + " bytes; replay with -Dpyjit.fuzz.seed="
        + hex(SEED) + " -Dpyjit.fuzz.from=" + index + " -Dpyjit.fuzz.count=1; saved as "
        + file.toAbsolutePath() + "):\n  " + esc + "\n";
  }

  private static String hex(long v) {
    return "0x" + Long.toHexString(v).toUpperCase();
  }

  /** The input as a Python bytes literal, so it can be pasted into CPython to compare. */
  static String escape(byte[] b) {
    StringBuilder sb = new StringBuilder(b.length + 16).append("b'");
    for (byte x : b) {
      int c = x & 0xff;
      switch (c) {
        case '\\' -> sb.append("\\\\");
        case '\'' -> sb.append("\\'");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            sb.append((char) c);
          } else {
            sb.append(String.format("\\x%02x", c));
          }
        }
      }
    }
    return sb.append('\'').toString();
  }

  // ---------------------------------------------------------------- input generation

  /**
   * Input {@code index} for {@code seed}. Text is handled as ISO-8859-1 strings, one char
   * per byte, so byte-level mutations and non-UTF-8 bytes survive the round trip exactly.
   */
  static byte[] generate(long seed, int index) {
    SplittableRandom r = new SplittableRandom(seed + index * 0x9E3779B97F4A7C15L);
    Seed s = seeds.get(r.nextInt(seeds.size()));
    String text = new String(s.bytes(), StandardCharsets.ISO_8859_1);
    int mutations = 1;
    while (mutations < 5 && r.nextInt(3) == 0) {
      mutations++;
    }
    for (int m = 0; m < mutations; m++) {
      text = mutate(text, r);
    }
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }

  static String mutate(String text, SplittableRandom r) {
    int kind = r.nextInt(100);
    if (kind < 14) {
      return deleteTokens(text, r);
    } else if (kind < 26) {
      return duplicateTokens(text, r);
    } else if (kind < 38) {
      return swapTokens(text, r);
    } else if (kind < 54) {
      return insertToken(text, r);
    } else if (kind < 62) {
      return truncate(text, r);
    } else if (kind < 74) {
      return insertBytes(text, r);
    } else if (kind < 84) {
      return replaceBytes(text, r);
    } else if (kind < 90) {
      return deepBrackets(text, r);
    } else if (kind < 96) {
      return longLine(text, r);
    } else {
      return codingLine(text, r);
    }
  }

  /**
   * Crude Python tokens: string literals (up to two prefix letters, quotes, backslash
   * escapes; triple-quoted ones may span lines), comments, numbers, names (bytes >= 0x80
   * count as name characters), operators, CRLF, runs of horizontal whitespace, and any other
   * single char. A hand-written scanner, not a regex: java.util.regex recurses per repetition
   * and overflows the stack on the 200k-char literals that longLine creates.
   */
  static List<String> tokenize(String s) {
    List<String> out = new ArrayList<>();
    int n = s.length();
    int i = 0;
    while (i < n) {
      int start = i;
      char c = s.charAt(i);
      int q = stringQuoteAt(s, i);
      if (q >= 0) {
        i = endOfString(s, q);
      } else if (c == '#') {
        while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
          i++;
        }
      } else if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1)))) {
        i++;
        while (i < n && (isNameChar(s.charAt(i)) || s.charAt(i) == '.')) {
          i++;
        }
      } else if (isNameChar(c)) {
        while (i < n && isNameChar(s.charAt(i))) {
          i++;
        }
      } else if (c == ' ' || c == '\t' || c == '\f') {
        while (i < n && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\f')) {
          i++;
        }
      } else if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
        i += 2;
      } else {
        i += operatorLength(s, i);
      }
      out.add(s.substring(start, i));
    }
    return out;
  }

  private static final List<String> LONG_OPERATORS = List.of("**=", "//=", ">>=", "<<=", "...",
      "->", ":=", "**", "//", "<<", ">>", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=",
      "@=", "&=", "|=", "^=");

  private static int operatorLength(String s, int i) {
    for (String op : LONG_OPERATORS) {
      if (s.startsWith(op, i)) {
        return op.length();
      }
    }
    return 1;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isNameChar(char c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || isDigit(c)
        || (c >= 0x80 && c <= 0xff);
  }

  /** Index of the opening quote if a string literal (with prefix) starts at i, else -1. */
  private static int stringQuoteAt(String s, int i) {
    for (int k = i; k < Math.min(s.length(), i + 3); k++) {
      char c = s.charAt(k);
      if (c == '\'' || c == '"') {
        return k;
      }
      if ("rRbBuUfF".indexOf(c) < 0) {
        return -1;
      }
    }
    return -1;
  }

  private static int endOfString(String s, int q) {
    char quote = s.charAt(q);
    int n = s.length();
    if (s.startsWith(String.valueOf(quote).repeat(3), q)) {
      int close = s.indexOf(String.valueOf(quote).repeat(3), q + 3);
      return close < 0 ? n : close + 3;
    }
    int i = q + 1;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\\') {
        i += 2;
      } else if (c == quote) {
        return i + 1;
      } else if (c == '\n') {
        return i;
      } else {
        i++;
      }
    }
    return n;
  }

  private static boolean significant(String tok) {
    return !tok.isBlank();
  }

  /** A token index, mostly of a significant token, sometimes of whitespace or a newline. */
  private static int pickToken(List<String> toks, SplittableRandom r) {
    for (int tries = 0; tries < 8; tries++) {
      int i = r.nextInt(toks.size());
      if (significant(toks.get(i)) || r.nextInt(4) == 0) {
        return i;
      }
    }
    return r.nextInt(toks.size());
  }

  static String deleteTokens(String text, SplittableRandom r) {
    List<String> toks = tokenize(text);
    if (toks.isEmpty()) {
      return text;
    }
    int i = pickToken(toks, r);
    int n = Math.min(toks.size() - i, 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0));
    toks.subList(i, i + n).clear();
    return String.join("", toks);
  }

  static String duplicateTokens(String text, SplittableRandom r) {
    List<String> toks = tokenize(text);
    if (toks.isEmpty()) {
      return text;
    }
    int i = pickToken(toks, r);
    int n = Math.min(toks.size() - i, 1 + (r.nextInt(3) == 0 ? r.nextInt(10) : 0));
    int times = r.nextInt(5) == 0 ? 1 + r.nextInt(20) : 1;
    List<String> span = List.copyOf(toks.subList(i, i + n));
    for (int k = 0; k < times; k++) {
      toks.addAll(i, span);
    }
    return String.join("", toks);
  }

  static String swapTokens(String text, SplittableRandom r) {
    List<String> toks = tokenize(text);
    if (toks.size() < 2) {
      return text;
    }
    int i = pickToken(toks, r);
    int j = r.nextBoolean()
        ? Math.clamp(i + r.nextInt(-6, 7), 0, toks.size() - 1)
        : pickToken(toks, r);
    String t = toks.get(i);
    toks.set(i, toks.get(j));
    toks.set(j, t);
    return String.join("", toks);
  }

  static final String[] VOCABULARY = {
      // keywords and soft keywords
      "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
      "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
      "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise",
      "return", "try", "while", "with", "yield", "match", "case", "type", "_", "print",
      // operators and delimiters
      "(", ")", "[", "]", "{", "}", ":", ",", ";", ".", "...", "=", ":=", "->", "@", "@=",
      "*", "**", "*=", "**=", "/", "//", "%", "+", "-", "~", "<<", ">>", "&", "|", "^", "<",
      ">", "<=", ">=", "==", "!=", "!", "$", "?", "`", "\\",
      // layout
      "\n", "\r\n", "\r", "\\\n", "    ", "\t", "\f", " ", "\n    ", "\n\t", "\n        ", "#",
      // literal fragments
      "'", "\"", "'''", "\"\"\"", "f'", "f\"", "rb'", "u'", "f\"{", "}", "{{", "}}", "!r", "=}",
      "0", "1_000", "0x", "0b12", "1e", "1.5j", "0_", "09", "1__0", "0o8", ".5", "1.e5",
      "f'{x!r:>{w}}'", "f\"{'a' if b else \"c\"}\"", "'''\n'''", "\"\\N{", "b'\\xff'",
  };

  static String insertToken(String text, SplittableRandom r) {
    List<String> toks = tokenize(text);
    int i = toks.isEmpty() ? 0 : r.nextInt(toks.size() + 1);
    String tok;
    if (!toks.isEmpty() && r.nextInt(3) == 0) {
      tok = toks.get(pickToken(toks, r));
    } else {
      tok = VOCABULARY[r.nextInt(VOCABULARY.length)];
    }
    if (r.nextBoolean()) {
      tok = " " + tok + " ";
    }
    toks.add(i, tok);
    return String.join("", toks);
  }

  static String truncate(String text, SplittableRandom r) {
    return text.isEmpty() ? text : text.substring(0, r.nextInt(text.length()));
  }

  /** Byte sequences worth inserting, each as ISO-8859-1 chars (one char per byte). */
  static final String[] ODD_BYTES = {
      "\0", "\t", "\f", "\r", "\n", "\u000b", "\\", "'", "\"", "#", "(", ")", "[", "]", "{",
      "}", ":", " ", "\u001b", "\u007f",
      // invalid UTF-8: stray continuation, overlong, truncated, surrogate, beyond U+10FFFF
      "\u0080", "\u00bf", "\u00c0\u00af", "\u00c3", "\u00e2\u0082", "\u00ed\u00a0\u0080",
      "\u00f4\u0090\u0080\u0080", "\u00f5", "\u00fe", "\u00ff",
      // a UTF-8 BOM in the middle, and valid but unusual UTF-8
      "\u00ef\u00bb\u00bf", utf8("é"), utf8("€"), utf8("\uD83D\uDC0D"), utf8("\u2028"),
      utf8("\u00a0"), utf8("\u200b"), utf8("\u0301"), utf8("１"), utf8("ǅ"), utf8("ℌ"),
      utf8("\u2029"), utf8("\u0085"), utf8("x\u0300"),
  };

  static String utf8(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  private static String oddBytes(SplittableRandom r) {
    if (r.nextInt(5) == 0) {
      return String.valueOf((char) r.nextInt(256));
    }
    return ODD_BYTES[r.nextInt(ODD_BYTES.length)];
  }

  static String insertBytes(String text, SplittableRandom r) {
    int at = r.nextInt(text.length() + 1);
    StringBuilder sb = new StringBuilder(text);
    int n = 1 + (r.nextInt(4) == 0 ? r.nextInt(3) : 0);
    for (int k = 0; k < n; k++) {
      sb.insert(at, oddBytes(r));
    }
    return sb.toString();
  }

  static String replaceBytes(String text, SplittableRandom r) {
    if (text.isEmpty()) {
      return text;
    }
    int at = r.nextInt(text.length());
    String b = oddBytes(r);
    return text.substring(0, at) + b + text.substring(Math.min(text.length(), at + b.length()));
  }

  /** Nesting depth around CPython's limit of 200 most of the time, up to 5000. */
  static String deepBrackets(String text, SplittableRandom r) {
    int depth = switch (r.nextInt(4)) {
      case 0 -> 1 + r.nextInt(50);
      case 1 -> 190 + r.nextInt(20);
      case 2 -> 1 + r.nextInt(1000);
      default -> 1 + r.nextInt(5000);
    };
    String opens = "([{";
    String closes = ")]}";
    StringBuilder open = new StringBuilder(depth);
    StringBuilder close = new StringBuilder(depth);
    boolean mixed = r.nextBoolean();
    int fixed = r.nextInt(3);
    for (int k = 0; k < depth; k++) {
      int p = mixed ? r.nextInt(3) : fixed;
      open.append(opens.charAt(p));
      close.append(closes.charAt(p));
    }
    close.reverse();
    String atom = switch (r.nextInt(4)) {
      case 0 -> "x";
      case 1 -> "1,";
      case 2 -> "";
      default -> "f'{";
    };
    String expr = switch (r.nextInt(3)) {
      case 0 -> open + atom + close;
      case 1 -> open + atom;
      default -> open + atom + close.substring(0, r.nextInt(close.length() + 1));
    };
    int at = r.nextBoolean() ? lineStart(text, r) : r.nextInt(text.length() + 1);
    String prefix = r.nextBoolean() ? "y = " : "";
    return text.substring(0, at) + prefix + expr + (r.nextBoolean() ? "\n" : "")
        + text.substring(at);
  }

  private static int lineStart(String text, SplittableRandom r) {
    int at = r.nextInt(text.length() + 1);
    int nl = text.lastIndexOf('\n', at - 1);
    return nl + 1;
  }

  /** Lines up to ~200k chars; length is log-uniform so short ones are common too. */
  static String longLine(String text, SplittableRandom r) {
    int n = (int) Math.pow(2, 4 + r.nextDouble() * 13.6);
    String line = switch (r.nextInt(10)) {
      case 0 -> "x = " + "1 + ".repeat(n / 4) + "1";
      case 1 -> "s = '" + "a".repeat(n) + "'";
      case 2 -> "v" + "_".repeat(n) + " = 0";
      case 3 -> "# " + "comment ".repeat(n / 8);
      case 4 -> "l = [" + "1, ".repeat(n / 3) + "]";
      case 5 -> " ".repeat(n) + "pass";
      case 6 -> "a" + ".b".repeat(n / 2);
      case 7 -> "f = f'" + "{x}".repeat(n / 3) + "'";
      case 8 -> "c = x" + " < x".repeat(n / 4);
      default -> "d = {" + "'k': 1, ".repeat(n / 8) + "}";
    };
    int at = lineStart(text, r);
    return text.substring(0, at) + line + "\n" + text.substring(at);
  }

  static final String[] ENCODINGS = {
      "utf-8", "latin-1", "iso-8859-15", "ascii", "cp1252", "utf-16", "utf-8-sig", "euc-jp",
      "shift_jis", "koi8-r", "bogus-codec", "", "UTF8", "latin1",
  };

  /** A PEP 263 declaration on line 1 or 2, a BOM, or both. */
  static String codingLine(String text, SplittableRandom r) {
    String decl = "# -*- coding: " + ENCODINGS[r.nextInt(ENCODINGS.length)] + " -*-\n";
    return switch (r.nextInt(4)) {
      case 0 -> decl + text;
      case 1 -> "#!/usr/bin/env python3\n" + decl + text;
      case 2 -> "\u00ef\u00bb\u00bf" + text;
      default -> "\u00ef\u00bb\u00bf" + decl + text;
    };
  }
}
