package org.pyjit.bytecode;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyComplex;
import org.pyjit.runtime.PySet;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;

/**
 * Writes a module's code-object tree in pyjit's compiled-code format ({@code .pyjc}, read
 * back by {@link CodeObjectReader}; docs/internals/imports.md, "A cache of compiled library
 * code").
 *
 * <p>Contract. The file is: {@link #MAGIC}, {@link #FORMAT}, pyjit's version (a string),
 * the source's fingerprint ({@link CodeObjectReader#sourceHash}, 16 bytes), then the
 * module's code object, depth first (each code object's constants, nested code objects
 * included, inside it). Integers are
 * varints (zigzag for signed values), strings a length and either Latin-1 bytes or UTF-16
 * chars, constants a tag byte then their value. Filenames are not written: the reader puts
 * the one it is given into every code object. A constant of a type the format does not know
 * throws {@link IllegalArgumentException}: the caller then writes no file.
 */
public final class CodeObjectWriter {
  /** "PYJC". */
  public static final int MAGIC = 0x50594A43;
  /** Bumped whenever the layout below or the meaning of a code object's fields changes. */
  public static final int FORMAT = 1;

  static final int T_NONE = 0;
  static final int T_ELLIPSIS = 1;
  static final int T_FALSE = 2;
  static final int T_TRUE = 3;
  static final int T_INT = 4;
  static final int T_BIGINT = 5;
  static final int T_FLOAT = 6;
  static final int T_COMPLEX = 7;
  static final int T_STR = 8;
  static final int T_BYTES = 9;
  static final int T_TUPLE = 10;
  static final int T_FROZENSET = 11;
  static final int T_CODE = 12;
  static final int T_NULL = 13;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 14);

  private CodeObjectWriter() {}

  /** The file's bytes for {@code code}, compiled from source fingerprinted {@code sourceHash}. */
  public static byte[] write(CodeObject code, byte[] sourceHash, String pyjitVersion) {
    if (sourceHash.length != CodeObjectReader.HASH_BYTES) {
      throw new IllegalArgumentException("not a source hash: " + sourceHash.length + " bytes");
    }
    CodeObjectWriter w = new CodeObjectWriter();
    w.fixedInt(MAGIC);
    w.fixedInt(FORMAT);
    w.str(pyjitVersion);
    w.out.writeBytes(sourceHash);
    w.code(code);
    return w.out.toByteArray();
  }

  private void code(CodeObject c) {
    str(c.name);
    str(c.qualname);
    uint(c.firstlineno);
    uint(c.flags);
    uint(c.argcount);
    uint(c.posonlyargcount);
    uint(c.kwonlyargcount);
    uint(c.stacksize);
    strs(c.varnames);
    strs(c.cellvars);
    strs(c.freevars);
    strs(c.names);
    ints(c.cell2arg);
    ints(c.code);
    ints(c.lines);
    ints(c.positions);
    ExceptionTable t = c.exceptionTable;
    uint(t.size());
    for (int e = 0; e < t.size(); e++) {
      sint(t.start(e));
      sint(t.end(e));
      sint(t.target(e));
      sint(t.depth(e));
      out.write(t.lasti(e) ? 1 : 0);
    }
    uint(c.consts.length);
    for (Object k : c.consts) {
      constant(k);
    }
  }

  private void constant(Object k) {
    switch (k) {
      case null -> out.write(T_NULL);
      case PySingleton s when s == PySingleton.NONE -> out.write(T_NONE);
      case PySingleton s when s == PySingleton.ELLIPSIS -> out.write(T_ELLIPSIS);
      case Boolean b -> out.write(b ? T_TRUE : T_FALSE);
      case Long l -> {
        out.write(T_INT);
        slong(l);
      }
      case BigInteger big -> {
        out.write(T_BIGINT);
        bytes(big.toByteArray());
      }
      case Double d -> {
        out.write(T_FLOAT);
        fixedLong(Double.doubleToRawLongBits(d));
      }
      case PyComplex z -> {
        out.write(T_COMPLEX);
        fixedLong(Double.doubleToRawLongBits(z.real));
        fixedLong(Double.doubleToRawLongBits(z.imag));
      }
      case String s -> {
        out.write(T_STR);
        str(s);
      }
      case PyBytes b when b.getClass() == PyBytes.class -> {
        out.write(T_BYTES);
        bytes(b.data);
      }
      case PyTuple t when t.getClass() == PyTuple.class -> {
        out.write(T_TUPLE);
        uint(t.items.length);
        for (Object item : t.items) {
          constant(item);
        }
      }
      case PySet s when s.isFrozen() && s.getClass() == PySet.class -> {
        // in iteration order; the reader builds the set back as the compiler did, from
        // them in that order. Where hashes do not depend on the process's str hash seed,
        // that gives this order again (checked: a program can see it); where they do, the
        // order is the reading process's own, as a fresh compile's would be
        Object[] items = s.toArray();
        if (!seedDependent(items)) {
          Object[] rebuilt = PySet.constantDisplay(items).toArray();
          for (int i = 0; i < items.length; i++) {
            if (rebuilt[i] != items[i]) {
              throw new IllegalArgumentException("a frozenset whose order does not survive");
            }
          }
        }
        out.write(T_FROZENSET);
        uint(items.length);
        for (Object item : items) {
          constant(item);
        }
      }
      case CodeObject c -> {
        out.write(T_CODE);
        code(c);
      }
      default -> throw new IllegalArgumentException(
          "no .pyjc form for a constant of " + k.getClass().getName());
    }
  }

  /** Whether the hash of any of {@code items} depends on the str hash seed. */
  static boolean seedDependent(Object[] items) {
    for (Object item : items) {
      if (item instanceof String || item instanceof PyBytes
          || item instanceof PyTuple t && seedDependent(t.items)) {
        return true;
      }
    }
    return false;
  }

  private void str(String s) {
    int n = s.length();
    boolean latin1 = true;
    for (int i = 0; i < n && latin1; i++) {
      latin1 = s.charAt(i) < 0x100;
    }
    uint(n << 1 | (latin1 ? 0 : 1));
    if (latin1) {
      out.writeBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    } else {
      for (int i = 0; i < n; i++) { // UTF-16 as is: lone surrogates survive
        char ch = s.charAt(i);
        out.write(ch >>> 8);
        out.write(ch);
      }
    }
  }

  private void strs(String[] a) {
    uint(a.length);
    for (String s : a) {
      str(s);
    }
  }

  private void ints(int[] a) {
    uint(a.length);
    for (int v : a) {
      sint(v);
    }
  }

  private void bytes(byte[] b) {
    uint(b.length);
    out.writeBytes(b);
  }

  private void uint(int v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative count " + v);
    }
    slong0(v & 0xFFFFFFFFL);
  }

  private void sint(int v) {
    slong0(((v << 1) ^ (v >> 31)) & 0xFFFFFFFFL);
  }

  private void slong(long v) {
    slong0((v << 1) ^ (v >> 63));
  }

  /** An unsigned LEB128 varint of {@code v} (taken as unsigned). */
  private void slong0(long v) {
    while ((v & ~0x7FL) != 0) {
      out.write((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }

  private void fixedInt(int v) {
    out.write(v >>> 24);
    out.write(v >>> 16);
    out.write(v >>> 8);
    out.write(v);
  }

  private void fixedLong(long v) {
    fixedInt((int) (v >>> 32));
    fixedInt((int) v);
  }
}
