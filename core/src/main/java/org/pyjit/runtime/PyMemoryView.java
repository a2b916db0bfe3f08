package org.pyjit.runtime;

/**
 * memoryview over a bytes or bytearray, with CPython's native single-character formats
 * (struct module letters, native sizes and little-endian order of x86-64: b B h H i I l L q
 * Q n N f d e ? c P) and the C-contiguous multi-dimensional views that cast(format, shape)
 * makes.
 *
 * <p>Contract: a view reads and writes its base object's current array on every access (a
 * bytearray may reallocate); item i of a one-dimensional view is the {@link #itemsize}
 * bytes at {@code start + i * step} (step in bytes; a slice's step is a multiple of the item
 * size); a multi-dimensional view ({@link #shape} not null) is C-contiguous ({@code step ==
 * itemsize}) with {@code length} items in all. Slicing makes another view over the same
 * base. Views over bytes are read-only. After release() every operation raises ValueError
 * as in CPython.
 */
public final class PyMemoryView extends PyObject {
  final Object base;
  final int start;
  final int step;
  final int length;
  boolean released;
  /** A view made by toreadonly(): read-only whatever its base. */
  boolean readonlyView;
  /** The struct letter of the items ("B" for a view of bytes). */
  final String format;
  final int itemsize;
  /** The dimensions of a view cast to several, else null (one dimension of length items). */
  final int[] shape;

  PyMemoryView(Object base, int start, int step, int length) {
    this(base, start, step, length, "B", null);
  }

  private PyMemoryView(Object base, int start, int step, int length, String format,
      int[] shape) {
    this.base = base;
    this.start = start;
    this.step = step;
    this.length = length;
    this.format = format;
    this.itemsize = sizeOf(format);
    this.shape = shape;
  }

  @Override
  public PyType type() {
    return Types.MEMORYVIEW;
  }

  /** The native size of a format letter, or -1 when the letter is not one. */
  static int sizeOf(String format) {
    return switch (format) {
      case "b", "B", "c", "?" -> 1;
      case "h", "H", "e" -> 2;
      case "i", "I", "f" -> 4;
      case "l", "L", "q", "Q", "n", "N", "d", "P" -> 8;
      default -> -1;
    };
  }

  private byte[] array() {
    if (released) {
      throw Errors.valueError("operation forbidden on released memoryview object");
    }
    if (base instanceof PyBytes b) {
      return b.data;
    }
    // CPython forbids resizing an exported bytearray; this runtime lets the resize happen
    // and refuses to read past the new end instead of indexing a stale array.
    PyByteArray ba = (PyByteArray) base;
    int last = length == 0 ? start : start + (length - 1) * step + itemsize - 1;
    if (length > 0 && (last >= ba.size || last < 0 || start >= ba.size)) {
      throw Errors.raise(Types.BUFFER_ERROR,
          "Existing exports of data: object cannot be re-sized");
    }
    return ba.data;
  }

  boolean readonly() {
    return readonlyView || !(base instanceof PyByteArray);
  }

  int ndim() {
    return shape == null ? 1 : shape.length;
  }

  /** A view of the same memory (slicing and toreadonly keep read-only views read-only). */
  private PyMemoryView view(int start, int step, int length, boolean readonly) {
    PyMemoryView v = new PyMemoryView(base, start, step, length, format, shape);
    v.readonlyView = readonly;
    return v;
  }

  public byte[] toByteArray() {
    byte[] d = array();
    byte[] out = new byte[length * itemsize];
    for (int i = 0; i < length; i++) {
      System.arraycopy(d, start + i * step, out, i * itemsize, itemsize);
    }
    return out;
  }

  /** Item {@code i} (in C order over all dimensions) as a Python value. */
  private Object item(byte[] d, int i) {
    int off = start + i * step;
    return switch (format) {
      case "B" -> (long) (d[off] & 0xff);
      case "b" -> (long) d[off];
      case "c" -> new PyBytes(new byte[] {d[off]});
      case "?" -> d[off] != 0;
      case "h" -> (long) (short) le(d, off, 2);
      case "H" -> le(d, off, 2);
      case "i" -> (long) (int) le(d, off, 4);
      case "I" -> le(d, off, 4);
      case "f" -> (double) Float.intBitsToFloat((int) le(d, off, 4));
      case "d" -> Double.longBitsToDouble(le(d, off, 8));
      case "e" -> (double) Float.float16ToFloat((short) le(d, off, 2));
      case "L", "Q", "N", "P" -> {
        long v = le(d, off, 8);
        yield v >= 0 ? (Object) v : java.math.BigInteger.valueOf(v).add(
            java.math.BigInteger.ONE.shiftLeft(64));
      }
      default -> le(d, off, 8); // l q n
    };
  }

