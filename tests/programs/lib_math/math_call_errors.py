# Every public function of math and cmath called with too few and too many arguments,
# unknown and misplaced keywords: CPython 3.13's TypeError messages (Argument Clinic's
# order: too many arguments, then a missing required one, then an unexpected keyword).
import cmath
import math

calls = [((), {}), ((0.5,), {}), ((0.5, 0.25), {}), ((3, 2, 1), {}), ((1, 2, 3, 4), {}),
         ((0.5,), {"x": 1}), ((), {"x": 1}), ((0.5, 2), {"y": 1}), ((2,), {"start": 3}),
         ((0.5,), {"z": 1}), (([2, 3],), {"start": 2.5}), ((1.0, 2.0), {"steps": 2}),
         ((1.0, 2.0), {"rel_tol": 0.5, "abs_tol": 0.1})]
for module in (math, cmath):
    for name in sorted(dir(module)):
        f = getattr(module, name)
        if not callable(f) or name.startswith("_"):
            continue
        print(module.__name__ + "." + name)
        for args, kwargs in calls:
            try:
                r = f(*args, **kwargs)
                r = r.hex() if isinstance(r, float) else repr(r)
            except Exception as e:
                r = type(e).__name__ + ": " + str(e)
            print("   ", args, kwargs, "->", r)
