"""Bisection of sorted sequences: where an item goes, and inserting it there."""

# pyjit's bisect: the searches are Java (_bisect, org.pyjit.modules.BisectModule), comparing
# key(a[i]) (or a[i]) with x only through <, one comparison per step as CPython's C module.

from _bisect import bisect_right, bisect_left, insort_right, insort_left

bisect = bisect_right
insort = insort_right
