package org.pyjit.ast;

/**
 * Any node of the Python abstract syntax tree.
 *
 * <p>Contract: node types, their field names and their field order are CPython 3.13's
 * (Parser/Python.asdl), so that {@link AstDump} prints exactly what CPython's
 * {@code ast.dump} prints. Java record components are the camelCase spelling of the
 * CPython field ({@code decoratorList} is {@code decorator_list}); a trailing {@link Pos}
 * component carries the node's attributes (lineno, col_offset, end_lineno,
 * end_col_offset) for node kinds that have them. Where a CPython type name clashes with
 * a Java name the record is renamed and {@link #typeName()} returns CPython's name.
 */
public interface Node {
  /** CPython's class name of this node, as {@code ast.dump} prints it. */
  default String typeName() {
    return getClass().getSimpleName();
  }
}
