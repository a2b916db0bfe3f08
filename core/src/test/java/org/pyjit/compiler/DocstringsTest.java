package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Docstring cleaning; the expected values are what CPython 3.13 stores as __doc__. */
class DocstringsTest {
  @Test
  void removesTheCommonIndentationOfLinesAfterTheFirst() {
    assertThat(Docstrings.clean("Function doc.\n\n    More lines here.\n    "))
        .isEqualTo("Function doc.\n\nMore lines here.\n");
    assertThat(Docstrings.clean("\n    z\n    ")).isEqualTo("\nz\n");
  }

  @Test
  void stripsTheFirstLineAndBlankLinesButKeepsTrailingSpaces() {
    assertThat(Docstrings.clean("  first  \n      x\n    y\n  \n\ttab\n    "))
        .isEqualTo("first  \n  x\ny\n\n    tab\n");
    assertThat(Docstrings.clean("   k\n        m  ")).isEqualTo("k\nm  ");
  }

  @Test
  void leavesSingleLinesAndUnindentedTextAlone() {
    assertThat(Docstrings.clean("one")).isEqualTo("one");
    assertThat(Docstrings.clean("")).isEmpty();
    assertThat(Docstrings.clean("a\nb")).isEqualTo("a\nb");
  }
}
