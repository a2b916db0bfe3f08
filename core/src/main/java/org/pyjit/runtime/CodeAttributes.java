package org.pyjit.runtime;

import org.pyjit.bytecode.CodeObject;

/**
 * {@code function.__code__}: a read-only view of a {@link CodeObject} with the co_*
 * attributes that programs inspect.
 *
 * <p>Contract: {@link #get} returns CPython's value for the attributes it knows (names,
 * counts, flags, file and line) and null for any other name, so that lookup reports an
 * AttributeError. co_varnames holds the argument and local variable names, not cells.
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
      case "co_cellvars" -> PyTuple.of((Object[]) co.cellvars.clone());
      case "co_freevars" -> PyTuple.of((Object[]) co.freevars.clone());
      case "co_names" -> PyTuple.of((Object[]) co.names.clone());
      case "__class__" -> Types.CODE;
      default -> null;
    };
  }
}
