package org.pyjit.jit.mem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * In a JVM that does not grant native access, the arena refuses with a clear
 * ExecutableMemoryException (so the JITs stay off) and the JVM prints no warning.
 */
class NativeAccessTest {
  /** Run in a child JVM without --enable-native-access. */
  public static void main(String[] args) {
    try {
      CodeArena.shared();
      System.out.println("arena");
    } catch (ExecutableMemoryException e) {
      System.out.println("refused: " + e.getMessage());
    }
    try {
      NativeSignature.of(NativeType.I64);
      System.out.println("signature");
    } catch (ExecutableMemoryException e) {
      System.out.println("refused: " + e.getMessage());
    }
  }

  @Test
  void withoutNativeAccessTheArenaRefusesSilently() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
        NativeAccessTest.class.getName()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(err).isEmpty();
    assertThat(out.lines().toList()).hasSize(2).allSatisfy(line ->
        assertThat(line).startsWith("refused: native access is not enabled for pyjit"));
  }
}