  private static long le(byte[] d, int off, int n) {
    long v = 0;
    for (int i = n - 1; i >= 0; i--) {
      v = v << 8 | (d[off + i] & 0xff);
    }
    return v;
  }

  /** Stores {@code v} as item {@code i}, with CPython's checks of the value's type and range. */
  private void store(byte[] d, int i, Object v) {
    int off = start + i * step;
    long bits;
    switch (format) {
      case "c" -> {
        if (!(v instanceof PyBytes b) || b.data.length != 1) {
          throw Errors.valueError("memoryview: invalid value for format 'c'");
        }
        bits = b.data[0];
      }
      case "?" -> bits = Ops.truth(v) ? 1 : 0;
      case "f", "d", "e" -> {
        if (!(v instanceof Double) && !Ops.isInt(v) && !(v instanceof PyObject)) {
          throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
        }
        double x;
        try {
          x = Ops.toDouble(v);
        } catch (PyException e) {
          throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
        }
        bits = format.equals("d") ? Double.doubleToRawLongBits(x)
            : format.equals("f") ? Float.floatToRawIntBits((float) x) & 0xffffffffL
            : Float.floatToFloat16((float) x) & 0xffff;
      }
      default -> {
        if (!Ops.isInt(v)) {
          throw Errors.typeError("memoryview: invalid type for format '" + format + "'");
        }
        java.math.BigInteger x = Ops.big(v instanceof BuiltinSubclasses.ValueInstance vi
            ? vi.value : v);
        boolean signed = switch (format) {
          case "b", "h", "i", "l", "q", "n" -> true;
          default -> false;
        };
        java.math.BigInteger lo = signed ? java.math.BigInteger.ONE.shiftLeft(
            itemsize * 8 - 1).negate() : java.math.BigInteger.ZERO;
        java.math.BigInteger hi = signed ? java.math.BigInteger.ONE.shiftLeft(itemsize * 8 - 1)
            : java.math.BigInteger.ONE.shiftLeft(itemsize * 8);
        if (x.compareTo(lo) < 0 || x.compareTo(hi) >= 0) {
          throw Errors.valueError("memoryview: invalid value for format '" + format + "'");
        }
        bits = x.longValue();
      }
    }
    for (int b = 0; b < itemsize; b++) {
      d[off + b] = (byte) (bits >>> (8 * b));
    }
  }

  /** Read-only views of byte formats hash like the bytes they show; others refuse. */
  long hash() {
    if (!readonly()) {
      throw Errors.valueError("cannot hash writable memoryview object");
    }
    if (!format.equals("B") && !format.equals("b") && !format.equals("c")) {
      throw Errors.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
    }
    return org.pyjit.runtime.collect.PyHash.hashBytes(toByteArray());
  }

  String repr() {
    return "<" + (released ? "released " : "") + "memory at " + ObjectRepr.address(this) + ">";
  }

  /** The dimensions, one-dimensional views included. */
  private int[] dims() {
    return shape == null ? new int[] {length} : shape;
  }

  /** tolist(): nested lists for several dimensions. */
  private Object tolist() {
    byte[] d = array();
    int[] dims = dims();
    int[] next = {0};
    return nested(d, dims, 0, next);
  }

  private Object nested(byte[] d, int[] dims, int level, int[] next) {
    Object[] out = new Object[dims[level]];
    for (int i = 0; i < out.length; i++) {
      out[i] = level == dims.length - 1 ? item(d, next[0]++) : nested(d, dims, level + 1, next);
    }
    return new PyList(out);
  }

