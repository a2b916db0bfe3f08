# ModuleNotFoundError importing a module that does not exist
import sys
import definitely_missing_module_for_corpus
