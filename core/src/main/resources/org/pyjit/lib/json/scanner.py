"""make_scanner: the function that reads one JSON value (JSONDecoder.scan_once)."""

import _json

__all__ = ['make_scanner']


def make_scanner(context):
    """scan_once(string, idx) -> (value, end) for a decoder's settings (its strict,
    object_hook, object_pairs_hook, parse_float, parse_int and parse_constant); raises
    StopIteration(idx) where no value starts."""
    from .decoder import JSONDecodeError
    return _json.make_scanner(context, JSONDecodeError)
