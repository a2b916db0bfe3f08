package org.pyjit.runtime.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pyjit.runtime.Repr;

/**
 * PercentFormat.Operands over plain Java values standing for Python objects, behaving as
 * CPython 3.13 does for them: null is None, Boolean bool, Long and BigInteger int, Double
 * float, String str, byte[] bytes, {@link ByteArray} bytearray, {@link Tuple} tuple, a List
 * list, a Map dict, {@link Complex} complex; {@link Idx} and {@link Flt} are objects with
 * only __index__ and only __float__.
 */
final class TestOperands implements PercentFormat.Operands {
  record Tuple(List<Object> items) {}

  record ByteArray(byte[] bytes) {}

  record Complex(double re, double im) {}

  record Idx(Object value) {}

  record Flt(double value) {}

  /** A bytes dict key: bytes compare by content. */
  record BytesKey(byte[] bytes) {
    @Override
    public boolean equals(Object o) {
      return o instanceof BytesKey k && Arrays.equals(bytes, k.bytes);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bytes);
    }
  }

  @Override
  public int tupleLength(Object args) {
    return args instanceof Tuple t ? t.items().size() : -1;
  }

  @Override
  public Object tupleItem(Object args, int index) {
    return ((Tuple) args).items().get(index);
  }

  @Override
  public boolean hasGetItem(Object v) {
    return v instanceof Map || v instanceof List || v instanceof Tuple || v instanceof String
        || v instanceof byte[] || v instanceof ByteArray;
  }

  @Override
  public Object getItem(Object mapping, Object key) {
    Object k = key instanceof byte[] b ? new BytesKey(b) : key;
    String keyType = key instanceof byte[] ? "bytes" : "str";
    if (mapping instanceof Map<?, ?> map) {
      if (!map.containsKey(k)) {
        throw new FormatError("KeyError", repr(k));
      }
      return map.get(k);
    }
    String what = mapping instanceof List ? "list" : mapping instanceof byte[] ? "byte"
        : mapping instanceof ByteArray ? "bytearray" : typeName(mapping);
    throw FormatError.typeError(what + " indices must be integers or slices, not " + keyType);
  }

  @Override
  public String str(Object v) {
    return v instanceof String s ? s : repr(v);
  }

  @Override
  public String repr(Object v) {
    return switch (v) {
      case null -> "None";
      case Boolean b -> b ? "True" : "False";
      case Long l -> l.toString();
      case BigInteger b -> IntFormat.toString(b);
      case Double d -> Repr.floatRepr(d);
      case Complex c -> Repr.complexRepr(c.re(), c.im());
      case String s -> Repr.str(s);
      case byte[] b -> Repr.bytes(b);
      case BytesKey k -> Repr.bytes(k.bytes());
      case ByteArray b -> "bytearray(" + Repr.bytes(b.bytes()) + ")";
      case Tuple t -> t.items().size() == 1 ? "(" + repr(t.items().get(0)) + ",)"
          : "(" + join(t.items()) + ")";
      case List<?> l -> "[" + join(l) + "]";
      case Map<?, ?> m -> {
        List<String> parts = new ArrayList<>();
        m.forEach((k, x) -> parts.add(repr(k) + ": " + repr(x)));
        yield "{" + String.join(", ", parts) + "}";
      }
      case Idx i -> "<Idx " + i.value() + ">";
      case Flt f -> "<Flt>";
      default -> throw new IllegalArgumentException(v.toString());
    };
  }

  private String join(List<?> items) {
    List<String> parts = new ArrayList<>();
    for (Object x : items) {
      parts.add(repr(x));
    }
    return String.join(", ", parts);
  }

  @Override
  public String ascii(Object v) {
    String r = repr(v);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < r.length(); ) {
      int cp = r.codePointAt(i);
      i += Character.charCount(cp);
      if (cp < 0x80) {
        sb.append((char) cp);
      } else if (cp < 0x100) {
        sb.append(String.format("\\x%02x", cp));
      } else if (cp < 0x10000) {
        sb.append(String.format("\\u%04x", cp));
      } else {
        sb.append(String.format("\\U%08x", cp));
      }
    }
    return sb.toString();
  }

  @Override
  public String strValue(Object v) {
    return v instanceof String s ? s : null;
  }

  @Override
  public byte[] bytesValue(Object v) {
    return v instanceof byte[] b ? b : v instanceof ByteArray a ? a.bytes() : null;
  }

  @Override
  public byte[] toBytes(Object v) {
    return bytesValue(v);
  }

  @Override
  public Object intValue(Object v) {
    if (v instanceof Boolean b) {
      return b ? 1L : 0L;
    }
    return v instanceof Long || v instanceof BigInteger ? v : null;
  }

  @Override
  public Object toInt(Object v, boolean index) {
    Object i = intValue(v);
    if (i != null) {
      return i;
    }
    if (v instanceof Idx x) {
      return x.value();
    }
    if (v instanceof Double d && !index) {
      if (Double.isInfinite(d)) {
        throw FormatError.overflowError("cannot convert float infinity to integer");
      }
      if (Double.isNaN(d)) {
        throw FormatError.valueError("cannot convert float NaN to integer");
      }
      BigInteger b = new BigDecimal(d).toBigInteger();
      return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }
    return null;
  }

  @Override
  public double toDouble(Object v) {
    return switch (v) {
      case null -> throw FormatError.typeError("must be real number, not NoneType");
      case Double d -> d;
      case Long l -> l;
      case BigInteger b -> IntFormat.toDouble(b);
      case Boolean b -> b ? 1.0 : 0.0;
      case Idx i -> i.value() instanceof Long l ? l : IntFormat.toDouble((BigInteger) i.value());
      case Flt f -> f.value();
      default -> throw FormatError.typeError("must be real number, not " + typeName(v));
    };
  }

  @Override
  public String typeName(Object v) {
    return switch (v) {
      case null -> "NoneType";
      case Boolean b -> "bool";
      case Long l -> "int";
      case BigInteger b -> "int";
      case Double d -> "float";
      case Complex c -> "complex";
      case String s -> "str";
      case byte[] b -> "bytes";
      case ByteArray b -> "bytearray";
      case Tuple t -> "tuple";
      case List<?> l -> "list";
      case Map<?, ?> m -> "dict";
      case Idx i -> "Idx";
      case Flt f -> "Flt";
      default -> throw new IllegalArgumentException(v.toString());
    };
  }

  /** Reads regen.py's ser() notation. */
  static final class Reader {
    private final String s;
    private int pos;

    Reader(String s) {
      this.s = s;
    }

    static Object read(String s) {
      Reader r = new Reader(s);
      Object v = r.value();
      if (r.pos != s.length()) {
        throw new IllegalArgumentException("trailing data in " + s);
      }
      return v;
    }

    private Object value() {
      char tag = s.charAt(pos++);
      return switch (tag) {
        case 'N' -> null;
        case 'T' -> Boolean.TRUE;
        case 'F' -> Boolean.FALSE;
        case 'i' -> Data.integer(until(';'));
        case 'x' -> new Idx(Data.integer(until(';')));
        case 'f' -> Double.longBitsToDouble(Long.parseUnsignedLong(take(16), 16));
        case 'y' -> new Flt(Double.longBitsToDouble(Long.parseUnsignedLong(take(16), 16)));
        case 'c' -> new Complex(Double.longBitsToDouble(Long.parseUnsignedLong(take(16), 16)),
            Double.longBitsToDouble(Long.parseUnsignedLong(take(16), 16)));
        case 's' -> {
          int n = Integer.parseInt(until(':'));
          int end = s.offsetByCodePoints(pos, n);
          String v = s.substring(pos, end);
          pos = end;
          yield v;
        }
        case 'b' -> hex(Integer.parseInt(until(':')));
        case 'B' -> new ByteArray(hex(Integer.parseInt(until(':'))));
        case 't' -> new Tuple(items(Integer.parseInt(until(':'))));
        case 'l' -> items(Integer.parseInt(until(':')));
        case 'd' -> {
          int n = Integer.parseInt(until(':'));
          Map<Object, Object> m = new LinkedHashMap<>();
          for (int i = 0; i < n; i++) {
            Object k = value();
            m.put(k instanceof byte[] b ? new BytesKey(b) : k, value());
          }
          yield m;
        }
        default -> throw new IllegalArgumentException("bad tag " + tag + " in " + s);
      };
    }

    private List<Object> items(int n) {
      List<Object> items = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        items.add(value());
      }
      return items;
    }

    private byte[] hex(int n) {
      return java.util.HexFormat.of().parseHex(take(2 * n));
    }

    private String until(char c) {
      int end = s.indexOf(c, pos);
      String v = s.substring(pos, end);
      pos = end + 1;
      return v;
    }

    private String take(int n) {
      String v = s.substring(pos, pos + n);
      pos += n;
      return v;
    }
  }

  static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }
}
