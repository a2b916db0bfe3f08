package org.pyjit.jit.x64;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Re-creates every case of the golden files (core/src/test/resources/x64/, written by
 * regen.py from GNU as 2.40's output) through the Assembler API and compares the bytes. The
 * call column names the method and its arguments; methods are found by reflection, so every
 * overload the generator names must exist with exactly those parameter types.
 */
class AssemblerGoldenTest {
  private static final HexFormat HEX = HexFormat.of();

  private record Case(String id, String call, String gas, byte[] bytes) {}

  @Test
  void singleInstructionsMatchGnuAs() throws IOException {
    List<Case> cases = load("/x64/golden.txt");
    assertThat(cases).hasSizeGreaterThan(10_000);
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      String got;
      try {
        got = HEX.formatHex(assembleOne(c));
      } catch (RuntimeException e) {
        got = e.toString();
      }
      String want = HEX.formatHex(c.bytes());
      if (!got.equals(want)) {
        failures.add(c.id() + " " + c.call() + " [" + c.gas() + "]: want " + want + " got " + got);
      }
    }
    assertThat(failures).as("cases that differ from GNU as").isEmpty();
  }

  @Test
  void programsWithLabelsAndPoolsMatchGnuAs() throws IOException {
    List<Case> cases = load("/x64/golden-programs.txt");
    assertThat(cases).hasSizeGreaterThan(300);
    List<String> failures = new ArrayList<>();
    for (Case c : cases) {
      String got;
      try {
        Assembler asm = new Assembler();
        Map<String, Label> labels = new HashMap<>();
        for (String call : c.call().split("; ")) {
          String[] t = call.split(" ");
          if (t[0].startsWith("nops:")) {
            for (int i = Integer.parseInt(t[0].substring(5)); i > 0; i--) {
              asm.nop();
            }
            continue;
          }
          Object[] args = new Object[t.length - 1];
          for (int i = 1; i < t.length; i++) {
            args[i - 1] = operand(asm, t[i], labels);
          }
          invoke(asm, t[0], args);
        }
        got = HEX.formatHex(asm.finish().code());
      } catch (RuntimeException e) {
        got = e.toString();
      }
      String want = HEX.formatHex(c.bytes());
      if (!got.equals(want)) {
        failures.add(c.id() + " " + c.call() + ": want " + want + " got " + got);
      }
    }
    assertThat(failures).as("programs that differ from GNU as").isEmpty();
  }

  /**
   * One instruction. For [rip + D] the label is bound D bytes after the instruction's end:
   * after it (D >= 0) or before it, with filler so that the distance comes out right.
   */
  private static byte[] assembleOne(Case c) {
    String[] t = c.call().split(" ");
    Assembler asm = new Assembler();
    Label rip = null;
    int ripDisp = 0;
    Object[] args = new Object[t.length - 1];
    for (int i = 1; i < t.length; i++) {
      if (t[i].startsWith("rip:")) {
        ripDisp = Integer.parseInt(t[i].substring(4));
        rip = new Label();
        args[i - 1] = Mem.rip(rip);
      } else {
        args[i - 1] = operand(asm, t[i], null);
      }
    }
    int len = c.bytes().length;
    int start = 0;
    if (rip != null && ripDisp < 0) {
      asm.bind(rip);
      start = -ripDisp - len;
      assertThat(start).as("filler before " + c.call()).isGreaterThanOrEqualTo(0);
      for (int i = 0; i < start; i++) {
        asm.nop();
      }
    }
    invoke(asm, t[0], args);
    int end = asm.position();
    if (rip != null && ripDisp >= 0) {
      for (int i = 0; i < ripDisp; i++) {
        asm.nop();
      }
      asm.bind(rip);
    }
    return Arrays.copyOfRange(asm.finish().code(), start, end);
  }

  private static Object operand(Assembler asm, String tok, Map<String, Label> labels) {
    if (tok.startsWith("cc:")) {
      return Cond.valueOf(tok.substring(3));
    }
    if (tok.startsWith("i:")) {
      return Integer.parseInt(tok.substring(2));
    }
    if (tok.startsWith("l:")) {
      return Long.parseLong(tok.substring(2));
    }
    if (tok.startsWith("m:")) {
      String[] f = tok.substring(2).split(",");
      int scale = Integer.parseInt(f[2]);
      int disp = Integer.parseInt(f[3]);
      Reg index = f[1].equals("-") ? null : Reg.valueOf(f[1]);
      if (f[0].equals("-")) {
        return index == null ? Mem.abs(disp) : Mem.abs(index, scale, disp);
      }
      Reg base = Reg.valueOf(f[0]);
      if (index != null) {
        return Mem.at(base, index, scale, disp);
      }
      return disp == 0 ? Mem.at(base) : Mem.at(base, disp);
    }
    if (tok.startsWith("s:")) {
      return tok.substring(2);
    }
    if (tok.startsWith("L:")) {
      return labels.computeIfAbsent(tok.substring(2), k -> new Label());
    }
    if (tok.startsWith("rip:L:")) {
      String[] f = tok.substring(6).split(":");
      Label l = labels.computeIfAbsent(f[0], k -> new Label());
      return f.length == 1 ? Mem.rip(l) : Mem.rip(l, Integer.parseInt(f[1]));
    }
    if (tok.startsWith("pool:")) {
      String v = tok.substring(7);
      return switch (tok.charAt(5)) {
        case 'd' -> asm.constDouble(Double.longBitsToDouble(Long.parseLong(v)));
        case 'q' -> asm.constLong(Long.parseLong(v));
        case 'x' -> asm.const128(Long.parseLong(v.split(",")[0]), Long.parseLong(v.split(",")[1]));
        default -> throw new IllegalArgumentException(tok);
      };
    }
    if (tok.startsWith("XMM")) {
      return Xmm.valueOf(tok);
    }
    return Reg.valueOf(tok);
  }

  /** Methods that are not one instruction, checked in AssemblerTest instead. */
  private static final Set<String> NOT_INSTRUCTIONS = Set.of("position", "bind Label",
      "mark String", "align int", "finish", "constDouble double", "constLong long",
      "const128 long long", "movImm Reg long");

  @Test
  void everyPublicMethodHasGoldenCases() throws IOException {
    Set<String> missing = new TreeSet<>();
    for (Method m : Assembler.class.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers())) {
        StringBuilder key = new StringBuilder(m.getName());
        for (Class<?> t : m.getParameterTypes()) {
          key.append(' ').append(t.getSimpleName());
        }
        missing.add(key.toString());
      }
    }
    missing.removeAll(NOT_INSTRUCTIONS);
    // Replay both files so that METHODS holds every signature they call.
    singleInstructionsMatchGnuAs();
    programsWithLabelsAndPoolsMatchGnuAs();
    missing.removeAll(METHODS.keySet());
    assertThat(missing).as("Assembler methods that no golden case calls").isEmpty();
  }

  private static final Map<String, Method> METHODS = new ConcurrentHashMap<>();

  private static void invoke(Assembler asm, String name, Object[] args) {
    Class<?>[] types = new Class<?>[args.length];
    StringBuilder key = new StringBuilder(name);
    for (int i = 0; i < args.length; i++) {
      types[i] = switch (args[i]) {
        case Integer x -> int.class;
        case Long x -> long.class;
        default -> args[i].getClass();
      };
      key.append(' ').append(types[i].getSimpleName());
    }
    Method m = METHODS.computeIfAbsent(key.toString(), k -> {
      try {
        return Assembler.class.getMethod(name, types);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("no Assembler method " + k);
      }
    });
    try {
      m.invoke(asm, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw (RuntimeException) e.getCause();
    }
  }

  private static List<Case> load(String resource) throws IOException {
    List<Case> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        AssemblerGoldenTest.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Case(f[0], f[1], f[2], HEX.parseHex(f[3])));
      }
    }
    return out;
  }
}
