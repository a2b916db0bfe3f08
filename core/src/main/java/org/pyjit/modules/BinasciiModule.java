package org.pyjit.modules;

import static org.pyjit.modules.PythonHalf.fn;

import org.pyjit.runtime.ArgParser;
import org.pyjit.runtime.BuiltinSubclasses;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyByteArray;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyMemoryView;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.Types;

/**
 * {@code _binascii}: the loops of binascii (org/pyjit/lib/binascii.py holds the signatures,
 * keyword handling and the Error class, which it hands in through {@code _init}). Every
 * function takes its arguments positionally and already defaulted: base64 both ways (the
 * decoder with CPython's lenient and strict rules and messages), hex both ways, CRC-32 and
 * CRC-CCITT (crc_hqx) from tables.
 */
public final class BinasciiModule {
  private BinasciiModule() {}

  private static final byte[] B64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
          .getBytes(java.nio.charset.StandardCharsets.US_ASCII);
  private static final int[] B64_VALUE = new int[256];
  private static final int[] CRC32 = new int[256];
  private static final int[] CRC_HQX = new int[256];

  static {
    java.util.Arrays.fill(B64_VALUE, -1);
    for (int i = 0; i < 64; i++) {
      B64_VALUE[B64[i]] = i;
    }
    for (int n = 0; n < 256; n++) {
      int c = n;
      for (int k = 0; k < 8; k++) {
        c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
      }
      CRC32[n] = c;
      int h = n << 8;
      for (int k = 0; k < 8; k++) {
        h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
      }
      CRC_HQX[n] = h & 0xffff;
    }
  }

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_binascii");
    PythonHalf.ErrorClass st = new PythonHalf.ErrorClass(d, Types.VALUE_ERROR);
    d.put("b2a_base64", new PyBuiltinFunction("b2a_base64", (a, k) -> {
      Object[] v = dataAndFlag("b2a_base64", "newline", a, k);
      return new PyBytes(encode64(binary(v[0]), v[1] == null || Ops.truth(v[1])));
    }));
    d.put("a2b_base64", new PyBuiltinFunction("a2b_base64", (a, k) -> {
      Object[] v = dataAndFlag("a2b_base64", "strict_mode", a, k);
      return new PyBytes(decode64(st, ascii(v[0]), v[1] != null && Ops.truth(v[1])));
    }));
    fn(d, "_hexlify", a -> new PyBytes(hexlify(binary(a[0]))));
    d.put("unhexlify", new PyBuiltinFunction("unhexlify", (a, k) -> new PyBytes(
        unhexlify(st, ascii(ArgParser.positional("unhexlify", "unhexlify", a, k, 0, 1, 1)[0])))));
    d.put("crc32", new PyBuiltinFunction("crc32", (a, k) -> {
      Object[] v = ArgParser.positional("crc32", "crc32", a, k, 0, 1, 2);
      return crc32(binary(v[0]), v[1] == null ? 0 : unsignedBits(v[1]));
    }));
    d.put("crc_hqx", new PyBuiltinFunction("crc_hqx", (a, k) -> {
      Object[] v = ArgParser.positional("crc_hqx", "crc_hqx", a, k, 0, 2, 2);
      return crcHqx(binary(v[0]), unsignedBits(v[1]));
    }));
    return new PyModule("_binascii", d);
  }

  /** (data, /, *, flag=...): the data and the flag (null when not given). */
  private static Object[] dataAndFlag(String name, String flag, Object[] a, String[] k) {
    int nk = ArgParser.nkw(k);
    int npos = a.length - nk;
    if (npos != 1) {
      throw Errors.typeError(name + "() takes exactly 1 positional argument (" + npos
          + " given)");
    }
    return ArgParser.keywords(name, a, k, 0, new String[] {"data", flag}, 1, 1);
  }

  /** An int argument converted as C's unsigned int with bitwise=True: its low 32 bits. */
  private static long unsignedBits(Object o) {
    Object v = BuiltinSubclasses.unwrap(o);
    if (v instanceof Boolean b) {
      return b ? 1 : 0;
    }
    if (v instanceof Long l) {
      return l & 0xffffffffL;
    }
    if (v instanceof java.math.BigInteger b) {
      return b.longValue() & 0xffffffffL;
    }
    throw Errors.typeError("'" + Types.typeOf(o).name
        + "' object cannot be interpreted as an integer");
  }

  /** A bytes-like argument's contents (binascii's, struct's, zlib's, hashlib's input). */
  static byte[] binary(Object o) {
    if (o instanceof PyBytes b) {
      return b.data;
    }
    if (o instanceof PyByteArray b) {
      return b.toByteArray();
    }
    if (o instanceof PyMemoryView) {
      return ((PyBytes) Ops.call(Types.BYTES, new Object[] {o}, null)).data;
    }
    Object v = BuiltinSubclasses.unwrap(o);
    if (v instanceof PyBytes b) {
      return b.data;
    }
    throw Errors.typeError("a bytes-like object is required, not '" + Types.typeOf(o).name
        + "'");
  }

  /** An ASCII-to-binary function's input: bytes-like, or a str of ASCII characters. */
  private static byte[] ascii(Object o) {
    Object v = BuiltinSubclasses.unwrap(o);
    if (v instanceof String s) {
      byte[] out = new byte[s.length()];
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c > 127) {
          throw Errors.valueError("string argument should contain only ASCII characters");
        }
        out[i] = (byte) c;
      }
      return out;
    }
    if (o instanceof PyBytes || o instanceof PyByteArray || o instanceof PyMemoryView
        || v instanceof PyBytes) {
      return binary(o);
    }
    throw Errors.typeError("argument should be bytes, buffer or ASCII string, not '"
        + Types.typeOf(o).name + "'");
  }

  static byte[] encode64(byte[] in, boolean newline) {
    int full = in.length / 3;
    int rest = in.length % 3;
    byte[] out = new byte[(full + (rest > 0 ? 1 : 0)) * 4 + (newline ? 1 : 0)];
    int o = 0;
    int i = 0;
    for (int g = 0; g < full; g++) {
      int bits = (in[i] & 0xff) << 16 | (in[i + 1] & 0xff) << 8 | (in[i + 2] & 0xff);
      i += 3;
      out[o++] = B64[bits >>> 18];
      out[o++] = B64[(bits >>> 12) & 63];
      out[o++] = B64[(bits >>> 6) & 63];
      out[o++] = B64[bits & 63];
    }
    if (rest > 0) {
      int bits = (in[i] & 0xff) << 16 | (rest == 2 ? (in[i + 1] & 0xff) << 8 : 0);
      out[o++] = B64[bits >>> 18];
      out[o++] = B64[(bits >>> 12) & 63];
      out[o++] = rest == 2 ? B64[(bits >>> 6) & 63] : (byte) '=';
      out[o++] = '=';
    }
    if (newline) {
      out[o] = '\n';
    }
    return out;
  }

  /**
   * Base64 to binary as CPython's a2b_base64: leniently, characters outside the alphabet are
   * skipped and a complete pad ends the input; strictly, they are errors.
   */
  static byte[] decode64(PythonHalf.ErrorClass st, byte[] in, boolean strict) {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(in.length / 4 * 3);
    if (strict && in.length > 0 && in[0] == '=') {
      throw st.error("Leading padding not allowed");
    }
    int quad = 0;
    int left = 0;
    int pads = 0;
    boolean padding = false;
    for (int i = 0; i < in.length; i++) {
      int c = in[i] & 0xff;
      if (c == '=') {
        padding = true;
        if (strict && quad == 0) {
          throw st.error(i == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
        }
        if (quad >= 2 && quad + ++pads >= 4) {
          if (strict && i + 1 < in.length) {
            throw st.error("Excess data after padding");
          }
          return out.toByteArray();
        }
        continue;
      }
      int v = B64_VALUE[c];
      if (v < 0) {
        if (strict) {
          throw st.error("Only base64 data is allowed");
        }
        continue;
      }
      if (strict && padding) {
        throw st.error("Discontinuous padding not allowed");
      }
      pads = 0;
      switch (quad) {
        case 0 -> {
          left = v;
          quad = 1;
        }
        case 1 -> {
          out.write((left << 2) | (v >> 4));
          left = v & 0x0f;
          quad = 2;
        }
        case 2 -> {
          out.write((left << 4) | (v >> 2));
          left = v & 0x03;
          quad = 3;
        }
        default -> {
          out.write((left << 6) | v);
          left = 0;
          quad = 0;
        }
      }
    }
    if (quad == 1) {
      throw st.error("Invalid base64-encoded string: number of data characters ("
          + (out.size() / 3 * 4 + 1) + ") cannot be 1 more than a multiple of 4");
    }
    if (quad != 0) {
      throw st.error("Incorrect padding");
    }
    return out.toByteArray();
  }

  private static final byte[] HEX = "0123456789abcdef".getBytes(
      java.nio.charset.StandardCharsets.US_ASCII);

  static byte[] hexlify(byte[] in) {
    byte[] out = new byte[in.length * 2];
    for (int i = 0; i < in.length; i++) {
      out[2 * i] = HEX[(in[i] >> 4) & 15];
      out[2 * i + 1] = HEX[in[i] & 15];
    }
    return out;
  }

  private static byte[] unhexlify(PythonHalf.ErrorClass st, byte[] in) {
    if (in.length % 2 != 0) {
      throw st.error("Odd-length string");
    }
    byte[] out = new byte[in.length / 2];
    for (int i = 0; i < out.length; i++) {
      int hi = Character.digit(in[2 * i] & 0xff, 16);
      int lo = Character.digit(in[2 * i + 1] & 0xff, 16);
      if (hi < 0 || lo < 0 || (in[2 * i] & 0x80) != 0 || (in[2 * i + 1] & 0x80) != 0) {
        throw st.error("Non-hexadecimal digit found");
      }
      out[i] = (byte) (hi << 4 | lo);
    }
    return out;
  }

  /** CRC-32 (zlib's) of {@code in} continuing from {@code start}, as an unsigned int. */
  static long crc32(byte[] in, long start) {
    int c = ~(int) start;
    for (byte b : in) {
      c = CRC32[(c ^ b) & 0xff] ^ (c >>> 8);
    }
    return ~c & 0xffffffffL;
  }

  private static long crcHqx(byte[] in, long start) {
    int c = (int) (start & 0xffff);
    for (byte b : in) {
      c = ((c << 8) & 0xff00) ^ CRC_HQX[((c >> 8) ^ b) & 0xff];
    }
    return c;
  }
}
