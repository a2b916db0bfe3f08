package org.pyjit.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.pyjit.bytecode.generated.OpcodeIds;
import org.junit.jupiter.api.Test;

/** The generated {@link OpcodeIds} must match {@link Opcode}: else run tools/gen-opcode-ids.py. */
class OpcodeIdsTest {
  @Test
  void everyOpcodeHasItsNumberAndNothingElseIsThere() throws ReflectiveOperationException {
    Field[] fields = Arrays.stream(OpcodeIds.class.getDeclaredFields())
        .filter(f -> Modifier.isStatic(f.getModifiers())).toArray(Field[]::new);
    assertThat(fields).as("OpcodeIds is stale: run tools/gen-opcode-ids.py")
        .hasSize(Opcode.values().length);
    for (Opcode op : Opcode.values()) {
      assertThat(OpcodeIds.class.getField(op.name()).getInt(null))
          .as("OpcodeIds.%s is stale: run tools/gen-opcode-ids.py", op.name())
          .isEqualTo(op.ordinal());
    }
  }
}
