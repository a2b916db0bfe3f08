package org.pyjit.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where the JDK's name table and CPython 3.13's disagree, CPython wins. (All names CPython
 * knows are checked against it in LiteralsDataTest's sample and were checked in full when
 * this was written.)
 */
class UnicodeNamesTest {
  @Test
  void acceptsWhatCPythonAccepts() {
    assertThat(UnicodeNames.lookup("LATIN SMALL LETTER A")).isEqualTo('a');
    assertThat(UnicodeNames.lookup("latin small letter a")).isEqualTo('a');
    assertThat(UnicodeNames.lookup("LINE FEED")).isEqualTo('\n'); // alias
    assertThat(UnicodeNames.lookup("nul")).isEqualTo(0); // alias, any case
    assertThat(UnicodeNames.lookup("HANGUL SYLLABLE GAG")).isEqualTo(0xAC01);
    assertThat(UnicodeNames.lookup("CJK UNIFIED IDEOGRAPH-04E00")).isEqualTo(0x4E00);
    assertThat(UnicodeNames.lookup("CJK UNIFIED IDEOGRAPH-2EE5D")).isEqualTo(0x2EE5D);
  }

  @Test
  void rejectsWhatOnlyTheJdkAccepts() {
    assertThat(UnicodeNames.lookup(" LATIN SMALL LETTER A")).isEqualTo(-1); // JDK strips
    assertThat(UnicodeNames.lookup("lat\u0131n small letter a")).isEqualTo(-1); // dotless i
    assertThat(UnicodeNames.lookup("NEXT LINE (NEL)")).isEqualTo(-1); // Unicode 1.0 name
    assertThat(UnicodeNames.lookup("BASIC LATIN 41")).isEqualTo(-1);
    assertThat(UnicodeNames.lookup("HANGUL SYLLABLES AC00")).isEqualTo(-1);
    assertThat(UnicodeNames.lookup("CJK UNIFIED IDEOGRAPHS 4E00")).isEqualTo(-1);
    assertThat(UnicodeNames.lookup("PRIVATE USE AREA E000")).isEqualTo(-1);
    assertThat(UnicodeNames.lookup("hangul syllable ga")).isEqualTo(-1);
    assertThat(UnicodeNames.lookup("CJK UNIFIED IDEOGRAPH-4e00")).isEqualTo(-1);
    assertThat(UnicodeNames.lookup("CJK UNIFIED IDEOGRAPH-2EE5E")).isEqualTo(-1);
  }
}
