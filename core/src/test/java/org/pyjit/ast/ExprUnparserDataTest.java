package org.pyjit.ast;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pyjit.parse.Parser;
import org.pyjit.testing.Tsv;
import org.pyjit.testing.Tsv.Mismatches;

/**
 * Compares ExprUnparser with the annotation strings CPython 3.13 made (unparse/regen.py):
 * every annotation of CPython's standard library and a list of rarer forms; checks the data
 * is not stale, and, when CPython 3.13's standard library is on this machine, that every
 * annotation in it is among the rows and unparses to CPython's text.
 */
class ExprUnparserDataTest {
  private static final String DATA = "/unparse/annotations.tsv";

  @Test
  void everyRowUnparsesAsCPython() {
    Mismatches m = new Mismatches();
    for (String[] row : Tsv.rows(DATA)) {
      String source = Tsv.text(row[1]);
      String expected = Tsv.text(row[2]);
      String got;
      try {
        got = ExprUnparser.unparse(parseAnnotation(source));
      } catch (RuntimeException e) {
        got = e.toString();
      }
      m.check(got.equals(expected), row[0] + ": " + source + " -> " + got
          + " CPython " + expected);
    }
    assertThat(m.checked()).isGreaterThan(500);
    assertThat(m.report()).isEmpty();
  }

  @Test
  void dataWasMadeByTheCommittedScript() throws IOException, NoSuchAlgorithmException {
    byte[] script;
    try (InputStream in = getClass().getResourceAsStream("/unparse/regen.py")) {
      script = in.readAllBytes();
    }
    String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
        .digest(script));
    assertThat(firstLine()).as("annotations.tsv is stale: rerun unparse/regen.py")
        .isEqualTo("# regen.py sha256 " + digest);
  }

  @Test
  void everyStdlibAnnotationIsCoveredAndAgrees() throws IOException {
    Path lib = cpythonLib();
    Assumptions.assumeTrue(lib != null,
        "skipped: CPython 3.13's standard library not found (PYJIT_CPYTHON313_LIB, pyenv)");
    Map<String, String> expected = new HashMap<>();
    for (String[] row : Tsv.rows(DATA)) {
      expected.put(Tsv.text(row[1]), Tsv.text(row[2]));
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(lib)) {
      files = s.filter(p -> p.toString().endsWith(".py"))
          .filter(p -> !lib.relativize(p).startsWith("site-packages")).sorted().toList();
    }
    Mismatches m = new Mismatches();
    for (Path p : files) {
      String rel = lib.relativize(p).toString();
      byte[] data = Files.readAllBytes(p);
      String text;
      Mod.Module mod;
      try {
        text = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data))
            .toString();
        mod = Parser.parseModule(data, rel);
      } catch (CharacterCodingException | RuntimeException e) {
        continue; // regen.py skips what is not UTF-8 or does not parse
      }
      List<String> lines = linesKeepingEnds(text);
      for (Expr ann : annotations(mod)) {
        String source = segment(lines, ann.pos());
        String want = expected.get(source);
        if (want == null) {
          // a form CPython rejects in an annotation has no row either
          m.check(false, rel + ": " + source + " has no row: annotations.tsv is stale");
        } else {
          String got = ExprUnparser.unparse(ann);
          m.check(got.equals(want), rel + ": " + source + " -> " + got + " CPython " + want);
        }
      }
    }
    assertThat(m.checked()).isGreaterThan(500);
    assertThat(m.report()).isEmpty();
  }

  /** The annotation of parameter a in regen.py's wrapper around {@code source}. */
  private static Expr parseAnnotation(String source) {
    boolean starred = source.startsWith("*");
    String code = starred
        ? "from __future__ import annotations\ndef f(*a: " + source + "): pass\n"
        : "from __future__ import annotations\ndef f(a: (" + source + "\n)): pass\n";
    Mod.Module mod = Parser.parseModule(code, "<annotation>");
    Stmt.FunctionDef f = (Stmt.FunctionDef) mod.body().get(1);
    Arguments.Arg a = starred ? f.args().vararg() : f.args().args().get(0);
    return a.annotation();
  }

  private static List<Expr> annotations(Node root) {
    List<Expr> out = new ArrayList<>();
    collect(root, out);
    return out;
  }

  private static void collect(Node n, List<Expr> out) {
    switch (n) {
      case Arguments.Arg a when a.annotation() != null -> out.add(a.annotation());
      case Stmt.FunctionDef f when f.returns() != null -> out.add(f.returns());
      case Stmt.AsyncFunctionDef f when f.returns() != null -> out.add(f.returns());
      case Stmt.AnnAssign a -> out.add(a.annotation());
      default -> { }
    }
    Nodes.forEachChild(n, c -> collect(c, out));
  }

  /** ast.get_source_segment: columns are UTF-8 byte offsets. */
  private static String segment(List<String> lines, Pos pos) {
    byte[] first = lines.get(pos.lineno() - 1).getBytes(StandardCharsets.UTF_8);
    if (pos.endLineno() == pos.lineno()) {
      return new String(first, pos.colOffset(), pos.endColOffset() - pos.colOffset(),
          StandardCharsets.UTF_8);
    }
    StringBuilder sb = new StringBuilder(new String(first, pos.colOffset(),
        first.length - pos.colOffset(), StandardCharsets.UTF_8));
    for (int i = pos.lineno(); i < pos.endLineno() - 1; i++) {
      sb.append(lines.get(i));
    }
    byte[] last = lines.get(pos.endLineno() - 1).getBytes(StandardCharsets.UTF_8);
    return sb.append(new String(last, 0, pos.endColOffset(), StandardCharsets.UTF_8))
        .toString();
  }

  /** Lines ended by \r\n, \n or \r, each with its end, as Python's splitting for it. */
  private static List<String> linesKeepingEnds(String s) {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          i++;
        }
        out.add(s.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < s.length()) {
      out.add(s.substring(start));
    }
    return out;
  }

  private static String firstLine() {
    try (InputStream in = ExprUnparserDataTest.class.getResourceAsStream(DATA)) {
      String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return all.substring(0, all.indexOf('\n'));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** CPython 3.13's Lib: $PYJIT_CPYTHON313_LIB, else pyenv's 3.13.0 or a system one. */
  private static Path cpythonLib() {
    List<String> candidates = new ArrayList<>();
    String env = System.getenv("PYJIT_CPYTHON313_LIB");
    if (env != null) {
      candidates.add(env);
    }
    candidates.add(System.getProperty("user.home") + "/.pyenv/versions/3.13.0/lib/python3.13");
    candidates.add("/usr/lib/python3.13");
    candidates.add("/usr/local/lib/python3.13");
    for (String c : candidates) {
      Path p = Path.of(c);
      if (Files.isRegularFile(p.resolve("os.py"))) {
        return p;
      }
    }
    return null;
  }
}
