package org.pyjit.jit.stencil;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed stencil table must have been generated from the sources in the repository:
 * this recomputes tools/stencils/build.py's digest (clang's version line as recorded, the
 * build script, every file under core/src/main/c: the stencils and the uops.h they include) without clang. When it fails, run
 * tools/stencils/regen.sh.
 */
class StencilTableDigestTest {
  static final Path C_ROOT = Path.of("src/main/c");
  static final Path STENCIL_SOURCES = C_ROOT.resolve("stencils");
  static final Path BUILD_SCRIPT = Path.of("../tools/stencils/build.py");

  @Test
  void theTableMatchesItsInputs() throws IOException, NoSuchAlgorithmException {
    StencilTable table = StencilTable.x86_64Linux();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    update(sha, "clang", table.clangVersion().getBytes(StandardCharsets.UTF_8));
    update(sha, "build.py", Files.readAllBytes(BUILD_SCRIPT));
    List<String> files;
    try (Stream<Path> s = Files.walk(C_ROOT)) {
      files = s.filter(Files::isRegularFile)
          .map(p -> C_ROOT.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
    for (String f : files) {
      update(sha, f, Files.readAllBytes(C_ROOT.resolve(f)));
    }
    assertThat(HexFormat.of().formatHex(sha.digest()))
        .as("stencil table digest (regenerate with tools/stencils/regen.sh)")
        .isEqualTo(table.digest());
  }

  @Test
  void everySourceHasItsStencil() throws IOException {
    StencilTable table = StencilTable.x86_64Linux();
    try (Stream<Path> s = Files.list(STENCIL_SOURCES)) {
      List<String> names = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".c"))
          .map(n -> n.substring(0, n.length() - 2)).sorted().toList();
      List<String> built = table.all().keySet().stream()
          .map(k -> k.replaceAll("[@#].*", "")).distinct().toList();
      assertThat(built).containsExactlyInAnyOrderElementsOf(names);
    }
  }

  private static void update(MessageDigest sha, String name, byte[] content) {
    sha.update(name.getBytes(StandardCharsets.UTF_8));
    sha.update((byte) 0);
    sha.update(content);
    sha.update((byte) 0);
  }
}
