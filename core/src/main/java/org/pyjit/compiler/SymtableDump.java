package org.pyjit.compiler;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.ast.Arguments;
import org.pyjit.ast.Expr;
import org.pyjit.ast.Node;
import org.pyjit.ast.Stmt;

/**
 * Text views of a symbol table for comparing pyjit with CPython 3.13 (the stdlib comparison
 * tools/symtable-compare and the unit tests).
 *
 * <p>Contract: {@link #tables} prints exactly what tools/symtable-compare/cpython_dump.py
 * prints with Python's {@code symtable} module for the same program (the format is
 * documented there), including that module's quirks (a table named "top" counts as the
 * module in is_global/is_local). {@link #checkCodeObjects} reads that script's "code"
 * lines, the code objects CPython's compile() made, and checks that each matches a scope
 * with the same co_name and co_firstlineno whose derived data agree: the code flags
 * ({@link Scope#codeFlags}), co_cellvars ({@link Scope#coCellvars} given CPython's
 * co_varnames), co_freevars ({@link Scope#freevars}), the parameters at the head of
 * co_varnames ({@link Scope#varnames}, with {@link #argCount} of them passed as arguments)
 * and, for the rest of co_varnames, that each is a symbol of the scope or of a
 * comprehension inlined into it. A scope without a code object is fine: CPython drops the
 * code objects of dead code. The helpers {@link #codeName}, {@link #firstLineno} and
 * {@link #argCount} say how CPython's compiler names and numbers a scope's code object.
 */
public final class SymtableDump {
  private SymtableDump() {}

  // ---- the symbol table dump (what Python's symtable module shows) ----

  /** The dump cpython_dump.py makes with Python's symtable module, from pyjit's table. */
  public static String tables(Symtable st) {
    StringBuilder sb = new StringBuilder();
    dumpTable(st.top(), sb);
    return sb.toString();
  }

  private static void dumpTable(Scope t, StringBuilder sb) {
    sb.append("table ").append(t.kind().pyName.replace(' ', '_')).append(' ').append(t.name())
        .append(" line=").append(t.lineno()).append(" nested=").append(t.isNested() ? 1 : 0)
        .append(" optimized=").append(t.isOptimized() ? 1 : 0).append(" children=")
        .append(t.children().size()).append(" varnames=").append(String.join(",", t.varnames()))
        .append('\n');
    // symtable.Symbol's quirk: a table named "top" counts as the module, whatever its type
    boolean moduleScope = t.name().equals("top");
    List<String> names = new ArrayList<>(t.symbols().keySet());
    names.sort(Symtable.CODE_POINT_ORDER);
    for (String n : names) {
      Symbol s = t.symbol(n);
      SymbolScope sc = s.scope();
      boolean bound = s.has(Symbol.DEF_BOUND);
      StringBuilder b = new StringBuilder();
      flag(b, 'r', s.isReferenced());
      flag(b, 'i', s.isImported());
      flag(b, 'p', s.isParameter());
      flag(b, 'g', sc == SymbolScope.GLOBAL_IMPLICIT || sc == SymbolScope.GLOBAL_EXPLICIT
          || moduleScope && bound);
      flag(b, 'd', sc == SymbolScope.GLOBAL_EXPLICIT);
      flag(b, 'l', sc == SymbolScope.LOCAL || sc == SymbolScope.CELL || moduleScope && bound);
      flag(b, 'a', s.isAnnotated());
      flag(b, 'f', sc == SymbolScope.FREE);
      flag(b, 's', s.isAssigned());
      flag(b, 'n', t.children().stream().anyMatch(c -> c.name().equals(n)));
      flag(b, 'N', s.isNonlocal());
      sb.append("  sym ").append(n).append(" flags=").append(s.rawFlags()).append(" scope=")
          .append(sc == SymbolScope.UNRESOLVED ? "NONE" : sc.name()).append(" bools=")
          .append(b).append('\n');
    }
    if (t.kind() == ScopeKind.FUNCTION) {
      List<String> params = new ArrayList<>();
      List<String> locals = new ArrayList<>();
      List<String> globals = new ArrayList<>();
      List<String> nonlocals = new ArrayList<>();
      List<String> frees = new ArrayList<>();
      for (Symbol s : t.symbols().values()) {
        if (s.isParameter()) {
          params.add(s.name());
        }
        switch (s.scope()) {
          case LOCAL, CELL -> locals.add(s.name());
          case GLOBAL_IMPLICIT, GLOBAL_EXPLICIT -> globals.add(s.name());
          case FREE -> frees.add(s.name());
          default -> { }
        }
        if (s.isNonlocal()) {
          nonlocals.add(s.name());
        }
      }
      sb.append("  func params=").append(String.join(",", params))
          .append(" locals=").append(sorted(locals))
          .append(" globals=").append(sorted(globals))
          .append(" nonlocals=").append(sorted(nonlocals))
          .append(" frees=").append(sorted(frees)).append('\n');
    }
    for (Scope c : t.children()) {
      dumpTable(c, sb);
    }
  }

