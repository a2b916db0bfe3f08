package org.pyjit.runtime;

import java.util.List;

/**
 * The constructors of the built-in exception types whose instances carry more than args
 * (CPython's *_init functions in Objects/exceptions.c), and the str() of those computed from
 * their fields.
 *
 * <p>Contract. {@link #construct} makes an instance of {@code cls} from a call's positional
 * and keyword arguments: keyword arguments are refused ("X() takes no keyword arguments")
 * except ImportError's name/path/name_from, NameError's name and AttributeError's
 * name/obj, which become attributes; OSError picks its subclass and filename fields; the
 * Unicode errors parse their 5 (translate: 4) arguments into encoding/object/start/end/
 * reason. A class that defines its own __init__ gets its keyword arguments there instead,
 * as CPython's BaseException.__new__ ignores them. The fields live in the instance dict.
 */
final class ExceptionFields {
  private ExceptionFields() {}

  static PyBaseException construct(PyType cls, Object[] a, String[] k) {
    int nk = k == null ? 0 : k.length;
    int npos = a.length - nk;
    if (cls.lookup("__init__") instanceof PyFunction) {
      // BaseException.__new__ keeps the positional arguments; the class's __init__ does the rest
      return plain(cls, java.util.Arrays.copyOf(a, npos));
    }
    if (cls.isSubtypeOf(Types.OS_ERROR) && npos >= 2 && npos <= 5) {
      checkKeywords(cls, k);
      return Constructors.osError(cls, java.util.Arrays.copyOf(a, npos));
    }
    PyBaseException e = new PyBaseException(cls);
    init(e, a, k);
    return e;
  }

  /**
   * The built-in __init__ of {@code e}'s class ({@code super().__init__(...)} reaches it
   * too): args from the positional arguments, then the class's own fields.
   */
  static void init(PyBaseException e, Object[] a, String[] k) {
    PyType cls = e.type();
    checkKeywords(cls, k);
    int nk = k == null ? 0 : k.length;
    Object[] pos = java.util.Arrays.copyOf(a, a.length - nk);
    if (cls.isSubtypeOf(Types.OS_ERROR) && pos.length >= 2 && pos.length <= 5) {
      osErrorFields(e, pos);
    } else if (cls.isSubtypeOf(Types.UNICODE_DECODE_ERROR)
        || cls.isSubtypeOf(Types.UNICODE_ENCODE_ERROR)
        || cls.isSubtypeOf(Types.UNICODE_TRANSLATE_ERROR)) {
      unicodeFields(e, pos);
    } else {
      e.args = PyTuple.of(pos);
      if (cls.isSubtypeOf(Types.SYNTAX_ERROR)) {
        syntaxFields(e, pos);
      }
    }
    for (int i = 0; i < nk; i++) {
      e.dict.put(k[i], a[pos.length + i]);
    }
  }

  /** Keyword arguments: only ImportError's, NameError's and AttributeError's fields. */
  private static void checkKeywords(PyType cls, String[] k) {
    if (k == null || k.length == 0) {
      return;
    }
    List<String> allowed = cls.isSubtypeOf(Types.IMPORT_ERROR) ? List.of("name", "path",
        "name_from")
        : cls.isSubtypeOf(Types.NAME_ERROR) ? List.of("name")
        : cls.isSubtypeOf(Types.ATTRIBUTE_ERROR) ? List.of("name", "obj")
        : List.of();
    for (String name : k) {
      if (allowed.isEmpty()) {
        throw Errors.typeError(cls.name + "() takes no keyword arguments");
      }
      if (!allowed.contains(name)) {
        throw Errors.typeError(cls.name + "() got an unexpected keyword argument '" + name
            + "'");
      }
    }
  }

  /**
   * OSError(errno, strerror[, filename[, winerror[, filename2]]]): a filename is kept apart
   * and leaves args with the first two values, as in CPython.
   */
  static void osErrorFields(PyBaseException e, Object[] a) {
    if (a.length >= 3) {
      e.dict.put("filename", a[2]);
      e.dict.put("filename2", a.length == 5 ? a[4] : PySingleton.NONE);
      e.args = PyTuple.of(a[0], a[1]);
    } else {
      e.args = PyTuple.of(a.clone());
    }
  }

  /** The attributes SyntaxError has, None unless its constructor or the parser sets them. */
  static final java.util.Set<String> SYNTAX_FIELDS = java.util.Set.of("msg", "filename",
      "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line");
  private static final String[] SYNTAX_DETAILS = {"filename", "lineno", "offset", "text",
      "end_lineno", "end_offset"};

