package org.pyjit.modules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * StructFormat's sizes and offsets: native mode aligns each item to its own size (x86-64's
 * C layout), standard mode packs without gaps; every code lies within the size. The
 * reference layout is computed independently here from the letters' sizes.
 */
class StructFormatTest {
  private static final String LETTERS = "xcbB?hHiIlLqQnNefdspP";

  @Test
  void fixedCases() throws Exception {
    assertThat(StructFormat.parse("ci").size).isEqualTo(8);
    assertThat(StructFormat.parse("<ci").size).isEqualTo(5);
    assertThat(StructFormat.parse("b0q").size).isEqualTo(8);
    assertThat(StructFormat.parse("qb").size).isEqualTo(9);
    assertThat(StructFormat.parse("5s3p").items).isEqualTo(2);
    assertThat(StructFormat.parse("3x2h").items).isEqualTo(2);
    assertThat(StructFormat.parse(" 2h ").size).isEqualTo(4);
    assertThatThrownBy(() -> StructFormat.parse("2 h")).hasMessage("bad char in struct format");
    assertThatThrownBy(() -> StructFormat.parse("<n")).hasMessage("bad char in struct format");
    assertThatThrownBy(() -> StructFormat.parse("3"))
        .hasMessage("repeat count given without format specifier");
    assertThatThrownBy(() -> StructFormat.parse("i\0"))
        .hasMessage("embedded null character");
    assertThatThrownBy(() -> StructFormat.parse("99999999999i"))
        .hasMessage("total struct size too long");
  }

  @Test
  void seededRandomLayouts() throws Exception {
    Random r = new Random(7);
    for (int t = 0; t < 5000; t++) {
      boolean nativeMode = r.nextBoolean();
      StringBuilder fmt = new StringBuilder(nativeMode ? "@" : "<>=!".charAt(r.nextInt(4)) + "");
      int expected = 0;
      int items = 0;
      int parts = r.nextInt(8);
      for (int i = 0; i < parts; i++) {
        char c;
        int w;
        do {
          c = LETTERS.charAt(r.nextInt(LETTERS.length()));
          w = StructFormat.width(c, nativeMode);
        } while (w < 0);
        int count = r.nextInt(4);
        fmt.append(count == 1 && r.nextBoolean() ? "" : Integer.toString(count)).append(c);
        if (nativeMode && c != 's' && c != 'p' && expected % w != 0) {
          expected += w - expected % w;
        }
        expected += count * w;
        items += c == 's' || c == 'p' ? 1 : c == 'x' ? 0 : count;
      }
      StructFormat f = StructFormat.parse(fmt.toString());
      assertThat(f.size).as(fmt.toString()).isEqualTo(expected);
      assertThat(f.items).as(fmt.toString()).isEqualTo(items);
      for (StructFormat.Code c : f.codes) {
        assertThat(c.offset() + (long) c.count() * c.width()).isLessThanOrEqualTo(f.size);
        if (nativeMode && c.letter() != 's' && c.letter() != 'p') {
          assertThat(c.offset() % c.width()).isZero();
        }
      }
    }
  }
}
