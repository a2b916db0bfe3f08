package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import org.junit.jupiter.api.Test;

/**
 * Helpers called from Interpreter.loop that are kept within 35 bytes of bytecode (C2's
 * -XX:MaxInlineSize) so that C2 inlines them whatever their call site's frequency in the
 * loop's profile (docs/internals/interpreter.md, branches fibcall2 and oovar). One more
 * statement in them compiles and runs the same, and silently makes their inlining depend
 * on the profile window again.
 */
class InlineAtAnyFrequencyTest {
  private static final int MAX_INLINE_SIZE = 35;

  private static int codeLength(Class<?> owner, String method) throws IOException {
    byte[] bytes;
    try (InputStream in = owner.getResourceAsStream(owner.getSimpleName() + ".class")) {
      bytes = in.readAllBytes();
    }
    MethodModel m = ClassFile.of().parse(bytes).methods().stream()
        .filter(x -> x.methodName().equalsString(method)).findFirst().orElseThrow();
    return ((CodeAttribute) m.code().orElseThrow()).codeLength();
  }

  @Test
  void returnToIsSmall() throws IOException {
    assertThat(codeLength(Interpreter.class, "returnTo")).isBetween(1, MAX_INLINE_SIZE);
  }

  @Test
  void compareIntJumpIsSmall() throws IOException {
    assertThat(codeLength(SpecializedOps.class, "compareIntJump")).isBetween(1, MAX_INLINE_SIZE);
  }

  @Test
  void containsSetJumpIsSmall() throws IOException {
    assertThat(codeLength(SpecializedOps.class, "containsSetJump")).isBetween(1, MAX_INLINE_SIZE);
  }
}
