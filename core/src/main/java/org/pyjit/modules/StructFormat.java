package org.pyjit.modules;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed struct format ({@code "<2hI"}): its codes with their offsets, the packed size and
 * the number of values, for x86-64 Linux's native sizes and alignment ({@code @}) or the
 * standard sizes without alignment ({@code = < > !}). Parse errors are returned as the
 * message of struct.error, the caller raising it (this class knows no Python types).
 *
 * <p>Contract: {@link #size} is the exact length of every packed buffer and each code's
 * {@code offset + count * width} lies within it, so packing and unpacking stay in bounds.
 */
final class StructFormat {
  /** One run of one format letter: count repeats (or the length of s/p), at offset. */
  record Code(char letter, int count, int offset, int width) {}

  final String text;
  /** Bytes little-endian (native and '<' '=' on x86-64) or big-endian ('>' '!'). */
  final boolean little;
  final boolean nativeSizes;
  final int size;
  final int items;
  final Code[] codes;

  private StructFormat(String text, boolean little, boolean nativeSizes, int size, int items,
      Code[] codes) {
    this.text = text;
    this.little = little;
    this.nativeSizes = nativeSizes;
    this.size = size;
    this.items = items;
    this.codes = codes;
  }

  /** Thrown for a bad format, with struct.error's message. */
  static final class BadFormat extends Exception {
    BadFormat(String message) {
      super(message, null, false, false);
    }
  }

  /** The width of letter c in native or standard mode, or -1 when it is not a format. */
  static int width(char c, boolean nativeSizes) {
    return switch (c) {
      case 'x', 'c', 'b', 'B', '?', 's', 'p' -> 1;
      case 'h', 'H', 'e' -> 2;
      case 'i', 'I', 'f' -> 4;
      case 'l', 'L' -> nativeSizes ? 8 : 4;
      case 'q', 'Q', 'd' -> 8;
      case 'n', 'N', 'P' -> nativeSizes ? 8 : -1;
      default -> -1;
    };
  }

  static StructFormat parse(String text) throws BadFormat {
    if (text.indexOf('\0') >= 0) {
      throw new BadFormat("embedded null character");
    }
    int i = 0;
    int n = text.length();
    boolean little = true;
    boolean nativeSizes = true;
    if (n > 0) {
      switch (text.charAt(0)) {
        case '@' -> i = 1;
        case '=', '<' -> {
          nativeSizes = false;
          i = 1;
        }
        case '>', '!' -> {
          nativeSizes = false;
          little = false;
          i = 1;
        }
        default -> { }
      }
    }
    List<Code> codes = new ArrayList<>();
    long size = 0;
    long items = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
        continue;
      }
      long count = 1;
      if (c >= '0' && c <= '9') {
        count = 0;
        while (i < n && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
          count = count * 10 + (text.charAt(i) - '0');
          if (count > Integer.MAX_VALUE) {
            throw new BadFormat("total struct size too long");
          }
          i++;
        }
        if (i >= n) {
          throw new BadFormat("repeat count given without format specifier");
        }
        c = text.charAt(i);
      }
      i++;
      int w = width(c, nativeSizes);
      if (w < 0) {
        throw new BadFormat("bad char in struct format");
      }
      if (nativeSizes && w > 1 && c != 's' && c != 'p') {
        size = (size + w - 1) / w * w; // native alignment: a multiple of the item's size
      }
      int offset = (int) Math.min(size, Integer.MAX_VALUE);
      size += count * w;
      if (size > Integer.MAX_VALUE) {
        throw new BadFormat("total struct size too long");
      }
      if (c == 's' || c == 'p') {
        items++;
        codes.add(new Code(c, (int) count, offset, w));
      } else if (c != 'x') {
        items += count;
        if (count > 0) {
          codes.add(new Code(c, (int) count, offset, w));
        }
      }
    }
    return new StructFormat(text, little, nativeSizes, (int) size, (int) items,
        codes.toArray(new Code[0]));
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
  }
}
