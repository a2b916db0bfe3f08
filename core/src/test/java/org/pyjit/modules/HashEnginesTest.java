package org.pyjit.modules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/**
 * The digests and codecs written for pyjit against references outside pyjit: BLAKE2b/2s
 * against RFC 7693's appendix vectors, SHAKE against FIPS 202's published empty-message
 * outputs, incremental updates and copies against one-shot digests (seeded random splits),
 * base64 and CRC-32 against the JDK's java.util.Base64 and java.util.zip.CRC32.
 */
class HashEnginesTest {
  private static final HexFormat HEX = HexFormat.of();

  private static HashEngines.Blake2Params params(int size) {
    return new HashEngines.Blake2Params(size, new byte[0], new byte[0], new byte[0], 1, 1, 0,
        0, 0, 0, false);
  }

  private static String digest(HashEngines.Engine e, byte[] data, int length) {
    e.update(data, 0, data.length);
    return HEX.formatHex(e.digest(length));
  }

  @Test
  void blake2MatchesRfc7693() {
    byte[] abc = "abc".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    assertThat(digest(new HashEngines.Blake2(true, params(64)), abc, 0)).isEqualTo(
        "ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d1"
            + "7d87c5392aab792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
    assertThat(digest(new HashEngines.Blake2(false, params(32)), abc, 0)).isEqualTo(
        "508c5e8c327c14e2e1a72ba34eeb452f37458b209ed63a294d999b4c86675982");
  }

  @Test
  void shakeMatchesFips202() {
    assertThat(digest(new HashEngines.Shake(168), new byte[0], 16))
        .isEqualTo("7f9c2ba4e88f827d616045507605853e");
    assertThat(digest(new HashEngines.Shake(136), new byte[0], 32))
        .isEqualTo("46b9dd2b0ba88d13233b3feb743eeb243fcd52ea62b81b82b50c27646ed5762f");
  }

  @Test
  void incrementalUpdatesAndCopiesGiveTheOneShotDigest() {
    Random r = new Random(7);
    for (int round = 0; round < 200; round++) {
      byte[] data = new byte[r.nextInt(600)];
      r.nextBytes(data);
      for (int kind = 0; kind < 3; kind++) {
        HashEngines.Engine whole = fresh(kind);
        whole.update(data, 0, data.length);
        HashEngines.Engine parts = fresh(kind);
        int at = 0;
        HashEngines.Engine snapshot = null;
        while (at < data.length) {
          int n = Math.min(data.length - at, 1 + r.nextInt(150));
          parts.update(data, at, n);
          at += n;
          if (snapshot == null && r.nextBoolean()) {
            snapshot = parts.copy();
            snapshot.update(data, at, data.length - at);
          }
        }
        assertThat(parts.digest(40)).isEqualTo(whole.digest(40));
        if (snapshot != null) {
          assertThat(snapshot.digest(40)).isEqualTo(whole.digest(40));
        }
      }
    }
  }

  private static HashEngines.Engine fresh(int kind) {
    return switch (kind) {
      case 0 -> new HashEngines.Blake2(true, params(64));
      case 1 -> new HashEngines.Blake2(false, params(32));
      default -> new HashEngines.Shake(168);
    };
  }

  @Test
  void base64AndCrc32AgreeWithTheJdk() {
    Random r = new Random(11);
    for (int round = 0; round < 500; round++) {
      byte[] data = new byte[r.nextInt(100)];
      r.nextBytes(data);
      byte[] enc = BinasciiModule.encode64(data, false);
      assertThat(enc).isEqualTo(java.util.Base64.getEncoder().encode(data));
      CRC32 crc = new CRC32();
      crc.update(data);
      assertThat(BinasciiModule.crc32(data, 0)).isEqualTo(crc.getValue());
      int cut = data.length == 0 ? 0 : r.nextInt(data.length);
      long first = BinasciiModule.crc32(java.util.Arrays.copyOf(data, cut), 0);
      assertThat(BinasciiModule.crc32(java.util.Arrays.copyOfRange(data, cut, data.length),
          first)).isEqualTo(crc.getValue());
    }
  }
}
