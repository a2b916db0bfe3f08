package org.pyjit.interp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pyjit.parse.TokenKind;
import org.pyjit.runtime.Builtins;
import org.pyjit.runtime.ListOps;
import org.pyjit.runtime.Ops;
import org.pyjit.runtime.PyDict;
import org.pyjit.runtime.PyException;

/**
 * Tab completion at the interactive prompt, as CPython's rlcompleter offers it: a name
 * completes to keywords (with the space or colon that follows them), then names of the
 * namespace and of builtins; {@code a.b.pre} completes to the attributes that dir() lists
 * for {@code a.b} (reached by attribute lookups only, never by calls), hiding names that
 * start with '_' (or '__') unless the prefix asks for them. A callable gets "(".
 */
public final class Completions {
  private Completions() {}

  /** CPython's keyword.softkwlist, completed like the hard keywords. */
  private static final List<String> SOFT_KEYWORDS = List.of("_", "case", "match", "type");
  private static final Set<String> BARE_KEYWORDS = Set.of("False", "None", "True", "break",
      "continue", "pass", "else", "_");

  /** The completions of {@code text} (the dotted name before the cursor) in {@code globals}. */
  public static List<String> of(String text, PyDict globals) {
    try {
      return text.contains(".") ? attributes(text, globals) : names(text, globals);
    } catch (PyException | StackOverflowError e) {
      return List.of(); // completion must never disturb the session
    }
  }

  private static List<String> names(String text, PyDict globals) {
    List<String> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    seen.add("__builtins__");
    List<String> keywords = new ArrayList<>();
    for (TokenKind k : TokenKind.values()) {
      if (k.isKeyword()) {
        keywords.add(k.text);
      }
    }
    keywords.addAll(SOFT_KEYWORDS);
    for (String word : keywords) {
      if (word.startsWith(text) && seen.add(word)) {
        out.add(word.equals("finally") || word.equals("try") ? word + ":"
            : BARE_KEYWORDS.contains(word) ? word : word + " ");
      }
    }
    for (PyDict space : List.of(globals, Builtins.dict(globals))) {
      for (Object key : space.keys()) {
        if (key instanceof String word && word.startsWith(text) && seen.add(word)) {
          out.add(withCallSuffix(space.get(word), word));
        }
      }
    }
    return out;
  }

  private static List<String> attributes(String text, PyDict globals) {
    int dot = text.lastIndexOf('.');
    String expr = text.substring(0, dot);
    String attr = text.substring(dot + 1);
    String[] parts = expr.split("\\.", -1);
    for (String p : parts) {
      if (!isIdentifier(p)) {
        return List.of();
      }
    }
    Object o = globals.get(parts[0]);
    if (o == null) {
      o = Builtins.dict(globals).get(parts[0]);
    }
    for (int i = 1; o != null && i < parts.length; i++) {
      o = Ops.getattrOrNull(o, parts[i]);
    }
    if (o == null) {
      return List.of();
    }
    Set<String> words = new TreeSet<>();
    for (Object w : ListOps.toArray(Ops.call(Builtins.dict(globals).get("dir"),
        new Object[] {o}, null))) {
      if (w instanceof String s) {
        words.add(s);
      }
    }
    words.remove("__builtins__");
    words.add("__class__");
    String hidden = attr.isEmpty() ? "_" : attr.equals("_") ? "__" : null;
    while (true) {
      List<String> out = new ArrayList<>();
      for (String w : words) {
        if (w.startsWith(attr) && (hidden == null || !w.startsWith(hidden))) {
          Object value = Ops.getattrOrNull(o, w);
          out.add(value == null ? expr + "." + w : withCallSuffix(value, expr + "." + w));
        }
      }
      if (!out.isEmpty() || hidden == null) {
        return out;
      }
      hidden = hidden.equals("_") ? "__" : null;
    }
  }

  private static String withCallSuffix(Object value, String word) {
    Object callable = Builtins.dict(null).get("callable");
    return callable != null && Ops.call(callable, new Object[] {value}, null) == Boolean.TRUE
        ? word + "(" : word;
  }

  private static boolean isIdentifier(String s) {
    if (s.isEmpty() || !Character.isJavaIdentifierStart(s.codePointAt(0))) {
      return false;
    }
    return s.codePoints().allMatch(Character::isJavaIdentifierPart);
  }
}
