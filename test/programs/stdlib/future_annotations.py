# __future__: the feature records, and "from __future__ import annotations" making annotations strings
from __future__ import annotations
import __future__
def f(x: List[int], y: undefined_name) -> Dict: pass
print(f.__annotations__)
class C:
    a: Optional[int] = None
print(C.__annotations__)
print(__future__.annotations, __future__.all_feature_names, __future__.division.getMandatoryRelease())
print(annotations, __future__.CO_FUTURE_ANNOTATIONS == __future__.annotations.compiler_flag)
print(f.__code__.co_flags & __future__.CO_FUTURE_ANNOTATIONS)
