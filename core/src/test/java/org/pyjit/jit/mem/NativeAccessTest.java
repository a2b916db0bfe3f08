package org.pyjit.jit.mem;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What depends on how the JVM was started, checked in child JVMs: without native access the
 * arena refuses with a clear ExecutableMemoryException (so the JITs stay off) and the JVM
 * prints no warning; PYJIT_PERF_MAP=1 in the environment writes the perf map.
 */
class NativeAccessTest {
  /**
   * Run in a child JVM: without --enable-native-access, tries the arena and a signature; with
   * the argument "install", installs one function and prints its address and the pid.
   */
  public static void main(String[] args) {
    if (args.length > 0 && args[0].equals("install")) {
      try (InstalledCode code = CodeArena.shared().install("child fn", 1, a -> new byte[] {(byte) 0xC3})) {
        System.out.println(Long.toHexString(code.address()) + " " + ProcessHandle.current().pid());
      }
      return;
    }
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
  void theEnvironmentVariableTurnsThePerfMapOn() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(java.toString(), "--enable-native-access=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), NativeAccessTest.class.getName(), "install");
    pb.environment().put("PYJIT_PERF_MAP", "1");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(err).isEmpty();
    String[] addressAndPid = out.split(" ");
    Path map = Path.of("/tmp/perf-" + addressAndPid[1] + ".map");
    try {
      assertThat(Files.readAllLines(map)).containsExactly(addressAndPid[0] + " 1 child_fn");
    } finally {
      Files.deleteIfExists(map);
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
