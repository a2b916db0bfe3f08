package org.pyjit.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.ast.Pos;
import org.pyjit.parse.SyntaxErrorException;

/**
 * The second pass of the symbol table: resolves every name of every block to LOCAL,
 * GLOBAL_EXPLICIT, GLOBAL_IMPLICIT, FREE or CELL, as CPython 3.13's analyze_block does.
 *
 * <p>Contract: a block is analyzed with the names bound in its enclosing function-like
 * scopes ({@code bound}), the names declared global on the way ({@code global}), the type
 * parameters in scope, and, for PEP 695 scopes that see a class, that class. Class bodies
 * bind nothing their nested functions can see (except the implicit {@code __class__} and
 * {@code __classdict__}). A child's free names flow up; a function-like block that binds
 * one makes it a CELL, a class that binds one marks it DEF_FREE_CLASS and passes it on.
 * List, set and dict comprehensions (not generator expressions, not those in an annotation
 * scope that sees a class) are inlined: their symbols are merged into the enclosing block,
 * their cells become DEF_COMP_CELL there, and their children take their place among the
 * enclosing block's children.
 *
 * <p>The results do not depend on set iteration order, except the order in which names
 * first seen as free in a child are appended to a block's symbols, which nothing relies on.
 * Errors (nonlocal without binding, global and nonlocal together, nonlocal of a type
 * parameter) are raised in CPython's order: a block's symbols in insertion order, then its
 * children depth-first, at the location of the global/nonlocal statement.
 */
final class ScopeAnalyzer {
  private final SymtableErrors errors;

  ScopeAnalyzer(SymtableErrors errors) {
    this.errors = errors;
  }

  void analyze(Scope top) {
    analyzeBlock(top, null, new HashSet<>(), new HashSet<>(), new HashSet<>(), null);
  }

  /**
   * @param bound names bound in enclosing function-like scopes; null for the module
   * @param free out: names free in this block or below that an enclosing block must bind
   * @param global names declared global in enclosing blocks (modified: the caller copies)
   */
  private void analyzeBlock(Scope ste, Set<String> bound, Set<String> free, Set<String> global,
      Set<String> typeParams, Scope classEntry) {
    Set<String> local = new HashSet<>();
    Map<String, SymbolScope> scopes = ste.scopes;
    Set<String> newGlobal = new HashSet<>();
    Set<String> newFree = new HashSet<>();
    Set<String> newBound = new HashSet<>();
    Set<String> inlinedCells = new HashSet<>();

    // A class's own bindings are invisible to its methods: what they see is fixed before
    // the class's names are analyzed.
    if (ste.kind() == ScopeKind.CLASS) {
      newGlobal.addAll(global);
      if (bound != null) {
        newBound.addAll(bound);
      }
    }
    for (Map.Entry<String, Integer> e : ste.flags.entrySet()) {
      analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global,
          typeParams, classEntry);
    }
    if (ste.kind() != ScopeKind.CLASS) {
      if (ste.kind().isFunctionLike()) {
        newBound.addAll(local);
      }
      if (bound != null) {
        newBound.addAll(bound);
      }
      newGlobal.addAll(global);
    } else {
      newBound.add("__class__");
      newBound.add("__classdict__");
    }

