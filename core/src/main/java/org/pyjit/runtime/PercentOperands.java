package org.pyjit.runtime;

import java.math.BigInteger;
import org.pyjit.runtime.format.PercentFormat;

/**
 * The interpreter's side of {@code template % args}: how the %-formatter sees Python
 * values (tuples, mappings, int(), float(), str(), repr(), bytes).
 */
final class PercentOperands implements PercentFormat.Operands {
  static final PercentOperands INSTANCE = new PercentOperands();

  private PercentOperands() {}

  static String format(String template, Object args) {
    return PercentFormat.format(template, args, INSTANCE);
  }

  @Override
  public int tupleLength(Object args) {
    return args instanceof PyTuple t ? t.items.length : -1;
  }

  @Override
  public Object tupleItem(Object args, int index) {
    return ((PyTuple) args).items[index];
  }

  @Override
  public boolean hasGetItem(Object v) {
    return v instanceof PyDict || v instanceof PyList || v instanceof PyTuple
        || v instanceof PyRange || v instanceof String
        || Types.typeOf(v).lookup("__getitem__") != null;
  }

  @Override
  public Object getItem(Object mapping, Object key) {
    return Ops.getitem(mapping, key instanceof byte[] b ? new PyBytes(b) : key);
  }

  @Override
  public String str(Object v) {
    return Ops.str(v);
  }

  @Override
  public String repr(Object v) {
    return Ops.repr(v);
  }

  @Override
  public String ascii(Object v) {
    return Builtins.ascii(v);
  }

  @Override
  public String strValue(Object v) {
    return v instanceof String s ? s : null;
  }

  @Override
  public byte[] bytesValue(Object v) {
    return BytesMethods.contents(v);
  }

  @Override
  public byte[] toBytes(Object v) {
    byte[] b = BytesMethods.contents(v);
    if (b == null && Types.typeOf(v).lookup("__bytes__") != null) {
      Object r = Ops.callDunder(v, "__bytes__");
      if (!(r instanceof PyBytes pb)) {
        throw Errors.typeError("__bytes__ returned non-bytes (type " + Types.typeOf(r).name
            + ")");
      }
      b = pb.data;
    }
    return b;
  }

  @Override
  public Object intValue(Object v) {
    return Ops.isInt(v) ? Ops.asInt(v) : null;
  }

  @Override
  public Object toInt(Object v, boolean index) {
    if (Ops.isInt(v)) {
      return Ops.asInt(v);
    }
    if (!index && v instanceof Double d) {
      return Constructors.toInt(d);
    }
    PyType t = Types.typeOf(v);
    if (t.lookup("__index__") != null || (!index && t.lookup("__int__") != null)) {
      Object r = index ? Ops.callDunder(v, "__index__") : Constructors.toInt(v);
      return r instanceof Boolean || r instanceof Long || r instanceof BigInteger
          ? Ops.asInt(r) : r;
    }
    return null;
  }

  @Override
  public double toDouble(Object v) {
    if (v instanceof Double d) {
      return d;
    }
    if (Ops.isInt(v)) {
      return Ops.toDouble(v);
    }
    Object r = Ops.callDunder(v, "__float__");
    if (r == null && Types.typeOf(v).lookup("__index__") != null) {
      return Ops.toDouble(Ops.callDunder(v, "__index__"));
    }
    if (r instanceof Double d) {
      return d;
    }
    throw Errors.typeError("must be real number, not " + Types.typeOf(v).name);
  }

  @Override
  public String typeName(Object v) {
    return Types.typeOf(v).name;
  }
}
