"""The container ABCs; the module _collections_abc under its public name."""

from _collections_abc import *
from _collections_abc import __all__, _check_methods, _GenericAlias
