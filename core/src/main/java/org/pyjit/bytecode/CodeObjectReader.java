package org.pyjit.bytecode;

import static org.pyjit.bytecode.CodeObjectWriter.*;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyComplex;
import org.pyjit.runtime.PySet;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;

/**
 * Reads a module's code-object tree written by {@link CodeObjectWriter}, if the file is for
 * the given source and this pyjit.
 *
 * <p>Contract. {@link #read} returns null, never throws, when the file is not one this
 * build wrote for these source bytes: another magic, format or pyjit version, another
 * source fingerprint ({@link #sourceHash}), or a file cut short or malformed. The caller
 * then compiles the source. The reader is plain loops over a byte array, cheap even before
 * the JVM compiles it (it runs once per module, at start-up).
 */
public final class CodeObjectReader {
  private final byte[] in;
  private final String filename;
  private int pos;

  private CodeObjectReader(byte[] in, String filename, int pos) {
    this.in = in;
    this.filename = filename;
    this.pos = pos;
  }

  /** The length of {@link #sourceHash}'s result. */
  public static final int HASH_BYTES = 16;

  /**
   * What a file records of the source it was made from: its length, CRC-32 and CRC-32C (16
   * bytes). It tells a file made from other source bytes (a stale or foreign file), which
   * is what it is for: the file comes from the same jar as the classes, so it needs no
   * defence against a forger. SHA-256 was the design, but its first use in a process costs
   * 30-80 ms (the security providers start up), more than reading the module; the CRCs are
   * JVM intrinsics (under 0.5 ms for a 20 KB module, cold).
   */
  public static byte[] sourceHash(byte[] source) {
    CRC32 crc = new CRC32();
    crc.update(source);
    CRC32C crcc = new CRC32C();
    crcc.update(source);
    long a = (long) source.length << 32 | crc.getValue();
    long b = crcc.getValue();
    byte[] out = new byte[HASH_BYTES];
    for (int i = 0; i < 8; i++) {
      out[i] = (byte) (a >>> (56 - 8 * i));
      out[8 + i] = (byte) (b >>> (56 - 8 * i));
    }
    return out;
  }

  /**
   * The module code object in {@code file}, with {@code filename} in every code object, or
   * null if the file was not made from {@code source} by this format and pyjit version.
   */
  public static CodeObject read(byte[] file, byte[] source, String filename,
      String pyjitVersion) {
    try {
      CodeObjectReader r = new CodeObjectReader(file, filename, 0);
      if (r.fixedInt() != MAGIC || r.fixedInt() != FORMAT || !r.str().equals(pyjitVersion)) {
        return null;
      }
      byte[] hash = Arrays.copyOfRange(file, r.pos, r.pos + HASH_BYTES);
      r.pos += HASH_BYTES;
      if (!Arrays.equals(hash, sourceHash(source))) {
        return null;
      }
      CodeObject code = r.code();
      return r.pos == file.length ? code : null;
    } catch (RuntimeException | StackOverflowError e) { // malformed: compile instead
      return null;
    }
  }

  private CodeObject code() {
    String name = str();
    String qualname = str();
    int firstlineno = uint();
    int flags = uint();
    int argcount = uint();
    int posonly = uint();
    int kwonly = uint();
    int stacksize = uint();
    String[] varnames = strs();
    String[] cellvars = strs();
    String[] freevars = strs();
    String[] names = strs();
    int[] cell2arg = ints();
    int[] code = ints();
    int[] lines = ints();
    int[] positions = ints();
    int entries = count();
    int[] table = new int[entries * 5];
    for (int i = 0; i < table.length; i += 5) {
      table[i] = sint();
      table[i + 1] = sint();
      table[i + 2] = sint();
      table[i + 3] = sint();
      table[i + 4] = in[pos++];
    }
    Object[] consts = new Object[count()];
    for (int i = 0; i < consts.length; i++) {
      consts[i] = constant();
    }
    return new CodeObject(name, qualname, filename, firstlineno, flags, argcount, posonly,
        kwonly, varnames, cellvars, freevars, cell2arg, names, consts, code, lines,
        entries == 0 ? ExceptionTable.EMPTY : new ExceptionTable(table), stacksize, positions);
  }

