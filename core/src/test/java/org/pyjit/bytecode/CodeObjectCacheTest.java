package org.pyjit.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pyjit.Version;
import org.pyjit.parse.WarningListener;
import org.pyjit.runtime.Library;
import org.pyjit.runtime.PyBytes;
import org.pyjit.runtime.PyComplex;
import org.pyjit.runtime.PySet;
import org.pyjit.runtime.PySingleton;
import org.pyjit.runtime.PyTuple;

/**
 * The library's compiled-code cache: {@link CodeObjectWriter} then {@link CodeObjectReader}
 * give back, field by field, the code objects the compiler made; a file made from other
 * source bytes, by another pyjit or cut short is refused (null), never half-read.
 */
class CodeObjectCacheTest {
  private static final Path LIB = Path.of("src/main/resources/org/pyjit/lib");

  /** Every constant kind of the format, and code that fills every field of a code object. */
  private static final String ALL_KINDS = """
      '''doc'''
      a = (None, ..., True, False, 0, -7, 2**40, -(2**40), 10**30, -(10**30), 1.5, -0.0,
           float('nan'), 1e308 * 10, 2j, 1.5 - 3j, '', 'abc', 'caf\\u00e9', '\\u65e5\\u672c',
           '\\ud800', '\\U0001F600', b'', b'\\x00\\xff', (1, (2, ('x',))), ())
      def f(p, /, q, *args, r=1, **kw):
          x = [i for i in range(3) if i in {1, 2, 'a'} or i in {1, 9, 17, 8, 0, 2**61, 3.5}]
          def g():
              nonlocal p
              p += 1
              return p, q
          try:
              return g()
          except (KeyError, ValueError) as e:
              raise RuntimeError from e
          finally:
              del x
      class C:
          y: int = 3
          def m(self): return super().m
      async def co():
          async with a as b:
              await b
      def gen():
          yield from (lambda *, k: k)(k=1)
      """;

  @Test
  void everyLibraryModuleRoundTrips() throws IOException {
    List<Path> sources;
    try (Stream<Path> walk = Files.walk(LIB)) {
      sources = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
    }
    assertThat(sources).isNotEmpty();
    for (Path p : sources) {
      roundTrip(Files.readAllBytes(p), p.toString());
    }
  }

  @Test
  void everyConstantKindRoundTrips() {
    roundTrip(ALL_KINDS.getBytes(StandardCharsets.UTF_8), "<kinds>");
  }

  @Test
  void libraryModulesCompileWithoutWarnings() throws IOException {
    // a SyntaxWarning is shown only when the importer compiles: the cache would hide it
    try (Stream<Path> walk = Files.walk(LIB)) {
      for (Path p : walk.filter(q -> q.toString().endsWith(".py")).toList()) {
        StringBuilder warned = new StringBuilder();
        CodeCacheWriter.compile(Files.readAllBytes(p), p.toString(),
            (category, message, line) -> warned.append(category).append(message));
        assertThat(warned).as(p.toString()).isEmpty();
      }
    }
  }

  @Test
  void anotherSourceOrVersionIsRefused() {
    byte[] source = ALL_KINDS.getBytes(StandardCharsets.UTF_8);
    byte[] file = write(source);
    assertThat(CodeObjectReader.read(file, source, "f", Version.PYJIT_VERSION)).isNotNull();
    Random random = new Random(7);
    for (int at = 0; at < source.length; at++) { // any one byte changed, however
      byte[] edited = source.clone();
      edited[at] ^= (byte) (1 + random.nextInt(255));
      assertThat(CodeObjectReader.read(file, edited, "f", Version.PYJIT_VERSION)).isNull();
    }
    assertThat(CodeObjectReader.read(file, source, "f", Version.PYJIT_VERSION + "x")).isNull();
    byte[] otherFormat = file.clone();
    otherFormat[7]++;
    assertThat(CodeObjectReader.read(otherFormat, source, "f", Version.PYJIT_VERSION))
        .isNull();
  }

  @Test
  void aFileCutShortOrExtendedIsRefused() {
    byte[] source = ALL_KINDS.getBytes(StandardCharsets.UTF_8);
    byte[] file = write(source);
    for (int n = 0; n < file.length; n++) {
      assertThat(CodeObjectReader.read(Arrays.copyOf(file, n), source, "f",
          Version.PYJIT_VERSION)).as("cut at %d", n).isNull();
    }
    assertThat(CodeObjectReader.read(Arrays.copyOf(file, file.length + 1), source, "f",
        Version.PYJIT_VERSION)).isNull();
  }

  @Test
  void corruptBytesNeverThrow() {
    byte[] source = ALL_KINDS.getBytes(StandardCharsets.UTF_8);
    byte[] file = write(source);
    Random random = new Random(20261123);
    for (int round = 0; round < 2000; round++) {
      byte[] bad = file.clone();
      int at = 40 + random.nextInt(bad.length - 40); // past the header: the hash matches
      bad[at] = (byte) random.nextInt(256);
      CodeObjectReader.read(bad, source, "f", Version.PYJIT_VERSION); // null or a code object
    }
  }

  @Test
  void theImporterUsesTheBuiltCacheOnlyForTheSameSource() throws IOException {
    // target/classes holds the .pyjc files the build made (process-classes)
    byte[] source = Files.readAllBytes(LIB.resolve("weakref.py"));
    String resource = Library.resourceOf("weakref");
    CodeObject cached = Library.compiledResource(resource, source, "w.py");
    assertThat(cached).isNotNull();
    assertSame(cached, CodeCacheWriter.compile(source, "w.py", WarningListener.IGNORE), "");
    byte[] tampered = Arrays.copyOf(source, source.length + 1);
    tampered[source.length] = '\n';
    assertThat(Library.compiledResource(resource, tampered, "w.py")).isNull();
    assertThat(Library.compiledResource(Library.resourceOf("no_such_module"), source, "w.py"))
        .isNull();
  }

