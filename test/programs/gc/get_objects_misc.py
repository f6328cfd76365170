# get_objects never contains its own result list; untracked objects are not listed.
import gc
objs = gc.get_objects()
print(any(o is objs for o in objs))
marker = [1, 2, 3]
print(any(o is marker for o in gc.get_objects()))
atom = (1, 2)
gc.collect()
print(any(o is atom for o in gc.get_objects()))
d = {"a": 1}
print(any(o is d for o in gc.get_objects()))
