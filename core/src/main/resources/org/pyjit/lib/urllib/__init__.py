"""urllib for pyjit: only urllib.parse (docs/stdlib/common.md)."""