  private static byte[] write(byte[] source) {
    CodeObject code = CodeCacheWriter.compile(source, "f", WarningListener.IGNORE);
    return CodeObjectWriter.write(code, CodeObjectReader.sourceHash(source),
        Version.PYJIT_VERSION);
  }

  private static void roundTrip(byte[] source, String name) {
    CodeObject compiled = CodeCacheWriter.compile(source, "/some/where/" + name,
        WarningListener.IGNORE);
    byte[] file = CodeObjectWriter.write(compiled, CodeObjectReader.sourceHash(source),
        Version.PYJIT_VERSION);
    CodeObject read = CodeObjectReader.read(file, source, "/some/where/" + name,
        Version.PYJIT_VERSION);
    assertThat(read).as(name).isNotNull();
    assertSame(read, compiled, name);
  }

  /** Field by field, through the constants. */
  private static void assertSame(CodeObject a, CodeObject b, String where) {
    String at = where + "/" + b.qualname;
    assertThat(a.name).as(at).isEqualTo(b.name);
    assertThat(a.qualname).as(at).isEqualTo(b.qualname);
    assertThat(a.filename).as(at).isEqualTo(b.filename);
    assertThat(a.firstlineno).as(at).isEqualTo(b.firstlineno);
    assertThat(a.flags).as(at).isEqualTo(b.flags);
    assertThat(a.argcount).as(at).isEqualTo(b.argcount);
    assertThat(a.posonlyargcount).as(at).isEqualTo(b.posonlyargcount);
    assertThat(a.kwonlyargcount).as(at).isEqualTo(b.kwonlyargcount);
    assertThat(a.varnames).as(at).containsExactly(b.varnames);
    assertThat(a.cellvars).as(at).containsExactly(b.cellvars);
    assertThat(a.freevars).as(at).containsExactly(b.freevars);
    assertThat(a.cell2arg).as(at).containsExactly(b.cell2arg);
    assertThat(a.names).as(at).containsExactly(b.names);
    for (int i = 0; i < a.names.length; i++) {
      assertThat(a.names[i]).as(at).isSameAs(b.names[i]); // interned, as caches compare
    }
    assertThat(a.nameHashes).as(at).containsExactly(b.nameHashes);
    assertThat(a.code).as(at).containsExactly(b.code);
    assertThat(a.lines).as(at).containsExactly(b.lines);
    assertThat(a.positions).as(at).containsExactly(b.positions);
    assertThat(a.stacksize).as(at).isEqualTo(b.stacksize);
    assertThat(a.nlocalsplus).as(at).isEqualTo(b.nlocalsplus);
    assertThat(a.frameSize).as(at).isEqualTo(b.frameSize);
    assertThat(a.exceptionTable.size()).as(at).isEqualTo(b.exceptionTable.size());
    for (int e = 0; e < a.exceptionTable.size(); e++) {
      ExceptionTable x = a.exceptionTable;
      ExceptionTable y = b.exceptionTable;
      assertThat(List.of(x.start(e), x.end(e), x.target(e), x.depth(e), x.lasti(e))).as(at)
          .isEqualTo(List.of(y.start(e), y.end(e), y.target(e), y.depth(e), y.lasti(e)));
    }
    assertThat(a.consts.length).as(at).isEqualTo(b.consts.length);
    for (int i = 0; i < a.consts.length; i++) {
      assertSameConstant(a.consts[i], b.consts[i], at + "[" + i + "]");
    }
  }

  private static void assertSameConstant(Object a, Object b, String at) {
    if (b == null || b instanceof PySingleton) {
      assertThat(a).as(at).isSameAs(b);
      return;
    }
    assertThat(a).as(at).isNotNull();
    assertThat(a.getClass()).as(at).isEqualTo(b.getClass());
    switch (b) {
      case Double d -> assertThat(Double.doubleToRawLongBits((Double) a)).as(at)
          .isEqualTo(Double.doubleToRawLongBits(d));
      case PyComplex z -> assertThat(List.of(Double.doubleToRawLongBits(((PyComplex) a).real),
          Double.doubleToRawLongBits(((PyComplex) a).imag))).as(at)
          .isEqualTo(List.of(Double.doubleToRawLongBits(z.real),
              Double.doubleToRawLongBits(z.imag)));
      case PyBytes bytes -> assertThat(((PyBytes) a).data).as(at).containsExactly(bytes.data);
      case PyTuple t -> assertSameItems(((PyTuple) a).items, t.items, at);
      case PySet s -> {
        assertThat(((PySet) a).isFrozen()).as(at).isEqualTo(s.isFrozen());
        if (CodeObjectWriter.seedDependent(s.toArray())) { // the order is the process's own
          assertThat(((PySet) a).toArray()).as(at).containsExactlyInAnyOrder(s.toArray());
        } else {
          assertSameItems(((PySet) a).toArray(), s.toArray(), at);
        }
      }
      case CodeObject c -> assertSame((CodeObject) a, c, at);
      case String s -> assertThat(a).as(at).isEqualTo(s);
      case Long l -> assertThat(a).as(at).isEqualTo(l);
      case BigInteger big -> assertThat(a).as(at).isEqualTo(big);
      case Boolean bool -> assertThat(a).as(at).isEqualTo(bool);
      default -> throw new AssertionError(at + ": unexpected constant " + b.getClass());
    }
  }

  private static void assertSameItems(Object[] a, Object[] b, String at) {
    assertThat(a.length).as(at).isEqualTo(b.length);
    for (int i = 0; i < a.length; i++) {
      assertSameConstant(a[i], b[i], at + "." + i);
    }
  }
}
