package org.pyjit.runtime.collect;

/**
 * The hash table of a Python dict: insertion-ordered, compact, and the one the interpreter
 * uses for every dict, instance __dict__, globals and keyword-argument mapping, so lookups
 * are kept short and allocation-free.
 *
 * <p>Layout (CPython's since 3.6): a power-of-two {@code index} of entry numbers (or EMPTY /
 * DUMMY) probed with the same perturbation scheme as CPython's dict, and the entries in
 * insertion order in parallel arrays: {@code kv} holds key and value side by side (one cache
 * line for both), {@code hashes} the unboxed 64-bit hashes. A deleted entry leaves a hole
 * (null key) and a DUMMY in the index; holes go away only when the table is rebuilt. Only the
 * order is observable from Python, and it is insertion order: a new key goes at the end, an
 * existing key keeps its place and its original key object (d[1.0] = x on a dict holding 1
 * keeps the key 1), a deleted and re-added key goes to the end, popitem() takes the last.
 * The sizing rules (8 index slots at first, 2/3 of the index usable for entries, rebuild to
 * the smallest power of two holding 3 * len when the usable entries run out, popitem() not
 * giving its entry back) are CPython's too, so that entry positions, which decide what an
 * iterator sees when the loop body deletes and re-adds keys, match CPython's for dicts that
 * CPython does not split (it shares the keys of instance dicts; pyjit does not).
 *
 * <p>Keys and values are never null; null means "absent" in this API. Two String keys, or two
 * Long keys, are compared here without {@link KeyOps#eq}, which is where a lookup of a str key
 * ends almost always: same object, or hash and String.equals. An eq that mutates this dict
 * makes the lookup in progress start over (CPython's rule); writes happen only after the
 * lookup, with no Python code between, so the table stays consistent whatever eq does. Not
 * thread-safe: the interpreter serializes access.
 */
public final class PyDictTable {
  private static final int EMPTY = -1;
  private static final int DUMMY = -2;
  private static final int MINSIZE = 8;
  private static final int MAX_SIZE = 1 << 30;
  private static final int PERTURB_SHIFT = 5;
  /** The index of every empty dict until its first insertion: never written. */
  private static final int[] NO_INDEX = {EMPTY};
  private static final Object[] NO_KV = {};
  private static final long[] NO_HASHES = {};

  private final KeyOps ops;
  private int[] index;
  /** Key of entry i at 2i, its value at 2i + 1; a null key is a deleted entry. */
  private Object[] kv;
  private long[] hashes;
  /** Live entries: len(d). */
  private int used;
  /** Entries handed out, holes included: where the next new key goes. */
  private int nentries;
  /** New entries allowed before a rebuild (CPython's dk_usable; popitem leaves it alone). */
  private int usable;
  /** The index slot the last successful lookup found its entry in. */
  private int lastSlot;
  /**
   * Changes whenever an entry is added or removed or the entries move (not when a value is
   * replaced): while it holds, an entry number found earlier still holds the same key, which
   * is what the interpreter's inline caches for globals and module attributes rely on.
   */
  private int layoutVersion;
  /**
   * Bit {@code hash & 63} of each key inserted since the table was last emptied (deleted keys
   * keep theirs): a clear bit proves a key absent without probing ({@link #lacks}), which is
   * what a method call on an instance checks of its dict at every call.
   */
  private long keyBits;

  public PyDictTable(KeyOps ops) {
    this.ops = ops;
    setEmpty();
  }

  /** A dict expected to receive {@code expected} keys without a rebuild (_PyDict_NewPresized). */
  public PyDictTable(KeyOps ops, int expected) {
    this.ops = ops;
    setEmpty();
    if (expected > 0) {
      rebuild(estimateSize(expected));
    }
  }

  private void setEmpty() {
    layoutVersion++;
    keyBits = 0;
    index = NO_INDEX;
    kv = NO_KV;
    hashes = NO_HASHES;
    used = 0;
    nentries = 0;
    usable = 0;
  }

  public KeyOps ops() {
    return ops;
  }

