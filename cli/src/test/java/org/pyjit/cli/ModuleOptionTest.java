package org.pyjit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code pyjit -m}: what CPython 3.13's runpy does, checked on modules written into
 * target/ under the working directory (sys.path[0] for -m), which is reached as the
 * namespace package {@code target}: the expected values are what python3 -m prints for the
 * same files (argv[0] the module's file, __name__ "__main__", __spec__ the module's, a
 * package running its __main__ submodule, runpy's messages with status 1); and -c's
 * sys.path[0], ''.
 */
class ModuleOptionTest {
  private static final Path DIR = Path.of(System.getProperty("user.dir"), "target",
      "mtest");

  @BeforeAll
  static void writeModules() throws IOException {
    Files.createDirectories(DIR.resolve("pkg"));
    Files.writeString(DIR.resolve("hello.py"), """
        import sys
        print(__name__, __spec__.name, __package__, __file__ == sys.argv[0])
        print(sys.argv[1:], sys.path[0] == %s)
        """.formatted(pythonString(System.getProperty("user.dir"))));
    Files.writeString(DIR.resolve("pkg/__init__.py"), "print('init', __name__)\n");
    Files.writeString(DIR.resolve("pkg/__main__.py"),
        "print(__name__, __spec__.name, __package__)\n");
    Files.writeString(DIR.resolve("boom.py"), "raise ValueError('boom')\n");
  }

  private static String pythonString(String s) {
    return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
  }

  @Test
  void runsAModuleAsMain() {
    Corpus.Result r = Corpus.run("-m", "target.mtest.hello", "a", "b");
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo("__main__ target.mtest.hello target.mtest True\n"
        + "['a', 'b'] True\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void runsAPackagesMainAfterItsInit() {
    Corpus.Result r = Corpus.run("-m", "target.mtest.pkg");
    assertThat(r.out()).isEqualTo("init target.mtest.pkg\n"
        + "__main__ target.mtest.pkg.__main__ target.mtest.pkg\n");
    assertThat(r.code()).isZero();
  }

  @Test
  void reportsWhatCannotRunAsRunpyDoes() {
    assertThat(Corpus.run("-m", "nosuch_module_x")).isEqualTo(
        new Corpus.Result(1, "", "pyjit: No module named nosuch_module_x\n"));
    assertThat(Corpus.run("-m", ".rel").err())
        .isEqualTo("pyjit: Relative module names not supported\n");
    assertThat(Corpus.run("-m", "sys").err())
        .isEqualTo("pyjit: No code object available for sys\n");
    assertThat(Corpus.run("-m", "nosuch_pkg.x").err()).isEqualTo("pyjit: Error while finding"
        + " module specification for 'nosuch_pkg.x' (ModuleNotFoundError: No module named"
        + " 'nosuch_pkg')\n");
    assertThat(Corpus.run("-m", "target.mtest").err()).isEqualTo("pyjit: No module named"
        + " target.mtest.__main__; 'target.mtest' is a package and cannot be directly"
        + " executed\n");
  }

  @Test
  void dashCHasAnEmptyFirstPathEntry() {
    // python3 -c prints the same: '' (the working directory) and no __file__
    assertThat(Corpus.run("-c", "import sys; print(repr(sys.path[0]), '__file__' in globals(),"
        + " __spec__, __loader__)").out())
        .isEqualTo("'' False None <class '_frozen_importlib.BuiltinImporter'>\n");
  }

  @Test
  void anExceptionInTheModuleIsATraceback() {
    Corpus.Result r = Corpus.run("-m", "target.mtest.boom");
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).endsWith("ValueError: boom\n").startsWith("Traceback");
  }
}
