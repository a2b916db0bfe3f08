package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.compiler.CodeGen;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;

/**
 * Seeded random programs whose instructions meet values of changing types (and classes,
 * globals and callees that change under them) print the same with specialization as
 * without: a specialized instruction must behave exactly as its generic form.
 */
class SpecializationDifferentialTest {
  private static final List<String> VALUES = List.of("0", "1", "-7", "2**62", "-2**63",
      "10**20", "0.5", "-0.0", "1e300", "True", "False", "None", "'ab'", "''", "'\\u00e9'",
      "[1, 2]", "[]", "(3, 4)", "(5,)", "{1: 'a', 'k': 2}", "{1, 2}", "frozenset()",
      "range(3)", "P(1, 2)", "Q(3)", "W(4)");
  private static final List<String> BINARY = List.of("+", "-", "*", "//", "%", "<<", "&",
      "/", "<", "==", "!=", ">=", "in", "not in", "is");
  private static final List<String> CALLEES = List.of("len", "abs", "str", "bool", "f1",
      "f2", "P", "Q", "isinstance_int", "tuple", "list");
  private static final String PRELUDE = """
      class P:
          def __init__(self, x, y=0):
              self.x = x
              self.y = y
          def get(self):
              return self.x
          def __add__(self, o):
              return P(self.x + (o.x if isinstance(o, P) else 1))
          def __lt__(self, o):
              return True
          def __len__(self):
              return 2
          def __repr__(self):
              return 'P(%r)' % (self.x,)
      class Q(P):
          def get(self):
              return -1
      class W:
          __slots__ = ('x',)
          def __init__(self, x):
              self.x = x
          def get(self):
              return 'w'
          def __repr__(self):
              return 'W'
      def f1(a, b=5):
          return (a, b)
      def f2(a):
          return [a]
      def isinstance_int(v):
          return isinstance(v, int)
      def show(thunk):
          try:
              return repr(thunk())
          except Exception as e:
              return type(e).__name__
      """;

  private static String pick(Random rnd, List<String> l) {
    return l.get(rnd.nextInt(l.size()));
  }

  private static String values(Random rnd) {
    StringBuilder sb = new StringBuilder("[");
    int n = 3 + rnd.nextInt(6);
    for (int i = 0; i < n; i++) {
      sb.append(pick(rnd, VALUES)).append(", ");
    }
    return sb.append("]").toString();
  }

  private static String program(Random rnd) {
    StringBuilder sb = new StringBuilder(PRELUDE);
    String op = pick(rnd, BINARY);
    sb.append("def op(a, b):\n    return a ").append(op).append(" b\n");
    sb.append("def sub(a, b):\n    return a[b]\n");
    sb.append("def attr(o):\n    return o.x\n");
    sb.append("def meth(o):\n    return o.get()\n");
    sb.append("def call(fn, v):\n    return fn(v)\n");
    sb.append("def unpack(v):\n    p, q = v\n    return q, p\n");
    sb.append("def truth(v):\n    return 'yes' if v else 'no'\n");
    sb.append("def loop(v):\n    n = 0\n    for item in v:\n        n += 1\n    return n\n");
    sb.append("def store(c, k, v):\n    c[k] = v\n    return c\n");
    sb.append("vals = ").append(values(rnd)).append("\n");
    sb.append("out = []\n");
    sb.append("for rep in range(").append(2 + rnd.nextInt(3)).append("):\n");
    sb.append("    for a in vals:\n");
    sb.append("        for b in vals:\n");
    sb.append("            out.append(show(lambda: op(a, b)))\n");
    sb.append("            out.append(show(lambda: sub(a, b)))\n");
    sb.append("        out.append(show(lambda: attr(a)))\n");
    sb.append("        out.append(show(lambda: meth(a)))\n");
    sb.append("        out.append(show(lambda: call(").append(pick(rnd, CALLEES))
        .append(", a)))\n");
    sb.append("        out.append(show(lambda: unpack(a)))\n");
    sb.append("        out.append(truth(a) if not isinstance(a, P) else 'P')\n");
    sb.append("        out.append(show(lambda: loop(a)))\n");
    sb.append("        out.append(show(lambda: store([0, 1], a, 'v')))\n");
    sb.append("        out.append(show(lambda: store({}, a, 'v')))\n");
    // change the world under the specialized sites
    sb.append("    ").append(pick(rnd, List.of(
        "P.get = lambda self: 'patched'",
        "P.x = property(lambda self: 'prop')",
        "f1.__defaults__ = (9,)",
        "vals.reverse()",
        "globals()['len'] = lambda v: 'mine'",
        "Q.__init__ = lambda self, x: None",
        "vals.append(vals.pop(0))"))).append("\n");
    sb.append("print(out)\n");
    return sb.toString();
  }

  private static String run(String src) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = Builtins.stdout;
    Builtins.stdout = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    try {
      PyDict globals = new PyDict();
      globals.put("__name__", "__main__");
      Interpreter.runModule(CodeGen.compileModule(Parser.parseModule(src, "<diff>"),
          "<diff>"), globals);
    } catch (PyException e) {
      Builtins.stdout.println("uncaught " + e.value.type().name);
    } finally {
      Builtins.stdout.flush();
      Builtins.stdout = saved;
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void specializedAndGenericRunsPrintTheSame() {
    Random rnd = new Random(659L);
    try {
      for (int i = 0; i < 150; i++) {
        String src = program(rnd);
        Specializer.setEnabled(true);
        String specialized = run(src);
        Specializer.setEnabled(false);
        String generic = run(src);
        assertThat(specialized).as("program %d:\n%s", i, src).isEqualTo(generic);
        assertThat(generic).as("program %d prints its results", i).startsWith("[");
      }
    } finally {
      Specializer.setEnabled(true);
    }
  }
}
