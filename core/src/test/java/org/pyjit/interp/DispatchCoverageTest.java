package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.CodeElement;
import java.lang.classfile.Label;
import java.lang.classfile.MethodModel;
import java.lang.classfile.instruction.LookupSwitchInstruction;
import java.lang.classfile.instruction.SwitchCase;
import java.lang.classfile.instruction.TableSwitchInstruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.pyjit.bytecode.Opcode;
import org.junit.jupiter.api.Test;

/**
 * Every instruction the compiler emits has a case in the evaluation loop's switch: read
 * from the compiled class, so an opcode added to the instruction set without a case fails
 * here rather than with "opcode not implemented" in some program.
 */
class DispatchCoverageTest {

  @Test
  void eachOpcodeHasACase() throws IOException {
    Set<Integer> loop = caseKeys(Interpreter.class, "loop");
    Set<Integer> neither = new TreeSet<>();
    for (Opcode op : Opcode.values()) {
      if (!loop.contains(op.ordinal())) {
        neither.add(op.ordinal());
      }
    }
    // in the instruction set as in CPython 3.13, but pyjit's compiler never emits them
    // (it slices with BUILD_SLICE and builds dicts with BUILD_MAP; a generator's frame is
    // made by the call)
    assertThat(names(neither)).as("opcodes no switch handles")
        .containsExactly("BINARY_SLICE", "STORE_SLICE", "BUILD_CONST_KEY_MAP", "RETURN_GENERATOR");
    assertThat(loop).as("the loop's cases").contains(Opcode.LOAD_FAST.ordinal(),
        Opcode.BINARY_OP_ADD_INT.ordinal());
  }

  /** The keys of the method's largest switch that do not go to its default target. */
  private static Set<Integer> caseKeys(Class<?> owner, String method) throws IOException {
    byte[] bytes;
    try (InputStream in = owner.getResourceAsStream(owner.getSimpleName() + ".class")) {
      bytes = in.readAllBytes();
    }
    MethodModel m = ClassFile.of().parse(bytes).methods().stream()
        .filter(mm -> mm.methodName().equalsString(method)).findFirst().orElseThrow();
    Set<Integer> best = Set.of();
    for (CodeElement e : m.code().orElseThrow()) {
      List<SwitchCase> cases;
      Label dflt;
      if (e instanceof TableSwitchInstruction t) {
        cases = t.cases();
        dflt = t.defaultTarget();
      } else if (e instanceof LookupSwitchInstruction l) {
        cases = l.cases();
        dflt = l.defaultTarget();
      } else {
        continue;
      }
      Set<Integer> keys = new TreeSet<>();
      for (SwitchCase c : cases) {
        if (c.target() != dflt) {
          keys.add(c.caseValue());
        }
      }
      if (keys.size() > best.size()) {
        best = keys;
      }
    }
    return best;
  }

  private static List<String> names(Set<Integer> ordinals) {
    List<String> out = new ArrayList<>();
    for (int o : ordinals) {
      out.add(o < Opcode.values().length ? Opcode.of(o).name() : String.valueOf(o));
    }
    return out;
  }
}
