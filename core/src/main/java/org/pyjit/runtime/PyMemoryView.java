package org.pyjit.runtime;

/**
 * memoryview over a bytes or bytearray, format 'B' only (one-dimensional unsigned bytes).
 * Contract: a view reads and writes its base object's current array on every access (a
 * bytearray may reallocate), item i being base[start + i * step]; slicing makes another
 * view over the same base. Views over bytes are read-only. After release() every
 * operation raises ValueError as in CPython.
 */
public final class PyMemoryView extends PyObject {
  final Object base;
  final int start;
  final int step;
  final int length;
  boolean released;
  /** A view made by toreadonly(): read-only whatever its base. */
  boolean readonlyView;

  PyMemoryView(Object base, int start, int step, int length) {
    this.base = base;
    this.start = start;
    this.step = step;
    this.length = length;
  }

  @Override
  public PyType type() {
    return Types.MEMORYVIEW;
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
    int last = length == 0 ? start : start + (length - 1) * step;
    if (length > 0 && (last >= ba.size || last < 0 || start >= ba.size)) {
      throw Errors.raise(Types.BUFFER_ERROR,
          "Existing exports of data: object cannot be re-sized");
    }
    return ba.data;
  }

  boolean readonly() {
    return readonlyView || !(base instanceof PyByteArray);
  }

  /** A view of the same memory (slicing and toreadonly keep read-only views read-only). */
  private PyMemoryView view(int start, int step, int length, boolean readonly) {
    PyMemoryView v = new PyMemoryView(base, start, step, length);
    v.readonlyView = readonly;
    return v;
  }

