package org.pyjit.compiler;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyjit.ast.Expr;
import org.pyjit.ast.Mod;
import org.pyjit.ast.Stmt;
import org.pyjit.ast.TypeParam;
import org.pyjit.parse.Parser;

/**
 * The compiler-facing API: finding the scope of an AST node, and what a scope says about
 * its code object. (What the tables contain is checked against CPython by
 * SymtableCasesTest and tools/symtable-compare; this checks how to get at it.)
 */
class SymtableApiTest {
  private static Symtable build(String src) {
    Mod.Module m = Parser.parseModule(src, "t.py");
    return Symtable.build(m, "t.py", src);
  }

  private static Stmt stmt(Symtable st, int i) {
    return ((Mod.Module) st.top().node()).body().get(i);
  }

  @Test
  void lookupByNode() {
    Symtable st = build("""
        def f(a, *, b=1):
            g = lambda x: x
            return [y for y in a], (z for z in a)
        class C:
            pass
        type T = int
        """);
    Mod.Module mod = (Mod.Module) st.top().node();
    assertThat(st.scope(mod)).isSameAs(st.top());
    assertThat(st.top().kind()).isEqualTo(ScopeKind.MODULE);
    assertThat(st.top().name()).isEqualTo("top");

    Stmt.FunctionDef f = (Stmt.FunctionDef) stmt(st, 0);
    Scope fs = st.scope(f);
    assertThat(fs.kind()).isEqualTo(ScopeKind.FUNCTION);
    assertThat(fs.name()).isEqualTo("f");
    assertThat(fs.parent()).isSameAs(st.top());
    assertThat(fs.varnames()).containsExactly("a", "b");
    assertThat(st.typeParamsScope(f)).isNull();

    Expr.Lambda lambda = (Expr.Lambda) ((Stmt.Assign) f.body().get(0)).value();
    assertThat(st.scope(lambda).name()).isEqualTo("lambda");

    Expr.TupleExpr ret = (Expr.TupleExpr) ((Stmt.Return) f.body().get(1)).value();
    Scope listcomp = st.scope(ret.elts().get(0));
    Scope genexpr = st.scope(ret.elts().get(1));
    assertThat(listcomp.comprehension()).isEqualTo(ComprehensionKind.LIST);
    assertThat(listcomp.isInlined()).isTrue();
    assertThat(listcomp.varnames()).containsExactly(".0");
    assertThat(genexpr.isInlined()).isFalse();
    assertThat(genexpr.isGenerator()).isTrue();
    // an inlined comprehension is not a child; its symbols are merged into f
    assertThat(fs.children()).containsExactly(st.scope(lambda), genexpr);
    assertThat(fs.symbol("y").scope()).isEqualTo(SymbolScope.LOCAL);
    assertThat(fs.symbol("y").isCompIter()).isTrue();

    assertThat(st.scope(stmt(st, 1)).kind()).isEqualTo(ScopeKind.CLASS);
    Scope alias = st.scope(stmt(st, 2));
    assertThat(alias.kind()).isEqualTo(ScopeKind.TYPE_ALIAS);
    assertThat(alias.name()).isEqualTo("T");
    assertThat(st.scope(((Stmt.Return) f.body().get(1)))).isNull();
    assertThat(st.allScopes()).hasSize(7);
  }

  @Test
  void pep695Lookups() {
    Symtable st = build("""
        class Box[T: int = str, *Ts = tuple, **P]:
            def get[U](self) -> U: ...
        """);
    Stmt.ClassDef box = (Stmt.ClassDef) stmt(st, 0);
    Scope params = st.typeParamsScope(box);
    assertThat(params.kind()).isEqualTo(ScopeKind.TYPE_PARAMETERS);
    assertThat(params.children()).containsExactly(
        st.boundScope(box.typeParams().get(0)), st.defaultScope(box.typeParams().get(0)),
        st.defaultScope(box.typeParams().get(1)), st.scope(box));
    TypeParam t = box.typeParams().get(0);
    assertThat(st.boundScope(t).scopeInfo).isEqualTo("a TypeVar bound");
    assertThat(st.defaultScope(t).scopeInfo).isEqualTo("a TypeVar default");
    assertThat(st.boundScope(box.typeParams().get(2))).isNull();
    assertThat(st.defaultScope(box.typeParams().get(2))).isNull();
    assertThat(st.scope(box).parent()).isSameAs(params);

    Stmt.FunctionDef get = (Stmt.FunctionDef) box.body().get(0);
    Scope getParams = st.typeParamsScope(get);
    assertThat(getParams.canSeeClassScope()).isTrue();
    assertThat(getParams.varnames()).containsExactly(".defaults");
    assertThat(st.scope(box).needsClassdict()).isTrue();
    assertThat(st.scope(box).cellvars()).containsExactly("__classdict__");
    assertThat(params.cellvars()).containsExactly(".type_params");
  }

