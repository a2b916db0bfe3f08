package org.pyjit.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;

/**
 * The regex engine below the re module: the parser's errors (message and position as
 * CPython 3.13 gives them), the matcher's semantics on targeted cases, long subjects (the
 * backtracking stack is explicit: no StackOverflowError), and seeded random patterns of a
 * small grammar compared with a reference matcher written here (continuation passing over
 * the test's own tree, so independent of RegexParser/RegexCompiler). The full re API is
 * checked against CPython by the corpus programs in tests/programs/lib_re.
 */
class RegexEngineTest {
  private static RegexProgram compile(String pattern) {
    return RegexCompiler.compile(pattern.codePoints().toArray(), true, 0);
  }

  /** {start, end} of the leftmost match, or null. */
  private static int[] search(String pattern, String subject) {
    int[] t = subject.codePoints().toArray();
    RegexMatcher m = new RegexMatcher(compile(pattern), t, t.length);
    return m.search(0) ? new int[] {m.matchStart, m.matchEnd} : null;
  }

  private static RegexSyntaxError error(String pattern) {
    try {
      compile(pattern);
    } catch (RegexSyntaxError e) {
      return e;
    }
    throw new AssertionError("compiled: " + pattern);
  }

  @Test
  void parseErrorsHaveCPythonsMessagesAndPositions() {
    assertThat(error("(a").msg).isEqualTo("missing ), unterminated subpattern");
    assertThat(error("(a").pos).isEqualTo(0);
    assertThat(error("*a").msg).isEqualTo("nothing to repeat");
    assertThat(error("a**").msg).isEqualTo("multiple repeat");
    assertThat(error("a**").pos).isEqualTo(2);
    assertThat(error("(?<x").msg).isEqualTo("unknown extension ?<x");
    assertThat(error("(?<x").pos).isEqualTo(1);
    assertThat(error("\\q").msg).isEqualTo("bad escape \\q");
    assertThat(error("[b-a]").msg).isEqualTo("bad character range b-a");
    assertThat(error("[b-a]").pos).isEqualTo(1);
    assertThat(error("a)").msg).isEqualTo("unbalanced parenthesis");
    assertThat(error("(?<=a+)b").msg).isEqualTo("look-behind requires fixed-width pattern");
    assertThat(error("(?<=a+)b").pos).isEqualTo(-1);
    assertThat(error("(?P<a>x)(?P<a>y)").msg)
        .isEqualTo("redefinition of group name 'a' as group 2; was group 1");
    assertThat(error("\\2(a)").msg).isEqualTo("invalid group reference 2");
    assertThat(error("\\2(a)").pos).isEqualTo(1);
    assertThat(error("a{3,2}").msg).isEqualTo("min repeat greater than max repeat");
    assertThat(error("a{3,2}").pos).isEqualTo(2);
    assertThat(error("a{4294967295}").kind).isEqualTo(RegexSyntaxError.OVERFLOW);
  }

  @Test
  void matchesAsSre() {
    assertThat(search("a+", "baaac")).containsExactly(1, 4);
    assertThat(search("a|ab", "ab")).containsExactly(0, 1);
    assertThat(search("(?:a|ab)c", "abc")).containsExactly(0, 3);
    assertThat(search("(?>a|ab)c", "abc")).isNull();
    assertThat(search("a*+a", "aaa")).isNull();
    assertThat(search("<.*?>", "<a><b>")).containsExactly(0, 3);
    assertThat(search("(\\w+) \\1", "say bye bye")).containsExactly(4, 11);
    assertThat(search("(?<=-)\\w+", "a-bc")).containsExactly(2, 4);
    assertThat(search("(?i)STRASSE|ß", "Straße")).containsExactly(4, 5);
    assertThat(search("(?i)k", "\u212a")).containsExactly(0, 1);
    assertThat(search("\\bb", "ab b")).containsExactly(3, 4);
    assertThat(search("(a)?(?(1)b|c)", "xc")).containsExactly(1, 2);
    assertThat(search("\\U0001F600+", "x\uD83D\uDE00\uD83D\uDE00")).containsExactly(1, 3);
  }

  @Test
  void groupsKeepTheLastIterationsCapture() {
    int[] t = "abab".codePoints().toArray();
    RegexMatcher m = new RegexMatcher(compile("(?:(a)|(b))*"), t, t.length);
    assertThat(m.match(0)).isTrue();
    assertThat(m.marks).containsExactly(0, 4, 2, 3, 3, 4);
    assertThat(m.lastIndex).isEqualTo(2);
  }

  @Test
  void longSubjectsNeedNoJavaStack() {
    String s = "ab".repeat(500_000) + "c";
    assertThat(search("(?:a|b)*c", s)).containsExactly(0, 1_000_001);
    assertThat(search("(a|b)*c", s)).containsExactly(0, 1_000_001);
    assertThat(search("(?:ab)*?c", s)).containsExactly(0, 1_000_001);
    assertThat(search("(?:x|a)+?$", "a".repeat(1_000_000))).containsExactly(0, 1_000_000);
    assertThat(search("a*+b", "a".repeat(5_000))).isNull();
  }

  // ---------------------------------------------------------------- random patterns

  /** The test's own regex tree: rendered to a pattern and matched by {@link #ref}. */
  private sealed interface R {}

  private record Chr(int c) implements R {}

  private record Dot() implements R {}

  private record Cls(String chars) implements R {}