  byte[] toByteArray() {
    byte[] d = array();
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = d[start + i * step];
    }
    return out;
  }

  /** Read-only views hash like the bytes they show; writable ones refuse. */
  long hash() {
    if (!readonly()) {
      throw Errors.valueError("cannot hash writable memoryview object");
    }
    return org.pyjit.runtime.collect.PyHash.hashBytes(toByteArray());
  }

  String repr() {
    return "<" + (released ? "released " : "") + "memory at " + ObjectRepr.address(this) + ">";
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
    def("__len__", Fn.__len__);
    def("__getitem__", Fn.__getitem__);
    def("__setitem__", Fn.__setitem__);
    def("__iter__", Fn.__iter__);
    def("__eq__", Fn.__eq__);
    def("__repr__", Fn.__repr__);
    def("tobytes", Fn.tobytes);
    def("tolist", Fn.tolist);
    def("hex", Fn.hex);
    def("release", Fn.release);
    prop("readonly", Fn.readonly);
    def("__enter__", Fn.__enter__);
    def("__exit__", Fn.__exit__);
    def("__delitem__", Fn.__delitem__);
    def("toreadonly", Fn.toreadonly);
    // one dimension of one-byte items: contiguous unless a slice skips items
    for (String name : new String[] {"c_contiguous", "f_contiguous", "contiguous"}) {
      prop(name, (a, k) -> {
        PyMemoryView m = (PyMemoryView) a[0];
        m.array();
        return m.length == 1 || m.step == 1;
      });
    }
    prop("strides", Fn.strides);
    prop("suboffsets", Fn.suboffsets);
    prop("nbytes", Fn.nbytes);
    prop("format", Fn.format);
    prop("itemsize", Fn.itemsize);
    prop("ndim", Fn.ndim);
    prop("shape", Fn.shape);
    prop("obj", Fn.obj);
  }

  private static Object[] tolist(PyMemoryView m) {
    byte[] b = m.toByteArray();
    Object[] out = new Object[b.length];
    for (int i = 0; i < b.length; i++) {
      out[i] = (long) (b[i] & 0xff);
    }
    return out;
  }

  private int index(Object key) {
    long i = Ops.asIndex(key);
    if (i < 0) {
      i += length;
    }
    if (i < 0 || i >= length) {
      throw Errors.indexError("index out of bounds on dimension 1");
    }
    return (int) i;
  }

  /** Bytes of a buffer for bytes(): a memoryview's contents, else null. */
  static byte[] bufferOf(Object o) {
    return o instanceof PyMemoryView m ? m.toByteArray() : null;
  }

  /**
   * The built-in functions defined above, one constant each: one class whose {@link #call}
   * switches on the constant, where a lambda per function made a class each, all of them
   * loaded at every start from the AOT cache (docs/internals/startup.md). Each constant's
   * case is the function's body; its name and owner are where the constant is used.
   */
  private enum Fn implements PyBuiltinFunction.Body {
    __len__, __getitem__, __setitem__, __iter__, __eq__, __repr__, tobytes, tolist, hex,
    release, readonly, __enter__, __exit__, __delitem__, toreadonly, strides, suboffsets,
    nbytes, format, itemsize, ndim, shape, obj;

    @Override
    public Object call(Object[] a, String[] k) {
      if (ordinal() < 21) {
        return call0(a, k);
      }
      return call1(a, k);
    }

    private Object call0(Object[] a, String[] k) {
      switch (this) {
        case __len__: {
          PyMemoryView m = (PyMemoryView) a[0];
          m.array();
          return (long) m.length;
        }
        case __getitem__: {
          PyMemoryView m = (PyMemoryView) a[0];
          byte[] d = m.array();
          if (a[1] instanceof PySlice s) {
            long[] r = s.indices(m.length);
            return m.view(m.start + (int) r[0] * m.step, m.step * (int) r[2], (int) r[3],
                m.readonlyView);
          }
          return (long) (d[m.start + m.index(a[1]) * m.step] & 0xff);
        }
        case __setitem__: {
          PyMemoryView m = (PyMemoryView) a[0];
          byte[] d = m.array();
          if (m.readonly()) {
            throw Errors.typeError("cannot modify read-only memory");
          }
          if (a[1] instanceof PySlice s) {
            long[] r = s.indices(m.length);
            byte[] v = BytesMethods.arg(a[2] instanceof PyMemoryView mv ? new PyBytes(
                mv.toByteArray()) : a[2]);
            if (v.length != r[3]) {
              throw Errors.valueError("memoryview assignment: lvalue and rvalue have different"
                  + " structures");
            }
            for (int i = 0; i < v.length; i++) {
              d[m.start + (int) (r[0] + i * r[2]) * m.step] = v[i];
            }
            return PySingleton.NONE;
          }
          int i = m.index(a[1]);
          if (!Ops.isInt(a[2])) {
            throw Errors.typeError("memoryview: invalid type for format 'B'");
          }
          long v = Ops.asIndex(a[2]);
          if (v < 0 || v > 255) {
            throw Errors.valueError("memoryview: invalid value for format 'B'");
          }
          d[m.start + i * m.step] = (byte) v;
          return PySingleton.NONE;
        }
        case __iter__: return Ops.iter(new PyList(tolist((PyMemoryView) a[0])));
        case __eq__: {
          PyMemoryView m = (PyMemoryView) a[0];
          if (m.released) {
            return a[0] == a[1];
          }
          byte[] y = a[1] instanceof PyMemoryView o ? o.toByteArray() : BytesMethods.contents(a[1]);
          return y == null ? PySingleton.NOT_IMPLEMENTED
              : (Object) java.util.Arrays.equals(m.toByteArray(), y);
        }
        case __repr__: return ((PyMemoryView) a[0]).repr();
        case tobytes: return new PyBytes(((PyMemoryView) a[0]).toByteArray());
        case tolist: return new PyList(tolist((PyMemoryView) a[0]));
        case hex: return BytesMethods.hex(((PyMemoryView) a[0]).toByteArray(), a, 1);
        case release: {
          ((PyMemoryView) a[0]).released = true;
          return PySingleton.NONE;
        }
        case readonly: {
          ((PyMemoryView) a[0]).array();
          return ((PyMemoryView) a[0]).readonly();
        }
        case __enter__: {
          ((PyMemoryView) a[0]).array();
          return a[0];
        }
        case __exit__: {
          ((PyMemoryView) a[0]).released = true;
          return PySingleton.NONE;
        }
        case __delitem__: {
          PyMemoryView m = (PyMemoryView) a[0];
          m.array();
          throw Errors.typeError(m.readonly() ? "cannot modify read-only memory"
              : "cannot delete memory");
        }
        case toreadonly: {
          PyMemoryView m = (PyMemoryView) a[0];
          m.array();
          return m.view(m.start, m.step, m.length, true);
        }
        case strides: {
          PyMemoryView m = (PyMemoryView) a[0];
          m.array();
          return PyTuple.of((long) m.step);
        }
        case suboffsets: {
          ((PyMemoryView) a[0]).array();
          return PyTuple.EMPTY;
        }
        case nbytes: return (long) ((PyMemoryView) a[0]).toByteArray().length;
        case format: return "B";
        case itemsize: return 1L;
        case ndim: return 1L;
        default:
          throw new AssertionError(this);
      }
    }

    private Object call1(Object[] a, String[] k) {
      switch (this) {
        case shape: return PyTuple.of((long) ((PyMemoryView) a[0]).length);
        case obj: return ((PyMemoryView) a[0]).base;
        default:
          throw new AssertionError(this);
      }
    }
  }
}
