package org.pyjit.modules;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.pyjit.runtime.BuiltinSubclasses;
import org.pyjit.runtime.Errors;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyList;
import org.pyjit.runtime.PyTuple;
import org.pyjit.runtime.Types;

/**
 * A sub()/expand() replacement string made ready for {@link SreModule#subn}: the list of
 * literal pieces (str, or bytes for a bytes template) alternating with group numbers
 * ({@link RegexParser#template} does the parsing, with CPython's messages).
 */
final class RegexTemplate {
  private RegexTemplate() {}

  /** The template list, or (kind, msg, pos) for a bad template. */
  static Object parse(RegexProgram p, Object repl) {
    repl = BuiltinSubclasses.unwrap(repl);
    int[] cps;
    boolean text;
    if (repl instanceof String s) {
      cps = s.codePoints().toArray();
      text = true;
    } else {
      byte[] b = SreModule.bytesOf(repl);
      if (b == null) {
        throw Errors.typeError("decoding to str: need a bytes-like object, "
            + Types.typeOf(repl).name + " found");
      }
      cps = SreModule.widen(b);
      text = false;
    }
    List<Object> pieces;
    try {
      pieces = RegexParser.template(p, cps, text);
    } catch (RegexSyntaxError e) {
      return PyTuple.of((long) e.kind, e.msg, (long) e.pos);
    }
    PyList out = new PyList();
    for (Object piece : pieces) {
      if (piece instanceof Integer g) {
        out.append((long) g);
      } else if (text) {
        out.append(piece);
      } else {
        out.append(new PyBytes(((String) piece).getBytes(StandardCharsets.ISO_8859_1)));
      }
    }
    return out;
  }
}