  /** m.cast(format[, shape]): CPython's rules (C-contiguous, one side a byte format). */
  private PyMemoryView cast(Object[] a, String[] k) {
    int npos = a.length - (k == null ? 0 : k.length);
    Object f = npos > 1 ? a[1] : null;
    Object shapeArg = npos > 2 ? a[2] : null;
    if (npos > 3) {
      throw Errors.typeError("cast() takes at most 2 arguments (" + (npos - 1) + " given)");
    }
    for (int i = 0; k != null && i < k.length; i++) {
      switch (k[i]) {
        case "format" -> f = a[npos + i];
        case "shape" -> shapeArg = a[npos + i];
        default -> throw Errors.typeError("cast() got an unexpected keyword argument '" + k[i]
            + "'");
      }
    }
    if (f == null) {
      throw Errors.typeError("cast() missing required argument 'format' (pos 1)");
    }
    if (!(f instanceof String fmt)) {
      throw Errors.typeError("memoryview: format argument must be a string");
    }
    array();
    if (!(step == itemsize || length <= 1)) {
      throw Errors.typeError("memoryview: casts are restricted to C-contiguous views");
    }
    String norm = fmt.startsWith("@") ? fmt.substring(1) : fmt;
    int size = sizeOf(norm);
    if (size < 0) {
      throw Errors.valueError("memoryview: destination format must be a native single "
          + "character format prefixed with an optional '@'");
    }
    boolean byteFormat = isByteFormat(format);
    if (!byteFormat && !isByteFormat(norm)) {
      throw Errors.typeError("memoryview: cannot cast between two non-byte formats");
    }
    int nbytes = length * itemsize;
    int[] dims = null;
    if (shapeArg != null && shapeArg != PySingleton.NONE) {
      if (!(shapeArg instanceof PyTuple) && !(shapeArg instanceof PyList)) {
        throw Errors.typeError("shape must be a list or a tuple");
      }
      Object[] items = ListOps.toArray(shapeArg);
      if (items.length == 0 || items.length > 64) {
        throw Errors.valueError(items.length == 0
            ? "memoryview: cast must be 1D -> ND or ND -> 1D"
            : "memoryview: number of dimensions must not exceed 64");
      }
      if (shape != null && items.length > 1) {
        throw Errors.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
      }
      dims = new int[items.length];
      long product = size;
      for (int i = 0; i < items.length; i++) {
        long n = Ops.asIndex(items[i]);
        if (n <= 0) {
          throw Errors.valueError("memoryview.cast(): elements of shape must be integers > 0");
        }
        product *= n;
        dims[i] = (int) Math.min(n, Integer.MAX_VALUE);
      }
      if (product != nbytes) {
        throw Errors.typeError("memoryview: product(shape) * itemsize != buffer size");
      }
      if (items.length == 1) {
        dims = null;
      }
    } else if (nbytes % size != 0) {
      throw Errors.typeError("memoryview: length is not a multiple of itemsize");
    }
    PyMemoryView v = new PyMemoryView(base, start, size, nbytes / size, norm, dims);
    v.readonlyView = readonlyView;
    return v;
  }

  private static boolean isByteFormat(String f) {
    return f.equals("B") || f.equals("b") || f.equals("c");
  }

