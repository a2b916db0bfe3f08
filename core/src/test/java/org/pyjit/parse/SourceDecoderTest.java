package org.pyjit.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Checks SourceDecoder against what CPython 3.13 did with the same files
 * (resources/source-decoder/*.tsv, made by regen.py there by really running them).
 */
class SourceDecoderTest {
  /**
   * Cases where pyjit knowingly differs (see SourceDecoder's class comment): CPython only
   * complains about bad UTF-8 after a BOM or a utf-8 declaration when it decodes a string
   * literal; here the decoder lets the bytes through as lone surrogates for the tokenizer.
   */
  private static final Map<String, String> DEVIATIONS = Map.of(
      "bom with bad byte in string", "s = 'caf\udce9'",
      "utf-8 declared bad byte in string", "s = 'caf\udce9'");

  /** Codecs CPython has that pyjit does not decode source with (they count as unknown). */
  private static final Set<String> UNSUPPORTED = Set.of("utf-16", "utf-32", "iso8859-10",
      "mac-cyrillic", "mac-greek", "mac-iceland", "mac-turkish", "tis-620", "cp950");

  @TestFactory
  Stream<DynamicTest> filesDecodeAsInCPython() throws IOException {
    return lines("files.tsv").stream().map(f -> DynamicTest.dynamicTest(f[0], () -> {
      byte[] bytes = HexFormat.of().parseHex(f[1]);
      if (DEVIATIONS.containsKey(f[0])) {
        assertThat(SourceDecoder.decode(bytes, "case.py")).contains(DEVIATIONS.get(f[0]));
        return;
      }
      if (f[2].equals("ok")) {
        String text = SourceDecoder.decode(bytes, "case.py");
        String expected = f.length > 3 ? f[3] : "";
        assertThat(expected.isEmpty() ? "" : pyAscii(stringS(text))).isEqualTo(expected);
        return;
      }
      try {
        SourceDecoder.decode(bytes, "case.py");
        fail("expected a SyntaxError: " + f[4]);
      } catch (SyntaxErrorException e) {
        assertThat(e.kind().pyName).isEqualTo(f[3]);
        assertThat(e.msg()).isEqualTo(SyntaxErrorFormatTest.str(f[4]));
        assertThat(e.filename()).isEqualTo(SyntaxErrorFormatTest.str(f[5]));
        assertThat(e.lineno()).isEqualTo(num(f[6], -1));
        assertThat(e.offset()).isEqualTo(num(f[7], 0));
        assertThat(e.endLineno()).isEqualTo(num(f[8], -1));
        assertThat(e.endOffset()).isEqualTo(num(f[9], 0));
        assertThat(e.text()).isEqualTo(SyntaxErrorFormatTest.str(f[10]));
      }
    }));
  }

  @TestFactory
  Stream<DynamicTest> codecNamesResolveAsInCPython() throws IOException {
    return lines("codecs.tsv").stream().map(f -> DynamicTest.dynamicTest(f[0], () -> {
      String expected = f[1].equals("-") || UNSUPPORTED.contains(f[1]) ? null : f[1];
      assertThat(SourceDecoder.pythonCodec(f[0])).isEqualTo(expected);
      assertThat(SourceDecoder.lookupCodec(f[0]) != null).isEqualTo(expected != null);
    }));
  }

  @Test
  void everyAliasIsCheckedAgainstCPython() throws IOException {
    Set<String> checked = new HashSet<>();
    for (String[] f : lines("codecs.tsv")) {
      checked.add(SourceDecoder.pythonNormalize(f[0]));
    }
    Set<String> missing = new HashSet<>();
    for (String alias : aliases()) {
      if (!checked.contains(alias)) {
        missing.add(alias);
      }
    }
    assertThat(missing).as("aliases to add to CODEC_NAMES in regen.py").isEmpty();
  }

  @TestFactory
  Stream<DynamicTest> singleByteTablesMatch() throws IOException {
    return lines("tables.tsv").stream().filter(f -> !UNSUPPORTED.contains(f[0]))
        .map(f -> DynamicTest.dynamicTest(f[0], () -> {
          Charset cs = SourceDecoder.lookupCodec(f[0]);
          assertThat(cs).isNotNull();
          List<String> diffs = new ArrayList<>();
          for (int b = 0; b < 256; b++) {
            int expected = Integer.parseInt(f[b + 1]);
            String got = decodeStrict(cs, new byte[] {(byte) b});
            int actual = got == null ? -1 : got.codePointAt(0);
            if (actual != expected) {
              diffs.add(String.format("%02x: python %d, java %d", b, expected, actual));
            }
          }
          assertThat(diffs).isEmpty();
        }));
  }

  @TestFactory
  Stream<DynamicTest> multiByteSamplesMatch() throws IOException {
    return lines("samples.tsv").stream().filter(f -> !UNSUPPORTED.contains(f[0])).map(f -> DynamicTest.dynamicTest(f[0], () -> {
      Charset cs = SourceDecoder.lookupCodec(f[0]);
      assertThat(cs).isNotNull();
      String expected = new String(HexFormat.of().parseHex(f[2]), StandardCharsets.UTF_8);
      assertThat(decodeStrict(cs, HexFormat.of().parseHex(f[1]))).isEqualTo(expected);
    }));
  }

  @Test
  void normalNameFollowsTheTokenizer() {
    assertThat(SourceDecoder.normalName("UTF_8")).isEqualTo("utf-8");
    assertThat(SourceDecoder.normalName("utf-8-whatever-long")).isEqualTo("utf-8");
    assertThat(SourceDecoder.normalName("utf8")).isEqualTo("utf8");
    assertThat(SourceDecoder.normalName("Latin_1")).isEqualTo("iso-8859-1");
    assertThat(SourceDecoder.normalName("iso-latin-1-x")).isEqualTo("iso-8859-1");
    assertThat(SourceDecoder.normalName("latin1")).isEqualTo("latin1");
  }

  @Test
  void unknownEncodingIsReportedWithoutLocation() {
    assertThatThrownBy(() -> SourceDecoder.decode(
        "# coding: xyz\n".getBytes(StandardCharsets.US_ASCII), "a.py"))
        .isInstanceOfSatisfying(SyntaxErrorException.class,
            e -> assertThat(e.format()).isEqualTo("SyntaxError: encoding problem: xyz\n"));
  }

  private static String decodeStrict(Charset cs, byte[] bytes) {
    CharsetDecoder dec = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return dec.decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Set<String> aliases() {
    try {
      var field = Class.forName("org.pyjit.parse.SourceDecoder$Codecs")
          .getDeclaredField("ALIASES");
      field.setAccessible(true);
      return ((Map<String, String>) field.get(null)).keySet();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The value of the test program's {@code s = '...'} line (no escapes are used there). */
  private static String stringS(String source) {
    for (String line : source.split("\r\n|\r|\n")) {
      if (line.startsWith("s = ")) {
        char q = line.charAt(4);
        return line.substring(5, line.indexOf(q, 5));
      }
    }
    throw new AssertionError("no s = line in " + source);
  }

  /** Python's ascii() of a str without quotes or backslashes in it. */
  private static String pyAscii(String s) {
    StringBuilder sb = new StringBuilder("'");
    s.codePoints().forEach(c -> {
      if (c >= 0x20 && c < 0x7f) {
        sb.append((char) c);
      } else if (c < 0x100) {
        sb.append(String.format("\\x%02x", c));
      } else if (c < 0x10000) {
        sb.append(String.format("\\u%04x", c));
      } else {
        sb.append(String.format("\\U%08x", c));
      }
    });
    return sb.append('\'').toString();
  }

  private static int num(String field, int none) {
    return field.equals("\\N") ? none : Integer.parseInt(field);
  }

  private static List<String[]> lines(String name) throws IOException {
    List<String[]> out = new ArrayList<>();
    try (InputStream in = SourceDecoderTest.class.getResourceAsStream("/source-decoder/" + name)) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (!line.isEmpty()) {
          out.add(line.split("\t", -1));
        }
      }
    }
    return out;
  }
}
