package org.pyjit.runtime.collect;

import java.util.Iterator;

/**
 * The hash table of a Python set or frozenset, laid out and driven exactly as CPython 3.13's
 * (Objects/setobject.c), because a set's iteration order, and so its repr, is the order of
 * its table slots: given the same sequence of operations on keys with the same hashes, the
 * keys end up in the same slots as in CPython and print in the same order.
 *
 * <p>What is reproduced, since each of these moves keys between slots: the initial size (8
 * slots); the probe sequence (the home slot hash &amp; mask, then up to 9 following slots
 * when they fit before the end of the table, then the perturbed jump i = 5i + 1 + perturb
 * with perturb shifted right 5 bits per jump); deleted slots left as dummies, counted in
 * {@code fill} with the live keys counted in {@code used}; an add reusing the last dummy it
 * passed; growth when fill reaches 3/5 of the mask, to the smallest power of two above
 * 4 * used (2 * used past 50,000 keys), rebuilding in slot order without dummies; pop()'s
 * finger, which survives clear() and intersection_update() as in CPython; and the special
 * table walks of the bulk operations. Those walks decide the order of a result, so each
 * method below names the CPython routine it follows and, where it matters, which operand it
 * iterates (for instance a copy can print in a different order than its original, because
 * it is presized to the number of keys; the interpreter's copy, set(s), frozenset(s) and
 * s | t must all go through {@link #update(PySetTable)} to match). The compiler has its part
 * too: CPython compiles a display of three or more constants, {1, 16, 2, 3, 4}, to BUILD_SET 0
 * and SET_UPDATE of a constant frozenset, which is frozenset(items) rebuilt once more from its
 * own iteration order when constants are merged; it prints {16, 1, 2, 3, 4} where adding the
 * items one by one gives {1, 2, 3, 4, 16}.
 *
 * <p>Which operation is which in Python terms: s.copy() and set(s) and frozenset(s) are
 * {@link #copy}; s.update(*others) is, per argument, {@link #update(PySetTable)},
 * {@link #update(PyDictTable)} or {@link #update(Iterator)} (skipping an argument that is s
 * itself); s | t and s.union(*others) copy s then update per argument; s.intersection(*others)
 * with no argument is a copy, else it folds {@link #intersection(PySetTable)} (or the
 * Iterator form) left to right, starting from s; s.difference(*others) with no argument is a
 * copy, else {@link #difference(PySetTable)} for the first and
 * {@link #differenceUpdate(PySetTable)} on the result for the rest; the in-place operators
 * and *_update methods are the methods of the same name. A frozenset's in-place operator
 * rebinds to the result of the plain one (frozenset has no in-place slots).
 *
 * <p>Keys are never null; null is "no key" in this API. Hashing and equality come from
 * {@link KeyOps}. When {@code eq} runs code that mutates this table, the lookup in progress
 * restarts from scratch if the key array was replaced or the slot it was comparing changed,
 * as CPython does; an add that had chosen a dummy slot to reuse restarts too if that slot is
 * no longer a dummy (CPython would overwrite it: a deliberate difference, so that the counts
 * can never go wrong). Bulk operations re-read the tables at every step, so they never index
 * stale arrays; their results under such mutation are as unspecified as CPython's. Not
 * thread-safe: the interpreter serializes access.
 */
public final class PySetTable {
  private static final Object DUMMY = new Object() {
    @Override
    public String toString() {
      return "<dummy key>";
    }
  };
  private static final long DUMMY_HASH = -1;
  private static final int MINSIZE = 8;
  private static final int LINEAR_PROBES = 9;
  private static final int PERTURB_SHIFT = 5;
  private static final int MAX_SIZE = 1 << 30;

