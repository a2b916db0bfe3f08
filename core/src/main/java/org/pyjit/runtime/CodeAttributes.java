package org.pyjit.runtime;

import org.pyjit.bytecode.CodeObject;
import org.pyjit.bytecode.Opcode;

/**
 * {@code function.__code__}: a read-only view of a {@link CodeObject} with the co_*
 * attributes that programs inspect.
 *
 * <p>Contract: {@link #get} returns CPython's value for the attributes it knows (names,
 * counts, flags, file and line, constants) and null for any other name, so that lookup
 * reports an AttributeError. co_varnames holds the argument and local variable names, not
 * cells; co_cellvars the parameters that are cells first (CPython's slot order), then the
 * other cells. What depends on CPython's byte encoding of instructions cannot be CPython's:
 * co_lines() and co_positions() count offsets in two-byte units of pyjit's instructions
 * (no inline cache entries), so their lines and columns are CPython's but not their
 * offsets; co_stacksize is pyjit's own; co_code, co_linetable and co_exceptiontable are
 * not there. replace() changes the names, file and first line.
 */
public final class CodeAttributes {
  private CodeAttributes() {}

  /** The Python-visible wrapper: a fresh one per access (so compare code objects with ==). */
  static final class Code extends PyObject {
    final CodeObject code;

    Code(CodeObject code) {
      this.code = code;
    }

    @Override
    public PyType type() {
      return Types.CODE;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Code c && c.code == code;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(code);
    }
  }

  /** The code object Python code sees for {@code code} (f.__code__, gi_code). */
  public static PyObject wrap(CodeObject code) {
    return new Code(code);
  }

  /** The compiled code of a code object, or null when {@code o} is not one. */
  public static CodeObject unwrap(Object o) {
    return o instanceof Code c ? c.code : null;
  }

  static Object get(Code c, String name) {
    CodeObject co = c.code;
    return switch (name) {
      case "co_name" -> co.name;
      case "co_qualname" -> co.qualname;
      case "co_filename" -> co.filename;
      case "co_firstlineno" -> (long) co.firstlineno;
      case "co_flags" -> (long) (co.flags & 0x3ffffff);
      case "co_argcount" -> (long) co.argcount;
      case "co_posonlyargcount" -> (long) co.posonlyargcount;
      case "co_kwonlyargcount" -> (long) co.kwonlyargcount;
      case "co_nlocals" -> (long) co.varnames.length;
      case "co_varnames" -> PyTuple.of((Object[]) co.varnames.clone());
      case "co_cellvars" -> cellvars(co);
      case "co_freevars" -> PyTuple.of((Object[]) co.freevars.clone());
      case "co_names" -> PyTuple.of((Object[]) co.names.clone());
      case "co_stacksize" -> (long) co.stacksize;
      case "co_consts" -> consts(co);
      case "co_lines" -> new PyBuiltinFunction("co_lines", (a, k) -> {
        MethodArgs.noKeywords(k, Types.CODE, "co_lines");
        return lines(co);
      });
      case "co_positions" -> new PyBuiltinFunction("co_positions", (a, k) -> {
        MethodArgs.noKeywords(k, Types.CODE, "co_positions");
        return positions(co);
      });
      case "replace" -> new PyBuiltinFunction("replace", (a, k) -> replace(co, a, k));
      case "__class__" -> Types.CODE;
      default -> null;
    };
  }

  /** co_cellvars: the parameters made cells by the prologue's MAKE_CELLs, then the rest. */
  private static PyTuple cellvars(CodeObject co) {
    java.util.List<Object> out = new java.util.ArrayList<>();
    java.util.TreeSet<Integer> argCells = new java.util.TreeSet<>();
    for (int unit : co.code) {
      Opcode op = Opcode.of(Opcode.opcodeOf(unit));
      if (op == Opcode.MAKE_CELL) {
        int slot = Opcode.argOf(unit);
        if (slot < co.varnames.length) {
          argCells.add(slot);
        }
      } else if (op != Opcode.COPY_FREE_VARS) {
        break; // the prologue ends at RESUME
      }
    }
    for (int slot : argCells) {
      out.add(co.varnames[slot]);
    }
    out.addAll(java.util.List.of((Object[]) co.cellvars));
    return PyTuple.of(out.toArray());
  }

  /** co_consts, nested code objects wrapped as Python sees them. */
  private static PyTuple consts(CodeObject co) {
    Object[] out = co.consts.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof CodeObject nested) {
        out[i] = wrap(nested);
      }
    }
    return PyTuple.of(out);
  }

  /** co_lines(): (start, end, line) runs of instructions with one line (None: none). */
  private static Object lines(CodeObject co) {
    PyList out = new PyList();
    int n = co.code.length;
    int start = 0;
    for (int i = 1; i <= n; i++) {
      if (i == n || co.lines[i] != co.lines[start]) {
        out.append(PyTuple.of(2L * start, 2L * i,
            co.lines[start] > 0 ? (Object) (long) co.lines[start] : PySingleton.NONE));
        start = i;
      }
    }
    return Ops.iter(out);
  }

  /** co_positions(): (line, end line, column, end column) per instruction. */
  private static Object positions(CodeObject co) {
    PyList out = new PyList();
    for (int i = 0; i < co.code.length; i++) {
      int line = co.lines[i];
      int endLine = co.positions[3 * i];
      int col = co.positions[3 * i + 1];
      int endCol = co.positions[3 * i + 2];
      out.append(PyTuple.of(line > 0 ? (Object) (long) line : PySingleton.NONE,
          endLine > 0 ? (Object) (long) endLine : PySingleton.NONE,
          col >= 0 ? (Object) (long) col : PySingleton.NONE,
          endCol >= 0 ? (Object) (long) endCol : PySingleton.NONE));
    }
    return Ops.iter(out);
  }

  /** code.replace(**changes): a copy with other names, file or first line. */
  private static Object replace(CodeObject co, Object[] a, String[] k) {
    if (a.length > (k == null ? 0 : k.length)) {
      throw Errors.typeError("replace() takes no positional arguments");
    }
    String name = co.name;
    String qualname = co.qualname;
    String filename = co.filename;
    int firstlineno = co.firstlineno;
    int base = a.length - (k == null ? 0 : k.length);
    for (int i = 0; k != null && i < k.length; i++) {
      Object v = a[base + i];
      switch (k[i]) {
        case "co_name" -> name = str(k[i], v);
        case "co_qualname" -> qualname = str(k[i], v);
        case "co_filename" -> filename = str(k[i], v);
        case "co_firstlineno" -> firstlineno = (int) Ops.asIndex(v);
        default -> throw Errors.typeError(get(new Code(co), k[i]) != null
            ? "pyjit: replace() cannot change " + k[i] + " yet"
            : "replace() got an unexpected keyword argument '" + k[i] + "'");
      }
    }
    return wrap(new CodeObject(name, qualname, filename, firstlineno, co.flags, co.argcount,
        co.posonlyargcount, co.kwonlyargcount, co.varnames, co.cellvars, co.freevars,
        co.cell2arg, co.names.clone(), co.consts, co.code.clone(), co.lines, co.exceptionTable,
        co.stacksize, co.positions));
  }

  private static String str(String field, Object v) {
    if (!(v instanceof String s)) {
      throw Errors.typeError("replace() argument '" + field + "' must be str, not "
          + Types.typeOf(v).name);
    }
    return s;
  }
}
