package org.pyjit.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * A type (class) object. Attributes live in {@link #dict}; lookup walks the C3 method
 * resolution order {@link #mro}. Built-in types are created once in {@link Types} and have
 * {@link #builtin} set: their instances may be plain Java values (int, str, ...), and
 * assigning attributes on them is refused as in CPython.
 */
public final class PyType extends PyObject {
  public String name;
  /**
   * CPython's tp_name where it differs from {@link #name}: the dotted name its C types have
   * in error messages ('decimal.Decimal'), given to a library class written in Python that
   * stands for one by its body's {@code __pyjit_c_type__} (ClassBuilder); null otherwise.
   */
  public String cName;
  public String qualname;
  public String module;
  public PyType[] bases;
  public PyType[] mro;
  /**
   * Its attributes. Not final only so that LazyTypeDict.defer can put a LazyTypeDict (same
   * table) in place of the dict of a built-in type whose methods are installed at first use;
   * nothing else assigns it.
   */
  public PyDict dict = new PyDict();
  public final boolean builtin;
  /** Whether instances carry a __dict__ (user classes without __slots__). */
  public boolean hasInstanceDict;
  /**
   * Whether instances of its Python subclasses hold a Java value (int, float, str ...) in a
   * {@link BuiltinSubclasses.ValueInstance}, unwrapped for this type's methods.
   */
  public boolean wrapsValues;
  /** The names of the __slots__ along the MRO when instances have no __dict__, else null. */
  public java.util.Set<String> slotNames;
  /**
   * {@link #slotNames} sorted, made at the first use: the places of instances' slot values.
   * Sorted as CPython sorts its slot members, so that two classes with the same slot names
   * (which __class__ assignment may swap) keep each at the same place.
   */
  private String[] slotOrder;
  private java.util.Set<String> slotOrderOf;

  /** How many slot values an instance keeps (the length of its slot array). */
  public int slotCount() {
    return slotOrder().length;
  }

  /**
   * Where slot {@code name} is kept in the slot array of instances of this class (the
   * name's place in {@link #slotNames}), or -1.
   */
  public int slotIndex(String name) {
    String[] order = slotOrder();
    for (int i = 0; i < order.length; i++) {
      if (order[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private String[] slotOrder() {
    if (slotOrder == null || slotOrderOf != slotNames) { // slotNames is set by Slots.apply
      slotOrderOf = slotNames;
      // sorted in an array, not by a stream: a stream's first use costs start-up
      slotOrder = slotNames == null ? new String[0] : slotNames.toArray(new String[0]);
      java.util.Arrays.sort(slotOrder);
    }
    return slotOrder;
  }
  /**
   * Whether its {@link #constructor} makes instances of any class it is given (a subclass
   * included: a {@link PyInstance} subclass carrying Java state), so a Python subclass's
   * instances are made by it, not by wrapping a base instance.
   */
  public boolean constructsSubclasses;
  /** Whether user code may subclass it (bool, NoneType, ... may not). */
  public boolean baseType = true;
  /**
   * CPython's Py_TPFLAGS_IS_ABSTRACT: set while the class's __abstractmethods__ (assigned by
   * abc.ABCMeta) is non-empty, so that object.__new__ refuses to make instances of it.
   */
  public boolean isAbstract;
  /** The metaclass; {@code type} unless a class statement chose another. */
  public PyType metatype;
  /** How calling a built-in type makes an instance (null: the base's, or object's). */
  public Constructor constructor;
  /**
   * Whether the class defines __getattribute__ or __getattr__ in Python, as of type
   * modification epoch {@link #hooksEpoch} (see {@code Ops.hasAttributeHooks}).
   */
  boolean attributeHooks;
  int hooksEpoch = -1;
  /**
   * What calling the class runs ({@code Calls.instantiate}): its __new__ (null: the
   * built-in one), its __init__ and its built-in base, as of type epoch {@link #callEpoch}.
   */
  Object callNew;
  Object callInit;
  PyType callBase;
  int callEpoch = -1;
  /**
   * The version tag (CPython's tp_version_tag): nonzero while neither this class nor any
   * class on its MRO changed since the tag was handed out; {@link #modified} clears it. An
   * inline cache that remembers what a lookup on this class found is valid while the tag it
   * saw is still the tag. Read it with {@link #versionTag()}.
   */
  private int versionTag;
  private static int nextVersionTag = 1;

  /** A built-in type's construction: {@code cls} is the type called (maybe a subclass). */
  @FunctionalInterface
  public interface Constructor {
    Object call(PyType cls, Object[] args, String[] kwnames);
  }

  /** The item names of a struct sequence type (see PyStructSeq), else null. */
  String[] structFields;

  public PyType(String name, boolean builtin, PyType... bases) {
    this.name = name;
    this.qualname = name;
    this.module = "builtins";
    this.builtin = builtin;
    this.bases = bases;
    this.mro = computeMro(this, bases);
    for (PyType b : bases) {
      b.subclasses.add(this);
    }
  }

  /** The current version tag, handing out a new one if there is none (0: out of tags). */
  public int versionTag() {
    if (versionTag == 0 && nextVersionTag > 0) {
      versionTag = nextVersionTag++;
    }
    return versionTag;
  }

  /** Whether {@code tag} (nonzero) is still this class's version tag. */
  public boolean hasVersionTag(int tag) {
    return versionTag == tag;
  }

  /** Something this class's lookups may see changed: forget the tag here and in subclasses. */
  public void modified() {
    if (versionTag == 0 && subclasses.isEmpty()) {
      return;
    }
    versionTag = 0;
    for (PyType sub : subclasses) {
      sub.modified();
    }
  }

  /** The direct subclasses, in creation order (type.__subclasses__()). */
  final List<PyType> subclasses = new ArrayList<>();

  @Override
  public PyType type() {
    return metatype != null ? metatype : Types.TYPE;
  }

  /** The attribute {@code name} found along the MRO, or null. */
  public Object lookup(String name) {
    long hash = org.pyjit.runtime.collect.PyHash.hashString(name);
    for (PyType t : mro) {
      Object v = t.dict.getStr(name, hash);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  public boolean isSubtypeOf(PyType other) {
    if (this == other) {
      return true;
    }
    for (PyType t : mro) {
      if (t == other) {
        return true;
      }
    }
    return false;
  }

  /** C3 linearization, with CPython's error for inconsistent hierarchies. */
  static PyType[] computeMro(PyType self, PyType[] bases) {
    if (bases.length == 1) {
      // C3 of one base is the base's MRO after the class: the common case, and at start-up
      // the ~130 built-in types, which the general merge below made a visible cost
      PyType[] base = bases[0].mro;
      PyType[] mro = new PyType[base.length + 1];
      mro[0] = self;
      System.arraycopy(base, 0, mro, 1, base.length);
      return mro;
    }
    List<List<PyType>> seqs = new ArrayList<>();
    for (PyType b : bases) {
      seqs.add(new ArrayList<>(List.of(b.mro)));
    }
    seqs.add(new ArrayList<>(List.of(bases)));
    List<PyType> out = new ArrayList<>();
    out.add(self);
    while (true) {
      seqs.removeIf(List::isEmpty);
      if (seqs.isEmpty()) {
        return out.toArray(new PyType[0]);
      }
      PyType next = null;
      for (List<PyType> s : seqs) {
        PyType head = s.getFirst();
        boolean inTail = false;
        for (List<PyType> s2 : seqs) {
          if (s2.indexOf(head) > 0) {
            inTail = true;
            break;
          }
        }
        if (!inTail) {
          next = head;
          break;
        }
      }
      if (next == null) {
        // CPython names the classes at the heads of the lists left to merge
        StringBuilder names = new StringBuilder();
        List<PyType> heads = new ArrayList<>();
        for (List<PyType> seq : seqs) {
          if (!heads.contains(seq.getFirst())) {
            heads.add(seq.getFirst());
            names.append(names.isEmpty() ? "" : ", ").append(seq.getFirst().name);
          }
        }
        throw Errors.typeError("Cannot create a consistent method resolution order (MRO) for"
            + " bases " + names);
      }
      out.add(next);
      for (List<PyType> s : seqs) {
        if (!s.isEmpty() && s.getFirst() == next) {
          s.removeFirst();
        }
      }
    }
  }

  @Override
  public String toString() {
    // as type_repr: a class whose module is builtins shows its __name__, others __qualname__
    return "<class '" + (module.equals("builtins") ? name : module + "." + qualname) + "'>";
  }

  /** The name error messages show: CPython's tp_name ({@link #cName}, else the name). */
  public String messageName() {
    return cName != null ? cName : name;
  }
}