  @Test
  void futureAnnotationScopes() {
    Symtable st = build("""
        from __future__ import annotations
        def f(a: A) -> R: ...
        x: X = 1
        """);
    assertThat(st.future().annotations()).isTrue();
    assertThat(st.future().location().lineno()).isEqualTo(1);
    Stmt.FunctionDef f = (Stmt.FunctionDef) stmt(st, 1);
    Scope params = st.annotationScope(f);
    Scope ret = st.annotationScope(f.returns());
    assertThat(params.kind()).isEqualTo(ScopeKind.ANNOTATION);
    assertThat(params.symbol("A").scope()).isEqualTo(SymbolScope.UNRESOLVED);
    assertThat(ret.symbols()).containsOnlyKeys("R");
    Stmt.AnnAssign x = (Stmt.AnnAssign) stmt(st, 2);
    assertThat(st.annotationScope(x.annotation()).symbols()).containsOnlyKeys("X");
    assertThat(st.top().symbols()).containsOnlyKeys("annotations", "f", "x");
    assertThat(st.top().children()).containsExactly(st.scope(f));
  }

  @Test
  void futureFlagsOption() {
    Mod.Module m = Parser.parseModule("x: X = 1\n", "t.py");
    Symtable plain = Symtable.build(m, "t.py", null);
    assertThat(plain.top().symbols()).containsKey("X");
    Symtable future = Symtable.build(m, "t.py", null,
        new Symtable.Options(CodeFlags.CO_FUTURE_ANNOTATIONS, false));
    assertThat(future.top().symbols()).doesNotContainKey("X");
    assertThat(future.future().location()).isNull();
  }

  @Test
  void foldDebugDropsDebugReads() {
    Mod.Module m = Parser.parseModule("def f():\n    return __debug__\n", "t.py");
    Stmt.FunctionDef f = (Stmt.FunctionDef) m.body().get(0);
    assertThat(Symtable.build(m, "t.py", null).scope(f).symbols()).containsKey("__debug__");
    assertThat(Symtable.build(m, "t.py", null, new Symtable.Options(0, true)).scope(f).symbols())
        .isEmpty();
  }

  @Test
  void cellAndFreeOrderAsTheCompilerNeedsIt() {
    Symtable st = build("""
        def outer(p, q):
            zz = 1
            aa = 2
            def inner():
                return p, zz, aa
            return [lambda: c for c in q]
        """);
    Scope outer = st.scope(stmt(st, 0));
    // u_cellvars: sorted; co_cellvars: those also in co_varnames first, in that order
    assertThat(outer.cellvars()).containsExactly("aa", "c", "p", "zz");
    assertThat(outer.coCellvars(List.of("p", "q", "inner", "c")))
        .containsExactly("p", "c", "aa", "zz");
    assertThat(outer.symbol("c").isCompCell()).isTrue();
    Scope inner = outer.children().get(0);
    assertThat(inner.freevars()).containsExactly("aa", "p", "zz");
    assertThat(inner.codeFlags()).isEqualTo(org.pyjit.bytecode.CodeObject.CO_OPTIMIZED | org.pyjit.bytecode.CodeObject.CO_NEWLOCALS
        | org.pyjit.bytecode.CodeObject.CO_NESTED);
  }

  @Test
  void classCellsAndMangling() {
    Symtable st = build("""
        class C:
            __x = 1
            def m(self):
                return super().m(), self.__y
        """);
    Scope c = st.scope(stmt(st, 0));
    assertThat(c.needsClassClosure()).isTrue();
    assertThat(c.cellvars()).containsExactly("__class__");
    assertThat(c.mangle("__x")).isEqualTo("_C__x");
    assertThat(c.symbol("_C__x")).isNotNull();
    assertThat(c.privateName()).isEqualTo("C");
    Scope m = c.children().get(0);
    assertThat(m.freevars()).containsExactly("__class__");
    assertThat(m.mangle("__y")).isEqualTo("_C__y");
    assertThat(st.top().mangle("__x")).isEqualTo("__x");
  }

  @Test
  void genericClassHeaderManglesOnlyTypeParameters() {
    Symtable st = build("class C[__T](__Base): pass\n");
    Scope header = st.typeParamsScope(stmt(st, 0));
    assertThat(header.mangle("__T")).isEqualTo("_C__T");
    assertThat(header.mangle("__Base")).isEqualTo("__Base");
    assertThat(header.symbols()).containsKeys("_C__T", "__Base");
  }

  @Test
  void codePointOrder() {
    // Python sorts str by code point; Java's compareTo by UTF-16 unit would put U+FFFF last
    List<String> names = new java.util.ArrayList<>(List.of("\uffff", "\ud83d\ude00", "a"));
    names.sort(Symtable.CODE_POINT_ORDER);
    assertThat(names).containsExactly("a", "\uffff", "\ud83d\ude00");
  }
}