    for (Scope child : new ArrayList<>(ste.children)) {
      Scope newClassEntry = null;
      if (child.canSeeClassScope) {
        newClassEntry = ste.kind() == ScopeKind.CLASS ? ste : classEntry;
      }
      boolean inline = child.comprehension != ComprehensionKind.NONE && !child.generator
          && !ste.canSeeClassScope;
      // The child starts from this block's free set so far, as CPython's copy does.
      Set<String> childFree = new HashSet<>(newFree);
      analyzeBlock(child, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal),
          new HashSet<>(typeParams), newClassEntry);
      if (inline) {
        inlineComprehension(ste, child, scopes, childFree, inlinedCells);
        child.compInlined = true;
      }
      newFree.addAll(childFree);
    }

    // An inlined comprehension's children take its place.
    for (int i = ste.children.size() - 1; i >= 0; i--) {
      Scope c = ste.children.get(i);
      if (c.compInlined) {
        ste.children.remove(i);
        ste.children.addAll(i, c.children);
      }
    }

    if (ste.kind().isFunctionLike()) {
      analyzeCells(scopes, newFree, inlinedCells);
    } else if (ste.kind() == ScopeKind.CLASS) {
      if (newFree.remove("__class__")) {
        ste.needsClassClosure = true;
      }
      if (newFree.remove("__classdict__")) {
        ste.needsClassdict = true;
      }
    }
    updateSymbols(ste, scopes, bound, newFree, inlinedCells,
        ste.kind() == ScopeKind.CLASS || ste.canSeeClassScope);
    free.addAll(newFree);
  }

  private void analyzeName(Scope ste, Map<String, SymbolScope> scopes, String name, int flags,
      Set<String> bound, Set<String> local, Set<String> free, Set<String> global,
      Set<String> typeParams, Scope classEntry) {
    if ((flags & Symbol.DEF_GLOBAL) != 0) {
      if ((flags & Symbol.DEF_NONLOCAL) != 0) {
        throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
      }
      scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
      global.add(name);
      if (bound != null) {
        bound.remove(name);
      }
      return;
    }
    if ((flags & Symbol.DEF_NONLOCAL) != 0) {
      if (bound == null) {
        throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
      }
      if (!bound.contains(name)) {
        throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
      }
      if (typeParams.contains(name)) {
        throw errorAtDirective(ste, name,
            "nonlocal binding not allowed for type parameter '" + name + "'");
      }
      scopes.put(name, SymbolScope.FREE);
      free.add(name);
      return;
    }
    if ((flags & Symbol.DEF_BOUND) != 0) {
      scopes.put(name, SymbolScope.LOCAL);
      local.add(name);
      global.remove(name);
      if ((flags & Symbol.DEF_TYPE_PARAM) != 0) {
        typeParams.add(name);
      } else {
        typeParams.remove(name);
      }
      return;
    }
    // In a scope that sees a class, a name the class binds (or declares global) is looked
    // up in the class namespace and then the globals, never in an outer function.
    if (classEntry != null) {
      int classFlags = classEntry.flags.getOrDefault(name, 0);
      if ((classFlags & Symbol.DEF_GLOBAL) != 0) {
        scopes.put(name, SymbolScope.GLOBAL_EXPLICIT);
        return;
      }
      if ((classFlags & Symbol.DEF_BOUND) != 0 && (classFlags & Symbol.DEF_NONLOCAL) == 0) {
        scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
        return;
      }
    }
    if (bound != null && bound.contains(name)) {
      scopes.put(name, SymbolScope.FREE);
      free.add(name);
      return;
    }
    // CPython calls a name declared global by an enclosing block implicit here too.
    scopes.put(name, SymbolScope.GLOBAL_IMPLICIT);
  }

  /** The error, located at the first global/nonlocal statement (or walrus) naming it. */
  private SyntaxErrorException errorAtDirective(Scope ste, String name, String msg) {
    for (Map.Entry<String, Pos> d : ste.directives) {
      if (d.getKey().equals(name)) {
        return errors.ranged(msg, d.getValue());
      }
    }
    throw new IllegalStateException("BUG: internal directive bookkeeping broken");
  }

  private static boolean isFreeInAnyChild(Scope comp, String name) {
    for (Scope c : comp.children) {
      if (c.scopes.get(name) == SymbolScope.FREE) {
        return true;
      }
    }
    return false;
  }

  /**
   * Merges an analyzed comprehension into the block its code is inlined into (PEP 709):
   * names new to the block are copied with their scope; a cell of the comprehension is
   * recorded so the block makes it a cell too; a name free in the comprehension but bound
   * in the (function) block stops being free unless a nested scope of the comprehension
   * still needs it. {@code __class__} never becomes free through a class body.
   */
  private static void inlineComprehension(Scope ste, Scope comp, Map<String, SymbolScope> scopes,
      Set<String> compFree, Set<String> inlinedCells) {
    boolean removeDunderClass = false;
    for (Map.Entry<String, Integer> e : comp.flags.entrySet()) {
      String k = e.getKey();
      int compFlags = e.getValue();
      if ((compFlags & Symbol.DEF_PARAM) != 0) {
        continue; // .0
      }
      SymbolScope scope = comp.scopes.get(k);
      if (scope == SymbolScope.CELL || (compFlags & Symbol.DEF_COMP_CELL) != 0) {
        inlinedCells.add(k);
      }
      Integer existing = ste.flags.get(k);
      if (scope == SymbolScope.FREE && ste.kind() == ScopeKind.CLASS && k.equals("__class__")) {
        scope = SymbolScope.GLOBAL_IMPLICIT;
        compFree.remove(k);
        removeDunderClass = true;
      }
      if (existing == null) {
        ste.flags.put(k, compFlags);
        scopes.put(k, scope);
      } else if ((existing & Symbol.DEF_BOUND) != 0 && !isFreeInAnyChild(comp, k)
          && ste.kind() != ScopeKind.CLASS) {
        compFree.remove(k);
      }
    }
    if (removeDunderClass) {
      comp.flags.remove("__class__");
      comp.scopes.remove("__class__");
    }
  }

  /** A function's local that a nested scope (or an inlined comprehension's) captures is a cell. */
  private static void analyzeCells(Map<String, SymbolScope> scopes, Set<String> free,
      Set<String> inlinedCells) {
    for (Map.Entry<String, SymbolScope> e : scopes.entrySet()) {
      if (e.getValue() != SymbolScope.LOCAL) {
        continue;
      }
      String name = e.getKey();
      if (!free.contains(name) && !inlinedCells.contains(name)) {
        continue;
      }
      e.setValue(SymbolScope.CELL);
      free.remove(name);
    }
  }

  private static void updateSymbols(Scope ste, Map<String, SymbolScope> scopes,
      Set<String> bound, Set<String> free, Set<String> inlinedCells, boolean classFlag) {
    for (Map.Entry<String, Integer> e : ste.flags.entrySet()) {
      if (inlinedCells.contains(e.getKey())) {
        e.setValue(e.getValue() | Symbol.DEF_COMP_CELL);
      }
    }
    for (String name : free) {
      Integer v = ste.flags.get(name);
      if (v != null) {
        // a class that binds a name a method uses freely must still pass the outer cell on
        if (classFlag) {
          ste.flags.put(name, v | Symbol.DEF_FREE_CLASS);
        }
        continue;
      }
      if (bound != null && !bound.contains(name)) {
        continue; // a global
      }
      ste.flags.put(name, 0);
      scopes.put(name, SymbolScope.FREE);
    }
  }
}
