package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.Opcode;
import org.pyjit.compiler.CodeGen;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.PyDict;

/**
 * try/except*: the instructions the compiler emits, and a seeded random check of PEP 654's
 * rules on nested exception groups. Each leaf is handled by the first clause whose types
 * match it, a clause sees its leaves in the group's order, and what escapes (the unhandled
 * leaves and those of clauses that re-raise with a bare raise) keeps the original group's
 * shape and order. The expected outcome is computed here from those rules, independently
 * of the runtime's split().
 */
class ExceptStarTest {
  private static final List<String> LEAF_TYPES = List.of(
      "ValueError", "TypeError", "KeyError", "IndexError", "ZeroDivisionError", "OSError");
  /** Clause types and the leaf types each one catches. */
  private static final Map<String, Set<String>> CATCHES = Map.of(
      "ValueError", Set.of("ValueError"),
      "TypeError", Set.of("TypeError"),
      "KeyError", Set.of("KeyError"),
      "LookupError", Set.of("KeyError", "IndexError"),
      "ArithmeticError", Set.of("ZeroDivisionError"),
      "OSError", Set.of("OSError"),
      "Exception", Set.copyOf(LEAF_TYPES));
  private static final List<String> CLAUSE_TYPES = List.copyOf(CATCHES.keySet().stream()
      .sorted().toList());

  @Test
  void compilesToCheckEgMatchAndPrepReraiseStar() {
    CodeObject co = CodeGen.compileModule(Parser.parseModule(
        "try:\n    f()\nexcept* ValueError as e:\n    g(e)\n", "<t>"), "<t>");
    List<Opcode> ops = new ArrayList<>();
    int intrinsicArg = -1;
    for (int unit : co.code) {
      Opcode op = Opcode.of(unit & 0xff);
      ops.add(op);
      if (op == Opcode.CALL_INTRINSIC_2) {
        intrinsicArg = Opcode.argOf(unit);
      }
    }
    assertThat(ops).containsSubsequence(Opcode.PUSH_EXC_INFO, Opcode.BUILD_LIST, Opcode.COPY,
        Opcode.LOAD_NAME, Opcode.CHECK_EG_MATCH, Opcode.COPY, Opcode.POP_JUMP_IF_NONE,
        Opcode.STORE_NAME);
    assertThat(intrinsicArg).isEqualTo(1); // INTRINSIC_PREP_RERAISE_STAR
    boolean clauseBodyHandler = false;
    for (int h = 0; h < co.exceptionTable.size(); h++) {
      // the clause body's handler: previous exception, original, raised list, rest
      clauseBodyHandler |= co.exceptionTable.depth(h) == 4 && co.exceptionTable.lasti(h);
    }
    assertThat(clauseBodyHandler).isTrue();
  }

  @Test
  void randomGroupsFollowPep654() {
    Random rnd = new Random(654);
    for (int n = 0; n < 300; n++) {
      List<String> leafTypes = new ArrayList<>();
      String group = group(rnd, 3, leafTypes, "root");
      int clauses = 1 + rnd.nextInt(3);
      List<List<String>> clauseTypes = new ArrayList<>();
      List<Boolean> reraises = new ArrayList<>();
      StringBuilder src = new StringBuilder("""
          def leaves(e):
              if isinstance(e, BaseExceptionGroup):
                  return [x for s in e.exceptions for x in leaves(s)]
              return [e.args[0]]
          handled = []
          rest = None
          try:
              try:
          """);
      src.append("        raise ").append(group).append('\n');
      for (int c = 0; c < clauses; c++) {
        List<String> types = new ArrayList<>();
        int k = 1 + rnd.nextInt(2);
        for (int i = 0; i < k; i++) {
          types.add(CLAUSE_TYPES.get(rnd.nextInt(CLAUSE_TYPES.size())));
        }
        boolean reraise = rnd.nextInt(3) == 0;
        clauseTypes.add(types);
        reraises.add(reraise);
        src.append("    except* ").append(k == 1 ? types.getFirst()
                : "(" + String.join(", ", types) + ")")
            .append(" as g:\n        handled.append((").append(c).append(", leaves(g)))\n");
        if (reraise) {
          src.append("        raise\n");
        }
      }
      src.append("""
          except ExceptionGroup as e:
              assert e.message == "root", e.message
              rest = leaves(e)
          print(handled, rest)
          """);
      String expected = expected(leafTypes, clauseTypes, reraises);
      assertThat(run(src.toString())).as(src.toString()).isEqualTo(expected);
    }
  }

  /** A random group expression; its leaves' types are appended in order (leaf i = T(i)). */
  private static String group(Random rnd, int depth, List<String> leaves, String message) {
    int width = 1 + rnd.nextInt(4);
    List<String> members = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      if (depth > 1 && rnd.nextInt(4) == 0) {
        members.add(group(rnd, depth - 1, leaves, "sub"));
      } else {
        String t = LEAF_TYPES.get(rnd.nextInt(LEAF_TYPES.size()));
        members.add(t + "(" + leaves.size() + ")");
        leaves.add(t);
      }
    }
    return "ExceptionGroup(\"" + message + "\", [" + String.join(", ", members) + "])";
  }

  private static String expected(List<String> leafTypes, List<List<String>> clauseTypes,
      List<Boolean> reraises) {
    List<List<Integer>> perClause = new ArrayList<>();
    for (int c = 0; c < clauseTypes.size(); c++) {
      perClause.add(new ArrayList<>());
    }
    List<Integer> escaped = new ArrayList<>();
    for (int leaf = 0; leaf < leafTypes.size(); leaf++) {
      int by = -1;
      for (int c = 0; c < clauseTypes.size() && by < 0; c++) {
        for (String t : clauseTypes.get(c)) {
          if (CATCHES.get(t).contains(leafTypes.get(leaf))) {
            by = c;
            break;
          }
        }
      }
      if (by >= 0) {
        perClause.get(by).add(leaf);
      }
      if (by < 0 || reraises.get(by)) {
        escaped.add(leaf);
      }
    }
    List<String> handled = new ArrayList<>();
    for (int c = 0; c < perClause.size(); c++) {
      if (!perClause.get(c).isEmpty()) {
        handled.add("(" + c + ", " + perClause.get(c) + ")");
      }
    }
    return handled + " " + (escaped.isEmpty() ? "None" : escaped.toString()) + "\n";
  }

  private static String run(String src) {
    PrintStream saved = Builtins.stdout;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Builtins.stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    try {
      PyDict globals = new PyDict();
      globals.put("__name__", "__main__");
      Interpreter.runModule(CodeGen.compileModule(Parser.parseModule(src, "<t>"), "<t>"),
          globals);
    } finally {
      Builtins.stdout.flush();
      Builtins.stdout = saved;
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
