package org.pyjit.bytecode;

import java.util.ArrayList;
import java.util.List;
import org.pyjit.runtime.Ops;

/**
 * A dis-like listing of a code object and, after it, of every code object among its
 * constants: one line per instruction with its source line (where it changes), index,
 * name, argument and what the argument means, read from the {@link Opcode} metadata; then
 * the exception table. Jump targets are instruction indexes.
 */
public final class Disassembler {
  private Disassembler() {}

  public static String disassemble(CodeObject co) {
    StringBuilder sb = new StringBuilder();
    List<CodeObject> todo = new ArrayList<>();
    todo.add(co);
    for (int i = 0; i < todo.size(); i++) {
      CodeObject c = todo.get(i);
      if (i > 0) {
        sb.append('\n');
      }
      sb.append("Disassembly of ").append(c).append(":\n");
      one(c, sb);
      for (Object k : c.consts) {
        if (k instanceof CodeObject nested) {
          todo.add(nested);
        }
      }
    }
    return sb.toString();
  }

  private static void one(CodeObject co, StringBuilder sb) {
    int lastLine = -1;
    for (int i = 0; i < co.code.length; i++) {
      Opcode op = Opcode.of(Opcode.opcodeOf(co.code[i]));
      int arg = Opcode.argOf(co.code[i]);
      int line = co.lines[i];
      String lineCol = line != lastLine && line > 0 ? String.valueOf(line) : "";
      if (line != lastLine && line > 0 && i > 0) {
        sb.append('\n');
      }
      if (line > 0) {
        lastLine = line;
      }
      sb.append(String.format("%4s %5d  %-24s", lineCol, i, op.name()));
      if (op.arg != Opcode.Arg.NONE) {
        sb.append(String.format(" %4d", arg));
        String meaning = meaning(co, op, arg);
        if (!meaning.isEmpty()) {
          sb.append(" (").append(meaning).append(')');
        }
      }
      sb.append('\n').setLength(sb.length() - 1);
      while (sb.charAt(sb.length() - 1) == ' ') {
        sb.setLength(sb.length() - 1);
      }
      sb.append('\n');
    }
    ExceptionTable t = co.exceptionTable;
    if (t.size() > 0) {
      sb.append("ExceptionTable:\n");
      for (int e = 0; e < t.size(); e++) {
        sb.append(String.format("  %d to %d -> %d [%d]%s%n", t.start(e), t.end(e), t.target(e),
            t.depth(e), t.lasti(e) ? " lasti" : ""));
      }
    }
  }

  private static String meaning(CodeObject co, Opcode op, int arg) {
    return switch (op.arg) {
      case CONST -> co.consts[arg] instanceof CodeObject c ? c.toString()
          : Ops.repr(co.consts[arg]);
      case LOCAL -> co.localName(arg);
      case LOCAL_PAIR -> co.localName(Opcode.pairFirst(arg)) + ", "
          + co.localName(Opcode.pairSecond(arg));
      case LOCAL_CONST -> co.localName(Opcode.pairFirst(arg)) + ", "
          + Ops.repr(co.consts[Opcode.pairSecond(arg)]);
      case NAME -> co.names[arg];
      case GLOBAL -> co.names[arg >> 1] + ((arg & 1) != 0 ? " + NULL" : "");
      case ATTR -> co.names[arg >> 1] + ((arg & 1) != 0 ? " + NULL|self" : "");
      case JUMP -> "to " + arg;
      case BINARY_OP -> BinaryOp.of(arg).symbol;
      case COMPARE_OP -> CompareOp.toBool(arg) ? "bool(" + CompareOp.ofArg(arg).symbol + ")"
          : CompareOp.ofArg(arg).symbol;
      case INTRINSIC -> {
        String[] names = op == Opcode.CALL_INTRINSIC_2 ? INTRINSIC_2 : INTRINSIC_1;
        yield arg < names.length ? names[arg] : "";
      }
      default -> "";
    };
  }

  /** CPython 3.13's names of the CALL_INTRINSIC_1 and CALL_INTRINSIC_2 arguments. */
  private static final String[] INTRINSIC_1 = {"INTRINSIC_1_INVALID", "INTRINSIC_PRINT",
      "INTRINSIC_IMPORT_STAR", "INTRINSIC_STOPITERATION_ERROR", "INTRINSIC_ASYNC_GEN_WRAP",
      "INTRINSIC_UNARY_POSITIVE", "INTRINSIC_LIST_TO_TUPLE", "INTRINSIC_TYPEVAR",
      "INTRINSIC_PARAMSPEC", "INTRINSIC_TYPEVARTUPLE", "INTRINSIC_SUBSCRIPT_GENERIC",
      "INTRINSIC_TYPEALIAS"};
  private static final String[] INTRINSIC_2 = {"INTRINSIC_2_INVALID",
      "INTRINSIC_PREP_RERAISE_STAR", "INTRINSIC_TYPEVAR_WITH_BOUND",
      "INTRINSIC_TYPEVAR_WITH_CONSTRAINTS", "INTRINSIC_SET_FUNCTION_TYPE_PARAMS",
      "INTRINSIC_SET_TYPEPARAM_DEFAULT"};
}
