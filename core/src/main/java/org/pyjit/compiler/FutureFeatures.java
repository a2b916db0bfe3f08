package org.pyjit.compiler;

import java.util.List;
import org.pyjit.ast.Expr;
import org.pyjit.ast.Mod;
import org.pyjit.ast.Pos;
import org.pyjit.ast.Stmt;

/**
 * The {@code from __future__ import} statements of a module, as CPython 3.13's future.c
 * reads them before building the symbol table.
 *
 * <p>Contract: only the statements at the very start of a module (or interactive input)
 * count: an optional docstring, then {@code from __future__ import ...} statements; the first
 * other statement ends them. Of the features, only {@code annotations} and
 * {@code barry_as_FLUFL} set a flag ({@link CodeFlags#CO_FUTURE_ANNOTATIONS},
 * {@link CodeFlags#CO_FUTURE_BARRY_AS_BDFL}); the others are accepted and mean nothing in
 * Python 3. {@code braces} is "not a chance" and an unknown name "future feature X is not
 * defined", both SyntaxErrors located at the statement's start with no end column.
 *
 * <p>A future import further down is not an error here: CPython's code generator reports it
 * ("from __future__ imports must occur at the beginning of the file") by comparing the
 * statement's location with {@link #location()}, after the symbol table is built.
 *
 * @param flags the CO_FUTURE_* bits set
 * @param location the last future statement of the leading block, or null if none
 */
public record FutureFeatures(int flags, Pos location) {
  public static final FutureFeatures NONE = new FutureFeatures(0, null);

  private static final List<String> NO_OPS = List.of("nested_scopes", "generators", "division",
      "absolute_import", "with_statement", "print_function", "unicode_literals",
      "generator_stop");

  public boolean annotations() {
    return (flags & CodeFlags.CO_FUTURE_ANNOTATIONS) != 0;
  }

  /**
   * Reads the future statements of {@code mod}; an Expression or FunctionType has none.
   *
   * @param errors where SyntaxErrors are made (file name and source line)
   */
  static FutureFeatures of(Mod mod, SymtableErrors errors) {
    List<Stmt> body = mod instanceof Mod.Module m ? m.body()
        : mod instanceof Mod.Interactive m ? m.body() : List.of();
    int flags = 0;
    Pos location = null;
    int i = isDocstring(body) ? 1 : 0;
    for (; i < body.size(); i++) {
      if (!(body.get(i) instanceof Stmt.ImportFrom s) || s.level() != 0
          || !"__future__".equals(s.module())) {
        break;
      }
      for (Stmt.Alias a : s.names()) {
        String feature = a.name();
        if (feature.equals("annotations")) {
          flags |= CodeFlags.CO_FUTURE_ANNOTATIONS;
        } else if (feature.equals("barry_as_FLUFL")) {
          flags |= CodeFlags.CO_FUTURE_BARRY_AS_BDFL;
        } else if (feature.equals("braces")) {
          throw errors.atStart("not a chance", s.pos());
        } else if (!NO_OPS.contains(feature)) {
          throw errors.atStart("future feature " + SymtableErrors.truncate100(feature)
              + " is not defined", s.pos());
        }
      }
      location = s.pos();
    }
    return new FutureFeatures(flags, location);
  }

  /** CPython's {@code _PyAST_GetDocString} test: the first statement is a str constant. */
  private static boolean isDocstring(List<Stmt> body) {
    return !body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt e
        && e.value() instanceof Expr.Constant c
        && (c.value() instanceof String || c.value() instanceof Expr.StrCodePoints);
  }
}