  public int size() {
    return used;
  }

  public boolean isEmpty() {
    return used == 0;
  }

  // ------------------------------------------------------------------ lookups

  /** d.get(key): the value, or null when absent. */
  public Object get(Object key) {
    if (used == 0) {
      ops.hash(key); // an unhashable key is an error even in an empty dict
      return null;
    }
    int ix = lookup(key, ops.hash(key));
    return ix < 0 ? null : kv[2 * ix + 1];
  }

  /** get with the key's hash already known (it must be ops.hash(key)): lets callers cache it. */
  public Object get(Object key, long hash) {
    int ix = lookup(key, hash);
    return ix < 0 ? null : kv[2 * ix + 1];
  }

  public boolean containsKey(Object key) {
    long h = ops.hash(key); // unhashable keys fail even in an empty dict
    return used != 0 && lookup(key, h) >= 0;
  }

  public boolean containsKey(Object key, long hash) {
    return lookup(key, hash) >= 0;
  }

  /**
   * The entry number holding a key equal to {@code key}, or -1; valid until the next
   * mutation, for read-modify-write with {@link #valueAt} and {@link #setValueAt}.
   */
  public int find(Object key, long hash) {
    return lookup(key, hash);
  }

  /** Whether {@code key} (of hash {@code hash}) is absent: most often without a probe. */
  public boolean lacks(Object key, long hash) {
    return (keyBits & 1L << hash) == 0 || lookup(key, hash) < 0;
  }

  private int lookup(Object key, long hash) {
    restart:
    for (;;) {
      int[] idx = index;
      Object[] entries = kv;
      long[] hs = hashes;
      int mask = idx.length - 1;
      int i = (int) hash & mask;
      long perturb = hash;
      for (;;) {
        int ix = idx[i];
        if (ix == EMPTY) {
          return -1;
        }
        if (ix >= 0) {
          Object k = entries[2 * ix];
          if (k == key) {
            lastSlot = i;
            return ix;
          }
          if (hs[ix] == hash && k != null) {
            if (k instanceof String && key instanceof String) {
              if (k.equals(key)) {
                lastSlot = i;
                return ix;
              }
            } else if (k instanceof Long a && key instanceof Long b) {
              if (a.longValue() == b.longValue()) {
                lastSlot = i;
                return ix;
              }
            } else {
              boolean eq = ops.eq(k, key);
              if (entries != kv || entries[2 * ix] != k) {
                continue restart;
              }
              if (eq) {
                lastSlot = i;
                return ix;
              }
            }
          }
        }
        perturb >>>= PERTURB_SHIFT;
        i = (int) ((i * 5L + perturb + 1) & mask);
      }
    }
  }

  // ------------------------------------------------------------------ updates

  /** d[key] = value; returns the previous value, or null if the key is new. */
  public Object put(Object key, Object value) {
    return put(key, ops.hash(key), value);
  }

  public Object put(Object key, long hash, Object value) {
    int ix = lookup(key, hash);
    if (ix >= 0) {
      Object old = kv[2 * ix + 1];
      kv[2 * ix + 1] = value;
      return old;
    }
    insertNew(key, hash, value);
    return null;
  }

  /** d.setdefault(key, value): the value already there, else {@code value}, now inserted. */
  public Object setdefault(Object key, Object value) {
    return setdefault(key, ops.hash(key), value);
  }

  public Object setdefault(Object key, long hash, Object value) {
    int ix = lookup(key, hash);
    if (ix >= 0) {
      return kv[2 * ix + 1];
    }
    insertNew(key, hash, value);
    return value;
  }

