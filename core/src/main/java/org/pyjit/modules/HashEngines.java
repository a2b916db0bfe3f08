package org.pyjit.modules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The message digests behind hashlib: the JDK's MessageDigest for MD5, SHA-1, SHA-2 and
 * SHA-3; our own Keccak sponge for SHAKE128/256 (the JDK has no public extendable-output
 * digest) and our own BLAKE2b/BLAKE2s (RFC 7693, with the key, salt, personalization and
 * tree parameters CPython's _blake2 takes; the JDK has none). Every engine can be copied
 * (hash.copy()) and finished without losing its state (digest() may be called again).
 */
final class HashEngines {
  private HashEngines() {}

  /** A running digest. */
  interface Engine {
    void update(byte[] data, int off, int len);

    /** The digest of everything so far; {@code length} only for the extendable outputs. */
    byte[] digest(int length);

    Engine copy();
  }

  /** A JDK MessageDigest by its standard name (MD5, SHA-256, SHA3-256...), or null. */
  static Engine jdk(String algorithm) {
    try {
      return new Jdk(MessageDigest.getInstance(algorithm));
    } catch (NoSuchAlgorithmException e) {
      return null;
    }
  }

  private record Jdk(MessageDigest md) implements Engine {
    @Override
    public void update(byte[] data, int off, int len) {
      md.update(data, off, len);
    }

    @Override
    public byte[] digest(int length) {
      return ((Jdk) copy()).md.digest();
    }

    @Override
    public Engine copy() {
      try {
        return new Jdk((MessageDigest) md.clone());
      } catch (CloneNotSupportedException e) {
        throw new IllegalStateException("MessageDigest " + md.getAlgorithm()
            + " cannot be cloned", e);
      }
    }
  }

  // ------------------------------------------------------------------ Keccak (SHAKE)

  private static final long[] ROUND_CONSTANTS = {
      0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
      0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
      0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
      0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
      0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
      0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
  };
  private static final int[] ROTATIONS = {
      0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61,
      56, 14,
  };

  /** Keccak-f[1600] on 25 lanes, lane (x, y) at index x + 5y. */
  static void keccakF(long[] a) {
    long[] c = new long[5];
    long[] b = new long[25];
    for (int round = 0; round < 24; round++) {
      for (int x = 0; x < 5; x++) {
        c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
      }
      for (int x = 0; x < 5; x++) {
        long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
        for (int y = 0; y < 25; y += 5) {
          a[x + y] ^= d;
        }
      }
      for (int x = 0; x < 5; x++) {
        for (int y = 0; y < 5; y++) {
          int from = x + 5 * y;
          int to = y + 5 * ((2 * x + 3 * y) % 5);
          b[to] = Long.rotateLeft(a[from], ROTATIONS[from]);
        }
      }
      for (int y = 0; y < 25; y += 5) {
        for (int x = 0; x < 5; x++) {
          a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
        }
      }
      a[0] ^= ROUND_CONSTANTS[round];
    }
  }

  /** SHAKE128 (rate 168) or SHAKE256 (rate 136): domain suffix 0x1F, any output length. */
  static final class Shake implements Engine {
    private final int rate;
    private long[] state = new long[25];
    private byte[] block;
    private int filled;

    Shake(int rate) {
      this.rate = rate;
      this.block = new byte[rate];
    }

    @Override
    public void update(byte[] data, int off, int len) {
      for (int i = 0; i < len; i++) {
        block[filled++] = data[off + i];
        if (filled == rate) {
          absorb(state, block);
          filled = 0;
        }
      }
    }

    private void absorb(long[] s, byte[] b) {
      for (int i = 0; i < rate / 8; i++) {
        long lane = 0;
        for (int k = 7; k >= 0; k--) {
          lane = lane << 8 | (b[8 * i + k] & 0xffL);
        }
        s[i] ^= lane;
      }
      keccakF(s);
    }

    @Override
    public byte[] digest(int length) {
      long[] s = state.clone();
      byte[] last = java.util.Arrays.copyOf(block, rate);
      java.util.Arrays.fill(last, filled, rate, (byte) 0);
      last[filled] ^= 0x1F;
      last[rate - 1] ^= (byte) 0x80;
      absorb(s, last);
      byte[] out = new byte[length];
      int done = 0;
      while (true) {
        for (int i = 0; i < rate && done < length; i++) {
          out[done++] = (byte) (s[i / 8] >>> (8 * (i % 8)));
        }
        if (done == length) {
          return out;
        }
        keccakF(s);
      }
    }

    @Override
    public Engine copy() {
      Shake c = new Shake(rate);
      c.state = state.clone();
      c.block = block.clone();
      c.filled = filled;
      return c;
    }
  }

  // ------------------------------------------------------------------ BLAKE2

  private static final long[] IV64 = {
      0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
      0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
  };
  private static final int[] IV32 = {
      0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
      0x5be0cd19,
  };
  private static final int[][] SIGMA = {
      {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
      {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
      {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
      {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
      {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
      {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
      {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
      {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
      {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
      {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
  };

  /** BLAKE2's parameters (RFC 7693 section 2.5 and the BLAKE2 paper's tree fields). */
  record Blake2Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout,
      int depth, long leafSize, long nodeOffset, int nodeDepth, int innerSize,
      boolean lastNode) {}

  /** BLAKE2b (wide: 64-bit words, 128-byte blocks) or BLAKE2s (32-bit words, 64-byte). */
  static final class Blake2 implements Engine {
    private final boolean wide;
    private final int blockSize;
    private final int digestSize;
    private final boolean lastNode;
    private long[] h = new long[8];
    private long counterLow;
    private long counterHigh;
    private byte[] buffer;
    private int filled;

    Blake2(boolean wide, Blake2Params p) {
      this.wide = wide;
      this.blockSize = wide ? 128 : 64;
      this.digestSize = p.digestSize();
      this.lastNode = p.lastNode();
      this.buffer = new byte[blockSize];
      byte[] param = new byte[wide ? 64 : 32];
      param[0] = (byte) p.digestSize();
      param[1] = (byte) p.key().length;
      param[2] = (byte) p.fanout();
      param[3] = (byte) p.depth();
      putLe(param, 4, p.leafSize(), 4);
      if (wide) {
        putLe(param, 8, p.nodeOffset(), 8);
        param[16] = (byte) p.nodeDepth();
        param[17] = (byte) p.innerSize();
        System.arraycopy(p.salt(), 0, param, 32, p.salt().length);
        System.arraycopy(p.person(), 0, param, 48, p.person().length);
      } else {
        putLe(param, 8, p.nodeOffset(), 6);
        param[14] = (byte) p.nodeDepth();
        param[15] = (byte) p.innerSize();
        System.arraycopy(p.salt(), 0, param, 16, p.salt().length);
        System.arraycopy(p.person(), 0, param, 24, p.person().length);
      }
      for (int i = 0; i < 8; i++) {
        h[i] = wide ? IV64[i] ^ getLe(param, 8 * i, 8)
            : (IV32[i] ^ getLe(param, 4 * i, 4)) & 0xffffffffL;
      }
      if (p.key().length > 0) {
        byte[] block = new byte[blockSize];
        System.arraycopy(p.key(), 0, block, 0, p.key().length);
        update(block, 0, blockSize);
      }
    }

    private Blake2(Blake2 o) {
      wide = o.wide;
      blockSize = o.blockSize;
      digestSize = o.digestSize;
      lastNode = o.lastNode;
      h = o.h.clone();
      counterLow = o.counterLow;
      counterHigh = o.counterHigh;
      buffer = o.buffer.clone();
      filled = o.filled;
    }

    private static void putLe(byte[] b, int at, long v, int n) {
      for (int i = 0; i < n; i++) {
        b[at + i] = (byte) (v >>> (8 * i));
      }
    }

    private static long getLe(byte[] b, int at, int n) {
      long v = 0;
      for (int i = n - 1; i >= 0; i--) {
        v = v << 8 | (b[at + i] & 0xffL);
      }
      return v;
    }

    @Override
    public void update(byte[] data, int off, int len) {
      // a full buffer is compressed only when more data follows: the last block is
      // compressed by digest() with the final flag
      for (int i = 0; i < len; i++) {
        if (filled == blockSize) {
          count(blockSize);
          compress(h, buffer, false);
          filled = 0;
        }
        buffer[filled++] = data[off + i];
      }
    }

    private void count(int n) {
      if (wide) {
        long before = counterLow;
        counterLow += n;
        if (Long.compareUnsigned(counterLow, before) < 0) {
          counterHigh++;
        }
      } else {
        counterLow += n; // 64 bits of BLAKE2s's two 32-bit counter words
      }
    }

    private void compress(long[] state, byte[] block, boolean last) {
      if (wide) {
        compress64(state, block, last);
      } else {
        compress32(state, block, last);
      }
    }

    private void compress64(long[] state, byte[] block, boolean last) {
      long[] m = new long[16];
      for (int i = 0; i < 16; i++) {
        m[i] = getLe(block, 8 * i, 8);
      }
      long[] v = new long[16];
      System.arraycopy(state, 0, v, 0, 8);
      System.arraycopy(IV64, 0, v, 8, 8);
      v[12] ^= counterLow;
      v[13] ^= counterHigh;
      if (last) {
        v[14] = ~v[14];
        if (lastNode) {
          v[15] = ~v[15];
        }
      }
      for (int r = 0; r < 12; r++) {
        int[] s = SIGMA[r % 10];
        g64(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
        g64(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
        g64(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
        g64(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
        g64(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
        g64(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
        g64(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
        g64(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
      }
      for (int i = 0; i < 8; i++) {
        state[i] ^= v[i] ^ v[i + 8];
      }
    }

    private static void g64(long[] v, int a, int b, int c, int d, long x, long y) {
      v[a] = v[a] + v[b] + x;
      v[d] = Long.rotateRight(v[d] ^ v[a], 32);
      v[c] = v[c] + v[d];
      v[b] = Long.rotateRight(v[b] ^ v[c], 24);
      v[a] = v[a] + v[b] + y;
      v[d] = Long.rotateRight(v[d] ^ v[a], 16);
      v[c] = v[c] + v[d];
      v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }

    private void compress32(long[] state, byte[] block, boolean last) {
      int[] m = new int[16];
      for (int i = 0; i < 16; i++) {
        m[i] = (int) getLe(block, 4 * i, 4);
      }
      int[] v = new int[16];
      for (int i = 0; i < 8; i++) {
        v[i] = (int) state[i];
      }
      System.arraycopy(IV32, 0, v, 8, 8);
      v[12] ^= (int) counterLow;
      v[13] ^= (int) (counterLow >>> 32);
      if (last) {
        v[14] = ~v[14];
        if (lastNode) {
          v[15] = ~v[15];
        }
      }
      for (int r = 0; r < 10; r++) {
        int[] s = SIGMA[r];
        g32(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
        g32(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
        g32(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
        g32(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
        g32(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
        g32(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
        g32(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
        g32(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
      }
      for (int i = 0; i < 8; i++) {
        state[i] = (state[i] ^ (v[i] ^ v[i + 8])) & 0xffffffffL;
      }
    }

    private static void g32(int[] v, int a, int b, int c, int d, int x, int y) {
      v[a] = v[a] + v[b] + x;
      v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
      v[c] = v[c] + v[d];
      v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
      v[a] = v[a] + v[b] + y;
      v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
      v[c] = v[c] + v[d];
      v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }

    @Override
    public byte[] digest(int length) {
      Blake2 f = new Blake2(this);
      f.count(f.filled);
      java.util.Arrays.fill(f.buffer, f.filled, blockSize, (byte) 0);
      f.compress(f.h, f.buffer, true);
      byte[] out = new byte[digestSize];
      int word = wide ? 8 : 4;
      for (int i = 0; i < digestSize; i++) {
        out[i] = (byte) (f.h[i / word] >>> (8 * (i % word)));
      }
      return out;
    }

    @Override
    public Engine copy() {
      return new Blake2(this);
    }
  }
}
