package org.pyjit.jit.uop;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text form of a trace (docs/internals/tier2.md). Errors are
 * {@link InvalidTraceException}s whose message starts with {@code line N:}; the structural
 * rules are then checked by the {@link Trace} constructor.
 */
public final class TraceParser {
  private static final Pattern HEADER =
      Pattern.compile("trace\\s+(\\S+)\\s+slots=(\\d+)(?:\\s+id=(-?\\d+))?");
  private static final Pattern EXIT = Pattern.compile("exit\\s+e(\\d+)((?:\\s+\\S+)*)");
  private static final Pattern LIVE = Pattern.compile("([^=\\s]+)=s(\\d+):([a-z0-9]+)");
  private static final Pattern LABEL = Pattern.compile("([A-Za-z_.][A-Za-z0-9_.]*):");
  private static final Pattern SLOT = Pattern.compile("s(\\d+)");
  private static final Pattern EXIT_REF = Pattern.compile("e(\\d+)");

  private TraceParser() {}

  private record Pending(int line, Uop uop, String[] operands) {}

  public static Trace parse(String text) {
    String name = null;
    long id = 0;
    int slots = 0;
    List<ExitInfo> exits = new ArrayList<>();
    Map<String, Integer> labelPos = new LinkedHashMap<>();
    Map<Integer, List<String>> labels = new HashMap<>();
    List<Pending> pending = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int n = 0; n < lines.length; n++) {
      int lineNo = n + 1;
      String line = lines[n];
      int hash = line.indexOf('#');
      line = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (line.isEmpty()) {
        continue;
      }
      if (name == null) {
        Matcher m = HEADER.matcher(line);
        if (!m.matches()) {
          throw error(lineNo, "expected 'trace NAME slots=N [id=K]'");
        }
        name = m.group(1);
        slots = parseInt(lineNo, m.group(2));
        id = m.group(3) == null ? 0 : Long.parseLong(m.group(3));
        continue;
      }
      Matcher m = EXIT.matcher(line);
      if (m.matches()) {
        if (!pending.isEmpty()) {
          throw error(lineNo, "exits must be declared before the first uop");
        }
        int index = parseInt(lineNo, m.group(1));
        if (index != exits.size()) {
          throw error(lineNo, "exits must be declared in order: expected e" + exits.size());
        }
        exits.add(parseExit(lineNo, m.group(2).strip()));
        continue;
      }
      m = LABEL.matcher(line);
      if (m.matches()) {
        String label = m.group(1);
        if (labelPos.putIfAbsent(label, pending.size()) != null) {
          throw error(lineNo, "label '" + label + "' defined twice");
        }
        labels.computeIfAbsent(pending.size(), k -> new ArrayList<>()).add(label);
        continue;
      }
      int space = line.indexOf(' ');
      String op = space < 0 ? line : line.substring(0, space);
      Uop uop = Uop.byName(op);
      if (uop == null) {
        throw error(lineNo, "unknown uop '" + op + "'");
      }
      String rest = space < 0 ? "" : line.substring(space + 1).strip();
      String[] operands = rest.isEmpty() ? new String[0] : rest.split("\\s*,\\s*", -1);
      if (operands.length != uop.arity()) {
        throw error(lineNo, uop + " takes " + uop.arity() + " operands (" + uop.signature()
            + "), got " + operands.length);
      }
      pending.add(new Pending(lineNo, uop, operands));
    }
    if (name == null) {
      throw error(1, "empty trace: expected 'trace NAME slots=N'");
    }
    List<UopInstruction> code = new ArrayList<>();
    for (Pending p : pending) {
      long[] args = new long[p.operands.length];
      for (int i = 0; i < args.length; i++) {
        args[i] = operand(p.line, p.uop.operands().get(i), p.operands[i], labelPos, pending.size());
      }
      code.add(new UopInstruction(p.uop, args));
    }
    try {
      return new Trace(name, id, slots, code, exits, labels);
    } catch (InvalidTraceException e) {
      int line = lineOf(e.getMessage(), pending);
      throw line > 0 ? error(line, e.getMessage()) : e;
    }
  }

  /** Maps "uop N (...)" in a Trace check message back to the uop's line. */
  private static int lineOf(String message, List<Pending> pending) {
    Matcher m = Pattern.compile("^uop (\\d+) ").matcher(message);
    if (m.find()) {
      int pc = Integer.parseInt(m.group(1));
      return pc < pending.size() ? pending.get(pc).line : -1;
    }
    return -1;
  }

  private static ExitInfo parseExit(int line, String rest) {
    int resume = -1;
    List<LiveValue> live = new ArrayList<>();
    for (String part : rest.isEmpty() ? new String[0] : rest.split("\\s+")) {
      if (part.startsWith("@")) {
        resume = parseInt(line, part.substring(1));
        continue;
      }
      Matcher m = LIVE.matcher(part);
      if (!m.matches()) {
        throw error(line, "expected @PC or NAME=sN:KIND, got '" + part + "'");
      }
      ValueKind kind;
      try {
        kind = ValueKind.fromText(m.group(3));
      } catch (IllegalArgumentException e) {
        throw error(line, e.getMessage());
      }
      live.add(new LiveValue(m.group(1), parseInt(line, m.group(2)), kind));
    }
    return new ExitInfo(resume, live);
  }

  private static long operand(int line, Operand op, String text, Map<String, Integer> labels,
      int size) {
    switch (op.role()) {
      case IN, OUT, INOUT -> {
        Matcher m = SLOT.matcher(text);
        if (!m.matches()) {
          throw error(line, "operand " + op.name() + " must be a slot sN, got '" + text + "'");
        }
        return parseInt(line, m.group(1));
      }
      case EXIT -> {
        Matcher m = EXIT_REF.matcher(text);
        if (!m.matches()) {
          throw error(line, "operand exit must be eN, got '" + text + "'");
        }
        return parseInt(line, m.group(1));
      }
      case TARGET -> {
        Integer pos = labels.get(text);
        if (pos == null) {
          throw error(line, "unknown label '" + text + "'");
        }
        if (pos >= size) {
          throw error(line, "label '" + text + "' is after the last uop");
        }
        return pos;
      }
      case IMM -> {
        return op.kind() == ValueKind.F64 ? Double.doubleToRawLongBits(parseDouble(line, text))
            : parseLong(line, text);
      }
    }
    throw new AssertionError(op);
  }

  private static long parseLong(int line, String text) {
    try {
      boolean neg = text.startsWith("-");
      String digits = neg ? text.substring(1) : text;
      if (digits.startsWith("0x") || digits.startsWith("0X")) {
        long v = Long.parseUnsignedLong(digits.substring(2), 16);
        return neg ? -v : v;
      }
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      throw error(line, "expected a 64-bit integer, got '" + text + "'");
    }
  }

  private static double parseDouble(int line, String text) {
    switch (text) {
      case "inf", "+inf" -> {
        return Double.POSITIVE_INFINITY;
      }
      case "-inf" -> {
        return Double.NEGATIVE_INFINITY;
      }
      case "nan" -> {
        return Double.NaN;
      }
      default -> { }
    }
    if (!text.matches("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?")) {
      throw error(line, "expected a float literal, got '" + text + "'");
    }
    return Double.parseDouble(text);
  }

  private static int parseInt(int line, String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw error(line, "number out of range: " + text);
    }
  }

  private static InvalidTraceException error(int line, String message) {
    return new InvalidTraceException("line " + line + ": " + message);
  }
}