  private void insertNew(Object key, long hash, Object value) {
    if (value == null || key == null) {
      throw new NullPointerException("dict keys and values are never null");
    }
    if (usable <= 0) {
      rebuild(sizeFor(used * 3L));
    }
    int n = nentries;
    int[] idx = index;
    int mask = idx.length - 1;
    int i = (int) hash & mask;
    long perturb = hash;
    while (idx[i] >= 0) {
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
    idx[i] = n;
    kv[2 * n] = key;
    kv[2 * n + 1] = value;
    hashes[n] = hash;
    keyBits |= 1L << hash; // the shift takes hash & 63
    layoutVersion++;
    nentries = n + 1;
    usable--;
    used++;
  }

  /** del d[key], d.pop(key): the removed value, or null when the key is absent. */
  public Object remove(Object key) {
    if (used == 0) {
      return null;
    }
    return remove(key, ops.hash(key));
  }

  public Object remove(Object key, long hash) {
    int ix = lookup(key, hash);
    if (ix < 0) {
      return null;
    }
    Object old = kv[2 * ix + 1];
    deleteEntry(ix, lastSlot);
    return old;
  }

  private void deleteEntry(int ix, int slot) {
    layoutVersion++;
    index[slot] = DUMMY;
    kv[2 * ix] = null;
    kv[2 * ix + 1] = null;
    used--;
  }

  /**
   * d.popitem(): {key, value} of the last entry, now removed, or null when the dict is empty
   * (the interpreter raises KeyError('popitem(): dictionary is empty')).
   */
  public Object[] popitem() {
    if (used == 0) {
      return null;
    }
    int i = nentries - 1;
    while (kv[2 * i] == null) {
      i--;
    }
    Object key = kv[2 * i];
    Object value = kv[2 * i + 1];
    deleteEntry(i, slotOf(i, hashes[i]));
    nentries = i;
    return new Object[] {key, value};
  }

  /** The index slot that points at entry {@code ix}: its hash's probe sequence reaches it. */
  private int slotOf(int ix, long hash) {
    int[] idx = index;
    int mask = idx.length - 1;
    int i = (int) hash & mask;
    long perturb = hash;
    while (idx[i] != ix) {
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + perturb + 1) & mask);
    }
    return i;
  }

  /** d.clear(). */
  public void clear() {
    setEmpty();
  }

  /**
   * d.update(other) and d |= other for a dict (CPython's dict_merge with override): an empty
   * dict takes a copy of a compact other's layout, otherwise one rebuild up front if other
   * cannot fit, then other's entries in order with their stored hashes; an existing key keeps
   * its place and key object and gets other's value.
   */
  public void update(PyDictTable other) {
    if (other == this || other.used == 0) {
      return;
    }
    if (used == 0 && other.used == other.nentries
        && (other.index.length == MINSIZE || usableFraction(other.index.length / 2) < other.used)) {
      cloneFrom(other);
      return;
    }
    if (usableFraction(index.length) < other.used) {
      rebuild(estimateSize(used + (long) other.used));
    }
    int size = other.used;
    for (int i = 0; i < other.nentries; i++) {
      Object k = other.kv[2 * i];
      if (k != null) {
        put(k, other.hashes[i], other.kv[2 * i + 1]);
        if (other.used != size) {
          throw new ChangedDuringIteration(ChangedDuringIteration.DICT_UPDATE);
        }
      }
    }
  }

  /**
   * d.copy() and dict(d): the same layout when at most a third of the entries are holes (as
   * CPython's fast copy), else a compact rebuild; the order is d's either way.
   */
  public PyDictTable copy() {
    PyDictTable result = new PyDictTable(ops);
    if (used == 0) {
      return result;
    }
    if (used >= nentries * 2 / 3) {
      result.cloneFrom(this);
    } else {
      result.update(this);
    }
    return result;
  }

  private void cloneFrom(PyDictTable other) {
    layoutVersion++;
    keyBits = other.keyBits;
    index = other.index.clone();
    kv = other.kv.clone();
    hashes = other.hashes.clone();
    used = other.used;
    nentries = other.nentries;
    usable = other.usable;
  }

  /** Rebuilds the index at {@code size} slots with the live entries packed in order. */
  private void rebuild(int size) {
    layoutVersion++;
    int capacity = usableFraction(size);
    int[] idx = new int[size];
    java.util.Arrays.fill(idx, EMPTY);
    Object[] newKv = new Object[2 * capacity];
    long[] newHashes = new long[capacity];
    int mask = size - 1;
    int n = 0;
    Object[] oldKv = kv;
    long[] oldHashes = hashes;
    for (int j = 0; j < nentries; j++) {
      Object k = oldKv[2 * j];
      if (k == null) {
        continue;
      }
      long h = oldHashes[j];
      newKv[2 * n] = k;
      newKv[2 * n + 1] = oldKv[2 * j + 1];
      newHashes[n] = h;
      int i = (int) h & mask;
      long perturb = h;
      while (idx[i] != EMPTY) {
        perturb >>>= PERTURB_SHIFT;
        i = (int) ((i * 5L + perturb + 1) & mask);
      }
      idx[i] = n;
      n++;
    }
    index = idx;
    kv = newKv;
    hashes = newHashes;
    nentries = n;
    usable = capacity - n;
  }

  private static int usableFraction(int size) {
    return (size << 1) / 3;
  }

  /**
   * CPython 3.13's calculate_log2_keysize as it computes, not as its comment says ("the
   * smallest size >= min"): min is or-ed with 8 before rounding up, so 1..7 give 16, not 8,
   * and 16..23 give 32. The growth rule calls it with 3 * len, so a small dict emptied by
   * deletions and refilled grows to 16 slots, which shows in what a loop over it sees.
   */
  private static int sizeFor(long min) {
    if (min > MAX_SIZE) {
      throw new OutOfMemoryError("dict too large");
    }
    long m = ((min | MINSIZE) - 1) | (MINSIZE - 1);
    return 1 << (64 - Long.numberOfLeadingZeros(m));
  }

  /** The size whose usable part holds {@code n} entries (CPython's estimate_log2_keysize). */
  private static int estimateSize(long n) {
    return sizeFor((n * 3 + 1) / 2);
  }

  // ------------------------------------------------------------------ entries and iteration

  /** The first live entry at or after {@code pos}, or -1: iteration in insertion order. */
  public int nextEntry(int pos) {
    Object[] entries = kv;
    int n = nentries;
    for (int i = Math.max(pos, 0); i < n; i++) {
      if (entries[2 * i] != null) {
        return i;
      }
    }
    return -1;
  }

  /** The last live entry at or before {@code pos}, or -1: reversed(d). */
  public int prevEntry(int pos) {
    Object[] entries = kv;
    for (int i = Math.min(pos, nentries - 1); i >= 0; i--) {
      if (entries[2 * i] != null) {
        return i;
      }
    }
    return -1;
  }

  /** One past the last entry number in use: the start for {@link #prevEntry}. */
  public int entryLimit() {
    return nentries;
  }

  public Object keyAt(int entry) {
    return kv[2 * entry];
  }

  public Object valueAt(int entry) {
    return kv[2 * entry + 1];
  }

  public long hashAt(int entry) {
    return hashes[entry];
  }

  /** See {@link #layoutVersion}. */
  public int layoutVersion() {
    return layoutVersion;
  }

  /**
   * The value of entry {@code hint} if that entry is live and its key is the str
   * {@code key}, else null: a lookup without hashing for callers that remember where a key
   * was (instances of one class usually get their attributes in the same order).
   */
  public Object valueAtHint(int hint, String key) {
    return hint >= 0 && hint < nentries && sameKey(kv[2 * hint], key) ? kv[2 * hint + 1] : null;
  }

  private static boolean sameKey(Object k, String key) {
    return k == key || k instanceof String s && s.equals(key);
  }

  /** Replaces the value at entry {@code hint} as {@link #valueAtHint} finds it; false if not. */
  public boolean setAtHint(int hint, String key, Object value) {
    if (hint >= 0 && hint < nentries && sameKey(kv[2 * hint], key)) {
      kv[2 * hint + 1] = value;
      return true;
    }
    return false;
  }

  /** Replaces the value of a live entry: d[k] = v for a key already there, without a lookup. */
  public void setValueAt(int entry, Object value) {
    if (value == null || kv[2 * entry] == null) {
      throw new IllegalArgumentException("not a live entry, or a null value");
    }
    kv[2 * entry + 1] = value;
  }

  /** The keys in order: list(d). */
  public Object[] keysArray() {
    Object[] out = new Object[used];
    int n = 0;
    for (int i = 0; i < nentries; i++) {
      if (kv[2 * i] != null) {
        out[n++] = kv[2 * i];
      }
    }
    return out;
  }

  /** The values in order: list(d.values()). */
  public Object[] valuesArray() {
    Object[] out = new Object[used];
    int n = 0;
    for (int i = 0; i < nentries; i++) {
      if (kv[2 * i] != null) {
        out[n++] = kv[2 * i + 1];
      }
    }
    return out;
  }

  /** An iterator over the entry numbers in insertion order: iter(d), d.keys(), d.values(), d.items(). */
  public Cursor cursor() {
    return new Cursor(this, false);
  }

  /** reversed(d), reversed(d.keys()) and so on. */
  public Cursor reversedCursor() {
    return new Cursor(this, true);
  }

  /**
   * CPython's dict iterators, yielding entry numbers (read them with keyAt, valueAt): the
   * size is remembered at creation, and the next call after it changed raises "dictionary
   * changed size during iteration" (sticky); a forward iterator that finds more entries
   * than the dict had raises "dictionary keys changed during iteration" (and is exhausted
   * after), which is what deleting and re-adding keys in the loop body leads to.
   */
  public static final class Cursor {
    private PyDictTable dict;
    private final boolean reversed;
    private int expectedUsed;
    private int pos;
    private int remaining;

    private Cursor(PyDictTable dict, boolean reversed) {
      this.dict = dict;
      this.reversed = reversed;
      this.expectedUsed = dict.used;
      this.remaining = dict.used;
      this.pos = reversed ? dict.nentries - 1 : 0;
    }

    /** The next entry number, or -1 once exhausted (and forever after). */
    public int next() {
      PyDictTable d = dict;
      if (d == null) {
        return -1;
      }
      if (expectedUsed != d.used) {
        expectedUsed = -1;
        throw new ChangedDuringIteration(ChangedDuringIteration.DICT_SIZE);
      }
      if (reversed) {
        int i = pos < 0 ? -1 : d.prevEntry(pos);
        if (i < 0) {
          dict = null;
          return -1;
        }
        pos = i - 1;
        remaining--;
        return i;
      }
      int i = d.nextEntry(pos);
      if (i < 0) {
        dict = null;
        return -1;
      }
      if (remaining == 0) {
        dict = null;
        throw new ChangedDuringIteration(ChangedDuringIteration.DICT_KEYS);
      }
      pos = i + 1;
      remaining--;
      return i;
    }

    /** The dict iterated (for keyAt and friends); null once exhausted. */
    public PyDictTable dict() {
      return dict;
    }

    /** it.__length_hint__(). */
    public int lengthHint() {
      return dict != null && expectedUsed == dict.used ? remaining : 0;
    }
  }

  // ------------------------------------------------------------------ comparisons and views

  /** (key, value) in d.items(): the key is there and its value == value. */
  public boolean containsItem(Object key, long hash, Object value) {
    int ix = lookup(key, hash);
    if (ix < 0) {
      return false;
    }
    Object found = kv[2 * ix + 1];
    return found == value || ops.eq(found, value);
  }

  /**
   * d == other for two dicts: same size, and every key of d is in other with an equal value
   * (values compared as PyObject_RichCompareBool does: identity first, then eq(d's, other's)).
   */
  public boolean dictEquals(PyDictTable other) {
    if (used != other.used) {
      return false;
    }
    for (int i = 0; i < nentries; i++) {
      Object k = kv[2 * i];
      if (k == null) {
        continue;
      }
      Object aval = kv[2 * i + 1];
      Object bval = other.get(k, hashes[i]);
      if (bval == null) {
        return false;
      }
      if (aval != bval && !ops.eq(aval, bval)) {
        return false;
      }
    }
    return true;
  }
}
