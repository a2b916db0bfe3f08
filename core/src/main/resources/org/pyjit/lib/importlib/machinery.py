"""The classes of the import system and the file suffixes it knows."""

import _imp

ModuleSpec = _imp.ModuleSpec
BuiltinImporter = _imp.BuiltinImporter
SourceFileLoader = _imp.SourceFileLoader
NamespaceLoader = _imp.NamespaceLoader
PathFinder = _imp.PathFinder
FileFinder = _imp.FileFinder

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
DEBUG_BYTECODE_SUFFIXES = ['.pyc']
OPTIMIZED_BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []


def all_suffixes():
    """Every file suffix a module may have (pyjit reads only sources)."""
    return [*SOURCE_SUFFIXES, *BYTECODE_SUFFIXES, *EXTENSION_SUFFIXES]