  private static void flag(StringBuilder b, char c, boolean on) {
    if (on) {
      b.append(c);
    }
  }

  private static String sorted(List<String> names) {
    names.sort(Symtable.CODE_POINT_ORDER);
    return String.join(",", names);
  }

  // ---- code objects ----

  /** One code object: CPython's from the dump, or pyjit's prediction for a scope. */
  private static final class Code {
    String name;
    int line;
    int flags;
    int nparams;
    List<String> varnames;
    List<String> cellvars;
    List<String> freevars;
    /** pyjit's only: names co_varnames may hold after the parameters. */
    Set<String> allowedLocals;
    /** pyjit's only: the scope, for co_cellvars, which depends on co_varnames. */
    Scope scope;
    final List<Code> children = new ArrayList<>();
  }

  /**
   * Checks the code object lines of cpython_dump.py's dump (the lines after the tables)
   * against what pyjit's scopes predict, as {@link SymtableDump} describes; returns the
   * problems, empty if none.
   */
  public static List<String> checkCodeObjects(Symtable st, String codeLines) {
    List<String> problems = new ArrayList<>();
    List<Code> stack = new ArrayList<>();
    Code cpythonTop = null;
    for (String line : codeLines.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("code-error ")) {
        return problems;
      }
      java.util.regex.Matcher f = CODE_LINE.matcher(line);
      if (!f.matches()) {
        throw new IllegalArgumentException("bad code line: " + line);
      }
      int depth = Integer.parseInt(f.group(1));
      Code c = new Code();
      c.name = f.group(2);
      c.line = Integer.parseInt(f.group(3));
      c.flags = Integer.decode(f.group(4));
      c.nparams = Integer.parseInt(f.group(5));
      c.varnames = list(f.group(6));
      c.cellvars = list(f.group(7));
      c.freevars = list(f.group(8));
      while (stack.size() > depth) {
        stack.remove(stack.size() - 1);
      }
      if (depth == 0) {
        cpythonTop = c;
      } else {
        stack.get(depth - 1).children.add(c);
      }
      stack.add(c);
    }
    if (cpythonTop == null) {
      problems.add("no code objects in the dump");
      return problems;
    }
    Map<Scope, Set<String>> inlined = inlinedNames(st);
    match(cpythonTop, predict(st.top(), inlined), "", problems);
    return problems;
  }

  /** A code line of the dump; co_name may contain spaces ("<generic parameters of X>"). */
  private static final java.util.regex.Pattern CODE_LINE = java.util.regex.Pattern.compile(
      "code (\\d+) (.*) line=(\\d+) flags=(\\S+) nparams=(\\d+) varnames=(\\S*)"
          + " cellvars=(\\S*) freevars=(\\S*)");

  private static List<String> list(String s) {
    return s.isEmpty() ? List.of() : List.of(s.split(","));
  }

  /** For each scope, the symbols of the comprehensions inlined into its code. */
  private static Map<Scope, Set<String>> inlinedNames(Symtable st) {
    Map<Scope, Set<String>> out = new IdentityHashMap<>();
    for (Scope s : st.allScopes()) {
      if (!s.isInlined()) {
        continue;
      }
      Scope owner = s.parent();
      while (owner.isInlined()) {
        owner = owner.parent();
      }
      out.computeIfAbsent(owner, k -> new HashSet<>()).addAll(s.symbols().keySet());
    }
    return out;
  }

  private static Code predict(Scope s, Map<Scope, Set<String>> inlined) {
    Code c = new Code();
    c.name = codeName(s);
    c.line = firstLineno(s);
    c.flags = s.codeFlags() & 0x3ff;
    c.nparams = argCount(s);
    c.varnames = s.varnames();
    c.scope = s;
    c.freevars = s.freevars();
    c.allowedLocals = new HashSet<>(s.symbols().keySet());
    c.allowedLocals.addAll(inlined.getOrDefault(s, Set.of()));
    for (Scope child : s.children()) {
      c.children.add(predict(child, inlined));
    }
    return c;
  }

  /**
   * co_argcount + co_kwonlyargcount + *args + **kwargs. The type parameters scope of a def
   * lists .defaults (and .kwdefaults) among its parameters, but CPython's compiler passes
   * only the tuples that exist, positionally: a def without defaults has none, and a
   * kwdefaults dict without defaults lands in the .defaults slot.
   */
  public static int argCount(Scope s) {
    if (s.kind() == ScopeKind.TYPE_PARAMETERS) {
      Arguments a = switch (s.node()) {
        case Stmt.FunctionDef f -> f.args();
        case Stmt.AsyncFunctionDef f -> f.args();
        default -> null;
      };
      if (a == null) {
        return 0;
      }
      boolean kw = a.kwDefaults().stream().anyMatch(java.util.Objects::nonNull);
      return (a.defaults().isEmpty() ? 0 : 1) + (kw ? 1 : 0);
    }
    return s.varnames().size();
  }

  /** co_name of a scope's code object. */
  public static String codeName(Scope s) {
    return switch (s.kind()) {
      case MODULE -> "<module>";
      case TYPE_PARAMETERS -> "<generic parameters of " + s.name() + ">";
      case FUNCTION -> {
        if (s.comprehension() != ComprehensionKind.NONE) {
          yield "<" + s.name() + ">";
        }
        yield s.node() instanceof Expr.Lambda ? "<lambda>" : s.name();
      }
      default -> s.name();
    };
  }

  /**
   * co_firstlineno of a scope's code object: a decorated def or class (and its type
   * parameters scope) starts at its first decorator, the module at line 1.
   */
  public static int firstLineno(Scope s) {
    if (s.kind() == ScopeKind.MODULE) {
      return 1;
    }
    Node n = s.node();
    List<Expr> decorators = switch (n) {
      case Stmt.FunctionDef f -> f.decoratorList();
      case Stmt.AsyncFunctionDef f -> f.decoratorList();
      case Stmt.ClassDef c -> c.decoratorList();
      default -> List.of();
    };
    return decorators.isEmpty() ? s.lineno() : decorators.get(0).pos().lineno();
  }

  /** Kuhn's augmenting path: pairs CPython child i with a problem-free pyjit candidate. */
  private static boolean augment(int i, List<List<List<String>>> problems, int[] owner,
      boolean[] seen) {
    for (int j = 0; j < owner.length; j++) {
      if (seen[j] || !problems.get(i).get(j).isEmpty()) {
        continue;
      }
      seen[j] = true;
      if (owner[j] < 0 || augment(owner[j], problems, owner, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  }

  private static void match(Code cp, Code pj, String path, List<String> problems) {
    String where = path + "/" + cp.name + "@" + cp.line;
    if (cp.flags != pj.flags) {
      problems.add(where + ": co_flags CPython " + Integer.toHexString(cp.flags) + " pyjit "
          + Integer.toHexString(pj.flags));
    }
    List<String> cells = pj.scope.coCellvars(cp.varnames);
    if (!cp.cellvars.equals(cells)) {
      problems.add(where + ": co_cellvars CPython " + cp.cellvars + " pyjit " + cells);
    }
    if (!cp.freevars.equals(pj.freevars)) {
      problems.add(where + ": co_freevars CPython " + cp.freevars + " pyjit " + pj.freevars);
    }
    int n = pj.varnames.size();
    if (cp.nparams != pj.nparams || cp.varnames.size() < n
        || !cp.varnames.subList(0, n).equals(pj.varnames)) {
      problems.add(where + ": parameters CPython " + cp.nparams + " " + cp.varnames
          + " pyjit " + pj.nparams + " " + pj.varnames);
    } else {
      for (String v : cp.varnames.subList(n, cp.varnames.size())) {
        if (!pj.allowedLocals.contains(v)) {
          problems.add(where + ": co_varnames has " + v + ", not a symbol of the scope");
        }
      }
    }
    // Children pair up by (co_name, co_firstlineno); several with the same key (two
    // lambdas on a line) are matched so that every CPython code object finds a pyjit scope
    // without problems if there is such an assignment (Kuhn's bipartite matching).
    Map<String, List<Code>> cpGroups = new java.util.LinkedHashMap<>();
    Map<String, List<Code>> pjGroups = new java.util.HashMap<>();
    for (Code c : cp.children) {
      cpGroups.computeIfAbsent(c.name + "@" + c.line, k -> new ArrayList<>()).add(c);
    }
    for (Code c : pj.children) {
      pjGroups.computeIfAbsent(c.name + "@" + c.line, k -> new ArrayList<>()).add(c);
    }
    for (Map.Entry<String, List<Code>> g : cpGroups.entrySet()) {
      List<Code> cps = g.getValue();
      List<Code> pjs = pjGroups.getOrDefault(g.getKey(), List.of());
      List<List<List<String>>> pairProblems = new ArrayList<>();
      for (Code c : cps) {
        List<List<String>> row = new ArrayList<>();
        for (Code p : pjs) {
          List<String> ps = new ArrayList<>();
          match(c, p, where, ps);
          row.add(ps);
        }
        pairProblems.add(row);
      }
      int[] owner = new int[pjs.size()];
      java.util.Arrays.fill(owner, -1);
      for (int i = 0; i < cps.size(); i++) {
        augment(i, pairProblems, owner, new boolean[pjs.size()]);
      }
      for (int i = 0; i < cps.size(); i++) {
        boolean matched = false;
        for (int o : owner) {
          matched |= o == i;
        }
        if (matched) {
          continue;
        }
        if (pjs.isEmpty()) {
          problems.add(where + ": no scope for code object " + cps.get(i).name + " at line "
              + cps.get(i).line);
        } else {
          problems.addAll(pairProblems.get(i).get(0));
        }
      }
    }
  }
}
