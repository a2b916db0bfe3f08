package org.pyjit.bytecode;

/**
 * A compiled unit of Python code (CPython's code object): the instructions of a module,
 * class body, function, lambda or comprehension, with what they refer to.
 *
 * <p>Contract. {@code code[i]} is instruction i (see {@link Opcode#encode}). Local variable
 * slots: {@code varnames} first (parameters in order: positional-only and positional, then
 * keyword-only, then *args, then **kwargs), then {@code cellvars} not already among them,
 * then {@code freevars}; {@link #nlocalsplus} counts them, and the value stack starts after
 * them in a frame. {@code lines[i]} is the source line of instruction i (0 for none), the
 * line table; {@code exceptionTable} lists handlers as in CPython 3.11+ (see
 * {@link ExceptionTable}).
 */
public final class CodeObject {
  // flags, with CPython's values
  public static final int CO_OPTIMIZED = 0x1;
  public static final int CO_NEWLOCALS = 0x2;
  public static final int CO_VARARGS = 0x4;
  public static final int CO_VARKEYWORDS = 0x8;
  public static final int CO_NESTED = 0x10;
  public static final int CO_GENERATOR = 0x20;
  public static final int CO_COROUTINE = 0x80;
  public static final int CO_ITERABLE_COROUTINE = 0x100;
  public static final int CO_ASYNC_GENERATOR = 0x200;
  /** consts[0] is the docstring (CPython 3.13 keeps it there too). */
  public static final int CO_HAS_DOCSTRING = 0x4000000;

  public final String name;
  public final String qualname;
  public final String filename;
  public final int firstlineno;
  public final int flags;
  public final int argcount;
  public final int posonlyargcount;
  public final int kwonlyargcount;
  public final String[] varnames;
  public final String[] cellvars;
  public final String[] freevars;
  /** For each cellvar, the varnames slot it lives in (a parameter that is also a cell), or -1. */
  public final int[] cell2arg;
  public final String[] names;
  /** hash() of each name, for the namespace lookups of the instructions that use them. */
  public final long[] nameHashes;
  public final Object[] consts;
  public final int[] code;
  public final int[] lines;
  /**
   * The rest of each instruction's source position (CPython's co_positions): end line,
   * column and end column (UTF-8 byte offsets), three ints per instruction; -1 columns when
   * unknown.
   */
  public final int[] positions;
  public final ExceptionTable exceptionTable;
  public final int stacksize;
  public final int nlocalsplus;
  /**
   * Slots of a frame: the local slots, then the value stack (CPython's localsplus), so
   * that a call allocates one array. Arrays given to a frame as its locals have this size.
   */
  public final int frameSize;
  /** Per-instruction cache slots for the interpreter's specializer (same length as code). */
  public final Object[] caches;
  /** Per-instruction counters of the specializer (back-off and countdown; see its contract). */
  public final int[] counters;

  public CodeObject(String name, String qualname, String filename, int firstlineno, int flags,
      int argcount, int posonlyargcount, int kwonlyargcount, String[] varnames,
      String[] cellvars, String[] freevars, int[] cell2arg, String[] names, Object[] consts,
      int[] code, int[] lines, ExceptionTable exceptionTable, int stacksize, int[] positions) {
    this.name = name;
    this.qualname = qualname;
    this.filename = filename;
    this.firstlineno = firstlineno;
    this.flags = flags;
    this.argcount = argcount;
    this.posonlyargcount = posonlyargcount;
    this.kwonlyargcount = kwonlyargcount;
    this.varnames = varnames;
    this.cellvars = cellvars;
    this.freevars = freevars;
    this.cell2arg = cell2arg;
    for (int i = 0; i < names.length; i++) {
      names[i] = names[i].intern(); // one object per name: attribute caches compare identity
    }
    this.names = names;
    this.nameHashes = new long[names.length];
    for (int i = 0; i < names.length; i++) {
      nameHashes[i] = org.pyjit.runtime.collect.PyHash.hashString(names[i]);
    }
    this.consts = consts;
    this.code = code;
    this.lines = lines;
    this.positions = positions;
    this.exceptionTable = exceptionTable;
    this.stacksize = stacksize;
    this.nlocalsplus = varnames.length + cellvars.length + freevars.length;
    this.frameSize = nlocalsplus + stacksize + 1;
    this.caches = new Object[code.length];
    this.counters = new int[code.length];
  }

  /** Slot of the i-th cell variable in a frame's locals. */
  public int cellSlot(int i) {
    return varnames.length + i;
  }

  /** Slot of the i-th free variable in a frame's locals. */
  public int freeSlot(int i) {
    return varnames.length + cellvars.length + i;
  }

  /** The name of local slot {@code slot} (a varname, cellvar or freevar). */
  public String localName(int slot) {
    if (slot < varnames.length) {
      return varnames[slot];
    }
    slot -= varnames.length;
    if (slot < cellvars.length) {
      return cellvars[slot];
    }
    return freevars[slot - cellvars.length];
  }

  public boolean has(int flag) {
    return (flags & flag) != 0;
  }

  /** The source line of instruction {@code index} (the nearest earlier one that has a line). */
  public int lineOf(int index) {
    for (int i = Math.min(index, lines.length - 1); i >= 0; i--) {
      if (lines[i] > 0) {
        return lines[i];
      }
    }
    return firstlineno;
  }

  @Override
  public String toString() {
    return "<code object " + name + ", file \"" + filename + "\", line " + firstlineno + ">";
  }
}
