package org.pyjit.interp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.CodeAttribute;
import org.junit.jupiter.api.Test;

/**
 * The evaluation loop must stay well below HotSpot's limit for compiling a method
 * (-XX:HugeMethodLimit, 8000 bytes of bytecode): above it the JVM interprets the loop
 * forever and pyjit runs several times slower, with nothing failing. Long instruction
 * bodies go into helper classes (GenericOps, SpecializedOps) instead.
 */
class LoopSizeTest {
  private static final int BUDGET = 7000;

  @Test
  void evaluationLoopStaysCompilable() throws IOException {
    byte[] bytes;
    try (InputStream in = Interpreter.class.getResourceAsStream("Interpreter.class")) {
      bytes = in.readAllBytes();
    }
    MethodModel loop = ClassFile.of().parse(bytes).methods().stream()
        .filter(m -> m.methodName().equalsString("loop")).findFirst().orElseThrow();
    int length = ((CodeAttribute) loop.code().orElseThrow()).codeLength();
    assertThat(length).as("bytes of bytecode in Interpreter.loop").isBetween(1000, BUDGET);
  }
}