  private final KeyOps ops;
  private Object[] keys;
  private long[] hashes;
  /** Live keys plus dummies: what the growth rule looks at. */
  private int fill;
  /** Live keys: len(s). */
  private int used;
  /** Where the next pop() starts looking; kept only modulo the table size. */
  private int finger;
  /**
   * How many live keys have each value of {@code hash & 31}: 32 two-bit counters, saturating
   * at 3 (a saturated counter is no longer counted down, until {@link #recount} rebuilds
   * them from the table). A counter at 0 proves that no key with that hash is present, so a
   * lookup of an absent key returns without walking the table. That walk is what made
   * nqueens' `c in cols` slow: its sets have every value 0..11 added and removed again and
   * again, so every slot of the cluster holds a key or a dummy and an absent key's probe
   * passes them all (about 27 slots; CPython walks the same ones, at C's cost per slot).
   * The probe compares keys only where the stored hash equals the key's, so skipping it
   * when no key has that hash calls no __eq__ that CPython would have called.
   */
  private long census;

  public PySetTable(KeyOps ops) {
    this.ops = ops;
    this.keys = new Object[MINSIZE];
    this.hashes = new long[MINSIZE];
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

  /** {@link #census} with one more key of hash {@code hash}. */
  private static long countIn(long census, long hash) {
    int shift = ((int) hash & 31) << 1;
    return ((census >>> shift) & 3) == 3 ? census : census + (1L << shift);
  }

  /** {@link #census} with one key of hash {@code hash} fewer. */
  private static long countOut(long census, long hash) {
    int shift = ((int) hash & 31) << 1;
    return ((census >>> shift) & 3) == 3 ? census : census - (1L << shift);
  }

  /** {@link #census} counted again from the table's live keys. */
  private static long recount(Object[] table, long[] hs) {
    long c = 0;
    for (int i = 0; i < table.length; i++) {
      Object k = table[i];
      if (k != null && k != DUMMY) {
        c = countIn(c, hs[i]);
      }
    }
    return c;
  }

  // ------------------------------------------------------------------ single keys

  /** s.add(key); true if the key was not there. */
  public boolean add(Object key) {
    return add(key, ops.hash(key));
  }

  /** add with the key's hash already known (it must be ops.hash(key)). */
  public boolean add(Object key, long hash) {
    // The probe loop without calls first: keys the table compares by itself (the same
    // object, exact str, exact int) decide it there; the first key that needs KeyOps.eq
    // sends the add to addSlow, which probes again from the start (nothing has changed:
    // no Python code has run), so the slots chosen are the same. With a call in it, C2
    // kept the loop's values in stack slots; nqueens spends a quarter of its time here.
    Object[] table = keys;
    long[] hs = hashes;
    int mask = table.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    int freeslot = -1;
    for (;;) {
      int last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (int j = i; j <= last; j++) {
        Object k = table[j];
        if (k == null) {
          return insert(table, hs, freeslot, j, key, hash);
        }
        if (k == DUMMY) {
          freeslot = j;
        } else if (hs[j] == hash) {
          int fast = k == key ? EQUAL : fastCompare(k, key);
          if (fast == EQUAL) {
            return false;
          }
          if (fast == UNKNOWN) {
            return addSlow(key, hash);
          }
        }
      }
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  /**
   * Stores a new key where a probe ended: in the first dummy it passed if any (no new slot
   * is filled), else in the empty slot {@code empty}; grows the table past 3/5 full.
   */
  private boolean insert(Object[] table, long[] hs, int freeslot, int empty, Object key,
      long hash) {
    census = countIn(census, hash);
    if (freeslot >= 0) {
      table[freeslot] = key;
      hs[freeslot] = hash;
      used++;
      return true;
    }
    table[empty] = key;
    hs[empty] = hash;
    fill++;
    used++;
    if ((long) fill * 5 >= (long) (table.length - 1) * 3) {
      resize(used > 50000 ? used * 2L : used * 4L);
    }
    return true;
  }

  /** {@link #add} for a probe that meets a key only {@link KeyOps#eq} can compare. */
  private boolean addSlow(Object key, long hash) {
    restart:
    for (;;) {
      Object[] table = keys;
      long[] hs = hashes;
      int mask = table.length - 1;
      long perturb = hash;
      int i = (int) (hash & mask);
      int freeslot = -1;
      for (;;) {
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        int j = i;
        do {
          Object k = table[j];
          if (k == null) {
            if (freeslot >= 0 && (table != keys || table[freeslot] != DUMMY)) {
              continue restart;
            }
            return insert(table, hs, freeslot, j, key, hash);
          }
          if (k == DUMMY) {
            freeslot = j;
          } else if (hs[j] == hash) {
            int fast = k == key ? EQUAL : fastCompare(k, key);
            if (fast == EQUAL) {
              return false;
            }
            if (fast == UNKNOWN) {
              if (ops.eq(k, key)) {
                return false;
              }
              if (table != keys || table[j] != k) {
                continue restart;
              }
            }
          }
          j++;
        } while (probes-- > 0);
        perturb >>>= PERTURB_SHIFT;
        i = (int) ((i * 5L + 1 + perturb) & mask);
      }
    }
  }

  /** key in s. */
  public boolean contains(Object key) {
    return lookup(key, ops.hash(key)) >= 0;
  }

  public boolean contains(Object key, long hash) {
    return lookup(key, hash) >= 0;
  }

  /** The stored key equal to {@code key}, or null: for interning-style uses. */
  public Object find(Object key, long hash) {
    int slot = lookup(key, hash);
    return slot < 0 ? null : keys[slot];
  }

  /** s.discard(key); true if the key was there (s.remove raises KeyError when false). */
  public boolean discard(Object key) {
    return discard(key, ops.hash(key));
  }

  public boolean discard(Object key, long hash) {
    int slot = lookup(key, hash);
    if (slot < 0) {
      return false;
    }
    census = countOut(census, hashes[slot]);
    keys[slot] = DUMMY;
    hashes[slot] = DUMMY_HASH;
    used--;
    return true;
  }

  /**
   * s.pop(): the first live slot at or after the finger, wrapping around; null when the set
   * is empty (the interpreter raises KeyError('pop from an empty set')).
   */
  public Object pop() {
    if (used == 0) {
      return null;
    }
    Object[] table = keys;
    int mask = table.length - 1;
    int i = finger & mask;
    while (table[i] == null || table[i] == DUMMY) {
      i = i == mask ? 0 : i + 1;
    }
    Object key = table[i];
    census = countOut(census, hashes[i]);
    table[i] = DUMMY;
    hashes[i] = DUMMY_HASH;
    used--;
    finger = i + 1;
    return key;
  }

  /** s.clear(): back to an empty table of 8 slots; the finger stays where it was. */
  public void clear() {
    if (fill == 0 && keys.length == MINSIZE) {
      return;
    }
    keys = new Object[MINSIZE];
    hashes = new long[MINSIZE];
    fill = 0;
    used = 0;
    census = 0;
  }

  /**
   * The slot of the key equal to {@code key}, or -1 (CPython's set_lookkey). A dummy's hash
   * is -1, which no key has, so the hash test also skips dummies (were a key's hash -1, the
   * dummy would go to lookupSlow, which skips it). As in {@link #add}, the first key that
   * needs {@link KeyOps#eq} sends the lookup to {@link #lookupSlow}.
   */
  private int lookup(Object key, long hash) {
    if (((census >>> (((int) hash & 31) << 1)) & 3) == 0) {
      return -1;
    }
    Object[] table = keys;
    long[] hs = hashes;
    int mask = table.length - 1;
    long perturb = hash;
    int i = (int) (hash & mask);
    for (;;) {
      int last = i + LINEAR_PROBES <= mask ? i + LINEAR_PROBES : i;
      for (int j = i; j <= last; j++) {
        Object k = table[j];
        if (k == null) {
          return -1;
        }
        if (hs[j] == hash) {
          int fast = k == key ? EQUAL : fastCompare(k, key);
          if (fast == EQUAL) {
            return j;
          }
          if (fast == UNKNOWN) {
            return lookupSlow(key, hash);
          }
        }
      }
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  private int lookupSlow(Object key, long hash) {
    restart:
    for (;;) {
      Object[] table = keys;
      long[] hs = hashes;
      int mask = table.length - 1;
      long perturb = hash;
      int i = (int) (hash & mask);
      for (;;) {
        int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        int j = i;
        do {
          Object k = table[j];
          if (k == null) {
            return -1;
          }
          if (hs[j] == hash && k != DUMMY) {
            int fast = k == key ? EQUAL : fastCompare(k, key);
            if (fast == EQUAL) {
              return j;
            }
            if (fast == UNKNOWN) {
              boolean eq = ops.eq(k, key);
              if (table != keys || table[j] != k) {
                continue restart;
              }
              if (eq) {
                return j;
              }
            }
          }
          j++;
        } while (probes-- > 0);
        perturb >>>= PERTURB_SHIFT;
        i = (int) ((i * 5L + 1 + perturb) & mask);
      }
    }
  }

  private static final int UNEQUAL = 0;
  private static final int EQUAL = 1;
  private static final int UNKNOWN = 2;

  /**
   * Equality the table decides by itself, without Python code: exact str with exact str,
   * exact int with exact int; UNKNOWN for everything else, which goes to {@link KeyOps#eq}.
   */
  static int fastCompare(Object a, Object b) {
    if (a instanceof String s && b instanceof String) {
      return s.equals(b) ? EQUAL : UNEQUAL;
    }
    if (a instanceof Long x && b instanceof Long y) {
      return x.longValue() == y.longValue() ? EQUAL : UNEQUAL;
    }
    return UNKNOWN;
  }

  /**
   * Rebuilds the table with the smallest power-of-two size above {@code minUsed}, dropping
   * the dummies (CPython's set_table_resize, including its "nothing to do" case).
   */
  private void resize(long minUsed) {
    int newSize = MINSIZE;
    while (newSize <= minUsed) {
      if (newSize == MAX_SIZE) {
        throw new OutOfMemoryError("set too large");
      }
      newSize <<= 1;
    }
    Object[] oldKeys = keys;
    long[] oldHashes = hashes;
    if (newSize == MINSIZE && oldKeys.length == MINSIZE && fill == used) {
      return;
    }
    Object[] newKeys = new Object[newSize];
    long[] newHashes = new long[newSize];
    int newMask = newSize - 1;
    fill = used;
    for (int i = 0; i < oldKeys.length; i++) {
      Object k = oldKeys[i];
      if (k != null && k != DUMMY) {
        insertClean(newKeys, newHashes, newMask, k, oldHashes[i]);
      }
    }
    keys = newKeys;
    hashes = newHashes;
    census = recount(newKeys, newHashes);
  }

  /** Puts a key known to be absent into a table without dummies: no comparisons at all. */
  private static void insertClean(Object[] table, long[] hs, int mask, Object key, long hash) {
    long perturb = hash;
    int i = (int) (hash & mask);
    for (;;) {
      if (table[i] == null) {
        table[i] = key;
        hs[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (int j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (table[j] == null) {
            table[j] = key;
            hs[j] = hash;
            return;
          }
        }
      }
      perturb >>>= PERTURB_SHIFT;
      i = (int) ((i * 5L + 1 + perturb) & mask);
    }
  }

  // ------------------------------------------------------------------ iteration

  /**
   * The first slot at or after {@code pos} holding a key, or -1: iteration in table order.
   * Read the key with {@link #keyAt} and its hash with {@link #hashAt}.
   */
  public int nextSlot(int pos) {
    Object[] table = keys;
    for (int i = Math.max(pos, 0); i < table.length; i++) {
      Object k = table[i];
      if (k != null && k != DUMMY) {
        return i;
      }
    }
    return -1;
  }

  public Object keyAt(int slot) {
    return keys[slot];
  }

  public long hashAt(int slot) {
    return hashes[slot];
  }

  /** The keys in iteration order (what list(s) and repr(s) show). */
  public Object[] toArray() {
    Object[] out = new Object[used];
    int n = 0;
    for (Object k : keys) {
      if (k != null && k != DUMMY) {
        out[n++] = k;
      }
    }
    return out;
  }

  /** A Python set iterator over this table: iter(s). */
  public Iter iterator() {
    return new Iter(this);
  }

  /**
   * CPython's set iterator: remembers the size at creation and raises (sticky) "Set changed
   * size during iteration" on the next call after the size changed, even if the iteration
   * would have ended; a change that keeps the size is not detected, as in CPython.
   */
  public static final class Iter {
    private PySetTable set;
    private int expectedUsed;
    private int pos;
    private int remaining;

    private Iter(PySetTable set) {
      this.set = set;
      this.expectedUsed = set.used;
      this.remaining = set.used;
    }

    /** The next key, or null once exhausted (and forever after). */
    public Object next() {
      PySetTable s = set;
      if (s == null) {
        return null;
      }
      if (expectedUsed != s.used) {
        expectedUsed = -1;
        throw new ChangedDuringIteration(ChangedDuringIteration.SET_SIZE);
      }
      int slot = s.nextSlot(pos);
      if (slot < 0) {
        set = null;
        return null;
      }
      pos = slot + 1;
      remaining--;
      return s.keys[slot];
    }

    /** it.__length_hint__(). */
    public int lengthHint() {
      return set != null && expectedUsed == set.used ? remaining : 0;
    }
  }

  // ------------------------------------------------------------------ bulk operations

  /** s.copy(), set(s), frozenset(s): a new table filled by {@link #update(PySetTable)}. */
  public PySetTable copy() {
    PySetTable result = new PySetTable(ops);
    result.update(this);
    return result;
  }

  /**
   * s.update(t) and s |= t for a set t (CPython's set_merge): one resize up front when the
   * keys may not fit; into an empty table of t's size and without dummies the slots are
   * copied one for one, into another empty table the keys go in t's slot order, otherwise
   * each is added.
   */
  public void update(PySetTable other) {
    if (other == this || other.used == 0) {
      return;
    }
    if ((long) (fill + other.used) * 5 >= (long) (keys.length - 1) * 3) {
      resize((used + (long) other.used) * 2);
    }
    Object[] table = keys;
    long[] hs = hashes;
    if (fill == 0 && table.length == other.keys.length && other.fill == other.used) {
      Object[] ok = other.keys;
      long[] oh = other.hashes;
      for (int i = 0; i < ok.length; i++) {
        if (ok[i] != null) {
          table[i] = ok[i];
          hs[i] = oh[i];
        }
      }
      fill = other.fill;
      used = other.used;
      census = other.census;
      return;
    }
    if (fill == 0) {
      int mask = table.length - 1;
      Object[] ok = other.keys;
      long[] oh = other.hashes;
      fill = other.used;
      used = other.used;
      for (int i = 0; i < ok.length; i++) {
        Object k = ok[i];
        if (k != null && k != DUMMY) {
          insertClean(table, hs, mask, k, oh[i]);
        }
      }
      census = recount(table, hs);
      return;
    }
    for (int i = 0; i < other.keys.length; i++) {
      Object k = other.keys[i];
      if (k != null && k != DUMMY) {
        add(k, other.hashes[i]);
      }
    }
  }

  /**
   * s.update(d) for an exact dict d (CPython's set_update_dict): one resize up front, then
   * d's keys in insertion order with their stored hashes.
   */
  public void update(PyDictTable d) {
    int n = d.size();
    if ((long) (fill + n) * 5 >= (long) (keys.length - 1) * 3) {
      resize((used + (long) n) * 2);
    }
    for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
      add(d.keyAt(i), d.hashAt(i));
    }
  }

  /** s.update(iterable) for anything else, set(iterable), a set display: add each in turn. */
  public void update(Iterator<?> keysToAdd) {
    while (keysToAdd.hasNext()) {
      add(keysToAdd.next());
    }
  }

  /** s | t for sets (and s.union(t)): a copy of s updated with t. */
  public PySetTable union(PySetTable other) {
    PySetTable result = copy();
    if (other != this) {
      result.update(other);
    }
    return result;
  }

  /**
   * s &amp; t, s.intersection(t) for a set t: walks the smaller of the two (t when the sizes
   * are equal) in slot order, adding to a new table the keys the other one contains.
   */
  public PySetTable intersection(PySetTable other) {
    if (other == this) {
      return copy();
    }
    PySetTable result = new PySetTable(ops);
    PySetTable big = this;
    PySetTable small = other;
    if (small.used > big.used) {
      big = other;
      small = this;
    }
    for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
      Object k = small.keys[i];
      long h = small.hashes[i];
      if (big.contains(k, h)) {
        result.add(k, h);
      }
    }
    return result;
  }

  /**
   * s.intersection(iterable): the iterable's keys that s contains, in its order, stopping
   * early once the result is as large as s.
   */
  public PySetTable intersection(Iterator<?> other) {
    PySetTable result = new PySetTable(ops);
    while (other.hasNext()) {
      Object k = other.next();
      long h = ops.hash(k);
      if (contains(k, h)) {
        result.add(k, h);
        if (result.used >= used) {
          break;
        }
      }
    }
    return result;
  }

  /** s &amp;= t, s.intersection_update(t): s takes the body of the intersection. */
  public void intersectionUpdate(PySetTable other) {
    takeBody(intersection(other));
  }

  public void intersectionUpdate(Iterator<?> other) {
    takeBody(intersection(other));
  }

  /**
   * Replaces this table's contents with {@code source}'s (which must not be used again):
   * CPython's set_swap_bodies, which leaves the finger with the set object. Also what
   * s.intersection_update(a, b) does with the folded intersection.
   */
  public void takeBody(PySetTable source) {
    keys = source.keys;
    hashes = source.hashes;
    fill = source.fill;
    used = source.used;
    census = source.census;
    source.keys = new Object[MINSIZE];
    source.hashes = new long[MINSIZE];
    source.fill = 0;
    source.used = 0;
    source.census = 0;
  }

  /**
   * s - t, s.difference(t) for a set t: a copy of s with t's keys discarded when s is more
   * than 4 times larger than t, else a new table of s's keys (in s's slot order) not in t.
   */
  public PySetTable difference(PySetTable other) {
    if ((used >> 2) > other.used) {
      PySetTable result = copy();
      result.differenceUpdate(other);
      return result;
    }
    PySetTable result = new PySetTable(ops);
    for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
      Object k = keys[i];
      long h = hashes[i];
      if (!other.contains(k, h)) {
        result.add(k, h);
      }
    }
    return result;
  }

  /** s.difference(d) for an exact dict d: as for a set, the dict's keys being the other set. */
  public PySetTable difference(PyDictTable d) {
    if ((used >> 2) > d.size()) {
      PySetTable result = copy();
      result.differenceUpdate(new DictKeys(d));
      return result;
    }
    PySetTable result = new PySetTable(ops);
    for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
      Object k = keys[i];
      long h = hashes[i];
      if (!d.containsKey(k, h)) {
        result.add(k, h);
      }
    }
    return result;
  }

  /** s.difference(iterable): a copy of s with the iterable's keys discarded. */
  public PySetTable difference(Iterator<?> other) {
    PySetTable result = copy();
    result.differenceUpdate(other);
    return result;
  }

  /**
   * s -= t, s.difference_update(t) for a set t: discards t's keys (those of s &amp; t when t
   * is more than 8 times larger), then rebuilds if more than a quarter of the slots are
   * dummies. s -= s empties s.
   */
  public void differenceUpdate(PySetTable other) {
    if (other == this) {
      clear();
      return;
    }
    PySetTable src = (other.used >> 3) > used ? intersection(other) : other;
    for (int i = src.nextSlot(0); i >= 0; i = src.nextSlot(i + 1)) {
      discard(src.keys[i], src.hashes[i]);
    }
    purgeDummies();
  }

  /** s.difference_update(iterable) for anything but a set (a dict is iterated for its keys). */
  public void differenceUpdate(Iterator<?> other) {
    while (other.hasNext()) {
      discard(other.next());
    }
    purgeDummies();
  }

  private void purgeDummies() {
    if (fill - used <= (keys.length - 1) / 4) {
      return;
    }
    resize(used > 50000 ? used * 2L : used * 4L);
  }

  /**
   * s ^ t, s.symmetric_difference(t) for a set t: a new table updated with t, then s's keys
   * toggled in, in s's slot order.
   */
  public PySetTable symmetricDifference(PySetTable other) {
    PySetTable result = new PySetTable(ops);
    result.update(other);
    result.toggleAll(this);
    return result;
  }

  public PySetTable symmetricDifference(PyDictTable d) {
    PySetTable result = new PySetTable(ops);
    result.update(d);
    result.toggleAll(this);
    return result;
  }

  public PySetTable symmetricDifference(Iterator<?> other) {
    PySetTable result = new PySetTable(ops);
    result.update(other);
    result.toggleAll(this);
    return result;
  }

  /**
   * s ^= t, s.symmetric_difference_update(t) for a set t: each of t's keys, in t's slot
   * order, is discarded if present and added otherwise. s ^= s empties s.
   */
  public void symmetricDifferenceUpdate(PySetTable other) {
    if (other == this) {
      clear();
      return;
    }
    toggleAll(other);
  }

  /** The same for an exact dict: its keys in insertion order, with their stored hashes. */
  public void symmetricDifferenceUpdate(PyDictTable d) {
    for (int i = d.nextEntry(0); i >= 0; i = d.nextEntry(i + 1)) {
      Object k = d.keyAt(i);
      long h = d.hashAt(i);
      if (!discard(k, h)) {
        add(k, h);
      }
    }
  }

  /** The same for any other iterable: it is first made into a set, whose order then counts. */
  public void symmetricDifferenceUpdate(Iterator<?> other) {
    PySetTable t = new PySetTable(ops);
    t.update(other);
    toggleAll(t);
  }

  private void toggleAll(PySetTable other) {
    for (int i = other.nextSlot(0); i >= 0; i = other.nextSlot(i + 1)) {
      Object k = other.keys[i];
      long h = other.hashes[i];
      if (!discard(k, h)) {
        add(k, h);
      }
    }
  }

  /** s.isdisjoint(t) for a set t: probes the larger with the keys of the smaller. */
  public boolean isDisjoint(PySetTable other) {
    if (other == this) {
      return used == 0;
    }
    PySetTable big = this;
    PySetTable small = other;
    if (small.used > big.used) {
      big = other;
      small = this;
    }
    for (int i = small.nextSlot(0); i >= 0; i = small.nextSlot(i + 1)) {
      if (big.contains(small.keys[i], small.hashes[i])) {
        return false;
      }
    }
    return true;
  }

  public boolean isDisjoint(Iterator<?> other) {
    while (other.hasNext()) {
      if (contains(other.next())) {
        return false;
      }
    }
    return true;
  }

  /** s &lt;= t, s.issubset(t) for a set t. */
  public boolean isSubset(PySetTable other) {
    if (used > other.used) {
      return false;
    }
    for (int i = nextSlot(0); i >= 0; i = nextSlot(i + 1)) {
      if (!other.contains(keys[i], hashes[i])) {
        return false;
      }
    }
    return true;
  }

  /** s.issubset(iterable): CPython computes the intersection and compares sizes. */
  public boolean isSubset(Iterator<?> other) {
    return intersection(other).used == used;
  }

  /** s &gt;= t, s.issuperset(t) for a set t. */
  public boolean isSuperset(PySetTable other) {
    return other.isSubset(this);
  }

  public boolean isSuperset(Iterator<?> other) {
    while (other.hasNext()) {
      if (!contains(other.next())) {
        return false;
      }
    }
    return true;
  }

  /**
   * s == t for two sets (set or frozenset alike): same size and s &lt;= t. The interpreter
   * may first compare the cached hashes of two frozensets, as CPython does.
   */
  public boolean setEquals(PySetTable other) {
    return used == other.used && isSubset(other);
  }

  /** hash(frozenset(s)): {@link PyHash#hashFrozenSet} of the keys' hashes. */
  public long frozensetHash() {
    long h = 0;
    Object[] table = keys;
    for (int i = 0; i < table.length; i++) {
      Object k = table[i];
      if (k != null && k != DUMMY) {
        h ^= PyHash.shuffleBits(hashes[i]);
      }
    }
    return PyHash.frozenSetFinish(h, used);
  }

  /** A dict's keys as an iterator, re-hashed on use as CPython's generic iterable path does. */
  private static final class DictKeys implements Iterator<Object> {
    private final PyDictTable d;
    private int next;

    DictKeys(PyDictTable d) {
      this.d = d;
      this.next = d.nextEntry(0);
    }

    @Override
    public boolean hasNext() {
      return next >= 0;
    }

    @Override
    public Object next() {
      Object k = d.keyAt(next);
      next = d.nextEntry(next + 1);
      return k;
    }
  }
}
