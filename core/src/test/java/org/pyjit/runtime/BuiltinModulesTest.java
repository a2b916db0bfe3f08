package org.pyjit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** BuiltinModules' name list and its loader agree, as its contract says. */
class BuiltinModulesTest {
  @Test
  void namesAreSortedAndEachLoads() {
    String[] sorted = BuiltinModules.NAMES.clone();
    Arrays.sort(sorted);
    assertThat(BuiltinModules.NAMES).containsExactly(sorted);
    for (String name : BuiltinModules.NAMES) {
      if (!name.equals("sys")) { // the importer makes sys itself
        assertThat(BuiltinModules.load(name)).as(name).isNotNull();
      }
    }
  }

  @Test
  void theLibraryIsReadFromItsPathEntry() throws Exception {
    java.nio.file.Path weakref = java.nio.file.Path.of(Library.ROOT, "weakref.py");
    assertThat(Library.isFile(weakref)).isTrue();
    assertThat(new String(Library.read(weakref), java.nio.charset.StandardCharsets.UTF_8))
        .contains("class WeakValueDictionary");
    assertThat(Library.isFile(java.nio.file.Path.of(Library.ROOT, "no_such_module.py")))
        .isFalse();
  }

  @Test
  void otherNamesAreNotBuiltIn() {
    for (String name : new String[] {"no_such_module", "Math", "weakref", ""}) {
      assertThat(BuiltinModules.load(name)).as(name).isNull();
    }
  }
}
