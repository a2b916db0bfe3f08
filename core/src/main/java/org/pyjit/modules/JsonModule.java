package org.pyjit.modules;

import org.pyjit.runtime.BuiltinSubclasses;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.Types;

/**
 * {@code _json}: the hot loops of the json package (org/pyjit/lib/json), as CPython's C
 * accelerator is for its json: {@code make_scanner(context, error_class)} (the decoder's
 * scan_once, {@link JsonScanner}), {@code scanstring}, {@code make_encoder(...)} (the
 * one-shot encoder, {@link JsonEncoder}) and the two string escapers. The API, arguments'
 * defaults and JSONDecodeError itself are Python, in the package.
 */
public final class JsonModule {
  private JsonModule() {}

  static final PyBuiltinFunction ENCODE_ASCII = new PyBuiltinFunction(
      "encode_basestring_ascii", (a, k) -> escape(a, k, "encode_basestring_ascii", true));
  static final PyBuiltinFunction ENCODE = new PyBuiltinFunction(
      "encode_basestring", (a, k) -> escape(a, k, "encode_basestring", false));

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_json");
    d.put("__doc__", "pyjit's json speedups.");
    d.put("encode_basestring_ascii", ENCODE_ASCII);
    d.put("encode_basestring", ENCODE);
    d.put("scanstring", new PyBuiltinFunction("scanstring", (a, k) -> {
      noKeywords("scanstring", k);
      if (a.length < 2 || a.length > 4) {
        throw Errors.typeError("scanstring expected 2 to 4 arguments, got " + a.length);
      }
      String s = text(a[0], "first argument");
      long end = Ops.asIndex(a[1]);
      boolean strict = a.length < 3 || Ops.truth(a[2]);
      Object errorClass = a.length > 3 ? a[3] : Types.VALUE_ERROR;
      return scanString(s, end, strict, errorClass);
    }));
    d.put("make_scanner", new PyBuiltinFunction("make_scanner", (a, k) -> {
      noKeywords("make_scanner", k);
      if (a.length != 2) {
        throw Errors.typeError("make_scanner expected 2 arguments, got " + a.length);
      }
      JsonScanner scanner = new JsonScanner(a[0], a[1]);
      return new PyBuiltinFunction("scan_once", (b, kw) -> {
        noKeywords("scan_once", kw);
        if (b.length != 2) {
          throw Errors.typeError("scan_once expected 2 arguments, got " + b.length);
        }
        return scanner.scanOnce(text(b[0], "first argument"), Ops.asIndex(b[1]));
      });
    }));
    d.put("make_encoder", new PyBuiltinFunction("make_encoder", (a, k) -> {
      noKeywords("make_encoder", k);
      if (a.length != 9) {
        throw Errors.typeError("make_encoder expected 9 arguments, got " + a.length);
      }
      JsonEncoder encoder = new JsonEncoder(a);
      return new PyBuiltinFunction("_iterencode", (b, kw) -> {
        noKeywords("_iterencode", kw);
        if (b.length != 2) {
          throw Errors.typeError("_iterencode expected 2 arguments, got " + b.length);
        }
        return PyTuple.of(encoder.encode(b[0], (int) Ops.asIndex(b[1])));
      });
    }));
    return new PyModule("_json", d);
  }

  private static Object scanString(String s, long end, boolean strict, Object errorClass) {
    int n = s.codePointCount(0, s.length());
    if (end < 0 || end > n) {
      throw Errors.valueError("end is out of bounds");
    }
    return new JsonScanner(errorClass, strict).scanString(s, end);
  }

  private static void noKeywords(String name, String[] k) {
    if (k != null && k.length > 0) {
      throw Errors.typeError(name + "() takes no keyword arguments");
    }
  }

  private static String text(Object o, String what) {
    Object v = BuiltinSubclasses.unwrap(o);
    if (v instanceof String s) {
      return s;
    }
    throw Errors.typeError(what + " must be a string, not " + Types.typeOf(o).name);
  }

  private static Object escape(Object[] a, String[] k, String name, boolean ascii) {
    noKeywords(name, k);
    if (a.length != 1) {
      throw Errors.typeError(name + "() takes exactly one argument (" + a.length + " given)");
    }
    Object v = BuiltinSubclasses.unwrap(a[0]);
    if (!(v instanceof String s)) {
      throw Errors.typeError("first argument must be a string, not "
          + Types.typeOf(a[0]).name);
    }
    StringBuilder sb = new StringBuilder(s.length() + 2);
    JsonEncoder.escape(s, ascii, sb);
    return sb.toString();
  }
}