  /** The flat index of a subscript: an int on one dimension, a tuple of ints on several. */
  private int flatIndex(Object key) {
    if (key instanceof PyTuple t) {
      if (t.size() != ndim()) {
        if (ndim() == 1 || t.size() > ndim()) {
          throw Errors.typeError("memoryview: invalid slice key");
        }
        throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR,
            "sub-views are not implemented");
      }
      int[] dims = dims();
      int flat = 0;
      for (int i = 0; i < dims.length; i++) {
        Object k = t.get(i);
        if (!Ops.isInt(k) && !(k instanceof PyObject && Ops.getattrOrNull(k, "__index__")
            != null)) {
          throw Errors.typeError("memoryview: invalid slice key");
        }
        flat = flat * dims[i] + index(k, dims[i], i + 1);
      }
      return flat;
    }
    if (ndim() != 1) {
      if (!Ops.isInt(key)) {
        throw Errors.typeError("memoryview: invalid slice key");
      }
      throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR,
          "multi-dimensional sub-views are not implemented");
    }
    if (!Ops.isInt(key) && !(key instanceof PyObject
        && Ops.getattrOrNull(key, "__index__") != null)) {
      throw Errors.typeError("memoryview: invalid slice key");
    }
    return index(key, length, 1);
  }

  private static int index(Object key, int n, int dim) {
    long i = Ops.asIndex(key);
    if (i < 0) {
      i += n;
    }
    if (i < 0 || i >= n) {
      throw Errors.indexError("index out of bounds on dimension " + dim);
    }
    return (int) i;
  }

  /** The shape and items of a buffer for ==: a memoryview's, or a bytes-like's as 'B'. */
  private static Object[] comparable(Object o) {
    if (o instanceof PyMemoryView m) {
      return new Object[] {PyTuple.of(m.shapeTuple()), m.tolist()};
    }
    byte[] b = o instanceof PyBytes pb ? pb.data : o instanceof PyByteArray ba
        ? ba.toByteArray() : null;
    if (b == null) {
      return null;
    }
    Object[] items = new Object[b.length];
    for (int i = 0; i < b.length; i++) {
      items[i] = (long) (b[i] & 0xff);
    }
    return new Object[] {PyTuple.of((Object) (long) b.length), new PyList(items)};
  }

  private Object[] shapeTuple() {
    int[] dims = dims();
    Object[] out = new Object[dims.length];
    for (int i = 0; i < dims.length; i++) {
      out[i] = (long) dims[i];
    }
    return out;
  }

  private static void def(String name, PyBuiltinFunction.Body body) {
    Types.MEMORYVIEW.dict.put(name, BytesMethods.method(Types.MEMORYVIEW, PyMemoryView.class,
        name, body));
  }

  private static void prop(String name, PyBuiltinFunction.Body body) {
    Types.MEMORYVIEW.dict.put(name, new PyProperty(new PyBuiltinFunction(name, body), null,
        null));
  }

  /** memoryview(obj): eager, unlike the methods (see LazyTypeDict). */
  static void installConstructor() {
    Types.MEMORYVIEW.constructor = (cls, a, k) -> {
      if (a.length != 1) {
        throw Errors.typeError("memoryview() missing required argument 'object' (pos 1)");
      }
      Object o = a[0];
      if (o instanceof PyMemoryView m) {
        m.array();
        return new PyMemoryView(m.base, m.start, m.step, m.length);
      }
      if (o instanceof PyBytes b) {
        return new PyMemoryView(b, 0, 1, b.data.length);
      }
      if (o instanceof PyByteArray b) {
        return new PyMemoryView(b, 0, 1, b.size);
      }
      throw Errors.typeError("memoryview: a bytes-like object is required, not '"
          + Types.typeOf(o).name + "'");
    };
  }

  static void install() {
    def("__len__", (a, k) -> {
      PyMemoryView m = (PyMemoryView) a[0];
      m.array();
      return (long) m.dims()[0];
    });
    def("__getitem__", (a, k) -> {
      PyMemoryView m = (PyMemoryView) a[0];
      byte[] d = m.array();
      if (a[1] instanceof PySlice s) {
        if (m.shape != null) {
          throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR,
              "multi-dimensional slicing is not implemented");
        }
        long[] r = s.indices(m.length);
        return m.view(m.start + (int) r[0] * m.step, m.step * (int) r[2], (int) r[3],
            m.readonlyView);
      }
      if (a[1] == PySingleton.ELLIPSIS) {
        return m;
      }
      return m.item(d, m.flatIndex(a[1]));
    });
    def("__setitem__", (a, k) -> {
      PyMemoryView m = (PyMemoryView) a[0];
      byte[] d = m.array();
      if (m.readonly()) {
        throw Errors.typeError("cannot modify read-only memory");
      }
      if (a[1] instanceof PySlice s) {
        if (m.shape != null) {
          throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR,
              "memoryview slice assignments are currently restricted to ndim = 1");
        }
        long[] r = s.indices(m.length);
        String srcFormat = a[2] instanceof PyMemoryView mv ? mv.format : "B";
        byte[] v = BytesMethods.arg(a[2] instanceof PyMemoryView mv ? new PyBytes(
            mv.toByteArray()) : a[2]);
        if (!srcFormat.equals(m.format) || v.length != r[3] * m.itemsize) {
          throw Errors.valueError("memoryview assignment: lvalue and rvalue have different"
              + " structures");
        }
        for (int i = 0; i < r[3]; i++) {
          System.arraycopy(v, i * m.itemsize, d, m.start + (int) (r[0] + i * r[2]) * m.step,
              m.itemsize);
        }
        return PySingleton.NONE;
      }
      m.store(d, m.flatIndex(a[1]), a[2]);
      return PySingleton.NONE;
    });
    def("__iter__", (a, k) -> {
      PyMemoryView m = (PyMemoryView) a[0];
      m.array();
      if (m.shape != null) {
        throw Errors.raise(Types.NOT_IMPLEMENTED_ERROR,
            "multi-dimensional sub-views are not implemented");
      }
      return Ops.iter(m.tolist());
    });
    def("__eq__", (a, k) -> {
      PyMemoryView m = (PyMemoryView) a[0];
      if (m.released || a[1] instanceof PyMemoryView o && o.released) {
        return a[0] == a[1];
      }
      Object[] x = comparable(m);
      Object[] y = comparable(a[1]);
      return y == null ? PySingleton.NOT_IMPLEMENTED
          : (Object) (Ops.eq(x[0], y[0]) && Ops.eq(x[1], y[1]));
    });
    def("__repr__", (a, k) -> ((PyMemoryView) a[0]).repr());
    def("tobytes", (a, k) -> {
      // tobytes(order='C'): the order changes nothing for the contiguous views pyjit makes
      ArgParser.keywords("tobytes", a, k, 1, new String[] {"order"}, 0, 0);
      return new PyBytes(((PyMemoryView) a[0]).toByteArray());
    });
    def("tolist", (a, k) -> {
      MethodArgs.none(a, k, Types.MEMORYVIEW, "tolist");
      return ((PyMemoryView) a[0]).tolist();
    });
    def("cast", (a, k) -> ((PyMemoryView) a[0]).cast(a, k));
    def("hex", (a, k) -> BytesMethods.hex(((PyMemoryView) a[0]).toByteArray(), a, 1));
    def("release", (a, k) -> {
      MethodArgs.none(a, k, Types.MEMORYVIEW, "release");
      ((PyMemoryView) a[0]).released = true;
      return PySingleton.NONE;
    });
    prop("readonly", (a, k) -> {
      ((PyMemoryView) a[0]).array();
      return ((PyMemoryView) a[0]).readonly();
    });
    def("__enter__", (a, k) -> {
      ((PyMemoryView) a[0]).array();
      return a[0];
    });
    def("__exit__", (a, k) -> {
      ((PyMemoryView) a[0]).released = true;
      return PySingleton.NONE;
    });
    def("__delitem__", (a, k) -> {
      PyMemoryView m = (PyMemoryView) a[0];
      m.array();
      throw Errors.typeError(m.readonly() ? "cannot modify read-only memory"
          : "cannot delete memory");
    });
    def("toreadonly", (a, k) -> {
      PyMemoryView m = (PyMemoryView) a[0];
      m.array();
      return m.view(m.start, m.step, m.length, true);
    });
    // views are C-contiguous unless a slice skips items (several dimensions come only
    // from cast, which requires a contiguous view)
    for (String name : new String[] {"c_contiguous", "f_contiguous", "contiguous"}) {
      prop(name, (a, k) -> {
        PyMemoryView m = (PyMemoryView) a[0];
        m.array();
        if (m.shape != null) {
          return !name.equals("f_contiguous") || m.length <= 1;
        }
        return m.length == 1 || m.step == m.itemsize;
      });
    }
    prop("strides", (a, k) -> {
      PyMemoryView m = (PyMemoryView) a[0];
      m.array();
      int[] dims = m.dims();
      Object[] out = new Object[dims.length];
      long stride = m.step;
      for (int i = dims.length - 1; i >= 0; i--) {
        out[i] = stride;
        stride *= dims[i];
      }
      return PyTuple.of(out);
    });
    prop("suboffsets", (a, k) -> {
      ((PyMemoryView) a[0]).array();
      return PyTuple.EMPTY;
    });
    prop("nbytes", (a, k) -> {
      PyMemoryView m = (PyMemoryView) a[0];
      m.array();
      return (long) m.length * m.itemsize;
    });
    prop("format", (a, k) -> {
      ((PyMemoryView) a[0]).array();
      return ((PyMemoryView) a[0]).format;
    });
    prop("itemsize", (a, k) -> {
      ((PyMemoryView) a[0]).array();
      return (long) ((PyMemoryView) a[0]).itemsize;
    });
    prop("ndim", (a, k) -> {
      ((PyMemoryView) a[0]).array();
      return (long) ((PyMemoryView) a[0]).ndim();
    });
    prop("shape", (a, k) -> {
      ((PyMemoryView) a[0]).array();
      return PyTuple.of(((PyMemoryView) a[0]).shapeTuple());
    });
    prop("obj", (a, k) -> {
      ((PyMemoryView) a[0]).array();
      return ((PyMemoryView) a[0]).base;
    });
  }

  /** Bytes of a buffer for bytes(): a memoryview's contents, else null. */
  static byte[] bufferOf(Object o) {
    return o instanceof PyMemoryView m ? m.toByteArray() : null;
  }
}
