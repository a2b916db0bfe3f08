package org.pyjit.modules;

import org.pyjit.runtime.ArgParser;
import org.pyjit.runtime.BuiltinSubclasses;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.FormatMarkup;
import org.pyjit.runtime.PyBuiltinFunction;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyIterator;
import org.pyjit.runtime.PyModule;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.PyType;
import org.pyjit.runtime.Types;

/**
 * {@code _string}: str.format's parser for string.Formatter. {@code formatter_parser(s)}
 * iterates over (literal, field_name, format_spec, conversion) and
 * {@code formatter_field_name_split(name)} gives (first, iterator of (is_attr, key)), both
 * read by {@link FormatMarkup}, the parser str.format itself uses, so the two cannot
 * disagree on the grammar or its error messages. As in CPython, a piece without a field has
 * None for the last three, a field without spec has '' for it, and errors are raised by the
 * iterators when they reach the bad piece.
 */
public final class StringModule {
  private StringModule() {}

  public static PyModule module() {
    PyDict d = new PyDict();
    d.put("__name__", "_string");
    d.put("__doc__", "string helper module");
    d.put("formatter_parser", new PyBuiltinFunction("formatter_parser",
        (a, k) -> pieces(oneStr("formatter_parser", a, k))));
    d.put("formatter_field_name_split", new PyBuiltinFunction("formatter_field_name_split",
        (a, k) -> split(oneStr("formatter_field_name_split", a, k))));
    return new PyModule("_string", d);
  }

  private static String oneStr(String name, Object[] a, String[] k) {
    if (ArgParser.nkw(k) > 0) {
      throw Errors.typeError("_string." + name + "() takes no keyword arguments");
    }
    if (a.length != 1) {
      throw Errors.typeError("_string." + name + "() takes exactly one argument (" + a.length
          + " given)");
    }
    if (!(BuiltinSubclasses.unwrap(a[0]) instanceof String s)) {
      throw Errors.typeError("expected str, got " + Types.typeOf(a[0]).name);
    }
    return s;
  }

  private static Pieces pieces(String s) {
    return new Pieces(new FormatMarkup(s, 0, s.length()));
  }

  private static PyTuple split(String name) {
    int first = FormatMarkup.firstPartEnd(name, 0, name.length());
    long index = FormatMarkup.integer(name, 0, first);
    Object head = index == -1 ? name.substring(0, first) : (Object) index;
    return PyTuple.of(head, new NameParts(new FormatMarkup.Parts(name, first, name.length())));
  }

  private static PyType iteratorType(String name) {
    PyType t = new PyType(name, true, Types.OBJECT);
    t.dict.put("__iter__", new PyBuiltinFunction("__iter__", t, (a, k) -> a[0]));
    t.dict.put("__next__", new PyBuiltinFunction("__next__", t, (a, k) -> {
      Object r = ((PyIterator) a[0]).next();
      if (r == null) {
        throw Errors.stopIteration();
      }
      return r;
    }));
    return t;
  }

  /** formatter_parser's iterator (CPython's formatteriterator). */
  private static final class Pieces extends PyIterator {
    static final PyType TYPE = iteratorType("formatteriterator");
    private final FormatMarkup m;

    Pieces(FormatMarkup m) {
      this.m = m;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (!m.next()) {
        return null;
      }
      String s = m.source();
      String literal = s.substring(m.literalStart, m.literalEnd);
      if (!m.hasField) {
        return PyTuple.of(literal, PySingleton.NONE, PySingleton.NONE, PySingleton.NONE);
      }
      return PyTuple.of(literal, s.substring(m.nameStart, m.nameEnd),
          s.substring(m.specStart, m.specEnd),
          m.conversion == 0 ? PySingleton.NONE : Character.toString(m.conversion));
    }
  }

  /** The iterator of formatter_field_name_split (CPython's fieldnameiterator). */
  private static final class NameParts extends PyIterator {
    static final PyType TYPE = iteratorType("fieldnameiterator");
    private final FormatMarkup.Parts parts;

    NameParts(FormatMarkup.Parts parts) {
      this.parts = parts;
    }

    @Override
    public PyType type() {
      return TYPE;
    }

    @Override
    public Object next() {
      if (!parts.next()) {
        return null;
      }
      return PyTuple.of(parts.isAttribute,
          parts.index == -1 ? parts.text() : (Object) parts.index);
    }
  }
}
