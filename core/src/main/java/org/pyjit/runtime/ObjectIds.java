package org.pyjit.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;

/**
 * {@code id(o)}: a number unique among the objects alive at the same time, constant for an
 * object's lifetime, as CPython's address is. {@code System.identityHashCode} is neither
 * unique (31 bits: two live objects share one once there are tens of thousands of them, and
 * {@code copy.deepcopy}-style memos keyed by id then mix objects up) nor an address, so each
 * object gets the next number the first time its id is asked for, kept in a weak identity
 * table: an entry does not keep its object alive and goes when the object is collected.
 * The numbers look like CPython's addresses (multiples of 16), and reprs'
 * {@code <... at 0x...>} show the same number. Hashes stay on the identity hash code (they
 * need not be unique, and a table lookup per hash would slow sets and dicts of objects).
 */
public final class ObjectIds {
  private ObjectIds() {}

  /** Where the numbers start: an address-like value, as CPython's heap addresses look. */
  private static final long BASE = 0x7f0000000000L;

  private static final class Entry extends WeakReference<Object> {
    final int hash;
    final long id;
    Entry next;

    Entry(Object o, int hash, long id, Entry next, ReferenceQueue<Object> queue) {
      super(o, queue);
      this.hash = hash;
      this.id = id;
      this.next = next;
    }
  }

  private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
  private static Entry[] table = new Entry[256];
  private static int size;
  private static long counter;

  /** The id of {@code o}. */
  public static synchronized long of(Object o) {
    expunge();
    int h = System.identityHashCode(o);
    Entry[] t = table;
    int i = h & (t.length - 1);
    for (Entry e = t[i]; e != null; e = e.next) {
      if (e.get() == o) {
        return e.id;
      }
    }
    long id = BASE + 16 * ++counter;
    t[i] = new Entry(o, h, id, t[i], QUEUE);
    if (++size > t.length * 3 / 4) {
      grow();
    }
    return id;
  }

  /** Drops the entries whose objects were collected. */
  private static void expunge() {
    for (Object r; (r = QUEUE.poll()) != null; ) {
      Entry dead = (Entry) r;
      int i = dead.hash & (table.length - 1);
      Entry prev = null;
      for (Entry e = table[i]; e != null; prev = e, e = e.next) {
        if (e == dead) {
          if (prev == null) {
            table[i] = e.next;
          } else {
            prev.next = e.next;
          }
          size--;
          break;
        }
      }
    }
  }

  private static void grow() {
    Entry[] old = table;
    Entry[] t = new Entry[old.length * 2];
    for (Entry head : old) {
      for (Entry e = head; e != null; ) {
        Entry next = e.next;
        int i = e.hash & (t.length - 1);
        e.next = t[i];
        t[i] = e;
        e = next;
      }
    }
    table = t;
  }
}
