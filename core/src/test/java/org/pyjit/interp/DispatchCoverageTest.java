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
 * Every instruction the compiler emits has a case in the evaluation loop, in the switch of
 * its dispatch group ({@link DispatchGroups}): read from the compiled class, so an opcode
 * added to the instruction set without a case, or declared outside its group, fails here
 * rather than with "opcode not implemented" in some program.
 */
class DispatchCoverageTest {

  @Test
  void eachOpcodeHasACase() throws IOException {
    List<Set<Integer>> switches = caseKeys(Interpreter.class, "loop");
    Set<Integer> loop = new TreeSet<>();
    switches.forEach(loop::addAll);
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

  @Test
  void eachSwitchHasExactlyItsGroupsOpcodes() throws IOException {
    List<Set<Integer>> switches = caseKeys(Interpreter.class, "loop");
    // the first level: the stack and locals opcodes (their key is themselves) and the groups
    Set<Integer> first = new TreeSet<>();
    for (int op = 0; op < DispatchGroups.NAMES; op++) {
      if (DispatchGroups.KEY[op] == op) {
        first.add(op);
      }
    }
    for (int g = DispatchGroups.NAMES; g < DispatchGroups.NONE; g++) {
      first.add(g);
    }
    assertThat(switches).as("the first level's switch").contains(first);
    for (int g = DispatchGroups.NAMES; g < DispatchGroups.NONE; g++) {
      Set<Integer> group = new TreeSet<>();
      for (Opcode op : Opcode.values()) {
        if (DispatchGroups.KEY[op.ordinal()] == g) {
          group.add(op.ordinal());
        }
      }
      assertThat(group).as("group %d", g).isNotEmpty();
      // the group's switch is the largest with the group's last opcode among its keys (the
      // loop has small switches on an argument too, and the first level's has the groups)
      int last = ((TreeSet<Integer>) group).last();
      Set<Integer> keys = switches.stream().filter(k -> k.contains(last))
          .max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow();
      assertThat(names(keys)).as("the cases of group %d's switch", g)
          .containsExactlyElementsOf(names(group));
    }
    for (Opcode op : Opcode.values()) {
      if (DispatchGroups.KEY[op.ordinal()] == DispatchGroups.NONE) {
        assertThat(op.name()).as("an opcode in no group")
            .isIn("BINARY_SLICE", "STORE_SLICE", "BUILD_CONST_KEY_MAP", "RETURN_GENERATOR");
      }
    }
  }

  /** The keys of each of the method's switches that do not go to its default target. */
  private static List<Set<Integer>> caseKeys(Class<?> owner, String method) throws IOException {
    byte[] bytes;
    try (InputStream in = owner.getResourceAsStream(owner.getSimpleName() + ".class")) {
      bytes = in.readAllBytes();
    }
    MethodModel m = ClassFile.of().parse(bytes).methods().stream()
        .filter(mm -> mm.methodName().equalsString(method)).findFirst().orElseThrow();
    List<Set<Integer>> all = new ArrayList<>();
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
      all.add(keys);
    }
    return all;
  }

  private static List<String> names(Set<Integer> ordinals) {
    List<String> out = new ArrayList<>();
    for (int o : ordinals) {
      out.add(o < Opcode.values().length ? Opcode.of(o).name() : String.valueOf(o));
    }
    return out;
  }
}
