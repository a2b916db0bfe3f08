package org.pyjit.cli.tools;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pyjit.ast.Expr;
import org.pyjit.ast.Mod;
import org.pyjit.ast.Node;
import org.pyjit.ast.Stmt;
import org.pyjit.compiler.ComprehensionKind;
import org.pyjit.compiler.Scope;
import org.pyjit.compiler.ScopeKind;
import org.pyjit.compiler.Symbol;
import org.pyjit.compiler.SymbolScope;
import org.pyjit.compiler.Symtable;
import org.pyjit.parse.Parser;
import org.pyjit.parse.SourceDecoder;
import org.pyjit.parse.SyntaxErrorException;

/**
 * The Java half of {@code tools/symtable-compare/run}: checks pyjit's symbol tables against
 * CPython 3.13's {@code symtable} module and code objects for every file cpython_dump.py
 * listed.
 *
 * <p>Usage: {@code SymtableCompare --root STDLIB_DIR --expected CACHE_DIR [--jobs N]
 * [--timeout SECONDS] [--results-out FILE] [--only RELPATH]...}; the options, output and exit
 * status are {@link StdlibCompare}'s.
 *
 * <p>Contract: a file CPython accepts passes when (1) {@link #dump} of pyjit's table equals
 * CPython's dump (the format is documented in cpython_dump.py) and (2) every code object
 * CPython's compile() made matches a pyjit scope with the same co_name and first line whose
 * derived data agree: the code flags ({@link Scope#codeFlags}), co_cellvars
 * ({@link Scope#cellvars}), co_freevars ({@link Scope#freevars}), the parameters at the head
 * of co_varnames ({@link Scope#varnames}) and, for the rest of co_varnames, that each is a
 * symbol of the scope or of a comprehension inlined into it. Scopes without a code object
 * are allowed, because CPython drops the code of dead code. A file CPython fails to parse
 * passes when pyjit's parser rejects it; a file whose symbol table CPython rejects passes
 * when pyjit raises the same SyntaxError (message, line, offset, end line, end offset).
 */
public final class SymtableCompare {
  private SymtableCompare() {}

  public static void main(String[] args) {
    StdlibCompare.exit(() -> StdlibCompare.run("SymtableCompare", args, Set.of(),
        flags -> SymtableCompare::check, System.out, System.err));
  }

  static String check(StdlibCompare.Entry e, java.nio.file.Path file, byte[] source,
      String want) {
    Mod.Module m;
    try {
      m = Parser.parseModule(source, e.rel());
    } catch (SyntaxErrorException ex) {
      if (e.status().equals("parse")) {
        return null;
      }
      return "pyjit's parser rejects, CPython " + (e.cpythonAccepts() ? "accepts" : "parses")
          + ": " + describe(ex);
    }
    if (e.status().equals("parse")) {
      return "pyjit parses, CPython's parser rejects: " + e.message();
    }
    Symtable st;
    try {
      st = Symtable.build(m, e.rel(), SourceDecoder.decode(source, e.rel()));
    } catch (SyntaxErrorException ex) {
      if (e.cpythonAccepts()) {
        return "pyjit rejects, CPython accepts: " + describe(ex);
      }
      String got = describe(ex);
      return got.equals(e.message()) ? null
          : "different error: CPython «" + e.message() + "» pyjit «" + got + "»";
    }
    if (!e.cpythonAccepts()) {
      return "pyjit accepts, CPython rejects: " + e.message();
    }
    int codeAt = want.indexOf("\ncode");
    String wantTables = codeAt < 0 ? want : want.substring(0, codeAt + 1);
    String got = dump(st);
    if (!wantTables.equals(got)) {
      return StdlibCompare.firstDifference(wantTables, got);
    }
    if (codeAt < 0) {
      return null;
    }
    List<String> problems = compareCode(st, want.substring(codeAt + 1));
    if (problems.isEmpty()) {
      return null;
    }
    return "code objects: " + problems.size() + " problem(s), first: " + problems.get(0);
  }

  /** CPython's message format in files.tsv. */
  static String describe(SyntaxErrorException ex) {
    return ex.kind().pyName + ": " + ex.msg() + " (line " + ex.lineno() + ", offset "
        + ex.offset() + ", end " + ex.endLineno() + ", "
        + (ex.endOffset() == 0 ? "None" : String.valueOf(ex.endOffset())) + ")";
  }

  // ---- the symbol table dump (what Python's symtable module shows) ----

  /** The dump cpython_dump.py makes with Python's symtable module, from pyjit's table. */
  public static String dump(Symtable st) {
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

  static List<String> compareCode(Symtable st, String codeLines) {
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
    c.line = firstLine(s);
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
  static int argCount(Scope s) {
    if (s.kind() == ScopeKind.TYPE_PARAMETERS) {
      org.pyjit.ast.Arguments a = switch (s.node()) {
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

  static String codeName(Scope s) {
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

  /** co_firstlineno: a decorated def or class (and its type parameters) starts at the first decorator. */
  static int firstLine(Scope s) {
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
    boolean[] used = new boolean[pj.children.size()];
    for (Code c : cp.children) {
      List<String> firstProblems = null;
      int firstIndex = -1;
      boolean found = false;
      for (int i = 0; i < pj.children.size() && !found; i++) {
        Code p = pj.children.get(i);
        if (used[i] || !p.name.equals(c.name) || p.line != c.line) {
          continue;
        }
        List<String> ps = new ArrayList<>();
        match(c, p, where, ps);
        if (ps.isEmpty()) {
          used[i] = true;
          found = true;
        } else if (firstProblems == null) {
          firstProblems = ps;
          firstIndex = i;
        }
      }
      if (found) {
        continue;
      }
      if (firstProblems == null) {
        problems.add(where + ": no scope for code object " + c.name + " at line " + c.line);
      } else {
        used[firstIndex] = true;
        problems.addAll(firstProblems);
      }
    }
  }
}