  /** SyntaxError(msg) and SyntaxError(msg, (filename, lineno, offset, text[, end_lineno[, end_offset]])). */
  private static void syntaxFields(PyBaseException e, Object[] pos) {
    if (pos.length >= 1) {
      e.dict.put("msg", pos[0]);
    }
    if (pos.length == 2) {
      Object[] info = ListOps.toArray(pos[1]);
      if (info.length < 4 || info.length > 6) {
        throw Errors.typeError("function takes " + (info.length < 4 ? "at least 4" : "at most 6")
            + " arguments (" + info.length + " given)");
      }
      for (int i = 0; i < SYNTAX_DETAILS.length; i++) {
        e.dict.put(SYNTAX_DETAILS[i], i < info.length ? info[i] : PySingleton.NONE);
      }
    }
  }

  /** str() of a SyntaxError: "msg (file.py, line 3)" with what it knows of the location. */
  static String syntaxErrorStr(PyBaseException e) {
    Object msg = e.dict.getStr("msg");
    String text = Ops.str(msg == null ? PySingleton.NONE : msg);
    String file = e.dict.getStr("filename") instanceof String f
        ? f.substring(f.lastIndexOf('/') + 1) : null;
    Object lineno = e.dict.getStr("lineno");
    boolean haveLine = lineno instanceof Long || lineno instanceof java.math.BigInteger;
    if (file == null && !haveLine) {
      return text;
    }
    if (file != null && haveLine) {
      return text + " (" + file + ", line " + lineno + ")";
    }
    return file != null ? text + " (" + file + ")" : text + " (line " + lineno + ")";
  }

  private static PyBaseException plain(PyType cls, Object[] pos) {
    PyBaseException e = new PyBaseException(cls);
    e.args = PyTuple.of(pos);
    return e;
  }

  /** UnicodeDecodeError(encoding, object, start, end, reason) and its two relatives. */
  private static void unicodeFields(PyBaseException e, Object[] a) {
    PyType cls = e.type();
    boolean translate = cls.isSubtypeOf(Types.UNICODE_TRANSLATE_ERROR);
    int want = translate ? 4 : 5;
    if (a.length != want) {
      throw Errors.typeError("function takes exactly " + want + " arguments (" + a.length
          + " given)");
    }
    int i = 0;
    String encoding = translate ? null : checkStr(a[i++], 1);
    Object object = a[i++];
    if (cls.isSubtypeOf(Types.UNICODE_DECODE_ERROR)) {
      if (object instanceof PyByteArray || object instanceof PyMemoryView) {
        object = new PyBytes(BytesMethods.contents(object));
      } else if (!(object instanceof PyBytes)) {
        throw Errors.typeError("argument 2 must be bytes-like object, not "
            + Types.typeOf(object).name);
      }
    } else {
      object = checkStr(object, translate ? 1 : 2);
    }
    long start = Ops.asIndex(a[i++]);
    long end = Ops.asIndex(a[i++]);
    String reason = checkStr(a[i], want);
    e.args = PyTuple.of(a.clone());
    if (!translate) {
      e.dict.put("encoding", encoding);
    }
    e.dict.put("object", object);
    e.dict.put("start", start);
    e.dict.put("end", end);
    e.dict.put("reason", reason);
  }

  private static String checkStr(Object o, int n) {
    if (!(o instanceof String s)) {
      throw Errors.typeError("argument " + n + " must be str, not " + Types.typeOf(o).name);
    }
    return s;
  }

  /**
   * str() of a Unicode error from its fields ("'utf-8' codec can't decode byte 0xff in
   * position 0: ..."), or null when they are not all there.
   */
  static String unicodeErrorStr(PyBaseException e) {
    Object object = e.dict.getStr("object");
    Object start = e.dict.getStr("start");
    Object end = e.dict.getStr("end");
    Object reason = e.dict.getStr("reason");
    boolean translate = e.type().isSubtypeOf(Types.UNICODE_TRANSLATE_ERROR);
    Object encoding = translate ? "" : e.dict.getStr("encoding");
    if (object == null || !(start instanceof Long s) || !(end instanceof Long en)
        || reason == null || encoding == null) {
      return null;
    }
    String codec = translate ? "can't translate" : "'" + Ops.str(encoding) + "' codec can't "
        + (e.type().isSubtypeOf(Types.UNICODE_DECODE_ERROR) ? "decode" : "encode");
    String why = Ops.str(reason);
    if (object instanceof PyBytes b) {
      byte[] bytes = b.data;
      if (s < bytes.length && en == s + 1) {
        return String.format("%s byte 0x%02x in position %d: %s", codec, bytes[(int) (long) s]
            & 0xff, s, why);
      }
      return codec + " bytes in position " + s + "-" + (en - 1) + ": " + why;
    }
    if (object instanceof String str) {
      int n = str.codePointCount(0, str.length());
      if (s < n && en == s + 1) {
        int cp = str.codePointAt(str.offsetByCodePoints(0, (int) (long) s));
        String ch = cp <= 0xff ? String.format("\\x%02x", cp)
            : cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
        return codec + " character '" + ch + "' in position " + s + ": " + why;
      }
      return codec + " characters in position " + s + "-" + (en - 1) + ": " + why;
    }
    return null;
  }
}
