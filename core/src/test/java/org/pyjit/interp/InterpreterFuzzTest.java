package org.pyjit.interp;

import static org.assertj.core.api.Assertions.fail;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.pyjit.bytecode.CodeObject;
import org.pyjit.compiler.CodeGen;
import org.pyjit.parse.Parser;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;

/**
 * Seeded random programs against the interpreter: small statements that combine values of
 * every builtin type with operators, builtins and methods, most of them wrong on purpose.
 * Whatever a program does, the only exception allowed out of the interpreter is a Python
 * exception ({@link PyException}); a Java exception (ClassCastException, index out of
 * bounds, ...) would reach the user as an internal error, and fails the test with the
 * program that caused it.
 */
class InterpreterFuzzTest {
  private static final List<String> VALUES = List.of(
      "0", "1", "-7", "2**70", "True", "None", "3.5", "-0.0", "float('nan')", "1j", "''", "'abc'",
      "'é\\U0001F600'", "b'xy'", "bytearray(b'q')", "[]", "[1, 'a']", "()", "(1, 2)", "{}",
      "{'k': 1}", "set()", "{1, 2}", "frozenset({3})", "range(3)", "slice(1, 2)", "len",
      "object()", "int", "str", "Exception('e')", "(x for x in [1])", "(lambda a: a)",
      "...", "NotImplemented");
  private static final List<String> BINARY = List.of(
      "+", "-", "*", "/", "//", "%", "<<", ">>", "&", "|", "^", "@", "<", "<=", "==",
      "!=", ">", ">=", "in", "not in", "is", "and", "or");
  private static final List<String> CALLS = List.of(
      "len", "abs", "int", "float", "str", "repr", "bool", "list", "tuple", "dict", "set",
      "sorted", "min", "max", "sum", "iter", "next", "hash", "ord", "chr", "hex", "round",
      "divmod", "format", "isinstance", "getattr", "enumerate", "zip", "reversed",
      "bytes", "complex", "any", "all", "map", "filter", "print", "ascii", "bin");
  private static final List<String> METHODS = List.of(
      "append", "pop", "index", "count", "sort", "get", "keys", "items", "update", "split",
      "join", "strip", "replace", "find", "format", "upper", "add", "remove", "extend",
      "insert", "decode", "encode", "bit_length", "is_integer", "copy", "clear", "startswith");

  @Test
  void randomProgramsRaiseOnlyPythonExceptions() throws Exception {
    PrintStream savedOut = Builtins.stdout;
    PrintStream savedErr = Builtins.stderr;
    PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
    Builtins.stdout = sink;
    Builtins.stderr = sink;
    Throwable[] failure = new Throwable[1];
    Thread t = new Thread(null, () -> {
      try {
        run(10_000);
      } catch (Throwable e) {
        failure[0] = e;
      }
    }, "fuzz", 256L << 20);
    t.start();
    t.join();
    Builtins.stdout = savedOut;
    Builtins.stderr = savedErr;
    if (failure[0] instanceof AssertionError a) {
      throw a;
    }
    if (failure[0] != null) {
      throw new AssertionError(failure[0]);
    }
  }

  private static void run(int programs) {
    Random rnd = new Random(20261122L);
    int skipped = 0;
    java.util.Map<String, String> failures = new java.util.LinkedHashMap<>();
    for (int i = 0; i < programs; i++) {
      String src = program(rnd);
      CodeObject code;
      try {
        code = CodeGen.compileModule(Parser.parseModule(src, "<fuzz>"), "<fuzz>");
      } catch (CodeGen.Unsupported | org.pyjit.parse.SyntaxErrorException e) {
        skipped++; // the generator's few invalid programs, constructs not compiled yet
        continue;
      }
      PyDict globals = new PyDict();
      globals.put("__name__", "__main__");
      try {
        Interpreter.runModule(code, globals);
      } catch (PyException e) {
        // a Python exception is a correct outcome
      } catch (Throwable e) {
        StackTraceElement at = e.getStackTrace().length > 0 ? e.getStackTrace()[0] : null;
        String key = e.getClass().getName() + " at " + at;
        if (failures.size() < 30 && failures.keySet().stream().noneMatch(key::equals)) {
          failures.put(key, "program " + i + ":\n" + src + e);
        }
      }
    }
    if (!failures.isEmpty()) {
      fail(failures.size() + " kinds of Java exception escaped the interpreter:\n\n"
          + String.join("\n\n", failures.values()));
    }
    if (skipped > programs / 10) {
      fail(skipped + " of " + programs + " programs did not compile: the generator is broken");
    }
  }

  private static String pick(Random rnd, List<String> l) {
    return l.get(rnd.nextInt(l.size()));
  }

  private static String expr(Random rnd, int depth) {
    if (depth <= 0) {
      return pick(rnd, VALUES);
    }
    return switch (rnd.nextInt(7)) {
      case 0 -> "(" + expr(rnd, depth - 1) + " " + pick(rnd, BINARY) + " "
          + expr(rnd, depth - 1) + ")";
      case 1 -> pick(rnd, CALLS) + "(" + args(rnd, depth - 1) + ")";
      case 2 -> "(" + expr(rnd, depth - 1) + ")." + pick(rnd, METHODS) + "("
          + args(rnd, depth - 1) + ")";
      case 3 -> "(" + expr(rnd, depth - 1) + ")[" + expr(rnd, depth - 1) + "]";
      case 4 -> "(" + expr(rnd, depth - 1) + ")[" + expr(rnd, 0) + ":" + expr(rnd, 0) + "]";
      case 5 -> (rnd.nextBoolean() ? "-" : "not ") + "(" + expr(rnd, depth - 1) + ")";
      default -> "[" + expr(rnd, depth - 1) + ", *" + expr(rnd, depth - 1) + "]";
    };
  }

  private static String args(Random rnd, int depth) {
    int n = rnd.nextInt(4);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(expr(rnd, depth));
    }
    return sb.toString();
  }

  private static String program(Random rnd) {
    String e = expr(rnd, 1 + rnd.nextInt(3));
    return switch (rnd.nextInt(5)) {
      case 0 -> "print(" + e + ")\n";
      case 1 -> "x = " + e + "\nx += " + expr(rnd, 1) + "\nprint(x)\n";
      case 2 -> "n = 0\nfor v in " + e + ":\n    n += 1\n    if n > 5:\n        break\n";
      case 3 -> "a, *b = " + e + "\nprint(a, b)\n";
      default -> "y = " + expr(rnd, 1) + "\ny[" + expr(rnd, 0) + "] = " + e + "\ndel y["
          + expr(rnd, 0) + "]\nprint(y)\n";
    };
  }
}
