# the __future__ module: what `from __future__ import ...` imports at run time, and the
# feature records programs read; annotations stay strings under the future import
from __future__ import annotations
import __future__


def f(x: undefined_name) -> list[int]:
    return x


print(f.__annotations__)
print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature.getOptionalRelease(), feature.getMandatoryRelease(),
          hex(feature.compiler_flag), feature)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(sorted(k for k in __future__.__all__))
print(annotations is __future__.annotations)