  private record Cat(List<R> items) implements R {}

  private record Or(List<R> items) implements R {}

  /** kind: '*', '+' or '?', lazy when the pattern has a '?' after it. */
  private record Rep(R body, char kind, boolean lazy) implements R {}

  private static String render(R r) {
    return switch (r) {
      case Chr c -> Character.toString(c.c());
      case Dot d -> ".";
      case Cls c -> "[" + c.chars() + "]";
      case Cat c -> {
        StringBuilder b = new StringBuilder();
        c.items().forEach(i -> b.append(render(i)));
        yield b.toString();
      }
      case Or o -> "(?:" + String.join("|", o.items().stream().map(RegexEngineTest::render)
          .toList()) + ")";
      case Rep p -> "(?:" + render(p.body()) + ")" + p.kind() + (p.lazy() ? "?" : "");
    };
  }

  /** Continuation-passing backtracking: k receives each end position in sre's order. */
  private static boolean ref(R r, int[] s, int p, IntPredicate k) {
    return switch (r) {
      case Chr c -> p < s.length && s[p] == c.c() && k.test(p + 1);
      case Dot d -> p < s.length && s[p] != '\n' && k.test(p + 1);
      case Cls c -> p < s.length && c.chars().indexOf(s[p]) >= 0 && k.test(p + 1);
      case Cat c -> seq(c.items(), 0, s, p, k);
      case Or o -> {
        for (R i : o.items()) {
          if (ref(i, s, p, k)) {
            yield true;
          }
        }
        yield false;
      }
      case Rep rep -> switch (rep.kind()) {
        case '?' -> rep.lazy() ? k.test(p) || ref(rep.body(), s, p, k)
            : ref(rep.body(), s, p, k) || k.test(p);
        case '*' -> star(rep, s, p, k);
        default -> ref(rep.body(), s, p, q -> star(rep, s, q, k));
      };
    };
  }

  private static boolean seq(List<R> items, int i, int[] s, int p, IntPredicate k) {
    if (i == items.size()) {
      return k.test(p);
    }
    return ref(items.get(i), s, p, q -> seq(items, i + 1, s, q, k));
  }

  private static boolean star(Rep rep, int[] s, int p, IntPredicate k) {
    if (rep.lazy()) {
      return k.test(p) || ref(rep.body(), s, p, q -> q != p && star(rep, s, q, k));
    }
    return ref(rep.body(), s, p, q -> q != p && star(rep, s, q, k)) || k.test(p);
  }

  /** A node that never matches empty (so repeats need no empty-iteration rule). */
  private static R solid(Random rnd, int depth) {
    int k = rnd.nextInt(depth > 2 ? 3 : 6);
    return switch (k) {
      case 0 -> new Chr("abc".charAt(rnd.nextInt(3)));
      case 1 -> rnd.nextInt(4) == 0 ? new Dot() : new Chr("ab".charAt(rnd.nextInt(2)));
      case 2 -> new Cls(rnd.nextBoolean() ? "ab" : "bc");
      case 3 -> {
        List<R> items = new ArrayList<>();
        int n = 2 + rnd.nextInt(2);
        for (int i = 0; i < n; i++) {
          items.add(solid(rnd, depth + 1));
        }
        yield new Or(items);
      }
      case 4 -> new Rep(solid(rnd, depth + 1), '+', rnd.nextBoolean());
      default -> {
        List<R> items = new ArrayList<>();
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
          items.add(solid(rnd, depth + 1));
        }
        yield new Cat(items);
      }
    };
  }

  private static R pattern(Random rnd) {
    List<R> items = new ArrayList<>();
    int n = 1 + rnd.nextInt(4);
    for (int i = 0; i < n; i++) {
      R r = solid(rnd, 0);
      int q = rnd.nextInt(5);
      if (q > 1) {
        r = new Rep(r, "*+?".charAt(q - 2), rnd.nextBoolean());
      }
      items.add(r);
    }
    return new Cat(items);
  }

  @Test
  void randomPatternsMatchTheReference() {
    Random rnd = new Random(20241123);
    for (int iter = 0; iter < 3000; iter++) {
      R r = pattern(rnd);
      String pattern = render(r);
      StringBuilder sb = new StringBuilder();
      int len = rnd.nextInt(9);
      for (int i = 0; i < len; i++) {
        sb.append("abc\n".charAt(rnd.nextInt(4)));
      }
      String subject = sb.toString();
      int[] s = subject.codePoints().toArray();
      int[] expected = null;
      for (int start = 0; start <= s.length && expected == null; start++) {
        int[] end = {-1};
        int st = start;
        if (ref(r, s, start, e -> {
          end[0] = e;
          return true;
        })) {
          expected = new int[] {st, end[0]};
        }
      }
      assertThat(search(pattern, subject)).as("%s on %s", pattern, subject)
          .isEqualTo(expected);
    }
  }

  @Test
  void templatesParseGroupsAndEscapes() {
    RegexProgram p = compile("(?P<a>x)(y)");
    assertThat(RegexParser.template(p, "\\2-\\g<a>\\n".codePoints().toArray(), true))
        .containsExactly("", 2, "-", 1, "\n");
    assertThatThrownBy(() -> RegexParser.template(p, "\\3".codePoints().toArray(), true))
        .isInstanceOf(RegexSyntaxError.class).hasMessage("invalid group reference 3");
  }
}