  private Object constant() {
    int tag = in[pos++];
    switch (tag) {
      case T_NONE: return PySingleton.NONE;
      case T_ELLIPSIS: return PySingleton.ELLIPSIS;
      case T_FALSE: return Boolean.FALSE;
      case T_TRUE: return Boolean.TRUE;
      case T_INT: {
        long u = varint();
        return (u >>> 1) ^ -(u & 1);
      }
      case T_BIGINT: return new BigInteger(bytes());
      case T_FLOAT: return Double.longBitsToDouble(fixedLong());
      case T_COMPLEX: {
        double real = Double.longBitsToDouble(fixedLong());
        return new PyComplex(real, Double.longBitsToDouble(fixedLong()));
      }
      case T_STR: return str();
      case T_BYTES: return new PyBytes(bytes());
      case T_TUPLE: {
        Object[] items = new Object[count()];
        for (int i = 0; i < items.length; i++) {
          items[i] = constant();
        }
        return new PyTuple(items);
      }
      case T_FROZENSET: {
        Object[] items = new Object[count()];
        for (int i = 0; i < items.length; i++) {
          items[i] = constant();
        }
        return PySet.constantDisplay(items); // as the compiler built it: same order
      }
      case T_CODE: return code();
      case T_NULL: return null;
      default: throw new IllegalArgumentException("bad constant tag " + tag);
    }
  }

  private String str() {
    int header = uint();
    int n = header >>> 1;
    if (n > in.length - pos) {
      throw new IllegalArgumentException("cut short");
    }
    String s;
    if ((header & 1) == 0) {
      s = new String(in, pos, n, StandardCharsets.ISO_8859_1);
      pos += n;
    } else {
      char[] chars = new char[n];
      for (int i = 0; i < n; i++) {
        chars[i] = (char) ((in[pos] & 0xFF) << 8 | in[pos + 1] & 0xFF);
        pos += 2;
      }
      s = new String(chars);
    }
    return s;
  }

  private String[] strs() {
    String[] a = new String[count()];
    for (int i = 0; i < a.length; i++) {
      a[i] = str();
    }
    return a;
  }

  private int[] ints() {
    int[] a = new int[count()];
    for (int i = 0; i < a.length; i++) {
      a[i] = sint();
    }
    return a;
  }

  private byte[] bytes() {
    int n = count();
    byte[] b = Arrays.copyOfRange(in, pos, pos + n);
    pos += n;
    return b;
  }

  private int uint() {
    long v = varint();
    if (v > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("count too large");
    }
    return (int) v;
  }

  /**
   * The length of an array: each element takes a byte at least, so a malformed length
   * fails here rather than allocating a huge array.
   */
  private int count() {
    int n = uint();
    if (n > in.length - pos) {
      throw new IllegalArgumentException("cut short");
    }
    return n;
  }

  private int sint() {
    int u = (int) varint();
    return (u >>> 1) ^ -(u & 1);
  }

  private long varint() {
    long v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      int b = in[pos++];
      v |= (long) (b & 0x7F) << shift;
      if (b >= 0) {
        return v;
      }
    }
    throw new IllegalArgumentException("varint too long");
  }

  private int fixedInt() {
    int v = (in[pos] & 0xFF) << 24 | (in[pos + 1] & 0xFF) << 16 | (in[pos + 2] & 0xFF) << 8
        | in[pos + 3] & 0xFF;
    pos += 4;
    return v;
  }

  private long fixedLong() {
    long hi = fixedInt();
    return hi << 32 | fixedInt() & 0xFFFFFFFFL;
  }
}
